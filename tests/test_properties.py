"""Properties of every parser and of the whole summarize call, on arbitrary input.

`pytest -m fuzz` runs each with 10,000 examples; the default run with 200 (conftest.py).
"""

import io
import json
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief import Budget, Cluster, Document, Evidence, NewsbriefError, Summarizer, summarize
from newsbrief.batch import summarize_record
from newsbrief.clean import camel_case_names, clean_cluster, words_with_lost_characters
from newsbrief.figures import other_figures
from newsbrief.ingest import read_inputs
from newsbrief.ingest.decode import decode_bytes
from newsbrief.ingest.jsonl import cluster_from_record
from newsbrief.ingest.pages import PAGE_EDGE_LINES, without_page_furniture

pytestmark = pytest.mark.fuzz

# News-like pieces mixed with arbitrary text: abbreviations, quotes, handles, separators, URLs.
PIECES = st.sampled_from([
    "The", "army", "said", "on", "Monday", "U.S.", "3.5", "million", '"', "'", "Mr.", ".", "!", "?", "@user",
    "#tag", "-", "\n", "\n\n", "|||||", "https://example.com/a", "“", "”", "Russian Federation", "they", "He",
    "More news:", "[Disclaimer]", "Photo: AFP", "—",
    # Markup a crawler leaves: Markdown, HTML in a text field, a broken decoding, a numbered item.
    "**", "*", "[link](https://x.y/a_(b))", "![photo](p.jpg)", "# ", "> ", "<p>", "</p>", "&amp;", "&#8217;",
    "speci?c", "5.", "then-",
])
NEWSLIKE = st.lists(PIECES, max_size=60).map(" ".join)
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
BUDGETS = st.builds(Budget, st.sampled_from(["words", "sentences", "chars"]), st.integers(0, 400))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(
        st.sampled_from(["id", "documents", "title", "text", "pdf", "summaries", "query", "other"]), inner, max_size=5
    ),
    max_leaves=20,
)


@given(st.lists(st.one_of(NEWSLIKE, ANY_TEXT), max_size=5), BUDGETS, st.sampled_from(["coverage", "centroid", "lead"]))
def test_summaries_keep_to_the_budget_and_quote_the_cleaned_input(texts, budget, method):
    cluster = Cluster("c", tuple(Document(str(i), text) for i, text in enumerate(texts)))
    summary = summarize(cluster, budget, method)
    spent = {"words": len(summary.text.split()), "chars": len(summary.text), "sentences": len(summary.sentences)}
    assert spent[budget.unit] <= budget.limit
    cleaned = {d.id: d.text for d in clean_cluster(cluster).documents}
    for sentence in summary.sentences:
        assert sentence.text in cleaned[sentence.document_id]
        assert set(sentence.sources) <= set(cleaned) and sentence.document_id in sentence.sources
        assert {other.document_id for other in sentence.other_figures} <= set(sentence.sources)


# Numbers in the forms news writes them, with words they may count.
FIGURE_PIECES = st.sampled_from([
    "247", "248", "3,000", "3.5", "1.2.3", "1996", "two", "Forty", "twenty-two", "million", "percent", "$", "€",
    "people", "civilians", "of", "killed", ",", "-", ".",
])
FIGURE_TEXT = st.lists(FIGURE_PIECES, max_size=20).map(" ".join)


@given(st.one_of(FIGURE_TEXT, ANY_TEXT), st.lists(st.one_of(FIGURE_TEXT, ANY_TEXT), max_size=4))
def test_other_figures_quote_the_evidence_and_the_sentence(text, evidence_texts):
    evidence = tuple(Evidence(str(i), evidence_text) for i, evidence_text in enumerate(evidence_texts))
    said = {item.document_id: item.text for item in evidence}
    for other in other_figures(text, evidence):
        assert other.figure in said[other.document_id] and said[other.document_id] != text
        assert other.instead_of in text


@given(JSON_VALUES)
def test_cluster_records_parse_or_raise_newsbrief_errors(value):
    try:
        cluster = cluster_from_record(value, "record")
    except NewsbriefError:
        return
    assert isinstance(cluster, Cluster) and all(isinstance(d, Document) for d in cluster.documents)


