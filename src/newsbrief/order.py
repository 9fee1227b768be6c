"""Order: a summary reads in source order, not score order.

Without publication dates, source order is where the content sits in its documents: a fact
that outlets lead with comes before background they give later. A chosen sentence's place
is the earliest relative position of any sentence that says the same, ties broken by
document order. A sentence chosen because it reads after its predecessor ("He told police
...", :meth:`~newsbrief.score.Eligibility.follower_of`) goes right after that sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .model import Sentence
from .redundancy import Redundancy


def source_order(
    chosen: Sequence[int],
    sentences: Sequence[Sentence],
    redundancy: Redundancy,
    followers: Mapping[int, int] | None = None,
) -> list[int]:
    chosen_set = set(chosen)
    leader = {after: before for before, after in (followers or {}).items() if {before, after} <= chosen_set}

    def first_of_run(index: int) -> int:
        while index in leader:
            index = leader[index]
        return index

    def place(index: int) -> tuple:
        first = first_of_run(index)
        same = (sentences[i] for i in redundancy.same_as(first))
        earliest = min((s.position, s.document_rank, s.index) for s in same)
        return earliest, sentences[first].document_rank, sentences[first].index, sentences[index].index

    return sorted(chosen, key=place)
