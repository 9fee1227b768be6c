"""How well a brief's order agrees with the order of the human references, on the development sets.

    python bench/ordering.py ../shared/data

ROUGE does not see order, so this measures it apart: each sentence of the default's brief is
aligned with the reference sentence that holds the largest share of its content words (stemmed
as ROUGE stems them, stop words left out; no alignment below a third), and Kendall's tau-b
compares the brief's order of the aligned sentences with their references' order (+1: the
same order, -1: reversed, 0: no agreement). A brief's tau is the mean over its references; a
brief with fewer than two sentences aligned to different reference sentences has none.

The orders compared, over the same chosen sentences:

- as printed (`order.brief_order`: where outlets place the content, followers after their
  predecessors, a name in full before its surname alone);
- by date, the sentence's own document first: publication order, then place in the document;
- by date, the earliest of the documents that carry it (its evidence) first;
- the printed order reversed, and a random order (the mean of 100 shuffles per brief).

The development sets carry no publication dates, but the DUC documents' ids do
("APW19990707.0181": 7 July 1999); the dated orders are read from them and are not printed for
Multi-News, whose ids carry none. Each row gives the mean over briefs with a 95% bootstrap
interval, and the paired-bootstrap p-value of its difference from the printed order.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from ablations import SETS
from nltk.stem import porter
from rouge_score import tokenize
from scipy.stats import kendalltau

from newsbrief import Budget, Summarizer
from newsbrief.evaluate.datasets import load_dataset
from newsbrief.evaluate.report import p_cell
from newsbrief.evaluate.rouge import reference_sentences
from newsbrief.evaluate.stats import bootstrap_interval, paired_bootstrap_p
from newsbrief.model import SummarySentence
from newsbrief.represent import STOP_WORDS

MINIMUM_OVERLAP = 1 / 3
SHUFFLES = 100
DUC_DATE = re.compile(r"[A-Z]{3}(\d{8})")
STEMMER = porter.PorterStemmer()

Order = Callable[[Sequence[SummarySentence]], list[int]]


def content_words(text: str) -> set[str]:
    # Stemmed as rouge-score stems: words of more than three letters only.
    return {
        STEMMER.stem(word) if len(word) > 3 else word
        for word in tokenize.tokenize(text, None)
        if word not in STOP_WORDS
    }


def aligned_places(brief: Sequence[str], reference: Sequence[str]) -> list[int | None]:
    """For each brief sentence, the reference sentence holding the largest share of its content
    words, or ``None`` below the minimum share."""
    reference_words = [content_words(sentence) for sentence in reference]
    places: list[int | None] = []
    for sentence in brief:
        words = content_words(sentence)
        shares = [len(words & other) / len(words) if words else 0.0 for other in reference_words]
        best = int(np.argmax(shares)) if shares else 0
        places.append(best if shares and shares[best] >= MINIMUM_OVERLAP else None)
    return places


def agreement(order: Sequence[int], places: Sequence[Sequence[int | None]]) -> float:
    """Kendall's tau-b between ``order`` (brief sentences by their place in the brief) and the
    references' order, the mean over references; ``places``: each reference's
    :func:`aligned_places` of the brief's sentences."""
    taus = []
    for reference_places in places:
        aligned = [(at, reference_places[sentence]) for at, sentence in enumerate(order)]
        aligned = [(at, place) for at, place in aligned if place is not None]
        if len({place for _, place in aligned}) >= 2:
            taus.append(kendalltau([at for at, _ in aligned], [place for _, place in aligned]).statistic)
    return float(np.mean(taus))


def judged(places: Sequence[Sequence[int | None]]) -> bool:
    """Whether some reference aligns two of the brief's sentences to different sentences of its own."""
    return any(len({place for place in reference_places if place is not None}) >= 2 for reference_places in places)


def dated_orders(ranks: dict[str, int]) -> dict[str, Order]:
    """Orders by publication date; ``ranks``: each document's place in date order."""
    return {
        "by date, own document": lambda brief: sorted(
            range(len(brief)), key=lambda i: (ranks[brief[i].document_id], brief[i].index)
        ),
        "by date, earliest source": lambda brief: sorted(
            range(len(brief)),
            key=lambda i: (
                min(ranks[e.document_id] for e in brief[i].evidence), ranks[brief[i].document_id], brief[i].index
            ),
        ),
    }


def date_ranks(document_ids: Sequence[str]) -> dict[str, int] | None:
    dates = [DUC_DATE.match(document_id) for document_id in document_ids]
    if not all(dates):
        return None
    by_date = sorted(range(len(document_ids)), key=lambda i: (dates[i].group(1), i))
    return {document_ids[i]: rank for rank, i in enumerate(by_date)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the folder of development sets (../shared/data)")
    args = parser.parse_args()
    summarizer = Summarizer()
    shuffler = random.Random(0)
    print("| set | order | briefs | Kendall's tau [95% CI] | p (against printed) |")
    print("|---|---|---|---|---|")
    for label, name, words, _, _ in SETS:
        taus: dict[str, list[float]] = {}
        for item in load_dataset(str(args.data / name)):
            brief = list(summarizer.summarize(item.cluster, Budget("words", words)).sentences)
            texts = [sentence.text for sentence in brief]
            places = [aligned_places(texts, reference_sentences(reference)) for reference in item.references]
            if not judged(places):
                continue
            printed = list(range(len(brief)))
            row = {"as printed": agreement(printed, places), "reversed": agreement(printed[::-1], places)}
            ranks = date_ranks([document.id for document in item.cluster.documents])
            for order_name, order in (dated_orders(ranks) if ranks else {}).items():
                row[order_name] = agreement(order(brief), places)
            shuffled = []
            for _ in range(SHUFFLES):
                shuffler.shuffle(printed)
                shuffled.append(agreement(printed, places))
            row["random"] = float(np.mean(shuffled))
            for order_name, tau in row.items():
                taus.setdefault(order_name, []).append(tau)
        for order_name, values in taus.items():
            interval = bootstrap_interval(values)
            p = "" if order_name == "as printed" else p_cell(paired_bootstrap_p(values, taus["as printed"]))
            print(
                f"| {label} | {order_name} | {len(values)} | {np.mean(values):+.3f} "
                f"[{interval.low:+.3f}, {interval.high:+.3f}] | {p} |"
            )


if __name__ == "__main__":
    main()
