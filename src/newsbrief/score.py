"""Score: what each sentence is worth.

Two kinds of worth are offered. Concept weights (ICSISumm, Gillick & Favre 2009): a bigram
concept weighs the number of stories that contain it, so facts carried by many outlets
count most, and an outlet's copies of one story count once. Centroid similarity (Radev et
al. 2004): the cosine between a sentence and the cluster's mean TF-IDF vector. A lead prior
favours each document's opening sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .model import Sentence
from .redundancy import story_groups
from .represent import Analysis, SentenceVectors, analyze, sorted_distinct


@dataclass(frozen=True)
class ConceptMatrix:
    """0/1 sentence-by-concept matrix of the concepts that carry weight, their weights and names;
    how many stories the cluster holds, and the most of them that carry any one word pair
    (``widest_agreement``: below 2 when no two stories share one)."""

    matrix: sparse.csr_matrix
    weights: np.ndarray
    concepts: tuple[str, ...]
    stories: int
    widest_agreement: int


def concept_matrix(
    sentences: Sequence[Sentence],
    analysis: Analysis,
    same_story: float | None = 0.4,
    copies_count_once: bool = True,
    two_story_agreement: bool = True,
    attribution_from: int | None = None,
) -> ConceptMatrix:
    """Concept weight = number of stories containing the concept.

    A story is a document, or several documents that are copies or versions of one story
    (:func:`~newsbrief.redundancy.story_groups` at ``same_story``; ``None`` keeps every
    document apart): a fact carried by one wire story and its three updates is carried once.
    With ``copies_count_once``, a sentence found word for word in several stories (an agency's
    background paragraph pasted into other reports) counts for the first story that has it only.
    With three or more stories only concepts in at least two count: one outlet's phrasing is
    not yet a fact of the event. Fewer stories cannot outvote each other, so there a concept
    counts once per sentence that mentions it (a copy is not another), from two on; with
    ``two_story_agreement`` that count is multiplied by the number of stories that carry it:
    what both of two outlets report weighs double, the one agreement such a cluster can show.
    From ``attribution_from`` stories on, a word pair written with an attribution verb
    ("officials said", "according to") is no concept: every outlet attributes, so with many
    outlets such a pair's count measures the convention, not a fact.
    """
    codes, concept_ids = analysis.concept_ids()
    rows = analysis.bigram_rows
    document_ids = {document: n for n, document in enumerate(dict.fromkeys(s.document_id for s in sentences))}
    document_of_row = np.array([document_ids[s.document_id] for s in sentences], dtype=np.int64)
    story_of_document = np.arange(len(document_ids))
    # Fewer than three documents count mentions whatever their stories, so only more are grouped.
    if same_story is not None and len(document_ids) >= 3:
        carried = _carried(concept_ids, document_of_row[rows], len(document_ids), len(codes))
        story_of_document = story_groups(carried, same_story)
    stories = int(story_of_document.max()) + 1 if len(document_ids) else 0
    if attribution_from is not None and stories >= attribution_from:
        kept = ~analysis.bigram_attributions
        rows, concept_ids = rows[kept], concept_ids[kept]
    first_row: dict[str, int] = {}
    copied_from = np.array(
        [first_row.setdefault(s.text, row) if copies_count_once else row for row, s in enumerate(sentences)],
        dtype=np.int64,
    )
    story_of_row = story_of_document[document_of_row[copied_from]]
    per_concept = max(stories, 1)
    carriers = stories_carrying(concept_ids, story_of_row[rows], per_concept, len(codes))
    counts = carriers
    if stories < 3:
        first_copy = (copied_from == np.arange(len(sentences)))[rows]
        mentions = np.bincount(concept_ids[first_copy], minlength=len(codes))
        counts = mentions * carriers if two_story_agreement else mentions
    weighty = counts >= 2
    column = np.cumsum(weighty) - 1
    keep = weighty[concept_ids]
    matrix = sparse.csr_matrix(
        (np.ones(int(keep.sum())), (rows[keep], column[concept_ids[keep]])),
        shape=(analysis.sentences, int(weighty.sum())),
    )
    names = tuple(analysis.bigram_name(code) for code in codes[weighty])
    widest_agreement = int(carriers.max()) if carriers.size else 0
    if widest_agreement < 2 and copies_count_once and stories >= 2 and concept_ids.size:
        # Copies counted once share nothing by construction; two copies of one text still agree.
        widest_agreement = int(
            stories_carrying(concept_ids, story_of_document[document_of_row[rows]], per_concept, len(codes)).max()
        )
    return ConceptMatrix(
        matrix=matrix,
        weights=counts[weighty].astype(float),
        concepts=names,
        stories=stories,
        widest_agreement=widest_agreement,
    )


def stories_carrying(concept_ids: np.ndarray, story_ids: np.ndarray, stories: int, concepts: int) -> np.ndarray:
    """For each concept, how many stories carry it, from the concept and the story of each occurrence."""
    pairs = sorted_distinct(concept_ids * stories + story_ids)
    return np.bincount(pairs // stories, minlength=concepts)


def _carried(concept_ids: np.ndarray, document_ids: np.ndarray, documents: int, concepts: int) -> sparse.csc_matrix:
    """0/1 document-by-concept matrix from the concept and the document of each occurrence."""
    pairs = sorted_distinct(concept_ids * documents + document_ids)
    concept_of_pair, document_of_pair = np.divmod(pairs, documents)
    # Sorted by concept, the distinct pairs are the compressed columns of the matrix.
    column_starts = np.searchsorted(concept_of_pair, np.arange(concepts + 1))
    return sparse.csc_matrix(
        (np.ones(len(pairs), dtype=np.int32), document_of_pair, column_starts), shape=(documents, concepts)
    )


# Words of instructions rather than of topics: "Discuss conditions on ... Include the benefits".
QUERY_TASK_WORDS = frozenset(
    "describ discuss includ identifi inform regard provid explain specif detail report give exampl kind type way".split()
)


def query_relevance(
    analysis: Analysis, query: str, weight: float, elsewhere: float, language: str = "en"
) -> np.ndarray | None:
    """How much each sentence's gain counts for a query: ``1 + weight`` × the share of the
    query's topic words (its content stems but words of instructions, among those the cluster
    uses) the sentence holds, and ``elsewhere`` for a sentence that holds none, so that the
    brief tells what the query asks about before anything else. ``None`` when no sentence
    holds one: the query cannot focus the brief."""
    topic = set(analyze(query, language).content) - QUERY_TASK_WORDS
    codes = np.array([code for code, stem in enumerate(analysis.stems) if stem in topic], dtype=np.int64)
    held = np.isin(analysis.content_stems, codes)
    if not held.any():
        return None
    # Each (sentence, topic word) pair once, however often the sentence repeats the word.
    pairs = np.unique(analysis.content_rows[held].astype(np.int64) * len(analysis.stems) + analysis.content_stems[held])
    share = np.bincount(pairs // len(analysis.stems), minlength=analysis.sentences) / len(codes)
    return np.where(share > 0, 1.0 + weight * share, elsewhere)


def off_topic_stories(sentences: Sequence[Sentence], concepts: sparse.csr_matrix) -> np.ndarray:
    """Whether each sentence is in a story none of whose sentences holds a concept of
    ``concepts`` (the ones that weigh, :func:`concept_matrix`), while another story of the
    cluster's does: with three or more stories, nothing that story says is said by another. A
    crawl puts such pages into clusters (a shop's "The maximum quantity of an item that can
    purchased in each transaction is 99.", a site's "Click here to go to the home page."), and
    their first sentence, which no concept recommends, was chosen on the lead prior alone. Most
    documents tell one story; a page that runs several (a wire's digest, a news-in-brief page:
    :attr:`~newsbrief.model.Sentence.story`) may report the event in one and other news in the
    rest, and its first item, "Prince Charles opened a new wing of a children's hospital ...",
    came first in a brief on floods in Valencia on the lead prior alone. None is marked when no
    story holds a concept (a lone short story): a cluster without a topic has nothing to be off."""
    holds = concepts.getnnz(axis=1) > 0
    stories = [(sentence.document_id, sentence.story) for sentence in sentences]
    on_topic = {story for story, held in zip(stories, holds) if held}
    if not on_topic:
        return np.zeros(len(sentences), dtype=bool)
    return np.array([story not in on_topic for story in stories], dtype=bool)


def off_topic_documents(sentences: Sequence[Sentence], off_topic: np.ndarray) -> tuple[str, ...]:
    """The documents all of whose sentences ``off_topic`` (:func:`off_topic_stories`) marks, in
    cluster order: the pages a warning names as skipped. A page of several stories one of which
    reports the event is not among them."""
    on_topic = {sentence.document_id for sentence, off in zip(sentences, off_topic) if not off}
    return tuple(dict.fromkeys(s.document_id for s in sentences if s.document_id not in on_topic))


def position_prior(sentences: Sequence[Sentence], lead_share: float, document_exponent: float = 0.5) -> np.ndarray:
    """Per-sentence prior, as a share of a concept weight: ``lead_share`` for the first sentence
    of a lone document, falling linearly to 0 at its end, divided by the number of documents
    raised to ``document_exponent``.

    Lead position is a strong signal in news, but with many documents, document frequency
    already says what matters and the prior should step back; with one or two documents
    document frequency says little and position is most of the evidence. On the development
    sets the square root kept the 25-document DUC sets where a fixed prior had them and lifted
    the 3-document Multi-News clusters (docs/benchmarks.md, "Ablations of the settings").
    """
    documents = len({sentence.document_id for sentence in sentences})
    scale = lead_share / max(documents, 1) ** document_exponent
    return np.array([scale * (1.0 - sentence.position) for sentence in sentences])


def centroid_similarity(vectors: SentenceVectors) -> np.ndarray:
    if vectors.tfidf.shape[1] == 0:
        return np.zeros(vectors.tfidf.shape[0])
    centroid = np.asarray(vectors.tfidf.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    if norm == 0:
        return np.zeros(vectors.tfidf.shape[0])
    return np.asarray(vectors.tfidf @ (centroid / norm)).ravel()
