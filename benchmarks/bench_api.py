"""Latency (p50/p99, serial p50) and throughput of every list and detail route and the streamed
exports, next to a bare FastAPI endpoint returning a constant, measured in the same run.

The API (twice: with its answer cache, as served, and with `CTGRAPH_API_RESPONSE_CACHE_MB=0`, so
that every request runs its query) and the bare app run in their own uvicorn processes on
127.0.0.1 (so client and servers do not share a GIL); N async httpx workers send a bounded number
of requests per endpoint (and stop at a time cap), then one client sends `--serial` requests one
after the other. First on the
sample corpus (`--load-corpus` wipes the graph and ingests `data/corpus` first), then with a
synthetic graph of at least 100,000 operations added next to it (ids `bench:`-prefixed, ISO
codes from the user-assigned QM-QZ and XA-XZ ranges) and removed again at the end. Each query
plan is checked on the large graph too: any AllNodesScan is reported.

    CTGRAPH_BENCH_NEO4J_URI=bolt://127.0.0.1:7705 CTGRAPH_BENCH_NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_api.py --load-corpus --operations 100000
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
from neo4j import Driver

from ctgraph.database import open_driver
from ctgraph.graph import queries
from ctgraph.graph.load import refresh_co_investigated
from ctgraph.ingest import ingest, jsonl_items, path_items
from ctgraph.settings import PROJECT_ROOT, Settings

SAMPLE_FACTS = PROJECT_ROOT / "tests" / "fixtures" / "facts" / "sample.jsonl"

CODES = [f"Q{c}" for c in "MNOPQRSTUVWXYZ"] + [f"X{c}" for c in "ABCDEFGHIJLMNOPQRSTUVWXYZ"]
CRIMES = ["migrant smuggling", "human trafficking", "both", "other"]
BATCH = 10_000

ADD_COUNTRIES = """
UNWIND $codes AS code
MERGE (c:Entity:Country {id: 'bench:country:' + code})
SET c.iso2 = code, c.name = 'Synthetic ' + code, c.aliases = []
"""
ADD_OPERATIONS = """
UNWIND $rows AS row
CREATE (o:Entity:Operation {id: row.id, name: row.name, year: row.year, crime: row.crime,
                            named: true, aliases: []})
