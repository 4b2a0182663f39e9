"""Time from Ctrl+Q to the end of the zoneview process, in a real X window (Xvfb, keys by xdotool).

    python benchmarks/bench_quit.py [--runs 5]

Each run starts `python -m zoneview` on a private X server, waits until its charts are shown, reads
every node and opens the figures tab (so pyqtgraph and the tables hold what a reader's session
holds), presses Ctrl+Q and times until the process has ended. Target: under 0.3 s. Prints figures;
asserts nothing. Needs Xvfb and xdotool.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the X server helper the real-window tests use
TARGET = 0.3

from xvfb import private_display  # noqa: E402


def one_run(env: dict[str, str]) -> float:
    def xdotool(*args: str) -> str:
        out = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=60)
        return out.stdout.strip()

    child = subprocess.Popen([sys.executable, "-m", "zoneview"], env=env, cwd=ROOT)
    window = xdotool("search", "--sync", "--onlyvisible", "--class", "zoneview").split()[0]
    xdotool("windowfocus", "--sync", window)
    time.sleep(1.0)  # the charts arrive after the first paint
    for _ in range(16):  # down the contents tree, node after node, each with its page and chart
        xdotool("key", "ctrl+1", "Down")
    xdotool("key", "ctrl+2")  # the figures table
    time.sleep(0.5)
    started = time.perf_counter()
    xdotool("key", "ctrl+q")
    child.wait(timeout=60)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("needs Xvfb and xdotool")
        return
    with private_display() as display, tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(ROOT),
            "ZONEVIEW_DATA_HOME": f"{home}/data",
            "XDG_CONFIG_HOME": f"{home}/config",
        }
        one_run(env)  # warm the file cache
        times = [one_run(env) for _ in range(args.runs)]
    print(f"Ctrl+Q to process end: median {statistics.median(times):.3f} s, "
          f"max {max(times):.3f} s over {len(times)} runs (target: under {TARGET} s; "
          f"includes xdotool's own start, about 0.02 s)")  # fmt: skip


if __name__ == "__main__":
    main()
