"""Clean: remove crawl noise from article bodies, line by line, with general rules.

A crawled page mixes the article with navigation, share buttons, embedded posts, captions
and link lists. What separates prose from that debris is structure, not vocabulary: prose
lines end like sentences, debris lines do not; debris repeats across outlets; link lists
come as runs of lines with a shared label or bullet. Each rule below is one such signal.
A few notices are fixed texts that read like prose (a web archive's crawl note, a widget's
sign-up prompt, a wire service's syndication terms); those are known by their wording.
The output keeps one paragraph per line.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import islice

from ahocorasick_rs import AhoCorasick

from .dates import MONTH, WEEKDAY
from .model import Cluster
from .split import split_sentences

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Control characters U+0080-U+009F in news text are Windows-1252 punctuation read as Latin-1
# somewhere upstream ("\x97 Police tracked down ..." for an em dash); each goes back to its
# Windows-1252 character, the five bytes that code page leaves undefined go.
_WINDOWS_1252_AS_LATIN_1 = {code: bytes([code]).decode("cp1252", errors="ignore") or None for code in range(0x80, 0xA0)}
# A PDF's typographic ligatures, which text copied or extracted from one keeps as characters:
# "speciﬁc" must read as "specific", or the concepts of two outlets would not meet.
_LIGATURES = {ord(ligature): letters for ligature, letters in zip("ﬀﬁﬂﬃﬄﬅﬆ", ("ff", "fi", "fl", "ffi", "ffl", "st", "st"))}
_CHARACTER_FIXES = _INVISIBLE | _WINDOWS_1252_AS_LATIN_1 | _LIGATURES
_SPACE_CHARS = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# Only runs that are not already one plain space: a long line of single spaces costs no replacements.
_SPACES = re.compile(rf" {_SPACE_CHARS}+|(?! ){_SPACE_CHARS}+")
_WORD = re.compile(r"\w")
# Newswire typesetting codes ("quad left", "upper rail") left in archived wire copy: "C. &UR; &LR; J. Hunter".
_TYPESETTING_CODE = re.compile(r"&[A-Z]{2};")
# A quad ("&QL;", "&QC;", "&QR;") ends its line, and a run of underscores is a line between two
# stories or a story and its syndication terms: a wire digest's "… of Jessica and Jerry
# Seinfeld.'' &UR; ___ &QC; LONDON (AP) _ Michael Flatley …" holds two stories, and the second's
# dateline must open a line to go. (The spaces around go with the lines' ends.)
_QUAD = re.compile(r"&Q[LCR];")
_UNDERSCORE_RULE = re.compile(r"_{3,}")
# Markup left in a text field: a news API's or a feed's "content" carries HTML's character
# references ("Trump&#8217;s", "AT&amp;T") and tags ("<p>", "<a href=...>"), often escaped once
# more ("&lt;p&gt;"). References are decoded first, then a block's tag ends a paragraph, a
# script or a style goes with its content, and any other tag goes. A tag starts with a letter
# right after "<", so "a < b" and "c > d" are left alone.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SCRIPT_START = {name: re.compile(rf"<{name}\b[^<>]*>", re.IGNORECASE) for name in ("script", "style")}
_SCRIPT_END = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style")}
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|h[1-6]|blockquote|pre|table|tr|section|article|header|footer|figure|figcaption)"
    r"\b[^<>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
# A wire's section codes (Cox News Service): "brk:" opens a subheading, "tx:" the text after it,
# both on the line of the paragraph before: 'weight loss, experts said. brk:No quick cure
# tx:Obesity is a chronic disease ...'. The subheading goes, and each paragraph gets its line.
_SECTION_CODE = re.compile(r" ?\bbrk:[^\n]*?(?: ?\btx:|(?=\n)|$)| ?\btx:")
# A closing quotation mark lost to a wrong decoding upstream, seen in crawled copy as the
# replacement character and a question mark: 'a “toxic�? work environment', '“… that water?�?
# said Michael Mumma'. Only after a character, where a quotation closes.
_LOST_CLOSING_QUOTE = re.compile("(?<=\\S)\ufffd\\?")

# A decimal point a wire set apart from its decimals: "will exceed 3. 5 billion U.S. dollars",
# "under 16. 5 percent" (Xinhua). Read so, the sentence is cut at the point. Only before an
# amount's unit and after at most three digits: "the Manhunt 1998. 1999? 2000?" is a list of years.
# The pattern opens with the point, a literal the search skips to: a digit first costs 45 times more.
_SPACED_DECIMAL = re.compile(r"\. (?=\d+ ?(?:(?:billion|million|trillion|thousand|percent|per cent)\b|%))")
_DECIMAL_WHOLE_PART = re.compile(r"(?:^|[^\d.,])\d{1,3}$")
# A closing quotation mark a writer or an upstream tokenizer set apart from the quotation's last
# stop or comma: '"this time it's a successful product of the people of this country, " Carter
# said.' (a wire), 'The crew "worked to keep the freezers going, " Byerly said.' (a crawl). The
# sentence reads as the source meant it, but a brief printed the space. A straight mark closes
# when an odd number of them come before it in its paragraph; a curly one says which it is. The
# pattern opens with the space, a literal the search skips to: a lookbehind first cost 2% of a
# summary's time. It runs after runs of spaces became one.
_SPACED_CLOSING_QUOTE = re.compile(r' ["\u201d](?=[ \n]|$)(?<=[,.!?] ["\u201d])')

CLOSERS = "\"'”’»)]"
# The full stops of scripts written with spaces that do not use ".": the danda of Hindi, Marathi
# or Nepali ("।", "॥"), Urdu's "۔", Armenian's "։", Amharic's "።". Without them no paragraph of
# such a text ended like a sentence, and cleaning dropped all of it.
OTHER_FULL_STOPS = ("।", "॥", "۔", "։", "።")
SENTENCE_ENDS = (".", "!", "?", "…", "؟") + OTHER_FULL_STOPS
# A sentence's end inside a line: its full stop, a space, then a letter that is not lower case,
# which is a capital in Latin, Cyrillic or Greek and any letter of a script without capitals.
_INTERNAL_SENTENCE_END = re.compile(rf"[.!?؟{''.join(OTHER_FULL_STOPS)}][\"'”’»]?\s+[\"'“‘«]?([^\W\d_])")
_BULLET_MARKS = "-–—•*▪►·●○■□➤→"
# A numbered item's mark: "5." or "12)". The standalone rule reads it too.
NUMBERED_MARK = r"\d{1,2}[.)]"
_BULLET = re.compile(rf"^(?:[{_BULLET_MARKS}]|{NUMBERED_MARK})\s+")
# The marker of a list item that is a whole sentence ("* Officials expect ...", the wire's
# "--Aug. 19 -- Attempts to dock fail again.", a web page's "5. Mark Ebenhoch was ..."): without
# it the item reads as a sentence, and the splitter, which takes "--Aug." or "5." for a sentence
# of its own, cuts it right. Only before a capital or a quotation mark, so that "-5 degrees"
# keeps its sign and "1.5 million" its number.
_LIST_MARKER = re.compile(rf"^(?:[{_BULLET_MARKS}]+\s*|_\s*|{NUMBERED_MARK}\s+)(?=[A-Z\"“'‘])")
# A wire's pronunciation guide: "Dzhokhar Tsarnaev (joh-HAHR' tsahr-NEYE'-ehv)", "chondroitin
# (conn-DROY-tin)", "glucosamine (pronounced glue-COSE-uh-mean)". Syllables in lower case or in
# capitals (the stressed one, often with an apostrophe), joined by hyphens: with syllables of
# both kinds, and an apostrophe after a stressed one or three syllables in a word, which a
# compound ("(PCR-based)", "(anti-ISIS)") or a wire's slug ("(Venezuela-US-Oil)") does not have.
_RESPELLED_WORD = r"(?:[a-z]+|[A-Z]+)['’]?(?:-(?:[a-z]+|[A-Z]+)['’]?)*"
_PRONUNCIATION_GUIDE = re.compile(rf"\s*\((?:pronounced )?({_RESPELLED_WORD}(?: {_RESPELLED_WORD})*)\)")
_STRESSED = re.compile(r"[A-Z]['’]")
# A character the crawl could not decode, written as "?": a PDF's ligatures ("speci?c" for
# "specific", "?rm" for "firm"), typographic apostrophes ("Steele?s") and dashes ("outlets?in").
# Once the URLs are gone, a question mark right before a small letter is nothing else in prose,
# nor one at a word's end before a small letter, where a possessive's apostrophe or a closing
# quotation mark was lost ("The Ohrs? relationship", "its ?infancy? at the time"): no sentence
# opens in lower case. Unicode's replacement character, which a decoder writes for a byte it
# cannot read, is the same loss ("caf\ufffd" for "café").
_LOST_MARK = re.compile(r"\?(?= ?[a-z])|\ufffd")
_WORD_END = re.compile(r"\s|$")
_BRACKETED = re.compile(r"^[\[(<{].*[\])>}]$")
# An address, in angle brackets or bare. A bare one ends before the marks that close the
# sentence or the brackets around it: "… Web site (www.mayohealth.org)." keeps its full stop
# (its brackets are left empty, then removed), and "wiki/Idlib_(city)" keeps its own pair.
_URL = re.compile(
    r"<(?:https?://|www\.)[^\s>]*>"
    r"|(?:https?://|www\.)(?:[^\s()<>]|\([^\s()<>]*\))*(?:[^\s()<>.,;:!?'\"”’\]]|\([^\s()<>]*\))",
    re.IGNORECASE,
)
# A sentence of up to this many words that ended with an address after a colon points to it.
_POINTS_TO_ADDRESS = re.compile(r":\s*[.!]?$")
POINTER_MAX_WORDS = 30
# A link's words left in parentheses when the crawl dropped the link, a pointer to the page's
# picture or its next part, and the brackets left empty when the link was all they held: "a
# settlement information sheet posted on the EPA's website (read it here)", "In a 300+ page report
# (PDF) today, ...", "the prototype (above)", "the Honolulu Star-Advertiser ( ) reported Friday".
_LINK_LABEL = re.compile(
    r" \((?: ?|PDF|[Vv]ideo|[Ww]atch(?: it)?(?: here)?|[Ll]isten|[Ll]ink|[Hh]ere|[Aa]bove|[Bb]elow"
    r"|(?:[Rr]ead|[Ss]ee) (?:it|them|more|here|above|below)(?: here)?)\)| \[ ?\]"
)
# The space a dropped link leaves before a comma or a full stop: "Tara Miltimore , assistant
# district attorney ...", "... with a new host and a new catchphrase ." A wire's spaced ellipsis
# (". . .") keeps its spaces.
_SPACE_BEFORE_MARK = re.compile(r"(?<=\w) +(?=,(?:\s|$)|\.(?!\s?\.)(?:\s|$))")
_HANDLE = re.compile(r"(?<![\w.])@\w{2,}|\w@[A-Za-z_]\w+$")
_HASHTAG = re.compile(r"(?<![\w&])#[A-Za-z]\w*")
# A word before a hashtag that names it as a thing: "under the hashtag #BringBackOurGirls."
_NAMES_A_HASHTAG = re.compile(r"\b(?:[Hh]ashtags?|[Tt]he|[Aa]n?|campaign|movement)\W{0,2}$")
_TWEET_LINKS = ("t.co/", "pic.twitter.com")
# The signature an embedded post ends with, on a line of its own or at the end of the post's
# when the crawl kept them together: "Medic leaving area of shooting ... — Jayne Miller
# (@jemillerwbal) September 20, 2018", Instagram's "A post shared by Name (@name.x) on Sep 20,
# 2018 at 10:02am PDT". The date tells it from a writer's "— Jane Doe (@janedoe)".
_POST_SIGNATURE = re.compile(
    r"(?:[—–-]\s*|\bA (?:post|photo|video) (?:shared|posted) by )[^—–]{1,80}\(@[\w.]+\)\s+"
    r"(?:on )?[A-Z][a-z]+\.? \d{1,2}, \d{4}(?: at \d{1,2}:\d{2}\s?[ap]m(?: [A-Z]{2,4})?)?$"
)
# "Label: text" lines, where the label is a navigation cue rather than a speaker or a dateline.
_NAVIGATION_LABEL = re.compile(
    r"^(?:more|related|read|see|also|recommended|popular|trending|latest|top|watch|listen|sponsored|"
    r"advertisement|share|follow|subscribe|sign up|click|now playing|up next)\b[\w ]{0,30}(?::|$)",
    re.IGNORECASE,
)
_LABEL_PREFIX = re.compile(r"^([A-Z][\w ]{0,30}):\s")
# Captions end with a credit: "... 2018. Screenshot / @SyriaCivilDef / Twitter", "(Photo: AP)".
# Matched against the lower-cased line, and only when the line holds one of the words: a few
# substring tests are three times faster than scanning every line with the regex.
CREDIT_WORDS = (
    "photo", "image", "picture", "screenshot", "screengrab", "credit", "illustration", "video", "graphic",
)
CREDIT_SOURCES = ("getty images", "shutterstock", "afp/getty", "ap photo")
_CREDIT_TERMS = CREDIT_WORDS + CREDIT_SOURCES
_CREDIT = re.compile(
    rf"\b(?:{'|'.join(CREDIT_WORDS)})s?(?:\s+by|\s*/|\s*:|\s*courtesy)|\b(?:{'|'.join(CREDIT_SOURCES)})\b"
)
# A lower-case word right before a credit word makes it a sentence's: "soften his image by …".
_WORD_BEFORE = re.compile(r"\b[a-z][a-z'’]*\s+$")
# Wire photo captions: "FILE - In this Aug. 11, 2015 file photo, actress Laverne Cox attends ...",
# "A jawbone ... is shown in this handout photo provided by ...". Matched in the lower-cased line.
_CAPTION = re.compile(
    r"^(?:file ?[-–—] ?)?in this\b.{0,40}?\b(?:photo|image|picture|frame grab)\b"
    r"|\bshown in this\b[^.]{0,30}\b(?:photo|image|picture)\b"
)
# A photo's caption placing the people in it: "Shane Bauer (2nd L), Sarah Shourd (3rd L) and Josh
# Fattal (2nd R) sit with their mothers ...", "Putin (L) shakes hands with Erdogan (R) ...". A lone
# "(R)" is a party ("Texas Attorney General Ken Paxton (R) called ..."), so it takes an ordinal
# or both sides.
_ORDINAL_POSITION = re.compile(r"\((?:\d(?:st|nd|rd|th)|far) (?:L|R|left|right)\)")
# A photo gallery's caption, cut short and credited to the agency that took the picture: "Bahraini
# protesters rush to celebrate at the Pearl roundabout in Manama, Bahrain, Saturday, Feb. 19, 2011.
# The deputy chief of Bahrain's armed forces has ordered the military to... (Associated Press)".
# Only at the end of the paragraph: at its start, "WASHINGTON (AP) --" opens a wire story.
_AGENCY_CREDIT = re.compile(r"\((?:Associated Press|AP|Reuters|AFP|Getty Images)(?: Photos?)?(?:/[^()]{1,40})?\)$")
# A caption that opens with its photographer's credit: "Mike Groll/AP Assemblyman Harvey Weisenberg
# called it 'retaliation' ...", or with the credit and the site the picture was taken from, as
# BuzzFeed writes it: "Luigi Garlaschelli / Via youtube.com A screengrab of the research.". The
# credit is a name ("The AP/Reuters poll" is not); one standing alone is not prose anyway.
_PHOTOGRAPHER_CREDIT = re.compile(
    r"^(?!(?:The|A|An|In|On|At|By|For|From|With|And|But|This|That)\s)"
    r"(?:[A-Z][a-z][\w.'’-]*\s){1,3}?[A-Z][a-z][\w.'’-]*\s?/\s?"
    r"(?:AP|AFP|Reuters|EPA|Bloomberg|Xinhua|AAP|PA|Via\s[\w.-]+)\s(?=[A-Z])"
)
# A picture viewer's buttons before its caption, as an extractor writes a news site's photo out:
# "Enlarge Image Close Associated Press A rocket is launched Thursday by militants ...", "Conflict
# in Gaza Strip, Israel View Slideshow European Pressphoto Agency Smoke rises from ...".
_PICTURE_VIEWER = re.compile(r"^(?:Enlarge (?:Image|Photo|This Image)\b|[^.!?]{0,80}\bView (?:Slideshow|Gallery)\b)")
# A gallery's captions place and date each picture at their end, all alike: "People stand amid
# bodies covered with blankets in a mosque after a suicide attack in Sanaa on March 20.", "A
# casualty is wheeled to a hospital after the bombing attacks in Sanaa on March 20.", "Armed men
# inspect damage after an explosion at Al Badr mosque in Sanaa, Yemen, on Friday, March 20.". A
# story gives a place and its day once; a short paragraph ending with a place and the same month
# and day as another of its document is a caption (:func:`gallery_caption_endings`).
_PLACE_AND_DAY_AT_THE_END = re.compile(
    rf"\bin [A-Z][\w'’-]*(?:,? [A-Z][\w'’.-]*){{0,3}},? on (?:{WEEKDAY}, )?"
    rf"((?:{MONTH}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{{1,2}}(?:, \d{{4}})?)\.$"
)
CAPTION_MAX_WORDS = 40
# An abbreviation in capitals ending a sentence's piece before the next: "WORLDSOURCES, INC. Greenhouse".
_CAPITALS_ABBREVIATION_END = re.compile(r"\b[A-Z]{2,}\.\s+(?=[\"“‘']?[A-Z])")
# A paragraph the rules flag keeps its other sentences when it is this long and the flagged
# ones are at most this share of its words (:func:`without_debris_sentences`). On the
# development sets (the paragraphs given back, read): from five sentences and a fifth, stories
# on one line come back and no notice or caption does; from two or three sentences, photo
# captions do with their credits cut off ("Turkish soldiers secure the area as …"), and from a
# quarter or 0.3, the Internet Archive's "The goal is to fix all broken links on the web." A
# sign-up form of six short sentences, one of them a notice, has a fifth of its words in that
# one: the floor of 100 words keeps it out.
MIXED_PARAGRAPH_WORDS = 100
MIXED_PARAGRAPH_SENTENCES = 5
MIXED_PARAGRAPH_DEBRIS_SHARE = 0.2
# A paragraph this long is a page whose line breaks were lost (:func:`pages_cut_into_sentences`).
# With every development document's breaks removed, 27 documents of the four sets (15 of
# Multi-News' 283) lost more than half of their words to the debris rules, read on the page as
# one paragraph; cut into sentences from 300 words, 8 did (5): shorter pages whose debris is
# glued to their sentences ("Image: Shao ying/Imaginechina/AP Designed by Israeli architect Haim
# Dotan, the bridge ..."), which the mixed-paragraph rule above still reads as debris, and a news
# budget. Kept in their lines, 114 development paragraphs run over 300 words: news budgets,
# transcripts, and pages crawled without their breaks.
PAGE_PARAGRAPH_WORDS = 300
# Inline link debris glues a name to the next headline: "MnuchinSteven Terner MnuchinTurkey's".
# Names are written so too ("DaimlerChrysler", "EgyptAir", "YouTube", "MacKinnon"), but a name
# recurs, and a join of two links' words is written once: a word the cluster writes more than
# once is a name (:func:`camel_case_names`). So is a handle or a hashtag ("@BritishMonarchy").
_GLUED_WORDS = re.compile(r"(?<![@#])\b[A-Z]?[a-z]{2,}[A-Z][a-z]{2,}")
# A cheap first test: most lines have no glued words. It looks for the capital first, then behind
# it: capitals are rarer than small letters, so the engine tries fewer places (twice as fast).
_LOWER_THEN_UPPER = re.compile(r"[A-Z](?<=[a-z][A-Z])")
# Notices about the page, the archive or the syndication, not about the event: phrases that
# news prose has no reason to use, looked for in the lower-cased line. Among them a site's
# follow button: "Interested in Donald Trump? Add Donald Trump as an interest to stay up to date
# on the latest Donald Trump news, video, and analysis from ABC News. Add Interest"; a site's
# error page crawled in the article's place: "Sorry, the page you requested was not found."
SITE_NOTICES = (
    "crawl data to the internet archive", "added to the wayback machine", "these crawls are part of an effort",
    '"no more 404"', "website captures began", "information about this collection",
    "location information to your tweets", "to your website by copying the code below", "twitter developer agreement",
    "tweet location history", "when you tweet with a location", "continue reading the main story",
    "select a newsletter", "you're not a robot",
    "enable javascript", "press esc.", "for your personal, non-commercial use", "order reprints",
    "all rights reserved", "for use by clients of the", "nonsubscribers:",
    "story will move in the", "stories will move", "all times are eastern", "address questions to",
    "no portion of the materials contained herein", "may not be published, broadcast",
    "contributed to this report", "contributed to this story", "contributed reporting",
    # A syndicate's terms name its sales staff ("… from New York Times Syndicate sales
    # representative …", "Please contact one of these sales representatives:"); a story may
    # name sales representatives too ("… thousands of pharmaceutical sales representatives …").
    "syndicate sales representative", "syndicate's sales representative", "these sales representatives",
    "contact sales representative", "syndicate sales executive",
    "as an interest to stay up to date", "the page you requested",
    # A video player's: YouTube's embed when its transcript or its rating fails to load.
    "the interactive transcript could not be loaded", "rating is available when the video has been rented",
    "this feature is not available right now",
    # A newsletter's box, a paywall's, and a credit line outside the wires' brackets.
    "to your inbox", "reached your limit", "reached your free article", "reached your article limit",
    "additional reporting by", "the video will start in", "subject to copyright",
    # A site's call for its readers' questions: "The comment box is open, so submit your questions now."
    "submit your questions", "comment box is open",
)
# Every occurrence of every term, overlapping ones too: "photo" inside "ap photo" counts.
_TERM_MATCHER = AhoCorasick(SITE_NOTICES + _CREDIT_TERMS)
# Wire desks' notes to editors ("EDs: Moving in (w) Washington ...") and notes about the story
# itself ("EDITOR'S NOTE -- ... covers health issues for The Associated Press").
# And a page's labelled asides: a data source or citation ("Source: Texas Attorney General's
# office"), a content warning ("Warning: Contains spoilers for Season 6.").
_NOTE_LABELS = (
    "editor:", "editors:", "eds:", "editor's note", "editors' note", "editor’s note", "editors’ note", "source:",
    "sources:", "warning:", "correction:", "corrections:", "clarification:",
    # A page's own time stamps: "First published on September 4, 2018.", "Last modified on Tue 4 Sep 2018".
    "first published on", "last modified on", "last updated on", "last updated:",
)
# A telephone number makes a line a contact notice ("Questions should be directed to ... at 404-526-5456",
# "… phone number: (800) 283-7800."). Written to start with a literal, which the regex engine
# finds fifteen times faster than a digit; the lookbehinds then check the area code.
_PHONE_NUMBER = re.compile(r"-\d{4}(?:(?<=\d{3}-\d{3}-\d{4})|(?<=\(\d{3}\) \d{3}-\d{4})|(?<=\(\d{3}\)\d{3}-\d{4}))")
_FAX_NUMBER = re.compile(r"(?<![a-z])fax[,:]? ?\(?\d")
# A writer's credit line closing a syndicated story: "Mike Ward writes for the Austin
# American-Statesman, Austin, Texas.", "Linda Stansberry is a staff writer at the Journal.",
# "Alan Boyle is NBCNews.com's science editor." (a web outlet only: "Marty Baron is the Post's
# executive editor." may be news).
_WRITER_CREDIT = re.compile(
    r"^(?:[A-Z][\w.'-]*\s+){1,4}(?:(?:writes|reports|is an? (?:staff |freelance |free-lance )?"
    r"(?:writer|reporter|correspondent|columnist)) (?:for|with|at)\b"
    r"|is [A-Z][\w&-]*\.(?:com|org|net)['’]s (?:[a-z-]+ ){0,2}(?:editor|writer|reporter|correspondent|columnist)\b)"
)
# Words in capitals: a line made mostly of them is a heading or a wire desk's note
# ("ART IS AVAILABLE WITH EVERY STORY.", "TOM LANGE and PHILIP VANNATTER: LAPD detectives.").
_CAPITALIZED_WORD = re.compile(r"\b[A-Z][A-Z'&.-]*[A-Z]\b")
_ANY_WORD = re.compile(r"\b[^\W\d_]")
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")  # a cheap first test: most lines have no word in capitals
HEADING_MAX_WORDS = 30
# What a label stripped from the start of a paragraph must be followed by: the opening of a sentence.
_SENTENCE_OPENS = r"(?=[A-Z0-9\"“'‘])"
# Wire datelines: "WASHINGTON (AP) -- ", "BEIRUT, Lebanon (Reuters) - ", "RENO, Nev. _ " (the
# New York Times wire's dash), "BEIDAIHE (Hebei), March 5 (Xinhua) -- ", a local paper's
# "WOODLAND HILLS >> ", "COEUR d'ALENE, Idaho _ ", the dash glued after a state's abbreviation
# ("ANDREWS, N.C._Nine days after ..."); the story then opens a sentence, which "NATO -
# the alliance - met" does not. The Wall Street Journal sets its dash without spaces ("CAIRO—The
# European Union's top diplomat met ..."): that form counts only before an article, since
# "NATO—Russia relations" is written the same way.
_WIRE_DATELINE = (
    r"[A-Z](?:[A-Z .'-]|[a-z]{1,2}'(?=[A-Z])){2,}(?:,\s*[A-Z][\w .]+)?\s*(?:\([\w .]+\))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    rf"\s*(?:\([\w .]+\))?\s*(?:(?:--|[-–—_]|>>)\s+{_SENTENCE_OPENS}|—(?=(?:The|A|An) )|(?<=\.)_(?=[A-Z][a-z]))"
)
_DATELINE = re.compile("^" + _WIRE_DATELINE)
# A headline run into the wire dateline of the lede after it, as a page without its line breaks
# or a copy from a text field gives it: "Majority of EU Citizens in Favor of Single Currency
# BRUSSELS, January 22 (Xinhua) -- Two recent Eurobarometer opinion polls showed ...". Up to 200
# characters with no sentence's end: a lede does not run on so into a capital place name and a dash.
_HEADLINE_AND_DATELINE = re.compile(r"^[^.!?\n]{3,200}? " + _WIRE_DATELINE)
# A headline in capitals run into the lede, which opens a sentence in small letters: "MICROSOFT TO
# OFFER REBUTTAL ON IBM EXECUTIVE'S CHARGE In its antitrust trial, the Microsoft Corp. ...". Four
# words or more: a lede may open with an agency's or a place's name in capitals.
_HEADLINE_IN_CAPITALS = re.compile(r"^(?:[A-Z0-9][A-Z0-9'’,:-]*\s+){4,}(?=[A-Z][a-z]|A [a-z])")
# A page's date stamp glued to the paragraph it dates: "Oct 19 An ancient zircon crystal unearthed
# in Western Australia ...". Only before an article, since "June 4 is the anniversary ..." and
# "March 15 Committee hearings ..." use the date in the sentence.
_DATE_STAMP = re.compile(
    rf"^(?:{MONTH}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{{1,2}}(?:, \d{{4}})? (?=(?:The|A|An) )"
)
# The web's form, the outlet alone in parentheses: "(CNN) A closely divided Supreme Court ruled ...",
# "(Reuters Health) - One in seven colon cancers ...". Without it the lead sentence, which opens
# with a parenthesis, could not be chosen. And a video player's or a photo's button glued to
# the paragraph after it: "CLOSE Kevin Spacey was accused by more than a dozen men ...", "View
# Images Originally Earth and Mars had identical proportions ..." (National Geographic).
_OUTLET_THEN_SENTENCE = rf"\([A-Z][\w.&'/ -]{{0,30}}\)\s*(?:(?:--|[-–—_])\s+)?{_SENTENCE_OPENS}"
_OUTLET_DATELINE = re.compile("^" + _OUTLET_THEN_SENTENCE)
# The same after the place in ordinary capitals, with its region or the day: "Sycamore, Illinois
# (CNN) The man convicted in the oldest cold case ...", "Sanaa, Yemen (CNN) The Sunni terror group
# ...", "Madrid, June 24 (Xinhua) -- Prime Minister Jose Maria Aznar said ...".
_PLACE_AND_OUTLET_DATELINE = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z][a-z.]+(?: [A-Z][a-z.]+)*(?: \d{1,2})? " + _OUTLET_THEN_SENTENCE
)
# The dateline many outlets set with a colon: "New Delhi: The Supreme Court on Monday ...",
# "NEW DELHI: ...". Only before an article's first paragraph of prose, and only before a lede's
# length (15 words): elsewhere a label before a colon heads a list's item or a section ("Taxes:
# The budget proposes ..."), and a headline's label is a speaker ("Officials: Gunman had ...").
_COLON_DATELINE = re.compile(
    r"^(?:[A-Z][a-z]+|[A-Z]{2,})(?: (?:[A-Z][a-z]+|[A-Z]{2,})){0,2}: (?=(?:[A-Z][a-z]*|[0-9]+)\s)"
)
_LEDE_WORDS = 15
# A newspaper's questions and answers ("Q. What was the original schedule for Kennedy's flight?"
# and the paragraph after, "A. Kennedy took off from Essex County Airport ..."): the answer is told
# in the outlet's voice, and its label, left on, reads as a name's initial ("A. Kennedy").
_QUESTION_LABEL, _ANSWER_LABEL = "Q. ", "A. "
_NOT_A_STORY = ("FILE ", "EDITOR'S NOTE", "EDITORS NOTE")
# A gallery's button after its last caption, before the story a page without its line breaks
# runs on into: "Hide Caption 23 of 23 Simpson's legal team argued ...".
_BUTTONS = ("CLOSE ", "View Images ", "Hide Caption ")
_BUTTON = re.compile(rf"^(?:CLOSE |View Images |Hide Caption \d+ of \d+ ){_SENTENCE_OPENS}")
# A web page's label for news just in or changed, before the sentence it introduces, with the
# time of the change if given: "Update: The Democratic National Committee said late Wednesday ...",
# "UPDATE: September 6, 2011 1:45 p.m.: Andrea Johnson ... wrote to NPR", "JUST IN: ...".
_DATE_OR_TIME = (
    r"(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}:\d\d|[ap]\.m\.|on|at"
    rf"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|{WEEKDAY})"
)
_NEWS_LABEL = re.compile(
    rf"^(?:UPDATED?|Updated?|JUST IN|Just [Ii]n|BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|DEVELOPING|Developing)"
    rf"(?:[ ,:]*{_DATE_OR_TIME}){{0,7}}\s*:\s+{_SENTENCE_OPENS}"
)

# Markdown, in which crawlers and reader services write the pages they fetch: the markup goes,
# the words stay. A link keeps its text (its address may hold one pair of parentheses, as
# Wikipedia's do), and so does a reference link, but not a run of notes ("[1][2]"); an image
# goes with its description, a caption; emphasis goes, and so do the marks of headings and
# quotations at the start of a line and the backslash before an escaped mark. News prose has
# no use for "](", and emphasis is read only between a word's edges, so that a censored "f***"
# keeps its stars, and not after a backslash, which makes a mark a character.
# A bracket's text holds no other bracket, so that a run of "[" is scanned once, not once from each.
_MARKDOWN_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
_MARKDOWN_LINK = re.compile(
    r"\[([^\[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)|\[(?=[^\[\]\n]*[^\W\d])([^\[\]\n]*)\]\[[^\[\]\n]*\]"
)
_MARKDOWN_EMPHASIS = re.compile(
    r"(?<![\w*\\])"
    r"(?:\*\*([^\s*][^*\n]*?(?<![\s\\]))\*\*|__([^\s_][^_\n]*?(?<![\s\\]))__|\*([^\s*][^*\n]*?(?<![\s\\]))\*)"
    r"(?![\w*])"
)
_MARKDOWN_LINE_MARK = re.compile(r"^(?:#{1,6}|>+)[ \t]+", re.MULTILINE)
_MARKDOWN_ESCAPE = re.compile(r"\\([`*_{}\[\]()#+.!>|-])")

SHORT_LINE_WORDS = 8
# Plain text is wrapped at 72 to 80 characters, a PDF's page at about 100.
WRAP_MAX_WIDTH = 120
SOCIAL_LINE_WORDS = 8


def normalize_text(text: str) -> str:
    """Unicode NFC, invisible characters removed, Windows-1252 punctuation read as control
    characters restored, one kind of space, one kind of line break; HTML's character
    references and tags left in a text read as the text they stand for."""
    # One character is looked for before a longer mark: most texts hold none, and a search for
    # one character is the fastest.
    if "&" in text:
        # A wire's typesetting codes first: "&LR;" is one, not a character reference.
        if "&Q" in text:
            text = _QUAD.sub("\n", text)
        text = _CHARACTER_REFERENCE.sub(_referenced_character, _TYPESETTING_CODE.sub(" ", text))
    if "_" in text and "___" in text:
        text = _UNDERSCORE_RULE.sub("\n", text)
    if "<" in text:
        text = _TAG.sub("", _BLOCK_TAG.sub("\n", without_scripts(text)))
    text = unicodedata.normalize("NFC", text)
    # Invisible characters and the other kinds of space are not ASCII; most articles are, and
    # the space regex, the slowest step here, then has nothing to do without a tab or two spaces.
    ascii_text = text.isascii()
    if not ascii_text:
        text = text.translate(_CHARACTER_FIXES)
        if "\ufffd?" in text:
            text = _LOST_CLOSING_QUOTE.sub("\u201d", text)
    if "brk:" in text or "tx:" in text:
        text = _SECTION_CODE.sub("\n", text)
    if "``" in text:
        # Wire copy typed quotation marks as ``...'': the quotation rules need to see them.
        text = text.replace("``", "\u201c").replace("''", "\u201d")
    elif "''" in text:
        # Other wire copy, and some crawls of it, type a quotation mark as two apostrophes at both
        # ends ("''We're having experts examine it,'' said Jack Killorin ...") or after a straight
        # opening one ('a "menace to society,'' who ...'): read as apostrophes, the quotation never
        # closes or never finds its speaker (486 development sentences could not be chosen). A
        # straight mark keeps an ASCII text ASCII: on other text Python's string operations are
        # slower, and curly marks here cost cleaning 10%.
        text = text.replace("''", '"')
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACED_DECIMAL.sub(_joined_decimal, text)
    if not ascii_text or "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    text = _SPACED_CLOSING_QUOTE.sub(_closing_quote_space, text)
    return without_markdown("\n".join(line.strip() for line in text.split("\n")))


def _joined_decimal(point: re.Match[str]) -> str:
    whole_part = point.string[max(0, point.start() - 4) : point.start()]
    return "." if _DECIMAL_WHOLE_PART.search(whole_part) else point.group()


def _closing_quote_space(spaced: re.Match[str]) -> str:
    text, position, mark = spaced.string, spaced.start(), spaced.group()[1]
    if mark == '"' and not text.count('"', text.rfind("\n", 0, position) + 1, position) % 2:
        return spaced.group()
    return mark


def without_scripts(text: str) -> str:
    """The text without its script and style elements, code included. Each element ends at the
    first closing tag after it; one left open keeps its code, which cleaning then reads as a
    line that is not prose. In one pass over the tags: a pattern from each opening tag to its
    closing one would scan to the end of the text from every tag left open."""
    for name, start in _SCRIPT_START.items():
        openings = list(start.finditer(text))
        if not openings:
            continue
        ends = list(_SCRIPT_END[name].finditer(text))
        kept: list[str] = []
        position = 0
        next_end = 0
        for opening in openings:
            if opening.start() < position:
                continue
            while next_end < len(ends) and ends[next_end].start() < opening.end():
                next_end += 1
            if next_end == len(ends):
                break
            kept.append(text[position : opening.start()])
            position = ends[next_end].end()
        text = "".join(kept) + text[position:]
    return text


def _referenced_character(reference: re.Match[str]) -> str:
    return html.unescape(reference.group())


def without_markdown(text: str) -> str:
    """The text of Markdown without its markup, its lines stripped again where markup went
    ("![photo](p.jpg) The mayor …"); each rule runs only where its mark occurs. A character is
    looked for before a pair: one is found 90 times faster."""
    marked = text
    if "]" in text and ("](" in text or "][" in text):
        text = _MARKDOWN_LINK.sub(r"\1\2", _MARKDOWN_IMAGE.sub("", text))
    if "*" in text or ("_" in text and "__" in text):
        text = _MARKDOWN_EMPHASIS.sub(r"\1\2\3", text)
    if ("#" in text or ">" in text) and (text.startswith(("#", ">")) or "\n#" in text or "\n>" in text):
        text = _MARKDOWN_LINE_MARK.sub("", text)
    if "\\" in text:
        text = _MARKDOWN_ESCAPE.sub(r"\1", text)
    if text == marked:
        return text
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def normalized_key(line: str) -> str:
    """How lines are compared across documents: case, punctuation and spacing ignored."""
    return " ".join(re.findall(r"\w+", line.lower()))


# Scripts written without spaces between words: word counts, budgets and terms all assume
# spaces, so these documents are not read rather than read wrongly.
UNSPACED_SCRIPTS = {
    "Chinese or Japanese (Han)": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "Japanese": "\u3040-\u30ff",
    "Thai": "\u0e00-\u0e7f",
    "Lao": "\u0e80-\u0eff",
    "Tibetan": "\u0f00-\u0fff",
    "Burmese": "\u1000-\u109f",
    "Khmer": "\u1780-\u17ff",
}
_SCRIPT = {language: re.compile(f"[{ranges}]") for language, ranges in UNSPACED_SCRIPTS.items()}
_ANY_UNSPACED = re.compile(f"[{''.join(UNSPACED_SCRIPTS.values())}]")
_LETTER = re.compile(r"[^\W\d_]")
SCRIPT_SAMPLE_CHARS = 4000


def unspaced_script(text: str) -> str | None:
    """The language of a text written mostly in a script without word spaces, else None."""
    sample = text[:SCRIPT_SAMPLE_CHARS]
    if sample.isascii() or not _ANY_UNSPACED.search(sample):
        return None
    if len(_ANY_UNSPACED.findall(sample)) * 2 <= len(_LETTER.findall(sample)):
        return None
    return max(_SCRIPT, key=lambda language: len(_SCRIPT[language].findall(sample)))


def clean_cluster(cluster: Cluster) -> Cluster:
    """Clean every document, using lines shared by several documents as a boilerplate signal."""
    normalized = [
        "" if unspaced_script(document.text) else normalize_text(document.text) for document in cluster.documents
    ]
    shared, names = shared_short_lines(normalized), camel_case_names(normalized)
    documents = tuple(
        replace(document, text=clean_text(text, document.title, shared, names))
        for document, text in zip(cluster.documents, normalized)
    )
    return Cluster(id=cluster.id, documents=documents, summaries=cluster.summaries, query=cluster.query)


def shared_short_lines(texts: Iterable[str]) -> frozenset[str]:
    """Short lines that occur in two or more documents: site furniture, not reporting."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({normalized_key(line) for line in text.split("\n") if _is_short(line)})
    return frozenset(key for key, count in counts.items() if key and count >= 2)


