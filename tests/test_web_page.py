"""The web page in a real headless Chromium, against a server started here on 127.0.0.1.

Debian's ``chromium`` and ``chromium-driver`` are installed by ``.ci/run``; in CI these tests
always run. Set ``NEWSBRIEF_SCREENSHOT`` to also keep the screenshot (docs/web-page.png).
"""

import os
import shutil
import socket
import threading
import time

import pytest
import uvicorn

from newsbrief import Budget, Cluster, Document, summarize
from newsbrief.server import create_app

from .conftest import EMBASSY_DIRECTORY, IDLIB
from .pdf_files import text_pdf

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER) and not os.environ.get("CI"),
    reason="Debian's chromium and chromium-driver are not installed here (.ci/run installs them)",
)


@pytest.fixture(scope="module")
def server_url():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1800"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_script_timeout(30)
    yield driver
    driver.quit()


def wait_for(driver, condition, timeout=30):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda _: condition())


def choose_length(driver, limit: int, unit: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    field = driver.find_element(By.ID, "limit")
    field.clear()
    field.send_keys(str(limit))
    Select(driver.find_element(By.ID, "unit")).select_by_value(unit)


def drop_files(driver, server_url: str, paths) -> None:
    """Open the page and drop ``paths`` on it, as a reader drags files from their desktop."""
    from selenium.webdriver.common.by import By

    driver.get(server_url)
    driver.find_element(By.ID, "files").send_keys("\n".join(str(path) for path in paths))
    wait_for(driver, lambda: len(driver.find_elements(By.CSS_SELECTOR, ".article")) == len(paths))


def summarize_on_page(driver, sentences: int) -> list:
    """Ask the page for a brief of ``sentences`` sentences; its sentences as shown."""
    from selenium.webdriver.common.by import By

    choose_length(driver, sentences, "sentences")
    driver.find_element(By.ID, "summarize").click()
    return wait_for(driver, lambda: driver.find_elements(By.CSS_SELECTOR, ".summary-sentence"))


def test_seed_articles_dropped_as_files_give_a_sourced_summary_with_highlighted_evidence(server_url, browser, tmp_path):
    from selenium.webdriver.common.by import By

    files = sorted(IDLIB.glob("*.txt"))
    drop_files(browser, server_url, files)
    items = summarize_on_page(browser, 3)

    # The page shows exactly what the library gives for the same five texts and budget.
    cluster = Cluster("page", tuple(Document(path.stem, path.read_text(encoding="utf-8")) for path in files))
    expected = summarize(cluster, Budget("sentences", 3))
    assert [item.text for item in items] == [
        f"{sentence.text}{sentence.support} of 5 sources" for sentence in expected.sentences
    ]

    widest = max(range(len(items)), key=lambda n: expected.sentences[n].support)
    chosen = expected.sentences[widest]
    items[widest].click()
    wait_for(browser, lambda: browser.find_element(By.ID, "evidence").is_displayed())
    sources = browser.find_elements(By.CSS_SELECTOR, "#evidence-documents .source")
    assert [source.get_attribute("data-document") for source in sources] == list(chosen.sources)
    marks = [source.find_element(By.TAG_NAME, "mark").text for source in sources]
    assert marks == [evidence.text for evidence in chosen.evidence]
    assert chosen.text in marks  # the chosen sentence is highlighted in its own document
    assert browser.find_element(By.ID, "evidence-heading").text == f"Carried by {chosen.support} of 5 sources"

    browser.execute_script("document.getElementById('result').scrollIntoView()")
    screenshot = tmp_path / "web-page.png"
    browser.save_screenshot(str(screenshot))
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("NEWSBRIEF_SCREENSHOT"):
        shutil.copyfile(screenshot, os.environ["NEWSBRIEF_SCREENSHOT"])


def test_a_figure_another_source_gives_is_shown_under_the_sentence(server_url, browser):
    from selenium.webdriver.common.by import By

    drop_files(browser, server_url, sorted(EMBASSY_DIRECTORY.glob("*.txt")))
    [item] = summarize_on_page(browser, 1)
    # The sentence is c's "248 people" (tests/test_figures.py); a gave 247.
    assert item.find_element(By.CSS_SELECTOR, ".figures").text == "1 source says 247 people"
    assert item.text.startswith("The truck bomb outside the U.S. Embassy in Nairobi killed 248 people")


def test_a_figure_from_a_page_published_later_says_so(server_url, browser, tmp_path):
    from selenium.webdriver.common.by import By

    def page(name, published, toll):
        path = tmp_path / f"{name}.html"
        path.write_text(
            f'<html><head><title>Nairobi blast</title><meta property="article:published_time" content="{published}">'
            f"</head><body><article><p>A truck bomb killed {toll} people in Nairobi on Friday, the Kenyan Red Cross "
            "said.</p></article></body></html>"
        )
        return path

    drop_files(browser, server_url, [page("early", "1998-08-07", 247), page("late", "1998-08-09", 248)])
    [item] = summarize_on_page(browser, 1)
    # The two pages are one sentence apart only in the toll; the brief gives the first's 247.
    assert item.text.startswith("A truck bomb killed 247 people")
    assert item.find_element(By.CSS_SELECTOR, ".figures").text == "1 source says 248 people (1 published later)"
    item.click()
    wait_for(browser, lambda: browser.find_element(By.ID, "evidence").is_displayed())
    dates = {source.get_attribute("data-document"): source.find_element(By.CSS_SELECTOR, "h3 .published").text
             for source in browser.find_elements(By.CSS_SELECTOR, "#evidence-documents .source")}
    assert dates == {"early": "published 1998-08-07", "late": "published 1998-08-09"}


def test_a_pdf_dropped_beside_a_text_file_is_read_by_the_server(server_url, browser, tmp_path):
    from selenium.webdriver.common.by import By

    memo = tmp_path / "memo.pdf"
    # The memo's sentence, wrapped over two lines, is the shorter of the two that say the same.
    memo.write_bytes(text_pdf([[
        "Floods killed 40 people in the city",
        "of Valencia on Tuesday, officials said.",
    ]]))
    wire = tmp_path / "wire.txt"
    wire.write_text(
        "Floods hit the city of Valencia on Tuesday, killing 40 people, the regional government said in a statement.\n"
    )
    drop_files(browser, server_url, [memo, wire])
    boxes = browser.find_elements(By.CSS_SELECTOR, ".article-text")
    assert boxes[0].get_attribute("value") == "PDF file, 1 KB: its text is read by the server"
    [item] = summarize_on_page(browser, 1)
    assert item.text == "Floods killed 40 people in the city of Valencia on Tuesday, officials said.2 of 2 sources"


def test_a_dropped_page_links_its_evidence_to_where_it_was_published(server_url, browser, tmp_path):
    from selenium.webdriver.common.by import By

    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Valencia floods</title><link rel="canonical" href="https://news.example/valencia-floods">'
        "</head><body><article><p>Floods killed 40 people in the city of Valencia on Tuesday, officials said.</p>"
        "</article></body></html>"
    )
    wire = tmp_path / "wire.txt"
    wire.write_text("Floods killed 40 people in the city of Valencia on Tuesday, the regional government said.\n")
    drop_files(browser, server_url, [page, wire])
    [item] = summarize_on_page(browser, 1)
    item.click()
    wait_for(browser, lambda: browser.find_element(By.ID, "evidence").is_displayed())
    headings = {source.get_attribute("data-document"): source.find_element(By.TAG_NAME, "h3")
                for source in browser.find_elements(By.CSS_SELECTOR, "#evidence-documents .source")}
    [link] = headings["page"].find_elements(By.TAG_NAME, "a")
    assert (link.text, link.get_attribute("href")) == ("Valencia floods (page)", "https://news.example/valencia-floods")
    assert headings["wire"].find_elements(By.TAG_NAME, "a") == []


