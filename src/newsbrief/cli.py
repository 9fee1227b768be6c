"""The ``newsbrief`` command: a thin shell over :func:`newsbrief.api.Summarizer.summarize`."""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from .api import DEFAULT_METHOD, METHODS, Focus, Summarizer
from .errors import ExitCode, NewsbriefError, OutputError
from .evaluate.peers import PEERS
from .evaluate.run import BASELINES
from .ingest import read_inputs
from .model import Budget
from .render import FORMATS, MOST_SOURCES, render

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 2 bad command-line usage; 3 bad input (missing path, empty, binary,"
    " undecodable or malformed file, unknown format); 4 output cannot be written or would overwrite"
    " a file; 5 batch finished but some records failed (see the errors file); 1 unexpected internal error."
)

# click's UsageError, the base of every command-line mistake (a missing argument, an unknown
# option, a value out of range), wherever typer takes click from: newer typers carry their own.
_UsageError = next(base for base in typer.BadParameter.__mro__ if base.__name__ == "UsageError")


class _OneLineUsageErrors(TyperGroup):
    """A command-line mistake is told like every other error, in one line on standard error
    (exit code 2), where click draws a box of usage, hint and message; help stays as it is."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _UsageError as error:
            if type(error).__name__ == "NoArgsIsHelpError":
                # No command at all: the help is the answer. Its message is the help, empty when
                # typer's rich help printed itself as the error was made.
                if error.format_message().strip():
                    typer.echo(error.format_message())
            else:
                message = " ".join(error.format_message().split()).rstrip(".")
                where = f"; see {error.ctx.command_path} --help" if error.ctx is not None else ""
                typer.echo(f"newsbrief: error: {message}{where}", err=True)
            sys.exit(int(ExitCode.USAGE))
        except typer.Abort:
            typer.echo("newsbrief: aborted", err=True)
            sys.exit(1)
        # Without standalone mode, click returns the code a command exits with (typer.Exit) or
        # the command's own value, None.
        sys.exit(code if isinstance(code, int) else int(ExitCode.OK))


app = typer.Typer(
    cls=_OneLineUsageErrors,
    add_completion=False,
    no_args_is_help=True,
    help="Short, non-redundant, sourced briefs from clusters of news articles.",
    epilog=EXIT_CODES_HELP,
    pretty_exceptions_enable=False,
)



@app.callback()
def newsbrief() -> None:
    """Short, non-redundant, sourced briefs from clusters of news articles."""


OutputFormat = Enum("OutputFormat", {name: name for name in FORMATS}, type=str)
Method = Enum("Method", {name: name for name in METHODS}, type=str)
RougeImplementation = Enum("RougeImplementation", {name: name for name in ("python", "perl")}, type=str)
Measure = Enum("Measure", {name: name for name in ("r", "p", "f")}, type=str)
EvalFormat = Enum("EvalFormat", {name: name for name in ("table", "json")}, type=str)
METHODS_HELP = "; ".join(f"{name}: {description}" for name, description in METHODS.items())
QUERY_HELP = "Focus the brief on a topic or question (method coverage): concepts sharing its words weigh more."
QUERY_FOCUSED_HELP = (
    "Focus each JSON Lines cluster's brief on its own \"query\" (a topic statement, as in DUC); a cluster"
    " without one fails."
)
LANGUAGE_HELP = (
    "Write the brief in this language, an ISO 639-1 code (en, de, fr, ...): documents in other languages are"
    " skipped, and its sentence rules, stop words and stemmer are used. Default: the language most documents are in."
)


@app.command(epilog=EXIT_CODES_HELP)
def summarize(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Articles to summarize together: .txt files (one article each, or several separated by"
            " a '|||||' line), .html/.htm pages, .pdf files, directories of those, JSON Lines files of clusters"
            " or articles, or one JSON document (each cluster summarized on its own), any of these gzipped (.gz),"
            " or - for standard input.",
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
    query: Annotated[Optional[str], typer.Option("--query", "-q", help=QUERY_HELP)] = None,
    query_focused: Annotated[bool, typer.Option("--query-focused", help=QUERY_FOCUSED_HELP)] = False,
    language: Annotated[Optional[str], typer.Option("--language", "-l", help=LANGUAGE_HELP, show_default=False)] = None,
    max_sources: Annotated[
        int,
        typer.Option(
            "--max-sources", min=0,
            help="In text and md, name at most this many of a sentence's sources, then how many more carry it"
            " ('001, 004 and 57 more'); 0 names them all. json always names them all.",
        ),
    ] = MOST_SOURCES,
) -> None:
    """Summarize a cluster of news articles; every summary sentence lists the documents that carry it."""
    _run(lambda: _summarize(paths, _budget(words, sentences, chars), output_format.value,
                            Summarizer(method=method.value, language=language), encoding, output, force,
                            _focus(query, query_focused), max_sources or None))


def _summarize(
    paths: list[str], budget: Budget, output_format: str, summarizer: Summarizer, encoding: str, output: Path | None,
    force: bool, focus: Focus, most_sources: int | None,
) -> None:
    inputs = read_inputs(paths, encoding=encoding)
    if output is not None:
        refuse_to_replace_an_input(output, inputs.files)
        check_writable(output, force)
    _warn(inputs.warnings)
    several = len(inputs.clusters) > 1
    parts: list[str] = []
    for cluster in inputs.clusters:
        summary = summarizer.summarize(cluster, budget, focus.query_for(cluster))
        _warn(f"{cluster.id}: {warning}" if several else warning for warning in summary.warnings)
        rendered = render(summary, output_format, most_sources)
        if several and output_format != "json":
            rendered = f"== {cluster.id} ==\n{rendered}\n"
        parts.append(rendered)
    if output is None:
        sys.stdout.write("".join(parts))
    else:
        write_atomically(output, "".join(parts), force)


@app.command("eval", epilog=EXIT_CODES_HELP)
def evaluate_command(
    data: Annotated[str, typer.Argument(help="Clusters with human summaries: newsbrief JSON Lines (optionally with pre-computed \"systems\"), WCEP JSON Lines, a Multi-News .src/.tgt pair, or a DUC folder.", show_default=False)],
    words: Annotated[int, typer.Option(min=1, help="Word budget for every method.")] = 100,
    method: Annotated[Optional[list[Method]], typer.Option("--method", "-m", help="newsbrief method(s) to score; the first is the default that p-values compare against. [default: coverage]")] = None,
    peers: Annotated[Optional[list[str]], typer.Option("--peers", help=f"Peers to run beside newsbrief: {', '.join(PEERS)}, or none. [default: all]")] = None,
    baselines: Annotated[Optional[list[str]], typer.Option("--baselines", help=f"Reference points: {', '.join(BASELINES)}, or none. [default: all]")] = None,
    rouge: Annotated[RougeImplementation, typer.Option(help="python: Google's rouge-score; perl: the official ROUGE-1.5.5 (needs Perl's XML::DOM).")] = RougeImplementation.python,
    truncate_words: Annotated[Optional[int], typer.Option("--truncate-words", min=1, help="Cut every summary to this many words before scoring (DUC: 100; WCEP: 40).")] = None,
    measure: Annotated[Measure, typer.Option(help="What the table shows: r recall (DUC), f F1 (Multi-News, WCEP), p precision.")] = Measure.f,
    output_format: Annotated[EvalFormat, typer.Option("--format", "-f", help="table on the terminal, or json with per-cluster scores.")] = EvalFormat.table,
    report: Annotated[Optional[Path], typer.Option(help="Also write a report: PATH.md (Markdown) or PATH.html (self-contained page with a plot).")] = None,
    limit: Annotated[Optional[int], typer.Option(min=1, help="Only the first N clusters.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite --report if it exists.")] = False,
    query_focused: Annotated[bool, typer.Option("--query-focused", help="Also score each newsbrief method that uses a query (coverage) given the cluster's topic statement (its \"query\", as in DUC) as the query.")] = False,
) -> None:
    """Score newsbrief against human summaries, with baselines, peers and timings in the same run."""
    _run(lambda: _evaluate(data, words, [m.value for m in method or [Method[DEFAULT_METHOD]]], _choices(peers, PEERS),
                           _choices(baselines, BASELINES), rouge.value, truncate_words, measure.value, output_format.value, report, limit, force,
                           query_focused))


def _evaluate(data, words, methods, peers, baselines, rouge, truncate, measure, output_format, report, limit, force,
              query_focused) -> None:
    from .evaluate import report as reports
    from .evaluate.datasets import load_dataset
    from .evaluate.rouge import make_rouge
    from .evaluate.run import build_methods, evaluate

    if report is not None:
        if report.suffix.lower() not in (".md", ".html", ".htm"):
            raise OutputError(f"{report}: the report must end in .md or .html")
        check_writable(report, force)
        if report.suffix.lower() == ".md":  # its plot goes beside it: refuse before the long run, not after
            check_writable(report.with_suffix(".png"), force)
    items = load_dataset(data)[:limit]
    scorer = make_rouge(rouge, truncate)
    runnable = build_methods(methods, peers, baselines, query_focused=query_focused)
    with _progress(len(items) * len(runnable), "evaluating") as advance:
        result = evaluate(items, runnable, scorer, words, truncate, Path(data).name, progress=advance)
    if output_format == "json":
        sys.stdout.write(json.dumps(reports.to_dict(result), ensure_ascii=False) + "\n")
    else:
        reports.print_table(result, measure)
    if report is None:
        return
    if report.suffix.lower() != ".md":
        write_atomically(report, reports.to_html(result, measure), force)
        return
    plot = reports.plot_png(result, measure)
    plot_path = report.with_suffix(".png")
    if plot is not None:
        write_atomically(plot_path, plot, force)
    write_atomically(report, reports.to_markdown(result, measure, plot_path.name if plot else None), force)


@app.command(epilog=EXIT_CODES_HELP)
def convert(
    data: Annotated[str, typer.Argument(help="A WCEP JSON Lines file, a Multi-News .src/.tgt pair, a DUC folder, or newsbrief JSON Lines.", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The newsbrief JSON Lines file to write.")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite --output if it exists.")] = False,
) -> None:
    """Write an evaluation dataset as newsbrief JSON Lines, one cluster with its references per line."""

    def run() -> None:
        from .evaluate.datasets import dataset_files, load_dataset, to_jsonl_record

        refuse_to_replace_an_input(output, dataset_files(data))
        check_writable(output, force)
        lines = (json.dumps(to_jsonl_record(item), ensure_ascii=False) + "\n" for item in load_dataset(data))
        write_atomically(output, "".join(lines), force)

    _run(run)


@app.command(epilog=EXIT_CODES_HELP)
def batch(
    input_path: Annotated[str, typer.Argument(metavar="IN.jsonl", help="Clusters in newsbrief JSON Lines, one per line, gzipped or not; streamed, never loaded whole.", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output JSON Lines, one summary (as --format json) per cluster. If it exists, clusters already in it are skipped: an interrupted run resumes.")],
    words: Annotated[Optional[int], typer.Option("--words", min=0, help="Budget in words (default 100).")] = None,
    sentences: Annotated[Optional[int], typer.Option("--sentences", min=0, help="Budget in sentences.")] = None,
    chars: Annotated[Optional[int], typer.Option("--chars", min=0, help="Budget in characters.")] = None,
    method: Annotated[Method, typer.Option("--method", "-m", help=METHODS_HELP)] = Method[DEFAULT_METHOD],
    language: Annotated[Optional[str], typer.Option("--language", "-l", help=LANGUAGE_HELP, show_default=False)] = None,
    query: Annotated[Optional[str], typer.Option("--query", "-q", help=QUERY_HELP)] = None,
    query_focused: Annotated[bool, typer.Option("--query-focused", help=QUERY_FOCUSED_HELP)] = False,
    workers: Annotated[int, typer.Option(min=1, help="Local worker processes.")] = 1,
    scheduler: Annotated[Optional[str], typer.Option(help="Address of a Dask distributed scheduler (tcp://host:port) to run on instead of local processes.")] = None,
) -> None:
    """Summarize every cluster of a JSON Lines file; bad records go to OUT.errors.jsonl and the rest complete."""
    _run(lambda: _batch(input_path, output, _budget(words, sentences, chars),
                        Summarizer(method=method.value, language=language), workers, scheduler,
                        _focus(query, query_focused)))


def _batch(
    input_path: str, output: Path, budget: Budget, summarizer: Summarizer, workers: int, scheduler: str | None,
    focus: Focus,
) -> None:
    from .batch import count_lines, run_batch

    total = count_lines(Path(input_path)) if Path(input_path).is_file() else None
    with _progress(total, "summarizing") as advance:
        report = run_batch(input_path, output, budget, summarizer, workers, scheduler,
                           on_record=(lambda result: advance(result.cluster_id or "", 1)) if advance else None,
                           focus=focus)
    typer.echo(f"newsbrief: {report.written} written, {report.skipped} already done, {report.failed} failed"
               + (f" (see {report.errors_path})" if report.failed else ""), err=True)
    if report.failed:
        raise typer.Exit(int(ExitCode.SOME_RECORDS_FAILED))


@app.command(epilog=EXIT_CODES_HELP)
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on; 0.0.0.0 exposes the service to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    max_body_mb: Annotated[float, typer.Option(min=0.001, help="Largest request body, in MiB.")] = 10.0,
    max_documents: Annotated[int, typer.Option(min=1, help="Most documents in one request.")] = 2000,
    time_budget: Annotated[float, typer.Option(min=0.1, help="Seconds one request may spend summarizing before it is refused.")] = 30.0,
    workers: Annotated[int, typer.Option(min=1, help="Processes that summarize in parallel (default: one per CPU core).")] = os.cpu_count() or 1,
) -> None:
    """HTTP API (POST /v1/summarize, docs at /docs) and the web page at /."""
    _run(lambda: _serve(host, port, max_body_mb, max_documents, time_budget, workers))


def _serve(host: str, port: int, max_body_mb: float, max_documents: int, time_budget: float, workers: int) -> None:
    import uvicorn  # imported here: the other commands start faster without the web stack

    from .server import ServiceLimits, create_app

    limits = ServiceLimits(int(max_body_mb * 1024 * 1024), max_documents, time_budget)
    uvicorn.run(create_app(limits, workers), host=host, port=port, log_level="info")


def _choices(given: list[str] | None, known: tuple[str, ...]) -> list[str]:
    if given is None:
        return list(known)
    return [] if given == ["none"] else given


@contextmanager
def _progress(total: int | None, label: str = "evaluating"):
    """A progress bar with rate and time left on a terminal; nothing when stderr is redirected."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(), TextColumn("{task.speed} /s"),
               TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda name, done: bar.update(task, advance=1)


