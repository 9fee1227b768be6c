"""The held-out DUC 2004 target, estimated on development clusters cut to DUC 2004's shape.

    python bench/duc2004_proxy.py ../shared/data

DUC 2004 Task 2 cannot be run here (`duc2004-sumrepo.jsonl` has no source documents), yet the
quality issue's first target is there: beat every SumRepo system on ROUGE-1 and ROUGE-2 recall,
100 words, ROUGE-1.5.5. This script makes clusters of that shape from the DUC 2006 and DUC 2007
main-task sets (the same AP and NYT newswire of 1998 to 2000): each cluster's first ten documents
by date, without their headlines, which DUC 2004's documents lack. newsbrief's default, sumy's
LexRank and DUC 2004's lead baseline (the first 100 words of the latest document) summarize them
in 100 words, scored as SumRepo is (ROUGE-1.5.5 `-n 2 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0`,
recall; `-l 100` cuts the references too). Absolute figures are not DUC 2004's: these references
answer a topic statement in 250 words, of which the first 100 are scored. So what is compared is
a margin: newsbrief's over each of the two here, beside the margin DUC 2004's best system holds
over the same system there (the data README's published figures: DPP's R-1 39.84 and ICSISumm's
R-2 9.81, against LexRank's 36.00 / 7.51 and Lead's 31.46 / 6.13). sumy's LexRank is not
SumRepo's, so the comparison is a guide, not a measurement.

Prints a Markdown table per set and for both together: each method's means with 95% bootstrap
intervals, then for each of LexRank and the lead newsbrief's margin with its interval, DUC 2004's
margin, and the one-sided p-value that newsbrief's is no larger than DUC 2004's.

    python bench/duc2004_proxy.py ../shared/data --attribution-from 7

reads the same clusters with the candidate left for the issue's owner in place of the default:
from seven stories on, no word pair written with an attribution verb is a concept
(`Summarizer(attribution_from=7)`).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

import numpy as np

from newsbrief import Summarizer
from newsbrief.clean import normalize_text
from newsbrief.evaluate.datasets import EvalItem, load_dataset
from newsbrief.evaluate.rouge import PerlRouge, truncate_words
from newsbrief.evaluate.run import Method, build_methods, evaluate, newsbrief_runner
from newsbrief.evaluate.stats import bootstrap_interval, margin_p
from newsbrief.model import Cluster
from newsbrief.split import split_sentences

SETS = ("duc2006.jsonl", "duc2007_main.jsonl")
WORDS = 100
DOCUMENTS = 10
# SumRepo's figures on DUC 2004, ROUGE-1.5.5 recall ×100 (data README): the best system on each
# metric, and the two systems run here too.
DUC2004_BEST = {"rouge1": ("DPP", 39.84), "rouge2": ("ICSISumm", 9.81)}
DUC2004_PEERS = {"sumy-lexrank": {"rouge1": 36.00, "rouge2": 7.51}, "latest lead": {"rouge1": 31.46, "rouge2": 6.13}}


def duc2004_shaped(item: EvalItem, documents: int = DOCUMENTS) -> EvalItem:
    """The cluster's first ``documents`` documents by date, without headlines. A DUC id holds its
    date after the agency's three letters ("APW19990707.0181"), so ids sort by date from there."""
    by_date = sorted(item.cluster.documents, key=lambda document: document.id[3:])[:documents]
    untitled = tuple(replace(document, title=None) for document in by_date)
    return EvalItem(replace(item.cluster, documents=untitled))


def latest_lead(cluster: Cluster, words: int) -> list[str]:
    """DUC 2004's lead baseline: the opening of the cluster's latest document, to the budget
    (its last sentence cut, as ROUGE's ``-l`` cuts it)."""
    latest = max(cluster.documents, key=lambda document: document.id[3:])
    sentences = split_sentences(normalize_text(latest.text))
    return truncate_words(sentences, words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the folder of development sets (../shared/data)")
    parser.add_argument(
        "--attribution-from", type=int, default=None, metavar="STORIES",
        help="newsbrief with Summarizer(attribution_from=STORIES) in place of the default",
    )
    args = parser.parse_args()
    scorer = PerlRouge(WORDS)
    summarizer = Summarizer(attribution_from=args.attribution_from)
    methods = [
        Method("newsbrief-coverage", "newsbrief", newsbrief_runner(summarizer)),
        *build_methods([], ["sumy-lexrank"], []),
        Method("latest lead", "baseline", latest_lead),
    ]
    per_set = {}
    for name in SETS:
        items = [duc2004_shaped(item) for item in load_dataset(str(args.data / name))]
        result = evaluate(items, methods, scorer, WORDS, WORDS, name)
        per_set[name.removesuffix(".jsonl")] = {
            method.name: {metric: np.array(method.values(metric, "r")) * 100 for metric in DUC2004_BEST}
            for method in result.methods
        }
    per_set["both"] = {
        method.name: {
            metric: np.concatenate([scores[method.name][metric] for scores in per_set.values()])
            for metric in DUC2004_BEST
        }
        for method in methods
    }
    print("| set | metric | newsbrief | sumy LexRank | latest lead | over LexRank [95% CI] | DUC 2004 | p (≤) "
          "| over the lead [95% CI] | DUC 2004 | p (≤) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for label, scores in per_set.items():
        for metric, (best, figure) in DUC2004_BEST.items():
            ours = scores["newsbrief-coverage"][metric]
            cells = [_cell(ours), *(_cell(scores[name][metric]) for name in DUC2004_PEERS)]
            for name, published in DUC2004_PEERS.items():
                difference = ours - scores[name][metric]
                required = figure - published[metric]
                interval = bootstrap_interval(difference)
                cells += [
                    f"{difference.mean():+.2f} [{interval.low:+.2f}, {interval.high:+.2f}]",
                    f"{required:+.2f} ({best})",
                    f"{margin_p(difference, required):.4f}",
                ]
            print(f"| {label} ({len(ours)}) | {metric} | {' | '.join(cells)} |")


def _cell(values: np.ndarray) -> str:
    interval = bootstrap_interval(values)
    return f"{values.mean():.2f} [{interval.low:.2f}, {interval.high:.2f}]"


if __name__ == "__main__":
    main()
