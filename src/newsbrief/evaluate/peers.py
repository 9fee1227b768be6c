"""Peers as a user would run them: sumy (LexRank, TextRank, LSA, SumBasic) and summa's TextRank.

Every peer gets the documents as crawled, joined by blank lines, and the same word budget.
sumy's own tokenizer needs NLTK's punkt model, which it would download; it gets instead a
tokenizer with the same two methods built on sentencex and a regular expression. The rest
is each peer's default: sumy's stemmer and stop words, summa's own splitter.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Cluster
from ..split import split_sentences
from .baselines import fit_budget

SUMY_ALGORITHMS = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
}
PEERS = tuple(f"sumy-{name}" for name in SUMY_ALGORITHMS) + ("summa-textrank",)
OFFLINE_SPLITTER_NOTE = (
    "sumy needs NLTK's punkt model, which cannot be downloaded offline; it was given an equivalent "
    "tokenizer built on sentencex (sentences) and a regular expression (words)"
)


class OfflineTokenizer:
    """The two methods sumy calls on its Tokenizer, with no model download."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        return re.findall(r"[^\W_]+(?:['’][^\W_]+)?", sentence)


class WordBudget:
    """sumy accepts any callable as the sentence count: it receives the sentences sorted by
    rating, best first, and returns those to keep. This one keeps them while they fit."""

    def __init__(self, words: int) -> None:
        self.words = words

    def __call__(self, rated: list) -> list:
        kept, used = [], 0
        for info in rated:
            length = len(str(info.sentence).split())
            if used + length <= self.words:
                kept.append(info)
                used += length
        return kept


def peer_input(cluster: Cluster) -> str:
    return "\n\n".join(document.text for document in cluster.documents)


def sumy_summary(algorithm: str, text: str, words: int) -> list[str]:
    import importlib

    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words

    module, cls = SUMY_ALGORITHMS[algorithm]
    summarizer = getattr(importlib.import_module(module), cls)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    document = PlaintextParser.from_string(text, OfflineTokenizer()).document
    return [str(sentence) for sentence in summarizer(document, WordBudget(words))]


def summa_summary(text: str, words: int) -> list[str]:
    from summa.summarizer import summarize

    # summa stops after the sentence that reaches the word count; keep what fits.
    return fit_budget(summarize(text, words=words, split=True), words)


def peer(name: str) -> Callable[[Cluster, int], list[str]]:
    if name == "summa-textrank":
        return lambda cluster, words: summa_summary(peer_input(cluster), words)
    algorithm = name.removeprefix("sumy-")
    return lambda cluster, words: sumy_summary(algorithm, peer_input(cluster), words)
