"""A real browser (Debian's Chromium, driven by Playwright) against `khabar serve`: search, open an article, open a
speaker's page, and a stored page's <script> never runs."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from khabar.store.db import connect
from khabar.store.ingest import ingest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
EVIL = ("शहर में जलभराव से लोग परेशान <script>alert(1)</script>\n\n"
        "नई दिल्ली: शहर में जलभराव से लोग परेशान हैं <img src=x onerror=alert(2)> और नगर निगम ने कहा कि पंप लगाए जा रहे हैं। "
        "शहर के कई इलाकों में जलभराव की वजह से लोग घरों में रहे और दफ्तर नहीं जा पाए।\n")


def _need_browser():
    if CHROMIUM is None or not _has_playwright():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("Chromium and Playwright are required when CI=true (.ci/run installs them)")
        pytest.skip("Chromium or Playwright is not installed")


def _has_playwright() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    _need_browser()
    import uvicorn

    from khabar.web.app import create_app

    folder = tmp_path_factory.mktemp("site")
    (folder / "evil.txt").write_text(EVIL, "utf-8")
    db = folder / "k.db"
    ingest(connect(db), [str(SAMPLES), str(folder)])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


def test_search_article_and_speaker_in_a_browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone's width
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server + "/")
        page.fill("input[type=search]", "चंद्रयान")
        page.press("input[type=search]", "Enter")
        page.wait_for_selector(".hit a")
        assert "चंद्रयान" in page.inner_text(".hit")
        page.click(".hit a")
        page.wait_for_selector("h1")
        assert page.inner_text("h1").startswith("चंद्रयान-5")
        assert page.locator(".quote").count() >= 1  # the article's quotes are highlighted
        page.click("summary")  # the removed boilerplate, with its reasons
        assert "विज्ञापन" in page.inner_text("details")
        speaker = page.locator("a.speaker").first
        name = speaker.inner_text()
        speaker.click()
        page.wait_for_selector("h1")
        assert page.inner_text("h1") == name
        # A stored page's markup is text, never code.
        page.goto(server + "/?q=" + "जलभराव")
        page.click(".hit a")
        page.wait_for_selector("h1")
        assert "<script>" in page.inner_text("h1") and dialogs == []
        browser.close()
