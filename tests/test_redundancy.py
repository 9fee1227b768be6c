import numpy as np
import pytest
from scipy import sparse

from newsbrief.clean import clean_cluster
from newsbrief.eligibility import states_something
from newsbrief.model import Sentence
from newsbrief.redundancy import SimilarityRule, story_groups
from newsbrief.represent import analyze_cluster, vectorize
from newsbrief.split import cluster_sentences

from .sentences import redundancy_of


def brute_force(vectors, rule):
    """Every pair scored densely: the definition the indexed search must reproduce."""
    tfidf, presence, idf = vectors.tfidf.toarray(), vectors.presence.toarray(), vectors.idf
    cosine = tfidf @ tfidf.T
    weighted = presence * idf
    shared = weighted @ presence.T
    mass = weighted.sum(axis=1)
    terms = presence.sum(axis=1)
    contained = shared / np.maximum(np.minimum.outer(mass, mass), 1e-12)
    enough = np.minimum.outer(terms, terms) >= rule.min_contained_terms
    strength = np.maximum(np.where(cosine >= rule.cosine, cosine, 0), np.where((contained >= rule.containment) & enough, contained, 0))
    np.fill_diagonal(strength, 1)
    return strength


def every_row(sentences, rule):
    redundancy = redundancy_of(sentences, rule)
    return np.array([redundancy.strength(i) for i in range(len(sentences))])


@pytest.mark.parametrize("rule", [SimilarityRule(), SimilarityRule(cosine=0.3, containment=0.5, min_contained_terms=2)])
def test_one_sentence_against_all_equals_scoring_every_pair(idlib_cluster, rule):
    cleaned = clean_cluster(idlib_cluster)
    sentences = cluster_sentences(cleaned)
    vectors = vectorize(analyze_cluster([s.text for s in sentences]))
    found = every_row(sentences, rule)
    expected = brute_force(vectors, rule)
    assert np.count_nonzero(expected) > 10
    np.testing.assert_allclose(found, expected, atol=1e-12)


def test_one_sentence_against_all_on_random_sentences():
    rng = np.random.default_rng(7)
    vocabulary = [f"w{i}" for i in range(60)]
    # Zipf-like word choice makes frequent and rare terms, as in news.
    weights = 1 / np.arange(1, 61)
    texts = [" ".join(rng.choice(vocabulary, size=rng.integers(3, 15), p=weights / weights.sum())) for _ in range(300)]
    vectors = vectorize(analyze_cluster(texts))
    sentences = [Sentence(document_id=str(n % 7), index=n, text=text, position=0.0, document_rank=n % 7) for n, text in enumerate(texts)]
    found = every_row(sentences, SimilarityRule())
    expected = brute_force(vectors, SimilarityRule())
    assert np.count_nonzero(expected) > 100
    np.testing.assert_allclose(found, expected, atol=1e-12)


def test_story_groups_link_documents_sharing_enough_of_the_smaller_ones_concepts():
    carried = sparse.csr_matrix(
        np.array(
            [
                [1, 1, 1, 1, 1, 0, 0, 0, 0, 0],  # 5 concepts
                [1, 1, 0, 0, 0, 1, 1, 0, 0, 0],  # shares 2 of its 4 with the first: linked at 0.5
                [0, 0, 0, 0, 0, 1, 1, 1, 0, 0],  # shares 2 of its 3 with the second: linked, so the first's story
                [0, 0, 0, 0, 1, 0, 0, 1, 1, 1],  # shares 1 of 4 with the first and with the third
            ]
        )
    )
    assert story_groups(carried, 0.5).tolist() == [0, 0, 0, 1]
    assert story_groups(carried, 0.6).tolist() == [0, 1, 1, 2]
    assert story_groups(carried, 0.25).tolist() == [0, 0, 0, 0]
    # Documents are compared a block of rows at a time; links across blocks still chain.
    assert story_groups(carried, 0.5, block=1).tolist() == [0, 0, 0, 1]
    assert story_groups(carried, 0.6, block=3).tolist() == [0, 1, 1, 2]


# Sentences on other facts, so that the pair's words have the idf of a small cluster.
OTHER_FACTS = [
    "Brickco's chief executive said demand for the sets was strong in every region of the world.",
    "Shares of rival toy makers fell after the results were published on Thursday.",
    "The company opened a factory in Hungary and plans another in China.",
]
REVENUE = "Toy maker Brickco says its revenue rose 11 percent in the first half of the year, helped by its animated film."


def compared(first, second):
    texts = [first, second, *OTHER_FACTS]
    sentences = [Sentence(document_id=str(n), index=0, text=text, position=0.0, document_rank=n) for n, text in enumerate(texts)]
    return redundancy_of(sentences)


def test_a_restatement_sharing_a_telling_number_is_said_but_is_no_source():
    # Cosine 0.46 and containment 0.52: below the rule for saying the same (0.5, 0.7), above
    # the lower bars for a restatement (0.3, 0.45), and both give "11 percent".
    redundancy = compared(REVENUE, "The animated film pushed Brickco's sales 11% higher in the first six months of the year.")
    assert redundancy.restating(0).tolist() == [0, 1] and redundancy.restating(1).tolist() == [0, 1]
    assert redundancy.same_as(0).tolist() == [0] and redundancy.sources_of(0) == ("0",)


