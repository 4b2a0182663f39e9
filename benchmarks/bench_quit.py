"""Time from Ctrl+Q to the end of the zoneview process, as a reader meets it: a real X server (Xvfb), a
library of ~30 real reports, after a session of reading and comparing.

    python benchmarks/bench_quit.py [--runs 5] [--corpus FOLDER] [--verbose]

Each run starts `python -m zoneview --db LIBRARY` on a private X server, waits for the window and its
charts, walks down the contents tree section after section (each with its page and charts), opens the
figures tab, then the compare window (Ctrl+Shift+Y) and the scorecard (Ctrl+Shift+G), and presses
Ctrl+Q (with the scorecard in front, as a reader would) and times until the process has ended. The
library is built once from the corpus (`zoneview add`) and kept under the temporary folder.

Baseline, in the same runs, interleaved: a fresh window on the bundled one-report database, untouched
(what this benchmark measured before). Target: under 0.3 s after use. Prints figures; asserts nothing.
Needs Xvfb and xdotool. Every figure includes starting xdotool (about 0.02 s).
"""

from __future__ import annotations

import argparse
import hashlib
import json
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
REPORTS = 31

from xvfb import private_display  # noqa: E402


def default_corpus() -> Path:
    shared = ROOT.parent / "shared" / "corpus"
    return shared if shared.is_dir() else ROOT / "tests" / "corpus"


def zoneview(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zoneview", *args],
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def cached_library(corpus: Path) -> tuple[Path, int]:
    """A library of the corpus's first reports, built once per corpus and parser (`zoneview check` says
    whether the cached one is still of a version this zoneview reads), kept under the temporary folder;
    with the id of its latest State Council report, the one the session reads."""
    files = sorted(corpus.glob("*.txt"))[:REPORTS]
    key = hashlib.sha256()
    for f in files:
        key.update(f"{f.name} {f.stat().st_size} {f.stat().st_mtime_ns}\n".encode())
    key.update(zoneview("--version").stdout.encode())
    library = Path(tempfile.gettempdir()) / f"zoneview-bench-quit-{key.hexdigest()[:12]}.db"
    if not (library.is_file() and zoneview("check", "--db", str(library)).returncode == 0):
        build_library(files, library)
    listed = json.loads(zoneview("list", "--json", "--db", str(library)).stdout)
    return library, max((d["year"], d["id"]) for d in listed if d["issuer"] == "国务院")[1]


def build_library(files: list[Path], library: Path) -> None:
    library.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as home:
        built = zoneview(
            "add",
            *map(str, files),
            "--db",
            str(library),
            env={"ZONEVIEW_DATA_HOME": home, "XDG_CONFIG_HOME": home},
        )
    if built.returncode != 0:
        library.unlink(missing_ok=True)
        sys.exit(f"could not build the library: {built.stderr.strip()}")


class Session:
    """One zoneview process on the private display, driven by xdotool."""

    def __init__(self, env: dict[str, str], *args: str) -> None:
        self.env = env
        self.child = subprocess.Popen(
            [sys.executable, "-m", "zoneview", *args], env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True
        )
        self.window = self.xdotool("search", "--sync", "--onlyvisible", "--class", "zoneview").split()[0]
        self.xdotool("windowfocus", "--sync", self.window)
        time.sleep(1.5)  # the charts arrive after the first paint

    def xdotool(self, *args: str) -> str:
        out = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=60)
        return out.stdout.strip()

    def use(self) -> None:
        """A short session of reading and comparing."""
        for _ in range(12):  # down the contents tree, section after section, each with its page and charts
            self.xdotool("key", "ctrl+1", "Down")
            time.sleep(0.1)
        self.xdotool("key", "ctrl+2")  # the figures table
        time.sleep(0.3)
        self.xdotool("key", "ctrl+shift+y")  # compare: GDP over the years, typed into its field
        self.wait_for_window("across the years|历年比较")
        self.xdotool("type", "--delay", "20", "国内生产总值")
        self.xdotool("key", "Return")
        time.sleep(1.0)
        self.xdotool("windowfocus", "--sync", self.window)  # no window manager: focus, not activate
        self.xdotool("key", "ctrl+shift+g")  # targets and outcomes
        self.wait_for_window("Targets and Outcomes|目标与完成")
        time.sleep(0.5)

    def wait_for_window(self, title: str) -> None:
        found = self.xdotool("search", "--sync", "--onlyvisible", "--name", title).split()
        self.xdotool("windowfocus", "--sync", found[0])
        time.sleep(1.0)  # its charts and tables

    def quit_seconds(self) -> float:
        started = time.perf_counter()
        self.xdotool("key", "ctrl+q")
        self.child.wait(timeout=60)
        elapsed = time.perf_counter() - started
        assert self.child.stderr is not None
        errors = self.child.stderr.read().strip()
        if self.child.returncode != 0 or errors:
            print(f"  (exit {self.child.returncode}) {errors[-300:]}", file=sys.stderr)
        return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--verbose", action="store_true", help="print every run's figures")
    args = parser.parse_args()
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("needs Xvfb and xdotool")
        return
    library, document = cached_library(args.corpus)
    times: dict[str, list[float]] = {"fresh window": [], "after use": []}
    with private_display() as display, tempfile.TemporaryDirectory() as home:
        for run in range(args.runs + 1):  # the first warms the file cache and is not counted
            for label in times:
                folders = f"{home}/{run}-{label.replace(' ', '-')}"
                env = {
                    **os.environ,
                    "DISPLAY": display,
                    "QT_QPA_PLATFORM": "xcb",
                    "PYTHONPATH": str(ROOT),
                    "ZONEVIEW_DATA_HOME": f"{folders}/data",
                    "XDG_CONFIG_HOME": f"{folders}/config",
                }
                if label == "after use":
                    session = Session(env, "--db", str(library), "--document", str(document))
                    session.use()
                else:
                    session = Session(env)
                seconds = session.quit_seconds()
                if args.verbose:
                    print(f"  run {run} {label}: {seconds:.3f} s")
                if run:
                    times[label].append(seconds)
    print(f"Ctrl+Q to process end, medians over {args.runs} runs (min–max), library of {REPORTS} reports:")
    for label, samples in times.items():
        print(f"{label:>13}: {statistics.median(samples):.3f} s ({min(samples):.3f}–{max(samples):.3f})")
    print(f"{'target':>13}: under {TARGET} s after use")


if __name__ == "__main__":
    main()
