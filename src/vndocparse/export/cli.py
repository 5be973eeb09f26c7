"""``vndocparse export FILE... --to FORMAT``: the command line of `vndocparse.export`.

The files are found, read and parsed by the machinery ``parse`` and ``check`` use
(`vndocparse.cli._run_batch`: directories, standard input, ``--jobs`` worker processes,
output in input order); each worker exports its document (`export_task`) and the parent
writes the results: XML documents, JSON records or CSV rows, and the gaps on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from vndocparse._clihelp import HelpFormatter, doc_url
from vndocparse._clirun import (
    STDIN_SOURCE,
    Task,
    add_batch_options,
    add_lang_option,
    failure_message,
)
from vndocparse.catalogue import EXPORT, said
from vndocparse.i18n import resolve_lang
from vndocparse.readers import GLOBS

_DESCRIPTION = f"""\
Export each FILE to a format e-office systems read:

  edxml              the edXML message header (QCVN 102:2016/BTTTT): one XML document
                     per FILE (to stdout for one FILE, into --output-dir for several)
  nd30-outgoing      the Decree 30/2020 Appendix VI record of an outgoing document
  nd30-incoming      ... of an incoming document (JSON, or CSV with --format csv)
  register-outgoing  one CSV row per FILE in the Appendix IV outgoing register
  register-incoming  ... in the incoming register

FILE may be '-' for standard input, a file, or a directory (searched recursively for
{GLOBS} files). Values the document cannot give
are left out (edXML) or empty, unless given with --organ-id or --set; a document that
lacks its issuer, number or date is still exported, and the gaps are listed on stderr.
"""

_EPILOG = """\
exit status:
  0  every input was exported (gaps are reported on stderr, unless --strict)
  1  an input could not be read, or (with --strict) had a gap; the others were still exported
  2  usage error (unknown format or field, a wrong --set value)

examples:
  vndocparse export cv.txt --to edxml --organ-id 000.00.00.X00 --set SteeringType=1
  vndocparse export incoming/ --to register-incoming --set "Ngày đến=2024-05-02" > so-den.csv
  vndocparse export cv.txt --to nd30-outgoing --set DocOrdinal=12 --set Language="Tiếng Việt"
