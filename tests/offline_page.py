"""A page of Debian's headless Chromium on which every request to another host is refused and
recorded: how the tests prove that a page of ctgraph needs nothing from the internet."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
LOCAL_HOSTS = ("127.0.0.1", "localhost")


@contextmanager
def offline_page(width: int, height: int) -> Iterator[tuple[Any, list[str]]]:
    """(page, outside): `outside` lists every URL of another host the page asked for."""
    from playwright.sync_api import Route, sync_playwright

    outside: list[str] = []

    def offline(route: Route) -> None:
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", offline)
            yield page, outside
        finally:
            browser.close()
