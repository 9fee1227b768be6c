"""Language: keep the documents written in the cluster's language.

A crawl of one event can return the same story in several languages: an agency's Spanish
service beside its English wire, a page of embedded posts served in the crawler's locale
("Zure webgunean edo aplikazioan Twitter-eko edukia kapsulatzean, ..."). A brief is read in
one language, so the documents in any other are set aside, with a warning that names them.

The cluster's language is the one most of its documents are written in, English when that is
tied: a cluster of German articles is summarized in German, its sentences split and its
words read by German rules, and an English article among them is the one set aside. A caller
may ask for another language (``in_one_language``'s ``language``, a code ``language_code``
accepts): a monitoring team that wants the French coverage of a mostly English crawl gets a
brief of its French documents.

Most clusters are English, and English is told without a model, by common function words
that other languages written in Latin letters do not spell the same way (``ENGLISH_MARKERS``):
they make up 17% of the median English document, and none of the short reports in Finnish,
Estonian, French, Dutch and German the tests hold, each dense in the words a longer list had
shared with English ("on", "is", "was", "will"). Only a text where they are under
``ENGLISH_SHARE`` is given to a language identifier (py3langid, whose model ships inside the
package: 0.5 s to load, 70 MB), so an English cluster does not load the model. Of the
development sets' 2,175 cleaned documents of eight words or more, two fall under it: the
Basque page above, and a listicle of car photos the identifier tells to be English (0.0);
the lowest English ones above it are a report full of names (0.038) and a timeline of an
airliner's last flight ("EgyptAir Boeing 767, leaves Cairo, ...", 0.043).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from string import punctuation

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from .errors import ExitCode, NewsbriefError
from .model import Cluster

ENGLISH = "en"
# Function words of English that other languages written in Latin letters seldom use. Not "on",
# the commonest word of Finnish and Estonian and French's "one" (a Finnish report of 40 words
# held five), nor Dutch's "is", "was", "had" and "of", German's "was" and "will", the Slavic "to"
# and "by", the Nordic "for", "her" and "have", Spanish's "he" and "has", Romanian's "are" or
# Hungarian's "be": with them a short report in any of these languages passed for English.
ENGLISH_MARKERS = frozenset(
    "the and that with which from this these were been would their they said it its his she not but who "
    "what when after than about into".split()
)
# Well under English's share (17% of the median document, 99% of documents above 10%) and above
# any other language's: the list holds none of their words, so only a quotation in English or a
# name ("The Voice") brings one into their text.
ENGLISH_SHARE = 0.03
# About 300 words: enough to tell a language, few enough that a 200 MiB page costs no more than
# a short one.
SAMPLE_CHARS = 2000
OPENING_CHARS = 400
# Fewer words are left alone: a caption or a dateline is too short to be told apart reliably.
MIN_WORDS = 8
MIN_CONFIDENCE = 0.9
# py3langid's label for text without linguistic content (numbers, codes).
_NO_LANGUAGE = "zxx"
# The languages the identifier's model tells (its classes but "zxx"), written out so that a code
# is checked without loading the model: the server checks each request's on its event loop,
# where the half second of loading would hold up every other request.
TOLD_LANGUAGES = frozenset(
    """
    ace af am an ar ary arz as az ba bcl be bg bn br bs ca crh cs cy da de dz el en eo es et eu ext fa
    fi fo fr fuv fy ga gcf gcr gd gl gom grc gu gug guw ha hbo he hi hr ht hu hy id ig is it ja jv ka
    kab kik kk km kn ko ku ky la lb lg lij ln lo lt ltg lv mg mk ml mn mr ms mt my ne nl nn no nso oc om
    or pa pcm pl ps pt qu ro ru rw sa sdh se si sk sl sn so sq sr st sv sw ta te tg th tk tl tr tt ug uk
    ur uz uzs vec vi vo wa wuu xh yo yue zh zu
    """.split()
)
_PUNCTUATION = punctuation + "“”‘’«»—–…"


class UnknownLanguageError(NewsbriefError):
    exit_code = ExitCode.USAGE


@dataclass(frozen=True)
class OneLanguage:
    """A cluster whose documents in other languages than ``language`` are emptied;
    ``set_aside`` maps each of those documents' ids to its language."""

    cluster: Cluster
    language: str | None
    set_aside: dict[str, str]


def in_one_language(cluster: Cluster, language: str | None = None) -> OneLanguage:
    """``cluster`` with the documents in other languages than ``language`` emptied; by default,
    than most of its documents. A document too short to tell is kept whatever the language."""
    languages = {document.id: written_in(document.text) for document in cluster.documents}
    language = language or main_language(languages.values())
    set_aside = {
        document: found for document, found in languages.items() if found is not None and found != language
    }
    if not set_aside:
        return OneLanguage(cluster, language, {})
    documents = tuple(
        replace(document, text="") if document.id in set_aside else document for document in cluster.documents
    )
    return OneLanguage(replace(cluster, documents=documents), language, set_aside)


def written_in(text: str, min_confidence: float = MIN_CONFIDENCE) -> str | None:
    """The ISO 639 code of the language ``text`` is written in, or None when it is too short to
    tell or the identifier's confidence is under ``min_confidence``."""
    # A glance at the opening first, bare words only ("said," is not counted): it settles nearly
    # every English text at a tenth of the cost of the full sample (4 µs a document against 35).
    opening = text[:OPENING_CHARS].lower().split()
    if len(opening) >= MIN_WORDS and sum(map(ENGLISH_MARKERS.__contains__, opening)) >= ENGLISH_SHARE * len(opening):
        return ENGLISH
    words = text[:SAMPLE_CHARS].split()
    if len(words) < MIN_WORDS:
        return None
    markers = sum(word.strip(_PUNCTUATION).lower() in ENGLISH_MARKERS for word in words)
    if markers >= ENGLISH_SHARE * len(words):
        return ENGLISH
    language, confidence = _identifier().classify(" ".join(words))
    return language if confidence >= min_confidence and language != _NO_LANGUAGE else None


def main_language(languages: Iterable[str | None]) -> str | None:
    """The most common of ``languages`` (None: not told), English among the tied, else the first."""
    counts = Counter(language for language in languages if language is not None)
    if not counts:
        return None
    most = max(counts.values())
    return ENGLISH if counts.get(ENGLISH) == most else next(lang for lang, n in counts.items() if n == most)


def language_code(code: str) -> str:
    """``code`` as the language identifier writes it (lower case), if it can tell that
    language; else an ``UnknownLanguageError``. Asking for a language no document can be told
    to be in would set every document aside."""
    normal = code.strip().lower()
    if normal not in TOLD_LANGUAGES:
        raise UnknownLanguageError(
            f"unknown language {code!r}: give the ISO 639-1 code of a language newsbrief can tell, "
            "such as 'en', 'de', 'fr' or 'es'"
        )
    return normal


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Loading the model takes about half a second: once per process, and only for a text that
    # is not plainly English.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
