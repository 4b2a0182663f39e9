"""Time and size of printed PDFs: one node and the whole bundled report, then the booklet of the largest
corpus report (targets: under 2 s and under 3 MB), then a section of very many figures (100,000), all in
one run.

python benchmarks/bench_print.py [--runs 3] [--keep DIR] [--figures 100000]

The section of many figures is printed by `zoneview print --node` in a child process of its own: wall
time and that child's peak resident memory (wait4), next to the one-node print of the bundled report
measured the same way. Target: under 30 s and under 500 MB, with the printout saying what it leaves
out. Prints figures only: timing is for people to read, never asserted in the tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
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
MANY_SECONDS, MANY_MB = 30.0, 500.0


def timed(store: Document, node: str | None, out: Path, runs: int) -> tuple[float, int, int]:
    """Median seconds over `runs`, pages and bytes of the last PDF."""
    times = []
    pages = 0
    for _ in range(runs):
        start = time.perf_counter()
        pages = export_pdf(store, node, out)
        times.append(time.perf_counter() - start)
    return statistics.median(times), pages, out.stat().st_size


def in_child(*args: str | Path) -> tuple[float, float, str]:
    """(seconds, peak resident MB, what it said) of `zoneview ARGS…` in a process of its own."""
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "zoneview", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    out = child.stdout.read() if child.stdout else ""
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - began
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"zoneview {' '.join(map(str, args))} failed: {out}")
    return seconds, usage.ru_maxrss / 1024, " / ".join(out.strip().splitlines())


def many_figures(folder: Path, count: int) -> Path:
    """A report whose part 1 has `count` figures, one a line (as tests/test_chart_ceiling.py makes)."""
    source = folder / "many.txt"
    lines = ["测试报告", "一、部分"] + [f"企业{i}增加{i % 97 + 1}家。" for i in range(count)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / "many.db"
    write_database(parse_report(source.read_bytes(), source.name), db)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Copy the largest booklet into this folder.")
    parser.add_argument("--figures", type=int, default=100_000, help="Figures in the huge section (0: skip).")
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
        if args.figures:
            bundled = paths.bundled_database()
            seconds, rss, said = in_child(
                "print", "--node", "1.1", "--db", bundled, "--pdf", folder / "b.pdf"
            )
            where = "node 1.1 of the bundled report"
            print(f"{'baseline, in a child':>22}: {seconds:5.2f} s, peak {rss:4.0f} MB ({where})")
            many = many_figures(folder, args.figures)
            pdf = folder / "many.pdf"
            seconds, rss, said = in_child("print", "--node", "1", "--db", many, "--pdf", pdf)
            verdict = "ok" if seconds < MANY_SECONDS and rss < MANY_MB else "OVER TARGET"
            print(f"{f'{args.figures:,} figures, in a child':>22}: {seconds:5.2f} s, peak {rss:4.0f} MB, "
                  f"{pdf.stat().st_size / 1e6:.1f} MB PDF {verdict}")  # fmt: skip
            print(f"{'':>22}  it said: {said}")
    print(f"targets: the largest booklet under {TARGET_SECONDS:g} s and under {TARGET_BYTES / 1e6:g} MB; "
          f"a section of many figures under {MANY_SECONDS:g} s and {MANY_MB:g} MB")  # fmt: skip


if __name__ == "__main__":
    main()
