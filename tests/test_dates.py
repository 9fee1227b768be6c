from datetime import date, datetime, timezone

import pytest

from newsbrief.dates import NotADate, iso_published, published_later, published_or_none
from newsbrief.model import Document


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("2018-09-07", "2018-09-07"),
        (" 2018-09-07 14:02:00 ", "2018-09-07T14:02:00"),  # news-please, no zone
        ("2018-09-07T14:02:00Z", "2018-09-07T14:02:00+00:00"),  # NewsAPI
        ("Fri, 07 Sep 2018 14:02:00 GMT", "2018-09-07T14:02:00+00:00"),  # RSS
    ],
)
def test_dates_are_read_into_iso_8601(written, read):
    assert iso_published(written) == read


@pytest.mark.parametrize("written", ["Sep 7, 2018", "yesterday", "2018-09", ""])
def test_what_is_not_a_date_is_refused(written):
    with pytest.raises(NotADate):
        iso_published(written)


@pytest.mark.parametrize(
    ("source", "own", "later"),
    [
        ("2018-09-08", "2018-09-07", True),
        ("2018-09-07T13:00:00+00:00", "2018-09-07T14:02:00+01:00", False),  # 13:00 UTC against 13:02 UTC
        ("2018-09-07T15:00:00+00:00", "2018-09-07T14:02:00+00:00", True),
        # A day against a time of that day, and a time with a zone against one without, on one
        # day: which came first is not known.
        ("2018-09-07", "2018-09-07T14:02:00+00:00", None),
        ("2018-09-07T15:00:00", "2018-09-07T14:02:00+00:00", None),
        ("2018-09-06T15:00:00", "2018-09-07T14:02:00+00:00", False),
        ("2018-09-07T14:02:00+00:00", "2018-09-07T14:02:00+00:00", None),
        (None, "2018-09-07", None),
        ("2018-09-07", None, None),
    ],
)
def test_which_of_two_sources_is_the_later(source, own, later):
    assert published_later(source, own) is later


@pytest.mark.parametrize(
    ("value", "read"),
    [("2019-10-22T09:15:00", "2019-10-22T09:15:00"), ("22 Oct", None), (None, None), (1571735700, None)],
)
def test_readers_that_leave_out_what_they_cannot_read_get_a_date_or_none(value, read):
    assert published_or_none(value) == read


def test_a_document_keeps_its_date_in_iso_8601_and_refuses_what_is_not_one():
    assert Document("a", "text", published="Fri, 07 Sep 2018 14:02:00 GMT").published == "2018-09-07T14:02:00+00:00"
    assert Document("a", "text", published="2018-09-07").published == "2018-09-07"
    assert Document("a", "text").published is None
    assert Document("a", "text", published=date(2018, 9, 7)).published == "2018-09-07"
    moment = datetime(2018, 9, 7, 14, 2, tzinfo=timezone.utc)
    assert Document("a", "text", published=moment).published == "2018-09-07T14:02:00+00:00"
    with pytest.raises(NotADate, match=r"""^not a date: 'Sep 7, 2018'; write it in ISO 8601, such as "2018-09-07" or"""):
        Document("a", "text", published="Sep 7, 2018")
