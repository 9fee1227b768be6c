"""The segmenter's pieces of a paragraph, which the cleaning and the split both read.

sentencex does not cut inside what it takes for a quotation, and it takes any single
quotation mark for one, also an apostrophe that opens a number ("the mid-'80s", "the class of
'04") or stands for "and" ("rock 'n' roll"); it then pairs it with a mark further on and leaves
sentences between them uncut. In a Multi-News page whose line breaks were lost, "... in the
mid-'80s." ran on for 810 words, to "... I wish I had just said, 'Keep it,' and ...": the story,
glued to a gallery's captions, was read as debris with them.
"""

from __future__ import annotations

import re

from sentencex import segment

_ELIDING_APOSTROPHE = re.compile(r"(?<!\w)['‘’](?:\d|n['‘’](?=\s))")


def pieces(paragraph: str, language: str = "en") -> list[str]:
    """The segmenter's pieces of ``paragraph``, which join back into it (each keeps the spaces
    after it), cut with the apostrophes that open a number or stand for "and" read as spaces."""
    if ("'" in paragraph or "’" in paragraph or "‘" in paragraph) and _ELIDING_APOSTROPHE.search(paragraph):
        read = _ELIDING_APOSTROPHE.sub(lambda elision: re.sub("['‘’]", " ", elision.group()), paragraph)
        cut, start = [], 0
        for piece in segment(language, read):
            cut.append(paragraph[start : start + len(piece)])
            start += len(piece)
        return cut
    return list(segment(language, paragraph))
