"""The per-file work of ``vndocparse parse`` and ``check`` (and ``export``, in
`vndocparse.export.cli`), run in this process or in
worker processes (``--jobs N``), and the progress bar.

Each input becomes a picklable `Task`; `parse_task` and `check_task` turn one task into
what the parent writes (rendered JSON/text or an error message; a list of
diagnostics), never raising for a bad file, so the parent only writes results in input
order as they arrive (`vndocparse.batch.imap_ordered`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TextIO

from vndocparse.catalogue import CLI, said
from vndocparse.errors import TooLargeError, VndocparseError
from vndocparse.i18n import LANG_CHOICES, resolve_lang
from vndocparse.reading import MAX_BYTES
from vndocparse.schema import BULKY_KEYS

#: Name recorded as the source of a document read from standard input.
STDIN_SOURCE = "<stdin>"


class _InputLike(Protocol):
    @property
    def arg(self) -> str: ...
    @property
    def path(self) -> Path | None: ...


@dataclass(frozen=True)
class Task:
    """One input of a run, as sent to a worker."""

    arg: str
    """The name shown in messages and output."""
    path: str | None = None
    """The file; None for standard input (then ``data``) or an argument error."""
    data: bytes | None = None
    """Standard input, read by the parent."""
    error: str | None = None
    """An error found while expanding the arguments (the whole message)."""
    config: int = 0
    """``check``: the index of the input's settings (`vndocparse.validate.scope.CheckScopes`)."""


def tasks(
    items: Iterable[_InputLike | str], *, max_bytes: int, parallel: bool, configs: Sequence[int] = ()
) -> Iterator[Task]:
    """Tasks from `cli._expand`'s items; standard input is read here, in order.

    In this process (not ``parallel``) standard input is read by the task itself, when
    its turn comes, as before ``--jobs`` existed. ``configs`` gives each item's settings.
    """
    for i, item in enumerate(items):
        config = configs[i] if configs else 0
        if isinstance(item, str):
            yield Task(item.partition(": ")[0], error=item, config=config)
        elif item.path is None:
            yield Task(item.arg, data=_read_stdin(max_bytes) if parallel else None, config=config)
        else:
            yield Task(item.arg, path=str(item.path), config=config)


def _read_stdin(max_bytes: int) -> bytes | None:
    """Standard input, or None if it is over the limit (the task then reports it)."""
    data: bytes = sys.stdin.buffer.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _read_task(
    task: Task, *, strict: bool, max_bytes: int, time_limit: float | None = None, max_memory: int | None = None
) -> Any:
    """The parsed document of a task; raises like `parse_file` (an error of standard
    input's size speaks both languages: `vndocparse.catalogue.said`)."""
    from vndocparse.api import parse_bytes, parse_file

    if task.path is not None:
        return parse_file(task.path, strict=strict, max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory)
    data = task.data if task.data is not None else _read_stdin(max_bytes)
    if data is None:
        raise TooLargeError(STDIN_SOURCE, CLI["stdin_too_large"](limit=max_bytes))
    # Any format parse_file reads, told apart by its content (a DOCX piped in, too).
    return parse_bytes(
        data, strict=strict, source=STDIN_SOURCE, max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory
    )


def limit_options(args: argparse.Namespace) -> dict[str, Any]:
    """The per-file limits of ``--max-bytes``, ``--time-limit`` and ``--max-memory``."""
    return {
        "max_bytes": args.max_bytes,
        "time_limit": getattr(args, "time_limit", None),
        "max_memory": getattr(args, "max_memory", None),
    }


# --------------------------------------------------------------------------- parse


def parse_task(
    task: Task,
    *,
    strict: bool,
    full: bool,
    fmt: str,
    max_bytes: int,
    lang: str = "en",
    time_limit: float | None = None,
    max_memory: int | None = None,
) -> tuple[str | None, str | None]:
    """``(output, None)`` or ``(None, error message in lang)`` for one input of ``parse``.

    The output is final text: the text view, or the JSON already dumped (one line for
    jsonl, indented for json), so workers do the serialising. It is checked to encode
    as UTF-8 here, so that one bad document never stops the writing of the others.
    """
    if task.error is not None:
        return None, task.error
    try:
        doc = _read_task(task, strict=strict, max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory)
        if fmt == "text":
            from vndocparse._textview import render_text

            return render_text(doc, task.arg), None
        if fmt == "csv":
            from vndocparse.tabular import csv_row

            return csv_row(doc, task.arg), None
        data = doc.model_dump(mode="json", exclude=None if full else set(BULKY_KEYS))
        indent = None if fmt == "jsonl" else 2
        rendered = json.dumps(data, ensure_ascii=False, indent=indent)
        rendered.encode("utf-8")  # a lone surrogate fails here, not in the parent's write
        return rendered, None
    except Exception as exc:  # noqa: BLE001  (one bad file must not stop the others)
        return None, failure_message(task, exc, lang)


def failure_message(task: Task, exc: Exception, lang: str = "en") -> str:
    """The stderr message for a task that failed: the error (it names the file), or an
    internal error for an exception vndocparse did not mean to raise; its frame in ``lang``."""
    if isinstance(exc, VndocparseError):
        message = said(exc, lang)
        return message if task.arg in message else f"{task.arg}: {message}"
    return f"{task.arg}: {CLI['internal'](kind=type(exc).__name__, error=exc).text(lang)}"


def parse_crashed(task: Task, reason: str) -> tuple[str | None, str | None]:
    return None, f"{task.arg}: {reason}"


