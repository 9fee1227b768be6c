"""Every class of bad input in docs/errors.md, through the command line: message and exit code."""

import io
import json
import os
import tempfile
from pathlib import Path

import pytest

from .pdf_files import text_pdf
from .test_cli import run

STORY = (
    "Bridge reopens in Porto\n"
    "The Luiz I bridge in Porto reopened to traffic on Monday after eight months of repairs.\n"
    "Engineers replaced 120 steel cables and repainted the upper deck, the city council said.\n"
)


def one_line_error(result, exit_code: int, message: str) -> None:
    assert result.exit_code == exit_code, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"newsbrief: error: {message}\n"


def warnings_of(result) -> list[str]:
    return [line.removeprefix("newsbrief: warning: ") for line in result.stderr.splitlines()]


# --- Refused with one line and exit code 3 ---

@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b" \n\t\n", "is empty"),
        ("report.txt", b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<< /Type /Catalog >>", "is a PDF document, not text"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "is a PNG image, not text"),
        # A page saved as the server sent it, compressed, and cut short: read as gzip, refused as damaged.
        ("dump.html", b"\x1f\x8b\x08\x08\x9a\x1c\x0bf\x00\x03dump.html\x00",
         "is not a readable gzip file (Compressed file ended before the end-of-stream marker was reached)"),
        ("blob.txt", b"abc\x00\x01\x02def", "is binary data (NUL bytes), not text"),
        ("empty.pdf", b"", "is empty"),
        ("scan.pdf", text_pdf([[]]), "holds no text (a scanned PDF needs OCR first)"),
        ("sheet.xlsx", b"PK\x03\x04", "unknown format '.xlsx'; expected one of .txt .text .md .markdown .html .htm .pdf .jsonl .ndjson .json, or one of them .gz"),
        ("notes", b"no extension", "unknown format '(no extension)'; expected one of .txt .text .md .markdown .html .htm .pdf .jsonl .ndjson .json, or one of them .gz"),
    ],
)
def test_unusable_files_are_refused(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    one_line_error(run("summarize", str(path)), 3, f"{path}: {reason}")


def test_a_damaged_pdf_is_refused_with_the_reason_pypdf_gives(tmp_path):
    path = tmp_path / "memo.pdf"
    path.write_bytes(text_pdf([["The committee voted to release the memo on Friday."]])[:200])
    result = run("summarize", str(path))
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.startswith(f"newsbrief: error: {path}: is not a readable PDF (")
    assert result.stderr.count("\n") == 1


def test_a_pdf_with_a_password_is_refused_and_one_that_opens_without_one_is_read(tmp_path):
    from pypdf import PdfReader, PdfWriter

    story = text_pdf([["The committee voted on Friday to release the memo about the surveillance."]])
    for name, password in (("locked.pdf", "secret"), ("open.pdf", "")):
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(story)))
        writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
        with open(tmp_path / name, "wb") as file:
            writer.write(file)
    one_line_error(
        run("summarize", str(tmp_path / "locked.pdf")), 3,
        f"{tmp_path / 'locked.pdf'}: is an encrypted PDF; give its text or an unencrypted copy",
    )
    opened = run("summarize", str(tmp_path / "open.pdf"))
    assert (opened.exit_code, opened.stdout) == (
        0, "The committee voted on Friday to release the memo about the surveillance. [open]\n"
    )


def test_a_missing_path_is_refused(tmp_path):
    one_line_error(run("summarize", str(tmp_path / "missing")), 3, f"{tmp_path / 'missing'}: no such file or directory")


