"""How often a summary sentence's sources give another figure, on the development sets.

    python bench/figures.py ../shared/data

Summarizes every cluster of the four development sets at its evaluation budget with the
default settings, and prints each summary sentence for which a source gives another figure
(`SummarySentence.other_figures`), with those figures, then the count. The list is for
reading by hand: whether each named figure really counts the same thing is a judgement.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ablations import SETS

from newsbrief import Budget, Summarizer
from newsbrief.evaluate.datasets import load_dataset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the folder of development sets (../shared/data)")
    args = parser.parse_args()
    summarizer = Summarizer()
    sentences = flagged = 0
    for label, name, words, _, _ in SETS:
        for item in load_dataset(str(args.data / name)):
            for sentence in summarizer.summarize(item.cluster, Budget("words", words)).sentences:
                sentences += 1
                if sentence.other_figures:
                    flagged += 1
                    print(f"{label} {item.cluster.id}: {sentence.text}")
                    for other in sentence.other_figures:
                        print(f"    {other.document_id} says {other.figure} (the sentence: {other.instead_of})")
    print(f"{flagged} of {sentences} summary sentences have a source giving another figure")


if __name__ == "__main__":
    main()
