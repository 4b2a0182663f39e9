"""Time and size of printed PDFs: one node and the whole bundled report, then the booklet of the largest
corpus report (targets: under 2 s and under 3 MB), in one run.

python benchmarks/bench_print.py [--runs 3] [--keep DIR]

Prints figures only: timing is for people to read, never asserted in the tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from zoneview import paths
from zoneview.ingest import parse_report
from zoneview.store import Document, reading, write_database
from zoneview.ui.offscreen import export_pdf

LARGEST = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "2026年广东省政府工作报告.txt"
TARGET_SECONDS, TARGET_BYTES = 2.0, 3_000_000


def timed(store: Document, node: str | None, out: Path, runs: int) -> tuple[float, int, int]:
    """Median seconds over `runs`, pages and bytes of the last PDF."""
    times = []
    pages = 0
    for _ in range(runs):
        start = time.perf_counter()
        pages = export_pdf(store, node, out)
        times.append(time.perf_counter() - start)
    return statistics.median(times), pages, out.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Copy the largest booklet into this folder.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        largest_db = folder / "largest.db"
        write_database(parse_report(LARGEST.read_bytes(), LARGEST.name), largest_db)
        with reading(paths.bundled_database()) as store:
            export_pdf(store, "1.1", folder / "warm.pdf")  # first use loads fonts and translations
            for label, node in (("one node (1.1)", "1.1"), ("whole report", None)):
                seconds, pages, size = timed(store, node, folder / "bundled.pdf", args.runs)
                print(f"{label:>22}: median {seconds:5.2f} s over {args.runs} runs, {pages} pages, "
                      f"{size / 1e6:.2f} MB")  # fmt: skip
        with reading(largest_db) as store:
            booklet = folder / "largest.pdf"
            seconds, pages, size = timed(store, None, booklet, args.runs)
            verdict = "ok" if seconds < TARGET_SECONDS and size < TARGET_BYTES else "OVER TARGET"
            print(f"{'largest corpus booklet':>22}: median {seconds:5.2f} s over {args.runs} runs, "
                  f"{pages} pages, {size / 1e6:.2f} MB ({LARGEST.name}) {verdict}")  # fmt: skip
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(booklet, args.keep / "largest-booklet.pdf")
    print(f"targets: the largest booklet under {TARGET_SECONDS:g} s and under {TARGET_BYTES / 1e6:g} MB")


if __name__ == "__main__":
    main()
