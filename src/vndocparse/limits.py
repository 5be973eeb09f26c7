"""The limits one input is read and parsed under: size, CPU time and memory.

A file (`parse_file`, `parse_bytes`, a batch, the command line) is refused or stopped
with a clear `VndocparseError` instead of hanging or exhausting memory:

* ``max_bytes`` — the input's size (`TooLargeError`, before anything is read);
* ``time_limit`` — CPU seconds spent reading and parsing it (`TimeLimitError`): a PDF
  whose references loop, or whose Form XObjects fan out, is stopped here;
* ``max_memory`` — growth of the process's resident memory while it is read and parsed
  (`MemoryLimitError`); by default `MEMORY_FLOOR` plus `MEMORY_PER_BYTE` bytes per
  input byte, the target of issue 16 (millions of short lines, an HTML tag with a
  million attributes, a DOCX whose XML is huge once inflated).

How it is enforced: in the main thread (and in every batch worker, whose work runs in
its main thread) a CPU-time interval timer (``ITIMER_PROF``) ticks every `TICK_S` CPU
seconds; each tick compares the CPU time and the resident memory with the limits and
raises in the running code when one is passed — pdfminer's reference loop included.
The tick keeps firing until the error has left the reader (a library's broad
``except`` cannot swallow it for good). Elsewhere (another thread) the readers call
`check` between pages, paragraphs and elements: a loop inside a library is then not
interrupted.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from vndocparse.errors import LimitError, MemoryLimitError, TimeLimitError
from vndocparse.reading import MAX_BYTES

#: CPU seconds one input may take (read and parsed). A 400-page decree with annexes
#: parses in a few seconds; the audit's hanging PDFs never end.
TIME_LIMIT = 60.0
#: Resident memory one input may add, per input byte, on top of `MEMORY_FLOOR`
#: (issue 16's target: about 50 bytes of RAM per input byte).
MEMORY_PER_BYTE = 50
#: Memory any input may use whatever its size: the readers' libraries and the grammar
#: (python-docx, lxml and pdfminer take a few tens of megabytes for a letter).
MEMORY_FLOOR = 192 * 1024 * 1024
#: What the parse holds per line of input, about (measured: 5·10⁶ one-letter lines took
#: 2.1 GB): a text whose line count alone needs more than the memory limit is refused
#: before it is parsed, rather than after the limit is reached (a 48 MiB file of 24·10⁶
#: lines took 216 s and 14 GB).
MEMORY_PER_LINE = 400
#: How often (CPU seconds) the limits are compared.
TICK_S = 0.05

__all__ = [
    "MAX_BYTES",
    "MEMORY_FLOOR",
    "MEMORY_PER_BYTE",
    "MEMORY_PER_LINE",
    "TIME_LIMIT",
    "Limits",
    "check",
    "check_lines",
    "enforced",
    "passed",
    "resident_bytes",
]


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits of one input; ``None`` in a field means the default, ``0`` no limit
    (for ``time_limit`` and ``max_memory``)."""

    max_bytes: int | None = None
    time_limit: float | None = None
    """CPU seconds; default `TIME_LIMIT`."""
    max_memory: int | None = None
    """Bytes of resident memory the input may add; default from its size."""

    @property
    def size_limit(self) -> int:
        return MAX_BYTES if self.max_bytes is None else self.max_bytes

    def memory_for(self, size: int) -> int | None:
        if self.max_memory == 0:
            return None
        if self.max_memory is not None:
            return self.max_memory
        return MEMORY_FLOOR + MEMORY_PER_BYTE * size

    def seconds(self) -> float | None:
        if self.time_limit == 0:
            return None
        return TIME_LIMIT if self.time_limit is None else self.time_limit


