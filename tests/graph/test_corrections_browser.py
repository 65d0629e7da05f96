"""The corrections guide page in the real Neo4j Browser (headless Debian chromium): opened with
`:guide`, its reject command run from its two clickable blocks, then its view of corrections
shows the rejected fact as a red link beside the facts that stay. The screenshot goes to
docs/img/browser-corrections.png with CTGRAPH_UPDATE_SCREENSHOTS=1."""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from graph_builders import one, wipe
from neo4j import Driver
from serving import serving

from ctgraph.api.app import create_app
from ctgraph.database import server_config
from ctgraph.graph.facts import as_facts
from ctgraph.ingest import ingest
from ctgraph.settings import PROJECT_ROOT, Settings

pytestmark = [pytest.mark.browser, pytest.mark.neo4j, pytest.mark.model]
CHROMIUM = Path("/usr/bin/chromium")
TEXT = PROJECT_ROOT / "tests" / "fixtures" / "texts" / "joint-investigation-bulgaria-greece.txt"
REJECTED_RED = "#E04F5F"  # relationship.REJECTED in graph/browser/style.grass


def _script() -> ModuleType:
    path = PROJECT_ROOT / "scripts" / "screenshot_browser.py"
    spec = importlib.util.spec_from_file_location("screenshot_browser", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def api(driver: Driver, neo4j_settings: Settings) -> Iterator[str]:
    """The fixture text really extracted and loaded, and the API serving the guide page."""
    from ctgraph.extract.batch import BatchReport, extract_files

    facts = as_facts(next(extract_files([TEXT], BatchReport())))
    ingest(wipe(driver), [("northwind", facts)])
    with serving(create_app(neo4j_settings), port=neo4j_settings.api_port) as url:
        yield url


def _run_slide(page: object, title: str) -> None:
    """Next slide, check its title, set its parameters, put its command in the editor, run it."""
    page.locator("[data-testid=guideNextSlide]").click()  # type: ignore[attr-defined]
    page.get_by_text(title).first.wait_for(timeout=10_000)  # type: ignore[attr-defined]
    page.locator("pre.params:visible").first.click()  # type: ignore[attr-defined]
    page.get_by_text("Successfully set your parameters", exact=False).last.wait_for(timeout=10_000)  # type: ignore[attr-defined]
    page.locator("pre.runnable:visible").first.click()  # type: ignore[attr-defined]
    page.locator("[data-testid=editor-Run]").click()  # type: ignore[attr-defined]


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"
)
def test_the_guides_reject_step_shows_in_the_browser(
    api: str, driver: Driver, neo4j_settings: Settings, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    script = _script()
    assert neo4j_settings.neo4j_uri and neo4j_settings.neo4j_password
    participation = "RETURN EXISTS { (:Country {iso2: 'MK'})-[:PARTICIPATED_IN]->(:Operation {id: 'operation:northwind'}) }"
    assert one(driver, participation)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=script.CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        script.connect(page, browser_url=server_config(neo4j_settings).browser_url,
                       bolt_uri=neo4j_settings.neo4j_uri, user=neo4j_settings.neo4j_user,
                       password=neo4j_settings.neo4j_password.get_secret_value())  # fmt: skip
        script.wait_for_guide(page)
        script.run_command(page, f":guide {api}/browser/corrections.html")
        page.get_by_text("Correct the graph").first.wait_for(timeout=15_000)
        _run_slide(page, "Reject a fact the extractor got wrong")
        # the result frame's summary, not the command's text (the guide shows `was_in_the_graph`)
        page.get_by_text("deleted 1 relationship", exact=False).first.wait_for(timeout=30_000)
        _run_slide(page, "See what you corrected")
        red = page.locator(f'svg.neod3viz path[fill="{REJECTED_RED}"]')
        red.first.wait_for(timeout=15_000)
        page.wait_for_timeout(1500)  # the layout settles
        shot = tmp_path / "browser-corrections.png"
        page.screenshot(path=str(shot))
        browser.close()
    assert not one(driver, participation)
    if os.environ.get("CTGRAPH_UPDATE_SCREENSHOTS"):
        shutil.copy(shot, PROJECT_ROOT / "docs" / "img" / "browser-corrections.png")
