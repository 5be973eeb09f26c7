"""Batch runs: parse many files, in worker processes, results in input order.

    >>> from vndocparse import parse_many
    >>> for r in parse_many(paths, jobs=4):
    ...     if r.ok:
    ...         print(r.path, r.document.number)
    ...     else:
    ...         print(r.path, r.error_type, r.error)

One failing file never stops the others: its `BatchResult` carries the error instead
of a document. With ``jobs > 1`` the files are parsed by a
`concurrent.futures.ProcessPoolExecutor`, ``chunksize`` files per task, with a bounded
window of tasks in flight (so memory stays flat over an archive of any length) and
results yielded in input order as soon as the next one in order is done. A worker
process that dies (killed, out of memory, a crash in an extension) fails only the
files of its task: they are retried one at a time in a fresh pool, so only the file
that kills a worker is reported as failed.

`imap_ordered` is the engine, reused by the command line with its own per-file
function (which renders JSON in the worker, so the parent only writes).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from vndocparse.errors import VndocparseError
from vndocparse.reading import MAX_BYTES

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from vndocparse.models import Document

T = TypeVar("T")
R = TypeVar("R")

#: Tasks kept in flight per worker: enough to keep every worker busy while the parent
#: writes, few enough that results waiting for an earlier slow file stay bounded.
WINDOW_PER_JOB = 4


@dataclass(frozen=True)
class BatchResult:
    """The outcome of one file of a batch: a document, or why there is none."""

    path: str
    """The path as given (``str(path)``)."""
    document: Document | None = None
    """The parsed document; None when the file failed."""
    error: str | None = None
    """The error message (it names the path), or None."""
    error_type: str | None = None
    """The exception's class name (``FileMissingError``, ``NotTextError``,
    ``MissingIssuerError``...; ``InternalError`` for an unexpected exception or a dead
    worker), or None."""

    @property
    def ok(self) -> bool:
        return self.document is not None


def resolve_jobs(jobs: int) -> int:
    """``0`` means one per CPU (``os.cpu_count()``); negative values are an error."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


