"""Represent: sentences as stemmed content terms, bigram concepts and sparse TF-IDF vectors.

Spun copies rename things ("Russian Federation" for "Russia") and outlets write numbers
as words or digits; both are folded to one form before tokens are compared, so that the
same fact in two outlets has the same terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import Stemmer
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from .model import Sentence

# Spun copies and style guides name the same country in several ways.
_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), canonical)
    for pattern, canonical in (
        (r"\bRussian Federation\b", "Russia"),
        (r"\bUnited States(?: of America)?\b|\bU\.S\.A?\.?(?=\W|$)|\bU\.S(?=-)|\bUSA?\b", "USA"),
        (r"\bUnited Kingdom\b|\bU\.K\.?(?=\W|$)|\bGreat Britain\b|\bUK\b", "Britain"),
        (r"\bUnited Nations\b|\bU\.N\.?(?=\W|$)|\bUN\b", "UN"),
        (r"\bEuropean Union\b|\bE\.U\.?(?=\W|$)|\bEU\b", "EU"),
    )
)
_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?")
# The stop list keeps no number words: "three million" must stay a fact, not vanish.
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS - set(_NUMBER_WORDS)) | {"s", "t", "said", "says", "told", "would", "could"}


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def canonical_text(text: str) -> str:
    for pattern, canonical in _VARIANTS:
        text = pattern.sub(canonical, text)
    return text


def tokens(text: str) -> list[str]:
    """Lower-cased word and number tokens with variants folded; numbers lose their commas."""
    found = _TOKEN.findall(canonical_text(text).lower())
    return [_NUMBER_WORDS.get(token, token.replace(",", "")) for token in found]


def stem_tokens(words: Sequence[str]) -> list[str]:
    return _stemmer().stemWords(list(words))


def content_terms(text: str) -> list[str]:
    """Stemmed tokens without stop words: what a sentence is about."""
    return stem_tokens([token for token in tokens(text) if token.isdigit() or (token not in STOP_WORDS and len(token) > 1)])


def bigram_concepts(text: str) -> set[str]:
    """Adjacent stemmed token pairs where at least one token is a content word (ICSISumm's concepts)."""
    words = tokens(text)
    stems = stem_tokens(words)
    return {
        f"{stems[i]} {stems[i + 1]}"
        for i in range(len(words) - 1)
        if not (words[i] in STOP_WORDS and words[i + 1] in STOP_WORDS)
    }


@dataclass(frozen=True)
class SentenceVectors:
    """Row ``i`` of each matrix describes sentence ``i``.

    ``tfidf`` holds L2-normalised TF-IDF rows (cosine similarity is a dot product);
    ``presence`` holds 0/1 term rows and ``idf`` the weight of each column.
    """

    tfidf: sparse.csr_matrix
    presence: sparse.csr_matrix
    idf: np.ndarray

    def weighted_term_mass(self) -> np.ndarray:
        """The summed idf of each sentence's distinct terms."""
        return np.asarray(self.presence @ self.idf).ravel()


def vectorize(sentences: Sequence[Sentence]) -> SentenceVectors:
    """TF-IDF over the cluster's own sentences; no outside corpus, so no download."""
    if not sentences:
        empty = sparse.csr_matrix((0, 0))
        return SentenceVectors(tfidf=empty, presence=empty, idf=np.zeros(0))
    vectorizer = TfidfVectorizer(analyzer=content_terms, sublinear_tf=True, norm="l2", dtype=np.float64)
    try:
        tfidf = vectorizer.fit_transform([sentence.text for sentence in sentences]).tocsr()
    except ValueError:  # no sentence has a single content term
        empty = sparse.csr_matrix((len(sentences), 0))
        return SentenceVectors(tfidf=empty, presence=empty, idf=np.zeros(0))
    presence = tfidf.copy()
    presence.data[:] = 1.0
    return SentenceVectors(tfidf=tfidf, presence=presence, idf=vectorizer.idf_)
