"""Text files and HTML pages against JSON Lines: does a user who saves each article as a text
file, or as the web page it came from, get the brief the structured input gives?

    python bench/text_input.py ../shared/data

Each development cluster is written to three temporary directories: one ``.txt`` file per
document, its title on the first line when the set gives one (the DUC sets), then its text, as
a user saves an article (Multi-News gives no titles, so its files open with the crawl's first
line, a headline, a caption or the lede); and one ``.html`` page per document, its paragraphs
inside a news site's page (navigation, a cookie notice, a byline, share buttons, a "More news"
list, a footer), its title the page's, or for Multi-News its first eight words; and one
``.txt`` file per document with its title and text on one line, as a crawl that keeps only a
page's text, or a feed that joins its paragraphs with spaces, gives it. Each directory is read
as the CLI reads it (`newsbrief.ingest.read_inputs`: trafilatura for the pages) and summarized
by the default; the table gives, per set, the briefs from JSON Lines, from the text files, from
the pages and from the lines without breaks (python ROUGE, scored as `newsbrief eval` scores
the set), how many briefs differ from the JSON Lines ones, how many documents' titles were read
from the files and from the pages, and how many documents cleaning left without text, from
JSON Lines and from the lines without breaks. About a minute.
"""

from __future__ import annotations

import argparse
import html
import tempfile
from pathlib import Path

from ablations import SETS, rouge_cell

from newsbrief import Budget, Summarizer
from newsbrief.api import EMPTIED_BY_CLEANING
from newsbrief.evaluate.datasets import load_dataset
from newsbrief.ingest import read_inputs
from newsbrief.model import Cluster, Document, Summary

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Example</title>
<meta property="og:title" content="{title}">
<link rel="canonical" href="https://news.example.com/world/story-{number}.html"></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie">We use cookies to improve your experience. <a href="/privacy">Learn more</a></div></header>
<main><article><h1>{title}</h1><div class="byline">By Jane Doe, Staff Writer</div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<div class="article-body">
{body}
</div>
<aside class="related"><h3>More news:</h3><ul><li><a href="/a">Markets fall on trade fears</a></li>
<li><a href="/b">Storm batters coast</a></li></ul></aside>
</article></main>
<footer><p>&copy; The Daily Example. All rights reserved.</p><a href="/privacy">Privacy Policy</a></footer>
</body></html>
"""


def text_file(document: Document, number: int) -> str:
    return (f"{document.title}\n\n" if document.title else "") + document.text


def text_on_one_line(document: Document, number: int) -> str:
    return " ".join(text_file(document, number).split())


def web_page(document: Document, number: int) -> str:
    title = html.escape(document.title or " ".join(document.text.split()[:8]))
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in document.text.split("\n") if line.strip())
    return PAGE.format(title=title, number=number, body=body)


def saved_and_read(cluster: Cluster, directory: Path, suffix: str, write) -> Cluster:
    """``cluster`` saved as one file per document, and read back as the CLI reads it."""
    directory.mkdir()
    for number, document in enumerate(cluster.documents):
        (directory / f"{number:03d}{suffix}").write_text(write(document, number), encoding="utf-8")
    return read_inputs([str(directory)]).clusters[0]


def emptied(summaries: list[Summary]) -> int:
    """How many documents cleaning left without text, as the summaries' warnings say."""
    return sum(warning.endswith(EMPTIED_BY_CLEANING) for summary in summaries for warning in summary.warnings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the development data folder (../shared/data)")
    args = parser.parse_args()
    summarizer = Summarizer()
    forms = ((".txt", "text", text_file), (".html", "page", web_page), (".txt", "line", text_on_one_line))
    print("| set | from JSON Lines | from text files | briefs that differ | titles read "
          "| from HTML pages | briefs that differ | titles read "
          "| from text without line breaks | briefs that differ | documents left without text |")
    print("|---" * 12 + "|")
    with tempfile.TemporaryDirectory() as scratch:
        for label, name, words, truncate, measure in SETS:
            items = load_dataset(str(args.data / name))
            references = [item.cluster.summaries for item in items]
            documents = sum(len(item.cluster.documents) for item in items)

            def summaries(clusters) -> list[Summary]:
                return [summarizer.summarize(cluster, Budget("words", words)) for cluster in clusters]

            def texts(of: list[Summary]) -> list[list[str]]:
                return [[sentence.text for sentence in summary.sentences] for summary in of]

            from_records = summaries(item.cluster for item in items)
            structured = texts(from_records)
            cells = [rouge_cell(structured, references, truncate, measure)]
            for suffix, form, write in forms:
                read_back = [
                    saved_and_read(item.cluster, Path(scratch) / f"{label}-{index}-{form}", suffix, write)
                    for index, item in enumerate(items)
                ]
                from_files = summaries(read_back)
                saved = texts(from_files)
                differ = sum(a != b for a, b in zip(structured, saved))
                cells += [rouge_cell(saved, references, truncate, measure), f"{differ} of {len(items)}"]
                if form == "line":
                    cells.append(f"{emptied(from_records)} / {emptied(from_files)} of {documents}")
                else:
                    titled = sum(document.title is not None for cluster in read_back for document in cluster.documents)
                    cells.append(f"{titled} of {documents}")
            print(f"| {label} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