def _budget(words: int | None, sentences: int | None, chars: int | None) -> Budget:
    try:
        return Budget.one_of(words, sentences, chars)
    except ValueError:
        raise typer.BadParameter("give only one of --words, --sentences, --chars") from None


def _focus(query: str | None, query_focused: bool) -> Focus:
    try:
        return Focus(query, query_focused)
    except ValueError:
        raise typer.BadParameter("give only one of --query, --query-focused") from None


def check_writable(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists; pass --force to overwrite it")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    if not path.parent.is_dir():
        raise OutputError(f"{path}: directory {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK):
        raise OutputError(f"{path}: directory {path.parent} is not writable")


def refuse_to_replace_an_input(output: Path, inputs: Iterable[Path]) -> None:
    """``--force`` lets a result replace an earlier result, never a file the command reads."""
    if output.exists() and any(source.exists() and output.samefile(source) for source in inputs):
        raise OutputError(f"{output}: is one of the inputs; write to another file")


def write_atomically(path: Path, content: str | bytes, force: bool) -> None:
    """Write to a temporary file beside ``path`` and rename it into place, so a failure
    never leaves a half-written file or destroys the old one."""
    check_writable(path, force)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{path.name}.", delete=False) as handle:
            handle.write(data)
        # A temporary file is private (0600); the result gets the mode any new file would get.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(handle.name, 0o666 & ~umask)
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
    _utf8_when_redirected()
    app()


def _utf8_when_redirected() -> None:
    """Briefs quote every script, and JSON between programs is UTF-8: output sent to a file or
    a pipe is written in UTF-8 whatever the locale's encoding (Windows writes a redirect in its
    ANSI code page, where a Cyrillic brief could not be written at all). A terminal keeps its
    own encoding, which Python writes to it."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not stream.isatty() and stream.encoding.lower() not in ("utf-8", "utf8"):
            stream.reconfigure(encoding="utf-8")
