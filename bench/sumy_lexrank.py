"""sumy's LexRank as a user would run it on a folder of articles, without NLTK data.

sumy's own Tokenizer needs NLTK's punkt model, which it downloads; this machine (like many
users') cannot. So the articles are concatenated, and sumy gets a tokenizer with the same
interface built on sentencex (sentences) and a regular expression (words). Everything
else is sumy's default LexRank: its stemmer, its English stop words, its ranking; the
best-rated sentences that fit the word budget are printed in document order.

    python bench/sumy_lexrank.py examples/idlib --words 100
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from sentencex import segment
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words


class OfflineTokenizer:
    """The two methods of sumy's Tokenizer, with no model download."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return [s.strip() for s in segment("en", paragraph) if s.strip()]

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


def sumy_lexrank(text: str, words: int) -> list[str]:
    document = PlaintextParser.from_string(text, OfflineTokenizer()).document
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return [str(sentence) for sentence in summarizer(document, WordBudget(words))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--words", type=int, default=100)
    args = parser.parse_args()
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(args.folder.glob("*.txt")))
    print("\n".join(sumy_lexrank(text, args.words)))


if __name__ == "__main__":
    main()
