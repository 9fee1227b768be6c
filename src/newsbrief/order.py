"""Order: a summary reads in source order, not score order.

Without publication dates, source order is where the content sits in its documents: a fact
that outlets lead with comes before background they give later. A chosen sentence's place
is the earliest relative position of any sentence that says the same, ties broken by
document order. A sentence chosen because it reads after its predecessor ("He told police
...", :meth:`~newsbrief.eligibility.Eligibility.follower_of`) goes right after that sentence; one that
names its speaker or its subject by surname alone goes after the first sentence that gives the
full name, when source order would have put it first and no sentence before it names that
person, in full or not; one whose subject is a group of people ("The men were charged ...") or
whose speaker is named by a role ('"...," the official said.') goes likewise after the first
sentence that mentions the group or the role, and one whose subject is a thing one document
introduced ("The transponder sends ...") after the first that mentions the thing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .eligibility import Eligibility, Introduction
from .model import Sentence
from .redundancy import Redundancy


def source_order(
    chosen: Sequence[int],
    sentences: Sequence[Sentence],
    redundancy: Redundancy,
    followers: Mapping[int, int] | None = None,
    introductions: Mapping[int, Introduction] | None = None,
) -> list[int]:
    """``followers``: sentence -> the sentence that reads right after it; ``introductions``:
    sentence that names someone by surname alone, or has a group of people as its subject or a
    role as its speaker -> the surname, the group or the role and the sentences that give the full
    name or mention the group or the role."""
    chosen_set = set(chosen)
    introductions = introductions or {}
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
    # Introduction's last sentence -> the last sentence moved after it, so that the sentences
    # moved there keep their source order.
    moved_after: dict[int, int] = {}
    for named in sorted(introductions.keys() & chosen_set, key=ordered.index):
        introduction = introductions[named]
        run = _run_from(first_of_run(named), follower)
        # A reader who met the name before, in full or not, gains nothing from a move; nor when
        # the sentence this one follows gave it ("President Trump on Tuesday touted ..." before
        # '"...," Trump said').
        if any(introduction.met_in(sentences[index].text) for index in ordered[: ordered.index(named)]):
            continue
        introducers = [index for index in ordered if index in introduction.by and index not in run]
        if introducers:
            ordered = [index for index in ordered if index not in run]
            anchor = _run_from(first_of_run(introducers[0]), follower)[-1]
            at = ordered.index(moved_after.get(anchor, anchor)) + 1
            ordered[at:at] = run
            moved_after[anchor] = run[-1]
    return ordered


def brief_order(
    chosen: Sequence[int], sentences: Sequence[Sentence], redundancy: Redundancy, eligibility: Eligibility
) -> list[int]:
    """Source order with the followers and the introductions ``eligibility`` finds among the
    chosen: the order a brief is printed in."""
    return source_order(
        chosen, sentences, redundancy, eligibility.followers_among(chosen), eligibility.introductions_among(chosen)
    )


def _run_from(first: int, followers: Mapping[int, int]) -> list[int]:
    """A sentence and the chain of sentences that follow it."""
    run = [first]
    while run[-1] in followers:
        run.append(followers[run[-1]])
    return run
