import base64
import io
import json
from pathlib import Path

import pytest

from newsbrief.api import candidate_sentences, summarize
from newsbrief.errors import InputError
from newsbrief.ingest import read_inputs
from newsbrief.ingest.decode import decode_bytes
from newsbrief.model import Budget, Cluster

from .conftest import IDLIB
from .pdf_files import text_pdf


def test_directory_of_text_files_gives_one_document_per_file_with_stem_ids_and_first_line_titles():
    cluster = read_inputs([str(IDLIB)]).clusters[0]
    assert cluster.id == "idlib"
    assert [d.id for d in cluster.documents] == [
        "000_3c5690ae1d148084", "001_5884c681905fa99b", "002_81a338043d3147e1",
        "003_2de9e591a6f84857", "004_6a0e0fdc51c78b17",
    ]
    assert cluster.documents[0].title == "USA rips Russia, Iran, Assad regime amid Idlib offensive"
    # 004 starts with two blank lines: the title is the first non-empty line.
    assert cluster.documents[4].title == "Defying Trump, Russia Pounds Idlib in Syrian War's Last Major Battle"


def test_multi_news_separator_splits_one_file_into_articles(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("First headline\nFirst body.\n|||||\nSecond headline\nSecond body.\n ||||| Third body inline.")
    documents = read_inputs([str(path)]).clusters[0].documents
    assert [d.id for d in documents] == ["story-01", "story-02", "story-03"]
    assert [d.title for d in documents] == ["First headline", "Second headline", None]  # one paragraph: all body
    assert documents[1].text == "Second headline\nSecond body."


def test_a_story_pasted_without_its_headline_keeps_its_lede(tmp_path):
    lede = "A truck bomb outside the U.S. Embassy in Nairobi killed 247 people on Friday, Kenyan officials said."
    (tmp_path / "wire.txt").write_text(
        f"{lede}\n\nThe blast collapsed a five-storey office building next to the embassy.\n"
    )
    (tmp_path / "asked.txt").write_text(
        "Is Nairobi safe for diplomats?\nThe embassy will stay closed until Monday, a spokesman said.\n"
    )
    # The same lede wrapped at 70 characters: its first line stops mid-sentence.
    (tmp_path / "wrapped.txt").write_text(
        "A truck bomb outside the U.S. Embassy in Nairobi killed 247 people on\n"
        "Friday, Kenyan officials said. The blast collapsed a five-storey office\n"
        "building next to the embassy and damaged the embassy itself, witnesses\n"
        "said.\n"
    )
    # Two sentences on the first line, the second ending with an exclamation mark.
    (tmp_path / "two.txt").write_text(
        "Police have arrested two suspects in the bombing, officials said. More arrests are expected!\n"
        "The suspects were detained in Mombasa.\n"
    )
    # An abbreviation's point inside a headline is no sentence's end.
    (tmp_path / "inquiry.txt").write_text(
        "Dr. Smith to lead U.S. Embassy inquiry\nThe State Department named Dr. Ann Smith to lead the inquiry.\n"
    )
    # A wire's headline in title case may end on an abbreviation's point.
    (tmp_path / "ap.txt").write_text(
        "Wyo. Judge Bars Defense in Laramie Trial, Sends Case to Jury in Pa.\nThe judge ruled on Friday.\n"
    )
    ap, asked, inquiry, two, wire, wrapped = read_inputs([str(tmp_path)]).clusters[0].documents
    assert (two.title, wire.title, wrapped.title) == (None, None, None)
    # A headline may end with a question mark: still the title.
    assert (asked.title, inquiry.title) == ("Is Nairobi safe for diplomats?", "Dr. Smith to lead U.S. Embassy inquiry")
    assert ap.title == "Wyo. Judge Bars Defense in Laramie Trial, Sends Case to Jury in Pa."
    summary = summarize(Cluster("nairobi", (wire,)), Budget("words", 100))
    assert summary.sentences[0].text == lede


def test_a_story_saved_on_one_line_gives_the_brief_of_its_file(tmp_path):
    # The example's second article with its line breaks lost, as a copy from a text field gives
    # it: its crawl noise ("Adjust Comment Print", a "More news" list glued to Mnuchin's name) is
    # now inside its one paragraph. The four sentences are the ones its file gives; "The province is home to
    # some three million people ..." waits for a chosen sentence that mentions the province, which its opening
    # does not.
    original = IDLIB / "001_5884c681905fa99b.txt"
    (tmp_path / "flat.txt").write_text(" ".join(original.read_text(encoding="utf-8").split()), encoding="utf-8")
    briefs = [
        [s.text for s in summarize(read_inputs([str(path)]).clusters[0], Budget("words", 100)).sentences]
        for path in (original, tmp_path / "flat.txt")
    ]
    assert briefs[0] == briefs[1] == [
        "Rouhani's criticism of the United States was echoed by Turkish President Erdogan who stated that Turkey is "
        '"deeply annoyed by USA supporting a terrorist organisation in Syria".',
        "In regaining control over other parts of Syria in the past year, Russian-brokered surrender deals offered "
        "safe passage for tens of thousands of rebels and their families to Idlib, which is why the province became "
        "the last bastion of the armed resistance.",
        "Seized from government forces in 2015, Idlib and surrounding areas form the last major swath of territory "
        "still in rebel hands.",
        "Syrian government forces resumed shelling of rebels there.",
    ]


def test_markdown_files_are_read_with_their_heading_as_the_title(tmp_path):
    (tmp_path / "a.md").write_text("# Truck bomb hits U.S. embassy in Nairobi\n\nA truck bomb killed 247 people.\n")
    (tmp_path / "b.markdown").write_text("## #MeToo reaches Kenya\n\nMarchers filled the streets.\n")
    documents = read_inputs([str(tmp_path)]).clusters[0].documents
    assert [(d.id, d.title) for d in documents] == [
        ("a", "Truck bomb hits U.S. embassy in Nairobi"),
        ("b", "#MeToo reaches Kenya"),
    ]


def test_a_pdf_is_read_page_after_page_and_its_wrapped_lines_make_paragraphs(tmp_path):
    # A two-page export, wrapped at 72 characters; a line cut before a capital ("on" / "Friday").
    pages = [
        [
            "Truck bomb hits U.S. embassy in Nairobi",
            "A truck bomb outside the U.S. Embassy in Nairobi killed 247 people on",
            "Friday, Kenyan officials said. Rescue workers dug through the rubble of",
            "a collapsed office building through the night (Reuters).",
        ],
        ["The embassy's staff had warned in a cable last year that the building", "stood too close to a busy street."],
    ]
    (tmp_path / "memo.pdf").write_bytes(text_pdf(pages))
    (tmp_path / "wire.txt").write_text("Embassy bombed\nA bomb killed 247 people at the U.S. Embassy in Nairobi on Friday.\n")
    documents = read_inputs([str(tmp_path)]).clusters[0].documents
    assert [(d.id, d.title) for d in documents] == [
        ("memo", "Truck bomb hits U.S. embassy in Nairobi"), ("wire", "Embassy bombed")
    ]
    assert candidate_texts(documents[:1]) == [
        "A truck bomb outside the U.S. Embassy in Nairobi killed 247 people on Friday, Kenyan officials said.",
        "Rescue workers dug through the rubble of a collapsed office building through the night (Reuters).",
        # The standard encoding of a PDF's Helvetica sets "'" as a closing quotation mark.
        "The embassy\u2019s staff had warned in a cable last year that the building stood too close to a busy street.",
    ]
    piped = read_inputs(["-"], stdin=io.BytesIO(text_pdf(pages))).clusters[0].documents
    assert [(d.id, d.text) for d in piped] == [("stdin", documents[0].text)]
    # In JSON Lines, a PDF travels in base64.
    record = {"id": "c", "documents": [{"id": "memo", "pdf": base64.b64encode(text_pdf(pages)).decode()}]}
    (tmp_path / "set.jsonl").write_text(json.dumps(record) + "\n")
    [from_jsonl] = read_inputs([str(tmp_path / "set.jsonl")]).clusters[0].documents
    assert (from_jsonl.title, from_jsonl.text) == (documents[0].title, documents[0].text)


def test_a_pdfs_running_heads_feet_and_page_numbers_leave_the_sentence_that_runs_across_pages_whole(tmp_path):
    # A page a browser printed: the date, time and page title above, the address and "1/3" below.
    head, address = "11/27/26, 8:35 AM Truck bomb hits U.S. embassy in Nairobi | Wire", "https://wire.example/nairobi"
    pages = [
        [head, "Truck bomb hits U.S. embassy in Nairobi",
         "A truck bomb outside the U.S. Embassy in Nairobi killed 247 people on Friday,",
         "Kenyan officials said. Rescue workers dug through the rubble of a collapsed", f"{address} 1/3"],
        [head, "office building through the night. The embassy had warned in a cable that",
         "the building stood too close to a busy street.", f"{address} 2/3"],
        # The last page is short; its foot is still at its bottom.
        [head.replace("8:35", "8:36"), "No group has said it carried out the attack.", f"{address} 3/3"],
    ]
    (tmp_path / "printed.pdf").write_bytes(text_pdf(pages))
    # A memo: a marking above and a page number below every page; the marking inside the text stays.
    memo = [
        ["UNCLASSIFIED", "Memo on the surveillance application", "The committee voted on Friday to release",
         "the memo. Its text begins with the word UNCLASSIFIED", "Page 1 of 2"],
        ["UNCLASSIFIED", "as every page of it does, and it names the application.", "Page 2 of 2"],
    ]
    (tmp_path / "memo.pdf").write_bytes(text_pdf(memo))
    marked, printed = read_inputs([str(tmp_path)]).clusters[0].documents
    assert printed.title == "Truck bomb hits U.S. embassy in Nairobi"
    assert candidate_texts([printed]) == [
        "A truck bomb outside the U.S. Embassy in Nairobi killed 247 people on Friday, Kenyan officials said.",
        "Rescue workers dug through the rubble of a collapsed office building through the night.",
        "The embassy had warned in a cable that the building stood too close to a busy street.",
        "No group has said it carried out the attack.",
    ]
    assert marked.title == "Memo on the surveillance application"
    assert candidate_texts([marked]) == [
        "The committee voted on Friday to release the memo.",
        "Its text begins with the word UNCLASSIFIED as every page of it does, and it names the application.",
    ]


def test_a_text_converted_from_a_pdf_loses_the_furniture_between_its_form_feeds(tmp_path):
    # pdftotext's output: pages apart by form feeds, one after the last page too.
    pages = [
        "UNCLASSIFIED\nMemo on the surveillance application\n"
        "The House intelligence committee voted on Friday to release the memo\n\n1\n",
        "UNCLASSIFIED\nthat names the surveillance application, and it posted the memo online.\n\n2\n",
        "",
    ]
    (tmp_path / "memo.txt").write_text("\f".join(pages))
    record = {"id": "c", "documents": [{"id": "memo", "text": "\f".join(pages)}]}
    (tmp_path / "set.jsonl").write_text(json.dumps(record) + "\n")
    [from_text] = read_inputs([str(tmp_path / "memo.txt")]).clusters[0].documents
    [from_jsonl] = read_inputs([str(tmp_path / "set.jsonl")]).clusters[0].documents
    assert from_text.title == "Memo on the surveillance application"
    assert candidate_texts([from_text]) == [
        "The House intelligence committee voted on Friday to release the memo that names the surveillance"
        " application, and it posted the memo online.",
    ]
    assert from_jsonl.text == from_text.text


def test_a_pdf_page_keeps_its_lines_but_a_lone_page_number_and_the_heads_other_pages_repeat():
    from newsbrief.ingest.pages import without_page_furniture

    page = "Kenya mourns\nMourners gathered in Nairobi on Sunday.\n- 1 -"
    # One page: nothing repeats, and a line of a page number alone goes.
    assert without_page_furniture([page]) == [["Kenya mourns", "Mourners gathered in Nairobi on Sunday."]]
    # Two pages: a line at the edge of one page and inside the other is the text's.
    second = [
        "They wept.", "Shops closed.", "Buses stopped.", "Kenya mourns", "Flags flew low.", "Schools shut.", "It rained."
    ]
    assert without_page_furniture(["Kenya mourns\nMourners gathered.", "\n".join(second)]) == [
        ["Kenya mourns", "Mourners gathered."], second
    ]


def candidate_texts(documents):
    return [s.text for s in candidate_sentences(Cluster("c", tuple(documents))).sentences]


def test_jsonl_clusters_keep_ids_titles_summaries_and_query(tmp_path):
    path = tmp_path / "set.jsonl"
    records = [
        {"id": "c1", "documents": [{"id": "a", "title": None, "text": "One."}], "summaries": ["Ref."],
         "query": {"title": "Topic", "narrative": "Describe it."}},
        {"id": "c2", "documents": [{"id": "b", "title": "T", "text": "Two."}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n")
    clusters = read_inputs([str(path)]).clusters
    assert [c.id for c in clusters] == ["c1", "c2"]
    assert clusters[0].documents[0].title is None
    assert clusters[0].summaries == ("Ref.",)
    assert clusters[0].query == "Topic Describe it."
    assert clusters[1].summaries == ()


HARBOUR_CLUSTER = {"id": "harbour", "query": "harbour budget", "documents": [
    {"id": "a", "title": "Budget passes", "text": "The council approved the new harbour budget on Monday.",
     "url": "https://a.example/budget"},
    {"id": "b", "title": None, "text": "The council approved the harbour budget, officials said."},
]}


def test_a_crawlers_text_field_is_read_by_its_usual_names_and_other_records_are_named(tmp_path):
    # news-please writes "maintext", news APIs and content systems "body".
    path = tmp_path / "crawl.jsonl"
    path.write_text(
        json.dumps({"title": "Budget passes", "maintext": "The council approved the harbour budget.", "url": "https://a.example"})
        + "\n" + json.dumps({"id": "b", "body": "The council approved the harbour budget on Monday."}) + "\n"
    )
    [cluster] = read_inputs([str(path)]).clusters
    assert [(d.id, d.title, d.text, d.url) for d in cluster.documents] == [
        ("1", "Budget passes", "The council approved the harbour budget.", "https://a.example"),
        ("b", None, "The council approved the harbour budget on Monday.", None),
    ]
    # A record with its text under a name newsbrief does not read says what it holds.
    path.write_text(json.dumps({"title": "Budget passes", "content": "The council approved …", "url": "https://a"}) + "\n")
    with pytest.raises(InputError) as error:
        read_inputs([str(path)])
    assert str(error.value) == (f'{path}:1: neither a cluster ("id", "documents") nor an article ("text", "html" or "pdf"); '
                                'it has "title", "content", "url"')


def test_a_publication_date_is_read_under_the_keys_crawlers_and_news_apis_use(tmp_path):
    # Ours, news-please's, NewsAPI's, an RSS feed's date under schema.org's key, a page's own.
    path = tmp_path / "crawl.jsonl"
    records = [
        {"id": "a", "text": "The quay reopened on Monday.", "published": "2018-09-07"},
        {"id": "b", "maintext": "The quay reopened on Monday.", "date_publish": "2018-09-07 14:02:00"},
        {"id": "c", "text": "The quay reopened on Monday.", "publishedAt": "2018-09-07T14:02:00Z"},
        {"id": "d", "text": "The quay reopened on Monday.", "datePublished": "Fri, 07 Sep 2018 16:02:00 +0200"},
        {"id": "e", "text": "The quay reopened on Monday.", "date": ""},
        # A key left empty gives way to the next that has a date.
        {"id": "e2", "text": "The quay reopened on Monday.", "published": " ", "publishedAt": "2018-09-07"},
        {"id": "f", "html": '<html><head><meta property="article:published_time" content="2018-09-08T09:00:00Z">'
                            "</head><body><article><p>The quay reopened on Monday after a week of repairs to the "
                            "harbour wall.</p></article></body></html>"},
        # A date the text mentions is not when the page was published.
        {"id": "g", "html": "<html><body><article><p>On September 7, 2018, the quay reopened after a week of "
                            "repairs to the harbour wall.</p></article></body></html>"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    [cluster] = read_inputs([str(path)]).clusters
    assert [d.published for d in cluster.documents] == [
        "2018-09-07", "2018-09-07T14:02:00", "2018-09-07T14:02:00+00:00", "2018-09-07T16:02:00+02:00", None,
        "2018-09-07", "2018-09-08", None,
    ]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "a", "text": "The quay reopened.", "date_publish": "Sep 7, 2018"},
         '"date_publish" is not a date: \'Sep 7, 2018\'; write it in ISO 8601, such as "2018-09-07" or "2018-09-07T14:02:00Z"'),
        ({"id": "a", "text": "The quay reopened.", "published": 1536328920},
         '"published" must be a date as a string, such as "2018-09-07T14:02:00Z"'),
    ],
)
def test_a_date_that_is_not_one_is_refused_with_its_key(tmp_path, record, message):
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps(record) + "\n")
    with pytest.raises(InputError) as error:
        read_inputs([str(path)])
    assert str(error.value) == f"{path}:1: {message}"


def test_a_json_file_of_one_document_is_read_as_its_records(tmp_path):
    # What an API or an export writes: one object, pretty-printed; an array of clusters; an
    # array of a crawler's articles, numbered by their items where they have no id.
    one = tmp_path / "harbour.json"
    one.write_text(json.dumps(HARBOUR_CLUSTER, indent=2))
    [cluster] = read_inputs([str(one)]).clusters
    assert (cluster.id, cluster.query) == ("harbour", "harbour budget")
    assert [(d.id, d.title, d.url) for d in cluster.documents] == [
        ("a", "Budget passes", "https://a.example/budget"), ("b", None, None)]
    several = tmp_path / "clusters.json"
    several.write_text(json.dumps([HARBOUR_CLUSTER, {**HARBOUR_CLUSTER, "id": "second"}]))
    assert [c.id for c in read_inputs([str(several)]).clusters] == ["harbour", "second"]
    articles = tmp_path / "crawl.json"
    articles.write_text(json.dumps([{"text": "The quay reopened on Monday."}, {"id": "ap", "text": "Ships docked."}], indent=1))
    [crawl] = read_inputs([str(articles)]).clusters
    assert (crawl.id, [d.id for d in crawl.documents]) == ("crawl", ["1", "ap"])
    piped = read_inputs(["-"], stdin=io.BytesIO(json.dumps([HARBOUR_CLUSTER], indent=2).encode()))
    assert [c.id for c in piped.clusters] == ["harbour"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (json.dumps([HARBOUR_CLUSTER, HARBOUR_CLUSTER], indent=2), "set.json: item 2: cluster id 'harbour' already used at item 1"),
        (json.dumps([HARBOUR_CLUSTER, {"id": "x", "documents": "none"}]), 'set.json: item 2: "documents" must be a list of documents'),
        (json.dumps({"id": 3.5, "documents": []}, indent=2), 'set.json: "id" must be a string'),
        (json.dumps({"documents": []}, indent=2), 'set.json: the cluster has no "id"; give it one: {"id": "...", "documents": [...]}'),
        # Not one JSON document: read as JSON Lines, the line named.
        ('{"id": "x", "documents": []}\n{"id": "y",\n', "set.json:2: malformed JSON (Expecting property name enclosed in double quotes at column 12)"),
    ],
)
def test_a_bad_record_of_a_json_document_is_named_by_its_item(tmp_path, monkeypatch, content, message):
    monkeypatch.chdir(tmp_path)
    Path("set.json").write_text(content)
    with pytest.raises(InputError) as error:
        read_inputs(["set.json"])
    assert str(error.value) == message


