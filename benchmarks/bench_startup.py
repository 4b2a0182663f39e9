"""Time to first paint of the zoneview window, next to a bare Qt window of the same shape, in one run.

    python benchmarks/bench_startup.py [--runs 7]

Each sample is a fresh process on the off-screen platform, timed two ways: from launch (what a user
waits for: interpreter start-up included) and from the first line of the script (imports, window,
paint). Both stop at the first paint of the text pane. zoneview starts as the `zoneview` command
(and the desktop entry) starts it, through its entry point, so whatever that imports is counted too;
its settings and data folders are empty ones, as on a first start. Target: zoneview within 1.2x of
the bare window, with pyqtgraph not yet imported at that moment. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import time
start = time.perf_counter()
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self, target):
        super().__init__()
        self.target = target
    def eventFilter(self, obj, event):
        if obj is self.target and event.type() == QEvent.Type.Paint:
            print(f"{(time.perf_counter() - start) * 1000:.1f} {'pyqtgraph' in sys.modules}", flush=True)
            QApplication.instance().exit(0)
        return False
"""

BARE = (
    PROBE
    + """
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem
app = QApplication([])
window = QMainWindow()
split = QSplitter(Qt.Orientation.Horizontal)
tree = QTreeWidget()
for i in range(17):
    QTreeWidgetItem(tree, [f"node {i}"])
text = QTextBrowser()
text.setHtml("<h2>title</h2><p>" + "text " * 300 + "</p>")
split.addWidget(tree)
split.addWidget(text)
window.setCentralWidget(split)
window.resize(1280, 800)
probe = FirstPaint(text.viewport())
app.installEventFilter(probe)
window.show()
app.exec()
"""
)

ZONEVIEW = (
    PROBE
    + """
from zoneview.ui import mainwindow

shown = mainwindow.MainWindow.show
def show(window):
    window.probe = FirstPaint(window.detail.browser.viewport())
    QApplication.instance().installEventFilter(window.probe)
    shown(window)
mainwindow.MainWindow.show = show
sys.argv = ["zoneview"]
from zoneview.launch import main
main()
"""
)


def sample(script: str) -> tuple[float, float, bool]:
    """(ms from launch, ms from the script's first line, pyqtgraph loaded) at the first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **FIRST_START}
    # An installed zoneview runs from cached bytecode (pip compiles it); let the warm-up runs cache it
    # here too, or every sample would pay for compiling zoneview's source and the bare script nothing.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    launched = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    from_launch = (time.perf_counter() - launched) * 1000
    child.wait(timeout=120)
    millis, loaded = line.split()
    return from_launch, float(millis), loaded == "True"


FIRST_START: dict[str, str] = {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as home:
        FIRST_START.update(ZONEVIEW_DATA_HOME=f"{home}/data", XDG_CONFIG_HOME=f"{home}/config")
        runs = measure(args.runs)
    medians = {}
    for label, samples in runs.items():
        launch = statistics.median(s[0] for s in samples)
        script = statistics.median(s[1] for s in samples)
        medians[label] = (launch, script)
        print(f"{label:>15}: from launch {launch:6.1f} ms   from script start {script:6.1f} ms   (medians)")
    bare, ours = medians["bare Qt window"], medians["zoneview"]
    print(f"{'ratio':>15}: from launch {ours[0] / bare[0]:.2f}x   from script start {ours[1] / bare[1]:.2f}x"
          "   (target: within 1.2x)")  # fmt: skip
    print(f"pyqtgraph imported before first paint: {any(s[2] for s in runs['zoneview'])}")


def measure(count: int) -> dict[str, list[tuple[float, float, bool]]]:
    sample(BARE)  # warm the file cache for both
    sample(ZONEVIEW)
    runs: dict[str, list[tuple[float, float, bool]]] = {"bare Qt window": [], "zoneview": []}
    for _ in range(count):  # interleaved, so both see the same machine load
        runs["bare Qt window"].append(sample(BARE))
        runs["zoneview"].append(sample(ZONEVIEW))
    return runs


if __name__ == "__main__":
    main()
