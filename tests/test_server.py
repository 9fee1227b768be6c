"""The HTTP API: success, every limit, every malformed input, and no fetching of URLs."""

import base64
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import given

from newsbrief import Budget, summarize
from newsbrief.ingest import read_inputs
from newsbrief.render import to_dict
from newsbrief.server import ServiceLimits, create_app

from .conftest import IDLIB
from .pdf_files import text_pdf
from .test_properties import JSON_VALUES

SEED_DOCUMENTS = [
    {"id": path.stem, "text": path.read_text(encoding="utf-8")} for path in sorted(IDLIB.glob("*.txt"))
]
HARBOUR = {"id": "a", "text": "The harbour of Split reopened on Monday after a week of repairs to the quay."}


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app())


def post(client, body, **headers):
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return client.post("/v1/summarize", content=content, headers={"Content-Type": "application/json", **headers})


def test_health_and_openapi(client):
    assert client.get("/health").json() == {"status": "ok", "version": "0.1.0"}
    schema = client.get("/openapi.json").json()
    request_schema = schema["components"]["schemas"]["SummarizeRequest"]
    assert set(request_schema["properties"]) == {"id", "documents", "words", "sentences", "chars", "query", "method", "language", "with_texts"}
    assert "Swagger UI" in client.get("/docs").text


def test_summarize_returns_the_same_json_as_the_command_line(client):
    response = post(client, {"id": "idlib", "documents": SEED_DOCUMENTS, "sentences": 3})
    assert response.status_code == 200
    cluster = read_inputs([str(IDLIB)]).clusters[0]
    expected = to_dict(summarize(cluster, Budget("sentences", 3)))
    # Files give titles from their first line; the request sent none.
    expected["documents"] = [{"id": d["id"], "title": None, "url": None, "published": None} for d in expected["documents"]]
    assert response.json() == expected
    assert len(response.json()["summary"]) == 3


def test_html_documents_are_extracted_and_with_texts_returns_what_sentences_quote(client):
    page = (
        "<html><head><title>Harbour reopens</title><script>track()</script></head><body><nav>Home | World</nav>"
        "<article><h1>Harbour reopens</h1><p>The harbour of Split reopened on Monday after a week of repairs "
        "to the quay, the port authority said.</p></article></body></html>"
    )
    response = post(client, {"documents": [{"id": "page", "html": page}], "words": 40, "with_texts": True})
    assert response.status_code == 200
    result = response.json()
    assert result["documents"] == [{
        "id": "page", "title": "Harbour reopens", "url": None, "published": None,
        "text": "The harbour of Split reopened on Monday after a week of repairs to the quay, the port authority said.",
    }]
    assert [s["text"] for s in result["summary"]] == [result["documents"][0]["text"]]
    assert result["summary"][0]["evidence"] == [{"document": "page", "text": result["documents"][0]["text"]}]


def test_a_pdf_sent_in_base64_is_read_and_a_bad_one_is_refused(client):
    memo = text_pdf([[
        "The committee voted on Friday to release the memo about the surveillance",
        "of a campaign adviser, the chairman said.",
    ]])
    response = post(client, {"documents": [{"id": "memo", "pdf": base64.b64encode(memo).decode()}], "words": 40})
    assert response.status_code == 200
    assert [s["text"] for s in response.json()["summary"]] == [
        "The committee voted on Friday to release the memo about the surveillance of a campaign adviser, "
        "the chairman said."
    ]
    for pdf, error in (
        ("not base64!", 'request: documents[0]: "pdf" must be the file in base64'),
        ("\u0080", 'request: documents[0]: "pdf" must be the file in base64'),  # found by the property tests
        (base64.b64encode(b"").decode(), "request: documents[0]: is empty"),
    ):
        refused = post(client, {"documents": [{"id": "memo", "pdf": pdf}]})
        assert (refused.status_code, refused.json()) == (422, {"error": error})


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b'{"documents": [', "malformed JSON at character 15: Expecting value"),
        (b"", 'the request body is empty; send a JSON object with "documents"'),
        (b"[1, 2]", 'the request body must be a JSON object with "documents" (Content-Type: application/json)'),
        ({"documents": []}, "documents: List should have at least 1 item after validation, not 0"),
        ({"documents": [{"id": "a"}]}, 'documents[0]: give exactly one of "text", "html" and "pdf"'),
        ({"documents": [{"id": "a", "text": "x", "html": "<p>x</p>"}]}, 'documents[0]: give exactly one of "text", "html" and "pdf"'),
        ({"documents": [{"id": "a", "text": 5}]}, "documents[0].text: Input should be a valid string"),
        ({"documents": [{"text": "x"}]}, "documents[0].id: Field required"),
        ({"documents": [HARBOUR, HARBOUR]}, "request: document id 'a' appears twice"),
        ({"documents": [HARBOUR], "words": 5, "chars": 40}, "give only one of words, sentences, chars"),
        ({"documents": [HARBOUR], "words": -1}, "words: Input should be greater than or equal to 0"),
        ({"documents": [HARBOUR], "method": "magic"}, "method: Input should be 'coverage', 'centroid' or 'lead'"),
        ({"documents": [HARBOUR], "colour": "red"}, "colour: Extra inputs are not permitted"),
        (
            {"documents": [HARBOUR], "language": "english"},
            "unknown language 'english': give the ISO 639-1 code of a language newsbrief can tell, "
            "such as 'en', 'de', 'fr' or 'es'",
        ),
    ],
)
def test_malformed_requests_get_422_and_one_message(client, body, error):
    response = post(client, body)
    assert response.status_code == 422
    assert response.json() == {"error": error}


