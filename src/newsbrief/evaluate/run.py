"""One evaluation run: every method on every cluster, scored, timed and measured the same way."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..api import QUERY_METHODS, Summarizer
from ..errors import NewsbriefError
from ..model import Budget, Cluster
from .baselines import lead, oracle, random_baseline
from .datasets import EvalItem
from .peers import OFFLINE_SPLITTER_NOTE, PEERS, peer
from .rouge import METRICS, ClusterScores
from .stats import Interval, bootstrap_interval, paired_bootstrap_p

Summarize = Callable[[Cluster, int], list[str]]
BASELINES = ("lead", "random", "oracle")
TIME_REFERENCE = "sumy-lexrank"


@dataclass(frozen=True)
class Method:
    name: str
    kind: str  # newsbrief, baseline or peer
    run: Summarize


@dataclass(frozen=True)
class MethodResult:
    name: str
    kind: str
    per_cluster: tuple[ClusterScores, ...]
    seconds_per_cluster: float | None
    peak_mb: float | None
    official: ClusterScores | None = None

    def values(self, metric: str, measure: str) -> list[float]:
        return [scores[metric].get(measure) for scores in self.per_cluster]

    def mean(self, metric: str, measure: str) -> float:
        if self.official is not None:
            return self.official[metric].get(measure)
        values = self.values(metric, measure)
        return sum(values) / len(values) if values else float("nan")

    def interval(self, metric: str, measure: str) -> Interval:
        return bootstrap_interval(self.values(metric, measure))


@dataclass(frozen=True)
class EvalResult:
    dataset: str
    cluster_ids: tuple[str, ...]
    words: int
    truncate: int | None
    rouge: str
    methods: tuple[MethodResult, ...]
    notes: tuple[str, ...]

    def by_name(self, name: str) -> MethodResult:
        return next(m for m in self.methods if m.name == name)

    def p_value(self, name: str, against: str, metric: str, measure: str) -> float:
        return paired_bootstrap_p(self.by_name(name).values(metric, measure), self.by_name(against).values(metric, measure))

    def time_ratio(self, name: str) -> float | None:
        """Seconds per cluster relative to sumy's LexRank (below 1: faster)."""
        mine = self.by_name(name).seconds_per_cluster
        reference = next((m.seconds_per_cluster for m in self.methods if m.name == TIME_REFERENCE), None)
        if mine is None or not reference:
            return None
        return mine / reference


def build_methods(
    newsbrief_methods: Sequence[str], peers: Sequence[str], baselines: Sequence[str], seed: int = 0,
    query_focused: bool = False,
) -> list[Method]:
    """``query_focused`` adds, after the generic newsbrief methods, each one that uses a query
    given the cluster's topic statement as its query."""
    methods: list[Method] = []
    for name in newsbrief_methods:
        methods.append(Method(f"newsbrief-{name}", "newsbrief", newsbrief_runner(Summarizer(method=name))))
    if query_focused:
        for name in (name for name in newsbrief_methods if name in QUERY_METHODS):
            methods.append(Method(f"newsbrief-{name}-query", "newsbrief", newsbrief_runner(Summarizer(method=name), True)))
    runners = {"lead": lead, "oracle": oracle, "random": lambda c, w: random_baseline(c, w, seed)}
    for name in baselines:
        if name not in runners:
            raise NewsbriefError(f"unknown baseline {name!r}; choose from: {', '.join(BASELINES)}")
        methods.append(Method(name, "baseline", runners[name]))
    for name in peers:
        if name not in PEERS:
            raise NewsbriefError(f"unknown peer {name!r}; choose from: {', '.join(PEERS)}")
        methods.append(Method(name, "peer", peer(name)))
    return methods


def newsbrief_runner(summarizer: Summarizer, with_query: bool = False) -> Summarize:
    """A method that summarizes a cluster in words with ``summarizer``, given the cluster's topic
    statement as the query when ``with_query``."""

    def run(cluster: Cluster, words: int) -> list[str]:
        query = cluster.query if with_query else None
        return [s.text for s in summarizer.summarize(cluster, Budget("words", words), query).sentences]

    return run


def evaluate(
    items: Sequence[EvalItem],
    methods: Sequence[Method],
    scorer,
    words: int,
    truncate: int | None,
    dataset: str,
    memory_clusters: int = 3,
    progress: Callable[[str, int], None] | None = None,
) -> EvalResult:
    """Run, time and score every method; system summaries found in the data are scored too."""
    notes: list[str] = []
    scored = [item for item in items if item.references]
    if not scored:
        raise NewsbriefError(
            f'{dataset}: no cluster has reference summaries to score against (JSON Lines: "summaries": [...])'
        )
    if len(scored) < len(items):
        notes.append(f"{len(items) - len(scored)} clusters without references were skipped")
    with_documents = [item for item in scored if item.cluster.documents]
    runnable = list(methods) if len(with_documents) == len(scored) else []
    if methods and not runnable:
        notes.append("clusters have no source documents: only the pre-computed system summaries are scored")
    if any(method.name.startswith("sumy-") for method in runnable):
        notes.append(OFFLINE_SPLITTER_NOTE)
    system_names = sorted({name for item in scored for name in item.systems})
    results = []
    for method in runnable:
        summaries, seconds = _run_timed(method.run, scored, words, progress, method.name)
        peak = _peak_mb(method.run, scored[:memory_clusters], words)
        results.append(_scored(method.name, method.kind, summaries, scored, scorer, seconds, peak))
    for name in system_names:
        summaries = [tuple(_system_sentences(item.systems.get(name, ""))) for item in scored]
        results.append(_scored(f"system-{name}", "system", summaries, scored, scorer, None, None))
    return EvalResult(
        dataset=dataset,
        cluster_ids=tuple(item.cluster.id for item in scored),
        words=words,
        truncate=truncate,
        rouge=scorer.description,
        methods=tuple(results),
        notes=tuple(notes),
    )


def _run_timed(run: Summarize, items, words, progress, name) -> tuple[list[tuple[str, ...]], float]:
    run(items[0].cluster, words)  # warm-up: imports and caches are not a per-cluster cost
    summaries, elapsed = [], 0.0
    for index, item in enumerate(items):
        start = time.perf_counter()
        summary = run(item.cluster, words)
        elapsed += time.perf_counter() - start
        summaries.append(tuple(summary))
        if progress:
            progress(name, index + 1)
    return summaries, elapsed / len(items)


def _peak_mb(run: Summarize, items, words) -> float:
    """Peak Python-heap allocation (tracemalloc, which numpy reports to) while summarizing."""
    peak = 0
    for item in items:
        tracemalloc.start()
        try:
            run(item.cluster, words)
            peak = max(peak, tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    return peak / 2**20


def _scored(name, kind, summaries, items, scorer, seconds, peak) -> MethodResult:
    scored = scorer.score(summaries, [item.references for item in items])
    return MethodResult(name, kind, scored.per_cluster, seconds, peak, scored.official)


def _system_sentences(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


__all__ = ["BASELINES", "METRICS", "EvalResult", "Method", "MethodResult", "build_methods", "evaluate"]
