"""Ablations: newsbrief's `Summarizer` settings on the four development sets.

    python bench/ablations.py ../shared/data

Each variant is the default `Summarizer` with one setting changed, scored with python ROUGE
as `newsbrief eval` scores it (recall, truncated to the budget, on the DUC sets; F1 on
Multi-News). The query weights are scored on the two sets whose clusters carry a topic
statement, with that statement as the query. Prints Markdown tables.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from newsbrief import Budget, Summarizer
from newsbrief.evaluate.datasets import load_dataset
from newsbrief.evaluate.rouge import PythonRouge
from newsbrief.redundancy import SimilarityRule
from newsbrief.score import StandaloneRule

# (label, file, word budget, truncation, measure)
SETS = [
    ("updateA", "duc2007_updateA.jsonl", 100, 100, "r"),
    ("duc2007_main", "duc2007_main.jsonl", 250, 250, "r"),
    ("duc2006", "duc2006.jsonl", 250, 250, "r"),
    ("multinews", "multinews_dev.jsonl", 260, None, "f"),
]
VARIANTS = {
    "default (`coverage`, lead prior 0.5, cost exponent 0.5)": Summarizer(),
    "no lead prior": Summarizer(lead_prior=0.0),
    "lead prior 1.0": Summarizer(lead_prior=1.0),
    "lead prior 2.0": Summarizer(lead_prior=2.0),
    "cost exponent 0.3": Summarizer(cost_exponent=0.3),
    "cost exponent 1.0": Summarizer(cost_exponent=1.0),
    "standalone minimum 8 words (default 6)": Summarizer(standalone=StandaloneRule(min_words=8)),
    "standalone minimum 10 words": Summarizer(standalone=StandaloneRule(min_words=10)),
    "redundancy cosine 0.4 (default 0.5)": Summarizer(similarity=SimilarityRule(cosine=0.4)),
    "redundancy cosine 0.6": Summarizer(similarity=SimilarityRule(cosine=0.6)),
}
QUERY_WEIGHTS = (0.5, 1.0, 1.5, 2.0, 3.0)


def score(summarizer: Summarizer, items, words: int, truncate: int | None, measure: str, with_query: bool) -> str:
    candidates = [
        [s.text for s in summarizer.summarize(item.cluster, Budget("words", words),
                                              item.cluster.query if with_query else None).sentences]
        for item in items
    ]
    return rouge_cell(candidates, [item.cluster.summaries for item in items], truncate, measure)


def rouge_cell(
    candidates: list[list[str]], references: list[tuple[str, ...]], truncate: int | None, measure: str
) -> str:
    """Mean R-1/R-2 ×100 of the candidates, as a table cell."""
    run = PythonRouge(truncate).score(candidates, references)
    r1 = np.mean([c["rouge1"].get(measure) for c in run.per_cluster]) * 100
    r2 = np.mean([c["rouge2"].get(measure) for c in run.per_cluster]) * 100
    return f"{r1:.2f}/{r2:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    args = parser.parse_args()
    data = {label: load_dataset(str(args.data / name)) for label, name, *_ in SETS}

    print("| variant | " + " | ".join(label for label, *_ in SETS) + " |")
    print("|---" * (len(SETS) + 1) + "|")
    for name, summarizer in VARIANTS.items():
        cells = [score(summarizer, data[label], words, truncate, measure, False) for label, _, words, truncate, measure in SETS]
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)

    topic_sets = [entry for entry in SETS if all(item.cluster.query for item in data[entry[0]])]
    print("\n| query weight | " + " | ".join(label for label, *_ in topic_sets) + " |")
    print("|---" * (len(topic_sets) + 1) + "|")
    for weight in QUERY_WEIGHTS:
        summarizer = Summarizer(query_weight=weight)
        cells = [score(summarizer, data[label], words, truncate, measure, True) for label, _, words, truncate, measure in topic_sets]
        print(f"| {weight:g} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