def test_a_body_sent_as_text_plain_is_refused_with_422(client):
    response = client.post("/v1/summarize", content=b'{"documents": []}', headers={"Content-Type": "text/plain"})
    assert response.status_code == 422
    assert response.json() == {
        "error": 'the request body must be a JSON object with "documents" (Content-Type: application/json)'
    }


def test_a_body_not_in_utf8_is_refused_with_422_naming_the_byte(client):
    body = '{"documents": [{"id": "a", "text": "Caf\u00e9 owners said prices rose."}]}'.encode("cp1252")
    response = post(client, body)  # '{"documents": [{"id": "a", "text": "Caf' is 39 bytes
    assert response.status_code == 422
    assert response.json() == {"error": "the request body is not UTF-8 (byte 39); send JSON in UTF-8"}


def test_an_unknown_path_or_method_gets_a_json_error(client):
    missing = client.post("/v2/summarize", content=b"{}")
    assert (missing.status_code, missing.json()) == (404, {"error": "POST /v2/summarize: not found"})
    wrong_method = client.get("/v1/summarize")
    assert (wrong_method.status_code, wrong_method.json()) == (405, {"error": "GET /v1/summarize: method not allowed"})
    assert wrong_method.headers["allow"] == "POST"


def test_body_over_the_limit_is_refused_by_its_declared_length_and_when_streamed():
    client = TestClient(create_app(ServiceLimits(max_body_bytes=1024)))
    expected = {"error": "the request body is over the limit of 1 KiB", "limit": "max_body_bytes"}
    big = {"documents": [{"id": "a", "text": "word " * 400}]}
    response = post(client, big)
    assert (response.status_code, response.json()) == (413, expected)
    # Chunked, with no Content-Length: counted as it arrives.
    chunks = iter([json.dumps(big).encode()[i:i + 500] for i in range(0, 2100, 500)])
    response = client.post("/v1/summarize", content=chunks, headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()) == (413, expected)
    assert post(client, {"documents": [HARBOUR]}).status_code == 200


def test_too_many_documents_is_refused_naming_the_limit():
    client = TestClient(create_app(ServiceLimits(max_documents=3)))
    documents = [{"id": str(n), "text": HARBOUR["text"]} for n in range(4)]
    response = post(client, {"documents": documents})
    assert response.status_code == 413
    assert response.json() == {"error": "4 documents, over the limit of 3", "limit": "max_documents"}


def test_a_request_over_the_time_budget_is_refused_naming_the_limit():
    client = TestClient(create_app(ServiceLimits(time_budget_seconds=0.001)))
    copies = [{"id": f"{d['id']}-{n}", "text": d["text"]} for n in range(20) for d in SEED_DOCUMENTS]
    response = post(client, {"documents": copies})
    assert response.status_code == 413
    assert response.json() == {
        "error": "the cluster took longer than the time budget of 0.001 s; send fewer or shorter documents",
        "limit": "time_budget_seconds",
    }


class _CountingHandler(BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):  # noqa: N802 - the name http.server calls
        type(self).hits += 1
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<html><body><p>Fetched content that must never appear.</p></body></html>")

    def log_message(self, *args):
        pass


