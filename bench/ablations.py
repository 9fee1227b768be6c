"""Ablations: newsbrief's `Summarizer` settings on the four development sets.

    python bench/ablations.py ../shared/data

Each variant is the default `Summarizer` with one setting changed, scored with python ROUGE
as `newsbrief eval` scores it (recall, truncated to the budget, on the DUC sets; F1 on
Multi-News). The query weights are scored on the two sets whose clusters carry a topic
statement, with that statement as the query, beside the generic default on the same sets.
The first row of each table gives means with their 95% bootstrap intervals over clusters;
every other row its means and the paired-bootstrap p-values (R-1/R-2) of its differences
from the first row. Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np

from newsbrief import Budget, Summarizer
from newsbrief.eligibility import StandaloneRule
from newsbrief.evaluate.datasets import load_dataset
from newsbrief.evaluate.rouge import PythonRouge
from newsbrief.evaluate.stats import bootstrap_interval, paired_bootstrap_p
from newsbrief.redundancy import SimilarityRule

# (label, file, word budget, truncation, measure)
SETS = [
    ("updateA", "duc2007_updateA.jsonl", 100, 100, "r"),
    ("duc2007_main", "duc2007_main.jsonl", 250, 250, "r"),
    ("duc2006", "duc2006.jsonl", 250, 250, "r"),
    ("multinews", "multinews_dev.jsonl", 260, None, "f"),
]
VARIANTS = {
    "default (`coverage`, documents sharing 0.4 of their concepts are one story, a pasted sentence counts once, in a "
    "cluster of two stories what both carry weighs double, lead prior 2.0 ÷ √documents, cost exponent 0.5, no "
    "unattributed first or second person, a sentence that points back only right after its predecessor, a speaker or a "
    "person as the subject named by surname only after a chosen sentence gives the full name, a group as the subject "
    "or a speaker named by a role only after a chosen sentence mentions it, a thing one document introduced as the "
    "subject, an event timed by another, a thing a demonstrative points to at the end, an act or a claim \"the\" "
    "points to at the end, things \"these\" or \"those\" points to, a thing \"such\" points to or a document named "
    "as the source only after a chosen sentence mentions it, no "
    "words another sentence quotes stated without their quotation marks, a sentence restating a chosen one's telling "
    "number or phrases counted as said)": (
        Summarizer()
    ),
    "a sentence pasted into several stories counts for each": Summarizer(copies_count_once=False),
    "every document its own story": Summarizer(same_story=None),
    "neither (the default until 2026-11-26's story grouping)": Summarizer(same_story=None, copies_count_once=False),
    "in a cluster of two stories, what both carry weighs as what one carries (the default until the session of "
    "2026-11-26 that started at commit 7f418b0)": Summarizer(two_story_agreement=False),
    "from 7 stories on, no word pair written with an attribution verb (\"officials said\") is a concept "
    "(a candidate, not the default)": Summarizer(attribution_from=7),
    "the same from 3 stories on": Summarizer(attribution_from=3),
    "one story from 0.3 of the smaller document's concepts shared": Summarizer(same_story=0.3),
    "one story from 0.6 shared": Summarizer(same_story=0.6),
    "one story only when the other holds all of the smaller one's concepts (1.0)": Summarizer(same_story=1.0),
    "no lead prior": Summarizer(lead_prior=0.0),
    "fixed lead prior 0.5, whatever the number of documents (the default until 2026-11-26)": Summarizer(
        lead_prior=0.5, lead_prior_exponent=0.0
    ),
    "fixed lead prior 1.0": Summarizer(lead_prior=1.0, lead_prior_exponent=0.0),
    "lead prior 1.0 ÷ √documents": Summarizer(lead_prior=1.0),
    "lead prior 4.0 ÷ √documents": Summarizer(lead_prior=4.0),
    "lead prior 4.0 ÷ documents": Summarizer(lead_prior=4.0, lead_prior_exponent=1.0),
    "cost exponent 0.3": Summarizer(cost_exponent=0.3),
    "cost exponent 1.0": Summarizer(cost_exponent=1.0),
    "standalone minimum 8 words (default 6)": Summarizer(standalone=StandaloneRule(min_words=8)),
    "standalone minimum 10 words": Summarizer(standalone=StandaloneRule(min_words=10)),
    "sentences in the first person outside quotation marks may stand alone (the default until 2026-11-26)": (
        Summarizer(standalone=StandaloneRule(first_person=True))
    ),
    "sentences addressing the reader as \"you\" outside quotation marks may stand alone (the default until the "
    "session of 2026-11-29 that started at commit ea4be8f)": Summarizer(standalone=StandaloneRule(second_person=True)),
    "a sentence that points back is never chosen, not even right after its predecessor (the default until "
    "the session of 2026-11-26 that started at commit e1bd11b)": Summarizer(
        standalone=StandaloneRule(after_predecessor=False)
    ),
    "a speaker named by surname alone after the document's full name may be chosen without it (the default until "
    "the session of 2026-11-27 that started at commit a21e8e2)": Summarizer(
        standalone=StandaloneRule(introduced_speakers=False)
    ),
    "a person named by surname alone as the subject after the document's full name may be chosen without it (the "
    "default until the session of 2026-11-27 that started at commit cc20689)": Summarizer(
        standalone=StandaloneRule(introduced_subjects=False)
    ),
    "a group the story introduced as the subject (\"The researchers concluded …\") or a speaker named by a role "
    "('\"…,\" the official said.') or as a share of a group (\"…, one of the officials said.\") is chosen only "
    "right after its predecessor, not once a chosen sentence mentions the group or the role (for groups, the "
    "default until the session of 2026-11-28 that started at commit 42e8dd9)": Summarizer(
        standalone=StandaloneRule(introduced_groups=False)
    ),
    "a thing one document introduced as the subject (\"The transponder sends …\"), an event timed by another "
    "(\"The decision came one day after …\"), a thing a demonstrative points to at the end (\"… this "
    "behavior.\"), an act or a claim \"the\" points to at the end (\"… verify the claim.\"), things \"these\" or "
    "\"those\" points to anywhere (\"… fighting those allegations next month.\"), a thing \"such\" points to (\"The "
    "lack of such approval …\") or a document named as the source (\"…, the indictment says.\") may be chosen "
    "without a sentence that mentions it (the default until the session of 2026-11-28 that started at commit "
    "da816f2, for the next two until the one that started at commit 46bad8b, for the act or the claim until the "
    "session of 2026-11-29 that started at commit 7d72edd, for \"these\" or \"those\" until the one that started at "
    "commit 6226230, for \"such\" and a document until the one that started at commit a2c9fcc)": (
        Summarizer(standalone=StandaloneRule(introduced_things=False))
    ),
    "a sentence outside quotation marks may be chosen when another sentence of the cluster quotes its words (a "
    "statement or a post pasted without its marks; the default until the session of 2026-11-28 that started at "
    "commit 46bad8b)": Summarizer(standalone=StandaloneRule(quoted_elsewhere=False)),
    "a pronoun for a person after an opening phrase with a capital in it may be chosen whether or not the capital "
    "names a person (\"Like a large majority of the Israeli public, he supports …\"; the default until the session "
    "of 2026-11-29 that started at commit 3ff50d2)": Summarizer(standalone=StandaloneRule(named_persons=False)),
    "redundancy cosine 0.4 (default 0.5)": Summarizer(similarity=SimilarityRule(cosine=0.4)),
    "redundancy cosine 0.6": Summarizer(similarity=SimilarityRule(cosine=0.6)),
    "a sentence restating a chosen one's telling number may be chosen too (the default until the session of "
    "2026-11-27 that started at commit 7d0c5d8)": Summarizer(similarity=SimilarityRule(restated_cosine=math.inf)),
    "restatement bars cosine 0.25, containment 0.4 (default 0.3, 0.45)": Summarizer(
        similarity=SimilarityRule(restated_cosine=0.25, restated_containment=0.4)
    ),
    "restatement bars cosine 0.35, containment 0.5": Summarizer(
        similarity=SimilarityRule(restated_cosine=0.35, restated_containment=0.5)
    ),
    "a sentence sharing two phrases and half of its content with a chosen one may be chosen too (the default until "
    "the session of 2026-11-29 that started at commit c881890)": Summarizer(
        similarity=SimilarityRule(rephrased_containment=math.inf)
    ),
    "phrases held by at most 8 sentences (default 4)": Summarizer(similarity=SimilarityRule(phrase_max_sentences=8)),
    "phrase containment 0.4 (default 0.5)": Summarizer(similarity=SimilarityRule(rephrased_containment=0.4)),
}
QUERY_WEIGHTS = (0.5, 1.0, 1.5, 2.0, 3.0)


def per_cluster(summarizer: Summarizer, items, words: int, truncate: int | None, measure: str, with_query: bool):
    """R-1 and R-2 ×100 of each cluster's summary."""
    candidates = [
        [s.text for s in summarizer.summarize(item.cluster, Budget("words", words),
                                              item.cluster.query if with_query else None).sentences]
        for item in items
    ]
    return rouge_per_cluster(candidates, [item.cluster.summaries for item in items], truncate, measure)