def test_article_markup_is_shown_as_text_and_never_executed(server_url, browser):
    from selenium.webdriver.common.by import By

    browser.get(server_url)
    # Tags that cleaning reads as a text field's markup are removed before they reach a brief
    # (test_clean); these two are not tags to it, but a browser runs them as HTML.
    hostile = (
        'The mayor posted <img/src=x onerror="window.pwned = \'img\'"> on the city website on Monday, officials said. '
        'Engineers replaced <svg/onload="window.pwned = \'svg\'"> 120 cables on the old bridge this week.'
    )
    first = browser.find_element(By.CSS_SELECTOR, ".article")
    first.find_element(By.CSS_SELECTOR, ".article-title").send_keys('<b onmouseover="window.pwned=1">Bridge</b>')
    first.find_element(By.CSS_SELECTOR, ".article-text").send_keys(hostile)
    choose_length(browser, 2, "sentences")
    browser.find_element(By.ID, "summarize").click()
    items = wait_for(browser, lambda: browser.find_elements(By.CSS_SELECTOR, ".summary-sentence"))
    assert [item.text for item in items] == [
        "The mayor posted <img/src=x onerror=\"window.pwned = 'img'\"> on the city website on Monday, officials said."
        "1 of 1 source",
        "Engineers replaced <svg/onload=\"window.pwned = 'svg'\"> 120 cables on the old bridge this week."
        "1 of 1 source",
    ]
    items[1].click()
    heading = wait_for(browser, lambda: browser.find_element(By.CSS_SELECTOR, ".source h3"))
    assert heading.text == '<b onmouseover="window.pwned=1">Bridge</b> (article-1)'
    assert browser.find_elements(By.CSS_SELECTOR, "#result script, #result img, #result svg, #result b") == []
    assert browser.execute_script("return window.pwned === undefined")


