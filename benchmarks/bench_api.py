"""Latency (p50/p99) and throughput of the partners query under concurrent load, next to /healthz.

The API runs in its own uvicorn process on 127.0.0.1 (so client and server do not share a GIL);
N async httpx workers send a bounded number of requests per endpoint (and stop at a time cap).
First on the graph as it is (the sample corpus), then with a synthetic graph of at least 100,000
operations added next to it (ids `bench:`-prefixed, ISO codes from the user-assigned QM-QZ and
XA-XZ ranges) and removed again at the end.

    CTGRAPH_NEO4J_URI=bolt://127.0.0.1:7687 CTGRAPH_NEO4J_PASSWORD=... \
        .venv/bin/python benchmarks/bench_api.py --operations 100000
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
from typing import Any
from urllib.parse import urlparse

import httpx
from neo4j import Driver

from ctgraph.database import open_driver
from ctgraph.settings import Settings
from graph.load import refresh_co_investigated

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
    """The figures of one endpoint under load."""

    label: str
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    def row(self) -> str:
        lat = sorted(self.latencies) or [0.0]
        p50 = statistics.median(lat) * 1000
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000
        rps = self.requests / self.seconds if self.seconds else 0.0
        return f"{self.label:<44} {self.requests:>6} {self.errors:>4} {p50:>8.1f} {p99:>8.1f} {rps:>8.0f}"


HEADER = f"{'endpoint':<44} {'reqs':>6} {'err':>4} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8}"


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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int) -> subprocess.Popen[bytes]:
    """uvicorn serving `create_app()` on 127.0.0.1 with the environment's settings."""
    command = [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]  # fmt: skip
    server = subprocess.Popen(command)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the API server did not become ready")


async def load(base: str, path: str, label: str, *, workers: int, total: int, cap: float) -> Result:
    """`total` requests to `path` by `workers` concurrent clients, stopping at `cap` seconds."""
    latencies: list[float] = []
    errors = 0
    sent = 0
    limits = httpx.Limits(max_connections=workers, max_keepalive_connections=workers)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        for _ in range(min(20, total)):  # warm-up: connections, query plans, page cache
            await client.get(path)
        start = time.perf_counter()

        async def worker() -> None:
            nonlocal sent, errors
            while sent < total and time.perf_counter() - start < cap:
                sent += 1
                t0 = time.perf_counter()
                response = await client.get(path)
                latencies.append(time.perf_counter() - t0)
                errors += response.status_code != 200

        await asyncio.gather(*(worker() for _ in range(workers)))
        seconds = time.perf_counter() - start
    return Result(label, len(latencies), errors, seconds, latencies)


def run_round(base: str, title: str, targets: list[tuple[str, str]], args: Any) -> None:
    print(
        f"\n{title}  ({args.workers} concurrent clients, up to {args.requests} requests or {args.cap:.0f} s each)"
    )
    print(HEADER)
    for label, path in targets:
        result = asyncio.run(
            load(base, path, label, workers=args.workers, total=args.requests, cap=args.cap)
        )
        print(result.row(), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--cap", type=float, default=30.0, help="seconds per endpoint at most")
    parser.add_argument("--operations", type=int, default=100_000)
    parser.add_argument("--country", default="RS", help="partners of this country (sample graph)")
    parser.add_argument("--skip-synthetic", action="store_true")
    args = parser.parse_args()
    settings = Settings()
    host = urlparse(settings.neo4j_uri or "bolt://127.0.0.1").hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("the benchmark only runs against a Neo4j on a loopback address")
    driver = open_driver(settings)
    database = settings.neo4j_database
    port = free_port()
    server = start_server(port)
    base = f"http://127.0.0.1:{port}"
    try:
        run_round(base, "sample graph", [
            ("GET /healthz", "/healthz"),
            (f"GET /countries/{args.country}/partners", f"/countries/{args.country}/partners"),
        ], args)  # fmt: skip
        if not args.skip_synthetic:
            t0 = time.perf_counter()
            synthesize(driver, args.operations, database)
            pairs = refresh_co_investigated(driver, database=database)
            count = driver.execute_query(
                "MATCH (o:Operation) RETURN count(o) AS n", database_=database
            )
            print(f"\nsynthetic graph: {count.records[0]['n']} operations, {pairs} co-investigating pairs, "
                  f"built in {time.perf_counter() - t0:.1f} s")  # fmt: skip
            busiest, typical = CODES[0], CODES[len(CODES) // 2]
            run_round(base, f"synthetic graph (+{args.operations} operations)", [
                ("GET /healthz", "/healthz"),
                (f"GET /countries/{busiest}/partners (busiest)", f"/countries/{busiest}/partners"),
                (f"GET /countries/{typical}/partners (typical)", f"/countries/{typical}/partners"),
                (f"GET /countries/{busiest}/partners?year 2010-12",
                 f"/countries/{busiest}/partners?year_from=2010&year_to=2012"),
            ], args)  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=30)
        if not args.skip_synthetic:
            remove_synthetic(driver, database)
            refresh_co_investigated(driver, database=database)
            print("synthetic graph removed")
        driver.close()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
