import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief import Summarizer
from newsbrief.batch import completed_ids, errors_path_for, run_batch
from newsbrief.cli import app
from newsbrief.model import Budget

TOWNS = ["Valencia", "Porto", "Nantes", "Gdansk", "Bergen", "Split", "Ghent", "Turin", "Leeds", "Lyon"]


def cluster_line(number: int) -> str:
    town = TOWNS[number % len(TOWNS)]
    documents = [
        {"id": f"{number}-a", "title": None, "text": f"Floods hit the city of {town} on Tuesday, killing {number + 3} people. "
                                                      "The mayor declared three days of official mourning."},
        {"id": f"{number}-b", "title": None, "text": f"Floods killed {number + 3} people in {town} on Tuesday, officials said. "
                                                      "Rescue teams searched for missing drivers overnight."},
    ]
    return json.dumps({"id": f"cluster-{number:03d}", "documents": documents}) + "\n"


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(cluster_line(n) for n in range(30)))
    return path


def output_ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


def test_every_cluster_is_summarized_once_in_input_order(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    report = run_batch(corpus, out, Budget("words", 20))
    assert (report.written, report.skipped, report.failed) == (30, 0, 0)
    assert output_ids(out) == [f"cluster-{n:03d}" for n in range(30)]
    first = json.loads(out.read_text().splitlines()[0])
    assert first["summary"][0]["sources"] == ["0-a", "0-b"]
    assert first["budget"] == {"unit": "words", "limit": 20}


def test_corrupt_lines_go_to_the_errors_file_and_the_exit_code_says_so(corpus, tmp_path):
    lines = corpus.read_text().splitlines(keepends=True)
    lines.insert(3, '{"id": "broken", "documents": [\n')
    lines.insert(7, '{"id": "empty", "documents": []}\n')
    lines.insert(9, '["not", "a", "cluster"]\n')
    lines.insert(12, cluster_line(1))  # cluster-001 is on line 2
    lines.append('{"id": "ap", "text": "A truck bomb killed 247 people."}\n')  # an article, not a cluster
    corpus.write_text("".join(lines))
    out = tmp_path / "out.jsonl"
    expected_errors = [
        {"line": 4, "id": None, "error": "malformed JSON (Expecting value at column 32)"},  # the line has 31 characters
        {"line": 8, "id": "empty", "error": "the cluster has no documents"},
        {"line": 10, "id": None, "error": "a cluster must be a JSON object, not an array"},
        {"line": 13, "id": "cluster-001", "error": "cluster id 'cluster-001' already used at line 2"},
        {"line": 35, "id": "ap", "error": 'an article, not a cluster; give one cluster per line, {"id", "documents": [...]} '
                                          "(newsbrief summarize reads a file of one article per line as one cluster)"},
    ]
    result = CliRunner().invoke(app, ["batch", str(corpus), "-o", str(out), "--words", "20"])
    assert result.exit_code == 5
    assert result.stderr == f"newsbrief: 30 written, 0 already done, 5 failed (see {out}.errors.jsonl)\n"
    errors = [json.loads(line) for line in Path(f"{out}.errors.jsonl").read_text().splitlines()]
    assert errors == expected_errors
    assert output_ids(out) == [f"cluster-{n:03d}" for n in range(30)]
    # A re-run retries the failed records: they fail again, and the errors file lists each once.
    rerun = CliRunner().invoke(app, ["batch", str(corpus), "-o", str(out), "--words", "20"])
    assert rerun.exit_code == 5
    assert rerun.stderr == f"newsbrief: 0 written, 30 already done, 5 failed (see {out}.errors.jsonl)\n"
    assert [json.loads(line) for line in Path(f"{out}.errors.jsonl").read_text().splitlines()] == expected_errors


def test_a_byte_order_mark_is_read_past_and_a_line_not_in_utf8_fails_alone(tmp_path):
    corpus = tmp_path / "in.jsonl"
    latin = '{"id": "cafe", "documents": [{"id": "c", "text": "Caf\u00e9 owners in Porto said prices rose."}]}\n'
    corpus.write_bytes(
        b"\xef\xbb\xbf" + cluster_line(0).encode() + latin.encode("cp1252") + cluster_line(1).encode()
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(corpus), "-o", str(out), "--words", "20"])
    assert result.exit_code == 5
    assert output_ids(out) == ["cluster-000", "cluster-001"]
    errors = [json.loads(line) for line in Path(f"{out}.errors.jsonl").read_text().splitlines()]
    # '{"id": "cafe", "documents": [{"id": "c", "text": "Caf' is 53 bytes: the é is byte 53, counted from 0.
    assert errors == [{"line": 2, "id": None, "error": "is not valid UTF-8 (byte 53); JSON Lines are UTF-8"}]


