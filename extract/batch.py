"""Whole-batch extraction: read files, clean, analyse with one pipeline, build records."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.clean import clean_text
from extract.errors import InputError
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


def _prepare(
    paths: list[Path], report: BatchReport, max_bytes: int
) -> Iterator[tuple[str, dict[str, object]]]:
    for path in paths:
        try:
            raw: RawText = read_file(path, max_bytes=max_bytes)
        except InputError as e:
            report.failures.append(e)
            continue
        except OSError as e:
            report.failures.append(InputError(str(path), f"cannot read: {e.strerror}"))
            continue
        cleaned = clean_text(raw.text)
        context = {"id": slug(path.stem), "source": str(path), "sha256": raw.sha256,
                   "removed_lines": cleaned.removed_lines}  # fmt: skip
        yield cleaned.text, context


def extract_files(
    paths: list[Path],
    report: BatchReport,
    *,
    n_process: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[DocumentRecord]:
    """Records of the readable files, in input order; unreadable ones go to `report`."""
    for doc, context in run(_prepare(paths, report, max_bytes), n_process=n_process):
        report.done += 1
        yield doc_to_records(
            doc, doc_id=str(context["id"]), source=str(context["source"]),
            sha256=str(context["sha256"]), cleaning={"removed_lines": int(str(context["removed_lines"]))},
        )  # fmt: skip
