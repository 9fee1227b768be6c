"""Ingest: paths on disk (or standard input) to clusters, one reader per format.

Every path that is not JSON Lines contributes documents to a single cluster, so
``newsbrief summarize a.txt b.html dir/`` summarizes all of them together; each JSON
Lines file contributes its own clusters.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, missing_input
from ..model import Cluster, Document
from .decode import decode_bytes
from .gzipped import decompressed, inner_path
from .html import document_from_html
from .jsonl import clusters_from_json
from .pdf import document_from_pdf, is_pdf
from .text import documents_from_text

STDIN = "-"
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES
# A larger file is refused before it is read, so a mistaken path never exhausts memory.
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Inputs:
    """The clusters read, the warnings met, and the files read (so that no output replaces one)."""

    clusters: tuple[Cluster, ...]
    warnings: tuple[str, ...] = ()
    files: tuple[Path, ...] = ()


def read_inputs(paths: Sequence[str], encoding: str = "auto", stdin: BinaryIO | None = None) -> Inputs:
    """Read every path; raise :class:`InputError` naming the first path that cannot be used."""
    if not paths:
        raise InputError("no input given: name files, directories, or - for standard input")
    clusters: list[Cluster] = []
    documents: list[Document] = []
    warnings: list[str] = []
    files: list[Path] = []
    for path in paths:
        for item in _read_path(path, encoding, stdin, warnings, files):
            if isinstance(item, Cluster):
                clusters.append(item)
            else:
                documents.append(item)
    if documents:
        clusters.insert(0, Cluster(id=_cluster_name(paths), documents=with_unique_ids(documents)))
    if not clusters:
        raise InputError(f"{', '.join(paths)}: no clusters found")
    repeated = [cluster_id for cluster_id, count in Counter(c.id for c in clusters).items() if count > 1]
    if repeated:
        raise InputError(f"cluster id {repeated[0]!r} appears in more than one input; results are keyed by it")
    return Inputs(clusters=tuple(clusters), warnings=tuple(warnings), files=tuple(files))


def _read_path(
    path: str, encoding: str, stdin: BinaryIO | None, warnings: list[str], files: list[Path]
) -> list[Cluster | Document]:
    """What ``path`` holds; the files it reads are added to ``files``."""
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _read_stdin(_bounded_read(stream, "standard input"), encoding, warnings)
    location = Path(path)
    if not location.exists():
        raise missing_input(path)
    if location.is_dir():
        return list(_read_directory(location, encoding, warnings, files))
    suffix = inner_path(location).suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES + JSONL_SUFFIXES:
        known = " ".join(DOCUMENT_SUFFIXES + JSONL_SUFFIXES)
        raise InputError(f"{path}: unknown format {suffix or '(no extension)'!r}; expected one of {known}, or one of them .gz")
    files.append(location)
    if suffix in JSONL_SUFFIXES:
        return list(clusters_from_json(_read_text(location, encoding, warnings), path, inner_path(location).stem))
    return list(_documents_of_file(location, encoding, warnings))


def _read_directory(directory: Path, encoding: str, warnings: list[str], files: list[Path]) -> list[Document]:
    """The documents of a directory's files (not of its subdirectories, nor of hidden files such
    as an editor's backups); the files are added to ``files``."""
    listed = sorted(
        entry
        for entry in directory.iterdir()
        if entry.is_file() and not entry.name.startswith(".") and inner_path(entry).suffix.lower() in DOCUMENT_SUFFIXES
    )
    if not listed:
        raise InputError(f"{directory}: holds no {', '.join(DOCUMENT_SUFFIXES)} files{_what_a_directory_read_passes_over(directory)}")
    files.extend(listed)
    return [document for file in listed for document in _documents_of_file(file, encoding, warnings)]


def _what_a_directory_read_passes_over(directory: Path) -> str:
    """Where the articles of a directory without documents may be, said as a hint: in its
    subdirectories, or in JSON Lines files, which are read only when named."""
    visible = [entry for entry in directory.iterdir() if not entry.name.startswith(".")]
    if any(entry.is_file() and inner_path(entry).suffix.lower() in JSONL_SUFFIXES for entry in visible):
        return f"; JSON Lines files are read when named ({directory / '*.jsonl'})"
    if any(entry.is_dir() for entry in visible):
        return f"; subdirectories are not read (name them: {directory / '*'})"
    return ""


def _documents_of_file(file: Path, encoding: str, warnings: list[str]) -> list[Document]:
    """The documents of one text, Markdown, HTML or PDF file (or one of them gzipped), read by
    its suffix and named by its stem."""
    name = inner_path(file)
    suffix = name.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return [document_from_pdf(name.stem, _read_bytes(file), str(file))]
    text = _read_text(file, encoding, warnings)
    if suffix in HTML_SUFFIXES:
        return [_html_document(name.stem, text, str(file), warnings)]
    return documents_from_text(name.stem, text)


def _read_stdin(data: bytes, encoding: str, warnings: list[str]) -> list[Cluster | Document]:
    data = decompressed(data, "standard input", MAX_FILE_BYTES)
    if is_pdf(data):
        return [document_from_pdf("stdin", data, "standard input")]
    text = _decoded(data, "standard input", encoding, warnings)
    if not text.strip():
        raise InputError("standard input: is empty")
    head = text.lstrip()
    if head[:1] in ("{", "["):
        return list(clusters_from_json(text, "standard input", "stdin"))
    if head[:1] == "<":
        return [_html_document("stdin", text, "standard input", warnings)]
    return list(documents_from_text("stdin", text))


def _read_text(path: Path, encoding: str, warnings: list[str]) -> str:
    text = _decoded(_read_bytes(path), str(path), encoding, warnings)
    if not text.strip():
        raise InputError(f"{path}: is empty")
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"{path}: is {size / 2**20:.0f} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit for one file;"
                " split it, or use JSON Lines with newsbrief batch"
            )
        data = path.read_bytes()
        return decompressed(data, str(path), MAX_FILE_BYTES)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None


def _bounded_read(stream: BinaryIO, source: str) -> bytes:
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{source}: is over the {MAX_FILE_BYTES // 2**20} MiB limit for one input")
    return data


def _decoded(data: bytes, source: str, encoding: str, warnings: list[str]) -> str:
    decoded = decode_bytes(data, source, encoding)
    if decoded.was_guessed:
        warnings.append(f"{source}: not UTF-8; decoded as {decoded.encoding} (detected)")
    return decoded.text


def _html_document(document_id: str, html: str, source: str, warnings: list[str]) -> Document:
    document = document_from_html(document_id, html)
    if not document.text.strip():
        warnings.append(f"{source}: no article text found in the HTML")
    return document


def _cluster_name(paths: Sequence[str]) -> str:
    if len(paths) == 1 and paths[0] != STDIN:
        return inner_path(Path(paths[0]).resolve()).stem or "cluster"
    return "cluster"


def with_unique_ids(documents: list[Document]) -> tuple[Document, ...]:
    """Two files may share a stem (a/x.txt, b/x.txt); later ones get a numeric suffix."""
    seen: dict[str, int] = {}
    unique: list[Document] = []
    for document in documents:
        count = seen.get(document.id, 0)
        seen[document.id] = count + 1
        if count:
            document = replace(document, id=f"{document.id}-{count + 1}")
        unique.append(document)
    return tuple(unique)
