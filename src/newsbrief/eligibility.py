"""Eligibility: which sentences of a cluster a brief may hold, and when.

A sentence may be chosen on its own only if it reads without its neighbours
(:class:`StandaloneRule`): a whole sentence, with its quotation's speaker named, that does not
point back to the sentence before, speak in the writer's first person or talk about the page.
One that points back may still follow its predecessor, one that names its speaker or, as its
subject, a person by surname alone waits for a chosen sentence that gives the full name, and one
whose subject is a group the story introduced ("The men were charged ...") for a chosen sentence
that mentions the group (:class:`Eligibility`, :class:`Admission`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from importlib import resources

from .clean import (
    CLOSERS,
    MONTH,
    NUMBERED_MARK,
    OTHER_FULL_STOPS,
    WEEKDAY,
    has_words,
    is_capitals_label,
    words_with_lost_characters,
)
from .model import Sentence
from .represent import stem_tokens, word_rules

OPENING_QUOTES = "\"'“‘«"
# A full stop or an exclamation mark ends a sentence (not a question mark); an ellipsis ends a
# teaser or link preview where the site cut it: "The difference is that Mr. Trump has..."
# An exclamation mark counts only before a closing quotation mark or bracket ('Fans chanted: "We
# want more!"'): as the sentence's last character it is the writer's, in a pasted tweet or a
# tabloid's line ("Can't wait to meet these beauties!", "Bruce Willis is about to dive hard
# into daddy duty — again!").
_TERMINAL = (".", "!") + OTHER_FULL_STOPS
_CUT_OFF = ("...", "…")
# The page speaking to its reader: "See the full story here.", "Send us a secure tip at ...".
# "See, the star ..." and "Watch out, ..." are prose.
_CALL_TO_ACTION = re.compile(
    r"^(?:See|Read|Watch|Click|Tap here|Subscribe|Sign up|Sign in|Follow us|Send us|Tell us|Email us|Join us|Listen to|"
    r"Check out|Download|Visit|Scroll down|Find out|Learn more|Like us|Please)\b(?!,| out\b)"
)
# An imperative: the news is not told in it. It is advice to the reader, the page's own ("Don't
# attack other readers personally ...") or a source's given without its quotation marks, which
# states the source's words as the outlet's ("Hang some good and beautiful pictures in the bedroom
# ..." from a government booklet, "Buy supplements at stores you trust."), or the writer's
# rhetoric ("Consider the Coeur d'Alene tribe ...", "Take, for example, ..."). The first verbs
# are not nouns, so any word in lower case may follow them; the others are ("Share prices fell
# ...", "Pay rose ...", "Watch sales ...", "Stay of execution"), and are imperatives only before
# their object or a particle. The base forms differ from the past participles: "Put in place in
# 1994, the system ..." opens with a participle. An imperative with its speaker after it reports
# the speaker's advice ("Watch out for falling prices this winter, the central bank warned.").
# A recipe's steps are imperatives too ("Drain and chill, reserving the juice.", "Whisk together 4
# to 5 egg yolks in a bowl ...", from a food page among a cluster's stories). English only.
_IMPERATIVE = re.compile(
    r"^(?:(?:Don['’]t|Do not|Never mind)\s"
    r"|(?:Add|Ask|Avoid|Bake|Be|Bring|Buy|Chill|Choose|Combine|Consider|Cover|Drain|Forget|Get|Give|Ignore|Imagine"
    r"|Keep|Learn|Make|Melt|Preheat|Refrigerate|Remember|Remove|Send|Serve|Simmer|Sprinkle|Stir|Take|Tell|Whisk)"
    r"\s[a-z]"
    r"|(?:Call|Check|Cook|Drink|Eat|Find|Go|Hang|Heat|Join|Leave|Look|Pay|Place|Pour|Share|Slice|Spread|Start|Stay"
    r"|Stop|Think|Try|Turn|Use|Visit|Wait|Watch|Wear)"
    r"\s(?:the|a|an|your|yourself|you|it|them|this|these|those|some|any|all|more|up|out|in|on|off|down"
    r"|away|back|at|him|her|us|me|our|my|his|their|what|how|whether|sure|each|every|one|no)\b"
    r"|(?:Remember|Note|Imagine|Consider|Take),\s)"
)
# A video's or a broadcast's presenter introduced by the page: "Josh King has the story
# (@abridgetoland).", "Charles Levinson has the latest from Tel Aviv on The News Hub.", "Dan Noyes
# has an exclusive report." Not "Apple has the latest chips": the phrase ends the sentence or is
# followed by where it is told from. Or named with the outlet's possessive, and what the video
# goes over: "USA TODAY Sports' Rachel Axon discusses the International Association of Athletics
# Federation's decision ...", "CNN's Brian Todd reports."; not the outlet's own report ("Turkey's
# Anadolu Agency reports that ...") nor an aside ("As Al-Monitor's Murat Bilgincan explains, ...").
_PRESENTER_CREDIT = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s){1,4}has (?:the story|the latest|the details|more|an? (?:exclusive )?report)"
    r"(?=\s*(?:[.(]|from\b|on\b|$))"
    r"|^(?:[A-Z][\w.&-]*\s){0,3}[A-Z][\w.&-]*['’]s?\s[A-Z][a-z]+\s[A-Z][a-z]+\s"
    r"(?:(?:discusses|explains|breaks down|previews|recaps)\s(?:the|a|an|how|why|what|whether)\b|reports\.$)"
)
_PRESENTER_WORDS = (" has ", " discusses ", " explains ", " breaks down ", " previews ", " recaps ", " reports.")
# Words that point back to something the summary may not contain, or qualify it ("Especially a
# child with disabilities, who ...").
_NEEDS_CONTEXT = frozenset(
    "he she it they them his her its their theirs this that these those there such "
    "but and or so also however meanwhile hence thus therefore then still yet instead "
    "besides moreover furthermore nevertheless nonetheless otherwise likewise "
    "others finally lastly firstly secondly thirdly especially particularly".split()
)
# An opening that continues what the previous sentence said: an item of a list it announced
# ("First, the word ...", "Second is the importance of ...", "Next, Minority Whip Steny Hoyer
# pleaded ..."; not "First Deputy Prime Minister ..." or "First responders ..."; so is the first
# side of a contrast, "On the one hand, ...", read with the sentences around it), an example or a
# restatement of it ("For example, Twitter allows users to block accounts ...", "In other words,
# ..."), the detail of it ("Specifically, no household making more than $1 million will be
# allowed to pay less than 30% ...", "In particular, readers younger than 25 bought fewer books
# ..."), an objection to it ("Except that there was no global cooling.", "On the contrary, clinical
# and animal studies have identified ...", "Nothing could be further from the truth.", "Not that
# the voters seem to mind.", "Not in the case of Delma Banks Jr., who ...", "Not because he's
# juggling the many deals ..."; not "Not to minimize ..., but ...", which has its own clause), or a
# worse turn of it ("Adding to the controversy was a petition filed by lawyers Friday ...",
# "Complicating matters, preventive measures have gotten trickier ...", "Compounding the Corps'
# budget problems, ..."):
# which controversy, which matters, the sentence before said; so do a likeness to it
# ("Similarly, ...", "Similar violence rocked another Basque town ..."; not "Similar to ...",
# which names it), its return ("Again, doctors told them not to worry."), a place beside it
# ("Elsewhere on Capitol Hill, ...") and more of it ("Further, the declaration said ...",
# "Further repression and major bloodshed loom ...", "Additional checkpoints have been set up
# ..."), as "Another" and "Other" do (_STAND_IN_SUBJECT). So does an interjection, a reaction to
# what came before, the writer's or a post's pasted without its marks: "Wow, the ratings are in
# and Arnold Schwarzenegger got "swamped" ...", "Well, okay, not really, not in the world of Game
# of Thrones.", "Oh, by the way, ...". So does setting aside what came before, whose alternatives
# or doubts it told: "Regardless, Friday's attacks marked one of the worst days of recent
# violence ...", "Either way, the artists don't get royalties ...", what it told in place of
# them or as their result ("Rather, the rebels carried out strikes on villages ...",
# "Consequently, the UAW has made protecting jobs a major goal."), and the writer's concession
# to the argument it makes: "Of course evolution is a theory.", "Of course, all long-range
# forecasts need to be taken with a grain of salt.". Other connectives ("In addition,", "As a
# result,", "Indeed,") and the writer's replies ("Yes, the government ignored ...", "Sure, members
# of Congress might ...") were measured too: their sentences mostly carry their own facts, and
# refusing them cost Multi-News 0.1 R-1 each (docs/quality-log.md).
_CONTINUING_OPENING = re.compile(
    r"^(?:(?:First|Second|Third|Fourth|Fifth)(?:,| is\b| was\b)|(?:For (?:example|instance)|In other words|Next),"
    r"|On (?:the )?one (?:hand|side),"
    r"|(?:Specifically|More specifically|In particular|Namely),|Except that\b|(?:On|To) the contrary,"
    r"|Not (?:that|in|for|because|since|with|at|by|from|until|unless|when|if|after|before|on)\b"
    r"|Quite the (?:contrary|opposite)\b|Nothing (?:could|can) be (?:further|farther) from the truth\b"
    r"|(?:Adding to|To add to|Complicating matters|(?:To make|Making) matters worse"
    r"|Worse (?:still|yet))\b"
    r"|Compounding (?:the|his|her|its|their|this|that|these|those)\b"
    r"|Similarly\b|Similar\b(?! to\b)|Again\b|Elsewhere\b|(?:Further|Additional)\b(?!-)"
    r"|(?:Regardless|Either way|Rather|Consequently),|Of course\b"
    r"|(?:Wow|Whoa|Oh|Ah|Aw|Hey|Ugh|Yikes|Gosh|Geez|Jeez|Alas|Hmm|Well|Okay|OK)[,!])"
)
# A numeral or a determiner standing for a noun the previous sentence gave, as the subject: "One was
# Analisa Siemsen, 21, an aspiring screenwriter.", "Another said, ...", "The second would make
# federally insured mortgages available ...", "Both said they did not know ...", "The latter two are
# in custody in New York.", "Both served in the Cabinet ...", a quantifier before "be" or "have"
# ("Most are in their mid-40s to early 50s.") and, but "Some" and "Many", which mostly stand for
# people at large ("Some say ...", "Many fled the city ..."), before another verb ("All use the
# French franc as their currency.", "Most break in hoping to get lucky."; not "All told, ..."),
# and "None" but before "of" ("None seems to work for all.", "None tested positive for West Nile
# virus."; "None of the passengers was hurt." names them). Before a verb or a comma only, so
# that "One person died", "The first flight", "The former president" and "Many fled the city" name
# their own noun or stand for people at large; "The last" is left out ("The last confirmed
# sighting"). "The other" and "The same" point back before a noun too ("The other submarine was the
# Memphis.", "The same survey shows ..."), but for "the other day" and its like, which mean
# "recently"; so do "Another" and "Other" before a noun, which presuppose ones the story told of
# before ("Another reason was the location ...", "Another Newt Gingrich attorney, Thomas Browning,
# said ...", "Another 11 people were killed in ...", "Other terms include a $1,350 signing bonus
# ..."), but for "Another week, another allegation ..." and "Other than"; so does "The" and an
# ordinal after the first before a noun ("The third group watched relaxing videos.", "The second
# theory is that ..."), but for a time ("The second half ...") and an anniversary ("A third new drug
# for arthritis has been approved ..." may open a story); and so does a count of others ("Two other
# guards remain fugitives.", "Three others were crushed by debris ...", "Several other states are
# debating similar moves."): others than the ones the story told of before. A count of more, and "a
# further" or "an additional", add to them the same way ("Two more soldiers were killed along with
# three attackers.", "Thousands more are still missing ...", "A further 13 states have one inmate
# each.", "An additional 150,000 people live in cramped prefabricated homes ..."); not when a
# comparison follows ("Many more women than men ...").
# A count and a quantifier read the same way whether they stand for the previous sentence's noun,
# count others than its people ("Eleven others were hurt") or take a share of them ("Fourteen of
# his associates").
_COUNT = (
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+teen|Twenty|Dozens|Hundreds|"
    r"Thousands|\d[\d,]*)"
)
_QUANTIFIER = r"(?:Most|Many|Some|Several|A few|Few|All|(?:Nearly|Almost) all)"
# "The two" and a count after "The" before a verb: the people the previous sentence counted ("The
# two are being held in New York.", "The three were identified as ..."). Not before a comma,
# after which the sentence may name them ("The two, Udi Hargov, 27, and Igal Damary, 47, were
# charged ..."), and in words only: "The 767 has a glass cockpit" names an aircraft.
_COUNT_WORD = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty)"
)
# The auxiliaries a subject that stands for someone comes before, as the stand-ins and the groups
# below read them.
_AUXILIARY = r"is|was|are|were|has|have|had|would|will|could|can|may|might|must|should|did|does|do"
_VERB_OF_A_STAND_IN = (
    rf"{_AUXILIARY}|also|still|even|now|already|"
    r"said|says|told|tells|added|adds|wrote|writes|asked|asks|responds|responded|replied|testified|argued|noted|"
    r"tweeted|posted|use|used|want|wanted|live|lived|work|worked|went|came|died|survived|fled|served|shared|"
    r"expressed|expected|spend|spent|offer|offered|agreed|refused|declined|remain|remained|break|broke|face|"
    r"faced|know|knew"
)
_STAND_IN_SUBJECT = re.compile(
    r"^(?:The (?:other\b(?! (?:day|night|morning|afternoon|evening|week)\b)|same\b)"
    r"|Another\b(?! [\w-]+, another\b)|Other\b(?! than\b)"
    r"|(?:One|Both|Neither|Either|A (?:second|third|fourth|fifth)|"
    r"The (?:others|rest|first|second|third|fourth|fifth|former))"
    rf"(?:,| (?:{_VERB_OF_A_STAND_IN})\b)"
    rf"|(?:(?!Some|Many){_QUANTIFIER} (?:{_VERB_OF_A_STAND_IN}|say|argue|believe|think)"
    rf"|{_QUANTIFIER} (?:is|was|are|were|has|have|had))(?![\w-]|,)"
    r"|None\b(?! of\b)"
    rf"|The {_COUNT_WORD} (?:{_VERB_OF_A_STAND_IN})\b"
    r"|The latter\b"
    r"|The (?:second|third|fourth|fifth|sixth) (?!(?:half|quarter|round|time|day|week|month|year|term|anniversary)\b)"
    r"[a-z]"
    rf"|(?:{_COUNT}|{_QUANTIFIER}) (?:others?\b|more\b(?!(?: [\w-]+){{0,3}} than\b))"
    r"|(?:A|An) (?:further|additional)\b(?!-))"
)
# A group of people the story introduced, as the definite subject, or all of them: "The leaders
# will hold a news conference after the summit.", "The researchers concluded that ...", "The couple
# named Vanellope after ...", "All participants received individual and group counseling.". Which
# leaders, which participants, a sentence before said: in a brief, one that mentions the group
# ("... the leaders of Russia, Iran and Turkey ..."). A participle with its
# phrase after the noun says which itself ("The men arrested in the raid were ..."). A definite
# description can stand for what came before under any noun; these are the groups news reports
# most often introduce one sentence and take up in the next (docs/design.md has the count).
_GROUP_NOUNS = (
    "leaders|officials|men|women|victims|suspects|researchers|scientists|investigators|couple|pair|"
    "attackers|gunmen|rebels|lawyers|attorneys|prosecutors|brothers|sisters|boys|girls|children|parents|"
    "students|soldiers|troops|protesters|demonstrators|passengers|workers|doctors|families|"
    "team|group|crew|jurors|firefighters|rescuers|agents|pilots|climbers|residents|villagers|experts|authors|"
    "teens|teenagers|players|fans|activists|militants|guards|detectives|lawmakers|senators|judges|justices|"
    "ministers|governors|candidates|executives|employees|members|owners|farmers|miners|witnesses|"
    "participants|patients|volunteers"
)
# An auxiliary with its negation too: "The timing couldn't have been more appropriate." is read as
# "The timing could not ...".
_DEFINITE_SUBJECT_VERB = (
    r"(?:(?:also|then|later|still|reportedly|now|both|all|each) )?"
    rf"(?:(?:{_AUXILIARY})(?:n['’]t)?|said|say|says|told|"
    r"tell|found|made|took|gave|went|came|began|met|held|left|saw|knew|thought|got|sent|kept|spent|brought|won|"
    r"lost|fled|led|ran|wrote|spoke|became|fell|"
    r"[a-z]+ed\b(?! (?:by|of|in|at|on|from|with|for|to|during|after|near|outside|inside)\b))\b"
)
# Their possessive before the subject's noun likewise: "The couple's son was on the plane.", "The
# scientists' declaration urged ...".
_GROUP_SUBJECT = re.compile(rf"^(?:The|All(?: the)?) ({_GROUP_NOUNS})(?: {_DEFINITE_SUBJECT_VERB}|['’]s? [a-z])")
# A pair as the subject: "Both studies examined ...", "Both athletes tested positive for
# Nandrolone ...", "Both sides agreed that ...", "Both men have maintained their innocence.". Which
# two, the sentences before said. Not "Both parents and teachers ..." or "Both houses of Congress
# ...", which say it themselves.
_PAIR_SUBJECT = re.compile(rf"^Both (?:the )?(?:[a-z]+s|men|women|children|people) {_DEFINITE_SUBJECT_VERB}")
# A thing one document introduced, as the definite subject with nothing after its noun to say
# which: "The transponder sends out an electronic signal ...", "The 1996 limit was $30.9
# million.", "The interview ran without his byline.", "The mixture exploded about 5:30 p.m. ...".
# Which transponder, which mixture, a sentence before said: in a brief, one that mentions it, in
# any form of the word ("... the plane's transponder was switched off"; "The findings ..." after
# "... the researchers find ..."). Not a thing the story tells of, which a document's opening or a
# second document mentions ("The virus is the leading cause of chronic liver disease." in a
# cluster about hepatitis C): a reader of the brief knows it. Up to two words before the noun
# ("The fire fighting aircraft dropped ..."), none of them a stop word ("The number of casualties
# ..." says which), and a verb right after it, or after an adverb ("The conservative party
# fiercely opposes ..."); a verb in -s too, which a group's plural noun does not take ("The
# transponder sends ..."), before a word of its own, not a comma ("The teachable moments, insist
# the families, ..." is a plural noun). Between the noun and the verb, a phrase set off by commas
# that names nothing leaves the thing as unknown ("The list, available at freep.com, includes ...",
# "The boost, which takes effect next month, is part of ..."); one with a name says which ("The
# treaty, known as the Hague Convention on Intercountry Adoption, was created ...", "The survey,
# conducted by the Tianjin Academy of Social Sciences, revealed ...").
_THING_SUBJECT = re.compile(
    r"^The ((?:[a-z\d][a-z\d-]* ){0,2}?)(?!(?:also|then|later|still|now|first|never|often|already|[a-z]+ly) )([a-z]+)"
    r"(?:, [a-z][^,\"“”;:()A-Z]{0,80},)? "
    rf"(?:(?:first|never|often|already|[a-z]+ly) )?(?:{_DEFINITE_SUBJECT_VERB}|[a-z]+[^s\W]s(?= ))"
)
# An event timed by another, as the subject: "The decision came one day after the Knesset ratified
# ...", "The proposal came as Bauer met with ...", "The report comes less than a week after an
# inquiry ...". Which decision, which report, the sentence before told, even in a story that tells
# of decisions or reports: the sentence waits for a mention of it as a thing one document
# introduced does. Not where it came from or to ("The call came into police ...", "The evidence
# comes from Galileo ...").
_EVENT_TIMED_BY_ANOTHER = re.compile(
    r"^The ((?:[a-z\d][a-z\d-]* ){0,2}?)([a-z]+) (?:also |just )?(?:came|comes) "
    r"(?:(?:just|only|barely|shortly|almost|nearly|less than|more than|about) )?"
    r"(?:as|after|amid|before|during|on the heels of|in the wake of|in response to|at a time|on the same day"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few|a couple(?: of)?)"
    r" (?:hours?|days?|weeks?|months?|years?)|hours|days|weeks|months|years)\b"
)
# A measure with nothing before or after its noun to say of what: "The figure includes about $7
# million ...", "The number was 31 percent lower than the previous school year ...", "The total is by
# far the highest in the nation.". Which figure, which total, the sentence before gave, even in a
# story that tells of numbers, where "figure" or "rate" is in every document: the sentence waits
# for a mention of it as an event timed by another does. Not "The death toll ...", "The
# unemployment rate ...", "The total cost ...", which say which.
_MEASURES = frozenset("number figure total amount percentage rate tally count proportion sum".split())
# The writer's own time or place, which "this" before it means: "Starting this spring,", "In this
# country,", "At this point,".
_WRITERS_TIME_OR_PLACE = (
    "week|month|year|spring|summer|fall|autumn|winter|morning|afternoon|evening|weekend|day|time|point|stage|country"
)
# The word between a demonstrative and its noun ("these four proteins", "this limited approach") is
# no pronoun, verb, preposition or adverb ("those who", "these are", "those still missing").
_NOT_BEFORE_A_NOUN = (
    "who|whom|whose|which|what|where|when|are|were|was|is|be|been|have|had|will|would|can|could|may|might|must"
    "|should|do|did|not|and|or|but|than|in|of|at|on|with|from|for|by|to|about|under|like|among|between|into"
    "|after|before|during|without|within|against|most|still|already|also|only|just|even|all|both"
)
# A thing a demonstrative points to as the last words: "The coos of doves are an example of this
# behavior.", "A handful of children have also survived this condition.", "... the city will move
# on from this incident.", with a word before the noun too: "Fieler also sees risks in this limited
# approach.", "... the growth of this powerful medium.". The behaviour, the condition, the
# approach a sentence before told: in a brief, one that mentions it, even in a story about it, as
# for an event timed by another. Not a time ("this week.", "at this point.", "this fiscal year.",
# "this week alone."), the writer's world ("in this country."), nor people by what they did or
# where they are ("among those arrested.", "one of those aboard."). The word before the noun is no
# plural, as in :data:`_THINGS_POINTED_TO` ("By page 600 or so, this gets maddening." is a clause).
_NOT_A_THING_POINTED_TO = (
    rf"(?!(?:{_WRITERS_TIME_OR_PLACE}|weeks|months|years|days|night|times|season|century"
    r"|decade|moment|writing|nation|world|planet|earth|hemisphere|continent|aboard|abroad)\b)"
)
_THING_POINTED_TO_AT_THE_END = re.compile(
    rf"\b(?:this|these|those) (?:{_NOT_A_THING_POINTED_TO}(?!(?:{_NOT_BEFORE_A_NOUN})\b)"
    rf"(?:[a-z]+(?<!s)|[a-z]+ous)(?:-[a-z]+)* )?{_NOT_A_THING_POINTED_TO}([a-z]+)(?<!ed)\.$"
)
# "that" too: "Ms. Shourd said that she was mystified by that conclusion.", "Egyptian authorities
# hotly dispute that theory.". As a relative pronoun it comes before a verb, in -ed or -s ("... a
# bone marrow transplant that helped.", "... what that means.") or a stop word ("... the ones that
# did."); a time or a place after it is mostly the sentence's own ("... began later that year.",
# "... in that state." after "Gov. George Ryan of Illinois"); "for that matter" and "all that" are
# phrases ("Some are not all that subtle.").
_THAT_THING_AT_THE_END = re.compile(
    rf"(?<!\ball )\bthat (?!(?:{_WRITERS_TIME_OR_PLACE}|night|season|century|decade|moment|era|period|date|age"
    r"|state|city|region|area|matter)\b)([a-z]+)(?<!ed)(?<![^isu]s)\.$"
)
# Things "these" or "those" points to anywhere outside a quotation: "Vogelsang is fighting those
# allegations next month.", "Consistent with this review and these standards, the President has
# determined ...", and with a word or a number before the noun: "High levels of these four
# proteins are ...", "... these dire effects apply to children ...", "... those 12 men". Not times
# ("in those days", "in those early years"), nor things the words after them say which ("those
# cases where the offender was 17", "these kinds of", "those companies owned by the state"). The
# word before the noun is none of :data:`_NOT_BEFORE_A_NOUN`, nor a plural ("In those days
# farmers ..."), whose "-s" English's agreement leaves to
# nouns: an adjective in "-s" ends in "-ous" ("these various programs").
_THINGS_POINTED_TO = re.compile(
    rf"\b(?:these|those) (?:(?!(?:{_NOT_BEFORE_A_NOUN})\b)(?:[a-z]+(?<!s)|[a-z]+ous|\d[\d,]*) )?"
    r"(?!(?:seconds|minutes|hours|weeks|months|years|days|nights|weekends|times|seasons|decades|centuries|moments"
    r"|was|is|has|does|as|us|his|its|this|thus|plus|less|unless|across)\b)"
    r"([a-z]+s)(?<!ous)\b(?! (?:who|whom|whose|that|which|where|when|in|of|at|on|with|from|for|by|to|about|under|like"
    r"|aboard|[a-z]+ed)\b)"
)
# A thing "such" points to: "The lack of such approval violates a federal law ...", "... is
# apparently the first such analysis of the controversial shroud.", "No such attempt was described
# by witnesses ...". Which approval, which analysis, a sentence before told. Not "such as", "such a"
# or "such that", nor a "such" that an "as" or a "that" a few words on says the meaning of: "such
# figures as Pope John Paul II", "such different ideologies and agendas that the result is ...".
_SUCH_THING = re.compile(
    r"\bsuch (?!(?:as|a|an|that)\b)([a-z]+(?:-[a-z]+)*)(?![-a-z])(?: (?!(?:as|that)\b)([a-z]+(?:-[a-z]+)*)(?![-a-z]))?"
    r"(?!(?: [a-z-]+){0,4} (?:as|that)\b)"
)
# A word that is an adjective before a noun, not the noun: "such high percentages", "such
# cross-border crime", "such dangerous drugs": a hyphenated word, a common adjective, or an
# ending mostly adjectives have ("-al", "-ic" and "-ive" end "approval", "clinic" and "initiative").
_ADJECTIVE = re.compile(
    r"[a-z]+-[a-z-]+|[a-z]+(?:ous|ful|less|able|ible)|high|low|large|small|big|good|bad|easy|great|new|old|young"
    r"|strong|heavy|long|short|wide|deep|hard|severe|huge|rare|common|federal|national|local|political|legal"
)
# An act or a claim the previous sentence told, as the last words after "the": "Few in Russia are
# likely to agree, but outside of Russia, support echoed for the decision.", "CNN could not
# independently verify the claim.", "A number of scientists have raised the possibility.", "Sen.
# Daniel Patrick Moynihan rejoiced at the decision.". Which decision, which claim, a sentence
# before told; the noun says nothing itself, where a thing's noun ("… visited the hospital.")
# names one. Not the phrases "make the decision" and "on the move", nor "according to the report"
# or "said the report", a source that may be the story's own.
_ACT_OR_CLAIM_AT_THE_END = re.compile(
    r"(?<!\bmake )(?<!\bmade )(?<!\bmakes )(?<!\bmaking )\bthe (?!(?<=\bon the )move\b)"
    r"(possibility|idea|notion|suggestion|theory|claims?|allegations?|accusations?|decision|ruling|verdict"
    r"|move|measure|proposal|request|deal)\.$"
)
# What a story's setting has one of, which a reader knows without a mention: the holder of an
# office ("The mayor declared three days of official mourning."), and the institutions and the
# world around the story ("The police said ...", "The economy went into a tailspin ...").
_ONE_IN_A_SETTING = frozenset(
    "mayor judge prosecutor president governor sheriff coroner king queen pope premier chancellor "
    "government police army military navy court jury city state country nation economy world public "
    "weather internet press media".split()
)
# A person the story introduced, named by a role as the speaker: '"Prime Minister Netanyahu is
# committed to the peace treaty with Egypt," the official said.', "By McKinney's account, the
# detective said, the attack began ...", "The spokesman told Reuters ...". Which official, a
# sentence before said ("... an Israeli official said on condition of anonymity"); in a brief, one
# that mentions the role. The roles a story has one of ("the judge", "the mayor", "the
# prosecutor", "the president") name whom they mean.
_ROLE_NOUNS = (
    "official|spokesman|spokeswoman|spokesperson|source|officer|diplomat|attorney|lawyer|pilot|actor|actress|"
    "scientist|researcher|expert|analyst|witness|resident|neighbor|aide|agent|detective|doctor|minister|senator|"
    "man|woman|victim|suspect|friend|relative|employee|worker|student|teacher"
)
_SPEAKING_VERB = (
    r"(?:said|says|told|tells|added|adds|wrote|writes|noted|explained|insisted|argued|warned|recalled|replied)\b"
)
_ROLE_SPEAKER = re.compile(rf"(?:^T|[,”\"’] t)he ({_ROLE_NOUNS}) {_SPEAKING_VERB}")
# A document a story introduced, as the source after what it says: "On Aug. 5, ... one of the
# conspirators in Tanzania telephoned a counterpart in Nairobi, the indictment says.", '"...," the
# statement said.', "... the study stated.". Which indictment, which statement, a sentence before
# told; as the subject ("The report said ...") it is a thing (:data:`_THING_SUBJECT`), and like one
# it needs no mention where the story tells of it.
_DOCUMENT_AS_SOURCE = re.compile(
    r"[,”\"’] the (report|study|statement|survey|memo|document|letter|complaint|lawsuit|filing|indictment) "
    rf"(?:{_SPEAKING_VERB}|(?:stated|states|concluded|concludes|found|finds)\b)"
)
# A share of a group the story introduced, as the speaker: "The Federal Bureau of Investigation is
# looking into the incident, one of the officials said.", "Some of the experts said ...". Which
# officials, a sentence before said, as for '"...," the official said.'
_GROUP_SHARE_SPEAKER = re.compile(
    rf"(?:^|[,”\"’] )(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any|[Mm]ost|[Bb]oth|[Ee]ach|[Aa]ll|[Nn]one) of the "
    rf"({_GROUP_NOUNS}) {_SPEAKING_VERB}"
)
# A mention of one of the groups or roles, which introduces it to a brief's reader: "Two men were
# arrested ...", "Researchers at the university found ...", "... a senior official said ...".
# Looked up word by word in the lower-cased sentence: a case-blind regex of the 67 groups took
# 20 µs a sentence, this 3.
_TAKEN_UP = frozenset(_GROUP_NOUNS.split("|")) | frozenset(_ROLE_NOUNS.split("|"))
_LOWER_CASE_WORD = re.compile(r"[a-z]+")
# Someone described where the story named them before, by age or by a description with the
# age after it: "The 21-year-old University of Wyoming freshman was driven to a remote area ...",
# "The 73-year-old, who entered the courtroom in a wheelchair, ...", "The 29-year-old Graf, slowed
# by injuries, ..." (a surname alone), "The Red 2 actor, 58, and his wife ...". Things too: "The
# 50-year-old papers are thought to reveal ...". A name before the age is the sentence's own
# subject ("The murder of Lawrence, 18, has put police under scrutiny").
_DESCRIBED_NOT_NAMED = re.compile(r"^The (?:\d+-year-old\b|(?:[\w'’-]+ ){0,4}[a-z][\w'’-]*, \d{1,3}, )")
# So by an epithet as the subject, before its verb: "The legendary NBA player will be surrounded by
# ...", "The New Zealand director began his career with horror movies.", "The well-known Winnipeg
# personality taught journalism ...", where the sentence before named Michael Jordan, Peter Jackson,
# Steve Vogelsang. The words before the epithet describe, none a stop word ("The baby of one former
# athlete ...", "The scientists using the model ..."); a bare "The actor said" is a role's
# (:data:`_ROLE_SPEAKER`), and one a name follows ("The boy's father, Juan Miguel Gonzalez, ...")
# names its man.
_EPITHETS = (
    "star|actor|actress|singer|rapper|personality|player|anchor|comedian|comedienne|director|filmmaker|producer|"
    "musician|songwriter|novelist|veteran|beauty|legend|icon|heiress|socialite|mogul|tycoon|billionaire|"
    "quarterback|pitcher|golfer|athlete|sprinter|swimmer|entertainer|performer|congressman|congresswoman|"
    "songstress|starlet|diva|funnyman|crooner|hitmaker|newlywed"
)
_DESCRIBED_BY_AN_EPITHET = re.compile(
    rf"^The ((?:[\w.-]+ ){{1,4}})(?:{_EPITHETS}) (?:(?:[a-z]+ly|also|later|still|then|now|once) )?([a-z]+)\b"
)
# An action the previous sentence told, as the subject: "The move angered protestors ...", "The
# move, which an opposing attorney called “unique,” comes weeks into ...", "The measure would set
# aside more than 60 percent of off-shore oil drilling revenues ..." (every one of the development
# candidates), and its timing: "The timing couldn't have been more appropriate." (two of three;
# "The timing of the Kennedy investigation ..." says whose). "The move to ban ..." and "The move
# by the bank ..." say which. Other nouns of events ("The decision ...", "The report ...", "The
# action ...") as often tell their own or name a thing ("The action figures retail for $7"), but
# not after a possessive, which makes them the actor's: "The company's move follows a
# recommendation ...", "The government's decision however has been condemned ...", "The EPA's
# announcement Thursday vividly described ..." ("The duke's decision to start tweeting ..." says
# which).
_ACTION_TOLD_BEFORE = re.compile(
    r"^The (?:move|measure|timing|[A-Za-z]+['’]s (?:move|measure|decision|announcement|action))\b"
    r"(?! (?:to|by|of|that|for|from|against)\b)"
)
# "such" before the noun that ends the sentence: the thing the previous sentence told ("Last
# year's strike in Flint involved such a walkout.", "Hamas has made no such claim.", "Bush has
# never granted such a reprieve."). Elsewhere "such" mostly gives examples ("such as") or
# announces a clause of its own ("such a success that ..."). "a similar" before that noun
# compares with what the previous sentence told ("Saab also offers a similar system.", "The
# French said on Wednesday that they were contemplating a similar step.").
_COMPARED_AT_THE_END = re.compile(r"\b(?:such (?:an? )?|an? similar )[a-z-]+(?: [a-z-]+)?\.[\"”’']?$")
# "that" or "this" as the last word, with nothing after it to point to: what the previous sentence
# told ("The State Department spokesman, Philip J. Crowley, confirmed that on Sunday.", "Simpson
# did a lot more than that.", "Gray and others challenge all of this."). Not in a quotation, whose
# speaker may have said what it points to, nor after a clause of the sentence's own ("Putin
# explained that he had won the car in a lottery, but few people believed that."). A time after
# the word is read past it. So does "in this regard" or "in that respect" ("International donors
# play a vital role in this regard."), and "why" with no clause after it, the reason or the
# question the previous sentence told ("The book's daunting length is probably why.", "Only
# workers at China Telecom know why.").
_DEMONSTRATIVE_AT_THE_END = re.compile(
    r"\b(?:that|this|why|in (?:this|that) (?:regard|respect))"
    r"(?: (?:on|last|this|next|earlier|late|early) (?:[A-Z][a-z]+day|week|weekend|month|year"
    r"|night|morning|afternoon|evening|spring|summer|fall|autumn|winter)"
    r"| (?:yesterday|today|earlier|later|too|either|again))?\.$"
)
# A connective set off at the end, which contrasts with or adds to what the previous sentence
# told: "The People's Liberation Army remains secretive, however.", "Rear legroom is ample, as
# well.", "Fifteen planes from the Civil Air Patrol were searching, too.". After a clause of the
# sentence's own it may join the two ("... but it owns the biggest cigarette company, too.").
_CONNECTIVE_AT_THE_END = re.compile(r", (?:however|though|too|as well|instead|nonetheless|nevertheless)\.$")
# A reply to a claim the previous sentence told, the claim as the last words: "An official with
# the city police department denied the report.", "A Bankers Trust lawyer denied the allegations.",
# "An Israeli military spokeswoman declined to comment on the report.".
_REPLY_AT_THE_END = re.compile(
    r"\b(?:den(?:y|ies|ied)|confirm(?:s|ed)?|disput(?:e|es|ed)|reject(?:s|ed)?|dismiss(?:es|ed)?|comment(?:ed)? on) "
    r"(?:the|those|these|such) "
    r"(?:reports?|claims?|allegations?|accusations?|charges?|account|story|stories|rumou?rs?)\.$"
)
_CLAUSE_OF_ITS_OWN = (", and ", ", but ", "; ")
# The time of an event the previous sentence told, at the end of a clause: "Only 39 percent of
# people ages 18 to 34 voted that same year, a presidential election year.", "What's more, the rate
# of diabetes rose 25 percent during the same period.", "... where the American Embassy was bombed
# on the same day.". Not a time it compares with ("... over the same period last year."), nor "at
# the same time", which means "also".
_SAME_TIME_AS_BEFORE = re.compile(
    r"\b(?:that|the) same (?:year|day|week|month|night|period|morning|afternoon|evening|weekend|season|decade"
    r"|date|hour|(?<!at the same )time)(?:\.$|, )"
)
# A short statement of a comparison whose other term it leaves out, as the last words: "The fees
# for Justice attorneys are significantly lower.", "The CDC scientists are more optimistic.",
# "Next year isn't expected to be much better.". Lower than what, more optimistic than whom, the
# previous sentence told. A longer sentence, or one with a comma, mostly carries the other term
# itself ("… a technology whose successor was slower.", "The already sharply-restricted fisheries
# may be even more restricted."); a change ("… could get worse.", "… became more diverse.")
# compares with what was before, which needs no sentence.
_COMPARISON_AT_THE_END = re.compile(
    r"\b(?:is|are|was|were|be|(?<!have )been|seems?|seemed|looks?|looked|appears?|appeared)"
    r"(?: (?:much|far|even|still|any|no|a (?:lot|little|bit)|[a-z]+ly))? "
    r"(?:(?:more|less) [a-z]+|better|worse|bigger|smaller|higher|lower|larger|greater|easier|harder|stronger"
    r"|weaker|faster|slower|cheaper|safer|tougher)\.$"
)
COMPARISON_MAX_WORDS = 12
# A reason without the clause it is the reason for, answering the previous sentence: "Because he
# didn't return phone calls." One with its main clause has a comma ("Because the book was such a
# success, the film had its choice of actors.") or a dash.
_REASON_WITHOUT_CLAUSE = re.compile(r"^Because\b[^,;:—–_]*$")
# An opening phrase that refers back to what the previous sentence said: its time ("Since then,",
# "Before that,"), its fact ("Despite this,", "Aside from that,", "In doing so,", "For that
# reason,"), its people ("One of those associates is ...", "Fourteen of his associates have ...",
# "For them,"), a thing it named ("At that point,", "To that end,", "Of these patients,"), or a
# reply to it ("In response,", "In return,", "On the other hand,", "For his part,"), or the
# place between the sides it told of ("In the middle, millions of children."). A phrase that
# ends in the word pointing back, or in that word and a noun, opens with a preposition or a
# participle, so that "The report concludes that, during the flight, ..." is not one, nor are "In
# a week or so," and "As one mother puts it,"; a share of "those" is not one when a relative
# clause says who ("Some of those who ...").
# A place or a time the previous sentence named may be pointed to with "the same": "Over the
# same period, atmospheric methane has risen ..." (the branch above), and, by the one below, with
# a weekday before the comma, "At the same news conference Thursday, ...", or the verb right after
# the phrase, "Aboard the same plane were 73 family members ...".
# Without the comma or that verb the phrase may be defined by what follows: "At the same time
# Barnes & Noble announced its plans ..., the company said ...".
# A contrast ("By contrast, Abbas does recognize Israel.") still states its own fact, and
# refusing it cost Multi-News 0.04 R-1.
_OPENING_PREPOSITION = (
    r"(?:After|Before|Since|Until|Despite|Beyond|Besides|Aside from|Apart from|On top of|In|At|By|For|To|With|"
    r"Without|Of|From|Among|Between|Unlike|Like|Compared (?:with|to)|Faced with|Prior to|Because of|Due to|Even|Back|"
    r"If|As|Not|Out of|Shortly after|Soon after|Long before|Right after|Given|During|Under|Through|Along with|"
    r"On|Over|Aboard|Across|Inside|Within|Throughout|[A-Z][a-z]+ing)"
)
# An inverted sentence whose opening phrase points back, its subject after the verb: "Behind this
# attitude was the fact that ...", "With this drastic increase came a surge in ...", "Bolstering
# those contentions is a new report ...". Not "those" that a relative clause or a participle
# defines ("Among those executed was ...", "Among those that visit here are ...").
_INVERTED_OPENING = (
    r"(?:Behind|Beneath|Below|Above|Among|Along with|Around|Beside|Next to|With|Within|Against|Amid|At|In|On|Over"
    r"|Under|[A-Z][a-z]+ing)"
)
_DEICTIC_THIS = rf"this(?! (?:{_WRITERS_TIME_OR_PLACE})\b)"
# "that" before a clause is a conjunction: "Engineering experts warn that before construction starts, ...".
_DETERMINER_THAT = (
    r"that(?! (?:the|a|an|he|she|it|they|we|you|i|his|her|its|their|if|when|while|before|after|because|since|"
    r"in|on|at|by|for|to|with|as|during|under|although|though)\b)"
)
_BACK_REFERRING_OPENING = re.compile(
    rf"^(?:{_OPENING_PREPOSITION}(?: [a-z]+){{0,3}}(?<! or)(?<! puts)(?<! put) (?:then|that|this|these|those|so|such|it|them),"
    rf"|{_OPENING_PREPOSITION}(?: [a-z]+){{0,2}} (?:these|those|such|the same|{_DEICTIC_THIS}|{_DETERMINER_THAT})"
    r"(?: [a-z]+){1,3},"
    rf"|{_OPENING_PREPOSITION}(?: [a-z]+){{0,2}} the same(?: [a-z]+){{1,3}}(?: {WEEKDAY},| (?:was|were)\b)"
    rf"|(?:{_COUNT}|{_QUANTIFIER}|None|More|Each|Both|Half|Much) of "
    r"(?:these|those|them|it|his|her|its|their)\b(?! (?:who|that|which|whom|whose)\b)"
    rf"|{_INVERTED_OPENING} (?:these|those|such|{_DEICTIC_THIS}|{_DETERMINER_THAT})"
    r"(?: (?!(?:who|that|which|whom|he|she|they|we|i|you|there)\b)[a-z-]+(?<!ed)){1,3}"
    r" (?:is|are|was|were|lies|lay|stands?|stood|sits|sat|came|comes)\b"
    r"|(?:For|In) (?:this|that) (?:reason|case)\b|(?:For|On|In) (?:his|her|its|their) part,"
    r"|In (?:response|return|turn),|As such,|On the other (?:hand|side),|In the middle,|Case in point\b)"
)
# A time counted from an event the previous sentence told: "A year later, the true severity of
# Titus's disease was discovered.", "Moments later, McCullough looked back and smiled broadly.",
# "Later, Clinton's aides said ...", "Shortly after, a dose of Tamiflu led to convulsions.". Not a
# time of its own: "Earlier this year ...", "Later Thursday ...", "Earlier efforts to hook lines
# ...", "Shortly after the election, ...".
_TIME_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
_RELATIVE_TIME_OPENING = re.compile(
    rf"^(?:(?:Later|Earlier)(?: on)?(?=,| (?!(?:{WEEKDAY}|{MONTH})\b)[A-Z])"
    r"|(?:Afterwards?|(?:Shortly|Soon) afterwards?|(?:Shortly|Soon) thereafter)(?=,| [a-z])|(?:Shortly|Soon) after(?=,)"
    r"|(?:Moments|Seconds|Minutes|Hours|Days|Weeks|Months|Years|Decades"
    r"|(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|A few|\d+)"
    rf" {_TIME_UNIT}) (?:later|earlier)\b)"
)
# A place measured from one the previous sentence told, as the time above is from an event: "About
# 500 yards farther up, with no sign to indicate the border, a guard ... gestured for them to
# approach.", "About 200 miles away in Pratt, ... the local school board president ... had a very
# different reaction.". Not a distance of its own ("Ten miles of road were washed away.") nor one
# from a place it names ("A few miles away from the blazing refinery, ...", "Two miles off the
# coast of Libya, ...", "A mile behind the front line, ...").
_RELATIVE_PLACE_OPENING = re.compile(
    r"^(?:(?:About|Some|Nearly|Roughly|Almost|Just|Only) )?"
    r"(?:[\d,.]+|A few|Several|A couple of|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|a few|several|a)"
    r" (?:yards?|miles?|feet|foot|meters?|metres?|kilometers?|kilometres?|blocks?)"
    r" (?:away|farther|further|closer|nearer|up|down|on)\b(?! from\b)"
)
# Agreement without its object ends the sentence: "Even Bruce Fromong, a victim in the robbery,
# agreed.", "Within weeks, ETA and Herri Batasuna followed suit." It agrees with what the previous
# sentence said, unless a clause of its own says it ("The board recommended commutation, and Bush
# agreed."). The endings are a cheap first look: a pattern anchored at the end scans the sentence.
_AGREEMENT_ENDINGS = ("ed.", "es.", "urs.", "suit.")
_AGREEMENT_AT_THE_END = re.compile(r"\b(?:agreed|agrees|disagreed|disagrees|concurred|concurs|followed suit)\.$")
# So does a reaction without its cause: "Michael Glantz, an El Nino expert at the National Center
# for Atmospheric Research in Colorado, was skeptical.", "In Cuba, Elian's father was outraged.",
# "Avin Domnitz, ABA executive director, was ecstatic.". Skeptical of what, outraged at what, the
# previous sentence said.
_REACTIONS = (
    "skeptical sceptical ecstatic unimpressed unconvinced furious angry pleased delighted disappointed dismissive "
    "doubtful outraged unmoved undeterred incensed thrilled upset unhappy dissatisfied shocked stunned surprised "
    "unfazed wary enthusiastic grateful indignant livid jubilant elated defiant unapologetic"
).split()
_REACTION_ENDINGS = tuple(f" {reaction}." for reaction in _REACTIONS)
_CAUSE_OPENINGS = tuple(f"{word} " for word in "As When After Because Since While Once Though Although If".split())
_REACTION_AT_THE_END = re.compile(
    r"\b(?:was|were|is|are|remained|remains|seemed|appeared|became)(?: (?:[a-z]+ly|not|also|still|at first))* "
    rf"(?:{'|'.join(_REACTIONS)})\.$"
)
# A short opening phrase, then a pronoun as the subject: "If convicted, he faces the death
# penalty.", "The next day, they trekked up a dirt road.", "Li, he said, had planned it.", "In
# short, they're obese." Not when the phrase names someone the pronoun may stand for
# ("When Jones became a U.S. attorney in 1997, he pushed for ..."): a capital after its first
# letter that does not start a month or a day. "it" is left alone, mostly the empty subject of
# "In the 1990s, it became ..."; "its" always stands for something ("Ten years later, its inmate
# population had grown 225 percent."). A longer phrase too, up to 100 characters, when it opens with
# a preposition or a participle, which take no clause of their own whose subject the pronoun may
# stand for: "By pumping blood onto a model at wound points depicted on the shroud, they could
# compare ...", "Criticized by members of his own party at times, he won praise ..."; not "When the
# young parents took their son to a psychologist, they were told ...".
_SUBJECT_PRONOUN = r"(?:he|she|they|his|her|its|their|these|those)(?:['’](?:s|re|ve|d|ll))? "
_PRONOUN_AFTER_OPENING = re.compile(
    r"^(?:(?:By|In|With|Without|During|At|Despite|Like|Unlike|Under|Upon|According to|[A-Z][a-z]+(?:ed|ing))\b"
    r"|[A-Z](?=[^,\"“]{0,40}, ))"
    rf"([^,\"“]{{0,100}}), {_SUBJECT_PRONOUN}"
)
# The same without the comma, where only a time or a frame of its own can tell where the
# opening ends: "Earlier this year they put Abed Rabbo Mansour Hadi ... under house arrest.",
# "Four days and several moves later they ended up in Evin prison ...", "In 1995 she and her
# brother asked ...", "Now they're looking at a rise of 2.3 to 7.2 degrees ...". Not a clause
# whose pronoun a name after it gives ("Before he was hit, Jonathan Merkley ...", "In the year
# he has suffered from osteoarthritis, Harold Katcoff ..."): the phrases are listed, none of
# them a clause or a noun a relative clause may follow ("Then", "Meanwhile" and "Instead" point
# back as first words already: _NEEDS_CONTEXT).
_PRONOUN_AFTER_TIME = re.compile(
    r"^(?:(?:Now|Today|Later|Earlier|Recently|Eventually|Soon|Afterwards?)"
    rf"|(?:In|On|By|During|Since|Until) (?:{MONTH}(?: \d{{1,2}})?(?:,? \d{{4}})?|{WEEKDAY}|\d{{4}}s?"
    r"|the (?:early |late |mid-)?\d{4}s|fact|a sense|some ways|short|turn|general|particular)"
    r"|(?:Last|This|Next|(?:Earlier|Later) (?:this|that))"
    rf" (?:week|month|year|spring|summer|fall|autumn|winter|season|morning|afternoon|evening|night|weekend"
    rf"|{WEEKDAY}|{MONTH})"
    r"|For (?:a time|a while|a long time|years|decades|months|weeks|(?:at least |more than |nearly |almost |about )?"
    rf"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|\d+) {_TIME_UNIT})"
    r"|(?:After|Before) (?:that|this|then|\d{4})"
    rf"|[A-Z][a-z]* {_TIME_UNIT}(?: and [a-z]+(?: [a-z]+)?)? (?:later|earlier|ago)"
    r"|(?:In|On|At|During) (?:his|her|their) [a-z]+(?: [a-z]+)?)"
    rf" {_SUBJECT_PRONOUN}"
)
# "that" or "this" as the subject after such a phrase, the fact the previous sentence told: "Of
# course, that's not necessarily a gloom-and-doom situation ...", "For consumers, this means that
# delivery will become swifter ...", "In Palm Beach County, that's $15,357 a year or less ...". A
# name in the phrase is no antecedent for it; a clause is ("Because Vikki Joseph made the report
# in Los Angeles, that's where the case is listed.").
_DEMONSTRATIVE_AFTER_OPENING = re.compile(
    r"^(?!(?:Although|Though|Because|Since|If|When|While|As|Unless|Whether|After|Before|Once"
    r"|Even (?:if|though|when))\b)"
    r"[A-Z][^,\"“]{0,40}, (?:that|this)(?:['’]s| is| was| means| has| will| would) "
)
_CALENDAR_WORDS = f"{MONTH}|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|{WEEKDAY}"
# A gallery's date line before the moment it captions, with no clause of its own: "November 1989,
# as the Berlin Wall was crumbling.", "January 1993, days before leaving office." A chronology's
# entry has one after its colon ("Dec. 3, 1973: The first commercial-production Concorde flies ...").
_DATE_CAPTION = re.compile(rf"^(?:{_CALENDAR_WORDS})\.?(?: \d{{1,2}},)? \d{{4}}, [a-z]")
# A picture's caption naming whom it shows, then where or when, with no clause: "Jack McCullough,
# in prison after his 2012 conviction." (the one development candidate); and a list's entry naming
# someone, then what befell them: "U.S. District Judge Alcee Hastings of Florida, charged with
# perjury and conspiracy to obtain a bribe." (eight entries of a list of the impeached). A sentence
# goes on after such a phrase ("Smith, in a statement, said ..."); a time or a place names no one
# ("In March, at least 20 people were killed.").
_NAME_CAPTION = re.compile(
    r"^(?!(?:In|On|At|By|For|From|During|After|Before|Since|Until|Last|This|Next|Earlier|Later)\b)"
    r"(?:[A-Z][\w.'’-]+ ){1,6}(?:of (?:[A-Z][\w.'’-]+ )?)?[A-Z][\w'’-]+, "
    r"(?:in|at|on|during|after|with|seen|shown|pictured|[a-z]+ed (?:with|of|to|for|in|by|as|at|on))\b[^,;:]*\.$"
)
# A list's item that opens with its verb in the past tense, its subject in the line that
# introduced the list ("In his testimony, Greenspan also:" then "_ Called the U.S. economy's
# performance "sparkling."", "_ Warned that current high stock prices were unsustainable."; the
# cleaning takes the bullet off). A participle that opens a sentence has a comma after its
# phrase and the subject after that ("Concerned that children were being given an untried drug,
# the NIH expedited a trial."); so the test is for a sentence with no comma.
_ITEM_OPENED_BY_ITS_VERB = re.compile(r"(?!Indeed\b)[A-Z][a-z]{3,}ed (?:that|the|a|an|his|her|its|their|it|them)\b")
# The same in the present tense, a profile's line ("Heads the Nicole Brown Charitable Foundation
# ...", "Has a style of speech that is ..."), or a note that leaves its subject out ("Makes no mention
# of either a protest or the video."): a verb's form in -s, then its object. No participle opens so,
# and a plural subject has its verb next ("Signs that the government may feel vulnerable
# abounded ..."); the first word must be a verb's form, which "Perhaps" and "Across" are not.
_OPENED_BY_A_VERB_IN_S = re.compile(
    r"([A-Z][a-z]+s) (?:no|the|a|an|his|her|its|their|our|my|your|it|them|him|this|these|those|every|each|some|any"
    r"|up|out|off)\b"
)
_NAME_IN_OPENING = re.compile(rf"\b(?!(?:{_CALENDAR_WORDS})\b)[A-Z]")
# "they" or "their" after an opening phrase with a capital (:data:`_PRONOUN_AFTER_OPENING`)
# stands for a group the phrase's own clause makes its subject: a group with its determiner or
# two names ("If the Klan wants to march, they may apply ...", "When the Carters are on the
# road, they run ...", "With both parties agreeing ..., their major difference ...", "For
# Mallouk and Mallot, their cause ..."), or the topic "As for" names ("As for House
# Republicans, they'll ..."). A preposition's object or a single name is no such group:
# "According to EarthRights, they are given little food", "In Illinois, they are virtually
# unregulated.", "Allied with ... Ali Abdullah Saleh, they now control ...", "If Clinton makes
# such a statement, they fear ...".
_THEY_AFTER = re.compile(r"the(?:y|ir)\b")
_GROUP_AS_SUBJECT = re.compile(
    rf"(?:As for|(?:{'|'.join(opening.strip() for opening in _CAUSE_OPENINGS)}|Whenever|Before|Until|Unless|With|For)"
    r" (?:(?:the|both|all|many|most|some|these|those)\b|[A-Z][\w'’.-]* and [A-Z]))"
)
_CALENDAR_WORD = re.compile(rf"(?:{_CALENDAR_WORDS})")
_FIRST_WORD = re.compile(r"^[\"'“‘«(]*([A-Za-z]+)")
_WRITER = frozenset({"i", "we", "you"})
_UNNAMED = _NEEDS_CONTEXT | _WRITER
# Outside quotation marks, a sentence in the first person speaks for someone it does not name:
# a tweet pasted inline ("My rallies are not covered properly by the media."), a company's
# statement ("Out of an abundance of caution, we are recalling ..."), a study's methods ("For
# each physician, we first calculated ..."). Lower-case "us" and "me" only ("US", "ME" are
# places); "I" only as a pronoun, not as an initial or a numeral ("Gary I. Wadler", "Episode I");
# "let's", which is "let us" ("Let's take a look at some beautiful automobiles.").
_FIRST_PERSON_WORDS = ("we", "We", "our", "Our", "my", "My", "us", "me", "Let's", "let's", "Let’s", "let’s")
# "Our" before what every reader shares speaks for humankind, not for a group the sentence does
# not name: "Our planet formed roughly 4.5 billion years ago.", "... a member of our species.",
# "Neanderthals, our close cousins, ...", "the defenses of our immune system".
_HUMANKINDS = (
    r"(?:own )?(?:species|planet|solar system|galaxy|universe|bod(?:y|ies)|brains?|immune systems?|genes|DNA|skin|"
    r"ancestors|(?:(?:closest|close|nearest) )?(?:cousins|relatives))"
)
_FIRST_PERSON = re.compile(
    rf"\b(?:{'|'.join(w for w in _FIRST_PERSON_WORDS if w.lower() != 'our')})\b(?![.-]\w)"
    rf"|\b[Oo]ur\b(?![.-]\w| {_HUMANKINDS}\b)"
    r"|(?:^|[,;:(—–]\s*|\b[a-z]+\s+)I(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)"
)
# A word as a whitespace token, bare or with the punctuation that follows it.
_TOKEN_ENDINGS = ("", ",", ".", ";", ":", "!", "?")
# Those words as whitespace tokens, for a cheap first look (a set lookup per word rather than a
# regex over every sentence, which cost 0.1 s at 2,000 articles): most sentences have none.
_FIRST_PERSON_TOKENS = frozenset(
    [word + end for word in (*_FIRST_PERSON_WORDS, "I") for end in _TOKEN_ENDINGS]
    + [word + mark + ending for word in ("I", "we", "We") for mark in "'’" for ending in ("m", "ve", "d", "ll", "re")]
)
# The writer addressing the reader, outside quotation marks: "You'd have to be on another planet to
# think that ...", "If you've been watching this season of The Bachelor, you have been introduced to
# ...", "Picture, if you will, the mighty Tyrannosaurus rex.", a column's or an advice page's voice
# ("Always talk to your doctor before ..."), which a brief would speak in as its own. "You" in
# capitals inside a sentence begins a title ("the film You Were Never Really Here"); "mind you" is
# an aside in a statement of the writer's own ("... first erected, mind you, by an Italian in 1931
# ..."). Outside quotation marks means before one left open too (:func:`_outside_quotations`): 'The
# tweet concluded with "... It's a crime as is your hypocrisy.”' quotes the tweet.
_SECOND_PERSON = re.compile(r"(?<!\bmind )\b(?:you|your|yours|yourself|yourselves)\b|(?:^|[,;:(—–]\s*)Your?\b")
_QUOTATION_MARK = re.compile(r"[\"“”]")
_SECOND_PERSON_TOKENS = frozenset(
    word + ending
    for stem in ("you", "You", "your", "Your", "yours", "yourself", "yourselves")
    for word in (stem, *(stem + mark + short for mark in "'’" for short in ("re", "ve", "ll", "d")))
    for ending in _TOKEN_ENDINGS
)
# One look for the words of either, which most sentences hold none of.
_FIRST_OR_SECOND_PERSON_TOKENS = _FIRST_PERSON_TOKENS | _SECOND_PERSON_TOKENS
# The page speaking of itself rather than of the event: "She declined to be interviewed for this
# article.", "Science has learned that the court order referred to in this story has been
# amended.", "For a complete list of recalled products please click here."; or of a picture it
# shows, which the brief does not: "Police released this video still from the bank robbery in
# Medicine Hat.", "... can be seen in this photo taken by the Viking 1 orbiter.", "... in this file
# photo taken January 24, 2013." Inside a quotation ('"I'm not a part of this story," he said.',
# '"They want to have this image of being rock and roll rebels ...," Arnold said.') a speaker says it.
# A chart's legend too, which names what each colour marks: "Colors show probability of each branch
# being an open-mouth vocalizer (blue) or a closed-mouth vocalizer (red)."
_ABOUT_THE_PAGE = re.compile(
    r"\b[Tt]his (?:story|article)\b|\b[Cc]lick here\b"
    r"|\b[Tt]h(?:is|ese) (?:(?:file|handout|undated|satellite|aerial|family|police|surveillance|still) )*"
    r"(?:photo(?:graph)?s?|pictures?|images?|screenshots?|screengrabs?|frame grabs?|(?:video|photo|film) stills?)\b"
    r"|\((?:in )?(?:blue|red|green|yellow|orange|purple|pink|brown|black|white|gr[ae]y)\)"
)
_ABOUT_THE_PAGE_WORDS = ("this ", "This ", "these ", "These ", "lick here", " (")
# The page presenting what it shows next, a list, a picture or a rundown, rather than telling a
# fact: "Here's a SUPER basic family tree to give you an idea of what that means.", "Here are
# some recent viruses; all of them can be blocked by anti-virus software.", "Here is a list of
# accusers, some of them named, some of them anonymous." (13 development candidates, each so). A
# wire's fact box is announced so, with no verb: "A look at some of the key events in the
# weeklong drama surrounding the sunken Russian submarine Kursk.", "Figures available Saturday on
# the earthquake that struck Turkey early Tuesday." (the five development candidates). "A list of
# ..." may be a subject ("A list of the agencies was published ...").
_PAGE_PRESENTS = (
    "Here's ", "Here’s ", "Here is ", "Here are ", "Here was ", "Here were ", "A look at ", "A glance at ",
    "Figures available ",
)
# An interview transcript's turns: "Q: There is a burgeoning AIDS epidemic in Burma." is the
# interviewer's, "A: ..." an answer whose speaker the sentence does not name.
_INTERVIEW_LABELS = ("Q:", "A:")
# A label in capitals before a colon: a listing's entry ("INTERVIEWS WITH: Samuel L. Jackson, who
# plays Mace Windu; ...", a syndicate's offer of its stories; "BRAZIL: A recent ban on smoking in
# public buildings ... is widely ignored.", one country of a survey's list), a fact box's line
# ("NEGATIVES: No station-wagon version is planned.", of a car review's box that named the car
# above it) or a transcript's turn ("SUU KYI: It was quite interesting."). Some outlets set a
# dateline so ("NEW DELHI: The government ..."), but cleaning takes a lede's off: none of the 56
# development candidates that open so is a dateline. A recorder's transcript writes its time code
# before the label and no colon after it: "1:57 CO-PILOT I rely on God.", "0:10 PILOT Get away in
# the engines.".
_CAPITALS_LABEL = r"[A-Z][A-Z'’&.-]*[A-Z](?: [A-Z][A-Z'’&.-]*[A-Z])*"
_TIME_CODE = r"\d{1,2}:\d{2}(?::\d{2})?"
_LABEL_IN_CAPITALS = re.compile(rf"{_CAPITALS_LABEL}: |{_TIME_CODE} {_CAPITALS_LABEL} (?=[A-Z\"“‘])")
# An article with no noun after it: the rest of a name the segmenter cut at its point ("...
# carrying the name Melissa. | A -- leaves the subject line blank ...", of the virus "Melissa.A").
_ARTICLE_WITHOUT_ITS_NOUN = re.compile(r"(?:A|An|The)(?: (?:--|[-–—])\s|[,;:])")
# A numbered item's marker at a sentence's start: before a word in lower case the item was cut
# from the sentence that enumerates it ("4) the FISC in October-but Steele ... lied to the FBI").
_ITEM_MARKER = re.compile(rf"{NUMBERED_MARK}\s+")
# An attribution whose quotation the splitter left in the next sentence: "Ming Pao quoted Cheung as
# saying." says nothing by itself. One with a clause or a quotation of its own ("Oil imports can be
# paid in euros, Duisenberg was quoted as saying.") is a whole report.
_BARE_ATTRIBUTION_END = "as saying."
# A label before a colon: a list's item ("Moderate: Two facial features ranked as severe ...",
# "Claim: ...", "Proof: ..."), a section's heading ("Taxes: The budget proposes ..."), a listing's
# entry ("Nature Made: Twenty 200-mg tablets, $21.99.") or a writer's device ("The result: fewer
# eggs are laid ..."). It needs the sentence before, which introduced the list, the section or
# the device. In mixed case only: a sentence after a label in capitals is no report at all
# (:data:`_LABEL_IN_CAPITALS`). Not an attribution ("The policy states:", "Naomi said:", "Said
# Evans:"), nor a clause with a verb of its own ("The group's motto is:", "Jackson goes further:",
# "Other problems ensued:", "Caltrans offered a statement:", the last two known by a past tense
# after the first word).
_LABEL_BEFORE_COLON = re.compile(r"([A-Z][\w’'.&/-]*(?: [\w’'.&/-]+){0,3}): ")
_VERBS_OF_A_CLAUSE = frozenset("is are was were be been has have had do does did goes went comes came".split())
# An attribution with the verb first ("Said Evans:", "Warned Schumer:"), told from a label that
# opens with a verb of speech as an adjective ("Suggested Dose:").
_VERB_BEFORE_SPEAKER = frozenset("said says added adds asked asks wrote writes warned warns noted notes recalled".split())
# A colon glued to the next sentence ("Caltrans offered a statement:Tesla did not comment."): the
# crawl lost what the colon introduced, and the sentence reads as if it said it.
_GLUED_AFTER_COLON = re.compile(r"[a-z]:[A-Z][a-z]")
# So did an address that cleaning took out after a colon: "More information about the recall can
# be found on the FDA's website at: ." The sentence points to what is no longer there.
_COLON_BEFORE_THE_END = re.compile(r":\s*[.!?]$")
# A quotation, within one line: a quotation does not run on into the next paragraph, and the
# cluster's quotations are found in one search of its sentences, a line each (:func:`quotations_in`).
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’|``[^\n]*?''|''[^\n]*?''")
_SPEECH_VERBS = (
    "said|says|say|told|tells|wrote|writes|added|adds|stated|states|asked|asks|tweeted|according|"
    "warned|warns|insisted|insists|declared|explained|explains|argued|argues|noted|notes|quoted|claimed|"
    "claims|admitted|admits|acknowledged|announced|recalled|recalls|replied|responded|revealed|reads|"
    "continued|concluded|confirmed|conceded|countered|cautioned|commented|emphasized|stressed|"
    "suggested|testified|urged|vowed|joked|laughed|averred|narrates|posted"
)
_SPEECH_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS})\b", re.IGNORECASE)
# The verbs as words, for reading a sentence word by word (a regex alternation of sixty verbs
# tried at every word boundary cost 9 µs a sentence, the word loop 2).
_SPEECH_VERB_WORDS = frozenset(_SPEECH_VERBS.split("|"))
# A reported statement whose speaker is a pronoun, outside quotation marks, at the end or set off
# by commas: "Two victims were pronounced dead at the scene, he said.", "The mine will add U.S.
# dlrs 3.7 billion to Australia's gross domestic product, it says.", "The 1996 withdrawal from
# Chechnya was a mistake, he said, according to the ITAR-Tass news agency." Who "he" is, or what
# "it" is, the sentence before says. The substrings are asked first, the regex only then.
_SPEAKING_PRONOUNS = ("he", "she", "they", "it")
_PRONOUN_AFTER_COMMA = tuple(f", {pronoun} " for pronoun in _SPEAKING_PRONOUNS)
_PRONOUN_SPEAKER = re.compile(
    rf", (?:{'|'.join(_SPEAKING_PRONOUNS)}) (?:{_SPEECH_VERBS})\b[^,;\"“”]{{0,40}}(?:,|\.$)"
)
# Remarks the sentence before gave, as what someone made: "Bagabandy made the remarks while
# meeting with his German counterpart ...", "Zhang Wenkang, minister of Health, made the
# announcement in a written speech ...", "The Commission Wednesday made the proposal in a bid to
# ...", "Issa made the accusation in a letter ...", a wire's sentence after the statement it
# places. A sentence with a quotation of its own makes the remarks it names.
_REMARK_VERBS = (" made ", " mak", " gave ", " delivered ", " offered ")
_REMARKS_MADE_BEFORE = re.compile(
    r"\b(?:made|makes|make|making|delivered|gave|offered) (?:the|these|those|such|his|her|their) "
    r"(?:remarks?|comments?|statements?|announcement|admission|assertion|pledge|proposals?|accusations?|appeal"
    r"|demands?|forecast|offer|request|plea|suggestion)\b"
)
# A reported reason or consequence whose "that" or "this" is what the sentence before said:
# "Jacob Coin ... said that's because 75 percent of jobs in tribal casinos are held by
# non-Indians.", "Tafel said that is why the Log Cabin Republicans will be in Dallas ..." Not "it":
# "The United States attacked a pharmaceutical factory ... and says it was because ..." tells its
# own reason.
_REPORTED_REASON = re.compile(
    rf"\b(?:{_SPEECH_VERBS}) (?:that )?(?:that|this)(?:'s|’s| is| was) (?:because|why)\b"
)
# A statement reported of "that" as its subject, the statement the sentence before told: "The
# documents say that didn't happen.", "Brownback said that would not be sufficient.", "Herbold ...
# had come to believe that was no longer true." After a verb of saying or believing, "that" before
# an auxiliary is no conjunction: one opens a clause with its subject ("said that the talks were
# ..."). Not "this", which also opens what the sentence itself tells: "... say this is the year to
# resolve ...".
_THAT_BEFORE_AN_AUXILIARY = re.compile(
    r" that (?:was|wasn't|is|isn't|did|didn't|does|doesn't|has|hasn't|had|would|wouldn't|will|won't|could|might|may"
    r"|can)\b"
)
_VERBS_OF_SAYING_OR_BELIEVING = _SPEECH_VERB_WORDS | frozenset(
    "saying believe believes believed think thinks thought know knows knew".split()
)
# "him" in the sentence's first clause with no name before it: "Family members behind him hugged
# and cried.", "Houston police accused him of 22 crimes.", "Yeltsin brought him to Moscow ...".
# It cannot stand for the subject of its own clause (that would be "himself"), so it stands for
# someone the sentence before named. A name, a possessive ("McGwire's admitted use makes him ...")
# or a clause boundary before it ("Piccard broke into tears when controllers told him ...",
# "Kennedy was not licensed ..., did not have a flight instructor accompanying him") may give
# its antecedent, and so may a name after a comma or a dash ("When a test was pulled away from
# him before he could finish it, Lippman realized ..."); those sentences stand.
_HIM = re.compile(r"\bhim\b")
# "it" as the last word likewise: "Combat 18 claimed responsibility for it.", "The cases themselves
# are doing it.".
_IT_AT_THE_END = re.compile(r"\bit\.$")
_CLAUSE_BEFORE_OBJECT = re.compile(
    r"[,;:(—–_]|--|['’]s\b|\b(?:that|which|who|whom|whose|when|whenever|while|as|after|before|because|since|"
    r"until|if|whether|and|but|or|than|where|to|he|she|said|says|say|told|tells|tell|asked|asks)\b"
)
_NAME_AFTER_A_BREAK = re.compile(r"(?:,|--|—) (?:[a-z]+ )*[A-Z][a-z]")
# A surname as one capitalized word, with the capital inside that some have ("DeBoy",
# "McSherry", "MacKinnon", "O'Brien", "D'Amato") and a second one after a hyphen
# ("Crotty-Alexander").
_SURNAME = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|[DO]['’][A-Z][a-z]+)(?:-[A-Z][a-z]+)?"
_ONE_WORD_NAME = re.compile(_SURNAME)
# What stands before a speaker's name that opens an attribution: a closing quotation mark, a
# comma, a colon, or an abbreviation's full stop ("Mr. Smolar said").
_BEFORE_SPEAKER = frozenset(",;:”\"’'.")
# A surname with a first name, an initial or a title before it: "Bob Strella", "O.J. Simpson",
# "President Clinton", "Gen. Umit Dundar". The word before is neither a stop word ("But Strella
# said") nor a courtesy title ("Mr. Smolar" is how a report names someone it has introduced).
# The surname is looked ahead at, not taken, so that it may be the next match's first name:
# "State's Attorney Richard Schmack" gives "Richard" and "Schmack". A first name has no capital
# inside: read as one, "DeKalb" would make "DeKalb County" someone's name.
_FULL_NAME = re.compile(rf"(?:\b([A-Z][a-z]+)|\b[A-Z]\.) (?=({_SURNAME})\b)")
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir"})
# Whether a capitalized word in the opening phrase before a pronoun (:data:`_PRONOUN_AFTER_OPENING`)
# names someone the pronoun may stand for is the cluster's to say
# (:meth:`Eligibility._names_no_one_for_its_pronoun`): "When Bradley was in the Senate, he voted
# ..." but not "Like a large majority of the Israeli public, he supports ...", "In a statement
# issued by the Atlanta-based Carter Center, he said ...". A run of capitalized words is read as
# one name, its last word in a surname's place.
_CAPITALIZED_RUN = re.compile(r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*")
_POSSESSIVE_OR_SUFFIX = re.compile(r"(?:['’]s?|,? (?:Jr|Sr)\.?)$")
# A pronoun for one person after the phrase, and any personal pronoun in the phrase itself, which
# stands for someone before the sentence unless a name comes first ("Talking about how much
# attention he was paying to Graham's case, he emphasized ...").
_PERSONAL_PRONOUN_AFTER = re.compile(r"(?:he|she|his|her)(?:['’](?:s|d|ll))? ")
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|they|their|them)\b")
# Words that end the names of places, bodies and days, or open those of places: no surname, and
# no given name before one ("Brown University", "North Miami", "Korean War", "Christmas Eve").
_NO_PERSONS_NAME_WORDS = frozenset(
    "North South East West Northwest Northeast Southwest Southeast New San Santa Los Las El La Le Fort Port Saint "
    "Mount Lake Upper Lower Greater University College School Institute Center Centre Hotel Boulevard Street Avenue "
    "Road Square Park Committee Council Commission Embassy Church Clinic Hospital Press Party House Senate Court "
    "Department Ministry Agency Office Bank Company Corporation Group Association Union League Foundation Fund Museum "
    "Radio Television War Army Navy Force Forces Times Post News Journal Airport Bridge River Valley Island Islands "
    "County City State Republic Kingdom Eve Day".split()
)
# Where a report writes a word as a person's name: after an initial, a title or an age ("6-year-old
# Sean"), or after a capitalized word that may be a given name (the first group); as the speaker
# after a quotation ('"...," Fualaau explained.'); before an age in commas ("Fualaau, 33,").
_BEFORE_A_PERSONS_NAME = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof)\.|\b([A-Z][a-z]+)|\d-year-old) $"
)
_AFTER_A_QUOTATION = re.compile(r"[,?!][\"”’] (?:said |says )?$")
_SPEECH_AFTER_A_NAME = re.compile(rf"(?: (?:{_SPEECH_VERBS})\b|[.,])")
_AGE_AFTER_A_NAME = re.compile(r", \d{1,3},")
_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
# A subject named by one capitalized word, as a report names someone it introduced before:
# "Villarreal will be legally responsible ...", "Brooks, a researcher for Motorola, pulled ...",
# "Cary, 22, who was ...", an apposition that opens with someone's possessive: "Lew, Obama's former
# budget chief, also said ...", and the possessive: "Abrams' version would change ..."; after a
# courtesy title too, as the Times names someone it introduced: "Mr. Lukashevich praised the Assad
# government ...". Whether the word is a person's is the cluster's to say
# (:meth:`Eligibility.names_a_person`): "Wetlands, a kind of ...", "Australia is leading ..." and
# "Telstra, Australia's biggest communications company, ..." have the same form.
_APPOSITION_OF_A_POSSESSIVE = r", (?:[A-Z][\w.&-]* ){0,3}[A-Z][\w.&-]*['’]s "
_ONE_WORD_SUBJECT = re.compile(
    rf"(?:(?:Mr|Mrs|Ms|Dr)\. )?({_SURNAME})(?:,? [a-z]|, \d{{1,3}}, |['’]s? [a-z]|{_APPOSITION_OF_A_POSSESSIVE})"
)
# The subject of the clause after an opening phrase is named the same way: "In a separate interview
# with the Nine Network, Greig added: ...", "On Thursday, Mr. Morsi ordered ..."; and so is a
# possessive right after the opening preposition: "At Simmons' first swing, the top layer of the
# panel shows visible cracks." No quotation mark or comma inside the phrase, which would make it a
# clause or a list of its own.
_OPENING_PHRASE = re.compile(rf"{_OPENING_PREPOSITION}\b[^,\"“”]{{0,60}}, ")
_POSSESSIVE_AFTER_PREPOSITION = re.compile(rf"{_OPENING_PREPOSITION} ({_SURNAME})['’]s? [a-z]")
# Offices written before a surname: "President Clinton" names a person, though the cluster
# writes "president" in lower case too (abbreviated ones, "Sen.", are not read as full names).
_TITLES_OF_OFFICE = frozenset(
    "President Senator Governor General Judge Justice Mayor Secretary Minister Chancellor Ambassador "
    "Commissioner Sheriff Professor Pope Prince Princess King Queen Bishop Rabbi Coach Chief Detective "
    "Officer Captain Lieutenant Sergeant Colonel Representative Speaker Chairman".split()
)
# The mark that closes each opening one. A single quotation mark closes only after punctuation:
# elsewhere it is an apostrophe ('"We will appeal," said the company's lawyer.').
_CLOSING_QUOTE = {
    '"': re.compile('"'),
    "“": re.compile('[”"]'),
    "«": re.compile("»"),
    "'": re.compile(r"(?<=[,.!?…])'"),
    "‘": re.compile(r"(?<=[,.!?…])[’']"),
}
_NEXT_QUOTATION = re.compile(r"[\"“«]|(?<!\w)['‘]")


@dataclass(frozen=True)
class StandaloneRule:
    """What a sentence needs to be read without its neighbours; ``first_person`` accepts
    sentences in the first person outside quotation marks, and ``second_person`` those that
    address the reader as "you" there. With ``after_predecessor``, a
    sentence refused only because it points back ("He told police ...", "But ...", '"...," she
    said.') may still be read right after the sentence before it in its document
    (:meth:`reads_after_predecessor`). With ``introduced_speakers``, a speaker named by surname
    alone after the document gave the full name waits for a sentence in the summary that gives
    it (:class:`Eligibility`); with ``introduced_subjects``, so does a person named by surname
    alone as the subject ("Villarreal will be legally responsible ..."); with
    ``introduced_groups``, a group of people as the definite subject ("The researchers concluded
    ...") or a role or a share of a group as the speaker ('"...," the official said.', "...,
    one of the officials said.") waits, in English, for a sentence in the summary that mentions
    the group or the role, where without it the sentence points back;
    with ``introduced_things``, so does a thing one document introduced as the definite subject
    ("The transponder sends ..."), where without it the sentence stands alone. With
    ``quoted_elsewhere``, a sentence outside quotation marks whose words another sentence of the
    cluster quotes is someone's statement pasted into a page without them (a blockquote, an
    embedded post), and may not be chosen: a brief would state it in its own voice
    (:class:`Eligibility`). With ``named_persons``, in English, a pronoun for a person after an
    opening phrase points back unless the phrase names someone the cluster takes for a person
    (:class:`Eligibility`); without, any capital in the phrase may be the name it stands for.
    ``language`` is the
    sentence's ISO 639-1 code: a label before a colon is read as one in English only, where the
    verbs of speech before a colon are known ("Il ministro ha detto: ..." is an attribution)."""

    min_words: int = 6
    max_words: int = 60
    first_person: bool = False
    second_person: bool = False
    after_predecessor: bool = True
    introduced_speakers: bool = True
    introduced_subjects: bool = True
    introduced_groups: bool = True
    introduced_things: bool = True
    quoted_elsewhere: bool = True
    named_persons: bool = True

    def accepts(self, text: str, language: str = "en") -> bool:
        return self._reads(text, points_back=False, language=language)

    def reads_after_predecessor(self, text: str, language: str = "en") -> bool:
        return self.after_predecessor and self._reads(text, points_back=True, language=language)

    def groups_wait(self, language: str = "en") -> bool:
        """Whether a group of people as the definite subject, or a role as the speaker, waits for
        a sentence that mentions the group or the role rather than pointing back: with
        ``introduced_groups``, in English, whose groups and roles the rule knows."""
        return self.introduced_groups and language == "en"

    def things_wait(self, language: str = "en") -> bool:
        """Whether a thing one document introduced as the definite subject with nothing after its
        noun ("The transponder sends ...") waits for a sentence that mentions it: with
        ``introduced_things``, in English. Without, it stands alone."""
        return self.introduced_things and language == "en"

    def _reads(self, text: str, points_back: bool, language: str) -> bool:
        """``points_back``: a first word or a speaker that needs the previous sentence is allowed."""
        english = language == "en"
        words = text.split()
        if not self.min_words <= len(words) <= self.max_words:
            return False
        first = text[0]
        marker = _ITEM_MARKER.match(text) if first.isdigit() else None
        opening = text[marker.end()] if marker else first
        # A capital, or a letter of a script without case (Arabic, Hindi, Hebrew, Georgian).
        if not ((opening.isalpha() and not opening.islower()) or opening.isdigit() or opening in OPENING_QUOTES):
            return False
        if not _ends_whole(text) or text.endswith("!"):
            return False
        if (text.count('"') + text.count("“") + text.count("”")) % 2 or _unbalanced_single_quote(text):
            return False
        if first in OPENING_QUOTES and not _names_its_speaker(_attribution(text), points_back):
            return False
        if text.startswith(_INTERVIEW_LABELS) or _LABEL_IN_CAPITALS.match(text):
            return False
        if _ARTICLE_WITHOUT_ITS_NOUN.match(text):
            return False
        if ":" in text and (_GLUED_AFTER_COLON.search(text) or _COLON_BEFORE_THE_END.search(text[-4:])):
            return False
        if text.endswith(_BARE_ATTRIBUTION_END) and not any(mark in text for mark in (",", *OPENING_QUOTES)):
            return False
        if _DATE_CAPTION.match(text) or _CALL_TO_ACTION.match(text) or (english and _advises_unattributed(text)):
            return False
        if english and _NAME_CAPTION.match(text):
            return False
        if english and _opened_by_its_verb(text):
            return False
        if english and not _has_a_verb(text, words):
            return False
        if any(word in text for word in _PRESENTER_WORDS) and _PRESENTER_CREDIT.match(text):
            return False
        if not points_back and _points_back(text, english, self.groups_wait(language)):
            return False
        if any(word in text for word in _ABOUT_THE_PAGE_WORDS) and _ABOUT_THE_PAGE.search(
            _QUOTED.sub(" ", text)
        ):
            return False
        if english and text.startswith(_PAGE_PRESENTS):
            return False
        if is_capitals_label(text) or words_with_lost_characters(text):
            return False
        if _FIRST_OR_SECOND_PERSON_TOKENS.isdisjoint(words):
            return True
        if not self.second_person and _addresses_the_reader(text, words):
            return False
        return self.first_person or not _speaks_in_first_person(text, words)


# A word that may be a sentence's verb, in a sentence lower-cased with straight apostrophes: a
# word of letters (read apart from "n't", its own word), a number (which only stands before the
# next word), or a contraction of "is", "has", "are" ...
_WORD_FOR_THE_VERB_TEST = re.compile(r"[a-z]+(?=n't\b)|[a-z]+|\d[\d.,]*|'(?:s|re|ve|d|ll|m)\b|n't\b")
# Forms that are a verb wherever they stand, as whitespace tokens: most sentences hold one outside
# a dash's clause (:data:`_CLAUSE_AFTER_A_DASH`), and need no look at the rest (word by word, a
# sentence is read in about 4.6 µs, its words looked up in this set in 0.3).
_UNMISTAKABLE_VERBS = frozenset(
    "is was are were has have had said says will would could can did does should might must told took made went "
    "came became began gave got found added".split()
)
# After an article, a possessive or a preposition a verb's form is a noun or an adjective, not the
# sentence's verb: "A burned car in Istanbul on Saturday.", "... in separate roles.". After "to" it
# is an infinitive, which needs a verb of its own. After "and" or "or" a verb joins one before it,
# which counts on its own; with none before, the form is a noun or a participle: "No mention of
# protest or video.", "Written and directed by George Lucas." ("but" and "then" stand between a
# subject and its verb: "John and Carolyn then planned to ...").
_NO_VERB_AFTER = frozenset(
    "a an the no his its their our my your of in on at for with by from into onto about over under after before"
    " between through during without within to and or".split()
)

# A clause that a dash and a conjunction open and the sentence ends with: its verb is the clause's,
# and what comes before may have none ("Just a couple of guys talking cars — while the world
# watches.", a web page's deck).
_CLAUSE_AFTER_A_DASH = re.compile(
    r"\s(?:—|–|--)\s*(?:while|when|as|because|although|though|if|since|after|before|until|unless|whereas)\b"
    r"[^,;:—–]*$"
)


@functools.cache
def _english_verb_forms() -> frozenset[str]:
    """The forms of English verbs that can be a clause's verb or its base form
    (``data/english_verb_forms.txt``, built by ``scripts/english_verb_forms.py``), and the
    contractions of auxiliaries."""
    listed = resources.files(__package__).joinpath("data", "english_verb_forms.txt").read_text(encoding="utf-8")
    forms = (line for line in listed.splitlines() if line and not line.startswith("#"))
    return frozenset((*forms, "'s", "'re", "'ve", "'d", "'ll", "'m", "n't"))


def _has_a_verb(text: str, words: list[str]) -> bool:
    """Whether an English sentence holds a word that can be its verb: a form of a verb other than
    a participle, or a word in -ed the dictionary lacks ("texted"), anywhere but right after an
    article, a possessive, a preposition, "and" or "or" (:data:`_NO_VERB_AFTER`). A sentence
    without one is a fragment a crawl cut from its beginning ("CKY, now known as CTV Winnipeg,
    beginning in the early 1990s."), a caption ("A burned car in Istanbul on Saturday."), a
    credit ("Oprah Winfrey and Kate Forte, executive producers."), a fact box's line
    ("Agricultural losses, $600 million to $700 million.") or a deck, whose one verb may be a
    clause's after a dash (:data:`_CLAUSE_AFTER_A_DASH`), and says nothing a brief can state. A
    participle is no verb of its own ("now known as"), and a verb's base form counts, as a plural
    subject's verb does ("Thousands of tourists visit the park every year."). A sentence without
    a word in Latin letters is not judged: a cluster too short for its language to be told is
    read as English, and its sentences may be Arabic or Hindi. ``words``: its whitespace tokens."""
    main = _CLAUSE_AFTER_A_DASH.sub("", text) if "—" in text or "–" in text or "--" in text else text
    if not _UNMISTAKABLE_VERBS.isdisjoint(main.split() if len(main) < len(text) else words):
        return True
    verbs = _english_verb_forms()
    previous = ""
    for word in _WORD_FOR_THE_VERB_TEST.findall(main.lower().replace("’", "'")):
        if previous not in _NO_VERB_AFTER and (word in verbs or word.endswith("ed")):
            return True
        previous = word
    return not any(character.isascii() and character.isalpha() for character in text)


# "That" or "This" as the subject, standing for what the sentence before told: "That worried the
# National Institutes of Health.", "That's an increase of 12 percent since 1991.". Not before a
# time: "That night, police ..." tells its own.
_STATEMENT_TOLD_BEFORE = re.compile(
    r"^(?:That|This)\b(?! (?:week|month|year|weekend|day|night|morning|afternoon|evening|time|spring|summer|fall"
    r"|autumn|winter)\b)"
)


def quotations_in(texts: Iterable[str]) -> str:
    """Every quotation in ``texts``, lower-cased, a line each."""
    quoting = "\n".join(text for text in texts if holds_a_quotation_mark(text)).lower()
    return "\n".join(_QUOTED.findall(quoting))


def holds_a_quotation_mark(text: str) -> bool:
    """Whether ``text`` holds a mark that opens a quotation ``_QUOTED`` finds. Substring tests: a
    regular expression for the marks took four times as long, and every sentence of a cluster is
    asked."""
    return '"' in text or "“" in text or "‘" in text or "``" in text or "''" in text


def holds_words(text: str, words: str) -> bool:
    """Whether ``words`` occur in ``text`` as words, not as the end or the start of longer ones;
    no words occur nowhere."""
    start = text.find(words) if words else -1
    while start != -1:
        end = start + len(words)
        if not text[start - 1 : start].isalnum() and not text[end : end + 1].isalnum():
            return True
        start = text.find(words, start + 1)
    return False


def states_something(text: str, language: str = "en") -> bool:
    """Whether a sentence states something its document can be cited for, read with its
    neighbours if need be: not a question ("What proportion of people die when infected with
    West Nile virus?"), a teaser cut off or a label in capitals, and in English not a statement
    whose subject is the one the sentence before told. A pronoun's sentence states its own fact
    ("They are home to some three million civilians.")."""
    if not _ends_whole(text) or is_capitals_label(text):
        return False
    return language != "en" or not _STATEMENT_TOLD_BEFORE.match(text)


def _ends_whole(text: str) -> bool:
    """Whether a sentence ends as a whole one, with a full stop or an exclamation mark before any
    closing marks, not with an ellipsis."""
    # String methods rather than regexes anchored at the end, which scan the whole sentence.
    ending = text.rstrip(CLOSERS)
    return ending.endswith(_TERMINAL) and not ending.endswith(_CUT_OFF)


def _points_back(text: str, english: bool, groups_wait: bool) -> bool:
    """Whether the sentence needs the one before it to say who or what it is about. With
    ``groups_wait`` a group as the definite subject or a role as the speaker does not: it waits
    for the brief to mention the group or the role (:meth:`Eligibility.awaited_name`)."""
    match = _FIRST_WORD.match(text)
    if match and match.group(1).lower() in _NEEDS_CONTEXT:
        return True
    if _CONTINUING_OPENING.match(text) or _BACK_REFERRING_OPENING.match(text) or _STAND_IN_SUBJECT.match(text):
        return True
    if _RELATIVE_TIME_OPENING.match(text) or _RELATIVE_PLACE_OPENING.match(text):
        return True
    if text.startswith("The ") and (
        _DESCRIBED_NOT_NAMED.match(text)
        or _ACTION_TOLD_BEFORE.match(text)
        or (english and _described_by_an_epithet(text))
    ):
        return True
    if text.startswith(("The ", "All ")) and not groups_wait and _GROUP_SUBJECT.match(text):
        return True
    if text.startswith("Both ") and _PAIR_SUBJECT.match(text):
        return True
    if english and not groups_wait and _speaker_named_by_role(text):
        return True
    if (" such " in text or " similar " in text) and _COMPARED_AT_THE_END.search(text[-60:]):
        return True
    if _ends_pointing_back(text):
        return True
    if text.startswith("Because") and _REASON_WITHOUT_CLAUSE.match(text):
        return True
    if english and ": " in text and _opens_with_label(text):
        return True
    if text.endswith(_AGREEMENT_ENDINGS) and ", and " not in text and _AGREEMENT_AT_THE_END.search(text):
        return True
    if text.endswith(_REACTION_ENDINGS) and _reacts_to_what_came_before(text):
        return True
    if any(pronoun in text for pronoun in _PRONOUN_AFTER_COMMA) and _PRONOUN_SPEAKER.search(text):
        return True
    if (" because" in text or " why" in text) and _REPORTED_REASON.search(text):
        return True
    if _reports_a_statement_of_that(text) and _reports_a_statement_of_that(_outside_quotations(text)):
        return True
    if any(verb in text for verb in _REMARK_VERBS) and _makes_remarks_made_before(text):
        return True
    if (" him" in text or text.endswith(" it.")) and _object_without_antecedent(text):
        return True
    if " same " in text and _SAME_TIME_AS_BEFORE.search(_QUOTED.sub(" ", text)):
        return True
    if (", that" in text or ", this" in text) and _DEMONSTRATIVE_AFTER_OPENING.match(text):
        return True
    if _PRONOUN_AFTER_TIME.match(text):
        return True
    opening = _PRONOUN_AFTER_OPENING.match(text)
    if opening is None:
        return False
    if not _NAME_IN_OPENING.search(opening.group(1)):
        return True
    return bool(_THEY_AFTER.match(text, opening.end(1) + 2)) and not _GROUP_AS_SUBJECT.match(text)


def _opened_by_its_verb(text: str) -> bool:
    """A list's item, a profile's line or a note that opens with its verb, its subject left out:
    in the past tense in -ed, with no comma after a participle's phrase
    (:data:`_ITEM_OPENED_BY_ITS_VERB`), or a verb's form in -s (:data:`_OPENED_BY_A_VERB_IN_S`)."""
    if _ITEM_OPENED_BY_ITS_VERB.match(text) and "," not in text:
        return True
    opening = _OPENED_BY_A_VERB_IN_S.match(text)
    return bool(opening) and opening[1].lower() in _english_verb_forms()


def _reports_a_statement_of_that(text: str) -> bool:
    """Whether a verb of saying or believing reports a statement of "that"
    (:data:`_THAT_BEFORE_AN_AUXILIARY`). The word before is looked up once "that" and an auxiliary
    are found: a regular expression that tried each verb at every place took three times as long."""
    return any(
        text[max(0, found.start() - 20) : found.start()].rsplit(" ", 1)[-1] in _VERBS_OF_SAYING_OR_BELIEVING
        for found in _THAT_BEFORE_AN_AUXILIARY.finditer(text)
    )


def _described_by_an_epithet(text: str) -> bool:
    match = _DESCRIBED_BY_AN_EPITHET.match(text)
    if match is None or match.group(2) not in _english_verb_forms():
        return False
    stop_words = word_rules("en").stop_words
    return not any(word.lower() in stop_words for word in match.group(1).split())


def _makes_remarks_made_before(text: str) -> bool:
    return bool(_REMARKS_MADE_BEFORE.search(text)) and not holds_a_quotation_mark(text)


def _reacts_to_what_came_before(text: str) -> bool:
    """A reaction ends the sentence (:data:`_REACTION_AT_THE_END`), and no clause of the sentence
    gives its cause: not one of its own after it ("Barry sharply countered, ..., but Feinstein was
    undeterred."), nor one that opens it ("As Greenspan and the Fed pursued policies that led to
    low inflation, even Republicans were pleased.")."""
    if text.startswith(_CAUSE_OPENINGS) or " but " in text or any(clause in text for clause in _CLAUSE_OF_ITS_OWN):
        return False
    return bool(_REACTION_AT_THE_END.search(text, max(0, len(text) - 80)))


def _speaker_named_by_role(text: str) -> re.Match[str] | None:
    """A speaker named by a role or as a share of a group ('"...," the official said.', "...,
    one of the officials said."), its role or group the match's first group."""
    return _ROLE_SPEAKER.search(text) or _GROUP_SHARE_SPEAKER.search(text)


def _object_without_antecedent(text: str) -> bool:
    unquoted = _QUOTED.sub(" ", text)
    pronoun = _HIM.search(unquoted) or _IT_AT_THE_END.search(unquoted)
    if pronoun is None:
        return False
    before = unquoted[: pronoun.start()]
    if any(word[0].isupper() for word in before.split()[1:]) or _CLAUSE_BEFORE_OBJECT.search(before):
        return False
    return not _NAME_AFTER_A_BREAK.search(unquoted, pronoun.end())


def _ends_pointing_back(text: str) -> bool:
    """A demonstrative, a connective, a reply to a claim or a short comparison without its other
    term at the end, outside a quotation and any clause of the sentence's own."""
    end = text[-40:]
    if not text.endswith("."):
        return False
    return (
        _compares_with_what_came_before(text, end)
        or ((" that" in end or " this" in end or " why" in end) and bool(_DEMONSTRATIVE_AT_THE_END.search(end)))
        or (", " in end and bool(_CONNECTIVE_AT_THE_END.search(end)))
        or ((" the" in end or " such" in end) and bool(_REPLY_AT_THE_END.search(text[-60:])))
    ) and not any(clause in text for clause in _CLAUSE_OF_ITS_OWN)


def _compares_with_what_came_before(text: str, end: str) -> bool:
    # No comma at all: a clause after one ("As the ice melts, …") mostly holds the other term.
    return (
        ", " not in text
        and " than " not in text
        and not has_words(text, COMPARISON_MAX_WORDS + 1)
        and bool(_COMPARISON_AT_THE_END.search(end))
    )


def _advises_unattributed(text: str) -> bool:
    if not _IMPERATIVE.match(text):
        return False
    last_comma = text.rfind(", ")
    return last_comma < 0 or not _SPEECH_VERB.search(text, last_comma)


def _opens_with_label(text: str) -> bool:
    match = _LABEL_BEFORE_COLON.match(text)
    if not match or match.group(1).isupper():
        return False
    words = match.group(1).split()
    a_clause = (
        not _VERBS_OF_A_CLAUSE.isdisjoint(words)
        or not _SPEECH_VERB_WORDS.isdisjoint(words)
        or words[0].lower() in _VERB_BEFORE_SPEAKER
        or any(word.endswith("ed") for word in words[1:])
    )
    return not a_clause


def _speaks_in_first_person(text: str, words: list[str]) -> bool:
    return not _FIRST_PERSON_TOKENS.isdisjoint(words) and bool(_FIRST_PERSON.search(_outside_quotations(text)))


def _addresses_the_reader(text: str, words: list[str]) -> bool:
    return not _SECOND_PERSON_TOKENS.isdisjoint(words) and bool(_SECOND_PERSON.search(_outside_quotations(text)))


def _outside_quotations(text: str) -> str:
    """The sentence's words in the writer's voice: its quotations blanked, and the words after a
    quotation mark left open dropped, a quotation whose closing mark is another kind ('... LaValle
    is "the one" and "Oh my god, I can’t wait to have guido babies.”')."""
    return _QUOTATION_MARK.split(_QUOTED.sub(" ", text), maxsplit=1)[0]


# A single quotation mark that opens: after a space or an opening bracket or mark, before a word.
_OPENING_SINGLE_QUOTE = re.compile(r"(?:^|[\s(\[“\"])['‘]\w")


def _unbalanced_single_quote(text: str) -> bool:
    """A sentence that opens a single-quoted passage it never closes is a fragment of it; so is
    one that ends by closing a passage it never opened ("... the Intergovernmental Panel on
    Climate Change stated that ... limits the ability to predict the risk of the collapse' or
    melting.'", the end of a quotation the sentences before opened)."""
    if text[0] in "'‘":
        return not re.search(r"['’][^\w]*\s", text[1:] + " ")
    return text.endswith(("'", "’")) and text[-2:-1] in ".!?" and not _OPENING_SINGLE_QUOTE.search(text)


def _names_its_speaker(attribution: str, pronoun: bool = False) -> bool:
    """'..." Erdogan said.' names a speaker; '..." he said.' needs the previous sentence, and
    counts only with ``pronoun``; '..." I said.' is the writer, never named."""
    if not _SPEECH_VERB.search(attribution):
        return False
    match = _FIRST_WORD.match(attribution.lstrip(" ,"))
    unnamed = _WRITER if pronoun else _UNNAMED
    return not (match and match.group(1).lower() in unnamed)


def _attribution(text: str) -> str:
    """What follows the quotation a sentence opens with, up to the next quotation: ' Tavernise
    writes, ' in '"More than half ...," Tavernise writes, "It used to be called illegitimacy."'."""
    closing = _CLOSING_QUOTE[text[0]].search(text, 1)
    if not closing:
        return ""
    rest = text[closing.end() :]
    following = _NEXT_QUOTATION.search(rest)
    return rest[: following.start()] if following else rest


# A news story's opening, where it names whom it is about: its lead and the sentence after.
OPENING_SENTENCES = 2
# The share of a cluster's documents that tell of a thing for it to be the story's, from two
# documents on: two of up to eight, seven of 25; or the share whose openings tell of it, from
# one on: one of up to twelve, three of 25 (:meth:`Eligibility._is_the_storys_thing`).
STORYS_THING_SHARE = 1 / 4
STORYS_THING_OPENINGS_SHARE = 1 / 12
# The documents that use a word in which the cluster's way of writing it as a person's name is
# looked for: enough for the names of a story, and a bounded search in a cluster of thousands.
PERSONS_NAME_DOCUMENTS = 20


class Eligibility:
    """What selection may choose. A sentence that stands alone may be chosen at any time; the
    next sentence of its document, when that one cannot stand alone but reads right after it,
    once it is chosen (:meth:`follower_of`). With the rule's ``introduced_speakers``, a sentence
    that names its speaker by surname alone where its document gave the full name before ('"Our
    thoughts and prayers go out to all those involved," Strella said.') once a chosen sentence
    gives that full name, from any document (:meth:`awaited_name`); with ``introduced_subjects``,
    likewise a sentence whose subject is a person named so ("Villarreal will be legally
    responsible ..."); with ``introduced_groups``, a sentence whose subject is a group of people
    the story introduced ("The researchers concluded ...") or whose speaker is named by a role or
    as one of a group ('"...," the official said.', "..., one of the officials said.") once a
    chosen sentence mentions the group or the role, or right
    after a predecessor that mentions it. When no sentence may be chosen on its own
    (``fallback``) every sentence may be chosen and none follows, rather than an empty summary.
    One selection's choices are followed by an :class:`Admission`.

    Verdicts are reached when selection asks and then kept. Selection asks about the few
    sentences that reach the top of its ranking; testing every sentence first had cost a tenth
    of a 10-article summary's time. ``language`` gives the stop words that cannot be a first
    name ("But Strella said")."""

    def __init__(
        self, sentences: Sequence[Sentence], rule: StandaloneRule = StandaloneRule(), language: str = "en"
    ) -> None:
        self._sentences = sentences
        self._rule = rule
        self._language = language
        self._stop_words = word_rules(language).stop_words
        self._stands_alone: dict[int, bool] = {}
        self._awaited_name: dict[int, str | None] = {}
        self._named_by_surname: dict[int, tuple[str, bool] | None] = {}
        self._names_introduced: dict[int, frozenset[str]] = {}
        self._mention: dict[int, str | None] = {}
        self._follower: dict[int, int | None] = {}
        self._document_texts: list[str] | None = None
        self._openings = ""
        self._opening_ends: list[int] = []
        self._cluster_text = ""
        self._document_ends: list[int] = []
        self._documents_holding: dict[str, list[str]] = {}
        self._in_lower_case: dict[str, bool] = {}
        self._persons_names: dict[str, bool] = {}
        self._storys_things: dict[str, bool] = {}
        self._lower_cluster_text = ""
        self._lower_openings = ""
        self._quotations: str | None = None
        # Settled by the first sentence that stands alone and waits for no one, nearly always
        # among the first few: a document's first sentences cannot wait for a name it gave before.
        self.fallback = bool(sentences) and not any(
            self.stands_alone(i) and self.awaited_name(i) is None for i in range(len(sentences))
        )

    def stands_alone(self, index: int) -> bool:
        verdict = self._stands_alone.get(index)
        if verdict is None:
            text = self._sentences[index].text
            verdict = (
                self._rule.accepts(text, self._language)
                and not self._quoted_elsewhere(text)
                and not self._names_no_one_for_its_pronoun(text)
            )
            self._stands_alone[index] = verdict
        return verdict

    def _quoted_elsewhere(self, text: str) -> bool:
        """Whether ``text``, outside quotation marks, says word for word what a quotation in the
        cluster says, or part of it: "The reason this crash was so severe is because the crash
        attenuator ... had been crushed in a prior accident without being replaced." in one
        outlet's page, where another writes '"The reason this crash was so severe ...," Tesla said
        in a statement.'. Outlets paste a statement or a post as a block of its own without its
        marks; its words are the speaker's, not the outlet's."""
        if not self._rule.quoted_elsewhere or holds_a_quotation_mark(text):
            return False
        if self._quotations is None:
            self._quotations = quotations_in(sentence.text for sentence in self._sentences)
        # Without its last mark: a quotation that goes on after the words ends them with a comma.
        return holds_words(self._quotations, text.lower().rstrip(".!?"))

    def _names_no_one_for_its_pronoun(self, text: str) -> bool:
        """Whether ``text``, accepted with a capital in the opening phrase before its pronoun
        (:data:`_PRONOUN_AFTER_OPENING`), names no one there that a pronoun for a person after the
        phrase may stand for: no run of capitalized words in the phrase is a person's name, as the
        cluster tells (:meth:`_names_a_person_in_opening`), or a personal pronoun in the phrase
        comes before the first that is ("In one of his rare departures from Clinton orthodoxy, he
        has called ..."). "it" and "its" after the phrase stand for things, which a place or a body
        may name: "For the first time in Israel's history, its upcoming election ..."; "they" and
        "their" are read from the phrase's form (:data:`_GROUP_AS_SUBJECT`)."""
        if not self._rule.named_persons or self._language != "en":
            return False
        opening = _PRONOUN_AFTER_OPENING.match(text)
        if opening is None:
            return False
        phrase = text[: opening.end(1)]
        first_person = next(
            (run.start() for run in _CAPITALIZED_RUN.finditer(phrase) if self._names_a_person_in_opening(run.group())),
            None,
        )
        pronoun = _PERSONAL_PRONOUN.search(phrase)
        if pronoun and (first_person is None or pronoun.start() < first_person):
            return True
        return first_person is None and bool(_PERSONAL_PRONOUN_AFTER.match(text, opening.end(1) + 2))

    def _names_a_person_in_opening(self, run: str) -> bool:
        """Whether a run of capitalized words names a person: after a courtesy title; as a full
        name whose surname the cluster never writes in lower case, after a word that may be a
        given name; or as one word the cluster writes as a person's name
        (:meth:`_is_a_persons_name`). The phrase's first words, stop words and calendar words
        ("When", "In", "Nov."), are no part of it, nor a possessive or "Jr."."""
        if run.startswith(("Mr. ", "Mrs. ", "Ms. ", "Dr. ")):
            return True
        words = _POSSESSIVE_OR_SUFFIX.sub("", run).rstrip(".").split()
        while words and (words[0].lower() in self._stop_words or _CALENDAR_WORD.fullmatch(words[0].rstrip("."))):
            words.pop(0)
        if not words:
            return False
        surname = words[-1]
        if not _ONE_WORD_NAME.fullmatch(surname) or not _may_be_part_of_a_persons_name(surname, self._stop_words):
            return False
        if len(words) == 1:
            return self._is_a_persons_name(surname)
        return _may_be_part_of_a_persons_name(words[-2], self._stop_words) and not _written_in_lower_case(
            surname, self._documents_using(surname)
        )

    def _is_a_persons_name(self, word: str) -> bool:
        """Whether the cluster writes ``word`` as a person's name: never in lower case, and in
        one of the first :data:`PERSONS_NAME_DOCUMENTS` documents that use it after an initial, a
        title, an age or a given name (:meth:`_is_a_given_name`), as a quotation's speaker, before
        an age in commas, or as a given name before a surname: "Sen. Bill Bradley", '"…," Fualaau
        explained.', "6-year-old Sean", "Elian Gonzalez"; not "Massachusetts" of "a Massachusetts
        Democrat", which the cluster also writes on its own. Asked once a word."""
        if word not in self._persons_names:
            texts = self._documents_using(word)
            self._persons_names[word] = not _written_in_lower_case(word, texts) and any(
                self._written_as_a_persons_name(word, text, start)
                for text in texts[:PERSONS_NAME_DOCUMENTS]
                for start in _word_starts(word, text)
            )
        return self._persons_names[word]

    def _written_as_a_persons_name(self, word: str, text: str, start: int) -> bool:
        end = start + len(word)
        before = _BEFORE_A_PERSONS_NAME.search(text, max(0, start - 20), start)
        if before and (before.group(1) is None or self._is_a_given_name(before.group(1), word)):
            return True
        if _AGE_AFTER_A_NAME.match(text, end) or (
            _AFTER_A_QUOTATION.search(text, max(0, start - 12), start) and _SPEECH_AFTER_A_NAME.match(text, end)
        ):
            return True
        # As a given name: the surname after it ends the name ("Elian Gonzalez", not "Egyptian
        # Ambassador to Israel Mohammed Bassiouny") and is no word the cluster writes in lower case.
        after = _WORD_AFTER.match(text, end)
        return (
            after is not None
            and _may_be_part_of_a_persons_name(after.group(1), self._stop_words)
            and not _capitalized_word_at(text, after.end() + 1)
            and not self._given_name_in_lower_case(after.group(1))
        )

    def _is_a_given_name(self, word: str, surname: str) -> bool:
        """Whether ``word``, written before ``surname``, is a given name: no stop word or word of
        places and bodies, written before a capitalized word wherever the documents that use it
        write it, and not in lower case unless they write the pair twice ("Bill Bradley", beside a
        "bill" in Congress). Not "Massachusetts" of "a Massachusetts Democrat", which the cluster
        also writes on its own."""
        if not _may_be_part_of_a_persons_name(word, self._stop_words):
            return False
        texts = self._documents_using(word)[:PERSONS_NAME_DOCUMENTS]
        starts = ((text, start) for text in texts for start in _word_starts(word, text))
        if not all(_capitalized_word_at(text, start + len(word) + 1) for text, start in starts):
            return False
        pair = f"{word} {surname}"
        return not self._given_name_in_lower_case(word) or sum(text.count(pair) for text in texts) >= 2

    def admits(self, index: int, introduced: Set[str] = frozenset()) -> bool:
        """Whether sentence ``index`` may be chosen when the chosen sentences give the full names
        of the speakers ``introduced``."""
        if self.fallback:
            return True
        if not self.stands_alone(index):
            return False
        name = self.awaited_name(index)
        return name is None or name in introduced

    def admission(self) -> Admission:
        """A fresh account of one selection's choices."""
        return Admission(self)

    def awaited_name(self, index: int) -> str | None:
        """The surname sentence ``index`` names its speaker or, in English, its subject by, if
        an earlier sentence of its document gave the full name, the sentence itself does not,
        and the name is not the story's own: one that more than half of the cluster's documents
        use and one of them gives in its opening ("Trump said" in a cluster about his campaign),
        which a reader of the brief knows. Half is not enough: in a cluster of two stories, the
        official whom one outlet names in its opening ("said Angus Houston, the head of the
        Australian agency coordinating the search") is a stranger to the other's readers. A
        spokesman's ("Strella said in an email.") or an expert's is not the story's own either,
        even where several outlets quote them: they speak further down. A subject waits only if
        the cluster takes it for a person's name (:meth:`names_a_person`). Failing a surname, the
        group of people the sentence's definite subject is ("researchers" for "The researchers
        concluded ...") or the role its speaker is named by ("official" for '"...," the official
        said.'), which a chosen sentence introduces by mentioning it (:meth:`names_introduced_by`)."""
        if index not in self._awaited_name:
            self._awaited_name[index] = self._find_awaited_name(index)
        return self._awaited_name[index]

    def _find_awaited_name(self, index: int) -> str | None:
        # A surname that needs no introduction leaves the sentence's other words to be read: in
        # "California takes the lead in this trend." the state is no person's name, the trend
        # still one the brief must have told of.
        return self._awaited_surname(index) or self._mention_awaited(index)

    def _awaited_surname(self, index: int) -> str | None:
        named = self._surname_alone(index)
        if named is None:
            return None
        name, subject = named
        document_id = self._sentences[index].document_id
        earlier = index - 1
        while earlier >= 0 and self._sentences[earlier].document_id == document_id:
            before = self._sentences[earlier].text
            # A given name makes only a speaker wait (names_a_person reads a subject's surname).
            if name in before and self._gives_full_name(name, before, given_names=not subject):
                if self._is_the_storys_own(name) or (subject and not self.names_a_person(name, before)):
                    return None
                return name
            earlier -= 1
        return None

    def _surname_alone(self, index: int) -> tuple[str, bool] | None:
        """The surname sentence ``index`` names its speaker or, in English, its subject by, and
        whether it is the subject, when the sentence does not give the full name."""
        if index not in self._named_by_surname:
            text = self._sentences[index].text
            name = one_word_speaker(text) if self._rule.introduced_speakers else None
            subject = name is None and self._rule.introduced_subjects and self._language == "en"
            if subject:
                match = _one_word_subject(text)
                name = match.group(1) if match else None
                if name is not None and (name.lower() in self._stop_words or _CALENDAR_WORD.fullmatch(name)):
                    name = None
            named = None if name is None or name in self._names_in_full(text) else (name, subject)
            self._named_by_surname[index] = named
        return self._named_by_surname[index]

    def _mention_awaited(self, index: int) -> str | None:
        """The group, role or thing sentence ``index`` waits for a mention of: a word
        (:meth:`_taken_up`) or a thing's stem (:meth:`_thing_taken_up`). Asked of a sentence by
        the name test, by its predecessor's follower test and as it is chosen."""
        if index not in self._mention:
            self._mention[index] = self._taken_up(index) or self._thing_taken_up(index)
        return self._mention[index]

    def _taken_up(self, index: int) -> str | None:
        """The group of people that is sentence ``index``'s definite subject, or the role its
        speaker is named by, when a brief's sentence that mentions it is to introduce it."""
        if not self._rule.groups_wait(self._language):
            return None
        text = self._sentences[index].text
        match = _GROUP_SUBJECT.match(text) if text.startswith(("The ", "All ")) else None
        match = match or _speaker_named_by_role(text)
        return match.group(1) if match else None

    def _thing_taken_up(self, index: int) -> str | None:
        """The stem of the thing that is sentence ``index``'s definite subject, when a brief's
        sentence that mentions it is to introduce it: not a thing the story tells of, unless the
        sentence times it by another event; failing one, of a document named as the source, on the
        same terms (:data:`_DOCUMENT_AS_SOURCE`), of the thing a demonstrative points to as its last
        words, of the act or the claim "the" does (:data:`_ACT_OR_CLAIM_AT_THE_END`), of the things
        "these" or "those" points to (:data:`_THINGS_POINTED_TO`) or of the thing "such" does
        (:data:`_SUCH_THING`)."""
        if not self._rule.things_wait(self._language):
            return None
        text = self._sentences[index].text
        subject = self._thing_subject(text) if text.startswith("The ") else None
        if subject is None and " the " in text and (source := _DOCUMENT_AS_SOURCE.search(text)):
            stem = stem_tokens([source.group(1)], self._language)[0]
            subject = None if self._is_the_storys_thing(stem) else stem
        if subject is not None:
            return subject
        pointed = None
        if text.endswith("."):
            end = max(0, len(text) - 40)
            pointed = (
                _THING_POINTED_TO_AT_THE_END.search(text, end)
                or _THAT_THING_AT_THE_END.search(text, end)
                or _ACT_OR_CLAIM_AT_THE_END.search(text, end)
            )
        thing = (pointed.group(1), pointed.start()) if pointed else None
        if thing is None and ("these " in text or "those " in text or "such " in text):
            text = _outside_quotations(text)
            pointed = _THINGS_POINTED_TO.search(text)
            thing = (pointed.group(1), pointed.start()) if pointed else self._thing_such_points_to(text)
        if thing is None or thing[0] in self._stop_words:
            return None
        stem = stem_tokens([thing[0]], self._language)[0]
        # Pointing within its own sentence: "… veterans of World War II … the end of that war.".
        before = stem_tokens(_LOWER_CASE_WORD.findall(text[: thing[1]].lower()), self._language)
        return None if stem in before else stem

    def _thing_such_points_to(self, text: str) -> tuple[str, int] | None:
        """The noun after "such" (:data:`_SUCH_THING`) and where "such" stands: the first word
        ("The lack of such approval violates ..."), or the second where the first is an adjective
        (:data:`_ADJECTIVE`) and the second a word of content ("such high percentages survive")."""
        match = _SUCH_THING.search(text)
        if match is None:
            return None
        first, second = match.groups()
        modified = second is not None and second not in self._stop_words and _ADJECTIVE.fullmatch(first)
        return (second if modified else first), match.start()

    def _thing_subject(self, text: str) -> str | None:
        timed = _EVENT_TIMED_BY_ANOTHER.match(text)
        match = timed or _THING_SUBJECT.match(text)
        if match is None:
            return None
        words = [*match.group(1).split(), match.group(2)]
        if match.group(2) in _ONE_IN_A_SETTING or any(word in self._stop_words for word in words):
            return None
        stem = stem_tokens([match.group(2)], self._language)[0]
        a_measure_told_before = not match.group(1) and match.group(2) in _MEASURES
        return None if not (timed or a_measure_told_before) and self._is_the_storys_thing(stem) else stem

    def _is_the_storys_thing(self, stem: str) -> bool:
        """Whether a word of ``stem`` is in the openings of :data:`STORYS_THING_OPENINGS_SHARE`
        of the documents, or in two documents or more and :data:`STORYS_THING_SHARE` of them: a
        thing the story tells of, not one a single document introduced further down. Among 25
        documents, on a topic rather than one event, a few hold many a common word by chance,
        and one opening tells of its own event: "The charge carries a maximum six years in
        prison." opened a brief on panic disorder, whose other "charges" are a doctor's, "The
        company expects to begin marketing the drug later this year." named no company, and
        "The growers say they need to expand into regulated wetlands ..." no growers. One search
        of the openings, then if need be of the lower-cased cluster, each stopping at the
        documents it needs."""
        if stem not in self._storys_things:
            self._index_documents()
            if not self._lower_cluster_text:
                self._lower_cluster_text = self._cluster_text.lower()
                self._lower_openings = self._openings.lower()
            documents = len(self._document_texts)
            openings, text = self._lower_openings, self._lower_cluster_text
            # The openings first: they are short, and a thing the story tells of is mostly in them.
            self._storys_things[stem] = _at_least(
                self._documents_found(lambda start: _next_word_start(stem, openings, start), self._opening_ends),
                max(1, math.ceil(STORYS_THING_OPENINGS_SHARE * documents)),
            ) or _at_least(
                self._documents_found(lambda start: _next_word_start(stem, text, start), self._document_ends),
                max(2, math.ceil(STORYS_THING_SHARE * documents)),
            )
        return self._storys_things[stem]

    def names_a_person(self, surname: str, introduction: str) -> bool:
        """Whether ``surname``, which ``introduction`` gives in full, is a person's, as far as
        the cluster tells: the documents that use the word never write it in lower case (as
        they write "wetlands" or "solar"), and the introduction puts before it an initial ("O.J.
        Simpson"), a title of office ("President Clinton") or a given name, a word the cluster
        never writes in lower case ("Jose Villarreal", not "South Australia", where another
        document writes "the south of ..."). The surname's documents come from the search the
        story's-own test makes, once a name; a given name is looked for in the whole cluster,
        once a word."""
        if _written_in_lower_case(surname, self._documents_using(surname)):
            return False
        for match in _FULL_NAME.finditer(introduction):
            before = match.group(1)
            if match.group(2) == surname and (
                before is None
                or before in _TITLES_OF_OFFICE
                or (_may_be_a_first_name(before, self._stop_words) and not self._given_name_in_lower_case(before))
            ):
                return True
        return False

    def _names_in_full(self, text: str) -> set[str]:
        """The words ``text`` writes as part of a full name, by which a later sentence may name
        someone alone: the surnames (:func:`names_in_full`) and the words before them that may be
        given names (:func:`_given_names`), unchecked; a name a sentence waits for has passed
        :meth:`_gives_full_name` already."""
        names = _full_names(text, self._stop_words)
        return {surname for _, surname in names} | {given for given, _ in _given_names(names)}

    def _gives_full_name(self, name: str, text: str, given_names: bool = True) -> bool:
        """Whether ``text`` gives ``name`` in full: as a surname (:func:`names_in_full`), or as a
        given name, where the cluster writes neither it nor the surname after it in lower case:
        "Geronimo" of "Geronimo Villanueva", whom a report went on to quote as 'In practice, says
        Geronimo, "…"', a stranger to a brief without the full name; not "Israel" of "Israel Air
        Force" or "Police" of "Police Chief Ray Kelly", whose next word the cluster also writes as
        a word ("air strikes", "the chief"). Without ``given_names``, as a surname only: a speaker
        so named waits as one named by surname does, a subject does not (:meth:`names_a_person`
        reads the surname; "African" of "the Organization of African Unity" would have held back
        "African leaders have once again pledged …"). Each word is looked for in the whole cluster
        once, and only when ``text`` writes ``name`` before a surname: asked of every full name of
        the sentences selection reaches, the searches took 0.8 s at 2,000 articles."""
        names = _full_names(text, self._stop_words)
        if any(surname == name for _, surname in names):
            return True
        surnames = [surname for given, surname in _given_names(names) if given == name] if given_names else []
        return (
            bool(surnames)
            and not self._given_name_in_lower_case(name)
            and any(not self._given_name_in_lower_case(surname) for surname in surnames)
        )

    def _given_name_in_lower_case(self, word: str) -> bool:
        if word not in self._in_lower_case:
            self._index_documents()
            self._in_lower_case[word] = _written_in_lower_case(word, [self._cluster_text])
        return self._in_lower_case[word]

    def _is_the_storys_own(self, name: str) -> bool:
        self._index_documents()
        # The openings first: they are short, and most names waited for are not in them.
        if name not in self._openings:
            return False
        return 2 * len(self._documents_using(name)) > len(self._document_texts)

    def _documents_using(self, word: str) -> list[str]:
        """The texts of the documents that hold ``word``."""
        if word not in self._documents_holding:
            self._index_documents()
            text = self._cluster_text
            found = self._documents_found(lambda start: text.find(word, start), self._document_ends)
            self._documents_holding[word] = [self._document_texts[document] for document in found]
        return self._documents_holding[word]

    @staticmethod
    def _documents_found(find: Callable[[int], int], ends: Sequence[int]) -> Iterator[int]:
        """The documents, in cluster order, in which ``find`` finds something: ``find`` gives
        the first place from a position of a text of the documents' texts joined (the cluster's
        text, its lower-cased copy or the openings), where it finds it, or -1, and ``ends`` where
        each document's text ends in it. One search, which goes on from the end of each document
        found."""
        start = find(0)
        while start != -1:
            document = bisect.bisect_right(ends, start)
            yield document
            start = find(ends[document])

    def _index_documents(self) -> None:
        if self._document_texts is None:
            texts: dict[str, list[str]] = {}
            for sentence in self._sentences:
                texts.setdefault(sentence.document_id, []).append(sentence.text)
            self._document_texts = ["\n".join(document) for document in texts.values()]
            openings = [" ".join(document[:OPENING_SENTENCES]) for document in texts.values()]
            self._openings = "\n".join(openings)
            self._opening_ends = list(itertools.accumulate(len(opening) + 1 for opening in openings))
            self._cluster_text = "\n".join(self._document_texts)
            self._document_ends = list(itertools.accumulate(len(text) + 1 for text in self._document_texts))

    def names_introduced_by(self, index: int) -> frozenset[str]:
        """The surnames sentence ``index`` gives in full, which later sentences naming them alone
        need, the groups of people and the roles it mentions, which sentences with the group as
        their subject or the role as their speaker need, and the stems of its words, which
        sentences with a thing as their subject need. Asked once as a sentence is chosen and
        once as the brief is ordered."""
        if index not in self._names_introduced:
            self._names_introduced[index] = frozenset(self._find_names_introduced(index))
        return self._names_introduced[index]

    def _find_names_introduced(self, index: int) -> set[str]:
        text = self._sentences[index].text
        names: set[str] = set()
        if self._rule.introduced_speakers or self._rule.introduced_subjects:
            names = self._names_in_full(text)
        groups_wait, things_wait = self._rule.groups_wait(self._language), self._rule.things_wait(self._language)
        if groups_wait or things_wait:
            words = _LOWER_CASE_WORD.findall(text.lower())
            if groups_wait:
                names.update(_TAKEN_UP.intersection(words))
            if things_wait:
                # A stem that is a group's or a role's word ("victim" of "victims") does not
                # introduce the group or the role: "Victims said ..." does not say which victim.
                names.update(stem for stem in stem_tokens(words, self._language) if stem not in _TAKEN_UP)
            # Not the group, the role or the thing the sentence itself waits for.
            names.discard(self._mention_awaited(index))
        return names

    def follower_of(self, index: int) -> int | None:
        """The next sentence of sentence ``index``'s document and story if it cannot stand alone
        but reads right after it: "Egeland called 911 and claimed he was a victim of assault." ->
        "He told authorities he was suddenly hit in the head and shot along the side of the
        road."; or if it waits for a group or a role that sentence ``index`` mentions: "Leaders of
        Russia, Iran and Turkey met in Tehran." -> "The leaders will meet again in May.". Asked as
        a sentence is chosen and as the brief is ordered."""
        if index not in self._follower:
            self._follower[index] = self._find_follower(index)
        return self._follower[index]

    def _find_follower(self, index: int) -> int | None:
        following = index + 1
        if (
            self.fallback
            or following >= len(self._sentences)
            or self._sentences[following].document_id != self._sentences[index].document_id
            or self._sentences[following].story != self._sentences[index].story
        ):
            return None
        if self.stands_alone(following):
            awaited = self._mention_awaited(following)
            return following if awaited is not None and awaited in self.names_introduced_by(index) else None
        text = self._sentences[following].text
        reads_after = self._rule.reads_after_predecessor(text, self._language) and not self._quoted_elsewhere(text)
        return following if reads_after else None

    def followers_among(self, chosen: Sequence[int]) -> dict[int, int]:
        """Chosen sentence -> the chosen sentence that follows it."""
        chosen_set = set(chosen)
        pairs = ((index, self.follower_of(index)) for index in chosen)
        return {index: following for index, following in pairs if following in chosen_set}

    def introductions_among(self, chosen: Sequence[int]) -> dict[int, Introduction]:
        """Chosen sentence that names someone by surname alone -> that surname and the other
        chosen sentences that give the full name; likewise a group of people as the subject and
        the sentences that mention the group. Not only the sentences that waited for it: a reader
        should meet "Tim Medlin" before "Medlin said ..." even where the outlets all name him, so
        that no sentence waited. A surname no chosen sentence gives in full leaves the sentence's
        group or thing to be introduced, as it leaves them to be waited for."""
        named = {index: surname for index in chosen if (surname := self._surname_alone(index))}
        groups = {index: group for index in chosen if (group := self._taken_up(index))}
        things = {index: thing for index in chosen if index not in groups and (thing := self._thing_taken_up(index))}
        mentioned = groups | things
        name_introducers: dict[int, set[int]] = {}
        mention_introducers: dict[int, set[int]] = {}
        for index in chosen:
            introduced = self.names_introduced_by(index) if named or mentioned else set()
            for waiting, (name, subject) in named.items():
                if (
                    name in introduced
                    and waiting != index
                    and self._gives_full_name(name, self._sentences[index].text, given_names=not subject)
                    and (not subject or self.names_a_person(name, self._sentences[index].text))
                ):
                    name_introducers.setdefault(waiting, set()).add(index)
            for waiting, awaited in mentioned.items():
                if awaited in introduced and waiting != index:
                    mention_introducers.setdefault(waiting, set()).add(index)
        introductions = {index: Introduction(named[index][0], frozenset(by)) for index, by in name_introducers.items()}
        for index, by in mention_introducers.items():
            if index not in introductions:
                introductions[index] = (
                    Introduction(groups[index], frozenset(by), group=True) if index in groups
                    else Introduction(things[index], frozenset(by), group=True, stem=True)
                )
        return introductions


@dataclass(frozen=True)
class Introduction:
    """The surname a sentence names someone by, or the group of people that is its subject or the
    role its speaker is named by, or the stem of the thing that is its subject (``stem``), and the
    sentences that give the full name or mention the group, the role or the thing."""

    name: str
    by: frozenset[int]
    group: bool = False
    stem: bool = False

    def met_in(self, text: str) -> bool:
        """Whether ``text`` names the person or mentions the group (a group in any case:
        "Researchers at the university ..."), or a word of the thing's stem ("transponder" for
        "transpond")."""
        flags = re.IGNORECASE if self.group else 0
        end = "" if self.stem else r"\b"
        return re.search(rf"\b{re.escape(self.name)}{end}", text, flags) is not None


class Admission:
    """One selection's account of what it may choose: the :class:`Eligibility` verdicts, plus
    what its choices so far have let in (a follower, a sentence that names someone its choices
    introduced)."""

    def __init__(self, eligibility: Eligibility) -> None:
        self._eligibility = eligibility
        self._introduced: set[str] = set()
        self._unlocked: set[int] = set()
        # Sentences refused only for want of a full name (their speaker's or subject's) -> that surname.
        self._waiting: dict[int, str] = {}

    def admits(self, index: int) -> bool:
        """Whether sentence ``index`` may be chosen now; one refused only for want of a full
        name waits for a choice that gives it (:meth:`choose`)."""
        if index in self._unlocked or self._eligibility.admits(index, self._introduced):
            return True
        name = self._eligibility.awaited_name(index)
        if name is not None and self._eligibility.stands_alone(index):
            self._waiting[index] = name
        return False

    def choose(self, index: int) -> list[int]:
        """Record that sentence ``index`` is chosen; the sentences that now may be chosen and
        were refused or could not be before: the one that reads right after it
        (:meth:`Eligibility.follower_of`) and those waiting for a name it gives in full."""
        following = self._eligibility.follower_of(index)
        unlocked = [] if following is None else [following]
        self._introduced |= self._eligibility.names_introduced_by(index)
        unlocked += [waiting for waiting, name in self._waiting.items() if name in self._introduced]
        for waiting in unlocked:
            self._waiting.pop(waiting, None)
        self._unlocked.update(unlocked)
        return unlocked


def _at_least(found: Iterator[int], count: int) -> bool:
    """Whether ``found`` yields ``count`` items, asking for no more."""
    return len(list(itertools.islice(found, count))) == count


def _one_word_subject(text: str) -> re.Match[str] | None:
    """The match whose first group is the one word ``text`` names its subject by, opening the
    sentence, as a possessive in its opening phrase, or after that phrase (:data:`_OPENING_PHRASE`)."""
    # The opening's forms first: read as the sentence's first word, "In" or "During" would be taken
    # for the name, and the stop words would leave the sentence without one.
    opening = _OPENING_PHRASE.match(text)
    return (
        _POSSESSIVE_AFTER_PREPOSITION.match(text)
        or (opening and _ONE_WORD_SUBJECT.match(text, opening.end()))
        or _ONE_WORD_SUBJECT.match(text)
    )


def _next_word_start(stem: str, text: str, start: int = 0) -> int:
    """The first place from ``start`` where ``stem`` begins a word of ``text``, or -1."""
    found = text.find(stem, start)
    while found != -1 and text[found - 1 : found].isalpha():
        found = text.find(stem, found + 1)
    return found


def _word_starts(word: str, text: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a word of its own (case as written). A substring search,
    then a look at the neighbours: a regex with a word boundary before its literal reads the text
    character by character."""
    start = _next_word_start(word, text)
    while start != -1:
        end = start + len(word)
        if not text[end : end + 1].isalpha():
            yield start
        start = _next_word_start(word, text, end)


def _capitalized_word_at(text: str, start: int) -> bool:
    return text[start - 1 : start] == " " and text[start : start + 1].isupper()


def _may_be_part_of_a_persons_name(word: str, stop_words: frozenset[str]) -> bool:
    return word not in _NO_PERSONS_NAME_WORDS and word.lower() not in stop_words


def _written_in_lower_case(word: str, texts: Sequence[str]) -> bool:
    """Whether one of ``texts`` writes ``word`` in lower case as a word of its own."""
    lower = word.lower()
    return any(next(_word_starts(lower, text), None) is not None for text in texts)


def one_word_speaker(text: str) -> str | None:
    """The speaker ``text`` names by one capitalized word, as a report names someone after
    giving the full name: '"...," Strella said.', "Dundar says Turkey's military ...", "...,
    said Edwards, who lives ...", "Mr. Smolar said", '"...," Interfax quoted Kornukov as
    saying.'; or None. A date after the verb ("said Tuesday.") is not a speaker."""
    words = text.split()
    for position, word in enumerate(words):
        if word.rstrip(",.;:") not in _SPEECH_VERB_WORDS:
            continue
        before = words[position - 1] if position else ""
        after = words[position + 1] if position + 1 < len(words) else ""
        # Whom a source quoted is the speaker, not the source.
        if word == "quoted" and words[position + 2 : position + 3] == ["as"] and _ONE_WORD_NAME.fullmatch(after):
            name = after
        elif _ONE_WORD_NAME.fullmatch(before) and (position == 1 or words[position - 2][-1] in _BEFORE_SPEAKER):
            name = before
        elif _ends_attribution(after, position + 2 == len(words)) and _ONE_WORD_NAME.fullmatch(after[:-1]):
            name = after[:-1]
        else:
            continue
        return None if _CALENDAR_WORD.fullmatch(name) else name
    return None


def _ends_attribution(word: str, last: bool) -> bool:
    """A comma or a semicolon after the name ("said Edwards, who ..."), or the sentence's full
    stop; a full stop inside the sentence is a title's ("said Rep. Gil Gutknecht")."""
    return word.endswith((",", ";")) or (last and word.endswith("."))


def names_in_full(text: str, stop_words: frozenset[str]) -> set[str]:
    """The surnames ``text`` gives with a first name, an initial or a title before them."""
    return {surname for _, surname in _full_names(text, stop_words)}


def _full_names(text: str, stop_words: frozenset[str]) -> list[tuple[str | None, str]]:
    """Each full name ``text`` gives, as the word before its surname (a first name or a title;
    None after an initial) and the surname."""
    return [
        (match.group(1), match.group(2))
        for match in _FULL_NAME.finditer(text)
        if match.group(1) is None or _may_be_a_first_name(match.group(1), stop_words)
    ]


def _given_names(full_names: list[tuple[str | None, str]]) -> list[tuple[str, str]]:
    """The words before a surname among ``full_names`` (:func:`_full_names`) that may be given
    names, with the surname: not an initial, nor a title of office ("President")."""
    return [
        (given, surname) for given, surname in full_names if given is not None and given not in _TITLES_OF_OFFICE
    ]


def _may_be_a_first_name(word: str, stop_words: frozenset[str]) -> bool:
    """Neither a stop word ("But Strella said") nor a courtesy title: "Mr. Smolar" is how a
    report names someone it has introduced."""
    return word.lower() not in stop_words and word.lower() not in _COURTESY_TITLES
