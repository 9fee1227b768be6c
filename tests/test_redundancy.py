import numpy as np
import pytest
from scipy import sparse

from newsbrief.clean import clean_cluster
from newsbrief.model import Sentence
from newsbrief.redundancy import Redundancy, SimilarityRule, story_groups
from newsbrief.represent import analyze_cluster, vectorize
from newsbrief.split import cluster_sentences


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


def every_row(sentences, vectors, rule):
    redundancy = Redundancy(sentences, vectors, rule)
    return np.array([redundancy.strength(i) for i in range(len(sentences))])


@pytest.mark.parametrize("rule", [SimilarityRule(), SimilarityRule(cosine=0.3, containment=0.5, min_contained_terms=2)])
def test_one_sentence_against_all_equals_scoring_every_pair(idlib_cluster, rule):
    cleaned = clean_cluster(idlib_cluster)
    sentences = cluster_sentences(cleaned)
    vectors = vectorize(analyze_cluster([s.text for s in sentences]))
    found = every_row(sentences, vectors, rule)
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
    found = every_row(sentences, vectors, SimilarityRule())
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
