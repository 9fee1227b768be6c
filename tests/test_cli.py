import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.cli import app

from .conftest import IDLIB

runner = CliRunner()


def run(*args, stdin=None):
    # Named as the console script names it, so that messages read as a user reads them.
    return runner.invoke(app, list(args), input=stdin, prog_name="newsbrief")


def test_text_output_lists_short_source_labels():
    result = run("summarize", str(IDLIB))
    assert result.exit_code == 0
    lines = result.stdout.strip().split("\n")
    assert lines and all(re.search(r"[.!?\"'] \[\d{3}(, \d{3})*\]$", line) for line in lines)
    assert sum(len(line.rsplit(" [", 1)[0].split()) for line in lines) <= 100


def test_json_output_schema():
    result = run("summarize", str(IDLIB), "--format", "json", "--words", "60")
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert set(payload) == {"id", "summary", "documents", "method", "budget", "query", "warnings"}
    assert payload["method"] == "coverage" and payload["budget"] == {"unit": "words", "limit": 60}
    assert payload["query"] is None
    focused = json.loads(run("summarize", str(IDLIB), "--format", "json", "--query", "Erdogan").stdout)
    assert focused["query"] == "Erdogan"
    assert [d["id"][:3] for d in payload["documents"]] == ["000", "001", "002", "003", "004"]
    ids = {d["id"] for d in payload["documents"]}
    for item in payload["summary"]:
        assert set(item) == {"text", "sources", "support", "document", "sentence_index", "evidence", "other_figures"}
        assert isinstance(item["text"], str) and item["support"] == len(item["sources"]) >= 1
        assert set(item["sources"]) <= ids and item["document"] in item["sources"]
        assert [e["document"] for e in item["evidence"]] == item["sources"]
        assert {"document": item["document"], "text": item["text"]} in item["evidence"]
        # The seed articles agree on every figure their shared sentences give ("three million").
        assert item["other_figures"] == []


def test_markdown_output_lists_cited_source_titles():
    result = run("summarize", str(IDLIB), "--format", "md", "--sentences", "2")
    assert result.exit_code == 0
    assert result.stdout.startswith("## Summary of idlib\n\n- ")
    assert "### Sources" in result.stdout


FLOOD_REPORTS = [
    "Schools in the city stayed shut.", "Trains to Madrid ran late all day.",
    "Shops in the old town sandbagged their doors.",
    "The port suspended loading for six hours.", "Farmers reported losses in the orange groves.",
    "A bridge over the Turia was closed to traffic.", "Emergency crews pumped water from underpasses.",
    "The airport diverted four flights to Alicante.", "Residents were told to avoid the riverbed.",
    "Buses replaced the metro on two lines.", "Power failed in three districts overnight.",
    "The football match was postponed to Sunday.",
]
FLOOD_LEDE = "Floods closed the Valencia ring road on Tuesday after a night of record rain."


def test_a_fact_many_outlets_carry_names_ten_of_them_then_how_many_more(tmp_path):
    # Twelve outlets open with the same sentence, each then reports something of its own.
    documents = [{"id": f"d{n:02d}", "text": f"{FLOOD_LEDE} {own}"} for n, own in enumerate(FLOOD_REPORTS, start=1)]
    cluster = tmp_path / "valencia.jsonl"
    cluster.write_text(json.dumps({"id": "valencia", "documents": documents}) + "\n", encoding="utf-8")
    first_ten = ", ".join(f"d{n:02d}" for n in range(1, 11))
    every_one = ", ".join(f"d{n:02d}" for n in range(1, 13))
    assert run("summarize", str(cluster), "--sentences", "1").stdout == f"{FLOOD_LEDE} [{first_ten} and 2 more]\n"
    listed_all = run("summarize", str(cluster), "--sentences", "1", "--max-sources", "0")
    assert listed_all.stdout == f"{FLOOD_LEDE} [{every_one}]\n"
    three = run("summarize", str(cluster), "--sentences", "1", "--max-sources", "3", "--format", "md").stdout
    assert f"- {FLOOD_LEDE} ([d01](#source-d01), [d02](#source-d02), [d03](#source-d03) and 9 more)\n" in three
    # Every source is still in the list of sources, and JSON names them all.
    assert all(f"**d{n:02d}** (untitled)" in three for n in range(1, 13))
    [sentence] = json.loads(run("summarize", str(cluster), "--sentences", "1", "--format", "json").stdout)["summary"]
    assert sentence["sources"] == [f"d{n:02d}" for n in range(1, 13)] and sentence["support"] == 12


