"""Plain-text input against JSON Lines: does a user who saves each article as a text file get
the brief the structured input gives?

    python bench/text_input.py ../shared/data

Each development cluster is written to a temporary directory, one ``.txt`` file per
document: its title on the first line when the set gives one (the DUC sets), then its text,
as a user saves an article; Multi-News gives no titles, so its files open with the crawl's
first line, a headline, a caption or the lede. The directory is read as the CLI reads it
(`newsbrief.ingest.read_inputs`) and summarized by the default; the table gives, per set, the
briefs from JSON Lines and from the text files (python ROUGE, scored as `newsbrief eval`
scores the set), how many briefs differ, and how many documents' first lines were read as
their titles. About 20 seconds.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from ablations import SETS, rouge_cell

from newsbrief import Budget, Summarizer
from newsbrief.evaluate.datasets import load_dataset
from newsbrief.ingest import read_inputs
from newsbrief.model import Cluster


def as_text_files(cluster: Cluster, directory: Path) -> Cluster:
    """``cluster`` written as one text file per document, and read back as the CLI reads it."""
    directory.mkdir()
    for number, document in enumerate(cluster.documents):
        headline = f"{document.title}\n\n" if document.title else ""
        (directory / f"{number:03d}.txt").write_text(headline + document.text, encoding="utf-8")
    return read_inputs([str(directory)]).clusters[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the development data folder (../shared/data)")
    args = parser.parse_args()
    summarizer = Summarizer()
    print("| set | from JSON Lines | from text files | briefs that differ | documents with a title read from the text |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for label, name, words, truncate, measure in SETS:
            items = load_dataset(str(args.data / name))
            structured, from_text, titled = [], [], 0
            for index, item in enumerate(items):
                read_back = as_text_files(item.cluster, Path(scratch) / f"{label}-{index}")
                titled += sum(document.title is not None for document in read_back.documents)
                for cluster, briefs in ((item.cluster, structured), (read_back, from_text)):
                    summary = summarizer.summarize(cluster, Budget("words", words))
                    briefs.append([sentence.text for sentence in summary.sentences])
            references = [item.cluster.summaries for item in items]
            differ = sum(a != b for a, b in zip(structured, from_text))
            documents = sum(len(item.cluster.documents) for item in items)
            print(
                f"| {label} | {rouge_cell(structured, references, truncate, measure)} "
                f"| {rouge_cell(from_text, references, truncate, measure)} | {differ} of {len(items)} "
                f"| {titled} of {documents} |"
            )


if __name__ == "__main__":
    main()
