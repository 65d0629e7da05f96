"""The first, uncached call of each list route, right after the API starts, with Neo4j's query
cache emptied first (`db.clearQueryCaches()`): once with the plans warmed at start-up (as
served: the app's `warm-plans` thread, waited for) and once without (the requests plan their own
queries), next to the bare tool, the route's query run by the driver with its plan cached, in the
same run. The answer cache is off, so every request runs its query.

    CTGRAPH_NEO4J_URI=bolt://127.0.0.1:7687 CTGRAPH_NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_first_call.py
"""

from __future__ import annotations

import statistics
import threading
import time
from typing import Any

from fastapi.testclient import TestClient

from ctgraph.api import app as app_module
from ctgraph.api.app import create_app
from ctgraph.database import open_driver
from ctgraph.graph import queries
from ctgraph.settings import Settings, get_settings

# A route of each kind, and the query (with parameters) it runs.
ROUTES: list[tuple[str, str, dict[str, Any]]] = [
    ("/co-investigations?crime=human%20trafficking", "list_pairs_filtered",
     {"crime": "human trafficking"}),
    ("/operations?country=RS", "list_country_operations", {"country": "RS"}),
    ("/operations?crime=both&year_from=2010&year_to=2020", "list_operations",
     {"crime": "both", "year_from": 2010, "year_to": 2020}),
    ("/co-investigations?country=RS", "list_pairs", {"country": "RS"}),
    ("/countries/RS/partners?year_from=2015&year_to=2020", "list_partners_filtered",
     {"iso2": "RS", "year_from": 2015, "year_to": 2020, "with_operations": False}),
    ("/countries?active=true", "list_countries", {"active": True}),
    ("/organisations?q=police", "list_organisations", {"q": "police"}),
    ("/persons", "list_persons", {}),
    ("/routes?crime=human%20trafficking", "list_routes", {"crime": "human trafficking"}),
    ("/documents?date_from=2016", "list_documents", {"date_from": "2016"}),
]  # fmt: skip
WINDOW = {"offset": 0, "limit": 50}


def first_calls(settings: Settings, *, warm: bool) -> list[float]:
    """Milliseconds of each route's first call on an emptied query cache."""
    with open_driver(settings) as driver:
        driver.execute_query("CALL db.clearQueryCaches()", database_=settings.neo4j_database)
    if not warm:  # the app's own reference to it
        original, app_module.warm_plans = app_module.warm_plans, lambda *a, **k: 0.0  # type: ignore[assignment]
    app = create_app(settings)
    try:
        with TestClient(app) as client:
            for thread in threading.enumerate():
                if thread.name == "warm-plans":
                    thread.join()
            timings = []
            for path, _, _ in ROUTES:
                started = time.perf_counter()
                assert client.get(path).status_code == 200, path
                timings.append((time.perf_counter() - started) * 1000)
            return timings
    finally:
        if not warm:
            app_module.warm_plans = original


def bare(settings: Settings) -> list[float]:
    """Milliseconds of each route's query run by the driver, its plan cached (best of 3)."""
    timings = []
    with open_driver(settings) as driver:
        for _, name, params in ROUTES:
            query = queries.load(name, folder="api")
            bound = query.bind({**WINDOW, **params})
            runs = []
            for _ in range(3):
                started = time.perf_counter()
                driver.execute_query(query.text, bound, database_=settings.neo4j_database)
                runs.append((time.perf_counter() - started) * 1000)
            timings.append(min(runs))
    return timings


def main() -> None:
    settings = get_settings().model_copy(update={"api_response_cache_mb": 0})
    cold = first_calls(settings, warm=False)
    started = time.perf_counter()
    warmed = first_calls(settings, warm=True)
    print(f"(start-up and warming: {time.perf_counter() - started:.1f} s)")
    tool = bare(settings)
    print(
        "| route | first call, plans cold (ms) | first call, plans warmed (ms) | bare query (ms) | warmed ÷ bare |"
    )
    print("| --- | ---: | ---: | ---: | ---: |")
    for (path, _, _), c, w, b in zip(ROUTES, cold, warmed, tool, strict=True):
        print(f"| `{path}` | {c:.0f} | {w:.0f} | {b:.1f} | {w / b:.1f}x |")
    print(f"| max | {max(cold):.0f} | {max(warmed):.0f} | {max(tool):.1f} | |")
    print(f"| median | {statistics.median(cold):.0f} | {statistics.median(warmed):.0f} | "
          f"{statistics.median(tool):.1f} | |")  # fmt: skip


if __name__ == "__main__":
    main()