def camel_case_names(texts: Iterable[str]) -> frozenset[str]:
    """The words in camel case that the texts write more than once: names, not the joins of
    two links' words that a crawl glues together (:data:`_GLUED_WORDS`)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_camel_case_words(text))
    return frozenset(word for word, count in counts.items() if count >= 2)


def _camel_case_words(text: str) -> list[str]:
    """What ``_GLUED_WORDS.finditer(text)`` finds, found from the joins of a small letter and a
    capital, which are few: scanning the whole text with the word pattern took a tenth of the
    cleaning of a 500-article cluster."""
    starts: dict[int, str] = {}
    previous_join, start = -1, 0
    for join in _LOWER_THEN_UPPER.finditer(text):
        position = join.start()
        # A join in the word of the one before has its start: walking back from each join of a
        # long run of letters ("aBaBaB…") would take time quadratic in its length.
        if previous_join < 0 or not text[previous_join:position].isalpha():
            start = position
            while start and text[start - 1].isalpha():
                start -= 1
        previous_join = position
        if start not in starts:
            match = _GLUED_WORDS.match(text, start)
            starts[start] = match.group() if match else ""
    return [word for word in starts.values() if word]


@dataclass(frozen=True)
class DebrisSigns:
    """What the debris rules read beside a paragraph: its document's title (its
    :func:`normalized_key`), the short lines other documents share, the fixed notices and the
    credit terms its document holds (the rules look only for those), the names its cluster
    writes in camel case, and the days its gallery's captions end with."""

    title_key: str | None = None
    shared: frozenset[str] = frozenset()
    notices: tuple[str, ...] = SITE_NOTICES
    credit_terms: tuple[str, ...] = _CREDIT_TERMS
    camel_case_names: frozenset[str] = frozenset()
    caption_endings: frozenset[str] = frozenset()