def rouge_per_cluster(
    candidates: list[list[str]], references: list[tuple[str, ...]], truncate: int | None, measure: str
) -> tuple[np.ndarray, np.ndarray]:
    run = PythonRouge(truncate).score(candidates, references)
    return tuple(np.array([c[name].get(measure) for c in run.per_cluster]) * 100 for name in ("rouge1", "rouge2"))


def rouge_cell(
    candidates: list[list[str]], references: list[tuple[str, ...]], truncate: int | None, measure: str
) -> str:
    """Mean R-1/R-2 ×100 of the candidates, as a table cell."""
    r1, r2 = rouge_per_cluster(candidates, references, truncate, measure)
    return f"{r1.mean():.2f}/{r2.mean():.2f}"


def interval_cell(scores: tuple[np.ndarray, np.ndarray]) -> str:
    """Means with their 95% bootstrap intervals over clusters."""
    return " / ".join(f"{s.mean():.2f} [{i.low:.2f}, {i.high:.2f}]" for s in scores for i in [bootstrap_interval(s)])


def difference_cell(scores: tuple[np.ndarray, np.ndarray], baseline: tuple[np.ndarray, np.ndarray]) -> str:
    """Means, and the paired-bootstrap p-values of their differences from the baseline's."""
    means = "/".join(f"{s.mean():.2f}" for s in scores)
    if all(np.array_equal(s, b) for s, b in zip(scores, baseline)):
        return f"{means} (same)"
    return f"{means} (p {'/'.join(f'{paired_bootstrap_p(s, b):.2f}' for s, b in zip(scores, baseline))})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    args = parser.parse_args()
    data = {label: load_dataset(str(args.data / name)) for label, name, *_ in SETS}

    def table(first_column: str, rows: dict[str, tuple[Summarizer, bool]], sets: list) -> None:
        print(f"| {first_column} | " + " | ".join(label for label, *_ in sets) + " |")
        print("|---" * (len(sets) + 1) + "|")
        baseline = None
        for name, (summarizer, with_query) in rows.items():
            scores = [per_cluster(summarizer, data[label], *rest, with_query) for label, _, *rest in sets]
            if baseline is None:
                baseline, cells = scores, [interval_cell(s) for s in scores]
            else:
                cells = [difference_cell(s, b) for s, b in zip(scores, baseline)]
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)

    table("variant", {name: (summarizer, False) for name, summarizer in VARIANTS.items()}, SETS)
    print()
    topic_sets = [entry for entry in SETS if all(item.cluster.query for item in data[entry[0]])]
    query_rows = {"no query (generic default)": (Summarizer(), False)}
    query_rows.update({f"topic as query, weight {w:g}": (Summarizer(query_weight=w), True) for w in QUERY_WEIGHTS})
    table("query", query_rows, topic_sets)


if __name__ == "__main__":
    main()
