"""The ``vndocparse`` command line: ``parse`` documents to JSON or text, print the ``schema``.

Each subcommand is one ``_add_<name>_command(subparsers)`` function that declares its
arguments and one ``cmd_<name>(args) -> int`` function that runs it; `build_parser`
calls the former, `main` dispatches to the latter. Exit codes are the ``EXIT_*``
constants below.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from vndocparse import __version__
from vndocparse._textview import render_text
from vndocparse.api import parse, parse_file
from vndocparse.errors import VndocparseError
from vndocparse.models import Document
from vndocparse.reading import decode
from vndocparse.schema import schema_json

#: Every input was read (and, with ``--strict``, parsed) without error.
EXIT_OK = 0
#: At least one input could not be read or, with ``--strict``, parsed; the others were
#: still processed and printed.
EXIT_FAILURE = 1
#: The command line itself is wrong (unknown subcommand, no FILE, bad option value).
#: argparse exits with 2 on its own; the constant names it for callers and tests.
EXIT_USAGE = 2

PROG = "vndocparse"

#: ``FILE`` meaning standard input.
STDIN_ARG = "-"
#: Name recorded as the source of a document read from standard input.
STDIN_SOURCE = "<stdin>"

#: Files taken when a directory is given, compared case-insensitively.
DOCUMENT_SUFFIXES = (".txt", ".md")

#: Keys dropped from JSON output unless ``--full``: the lossless line attribution and
#: the body's paragraphs are most of the output's size and rarely wanted.
BULKY_KEYS = frozenset({"parts", "paragraphs"})

FORMATS = ("json", "jsonl", "text")

_EPILOG = """\
exit status:
  0  every input was processed
  1  an input could not be read (or, with --strict, parsed); the others were still output
  2  usage error
"""


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Parse Vietnamese official documents into structured data.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_parse_command(subparsers)
    _add_schema_command(subparsers)
    return parser


def _add_parse_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "parse",
        help="parse documents and print their fields",
        description=(
            "Parse each FILE and print its fields. FILE may be '-' for standard input,\n"
            "a file, or a directory, which is searched recursively for *.txt and *.md\n"
            "files (taken in sorted order). A file that cannot be read is reported on\n"
            "stderr and the other files are still parsed and printed."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a file, a directory, or '-'")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help=(
            "json: one object for a single FILE, else an array (default); "
            "jsonl: one object per line; text: a readable view with source line numbers"
        ),
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="report a document missing a required part (issuer, number, date line, "
        "signature) as an error (exit status 1) instead of outputting it",
    )
    p.add_argument(
        "--full",
        action="store_true",
        help="json/jsonl: also output the bulky 'parts' (every input line attributed to a "
        "part) and 'paragraphs' (the body's text) keys, which are left out by default",
    )
    p.set_defaults(handler=cmd_parse)


def _add_schema_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of the parse output",
        description="Print the JSON Schema (draft 2020-12) of one document as output by "
        "'vndocparse parse --format json --full'.",
    )
    p.set_defaults(handler=cmd_schema)


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (``EXIT_*``).

    ``argv`` excludes the program name; ``None`` means ``sys.argv[1:]`` and marks a real
    command-line run, which also restores the default SIGPIPE action.
    """
    if argv is None:
        _default_sigpipe()
    _utf8_streams()
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except BrokenPipeError:
        # Only reached where SIGPIPE does not exist (Windows) or was not reset (in-process
        # calls): the reader went away, so stop quietly (Python docs, "Note on SIGPIPE").
        _silence_stdout()
        return EXIT_FAILURE


def _default_sigpipe() -> None:
    """Die quietly on a closed pipe (``vndocparse parse dir | head``), like other tools.

    Python ignores SIGPIPE and raises BrokenPipeError instead, which ends in a traceback
    or an "Exception ignored" message when stdout is flushed at exit.
    """
    if hasattr(signal, "SIGPIPE"):
        # ValueError: not the main thread (an embedding program); then keep Python's way.
        with contextlib.suppress(ValueError, OSError):
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)


