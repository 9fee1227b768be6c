"""HTML pages: the article body, its title, its address and its date, extracted by trafilatura."""

from __future__ import annotations

from ..dates import NotADate, iso_published
from ..model import Document, is_web_address


def document_from_html(document_id: str, html: str) -> Document:
    """Extract the main text; a page with no article text gives an empty document, which
    the pipeline reports as contributing nothing rather than failing the whole cluster."""
    import trafilatura  # imported here: it costs 0.2 s, and most inputs are not HTML

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    # Not the extensive search for a date, which takes one the text mentions ("On September 7,
    # 2018, floods hit ...") for the page's own: a wrong date would tell the wrong figure newer.
    metadata = trafilatura.extract_metadata(html, extensive=False)
    title = metadata.title if metadata is not None and metadata.title else None
    # The page's own address (its canonical link or og:url), when it gives a web one.
    url = metadata.url if metadata is not None and is_web_address(metadata.url) else None
    return Document(id=document_id, text=body or "", title=title, url=url, published=_page_date(metadata))


def _page_date(metadata: object) -> str | None:
    """The day the page says it was published (trafilatura reads it from the page's metadata and
    markup, as YYYY-MM-DD); a page that gives none, or none that reads as a date, has none."""
    day = getattr(metadata, "date", None)
    if not isinstance(day, str):
        return None
    try:
        return iso_published(day)
    except NotADate:
        return None
