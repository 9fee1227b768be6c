"""Writes ``src/newsbrief/data/english_verb_forms.txt``: every form of an English verb that can be
a clause's finite verb or its base form (VB, VBP, VBD, VBZ and MD in the Penn Treebank's tags),
as LemmInflect's dictionary, derived from the NIH SPECIALIST Lexicon, gives them. Participles (VBN,
VBG) are left out: "now known as CTV Winnipeg, beginning in the early 1990s" has no verb a
sentence can stand on. The eligibility rules read the file; nothing imports LemmInflect at run
time, so the package neither loads its tables nor depends on it.

    pip install lemminflect==0.2.3
    python scripts/english_verb_forms.py            # rewrites the file
    python scripts/english_verb_forms.py --check    # exits 1 if the file differs

``tests/test_verb_forms.py`` runs ``--check``: the shipped file is what this script builds."""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from lemminflect import config, getAllInflections

FINITE_OR_BASE_TAGS = ("VB", "VBP", "VBD", "VBZ", "MD")
# The auxiliaries and modals, a closed class LemmInflect adds to its table's lemmas when it loads it.
AUXILIARIES = ("be", "can", "dare", "do", "have", "may", "must", "need", "ought", "shall", "will")
OUTPUT = Path(__file__).resolve().parents[1] / "src" / "newsbrief" / "data" / "english_verb_forms.txt"
HEADER = (
    "# Forms of English verbs that can be a clause's finite verb or its base form (VB, VBP, VBD, VBZ, MD),\n"
    "# from LemmInflect 0.2.3 (MIT licence), whose dictionary is derived from the NIH SPECIALIST\n"
    "# Lexicon. Built by scripts/english_verb_forms.py; do not edit by hand.\n"
)


def lemmas() -> list[str]:
    """Every lemma of LemmInflect's table (rows of ``lemma,category,forms...``), whatever its
    category ("watch" is listed as a noun and as a verb), and the auxiliaries."""
    with gzip.open(config.inflection_lu_fn, "rt", encoding="utf-8") as table:
        return sorted({row.split(",", 1)[0] for row in table} | set(AUXILIARIES))


def verb_forms() -> list[str]:
    forms = set()
    for lemma in lemmas():
        for tag, spellings in getAllInflections(lemma).items():
            if tag in FINITE_OR_BASE_TAGS:
                # One word of letters, as the rule reads a sentence: "co-authored" is read as
                # "co" and "authored", and "off set" as two words.
                forms.update(spelling.lower() for spelling in spellings if spelling.isascii() and spelling.isalpha())
    return sorted(forms)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped file differs")
    text = HEADER + "".join(f"{form}\n" for form in verb_forms())
    if parser.parse_args().check:
        same = OUTPUT.read_text(encoding="utf-8") == text
        print(f"{OUTPUT.name}: {'up to date' if same else 'differs from what this script builds'}")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{OUTPUT}: {text.count(chr(10)) - HEADER.count(chr(10))} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