@given(st.binary(max_size=400))
def test_any_bytes_decode_or_raise_newsbrief_errors(data):
    try:
        assert isinstance(decode_bytes(data, "input").text, str)
    except NewsbriefError:
        pass


@given(st.one_of(st.binary(max_size=400), JSON_VALUES.map(lambda v: (json.dumps(v) + "\n").encode())))
def test_standard_input_is_read_and_summarized_or_refused_cleanly(data):
    try:
        inputs = read_inputs(["-"], stdin=io.BytesIO(data))
        for cluster in inputs.clusters:
            summarize(cluster)
    except NewsbriefError:
        pass


HTML_PIECES = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<style>", "<nav>", "<article>", "<h1>", "&amp;",
    "&#0;", "<!--", "-->", "<![CDATA[", "<br/>", "<a href='x'>", "The army said on Monday it had taken the town.",
])
HTML_PAGES = st.lists(st.one_of(HTML_PIECES, ANY_TEXT), max_size=20).map(lambda parts: "<html>" + "".join(parts))


@given(HTML_PAGES)
def test_any_html_is_read_and_summarized_or_refused_cleanly(page):
    try:
        inputs = read_inputs(["-"], stdin=io.BytesIO(page.encode("utf-8", "surrogatepass")))
    except NewsbriefError:
        return
    summary = summarize(inputs.clusters[0])
    assert all(s.document_id == "stdin" for s in summary.sentences)


@given(st.one_of(ANY_TEXT, JSON_VALUES.map(json.dumps)), BUDGETS)
def test_batch_records_give_an_output_line_or_a_reason_never_an_internal_error(line, budget):
    result = summarize_record(7, line.encode("utf-8", "surrogatepass"), budget, Summarizer())
    assert (result.output is None) != (result.error is None)
    assert result.error is None or not result.error.startswith("internal error")
    if result.output is not None:
        assert json.loads(result.output)["id"] == result.cluster_id


@given(st.text(alphabet="ab?X. \n\t\u00a0\ufffd", max_size=40))
def test_the_words_with_a_lost_character_are_the_whitespace_words_around_each_mark(text):
    # What the scan around each mark must find, written as the one pattern it replaces, which
    # took time quadratic in a long token's length.
    assert words_with_lost_characters(text) == re.findall(r"\S*(?:\?(?= ?[a-z])|\ufffd)\S*", text)


@given(st.lists(st.text(alphabet="abcBC @#é2-", max_size=40), max_size=3))
def test_the_names_in_camel_case_are_the_words_the_glued_pattern_finds_twice(texts):
    # The scan from each join of a small letter and a capital, against the pattern it replaces,
    # which scanned every text whole.
    found = Counter(
        match.group() for text in texts for match in re.finditer(r"(?<![@#])\b[A-Z]?[a-z]{2,}[A-Z][a-z]{2,}", text)
    )
    assert camel_case_names(texts) == {word for word, count in found.items() if count >= 2}


# Page lines: a head and a foot that may repeat with their page's number, text, page numbers.
PAGE_LINES = st.sampled_from([
    "Memo on the application", "UNCLASSIFIED", "Page 1 of 3", "Page 2 of 3", "- 7 -", "12", "",
    "The committee voted on Friday", "to release the memo.", "It names the application.", "   ",
])


@given(st.lists(st.lists(PAGE_LINES, max_size=9).map("\n".join), max_size=6))
def test_a_pdf_page_loses_only_lines_at_its_edges_and_keeps_the_rest_in_order(pages):
    kept = without_page_furniture(pages)
    assert len(kept) == len(pages)
    for page, lines in zip(pages, kept):
        original = page.strip().split("\n")
        # What is kept is one run of the page's lines, with at most three taken from each end.
        starts = [
            start for start in range(PAGE_EDGE_LINES + 1)
            if original[start:start + len(lines)] == lines and len(original) - start - len(lines) <= PAGE_EDGE_LINES
        ]
        assert starts
        # A single page has no running head: only page numbers and blank lines go.
        if len(pages) == 1:
            gone = original[:starts[0]] + original[starts[0] + len(lines):]
            assert all(not line.strip() or any(ch.isdigit() for ch in line) for line in gone)
