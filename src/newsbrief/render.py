"""Render: a summary as plain text, Markdown or JSON, every sentence with its sources and the
figures some of them give instead of its own.

A fact five hundred outlets carry has hundreds of sources: listed in full after its sentence,
they would bury the brief. Text and Markdown list the first ``most_sources`` (in cluster order)
and say how many more carry it; JSON always lists every one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from .model import Document, OtherFigure, Summary, SummarySentence, is_web_address

MOST_SOURCES = 10


def short_labels(document_ids: Sequence[str]) -> dict[str, str]:
    """Crawl file names such as ``001_5884c681905fa99b`` are shown by their prefix ``001`` when
    that prefix alone tells the documents apart; otherwise ids are shown whole."""
    prefixes = {document_id: document_id.split("_", 1)[0] for document_id in document_ids}
    if len(set(prefixes.values())) == len(prefixes):
        return prefixes
    return {document_id: document_id for document_id in document_ids}


def listed(items: Sequence[str], most: int | None = MOST_SOURCES) -> str:
    """'001, 004, 007'; with more than ``most`` items (``None``: no limit), the first ``most``
    and how many more: '001, 004 and 5 more'."""
    if most is None or len(items) <= most:
        return ", ".join(items)
    return f"{', '.join(items[:most])} and {len(items) - most} more"


def figure_notes(
    sentence: SummarySentence, labels: dict[str, str], most_sources: int | None = MOST_SOURCES
) -> list[str]:
    """'004, 007 say 248 people' for each figure that sources give instead of the sentence's,
    with when they were published against the sentence's own source where the dates tell it:
    '004 says 248 people (published later)', '004, 007 say 248 people (published later: 004;
    earlier: 007)'. Each list of sources names at most ``most_sources`` (:func:`listed`)."""
    sayers: dict[str, list[OtherFigure]] = {}
    for other in sentence.other_figures:
        sayers.setdefault(other.figure, []).append(other)
    return [_figure_note(figure, others, labels, most_sources) for figure, others in sayers.items()]


def _figure_note(figure: str, others: list[OtherFigure], labels: dict[str, str], most_sources: int | None) -> str:
    who = [labels[other.document_id] for other in others]
    note = f"{listed(who, most_sources)} {'says' if len(who) == 1 else 'say'} {figure}"
    when = {
        word: [labels[other.document_id] for other in others if other.published_later is later]
        for word, later in (("later", True), ("earlier", False))
    }
    if len(others) == 1:
        dated = [word for word, labelled in when.items() if labelled]
        return f"{note} (published {dated[0]})" if dated else note
    dated = [f"{word}: {listed(labelled, most_sources)}" for word, labelled in when.items() if labelled]
    return f"{note} (published {'; '.join(dated)})" if dated else note


def to_text(summary: Summary, most_sources: int | None = MOST_SOURCES) -> str:
    labels = short_labels([document.id for document in summary.documents])
    return "".join(
        f"{sentence.text} [{_sources_and_figures(sentence, labels, most_sources)}]\n" for sentence in summary.sentences
    )


def _sources_and_figures(sentence: SummarySentence, labels: dict[str, str], most_sources: int | None) -> str:
    """'001, 004, 007; 004, 007 say 248 people'"""
    sources = listed([labels[source] for source in sentence.sources], most_sources)
    return "; ".join([sources, *figure_notes(sentence, labels, most_sources)])


def to_markdown(summary: Summary, most_sources: int | None = MOST_SOURCES) -> str:
    labels = short_labels([document.id for document in summary.documents])
    lines = [f"## Summary of {summary.cluster_id}", ""]
    for sentence in summary.sentences:
        cited = listed([f"[{labels[source]}](#source-{labels[source]})" for source in sentence.sources], most_sources)
        notes = "".join(f"; {_escape_markdown(note)}" for note in figure_notes(sentence, labels, most_sources))
        lines.append(f"- {_escape_markdown(sentence.text)} ({cited}{notes})")
    cited_ids = {source for sentence in summary.sentences for source in sentence.sources}
    lines += ["", "### Sources", ""]
    for document in summary.documents:
        if document.id in cited_ids:
            lines.append(f'- <a id="source-{labels[document.id]}"></a>**{labels[document.id]}** {_source_line(document)}')
    return "\n".join(lines) + "\n"


def _source_line(document: Document) -> str:
    """The title, a link to where the document was published when that is a web address, and
    when it was published when that is known."""
    published = f", published {document.published}" if document.published else ""
    if not is_web_address(document.url):
        return (_escape_markdown(document.title) if document.title else "(untitled)") + published
    # Percent-encoded, the address cannot end the link early (")", a space) or open markup ("<").
    address = quote(document.url, safe=":/?#@!$&'*+,;=%~[]")
    return f"[{_escape_markdown(document.title or document.url)}]({address}){published}"


def to_dict(summary: Summary, with_texts: bool = False) -> dict[str, Any]:
    """The JSON shape of a summary; ``with_texts`` adds each document's cleaned text, in
    which every sentence and piece of evidence can be found verbatim."""
    documents = [
        {"id": document.id, "title": document.title, "url": document.url, "published": document.published}
        | ({"text": document.text} if with_texts else {})
        for document in summary.documents
    ]
    return {
        "id": summary.cluster_id,
        "summary": [
            {
                "text": sentence.text,
                "sources": list(sentence.sources),
                "support": sentence.support,
                "document": sentence.document_id,
                "sentence_index": sentence.index,
                "evidence": [{"document": item.document_id, "text": item.text} for item in sentence.evidence],
                "other_figures": [
                    {
                        "document": other.document_id,
                        "figure": other.figure,
                        "instead_of": other.instead_of,
                        "published_later": other.published_later,
                    }
                    for other in sentence.other_figures
                ],
            }
            for sentence in summary.sentences
        ],
        "documents": documents,
        "method": summary.method,
        "budget": {"unit": summary.budget.unit, "limit": summary.budget.limit},
        "query": summary.query,
        "warnings": list(summary.warnings),
    }


def to_json(summary: Summary) -> str:
    return json.dumps(to_dict(summary), ensure_ascii=False) + "\n"


RENDERERS = {"text": to_text, "md": to_markdown, "json": lambda summary, most_sources: to_json(summary)}
FORMATS = tuple(RENDERERS)


def render(summary: Summary, output_format: str, most_sources: int | None = MOST_SOURCES) -> str:
    """``summary`` in ``output_format``; text and Markdown name at most ``most_sources`` of a
    sentence's sources (``None``: all), JSON names all."""
    return RENDERERS[output_format](summary, most_sources)


def _escape_markdown(text: str) -> str:
    return "".join(f"\\{char}" if char in "\\`*_[]<>#|" else char for char in text)
