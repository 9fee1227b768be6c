"""Order: a summary reads in source order, not score order.

Without publication dates, source order is where the content sits in its documents: a fact
that outlets lead with comes before background they give later. A chosen sentence's place
is the earliest relative position of any sentence that says the same, ties broken by
document order. A sentence chosen because it reads after its predecessor ("He told police
...", :meth:`~newsbrief.eligibility.Eligibility.follower_of`) goes right after that sentence; one that
names its speaker by surname alone goes after the sentence that gives the full name, when
source order would have put it first.
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
    introducers: Mapping[int, int] | None = None,
) -> list[int]:
    """``followers``: sentence -> the sentence that reads right after it; ``introducers``:
    sentence -> the sentence that gives its speaker's full name."""
    chosen_set = set(chosen)
    follower = {before: after for before, after in (followers or {}).items() if {before, after} <= chosen_set}
    leader = {after: before for before, after in follower.items()}

    def first_of_run(index: int) -> int:
        while index in leader:
            index = leader[index]
        return index

    def place(index: int) -> tuple:
        first = first_of_run(index)
        same = (sentences[i] for i in redundancy.same_as(first))
        earliest = min((s.position, s.document_rank, s.index) for s in same)
        return earliest, sentences[first].document_rank, sentences[first].index, sentences[index].index

    ordered = sorted(chosen, key=place)
    for named, introducer in (introducers or {}).items():
        if not {named, introducer} <= chosen_set:
            continue
        run = _run_from(first_of_run(named), follower)
        if ordered.index(run[0]) < ordered.index(introducer) and introducer not in run:
            ordered = [index for index in ordered if index not in run]
            at = ordered.index(_run_from(first_of_run(introducer), follower)[-1]) + 1
            ordered[at:at] = run
    return ordered


def _run_from(first: int, followers: Mapping[int, int]) -> list[int]:
    """A sentence and the chain of sentences that follow it."""
    run = [first]
    while run[-1] in followers:
        run.append(followers[run[-1]])
    return run