def _utf8_streams() -> None:
    """Write UTF-8 whatever the locale: the output is Vietnamese text and JSON."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if encoding not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8", errors="backslashreplace")


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- schema


def cmd_schema(args: argparse.Namespace) -> int:
    """``vndocparse schema``: print the JSON Schema of `Document`."""
    sys.stdout.write(schema_json())
    sys.stdout.flush()
    return EXIT_OK


# --------------------------------------------------------------------------- parse


@dataclass(frozen=True)
class _Input:
    """One document to parse: a path, or standard input."""

    arg: str
    """What to show in messages and the text header."""
    path: Path | None = None
    """The file, or None for standard input."""


def cmd_parse(args: argparse.Namespace) -> int:
    """``vndocparse parse FILE...``: print each document; bad inputs go to stderr."""
    fmt: str = args.format
    single = len(args.files) == 1 and not _is_dir(args.files[0])
    writer = _Writer(sys.stdout, fmt, single=single)
    status = EXIT_OK
    for item in _expand(args.files):
        if isinstance(item, str):  # an error found while expanding the arguments
            _error(item)
            status = EXIT_FAILURE
            continue
        rendered = _parse_one(item, strict=args.strict, full=args.full, fmt=fmt)
        if rendered is None:
            status = EXIT_FAILURE
        else:
            writer.write(rendered)
    writer.close()
    return status


def _is_dir(arg: str) -> bool:
    return arg not in (STDIN_ARG, "") and Path(arg).is_dir()


def _expand(args: Sequence[str]) -> Iterator[_Input | str]:
    """The inputs named by the arguments, in order; a ``str`` is an error message."""
    for arg in args:
        if arg == STDIN_ARG:
            yield _Input(STDIN_SOURCE)
        elif _is_dir(arg):
            errors: list[str] = []
            found = sorted(_walk(Path(arg), errors))
            yield from errors
            if not found and not errors:
                yield f"{arg}: no {' or '.join(DOCUMENT_SUFFIXES)} files in this directory"
            for path in found:
                yield _Input(str(path), path)
        elif not arg:
            yield "'': no such file"  # Path("") would mean the current directory
        else:
            # Missing or unreadable files are reported by the reading stage. The shown
            # name is str(path), as recorded in Document.source and in error messages.
            yield _Input(str(Path(arg)), Path(arg))


def _walk(root: Path, errors: list[str]) -> Iterator[Path]:
    def onerror(exc: OSError) -> None:
        errors.append(f"{exc.filename}: {exc.strerror or exc}")

    for dirpath, _dirnames, filenames in os.walk(root, onerror=onerror):
        for name in filenames:
            if name.lower().endswith(DOCUMENT_SUFFIXES):
                yield Path(dirpath, name)


def _parse_one(item: _Input, *, strict: bool, full: bool, fmt: str) -> str | dict[str, Any] | None:
    """Parse and render one input; report a failure on stderr and return None."""
    try:
        if item.path is None:
            text = decode(sys.stdin.buffer.read(), source=STDIN_SOURCE)
            doc = parse(text, strict=strict, source=STDIN_SOURCE)
        else:
            doc = parse_file(item.path, strict=strict)
        if fmt == "text":
            return render_text(doc, item.arg)
        return _to_json(doc, full=full)
    except VndocparseError as exc:
        message = str(exc)
        if item.arg not in message:
            message = f"{item.arg}: {message}"
        _error(message)
    except Exception as exc:  # noqa: BLE001  (one bad file must not stop the others)
        _error(f"{item.arg}: internal error: {type(exc).__name__}: {exc}")
    return None


def _to_json(doc: Document, *, full: bool) -> dict[str, Any]:
    exclude = None if full else set(BULKY_KEYS)
    return doc.model_dump(mode="json", exclude=exclude)


class _Writer:
    """Streams rendered documents in one output format.

    ``json`` with a single input writes one object; otherwise an array, written one
    element at a time so a large directory starts printing at once (the result equals
    ``json.dumps(list, indent=2)``).
    """

    def __init__(self, out: TextIO, fmt: str, *, single: bool) -> None:
        self.out = out
        self.fmt = fmt
        self.single = single
        self.count = 0

    def write(self, rendered: Any) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(rendered, ensure_ascii=False) + "\n")
        elif self.fmt == "text":
            self.out.write(("\n" if self.count else "") + rendered)
        elif self.single:
            self.out.write(json.dumps(rendered, ensure_ascii=False, indent=2) + "\n")
        else:
            body = json.dumps(rendered, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            self.out.write(("[\n  " if self.count == 0 else ",\n  ") + body)
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json" and not self.single:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()
