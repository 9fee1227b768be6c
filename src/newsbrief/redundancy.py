"""Redundancy: which sentences say the same thing as a given one, across documents and within them.

Two sentences say the same thing when their TF-IDF cosine is high, or when nearly all of
the shorter one's (idf-weighted) content is inside the longer one: "They are home to some
three million civilians." is contained in "The province is home to some three million
people, around half of them displaced". Those are each other's sources.

Outlets also restate a fact in their own words, and a telling number gives it away: "Lego
says revenue soared 11 percent in the first half" and "The movie helped propel sales 11%
higher in the first six months" share too few words to pass the rule above, but the same
number and much of the content. A summary holding both says one thing twice, so selection
counts a sentence that shares a telling number with a chosen one and passes lower bars as
said (:meth:`Redundancy.restating`). It is not counted among the chosen sentence's sources:
such a sentence often holds more than the chosen one, or less ("Police say Caballero shot
Austin, 33." against "The victim, 33-year-old Austin, was shot outside his apartment"), and
a source must carry what it is cited for.

A fact without a number gives itself away by its phrases: "A problem with one of the
International Space Station's cooling systems may require a repair spacewalk" and "NASA scaled
back operations on the International Space Station on Wednesday after discovering a problem
with a cooling system" share "problem with" and "cooling system", word pairs in lower case that
few other sentences of the cluster hold, and most of the shorter one's content. Selection counts
such a sentence as said too, not as a source, for the same reason.

Nothing is computed over all pairs. A summary holds a handful of sentences, and redundancy
matters only around them: a sentence is excluded once something like it is chosen, and a
chosen sentence's sources are the documents holding something like it. So similarity is
asked for one chosen sentence at a time, against every sentence, as one sparse
matrix-vector product over the terms it has: linear in the cluster, never quadratic.

Documents, far fewer than sentences, are compared in pairs once, to find the copies and
versions of one story (:func:`story_groups`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .model import Sentence
from .represent import Analysis, SentenceVectors, phrases_in_lower_case


@dataclass(frozen=True)
class SimilarityRule:
    """When two sentences say the same thing: a ``cosine`` or a ``containment`` (of the
    shorter one's idf mass, when both hold ``min_contained_terms``) at least this high.
    A sentence restates another when they share a telling number and pass both
    ``restated_cosine`` and ``restated_containment``, or share ``shared_phrases`` phrases and
    pass ``rephrased_containment``: a phrase is a bigram both write in lower case
    (:func:`~newsbrief.represent.phrases_in_lower_case`) that at most
    ``phrase_max_sentences`` sentences of the cluster hold, the wording of one fact rather
    than of the whole story ("the murder", "human rights")."""

    cosine: float = 0.5
    containment: float = 0.7
    min_contained_terms: int = 4
    restated_cosine: float = 0.3
    restated_containment: float = 0.45
    shared_phrases: int = 2
    rephrased_containment: float = 0.5
    phrase_max_sentences: int = 4


@dataclass(frozen=True)
class _Comparison:
    """One sentence against all: how strongly each says the same (0: not), which say the same
    or restate it, and which would say only part of it: shorter, below the cosine, so that only
    their own content's containment in it can make them say the same."""

    strength: np.ndarray
    restating: np.ndarray
    partial: np.ndarray


class Redundancy:
    """Similarity of any one sentence to all the others, under a :class:`SimilarityRule`."""

    def __init__(
        self,
        sentences: Sequence[Sentence],
        analysis: Analysis,
        vectors: SentenceVectors,
        rule: SimilarityRule = SimilarityRule(),
    ):
        self.sentences = sentences
        self.rule = rule
        self._analysis = analysis
        self._phrases = _Phrases.of(analysis, rule.phrase_max_sentences)
        self._tfidf = vectors.tfidf
        self._presence = vectors.presence
        self._weighted = sparse.csr_matrix(vectors.presence.multiply(vectors.idf[np.newaxis, :]))
        self._mass = np.asarray(self._weighted.sum(axis=1)).ravel()
        self._term_counts = np.diff(vectors.presence.indptr)
        self._numbers = vectors.numbers
        self._asked: dict[int, _Comparison] = {}  # the same few chosen sentences are asked about repeatedly

    def strength(self, index: int) -> np.ndarray:
        """For every sentence, how strongly it says what sentence ``index`` says: its cosine
        or containment where either passes the rule, else 0; the sentence itself gets 1."""
        return self._compared(index).strength

    def same_as(self, index: int) -> np.ndarray:
        """Indices of the sentences that say what sentence ``index`` says, itself included."""
        return np.flatnonzero(self.strength(index))

    def restating(self, index: int) -> np.ndarray:
        """Indices of the sentences that say what sentence ``index`` says or restate one of
        its telling numbers, itself included: what a summary holding it has said."""
        return self._compared(index).restating

    def _compared(self, index: int) -> _Comparison:
        if index not in self._asked:
            self._asked[index] = self._compare(index)
        return self._asked[index]

    def _compare(self, index: int) -> _Comparison:
        rule = self.rule
        cosine = self._tfidf @ _dense_row(self._tfidf, index)
        shared = self._presence @ _dense_row(self._weighted, index)
        share_held = shared / np.maximum(np.minimum(self._mass, self._mass[index]), 1e-12)
        enough_terms = np.minimum(self._term_counts, self._term_counts[index]) >= rule.min_contained_terms
        contained = np.where(enough_terms, share_held, 0.0)
        strength = np.maximum(
            np.where(cosine >= rule.cosine, cosine, 0.0),
            np.where(contained >= rule.containment, contained, 0.0),
        )
        strength[index] = 1.0
        said = strength > 0
        figures = self._telling_numbers(index)
        if len(figures):
            numbers = np.zeros(len(self._numbers))
            numbers[figures] = 1.0
            shares_number = (self._presence @ numbers) > 0
            # However few its words: the number and the cosine tell the fact ("More than 5,500
            # people were injured." after "... bombings ... injured more than 5,500 people.").
            said |= shares_number & (cosine >= rule.restated_cosine) & (share_held >= rule.restated_containment)
        phrases = self._phrases.of_sentence(index)
        if len(phrases) >= rule.shared_phrases:
            # A phrase's few holders, not every sentence: the same cost at 10 articles and 2,000.
            holders, shared = np.unique(
                np.concatenate([self._phrases.holders(phrase) for phrase in phrases]), return_counts=True
            )
            candidates = [
                int(other)
                for other in holders[shared >= rule.shared_phrases]
                if not said[other] and contained[other] >= rule.rephrased_containment
            ]
            if candidates:
                written = phrases_in_lower_case(self.sentences[index].text, self._analysis.language)
                for other in candidates:
                    said[other] = self._rephrases(other, phrases, figures, written)
        partial = (cosine < rule.cosine) & (self._mass < self._mass[index])
        return _Comparison(strength, np.flatnonzero(said), partial)

    def _telling_numbers(self, index: int) -> np.ndarray:
        """The columns of the telling numbers sentence ``index`` holds."""
        terms = self._presence.indices[self._presence.indptr[index] : self._presence.indptr[index + 1]]
        return terms[self._numbers[terms]]

    def _rephrases(self, other: int, phrases: np.ndarray, figures: np.ndarray, written: set[str]) -> bool:
        """Whether sentence ``other``, which holds ``rule.shared_phrases`` of a chosen sentence's
        ``phrases`` as bigrams and passes ``rule.rephrased_containment`` with it, writes that many
        of them in lower case as the chosen one does (``written``, its
        :func:`~newsbrief.represent.phrases_in_lower_case`) and gives no other figure than its
        telling numbers, ``figures``."""
        other_figures = self._telling_numbers(other)
        if len(figures) and len(other_figures) and not len(np.intersect1d(figures, other_figures)):
            # "revenue rose 11 percent" against "revenue 12% higher": outlets that disagree on a
            # figure are each said, where a brief may show both (newsbrief.figures).
            return False
        codes, _ = self._analysis.concept_ids()
        shared_phrases = np.intersect1d(phrases, self._phrases.of_sentence(other), assume_unique=True)
        shared = {self._analysis.bigram_name(codes[phrase]) for phrase in shared_phrases}
        in_lower_case = written & phrases_in_lower_case(self.sentences[other].text, self._analysis.language)
        return len(shared & in_lower_case) >= self.rule.shared_phrases

    def sources_of(self, index: int) -> tuple[str, ...]:
        """The documents that carry sentence ``index``'s content, in cluster order."""
        return tuple(self.evidence_of(index))

    def evidence_of(self, index: int, states: Callable[[int], bool] | None = None) -> dict[str, int]:
        """For each source document, in cluster order, its sentence closest to sentence
        ``index`` (``index`` itself in its own document). With ``states``, a sentence that says
        only part of sentence ``index`` is evidence only where ``states`` tells that it states
        something a source can be cited for: "What proportion of people die when infected with
        West Nile virus?" is contained in "… seven people in the New York City area died …", and
        asks what that says."""
        comparison = self._compared(index)
        strength = comparison.strength
        best: dict[str, int] = {}
        for i in np.flatnonzero(strength):
            if states is not None and comparison.partial[i] and not states(int(i)):
                continue
            document = self.sentences[i].document_id
            if document not in best or strength[i] > strength[best[document]]:
                best[document] = int(i)
        best[self.sentences[index].document_id] = index
        return dict(sorted(best.items(), key=lambda item: self.sentences[item[1]].document_rank))


@dataclass(frozen=True)
class _Phrases:
    """The bigrams that only a few sentences hold (:meth:`of`), the only ones two sentences can
    share as a phrase, as indices among the cluster's distinct bigrams
    (:meth:`~newsbrief.represent.Analysis.concept_ids`), grouped two ways: sentence ``i``'s are
    ``ids[sentence_starts[i]:sentence_starts[i + 1]]``, sorted, and the sentences holding
    phrase ``p`` are ``sentences[phrase_starts[p]:phrase_starts[p + 1]]``."""

    sentence_starts: np.ndarray
    ids: np.ndarray
    phrase_starts: np.ndarray
    sentences: np.ndarray

    @classmethod
    def of(cls, analysis: Analysis, max_sentences: int) -> _Phrases:
        """The phrases of ``analysis``: the bigrams that two to ``max_sentences`` sentences hold."""
        codes, ids = analysis.concept_ids()
        # Each sentence's bigrams are distinct, so counting occurrences counts sentences.
        held_by = np.bincount(ids, minlength=len(codes))
        kept = ((held_by >= 2) & (held_by <= max_sentences))[ids]
        # The bigrams come sorted by sentence, and by code within it.
        rows, ids = analysis.bigram_rows[kept], ids[kept]
        return cls(
            sentence_starts=_group_starts(rows, analysis.sentences),
            ids=ids,
            phrase_starts=_group_starts(ids, len(codes)),
            sentences=rows[np.argsort(ids, kind="stable")],
        )

    def of_sentence(self, index: int) -> np.ndarray:
        return self.ids[self.sentence_starts[index] : self.sentence_starts[index + 1]]

    def holders(self, phrase: int) -> np.ndarray:
        return self.sentences[self.phrase_starts[phrase] : self.phrase_starts[phrase + 1]]


def _group_starts(keys: np.ndarray, count: int) -> np.ndarray:
    """Where each key's run starts in ``keys`` sorted, for keys ``0 … count - 1``."""
    starts = np.zeros(count + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys, minlength=count), out=starts[1:])
    return starts


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
