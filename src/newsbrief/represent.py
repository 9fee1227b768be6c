"""Represent: sentences as stemmed content terms, bigram concepts and sparse TF-IDF vectors.

Spun copies rename things ("Russian Federation" for "Russia") and outlets write numbers
as words or digits; both are folded to one form before tokens are compared, so that the
same fact in two outlets has the same terms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain

import numpy as np
import Stemmer
from scipy import sparse
from stop_words import StopWordError, get_stop_words

# Spun copies and style guides name the same country in several ways.
_VARIANTS: tuple[tuple[str, str], ...] = (
    (r"\bRussian Federation\b", "Russia"),
    (r"\bUnited States(?: of America)?\b|\bU\.S\.A?\.?(?=\W|$)|\bU\.S(?=-)|\bUSA?\b", "USA"),
    (r"\bUnited Kingdom\b|\bU\.K\.?(?=\W|$)|\bGreat Britain\b|\bUK\b", "Britain"),
    (r"\bUnited Nations\b|\bU\.N\.?(?=\W|$)|\bUN\b", "UN"),
    (r"\bEuropean Union\b|\bE\.U\.?(?=\W|$)|\bEU\b", "EU"),
)
# One pass over the text for all variants: the matching group names its canonical form. Every
# variant starts with R, E, G or U; the lookahead lets the regex engine skip other positions
# at once (7 times faster on news text).
_VARIANT_PATTERN = re.compile(
    "(?=[REGU])(?:" + "|".join(f"(?P<v{i}>{pattern})" for i, (pattern, _) in enumerate(_VARIANTS)) + ")"
)
_CANONICAL = {f"v{i}": canonical for i, (_, canonical) in enumerate(_VARIANTS)}
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
# Tokens of lower-cased ASCII text: classes of ranges are a third faster to match than the
# Unicode categories of other text (``_unicode_token``).
_ASCII_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[a-z]+(?:'[a-z]+)?")
_ASCII_TOKEN_AS_WRITTEN = re.compile(_ASCII_TOKEN.pattern, re.IGNORECASE)
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

# The verbs with which news attributes what it reports, as written: "noted" and "stated", not
# their stems, which the nouns "note" and "state" share ("reported" is left out for "reports").
ATTRIBUTION_VERBS = frozenset("said says say told tells added adds according stated announced noted".split())


_PER_CENT = re.compile(r"\bper cent\b", re.IGNORECASE)
YEAR = re.compile(r"1[89]\d\d|20\d\d")
# A number a reader knows a fact by: "11 percent", "217 people", "7.4". Counts up to ten
# ("two suspects", "3 million") and years recur across the facts of a story.
_TELLING_NUMBER = re.compile(r"\d+(?:\.\d+)?")


# The Snowball stemmers PyStemmer ships, by the ISO 639-1 code the language stage reports.
SNOWBALL = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "eo": "esperanto", "es": "spanish", "et": "estonian", "eu": "basque",
    "fa": "persian", "fi": "finnish", "fr": "french", "ga": "irish", "hi": "hindi", "hu": "hungarian",
    "hy": "armenian", "id": "indonesian", "it": "italian", "lt": "lithuanian", "ne": "nepali",
    "nl": "dutch", "no": "norwegian", "pl": "polish", "pt": "portuguese", "ro": "romanian",
    "ru": "russian", "sr": "serbian", "sv": "swedish", "ta": "tamil", "tr": "turkish",
}


# Forms missing from ``stop-words`` lists that hold the other forms of their word: auxiliaries
# in the past or the subjunctive, and German's "beim" and "ans" beside its "im", "am", "zum" and
# "ins". Its German list has "werden" and "wird" but not "wurde", "wurden" or "worden", so "wurden
# dabei" was a concept of German news, where "were" is a stop word of English.
MISSING_FORMS = {
    "da": "haft blevet kan",
    "de": "wurde wurden wurdest worden sei seien wäre wären hast habt hätte hätten gehabt konnte konnten beim ans",
    "it": "stata",
    "nl": "werden hadden zullen",
    "pt": "sido",
}


@dataclass(frozen=True)
class WordRules:
    """How the words of one language are read: its stop words, its stemmer (``None``: words are
    compared as written) and its number words."""

    stop_words: frozenset[str]
    stemmer: Stemmer.Stemmer | None
    number_words: dict[str, str] = field(default_factory=dict)
    attribution_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def word_rules(language: str = "en") -> WordRules:
    """English has this module's own stop words (with reporting verbs, without number words);
    another language the stop words of the ``stop-words`` package, none if it has no list, and
    its Snowball stemmer if there is one."""
    stemmer = None
    if language in SNOWBALL:
        stemmer = Stemmer.Stemmer(SNOWBALL[language])
        # PyStemmer keeps its own cache of recent words, which makes repeated words nearly free.
        stemmer.maxCacheSize = 100_000
    if language == "en":
        return WordRules(STOP_WORDS, stemmer, NUMBER_WORDS, ATTRIBUTION_VERBS)
    try:
        # The package files Norwegian under Bokmål's code; the language stage reports "no".
        listed = get_stop_words({"no": "nb"}.get(language, language))
    except StopWordError:
        listed = []
    listed = [*listed, *MISSING_FORMS.get(language, "").split()]
    return WordRules(frozenset(word.lower().replace("’", "'") for word in listed), stemmer)


def canonical_text(text: str) -> str:
    return _VARIANT_PATTERN.sub(lambda match: _CANONICAL[match.lastgroup], text)


def tokens(text: str) -> list[str]:
    """Lower-cased word and number tokens with variants folded, as ``analyze`` reads an English
    text: numbers lose their commas, number words become digits.

    A typographic apostrophe is read as a straight one: web outlets set "Trump’s", wires
    "Trump's", and split at the typographic one the same fact gave other concepts ("trump s",
    "s ralli" for "trump ralli"), hiding the outlets' agreement. For the same reason "30%" and
    the British "30 per cent" are read as the wires' "30 percent"."""
    return [_normal_form(token, NUMBER_WORDS) for token in _written_tokens(text)]


