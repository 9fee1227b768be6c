"""The README shows what the commands it gives print.

Its briefs were read against the example articles by hand: each sentence is one of them, and
its sources are the documents that state it ("three million" people in Idlib: 000, 001, 002
and 004; the Nairobi toll: 247 in a, 248 in b and c). These tests keep the README from drifting
when a change of the pipeline changes a brief: they fail, and the README is read and updated.
"""

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def block_after(marker: str) -> str:
    """The first fenced block after ``marker`` in the README, without its fences."""
    start = README.index(marker)
    match = re.compile(r"```[a-z]*\n(.*?)```", re.DOTALL).search(README, start)
    return match.group(1)


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(autouse=True)
def at_repository_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_the_first_command_prints_the_brief_the_readme_shows():
    assert "newsbrief summarize examples/idlib\n" in block_after("# newsbrief")
    assert run("summarize", "examples/idlib") == block_after("Output of the first command")


def test_the_markdown_example_is_what_its_command_prints():
    shown = block_after("`--format md`:")
    assert "(from `newsbrief summarize examples/idlib --format md --words 60`)" in README
    assert run("summarize", "examples/idlib", "--format", "md", "--words", "60") == shown


def test_the_json_example_is_what_its_command_prints_but_for_the_shortened_documents():
    shown = block_after("`--format json`:").replace(', ...]', ']')
    printed = json.loads(run("summarize", "examples/idlib", "-f", "json", "--sentences", "1"))
    expected = json.loads(shown)
    assert printed["summary"] == expected["summary"]
    assert printed["documents"][0] == expected["documents"][0]
    assert {key: printed[key] for key in ("id", "method", "budget", "warnings")} == {
        key: expected[key] for key in ("id", "method", "budget", "warnings")
    }


def test_the_figures_example_is_what_its_command_prints():
    shown = block_after("(three short reports of one bombing")
    assert run("summarize", "examples/embassy", "--sentences", "1") == shown


def test_the_library_example_runs_and_prints_its_one_sentence_with_its_source(capsys):
    exec(block_after("### As a library"), {})
    assert capsys.readouterr().out == "Floods hit Valencia on Tuesday, killing 40 people. ('a',) 1\n"