"""

#: The command line's formats, as `vndocparse.export.FORMATS` names them; a test checks
#: that the two agree (this module stays light: the exporters load when they run).
FORMAT_NAMES = ("edxml", "nd30-outgoing", "nd30-incoming", "register-outgoing", "register-incoming")


def add_export_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare ``vndocparse export`` and its options."""
    p = subparsers.add_parser(
        "export",
        help="export documents to edXML or the Decree 30 registers",
        description=_DESCRIPTION,
        epilog=_EPILOG + f"\ndocumentation: {doc_url('export')}\n",
        formatter_class=HelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a file, a directory, or '-'")
    p.add_argument("--to", required=True, choices=FORMAT_NAMES, metavar="FORMAT", help=f"one of: {', '.join(FORMAT_NAMES)}")
    p.add_argument(
        "--format",
        choices=("json", "csv"),
        default=None,
        help="nd30-*: json (default; one object for one FILE, else an array) or csv (one row "
        "per FILE); the registers are always csv, edxml always XML",
    )
    p.add_argument(
        "--organ-id",
        metavar="ID",
        help="your organ's identifier code (mã định danh): edXML From/OrganId, Appendix VI FileCode.OrganId",
    )
    p.add_argument(
        "--set",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        dest="fill",
        help="give a field the document cannot fill, by the format's name for it "
        "(DueDate=2024-05-02, SteeringType=1, DocOrdinal=12, 'Số đến=125'); dates as "
        "YYYY-MM-DD; repeatable; see the export documentation",
    )
    p.add_argument(
        "-o",
        "--output-dir",
        metavar="DIR",
        help="edxml: write one NAME.xml per input into DIR (needed for several inputs)",
    )
    p.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 byte-order mark, which Excel needs to show Vietnamese")
    p.add_argument(
        "--strict",
        action="store_true",
        help="a gap (no issuer, number or date; a value over its length limit) makes the exit "
        "status 1; the document is still exported",
    )
    add_lang_option(p, "gaps and errors")
    add_batch_options(p)
    p.set_defaults(handler=cmd_export)


# --------------------------------------------------------------------------- worker


@dataclass(frozen=True)
class ExportResult:
    """What a worker sends back for one input."""

    arg: str
    """The input as named on the command line."""
    output: str | dict[str, str] | None = None
    """The XML text, the record's JSON text, or a CSV row; None when the input failed."""
    gaps: tuple[str, ...] = field(default=())
    """The gaps, as stderr lines without the program name."""
    error: str | None = None
    """Why the input could not be exported."""


def export_task(
    task: Task,
    *,
    fmt: str,
    fill: dict[str, str],
    csv: bool,
    max_bytes: int,
    lang: str = "en",
    time_limit: float | None = None,
    max_memory: int | None = None,
) -> ExportResult:
    """Read, parse and export one input; never raises for a bad file. Gaps and errors
    are worded in ``lang``."""
    if task.error is not None:
        return ExportResult(task.arg, error=task.error)
    from vndocparse._clirun import _read_task
    from vndocparse.export import FORMATS

    spec = FORMATS[fmt]
    try:
        doc = _read_task(task, strict=False, max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory)
        output: str | dict[str, str]
        if csv and spec.csv_row is not None:
            output = spec.csv_row(doc, fill)
        elif spec.output == "xml":
            output = spec.export(doc, fill)
        else:
            output = json.dumps(spec.export(doc, fill), ensure_ascii=False, indent=2)
        gaps = tuple(g.describe(task.arg, fmt, lang) for g in spec.find_gaps(doc))
    except Exception as exc:  # noqa: BLE001  (one bad file must not stop the others)
        return ExportResult(task.arg, error=failure_message(task, exc, lang))
    return ExportResult(task.arg, output, gaps)


def export_crashed(task: Task, reason: str) -> ExportResult:
    return ExportResult(task.arg, error=f"{task.arg}: {reason}")


# --------------------------------------------------------------------------- parent


def cmd_export(args: argparse.Namespace) -> int:
    """``vndocparse export FILE... --to FORMAT``; exit 0, 1 or 2."""
    from vndocparse import cli
    from vndocparse.errors import ExportOptionError
    from vndocparse.export import FORMATS
    from vndocparse.export.fields import read_fill

    spec = FORMATS[args.to]
    lang = resolve_lang(args.lang)
    try:
        fill = _given(args, spec.organ_id)
        read_fill(spec.fields, fill, spec.name)  # checked once, before any file is read
        _check_options(args, spec.output)
    except ExportOptionError as exc:
        cli._error(said(exc, lang))
        return cli.EXIT_USAGE
    as_csv = spec.output == "row" or args.format == "csv"
    single = len(args.files) == 1 and not cli._is_dir(args.files[0])
    if spec.output == "xml" and not single and not args.output_dir:
        cli._error(EXPORT["several_xml"]().text(lang))
        return cli.EXIT_USAGE
    mode = "csv" if as_csv else "xml" if spec.output == "xml" else "json"
    sink = _Sink(args, mode, spec.columns, single=single, lang=lang)
    from vndocparse._clirun import limit_options

    work = partial(export_task, fmt=spec.name, fill=fill, csv=as_csv, lang=lang, **limit_options(args))
    status = cli.EXIT_OK
    for result in cli._run_batch(args, "export", work=work, crashed=export_crashed):
        for gap in result.gaps:
            cli._error(gap)
        if result.error is not None:
            cli._error(result.error)
            status = cli.EXIT_FAILURE
            continue
        if result.gaps and args.strict:
            status = cli.EXIT_FAILURE
        problem = sink.write(result)
        if problem is not None:
            cli._error(problem)
            status = cli.EXIT_FAILURE
    sink.close()
    return status


def _given(args: argparse.Namespace, organ_field: str | None) -> dict[str, str]:
    """``--set NAME=VALUE`` and ``--organ-id`` as one mapping of field → value."""
    from vndocparse.errors import ExportOptionError

    given: dict[str, str] = {}
    for item in args.fill:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ExportOptionError(EXPORT["set_form"](item=item))
        given[name.strip()] = value
    if args.organ_id is not None:
        if organ_field is None:
            raise ExportOptionError(EXPORT["no_organ_field"](format=args.to))
        given[organ_field] = args.organ_id
    return given


def _check_options(args: argparse.Namespace, output: str) -> None:
    from vndocparse.errors import ExportOptionError

    if args.format is not None and output != "record":
        raise ExportOptionError(EXPORT["format_only"](format=args.to))
    if args.output_dir is not None and output != "xml":
        raise ExportOptionError(EXPORT["output_dir_only"](format=args.to))
    if args.bom and output == "xml":
        raise ExportOptionError(EXPORT["bom_only"](format=args.to))


class _Sink:
    """Writes the results in one mode: ``xml`` (stdout, or a file each in ``--output-dir``),
    ``json`` (one object for one input, else an array, as ``parse`` writes it) or
    ``csv`` (a header, then one row per input)."""

    def __init__(
        self, args: argparse.Namespace, mode: str, columns: tuple[str, ...], *, single: bool, lang: str = "en"
    ) -> None:
        from vndocparse import cli

        self.lang = lang
        self.mode = mode
        self.out = sys.stdout
        self.dir = Path(args.output_dir) if args.output_dir else None
        self.written: set[Path] = set()
        self.json = cli._Writer(self.out, "json", single=single)
        self.csv: Any = None
        if mode == "csv":
            import csv

            if args.bom:
                self.out.write("\ufeff")
            self.csv = csv.DictWriter(self.out, fieldnames=columns, lineterminator="\r\n")
            self.csv.writeheader()
            self.out.flush()

    def write(self, result: ExportResult) -> str | None:
        """Write one result; a message when it could not be written."""
        output = result.output
        if isinstance(output, dict):
            self.csv.writerow(output)
            self.out.flush()
        elif output is not None and self.mode == "xml":
            return self._xml(result.arg, output)
        elif output is not None:
            self.json.write(output)
        return None

    def _xml(self, arg: str, xml: str) -> str | None:
        if self.dir is None:
            self.out.write(xml)
            self.out.flush()
            return None
        stem = "stdin" if arg == STDIN_SOURCE else Path(arg).stem
        path = self.dir / f"{stem}.xml"
        if path in self.written:
            return EXPORT["same_name"](arg=arg, path=path).text(self.lang)
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            path.write_text(xml, encoding="utf-8")
        except OSError as exc:
            return EXPORT["not_written"](arg=arg, path=path, reason=exc.strerror or exc).text(self.lang)
        self.written.add(path)
        return None

    def close(self) -> None:
        if self.mode == "json":
            self.json.close()
        self.out.flush()