def clean_text(
    text: str, title: str | None = None, shared: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()
) -> str:
    """Clean one normalized document body; the result has one paragraph per line, and a blank
    line before each further story of a page that runs several (:func:`opens_another_story`).
    ``shared`` are the short lines other documents of its cluster hold too
    (:func:`shared_short_lines`), ``names`` the words its cluster writes in camel case more
    than once (:func:`camel_case_names`)."""
    paragraphs = pages_cut_into_sentences(rejoin_broken_lines(text.split("\n")))
    notices, credit_terms = _terms_in(paragraphs)
    signs = DebrisSigns(
        title_key=normalized_key(title) if title else None,
        shared=shared,
        notices=notices,
        credit_terms=credit_terms,
        camel_case_names=names,
        caption_endings=gallery_caption_endings(paragraphs),
    )
    kept: list[tuple[str, bool]] = []
    last_kept = -1
    after_handle = False
    previous_label: str | None = None
    lede_pending = True
    for index, line in enumerate(paragraphs):
        label = _label(line)
        repeated_label = label is not None and label in (previous_label, _label_at(paragraphs, index + 1))
        previous_label = label
        if _POST_SIGNATURE.match(line):
            # A post's signature on a line of its own closes the paragraph before it, the post
            # (an embed's markup as an HTML extractor writes it out).
            if last_kept == index - 1:
                kept.pop()
            continue
        if is_social_handle_line(line):
            # "Name @handle" heads an embedded post; "— Name (@handle)" closes one.
            after_handle = not line.startswith(("—", "–", "-"))
            continue
        # The paragraph right after "Name @handle" is the embedded post itself.
        if after_handle:
            after_handle = False
            continue
        if repeated_label or is_embedded_post(line):
            continue
        if line.startswith(_ANSWER_LABEL) and index and paragraphs[index - 1].startswith(_QUESTION_LABEL):
            line = line[len(_ANSWER_LABEL) :]
        if is_noise_line(line, signs):
            line = without_debris_sentences(line, lambda sentence: is_noise_line(sentence, signs))
            if not line:
                continue
        prose = single_spaced(without_pronunciation_guides(without_link_debris(without_urls(line))))
        prose = _LIST_MARKER.sub("", prose, count=1)
        if last_kept == -1:
            prose = _without_glued_headline(prose)
        paragraph = _strip_leading_label(prose)
        if lede_pending and ends_like_sentence(paragraph):
            lede_pending = False
            paragraph = _without_colon_dateline(paragraph)
        kept.append((paragraph, opens_another_story(prose)))
        last_kept = index
    lines: list[str] = []
    for paragraph, another_story in kept:
        if paragraph:
            lines.extend(("", paragraph) if another_story and lines else (paragraph,))
    return "\n".join(lines)


