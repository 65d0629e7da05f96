"""Regenerate what follows from the graph model (`graph/model.yaml`): `cypher/schema.cypher`,
`cypher/api/count_graph.cypher`, the model tables of `docs/graph-model.md` and the Browser style
`graph/browser/style.grass`.

Run `python scripts/generate_model_files.py` after changing the model; tests fail until you do.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ctgraph.graph.browser.style import style_text
from ctgraph.graph.model import Model, model
from ctgraph.graph.model_files import (
    count_graph_text,
    schema_text,
    style_problems,
    with_docs_tables,
)

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "cypher" / "schema.cypher"
COUNTS = ROOT / "cypher" / "api" / "count_graph.cypher"
DOCS = ROOT / "docs" / "graph-model.md"
STYLE = ROOT / "graph" / "browser" / "style.grass"


def write_browser_style(current: Model) -> None:
    """The Browser style: a rule per label and relationship type, colours and captions from the
    model (graph/browser/style.py)."""
    STYLE.write_text(style_text(current), encoding="utf-8")
    print(f"wrote {STYLE.relative_to(ROOT)}")


def main() -> int:
    """Write the generated files; exit 1 when the Browser style needs a hand-written rule."""
    current = model()
    SCHEMA.write_text(schema_text(current), encoding="utf-8")
    COUNTS.write_text(count_graph_text(current), encoding="utf-8")
    DOCS.write_text(with_docs_tables(DOCS.read_text(encoding="utf-8"), current), encoding="utf-8")
    print(f"wrote {SCHEMA.relative_to(ROOT)}, {COUNTS.relative_to(ROOT)}", end=" ")
    print(f"and the tables of {DOCS.relative_to(ROOT)}")
    write_browser_style(current)
    problems = style_problems(current, STYLE.read_text(encoding="utf-8"))
    for problem in problems:
        print(f"{STYLE.relative_to(ROOT)}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