@pytest.mark.parametrize("command", [["summarize"], ["eval"], ["convert", "-o", "out.jsonl"], ["batch", "-o", "out.jsonl"]])
def test_a_missing_input_says_what_was_likely_meant(command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The harbour reopened on Monday after a week of repairs to the quay.")
    name, *options = command
    for given, message in [
        ("https://news.example/harbour", "is a web address; newsbrief never fetches one: save the page and give its file"),
        # A shell passes a pattern no file matches on as it was written.
        ("*.jsonl", "no file matches this pattern"),
        ("missing.jsonl", "no such file or directory"),
    ]:
        one_line_error(run(name, given, *options), 3, f"{given}: {message}")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt"]


def test_batch_refuses_a_directory_as_its_input(tmp_path):
    one_line_error(run("batch", str(tmp_path), "-o", str(tmp_path / "out.jsonl")), 3,
                   f"{tmp_path}: is not a file; give a JSON Lines file of clusters")


def test_empty_directory_and_directory_without_articles_are_refused(tmp_path):
    one_line_error(run("summarize", str(tmp_path)), 3, f"{tmp_path}: holds no .txt, .text, .md, .markdown, .html, .htm, .pdf files")
    (tmp_path / "notes.rtf").write_text("{\\rtf1 Not an article.}")
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    one_line_error(run("summarize", str(tmp_path)), 3, f"{tmp_path}: holds no .txt, .text, .md, .markdown, .html, .htm, .pdf files")


def test_a_directory_without_documents_says_where_its_articles_may_be(tmp_path):
    known = ".txt, .text, .md, .markdown, .html, .htm, .pdf"
    (tmp_path / "monday").mkdir()
    (tmp_path / "monday" / "001.txt").write_text("The harbour reopened on Monday after the storm.")
    one_line_error(run("summarize", str(tmp_path)), 3,
                   f"{tmp_path}: holds no {known} files; subdirectories are not read (name them: {tmp_path / '*'})")
    (tmp_path / "clusters.jsonl").write_text('{"id": "x", "documents": ["The harbour reopened."]}\n')
    one_line_error(run("summarize", str(tmp_path)), 3,
                   f"{tmp_path}: holds no {known} files; JSON Lines files are read when named ({tmp_path / '*.jsonl'})")


def test_a_300_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:  # sparse: no 300 MB written to the test machine's disk
        handle.truncate(300 * 1024 * 1024)
    one_line_error(
        run("summarize", str(path)), 3,
        f"{path}: is 300 MiB, over the 200 MiB limit for one file; split it, or use JSON Lines with newsbrief batch",
    )


def cluster_line(cluster_id, text="The port of Rotterdam handled a record 470 million tonnes of cargo last year."):
    return json.dumps({"id": cluster_id, "documents": [{"id": "d1", "text": text}]})


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([cluster_line("a"), '{"id": "b", "documents": [', cluster_line("c")],
         "clusters.jsonl:2: malformed JSON (Expecting value at column 27)"),
        ([cluster_line("a"), '["not", "a", "cluster"]'], "clusters.jsonl:2: a cluster must be a JSON object, not an array"),
        ([cluster_line("a"), '{"id": "b", "documents": {"d1": "text"}}'],
         'clusters.jsonl:2: "documents" must be a list of documents'),
        ([cluster_line("a"), '{"id": "b", "documents": [{"id": "d1", "text": 42}]}'],
         'clusters.jsonl:2: documents[0]: "text" must be a string'),
        ([cluster_line("a"), cluster_line("b"), cluster_line("a")], "clusters.jsonl:3: cluster id 'a' already used at line 1"),
    ],
)
def test_bad_json_lines_are_refused_naming_the_line(tmp_path, lines, message):
    path = tmp_path / "clusters.jsonl"
    path.write_text("\n".join(lines) + "\n")
    one_line_error(run("summarize", str(path)), 3, f"{tmp_path}/{message}")


def test_the_same_cluster_id_in_two_input_files_is_refused(tmp_path):
    for name in ("monday.jsonl", "tuesday.jsonl"):
        (tmp_path / name).write_text(cluster_line("port") + "\n")
    result = run("summarize", str(tmp_path / "monday.jsonl"), str(tmp_path / "tuesday.jsonl"))
    one_line_error(result, 3, "cluster id 'port' appears in more than one input; results are keyed by it")


# --- Read, with a warning where something was guessed or dropped ---

