"""A library of 1,000 reports next to a library of one, measured in the same run: import, search, opening
a document, the window's first paint and memory.

    python benchmarks/bench_library.py [--reports 1000] [--runs 5] [--corpus DIR] [--keep DIR]

The reports are copies of the real ones in --corpus (the development corpus): copy k of a report has
its years moved and its figures scaled (tests/synthetic.py, moved_report), so it reads as the
same body's report of another year and no two copies share a sha256. They are added one by one through
LibraryWriter.add (parse, build, copy in), in a child process whose peak resident memory is read from wait4.
Then: library search latency over realistic queries (short terms, long ones, two terms, a rare term,
a term found nowhere) next to per-document search; opening one document (its outline and first node)
of the big library next to a library of one; the window's first paint with each library (bench_startup's
probe, the real `zoneview --db LIB`) and the window's peak resident memory.

Targets: the import takes a couple of minutes at most on 2 cores; library search p95 < 20 ms; a
document opens as fast as in a library of one; first paint within 1.1x of a library of one; the window
under 300 MB resident. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]  # a script, or loaded by a test

from bench_startup import PROBE, sample  # noqa: E402 - beside this file

CORPUS = Path("/work/shared/corpus")
# What users of a library of work reports look for: terms of 2, 3 and 4+ characters, two terms at once,
# a term few reports hold, and one none does.
QUERIES = ["就业", "贷款", "改革", "生产总值", "高质量发展", "营商环境", "乡村振兴", "就业 收入", "碳达峰",
           "独角兽", "量子信息", "不存在的词语"]  # fmt: skip
# Years and scales for the copies: copy k of a report moves its years by YEARS[k % 11] and scales its
# figures by 1 + 0.03 * (k // 11), so every copy differs from every other.
YEARS = (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5)
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def copies(corpus: Path, count: int) -> Iterator[tuple[str, str]]:
    """(file name, text) of `count` reports: the corpus's, then copies moved to other years."""
    from synthetic import moved_report  # tests/synthetic.py: a test helper, not part of zoneview

    sources = sorted(corpus.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no reports (*.txt) in {corpus}")
    texts = [s.read_text(encoding="utf-8") for s in sources]
    for k in range(count):
        source, text = sources[k % len(sources)], texts[k % len(sources)]
        copy = k // len(sources)
        years, scale = YEARS[copy % len(YEARS)], 1 + 0.03 * (copy // len(YEARS))
        yield f"{copy:03d}/{_moved_name(source.stem, years)}.txt", moved_report(text, years, scale)


def _moved_name(stem: str, years: int) -> str:
    return _FILE_YEAR.sub(lambda m: str(int(m.group()) + years), stem)


def build_library(folder: Path, count: int, corpus: Path = CORPUS) -> dict[str, float]:
    """A library at folder/library.db (the bundled report, then `count` reports added through
    LibraryWriter.add); what the import took: seconds, megabytes of text, reports new and skipped."""
    from zoneview.service import add_report
    from zoneview.store.library import LibraryWriter

    reports = folder / "reports"
    written = 0
    for name, text in copies(corpus, count):
        path = reports / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written += path.stat().st_size
    files = sorted(reports.glob("*/*.txt"))
    began = time.perf_counter()
    added = 0
    with LibraryWriter(folder / "library.db") as library:
        for path in files:
            added += add_report(library, path).new
    seconds = time.perf_counter() - began
    return {"seconds": seconds, "mb": written / 1e6, "added": added, "skipped": len(files) - added}


IMPORT = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from bench_library import build_library
print(json.dumps(build_library(Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[4]))))
"""

# The real command line opens the window (zoneview --db LIB); the probe watches the detail pane of the
# window it makes, and its peak memory is read once it has painted.
WINDOW = (
    PROBE  # bench_startup's: prints the ms to the first paint of the widget it watches
    + """
from zoneview.ui.app import application
from zoneview.ui.mainwindow import MainWindow

class WindowPaint(FirstPaint):
    def eventFilter(self, obj, event):
        if self.target is None and event.type() == QEvent.Type.Paint:
            window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
            self.target = window.detail.browser.viewport() if window else None
        return super().eventFilter(obj, event)

app = application()
probe = WindowPaint(None)
app.installEventFilter(probe)
sys.argv = ["zoneview", "--db", DB, "--lang", "zh"]
from zoneview.cli import main
try:
    main()
finally:
    status = open("/proc/self/status").read()
    print(int(status.split("VmHWM:")[1].split()[0]) / 1024, file=sys.stderr, flush=True)
"""
)


def user_folders(home: Path) -> dict[str, str]:
    """User data and config folders of the child's own, in `home`."""
    names = ("ZONEVIEW_DATA_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME")
    return {name: str(home / name.lower()) for name in names}


def child_env(home: Path) -> dict[str, str]:
    """The child's environment: off screen, this checkout first, user folders of its own."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **user_folders(home)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def import_library(folder: Path, count: int, corpus: Path) -> tuple[dict[str, float], float]:
    """(what build_library said, peak resident MB) for the import in a child process."""
    child = subprocess.Popen(
        [sys.executable, "-c", IMPORT, str(folder), str(count), str(Path(__file__).parent), str(corpus)],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(folder),
    )
    _, status, usage = os.wait4(child.pid, 0)
    out = child.stdout.read() if child.stdout else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("the import failed")
    return json.loads(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def search_ms(db: Path, rounds: int, *, library: bool, year: int | None = None) -> list[float]:
    """Each query's latency, `rounds` times; per-document search runs in each document it can."""
    from zoneview.store import reading

    timings = []
    with reading(db) as store:
        documents = [d.id for d in store.library.documents()][:rounds]
        for r in range(rounds):
            document = store.library.document(documents[r % len(documents)])
            for q in QUERIES:
                began = time.perf_counter()
                if library:
                    store.library.search(q, year=year)
                else:
                    document.search(q)
                timings.append((time.perf_counter() - began) * 1000)
    return timings


def search_table(db: Path, rounds: int) -> list[tuple[str, float, float, int]]:
    """(query, median ms, p95 ms, hits) over the library, one row a query."""
    from zoneview.store import reading

    rows = []
    with reading(db) as store:
        for q in QUERIES:
            times = []
            for _ in range(rounds):
                began = time.perf_counter()
                hits = store.library.search(q)
                times.append((time.perf_counter() - began) * 1000)
            rows.append((q, statistics.median(times), max(times), len(hits)))
    return rows


SUBJECTS = ("地区生产总值", "城镇新增就业", "居民消费价格涨幅", "一般公共预算收入", "粮食产量")


def compare_ms(db: Path, rounds: int) -> list[tuple[str, str, float, int]]:
    """(subject, issuer, median ms, points) of `zoneview compare SUBJECT` as the window runs it: the
    subject's figures across the library, the issuer with the most reports, the series and verdicts."""
    from zoneview.store import reading
    from zoneview.store.series import compare

    rows = []
    with reading(db) as store:
        for subject in SUBJECTS:
            times, found = [], None
            for _ in range(rounds):
                began = time.perf_counter()
                found = compare(store.library, subject)
                times.append((time.perf_counter() - began) * 1000)
            assert found is not None
            rows.append((subject, found.issuer or "-", statistics.median(times), len(found.points)))
    return rows


def open_document_ms(db: Path, document: int | None, rounds: int) -> float:
    """Median ms to open a document: Document on it, its outline, its first node read in full."""
    from zoneview.store import reading

    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        with reading(db, document) as store:
            outline = store.outline()
            store.node(outline[0].id)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def first_paint(db: Path, home: Path) -> tuple[float, float]:
    """(ms from launch, ms from the script's first line) to the first paint of `zoneview --db db`."""
    from_launch, from_script, _ = sample(f"DB = {str(db)!r}\n" + WINDOW, user_folders(home))
    return from_launch, from_script


def window_rss(db: Path, home: Path) -> float:
    """Peak resident MB of the window process of `zoneview --db db`, at its first paint."""
    child = subprocess.run(
        [sys.executable, "-c", f"DB = {str(db)!r}\n" + WINDOW],
        capture_output=True,
        text=True,
        env=child_env(home),
        timeout=300,
    )
    return float(child.stderr.strip().splitlines()[-1])


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5, help="samples of each first paint")
    parser.add_argument("--rounds", type=int, default=10, help="times each query is searched")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--keep", type=Path, help="build the libraries here, and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zoneview-library-") as tmp:
        folder = args.keep or Path(tmp)
        big, one = folder / "big", folder / "one"
        for f in (big, one):
            f.mkdir(parents=True, exist_ok=True)
        if not (big / "library.db").exists():
            done, rss = import_library(big, args.reports, args.corpus)
            rate = done["added"] / done["seconds"]
            print(f"import: {done['added']:.0f} reports ({done['mb']:.1f} MB of text, {done['skipped']:.0f} "
                  f"skipped as known) in {done['seconds']:.1f} s: {rate:.1f} reports/s, "
                  f"{done['mb'] / done['seconds']:.2f} MB/s; peak RSS {rss:.0f} MB")  # fmt: skip
        if not (one / "library.db").exists():
            import_library(one, 1, args.corpus)
        for label, f in (("library", big), ("library of one", one)):
            size = (f / "library.db").stat().st_size / 1e6
            print(f"{label:>16}: {size:7.1f} MB on disk")

        db = big / "library.db"
        whole = search_ms(db, args.rounds, library=True)
        each = search_ms(db, args.rounds, library=False)
        years = Counter(d.year for d in _documents(db) if d.year)
        year, held = years.most_common(1)[0]
        of_year = search_ms(db, args.rounds, library=True, year=year)
        print(f"search, whole library: median {statistics.median(whole):6.2f} ms  p95 {p95(whole):6.2f} ms"
              f"  max {max(whole):6.1f} ms  (target: p95 < 20 ms)")  # fmt: skip
        print(f"search, one year:      median {statistics.median(of_year):6.2f} ms  p95 "
              f"{p95(of_year):6.2f} ms  max {max(of_year):6.1f} ms  ({year}: {held} documents)")  # fmt: skip
        print(f"search, one document:  median {statistics.median(each):6.2f} ms  p95 {p95(each):6.2f} ms"
              f"  max {max(each):6.1f} ms")  # fmt: skip
        for q, median, slowest, hits in search_table(db, max(3, args.rounds // 2)):
            print(f"{'':>6}{q}{'':{max(1, 12 - _width(q))}} median {median:6.2f} ms  max {slowest:6.1f} ms  "
                  f"{hits:3d} hits")  # fmt: skip

        for subject, issuer, median, points in compare_ms(db, max(3, args.rounds // 2)):
            print(f"compare {subject}{'':{max(1, 16 - _width(subject))}} median {median:7.1f} ms  "
                  f"{points:3d} points ({issuer})")  # fmt: skip

        last = max(d.id for d in _documents(db))
        opened = open_document_ms(db, last, args.rounds)
        alone = open_document_ms(one / "library.db", None, args.rounds)
        print(f"open a document (store, outline, first node): {opened:.1f} ms in the library, "
              f"{alone:.1f} ms in a library of one ({opened / alone:.2f}x)")  # fmt: skip

        libraries = {"library": big, "library of one": one}
        paints: dict[str, list[tuple[float, float]]] = {label: [] for label in libraries}
        for f in libraries.values():  # warm the file cache for both
            first_paint(f / "library.db", f)
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            for label, f in libraries.items():
                paints[label].append(first_paint(f / "library.db", f))
        medians = {k: (statistics.median(s[0] for s in v), statistics.median(s[1] for s in v))
                   for k, v in paints.items()}  # fmt: skip
        for label, f in libraries.items():
            launch, script = medians[label]
            print(f"{label:>16}: first paint {launch:6.0f} ms from launch, {script:6.0f} ms from script "
                  f"start; window peak RSS {window_rss(f / 'library.db', f):5.0f} MB")  # fmt: skip
        big_paint, one_paint = medians["library"], medians["library of one"]
        print(
            f"{'ratio':>16}: {big_paint[0] / one_paint[0]:.2f}x from launch, "
            f"{big_paint[1] / one_paint[1]:.2f}x from script start (target: within 1.1x; window < 300 MB)"
        )


def _width(text: str) -> int:
    """Columns the text takes in a terminal: a Chinese character takes two."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def _documents(db: Path) -> list[Any]:
    from zoneview.store import reading

    with reading(db) as store:
        return store.library.documents()


if __name__ == "__main__":
    main()
