"""Order: a summary reads in source order, not score order.

Without publication dates, source order is where the content sits in its documents: a fact
that outlets lead with comes before background they give later. A chosen sentence's place
is the earliest relative position of any sentence that says the same, ties broken by
document order.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Sentence
from .redundancy import Redundancy


def source_order(chosen: Sequence[int], sentences: Sequence[Sentence], redundancy: Redundancy) -> list[int]:
    def place(index: int) -> tuple:
        same = (sentences[i] for i in redundancy.same_as(index))
        earliest = min((s.position, s.document_rank, s.index) for s in same)
        return earliest, sentences[index].document_rank, sentences[index].index

    return sorted(chosen, key=place)
