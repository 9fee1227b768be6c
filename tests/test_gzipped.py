"""Gzip-compressed inputs, read as the files inside them: crawls at scale ship as .jsonl.gz."""

import gzip
import io
import json
import shutil

import newsbrief.ingest as ingest
from newsbrief.evaluate.datasets import load_dataset
from newsbrief.ingest import read_inputs

from .conftest import IDLIB
from .test_batch import HARBOUR, cluster_line
from .test_cli import run
from .test_robustness import one_line_error


def gzip_file(path):
    compressed = path.with_name(path.name + ".gz")
    compressed.write_bytes(gzip.compress(path.read_bytes()))
    path.unlink()
    return compressed


def test_gzipped_articles_give_the_brief_their_plain_files_give(tmp_path):
    articles = tmp_path / "idlib"
    shutil.copytree(IDLIB, articles)
    for path in sorted(articles.glob("00[0-2]*.txt")):
        gzip_file(path)
    # The documents are named by the files inside: 000, not 000_3c5690ae1d148084.txt.
    plain = run("summarize", str(IDLIB))
    assert run("summarize", str(articles)).stdout == plain.stdout
    # Standard input gzipped gives what it gives plain.
    piped = b"".join(p.read_bytes() for p in sorted(IDLIB.glob("*.txt")))
    plain_piped = run("summarize", "-", stdin=piped)
    assert plain_piped.exit_code == 0 and plain_piped.stdout.endswith("[stdin]\n")
    assert run("summarize", "-", stdin=gzip.compress(piped)).stdout == plain_piped.stdout


def test_a_gzipped_json_lines_file_is_named_without_its_suffixes(tmp_path):
    path = tmp_path / "harbour.jsonl"
    path.write_text("".join(json.dumps(article) + "\n" for article in HARBOUR))
    [cluster] = read_inputs([str(gzip_file(path))]).clusters
    assert (cluster.id, [d.id for d in cluster.documents]) == ("harbour", ["a", "b", "c"])
    piped = read_inputs(["-"], stdin=io.BytesIO(gzip.compress(json.dumps({"id": "x", "documents": HARBOUR}).encode())))
    assert [c.id for c in piped.clusters] == ["x"]


def test_a_page_saved_compressed_under_its_own_name_is_read(tmp_path):
    # What a download without decompression leaves: page.html holding the gzipped page.
    page = tmp_path / "page.html"
    page.write_bytes(gzip.compress(b"<html><head><title>Harbour reopens</title></head><body><article><p>The harbour "
                                   b"of Split reopened on Monday after a week of repairs to the quay.</p></article></body></html>"))
    [cluster] = read_inputs([str(page)]).clusters
    assert [(d.id, d.title, d.text) for d in cluster.documents] == [
        ("page", "Harbour reopens", "The harbour of Split reopened on Monday after a week of repairs to the quay.")]


def test_a_damaged_or_expanding_gzip_is_refused_in_one_line(tmp_path, monkeypatch):
    damaged = tmp_path / "cut.txt.gz"
    damaged.write_bytes(gzip.compress(b"The harbour reopened on Monday after a week of repairs.\n" * 50)[:40])
    one_line_error(run("summarize", str(damaged)), 3,
                   f"{damaged}: is not a readable gzip file (Compressed file ended before the end-of-stream marker was reached)")
    # A small file that expands past the limit is refused as it is decompressed.
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 10_000)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 20_000))
    assert len(bomb.read_bytes()) < 100
    one_line_error(run("summarize", str(bomb)), 3, f"{bomb}: decompressed, is over the 0 MiB limit for one input")
    unknown = tmp_path / "table.csv.gz"
    unknown.write_bytes(gzip.compress(b"a,b\n"))
    one_line_error(run("summarize", str(unknown)), 3, f"{unknown}: unknown format '.csv'; expected one of .txt .text .md "
                   ".markdown .html .htm .pdf .jsonl .ndjson .json, or one of them .gz")


def test_batch_streams_a_gzipped_input_to_the_output_of_its_plain_one(tmp_path):
    plain = tmp_path / "in.jsonl"
    plain.write_text("".join(cluster_line(n) for n in range(5)))
    assert run("batch", str(plain), "-o", str(tmp_path / "plain.jsonl")).exit_code == 0
    compressed = gzip_file(plain)
    assert run("batch", str(compressed), "-o", str(tmp_path / "gz.jsonl")).exit_code == 0
    assert (tmp_path / "gz.jsonl").read_text() == (tmp_path / "plain.jsonl").read_text()
    # A stream cut short fails where it ends; the records before it are written, for a re-run to resume.
    cut = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress("".join(cluster_line(n) for n in range(200)).encode())
    cut.write_bytes(whole[: len(whole) // 2])
    result = run("batch", str(cut), "-o", str(tmp_path / "cut.jsonl"))
    assert result.exit_code == 3
    assert result.stderr.endswith(
        f"newsbrief: error: {cut}: cannot be read (Compressed file ended before the end-of-stream marker was reached)\n")
    written = [json.loads(line)["id"] for line in (tmp_path / "cut.jsonl").read_text().splitlines()]
    assert 0 < len(written) < 200 and written == [f"cluster-{n:03d}" for n in range(len(written))]


def test_eval_reads_a_gzipped_dataset(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"id": "x", "documents": HARBOUR, "summaries": ["The budget passed."]}) + "\n")
    plain = load_dataset(str(path))
    assert load_dataset(str(gzip_file(path))) == plain
