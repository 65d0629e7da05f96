"""Whole-batch extraction: read files, clean, analyse with one pipeline, build records."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.clean import clean_text
from extract.errors import EmptyInputError, InputError
from extract.pipeline import run
from extract.reader import DEFAULT_MAX_BYTES, RawText, read_file
from extract.records import DocumentRecord
from extract.relate import doc_to_records
from extract.text import slug


@dataclass(slots=True)
class BatchReport:
    """What happened to each input: records made, failures with their reason."""

    done: int = 0
    failures: list[InputError] = field(default_factory=list)


Item = tuple[str, dict[str, object]]


def _item(text: str, *, doc_id: str, source: str, sha256: str) -> Item:
    """A text cleaned for the pipeline, with what its record needs."""
    cleaned = clean_text(text)
    context = {"id": doc_id, "source": source, "sha256": sha256,
               "removed_lines": cleaned.removed_lines}  # fmt: skip
    return cleaned.text, context


def _prepare(paths: list[Path], report: BatchReport, max_bytes: int) -> Iterator[Item]:
    for path in paths:
        try:
            raw: RawText = read_file(path, max_bytes=max_bytes)
        except InputError as e:
            report.failures.append(e)
            continue
        except OSError as e:
            report.failures.append(InputError(str(path), f"cannot read: {e.strerror}"))
            continue
        yield _item(raw.text, doc_id=slug(path.stem), source=str(path), sha256=raw.sha256)


def _records(items: Iterable[Item], *, n_process: int = 1) -> Iterator[DocumentRecord]:
    for doc, context in run(items, n_process=n_process):
        yield doc_to_records(
            doc, doc_id=str(context["id"]), source=str(context["source"]),
            sha256=str(context["sha256"]), cleaning={"removed_lines": int(str(context["removed_lines"]))},
        )  # fmt: skip


def extract_files(
    paths: list[Path],
    report: BatchReport,
    *,
    n_process: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[DocumentRecord]:
    """Records of the readable files, in input order; unreadable ones go to `report`."""
    for record in _records(_prepare(paths, report, max_bytes), n_process=n_process):
        report.done += 1
        yield record


def extract_text(text: str, *, doc_id: str, source: str) -> DocumentRecord:
    """The record of one text already in memory (a text posted to the API, say)."""
    if not text.strip():
        raise EmptyInputError(source, "empty text")
    sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return next(_records([_item(text, doc_id=doc_id, source=source, sha256=sha256)]))
