"""Batch: summarize every cluster of a JSON Lines file into a JSON Lines file.

The input is streamed, never loaded whole. Each output line is written by a single
``os.write`` of a complete line, so a run killed at any moment leaves whole lines plus at
most one torn tail, which the next run cuts off before it resumes; clusters whose ids are
already in the output are skipped. A record that cannot be summarized goes to the errors
file with its line number and reason, and the rest go on.

Work runs in this process, in local worker processes (``workers``), or on a Dask
distributed cluster (``scheduler``); results are written in input order in every case, so
all three produce the same file.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from .api import Focus, Summarizer
from .errors import InputError, NewsbriefError, OutputError, missing_input
from .ingest import MAX_FILE_BYTES
from .ingest.gzipped import is_gzip_file
from .ingest.jsonl import cluster_from_record, parse_json_line
from .model import Budget
from .render import to_dict


@dataclass(frozen=True)
class RecordResult:
    line: int
    cluster_id: str | None
    output: str | None  # one JSON line, newline included
    error: str | None


@dataclass(frozen=True)
class BatchReport:
    written: int
    skipped: int
    failed: int
    errors_path: Path


# A record larger than any input newsbrief reads whole fails alone, without being read into
# memory: a crawl's line can hold a binary blob. The blank line that stands for it is one
# input_lines never gives otherwise.
MAX_RECORD_BYTES = MAX_FILE_BYTES
OVERSIZED = b""


def summarize_record(
    line_number: int, line: bytes, budget: Budget, summarizer: Summarizer, focus: Focus = Focus()
) -> RecordResult:
    """One input line to one output line, or to the reason it failed. Never raises."""
    cluster_id = None
    where = f"line {line_number}"
    try:
        record = parse_json_line(_utf8(line, where).strip(), where)
        cluster_id = _record_id(record)
        cluster = cluster_from_record(record, where)
        if not cluster.documents:
            raise InputError(f"{where}: the cluster has no documents")
        summary = summarizer.summarize(cluster, budget, focus.query_for(cluster))
        return RecordResult(line_number, cluster.id, json.dumps(to_dict(summary), ensure_ascii=False) + "\n", None)
    except NewsbriefError as error:
        return RecordResult(line_number, cluster_id, None, str(error).removeprefix(f"{where}: "))
    except Exception as error:  # noqa: BLE001 - one failing document must not stop a corpus run
        return RecordResult(line_number, cluster_id, None, f"internal error: {type(error).__name__}: {error}")


def errors_path_for(output: Path) -> Path:
    return output.with_name(output.name + ".errors.jsonl")


def completed_ids(output: Path) -> set[str]:
    """Ids already in ``output``, after cutting off a line torn by an interrupted run."""
    if not output.exists():
        return set()
    ids = set()
    complete = 0  # bytes up to the end of the last whole line
    with output.open("rb+") as handle:
        for number, line in enumerate(handle, 1):
            if not line.endswith(b"\n"):
                break
            try:
                ids.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                raise OutputError(f"{output}:{number}: is not a newsbrief batch output line; refusing to append to it") from None
            complete += len(line)
        handle.truncate(complete)
    return ids


def input_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """The file's lines that are not blank, as bytes, decompressed as they are read when the
    file is gzipped: each record is decoded on its own, so a line that is not UTF-8 fails alone
    instead of having its characters replaced. A byte-order mark before the first line (Windows
    tools write one) is not part of the record. A line over :data:`MAX_RECORD_BYTES` is passed
    over unread and given as :data:`OVERSIZED`."""
    try:
        with _open_input(path) as handle:
            number = 0
            while line := handle.readline(MAX_RECORD_BYTES + 1):
                number += 1
                if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
                    while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass
                    yield number, OVERSIZED
                    continue
                if number == 1:
                    line = line.removeprefix(codecs.BOM_UTF8)
                if line.strip():
                    yield number, line
    except (OSError, EOFError, zlib.error) as error:  # a damaged gzip stream fails as it is read
        raise InputError(f"{path}: cannot be read ({getattr(error, 'strerror', None) or error})") from None


def _open_input(path: Path) -> BinaryIO:
    return gzip.open(path, "rb") if is_gzip_file(path) else path.open("rb")


def _opens_a_json_document(path: Path) -> bool:
    """Whether the first record opens an array or an object written over several lines: a
    cluster on a line of its own starts with "{" and goes on, so every line would fail alone."""
    first = next((line for _, line in input_lines(path)), b"").strip()
    return first.startswith(b"[") or first == b"{"


def _utf8(line: bytes, where: str) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{where}: is not valid UTF-8 (byte {error.start}); JSON Lines are UTF-8") from None


def count_lines(path: Path) -> int | None:
    """The lines of a file, for progress; None for a gzipped one, which would be read twice."""
    if is_gzip_file(path):
        return None
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


class _LocalExecutor:
    """Runs work in this process with the interface of an executor."""

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        return _resolved(function(*args))

    def shutdown(self) -> None:
        pass


class _DaskExecutor:
    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise NewsbriefError("--scheduler needs dask.distributed: pip install 'dask[distributed]'") from None
        try:
            self._client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as error:
            raise NewsbriefError(f"cannot reach the Dask scheduler at {address}: {error}") from None

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        return self._client.submit(function, *args, pure=False)

    def shutdown(self) -> None:
        self._client.close()


def run_batch(
    input_path: str | Path,
    output_path: Path,
    budget: Budget = Budget(),
    summarizer: Summarizer = Summarizer(),
    workers: int = 1,
    scheduler: str | None = None,
    on_record: Callable[[RecordResult], None] | None = None,
    focus: Focus = Focus(),
) -> BatchReport:
    """Summarize every cluster of ``input_path`` not yet in ``output_path`` with ``summarizer``
    (configured, and so checked, once: an unknown method or language fails before any record),
    each brief focused as ``focus`` says."""
    # Errors name the input as it was given: a Path would read "https://x" as "https:/x".
    given, input_path = str(input_path), Path(input_path)
    if not input_path.exists():
        raise missing_input(given)
    if not input_path.is_file():
        raise InputError(f"{given}: is not a file; give a JSON Lines file of clusters")
    if _opens_a_json_document(input_path):
        raise InputError(
            f"{given}: is one JSON document, not JSON Lines; batch streams one cluster per line "
            "(newsbrief summarize reads a JSON document)"
        )
    if not output_path.parent.is_dir():
        raise OutputError(f"{output_path}: directory {output_path.parent} does not exist")
    errors_path = errors_path_for(output_path)
    for written_to in (output_path, errors_path):
        if written_to.exists() and written_to.samefile(input_path):
            raise OutputError(f"{written_to}: is the input; write to another file")
    done = completed_ids(output_path)
    window = max(4, 4 * workers)
    written = skipped = failed = 0
    first_line: dict[str, int] = {}  # where each id was first met in this run's input
    pending: deque[Future] = deque()
    try:
        output = os.open(output_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
    except OSError as error:
        raise OutputError(f"{output_path}: cannot be written ({error.strerror})") from None
    executor = None
    try:
        executor = _executor(workers, scheduler)
        # Failed records are retried by a re-run, so each run's errors file replaces the last.
        with errors_path.open("w", encoding="utf-8") as errors:

            def finish(result: RecordResult) -> None:
                nonlocal written, skipped, failed
                if result.error is None and result.cluster_id in first_line:
                    repeated = f"cluster id {result.cluster_id!r} already used at line {first_line[result.cluster_id]}"
                    result = replace(result, error=repeated)
                if result.error is not None:
                    failed += 1
                    errors.write(json.dumps({"line": result.line, "id": result.cluster_id, "error": result.error}) + "\n")
                    errors.flush()
                else:
                    first_line[result.cluster_id] = result.line
                    if result.cluster_id in done:
                        skipped += 1
                    else:
                        os.write(output, result.output.encode("utf-8"))
                        done.add(result.cluster_id)
                        written += 1
                if on_record:
                    on_record(result)

            for number, line in input_lines(input_path):
                finished_id = _quick_id(line) if done else None
                if line == OVERSIZED:
                    too_large = f"is over the {MAX_RECORD_BYTES // 2**20} MiB limit for one record; it was not read"
                    pending.append(_resolved(RecordResult(number, None, None, too_large)))
                elif finished_id is not None and finished_id in done:
                    # Queued behind the records in flight, so results are still met in input order.
                    pending.append(_resolved(RecordResult(number, finished_id, None, None)))
                else:
                    pending.append(executor.submit(summarize_record, number, line, budget, summarizer, focus))
                while len(pending) >= window:
                    finish(pending.popleft().result())
            while pending:
                finish(pending.popleft().result())
    finally:
        os.close(output)
        if executor is not None:
            executor.shutdown()
    return BatchReport(written=written, skipped=skipped, failed=failed, errors_path=errors_path)


def _resolved(result: RecordResult) -> Future:
    future: Future = Future()
    future.set_result(result)
    return future


def _executor(workers: int, scheduler: str | None):
    if scheduler:
        return _DaskExecutor(scheduler)
    if workers > 1:
        return ProcessPoolExecutor(max_workers=workers)
    return _LocalExecutor()


def _quick_id(line: bytes) -> str | None:
    """The id of a line, for skipping finished clusters without summarizing them again."""
    try:
        return _record_id(json.loads(line))
    except ValueError:  # malformed JSON or not UTF-8: the record fails when it is summarized
        return None


def _record_id(record: Any) -> str | None:
    cluster_id = record.get("id") if isinstance(record, dict) else None
    return str(cluster_id) if isinstance(cluster_id, (str, int)) and not isinstance(cluster_id, bool) else None
