"""Worker processes for `--processes N`: each runs the pipeline on one document at a time.

spaCy's own `nlp.pipe(n_process=...)` ends (or hangs) the whole batch when a worker raises or
dies. Here each worker gets one document, answers with its record or its failure, and a
worker that dies (a crash, the kernel's OOM killer) is replaced while its document is reported
failed; the others go on. Results come back in input order.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any

from spacy.language import Language

from ctgraph.extract.errors import DocumentError, PipelineError, PipelineUnavailable

# Item and Outcome as in `extract.batch` (not imported: batch imports this module).
Item = tuple[str, dict[str, Any]]
Outcome = Any


def _serve(nlp: Language, conn: Connection, chunk_chars: int) -> None:
    """A worker's loop: (index, item) in, (index, kind, payload) out, until None arrives."""
    from ctgraph.extract.batch import extract_items

    while True:
        task = conn.recv()
        if task is None:
            return
        index, item = task
        (outcome,) = extract_items(nlp, [item], chunk_chars=chunk_chars)
        if isinstance(outcome, PipelineError):  # exceptions with extra fields do not pickle
            conn.send((index, "failed", (outcome.path, outcome.reason, outcome.details)))
        else:
            conn.send((index, "done", outcome))


class _Worker:
    def __init__(self, context: Any, nlp: Language, chunk_chars: int) -> None:
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_serve, args=(nlp, child, chunk_chars), daemon=True
        )
        self.process.start()
        child.close()
        self.task: tuple[int, str] | None = None  # index and name of the document it holds

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class Workers:
    """N worker processes sharing the parent's loaded pipeline (forked: nothing reloads)."""

    def __init__(self, nlp: Language, processes: int, *, chunk_chars: int) -> None:
        methods = multiprocessing.get_all_start_methods()
        if "fork" not in methods:
            raise PipelineUnavailable("worker processes need the 'fork' start method")
        self._context = multiprocessing.get_context("fork")
        self._nlp, self._chunk_chars = nlp, chunk_chars
        self._workers = [self._start() for _ in range(processes)]

    def _start(self) -> _Worker:
        return _Worker(self._context, self._nlp, self._chunk_chars)

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for worker in self._workers:
            worker.stop()

    def run(self, prepared: Iterable[Item | DocumentError]) -> Iterator[Outcome]:
        """One outcome per entry, in input order (entries that are failures pass through)."""
        entries = enumerate(prepared)
        done: dict[int, Outcome] = {}
        following, exhausted = 0, False
        while True:
            exhausted = exhausted or self._hand_out(entries, done)
            while following in done:
                yield done.pop(following)
                following += 1
            busy = [w for w in self._workers if w.task is not None]
            if not busy:
                if exhausted:
                    return
                continue
            self._collect(busy, done)

    def _hand_out(
        self, entries: Iterator[tuple[int, Item | DocumentError]], done: dict[int, Outcome]
    ) -> bool:
        """Give each idle worker a document; True once there are no more."""
        for worker in self._workers:
            while worker.task is None:
                entry = next(entries, None)
                if entry is None:
                    return True
                index, item = entry
                if isinstance(item, DocumentError):
                    done[index] = item
                    continue
                worker.task = (index, str(item[1]["source"]))
                worker.conn.send((index, item))
        return False

    def _collect(self, busy: list[_Worker], done: dict[int, Outcome]) -> None:
        """Wait for answers or deaths; a dead worker's document fails and a new worker starts."""
        by_handle: dict[Any, _Worker] = {}
        for worker in busy:
            by_handle[worker.conn] = worker
            by_handle[worker.process.sentinel] = worker
        for handle in wait(list(by_handle)):
            worker = by_handle[handle]
            if worker.task is None:
                continue  # answered (or replaced) through its other handle already
            index, name = worker.task
            answer = self._answer(worker)
            worker.task = None
            if answer is None:
                worker.process.join(timeout=5)
                done[index] = PipelineError(
                    name, f"extraction failed: the worker process died "
                    f"(exit code {worker.process.exitcode}) on this document",
                )  # fmt: skip
                self._workers[self._workers.index(worker)] = self._start()
                worker.stop()
                continue
            done[index] = answer

    @staticmethod
    def _answer(worker: _Worker) -> Outcome | None:
        """The worker's answer, or None when it died without one."""
        try:
            if worker.conn.poll():
                return _decode(worker.conn.recv())
        except (EOFError, OSError):
            pass
        return None


def _decode(message: tuple[int, str, Any]) -> Outcome:
    _, kind, payload = message
    if kind == "failed":
        path, reason, details = payload
        return PipelineError(path, reason, details)
    return payload
