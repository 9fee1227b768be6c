"""Figures: where a summary sentence's sources give another number for what it counts.

Outlets disagree on numbers: a death toll rises through the day, one outlet converts square
miles wrongly. A summary sentence is one outlet's wording, and its evidence in another source
may give another figure for the same thing ("killed 247 people" against "248 people, 12 of
them Americans, were killed"). Listing that source as carrying the sentence without saying so
would attribute one outlet's number to all, so those figures travel with the sentence, and
with each the word whether its source was published after the sentence's own: a later
different figure is most often the toll updated.

A figure is a number (digits or a number word, with an optional scale word such as
"million") and the word it counts: "247 people", "three million civilians", "$3.8 trillion
budget". Two figures count the same thing when those words have the same stem. Figures that
count the same thing yet differ by more than a factor of two are taken for different facts
("kills up to 3 million people a year" beside "sickens 300 million people"), years are
dates, not counts, and the first part of a figure in two units ("3 hours, 50 minutes") is not
the figure.

A figure is a range of values, not always one: "more than 200 people" is any count from 200
up, "nearly 250" one a little under 250, "about 250" one within a tenth of it, "between 200
and 300" and "200-300" what they say. A source differs only when no value of its figure is a
value of the sentence's: "at least 240 people" does not contradict "247 people"; "about 200
people" does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .dates import published_later
from .model import Evidence, OtherFigure
from .represent import NUMBER_WORDS, STOP_WORDS, YEAR, stem_tokens

# From two: "one of the", "one day" rarely count anything.
_NUMBER_VALUES = {word: float(value) for word, value in NUMBER_WORDS.items() if int(value) >= 2} | {
    word: 10.0 * tens for tens, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)
}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER = r"\d+(?:[.,]\d+)*|" + "|".join(_NUMBER_VALUES)
_SCALE = "|".join(_SCALES)
# The words before a number that make it a bound or an estimate, with the range of values
# they allow as factors of the number.
_QUALIFIERS = {
    **dict.fromkeys(("more than", "over", "at least", "upwards of", "in excess of"), (1.0, math.inf)),
    **dict.fromkeys(("fewer than", "less than", "under", "up to", "at most", "no more than", "as many as"), (0.0, 1.0)),
    **dict.fromkeys(("nearly", "almost", "close to", "just under"), (0.9, 1.0)),
    **dict.fromkeys(("about", "around", "approximately", "roughly", "some", "an estimated", "estimated"), (0.9, 1.1)),
}
# The number, its scale and the word it counts: how every figure ends.
_NUMBER_AND_WORD = (
    r"[$£€]?(?P<number>" + _NUMBER + r")(?:\s+(?P<scale>" + _SCALE + r"))?\s+(?P<counted>[A-Za-z][A-Za-z-]*)"
)
_FIGURE = re.compile(
    r"(?<![\w.,-])(?:(?P<qualifier>" + "|".join(_QUALIFIERS) + r")\s+)?"
    # A range: "between 200 and 300", "200 to 300", "200-300"; "from 200 to 300" is a change.
    r"(?:(?<!from )(?:between\s+)?[$£€]?(?P<low>" + _NUMBER + r")(?:\s+(?P<low_scale>" + _SCALE + r"))?"
    r"(?:\s+(?:and|to)\s+|\s*[-–]\s*))?" + _NUMBER_AND_WORD,
    re.IGNORECASE,
)
# That ending alone, found first because trying _FIGURE's optional words before a number at
# every position of every sentence cost 2.6 times as much (docs/quality-log.md, the scaling runs
# moved from benchmarks.md). A hyphen may precede it: "300 people" ends "200-300 people".
_NUMBER_THEN_WORD = re.compile(r"(?<![\w.,])" + _NUMBER_AND_WORD, re.IGNORECASE)
# Room before that number for the rest of a figure: "in excess of $1,200.5 million and ".
_LONGEST_PREFIX = 60
# "3 hours, 50 minutes", "5 feet 10 inches": the first part alone is not the figure.
_LARGER_UNITS = frozenset("hour hours minute minutes foot feet pound pounds year years month months week weeks".split())
_SMALLER_UNIT = re.compile(
    r",?\s+(?:and\s+)?\d+\s+(?:minutes?|seconds?|inch|inches|ounces?|months?|weeks?|days?)\b", re.IGNORECASE
)
# Words after a number that name a unit of the number itself rather than what is counted.
_NOT_COUNTED = frozenset(_SCALES) | {"percent", "per", "cent"}
MAX_RATIO = 2.0


@dataclass(frozen=True)
class Figure:
    """The values a figure allows, from ``low`` to ``high``, and its wording."""

    low: float
    high: float
    wording: str

    def agrees_with(self, other: Figure) -> bool:
        return self.low <= other.high and other.low <= self.high

    def near(self, other: Figure) -> bool:
        """Whether the two are close enough to be figures for the same fact."""
        low, high = sorted((self, other), key=lambda figure: figure.low)
        return high.low <= MAX_RATIO * low.high if low.high > 0 else high.low <= 0


def figures(text: str) -> dict[str, list[Figure]]:
    """The figures of ``text`` by the stem of what they count."""
    found: dict[str, list[Figure]] = {}
    for match in _figure_matches(text):
        number, scale, counted = match.group("number"), match.group("scale"), match.group("counted").lower()
        if counted in STOP_WORDS or counted in _NOT_COUNTED:
            continue
        if scale is None and YEAR.fullmatch(number.replace(",", "")):
            continue
        if counted in _LARGER_UNITS and _SMALLER_UNIT.match(text, match.end()):
            continue
        value = _value(number, scale)
        if value is None:
            continue
        low = value
        if match.group("low"):
            # "between 2 and 3 million": the first number takes the second's scale.
            low = _value(match.group("low"), match.group("low_scale") or scale)
            if low is None or low > value:
                continue
        qualifier = (match.group("qualifier") or "").lower()
        below, above = _QUALIFIERS.get(qualifier, (1.0, 1.0))
        figure = Figure(low=low * below, high=value * above, wording=match.group(0))
        found.setdefault(stem_tokens([counted])[0], []).append(figure)
    return found


def _figure_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_FIGURE.finditer(text)`` gives, with _FIGURE tried only just before where a number
    and its word end; of overlapping matches ("$10 million-" in "$10 million-$12 million
    needed") the one that starts first, then the longest, as a scan from the left would."""
    matches = []
    for candidate in _NUMBER_THEN_WORD.finditer(text):
        for match in _FIGURE.finditer(text, max(0, candidate.start() - _LONGEST_PREFIX), candidate.end()):
            if match.end() == candidate.end():
                matches.append(match)
                break
    end = 0
    for match in sorted(matches, key=lambda match: (match.start(), -match.end())):
        if match.start() >= end:
            yield match
            end = match.end()


