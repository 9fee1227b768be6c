"""Redundancy: group sentences that say the same thing, across documents and within them.

Two sentences say the same thing when their TF-IDF cosine is high, or when nearly all of
the shorter one's (idf-weighted) content is inside the longer one: "They are home to some
three million civilians." is contained in "The province is home to some three million
people, around half of them displaced". Groups form around leaders, the sentences with the
most content, so that membership never chains from paraphrase to paraphrase into a topic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .model import Sentence
from .represent import SentenceVectors


@dataclass(frozen=True)
class RedundancyGroups:
    """``labels[i]`` is the group of sentence ``i``; ``sources[g]`` the documents of group ``g``
    in cluster order."""

    labels: tuple[int, ...]
    sources: tuple[tuple[str, ...], ...]

    def sources_of(self, sentence_index: int) -> tuple[str, ...]:
        return self.sources[self.labels[sentence_index]]


@dataclass(frozen=True)
class SimilarityRule:
    cosine: float = 0.5
    containment: float = 0.7
    min_contained_terms: int = 4


def pairwise_similarity(vectors: SentenceVectors, rule: SimilarityRule) -> sparse.csr_matrix:
    """Sparse matrix of the pairs that count as the same content, valued by their strength."""
    cosine = (vectors.tfidf @ vectors.tfidf.T).tocsr()
    weighted = vectors.presence.multiply(vectors.idf).tocsr()
    shared = (weighted @ vectors.presence.T).tocoo()
    mass = vectors.weighted_term_mass()
    term_counts = np.asarray(vectors.presence.sum(axis=1)).ravel()
    smaller = np.minimum(mass[shared.row], mass[shared.col])
    contained = shared.data / np.maximum(smaller, 1e-12)
    enough_terms = np.minimum(term_counts[shared.row], term_counts[shared.col]) >= rule.min_contained_terms
    keep = (contained >= rule.containment) & enough_terms
    containment = sparse.csr_matrix(
        (contained[keep], (shared.row[keep], shared.col[keep])), shape=cosine.shape
    )
    cosine.data[cosine.data < rule.cosine] = 0.0
    cosine.eliminate_zeros()
    return cosine.maximum(containment).tocsr()


def redundancy_groups(
    sentences: Sequence[Sentence], vectors: SentenceVectors, rule: SimilarityRule = SimilarityRule()
) -> RedundancyGroups:
    count = len(sentences)
    if count == 0:
        return RedundancyGroups(labels=(), sources=())
    similarity = pairwise_similarity(vectors, rule) if vectors.tfidf.shape[1] else sparse.csr_matrix((count, count))
    term_counts = np.asarray(vectors.presence.sum(axis=1)).ravel() if vectors.presence.shape[1] else np.zeros(count)
    # Leaders first: most content, then earliest document and position.
    order = sorted(range(count), key=lambda i: (-term_counts[i], sentences[i].document_rank, sentences[i].index))
    labels = [-1] * count
    leaders: list[int] = []
    for i in order:
        start, end = similarity.indptr[i], similarity.indptr[i + 1]
        best_group, best_strength = -1, 0.0
        for j, strength in zip(similarity.indices[start:end].tolist(), similarity.data[start:end].tolist()):
            if j != i and labels[j] >= 0 and leaders[labels[j]] == j and strength > best_strength:
                best_group, best_strength = labels[j], strength
        if best_group < 0:
            best_group = len(leaders)
            leaders.append(i)
        labels[i] = best_group
    return RedundancyGroups(labels=tuple(labels), sources=_group_sources(sentences, labels, len(leaders)))


def _group_sources(sentences: Sequence[Sentence], labels: list[int], group_count: int) -> tuple[tuple[str, ...], ...]:
    members: list[dict[str, int]] = [{} for _ in range(group_count)]
    for sentence, label in zip(sentences, labels):
        members[label].setdefault(sentence.document_id, sentence.document_rank)
    return tuple(tuple(sorted(group, key=group.__getitem__)) for group in members)
