"""Very large reports, next to the bundled one measured in the same run: build time and memory, time to
the window's first paint, and the time to open any node.

    python benchmarks/bench_scale.py [--size-mb 50] [--runs 3] [--keep DIR] [--corpus DIR] [--only NAME]

Reports: the bundled report (the baseline); one of --size-mb megabytes of real text, the corpus's
reports one after another, repeated (--corpus: the 38 reports beside DESIGN.md where they are, else
tests/corpus; with the order of the names, one report's closing glossary holds all that follows it,
so one node has most of the text, as in the 50 MB report of issue 23); and, made by tests/synthetic.py
with figures varied, one of --size-mb megabytes (the bundled report's parts repeated, in volumes), one
of 100,000 parts, and one whose summary has 100,000 paragraphs and whose part 1 has 10,000 figures.
Each is built by `zoneview build` in a child process (wall time, and that child's peak resident
memory from wait4), then opened in child processes on
the off-screen platform: from launch to the first paint of the detail pane (median of --runs), and, in
one window, navigating to each of a set of nodes (first, middle and last of each level, the longest,
the one with most figures, the one with most children, random ones) and painting it, chart included.
Memory is the peak resident size of each child; the reports are made in a child of their own, since
a process started from a large one is charged with its peak.

Targets: the large reports build in under 60 s and under 500 MB resident; their windows paint in
under 2 s; any node opens in under 1 s. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_startup import PROBE, sample  # noqa: E402 - beside this file, which python puts on the path

from zoneview import paths  # noqa: E402

# Made in a child process of their own: a process started from this one reports this one's peak
# memory as part of its own (Linux keeps the peak across exec), so this one stays small.
MAKE = """
import sys
from pathlib import Path
from zoneview import paths
from synthetic import heavy_report, report_of_size, wide_report
folder, megabytes, corpus = Path(sys.argv[1]), float(sys.argv[2]), Path(sys.argv[3])
source = paths.bundled_report().read_text(encoding="utf-8")

