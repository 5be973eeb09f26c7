"""The ``vndocparse`` command line: ``parse`` documents to JSON or text, ``check`` them
against the layout rules, list the ``rules``, print the ``schema``.

Each subcommand is one ``_add_<name>_command(subparsers)`` function that declares its
arguments and one ``cmd_<name>(args) -> int`` function that runs it; `build_parser`
calls the former, `main` dispatches to the latter. Exit codes are the ``EXIT_*``
constants below.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TextIO

from vndocparse import __version__
from vndocparse._clihelp import HelpFormatter, doc_url
from vndocparse._clirun import STDIN_SOURCE, Progress, add_batch_options, add_lang_option
from vndocparse.catalogue import CLI, FAMILIES, SEVERITY, counted, said
from vndocparse.export.cli import add_export_command
from vndocparse.i18n import Message, resolve_lang
from vndocparse.readers import GLOBS, SUFFIXES
from vndocparse.schema import schema_json

#: Every input was read (and, with ``--strict``, parsed) without error.
EXIT_OK = 0
#: At least one input could not be read or, with ``--strict``, parsed; the others were
#: still processed and printed.
EXIT_FAILURE = 1
#: The command line itself is wrong (unknown subcommand, no FILE, bad option value).
#: argparse exits with 2 on its own; the constant names it for callers and tests.
EXIT_USAGE = 2
#: Interrupted by Ctrl-C (SIGINT): 128 + 2, as shells report it.
EXIT_INTERRUPTED = 130

PROG = "vndocparse"

#: ``FILE`` meaning standard input.
STDIN_ARG = "-"

#: The suffixes as an error message lists them: ".txt or .md or ...".
_SUFFIXES = functools.reduce(lambda a, b: CLI["either"](rest=a, last=b), (Message(s, s) for s in SUFFIXES))

FORMATS = ("json", "jsonl", "text", "csv")

_EPILOG = f"""\
exit status:
  0  every input was processed
  1  an input could not be read (or, with --strict, parsed); the others were still output
  2  usage error

documentation: {doc_url()}
"""


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Parse Vietnamese official documents into structured data, and check them "
        "against the layout rules of Decree 30/2020/NĐ-CP and Guideline 36-HD/VPTW.",
        epilog=_EPILOG,
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_parse_command(subparsers)
    _add_check_command(subparsers)
    _add_fix_command(subparsers)
    _add_rules_command(subparsers)
    _add_schema_command(subparsers)
    add_export_command(subparsers)
    return parser


def _add_parse_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "parse",
        help="parse documents and print their fields",
        description=(
            "Parse each FILE and print its fields. FILE may be '-' for standard input, "
            f"a file, or a directory, which is searched recursively for {GLOBS} "
            "files (taken in sorted order). A file that cannot be "
            "read is reported on stderr and the other files are still parsed and printed."
        ),
        epilog=_EPILOG,
        formatter_class=HelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a file, a directory, or '-'")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        metavar="FORMAT",
        help=(
            "json: one object for a single FILE, else an array (default); "
            "jsonl: one object per line; text: a readable view with source line numbers; "
            "csv: one row per document, its scalar fields and counts (for pandas, a spreadsheet)"
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
    add_lang_option(p, "error messages")
    add_batch_options(p)
    p.set_defaults(handler=cmd_parse)


def _add_schema_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of the parse output",
        description="Print the JSON Schema (draft 2020-12) of one document as output by "
        "'vndocparse parse --format json --full'.",
    )
    p.set_defaults(handler=cmd_schema)


_CHECK_EPILOG = f"""\
exit status:
  0  no errors (warnings and notes do not count, unless --strict)
  1  errors found (or, with --strict, warnings); a file that cannot be read is an error (VN901)
  2  usage or configuration error (unknown option, rule code, level or option value)

configuration: [tool.vndocparse] in pyproject.toml, or .vndocparse.toml, looked for from
each checked file's folder upward (the nearest wins); --config names one for every file,
--isolated uses none. Command-line options override the file.

suppressing: a comment at the end of a line of a text file, <!-- vndocparse: ignore VN204 -->,
or anywhere for the whole file, <!-- vndocparse: ignore-file VN3 -->; per-file-ignores and
exclude in the configuration.

