"""Time to write the whole report as a PDF (target: under 3 s), next to one node, in one run.

python benchmarks/bench_print.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from zoneview import paths
from zoneview.store import ReportStore
from zoneview.ui.offscreen import export_pdf


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with ReportStore(paths.bundled_database()) as store, tempfile.TemporaryDirectory() as tmp:
        export_pdf(store, "1.1", Path(tmp) / "warm.pdf")  # first use loads fonts and pyqtgraph
        for label, node in (("one node (1.1)", "1.1"), ("whole report", None)):
            times = []
            for i in range(args.runs):
                start = time.perf_counter()
                pages = export_pdf(store, node, Path(tmp) / f"{i}.pdf")
                times.append(time.perf_counter() - start)
            print(
                f"{label:>15}: median {statistics.median(times):5.2f} s over {args.runs} runs, {pages} pages"
            )
    print("target: whole report under 3 s")


if __name__ == "__main__":
    main()
