"""Split: cleaned documents to sentences, never across a paragraph break.

sentencex (Wikimedia's rule-based segmenter) handles abbreviations such as "U.S.",
"Sept. 7" and "Maj. Gen.", decimals such as "3.5 million" and quotations ending in
``."`` or ``",``; it is pure Python with no model to download and about 50 times faster
than pysbd (docs/design.md).
"""

from __future__ import annotations

import re

from sentencex import segment

from .model import Document, Sentence

# '"... Don't let that happen!" Trump wrote in a tweet.' is one sentence that the segmenter
# cuts after the closing quote; a short tail that only names the speaker goes back on.
_ATTRIBUTION_TAIL = re.compile(
    r"^[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,5}\s+(?:said|says|wrote|writes|told|tweeted|added|stated|asked|"
    r"explained|declared|insisted|warned)\b[^.!?]{0,80}[.!?]$"
)
_ENDS_WITH_QUOTE = re.compile(r"[.!?,][\"”’']$")


def split_sentences(text: str, language: str = "en") -> list[str]:
    """Sentences of a paragraph-per-line text, stripped, in order."""
    sentences: list[str] = []
    for paragraph in text.split("\n"):
        if paragraph.strip():
            sentences.extend(_rejoin_attribution([s.strip() for s in segment(language, paragraph) if s.strip()]))
    return sentences


def _rejoin_attribution(sentences: list[str]) -> list[str]:
    joined: list[str] = []
    for sentence in sentences:
        if joined and _ENDS_WITH_QUOTE.search(joined[-1]) and _ATTRIBUTION_TAIL.match(sentence):
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
    return joined


def document_sentences(document: Document, document_rank: int, language: str = "en") -> list[Sentence]:
    texts = split_sentences(document.text, language)
    return [
        Sentence(
            document_id=document.id,
            index=index,
            text=text,
            position=index / len(texts),
            document_rank=document_rank,
        )
        for index, text in enumerate(texts)
    ]
