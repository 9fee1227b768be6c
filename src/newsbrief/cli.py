"""The ``newsbrief`` command: a thin shell over :func:`newsbrief.api.Summarizer.summarize`."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .api import DEFAULT_METHOD, METHODS, Summarizer
from .errors import ExitCode, NewsbriefError, OutputError
from .ingest import read_inputs
from .model import Budget
from .render import render

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 2 bad command-line usage; 3 bad input (missing path, empty, binary,"
    " undecodable or malformed file, unknown format); 4 output cannot be written or would overwrite"
    " a file; 1 unexpected internal error."
)

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Short, non-redundant, sourced briefs from clusters of news articles.",
    epilog=EXIT_CODES_HELP,
    pretty_exceptions_enable=False,
)



@app.callback()
def newsbrief() -> None:
    """Short, non-redundant, sourced briefs from clusters of news articles."""


OutputFormat = Enum("OutputFormat", {name: name for name in ("text", "md", "json")}, type=str)
Method = Enum("Method", {name: name for name in METHODS}, type=str)
METHODS_HELP = "; ".join(f"{name}: {description}" for name, description in METHODS.items())


@app.command(epilog=EXIT_CODES_HELP)
def summarize(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Articles to summarize together: .txt files (one article each, or several separated by"
            " a '|||||' line), .html/.htm pages, directories of those, JSON Lines files of clusters"
            " (each cluster summarized on its own), or - for standard input.",
            show_default=False,
        ),
    ],
    words: Annotated[Optional[int], typer.Option("--words", min=0, help="Budget in words (default 100).")] = None,
    sentences: Annotated[Optional[int], typer.Option("--sentences", min=0, help="Budget in sentences.")] = None,
    chars: Annotated[Optional[int], typer.Option("--chars", min=0, help="Budget in characters.")] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format", "-f",
            help="text: one sentence a line with its sources as [001, 004]; md: Markdown with a list of"
            " source titles; json: one JSON object per cluster (JSON Lines).",
        ),
    ] = OutputFormat.text,
    method: Annotated[Method, typer.Option("--method", "-m", help=METHODS_HELP)] = Method[DEFAULT_METHOD],
    encoding: Annotated[
        str,
        typer.Option(help="Encoding of text inputs; 'auto' accepts UTF-8, byte-order marks, and detected legacy encodings (with a warning)."),
    ] = "auto",
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write here instead of standard output.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite --output if it exists.")] = False,
) -> None:
    """Summarize a cluster of news articles; every summary sentence lists the documents that carry it."""
    _run(lambda: _summarize(paths, _budget(words, sentences, chars), output_format.value, method.value, encoding, output, force))


def _summarize(
    paths: list[str], budget: Budget, output_format: str, method: str, encoding: str, output: Path | None, force: bool
) -> None:
    if output is not None:
        check_writable(output, force)
    inputs = read_inputs(paths, encoding=encoding)
    _warn(inputs.warnings)
    summarizer = Summarizer(method=method)
    several = len(inputs.clusters) > 1
    parts: list[str] = []
    for cluster in inputs.clusters:
        summary = summarizer.summarize(cluster, budget)
        _warn(f"{cluster.id}: {warning}" if several else warning for warning in summary.warnings)
        rendered = render(summary, output_format)
        if several and output_format != "json":
            rendered = f"== {cluster.id} ==\n{rendered}\n"
        parts.append(rendered)
    if output is None:
        sys.stdout.write("".join(parts))
    else:
        write_atomically(output, "".join(parts), force)


def _budget(words: int | None, sentences: int | None, chars: int | None) -> Budget:
    given = [(unit, value) for unit, value in (("words", words), ("sentences", sentences), ("chars", chars)) if value is not None]
    if len(given) > 1:
        raise typer.BadParameter("give only one of --words, --sentences, --chars")
    unit, limit = given[0] if given else ("words", 100)
    return Budget(unit=unit, limit=limit)


def check_writable(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists; pass --force to overwrite it")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    if not path.parent.is_dir():
        raise OutputError(f"{path}: directory {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK):
        raise OutputError(f"{path}: directory {path.parent} is not writable")


def write_atomically(path: Path, text: str, force: bool) -> None:
    """Write to a temporary file beside ``path`` and rename it into place, so a failure
    never leaves a half-written file or destroys the old one."""
    check_writable(path, force)
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False) as handle:
            handle.write(text)
        os.replace(handle.name, path)
    except OSError as error:
        raise OutputError(f"{path}: cannot be written ({error.strerror})") from None


def _warn(warnings) -> None:
    for warning in warnings:
        typer.echo(f"newsbrief: warning: {warning}", err=True)


def _run(action: Callable[[], None]) -> None:
    """Turn every failure into one line on standard error and a documented exit code."""
    try:
        action()
    except NewsbriefError as error:
        typer.echo(f"newsbrief: error: {error}", err=True)
        raise typer.Exit(int(error.exit_code)) from None
    except BrokenPipeError:
        raise typer.Exit(int(ExitCode.OK)) from None
    except KeyboardInterrupt:
        typer.echo("newsbrief: interrupted", err=True)
        raise typer.Exit(130) from None
    except (typer.Exit, typer.BadParameter, typer.Abort):
        raise
    except Exception as error:  # noqa: BLE001 - the promise is one line, never a traceback
        if os.environ.get("NEWSBRIEF_DEBUG"):
            raise
        typer.echo(f"newsbrief: internal error: {type(error).__name__}: {error} (set NEWSBRIEF_DEBUG=1 for details)", err=True)
        raise typer.Exit(1) from None


def main() -> None:
    app()
