"""Short briefs: `--sentences N` on the four development sets, against the references' openings.

    python bench/short_briefs.py ../shared/data [--sizes 1 2 3 5]

A news app shows one to five sentences. No development set has references that short, so
each brief of N sentences is scored against each reference's first N sentences (its lines
where it is written one sentence a line, as ROUGE reads it), with python ROUGE's F1, which charges a brief for words the reference
opening lacks as well as rewarding what it shares. Beside the default: its `lead` method (each
document's first sentence that may stand alone, in turn) and the default ranking sentences by
what they add alone (`cost_exponent=0`), which a budget in sentences did until the session of
2026-11-28 that started at commit 99edbf6. Each cell: R-1 / R-2, the mean words of the briefs
in parentheses and, for the others, the paired-bootstrap p-values of their differences from
the default. About a minute and a half. Prints a Markdown table per size.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from ablations import SETS, rouge_per_cluster

from newsbrief import Budget, Summarizer
from newsbrief.evaluate.datasets import load_dataset
from newsbrief.evaluate.rouge import reference_sentences
from newsbrief.evaluate.stats import paired_bootstrap_p

SUMMARIZERS = {
    "default": Summarizer(),
    "lead": Summarizer(method="lead"),
    "default ranking by gain alone": Summarizer(cost_exponent=0.0),
}


def reference_openings(summaries: tuple[str, ...], sentences: int) -> tuple[str, ...]:
    """Each reference's first ``sentences`` sentences."""
    return tuple(" ".join(reference_sentences(summary)[:sentences]) for summary in summaries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the folder of development sets (../shared/data)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 3, 5], help="brief lengths in sentences")
    args = parser.parse_args()
    sets = [(label, load_dataset(str(args.data / name))) for label, name, *_ in SETS]
    for size in args.sizes:
        print(f"\n{size} sentence{'s' if size > 1 else ''}:\n")
        print("| summarizer | " + " | ".join(label for label, _ in sets) + " |")
        print("|---" * (len(sets) + 1) + "|")
        scores: dict[str, list[tuple[tuple[np.ndarray, np.ndarray], float]]] = {name: [] for name in SUMMARIZERS}
        for _, items in sets:
            references = [reference_openings(item.cluster.summaries, size) for item in items]
            for name, summarizer in SUMMARIZERS.items():
                briefs = [
                    [s.text for s in summarizer.summarize(item.cluster, Budget("sentences", size)).sentences]
                    for item in items
                ]
                words = float(np.mean([sum(len(text.split()) for text in brief) for brief in briefs]))
                scores[name].append((rouge_per_cluster(briefs, references, None, "f"), words))
        for name, cells in scores.items():
            row = []
            for (rouge, words), (default, _) in zip(cells, scores["default"]):
                cell = f"{rouge[0].mean():.2f} / {rouge[1].mean():.2f} ({words:.0f})"
                if name != "default":
                    cell += f", p {paired_bootstrap_p(rouge[0], default[0]):.2f} / {paired_bootstrap_p(rouge[1], default[1]):.2f}"
                row.append(cell)
            print(f"| {name} | " + " | ".join(row) + " |", flush=True)


if __name__ == "__main__":
    main()
