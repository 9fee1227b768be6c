"""Order: a summary reads in source order, not score order.

Without publication dates, source order is where the content sits in its documents: a fact
that outlets lead with comes before background they give later. A group's place is the
earliest relative position of any of its sentences, ties broken by document order.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Sentence


def source_order(chosen: Sequence[int], sentences: Sequence[Sentence], groups: Sequence[int]) -> list[int]:
    earliest: dict[int, tuple[float, int, int]] = {}
    for sentence, group in zip(sentences, groups):
        key = (sentence.position, sentence.document_rank, sentence.index)
        if group not in earliest or key < earliest[group]:
            earliest[group] = key
    return sorted(chosen, key=lambda i: (earliest[groups[i]], sentences[i].document_rank, sentences[i].index))
