"""sumy's LexRank as a user would run it on a folder of articles, without NLTK data.

    python bench/sumy_lexrank.py examples/idlib --words 100

The articles are concatenated and given to sumy's LexRank with its stemmer and stop words
and an offline tokenizer (newsbrief.evaluate.peers explains why); the best-rated sentences
that fit the word budget are printed in document order.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsbrief.evaluate.peers import sumy_summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--words", type=int, default=100)
    args = parser.parse_args()
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(args.folder.glob("*.txt")))
    print("\n".join(sumy_summary("lexrank", text, args.words)))


if __name__ == "__main__":
    main()