def default_chunksize(count: int | None, jobs: int) -> int:
    """Files per task: about 8 tasks per worker, between 1 and 64 files each."""
    if not count:
        return 16
    return max(1, min(64, count // (jobs * 8)))


def parse_many(
    paths: Iterable[str | Path],
    *,
    jobs: int = 1,
    strict: bool = False,
    chunksize: int | None = None,
    max_bytes: int = MAX_BYTES,
    time_limit: float | None = None,
    max_memory: int | None = None,
) -> Iterator[BatchResult]:
    """Parse every file of ``paths``; yield one `BatchResult` per path, in input order.

    ``jobs``: worker processes (``1``: parse in this process, lazily; ``0``: one per
    CPU). ``strict``, ``max_bytes``, ``time_limit`` and ``max_memory`` are passed to
    `parse_file`: a file over a limit fails alone (`TimeLimitError`,
    `MemoryLimitError`) and the batch moves on. ``chunksize``: files sent to a worker at
    a time (default: from the number of paths when it is known, else 16). Never raises
    for a file; errors are in the results. Interrupted (Ctrl-C), it stops its workers at
    once.
    """
    n = resolve_jobs(jobs)
    items = [str(p) for p in paths] if n > 1 and chunksize is None else (str(p) for p in paths)
    size = chunksize or default_chunksize(len(items) if isinstance(items, list) else None, n)
    func = partial(_parse_path, strict=strict, max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory)
    return imap_ordered(func, items, jobs=n, chunksize=size, on_crash=_crashed)


def _parse_path(
    path: str, *, strict: bool, max_bytes: int, time_limit: float | None = None, max_memory: int | None = None
) -> BatchResult:
    from vndocparse.api import parse_file

    try:
        doc = parse_file(path, strict=strict, max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory)
        return BatchResult(path, document=doc)
    except VndocparseError as exc:
        return BatchResult(path, error=str(exc), error_type=type(exc).__name__)
    except Exception as exc:  # noqa: BLE001  (one bad file must not stop the others)
        message = f"{path}: internal error: {type(exc).__name__}: {exc}"
        return BatchResult(path, error=message, error_type="InternalError")


def _crashed(path: str, reason: str) -> BatchResult:
    return BatchResult(path, error=f"{path}: {reason}", error_type="InternalError")


# --------------------------------------------------------------------------- engine


def _run_chunk(func: Callable[[T], R], chunk: Sequence[T]) -> list[tuple[bool, Any]]:
    """In a worker: ``(True, result)`` or ``(False, reason)`` for each item."""
    out: list[tuple[bool, Any]] = []
    for item in chunk:
        try:
            out.append((True, func(item)))
        except Exception as exc:  # noqa: BLE001  (func should not raise; if it does, one item fails)
            out.append((False, f"internal error: {type(exc).__name__}: {exc}"))
    return out


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def imap_ordered(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    chunksize: int = 16,
    on_crash: Callable[[T, str], R],
) -> Iterator[R]:
    """``map(func, items)`` over ``jobs`` processes, yielded in input order.

    ``func`` must be picklable (a module-level function or a `functools.partial` of
    one) and should not raise: it is expected to turn its own failures into results.
    An exception that still escapes it, or a worker that dies, becomes
    ``on_crash(item, reason)`` for that item only; ``func`` is never run in this
    process then. ``jobs <= 1`` maps lazily in this process (no pickling, exceptions
    propagate).
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    window = max(2, jobs * WINDOW_PER_JOB)
    pending: deque[tuple[list[T], Future[list[tuple[bool, Any]]]]] = deque()
    chunks = _chunks(items, max(1, chunksize))
    pool = _pool(jobs)
    finished = False
    try:
        for chunk in chunks:
            pending.append((chunk, pool.submit(_run_chunk, func, chunk)))
            if len(pending) < window:
                continue
            done, pool = _collect(pending.popleft(), pool, jobs, func, on_crash, pending)
            yield from done
        while pending:
            done, pool = _collect(pending.popleft(), pool, jobs, func, on_crash, pending)
            yield from done
        finished = True
    finally:
        for _, future in pending:
            future.cancel()
        if finished:
            pool.shutdown(wait=True, cancel_futures=True)
        else:
            # Interrupted (Ctrl-C, an error, the consumer stopped): a worker may be busy
            # for a long time (a hostile file); waiting for it would hold the exit. The
            # workers are stopped at once, so none is left behind.
            _stop(pool)


def _ignore_sigint() -> None:
    """In a worker: Ctrl-C is the parent's to handle (it stops the workers), not a
    traceback from every worker."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool(jobs: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor  # 13 ms: not at import

    return ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the pool's workers now and wait for them to end (no orphan).

    Once the workers are gone a write to one of the pool's pipes finds the other end
    closed: the queue's feeder thread, and the executor's wake-up pipe written again at
    interpreter exit. The command line sets SIGPIPE's default action (which ends the
    process with -13 instead of its exit status), so SIGPIPE is ignored from here on,
    Python's own default (main thread only); a closed stdout then raises
    BrokenPipeError, which the command line handles."""
    import signal
    import threading

    processes = list((getattr(pool, "_processes", None) or {}).values())
    if hasattr(signal, "SIGPIPE") and threading.current_thread() is threading.main_thread():
        # Not restored afterwards: the wake-up pipe is written again at exit.
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=1)
        if process.is_alive():
            process.kill()
            process.join(timeout=1)
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(timeout=1)


def _collect(
    entry: tuple[list[T], Future[list[tuple[bool, Any]]]],
    pool: ProcessPoolExecutor,
    jobs: int,
    func: Callable[[T], R],
    on_crash: Callable[[T, str], R],
    pending: deque[tuple[list[T], Future[list[tuple[bool, Any]]]]],
) -> tuple[list[R], ProcessPoolExecutor]:
    """The results of one task; after a dead worker, a fresh pool for the rest."""
    from concurrent.futures.process import BrokenProcessPool

    chunk, future = entry
    try:
        outcomes = future.result()
    except BrokenProcessPool:
        pass
    except Exception:  # noqa: BLE001  (a result that did not pickle): retry one by one
        return [_isolated(func, item, on_crash) for item in chunk], pool
    else:
        return [v if ok else on_crash(item, v) for item, (ok, v) in zip(chunk, outcomes, strict=True)], pool
    # A worker died: every task in flight is lost. Retry this chunk one file per
    # single-use pool (so only the culprit fails), then resubmit the others.
    _stop(pool)
    results = [_isolated(func, item, on_crash) for item in chunk]
    pool = _pool(jobs)
    for i, (other, _) in enumerate(pending):
        pending[i] = (other, pool.submit(_run_chunk, func, other))
    return results, pool


def _isolated(func: Callable[[T], R], item: T, on_crash: Callable[[T, str], R]) -> R:
    from concurrent.futures.process import BrokenProcessPool

    solo = _pool(1)
    try:
        return solo.submit(func, item).result()
    except BrokenProcessPool:
        return on_crash(item, "internal error: the worker process died while parsing it")
    except Exception as exc:  # noqa: BLE001
        return on_crash(item, f"internal error: {type(exc).__name__}: {exc}")
    finally:
        _stop(solo)



def parse_partition(
    paths: Iterable[str | Path],
    *,
    full: bool = False,
    max_bytes: int = MAX_BYTES,
    time_limit: float | None = None,
    max_memory: int | None = None,
) -> Iterator[dict[str, Any]]:
    """One JSON-ready record per path, for engines that map over partitions.

    For Dask ``bag.map_partitions(parse_partition)`` and PySpark
    ``rdd.mapPartitions(parse_partition)`` (see docs/batch.md): each record is
    ``{"path", "ok", "document", "error", "error_type"}`` with ``document`` the
    ``model_dump(mode="json")`` of the result (without the bulky ``parts`` and
    ``paragraphs`` unless ``full``). Never raises for a file.
    """
    exclude = None if full else {"parts", "paragraphs"}
    for r in parse_many(paths, jobs=1, max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory):
        yield {
            "path": r.path,
            "ok": r.ok,
            "document": r.document.model_dump(mode="json", exclude=exclude) if r.document is not None else None,
            "error": r.error,
            "error_type": r.error_type,
        }


__all__ = ["BatchResult", "default_chunksize", "imap_ordered", "parse_many", "parse_partition", "resolve_jobs"]
