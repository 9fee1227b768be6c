"""JSON Lines: one cluster per line (the format of the development sets), or one article per
line, as crawlers write them, which makes one cluster. A file that is one JSON document, as an
API or an export writes it, pretty-printed or not, is read the same way: an object is one
record, an array's items are the records."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import chain
from typing import Any, NamedTuple

from ..dates import PUBLISHED_FIELDS, NotADate, iso_published
from ..errors import InputError
from ..model import Cluster, Document
from .html import document_from_html
from .pages import without_page_breaks
from .pdf import document_from_pdf


class JsonRecord(NamedTuple):
    """One record of a file: where it was read, for messages (``source:3`` for a line,
    ``source: item 3`` for an array's item), its line or item number, counted from 1, and
    its parsed value."""

    where: str
    number: int
    value: Any
    unit: str = "line"

    @property
    def place(self) -> str:
        return f"{self.unit} {self.number}"


def clusters_from_json(text: str, source: str, name: str) -> Iterator[Cluster]:
    """Yield one cluster per record (:func:`json_records`); a bad one raises an error naming
    where it is. A repeated cluster id is an error: results are keyed by it, so one would hide
    the other. When the first record is an article (:func:`is_article`), every record must be
    one, and they make one cluster called ``name``."""
    records = json_records(text, source)
    first = next(records, None)
    if first is None:
        return
    if is_article(first.value):
        yield _cluster_of_articles(chain([first], records), name)
        return
    first_seen: dict[str, JsonRecord] = {}
    for record in chain([first], records):
        cluster = cluster_from_record(record.value, record.where)
        if cluster.id in first_seen:
            raise InputError(f"{record.where}: cluster id {cluster.id!r} already used at {first_seen[cluster.id].place}")
        first_seen[cluster.id] = record
        yield cluster


def json_records(text: str, source: str) -> Iterator[JsonRecord]:
    """The records of ``text``: one per non-blank line of JSON Lines; or, when the text is one
    JSON document over several lines or an array, that object, or each item of that array."""
    document = _one_json_document(text)
    if isinstance(document, list):
        for number, value in enumerate(document, 1):
            yield JsonRecord(f"{source}: item {number}", number, value, "item")
        return
    if document is not None:
        yield JsonRecord(source, 1, document)
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            where = f"{source}:{number}"
            yield JsonRecord(where, number, parse_json_line(line, where))


def _one_json_document(text: str) -> Any:
    """The value of a text that is one JSON array, or one object written over several lines;
    None otherwise. A file of JSON Lines fails at its second line, so trying costs one record;
    an object on a line of its own is read as JSON Lines, so that its messages name line 1."""
    stripped = text.strip()
    if not stripped.startswith("[") and "\n" not in stripped:
        return None
    try:
        return json.loads(stripped)
    except json.JSONDecodeError:
        return None


def parse_json_line(line: str, where: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: malformed JSON ({error.msg} at column {error.colno})") from None


# Where an article's text is: newsbrief's own "text", news-please's "maintext", the "body" of
# news APIs and content systems; the first present is read.
TEXT_FIELDS = ("text", "maintext", "body")


def is_article(record: Any) -> bool:
    """An object with a text (:data:`TEXT_FIELDS`), an "html" or a "pdf" and no "documents":
    one article, not a cluster."""
    return isinstance(record, dict) and "documents" not in record and any(
        key in record for key in (*TEXT_FIELDS, "html", "pdf")
    )


def _cluster_of_articles(records: Iterable[JsonRecord], name: str) -> Cluster:
    return Cluster(id=name, documents=_with_unique_ids(_article(record) for record in records))


def _article(record: JsonRecord) -> tuple[str, Document]:
    if not is_article(record.value):
        raise InputError(f"{record.where}: not an article; a file holds one article per line or one cluster per line")
    # A crawler's record may have no id: its line (or item) number stands in.
    return record.where, _document({"id": str(record.number), **record.value}, record.where)


def _with_unique_ids(documents: Iterable[tuple[str, Document]]) -> tuple[Document, ...]:
    """The documents, each given with where it was read; an id read twice raises there."""
    seen: dict[str, Document] = {}
    for where, document in documents:
        if document.id in seen:
            raise InputError(f"{where}: document id {document.id!r} appears twice")
        seen[document.id] = document
    return tuple(seen.values())


def cluster_from_record(record: Any, where: str) -> Cluster:
    if not isinstance(record, dict):
        raise InputError(f"{where}: a cluster must be a JSON object, not {_json_type(record)}")
    if is_article(record):
        raise InputError(
            f'{where}: an article, not a cluster; give one cluster per line, {{"id", "documents": [...]}} '
            "(newsbrief summarize reads a file of one article per line as one cluster)"
        )
    if "documents" not in record:
        fields = ", ".join(json.dumps(key) for key in list(record)[:8]) or "no field"
        raise InputError(
            f'{where}: neither a cluster ("id", "documents") nor an article ("text", "html" or "pdf"); it has {fields}'
        )
    cluster_id = record.get("id")
    if cluster_id is None:
        raise InputError(f'{where}: the cluster has no "id"; give it one: {{"id": "...", "documents": [...]}}')
    if not isinstance(cluster_id, (str, int)) or isinstance(cluster_id, bool):
        raise InputError(f'{where}: "id" must be a string')
    documents = record.get("documents")
    if not isinstance(documents, list):
        raise InputError(f'{where}: "documents" must be a list of documents')
    # Every document is read before ids are compared: a malformed one is reported first.
    parsed = _with_unique_ids(
        [(where, _document(document, f"{where}: documents[{n}]")) for n, document in enumerate(documents)]
    )
    summaries = record.get("summaries", [])
    if not isinstance(summaries, list) or not all(isinstance(s, str) for s in summaries):
        raise InputError(f'{where}: "summaries" must be a list of strings')
    return Cluster(id=str(cluster_id), documents=parsed, summaries=tuple(summaries), query=_query(record, where))


def _document(record: Any, where: str) -> Document:
    """``{"id", "title", "text"}``, or ``{"id", "html"}`` for a page to extract, or ``{"id",
    "pdf"}`` for a PDF file in base64; a ``url`` is where the article was published, shown with
    its source. It is never fetched: reading a cluster must not reach out to the network."""
    if not isinstance(record, dict):
        raise InputError(f"{where} must be a JSON object, not {_json_type(record)}")
    text_field = next((key for key in TEXT_FIELDS if key in record), "text")
    document_id, title, text, html, pdf, url = (record.get(key) for key in ("id", "title", text_field, "html", "pdf", "url"))
    if not isinstance(document_id, (str, int)) or isinstance(document_id, bool):
        raise InputError(f'{where}: "id" must be a string')
    if title is not None and not isinstance(title, str):
        raise InputError(f'{where}: "title" must be a string or null')
    if url is not None and not isinstance(url, str):
        raise InputError(f'{where}: "url" must be a string or null')
    published = _published(record, where)
    if pdf is not None:
        if text is not None or html is not None or not isinstance(pdf, str):
            raise InputError(f'{where}: give one of "text", "html" and "pdf", as a string')
        try:
            data = base64.b64decode(pdf, validate=True)
        except ValueError:  # binascii.Error, or a character outside ASCII
            raise InputError(f'{where}: "pdf" must be the file in base64') from None
        return _given_over(document_from_pdf(str(document_id), data, where), title, url, published)
    if html is not None:
        if text is not None or not isinstance(html, str):
            raise InputError(f'{where}: give either "text" or "html", as a string')
        return _given_over(document_from_html(str(document_id), html), title, url, published)
    if text is None and url is not None:
        raise InputError(f'{where}: "url" is never fetched; send the page as "html" or its "text"')
    if not isinstance(text, str):
        raise InputError(f'{where}: "{text_field}" must be a string')
    return Document(id=str(document_id), text=without_page_breaks(text), title=title, url=url, published=published)


def _given_over(page: Document, title: str | None, url: str | None, published: str | None) -> Document:
    """A page read from its HTML or PDF, with what the record gives in place of what the page says."""
    return replace(page, title=title or page.title, url=url or page.url, published=published or page.published)


def _published(record: dict[str, Any], where: str) -> str | None:
    """The record's publication date in ISO 8601, from the first of the keys crawlers and news
    APIs use (:data:`~newsbrief.dates.PUBLISHED_FIELDS`) that gives one: an empty one gives none."""
    field = next((key for key in PUBLISHED_FIELDS if _gives_a_value(record.get(key))), None)
    if field is None:
        return None
    value = record[field]
    if not isinstance(value, str):
        raise InputError(f'{where}: "{field}" must be a date as a string, such as "2018-09-07T14:02:00Z"')
    try:
        return iso_published(value)
    except NotADate as error:
        raise InputError(f'{where}: "{field}" is {error}') from None


def _gives_a_value(value: Any) -> bool:
    """Neither null nor an empty string: what crawls write for a field they could not fill."""
    return value is not None and not (isinstance(value, str) and not value.strip())


def _query(record: dict[str, Any], where: str) -> str | None:
    """DUC topic statements come as {"title", "narrative"}; a plain string is accepted too."""
    query = record.get("query")
    if query is None or isinstance(query, str):
        return query
    if isinstance(query, dict):
        return " ".join(str(query[key]) for key in ("title", "narrative") if query.get(key))
    raise InputError(f'{where}: "query" must be a string or an object')


def _json_type(value: Any) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
