"""The parts of ``vndocparse check`` around the per-file work: its settings from the
configuration files and the command line, and its report (the output file, colour,
``--quiet``, ``--statistics``)."""

from __future__ import annotations

import argparse
import sys
from types import TracebackType
from typing import Self, TextIO

from vndocparse.catalogue import CLI, said
from vndocparse.i18n import Lang, resolve_lang
from vndocparse.report import FileResult
from vndocparse.validate.config import Config, ConfigError, Resolved
from vndocparse.validate.scope import CheckScopes


def scopes(args: argparse.Namespace) -> CheckScopes:
    """The settings of the run: the command line's layer over each file's configuration;
    raises `ConfigError`."""
    severity: dict[str, str] = {}
    for item in args.severity:
        rule, sep, level = item.partition("=")
        if not sep or not rule.strip() or not level.strip():
            raise ConfigError(CLI["severity_form"](item=item))
        severity[rule.strip()] = level.strip()
    cli_layer = Config.from_mapping(
        {
            k: v
            for k, v in (
                ("family", args.family),
                ("guideline", args.guideline),
                ("lang", getattr(args, "lang", None)),
                ("select", args.select),
                ("extend-select", args.extend_select),
                ("ignore", args.ignore),
                ("severity", severity),
                ("exclude", getattr(args, "exclude", None)),
                ("extend-exclude", getattr(args, "extend_exclude", None)),
            )
            if v is not None
        },
        where="command line",
    )
    return CheckScopes(
        cli_layer,
        config=args.config,
        isolated=args.isolated,
        force_exclude=getattr(args, "force_exclude", False),
    )


def run_lang(found: CheckScopes, configs: list[int], setting: str | None) -> Lang:
    """The language of the run's own lines (the summary): that of the first input's
    settings (its configuration, the command line over it), else the command line's
    ``setting`` (``--lang``) or the locale."""
    return resolve_lang(found.resolved[configs[0]].lang if configs else setting)


def resolved_for(args: argparse.Namespace, path: str | None) -> Resolved:
    """The settings of one file, as ``check`` finds them (for ``fix``)."""
    found = scopes(args)
    return found.resolved[found.index(path)]


class Report:
    """Writes the results of a run as they come (line formats) or at the end.

    The text and GitHub formats are written file by file; the JSON ones, and
    ``--statistics``, once every file is done. Colour only for text on a terminal.
    """

    def __init__(self, args: argparse.Namespace, lang: str = "en") -> None:
        from vndocparse.report.colour import wanted

        self.lang = lang
        self.fmt: str = args.output_format
        self.quiet: bool = args.quiet
        self.statistics: bool = args.statistics
        self.path: str | None = args.output_file
        # Opened here so that an unwritable path is a usage error before any work.
        self.out: TextIO = (
            open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed in close())
            if self.path
            else sys.stdout
        )
        self.colour = self.fmt == "text" and self.path is None and wanted(self.out)
        self.results: list[FileResult] = []

    def add(self, result: FileResult) -> None:
        self.results.append(result)
        if self.statistics:
            return
        if self.fmt == "text":
            from vndocparse.report.text import write_lines

            write_lines(result, self.out, colour=self.colour, coverage=not self.quiet)
        elif self.fmt == "github":
            from vndocparse.report.github import write

            write([result], self.out)
        else:
            return
        self.out.flush()

    def finish(self) -> None:
        if self.statistics:
            from vndocparse.report import statistics

            fmt = "json" if self.fmt == "json" else "text"
            statistics.write(self.results, self.out, fmt, colour=self.colour, lang=self.lang)
        elif self.fmt == "text":
            if not self.quiet:
                from vndocparse.report.text import footer

                self.out.write(footer(self.results, self.lang))
        elif self.fmt != "github":
            from vndocparse.report import write

            write(self.fmt, self.results, self.out, lang=self.lang)
        self.out.flush()

    def close(self) -> None:
        if self.path is not None:
            self.out.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def usage_error(exc: Exception, lang: str = "en") -> str:
    """The message of a configuration or output-file error, its frame in ``lang``."""
    if isinstance(exc, OSError):
        return CLI["cannot_write"](path=exc.filename, reason=exc.strerror or exc).text(lang)
    return said(exc, lang)


__all__ = ["Report", "resolved_for", "run_lang", "scopes", "usage_error"]

