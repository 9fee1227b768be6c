"""HTML pages: the article body, its title, its address and its date, extracted by trafilatura."""

from __future__ import annotations

from ..dates import published_or_none
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
    # The day the page says it was published, which trafilatura gives as YYYY-MM-DD.
    published = published_or_none(getattr(metadata, "date", None))
    return Document(id=document_id, text=body or "", title=title, url=url, published=published)
