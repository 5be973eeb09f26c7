"""Batch runs: `parse_many` and ``--jobs`` keep input order, isolate failures, and show
a progress bar only on a terminal."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import vndocparse
from vndocparse import BatchResult, parse_many
from vndocparse._clirun import Progress, byte_size
from vndocparse.batch import imap_ordered, resolve_jobs

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


def make_files(folder: Path, count: int = 20) -> list[Path]:
    """``count`` paths: documents numbered 0.., a missing file at 3, a binary one at 11."""
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    paths: list[Path] = []
    for i in range(count):
        path = folder / f"doc_{i:03d}.txt"
        if i == 3:
            paths.append(folder / "missing.txt")
            continue
        if i == 11:
            path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00binary")
        else:
            text = texts[i % len(texts)].replace("215", str(1000 + i)).replace("Số: ", f"Số: {i}")
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return make_files(tmp_path_factory.mktemp("batch"))


def test_parse_many_in_input_order_with_two_jobs(files: list[Path]) -> None:
    results = list(parse_many(files, jobs=2, chunksize=3))
    assert [r.path for r in results] == [str(p) for p in files]
    assert all(isinstance(r, BatchResult) for r in results)
    failed = {i: r for i, r in enumerate(results) if not r.ok}
    assert set(failed) == {3, 11}
    assert failed[3].error_type == "FileMissingError" and str(files[3]) in (failed[3].error or "")
    assert failed[11].error_type == "UnsupportedFormatError"  # a NotTextError naming what the file is
    serial = list(parse_many(files, jobs=1))
    for one, two in zip(serial, results, strict=True):
        assert one.path == two.path and one.error == two.error
        if one.document is not None:
            assert two.document is not None
            assert one.document.model_dump(mode="json") == two.document.model_dump(mode="json")
            assert two.document.source == one.path


def test_parse_many_default_chunksize_and_generator_input(files: list[Path]) -> None:
    paths = (p for p in files)  # any iterable
    assert [r.path for r in parse_many(paths, jobs=2)] == [str(p) for p in files]


def test_parse_many_strict_and_max_bytes(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text("x" * 2000, encoding="utf-8")
    strict, small = list(parse_many([empty, big], strict=True, max_bytes=1000))
    assert strict.error_type == "EmptyDocumentError"
    assert small.error_type == "TooLargeError" and "size limit" in (small.error or "")
    with pytest.raises(vndocparse.TooLargeError):
        vndocparse.parse_file(big, max_bytes=1000)


def test_resolve_jobs() -> None:
    assert resolve_jobs(0) == (os.cpu_count() or 1)
    assert resolve_jobs(3) == 3
    with pytest.raises(ValueError, match="jobs"):
        resolve_jobs(-1)


def _die_on_seven(n: int) -> int:
    if n == 7:
        os._exit(3)  # a worker killed mid-file (OOM killer, a crash in C code)
    if n == 5:
        raise RuntimeError("escaped")
    return n * 10


def _crashed(n: int, reason: str) -> int:
    return -n


def test_a_dying_worker_fails_only_its_own_file() -> None:
    out = list(imap_ordered(_die_on_seven, range(12), jobs=2, chunksize=4, on_crash=_crashed))
    assert out == [0, 10, 20, 30, 40, -5, 60, -7, 80, 90, 100, 110]


# ----------------------------------------------------------------------------- CLI


def run_cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vndocparse", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_cli_parse_jobs_streams_jsonl_in_order_and_exits_1(files: list[Path], tmp_path: Path) -> None:
    proc = run_cli("parse", "--jobs", "2", "--format", "jsonl", *files, cwd=tmp_path)
    assert proc.returncode == 1
    sources = [json.loads(line)["source"] for line in proc.stdout.splitlines()]
    assert sources == [str(p) for i, p in enumerate(files) if i not in (3, 11)]
    errors = proc.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"vndocparse: {files[3]}: ") and errors[1].startswith(f"vndocparse: {files[11]}: ")
    assert "\r" not in proc.stderr  # no progress bar: stderr is not a terminal
    serial = run_cli("parse", "--format", "jsonl", *files, cwd=tmp_path)
    assert (serial.returncode, serial.stdout, serial.stderr) == (1, proc.stdout, proc.stderr)


def test_cli_parse_jobs_json_array_and_directory(files: list[Path], tmp_path: Path) -> None:
    folder = files[0].parent
    proc = run_cli("parse", "-j", "0", folder, cwd=tmp_path)
    assert proc.returncode == 1  # the binary file
    data = json.loads(proc.stdout)
    readable = sorted(str(p) for i, p in enumerate(files) if i not in (3, 11))
    assert [d["source"] for d in data] == readable


def test_cli_check_jobs_reports_vn901_and_keeps_order(files: list[Path], tmp_path: Path) -> None:
    args = ("check", "--isolated", "--output-format", "json", *files)
    proc = run_cli(*args, "--jobs", "2", cwd=tmp_path)
    serial = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == serial.returncode == 1
    assert proc.stdout == serial.stdout
    items = json.loads(proc.stdout)["diagnostics"]
    unreadable = [d["path"] for d in items if d["code"] == "VN901"]
    assert unreadable == [str(files[3]), str(files[11])]
    text = run_cli("check", "--isolated", "--jobs", "2", *files, cwd=tmp_path)
    assert text.returncode == 1 and text.stderr == ""
    assert text.stdout.splitlines()[-2].endswith("of 20 files.")
    assert text.stdout.splitlines()[-1].startswith("Checked against ")


def test_cli_max_bytes(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(EXAMPLES[0].read_text(encoding="utf-8"), encoding="utf-8")
    proc = run_cli("parse", "--max-bytes", "1K", doc, cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout == ""
    assert "size limit of 1,024 bytes" in proc.stderr
    ok = run_cli("parse", "--max-bytes", "1M", doc, cwd=tmp_path)
    assert ok.returncode == 0
    bad = run_cli("parse", "--jobs", "-1", doc, cwd=tmp_path)
    assert bad.returncode == 2


def test_byte_size() -> None:
    assert byte_size("52428800") == 50 * 1024 * 1024 == byte_size("50M") == byte_size("50MiB")
    assert byte_size("200k") == 204800


# ------------------------------------------------------------------------- progress


def test_progress_only_on_a_terminal() -> None:
    quiet = io.StringIO()
    bar = Progress(10, quiet)
    for _ in range(10):
        bar.advance()
    bar.close()
    assert quiet.getvalue() == ""
    shown = io.StringIO()
    bar = Progress(10, shown, enabled=True)
    for _ in range(10):
        bar.advance()
    assert "\r10/10 files 100%" in shown.getvalue() and "files/s" in shown.getvalue()
    bar.close()
    assert shown.getvalue().endswith("\r\x1b[K")


@pytest.mark.skipif(os.name != "posix", reason="needs a pseudo-terminal")
def test_progress_bar_on_a_real_terminal(files: list[Path], tmp_path: Path) -> None:
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "vndocparse", "parse", "--format", "jsonl", "--jobs", "2", *map(str, files)],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=slave,
            timeout=120,
            check=False,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    err = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 1
    assert "/20 files" in err and "files/s" in err
    assert len(proc.stdout.splitlines()) == 18  # stdout is untouched by the bar
