"""Build time of every development report: parse plus database write, per report and in total.

Targets (issue "Any real report, read faithfully"): the largest report under 0.5 s, the whole corpus under
5 s. The bundled report is built first in the same run, as the baseline.

    python benchmarks/bench_corpus.py [FOLDER]    # default: ../shared/corpus if present, else tests/corpus
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from zoneview.ingest import parse_report
from zoneview.store import write_database

ROOT = Path(__file__).resolve().parent.parent


def build_seconds(path: Path, folder: Path) -> float:
    began = time.perf_counter()
    write_database(parse_report(path.read_bytes(), path.name), folder / f"{path.stem}.db")
    return time.perf_counter() - began


def main() -> None:
    shared = ROOT.parent / "shared" / "corpus"
    default = shared if shared.is_dir() else ROOT / "tests" / "corpus"
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    reports = sorted(corpus.glob("*.txt"), key=lambda p: p.stat().st_size)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_seconds(ROOT / "data" / "000_fbc4be491c91ac1b.txt", folder)  # warms imports (cn2an …)
        baseline = build_seconds(ROOT / "data" / "000_fbc4be491c91ac1b.txt", folder)
        print(f"{'report':44}{'chars':>9}{'build':>9}")
        print(f"{'bundled report (baseline)':44}{2239:9d}{baseline:8.3f}s")
        total = 0.0
        for path in reports:
            seconds = build_seconds(path, folder)
            total += seconds
            chars = len(path.read_text(encoding="utf-8"))
            print(f"{path.name[:42]:44}{chars:9d}{seconds:8.3f}s")
    largest = reports[-1]
    print(f"whole corpus ({len(reports)} reports): {total:.2f} s (target < 5 s); largest: {largest.name}")


if __name__ == "__main__":
    main()
