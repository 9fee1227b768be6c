"""Figures: where a summary sentence's sources give another number for what it counts.

Outlets disagree on numbers: a death toll rises through the day, one outlet converts square
miles wrongly. A summary sentence is one outlet's wording, and its evidence in another source
may give another figure for the same thing ("killed 247 people" against "248 people, 12 of
them Americans, were killed"). Listing that source as carrying the sentence without saying so
would attribute one outlet's number to all, so those figures travel with the sentence.

A figure is a number (digits or a number word, with an optional scale word such as
"million") and the word it counts: "247 people", "three million civilians", "$3.8 trillion
budget". Two figures count the same thing when those words have the same stem. Figures that
count the same thing yet differ by more than a factor of two are taken for different facts
("kills up to 3 million people a year" beside "sickens 300 million people"), years are
dates, not counts, and the first part of a figure in two units ("3 hours, 50 minutes") is not
the figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Evidence, OtherFigure
from .represent import NUMBER_WORDS, STOP_WORDS, stem_tokens

# From two: "one of the", "one day" rarely count anything.
_NUMBER_VALUES = {word: float(value) for word, value in NUMBER_WORDS.items() if int(value) >= 2} | {
    word: 10.0 * tens for tens, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)
}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_FIGURE = re.compile(
    r"(?<![\w.,-])[$£€]?(?P<number>\d+(?:[.,]\d+)*|" + "|".join(_NUMBER_VALUES) + r")"
    r"(?:\s+(?P<scale>" + "|".join(_SCALES) + r"))?"
    r"\s+(?P<counted>[A-Za-z][A-Za-z-]*)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
# "3 hours, 50 minutes", "5 feet 10 inches": the first part alone is not the figure.
_LARGER_UNITS = frozenset("hour hours minute minutes foot feet pound pounds year years month months week weeks".split())
_SMALLER_UNIT = re.compile(
    r",?\s+(?:and\s+)?\d+\s+(?:minutes?|seconds?|inch|inches|ounces?|months?|weeks?|days?)\b", re.IGNORECASE
)
# Words after a number that name a unit of the number itself rather than what is counted.
_NOT_COUNTED = frozenset(_SCALES) | {"percent", "per", "cent"}
MAX_RATIO = 2.0


def figures(text: str) -> dict[str, list[tuple[float, str]]]:
    """The figures of ``text`` by the stem of what they count: value and wording."""
    found: dict[str, list[tuple[float, str]]] = {}
    for match in _FIGURE.finditer(text):
        number, scale, counted = match.group("number").lower(), match.group("scale"), match.group("counted").lower()
        if counted in STOP_WORDS or counted in _NOT_COUNTED:
            continue
        digits = number.replace(",", "")
        if scale is None and _YEAR.fullmatch(digits):
            continue
        if counted in _LARGER_UNITS and _SMALLER_UNIT.match(text, match.end()):
            continue
        value = _NUMBER_VALUES.get(number)
        if value is None:
            try:
                value = float(digits)
            except ValueError:  # "1.2.3": a version or a section number, not a count
                continue
        value *= _SCALES[scale.lower()] if scale else 1.0
        found.setdefault(stem_tokens([counted])[0], []).append((value, match.group(0)))
    return found


def other_figures(text: str, evidence: Iterable[Evidence]) -> tuple[OtherFigure, ...]:
    """Each source whose own sentence gives another figure for something ``text`` counts."""
    stated = figures(text)
    if not stated:
        return ()
    # A dict keeps the first of repeats: a source that gives its figure twice is named once.
    found: dict[OtherFigure, None] = {}
    for item in evidence:
        if item.text == text:
            continue
        for counted, reported in figures(item.text).items():
            ours = stated.get(counted)
            if not ours or any(value == our_value for value, _ in reported for our_value, _ in ours):
                continue
            for value, wording in reported:
                close = [our_wording for our_value, our_wording in ours if _within_ratio(value, our_value)]
                if close:
                    found[OtherFigure(document_id=item.document_id, figure=wording, instead_of=close[0])] = None
    return tuple(found)


def _within_ratio(first: float, second: float) -> bool:
    low, high = sorted((first, second))
    return low > 0 and high <= MAX_RATIO * low
