"""Publication dates: read in the forms crawls and news APIs write them, kept in ISO 8601, and
compared to tell which of two sources is the newer.

A crawl's record says when its article was published under a key of its own: news-please
writes ``"date_publish": "2018-09-07 14:02:00"``, NewsAPI ``"publishedAt":
"2018-09-07T14:02:00Z"``, schema.org ``"datePublished"``, RSS an RFC 2822 date, ``"Fri, 07 Sep
2018 14:02:00 GMT"``. Each is read into one form: ``2018-09-07`` for a day,
``2018-09-07T14:02:00+00:00`` for a moment (a time without a zone stays without one).
"""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime

# The names of the months and of the days of the week, as the cleaning's and the split's
# patterns read them in a text.
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

# The keys a record's publication date is read from, the first present winning: ours, then
# news-please's, NewsAPI's and schema.org's, then the plain word many exports use.
PUBLISHED_FIELDS = ("published", "date_publish", "publishedAt", "datePublished", "date")


class NotADate(ValueError):
    pass


def iso_published(text: str) -> str:
    """``text`` as ISO 8601: a day stays a day, a moment keeps its zone when it has one.
    Raises :class:`NotADate` for anything else."""
    text = text.strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        raise NotADate(
            f'not a date: {text[:40]!r}; write it in ISO 8601, such as "2018-09-07" or "2018-09-07T14:02:00Z"'
        ) from None


def published_or_none(value: object) -> str | None:
    """``value`` in ISO 8601 when it is a date written as a string, else ``None``: for the
    readers that leave out what they cannot read (a page's metadata, an evaluation set's
    articles), as they leave out a title that is not a string."""
    if not isinstance(value, str):
        return None
    try:
        return iso_published(value)
    except NotADate:
        return None


def published_later(source: str | None, own: str | None) -> bool | None:
    """Whether ``source`` was published after ``own`` (both ISO 8601, as :func:`iso_published`
    writes them). ``None`` when either is unknown or they cannot be told apart: the same day
    where one of them gives no time, or two times of which only one has a zone."""
    if not source or not own:
        return None
    first, second = _moment(source), _moment(own)
    if not (isinstance(first, datetime) and isinstance(second, datetime)) or (
        (first.tzinfo is None) != (second.tzinfo is None)
    ):
        first, second = _day(first), _day(second)
    if first == second:
        return None
    return first > second


def _moment(value: str) -> date | datetime:
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