def test_windows_1252_text_is_decoded_and_the_guess_is_reported(tmp_path):
    path = tmp_path / "cafe.txt"
    path.write_bytes(
        "Café reopens\nThe café on Rua Augusta reopened on Monday, its owner told “Público” newspaper.\n".encode("cp1252")
    )
    result = run("summarize", str(path))
    assert result.exit_code == 0
    assert result.stdout == "The café on Rua Augusta reopened on Monday, its owner told “Público” newspaper. [cafe]\n"
    assert warnings_of(result) == [f"{path}: not UTF-8; decoded as cp1252 (detected)"]


def test_utf16_with_a_byte_order_mark_is_read_silently(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode("utf-16"))
    result = run("summarize", str(path), "--sentences", "1")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "The Luiz I bridge in Porto reopened to traffic on Monday after eight months of repairs. [story]\n"


def test_utf16_without_a_byte_order_mark_is_read_with_a_warning(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode("utf-16-le"))
    result = run("summarize", str(path), "--sentences", "1")
    assert result.exit_code == 0
    assert result.stdout == "The Luiz I bridge in Porto reopened to traffic on Monday after eight months of repairs. [story]\n"
    assert warnings_of(result) == [f"{path}: not UTF-8; decoded as utf-16-le (detected)"]


