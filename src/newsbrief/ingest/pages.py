"""Pages of a converted document: the running heads, feet and page numbers each page carries.

A PDF's pages come apart from its reader, and ``pdftotext`` and other converters mark them in
plain text with a form feed. Left between two pages, a head and a foot cut the sentence that
runs across them, and cleaning, which joins a line that stops mid-sentence with the next, would
join them to it; so they are taken off here, where the pages are still apart.
"""

from __future__ import annotations

import re
from collections import Counter

# How pdftotext separates pages, and the PDF reader too.
PAGE_BREAK = "\f"
# A running head or foot stands within this many lines of its page's top or bottom.
PAGE_EDGE_LINES = 3
# "7", "- 7 -", "Page 7", "Page 7 of 12", "7/12", "p. 7". Tried only on lines of up to
# PAGE_NUMBER_MAX_CHARS: on a long run of spaces that ends in a letter the pattern backtracks
# in time quadratic in the run's length (0.75 s for 8,000 spaces).
_PAGE_NUMBER = re.compile(r"(?i)[\W_]*(?:page|p\.)?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[\W_]*")
PAGE_NUMBER_MAX_CHARS = 24
_DIGITS = re.compile(r"\d+")


def without_page_breaks(text: str) -> str:
    """The text of the pages that ``PAGE_BREAK`` separates, one after another, without their
    furniture; a text without page breaks as it is."""
    if PAGE_BREAK not in text:
        return text
    return "\n".join("\n".join(lines) for lines in without_page_furniture(text.split(PAGE_BREAK)))


def without_page_furniture(pages: list[str]) -> list[list[str]]:
    """Each page's lines without its running head and foot and its page number.

    A running head or foot is a line near the top or the bottom of three pages, or of two in a
    file of up to four (a long report's chapter has a head of its own), compared with its
    numbers left out: "Page 3 of 12", or a browser's "11/27/26, 8:35 AM Truck bomb hits U.S.
    embassy | Reuters" and the page's address with "1/3". A page number is a line of nothing
    else. Only lines at a page's edges are taken: the same line inside the text is the text's.
    The first page loses its head too: a browser's head is no title."""
    lines = [page.strip().split("\n") for page in pages]
    edges = [{_furniture_key(line) for line in page[:PAGE_EDGE_LINES] + page[-PAGE_EDGE_LINES:]} for page in lines]
    edge_keys = Counter(key for keys in edges for key in keys)
    # A blank page (pdftotext ends its output with a page break) is no page of the count.
    printed = sum(1 for page in lines if page != [""])
    repeated = {key for key, count in edge_keys.items() if count >= 3 or (count == 2 and printed <= 4)}

    def is_furniture(line: str) -> bool:
        text = line.strip()
        return (
            not text
            or _furniture_key(line) in repeated
            or (len(text) <= PAGE_NUMBER_MAX_CHARS and _PAGE_NUMBER.fullmatch(text) is not None)
        )

    kept = []
    for page in lines:
        top = 0
        while top < min(PAGE_EDGE_LINES, len(page)) and is_furniture(page[top]):
            top += 1
        bottom = len(page)
        while bottom > max(top, len(page) - PAGE_EDGE_LINES) and is_furniture(page[bottom - 1]):
            bottom -= 1
        kept.append(page[top:bottom])
    return kept


def _furniture_key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).lower())