def paste_articles(driver, texts: list[str]) -> None:
    from selenium.webdriver.common.by import By

    for number, text in enumerate(texts):
        boxes = driver.find_elements(By.CSS_SELECTOR, ".article-text")
        if number == len(boxes):
            driver.find_element(By.ID, "add-article").click()
            boxes = driver.find_elements(By.CSS_SELECTOR, ".article-text")
        boxes[number].send_keys(text)


def test_a_focus_and_a_language_shape_the_brief(server_url, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from .test_summarize import FLOODS, SPANISH_FLOODS, TOWN

    browser.get(server_url)
    paste_articles(browser, [document.text for document in TOWN.documents])
    choose_length(browser, 1, "sentences")
    browser.find_element(By.ID, "query").send_keys("railway station")
    browser.find_element(By.ID, "summarize").click()
    [item] = wait_for(browser, lambda: browser.find_elements(By.CSS_SELECTOR, ".summary-sentence"))
    assert item.text == "The mayor opened the rebuilt railway station on Monday morning.3 of 3 sources"

    browser.get(server_url)
    paste_articles(browser, [document.text for document in FLOODS.documents + (SPANISH_FLOODS,)])
    choose_length(browser, 1, "sentences")
    Select(browser.find_element(By.ID, "language")).select_by_value("es")
    browser.find_element(By.ID, "summarize").click()
    [item] = wait_for(browser, lambda: browser.find_elements(By.CSS_SELECTOR, ".summary-sentence"))
    assert item.text == (
        "Las inundaciones causaron la muerte de 40 personas en la ciudad de Valencia el martes, según las autoridades."
        "1 of 4 sources"
    )
    assert [warning.text for warning in browser.find_elements(By.CSS_SELECTOR, "#warnings li")] == [
        f"document article-{n}: skipped: written in 'en', not in the requested language, 'es' (ISO 639 codes)"
        for n in (1, 2, 3)
    ]