def _written_tokens(text: str) -> list[str]:
    return _tokens_of(canonical_text(text).lower(), _ASCII_TOKEN)


def _tokens_as_written(text: str) -> list[str]:
    """The tokens of ``text`` that ``_written_tokens`` finds, in the case they are written in."""
    return _tokens_of(canonical_text(text), _ASCII_TOKEN_AS_WRITTEN)


def _tokens_of(text: str, ascii_token: re.Pattern[str]) -> list[str]:
    text = text.replace("’", "'").replace("%", " percent")
    if "per cent" in text or "Per cent" in text:
        text = _PER_CENT.sub("percent", text)
    return (ascii_token if text.isascii() else _unicode_token()).findall(text)


@lru_cache(maxsize=1)
def _unicode_token() -> re.Pattern[str]:
    """Numbers, and words of letters and the combining marks between them. ``re`` reads a
    combining mark as a non-word character, so Hindi's "सीरियाई" (Syrian) came out as four
    consonants: its vowel signs are marks, as are Arabic's and Hebrew's vowel points. Built
    on first use from the Unicode database (7 ms), which an ASCII text never needs."""
    marks = [code for code in range(0x10000) if unicodedata.category(chr(code)).startswith("M")]
    runs: list[list[int]] = []
    for code in marks:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    mark_class = "".join(
        re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else "") for first, last in runs
    )
    word = rf"[^\W\d_]+(?:[{mark_class}]+[^\W\d_]*)*"
    return re.compile(rf"\d+(?:[.,]\d+)*|{word}(?:'{word})?")


def _normal_form(token: str, number_words: dict[str, str]) -> str:
    return number_words.get(token, token.replace(",", ""))


def stem_tokens(words: Sequence[str], language: str = "en") -> list[str]:
    stemmer = word_rules(language).stemmer
    return stemmer.stemWords(list(words)) if stemmer else list(words)


def phrases_in_lower_case(text: str, language: str = "en") -> set[str]:
    """The bigrams of ``text`` (named as :meth:`Analysis.bigram_name` names them) whose two
    words are both written in lower case: a phrase of the writer's ("a problem with a cooling
    system"), where a pair with a capital mostly belongs to a name ("Attorney General Ken
    Paxton"), which many sentences about different facts share. Digits and the words of a
    script without case are in no such pair."""
    rules = word_rules(language)
    written = _tokens_as_written(text)
    forms = [_normal_form(token.lower(), rules.number_words) for token in written]
    stems = stem_tokens(forms, language)
    return {
        f"{stems[i]} {stems[i + 1]}"
        for i in range(len(written) - 1)
        if written[i].islower()
        and written[i + 1].islower()
        and not (forms[i] in rules.stop_words and forms[i + 1] in rules.stop_words)
    }


