"""Time to first paint of the zoneview window, next to a bare Qt window of the same shape, in one run.

    python benchmarks/bench_startup.py [--runs 7]

Each sample is a fresh process on the off-screen platform; the clock starts before Qt is imported and
stops at the first paint of the text pane. Target: zoneview within 1.5x of the bare window, with
pyqtgraph not yet imported at that moment. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
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
from zoneview import paths
from zoneview.store import ReportStore
from zoneview.ui.app import application, settings
from zoneview.ui import i18n
from zoneview.ui.mainwindow import MainWindow
app = application()
i18n.install_language(app, "zh")
window = MainWindow(ReportStore(paths.bundled_database()), settings())
window.navigate("node:summary")
probe = FirstPaint(window.detail.browser.viewport())
app.installEventFilter(probe)
window.show()
app.exec()
"""
)


def sample(script: str) -> tuple[float, bool]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    line = out.stdout.strip().splitlines()[-1]
    millis, loaded = line.split()
    return float(millis), loaded == "True"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sample(BARE)  # warm the file cache for both
    sample(ZONEVIEW)
    bare, ours, loaded = [], [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        bare.append(sample(BARE)[0])
        millis, pyqtgraph_loaded = sample(ZONEVIEW)
        ours.append(millis)
        loaded.append(pyqtgraph_loaded)
    b, z = statistics.median(bare), statistics.median(ours)
    print(f"bare Qt window : median {b:7.1f} ms  (min {min(bare):.1f}, max {max(bare):.1f})")
    print(f"zoneview       : median {z:7.1f} ms  (min {min(ours):.1f}, max {max(ours):.1f})")
    print(f"ratio          : {z / b:.2f}x  (target: within 1.5x)")
    print(f"pyqtgraph imported before first paint: {any(loaded)}")


if __name__ == "__main__":
    main()
