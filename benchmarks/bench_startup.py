"""Start-up of the zoneview window, next to bare Qt windows of the same shape, in one run.

    python benchmarks/bench_startup.py [--runs 7]

Two measures, each a fresh process per sample on the off-screen platform, timed two ways: from launch
(what a user waits for: interpreter start-up included) and from the first line of the script
(imports, window, paint). zoneview starts as the `zoneview` command (and the desktop entry) starts
it, through its entry point, so whatever that imports is counted too, in the order it imports it: the
probe imports no Qt of its own before zoneview does (PySide6's import hook makes every module imported
after it slower to import, so the order matters), and hooks in once zoneview.ui.mainwindow is loaded.

- Whole window, charts painted (the measure issue 13 sets): a reader coming back to the report's main
  indicators (bar charts), until the first chart has painted, against a bare window with a tree, rich text and
  pyqtgraph bars, until its bars have painted. Target: within 1.2x.
- Text first: a first start (empty settings and data folders, the preamble shown), until the text
  pane's first paint, against a bare window with a tree and rich text and no pyqtgraph at all. This
  is the stricter ratio; pyqtgraph must not be imported yet at that moment.

Prints figures; asserts nothing.
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

# A bare window of zoneview's shape: a tree, and beside it rich text (CHART_COLUMN puts bars below it)
BARE_WINDOW = """
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
RIGHT
window.setCentralWidget(split)
window.resize(1280, 800)
probe = FirstPaint(PAINTED.viewport())
app.installEventFilter(probe)
window.show()
app.exec()
"""

CHART_COLUMN = """
import pyqtgraph as pg
right = QSplitter(Qt.Orientation.Vertical)
plot = pg.PlotWidget()
plot.addItem(pg.BarGraphItem(x0=[0] * 5, y=list(range(5)), height=0.6, width=[3, 5, 2, 7, 4]))
right.addWidget(text)
right.addWidget(plot)
split.addWidget(right)
"""

BARE = PROBE + BARE_WINDOW.replace("RIGHT", "split.addWidget(text)").replace("PAINTED", "text")
BARE_CHARTS = PROBE + BARE_WINDOW.replace("RIGHT", CHART_COLUMN).replace("PAINTED", "plot")

# zoneview's own start-up is left in its order (launch.main imports what it imports, when it does): the
# probe waits for zoneview.ui.mainwindow to be loaded, then wraps the method that marks the moment.
AFTER_MAINWINDOW = """
import time
start = time.perf_counter()
import sys
from importlib.machinery import PathFinder

class AfterMainWindow:
    def find_spec(self, name, path, target=None):
        if name != "zoneview.ui.mainwindow":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            patch(module)
        spec.loader.exec_module = exec_module
        return spec

def first_paint(widget):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if obj is widget and event.type() == QEvent.Type.Paint:
                print(f"{(time.perf_counter() - start) * 1000:.1f} {'pyqtgraph' in sys.modules}", flush=True)
                QApplication.instance().exit(0)
            return False

    probe = FirstPaint()
    QApplication.instance().installEventFilter(probe)
    return probe

sys.meta_path.insert(0, AfterMainWindow())
sys.argv = ["zoneview"]
PATCH
from zoneview.launch import main
main()
"""

ZONEVIEW_CHARTS = AFTER_MAINWINDOW.replace(
    "PATCH",
    """
def patch(mainwindow):
    loaded = mainwindow.MainWindow.load_charts
    def load_charts(window):
        loaded(window)
        from zoneview.ui.chart import BarChart
        window.probe = first_paint(window.chart.findChildren(BarChart)[0].viewport())
    mainwindow.MainWindow.load_charts = load_charts
""",
)

ZONEVIEW = AFTER_MAINWINDOW.replace(
    "PATCH",
    """
def patch(mainwindow):
    shown = mainwindow.MainWindow.show
    def show(window):
        window.probe = first_paint(window.detail.browser.viewport())
        shown(window)
    mainwindow.MainWindow.show = show
""",
)


def sample(script: str, folders: dict[str, str]) -> tuple[float, float, bool]:
    """(ms from launch, ms from the script's first line, pyqtgraph loaded) at the first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **folders}
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as home:
        first = {"ZONEVIEW_DATA_HOME": f"{home}/first/data", "XDG_CONFIG_HOME": f"{home}/first/config"}
        back = {"ZONEVIEW_DATA_HOME": f"{home}/back/data", "XDG_CONFIG_HOME": f"{home}/back/config"}
        settings = Path(back["XDG_CONFIG_HOME"]) / "zoneview" / "zoneview.ini"
        settings.parent.mkdir(parents=True)
        settings.write_text("[view]\nlast_node=summary\n", encoding="utf-8")  # the main indicators: bars
        print("Whole window, charts painted (a reader coming back to the main indicators):")
        report(measure(args.runs, (BARE_CHARTS, back), (ZONEVIEW_CHARTS, back)), "first chart painted")
        print("Text first (a first start, the preamble):")
        runs = measure(args.runs, (BARE, first), (ZONEVIEW, first))
        report(runs, "text pane's first paint")
        print(f"pyqtgraph imported before the text's first paint: {any(s[2] for s in runs['zoneview'])}")


Sample = tuple[float, float, bool]


def report(runs: dict[str, list[Sample]], until: str) -> None:
    medians = {}
    for label, samples in runs.items():
        launch = statistics.median(s[0] for s in samples)
        script = statistics.median(s[1] for s in samples)
        medians[label] = (launch, script)
        print(f"{label:>17}: from launch {launch:6.1f} ms   from script start {script:6.1f} ms   "
              f"(medians, until the {until})")  # fmt: skip
    bare, ours = medians["bare Qt window"], medians["zoneview"]
    print(f"{'ratio':>17}: from launch {ours[0] / bare[0]:.2f}x   from script start {ours[1] / bare[1]:.2f}x"
          "   (target: within 1.2x)")  # fmt: skip


def measure(
    count: int, bare: tuple[str, dict[str, str]], ours: tuple[str, dict[str, str]]
) -> dict[str, list[Sample]]:
    sample(*bare)  # warm the file cache for both
    sample(*ours)
    runs: dict[str, list[Sample]] = {"bare Qt window": [], "zoneview": []}
    for _ in range(count):  # interleaved, so both see the same machine load
        runs["bare Qt window"].append(sample(*bare))
        runs["zoneview"].append(sample(*ours))
    return runs


if __name__ == "__main__":
    main()