# --------------------------------------------------------------------------- check


def check_task(
    task: Task,
    *,
    settings: Sequence[Any],
    max_bytes: int,
    time_limit: float | None = None,
    max_memory: int | None = None,
) -> Any:
    """The `FileResult` of one input of ``check`` with its settings (``settings[task.config]``,
    a `Resolved`); unreadable input gives VN901."""
    from vndocparse.report import FileResult
    from vndocparse.validate import evaluate, unreadable

    resolved = settings[task.config]
    lang = resolve_lang(resolved.lang)

    def failed(reason: Any) -> FileResult:
        return FileResult(task.arg, unreadable(task.arg, reason, resolved), lang=lang)

    if task.error is not None:
        return failed(task.error.partition(": ")[2])
    try:
        doc = _read_task(task, strict=False, max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory)
    except VndocparseError as exc:
        return failed(getattr(exc, "reason", None) or str(exc))
    except Exception as exc:  # noqa: BLE001  (one bad file must not stop the others)
        return failed(CLI["internal_parsing"](kind=type(exc).__name__, error=exc))
    try:
        checked = evaluate(doc, resolved)
    except Exception as exc:  # noqa: BLE001  (a rule's bug must not cost CI its annotations)
        return failed(CLI["internal_checking"](kind=type(exc).__name__, error=exc))
    diagnostics = [d.model_copy(update={"path": task.arg}) for d in checked.diagnostics]
    return FileResult(task.arg, diagnostics, checked.coverage, guideline=checked.guideline_name, lang=lang)


def check_crashed(task: Task, reason: str, *, settings: Sequence[Any]) -> Any:
    from vndocparse.report import FileResult
    from vndocparse.validate import unreadable

    resolved = settings[task.config]
    return FileResult(task.arg, unreadable(task.arg, reason, resolved), lang=resolve_lang(resolved.lang))


# --------------------------------------------------------------------------- options


_SIZE = re.compile(r"(\d+)\s*([kmg]i?b?|b)?", re.IGNORECASE)


def byte_size(value: str) -> int:
    """``--max-bytes`` values: ``52428800``, ``50M``, ``50MiB``, ``200k`` (powers of 1024)."""
    m = _SIZE.fullmatch(value.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"invalid size {value!r}: expected bytes, or a number with K, M or G")
    unit = (m.group(2) or "b")[0].lower()
    return int(m.group(1)) * {"b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit]


def _not_negative(value: str, kind: type[float], what: str, option: str, zero: str) -> float:
    try:
        n = kind(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid {what} {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{option} must be 0 ({zero}) or more")
    return n


def jobs_count(value: str) -> int:
    return int(_not_negative(value, int, "job count", "--jobs", "one per CPU"))


def seconds(value: str) -> float:
    """``--time-limit`` values: CPU seconds, ``0`` for none."""
    return _not_negative(value, float, "number of seconds", "--time-limit", "no limit")


def add_lang_option(p: argparse.ArgumentParser, what: str = "messages") -> None:
    """``--lang``: the language of what a command prints (`vndocparse.i18n.resolve_lang`)."""
    p.add_argument(
        "--lang",
        choices=LANG_CHOICES,
        default=None,
        help=f"the language of the {what}: vi (tiếng Việt) or en; default, auto: the "
        "locale's (LC_ALL, LC_MESSAGES, LANG), else English",
    )


def add_batch_options(p: argparse.ArgumentParser) -> None:
    """``--jobs``, the per-file limits and ``--follow-symlinks``, shared by ``parse`` and ``check``."""
    p.add_argument(
        "-j",
        "--jobs",
        type=jobs_count,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0: one per CPU); output stays in input order",
    )
    p.add_argument(
        "--max-bytes",
        type=byte_size,
        default=MAX_BYTES,
        metavar="SIZE",
        help="refuse files larger than SIZE (bytes, or with K/M/G; default 50M)",
    )
    p.add_argument(
        "--time-limit",
        type=seconds,
        default=None,
        metavar="SECONDS",
        help="stop reading a file after SECONDS of CPU time (default 60; 0: no limit); the others go on",
    )
    p.add_argument(
        "--max-memory",
        type=byte_size,
        default=None,
        metavar="SIZE",
        help="stop reading a file that needs more than SIZE of memory (default 192M plus 50 bytes per byte of the file)",
    )
    p.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="in a directory, also read symbolic links to files outside it (not read by default)",
    )


# --------------------------------------------------------------------------- progress


class Progress:
    """``\\r  123/10000 files  456.7 files/s`` on stderr, only when stderr is a terminal.

    Redrawn at most ten times a second; `clear` blanks it before other output is written
    to the terminal, `close` erases it at the end.
    """

    def __init__(
        self, total: int, stream: TextIO | None = None, *, enabled: bool | None = None, lang: str = "en"
    ) -> None:
        self.lang = lang
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled and total > 1
        self.total = total
        self.done = 0
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last >= 0.1 or self.done >= self.total:
            self.last = now
            self.draw(now)

    def draw(self, now: float | None = None) -> None:
        if not self.enabled:
            return
        elapsed = (now or time.monotonic()) - self.start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        width = len(str(self.total))
        pct = 100 * self.done // max(1, self.total)
        shown = CLI["progress"](done=f"{self.done:>{width}}", total=self.total, pct=f"{pct:3d}", rate=f"{rate:,.1f}")
        self.stream.write(f"\r{shown.text(self.lang)}\x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.enabled and self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def close(self) -> None:
        self.clear()
