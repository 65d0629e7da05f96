"""Screenshot of the demo graph in the real Neo4j Browser, driven by headless Debian chromium.

    .venv/bin/python scripts/screenshot_browser.py [--browser-url URL] [--out PNG]

Connects the Browser to the Bolt server of ctgraph's settings (`CTGRAPH_NEO4J_URI`,
`CTGRAPH_NEO4J_PASSWORD`, or the local server), applies `graph/browser/style.grass` with
`:style <grass>`, runs the demo query (Serbia's partners in migrant smuggling operations) and
saves the picture. Needs `/usr/bin/chromium` (apt-get install chromium); no browser download.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Page, sync_playwright

from ctgraph.database import connection, server_config
from ctgraph.settings import PROJECT_ROOT, get_settings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
STYLE = PROJECT_ROOT / "graph" / "browser" / "style.grass"
DEMO_QUERY = """MATCH (rs:Country {iso2: 'RS'})-[p:PARTICIPATED_IN]->(o:Operation)<-[q:PARTICIPATED_IN]-(c:Country)
WHERE o.crime IN ['migrant smuggling', 'both']
OPTIONAL MATCH (g:Organisation)-[i:INVOLVED_IN]->(o)
RETURN rs, p, o, q, c, g, i"""


def connect(page: Page, *, browser_url: str, bolt_uri: str, user: str, password: str) -> None:
    """Open the Browser at `browser_url` and log in to `bolt_uri`; wait until connected."""
    bolt = urlparse(bolt_uri)
    page.goto(f"{browser_url}?dbms=bolt://{user}@{bolt.hostname}:{bolt.port}")
    page.locator("[data-testid=password]").fill(password)
    page.locator("[data-testid=connect]").click()
    page.get_by_text("You are connected as user", exact=False).first.wait_for(timeout=30_000)


def run_command(page: Page, command: str) -> None:
    """Type a command into the Browser's editor (as one paste) and run it."""
    editor = page.locator("#monaco-main-editor textarea").first
    editor.focus()
    page.keyboard.insert_text(command)
    page.locator("[data-testid=editor-Run]").click()


def grass(path: Path = STYLE) -> str:
    """The style file as one line (`:style` takes the grass as its argument)."""
    return re.sub(r"\s+", " ", path.read_text(encoding="utf-8")).strip()


def screenshot(*, browser_url: str, out: Path) -> None:
    """Connect, style, run the demo query, save the PNG of the result frame."""
    settings = get_settings()
    bolt_uri, (user, password) = connection(settings)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        connect(page, browser_url=browser_url, bolt_uri=bolt_uri, user=user, password=password)
        # "Connect result nodes" is the setting `autoComplete`: off, the picture shows the query only.
        run_command(page, ":config autoComplete: false")
        run_command(page, f":style {grass()}")
        run_command(page, DEMO_QUERY)
        page.locator("svg.neod3viz").first.wait_for(timeout=30_000)
        page.wait_for_timeout(6_000)  # let the force layout settle
        out.parent.mkdir(parents=True, exist_ok=True)
        page.locator("[data-testid=frame]").first.screenshot(path=str(out))
        browser.close()


def main() -> None:
    """Command line: where the Browser is and where the PNG goes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--browser-url", default=server_config(get_settings()).browser_url)
    parser.add_argument(
        "--out", type=Path, default=PROJECT_ROOT / "docs" / "img" / "browser-demo.png"
    )
    args = parser.parse_args()
    screenshot(browser_url=args.browser_url, out=args.out)
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