def test_sources_link_to_where_they_were_published(tmp_path):
    # A crawler's articles with their addresses: a title and an address with a space and
    # parentheses, an address that is not a web one, an address without a title.
    path = tmp_path / "harbour.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in [
        {"id": "a", "title": "Harbour vote (final)", "url": "https://news.example/harbour vote_(1)",
         "text": "The council approved the new harbour budget on Monday after a long debate."},
        {"id": "b", "url": "javascript:alert(1)", "text": "The council approved the new harbour budget on Monday, officials said."},
        {"id": "c", "url": "https://wire.example/harbour_budget", "text": "The council approved the new harbour budget on Monday evening."},
    ]))
    markdown = run("summarize", str(path), "--format", "md", "--sentences", "1")
    assert markdown.stdout.endswith(
        "### Sources\n\n"
        '- <a id="source-a"></a>**a** [Harbour vote (final)](https://news.example/harbour%20vote_%281%29)\n'
        '- <a id="source-b"></a>**b** (untitled)\n'
        '- <a id="source-c"></a>**c** [https://wire.example/harbour\\_budget](https://wire.example/harbour_budget)\n'
    )
    documents = json.loads(run("summarize", str(path), "--format", "json").stdout)["documents"]
    assert [d["url"] for d in documents] == [
        "https://news.example/harbour vote_(1)", "javascript:alert(1)", "https://wire.example/harbour_budget"
    ]
    # A text file has no address.
    assert json.loads(run("summarize", str(IDLIB), "--format", "json").stdout)["documents"][0]["url"] is None


def test_jsonl_input_with_several_clusters_gives_one_json_line_each(tmp_path):
    path = tmp_path / "two.jsonl"
    doc = {"id": "d", "title": None, "text": "The harbour reopened on Monday after a week of repairs to the quay."}
    path.write_text("".join(json.dumps({"id": cid, "documents": [doc]}) + "\n" for cid in ("x", "y")))
    result = run("summarize", str(path), "--format", "json")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["x", "y"]


def test_standard_input_is_read_with_a_dash():
    text = "Harbour reopens\nThe harbour reopened on Monday after a week of repairs to the quay.\n"
    result = run("summarize", "-", stdin=text)
    assert result.exit_code == 0
    assert result.stdout == "The harbour reopened on Monday after a week of repairs to the quay. [stdin]\n"


def test_not_utf8_with_strict_encoding_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Le caf\xe9 a ferm\xe9 ses portes apr\xe8s dix ans.".encode("latin-1"))
    result = run("summarize", str(path), "--encoding", "utf-8")
    assert result.exit_code == 3
    assert result.stderr == f"newsbrief: error: {path}: is not valid utf-8 (byte 6); try --encoding auto\n"


def test_two_budgets_at_once_is_a_usage_error():
    result = run("summarize", str(IDLIB), "--words", "5", "--chars", "40")
    assert result.exit_code == 2
    assert result.stderr == (
        "newsbrief: error: Invalid value: give only one of --words, --sentences, --chars; see newsbrief summarize --help\n"
    )


def test_output_file_is_written_and_never_overwritten_without_force(tmp_path):
    out = tmp_path / "brief.txt"
    assert run("summarize", str(IDLIB), "-o", str(out)).exit_code == 0
    first = out.read_text()
    assert first.endswith("]\n")
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    out.write_text("user's notes")
    result = run("summarize", str(IDLIB), "-o", str(out))
    assert result.exit_code == 4
    assert result.stderr == f"newsbrief: error: {out}: already exists; pass --force to overwrite it\n"
    assert out.read_text() == "user's notes"
    assert run("summarize", str(IDLIB), "-o", str(out), "--force").exit_code == 0
    assert out.read_text() == first


def test_force_never_lets_the_brief_replace_a_file_it_reads(tmp_path):
    articles = tmp_path / "idlib"
    shutil.copytree(IDLIB, articles)
    article = articles / "001_5884c681905fa99b.txt"
    text = article.read_text()
    for given in (str(article), str(articles)):  # the file itself, or the directory that holds it
        result = run("summarize", given, "-o", str(article), "--force")
        assert result.exit_code == 4
        assert result.stderr == f"newsbrief: error: {article}: is one of the inputs; write to another file\n"
        assert article.read_text() == text
    # A file of the directory that is not read (not a document) may be replaced.
    earlier = articles / "brief.json"
    earlier.write_text("{}")
    assert run("summarize", str(articles), "-o", str(earlier), "--force", "-f", "json").exit_code == 0
    assert json.loads(earlier.read_text())["id"] == "idlib"


