"""Reference points: lead, random and the greedy extractive oracle.

They read the documents as crawled (no cleaning, no standalone filter): a plain baseline is
what a user gets without newsbrief. All of them keep to the word budget.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ..clean import normalize_text
from ..model import Cluster
from ..split import split_sentences
from .rouge import reference_sentences


def raw_sentences(cluster: Cluster) -> list[list[str]]:
    """Each document's sentences, in order, split from the uncleaned text."""
    return [split_sentences(normalize_text(document.text)) for document in cluster.documents]


def fit_budget(sentences: Sequence[str], words: int) -> list[str]:
    """Take sentences in the given order, skipping any that no longer fit."""
    chosen, used = [], 0
    for sentence in sentences:
        length = len(sentence.split())
        if 0 < length and used + length <= words:
            chosen.append(sentence)
            used += length
    return chosen


def lead(cluster: Cluster, words: int) -> list[str]:
    """First sentences of each document in turn: every document's first, then every second…"""
    documents = raw_sentences(cluster)
    depth = max((len(d) for d in documents), default=0)
    round_robin = [d[i] for i in range(depth) for d in documents if i < len(d)]
    return fit_budget(round_robin, words)


def random_baseline(cluster: Cluster, words: int, seed: int = 0) -> list[str]:
    pool = [sentence for document in raw_sentences(cluster) for sentence in document]
    random.Random(f"{seed}:{cluster.id}").shuffle(pool)
    return fit_budget(pool, words)


@lru_cache(maxsize=1)
def _porter():
    from nltk.stem import porter

    return porter.PorterStemmer()


def _bigrams(text: str) -> Counter[tuple[str, str]]:
    from rouge_score import tokenize

    tokens = tokenize.tokenize(text, _porter())
    return Counter(zip(tokens, tokens[1:]))


def oracle(cluster: Cluster, words: int) -> list[str]:
    """Greedy extractive oracle over the documents' sentences as crawled, in document order."""
    pool = [s for document in raw_sentences(cluster) for s in document]
    return [pool[i] for i in sorted(oracle_choice(pool, cluster.summaries, words))]


def oracle_choice(sentences: Sequence[str], summaries: Sequence[str], words: int) -> list[int]:
    """Indices of ``sentences`` the greedy oracle chooses, in the order chosen: repeatedly the
    sentence that most raises ROUGE-2 recall (mean over ``summaries``, rouge-score's tokenizer
    and stemmer) while it fits the word budget."""
    references = [_bigrams(" ".join(reference_sentences(r))) for r in summaries]
    totals = [sum(r.values()) or 1 for r in references]
    grams = [_bigrams(s) for s in sentences]
    lengths = [len(s.split()) for s in sentences]
    selected: Counter[tuple[str, str]] = Counter()
    chosen: list[int] = []
    used = 0

    def gain(i: int) -> float:
        """Only the sentence's own bigrams can change the clipped counts."""
        total = 0.0
        for reference, size in zip(references, totals):
            hits = sum(
                min(selected[g] + count, reference[g]) - min(selected[g], reference[g])
                for g, count in grams[i].items()
                if g in reference
            )
            total += hits / size
        return total

    while True:
        fitting = [i for i in range(len(sentences)) if i not in chosen and 0 < lengths[i] <= words - used]
        best = max(fitting, key=gain, default=None)
        if best is None or gain(best) <= 0:
            break
        chosen.append(best)
        selected.update(grams[best])
        used += lengths[best]
    return chosen
