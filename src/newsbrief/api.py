"""The one library call: a cluster and a budget in, a sourced summary out.

    ingest -> clean -> language -> split -> represent -> redundancy -> score -> select -> order -> figures

The CLI, the HTTP server and the batch runner all call :func:`summarize` (or a configured
:class:`Summarizer`) and add nothing of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from .clean import clean_cluster, unspaced_script, words_with_lost_characters
from .eligibility import Eligibility, StandaloneRule, states_something
from .errors import InputError, NewsbriefError
from .figures import other_figures
from .language import ENGLISH, OneLanguage, in_one_language, language_code
from .model import Budget, Cluster, Document, Evidence, Sentence, Summary, SummarySentence
from .order import brief_order
from .redundancy import Redundancy, SimilarityRule
from .represent import Analysis, SentenceVectors, analyze_cluster, vectorize
from .score import (
    centroid_similarity,
    concept_matrix,
    off_topic_documents,
    off_topic_stories,
    position_prior,
    query_relevance,
)
from .select import ConceptCoverage, MarginalRelevance, budgeted_greedy, lead_selection
from .split import cluster_sentences

METHODS: dict[str, str] = {
    "coverage": "bigram concepts weighted by how many stories carry them, budgeted greedy coverage (default)",
    "centroid": "similarity to the cluster's TF-IDF centroid with maximal marginal relevance",
    "lead": "first sentences of each document in turn (baseline)",
}
DEFAULT_METHOD = "coverage"
# The methods that weigh what they choose by a query; the others summarize as if given none.
QUERY_METHODS = frozenset({"coverage"})
# How the warning for a document that cleaning left without text ends, after "document ID: ".
EMPTIED_BY_CLEANING = "no article text left after cleaning"


class UnknownMethodError(NewsbriefError):
    pass


@dataclass(frozen=True)
class Summarizer:
    """A configured summarizer; every knob is here, none is global.

    ``lead_prior`` is the share of the mean concept weight granted to the first sentence of a
    lone document, falling linearly to 0 at its end and divided by the number of documents
    raised to ``lead_prior_exponent`` (:func:`~newsbrief.score.position_prior`);
    ``cost_exponent`` is Lin & Bilmes' *r*; with a query (``coverage`` only; with none the
    summary is generic) a sentence's gain counts ``1 + query_weight`` × the share of the query's
    topic words it holds, and ``query_elsewhere`` times when it holds none
    (:func:`~newsbrief.score.query_relevance`); ``same_story`` is the share of the smaller
    document's concepts two documents must share to count as one story in concept weights
    (``None``: every document is its own), with ``copies_count_once`` a sentence pasted word for
    word into several stories counts for one of them, and with ``two_story_agreement`` a concept
    both stories of a two-story cluster carry weighs double, and from ``attribution_from``
    stories on a word pair written with an attribution verb ("officials said") is no concept
    (``None``, the default: never; a candidate measured in docs/benchmarks.md)
    (:func:`~newsbrief.score.concept_matrix`). ``language`` is the ISO 639 code of the brief's
    language: the documents told to be in another are set aside, and its rules split the
    sentences and read their words; ``None``, the language most documents are in (English when
    it cannot be told).
    """

    method: str = DEFAULT_METHOD
    language: str | None = None
    similarity: SimilarityRule = field(default_factory=SimilarityRule)
    standalone: StandaloneRule = field(default_factory=StandaloneRule)
    cost_exponent: float = 0.5
    lead_prior: float = 2.0
    lead_prior_exponent: float = 0.5
    mmr_trade_off: float = 0.7
    query_weight: float = 2.0
    query_elsewhere: float = 0.25
    same_story: float | None = 0.4
    copies_count_once: bool = True
    two_story_agreement: bool = True
    attribution_from: int | None = None

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise UnknownMethodError(f"unknown method {self.method!r}; choose one of: {', '.join(METHODS)}")
        if self.language is not None:
            object.__setattr__(self, "language", language_code(self.language))

    def summarize(self, cluster: Cluster, budget: Budget = Budget(), query: str | None = None) -> Summary:
        """A summary of ``cluster`` within ``budget``; with a ``query`` (a topic statement or
        question), the sentences that hold its words come first."""
        candidates = candidate_sentences(cluster, self.language)
        readable, sentences = candidates.readable, candidates.sentences
        warnings = _silent_documents(cluster.documents, sentences, readable, asked=self.language is not None)
        warnings.extend(_damaged_documents(readable.cluster.documents))
        analysis = analyze_cluster([sentence.text for sentence in sentences], candidates.language)
        vectors = vectorize(analysis)
        redundancy = Redundancy(sentences, analysis, vectors, self.similarity)
        chosen_from = self._eligible(sentences, readable, candidates.language, warnings)
        chosen = self._select(
            sentences, analysis, vectors, redundancy, chosen_from, budget, query, candidates.language, warnings
        )
        if sentences and budget.limit > 0 and not chosen:
            warnings.append(f"no sentence fits a budget of {budget.limit} {budget.unit}")
        ordered = brief_order(chosen, sentences, redundancy, chosen_from)
        published = {document.id: document.published for document in readable.cluster.documents}
        return Summary(
            cluster_id=cluster.id,
            sentences=tuple(
                _summary_sentence(sentences, redundancy, i, published, candidates.language) for i in ordered
            ),
            documents=readable.cluster.documents,
            method=self.method,
            budget=budget,
            warnings=tuple(warnings),
            query=query or None,
        )

    def _eligible(
        self, sentences: list[Sentence], readable: OneLanguage, language: str, warnings: list[str]
    ) -> Eligibility:
        chosen_from = Eligibility(sentences, self.standalone, language)
        if not sentences and readable.set_aside:
            warnings.append(f"no document in '{readable.language}' holds article text")
        elif not sentences:
            warnings.append("no sentences left after cleaning: the input holds no article text")
        elif chosen_from.fallback:
            warnings.append("no sentence reads well on its own; choosing among all sentences")
        return chosen_from

    def _select(
        self,
        sentences: list[Sentence],
        analysis: Analysis,
        vectors: SentenceVectors,
        redundancy: Redundancy,
        chosen_from: Eligibility,
        budget: Budget,
        query: str | None,
        language: str,
        warnings: list[str],
    ) -> list[int]:
        if query and self.method not in QUERY_METHODS:
            warnings.append(f"method {self.method} does not use the query (coverage does); the brief is generic")
        if self.method == "lead":
            return lead_selection(chosen_from, sentences, redundancy, budget)
        if self.method == "centroid":
            relevance = centroid_similarity(vectors)
            return budgeted_greedy(
                MarginalRelevance(relevance, vectors.tfidf, self.mmr_trade_off),
                chosen_from, sentences, redundancy, budget, self.cost_exponent,
            )
        concepts = concept_matrix(
            sentences, analysis, self.same_story, self.copies_count_once, self.two_story_agreement, self.attribution_from
        )
        off_topic = off_topic_stories(sentences, concepts.matrix)
        # Stories that share nothing have no topic for one of them to be off.
        if concepts.stories >= 2 and concepts.widest_agreement < 2:
            warnings.append(f"the {concepts.stories} stories share no word pair: they may not report one event")
        else:
            warnings.extend(
                f"document {document_id}: skipped as off-topic: none of its word pairs recurs in another story"
                for document_id in off_topic_documents(sentences, off_topic)
            )
        relevance = None
        if query:
            relevance = query_relevance(analysis, query, self.query_weight, self.query_elsewhere, language)
            if relevance is None:
                warnings.append("no sentence holds a word of the query; the brief is generic")
        return self.cover_concepts(
            sentences,
            concepts.matrix,
            concepts.weights,
            off_topic,
            chosen_from,
            redundancy,
            budget,
            relevance,
        )

    def cover_concepts(
        self,
        sentences: list[Sentence],
        concepts: sparse.csr_matrix,
        weights: np.ndarray,
        off_topic: np.ndarray,
        chosen_from: Eligibility,
        redundancy: Redundancy,
        budget: Budget,
        relevance: np.ndarray | None = None,
    ) -> list[int]:
        """The ``coverage`` method's choice given each concept's weight: budgeted greedy
        coverage of the 0/1 sentence-by-concept matrix ``concepts``, with the lead prior for
        the sentences ``off_topic`` does not mark (:func:`~newsbrief.score.off_topic_stories` of
        that matrix), each sentence's gain times its ``relevance`` to a query. Experiments with
        other weights (``bench/learned_weights.py``) select through it."""
        weighing = weights[weights > 0]
        # The prior is a share of the mean weight of the concepts that weigh, so that it keeps
        # its strength whatever the scale of the weights.
        mean_weight = float(weighing.mean()) if weighing.size else 1.0
        prior = mean_weight * position_prior(sentences, self.lead_prior, self.lead_prior_exponent)
        prior[off_topic] = 0.0
        return budgeted_greedy(
            ConceptCoverage(concepts, weights, prior, relevance),
            chosen_from, sentences, redundancy, budget, self.cost_exponent,
        )


@dataclass(frozen=True)
class Candidates:
    """What a summary chooses from: the cluster cleaned and kept to one language
    (``readable``), the language its words are read in, and its sentences."""

    readable: OneLanguage
    language: str
    sentences: list[Sentence]


def candidate_sentences(cluster: Cluster, language: str | None = None) -> Candidates:
    """The cluster cleaned, kept to its documents in ``language`` (by default, in the language
    most of them are in) and split into sentences by that language's rules: German writes
    "ca. 5 Mio. Euro" and "am 3. Oktober" inside a sentence, and its "der" and "und" are stop
    words. The experiments in ``bench/`` that choose in their own way start from here too."""
    readable = in_one_language(clean_cluster(cluster), None if language is None else language_code(language))
    language = readable.language or ENGLISH
    return Candidates(readable, language, cluster_sentences(readable.cluster, language))


def summarize(
    cluster: Cluster, budget: Budget = Budget(), method: str = DEFAULT_METHOD, query: str | None = None
) -> Summary:
    """Summarize one cluster with the default settings of ``method``."""
    return Summarizer(method=method).summarize(cluster, budget, query)


@dataclass(frozen=True)
class Focus:
    """What the briefs of several clusters are focused on: ``query``, the same for every
    cluster, or with ``own`` the topic statement each cluster carries (its record's "query", as
    in DUC); by default nothing, and the briefs are generic."""

    query: str | None = None
    own: bool = False

    def __post_init__(self) -> None:
        if self.query is not None and self.own:
            raise ValueError("a focus is one query for every cluster or each cluster's own, not both")

    def query_for(self, cluster: Cluster) -> str | None:
        if not self.own:
            return self.query
        if not cluster.query:
            raise InputError(f'{cluster.id}: the cluster has no "query" to focus its brief on')
        return cluster.query


def _summary_sentence(
    sentences: list[Sentence], redundancy: Redundancy, index: int, published: Mapping[str, str | None], language: str
) -> SummarySentence:
    chosen = sentences[index]
    carriers = redundancy.evidence_of(index, lambda i: states_something(sentences[i].text, language))
    evidence = tuple(Evidence(document_id, sentences[i].text) for document_id, i in carriers.items())
    return SummarySentence(
        text=chosen.text,
        sources=tuple(item.document_id for item in evidence),
        document_id=chosen.document_id,
        index=chosen.index,
        evidence=evidence,
        other_figures=other_figures(chosen.text, evidence, published, chosen.document_id),
    )


def _silent_documents(
    documents: tuple[Document, ...], sentences: list[Sentence], readable: OneLanguage, asked: bool
) -> list[str]:
    speaking = {sentence.document_id for sentence in sentences}
    return [_why_silent(document, readable, asked) for document in documents if document.id not in speaking]


def _damaged_documents(documents: tuple[Document, ...]) -> list[str]:
    warnings = []
    for document in documents:
        damaged = words_with_lost_characters(document.text)
        if damaged:
            warnings.append(
                f"document {document.id}: {len(damaged)} words lost a character to a wrong decoding "
                f"(such as '{damaged[0]}'); sentences holding one are left out"
            )
    return warnings


def _why_silent(document: Document, readable: OneLanguage, asked: bool) -> str:
    other = readable.set_aside.get(document.id)
    if other:
        whose = "the requested language" if asked else "the cluster's language"
        return (
            f"document {document.id}: skipped: written in '{other}', "
            f"not in {whose}, '{readable.language}' (ISO 639 codes)"
        )
    language = unspaced_script(document.text)
    if language:
        return (
            f"document {document.id}: skipped: {language} is not supported "
            "(newsbrief reads languages written with spaces between words)"
        )
    return f"document {document.id}: {EMPTIED_BY_CLEANING}"
