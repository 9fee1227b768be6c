"""Split: cleaned documents to sentences, never across a paragraph break.

sentencex (Wikimedia's rule-based segmenter) handles abbreviations such as "U.S.",
"Sept. 7" and "Maj. Gen.", decimals such as "3.5 million" and quotations ending in
``."`` or ``",``; it is pure Python with no model to download and about 50 times faster
than pysbd (docs/design.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from sentencex import segment

from .dates import MONTH, WEEKDAY
from .model import Cluster, Document, Sentence

# '"... Don't let that happen!" Trump wrote in a tweet.' is one sentence that the segmenter
# cuts after the closing quote; a short tail that only names the speaker goes back on. The
# verbs are the few that mostly report the quotation just closed: with the standalone rule's
# longer list (eligibility._SPEECH_VERB) 15 more pieces in the development sets would be joined,
# 13 of them wrongly ('... the "reported incident." | A second statement suggested that ...').
_ATTRIBUTION_TAIL = re.compile(
    r"^[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,5}\s+(?:said|says|wrote|writes|told|tweeted|added|stated|asked|asks|"
    r"explained|declared|insisted|warned)\b[^.!?]{0,80}[.!?]$"
)
_ENDS_WITH_QUOTE = re.compile(r"[.!?,][\"”’']$")
# A quotation that runs on into the next paragraph has no closing mark in its own, and the
# segmenter then cuts after the opening mark of the next sentence's quotation: '... ," Catlin said.
# “' | 'But that is not unlike ...' | 'They did the exact same thing ...'. The mark belongs to the
# sentence it opens, and the sentences after it are still the speaker's.
_STRAY_OPENING_QUOTE = re.compile(r"[.!?]\s+[“\"]$")
# A full stop typed after an abbreviation's own point, set apart: "... beginning at 6:30 a.m. ."
# The segmenter cuts after it; the sentence ends at the abbreviation, as it would in print.
_STOP_AFTER_ABBREVIATION = re.compile(r"(?<=\w\.)\s+\.$")
# Other cuts the segmenter makes where no sentence ends, each an ending of the piece before
# and a beginning of the piece after, from the development sets' newswire and web news:
# - titles it does not know, before a name: "seeds Ms. | Houser gave him" (151 cuts);
# - a party and state: "Rep. Cass Ballenger, R-N. | C., said" (24);
# - a clock time before its day or zone: "found dead around 5 p.m. | Monday on the patio" (73);
# - a clock time after a determiner, which names what it times: "arrived on the 7 p.m. | British
#   Airways Concorde from London", "There will be a 3 p.m. | Symphony Hall matinee" (3);
# - a name that ends in an exclamation mark: "E! | News has confirmed that ...", "won on
#   Jeopardy! | Tuesday night".
_NOT_AN_END = re.compile(
    r"(?:\b(?P<title>Ms|Mses|Mmes|Amb|Atty|Gens|Ft)\.|\b(?P<state>[A-Z]-[A-Z]\.)"
    r"|\b(?P<clock_before_a_noun>(?:the|a|an|its|his|her|their|this|that|each|every) \d{1,2}(?::\d\d)? (?i:[ap]\.m\.))"
    r"|\b(?P<clock>(?i:[ap]\.m\.))"
    r"|\b(?P<exclaimed_name>E|Yahoo|Jeopardy)!)$"
)
# A US state's abbreviation after its place ends a sentence the segmenter runs on into the next,
# taking the point for the abbreviation's alone: "... at a clinic in Birmingham, Ala. Days later,
# Rudolph disappeared ...", "... in Fairfield, N.J. Kennedy had to make an immediate turn ...".
# AP style sets a comma after the state within a sentence ("Birmingham, Ala., police said"); the
# words that may still follow it there, a day or a month ("Staten Island, N.Y. Friday, the first
# human infection ...") or a title ("Washington, D.C. Mayor Marion Barry", "Albany, N.Y. Gov.
# George Pataki"), keep the piece whole.
_US_STATES = (
    r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|Wis|W\.Va|Wyo|D\.C"
)
_STATE_BEFORE_A_SENTENCE = re.compile(
    rf", (?:{_US_STATES})\. "
    rf"(?!(?:{WEEKDAY}|{MONTH}|Mayor|Governor|Senator|Sheriff|Judge|Police|Attorney|District|County)\b)"
    r"[A-Z][a-z]+\b(?!\.)"
)
# A full stop a crawl lost, between two sentences that then run on as one: "... according to the
# Batten Disease Support and Research Association The disease has already taken hold of Titus
# ...", "... represented by the UAW The automaker has 600,000 employees ...". Within a sentence
# "The" is written in lower case, or opens a name whose next word has a capital ("in The Lovely
# Bones", "at The Hague"); no word, mark or digit stands between it and the word before. (On the
# development sets the six places it cuts are all lost stops or a label glued to a sentence:
# "Boston Globe The sale to ...", "JUST WATCHED The perils of ...".) The space first, and the words
# around it asked after: opened with the lookbehind, the pattern was tried at every character.
_LOST_FULL_STOP = re.compile(r" (?=The [a-z])(?<=[A-Za-z]{2} )")
# The segmenter does not cut inside what it takes for a quotation, and it takes any single
# quotation mark for one, also an apostrophe that opens a number ("the mid-'80s", "the class of
# '04") or stands for "and" ("rock 'n' roll"); it then pairs it with a mark further on and leaves
# sentences between them uncut. In a Multi-News page whose line breaks were lost, "... in the
# mid-'80s." ran on for 810 words, to "... I wish I had just said, 'Keep it,' and ...": the story,
# glued to a gallery's captions, was read as debris with them.
# The mark first and the word before it asked after: a pattern that opens with a lookbehind is
# tried at every character, one that opens with a set of characters is searched for them.
_ELIDING_APOSTROPHE = re.compile(r"['‘’](?<!\w['‘’])(?:\d|n['‘’](?=\s))")
# The segmenter also cuts at a point inside a name written with points and capitals, which it
# reads as two sentences glued together: "Because of the way it works, Worm. | Explore. | Zip
# actually does not fit ...", "www. | FlightSafe.com". A glued sentence has one point before its
# capital ("the general public.For more information"), a name two, around a part of two letters or
# more ("U.S.A." is an abbreviation the segmenter knows).
_DOTTED_NAME = re.compile(r"\.[A-Z][\w-]+\.[A-Za-z0-9]")
_CONTINUATIONS = {
    "title": re.compile(r"[A-Z]"),
    "clock_before_a_noun": re.compile(r"\S"),
    "state": re.compile(r"[A-Z]\."),
    "clock": re.compile(
        rf"(?:{WEEKDAY}|[ECMP][SD]?T|GMT|UTC|Eastern|Central|Mountain|Pacific"
        r"|[A-Z][a-z]+ time)\b"
    ),
    "exclaimed_name": re.compile(r"\w"),
}


def split_sentences(
    text: str, language: str = "en", open_quotations_run_on: bool = True, lost_stops: bool = True
) -> list[str]:
    """Sentences of a paragraph-per-line text, stripped, in order. Without
    ``open_quotations_run_on`` a quotation left open does not take the sentences after it into
    its own: on a page whose line breaks were lost, such a mark is more often a crawl's debris
    ('... Erdoğan: "United States behaving like "wild wolves" ...', a glued list of links) than
    a quotation, and the story's next sentence went with the debris. With ``lost_stops``, two
    sentences a crawl glued together without their full stop are cut apart
    (:data:`_LOST_FULL_STOP`); cleaning reads debris without that cut, since a gallery's caption
    glued to its label ("Hide Caption 1 of 13 Photos: Notable moments of the International Space
    Station The crew of the space shuttle Endeavour initiates ...") is debris whole, while its
    body cut from the label reads as a sentence of the story."""
    sentences: list[str] = []
    for paragraph in text.split("\n"):
        if paragraph.strip():
            pieces = segmented(paragraph, language)
            # One search of the paragraph spares most of them a look at each piece.
            if language == "en" and _STATE_BEFORE_A_SENTENCE.search(paragraph):
                pieces = _cut_where(pieces, _state_ends)
            if lost_stops and language == "en" and " The " in paragraph and _LOST_FULL_STOP.search(paragraph):
                pieces = _cut_where(pieces, _lost_stops)
            sentences.extend(_rejoin(pieces, open_quotations_run_on))
    return sentences


def segmented(paragraph: str, language: str = "en") -> list[str]:
    """The segmenter's pieces of ``paragraph``, which join back into it (each keeps the spaces
    after it), cut with the apostrophes that open a number or stand for "and" read as spaces
    (:data:`_ELIDING_APOSTROPHE`) and the points of a name as parts of it (:data:`_DOTTED_NAME`)."""
    read = paragraph
    if ("'" in paragraph or "’" in paragraph or "‘" in paragraph) and _ELIDING_APOSTROPHE.search(paragraph):
        read = _ELIDING_APOSTROPHE.sub(lambda elision: re.sub("['‘’]", " ", elision.group()), read)
    if _DOTTED_NAME.search(paragraph):
        read = _DOTTED_NAME.sub(lambda name: name.group().replace(".", "_"), read)
    if read == paragraph:
        return segment(language, paragraph)
    cut, start = [], 0
    for piece in segment(language, read):
        cut.append(paragraph[start : start + len(piece)])
        start += len(piece)
    return cut


def _cut_where(pieces: Iterable[str], cuts: Callable[[str], Iterator[int]]) -> list[str]:
    """The segmenter's pieces, each cut at the places ``cuts`` finds in it."""
    cut_pieces = []
    for piece in pieces:
        start = 0
        for cut in cuts(piece):
            cut_pieces.append(piece[start:cut])
            start = cut
        cut_pieces.append(piece[start:])
    return cut_pieces


