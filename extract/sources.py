"""Where documents come from: local paths, or URLs of any file system that fsspec knows
(`file://`, `memory://`, and `s3://`, `gs://`, `az://`... once their fsspec package is
installed). A folder or a URL prefix stands for the readable files under it, sorted."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import fsspec

from ctgraph.extract.errors import InputError, TooLargeError
from ctgraph.extract.reader import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS,
    TEXT_SUFFIXES,
    RawText,
    read_bytes,
    read_file,
)


def is_url(source: str) -> bool:
    """True for `protocol://...`, false for a local path."""
    return "://" in source


def stem(source: str) -> str:
    """The file name without its suffix, for a path or a URL."""
    return PurePosixPath(source.split("://", 1)[-1]).stem if is_url(source) else Path(source).stem


def expand_sources(sources: list[str]) -> list[str]:
    """Files as given, and the readable formats' files under folders and URL prefixes."""
    found: list[str] = []
    for source in sources:
        if not is_url(source):
            path = Path(source)
            found += [str(p) for p in _files_under(path)] if path.is_dir() else [source]
            continue
        fs, root = fsspec.core.url_to_fs(source)
        if fs.isdir(root):
            names = sorted(
                n for n in fs.find(root) if PurePosixPath(n).suffix.lower() in TEXT_SUFFIXES
            )
            found += [fs.unstrip_protocol(n) for n in names]
        else:
            found.append(source)
    return found


def _files_under(folder: Path) -> list[Path]:
    return [
        p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
    ]


def read_source(
    source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS
) -> RawText:
    """Read one document from a path or a URL; at most `max_bytes` are fetched."""
    if not is_url(source):
        return read_file(Path(source), max_bytes=max_bytes, max_chars=max_chars)
    try:
        with fsspec.open(source, "rb") as f:
            data = f.read(max_bytes + 1)
    except (OSError, ValueError) as e:
        raise InputError(source, f"cannot read: {e}") from e
    if len(data) > max_bytes:
        raise TooLargeError(source, f"more than the limit of {max_bytes:,} bytes")
    return read_bytes(data, source, max_bytes=max_bytes, max_chars=max_chars)