def _value(number: str, scale: str | None) -> float | None:
    value = _NUMBER_VALUES.get(number.lower())
    if value is None:
        try:
            value = float(number.replace(",", ""))
        except ValueError:  # "1.2.3": a version or a section number, not a count
            return None
    return value * (_SCALES[scale.lower()] if scale else 1.0)


def other_figures(
    text: str,
    evidence: Iterable[Evidence],
    published: Mapping[str, str | None] = MappingProxyType({}),
    own_document: str | None = None,
) -> tuple[OtherFigure, ...]:
    """Each source whose own sentence gives another figure for something ``text`` counts, and
    whether it was published after ``own_document``, the document ``text`` is from, by the
    documents' ``published`` dates."""
    stated = figures(text)
    if not stated:
        return ()
    own_date = published.get(own_document) if own_document is not None else None
    # A dict keeps the first of repeats: a source that gives its figure twice is named once.
    found: dict[OtherFigure, None] = {}
    for item in evidence:
        if item.text == text:
            continue
        for counted, reported in figures(item.text).items():
            ours = stated.get(counted)
            if not ours or any(figure.agrees_with(our) for figure in reported for our in ours):
                continue
            for figure in reported:
                close = [our.wording for our in ours if figure.near(our)]
                if close:
                    later = published_later(published.get(item.document_id), own_date)
                    found[OtherFigure(item.document_id, figure.wording, close[0], later)] = None
    return tuple(found)
