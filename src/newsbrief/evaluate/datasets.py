"""Evaluation data: clusters with their human references, from the formats datasets ship in.

- newsbrief JSON Lines (``{"id", "documents", "summaries"}``, optional ``systems``:
  ``{NAME: summary}``, pre-computed outputs to score beside the methods);
- WCEP JSON Lines (``{"summary", "articles": [...]}``);
- Multi-News (``NAME.src`` with documents separated by ``|||||``, ``NAME.tgt`` beside it);
- DUC folders (SGML documents with ``<TEXT>`` bodies, one folder per cluster, and model
  summaries named like ``D30001.M.100.T.A``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dates import published_or_none
from ..errors import InputError, missing_input
from ..ingest import MAX_FILE_BYTES, with_unique_ids
from ..ingest.decode import decode_bytes
from ..ingest.gzipped import decompressed, inner_path
from ..ingest.jsonl import cluster_from_record, json_records
from ..ingest.text import split_articles
from ..model import Cluster, Document


@dataclass(frozen=True)
class EvalItem:
    """A cluster (its ``summaries`` are the references) and pre-computed system summaries."""

    cluster: Cluster
    systems: dict[str, str] = field(default_factory=dict)

    @property
    def references(self) -> tuple[str, ...]:
        return self.cluster.summaries


def load_dataset(path: str) -> list[EvalItem]:
    location = Path(path)
    if not location.exists():
        raise missing_input(path)
    if location.is_dir():
        return read_duc_folder(location)
    source = _multi_news_source(location)
    if source is not None:
        return read_multi_news(source)
    if inner_path(location).suffix.lower() in (".jsonl", ".json", ".ndjson"):
        return list(read_jsonl(location))
    raise InputError(f"{path}: unknown dataset format; expected .jsonl (or .jsonl.gz), a Multi-News .src/.tgt pair, or a DUC folder")


def dataset_files(path: str) -> list[Path]:
    """The files ``load_dataset(path)`` reads, so that an output can be kept from replacing one."""
    location = Path(path)
    if location.is_dir():
        return [file for file, _, _ in _duc_files(location)]
    source = _multi_news_source(location)
    return [location] if source is None else [source, source.with_suffix(".tgt")]


def _multi_news_source(location: Path) -> Path | None:
    """A Multi-News pair is named by either of its files: ``NAME.src`` or ``NAME.tgt``."""
    if location.suffix == ".src" or location.suffix == ".tgt" and location.with_suffix(".src").exists():
        return location.with_suffix(".src")
    return None


def read_jsonl(path: Path) -> Iterator[EvalItem]:
    text = decode_bytes(decompressed(path.read_bytes(), str(path), MAX_FILE_BYTES), str(path)).text
    for number, (where, _, record, _) in enumerate(json_records(text, str(path)), 1):
        if isinstance(record, dict) and "articles" in record:
            yield _wcep_item(record, where, number)
        else:
            yield _newsbrief_item(record, where)


def _newsbrief_item(record: Any, where: str) -> EvalItem:
    if isinstance(record, dict) and "documents" not in record and "systems" in record:
        record = {**record, "documents": []}
    cluster = cluster_from_record(record, where)
    systems = record.get("systems", {})
    if not isinstance(systems, dict) or not all(isinstance(v, str) for v in systems.values()):
        raise InputError(f'{where}: "systems" must map system names to summary strings')
    return EvalItem(cluster=cluster, systems=dict(systems))


def _wcep_item(record: dict[str, Any], where: str, number: int) -> EvalItem:
    summary, articles = record.get("summary"), record.get("articles")
    if not isinstance(summary, str) or not isinstance(articles, list):
        raise InputError(f'{where}: a WCEP record needs "summary" (string) and "articles" (list)')
    documents = []
    for index, article in enumerate(articles):
        if isinstance(article, str):
            documents.append(Document(id=str(index), text=article))
        elif isinstance(article, dict) and isinstance(article.get("text"), str):
            title, url = (article.get(key) if isinstance(article.get(key), str) else None for key in ("title", "url"))
            documents.append(Document(
                id=str(article.get("id", index)), text=article["text"], title=title, url=url,
                published=published_or_none(article.get("time")),  # newspaper3k's, in ISO 8601
            ))
        else:
            raise InputError(f"{where}: articles[{index}] must be a string or an object with a \"text\"")
    cluster_id = str(record.get("id", number))
    return EvalItem(cluster=Cluster(id=cluster_id, documents=with_unique_ids(documents), summaries=(summary,)))


def read_multi_news(source: Path) -> list[EvalItem]:
    target = source.with_suffix(".tgt")
    if not source.exists() or not target.exists():
        raise InputError(f"{source}: Multi-News needs both {source.name} and {target.name}")
    sources = _multi_news_lines(source)
    targets = _multi_news_lines(target)
    if len(sources) != len(targets):
        raise InputError(f"{source}: {len(sources)} clusters but {target.name} has {len(targets)} summaries")
    items = []
    for index, (text, summary) in enumerate(zip(sources, targets)):
        documents = tuple(Document(id=str(n), text=article) for n, article in enumerate(split_articles(text)))
        summary = re.sub(r"^[–-]\s*", "", summary.strip())
        items.append(EvalItem(cluster=Cluster(id=f"{source.stem}-{index}", documents=documents, summaries=(summary,))))
    return items


def _multi_news_lines(path: Path) -> list[str]:
    text = decode_bytes(path.read_bytes(), str(path)).text
    return [line.replace("NEWLINE_CHAR", "\n") for line in text.split("\n") if line.strip()]


_MODEL_NAME = re.compile(r"^D(\d+)[A-Z]?\.M\.\d+\.[A-Z]\.([A-Z0-9]+)$", re.IGNORECASE)
_CLUSTER_DIR = re.compile(r"^d(\d+)[a-z]*$", re.IGNORECASE)


def read_duc_folder(root: Path) -> list[EvalItem]:
    documents: dict[str, list[Document]] = {}
    references: dict[str, list[tuple[str, str]]] = {}
    for path, cluster_id, annotator in _duc_files(root):
        text = decode_bytes(path.read_bytes(), str(path)).text
        if annotator is None:
            documents.setdefault(cluster_id, []).extend(_sgml_documents(text, path))
        else:
            references.setdefault(cluster_id, []).append((annotator, _strip_tags(text)))
    if not documents:
        raise InputError(f"{root}: no DUC cluster folders (d30001t/…) with SGML documents found")
    items = []
    for cluster_id in sorted(documents):
        refs = tuple(text for _, text in sorted(references.get(cluster_id, [])))
        items.append(EvalItem(cluster=Cluster(id=cluster_id, documents=with_unique_ids(documents[cluster_id]), summaries=refs)))
    return items


def _duc_files(root: Path) -> Iterator[tuple[Path, str, str | None]]:
    """Each file a DUC folder holds for a cluster: (path, cluster id, the reference's
    annotator, or None for a file of the cluster's documents). Other files are not read."""
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        model = _MODEL_NAME.match(path.name)
        cluster = _CLUSTER_DIR.match(path.parent.name)
        if model:
            yield path, f"d{model.group(1)}", model.group(2)
        elif cluster:
            yield path, f"d{cluster.group(1)}", None


def _sgml_documents(text: str, path: Path) -> list[Document]:
    found = []
    for body in re.findall(r"<DOC>(.*?)</DOC>", text, flags=re.DOTALL | re.IGNORECASE) or [text]:
        docno = _tag(body, "DOCNO") or path.name
        headline = _tag(body, "HEADLINE") or _tag(body, "HL")
        content = _raw_tag(body, "TEXT")
        if content is None:
            continue
        paragraphs = re.split(r"<P>|</P>|\n\s*\n", content, flags=re.IGNORECASE)
        joined = "\n".join(" ".join(_strip_tags(p).split()) for p in paragraphs if p.strip())
        found.append(Document(id=docno.strip(), text=joined, title=" ".join(headline.split()) if headline else None))
    return found


def _raw_tag(text: str, name: str) -> str | None:
    match = re.search(rf"<{name}[^>]*>(.*?)</{name}>", text, flags=re.DOTALL | re.IGNORECASE)
    return match.group(1) if match else None


def _tag(text: str, name: str) -> str | None:
    content = _raw_tag(text, name)
    return None if content is None else _strip_tags(content).strip()


def _strip_tags(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text)).strip()


def to_jsonl_record(item: EvalItem) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": item.cluster.id,
        "documents": [
            {"id": d.id, "title": d.title, "text": d.text}
            | ({"url": d.url} if d.url else {})
            | ({"published": d.published} if d.published else {})
            for d in item.cluster.documents
        ],
        "summaries": list(item.cluster.summaries),
    }
    if item.cluster.query:
        record["query"] = item.cluster.query
    if item.systems:
        record["systems"] = item.systems
    return record
