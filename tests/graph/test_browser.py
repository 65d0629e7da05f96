"""The real Neo4j Browser, in headless Debian chromium, connects to the test server and, from
the server's post-connect command alone, applies ctgraph's style (silently) and opens ctgraph's
guide, both served by the real API; the guide's demo question then draws in ctgraph's colours.
Every request of the session is recorded: none may go to a host other than this machine."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlparse

import pytest
from graph_builders import wipe
from neo4j import Driver
from serving import serving

from ctgraph.api.app import create_app
from ctgraph.database import server_config
from ctgraph.graph.browser import bundle
from ctgraph.graph.browser.style import WIDTH_MAX, WIDTH_UNIT, style_text
from ctgraph.graph.model import model
from ctgraph.ingest import ingest, jsonl_items
from ctgraph.settings import PROJECT_ROOT, Settings

pytestmark = [pytest.mark.browser, pytest.mark.neo4j]
CHROMIUM = Path("/usr/bin/chromium")
SAMPLE = PROJECT_ROOT / "tests" / "fixtures" / "facts" / "sample.jsonl"
COUNTRY_BLUE = "#4C8EDA"  # node.Country in graph/browser/style.grass
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
STYLE = PROJECT_ROOT / "graph" / "browser" / "style.grass"


def test_the_style_is_generated_from_the_model() -> None:
    assert STYLE.read_text(encoding="utf-8") == style_text(model()), (
        "run python scripts/generate_model_files.py"
    )


def test_every_bundle_patch_names_a_file_and_a_reason() -> None:
    assert bundle.patches() and all(p.file and p.find and p.why for p in bundle.patches())


def test_a_bundle_that_differs_from_the_patches_is_refused() -> None:
    files = {p.file + "x.js": "nothing to replace" for p in bundle.patches()}
    first = bundle.patches()[0].name
    with pytest.raises(bundle.BundleError, match=f"patch {first}: .*another version"):
        bundle.patch_files(files)


def test_a_bundle_that_lacks_one_patchs_text_is_refused_naming_that_patch() -> None:
    *applied, missing = bundle.patches()[:6]
    files = {p.file + "x.js": "" for p in bundle.patches()}
    for patch in applied:
        files[patch.file + "x.js"] += patch.find
    assert missing.find not in "".join(files.values())
    with pytest.raises(bundle.BundleError, match=f"patch {missing.name}: .* 0 copies"):
        bundle.patch_files(files)


def _script() -> ModuleType:
    """scripts/screenshot_browser.py, whose helpers the test reuses."""
    path = PROJECT_ROOT / "scripts" / "screenshot_browser.py"
    spec = importlib.util.spec_from_file_location("screenshot_browser", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def _guide_open(neo4j_settings: Settings) -> Iterator[tuple[Any, ModuleType]]:
    """(page, script): headless Chromium connected to the test server's Browser, the guide
    open; the browser is closed on leaving."""
    from playwright.sync_api import sync_playwright

    script = _script()
    assert neo4j_settings.neo4j_uri and neo4j_settings.neo4j_password
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=script.CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            script.connect(page, browser_url=_browser_url(neo4j_settings),
                           bolt_uri=neo4j_settings.neo4j_uri, user=neo4j_settings.neo4j_user,
                           password=neo4j_settings.neo4j_password.get_secret_value())  # fmt: skip
            script.wait_for_guide(page)
            yield page, script
        finally:
            browser.close()


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


def outside_hosts(urls: list[str]) -> list[str]:
    """The requested URLs whose host is not this machine (data: and blob: URLs have none)."""
    return [u for u in urls if urlparse(u).hostname not in LOCAL_HOSTS | {None}]


def test_outside_hosts_are_told_apart_from_local_ones() -> None:
    urls = ["http://127.0.0.1:7474/browser/", "ws://localhost:7687", "data:image/png;base64,x",
            "https://fonts.googleapis.com/css2", "https://o1.ingest.sentry.io/api/1/envelope/"]  # fmt: skip
    assert outside_hosts(urls) == urls[3:]


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"
)
@pytest.mark.usefixtures("api")
def test_browser_stays_inside_and_opens_the_guide_quietly(neo4j_settings: Settings) -> None:
    from playwright.sync_api import sync_playwright

    script = _script()
    assert neo4j_settings.neo4j_uri and neo4j_settings.neo4j_password
    requested: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=script.CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1600, "height": 1000})
        context.on("request", lambda request: requested.append(request.url))
        context.on("websocket", lambda socket: requested.append(socket.url))
        page = context.new_page()
        script.connect(page, browser_url=_browser_url(neo4j_settings),
                       bolt_uri=neo4j_settings.neo4j_uri, user=neo4j_settings.neo4j_user,
                       password=neo4j_settings.neo4j_password.get_secret_value())  # fmt: skip
        script.wait_for_guide(page)
        page.wait_for_timeout(5_000)  # the services Browser calls came within seconds
        # The first view is the guide and the connection: no style text, no :play start.
        shown = page.locator("body").inner_text()
        assert "node.Country" not in shown and ":style" not in shown
        assert ":play start" not in shown and "Getting started with Neo4j" not in shown
        script.run_demo_from_guide(page)
        blue = page.locator(f'svg.neod3viz circle[fill="{COUNTRY_BLUE}"]')
        blue.first.wait_for(timeout=15_000)
        assert blue.count() >= 2  # Serbia and its partners: the style was applied
        page.wait_for_timeout(3_000)
        browser.close()
    assert any(urlparse(u).port == neo4j_settings.api_port for u in requested)  # guide, style
    assert outside_hosts(requested) == []


# Per CO_INVESTIGATED line drawn: its colour, caption, width (the outline's height in the line's
# own frame: a head would make it wider than the shaft), and whether the caption stands upright
# on the screen (its transform to the screen has no rotation).
DRAWN_LINES = """() => Array.from(document.querySelectorAll("svg.neod3viz g.relationship")).map(g => {
  const path = g.querySelector("path.b-outline"), text = g.querySelector("text");
  const m = text.getCTM();
  return {fill: path.getAttribute("fill"), caption: text.textContent,
          width: path.getBBox().height, upright: Math.abs(m.b) < 1e-6 && m.a > 0};
})"""


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"
)
@pytest.mark.usefixtures("api")
def test_pairs_are_drawn_undirected_as_wide_as_their_count(
    neo4j_settings: Settings, tmp_path: Path
) -> None:
    pairs = model().relation("CO_INVESTIGATED")
    assert pairs is not None and not pairs.directed and pairs.width == "count"
    unit, most = float(WIDTH_UNIT.removesuffix("px")), float(WIDTH_MAX.removesuffix("px"))
    with _guide_open(neo4j_settings) as (page, script):
        script.run_command(page, ":config autoComplete: false")  # the view's pairs alone
        script.run_slide(page, script.NETWORK_SLIDE)
        page.locator(f'svg.neod3viz path[fill="{pairs.color}"]').first.wait_for(timeout=15_000)
        script.show_graph(page, fullscreen=True)
        drawn = [line for line in page.evaluate(DRAWN_LINES) if line["fill"] == pairs.color]
        markers = page.locator("svg.neod3viz marker").count()
        shot = tmp_path / "browser-co-investigations.png"
        page.screenshot(path=str(shot))
    assert len(drawn) >= 10 and markers == 0
    for line in drawn:  # as wide as the shaft (no head), the shaft as wide as its count
        assert line["width"] == pytest.approx(min(unit * int(line["caption"]), most)), line
        assert line["upright"], line
    assert len({line["width"] for line in drawn}) >= 2  # the sample has pairs of 1 and 2
    if os.environ.get("CTGRAPH_UPDATE_SCREENSHOTS"):
        shutil.copy(shot, PROJECT_ROOT / "docs" / "img" / "browser-co-investigations.png")


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"
)
@pytest.mark.usefixtures("api")
def test_a_guide_example_sets_integers_and_answers_in_the_browser(
    neo4j_settings: Settings,
) -> None:
    """The slide of a query with year parameters: one click sets them as integers (Browser
    shows `2008`, not `2008.0`), the query answers with rows, years shown as integers."""
    with _guide_open(neo4j_settings) as (page, script):
        script.run_slide(page, "Query: list_operations", result=".relatable__table")
        params = page.locator("[data-testid=rawParamData]").last.inner_text()
        page.wait_for_timeout(1_000)
        table = page.locator(".relatable__table").last.inner_text()
    assert re.search(r'"year_from": 2008\b', params) and ".0" not in params, params
    years = re.findall(r"\b(?:19|20)\d\d(?:\.\d+)?\b", table)
    assert years and all("." not in y for y in years), table  # rows, and whole years