@dataclass(slots=True)
class _Budget:
    source: str
    seconds: float | None
    memory: int | None
    start_cpu: float
    start_rss: int
    clock: str  # "process" (timer, main thread) or "thread" (cooperative)

    def over(self) -> Exception | None:
        used = (time.process_time() if self.clock == "process" else time.thread_time()) - self.start_cpu
        if self.seconds is not None and used > self.seconds:
            return TimeLimitError(
                self.source,
                f"not read within the time limit of {self.seconds:g} CPU seconds "
                "(time_limit=, --time-limit); the file is probably malformed or hostile",
            )
        if self.memory is not None:
            grown = resident_bytes() - self.start_rss
            if grown > self.memory:
                return MemoryLimitError(
                    self.source,
                    f"reading it needs more than the memory limit of {self.memory:,} bytes "
                    "(max_memory=, --max-memory); the file is probably malformed or hostile",
                )
        return None


_ACTIVE: ContextVar[_Budget | None] = ContextVar("vndocparse_budget", default=None)


def resident_bytes() -> int:
    """The process's resident memory now (Linux: ``/proc/self/statm``; elsewhere the
    peak, which only grows)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if peak > 1 << 32 else peak * 1024


try:
    import os

    _PAGE = os.sysconf("SC_PAGE_SIZE")
except (AttributeError, ValueError, OSError):  # pragma: no cover - not POSIX
    _PAGE = 4096


def check_lines(count: int, *, limits: Limits, size: int, source: str) -> None:
    """Refuse, before parsing, a text whose ``count`` lines need more than the memory
    limit (`MEMORY_PER_LINE` each)."""
    memory = limits.memory_for(size)
    if memory is not None and count * MEMORY_PER_LINE > memory:
        raise MemoryLimitError(
            source,
            f"{count:,} lines would need about {count * MEMORY_PER_LINE:,} bytes to parse, over the memory limit "
            f"of {memory:,} bytes (max_memory=, --max-memory)",
        )


def check() -> None:
    """Raise `TimeLimitError` or `MemoryLimitError` if the input being read is over a limit
    (cheap: the readers call it between pages, paragraphs and elements)."""
    budget = _ACTIVE.get()
    if budget is not None and budget.clock == "thread":
        error = budget.over()
        if error is not None:
            raise error


def passed(exc: BaseException) -> LimitError | None:
    """The `LimitError` behind ``exc``, when a library wrapped it in its own exception
    (pdfplumber's ``PdfminerException``): the reader re-raises it as it is."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 16:
        if isinstance(current, LimitError):
            return current
        inner = [a for a in current.args if isinstance(a, BaseException)]
        current = current.__cause__ or current.__context__ or (inner[0] if inner else None)
        seen += 1
    return None


def _tick(signum: int, frame: FrameType | None) -> None:
    budget = _ACTIVE.get()
    if budget is None or _in_finaliser(frame):
        return
    error = budget.over()
    if error is not None:
        raise error


def _in_finaliser(frame: FrameType | None) -> bool:
    """Whether the tick fell in a garbage-collector callback or a ``__del__``: an error
    raised there would be printed as "Exception ignored" and lost. The next tick, in the
    reader's own code, raises it."""
    import gc

    callbacks = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    while frame is not None:
        if frame.f_code in callbacks or frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


@contextlib.contextmanager
def enforced(limits: Limits, *, size: int, source: str | Path) -> Iterator[None]:
    """Read and parse one input of ``size`` bytes under ``limits`` (nested: the outer
    budget stays in force)."""
    if _ACTIVE.get() is not None:
        yield
        return
    seconds, memory = limits.seconds(), limits.memory_for(size)
    if seconds is None and memory is None:
        yield
        return
    timer = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    budget = _Budget(
        source=str(source),
        seconds=seconds,
        memory=memory,
        start_cpu=time.process_time() if timer else time.thread_time(),
        start_rss=resident_bytes() if memory is not None else 0,
        clock="process" if timer else "thread",
    )
    token = _ACTIVE.set(budget)
    if not timer:
        try:
            yield
        finally:
            _ACTIVE.reset(token)
        return
    previous = signal.signal(signal.SIGPROF, _tick)
    saved = signal.setitimer(signal.ITIMER_PROF, TICK_S, TICK_S)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
        if saved != (0.0, 0.0):  # the caller's own profiling timer, set again as it was
            signal.setitimer(signal.ITIMER_PROF, saved[0] or TICK_S, saved[1])
        _ACTIVE.reset(token)
