"""Screenshots of the real Neo4j Browser as an analyst first sees it, in headless Debian chromium.

    .venv/bin/python scripts/screenshot_browser.py [--browser-url URL] [--out-dir DIR]

Connects the Browser to the Bolt server of ctgraph's settings (`CTGRAPH_NEO4J_URI`,
`CTGRAPH_NEO4J_PASSWORD`, or the local server). The server's `browser.post_connect_cmd` applies
ctgraph's style and opens ctgraph's guide, both served by the API (`ctgraph up` or `ctgraph serve`
must be running). Saves `browser-connected.png` (right after connecting: the guide only, the
style applied without a frame), then runs the guide's demo question (`browser-demo.png`) and
its co-investigation view (`browser-co-investigations.png`) from their slides.
Needs `/usr/bin/chromium` (apt-get install chromium); no browser download.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Page, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from ctgraph.database import connection, server_config
from ctgraph.settings import PROJECT_ROOT, get_settings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
GUIDE_TITLE = "ctgraph: who cooperates against trafficking and smuggling"
DEMO_SLIDE = "Demo: which states co-investigated migrant smuggling with Serbia?"
NETWORK_SLIDE = "View: the whole cooperation network"


def connect(page: Page, *, browser_url: str, bolt_uri: str, user: str, password: str) -> None:
    """Open the Browser at `browser_url` and log in to `bolt_uri`; wait until connected. The
    form may be reset by Browser's server discovery arriving after the password was typed (on
    a busy machine): then type it again, up to three times."""
    bolt = urlparse(bolt_uri)
    page.goto(f"{browser_url}?dbms=bolt://{user}@{bolt.hostname}:{bolt.port}")
    page.wait_for_load_state("networkidle")
    connected = page.get_by_text("You are connected as user", exact=False).first
    for attempt in range(3):
        form = page.locator("[data-testid=password]")
        if attempt and not form.is_visible():
            break
        form.fill(password)
        page.locator("[data-testid=connect]").click()
        try:  # post-connect frames may cover the message: attached is enough
            connected.wait_for(state="attached", timeout=30_000)
            return
        except PlaywrightTimeout:
            continue
    connected.wait_for(state="attached", timeout=30_000)


def wait_for_guide(page: Page) -> None:
    """Wait until the post-connect command has opened ctgraph's guide in the sidebar."""
    page.get_by_text(GUIDE_TITLE).first.wait_for(timeout=30_000)


def run_command(page: Page, command: str) -> None:
    """Type a command into the Browser's editor (as one paste) and run it."""
    editor = page.locator("#monaco-main-editor textarea").first
    editor.focus()
    page.keyboard.insert_text(command)
    page.locator("[data-testid=editor-Run]").click()


def run_slide(page: Page, title: str, *, result: str = "svg.neod3viz") -> None:
    """Go forward in the guide to the slide titled `title`, set its example parameters (if it
    has any), put its query in the editor, run it and wait for its `result` (the graph; a
    table: `.relatable__table`)."""
    for _ in range(20):
        if page.get_by_text(title).first.is_visible():
            break
        page.locator("[data-testid=guideNextSlide]").click()
        page.wait_for_timeout(300)
    page.get_by_text(title).first.wait_for(timeout=10_000)
    params = page.locator("pre.params:visible")
    if params.count():
        params.first.click()
        done = page.get_by_text("Successfully set your parameters", exact=False).first
        done.wait_for(timeout=10_000)
    page.locator("pre.runnable:visible").first.click()
    page.locator("[data-testid=editor-Run]").click()
    page.locator(result).first.wait_for(timeout=30_000)


def run_demo_from_guide(page: Page) -> None:
    """Run the guide's demo question (its second slide) from the guide."""
    run_slide(page, DEMO_SLIDE)


def show_graph(page: Page, *, fullscreen: bool = False) -> None:
    """Make the last frame's graph fit for a picture: the frame at full size (if asked), the
    force layout settled, the overview panel folded, the graph zoomed to fit."""
    if fullscreen:
        page.locator("[data-testid=frame] button[title=Fullscreen]").first.click()
    page.wait_for_timeout(6_000)  # let the force layout settle
    overview = page.get_by_text("Overview", exact=True).first
    box = overview.bounding_box()
    if box:  # fold the overview panel (its arrow sits at the panel's right edge)
        page.mouse.click(page.viewport_size["width"] - 30 if page.viewport_size else 1570,
                         box["y"] + box["height"] / 2)  # fmt: skip
        page.wait_for_timeout(500)
    page.locator("button.zoom-to-fit, [aria-label=zoom-to-fit]").first.click()
    page.wait_for_timeout(1_000)


def screenshots(*, browser_url: str, out_dir: Path) -> list[Path]:
    """Connect, save the first view; run the demo and the co-investigation view from the
    guide, save each graph."""
    settings = get_settings()
    bolt_uri, (user, password) = connection(settings)
    paths = [out_dir / f"browser-{n}.png" for n in ("connected", "demo", "co-investigations")]
    out_dir.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        connect(page, browser_url=browser_url, bolt_uri=bolt_uri, user=user, password=password)
        wait_for_guide(page)
        page.wait_for_timeout(2_000)  # the style is applied silently: let it arrive
        page.screenshot(path=str(paths[0]))
        run_command(page, ":config autoComplete: false")  # the picture shows the query's graph only
        for slide, path in zip((DEMO_SLIDE, NETWORK_SLIDE), paths[1:], strict=True):
            run_command(page, ":clear")
            run_slide(page, slide)
            show_graph(page, fullscreen=slide == NETWORK_SLIDE)  # the whole network: full size
            page.screenshot(path=str(path))
        browser.close()
    return paths


def main() -> None:
    """Command line: where the Browser is and where the PNGs go."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--browser-url", default=server_config(get_settings()).browser_url)
    parser.add_argument("--out-dir", type=Path, default=PROJECT_ROOT / "docs" / "img")
    args = parser.parse_args()
    for path in screenshots(browser_url=args.browser_url, out_dir=args.out_dir):
        print(f"saved {path}")


if __name__ == "__main__":
    main()