documentation: {doc_url("validation")}
"""


def _add_check_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "check",
        help="check documents against the layout rules (Decree 30, Guidelines 36 and 05)",
        description=(
            "Check each FILE against the layout rules of its family: state documents "
            "(Decree 30/2020/NĐ-CP) or Party documents (Guideline 36-HD/VPTW before 27/5/2026, "
            "05-HD/VPTW from that day; --guideline chooses one). FILE may be "
            f"'-' for standard input, a file, or a directory (searched recursively for {GLOBS} "
            "files, leaving out the excluded ones). A "
            "file that cannot be read is reported as VN901."
        ),
        epilog=_CHECK_EPILOG,
        formatter_class=HelpFormatter,
    )
    from vndocparse.report import FORMATS as REPORT_FORMATS

    p.add_argument("files", nargs="+", metavar="FILE", help="a file, a directory, or '-'")
    p.add_argument(
        "--output-format",
        choices=REPORT_FORMATS,
        default="text",
        metavar="FORMAT",
        help="text: 'path:line:col: CODE [severity] message' and a summary (default); json: the "
        "diagnostics and each file's coverage; sarif: SARIF 2.1.0 for code scanning; github: "
        "workflow annotations",
    )
    p.add_argument("-o", "--output-file", metavar="PATH", help="write the report to PATH instead of standard output")
    p.add_argument("-q", "--quiet", action="store_true", help="text: print the diagnostics only, without the coverage and summary lines")
    p.add_argument(
        "--statistics",
        action="store_true",
        help="print how often each rule fired (most often first) instead of the diagnostics",
    )
    _add_family_options(
        p,
        family="state or party: the layout family of every FILE (default, auto: told from each document)",
        guideline="the guideline of Party documents: hd36 (Guideline 36-HD/VPTW) or hd05 "
        "(Guideline 05-HD/VPTW); default: by each document's date (HD 05 from 27/5/2026, "
        "and for an undated draft)",
        family_metavar="FAMILY",
    )
    add_lang_option(p)
    _add_rule_options(
        p,
        select="comma-separated codes, prefixes (VN2) or names to check, instead of the default set",
        extend_select="comma-separated rules to check in addition",
        ignore="comma-separated rules not to check",
        severity="set the level of a rule (error, warning, info or off); repeatable",
    )
    p.add_argument("--exclude", metavar="PATTERNS", help="comma-separated path patterns not to check, instead of the default list and the configuration's")
    p.add_argument("--extend-exclude", metavar="PATTERNS", help="comma-separated path patterns not to check, in addition")
    p.add_argument(
        "--force-exclude",
        action="store_true",
        help="leave out excluded files even when named on the command line (for pre-commit)",
    )
    p.add_argument(
        "--stdin-filename",
        metavar="PATH",
        help="the name of the document read from standard input ('-'), used in the report "
        "and for the configuration, exclude and per-file-ignores",
    )
    p.add_argument("--exit-zero", action="store_true", help="exit with status 0 even when errors are found")
    p.add_argument("--strict", action="store_true", help="warnings also make the exit status 1")
    add_batch_options(p)
    p.set_defaults(handler=cmd_check)


def _add_fix_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "fix",
        help="fix what the rules know how to fix (DOCX typography; exact text edits), then check again",
        description="Fix FILE: for a DOCX, the page, fonts, sizes, styles, indents, spacing and "
        "alignment the typography rules check; for text, the exact edits the rules give "
        "(leading zeros, 'V/v', list bullets and marks, national title and motto). Then "
        "check the result and list what changed and what is left.",
        epilog=f"documentation: {doc_url('fix')}",
        formatter_class=HelpFormatter,
    )
    p.add_argument("file", metavar="FILE", help="a .docx or text file")
    where = p.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="OUT", help="write the fixed document to OUT")
    where.add_argument("--in-place", action="store_true", help="overwrite FILE with the fixed document")
    where.add_argument("--diff", action="store_true", help="show the change without writing anything")
    _add_family_options(
        p,
        family="the layout family (default: told from the document)",
        guideline="the guideline of a Party document (default: by its date), as for check",
    )
    add_lang_option(p)
    _add_rule_options(
        p,
        select="fix only what these rules report",
        extend_select=argparse.SUPPRESS,
        ignore="do not fix what these rules report",
        severity=argparse.SUPPRESS,
    )
    p.set_defaults(handler=cmd_fix)


def _add_family_options(p: argparse.ArgumentParser, *, family: str, guideline: str, family_metavar: str | None = None) -> None:
    """``--family`` and ``--guideline``, as ``check`` and ``fix`` take them (each its own
    help text): the values `vndocparse.validate.config` resolves."""
    p.add_argument("--family", choices=("auto", "state", "party"), default=None, metavar=family_metavar, help=family)
    p.add_argument("--guideline", choices=("auto", "hd36", "hd05"), default=None, help=guideline)


def _add_rule_options(p: argparse.ArgumentParser, *, select: str, extend_select: str, ignore: str, severity: str) -> None:
    """The rule selection (``--select``, ``--extend-select``, ``--ignore``, ``--severity``)
    and the configuration file (``--config`` or ``--isolated``), as ``check`` and ``fix``
    take them: ``fix`` resolves the settings ``check`` would use (`_check_config`)."""
    p.add_argument("--select", metavar="RULES", help=select)
    p.add_argument("--extend-select", metavar="RULES", help=extend_select)
    p.add_argument("--ignore", metavar="RULES", help=ignore)
    p.add_argument("--severity", metavar="RULE=LEVEL", action="append", default=[], help=severity)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--config", metavar="PATH", help="read the configuration from this file")
    group.add_argument("--isolated", action="store_true", help="ignore configuration files")


def _check_config(args: argparse.Namespace) -> Any:
    """``fix``: the settings ``check`` would use for its FILE (the configuration nearest
    above it, the command line over it); raises `ConfigError`."""
    from vndocparse import _clicheck

    return _clicheck.resolved_for(args, args.file)


def cmd_fix(args: argparse.Namespace) -> int:
    """``vndocparse fix FILE``: see `vndocparse.fix.command`."""
    from vndocparse.fix.command import run
    from vndocparse.validate import ConfigError

    try:
        resolved = _check_config(args)
    except ConfigError as exc:
        _error(said(exc, resolve_lang(args.lang)))
        return EXIT_USAGE
    return run(args, resolved)


def _add_rules_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "rules",
        help="list the layout rules, or print the documentation of some",
        description="Without RULE, list every rule (code, name, family, default level). With RULE "
        "(a code or a name), print its documentation page; with a prefix (VN2) or ALL, list "
        "the rules it selects, as --select does.",
        epilog=f"documentation: {doc_url('rules')}",
        formatter_class=HelpFormatter,
    )
    p.add_argument("rules", nargs="*", metavar="RULE", help="a rule code (VN204), name, prefix (VN2) or ALL")
    p.add_argument("--output-format", choices=("text", "json"), default="text", metavar="FORMAT", help="text (default) or json")
    p.add_argument(
        "--write-docs",
        metavar="DIR",
        help="write the documentation pages (index.md and one page per rule) into DIR",
    )
    add_lang_option(p, "rule summaries")
    p.set_defaults(handler=cmd_rules)


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
    except KeyboardInterrupt:
        # Ctrl-C: the results so far are written, the workers are stopped (batch.py). A
        # caller of main(argv) gets the KeyboardInterrupt; the command line, no traceback.
        if argv is not None:
            raise
        print("vndocparse: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
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


# --------------------------------------------------------------------------- check


def cmd_check(args: argparse.Namespace) -> int:
    """``vndocparse check FILE...``: diagnostics of each document; exit 0, 1 or 2."""
    from vndocparse import _clicheck
    from vndocparse.report import counts
    from vndocparse.validate import ConfigError

    lang = resolve_lang(args.lang)
    try:
        scopes = _clicheck.scopes(args)
        items = list(
            _expand(
                args.files,
                stdin_name=args.stdin_filename,
                excluded=scopes.excluded,
                lang=lang,
                follow_symlinks=args.follow_symlinks,
            )
        )
        configs = [scopes.index(_item_path(item)) for item in items]
        lang = _clicheck.run_lang(scopes, configs, args.lang)
        report = _clicheck.Report(args, lang)
    except (ConfigError, OSError) as exc:
        _error(_clicheck.usage_error(exc, lang))
        return EXIT_USAGE
    with report:
        for result in _run_batch(args, "check", items=items, configs=configs, settings=scopes.resolved, lang=lang):
            report.add(result)
        report.finish()
    c = counts(report.results)
    if args.exit_zero:
        return EXIT_OK
    if c["error"] or (args.strict and c["warning"]):
        return EXIT_FAILURE
    return EXIT_OK


def _item_path(item: _Input | str) -> str | None:
    """The file an expanded item names (None: standard input without a name)."""
    if isinstance(item, str):
        return item.partition(": ")[0]
    return str(item.path) if item.path is not None else (None if item.arg == STDIN_SOURCE else item.arg)


# --------------------------------------------------------------------------- rules


def cmd_rules(args: argparse.Namespace) -> int:
    """``vndocparse rules [RULE...]``: the rule list, rule pages, or the docs directory."""
    from vndocparse.validate import RULES, UnknownSelectorError, iter_rules, rule_for, select
    from vndocparse.validate.docs import rule_page, write_docs

    lang = resolve_lang(args.lang)
    if args.write_docs:
        written = write_docs(args.write_docs)
        print(CLI["wrote_pages"](pages=counted(len(written), "page"), dir=args.write_docs).text(lang))
        return EXIT_OK
    pages = True  # every RULE names one rule: print their pages
    try:
        if not args.rules:
            chosen = list(iter_rules())
        else:
            codes: dict[str, None] = {}
            for sel in args.rules:
                try:
                    codes[rule_for(sel).code] = None
                except UnknownSelectorError:
                    codes.update(dict.fromkeys(select(sel)))  # a prefix or ALL, as --select
                    pages = False
            chosen = [RULES[code] for code in codes]
    except UnknownSelectorError as exc:
        _error(CLI["unknown_rule"](error=said(exc, lang)).text(lang))
        return EXIT_USAGE
    if args.output_format == "json":
        data = [
            {
                "code": r.code,
                "name": r.name,
                "summary": r.summary_in(lang),
                "families": sorted(r.families),
                "guidelines": r.enforces,
                "levels": r.levels,
                "enabled": r.enabled,
                "evidence": r.evidences,
                "source": r.source,
            }
            for r in chosen
        ]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif args.rules and pages:
        sys.stdout.write("\n".join(rule_page(r) for r in chosen))
    else:
        names = {f: FAMILIES[f]().text(lang) for f in ("state", "party")}
        width = 1 + len("/".join(names.values()))  # the column fits both families
        for r in chosen:
            fams = "/".join(names[f] for f in ("state", "party") if f in r.families)
            levels = "/".join(SEVERITY[lv]().text(lang) for lv in dict.fromkeys(r.levels.values()))
            level = levels if r.enabled else f"{SEVERITY['off']().text(lang)}({levels})"
            sys.stdout.write(f"{r.code}  {r.name:<32} {fams:<{width}} {level:<16} {r.summary_in(lang)}\n")
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
    try:
        for rendered, error in _run_batch(args, "parse", writer=writer):
            if error is not None:
                _error(error)
                status = EXIT_FAILURE
            else:
                writer.write(rendered)
    finally:
        writer.close()  # on Ctrl-C too: the output holds the documents done so far
    return status


def _run_batch(args: argparse.Namespace, command: str, **kw: Any) -> Iterator[Any]:
    """The per-file results of ``parse``/``check``/``export`` over ``args.files``, in input order,
    computed by ``args.jobs`` worker processes (`vndocparse.batch.imap_ordered`), with
    a progress bar on stderr when it is a terminal."""
    from functools import partial

    from vndocparse import _clirun
    from vndocparse.batch import default_chunksize, imap_ordered, resolve_jobs

    jobs = resolve_jobs(args.jobs)
    lang = kw.get("lang") or resolve_lang(args.lang)
    follow = getattr(args, "follow_symlinks", False)
    items = kw["items"] if "items" in kw else list(_expand(args.files, lang=lang, follow_symlinks=follow))
    work: Any
    crashed: Any
    if command == "parse":
        limits = _clirun.limit_options(args)
        work = partial(_clirun.parse_task, strict=args.strict, full=args.full, fmt=args.format, lang=lang, **limits)
        crashed = _clirun.parse_crashed
    elif command == "check":
        work = partial(_clirun.check_task, settings=kw["settings"], **_clirun.limit_options(args))
        crashed = partial(_clirun.check_crashed, settings=kw["settings"])
    else:  # a subcommand that brings its own per-file work (export: vndocparse.export.cli)
        work, crashed = kw["work"], kw["crashed"]
    jobs = min(jobs, max(1, len(items)))
    todo = _clirun.tasks(items, max_bytes=args.max_bytes, parallel=jobs > 1, configs=kw.get("configs", ()))
    progress = Progress(len(items), lang=lang)
    try:
        for result in imap_ordered(work, todo, jobs=jobs, chunksize=default_chunksize(len(items), jobs), on_crash=crashed):
            progress.clear()
            yield result
            progress.advance()
    finally:
        progress.close()


def _is_dir(arg: str) -> bool:
    return arg not in (STDIN_ARG, "") and Path(arg).is_dir()


def _expand(
    args: Sequence[str],
    *,
    stdin_name: str | None = None,
    excluded: _Excluded | None = None,
    lang: str = "en",
    follow_symlinks: bool = False,
) -> Iterator[_Input | str]:
    """The inputs named by the arguments, in order; a ``str`` is an error message (in ``lang``).

    ``excluded`` (``check``) leaves out files and folders found in a directory, and those
    named on the command line when it says so (``--force-exclude``). In a directory, a
    symbolic link to a file outside it is not read unless ``follow_symlinks`` (in CI, a
    pull request could otherwise make the job print or upload any file of the
    machine); it is reported instead.
    """
    for arg in args:
        if arg == STDIN_ARG:
            if not (stdin_name and excluded is not None and excluded(Path(stdin_name), named=True)):
                yield _Input(stdin_name or STDIN_SOURCE)
        elif excluded is not None and arg and excluded(Path(arg), named=True):
            continue
        elif _is_dir(arg):
            errors: list[str] = []
            found = sorted(_walk(Path(arg), errors, excluded, follow_symlinks=follow_symlinks))
            yield from errors
            if not found and not errors:
                yield CLI["no_documents"](arg=arg, suffixes=_SUFFIXES).text(lang)
            for path in found:
                yield _Input(str(path), path)
        elif not arg:
            yield CLI["empty_name"]().text(lang)  # Path("") would mean the current directory
        else:
            # Missing or unreadable files are reported by the reading stage. The shown
            # name is str(path), as recorded in Document.source and in error messages.
            yield _Input(str(Path(arg)), Path(arg))


class _Excluded(Protocol):
    def __call__(self, path: Path, *, named: bool = False) -> bool: ...


def _walk(
    root: Path, errors: list[str], excluded: _Excluded | None = None, *, follow_symlinks: bool = False
) -> Iterator[Path]:
    def onerror(exc: OSError) -> None:
        errors.append(f"{exc.filename}: {exc.strerror or exc}")

    top = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        if excluded is not None:  # an excluded folder is not entered at all
            dirnames[:] = [d for d in dirnames if not excluded(Path(dirpath, d))]
        for name in filenames:
            if name.lower().endswith(SUFFIXES) and not (excluded and excluded(Path(dirpath, name))):
                path = Path(dirpath, name)
                if not follow_symlinks and path.is_symlink() and not path.resolve().is_relative_to(top):
                    errors.append(
                        f"{path}: a symbolic link to a file outside {root}; not read (--follow-symlinks reads it)"
                    )
                    continue
                yield path


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
        # A str is JSON already dumped (by a worker: `_clirun.parse_task`).
        if self.fmt == "jsonl":
            line = rendered if isinstance(rendered, str) else json.dumps(rendered, ensure_ascii=False)
            self.out.write(line + "\n")
        elif self.fmt == "text":
            self.out.write(("\n" if self.count else "") + rendered)
        elif self.fmt == "csv":
            self.out.write(("" if self.count else _csv_header()) + rendered)
        elif self.single:
            dumped = rendered if isinstance(rendered, str) else json.dumps(rendered, ensure_ascii=False, indent=2)
            self.out.write(dumped + "\n")
        else:
            dumped = rendered if isinstance(rendered, str) else json.dumps(rendered, ensure_ascii=False, indent=2)
            body = dumped.replace("\n", "\n  ")
            self.out.write(("[\n  " if self.count == 0 else ",\n  ") + body)
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json" and not self.single:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        elif self.fmt == "csv" and self.count == 0:
            self.out.write(_csv_header())  # no document: still a table, with no rows
        self.out.flush()


def _csv_header() -> str:
    from vndocparse.tabular import csv_header

    return csv_header()