@dataclass(frozen=True)
class Terms:
    """What one sentence is about, by name.

    ``content``: stemmed tokens without stop words. ``bigrams``: adjacent stemmed token pairs
    of which at least one is a content word (ICSISumm's concepts).
    """

    content: tuple[str, ...]
    bigrams: frozenset[str]


@dataclass(frozen=True, eq=False)
class Analysis:
    """What each sentence of a cluster is about, as integer codes of the cluster's stems: the
    vectors and the concept matrix are built from these arrays by NumPy, where building a name
    for each of a cluster's bigrams and a set for each sentence was a tenth of a summary's time.

    ``stems``: the distinct stems in the order the sentences first use them; a stem's code is
    its index. ``content_rows`` and ``content_stems``: the sentence and the stem of each
    content word, in reading order. ``bigram_rows`` and ``bigram_codes``: the sentence and the
    code of each sentence's distinct bigrams (:class:`Terms`), ``first * len(stems) + second``,
    sorted by sentence; ``bigram_attributions``: whether each was written with an attribution
    verb ("officials said", "according to"; :data:`ATTRIBUTION_VERBS`). ``language``: the
    language whose word rules read the sentences.
    """

    sentences: int
    stems: tuple[str, ...]
    content_rows: np.ndarray
    content_stems: np.ndarray
    bigram_rows: np.ndarray
    bigram_codes: np.ndarray
    bigram_attributions: np.ndarray
    language: str = "en"

    def concept_ids(self) -> tuple[np.ndarray, np.ndarray]:
        """The cluster's distinct bigram codes, sorted, and each bigram's index among them
        (read-only: the concept weights and the redundancy rule both ask)."""
        return self._concept_ids

    @cached_property
    def _concept_ids(self) -> tuple[np.ndarray, np.ndarray]:
        codes = sorted_distinct(self.bigram_codes)
        ids = np.searchsorted(codes, self.bigram_codes)
        codes.setflags(write=False)
        ids.setflags(write=False)
        return codes, ids

    def bigram_name(self, code: int) -> str:
        first, second = divmod(int(code), len(self.stems))
        return f"{self.stems[first]} {self.stems[second]}"

    def terms(self) -> list[Terms]:
        """Each sentence's :class:`Terms`."""
        content: list[list[str]] = [[] for _ in range(self.sentences)]
        for row, stem in zip(self.content_rows.tolist(), self.content_stems.tolist()):
            content[row].append(self.stems[stem])
        bigrams: list[list[str]] = [[] for _ in range(self.sentences)]
        for row, code in zip(self.bigram_rows.tolist(), self.bigram_codes.tolist()):
            bigrams[row].append(self.bigram_name(code))
        return [Terms(tuple(words), frozenset(pairs)) for words, pairs in zip(content, bigrams)]


def sorted_distinct(codes: np.ndarray) -> np.ndarray:
    """The sorted distinct values of an integer array. NumPy 2's ``np.unique`` hashes: on the
    870,000 concept codes of a 2,000-article cluster it took 0.47 s, a sort 6 ms."""
    ordered = np.sort(codes)
    first = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]


def analyze(text: str, language: str = "en") -> Terms:
    return analyze_all([text], language)[0]


def analyze_all(texts: Sequence[str], language: str = "en") -> list[Terms]:
    return analyze_cluster(texts, language).terms()