def pages_cut_into_sentences(paragraphs: list[str]) -> list[str]:
    """The paragraphs, each of at least ``PAGE_PARAGRAPH_WORDS`` words cut into its sentences:
    no writer's paragraph, but a page whose line breaks were lost (a crawl that kept only the
    text, a feed that joined the paragraphs with spaces). Its headline, buttons, captions and
    pasted posts are then read one by one, as the rules read a page's paragraphs, where read as
    one paragraph a gallery's captions had made a 1,000-word story debris as a whole. Cut by the
    English rules, as a mixed paragraph is: cleaning comes before the language is known."""
    cut: list[str] = []
    for paragraph in paragraphs:
        # Its length first, which costs nothing: 300 words of news prose run well past 1,200 characters.
        if len(paragraph) > PAGE_PARAGRAPH_WORDS * 4 and has_words(paragraph, PAGE_PARAGRAPH_WORDS):
            cut.extend(split_sentences(paragraph, open_quotations_run_on=False, lost_stops=False))
        else:
            cut.append(paragraph)
    return cut


def gallery_caption_endings(paragraphs: list[str]) -> frozenset[str]:
    """The days (:data:`_PLACE_AND_DAY_AT_THE_END`) that end two or more of a document's
    distinct paragraphs of one short sentence after a place: its gallery's captions. A paragraph
    the page repeats counts once."""
    counts = Counter(ending for paragraph in set(paragraphs) if (ending := _caption_ending(paragraph)))
    return frozenset(ending for ending, count in counts.items() if count >= 2)