def real_text(size):
    reports = chr(10).join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    copies = -(-size // len(reports.encode("utf-8")))
    return chr(10).join([reports] * copies)

texts = {
    "real.txt": lambda: real_text(int(megabytes * 1_000_000)),
    "large.txt": lambda: report_of_size(source, int(megabytes * 1_000_000), vary=1),
    "wide.txt": lambda: wide_report(100_000),
    "heavy.txt": lambda: heavy_report(100_000, 10_000),
}
for name, make in texts.items():
    if name in sys.argv[4:] and not (folder / name).exists():
        (folder / name).write_text(make(), encoding="utf-8")
"""

FIRST_PAINT = (
    PROBE  # bench_startup's: prints the ms to the first paint of the widget it watches
    + """
from zoneview.store import reading
from zoneview.ui.app import application, settings
from zoneview.ui import i18n
from zoneview.ui.mainwindow import MainWindow

app = application()
i18n.install_language(app, "zh")
window = MainWindow(reading(DB), settings())
window.persist = False
window.restore_state()
probe = FirstPaint(window.detail.browser.viewport())
app.installEventFilter(probe)
window.show()
app.exec()
"""
)

OPEN_NODES = """
import json, random, resource, sqlite3, sys, time
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from zoneview.store import reading
from zoneview.ui.app import application, settings
from zoneview.ui import i18n
from zoneview.ui.mainwindow import MainWindow

db = sys.argv[1]
conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
one = lambda sql: [r[0] for r in conn.execute(sql)]
ids = {}
for level in one("SELECT DISTINCT level FROM nodes ORDER BY level"):
    at = one(f"SELECT id FROM nodes WHERE level = {level} ORDER BY span_start")
    ids[f"first at level {level}"] = at[0]
    ids[f"middle at level {level}"] = at[len(at) // 2]
    ids[f"last at level {level}"] = at[-1]
ids["longest text"] = one("SELECT id FROM nodes ORDER BY length(text) DESC LIMIT 1")[0]
most = one("SELECT node_id FROM indicators GROUP BY node_id ORDER BY COUNT(*) DESC LIMIT 1")
if most:
    ids["most figures"] = most[0]
ids["most children"] = one(
    "SELECT COALESCE(parent_id, id) FROM nodes GROUP BY parent_id ORDER BY COUNT(*) DESC LIMIT 1"
)[0]
every = one("SELECT id FROM nodes")
rng = random.Random(1)
for k in range(10):
    ids[f"random {k + 1}"] = rng.choice(every)
entity = one("SELECT entity_id FROM mentions GROUP BY entity_id ORDER BY COUNT(*) DESC LIMIT 1")

app = application()
i18n.install_language(app, "zh")
window = MainWindow(reading(db), settings())
window.persist = False
window.resize(1280, 800)
window.restore_state()
window.show()
deadline = time.monotonic() + 60
while window.chart is None and time.monotonic() < deadline:  # charts load after the first paint
    app.processEvents()

def opened(target):
    began = time.perf_counter()
    window.navigate(target)
    for _ in range(2):  # lay out and paint it, chart included
        app.processEvents()
    window.repaint()
    took = (time.perf_counter() - began) * 1000
    settle = QEventLoop()  # as the application's loop would: the last node's charts are deleted
    QTimer.singleShot(20, settle.quit)
    settle.exec()
    return took

targets = {name: f"node:{node_id}" for name, node_id in ids.items()}
if entity:
    targets["most mentioned entity"] = f"entity:{entity[0]}"
    targets["its last page of places"] = f"entity:{entity[0]}?page=999999"
results = {name: [target, opened(target)] for name, target in targets.items()}
status = open("/proc/self/status").read() if sys.platform.startswith("linux") else ""
peak = int(status.split("VmHWM:")[1].split()[0]) if "VmHWM:" in status else 0  # this process's own
results["_peak_mb"] = (peak or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024
print(json.dumps(results), flush=True)
window.close()
"""


def child_env() -> dict[str, str]:
    # the synthetic reports are made by tests/synthetic.py, a test helper that is not part of zoneview
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def build(source: Path, db: Path) -> tuple[float, float, str]:
    """(seconds, peak resident MB, what build said) for `zoneview build` in a child process."""
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "zoneview", "build", str(source), "-o", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - began
    out = (child.stdout.read() if child.stdout else "") + (child.stderr.read() if child.stderr else "")
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"build of {source} failed: {out}")
    said = next((line for line in out.splitlines() if line.startswith("wrote")), "")
    return seconds, usage.ru_maxrss / 1024, said.split(": ", 1)[-1]


def first_paint(db: Path) -> tuple[float, float]:
    """(ms from launch, ms from the script's first line) to the detail pane's first paint."""
    from_launch, from_script, _ = sample(f"DB = {str(db)!r}\n" + FIRST_PAINT, {})
    return from_launch, from_script


def open_nodes(db: Path) -> dict[str, list]:
    out = subprocess.run(
        [sys.executable, "-c", OPEN_NODES, str(db)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=900,
        check=True,
    )
    result: dict[str, list] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build the reports and databases here, and keep them")
    shared = ROOT.parent / "shared" / "corpus"
    parser.add_argument(
        "--corpus", type=Path, default=shared if shared.is_dir() else ROOT / "tests" / "corpus"
    )
    parser.add_argument("--only", help="measure only the reports whose label holds this (and the baseline)")
    args = parser.parse_args()
    seed = paths.bundled_report()
    with tempfile.TemporaryDirectory(prefix="zoneview-scale-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        reports = {
            "bundled report": seed,
            f"{args.size_mb:g} MB real text": folder / "real.txt",
            f"{args.size_mb:g} MB report": folder / "large.txt",
            "100,000 parts": folder / "wide.txt",
            "huge nodes": folder / "heavy.txt",
        }
        if args.only:
            reports = {k: v for k, v in reports.items() if v == seed or args.only in k}
        subprocess.run(
            [sys.executable, "-c", MAKE, str(folder), str(args.size_mb), str(args.corpus)]
            + [path.name for path in reports.values()],
            env=child_env(),
            check=True,
        )
        print(f"{'report':>16} {'MB':>6} {'build s':>8} {'build RSS':>10} {'paint ms':>9} "
              f"{'open max ms':>12} {'median':>7} {'window RSS':>11}  what")  # fmt: skip
        for label, path in reports.items():
            db = folder / f"{path.stem}.db"
            seconds, rss, said = build(path, db)
            paints = [first_paint(db) for _ in range(args.runs)]
            launch = statistics.median(p[0] for p in paints)
            opened = open_nodes(db)
            peak = opened.pop("_peak_mb")
            times = {name: ms for name, (_, ms) in opened.items()}
            slowest = max(times, key=lambda k: times[k])
            size = path.stat().st_size / 1e6
            print(
                f"{label:>16} {size:6.1f} {seconds:8.1f} {rss:7.0f} MB {launch:9.0f} "
                f"{times[slowest]:12.0f} {statistics.median(times.values()):7.0f} {peak:8.0f} MB  {said}"
            )
            print(f"{'':>16} slowest to open: {slowest} ({opened[slowest][0]})")
            if os.environ.get("BENCH_SCALE_VERBOSE"):
                for name, (target, ms) in opened.items():
                    print(f"{'':>20} {ms:7.0f} ms  {name}: {target}")
    print("targets (large reports): build < 60 s and < 500 MB resident; first paint < 2000 ms (from launch);"
          " any node opens < 1000 ms")  # fmt: skip


if __name__ == "__main__":
    main()
