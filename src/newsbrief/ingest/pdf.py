"""PDF files: the text of every page, extracted by pypdf.

A PDF's text comes out wrapped at the page's width, with its ligatures as characters and
its running heads, feet and page numbers on every page. Those are taken off here, where the
pages are still apart: left between two pages, they cut the sentence that runs across them,
and cleaning would join them to it. Cleaning reads the wrapped lines as paragraphs and the
ligatures as letters.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from ..errors import InputError
from ..model import Document
from .text import document_from_text

PDF_SIGNATURE = b"%PDF-"
# A running head or foot stands within this many lines of its page's top or bottom.
PAGE_EDGE_LINES = 3
# "7", "- 7 -", "Page 7", "Page 7 of 12", "7/12", "p. 7". Tried only on lines of up to
# PAGE_NUMBER_MAX_CHARS: on a long run of spaces that ends in a letter the pattern backtracks
# in time quadratic in the run's length (0.75 s for 8,000 spaces).
_PAGE_NUMBER = re.compile(r"(?i)[\W_]*(?:page|p\.)?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[\W_]*")
PAGE_NUMBER_MAX_CHARS = 24
_DIGITS = re.compile(r"\d+")


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip()[:5] == PDF_SIGNATURE


def text_of_pdf(data: bytes, source: str) -> str:
    """The text of every page, one page after another; a file that cannot be read as a PDF, one
    that needs a password or one without text (a scan) raises :class:`InputError`."""
    from pypdf import PdfReader  # imported here: most inputs are not PDF

    if not data.strip():
        raise InputError(f"{source}: is empty")
    # pypdf logs what it repairs in a damaged file as warnings, which would reach the terminal
    # unasked; a file it cannot read raises, and that is reported.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{source}: is an encrypted PDF; give its text or an unencrypted copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on a damaged file
        raise InputError(f"{source}: is not a readable PDF ({type(error).__name__}: {error})") from None
    if not any(page.strip() for page in pages):
        raise InputError(f"{source}: holds no text (a scanned PDF needs OCR first)")
    return "\n".join("\n".join(lines) for lines in without_page_furniture(pages))


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
    repeated = {key for key, count in edge_keys.items() if count >= 3 or (count == 2 and len(pages) <= 4)}

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


def document_from_pdf(document_id: str, data: bytes, source: str) -> Document:
    """The document, its title read from its text as a text file's is: a PDF's metadata title is
    often its authoring program's ("Microsoft Word - memo.docx")."""
    return document_from_text(document_id, text_of_pdf(data, source))
