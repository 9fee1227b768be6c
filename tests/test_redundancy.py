import numpy as np
import pytest

from newsbrief.clean import clean_cluster
from newsbrief.redundancy import SimilarityRule, pairwise_similarity
from newsbrief.represent import analyze, vectorize
from newsbrief.split import document_sentences


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
    np.fill_diagonal(strength, 0)
    return strength


@pytest.mark.parametrize("rule", [SimilarityRule(), SimilarityRule(cosine=0.3, containment=0.5, min_contained_terms=2)])
def test_indexed_pair_search_equals_scoring_every_pair(idlib_cluster, rule):
    cleaned = clean_cluster(idlib_cluster)
    sentences = [s for rank, d in enumerate(cleaned.documents) for s in document_sentences(d, rank)]
    vectors = vectorize([analyze(s.text) for s in sentences])
    found = pairwise_similarity(vectors, rule).toarray()
    expected = brute_force(vectors, rule)
    assert np.count_nonzero(expected) > 10
    np.testing.assert_allclose(found, expected, atol=1e-12)


def test_indexed_pair_search_on_random_sentences():
    rng = np.random.default_rng(7)
    vocabulary = [f"w{i}" for i in range(60)]
    # Zipf-like word choice makes frequent and rare terms, as in news.
    weights = 1 / np.arange(1, 61)
    texts = [" ".join(rng.choice(vocabulary, size=rng.integers(3, 15), p=weights / weights.sum())) for _ in range(300)]
    vectors = vectorize([analyze(text) for text in texts])
    found = pairwise_similarity(vectors, SimilarityRule()).toarray()
    expected = brute_force(vectors, SimilarityRule())
    assert np.count_nonzero(expected) > 100
    np.testing.assert_allclose(found, expected, atol=1e-12)