def test_query_focused_gives_each_jsonl_cluster_its_own_topic(tmp_path):
    documents = [
        {"id": "a", "text": "The council approved the new harbour budget on Monday after a long debate. "
                            "The mayor opened the rebuilt railway station on Monday morning."},
        {"id": "b", "text": "The council approved the new harbour budget on Monday, officials said. "
                            "The mayor opened the rebuilt railway station to passengers."},
    ]
    data = tmp_path / "topics.jsonl"
    data.write_text("".join(json.dumps({"id": name, "documents": documents, "query": query}) + "\n"
                            for name, query in (("station", "railway station"), ("budget", "harbour budget"))))
    result = run("summarize", str(data), "--sentences", "1", "--query-focused")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "== station ==\nThe mayor opened the rebuilt railway station on Monday morning. [a, b]\n\n"
        "== budget ==\nThe council approved the new harbour budget on Monday, officials said. [a, b]\n\n"
    )
    # Articles given as files carry no topic statement.
    article = tmp_path / "a.txt"
    article.write_text(documents[0]["text"])
    refused = run("summarize", str(article), "--query-focused")
    assert refused.exit_code == 3
    assert refused.stderr == 'newsbrief: error: a: the cluster has no "query" to focus its brief on\n'
    both = run("summarize", str(data), "--query", "station", "--query-focused")
    assert both.exit_code == 2 and "give only one of --query, --query-focused" in both.stderr


def test_convert_never_replaces_the_dataset_it_reads(tmp_path):
    data = tmp_path / "set.jsonl"
    line = json.dumps({"id": "x", "documents": [], "summaries": ["The harbour reopened."]}) + "\n"
    data.write_text(line)
    result = run("convert", str(data), "-o", str(data), "--force")
    assert result.exit_code == 4
    assert result.stderr == f"newsbrief: error: {data}: is one of the inputs; write to another file\n"
    assert data.read_text() == line


def test_convert_never_replaces_a_file_of_a_duc_folder_it_reads(tmp_path):
    cluster = tmp_path / "duc" / "d30001t"
    cluster.mkdir(parents=True)
    document = cluster / "APW19981016.0240"
    sgml = "<DOC><DOCNO> APW19981016.0240 </DOCNO><TEXT><P>Cambodia's leaders met.</P></TEXT></DOC>\n"
    document.write_text(sgml)
    reference = tmp_path / "duc" / "D30001.M.100.T.A"
    reference.write_text("The leaders met.")
    for read in (document, reference):
        result = run("convert", str(tmp_path / "duc"), "-o", str(read), "--force")
        assert result.exit_code == 4
        assert result.stderr == f"newsbrief: error: {read}: is one of the inputs; write to another file\n"
    assert document.read_text() == sgml and reference.read_text() == "The leaders met."
    # A file the reader passes over, an earlier conversion say, may be replaced.
    earlier = tmp_path / "duc" / "converted.jsonl"
    earlier.write_text("")
    assert run("convert", str(tmp_path / "duc"), "-o", str(earlier), "--force").exit_code == 0
    assert json.loads(earlier.read_text())["summaries"] == ["The leaders met."]


def test_convert_never_replaces_either_file_of_a_multi_news_pair(tmp_path):
    (tmp_path / "test.src").write_text("First article. ||||| Other article.\n")
    (tmp_path / "test.tgt").write_text("– A summary.\n")
    for given, target in (("test.src", "test.tgt"), ("test.tgt", "test.src")):
        result = run("convert", str(tmp_path / given), "-o", str(tmp_path / target), "--force")
        assert result.exit_code == 4
        assert result.stderr == f"newsbrief: error: {tmp_path / target}: is one of the inputs; write to another file\n"
    assert (tmp_path / "test.tgt").read_text() == "– A summary.\n"


def test_redirected_output_is_utf8_whatever_the_locale_says(tmp_path):
    # As Windows redirects output in its ANSI code page: Latin-1 here, which holds no Cyrillic.
    executable = shutil.which("newsbrief", path=str(Path(sys.executable).parent)) or pytest.fail("no console script")
    for name, text in (("a", "Совет утвердил новый бюджет порта в понедельник после долгих дебатов."),
                       ("b", "Совет утвердил новый бюджет порта в понедельник, сообщили чиновники.")):
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}
    result = subprocess.run([executable, "summarize", str(tmp_path), "--sentences", "1"], capture_output=True, env=env)
    assert (result.returncode, result.stderr) == (0, b"")
    expected = run("summarize", str(tmp_path), "--sentences", "1").stdout
    assert expected.startswith("Совет утвердил новый бюджет порта в понедельник") and expected.endswith(" [a, b]\n")
    assert result.stdout.decode("utf-8") == expected


def test_output_into_a_missing_directory_is_refused(tmp_path):
    out = tmp_path / "no" / "brief.txt"
    result = run("summarize", str(IDLIB), "-o", str(out))
    assert result.exit_code == 4
    assert result.stderr == f"newsbrief: error: {out}: directory {out.parent} does not exist\n"


