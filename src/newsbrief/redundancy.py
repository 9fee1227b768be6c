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
    """Sparse matrix of the pairs that count as the same content, valued by their strength.

    Nothing is computed over all pairs. Candidate pairs come from an index of each
    sentence's rarest terms, built so that no qualifying pair can be missed (the prefix
    filter of all-pairs similarity search, Bayardo et al. 2007):

    - cosine: a sentence's frequent terms whose weights have an L2 norm below the threshold
      cannot alone give a cosine at the threshold, so a qualifying pair shares one of the
      other, rarer, terms;
    - containment: if a shorter sentence is contained at least c in another, the terms they
      share carry at least c of its idf mass, so they cannot all lie among its frequent
      terms that carry less than c: they share one of its rarer terms.

    Candidates are then scored exactly. The result equals the full pairwise computation.
    """
    tfidf, presence, idf = vectors.tfidf, vectors.presence, vectors.idf
    count = tfidf.shape[0]
    if count == 0 or tfidf.shape[1] == 0:
        return sparse.csr_matrix((count, count))
    rare_first = np.argsort(-idf, kind="stable")
    tfidf, presence = _columns_in_order(tfidf, rare_first), _columns_in_order(presence, rare_first)
    weighted = presence.multiply(idf[rare_first]).tocsr()
    mass = np.asarray(weighted.sum(axis=1)).ravel()
    term_counts = np.diff(presence.indptr)

    cosine_index = _rare_prefix(tfidf, np.square(tfidf.data), rule.cosine**2)
    containment_index = _rare_prefix(weighted, weighted.data, rule.containment * mass)
    candidates = ((cosine_index @ presence.T) + (containment_index @ presence.T)).tocoo()
    rows, columns = candidates.row, candidates.col
    keep = rows != columns
    rows, columns = rows[keep], columns[keep]

    cosine = _paired_dot(tfidf, tfidf, rows, columns)
    shared = _paired_dot(weighted, presence, rows, columns)
    contained = shared / np.maximum(np.minimum(mass[rows], mass[columns]), 1e-12)
    enough_terms = np.minimum(term_counts[rows], term_counts[columns]) >= rule.min_contained_terms
    strength = np.maximum(
        np.where(cosine >= rule.cosine, cosine, 0.0),
        np.where((contained >= rule.containment) & enough_terms, contained, 0.0),
    )
    same = strength > 0
    pairs = sparse.csr_matrix((strength[same], (rows[same], columns[same])), shape=(count, count))
    return pairs.maximum(pairs.T).tocsr()


def _columns_in_order(matrix: sparse.csr_matrix, order: np.ndarray) -> sparse.csr_matrix:
    """The same matrix with column ``order[k]`` moved to position k, rows sorted by column."""
    position = np.empty_like(order)
    position[order] = np.arange(len(order))
    # Copies: sorting in place must not reorder the caller's matrix.
    moved = sparse.csr_matrix((matrix.data.copy(), position[matrix.indices], matrix.indptr.copy()), shape=matrix.shape)
    moved.sort_indices()
    return moved


def _rare_prefix(matrix: sparse.csr_matrix, mass: np.ndarray, needed) -> sparse.csr_matrix:
    """Each row's leading (rarest) entries while the mass from the entry to the row's end is
    at least ``needed`` (a number, or one per row): the entries left out hold less."""
    row_of = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    to_end = np.concatenate([np.cumsum(mass[::-1])[::-1], [0.0]])
    remaining = to_end[: len(mass)] - to_end[matrix.indptr[1:]][row_of]
    threshold = np.broadcast_to(np.asarray(needed, dtype=float), (matrix.shape[0],))[row_of]
    # Rounding may only ever index more entries, never fewer: the filter stays exact.
    indexed = remaining >= threshold - 1e-9
    prefix = sparse.csr_matrix(
        (np.where(indexed, matrix.data, 0.0), matrix.indices.copy(), matrix.indptr.copy()), shape=matrix.shape
    )
    prefix.eliminate_zeros()  # in place: hence the copies above
    return prefix


def _paired_dot(left: sparse.csr_matrix, right: sparse.csr_matrix, rows: np.ndarray, columns: np.ndarray,
                chunk: int = 200_000) -> np.ndarray:
    """Row ``rows[k]`` of ``left`` dotted with row ``columns[k]`` of ``right``, for every k."""
    values = np.empty(len(rows))
    for start in range(0, len(rows), chunk):
        part = slice(start, start + chunk)
        values[part] = np.asarray(left[rows[part]].multiply(right[columns[part]]).sum(axis=1)).ravel()
    return values


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
