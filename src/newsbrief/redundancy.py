"""Redundancy: which sentences say the same thing as a given one, across documents and within them.

Two sentences say the same thing when their TF-IDF cosine is high, or when nearly all of
the shorter one's (idf-weighted) content is inside the longer one: "They are home to some
three million civilians." is contained in "The province is home to some three million
people, around half of them displaced".

Nothing is computed over all pairs. A summary holds a handful of sentences, and redundancy
matters only around them: a sentence is excluded once something like it is chosen, and a
chosen sentence's sources are the documents holding something like it. So similarity is
asked for one chosen sentence at a time, against every sentence, as one sparse
matrix-vector product over the terms it has: linear in the cluster, never quadratic.

Documents, far fewer than sentences, are compared in pairs once, to find the copies and
versions of one story (:func:`story_groups`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .model import Sentence
from .represent import SentenceVectors


@dataclass(frozen=True)
class SimilarityRule:
    cosine: float = 0.5
    containment: float = 0.7
    min_contained_terms: int = 4


class Redundancy:
    """Similarity of any one sentence to all the others, under a :class:`SimilarityRule`."""

    def __init__(self, sentences: Sequence[Sentence], vectors: SentenceVectors, rule: SimilarityRule = SimilarityRule()):
        self.sentences = sentences
        self.rule = rule
        self._tfidf = vectors.tfidf
        self._presence = vectors.presence
        self._weighted = sparse.csr_matrix(vectors.presence.multiply(vectors.idf[np.newaxis, :]))
        self._mass = np.asarray(self._weighted.sum(axis=1)).ravel()
        self._term_counts = np.diff(vectors.presence.indptr)
        self._asked: dict[int, np.ndarray] = {}  # the same few chosen sentences are asked about repeatedly

    def strength(self, index: int) -> np.ndarray:
        """For every sentence, how strongly it says what sentence ``index`` says: its cosine
        or containment where either passes the rule, else 0; the sentence itself gets 1."""
        if index not in self._asked:
            self._asked[index] = self._strength(index)
        return self._asked[index]

    def _strength(self, index: int) -> np.ndarray:
        cosine = self._tfidf @ _dense_row(self._tfidf, index)
        shared = self._presence @ _dense_row(self._weighted, index)
        contained = shared / np.maximum(np.minimum(self._mass, self._mass[index]), 1e-12)
        enough_terms = np.minimum(self._term_counts, self._term_counts[index]) >= self.rule.min_contained_terms
        found = np.maximum(
            np.where(cosine >= self.rule.cosine, cosine, 0.0),
            np.where((contained >= self.rule.containment) & enough_terms, contained, 0.0),
        )
        found[index] = 1.0
        return found

    def same_as(self, index: int) -> np.ndarray:
        """Indices of the sentences that say what sentence ``index`` says, itself included."""
        return np.flatnonzero(self.strength(index))

    def sources_of(self, index: int) -> tuple[str, ...]:
        """The documents that carry sentence ``index``'s content, in cluster order."""
        return tuple(self.evidence_of(index))

    def evidence_of(self, index: int) -> dict[str, int]:
        """For each source document, in cluster order, its sentence closest to sentence
        ``index`` (``index`` itself in its own document)."""
        strength = self.strength(index)
        best: dict[str, int] = {}
        for i in np.flatnonzero(strength):
            document = self.sentences[i].document_id
            if document not in best or strength[i] > strength[best[document]]:
                best[document] = int(i)
        best[self.sentences[index].document_id] = index
        return dict(sorted(best.items(), key=lambda item: self.sentences[item[1]].document_rank))


def _dense_row(matrix: sparse.csr_matrix, index: int) -> np.ndarray:
    # Read straight from the CSR arrays: scipy's row indexing builds a new sparse matrix
    # each time, which dominated the cost of a call on small clusters.
    row = np.zeros(matrix.shape[1])
    start, end = matrix.indptr[index], matrix.indptr[index + 1]
    row[matrix.indices[start:end]] = matrix.data[start:end]
    return row


def story_groups(carried: sparse.spmatrix, threshold: float, block: int = 256) -> np.ndarray:
    """A story label for each document (row of ``carried``, a 0/1 document-by-concept matrix):
    documents whose concepts overlap by at least ``threshold`` of the smaller one's, and the
    documents linked to them in turn, share a label.

    Crawls and wire archives hold the same story several times: an outlet's updates through
    the day, syndicated and spun copies, exact duplicates. Counted as separate documents they
    would make one story's details look like facts every outlet agrees on.
    """
    rows = sparse.csr_matrix(carried)
    columns = rows.T.tocsr()
    sizes = np.diff(rows.indptr)
    links: list[tuple[int, int]] = []
    # Nearly every pair of documents shares some concept, so the overlaps are dense; a block of
    # rows at a time keeps memory linear in the number of documents.
    for start in range(0, rows.shape[0], block):
        overlap = (rows[start : start + block] @ columns).toarray()
        smaller = np.minimum.outer(sizes[start : start + block], sizes)
        first, second = np.nonzero(overlap >= threshold * np.maximum(smaller, 1))
        links.extend((a, b) for a, b in zip((first + start).tolist(), second.tolist()) if a < b)
    return _components(rows.shape[0], links)


def _components(count: int, links: list[tuple[int, int]]) -> np.ndarray:
    """Connected components, labelled in the order of their first member (union-find; the
    links are few, and scipy's csgraph would add 35 ms to every command's start-up)."""
    parent = list(range(count))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for first, second in links:
        first, second = root(first), root(second)
        if first != second:
            parent[max(first, second)] = min(first, second)
    roots = [root(node) for node in range(count)]
    label = {node: n for n, node in enumerate(dict.fromkeys(roots))}
    return np.array([label[node] for node in roots], dtype=np.int64)
