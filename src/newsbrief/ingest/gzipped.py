"""Gzip-compressed inputs: crawls at scale ship as ``.jsonl.gz``. A compressed file, told by
its first bytes, is read as the file inside it, named without the ``.gz`` (``cluster.jsonl.gz``
is JSON Lines named ``cluster``); decompression stops at the same size limit as any input, so
a small file that expands without end (a "zip bomb") is refused, not read into memory."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

from ..errors import InputError

GZIP_MAGIC = b"\x1f\x8b"


def is_gzip(data: bytes) -> bool:
    return data.startswith(GZIP_MAGIC)


def is_gzip_file(path: Path) -> bool:
    with path.open("rb") as handle:
        return is_gzip(handle.read(len(GZIP_MAGIC)))


def inner_path(path: Path) -> Path:
    """The name of the file a ``.gz`` holds (``a.jsonl.gz`` → ``a.jsonl``); others as they are."""
    return path.with_suffix("") if path.suffix.lower() == ".gz" else path


def decompressed(data: bytes, source: str, limit: int) -> bytes:
    """``data`` as it is, or decompressed when it is gzip: at most ``limit`` bytes; past it, or
    damaged, an error."""
    if not is_gzip(data):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            content = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as error:  # gzip.BadGzipFile is an OSError
        raise InputError(f"{source}: is not a readable gzip file ({error})") from None
    if len(content) > limit:
        raise InputError(f"{source}: decompressed, is over the {limit // 2**20} MiB limit for one input")
    return content
