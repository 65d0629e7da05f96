"""The notebooks run end to end against the real Neo4j holding the sample graph; any failing
cell fails the test. Notebook 01's first figure becomes docs/img/cooperation-network.png, the
figure the README shows; committed notebooks must carry no outputs (nbstripout)."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from pathlib import Path

import matplotlib.image
import nbformat
import pytest
from analysis_seed import load_sample_graph
from nbclient import NotebookClient
from neo4j import Driver

from ctgraph.settings import PROJECT_ROOT, Settings

NOTEBOOKS = sorted((PROJECT_ROOT / "notebooks").glob("*.ipynb"))
FIGURE = PROJECT_ROOT / "docs" / "img" / "cooperation-network.png"
OUTPUTS = PROJECT_ROOT / "outputs"  # where the notebooks write (git-ignored)
MAX_WIDTH = 2000  # px: a figure wider than a screen is not read
SECONDS_PER_NOTEBOOK = 30


@pytest.fixture(scope="module")
def sample_graph(driver: Driver) -> Iterator[str]:
    """The real test server holding the graph the notebooks analyse (see tests/analysis_seed.py)."""
    yield load_sample_graph(driver)


@pytest.fixture
def kernel_env(neo4j_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the kernel (it inherits this environment) at the test server.

    The kernel keeps Jupyter's inline backend, itself Agg-based and non-interactive, so figures
    land in the outputs; a forced `MPLBACKEND=Agg` would leave the notebooks without figures.
    """
    password = neo4j_settings.neo4j_password
    monkeypatch.setenv("CTGRAPH_NEO4J_URI", neo4j_settings.neo4j_uri or "")
    monkeypatch.setenv("CTGRAPH_NEO4J_PASSWORD", password.get_secret_value() if password else "")
    monkeypatch.setenv("CTGRAPH_NEO4J_USER", neo4j_settings.neo4j_user)
    monkeypatch.setenv("CTGRAPH_NEO4J_DATABASE", neo4j_settings.neo4j_database)
    monkeypatch.delenv("MPLBACKEND", raising=False)


def read_notebook(path: Path) -> nbformat.NotebookNode:
    """The notebook at `path` (nbformat is untyped, hence the one ignore)."""
    notebook: nbformat.NotebookNode = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    return notebook


def first_png(notebook: nbformat.NotebookNode) -> bytes | None:
    """The first PNG any cell displayed, or None."""
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                return base64.b64decode(data["image/png"])
    return None


def test_there_are_notebooks() -> None:
    assert len(NOTEBOOKS) >= 3


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_committed_notebook_has_no_outputs(path: Path) -> None:
    notebook = read_notebook(path)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: run nbstripout before committing"
            assert cell.execution_count is None, f"{path.name}: run nbstripout before committing"


@pytest.mark.neo4j
@pytest.mark.usefixtures("kernel_env")
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path: Path, sample_graph: str) -> None:
    notebook = read_notebook(path)
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=SECONDS_PER_NOTEBOOK,
        resources={"metadata": {"path": str(path.parent)}},
    )
    started = time.time()
    client.execute()
    elapsed = time.time() - started
    assert elapsed < SECONDS_PER_NOTEBOOK, f"{path.name} took {elapsed:.0f} s on the {sample_graph}"
    figure = first_png(notebook)
    assert figure is not None, f"{path.name} drew no figure"
    saved = [p for p in OUTPUTS.glob(f"{path.stem[:2]}-*.png") if p.stat().st_mtime >= started]
    assert saved, f"{path.name} saved no figure to outputs/"
    for png in saved:
        width = matplotlib.image.imread(png).shape[1]
        assert width <= MAX_WIDTH, f"{png.name} is {width} px wide"
    if path.stem == "01-cooperation-network":
        FIGURE.parent.mkdir(parents=True, exist_ok=True)
        FIGURE.write_bytes(figure)