def _state_ends(piece: str) -> Iterator[int]:
    """Where a sentence ends after a US state's abbreviation (:data:`_STATE_BEFORE_A_SENTENCE`):
    after the space that follows it, which stays with the first part, as the segmenter leaves it."""
    for state in _STATE_BEFORE_A_SENTENCE.finditer(piece):
        # The place before the comma is a word: "Birmingham, Ala.", not "1998, Ala.".
        if state.start() and piece[state.start() - 1].isalpha():
            yield piece.index(" ", state.start() + 2) + 1


def _lost_stops(piece: str) -> Iterator[int]:
    """Where a crawl lost a full stop (:data:`_LOST_FULL_STOP`): after the space before "The"."""
    return (lost.end() for lost in _LOST_FULL_STOP.finditer(piece))


def _rejoin(pieces: Iterable[str], open_quotations_run_on: bool = True) -> list[str]:
    """The segmenter's pieces, stripped, with a piece that continues its predecessor put back
    on it with the characters between them (its pieces keep their trailing spaces). A
    quotation's opening mark left at the end of a piece goes to the start of the next, and the
    pieces of a quotation that is still open join the piece that opens it: the segmenter keeps a
    closed quotation of several sentences whole, and a speaker's words must not read as the
    writer's."""
    joined: list[str] = []
    for piece in pieces:
        if not piece.strip():
            continue
        if joined:
            joined[-1], mark = _without_stray_opening_quote(joined[-1])
            piece = mark + piece
        if joined and _continues(joined[-1].strip(), piece.strip(), open_quotations_run_on):
            joined[-1] += piece
        else:
            joined.append(piece)
    return [_without_stop_after_abbreviation(sentence.strip()) for sentence in joined]


