"""Represent: sentences as stemmed content terms, bigram concepts and sparse TF-IDF vectors.

Spun copies rename things ("Russian Federation" for "Russia") and outlets write numbers
as words or digits; both are folded to one form before tokens are compared, so that the
same fact in two outlets has the same terms.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import Stemmer
from scipy import sparse


# Spun copies and style guides name the same country in several ways.
_VARIANTS: tuple[tuple[str, str], ...] = (
    (r"\bRussian Federation\b", "Russia"),
    (r"\bUnited States(?: of America)?\b|\bU\.S\.A?\.?(?=\W|$)|\bU\.S(?=-)|\bUSA?\b", "USA"),
    (r"\bUnited Kingdom\b|\bU\.K\.?(?=\W|$)|\bGreat Britain\b|\bUK\b", "Britain"),
    (r"\bUnited Nations\b|\bU\.N\.?(?=\W|$)|\bUN\b", "UN"),
    (r"\bEuropean Union\b|\bE\.U\.?(?=\W|$)|\bEU\b", "EU"),
)
# One pass over the text for all variants: the matching group names its canonical form.
_VARIANT_PATTERN = re.compile("|".join(f"(?P<v{i}>{pattern})" for i, (pattern, _) in enumerate(_VARIANTS)))
_CANONICAL = {f"v{i}": canonical for i, (_, canonical) in enumerate(_VARIANTS)}
_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?")
# Function words, reporting verbs and contraction pieces. No number words: "three million"
# must stay a fact, not vanish.
STOP_WORDS = frozenset(
    """a about above after again against all almost along already also although always am among an and
    another any anyone anything are around as at be became because become been before being below between
    both but by can cannot could did do does doing done down during each either else enough even ever every
    few for from further had has have having he her here hers herself him himself his how however i if in
    into is it its itself just last least less like made make many may me might more most much must my
    myself neither no nor not now of off often on once only or other others otherwise our ours ourselves
    out over own per perhaps quite rather s same says said see seem seemed several she should since so
    some such t than that the their theirs them themselves then there these they this those though through
    thus to told too toward towards under until up upon us very via was we well were what whatever when
    where whether which while who whom whose why will with within without would yet you your yours
    yourself yourselves ll re ve d m""".split()
)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    # PyStemmer keeps its own cache of recent words, which makes repeated words nearly free.
    stemmer = Stemmer.Stemmer("english")
    stemmer.maxCacheSize = 100_000
    return stemmer


def canonical_text(text: str) -> str:
    return _VARIANT_PATTERN.sub(lambda match: _CANONICAL[match.lastgroup], text)


def tokens(text: str) -> list[str]:
    """Lower-cased word and number tokens with variants folded; numbers lose their commas."""
    found = _TOKEN.findall(canonical_text(text).lower())
    return [_NUMBER_WORDS.get(token, token.replace(",", "")) for token in found]


def stem_tokens(words: Sequence[str]) -> list[str]:
    return _stemmer().stemWords(list(words))


@dataclass(frozen=True)
class Terms:
    """What one sentence is about.

    ``content``: stemmed tokens without stop words. ``bigrams``: adjacent stemmed token pairs
    of which at least one is a content word (ICSISumm's concepts).
    """

    content: tuple[str, ...]
    bigrams: frozenset[str]


def analyze(text: str) -> Terms:
    words = tokens(text)
    stems = stem_tokens(words)
    stop = [word in STOP_WORDS for word in words]
    content = tuple(stem for word, stem, is_stop in zip(words, stems, stop) if word.isdigit() or (not is_stop and len(word) > 1))
    bigrams = frozenset(f"{stems[i]} {stems[i + 1]}" for i in range(len(words) - 1) if not (stop[i] and stop[i + 1]))
    return Terms(content=content, bigrams=bigrams)


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


def vectorize(terms: Sequence[Terms]) -> SentenceVectors:
    """TF-IDF over the cluster's own sentences (no outside corpus, so nothing to download):
    sublinear term frequency, smoothed idf, L2-normalised rows."""
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    counts: list[float] = []
    for row, sentence_terms in enumerate(terms):
        for term, count in Counter(sentence_terms.content).items():
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
            counts.append(count)
    shape = (len(terms), len(vocabulary))
    presence = sparse.csr_matrix((np.ones(len(counts)), (rows, columns)), shape=shape)
    document_frequency = np.bincount(np.asarray(columns, dtype=np.int64), minlength=len(vocabulary))
    idf = np.log((1 + shape[0]) / (1 + document_frequency)) + 1.0
    weights = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * idf[np.asarray(columns, dtype=np.int64)]
    tfidf = sparse.csr_matrix((weights, (rows, columns)), shape=shape)
    norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
    tfidf = sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ tfidf
    return SentenceVectors(tfidf=tfidf.tocsr(), presence=presence, idf=idf)
