"""Hostile inputs (issue 5, point 3): each parsed in-process, bounded in size so the
whole module runs in a few seconds, and guarded by ``signal.alarm`` so a hang fails
the test instead of the run.

The sizes are scaled down from the issue's; ``fuzz/README.md`` and
``docs/performance.md`` ("Hostile inputs") record the full-size runs (a 10 MB single
line, 10⁶ short lines, 10⁵ bullets in Nơi nhận) made with ``fuzz/hostile_full.py``.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import vndocparse
from vndocparse import NotTextError, TooLargeError, VndocparseError
from vndocparse.models import Document

ROOT = Path(__file__).resolve().parents[1]
LETTER = (ROOT / "examples" / "quyet_dinh_mau.txt").read_text(encoding="utf-8")

#: Seconds any one test may take before it is failed as a hang.
ALARM_S = 30

SENTENCE = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; "


@pytest.fixture(autouse=True)
def alarm() -> Iterator[None]:
    """Fail (raise in the test) instead of hanging, on POSIX."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def timeout(signum: int, frame: object) -> None:
        raise TimeoutError(f"hostile input not parsed within {ALARM_S} s")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(ALARM_S)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def timed(text: str) -> tuple[Document, float]:
    start = time.perf_counter()
    doc = vndocparse.parse(text)
    return doc, time.perf_counter() - start


# ------------------------------------------------------------------------- long lines


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(SENTENCE * (2_000_000 // len(SENTENCE)), id="words"),
        pytest.param("x" * 2_000_000, id="one-word"),
        pytest.param(" " * 2_000_000 + "x", id="spaces"),
        # Pipe cells and number-like words cost about 2 µs a character (linear, but 15×
        # running text: every cell or "Số" is a segment), so these two are 500 KB.
        pytest.param("Số: 1/QĐ-UBND " * (500_000 // 15), id="numbers-500k"),
        pytest.param("- " * 1_000_000, id="dashes"),
        pytest.param("| " * 250_000, id="pipes-500k"),
        pytest.param("**" * 1_000_000, id="asterisks"),
    ],
)
def test_a_long_single_line(text: str) -> None:
    doc, _ = timed(text)
    assert doc.line_count == 1
    assert doc.parts and all(p.span.start_line == 1 for p in doc.parts)


def test_200k_short_lines(lossless: Callable[[str, Document], None]) -> None:
    text = "a\n" * 200_000
    doc, _ = timed(text)
    assert doc.line_count == 200_000
    covered = sum(p.span.end_line - p.span.start_line + 1 for p in doc.parts)
    assert covered == 200_000


def test_a_letter_with_20k_bullets_in_noi_nhan() -> None:
    bullets = "".join(f"- Sở ban ngành số {i};\n" for i in range(20_000))
    head, sep, tail = LETTER.partition("Nơi nhận:")
    assert sep, "the example letter has a Nơi nhận block"
    doc, _ = timed(head + "Nơi nhận:\n" + bullets + "- Lưu: VT.\n" + tail.split("\n", 1)[1])
    assert len(doc.distribution) >= 20_000
    assert doc.distribution[0] == "Sở ban ngành số 0"


def test_deeply_nested_numbering(lossless: Callable[[str, Document], None]) -> None:
    deep = "\n".join(".".join(["1"] * k) + ". Nội dung mục" for k in range(1, 500))
    deep += "\n" + "\n".join(label + " Nội dung" for label in ["a)", "-", "+", "*", "a.1)", "(1)", "i)"] * 50)
    text = LETTER.replace("Điều 1.", deep + "\nĐiều 1.", 1)
    doc, _ = timed(text)
    lossless(text, doc)
    doc.model_dump_json()  # the tree serialises (no recursion limit)


# ------------------------------------------------------------------------------ files


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:  # a sparse 50 MiB + 1 byte file: nothing is written
        f.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(TooLargeError) as exc:
        vndocparse.parse_file(big)
    assert "over the size limit of 52,428,800 bytes" in str(exc.value) and str(big) in str(exc.value)
    small = tmp_path / "small.txt"
    small.write_text(LETTER, encoding="utf-8")
    with pytest.raises(TooLargeError):
        vndocparse.parse_file(small, max_bytes=1024)
    assert vndocparse.parse_file(small, max_bytes=len(LETTER.encode()) + 1).line_count > 0


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x00" * 1_000_000, id="nul-megabyte"),
        pytest.param(LETTER.encode() + b"\x00\x01\x02" + LETTER.encode(), id="nul-in-text"),
        pytest.param(os.urandom(200_000), id="random-bytes"),
        pytest.param(b"%PDF-1.7\n" + os.urandom(1000), id="pdf-magic"),
        pytest.param(b"\x7fELF\x02\x01\x01" + b"\x00" * 64, id="elf"),
    ],
)
def test_nul_bytes_and_binary_are_a_clear_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(data)
    try:
        doc = vndocparse.parse_file(path)
    except NotTextError as exc:
        assert str(path) in str(exc)
    except VndocparseError as exc:  # random bytes may also be undecodable text
        assert str(path) in str(exc)
    else:  # random bytes without NUL decode as Windows-1258: a (meaningless) document
        assert isinstance(doc, Document)


def test_nul_megabyte_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "zeros.txt"
    path.write_bytes(b"\x00" * 1_000_001)  # odd length: not UTF-16 either
    with pytest.raises(NotTextError, match="NUL"):
        vndocparse.parse_file(path)


def test_nul_characters_in_a_str_are_parsed() -> None:
    doc, _ = timed(LETTER.replace("\n", "\x00\n") + "\x00" * 100_000)
    assert isinstance(doc, Document)


# ------------------------------------------------- found by fuzzing and the audit (fixed)


def test_a_line_of_dashes_not_at_its_end() -> None:
    signal.alarm(2)  # the fixture disarms it at teardown
    vndocparse.parse("Nội dung " + "- " * 8000 + "x")


def test_a_run_of_quote_marks() -> None:
    signal.alarm(2)  # the fixture disarms it at teardown
    vndocparse.parse(">" * 40 + "T")