def test_urls_in_a_request_are_never_fetched(client):
    watcher = ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    threading.Thread(target=watcher.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{watcher.server_address[1]}/article"
    try:
        refused = post(client, {"documents": [{"id": "a", "url": url}]})
        page = f'<html><head><link rel="canonical" href="{url}"></head><body><img src="{url}">' \
               f'<iframe src="{url}"></iframe><p>The quay at Split reopened on Monday after repairs.</p></body></html>'
        answered = post(client, {"documents": [{"id": "b", "html": page}, {"id": "c", "text": f"See {url} for more.", "url": url}]})
    finally:
        watcher.shutdown()
    assert refused.status_code == 422
    assert refused.json() == {"error": 'documents[0]: "url" is never fetched; send the page as "html" or its "text"'}
    assert answered.status_code == 200
    assert "Fetched content" not in answered.text
    # The page's canonical address and the address sent with a text are shown with their sources.
    assert [d["url"] for d in answered.json()["documents"]] == [url, url]
    assert _CountingHandler.hits == 0


def test_publication_dates_are_carried_and_tell_which_figure_is_the_later(client):
    documents = [
        {"id": "a", "text": "A truck bomb killed 247 people in Nairobi on Friday, police said.", "published": "1998-08-07"},
        {"id": "b", "text": "A truck bomb killed 248 people in Nairobi on Friday, the Red Cross said.",
         "published": "Sat, 08 Aug 1998 09:00:00 GMT"},
    ]
    answer = post(client, {"documents": documents, "sentences": 1})
    assert answer.status_code == 200
    result = answer.json()
    assert [d["published"] for d in result["documents"]] == ["1998-08-07", "1998-08-08T09:00:00+00:00"]
    # The brief gives a's sentence; b, published the next day, gives 248.
    [sentence] = result["summary"]
    assert sentence["document"] == "a"
    assert sentence["other_figures"] == [
        {"document": "b", "figure": "248 people", "instead_of": "247 people", "published_later": True}
    ]
    refused = post(client, {"documents": [{**documents[0], "published": "last Friday"}]})
    assert refused.status_code == 422
    assert refused.json() == {"error": 'request: documents[0]: "published" is not a date: \'last Friday\'; write it in '
                                       'ISO 8601, such as "2018-09-07" or "2018-09-07T14:02:00Z"'}


def test_the_page_and_its_assets_are_served_by_the_app(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "http://" not in page.text and "https://" not in page.text  # no CDN: works offline
    for asset in ("/static/app.js", "/static/style.css"):
        response = client.get(asset)
        # No address to load anything from (app.js only tests a source's address for "http(s)").
        assert response.status_code == 200 and "http://" not in response.text and "https://" not in response.text
    assert "innerHTML" not in client.get("/static/app.js").text


@pytest.mark.fuzz
@given(JSON_VALUES)
def test_any_json_body_gets_a_summary_or_a_json_error_never_a_500(value):
    response = post(_FUZZ_CLIENT, value)
    assert response.status_code in (200, 413, 422)
    body = response.json()
    if response.status_code == 200:
        assert isinstance(body["summary"], list)
    else:
        assert isinstance(body["error"], str) and body["error"]


_FUZZ_CLIENT = TestClient(create_app())


def test_the_serve_command_starts_the_service_with_its_limits():
    executable = shutil.which("newsbrief", path=str(Path(sys.executable).parent)) or pytest.fail(
        "the newsbrief console script is not installed beside " + sys.executable
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [executable, "serve", "--port", str(port), "--max-documents", "1", "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, server.stderr.read()
            try:
                health = httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "newsbrief serve did not answer within 30 s"
                time.sleep(0.1)
        assert health.json() == {"status": "ok", "version": "0.1.0"}
        one = httpx.post(f"{base}/v1/summarize", json={"documents": [HARBOUR], "words": 20}, timeout=30)
        assert one.status_code == 200
        assert [s["text"] for s in one.json()["summary"]] == [HARBOUR["text"]]
        two = httpx.post(f"{base}/v1/summarize", json={"documents": [HARBOUR, {**HARBOUR, "id": "b"}]}, timeout=30)
        assert (two.status_code, two.json()) == (413, {"error": "2 documents, over the limit of 1", "limit": "max_documents"})
    finally:
        server.terminate()
        server.wait(10)


def test_a_query_focuses_the_summary(client):
    from .test_summarize import TOWN

    documents = [{"id": d.id, "text": d.text} for d in TOWN.documents]
    response = post(client, {"documents": documents, "sentences": 1, "query": "railway station"})
    assert response.status_code == 200
    assert [s["text"] for s in response.json()["summary"]] == ["The mayor opened the rebuilt railway station on Monday morning."]


def test_an_unexpected_failure_is_a_json_500_not_a_traceback(monkeypatch):
    import newsbrief.server

    def broken(*args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(newsbrief.server, "summarize_request", broken)
    response = TestClient(create_app(), raise_server_exceptions=False).post("/v1/summarize", json={"documents": [HARBOUR]})
    assert (response.status_code, response.json()) == (500, {"error": "internal error: RuntimeError: disk on fire"})


def test_a_language_writes_the_brief_from_its_documents(client):
    from .test_summarize import FLOODS, SPANISH_FLOODS

    documents = [{"id": d.id, "text": d.text} for d in FLOODS.documents + (SPANISH_FLOODS,)]
    response = post(client, {"documents": documents, "sentences": 1, "language": "es"})
    assert response.status_code == 200
    assert [(s["text"], s["sources"]) for s in response.json()["summary"]] == [
        ("Las inundaciones causaron la muerte de 40 personas en la ciudad de Valencia el martes, según las autoridades.",
         ["efe"])
    ]
