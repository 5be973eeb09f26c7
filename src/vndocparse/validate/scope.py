"""Which files ``vndocparse check`` reads, and with which configuration (as ruff does).

* **Nearest configuration.** Each checked file uses the configuration file nearest above
  it: `find_config` from the file's own directory upward; a file with none above it
  (``/tmp/draft.txt``) uses the one found from the current directory upward.
  ``--config PATH`` names one for every file, ``--isolated`` uses none; the command
  line's options apply over it.
* **Exclusion.** A directory given on the command line is walked for documents, leaving
  out the files and folders an exclude pattern matches: `DEFAULT_EXCLUDE` (or the
  configuration's ``exclude``, or ``--exclude``), plus ``extend-exclude`` and
  ``--extend-exclude``. A file
  named on the command line is checked anyway, unless ``--force-exclude`` (pre-commit
  names the staged files one by one).
* **Per-file ignores.** ``[tool.vndocparse.per-file-ignores]`` maps a pattern to rules
  that are not checked in the files it matches.

Patterns are `fnmatch` patterns (``*``, ``?``, ``[...]``; ``*`` also matches ``/``). One
without ``/`` matches the name of the file or of any folder it is in (``drafts``,
``*.md``); one with ``/`` matches the path relative to the configuration file's
directory (the current directory for the command line's), or a folder at its start
(``van-ban/2019``, ``mau/*.txt``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from vndocparse.validate.config import Config, Resolved, find_config, load_config, resolve

#: Folders of tools, environments and builds, never documents (ruff's default list, less
#: its Python-only entries): ``vndocparse check .`` must not read a virtualenv's files.
DEFAULT_EXCLUDE: tuple[str, ...] = (
    ".bzr", ".direnv", ".eggs", ".git", ".hg", ".mypy_cache", ".nox", ".pytest_cache",
    ".ruff_cache", ".svn", ".tox", ".venv", ".vscode", "__pycache__", "_build",
    "buck-out", "dist", "node_modules", "site-packages", "venv",
)  # fmt: skip


def matches(path: Path, pattern: str, root: Path) -> bool:
    """Whether ``pattern`` (see the module docstring) matches ``path`` (absolute)."""
    pattern = pattern.strip()
    try:
        rel = PurePosixPath(path.relative_to(root).as_posix())
    except ValueError:  # outside the pattern's root: only name patterns can match
        rel = None
    if "/" not in pattern.rstrip("/"):
        # Only the folders below the root count: a checkout under /home/dist is not "dist".
        names = rel.parts if rel is not None else (path.name,)
        name = pattern.rstrip("/")
        return any(fnmatchcase(part, name) for part in names)
    if rel is None:
        return False
    pattern = pattern.removeprefix("./").strip("/")
    parts = rel.parts
    return any(fnmatchcase("/".join(parts[:i]), pattern) for i in range(1, len(parts) + 1))


@dataclass(frozen=True)
class Scope:
    """The settings of the files under one configuration file (or of the command line)."""

    layer: Config | None
    """The configuration file's layer, or None (no file, ``--isolated``)."""
    root: Path
    """The directory its patterns are relative to."""
    exclude: tuple[str, ...]
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...]

    def ignored(self, path: Path) -> tuple[str, ...]:
        """The rules (selectors) not checked in ``path``."""
        return tuple(
            sel
            for pattern, sels in self.per_file_ignores
            if matches(path, pattern, self.root)
            for sel in sels
        )


class CheckScopes:
    """The scopes of one ``check`` run: found once per directory, resolved once per
    configuration and set of per-file ignores.

    `resolved` is what the workers receive (small: one `Resolved` per distinct
    setting); each input carries its index into it (`index`).
    """

    def __init__(
        self,
        cli_layer: Config,
        *,
        config: str | Path | None = None,
        isolated: bool = False,
        force_exclude: bool = False,
        cwd: Path | None = None,
    ) -> None:
        self.cli_layer = cli_layer
        self.cwd = (cwd or Path.cwd()).resolve()
        # The command line's exclude replaces every configuration's list, its
        # extend-exclude adds to them (patterns relative to the current directory).
        self.replace_exclude = cli_layer.exclude is not None
        self.cli_exclude = (*(cli_layer.exclude or ()), *cli_layer.extend_exclude)
        self.force_exclude = force_exclude
        self._fixed: Scope | None = None
        if config is not None:
            self._fixed = self._scope(load_config(config))
        elif isolated:
            self._fixed = self._scope(None)
        self._by_dir: dict[Path, Scope] = {}
        self._by_file: dict[Path, Scope] = {}
        self._index: dict[tuple[int, tuple[str, ...]], int] = {}
        self.resolved: list[Resolved] = []
        # Check the command line's layer now: a bad option is a usage error before any file.
        resolve(cli_layer)

    def _scope(self, layer: Config | None) -> Scope:
        root = layer.root if layer is not None and layer.root is not None else self.cwd
        exclude = DEFAULT_EXCLUDE
        if layer is not None and layer.exclude is not None:
            exclude = layer.exclude
        extra = layer.extend_exclude if layer is not None else ()
        pfi = tuple(layer.per_file_ignores.items()) if layer is not None else ()
        return Scope(layer, root.resolve(), (*exclude, *extra), pfi)

    def scope_for(self, path: Path) -> Scope:
        """The scope of a file, or of a folder's entry in its parent (absolute ``path``):
        the configuration above it, so a folder with its own configuration is still
        left out by its parent's patterns."""
        if self._fixed is not None:
            return self._fixed
        directory = path.parent
        found = self._by_dir.get(directory)
        if found is None:
            config = find_config(directory) or self._cwd_config()
            if config is None:
                found = self._scope(None)
            else:
                found = self._by_file.get(config)
                if found is None:
                    found = self._by_file[config] = self._scope(load_config(config))
            self._by_dir[directory] = found
        return found

    def _cwd_config(self) -> Path | None:
        if not hasattr(self, "_cwd_found"):
            self._cwd_found = find_config(self.cwd)
        return self._cwd_found

    def excluded(self, path: Path, *, named: bool = False) -> bool:
        """Whether a file or folder is left out: found in a walk, or ``named`` on the
        command line (then only with ``--force-exclude``)."""
        if named and not self.force_exclude:
            return False
        absolute = Path(os.path.abspath(path))
        scope = self.scope_for(absolute)
        own = () if self.replace_exclude else scope.exclude
        return any(matches(absolute, p, scope.root) for p in own) or any(
            matches(absolute, p, self.cwd) for p in self.cli_exclude
        )

    def index(self, path: str | None) -> int:
        """The index in `resolved` of the settings of ``path`` (None: standard input,
        read as if it were in the current directory)."""
        absolute = Path(os.path.abspath(path)) if path else self.cwd / "-"
        scope = self.scope_for(absolute)
        key = (id(scope), scope.ignored(absolute))
        found = self._index.get(key)
        if found is None:
            layers = [scope.layer, self.cli_layer]
            if key[1]:
                where = f"{scope.layer.where if scope.layer else 'configuration'}: per-file-ignores"
                layers.append(Config(ignore=key[1], where=where))
            found = self._index[key] = len(self.resolved)
            self.resolved.append(resolve(*layers))
        return found


__all__ = ["DEFAULT_EXCLUDE", "CheckScopes", "Scope", "matches"]