def test_a_short_restatement_sharing_a_telling_number_is_said_however_few_its_words():
    # Cosine 0.38; the short one's three words ("5,500", "people", "injured") are too few for the
    # containment that makes two sentences say the same, but all of them are in the long one.
    redundancy = compared(
        "Nearly simultaneous bombs at the American embassies in Nairobi and Dar es Salaam on Aug. 7 killed 258 "
        "people, including 12 Americans, and injured more than 5,500 people.",
        "More than 5,500 people were injured.",
    )
    assert redundancy.restating(0).tolist() == [0, 1] and redundancy.restating(1).tolist() == [0, 1]
    assert redundancy.same_as(0).tolist() == [0] and redundancy.same_as(1).tolist() == [1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A year is shared by a story's different facts: cosine 0.42 and containment 0.48 pass
        # the lower bars, and the pair shares three phrases, but containment is below 0.5.
        (REVENUE.replace("11 percent", "in 2014"), "The animated film pushed Brickco's sales higher in 2014, in the first six months of the year."),
        # Another number is another figure (cosine 0.46, containment 0.52), however many phrases
        # the pair shares (four): outlets that disagree on a figure are each said.
        (REVENUE, "Brickco's animated film pushed its revenue 12% higher in the first six months of the year."),
        # The same number in another fact: cosine 0.25, containment 0.33.
        (REVENUE, "Brickco's profit rose 11 percent in 2013, when it opened two factories in Mexico and Hungary."),
        # Cosine 0.43 and containment 0.60, but what the two share is a name: "Animated Film
        # Fund" is no phrase, and the number rule has no number.
        ("Toy maker Brickco says the Animated Film Fund backed its revenue rise in the first half of the year.",
         "The Animated Film Fund of Brickco settled a lawsuit over its toys with a Hungarian maker."),
    ],
)
def test_no_restatement_without_a_shared_telling_number_or_phrases_and_enough_shared_content(first, second):
    redundancy = compared(first, second)
    assert redundancy.restating(0).tolist() == [0] and redundancy.restating(1).tolist() == [1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Cosine 0.42 and containment 0.54; "animated film", "its revenue", "the first" and "the
        # year" in lower case, which no other sentence of the cluster holds.
        (REVENUE, "Brickco's animated film pushed its revenue higher in the first six months of the year."),
        # Counts up to ten tell no fact apart, but the phrases do (cosine 0.46, containment 0.52).
        (
            REVENUE.replace("11 percent", "two percent"),
            "The animated film pushed Brickco's sales 2% higher in the first six months of the year.",
        ),
    ],
)
def test_a_restatement_sharing_phrases_is_said_but_is_no_source(first, second):
    redundancy = compared(first, second)
    assert redundancy.restating(0).tolist() == [0, 1] and redundancy.restating(1).tolist() == [0, 1]
    assert redundancy.same_as(0).tolist() == [0] and redundancy.sources_of(0) == ("0",)


def test_phrases_the_cluster_writes_in_more_than_four_sentences_are_the_storys_not_one_facts():
    # The first pair above, in a cluster where three more sentences write its four phrases:
    # containment is 0.57, but the phrases no longer tell one fact.
    more = [
        "Analysts say the animated film pushed its revenue up six months in a row, the first such run of the year.",
        "Higher ticket sales for the animated film pushed its revenue in the first six months of the year, one "
        "analyst said.",
        "The animated film pushed its revenue higher for six months, the first of the year to beat forecasts.",
    ]
    texts = [REVENUE, "Brickco's animated film pushed its revenue higher in the first six months of the year.", *more]
    sentences = [
        Sentence(document_id=str(n), index=0, text=text, position=0.0, document_rank=n)
        for n, text in enumerate(texts + OTHER_FACTS)
    ]
    assert redundancy_of(sentences).restating(0).tolist() == [0]
    assert redundancy_of(sentences, SimilarityRule(phrase_max_sentences=5)).restating(0).tolist() == [0, 1]


def test_a_sentence_that_says_only_part_of_another_is_its_evidence_only_where_it_states_something():
    texts = [
        "Last summer the West Nile virus, carried by mosquitoes from infected crows, killed seven people in the New "
        "York City area and sickened 62 others before the first frost ended the outbreak, health officials said.",
        "How many people did the West Nile virus kill in New York?",  # cosine 0.46, contained whole
        "It killed seven people in the New York City area.",  # cosine 0.46, contained whole
        "That alarmed health officials in New York.",  # cosine 0.28, containment 0.74
        *OTHER_FACTS,
    ]
    sentences = [
        Sentence(document_id=str(n), index=0, text=text, position=0.0, document_rank=n) for n, text in enumerate(texts)
    ]
    redundancy = redundancy_of(sentences)
    states = lambda i: states_something(texts[i])  # noqa: E731
    assert redundancy.same_as(0).tolist() == [0, 1, 2, 3]
    assert list(redundancy.evidence_of(0)) == ["0", "1", "2", "3"]
    assert list(redundancy.evidence_of(0, states)) == ["0", "2"]
    # The long sentence holds all of what the question asks, and is its evidence.
    assert list(redundancy.evidence_of(1, states)) == ["0", "1"]
