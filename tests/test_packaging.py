"""A regular (non-editable) wheel install finds its package data: the query library, the schema,
the graph model, extraction's config and patterns, the Browser style and the server's assets.

Builds the wheel offline, installs it with no dependencies into a fresh venv that borrows the
project venv's site-packages for them (a `.pth` line, added after the install so pip sees only the
fresh venv), and runs everything from a folder outside the checkout. About a minute.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from ctgraph.settings import PROJECT_ROOT

pytestmark = pytest.mark.packaging

CHECK = """
import pathlib, sys
import ctgraph, ctgraph.api, ctgraph.cypher, ctgraph.extract, ctgraph.graph
from ctgraph.extract.pipeline import read_config
from ctgraph.extract.gazetteers import PATTERNS_DIR
from ctgraph.graph.model import model
from ctgraph.graph.queries import library, schema_statements
from ctgraph.server.local import ASSETS

site = pathlib.Path(sys.argv[1])
graph = ctgraph.graph
for module in (ctgraph, ctgraph.api, ctgraph.cypher, ctgraph.extract, ctgraph.graph):
    assert site / "ctgraph" in pathlib.Path(module.__file__).parents, module.__file__
# One top-level package: nothing named api, graph or extract lands in site-packages.
ours = {p.name for p in site.iterdir() if not p.name.endswith((".dist-info", ".pth"))}
assert ours <= {"ctgraph", "__pycache__"}, ours
read_config()
assert any(PATTERNS_DIR.glob("*.jsonl")) and any(PATTERNS_DIR.glob("*.csv"))
assert len(schema_statements()) >= 10 and library()
assert "Country" in model().entity_labels
assert (pathlib.Path(graph.__file__).parent / "browser" / "style.grass").is_file()
assert (ASSETS / "pom.xml").is_file() and (ASSETS / "neo4j.conf").is_file()
print("ok")
"""


def _run(args: list[str | Path], cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _clean_copy(target: Path) -> Path:
    """The checkout's files (tracked and new, not ignored) without a stale `build/` folder, which
    would let a file missing from the package data slip into the wheel."""
    listed = _run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], PROJECT_ROOT
    )
    for name in filter(None, listed.split("\0")):
        if (PROJECT_ROOT / name).is_symlink():  # ctgraph/api -> ../api and its kin
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).symlink_to((PROJECT_ROOT / name).readlink())
        elif (PROJECT_ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(PROJECT_ROOT / name, target / name)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A fresh venv holding the wheel; its python and its site-packages."""
    work = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip"]
    source = _clean_copy(work / "source")
    # No build isolation: the dev venv's setuptools builds it, offline.
    _run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", work, source], work)
    wheel = next(work.glob("ctgraph-*.whl"))
    venv = work / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], work)
    python = venv / "bin" / "python"
    _run([*pip, "--python", python, "install", "--no-deps", "--no-index", wheel], work)
    site = Path(
        _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], work).strip()
    )
    (site / "project-deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return python, site


def test_the_wheel_lists_the_query_library(installed: tuple[Path, Path], tmp_path: Path) -> None:
    python, _ = installed
    listed = _run([python.parent / "ctgraph", "query", "--list"], tmp_path)
    for name in ("find_partners", "list_co_investigations", "show_evidence"):
        assert name in listed


def test_the_wheel_finds_its_package_data(installed: tuple[Path, Path], tmp_path: Path) -> None:
    python, site = installed
    assert _run([python, "-c", CHECK, site], tmp_path).strip() == "ok"