def test_a_torn_last_line_is_cut_off_before_resuming(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    run_batch(corpus, out, Budget("words", 20))
    whole = out.read_text().splitlines(keepends=True)
    out.write_text("".join(whole[:10]) + whole[10][: len(whole[10]) // 2])
    assert completed_ids(out) == {f"cluster-{n:03d}" for n in range(10)}
    assert out.read_text() == "".join(whole[:10])
    report = run_batch(corpus, out, Budget("words", 20))
    assert (report.written, report.skipped) == (20, 10)
    assert out.read_text() == "".join(whole)


def test_a_file_that_is_not_batch_output_is_never_appended_to(corpus, tmp_path):
    out = tmp_path / "notes.jsonl"
    out.write_text("my own notes\n")
    result = CliRunner().invoke(app, ["batch", str(corpus), "-o", str(out)])
    assert result.exit_code == 4
    assert result.stderr == f"newsbrief: error: {out}:1: is not a newsbrief batch output line; refusing to append to it\n"
    assert out.read_text() == "my own notes\n"


def test_the_input_is_never_its_own_output(tmp_path):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(cluster_line(0))  # a cluster line has an "id", as an output line does
    result = CliRunner().invoke(app, ["batch", str(corpus), "-o", str(corpus)])
    assert result.exit_code == 4
    assert result.stderr == f"newsbrief: error: {corpus}: is the input; write to another file\n"
    assert corpus.read_text() == cluster_line(0)
    # Nor is it the errors file beside the output, which each run writes anew.
    named_like_errors = tmp_path / "out.jsonl.errors.jsonl"
    corpus.rename(named_like_errors)
    result = CliRunner().invoke(app, ["batch", str(named_like_errors), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 4
    assert result.stderr == f"newsbrief: error: {named_like_errors}: is the input; write to another file\n"
    assert named_like_errors.read_text() == cluster_line(0)
    assert not (tmp_path / "out.jsonl").exists()


def test_killed_run_resumes_with_every_id_exactly_once(tmp_path):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(cluster_line(n) for n in range(400)))
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsbrief", "batch", str(corpus), "-o", str(out), "--words", "20"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    interrupted = len(out.read_bytes().split(b"\n")) - 1
    assert 0 < interrupted < 400, "the run should have been killed part-way"
    finished = subprocess.run(command, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert output_ids(out) == [f"cluster-{n:03d}" for n in range(400)]


def test_local_processes_and_dask_give_the_same_records(corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    local = tmp_path / "local.jsonl"
    run_batch(corpus, local, Budget("words", 20))
    processes = tmp_path / "processes.jsonl"
    run_batch(corpus, processes, Budget("words", 20), workers=2)
    assert processes.read_text() == local.read_text()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                                  processes=True) as cluster:
        dask = tmp_path / "dask.jsonl"
        report = run_batch(corpus, dask, Budget("words", 20), scheduler=cluster.scheduler_address)
        assert report.written == 30
    assert dask.read_text().splitlines() == local.read_text().splitlines()


def test_unreachable_scheduler_is_a_one_line_error(corpus, tmp_path):
    pytest.importorskip("distributed")
    result = CliRunner().invoke(app, ["batch", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 3
    assert result.stderr.startswith("newsbrief: error: cannot reach the Dask scheduler at tcp://127.0.0.1:1")
    assert result.stderr.count("\n") == 1


def test_an_unknown_language_fails_before_any_record_and_writes_nothing(corpus, tmp_path):
    out = tmp_path / "o.jsonl"
    result = CliRunner().invoke(app, ["batch", str(corpus), "-o", str(out), "--language", "xx"])
    assert result.exit_code == 2
    assert result.stderr.startswith("newsbrief: error: unknown language 'xx'")
    assert not out.exists() and not errors_path_for(out).exists()


def test_every_record_is_written_in_the_requested_language(tmp_path):
    from .test_summarize import FLOODS, SPANISH_FLOODS

    documents = [{"id": d.id, "text": d.text} for d in FLOODS.documents + (SPANISH_FLOODS,)]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "floods", "documents": documents}) + "\n")
    out = tmp_path / "out.jsonl"
    run_batch(corpus, out, Budget("sentences", 1), Summarizer(language="es"))
    record = json.loads(out.read_text())
    assert [(s["text"], s["sources"]) for s in record["summary"]] == [
        ("Las inundaciones causaron la muerte de 40 personas en la ciudad de Valencia el martes, según las autoridades.",
         ["efe"])
    ]


HARBOUR = [
    {"id": "a", "text": "The council approved the new harbour budget on Monday after a long debate. "
                        "The mayor opened the rebuilt railway station on Monday morning."},
    {"id": "b", "text": "The council approved the new harbour budget on Monday, officials said. "
                        "The mayor opened the rebuilt railway station to passengers."},
    {"id": "c", "text": "The council approved the new harbour budget on Monday evening. "
                        "Crowds watched as the mayor opened the rebuilt railway station."},
]
def run(*args: str):
    return CliRunner().invoke(app, list(args))


# c's version of the fact the three documents share: the fewest words for the same word pairs.
BUDGET_FACT = "The council approved the new harbour budget on Monday evening."
STATION_FACT = "The mayor opened the rebuilt railway station on Monday morning."


def first_sentences(path: Path) -> dict[str, str]:
    return {record["id"]: record["summary"][0]["text"] for record in map(json.loads, path.read_text().splitlines())}


def test_a_query_focuses_every_brief_or_each_cluster_its_own(tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_text("".join(json.dumps(record) + "\n" for record in [
        {"id": "station", "documents": HARBOUR, "query": "What happened at the railway station?"},
        {"id": "budget", "documents": HARBOUR, "query": {"title": "Harbour budget", "narrative": "Describe the vote."}},
        {"id": "none", "documents": HARBOUR},
    ]))
    # Without a focus a record's "query" is not used: both facts are in all three documents,
    # and the budget fact has more shared concepts.
    generic = run("batch", str(data), "-o", str(tmp_path / "generic.jsonl"), "--sentences", "1")
    assert generic.exit_code == 0
    assert first_sentences(tmp_path / "generic.jsonl") == {"station": BUDGET_FACT, "budget": BUDGET_FACT, "none": BUDGET_FACT}
    one = run("batch", str(data), "-o", str(tmp_path / "one.jsonl"), "--sentences", "1", "--query", "railway station")
    assert one.exit_code == 0
    assert first_sentences(tmp_path / "one.jsonl") == {"station": STATION_FACT, "budget": STATION_FACT, "none": STATION_FACT}
    own = run("batch", str(data), "-o", str(tmp_path / "own.jsonl"), "--sentences", "1", "--query-focused")
    assert own.exit_code == 5
    assert first_sentences(tmp_path / "own.jsonl") == {"station": STATION_FACT, "budget": BUDGET_FACT}
    # Each output says what it was focused on.
    assert [json.loads(line)["query"] for line in (tmp_path / "own.jsonl").read_text().splitlines()] == [
        "What happened at the railway station?", "Harbour budget Describe the vote."]
    assert [json.loads(line) for line in errors_path_for(tmp_path / "own.jsonl").read_text().splitlines()] == [
        {"line": 3, "id": "none", "error": 'none: the cluster has no "query" to focus its brief on'}
    ]


def test_a_record_over_the_size_limit_fails_alone_without_being_read(tmp_path, monkeypatch):
    import newsbrief.batch as batch

    monkeypatch.setattr(batch, "MAX_RECORD_BYTES", 2000)
    corpus = tmp_path / "in.jsonl"
    huge = json.dumps({"id": "huge", "documents": [{"id": "a", "text": "Floods hit Valencia. " * 500}]}) + "\n"
    corpus.write_text(cluster_line(0) + huge + cluster_line(1))
    out = tmp_path / "out.jsonl"
    report = run_batch(corpus, out, Budget("words", 20))
    assert (report.written, report.failed) == (2, 1)
    assert output_ids(out) == ["cluster-000", "cluster-001"]
    assert [json.loads(line) for line in errors_path_for(out).read_text().splitlines()] == [
        {"line": 2, "id": None, "error": "is over the 0 MiB limit for one record; it was not read"}
    ]
    # A record of exactly the limit, its line end past it, is read.
    corpus.write_text(cluster_line(0)[:-1].ljust(2000) + "\n")
    assert run_batch(corpus, tmp_path / "exact.jsonl", Budget("words", 20)).written == 1


def test_a_json_document_is_refused_whole_rather_than_failed_line_by_line(tmp_path):
    cluster = {"id": "x", "documents": HARBOUR}
    for name, content in (("pretty.json", json.dumps(cluster, indent=2)), ("array.json", json.dumps([cluster]))):
        path = tmp_path / name
        path.write_text(content)
        result = run("batch", str(path), "-o", str(tmp_path / "out.jsonl"))
        assert result.exit_code == 3
        assert result.stderr == (f"newsbrief: error: {path}: is one JSON document, not JSON Lines; batch streams one "
                                 "cluster per line (newsbrief summarize reads a JSON document)\n")
        assert not (tmp_path / "out.jsonl").exists()


def test_a_query_and_each_clusters_own_are_not_given_together(tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_text(json.dumps({"id": "x", "documents": HARBOUR}) + "\n")
    result = run("batch", str(data), "-o", str(tmp_path / "out.jsonl"), "--query", "station", "--query-focused")
    assert result.exit_code == 2
    assert "give only one of --query, --query-focused" in result.stderr
    assert not (tmp_path / "out.jsonl").exists()