def _caption_ending(paragraph: str) -> str | None:
    # The digit before the full stop first: most paragraphs end with a word.
    if not paragraph[-2:-1].isdigit() or not paragraph.endswith(".") or has_words(paragraph, CAPTION_MAX_WORDS):
        return None
    match = _PLACE_AND_DAY_AT_THE_END.search(paragraph, max(0, len(paragraph) - 80))
    # One sentence: a paragraph of more tells of something besides the picture.
    return match.group(1) if match and not _holds_two_sentences(paragraph) else None


def opens_another_story(paragraph: str) -> bool:
    """Whether a paragraph after a document's first opens a story of its own: it starts with a
    wire's dateline or story slug ("TOKYO (AP) -- ", "CUBA-ELIAN _ MIAMI _ "), as the items of a
    wire's digest and of a news-in-brief page do. Not a photo's caption ("FILE - In this Aug.
    15, 2014 file photo, ...") or an editor's note, which belong to the story around them."""
    return bool(_DATELINE.match(paragraph)) and not paragraph.startswith(_NOT_A_STORY)


def without_debris_sentences(paragraph: str, is_debris: Callable[[str], bool]) -> str:
    """A paragraph the debris rules flag, as reporting with its debris sentences taken out, or
    "" when it is debris as a whole.

    The rules read a paragraph as one line, and one glued link list, credit or copyright notice
    flags it all. A paragraph is sometimes a whole story: a text pasted without its line breaks,
    a syndicate's copyright notice run into the 800 words of the story after it, a page's
    editing links run into a 1,000-word story. When the paragraph holds at least
    ``MIXED_PARAGRAPH_WORDS`` words in ``MIXED_PARAGRAPH_SENTENCES`` sentences or more and those
    ``is_debris`` flags hold at most ``MIXED_PARAGRAPH_DEBRIS_SHARE`` of its words, only they go.
    Shorter, with fewer sentences or with more debris, the paragraph is debris with a few
    sentences of prose in it, and goes whole: a newsletter's sign-up form ("Thank you for
    subscribing."), an archive's notice ("The goal is to fix all broken links on the web."), a
    gallery's captions.
    """
    words = len(paragraph.split())
    if words < MIXED_PARAGRAPH_WORDS:
        return ""
    # The split's English rules, as a page is cut (:func:`pages_cut_into_sentences`): a full stop,
    # a question or an exclamation mark, and the abbreviations, cut most languages written with
    # them well enough to tell debris from prose.
    sentences = split_sentences(paragraph, open_quotations_run_on=False, lost_stops=False)
    if len(sentences) < MIXED_PARAGRAPH_SENTENCES:
        return ""
    kept = [piece for sentence in sentences for piece in _prose_pieces(sentence, is_debris)]
    if sum(len(piece.split()) for piece in kept) < (1 - MIXED_PARAGRAPH_DEBRIS_SHARE) * words:
        return ""
    return " ".join(kept)


