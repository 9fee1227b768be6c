"""Headroom: the greedy oracle over newsbrief's own candidate sentences, beside the default.

    python bench/headroom.py ../shared/data

For each development set: newsbrief's default; the greedy ROUGE-2 oracle
(`newsbrief.evaluate.baselines.oracle_choice`, recall against the references) over every
cleaned and split sentence of each cluster; the same oracle over the sentences that may stand
alone (`Eligibility.admits`); how many of that oracle's sentences the default's brief holds;
and one document's opening, its sentences in order up to the budget, for the document whose
opening scores best (an oracle over documents). The first gap is what the standalone rule
costs a perfect chooser, the second what the ranking leaves; the last column says how far the
references follow one outlet's telling, which agreement between outlets cannot point to.
Scored as `newsbrief eval` scores each set (python ROUGE; recall cut at the budget on DUC, F1
on Multi-News). About a minute. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ablations import SETS, rouge_cell

from newsbrief import Budget, Summarizer
from newsbrief.api import candidate_sentences
from newsbrief.eligibility import Eligibility
from newsbrief.evaluate.baselines import fit_budget, oracle_choice
from newsbrief.evaluate.datasets import load_dataset
from newsbrief.evaluate.rouge import PythonRouge
from newsbrief.model import Sentence

ROUGE_2 = PythonRouge(metrics=("rouge2",))


def best_opening(sentences: list[Sentence], summaries: tuple[str, ...], words: int, measure: str) -> list[str]:
    """The opening of the document whose opening scores the highest ROUGE-2 against the
    references: its sentences in order, up to the budget. Scored for ROUGE-2 alone, as the
    table's cells score it; the longest common subsequence of the full scorer would treble the
    run's time."""
    documents: dict[str, list[str]] = {}
    for sentence in sentences:
        documents.setdefault(sentence.document_id, []).append(sentence.text)
    openings = [fit_budget(texts, words) for texts in documents.values()]
    scores = ROUGE_2.score(openings, [summaries] * len(openings)).per_cluster
    return max(zip(openings, scores), key=lambda scored: scored[1]["rouge2"].get(measure), default=([], None))[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the folder of development sets (../shared/data)")
    args = parser.parse_args()
    print(
        "| set | newsbrief default | oracle over every cleaned sentence | oracle over the sentences that stand "
        "alone | that oracle's sentences in newsbrief's brief | one document's opening, the best of the cluster's |"
    )
    print("|---|---|---|---|---|---|")
    summarizer = Summarizer()
    for label, name, words, truncate, measure in SETS:
        briefs, over_all, over_standalone, openings, references = [], [], [], [], []
        shared = total = 0
        for item in load_dataset(str(args.data / name)):
            cluster = item.cluster
            sentences = candidate_sentences(cluster).sentences
            texts = [sentence.text for sentence in sentences]
            chosen_from = Eligibility(sentences)
            standalone = [i for i in range(len(sentences)) if chosen_from.admits(i)]
            choice = oracle_choice([texts[i] for i in standalone], cluster.summaries, words)
            best_standalone = [standalone[i] for i in choice]
            brief = summarizer.summarize(cluster, Budget("words", words)).sentences
            in_brief = {(s.document_id, s.index) for s in brief}
            shared += sum((sentences[i].document_id, sentences[i].index) in in_brief for i in best_standalone)
            total += len(best_standalone)
            briefs.append([s.text for s in brief])
            over_all.append([texts[i] for i in sorted(oracle_choice(texts, cluster.summaries, words))])
            over_standalone.append([texts[i] for i in sorted(best_standalone)])
            openings.append(best_opening(sentences, cluster.summaries, words, measure))
            references.append(cluster.summaries)
        runs = (briefs, over_all, over_standalone)
        cells = [rouge_cell(candidates, references, truncate, measure) for candidates in runs]
        opening = rouge_cell(openings, references, truncate, measure)
        print(f"| {label} | {' | '.join(cells)} | {shared} of {total} | {opening} |", flush=True)


if __name__ == "__main__":
    main()
