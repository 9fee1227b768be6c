"""Evaluation output: a terminal table, JSON, and a Markdown or self-contained HTML report."""

from __future__ import annotations

import base64
import html
import io
import math
import sys
from datetime import date
from typing import Any

from .rouge import MEASURES, METRICS
from .run import EvalResult, MethodResult
from .stats import Interval

LABELS = {"rouge1": "R-1", "rouge2": "R-2", "rougeLsum": "R-Lsum"}


def default_method(result: EvalResult) -> MethodResult | None:
    return next((m for m in result.methods if m.kind == "newsbrief"), None)


def to_dict(result: EvalResult) -> dict[str, Any]:
    anchor = default_method(result)
    methods: dict[str, Any] = {}
    for method in result.methods:
        entry: dict[str, Any] = {"kind": method.kind}
        for metric in METRICS:
            entry[metric] = {measure: round(method.mean(metric, measure) * 100, 2) for measure in MEASURES}
            entry[metric]["ci"] = {measure: _percent(method.interval(metric, measure)) for measure in MEASURES}
            if anchor is not None and method is not anchor:
                entry[metric]["p_vs_default"] = {
                    measure: round(result.p_value(anchor.name, method.name, metric, measure), 4) for measure in MEASURES
                }
        entry["seconds_per_cluster"] = _round(method.seconds_per_cluster, 4)
        entry["peak_mb"] = _round(method.peak_mb, 1)
        entry["time_ratio_to_sumy_lexrank"] = _round(result.time_ratio(method.name), 3)
        entry["per_cluster"] = [
            {"id": cluster_id, **{m: {x: round(s[m].get(x) * 100, 2) for x in MEASURES} for m in METRICS}}
            for cluster_id, s in zip(result.cluster_ids, method.per_cluster)
        ]
        methods[method.name] = entry
    return {
        "dataset": result.dataset,
        "clusters": len(result.cluster_ids),
        "words": result.words,
        "truncate_words": result.truncate,
        "rouge": result.rouge,
        "default_method": anchor.name if anchor else None,
        "notes": list(result.notes),
        "methods": methods,
    }


def p_cell(p: float) -> str:
    """A p-value to three decimals; below 0.001 as "<0.001": a resampled p is never 0, and with
    10,000 resamples its smallest value, 1/10,001, would print as 0.000."""
    return "<0.001" if p < 0.001 else f"{p:.3f}"


def table_rows(result: EvalResult, measure: str) -> tuple[list[str], list[list[str]]]:
    anchor = default_method(result)
    header = [
        "method", *(f"{LABELS[m]} {measure.upper()}" for m in METRICS), "95% CI R-2", "p (R-1)", "p (R-2)",
        "s/cluster", "× sumy-lexrank", "peak MB",
    ]
    rows = []
    for method in result.methods:
        interval = method.interval("rouge2", measure)
        p_values = [
            ""
            if anchor is None or method is anchor
            else p_cell(result.p_value(anchor.name, method.name, metric, measure))
            for metric in ("rouge1", "rouge2")
        ]
        ratio = result.time_ratio(method.name)
        rows.append([
            method.name,
            *(f"{method.mean(m, measure) * 100:.2f}" for m in METRICS),
            f"{interval.low * 100:.2f}–{interval.high * 100:.2f}",
            *p_values,
            "" if method.seconds_per_cluster is None else f"{method.seconds_per_cluster:.3f}",
            "" if ratio is None else f"{ratio:.3g}",
            "" if method.peak_mb is None else f"{method.peak_mb:.1f}",
        ])
    return header, rows


def caption(result: EvalResult, measure: str) -> str:
    name = {"r": "recall", "p": "precision", "f": "F1"}[measure]
    truncation = f", system summaries cut at {result.truncate} words" if result.truncate else ""
    anchor = default_method(result)
    versus = f"; p: paired bootstrap against {anchor.name}" if anchor else ""
    return (f"{result.dataset}: {len(result.cluster_ids)} clusters, {result.words}-word budget{truncation}; "
            f"ROUGE {name} ×100 by {result.rouge}; CI: bootstrap over clusters{versus}")


def print_table(result: EvalResult, measure: str) -> None:
    from rich.console import Console
    from rich.table import Table

    header, rows = table_rows(result, measure)
    table = Table(*header, title=caption(result, measure), title_justify="left")
    for row in rows:
        table.add_row(*row)
    # Redirected output is not cut to 80 columns: the table is the whole point.
    console = Console(width=None if sys.stdout.isatty() else 200)
    console.print(table)
    for note in result.notes:
        console.print(f"note: {note}")


def to_markdown(result: EvalResult, measure: str, plot_name: str | None = None) -> str:
    """``plot_name``: a PNG written beside the report (Markdown cannot embed one portably)."""
    header, rows = table_rows(result, measure)
    lines = [f"# Evaluation on {result.dataset}", "", f"{caption(result, measure)}. Run {date.today().isoformat()}.", ""]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    lines += [""] + [f"- {note}" for note in result.notes]
    if plot_name:
        lines += ["", f"![ROUGE-2 against seconds per cluster]({plot_name})"]
    return "\n".join(lines) + "\n"


def to_html(result: EvalResult, measure: str) -> str:
    header, rows = table_rows(result, measure)
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    notes = "".join(f"<li>{html.escape(n)}</li>" for n in result.notes)
    plot = plot_png(result, measure)
    image = f'<img alt="ROUGE-2 against seconds per cluster" src="data:image/png;base64,{base64.b64encode(plot).decode()}">' if plot else ""
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>newsbrief evaluation</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:first-child{text-align:left}</style></head><body>"
        f"<h1>Evaluation on {html.escape(result.dataset)}</h1><p>{html.escape(caption(result, measure))}. "
        f"Run {date.today().isoformat()}.</p><table><tr>{''.join(f'<th>{html.escape(h)}</th>' for h in header)}</tr>{cells}</table>"
        f"<ul>{notes}</ul>{image}</body></html>\n"
    )


def plot_png(result: EvalResult, measure: str) -> bytes | None:
    """ROUGE-2 against seconds per cluster, one point per timed method, the oracle as a line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    timed = [m for m in result.methods if m.seconds_per_cluster and m.name != "oracle"]
    if not timed:
        return None
    figure, axes = plt.subplots(figsize=(7, 4.5))
    for method in timed:
        x, y = method.seconds_per_cluster, method.mean("rouge2", measure) * 100
        axes.scatter([x], [y], color="tab:red" if method.kind == "newsbrief" else "tab:blue")
        axes.annotate(method.name, (x, y), textcoords="offset points", xytext=(5, 4), fontsize=8)
    oracle = next((m for m in result.methods if m.name == "oracle"), None)
    if oracle is not None:
        axes.axhline(oracle.mean("rouge2", measure) * 100, color="gray", linestyle="--", label="oracle")
        axes.legend(loc="lower right")
    axes.set_xscale("log")
    axes.set_xlabel("seconds per cluster (log scale)")
    axes.set_ylabel(f"ROUGE-2 {measure.upper()} ×100")
    axes.set_title(f"{result.dataset}: quality against cost")
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=110)
    plt.close(figure)
    return buffer.getvalue()


def _percent(interval: Interval) -> list[float]:
    return [round(interval.low * 100, 2), round(interval.high * 100, 2)]


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else round(value, digits)
