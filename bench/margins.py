"""Margins over sumy's LexRank on the DUC development sets, as the quality issue states them.

    python bench/margins.py ../shared/data

The issue asks newsbrief's default to beat LexRank by at least +3 R-1 and +2 R-2 (recall),
significantly. Three readings of "significantly" are printed for each set: the paired-bootstrap
p-value that the difference is zero (two-sided, as `newsbrief eval` reports it), the same
question asked of the paired sign-flip test (exact over every pattern of signs up to 16
clusters, which at ten clusters is the stricter of the two), and the one-sided p-value that
the difference is no larger than the margin (the margin itself established). Differences are
per cluster, python ROUGE recall ×100, summaries cut at the budget, 10,000 resamples of the
clusters. Each set is read twice: by the generic default, and with each cluster's topic
statement as the query (`--query`, the mode the DUC tasks were run in and their references
answer; the issue welcomes it), against the same LexRank summaries.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ablations import per_cluster, rouge_per_cluster

from newsbrief import Summarizer
from newsbrief.evaluate.datasets import load_dataset
from newsbrief.evaluate.peers import peer
from newsbrief.evaluate.stats import bootstrap_interval, margin_p, paired_bootstrap_p, paired_permutation_p

SETS = [
    ("updateA", "duc2007_updateA.jsonl", 100),
    ("duc2007_main", "duc2007_main.jsonl", 250),
    ("duc2006", "duc2006.jsonl", 250),
]
MARGINS = {"rouge1": 3.0, "rouge2": 2.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the folder of development sets (../shared/data)")
    args = parser.parse_args()
    lexrank = peer("sumy-lexrank")
    print(
        "| set | newsbrief | metric | newsbrief | LexRank | difference [95% CI] | p (difference = 0) "
        "| p (= 0, sign-flip) | required | p (difference ≤ required) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for label, name, words in SETS:
        items = load_dataset(str(args.data / name))
        references = [item.cluster.summaries for item in items]
        lexrank_summaries = [lexrank(item.cluster, words) for item in items]
        theirs = dict(zip(MARGINS, rouge_per_cluster(lexrank_summaries, references, words, "r")))
        for mode, with_query in (("default", False), ("topic as query", True)):
            ours = dict(zip(MARGINS, per_cluster(Summarizer(), items, words, words, "r", with_query=with_query)))
            for metric, margin in MARGINS.items():
                differences = ours[metric] - theirs[metric]
                interval = bootstrap_interval(differences)
                print(
                    f"| {label} | {mode} | {metric} | {ours[metric].mean():.2f} | {theirs[metric].mean():.2f} | "
                    f"{differences.mean():+.2f} [{interval.low:+.2f}, {interval.high:+.2f}] | "
                    f"{paired_bootstrap_p(ours[metric], theirs[metric]):.4f} | "
                    f"{paired_permutation_p(ours[metric], theirs[metric]):.4f} | "
                    f"+{margin:.0f} | {margin_p(differences, margin):.4f} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
