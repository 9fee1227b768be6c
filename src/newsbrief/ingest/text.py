"""Plain-text and Markdown articles: one per file, or several in one file separated by ``|||||``;
cleaning removes Markdown's markup. A converted PDF's pages, apart by form feeds, lose their
running heads and feet (``pages.py``)."""

from __future__ import annotations

import re
from itertools import islice

from ..clean import CLOSERS, OTHER_FULL_STOPS, rejoin_broken_lines
from ..model import Document
from .pages import without_page_breaks

# Multi-News writes ' ||||| ' between the articles of a cluster, inline or on a line of its own.
ARTICLE_SEPARATOR = re.compile(r"\s*\|\|\|\|\|\s*")


def has_article_separator(text: str) -> bool:
    return "|||||" in text


def split_articles(text: str) -> list[str]:
    return [part for part in ARTICLE_SEPARATOR.split(text) if part.strip()]


HEADLINE_MAX_WORDS = 30
_FULL_STOPS = (".",) + OTHER_FULL_STOPS
# One sentence ending and another starting: "… has confirmed. However, …". A word in lower
# case before the stop, so that "U.S. Embassy", "Dr. Smith" and "Wyo. Judge" do not count.
_SENTENCE_BREAK = re.compile(r"\b[a-z]{2,}[.!?][\"'”’»]?\s+[\"'“‘«]?[A-Z]")
# A Markdown file's headline is a heading: "# Truck bomb hits U.S. embassy in Nairobi".
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The short words title case leaves in lower case: "Aryan Nations May Meet in Pa.".
_TITLE_CASE_LOWER = frozenset("a an the and but or nor for so yet as at by in of on to up via per vs from into with off out".split())


def document_from_text(document_id: str, text: str) -> Document:
    """The first non-empty line is the title when more lines follow and it reads as a
    headline: short enough, one sentence at most, and without a full stop at its end unless
    it is in title case or in capitals, as a wire's may end on an abbreviation ("West Nile
    Virus Found in R.I."). A story pasted without its headline opens with its lede ("A truck
    bomb outside the U.S. Embassy in Nairobi killed 247 people on Friday, Kenyan officials
    said."), which cleaning would otherwise remove from the body as the headline's copy, and
    a crawl's first line may hold the lede and the next sentence ("… has confirmed. However,
    …!"); a headline may end with a question or an exclamation mark ("Is Idlib next?"). Nor
    is the first line of a paragraph wrapped at a fixed width a headline: it goes on in the
    next line (as cleaning's :func:`~newsbrief.clean.rejoin_broken_lines` reads it). A file
    of one paragraph is all body. The body keeps every line, title included, because outlets
    repeat the headline in the body and cleaning removes those copies. A page's head is no
    headline: pages lose their furniture first."""
    text = without_page_breaks(text)
    lines = [line.strip() for line in text.splitlines()]
    first_lines = list(islice(filter(None, lines), 2))
    is_headline = (
        len(first_lines) == 2
        and _reads_as_headline(first_lines[0])
        and rejoin_broken_lines(lines)[0] == first_lines[0]
    )
    return Document(id=document_id, text=text, title=_MARKDOWN_HEADING.sub("", first_lines[0]) if is_headline else None)


def _reads_as_headline(line: str) -> bool:
    if len(line.split(None, HEADLINE_MAX_WORDS)) > HEADLINE_MAX_WORDS or _SENTENCE_BREAK.search(line):
        return False
    # Title case or capitals: every word but the short ones title case leaves in lower case.
    return not line.rstrip(CLOSERS).endswith(_FULL_STOPS) or all(
        word[0].isupper() or word.lower() in _TITLE_CASE_LOWER for word in _WORD.findall(line)
    )


def documents_from_text(stem: str, text: str) -> list[Document]:
    if not has_article_separator(text):
        return [document_from_text(stem, text)]
    articles = split_articles(text)
    width = max(2, len(str(len(articles))))
    return [document_from_text(f"{stem}-{n:0{width}d}", article) for n, article in enumerate(articles, 1)]
