from dataclasses import replace

import numpy as np
from scipy import sparse

from newsbrief.eligibility import Eligibility, Introduction, StandaloneRule
from newsbrief.model import Budget, Sentence
from newsbrief.order import source_order
from newsbrief.redundancy import Redundancy
from newsbrief.select import ConceptCoverage, budgeted_greedy

from .sentences import documents, redundancy_of


def two_documents(first: tuple[str, str, str], second: tuple[str, str, str]) -> tuple[list[Sentence], Redundancy]:
    """Two documents of two sentences each, (id, first sentence, second sentence), and their redundancy."""
    sentences = [
        Sentence(document, index, text, index / 2, rank)
        for rank, (document, *texts) in enumerate((first, second))
        for index, text in enumerate(texts)
    ]
    return sentences, redundancy_of(sentences)


# Two documents; a's second sentence points back ("He ...") and may only follow a's first.
SENTENCES, REDUNDANCY = two_documents(
    ("a", "Shannon Egeland called 911 after an assault near Caldwell.",
     "He told the police that a stranger shot him in the leg."),
    ("b", "Prosecutors in Boise charged the owner of a failed company with fraud.",
     "The company raised millions from local banks with phony business plans."),
)
# One concept per sentence, weights 3, 5, 2, 1: the follower carries the heaviest.
COVERAGE = (sparse.identity(4, format="csr"), np.array([3.0, 5.0, 2.0, 1.0]), np.zeros(4))


def choose(rule):
    chosen_from = Eligibility(SENTENCES, rule)
    return budgeted_greedy(
        ConceptCoverage(*COVERAGE), chosen_from, SENTENCES, REDUNDANCY, Budget("sentences", 3), 1.0
    )


def test_a_sentence_that_points_back_is_a_candidate_once_its_predecessor_is_chosen():
    # The follower ranks first from the start; until its predecessor is chosen it is passed over.
    assert choose(StandaloneRule(after_predecessor=False)) == [0, 2, 3]
    assert choose(StandaloneRule()) == [0, 1, 2]


def test_a_follower_is_ordered_right_after_its_predecessor():
    # b's lead sits at the same relative position as a's lead and comes after it; a's second
    # sentence, at 1/2, would come after b's lead were it not a's follower.
    assert source_order([2, 1, 0], SENTENCES, REDUNDANCY) == [0, 2, 1]
    assert source_order([2, 1, 0], SENTENCES, REDUNDANCY, {0: 1}) == [0, 1, 2]
    # A follower whose predecessor was not chosen keeps its own place.
    assert source_order([2, 1], SENTENCES, REDUNDANCY, {0: 1}) == [2, 1]


# Two documents on one fraud case; only b's second sentence gives the full name.
FRAUD, FRAUD_REDUNDANCY = two_documents(
    ("a", "A federal judge in Portland sentenced Egeland to five years for insurance fraud.",
     "He told the judge that he regretted asking his son to shoot him."),
    ("b", "Egeland raised millions from local banks with phony business plans.",
     "Prosecutors in Boise charged Shannon Egeland, the owner of a failed company, with fraud."),
)


def test_a_sentence_that_names_someone_by_surname_alone_is_ordered_after_the_full_name():
    introduced = Introduction("Egeland", frozenset({3}))
    assert source_order([3, 2], FRAUD, FRAUD_REDUNDANCY) == [2, 3]
    assert source_order([3, 2], FRAUD, FRAUD_REDUNDANCY, introductions={2: introduced}) == [3, 2]
    # A follower moves with the sentence it follows; a follower whose leader names him stays.
    assert source_order([3, 1, 0], FRAUD, FRAUD_REDUNDANCY, {0: 1}, {0: introduced}) == [3, 0, 1]
    assert source_order([3, 1, 0], FRAUD, FRAUD_REDUNDANCY, {0: 1}, {1: introduced}) == [0, 1, 3]
    # Each sentence that names him alone goes after the introduction, in source order.
    assert source_order([0, 2, 3], FRAUD, FRAUD_REDUNDANCY, introductions={0: introduced, 2: introduced}) == [3, 0, 2]
    # A reader who met the surname in an earlier sentence, alone or in full, gains nothing from a move.
    assert source_order([0, 2, 3], FRAUD, FRAUD_REDUNDANCY, introductions={2: introduced}) == [0, 2, 3]


# A wire's lead and the group it takes up after, which another outlet's second sentence mentions.
RAID, RAID_REDUNDANCY = two_documents(
    ("wire", "Police raided a warehouse in Leeds on Friday and seized 40 kilograms of cocaine.",
     "The men were charged with conspiracy to supply cocaine."),
    ("paper", "Police seized 40 kilograms of cocaine from a warehouse in Leeds on Friday.",
     "Two men were arrested at the warehouse and a third at his home in Bradford."),
)


def test_a_group_as_the_subject_is_ordered_after_the_sentence_that_mentions_the_group():
    men = Introduction("men", frozenset({3}), group=True)
    # Source order puts the wire's second sentence before the paper's, at the same place.
    assert source_order([0, 1, 3], RAID, RAID_REDUNDANCY) == [0, 1, 3]
    assert source_order([0, 1, 3], RAID, RAID_REDUNDANCY, introductions={1: men}) == [0, 3, 1]
    # A predecessor that mentions the group keeps its follower.
    arrested = replace(RAID[0], text="Police arrested two men at a warehouse in Leeds on Friday.")
    both = Introduction("men", frozenset({0, 3}), group=True)
    assert source_order([0, 1, 3], [arrested, *RAID[1:]], RAID_REDUNDANCY, {0: 1}, {1: both}) == [0, 1, 3]


def test_the_best_single_sentence_replaces_a_selection_worth_less():
    # Per word b ranks first (6 over 8 words, a 10 over 15, c 3 over 7); once it is taken a no
    # longer fits in 15 words and c does: together b and c are worth 9, a alone 10.
    sentences = documents(
        a=["Prosecutors in Boise charged the owner of a failed software company with fraud on Monday."],
        b=["Local banks lost millions to phony business plans."],
        c=["Investors in Idaho had trusted the company."],
    )
    assert [s.word_count for s in sentences] == [15, 8, 7]
    coverage = ConceptCoverage(sparse.identity(3, format="csr"), np.array([10.0, 6.0, 3.0]), np.zeros(3))
    chosen_from = Eligibility(sentences)
    greedy = budgeted_greedy(coverage, chosen_from, sentences, redundancy_of(sentences), Budget("words", 15))
    assert greedy == [0]
    # With room for all three, the greedy run keeps what it chose.
    coverage = ConceptCoverage(sparse.identity(3, format="csr"), np.array([10.0, 6.0, 3.0]), np.zeros(3))
    assert budgeted_greedy(coverage, chosen_from, sentences, redundancy_of(sentences), Budget("words", 30)) == [1, 0, 2]
