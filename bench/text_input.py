"""Text files and HTML pages against JSON Lines: does a user who saves each article as a text
file, or as the web page it came from, get the brief the structured input gives?

    python bench/text_input.py ../shared/data

Each development cluster is written to two temporary directories: one ``.txt`` file per
document, its title on the first line when the set gives one (the DUC sets), then its text, as
a user saves an article (Multi-News gives no titles, so its files open with the crawl's first
line, a headline, a caption or the lede); and one ``.html`` page per document, its paragraphs
inside a news site's page (navigation, a cookie notice, a byline, share buttons, a "More news"
list, a footer), its title the page's, or for Multi-News its first eight words. Each directory
is read as the CLI reads it (`newsbrief.ingest.read_inputs`: trafilatura for the pages) and
summarized by the default; the table gives, per set, the briefs from JSON Lines, from the text
files and from the pages (python ROUGE, scored as `newsbrief eval` scores the set), how many
briefs differ from the JSON Lines ones, and how many documents' titles were read from the files
and from the pages. About 45 seconds.
"""

from __future__ import annotations

import argparse
import html
import tempfile
from pathlib import Path

from ablations import SETS, rouge_cell

from newsbrief import Budget, Summarizer
from newsbrief.evaluate.datasets import load_dataset
from newsbrief.ingest import read_inputs
from newsbrief.model import Cluster, Document

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the development data folder (../shared/data)")
    args = parser.parse_args()
    summarizer = Summarizer()
    forms = ((".txt", text_file), (".html", web_page))
    print("| set | from JSON Lines | from text files | briefs that differ | titles read "
          "| from HTML pages | briefs that differ | titles read |")
    print("|---" * 8 + "|")
    with tempfile.TemporaryDirectory() as scratch:
        for label, name, words, truncate, measure in SETS:
            items = load_dataset(str(args.data / name))
            references = [item.cluster.summaries for item in items]
            documents = sum(len(item.cluster.documents) for item in items)

            def briefs(clusters) -> list[list[str]]:
                return [[s.text for s in summarizer.summarize(c, Budget("words", words)).sentences] for c in clusters]

            structured = briefs(item.cluster for item in items)
            cells = [rouge_cell(structured, references, truncate, measure)]
            for suffix, write in forms:
                read_back = [
                    saved_and_read(item.cluster, Path(scratch) / f"{label}-{index}{suffix}", suffix, write)
                    for index, item in enumerate(items)
                ]
                saved = briefs(read_back)
                titled = sum(document.title is not None for cluster in read_back for document in cluster.documents)
                differ = sum(a != b for a, b in zip(structured, saved))
                cells += [rouge_cell(saved, references, truncate, measure), f"{differ} of {len(items)}",
                          f"{titled} of {documents}"]
            print(f"| {label} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