def _prose_pieces(sentence: str, is_debris: Callable[[str], bool]) -> list[str]:
    """The sentence if it is not debris; else its pieces that are not, cut after each word in
    capitals with a full stop. The segmenter does not cut after an abbreviation, and a notice
    that ends with one runs into the story's lede: "... WITHOUT ATTRIBUTION TO WORLDSOURCES,
    INC. Greenhouse gas emissions - blamed for global warming - may cause the collapse of the
    West Antarctic Ice Sheet ...". Not after initials ("O.J. Simpson", "U.S. Navy", "F. Lee
    Bailey"): cut there, a gallery's caption gave back its pieces ("Hide Caption 2 of 23 Photos:
    The rise and fall of O.J. Simpson Simpson, pictured in 1974, was a running back ...")."""
    if not is_debris(sentence):
        return [sentence]
    starts = [0] + [cut.end() for cut in _CAPITALS_ABBREVIATION_END.finditer(sentence)]
    pieces = [sentence[start:end].strip() for start, end in zip(starts, [*starts[1:], len(sentence)])]
    return [piece for piece in pieces if not is_debris(piece)] if len(pieces) > 1 else []


def _without_glued_headline(opening: str) -> str:
    """A document's first paragraph without the headline a page without its line breaks runs into
    it: before a wire dateline (:data:`_HEADLINE_AND_DATELINE`), or in capitals before a sentence
    (:data:`_HEADLINE_IN_CAPITALS`). One that opens with its dateline has none."""
    if _DATELINE.match(opening):
        return opening
    return _HEADLINE_IN_CAPITALS.sub("", _HEADLINE_AND_DATELINE.sub("", opening, count=1), count=1)