WITH o, row
UNWIND row.countries AS code
MATCH (c:Country {id: 'bench:country:' + code})
CREATE (c)-[:PARTICIPATED_IN {confidence: 1.0, extractor: 'bench'}]->(o)
"""
# Operations first, in small batches: a synthetic country has tens of thousands of relationships.
REMOVE = """
MATCH (n:Operation) WHERE n.id STARTS WITH 'bench:'
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
"""
REMOVE_COUNTRIES = """
MATCH (n:Country) WHERE n.id STARTS WITH 'bench:'
DETACH DELETE n
"""


@dataclass
class Result:
    """The figures of one endpoint under load, and one after the other."""

    label: str
    mode: str
    requests: int
    errors: int
    seconds: float
    latencies: list[float]
    serial: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def row(self, bare: float) -> str:
        lat = sorted(self.latencies) or [0.0]
        p50 = statistics.median(lat) * 1000
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000
        serial = statistics.median(self.serial or [0.0]) * 1000
        ratio = self.rps / bare if bare else 0.0
        return (f"{self.label:<46} {self.mode:<8} {self.requests:>6} {self.errors:>4} {p50:>8.1f} "
                f"{p99:>8.1f} {self.rps:>7.0f} {ratio:>6.2f} {serial:>9.1f}")  # fmt: skip


HEADER = (f"{'endpoint':<46} {'answers':<8} {'reqs':>6} {'err':>4} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'req/s':>7} {'÷ bare':>6} {'serial p50':>9}")  # fmt: skip


def synthesize(driver: Driver, operations: int, database: str, seed: int = 7) -> None:
    """Add the synthetic countries and operations in batched UNWIND writes (Zipf-like shares)."""
    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(len(CODES))]
    driver.execute_query(ADD_COUNTRIES, codes=CODES, database_=database)
    for start in range(0, operations, BATCH):
        rows = []
        for n in range(start, min(start + BATCH, operations)):
            countries: set[str] = set()
            while len(countries) < rng.randint(2, 4):
                countries.add(rng.choices(CODES, weights)[0])
            rows.append({"id": f"bench:operation:{n}", "name": f"Synthetic operation {n}",
                         "year": rng.randint(2000, 2024), "crime": rng.choice(CRIMES),
                         "countries": sorted(countries)})  # fmt: skip
        driver.execute_query(ADD_OPERATIONS, rows=rows, database_=database)


def remove_synthetic(driver: Driver, database: str) -> None:
    """Delete every `bench:` node (auto-commit, since it batches its own transactions)."""
    with driver.session(database=database) as session:
        session.run(REMOVE).consume()
        session.run(REMOVE_COUNTRIES).consume()


def load_corpus(driver: Driver, database: str) -> None:
    """Wipe the graph and ingest the sample corpus (its extracted facts when spaCy is missing)."""
    with driver.session(database=database) as session:  # relationships first: a busy country
        for query in WIPE:  # has more than one transaction's memory pool allows to detach at once
            session.run(query).consume()
    try:
        items, _ = path_items([PROJECT_ROOT / "data" / "corpus"])
        summary = ingest(driver, items, database=database)
        if summary.failed:
            raise RuntimeError(summary.failed[0][1])
    except Exception as e:  # extraction unavailable: the facts extracted from the same corpus
        print(f"corpus not extracted ({e}); loading tests/fixtures/facts/sample.jsonl")
        ingest(driver, jsonl_items([SAMPLE_FACTS]), database=database)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    port: int, app: str, ready: str, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """uvicorn serving `app` on 127.0.0.1 (the API with the environment's settings and `env`)."""
    command = [sys.executable, "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "warning", "--app-dir", str(Path(__file__).parent)]  # fmt: skip
    if app.startswith("api."):
        command.append("--factory")
    server = subprocess.Popen(command, env={**os.environ, **(env or {})})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}{ready}", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"{app} did not become ready")


async def load(base: str, path: str, label: str, mode: str, args: Any) -> Result:
    """`args.requests` requests to `path` by `args.workers` concurrent clients (stopping at
    `args.cap` seconds), then `args.serial` requests one after the other."""
    latencies: list[float] = []
    errors = sent = 0
    limits = httpx.Limits(max_connections=args.workers, max_keepalive_connections=args.workers)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        for _ in range(min(20, args.requests)):  # warm-up: connections, query plans, page cache
            await client.get(path)
        start = time.perf_counter()

        async def worker() -> None:
            nonlocal sent, errors
            while sent < args.requests and time.perf_counter() - start < args.cap:
                sent += 1
                t0 = time.perf_counter()
                response = await client.get(path)
                latencies.append(time.perf_counter() - t0)
                errors += response.status_code != 200

        await asyncio.gather(*(worker() for _ in range(args.workers)))
        seconds = time.perf_counter() - start
        serial = []
        for _ in range(args.serial):
            t0 = time.perf_counter()
            errors += (await client.get(path)).status_code != 200
            serial.append(time.perf_counter() - t0)
    return Result(label, mode, len(latencies), errors, seconds, latencies, serial)


def run_round(
    apis: dict[str, str], bare: str, title: str, targets: list[tuple[str, str]], args: Any
) -> None:
    """Every target under load on each API (`apis`: mode -> base URL), each with its ratio to the
    bare endpoint, which is measured before and after the round (the mean is the reference: the
    machine's load drifts)."""
    print(f"\n{title}  ({args.workers} concurrent clients, up to {args.requests} requests or "
          f"{args.cap:.0f} s each; then {args.serial} serial)")  # fmt: skip
    print(HEADER)
    before = asyncio.run(load(bare, "/", "bare FastAPI endpoint (before)", "", args))
    results = [
        asyncio.run(load(base, path, label, mode, args))
        for label, path in targets
        for mode, base in apis.items()
    ]
    after = asyncio.run(load(bare, "/", "bare FastAPI endpoint (after)", "", args))
    reference = (before.rps + after.rps) / 2
    for result in [before, after, *results]:
        print(result.row(reference), flush=True)


def time_exports(base: str, args: Any) -> None:
    """Serial downloads of the full cooperation exports, streamed, to the last byte."""
    print(f"\n{'export (serial, to the last byte)':<46} {'MB':>7} {'median s':>9} {'errors':>7}")
    for fmt, encoding in EXPORTS:
        times, size, errors = [], 0, 0
        for _ in range(args.export_runs):
            t0 = time.perf_counter()
            with httpx.stream("GET", f"{base}/exports/cooperation.{fmt}", timeout=120,
                              headers={"Accept-Encoding": encoding}) as response:  # fmt: skip
                size = sum(len(chunk) for chunk in response.iter_raw())
                errors += response.status_code != 200
            times.append(time.perf_counter() - t0)
        label = f"/exports/cooperation.{fmt} ({encoding})"
        print(f"{label:<46} {size / 1e6:>7.2f} {statistics.median(times):>9.2f} {errors:>7}")


def check_plans(driver: Driver, database: str, targets: dict[str, dict[str, Any]]) -> None:
    """EXPLAIN every API query with the benchmark's parameters on the large graph; report scans."""
    scans = []
    for name, params in targets.items():
        query = queries.load(name, folder="api")
        bound = query.bind({p.name: params.get(p.name) for p in query.params})
        plan = driver.execute_query("EXPLAIN " + query.text, bound, database_=database).summary.plan
        if plan and "AllNodesScan" in str(plan):
            scans.append(name)
    print(
        f"\nplans on the large graph: {len(targets)} API queries, all-node scans in: {scans or 'none'}"
    )


def first_id(base: str, path: str) -> str:
    """The id of the first item of a list route (for its detail route)."""
    separator = "&" if "?" in path else "?"
    items = httpx.get(f"{base}{path}{separator}limit=1", timeout=30).json()["items"]
    return str(items[0]["id"]) if items else "none"


def partner(base: str, country: str) -> str:
    """The id of a country's first partner (the far end of /connections)."""
    items = httpx.get(f"{base}/countries/{country}/partners?limit=1", timeout=60).json()["items"]
    return str(items[0]["country"]["id"]) if items else f"country:{country.lower()}"


def country_id(base: str, iso2: str) -> str:
    """The entity id of a country (the near end of /connections)."""
    return str(httpx.get(f"{base}/countries/{iso2}", timeout=60).json()["id"])


def routes(base: str, country: str, operation: str, partner: str) -> list[tuple[str, str]]:
    """Every list and detail route, with the ids found in the graph."""
    ids = {what: first_id(base, f"/{what}") for what in ("documents", "organisations", "persons")}
    return [
        ("GET /healthz", "/healthz"),
        ("GET /stats", "/stats"),
        ("GET /countries", "/countries"),
        (f"GET /countries/{country}", f"/countries/{country}"),
        (f"GET /countries/{country}/partners", f"/countries/{country}/partners"),
        (f"GET /countries/{country}/partners?year 2010-12",
         f"/countries/{country}/partners?year_from=2010&year_to=2012"),
        ("GET /co-investigations", "/co-investigations"),
        ("GET /co-investigations?crime&period",
         "/co-investigations?crime=human%20trafficking&year_from=2010&year_to=2012"),
        ("GET /operations", "/operations"),
        (f"GET /operations?country={country}", f"/operations?country={country}"),
        ("GET /operations/{id}", f"/operations/{operation}"),
        ("GET /organisations", "/organisations"),
        ("GET /organisations/{id}", f"/organisations/{ids['organisations']}"),
        ("GET /persons", "/persons"),
        ("GET /persons/{id}", f"/persons/{ids['persons']}"),
        ("GET /documents", "/documents"),
        ("GET /documents/{id}", f"/documents/{ids['documents']}"),
        ("GET /routes", "/routes"),
        ("GET /search?q=serbia", "/search?q=serbia"),
        ("GET /connections", f"/connections?source={country_id(base, country)}&target={partner}"),
    ]  # fmt: skip


def plan_params(country: str, operation: str) -> dict[str, dict[str, Any]]:
    """Parameters for the plan check: the benchmark's country and operation, a period."""
    common = {"iso2": country, "country": country, "id": operation, "limit": 50, "offset": 0,
              "with_operations": True, "year_from": 2010, "year_to": 2012, "query": "serbia",
              "terms": ["serbia"], "name": "entity_names", "source": operation,
              "target": operation, "crime": "human trafficking"}  # fmt: skip
    return {f.name.removesuffix(".cypher"): common for f in queries.folder_files("api")}


def use_bench_server() -> None:
    """Point the settings (and the API's process) at CTGRAPH_BENCH_NEO4J_URI when it is set."""
    if uri := os.environ.get("CTGRAPH_BENCH_NEO4J_URI"):
        os.environ["CTGRAPH_NEO4J_URI"] = uri
        os.environ["CTGRAPH_NEO4J_PASSWORD"] = os.environ["CTGRAPH_BENCH_NEO4J_PASSWORD"]


def arguments() -> Any:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--serial", type=int, default=50, help="serial requests per endpoint")
    parser.add_argument("--cap", type=float, default=30.0, help="seconds per endpoint at most")
    parser.add_argument("--operations", type=int, default=100_000)
    parser.add_argument("--export-runs", type=int, default=5)
    parser.add_argument("--country", default="RS", help="country of the sample graph's routes")
    parser.add_argument("--load-corpus", action="store_true", help="wipe, then ingest the corpus")
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument(
        "--answers", default="cached,uncached", help="the APIs to measure: cached, uncached or both"
    )
    return parser.parse_args()


def main() -> None:
    args = arguments()
    use_bench_server()
    settings = Settings()
    host = urlparse(settings.neo4j_uri or "bolt://127.0.0.1").hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("the benchmark only runs against a Neo4j on a loopback address")
    driver = open_driver(settings)
    database = settings.neo4j_database
    if args.load_corpus:
        load_corpus(driver, database)
    port, uncached_port, bare_port = free_port(), free_port(), free_port()
    servers = [start_server(port, "ctgraph.api.app:create_app", "/readyz"),
               start_server(uncached_port, "ctgraph.api.app:create_app", "/readyz",
                            {"CTGRAPH_API_RESPONSE_CACHE_MB": "0"}),
               start_server(bare_port, "bare_app:app", "/")]  # fmt: skip
    base, bare = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{bare_port}"
    apis = {"cached": base, "uncached": f"http://127.0.0.1:{uncached_port}"}
    apis = {mode: url for mode, url in apis.items() if mode in args.answers.split(",")}
    try:
        operation = first_id(base, f"/operations?country={args.country}")
        targets = routes(base, args.country, operation, partner(base, args.country))
        run_round(apis, bare, "sample graph", targets, args)
        time_exports(base, args)
        if not args.skip_synthetic:
            large_round(driver, database, apis, bare, args)
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
        if not args.skip_synthetic:
            remove_synthetic(driver, database)
            refresh_co_investigated(driver, database=database)
            print("synthetic graph removed")
        driver.close()


def large_round(driver: Driver, database: str, apis: dict[str, str], bare: str, args: Any) -> None:
    """The same routes with the synthetic operations added, on the busiest synthetic country."""
    t0 = time.perf_counter()
    synthesize(driver, args.operations, database)
    pairs = refresh_co_investigated(driver, database=database)
    count = driver.execute_query("MATCH (o:Operation) RETURN count(o) AS n", database_=database)
    print(f"\nsynthetic graph: {count.records[0]['n']} operations, {pairs} co-investigating pairs, "
          f"built in {time.perf_counter() - t0:.1f} s")  # fmt: skip
    busiest = CODES[0]
    operation = "bench:operation:0"
    check_plans(driver, database, plan_params(busiest, operation))
    base = next(iter(apis.values()))
    targets = routes(base, busiest, operation, partner(base, busiest))
    run_round(apis, bare, f"synthetic graph (+{args.operations} operations)", targets, args)
    time_exports(base, args)


WIPE = (
    "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS",
    "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS",
)
EXPORTS = [("graphml", "identity"), ("graphml", "gzip"), ("gexf", "gzip"), ("csv", "gzip")]


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