def analyze_cluster(texts: Sequence[str], language: str = "en") -> Analysis:
    """``analyze`` of each text, by the word rules of ``language``, as codes. Identical texts
    (wire copies, repeated boilerplate) are tokenised once, and each distinct word is
    normalised, stemmed and looked up in the stop list once: a cluster's sentences share most
    of their words."""
    rules = word_rules(language)
    written = {text: _written_tokens(text) for text in dict.fromkeys(texts)}
    # In reading order, so that stems are numbered in the order the cluster first uses them.
    # chain and map keep the passes over every token in C, where a generator and a list
    # comprehension stepped through them in Python (0.07 ms of a 10-article summary's 10).
    words = list(dict.fromkeys(chain.from_iterable(written.values())))
    forms = [_normal_form(word, rules.number_words) for word in words]
    stem_codes: dict[str, int] = {}
    stem_of_word = np.array(
        [stem_codes.setdefault(stem, len(stem_codes)) for stem in stem_tokens(forms, language)], dtype=np.int64
    )
    stop_words = rules.stop_words
    is_stop_word = np.array([form in stop_words for form in forms], dtype=bool)
    # A lone letter is no content word; a lone digit is ("3 million").
    is_content_word = ~is_stop_word & np.array([len(form) > 1 or form.isdigit() for form in forms], dtype=bool)
    is_attribution = np.array([word in rules.attribution_verbs for word in words], dtype=bool)
    code_of_word = {word: code for code, word in enumerate(words)}
    found = [written[text] for text in texts]
    token_words = np.fromiter(map(code_of_word.__getitem__, chain.from_iterable(found)), dtype=np.int64)
    rows = np.repeat(np.arange(len(texts)), list(map(len, found)))
    stems = stem_of_word[token_words]
    stop = is_stop_word[token_words]
    content = is_content_word[token_words]
    attribution = is_attribution[token_words]
    # A bigram: two tokens of one sentence, not both stop words.
    paired = (rows[1:] == rows[:-1]) & ~(stop[1:] & stop[:-1])
    bigram_rows = rows[:-1][paired]
    bigram_codes = stems[:-1][paired] * len(stem_codes) + stems[1:][paired]
    bigram_attributions = (attribution[:-1] | attribution[1:])[paired]
    # Each sentence's distinct bigrams: one sort of the codes within their sentences.
    order = np.lexsort((bigram_codes, bigram_rows))
    bigram_rows, bigram_codes, bigram_attributions = bigram_rows[order], bigram_codes[order], bigram_attributions[order]
    distinct = np.ones(len(order), dtype=bool)
    distinct[1:] = (bigram_rows[1:] != bigram_rows[:-1]) | (bigram_codes[1:] != bigram_codes[:-1])
    return Analysis(
        sentences=len(texts),
        stems=tuple(stem_codes),
        content_rows=rows[content],
        content_stems=stems[content],
        bigram_rows=bigram_rows[distinct],
        bigram_codes=bigram_codes[distinct],
        bigram_attributions=bigram_attributions[distinct],
        language=language,
    )


@dataclass(frozen=True)
class SentenceVectors:
    """Row ``i`` of each matrix describes sentence ``i``.

    ``tfidf`` holds L2-normalised TF-IDF rows (cosine similarity is a dot product);
    ``presence`` holds 0/1 term rows and ``idf`` the weight of each column; ``numbers``
    marks the columns that are telling numbers (:func:`is_telling_number`).
    """

    tfidf: sparse.csr_matrix
    presence: sparse.csr_matrix
    idf: np.ndarray
    numbers: np.ndarray


def is_telling_number(stem: str) -> bool:
    """Whether a term is a number that identifies a fact: above ten or with decimals, and
    not a year. The first character is looked at first: every distinct stem of a cluster is
    asked, and the regex on each cost 0.18 ms of a 10-article summary's 10."""
    return (
        stem[:1].isdigit()
        and bool(_TELLING_NUMBER.fullmatch(stem))
        and not YEAR.fullmatch(stem)
        and ("." in stem or float(stem) > 10)
    )


def vectorize(analysis: Analysis) -> SentenceVectors:
    """TF-IDF over the cluster's own sentences (no outside corpus, so nothing to download):
    sublinear term frequency, smoothed idf, L2-normalised rows; a column per content stem, in
    the order the sentences first use them."""
    used = np.zeros(len(analysis.stems), dtype=bool)
    used[analysis.content_stems] = True
    columns = (np.cumsum(used) - 1)[analysis.content_stems]
    rows = analysis.content_rows
    shape = (analysis.sentences, int(used.sum()))
    # Repeated (row, term) entries are summed: the data become term counts.
    counts = sparse.csr_matrix((np.ones(len(columns)), (rows, columns)), shape=shape)
    counts.sum_duplicates()
    presence = sparse.csr_matrix((np.ones(counts.nnz), counts.indices, counts.indptr), shape=shape)
    document_frequency = np.bincount(counts.indices, minlength=shape[1])
    idf = np.log((1 + shape[0]) / (1 + document_frequency)) + 1.0
    weights = (1.0 + np.log(counts.data)) * idf[counts.indices]
    row_of_entry = np.repeat(np.arange(shape[0]), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(row_of_entry, weights=weights**2, minlength=shape[0]))
    tfidf = sparse.csr_matrix((weights / norms[row_of_entry], counts.indices, counts.indptr), shape=shape)
    numbers = np.array([is_telling_number(stem) for stem, kept in zip(analysis.stems, used) if kept], dtype=bool)
    return SentenceVectors(tfidf=tfidf, presence=presence, idf=idf, numbers=numbers)
