"""Neo4j Browser as ctgraph serves it: the neo4j-browser jar with the edits of
`bundle_patches.json` applied, so that opening Browser contacts no host but the server (no
fonts, error reporting, analytics or feedback service) and the first view is ctgraph's guide.

Neo4j Community serves Browser from that jar; `neutralise` rewrites it once, in place, and
marks it, so a later call sees the mark and does nothing. A patch whose text is not found
exactly once (another Browser version) raises `BundleError` naming it, instead of serving an
unpatched Browser.
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ctgraph.graph.errors import GraphError

MARK = "browser/ctgraph-patched.json"  # the jar entry that says the edits are in


class BundleError(GraphError):
    """The Browser bundle cannot be patched (its text differs from what the patches expect)."""


@dataclass(frozen=True, kw_only=True)
class Patch:
    """One edit, `name`d: in the bundle file whose name starts with `file`, `find` becomes
    `replace`."""

    name: str
    file: str
    find: str
    replace: str
    why: str


@cache
def patches() -> tuple[Patch, ...]:
    """The edits of `bundle_patches.json`."""
    text = (resources.files("ctgraph.graph.browser") / "bundle_patches.json").read_text("utf-8")
    return tuple(Patch(**p) for p in json.loads(text)["patches"])


def patch_files(files: dict[str, str]) -> dict[str, str]:
    """The changed texts of `files` (name → text, names relative to `browser/`)."""
    changed: dict[str, str] = {}
    for patch in patches():
        names = [n for n in files if n.startswith(patch.file) and "/" not in n]
        if len(names) != 1:
            raise BundleError(
                f"Browser bundle patch {patch.name}: {len(names)} files named {patch.file}* "
                f"({patch.why})"
            )
        text = changed.get(names[0], files[names[0]])
        if text.count(patch.find) != 1:
            raise BundleError(
                f"Browser bundle patch {patch.name}: {patch.file}* holds "
                f"{text.count(patch.find)} copies of the text to replace, not 1: is this Browser "
                f"another version? ({patch.why})"
            )
        changed[names[0]] = text.replace(patch.find, patch.replace)
    return changed


def browser_jar(lib: Path) -> Path:
    """The neo4j-browser jar among the server's jars."""
    jars = sorted(lib.glob("neo4j-browser-*.jar"))
    if len(jars) != 1:
        raise BundleError(f"{lib}: {len(jars)} neo4j-browser jars, expected 1")
    return jars[0]


def _mark() -> str:
    """What the jar's mark entry holds: the edits applied, so changed edits are re-applied."""
    return json.dumps([[p.name, p.file, p.find, p.replace] for p in patches()], indent=1)


def is_patched(jar: Path) -> bool:
    """Whether the jar carries the current edits."""
    with zipfile.ZipFile(jar) as z:
        return MARK in z.namelist() and z.read(MARK).decode("utf-8") == _mark()


def neutralise(lib: Path) -> bool:
    """Apply the edits to the Browser jar in `lib` unless done; True when the jar was rewritten.
    The jar as Maven gave it is kept beside it (`.jar.orig`, off the class path) to re-apply
    changed edits; the new jar is written aside and moved over the old one (a running server
    keeps reading the old file)."""
    jar = browser_jar(lib)
    if is_patched(jar):
        return False
    original = jar.with_name(jar.name + ".orig")
    if not original.exists():
        with zipfile.ZipFile(jar) as z:
            if MARK in z.namelist():
                raise BundleError(f"{jar} is patched and its original is gone: provision again")
        os.replace(jar, original)
    tmp = jar.with_name(jar.name + ".tmp")
    with (
        zipfile.ZipFile(original) as z,
        zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
    ):
        texts = {
            info.filename.removeprefix("browser/"): z.read(info).decode("utf-8")
            for info in z.infolist()
            if info.filename.startswith("browser/") and info.filename.endswith((".js", ".html"))
        }
        changed = {f"browser/{name}": text for name, text in patch_files(texts).items()}
        for info in z.infolist():
            data = changed[info.filename].encode() if info.filename in changed else z.read(info)
            out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
        out.writestr(MARK, _mark())
    os.replace(tmp, jar)
    return True
