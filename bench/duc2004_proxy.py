"""The held-out DUC 2004 target, estimated on development clusters cut to DUC 2004's shape.

    python bench/duc2004_proxy.py ../shared/data

DUC 2004 Task 2 cannot be run here (`duc2004-sumrepo.jsonl` has no source documents), yet the
quality issue's first target is there: beat every SumRepo system on ROUGE-1 and ROUGE-2 recall,
100 words, ROUGE-1.5.5. This script makes clusters of that shape from the DUC 2006 and DUC 2007
main-task sets (the same AP and NYT newswire of 1998 to 2000): each cluster's first ten documents
by date, without their headlines, which DUC 2004's documents lack. newsbrief's default, sumy's
LexRank and the lead baseline summarize them in 100 words, scored as SumRepo is
(ROUGE-1.5.5 `-n 2 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0`, recall; `-l 100` cuts the
references too). Absolute figures are not DUC 2004's: these references answer a topic statement
in 250 words, of which the first 100 are scored. So what is compared is a margin: newsbrief's over
LexRank here, beside the margin DUC 2004's best system holds over SumRepo's LexRank there (the
data README's published figures: DPP's R-1 39.84 and ICSISumm's R-2 9.81 against LexRank's 36.00
/ 7.51). sumy's LexRank is not SumRepo's, so the comparison is a guide, not a measurement.

Prints a Markdown table per set and for both together: each method's means with 95% bootstrap
intervals, newsbrief's margin over LexRank with its interval, the paired-bootstrap p-value that
it is zero, and the one-sided p-value that it is no larger than DUC 2004's.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

import numpy as np

from newsbrief.evaluate.datasets import EvalItem, load_dataset
from newsbrief.evaluate.rouge import PerlRouge
from newsbrief.evaluate.run import build_methods, evaluate
from newsbrief.evaluate.stats import bootstrap_interval, margin_p, paired_bootstrap_p

SETS = ("duc2006.jsonl", "duc2007_main.jsonl")
WORDS = 100
DOCUMENTS = 10
# DUC 2004's best SumRepo system over SumRepo's LexRank, ROUGE-1.5.5 recall ×100 (data README).
DUC2004_LEXRANK = {"rouge1": 36.00, "rouge2": 7.51}
DUC2004_BEST = {"rouge1": ("DPP", 39.84), "rouge2": ("ICSISumm", 9.81)}


def duc2004_shaped(item: EvalItem, documents: int = DOCUMENTS) -> EvalItem:
    """The cluster's first ``documents`` documents by date, without headlines. A DUC id holds its
    date after the agency's three letters ("APW19990707.0181"), so ids sort by date from there."""
    by_date = sorted(item.cluster.documents, key=lambda document: document.id[3:])[:documents]
    untitled = tuple(replace(document, title=None) for document in by_date)
    return EvalItem(replace(item.cluster, documents=untitled))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the folder of development sets (../shared/data)")
    args = parser.parse_args()
    scorer = PerlRouge(WORDS)
    methods = build_methods(["coverage"], ["sumy-lexrank"], ["lead"])
    per_set = {}
    for name in SETS:
        items = [duc2004_shaped(item) for item in load_dataset(str(args.data / name))]
        result = evaluate(items, methods, scorer, WORDS, WORDS, name)
        per_set[name.removesuffix(".jsonl")] = {
            method.name: {metric: np.array(method.values(metric, "r")) * 100 for metric in DUC2004_BEST}
            for method in result.methods
        }
    per_set["both"] = {
        method: {
            metric: np.concatenate([scores[method][metric] for scores in per_set.values()])
            for metric in DUC2004_BEST
        }
        for method in per_set[SETS[0].removesuffix(".jsonl")]
    }
    print("| set | metric | newsbrief | sumy LexRank | lead | newsbrief − LexRank [95% CI] | p (= 0) "
          "| DUC 2004: best − LexRank | p (≤ DUC 2004's) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for label, scores in per_set.items():
        for metric, (best, figure) in DUC2004_BEST.items():
            ours, theirs, lead = (scores[m][metric] for m in ("newsbrief-coverage", "sumy-lexrank", "lead"))
            required = figure - DUC2004_LEXRANK[metric]
            difference = ours - theirs
            interval = bootstrap_interval(difference)
            print(
                f"| {label} ({len(ours)}) | {metric} | {_cell(ours)} | {_cell(theirs)} | {_cell(lead)} | "
                f"{difference.mean():+.2f} [{interval.low:+.2f}, {interval.high:+.2f}] | "
                f"{paired_bootstrap_p(ours, theirs):.4f} | {required:+.2f} ({best}) | "
                f"{margin_p(difference, required):.4f} |"
            )


def _cell(values: np.ndarray) -> str:
    interval = bootstrap_interval(values)
    return f"{values.mean():.2f} [{interval.low:.2f}, {interval.high:.2f}]"


if __name__ == "__main__":
    main()