def test_a_50_mb_line_without_punctuation_is_dropped_as_not_prose(tmp_path):
    path = tmp_path / "stream.txt"
    path.write_text("token " * (50 * 1024 * 1024 // 6))
    result = run("summarize", str(path))
    assert (result.exit_code, result.stdout) == (0, "")
    assert warnings_of(result) == [
        "document stream: no article text left after cleaning",
        "no sentences left after cleaning: the input holds no article text",
    ]


def test_a_cluster_of_one_document_is_summarized_from_it(tmp_path):
    path = tmp_path / "porto.txt"
    path.write_text(STORY)
    result = run("summarize", str(path), "--format", "json")
    assert (result.exit_code, result.stderr) == (0, "")
    summary = json.loads(result.stdout)
    assert [(s["text"], s["sources"]) for s in summary["summary"]] == [
        ("The Luiz I bridge in Porto reopened to traffic on Monday after eight months of repairs.", ["porto"]),
        ("Engineers replaced 120 steel cables and repainted the upper deck, the city council said.", ["porto"]),
    ]


def test_identical_documents_give_each_sentence_once_with_every_copy_as_a_source(tmp_path):
    for name in ("agency", "mirror", "syndicated"):
        (tmp_path / f"{name}.txt").write_text(STORY)
    result = run("summarize", str(tmp_path), "--format", "json")
    assert (result.exit_code, result.stderr) == (0, "")
    summary = json.loads(result.stdout)
    assert [s["text"] for s in summary["summary"]] == [
        "The Luiz I bridge in Porto reopened to traffic on Monday after eight months of repairs.",
        "Engineers replaced 120 steel cables and repainted the upper deck, the city council said.",
    ]
    assert all(s["sources"] == ["agency", "mirror", "syndicated"] and s["support"] == 3 for s in summary["summary"])


def test_a_cluster_of_boilerplate_gives_an_empty_summary_and_warnings_not_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("Share this article\nFollow us on Twitter\nMore news: Markets rally | Weather\n")
    (tmp_path / "b.html").write_text(
        "<html><head><style>p {color: red}</style><script>track('visit')</script></head>"
        "<body><script>document.write('ads')</script></body></html>"
    )
    result = run("summarize", str(tmp_path))
    assert (result.exit_code, result.stdout) == (0, "")
    assert warnings_of(result) == [
        f"{tmp_path / 'b.html'}: no article text found in the HTML",
        "document a: no article text left after cleaning",
        "document b: no article text left after cleaning",
        "no sentences left after cleaning: the input holds no article text",
    ]


def test_languages_written_with_spaces_are_summarized(tmp_path):
    path = tmp_path / "klima.txt"
    path.write_text(
        "Bundestag beschließt Klimagesetz\n"
        "Der Bundestag hat am Mittwoch ein neues Klimagesetz beschlossen. "
        "Es soll die Emissionen bis 2030 halbieren, sagte die Ministerin.\n"
    )
    result = run("summarize", str(path), "--sentences", "1")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "Der Bundestag hat am Mittwoch ein neues Klimagesetz beschlossen. [klima]\n"


def test_a_document_in_another_language_than_most_is_set_aside_with_a_warning(tmp_path):
    (tmp_path / "klima.txt").write_text(
        "Bundestag beschließt Klimagesetz\n"
        "Der Bundestag hat am Mittwoch ein neues Klimagesetz beschlossen. "
        "Es soll die Emissionen bis 2030 halbieren, sagte die Ministerin.\n"
    )
    (tmp_path / "parlament.txt").write_text(
        "Das Parlament in Berlin hat am Mittwoch das Klimagesetz verabschiedet. "
        "Die Emissionen sollen bis 2030 um die Hälfte sinken, wie die Umweltministerin erklärte.\n"
    )
    (tmp_path / "wire.txt").write_text(
        "Germany's parliament passed a new climate law on Wednesday. "
        "The law aims to halve emissions by 2030, the environment minister said.\n"
    )
    result = run("summarize", str(tmp_path), "--sentences", "4")
    assert result.exit_code == 0
    # Every German sentence, in the order of their places in their documents; none of the English one.
    assert result.stdout == (
        "Der Bundestag hat am Mittwoch ein neues Klimagesetz beschlossen. [klima]\n"
        "Das Parlament in Berlin hat am Mittwoch das Klimagesetz verabschiedet. [parlament]\n"
        "Es soll die Emissionen bis 2030 halbieren, sagte die Ministerin. [klima]\n"
        "Die Emissionen sollen bis 2030 um die Hälfte sinken, wie die Umweltministerin erklärte. [parlament]\n"
    )
    assert warnings_of(result) == [
        "document wire: skipped: written in 'en', not in the cluster's language, 'de' (ISO 639 codes)"
    ]


def test_languages_without_spaces_between_words_are_named_as_unsupported(tmp_path):
    (tmp_path / "zh.txt").write_text("政府通过新法律\n政府周三通过了一项新的气候保护法。该法律旨在到2030年将排放量减少一半。\n")
    (tmp_path / "th.txt").write_text("รัฐบาลผ่านกฎหมายใหม่\nรัฐบาลผ่านกฎหมายคุ้มครองสภาพภูมิอากาศฉบับใหม่เมื่อวันพุธ\n")
    (tmp_path / "porto.txt").write_text(STORY)
    result = run("summarize", str(tmp_path), "--sentences", "1")
    assert result.exit_code == 0
    assert result.stdout == "The Luiz I bridge in Porto reopened to traffic on Monday after eight months of repairs. [porto]\n"
    unsupported = "is not supported (newsbrief reads languages written with spaces between words)"
    assert warnings_of(result) == [
        f"document th: skipped: Thai {unsupported}",
        f"document zh: skipped: Chinese or Japanese (Han) {unsupported}",
    ]


# --- Output: never lost, never half-written ---

def test_output_into_a_read_only_directory_is_refused_and_nothing_is_written():
    # Outside pytest's private tmp_path, so that an ordinary user can reach it (see below).
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        root.chmod(0o755)
        story = root / "porto.txt"
        story.write_text(STORY)
        story.chmod(0o644)
        locked = root / "locked"
        locked.mkdir(mode=0o555)
        out = locked / "brief.txt"
        invoke = lambda: run("summarize", str(story), "-o", str(out))  # noqa: E731
        # root writes anywhere; run as 'nobody' in a child process to meet a directory it cannot write.
        exit_code, stderr = _as_nobody(invoke) if os.geteuid() == 0 else _outcome(invoke())
        assert exit_code == 4
        assert stderr == f"newsbrief: error: {out}: directory {locked} is not writable\n"
        assert list(locked.iterdir()) == []


def _outcome(result):
    return result.exit_code, result.stderr


def _as_nobody(action):
    """Run ``action`` in a forked child with the uid of 'nobody'; return its exit code and stderr."""
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.setgid(65534)
            os.setuid(65534)
            os.write(writer, json.dumps(_outcome(action())).encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        reported = pipe.read()
    os.waitpid(child, 0)
    return tuple(json.loads(reported))
