"""JSON Lines, one cluster per line (the format of the development sets)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError
from ..model import Cluster, Document


def clusters_from_jsonl(lines: Iterable[str], source: str) -> Iterator[Cluster]:
    """Yield one cluster per non-blank line; a bad line raises an error naming ``source:line``."""
    for where, record in json_records(lines, source):
        yield cluster_from_record(record, where)


def json_records(lines: Iterable[str], source: str) -> Iterator[tuple[str, Any]]:
    """``(source:line, parsed value)`` for every non-blank line."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            where = f"{source}:{number}"
            yield where, parse_json_line(line, where)


def parse_json_line(line: str, where: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: malformed JSON ({error.msg} at column {error.colno})") from None


def cluster_from_record(record: Any, where: str) -> Cluster:
    if not isinstance(record, dict):
        raise InputError(f"{where}: a cluster must be a JSON object, not {_json_type(record)}")
    cluster_id = record.get("id")
    if not isinstance(cluster_id, (str, int)) or isinstance(cluster_id, bool):
        raise InputError(f'{where}: "id" must be a string')
    documents = record.get("documents")
    if not isinstance(documents, list):
        raise InputError(f'{where}: "documents" must be a list of documents')
    parsed = tuple(_document(document, f"{where}: documents[{n}]") for n, document in enumerate(documents))
    seen: set[str] = set()
    for document in parsed:
        if document.id in seen:
            raise InputError(f"{where}: document id {document.id!r} appears twice")
        seen.add(document.id)
    summaries = record.get("summaries", [])
    if not isinstance(summaries, list) or not all(isinstance(s, str) for s in summaries):
        raise InputError(f'{where}: "summaries" must be a list of strings')
    return Cluster(id=str(cluster_id), documents=parsed, summaries=tuple(summaries), query=_query(record, where))


def _document(record: Any, where: str) -> Document:
    if not isinstance(record, dict):
        raise InputError(f"{where} must be a JSON object, not {_json_type(record)}")
    document_id, title, text = record.get("id"), record.get("title"), record.get("text")
    if not isinstance(document_id, (str, int)) or isinstance(document_id, bool):
        raise InputError(f'{where}: "id" must be a string')
    if title is not None and not isinstance(title, str):
        raise InputError(f'{where}: "title" must be a string or null')
    if not isinstance(text, str):
        raise InputError(f'{where}: "text" must be a string')
    return Document(id=str(document_id), text=text, title=title)


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