def _opens_a_quotation(piece: str) -> bool:
    """Whether the piece's last double quotation mark opens a quotation: a “, or a straight mark
    before a word and at the start or after a space or bracket. An inch mark ('a 6" pipe') and
    a crawl's mark set apart by spaces ('Nicole " Snooki " Polizzi') open nothing."""
    last = max(piece.rfind('"'), piece.rfind("“"), piece.rfind("”"))
    if last < 0 or piece[last] == "”":
        return False
    if piece[last] == "“":
        return True
    before = piece[last - 1] if last else " "
    after = piece[last + 1 : last + 2]
    return before in " ([{" and after.strip() != ""


def _without_stray_opening_quote(piece: str) -> tuple[str, str]:
    """'... Catlin said. “' -> ('... Catlin said. ', '“'); any other piece -> (piece, ''). The
    mark keeps the spaces after it, so that sentences stay verbatim pieces of the text."""
    stripped = piece.rstrip()
    # The last characters only: a regex anchored at the end would scan the whole piece.
    if stripped.endswith(("“", '"')) and _STRAY_OPENING_QUOTE.search(stripped[-6:]):
        mark = len(stripped) - 1
        return piece[:mark], piece[mark:]
    return piece, ""


def _without_stop_after_abbreviation(sentence: str) -> str:
    if not sentence.endswith(" ."):
        return sentence
    # The last characters only, as for the stray quotation mark.
    tail = sentence[-8:]
    doubled = _STOP_AFTER_ABBREVIATION.search(tail)
    return sentence[: len(sentence) - len(tail) + doubled.start()] if doubled else sentence


def _continues(before: str, piece: str, open_quotations_run_on: bool = True) -> bool:
    if open_quotations_run_on and _opens_a_quotation(before):
        return True
    # The endings are short: searching the last characters, not the whole piece, keeps this cheap.
    tail = before[-16:]
    if _ENDS_WITH_QUOTE.search(tail) and _ATTRIBUTION_TAIL.match(piece):
        return True
    # No sentence opens in lower case: after "!" or "?" the segmenter cut inside one ("due in
    # April, E! | reports, just ..."), where a wrong decoding's "?" for an apostrophe or a
    # quotation mark cut it too ("Steele? | bias was recorded ..."; cleaning tells such words).
    if before.endswith(("!", "?")) and piece[:1].islower():
        return True
    ending = _NOT_AN_END.search(tail)
    return bool(ending) and bool(_CONTINUATIONS[ending.lastgroup].match(piece))


def document_sentences(document: Document, document_rank: int, language: str = "en") -> list[Sentence]:
    """The sentences of a cleaned document, with the story each tells: cleaning sets a blank
    line before each further story of a page that runs several."""
    texts = [
        (story, text)
        for story, block in enumerate(document.text.split("\n\n"))
        for text in split_sentences(block, language)
    ]
    return [
        Sentence(
            document_id=document.id,
            index=index,
            text=text,
            position=index / len(texts),
            document_rank=document_rank,
            story=story,
        )
        for index, (story, text) in enumerate(texts)
    ]


def cluster_sentences(cluster: Cluster, language: str = "en") -> list[Sentence]:
    """Every sentence of a cleaned cluster, document after document: the candidates of a summary."""
    return [
        sentence
        for rank, document in enumerate(cluster.documents)
        for sentence in document_sentences(document, rank, language)
    ]