def _without_colon_dateline(lede: str) -> str:
    match = _COLON_DATELINE.match(lede)
    if match and has_words(lede[match.end() :], _LEDE_WORDS):
        return lede[match.end() :]
    return lede


def _terms_in(paragraphs: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The fixed notices and the credit terms a document holds. Most documents hold no notice
    and few credit terms: all are looked for in one pass over the whole text, and line by line
    only if found there (line by line, the credit terms had cost 2% of a 10-article summary;
    each term in turn over the whole text, 6%)."""
    found = set(_TERM_MATCHER.find_matches_as_strings("\n".join(paragraphs).lower(), overlapping=True))
    notices = tuple(notice for notice in SITE_NOTICES if notice in found)
    return notices, tuple(term for term in _CREDIT_TERMS if term in found)


def rejoin_broken_lines(lines: list[str]) -> list[str]:
    """Join a line that stops mid-sentence with the next non-empty line when that one starts
    in lower case: a hard wrap or a layout break, not a new paragraph. In a text wrapped at a
    fixed width (a plain-text file, a PDF's text) a full line that stops mid-sentence goes on
    in the line right after it whatever that one starts with ("… killed 247 people on" /
    "Friday, officials said.")."""
    width = wrap_width(lines)
    # Each paragraph as its lines, joined once at the end: adding each line to a growing string
    # would copy a long wrapped text over and over.
    paragraphs: list[list[str]] = []
    previous = ""
    for line in lines:
        if not line:
            previous = ""
            continue
        if (
            paragraphs
            and not ends_like_sentence(paragraphs[-1][-1])
            and (line[0].islower() or (width and previous and _wrapped_before(previous, line, width)))
        ):
            # A word broken at its hyphen ("then-" / "candidate") is one word again; the
            # hyphen stays, since "well-" / "known" is broken the same way.
            before = paragraphs[-1][-1]
            joint = "" if line[0].islower() and before.endswith("-") and before[-2:-1].isalpha() else " "
            paragraphs[-1].append(joint + line)
        else:
            paragraphs.append([line])
        previous = line
    return ["".join(parts) for parts in paragraphs]


def wrap_width(lines: list[str]) -> int | None:
    """The width at which a text was wrapped, or ``None`` when its lines are paragraphs.

    Wrapped, a text's lines are at most a screen wide, and a quarter or more of those followed
    right away by another are full, stop mid-sentence and go on in lower case. Web pages write
    one paragraph per line, wider than that, and a caption or a heading is followed by a capital."""
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < 3:
        return None
    # Not the longest line: a URL or a table's row may run past the width.
    width = lengths[(len(lengths) - 1) * 9 // 10]
    if width > WRAP_MAX_WIDTH:
        return None
    adjacent = [(line, after) for line, after in zip(lines, lines[1:]) if line and after]
    wraps = sum(
        1
        for line, after in adjacent
        if after[0].islower() and not ends_like_sentence(line) and _wrapped_before(line, after, width)
    )
    return width if wraps and 4 * wraps >= len(adjacent) else None


def _wrapped_before(line: str, after: str, width: int) -> bool:
    # With a proportional font (a PDF) the widths in characters vary: a line is full from four
    # fifths of the width on, and may run a quarter past it. A heading is shorter, a paragraph
    # longer, and a list's item starts with its marker.
    first_word = after.split(None, 1)[:1]
    return (
        0.8 * width < len(line) + 1 + len(first_word[0] if first_word else "")
        and len(line) <= 1.25 * width
        and not _BULLET.match(after)
    )


def is_noise_line(line: str, signs: DebrisSigns = DebrisSigns()) -> bool:
    """Whether a paragraph is crawl debris."""
    title_key = signs.title_key
    if not _WORD.search(line):
        return True
    # Keys are built only for lines that could match one: a paragraph can be megabytes long.
    short = _is_short(line)
    if short or (title_key is not None and len(line) <= 2 * len(title_key) + 20):
        key = normalized_key(line)
        if key == title_key or (short and key in signs.shared):
            return True
    if _BRACKETED.match(line) or _NAVIGATION_LABEL.match(line):
        return True
    if _BULLET.match(line) and not ends_like_sentence(line):
        return True
    lowered = line.lower()
    if "#" in line and is_tweet_with_hashtags(line):
        return True
    if any(term in lowered for term in signs.credit_terms) and _has_credit(line, lowered):
        return True
    if "in this" in lowered and _CAPTION.search(lowered):
        return True
    if is_photo_positions(line):
        return True
    if signs.caption_endings and _caption_ending(line) in signs.caption_endings:
        return True
    if ("Enlarge " in line[:8] or "View " in line[:100]) and _PICTURE_VIEWER.match(line):
        return True
    if line.endswith(")") and _AGENCY_CREDIT.search(line[-80:]):
        return True
    if "/" in line[:60] and _PHOTOGRAPHER_CREDIT.match(line):
        return True
    if lowered.startswith(_NOTE_LABELS) or any(notice in lowered for notice in signs.notices):
        return True
    if _PHONE_NUMBER.search(lowered) or ("fax" in lowered and _FAX_NUMBER.search(lowered)):
        return True
    if _WRITER_CREDIT.match(line) or is_capitals_heading(line):
        return True
    text = without_urls(line).strip()
    # Read without its addresses, whose paths are written in camel case ("/Food/RecallsOutbreaks…").
    if _LOWER_THEN_UPPER.search(text) and _has_glued_words(text, signs.camel_case_names):
        return True
    # Short once its addresses are gone, or a sentence pointing to one it ended with: "For
    # in-depth reporting, visit the Campaign 2000 Web site: http://www.coxnews.com/2000." (A
    # paragraph of more sentences may end so; the standalone rule refuses the one the colon ends.)
    if len(text) < len(line) and (
        not has_words(text, SHORT_LINE_WORDS)
        or (
            _POINTS_TO_ADDRESS.search(text)
            and not has_words(text, POINTER_MAX_WORDS)
            and not _holds_two_sentences(text)
        )
    ):
        return True
    return not looks_like_prose(text)


def _has_credit(line: str, lowered: str) -> bool:
    """A photo's or a video's credit ("Photo: AP", "Image credit: …", "Video by …", "6 photos:"),
    not the word in a sentence after a word of its own ("created in God's image: …", "a stunning
    image: …", "trying to soften his image by showing …")."""
    return any(
        line[match.start()].isupper() or not _WORD_BEFORE.search(line, max(0, match.start() - 30), match.start())
        for match in _CREDIT.finditer(lowered)
    )


def is_tweet_with_hashtags(line: str) -> bool:
    """A post pasted inline: hashtags with a tweet's link, or written in place of words
    ("Reports of Russian #RuAF strikes near Jisr al Shughour #Syria", "clashes between #Assad
    forces + rebels"). A hashtag the story names as a thing is reporting: "The #MeToo movement
    has …", 'promising "more on the #royalprank."', "under the hashtag #BringBackOurGirls", "the
    social media campaign #letstalklumos"."""
    tags = list(_HASHTAG.finditer(line))
    if not tags:
        return False
    if any(link in line for link in _TWEET_LINKS):
        return True
    return any(not _NAMES_A_HASHTAG.search(line, max(0, tag.start() - 20), tag.start()) for tag in tags)


def _has_glued_words(line: str, names: frozenset[str]) -> bool:
    """Two words in camel case that are not names: a run of links glued together."""
    glued = (match for match in _GLUED_WORDS.finditer(line) if match.group() not in names)
    return len(list(islice(glued, 2))) == 2


def is_capitals_heading(line: str) -> bool:
    """More than half of a short line's words written in capitals."""
    if has_words(line, HEADING_MAX_WORDS + 1) or not _TWO_CAPITALS.search(line):
        return False
    return len(_CAPITALIZED_WORD.findall(line)) * 2 > len(_ANY_WORD.findall(line))


def is_capitals_label(sentence: str) -> bool:
    """A sentence that opens with a word in capitals and is mostly in capitals: a label or a
    listing's entry opening a paragraph of prose, which cleaning keeps whole ("STAR WARS:
    EPISODE I _ THE PHANTOM MENACE: Science fiction."). The opening word is asked first: few
    sentences have one, so the rule costs the others almost nothing."""
    return bool(_CAPITALIZED_WORD.match(sentence)) and is_capitals_heading(sentence)


def ends_like_sentence(line: str) -> bool:
    # A string method, not a regex anchored at the end, which would scan the whole line.
    return line.rstrip(CLOSERS).endswith(SENTENCE_ENDS)


def looks_like_prose(line: str) -> bool:
    """Ends like a sentence, or is a long paragraph whose crawl was cut mid-sentence."""
    if ends_like_sentence(line):
        return True
    return has_words(line, 20) and _holds_two_sentences(line)


def _holds_two_sentences(line: str) -> bool:
    """A sentence ends inside the line, before one that does not start in lower case."""
    return any(not start.group(1).islower() for start in _INTERNAL_SENTENCE_END.finditer(line))


def is_photo_positions(line: str) -> bool:
    """A caption placing the people in a photo, by ordinal or by both sides."""
    # Most lines hold no closing parenthesis: one test spares them the six below.
    if ")" not in line:
        return False
    if "(L)" in line and "(R)" in line:
        return True
    return ("L)" in line or "R)" in line or "left)" in line or "right)" in line) and bool(_ORDINAL_POSITION.search(line))


def is_social_handle_line(line: str) -> bool:
    """"Jennifer Cafarella @JennyCafarella", "— Name (@handle)"; a dated signature is
    ``_POST_SIGNATURE``'s, which takes its post along."""
    return "@" in line and bool(_HANDLE.search(line)) and len(_HANDLE.sub("", line).split()) <= SOCIAL_LINE_WORDS


def is_embedded_post(line: str) -> bool:
    """A post and its signature in one paragraph: "I think it's creepy that you can say "Xbox
    on" and it will turn on. — Jack Lloyd (@RedDeadLloyd) May 21, 2013"."""
    # The end only: a paragraph can be megabytes long.
    end = line[-160:]
    return "(@" in end and bool(_POST_SIGNATURE.search(end))


def single_spaced(line: str) -> str:
    """The line with each run of whitespace made one space and none at its ends. Most lines are
    already so, and telling that costs half of splitting and joining them: every whitespace
    character but the space is unprintable."""
    if "  " not in line and line.isprintable() and line[:1] != " " and line[-1:] != " ":
        return line
    return " ".join(line.split())


def without_urls(line: str) -> str:
    # The substring tests spare a regex scan of paragraphs that can be megabytes long.
    return _URL.sub("", line) if "://" in line or "www." in line.lower() else line


def without_link_debris(line: str) -> str:
    """The line without what a dropped link leaves: its words in parentheses, empty brackets,
    a space before a comma or a full stop."""
    if " (" in line or " [" in line:
        line = _LINK_LABEL.sub("", line)
    if " ," in line or " ." in line:
        line = _SPACE_BEFORE_MARK.sub("", line)
    return line


def without_pronunciation_guides(line: str) -> str:
    return _PRONUNCIATION_GUIDE.sub(_dropped_if_a_guide, line) if "-" in line and "(" in line else line


def _dropped_if_a_guide(guide: re.Match[str]) -> str:
    words = guide.group(1).split()
    syllables = [syllable.rstrip("'’") for word in words for syllable in word.split("-")]
    is_guide = (
        any(syllable.isupper() and len(syllable) > 1 for syllable in syllables)
        and any(syllable.islower() for syllable in syllables)
        and any(_STRESSED.search(word) or word.count("-") >= 2 for word in words)
    )
    return "" if is_guide else guide.group(0)


def words_with_lost_characters(text: str) -> list[str]:
    """The words in which a character was lost to a wrong decoding ("speci?c", "Steele?s"):
    which character it was (fi, fl, ffi, an apostrophe, a dash) cannot be told for sure, so
    such text cannot be quoted as its source wrote it."""
    # The mark is looked for, then its word is found around it: a pattern that opened with the
    # word's characters would be tried at every character of a long token and scan it to its end.
    if "?" not in text and "\ufffd" not in text:
        return []
    words: list[str] = []
    end = 0
    for mark in _LOST_MARK.finditer(text):
        if mark.start() < end:
            continue  # a second mark in a word already taken
        start = mark.start()
        while start and not text[start - 1].isspace():
            start -= 1
        end = _WORD_END.search(text, mark.end()).start()
        words.append(text[start:end])
    return words


def has_words(line: str, count: int) -> bool:
    """At least ``count`` words, found without splitting all of a long line."""
    return len(line.split(None, count)) >= count


def _is_short(line: str) -> bool:
    return not has_words(line, SHORT_LINE_WORDS)


def _label(line: str) -> str | None:
    match = _LABEL_PREFIX.match(line)
    return match.group(1).lower() if match else None


def _label_at(paragraphs: list[str], index: int) -> str | None:
    return _label(paragraphs[index]) if index < len(paragraphs) else None


def _strip_leading_label(line: str) -> str:
    """The line without a dateline or a player's button, then without a news label, before its
    first sentence: "(CNN) Update: The Democratic National Committee said ..."."""
    if line.startswith("("):
        line = _OUTLET_DATELINE.sub("", line, count=1)
    elif line.startswith(_BUTTONS):
        line = _BUTTON.sub("", line, count=1)
    else:
        # Twice: a wire budget's story slug comes before the dateline ("BRITAIN-RACE _ LONDON _
        # The 600-page report ..."), and archived copy may repeat it ("GENEVA (AP) -- GENEVA (AP) -- ").
        line, datelines = _DATELINE.subn("", line, count=1)
        if datelines:
            line = _DATELINE.sub("", line, count=1)
        line = _DATE_STAMP.sub("", line, count=1)
        if ") " in line[:60]:
            line = _PLACE_AND_OUTLET_DATELINE.sub("", line, count=1)
    return _NEWS_LABEL.sub("", line, count=1)
