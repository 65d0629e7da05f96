"""The real Neo4j Browser, in headless Debian chromium, connects to the test server and, from
the server's post-connect command alone, applies ctgraph's style and opens ctgraph's guide, both
served by the real API; the guide's demo question then draws in ctgraph's colours."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from graph_builders import wipe
from neo4j import Driver
from serving import serving

from ctgraph.api.app import create_app
from ctgraph.database import server_config
from ctgraph.ingest import ingest, jsonl_items
from ctgraph.settings import PROJECT_ROOT, Settings

pytestmark = [pytest.mark.browser, pytest.mark.neo4j]
CHROMIUM = Path("/usr/bin/chromium")
SAMPLE = PROJECT_ROOT / "tests" / "fixtures" / "facts" / "sample.jsonl"
COUNTRY_BLUE = "#4C8EDA"  # node.Country in graph/browser/style.grass


def _script() -> ModuleType:
    """scripts/screenshot_browser.py, whose helpers the test reuses."""
    path = PROJECT_ROOT / "scripts" / "screenshot_browser.py"
    spec = importlib.util.spec_from_file_location("screenshot_browser", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _browser_url(settings: Settings) -> str:
    if url := os.environ.get("CTGRAPH_TEST_NEO4J_BROWSER_URL"):
        return url
    if os.environ.get("CTGRAPH_TEST_NEO4J_URI"):
        pytest.skip("set CTGRAPH_TEST_NEO4J_BROWSER_URL to the external server's Browser")
    return server_config(settings).browser_url


@pytest.fixture
def api(driver: Driver, neo4j_settings: Settings) -> Iterator[None]:
    """The sample graph, and the API where the test server's Browser looks for the guide."""
    ingest(wipe(driver), jsonl_items([SAMPLE]))
    with serving(create_app(neo4j_settings), port=neo4j_settings.api_port):
        yield


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"
)
@pytest.mark.usefixtures("api")
def test_browser_opens_the_guide_with_the_style_on_connect(neo4j_settings: Settings) -> None:
    from playwright.sync_api import sync_playwright

    script = _script()
    assert neo4j_settings.neo4j_uri and neo4j_settings.neo4j_password
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=script.CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        script.connect(page, browser_url=_browser_url(neo4j_settings),
                       bolt_uri=neo4j_settings.neo4j_uri, user=neo4j_settings.neo4j_user,
                       password=neo4j_settings.neo4j_password.get_secret_value())  # fmt: skip
        script.wait_for_guide(page)
        page.get_by_text("node.Country", exact=False).first.wait_for(timeout=15_000)
        script.run_demo_from_guide(page)
        blue = page.locator(f'svg.neod3viz circle[fill="{COUNTRY_BLUE}"]')
        blue.first.wait_for(timeout=15_000)
        assert blue.count() >= 2  # Serbia and its partners, in the style's colour
        browser.close()
