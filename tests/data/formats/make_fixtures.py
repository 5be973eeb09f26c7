"""Write the PDF fixtures of tests/test_formats.py (run once; the PDFs are committed).

    .venv/bin/pip install fpdf2 && .venv/bin/python tests/data/formats/make_fixtures.py

Needs a TrueType font with Vietnamese glyphs (DejaVu Sans, Debian's fonts-dejavu-core);
the PDF embeds the subset it uses. The DOCX and HTML fixtures are built by the tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts import LAYOUT_NAMES, build_pdf, layout

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def main() -> None:
    for name in LAYOUT_NAMES:
        out = HERE / f"{name}.pdf"
        out.write_bytes(build_pdf(layout(name), FONT))
        print(f"wrote {out.relative_to(HERE.parents[2])} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