def test_installed_console_script_prints_no_traceback_on_bad_input(tmp_path):
    # The script sits beside the interpreter running the tests (CI does not put the venv on PATH).
    executable = shutil.which("newsbrief", path=str(Path(sys.executable).parent)) or pytest.fail(
        "the newsbrief console script is not installed beside " + sys.executable
    )
    result = subprocess.run([executable, "summarize", str(tmp_path / "nope")], capture_output=True, text=True)
    assert result.returncode == 3
    assert result.stderr == f"newsbrief: error: {tmp_path / 'nope'}: no such file or directory\n"
    assert "Traceback" not in result.stderr
    mistake = subprocess.run([executable, "summarize", "--bogus"], capture_output=True, text=True)
    # click words its own messages differently from version to version; the shape is newsbrief's.
    assert mistake.returncode == 2 and re.fullmatch(
        r"newsbrief: error: No such option:? '?--bogus'?; see newsbrief summarize --help\n", mistake.stderr
    )


def test_help_explains_options_and_exit_codes():
    result = run("summarize", "--help")
    assert result.exit_code == 0
    for expected in ("--words", "--sentences", "--chars", "--format", "--method", "--language", "Exit codes"):
        assert expected in result.stdout


def test_query_focuses_the_summary(tmp_path):
    texts = {
        "a": "The council approved the new harbour budget on Monday after a long debate. "
             "The mayor opened the rebuilt railway station on Monday morning.",
        "b": "The council approved the new harbour budget on Monday, officials said. "
             "The mayor opened the rebuilt railway station to passengers.",
        "c": "The council approved the new harbour budget on Monday evening. "
             "Crowds watched as the mayor opened the rebuilt railway station.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text)
    generic = run("summarize", str(tmp_path), "--sentences", "1")
    focused = run("summarize", str(tmp_path), "--sentences", "1", "--query", "railway station")
    assert generic.stdout == "The council approved the new harbour budget on Monday evening. [a, b, c]\n"
    assert focused.stdout == "The mayor opened the rebuilt railway station on Monday morning. [a, b, c]\n"
    assert focused.stderr == ""
    unfocused = run("summarize", str(tmp_path), "--sentences", "1", "--query", "football")
    assert (unfocused.stdout, unfocused.stderr) == (generic.stdout, "newsbrief: warning: no sentence holds a word of the query; the brief is generic\n")


def test_language_writes_the_brief_from_the_documents_in_that_language(tmp_path):
    from .test_summarize import FLOODS, SPANISH_FLOODS

    for document in FLOODS.documents + (SPANISH_FLOODS,):
        (tmp_path / f"{document.id}.txt").write_text(document.text)
    result = run("summarize", str(tmp_path), "--sentences", "1", "--language", "es")
    assert result.exit_code == 0
    assert result.stdout == (
        "Las inundaciones causaron la muerte de 40 personas en la ciudad de Valencia el martes, según las autoridades."
        " [efe]\n"
    )
    assert result.stderr.splitlines() == [
        f"newsbrief: warning: document {name}: skipped: written in 'en', not in the requested language, 'es' (ISO 639 codes)"
        for name in ("a", "b", "c")
    ]


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["summarize"], "paths"),
        (["summarize", "x.txt", "--bogus"], "--bogus"),
        (["summarize", "x.txt", "--words", "-5"], "--words"),
        (["summarize", "x.txt", "--format", "xml"], "xml"),
        (["batch", "in.jsonl", "-o", "out.jsonl", "--workers", "0"], "--workers"),
        (["eval", "set.jsonl", "--rouge", "java"], "java"),
    ],
)
def test_a_command_line_mistake_is_one_line_naming_what_is_wrong(args, named):
    result = run(*args)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    # What click says varies with its version (and its case: 'paths' or 'PATHS...'); where it
    # says it, and that it names the culprit, is newsbrief's.
    assert line.startswith("newsbrief: error: ") and named in line.lower()
    assert line.endswith(f"; see newsbrief {args[0]} --help")
    assert result.stdout == ""


def test_an_unknown_command_is_one_line_and_no_command_shows_the_help():
    unknown = run("frobnicate")
    assert (unknown.exit_code, unknown.stderr) == (2, "newsbrief: error: No such command 'frobnicate'; see newsbrief --help\n")
    bare = run()
    assert bare.exit_code == 2
    assert "Usage: newsbrief [OPTIONS] COMMAND [ARGS]..." in bare.stdout and "summarize" in bare.stdout


def test_an_unknown_language_is_a_usage_error_in_one_line():
    result = run("summarize", str(IDLIB), "--language", "english")
    assert result.exit_code == 2
    assert result.stderr == (
        "newsbrief: error: unknown language 'english': give the ISO 639-1 code of a language newsbrief can tell, "
        "such as 'en', 'de', 'fr' or 'es'\n"
    )
