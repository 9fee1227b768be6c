"""PDF files: the text of every page, extracted by pypdf.

A PDF's text comes out wrapped at the page's width, with its ligatures as characters and
its running heads, feet and page numbers on every page. The pages are given apart, as
``pdftotext`` gives them, and the text reader takes their furniture off (``pages.py``);
cleaning reads the wrapped lines as paragraphs and the ligatures as letters.
"""

from __future__ import annotations

import io
import logging

from ..errors import InputError
from ..model import Document
from .pages import PAGE_BREAK
from .text import document_from_text

PDF_SIGNATURE = b"%PDF-"


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip()[:5] == PDF_SIGNATURE


def text_of_pdf(data: bytes, source: str) -> str:
    """The text of every page, the pages apart by ``PAGE_BREAK``; a file that cannot be read as a
    PDF, one that needs a password or one without text (a scan) raises :class:`InputError`."""
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
    return PAGE_BREAK.join(pages)


def document_from_pdf(document_id: str, data: bytes, source: str) -> Document:
    """The document, its title read from its text as a text file's is: a PDF's metadata title is
    often its authoring program's ("Microsoft Word - memo.docx")."""
    return document_from_text(document_id, text_of_pdf(data, source))