def test_a_jsonl_file_of_articles_is_one_cluster_named_after_it(tmp_path):
    # A crawler's dump: one article per line, an id or none, text or a page's HTML.
    path = tmp_path / "nairobi.jsonl"
    records = [
        {"id": "ap", "title": "Truck bomb hits embassy", "text": "A truck bomb killed 247 people.", "url": "https://a"},
        {"text": "Rescue workers dug through the night.", "url": "https://b"},
        {"id": "bbc", "html": "<html><head><title>Nairobi blast</title></head><body><article><p>"
                              "The blast destroyed the embassy and the office building next to it on Friday."
                              "</p></article></body></html>"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    clusters = read_inputs([str(path)]).clusters
    assert [c.id for c in clusters] == ["nairobi"]
    assert [(d.id, d.title, d.url) for d in clusters[0].documents] == [
        ("ap", "Truck bomb hits embassy", "https://a"), ("2", None, "https://b"), ("bbc", "Nairobi blast", None)
    ]
    assert clusters[0].documents[2].text == "The blast destroyed the embassy and the office building next to it on Friday."
    path.write_text(json.dumps(records[0]) + "\n" + json.dumps({"id": "c", "documents": []}) + "\n")
    with pytest.raises(InputError) as error:
        read_inputs([str(path)])
    assert str(error.value) == f"{path}:2: not an article; a file holds one article per line or one cluster per line"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "documents": [', "set.jsonl:2: malformed JSON"),
        ('["not", "an", "object"]', "set.jsonl:2: a cluster must be a JSON object, not an array"),
        ('{"id": "x"}', 'set.jsonl:2: neither a cluster ("id", "documents") nor an article ("text", "html" or "pdf"); it has "id"'),
        ('{"id": "x", "documents": null}', 'set.jsonl:2: "documents" must be a list of documents'),
        ('{"id": "x", "documents": [{"id": "a", "text": 5}]}', 'set.jsonl:2: documents[0]: "text" must be a string'),
        ('{"id": "x", "documents": [{"id": "a", "text": "A."}, {"id": "a", "text": "B."}]}',
         "set.jsonl:2: document id 'a' appears twice"),
    ],
)
def test_bad_jsonl_lines_are_reported_with_file_and_line(tmp_path, line, message):
    path = tmp_path / "set.jsonl"
    path.write_text('{"id": "ok", "documents": []}\n' + line + "\n")
    with pytest.raises(InputError) as caught:
        read_inputs([str(path)])
    assert str(caught.value).startswith(str(tmp_path / message.split(":")[0]) + message[len(message.split(":")[0]):])


def test_html_main_text_is_extracted_without_navigation(tmp_path):
    page = tmp_path / "page.html"
    paragraphs = "".join(
        f"<p>The council voted on Tuesday to approve the new harbour plan, sentence number {n} of the report.</p>"
        for n in range(6)
    )
    page.write_text(
        "<html><head><title>Harbour plan approved</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Harbour plan approved</h1>{paragraphs}</article>"
        "<footer>Copyright 2024 Example News</footer></body></html>"
    )
    document = read_inputs([str(page)]).clusters[0].documents[0]
    assert document.id == "page"
    assert document.title == "Harbour plan approved"
    assert "sentence number 5 of the report" in document.text
    assert "var x" not in document.text and "Copyright" not in document.text


def test_standard_input_is_sniffed_as_text_or_jsonl():
    text_inputs = read_inputs(["-"], stdin=io.BytesIO(b"Title\nBody one.\n|||||\nOther\nBody two.\n"))
    assert [d.id for d in text_inputs.clusters[0].documents] == ["stdin-01", "stdin-02"]
    jsonl = b'{"id": "s", "documents": [{"id": "d", "title": null, "text": "Body."}]}\n'
    assert read_inputs(["-"], stdin=io.BytesIO(jsonl)).clusters[0].id == "s"


def test_files_and_directories_together_form_one_cluster_with_unique_ids(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("A title\nA body.")
    (tmp_path / "b" / "x.txt").write_text("B title\nB body.")
    documents = read_inputs([str(tmp_path / "a"), str(tmp_path / "b" / "x.txt")]).clusters[0].documents
    assert [d.id for d in documents] == ["x", "x-2"]


def test_legacy_encoding_is_detected_with_a_warning_and_strict_utf8_refuses_it(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café owners in Zürich said prices rose. Naïve estimates were wrong again, they said.".encode("cp1252"))
    inputs = read_inputs([str(path)])
    assert "Café owners in Zürich" in inputs.clusters[0].documents[0].text
    assert len(inputs.warnings) == 1 and "not UTF-8; decoded as" in inputs.warnings[0]
    with pytest.raises(InputError, match=r"latin\.txt: is not valid utf-8 \(byte 3\); try --encoding auto$"):
        read_inputs([str(path)], encoding="utf-8")


def test_utf16_with_byte_order_mark_is_read_without_warning():
    decoded = decode_bytes("Nairobi — the rains came early.".encode("utf-16"), "x.txt")
    assert decoded.text == "Nairobi — the rains came early."
    assert not decoded.was_guessed


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_read_in_its_byte_order(encoding):
    text = "Nairobi — the rains came early, at 5\u00a0am, the city’s mayor said.\n"  # a no-break space
    decoded = decode_bytes(text.encode(encoding), "x.txt")
    assert (decoded.text, decoded.encoding) == (text, encoding)
    assert decoded.was_guessed


@pytest.mark.parametrize(
    "data",
    [
        b"abc\x00\x01\x02def",  # a NUL on one side, but too few for text of two-byte units
        b"\x01\x00\x02\x00\x03\x00\x04\x00",  # NULs on one side, the other side control characters
        b"Na\x00i\x00r\x00o\x00\x00b",  # NULs on both sides
    ],
)
def test_nul_bytes_that_do_not_read_as_utf16_are_binary(data):
    with pytest.raises(InputError, match=r"^x\.txt: is binary data \(NUL bytes\), not text$"):
        decode_bytes(data, "x.txt")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # Western European news in Windows-1252 (or Latin-1), which the detector alone read as
        # Central European ("Săo Paulo", "El nińo", "la cittą č pronta") or, too short to tell the
        # language of, as Urdu.
        ("O presidente disse que a eleição não será adiada, segundo a imprensa de São Paulo.", "cp1252"),
        ("El niño pequeño corrió hacia la señora García en la estación de Córdoba.", "cp1252"),
        ("Il governo italiano ha detto che la città è pronta: «Non c'è più tempo», ha detto.", "cp1252"),
        ("Short: café.", "cp1252"),
        # Other languages in their own code pages, which Windows-1252 or the detector's first
        # choice would misread (Czech "ř" as "ø", Hungarian "ő" as "õ", Turkish "ş" as "ţ",
        # Latvian "ņ" as "ị"): the language identifier names the language, and its code page wins.
        ("Předseda vlády řekl, že reforma je nezbytná pro rozvoj země a její obyvatele.", "cp1250"),
        ("A magyar kormány szerint a reform elengedhetetlen az ország fejlődéséhez és jövőjéhez.", "cp1250"),
        ("Türkiye'nin başkenti Ankara'dır, İstanbul değil; hükümet açıklama yaptı.", "cp1254"),
        ("Lietuvos prezidentas pareiškė, kad reforma būtina šalies plėtrai ir žmonėms.", "cp1257"),
        ("Latvijas prezidents paziņoja, ka reforma ir nepieciešama valsts attīstībai un iedzīvotājiem.", "cp1257"),
        # Estonian's "on" (is), once counted as an English word, had the text read as English.
        ("Eesti peaminister ütles, et reform on vajalik riigi arenguks ja žürii otsus oli õige.", "cp1257"),
        ("Президент заявил, что реформа необходима для развития страны.", "cp1251"),
    ],
)
def test_legacy_text_is_read_in_the_code_page_of_its_language(text, encoding):
    decoded = decode_bytes(text.encode(encoding), "x.txt")
    assert (decoded.text, decoded.encoding) == (text, encoding)
    assert decoded.was_guessed
