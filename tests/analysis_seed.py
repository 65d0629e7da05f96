"""The graph the analysis tests and notebooks run on: one place to switch it.

`load_seed` writes the hand-made `tests/fixtures/analysis_seed.cypher` (docs/graph-model.md,
known answers, for tests/graph/test_analysis.py). `load_sample_graph` is what the notebooks
get: the sample corpus, extracted and loaded by the project's own pipeline.
"""

from __future__ import annotations

import re
from pathlib import Path

from neo4j import Driver

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = FIXTURES / "analysis_seed.cypher"
CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


def statements(text: str) -> list[str]:
    """The statements of a Cypher script: split at a `;` ending a line, comments dropped."""
    chunks = re.split(r";\s*$", text, flags=re.MULTILINE)
    bodies = (
        "\n".join(ln for ln in c.splitlines() if not ln.lstrip().startswith("//")) for c in chunks
    )
    return [body.strip() for body in bodies if body.strip()]


def wipe(driver: Driver) -> None:
    """Delete every node and relationship (constraints and indexes stay).

    `CALL {} IN TRANSACTIONS` needs an implicit (auto-commit) transaction, hence `session.run`.
    """
    with driver.session() as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


def load_seed(driver: Driver) -> None:
    """Replace the graph with the hand-made seed."""
    wipe(driver)
    for statement in statements(SEED.read_text(encoding="utf-8")):
        driver.execute_query(statement)


def load_sample_graph(driver: Driver) -> str:
    """Replace the graph with the one the notebooks analyse: the sample corpus (data/corpus/)
    through the extractor and the loader, as `ctgraph ingest data/corpus` does. Returns a
    description for messages. (`load_seed` is the fallback should the pipeline be broken.)"""
    from ctgraph.extract.batch import BatchReport, extract_files  # spaCy: imported only when needed
    from ctgraph.extract.reader import expand_paths
    from ctgraph.graph.facts import as_facts
    from ctgraph.ingest import ingest

    wipe(driver)
    report = BatchReport()
    records = list(extract_files(expand_paths([CORPUS]), report))
    assert not report.failures, f"the sample corpus did not extract: {report.failures}"
    summary = ingest(driver, ((r.document.id, as_facts(r)) for r in records))
    assert not summary.failed, summary.failed
    return f"sample corpus ({len(summary.new)} documents, {summary.entities} entities)"
