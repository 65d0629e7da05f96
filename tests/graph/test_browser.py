"""The real Neo4j Browser loads in headless Debian chromium, connects, and takes our style."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest
from neo4j import Driver

from ctgraph.database import server_config
from ctgraph.settings import PROJECT_ROOT, Settings

pytestmark = [pytest.mark.browser, pytest.mark.neo4j]
CHROMIUM = Path("/usr/bin/chromium")


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


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"
)
def test_browser_connects_and_accepts_the_style(neo4j_settings: Settings, driver: Driver) -> None:
    from playwright.sync_api import sync_playwright

    script = _script()
    assert neo4j_settings.neo4j_uri and neo4j_settings.neo4j_password
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=script.CHROMIUM_ARGS)
        page = browser.new_page()
        script.connect(page, browser_url=_browser_url(neo4j_settings),
                       bolt_uri=neo4j_settings.neo4j_uri, user=neo4j_settings.neo4j_user,
                       password=neo4j_settings.neo4j_password.get_secret_value())  # fmt: skip
        script.run_command(page, f":style {script.grass()}")
        page.get_by_text("node.Country", exact=False).first.wait_for(timeout=15_000)
        browser.close()
