"""Promised against delivered, measured on hand annotation (tests/corpus/scorecard/, made from the text).

Prints, against their targets:
- issuer right: each corpus report's issuer in a library of them all (issuers.gold.json);
- targets marked: the gold targets (every main-targets figure of the State Council, Dapeng and 2026
  provincial reports) that the parser finds at their place with their value, as kind `target`;
- indicator named: of those, the ones whose figure the lexicon names as the gold's indicator;
- target recall: scorecard cells whose target the gold gives and `zoneview scorecard` finds, same value;
- outcome right: scorecard cells (gold ones with a target or an outcome) whose outcome is the gold's
  value, or none where the gold has none ("not reported");
- verdict right: cells with a target whose verdict is the gold's;
then the time of a 26-report scorecard and of `targets` over a 1,000-report library.

    python benchmarks/bench_scorecard.py [--misses] [--no-timing]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
GOLD = CORPUS / "scorecard"
SERIES = {"国务院": "国务院政府工作报告_", "深圳市大鹏新区": "大鹏新区"}
TARGETS = {
    "issuer": 1.0,
    "targets_marked": 0.98,
    "indicator_named": 0.97,
    "target_recall": 0.97,
    "outcome": 0.97,
    "verdict": 0.97,
}


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)
    by_series: dict[str, list[int]] = field(default_factory=dict)  # series -> [right, total]

    def add(self, ok: bool, miss: str, series: str = "") -> None:
        self.total += 1
        self.right += ok
        if series:
            counts = self.by_series.setdefault(series, [0, 0])
            counts[0] += ok
            counts[1] += 1
        if not ok:
            self.misses.append(miss)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0


FOLDERS = (CORPUS, CORPUS / "series", GOLD / "reports")


def corpus_file(name: str) -> Path:
    for folder in FOLDERS:
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(name)


def series_files(prefix: str) -> list[Path]:
    return sorted(path for folder in FOLDERS for path in folder.glob(f"{prefix}*.txt"))


def gold_cells(issuer: str) -> list[dict[str, Any]]:
    files = GOLD.glob("国务院-*.gold.json") if issuer == "国务院" else [GOLD / f"{issuer[3:]}.gold.json"]
    return [cell for path in sorted(files) for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]]


def build_library(folder: Path) -> Path:
    """Every annotated report in one library, as `zoneview add` makes it."""
    from zoneview.service import add_report
    from zoneview.store.library import LibraryWriter

    path = folder / "library.db"
    names = json.loads((GOLD / "issuers.gold.json").read_text(encoding="utf-8"))
    with LibraryWriter(path) as library:
        for name in sorted(names):
            add_report(library, corpus_file(name))
    return path


def score_issuers(library: Path, tallies: dict[str, Tally]) -> None:
    """Each report's issuer as the library lists it: what `list`, `--issuer` and the window show."""
    from zoneview.store import reading

    with reading(library) as store:
        found = {d.source_file: d.issuer for d in store.library.documents()}
    for name, gold in json.loads((GOLD / "issuers.gold.json").read_text(encoding="utf-8")).items():
        got = found.get(name)
        tallies["issuer"].add(got == gold["issuer"], f"issuer {name}: {got!r}, expected {gold['issuer']!r}")


HELD_OUT = "省-2026"  # 31 provincial reports: a check, never tuned on


def _gold_targets() -> list[tuple[str, dict[str, Any], str | None, str]]:
    """(file, target as the gold gives it, its indicator, its series) for every gold target with a value."""
    found = []
    for issuer in SERIES:
        for cell in gold_cells(issuer):
            if cell["target"]:
                found.append((cell["target"]["file"], cell["target"], cell["indicator"], issuer))
    provinces = json.loads((GOLD / f"{HELD_OUT}.gold.json").read_text(encoding="utf-8"))
    for name, report in provinces.items():
        found += [(name, t, t["indicator"], HELD_OUT) for t in report["targets"] if t["value"] is not None]
    return found


def score_targets(tallies: dict[str, Tally]) -> None:
    from zoneview.ingest.formats import parse_document
    from zoneview.ingest.subjects import standard_indicator

    parsed: dict[str, Any] = {}
    for name, target, indicator, series in _gold_targets():
        if name not in parsed:
            path = corpus_file(name)
            parsed[name] = parse_document(path.read_bytes(), path.name)
        start, end = target["offset"], target["offset"] + len(target["quote"])
        figures = [
            f
            for f in parsed[name].indicators
            if start <= f.start < end and abs(f.value - target["value"]) < 1e-9 and f.unit == target["unit"]
        ]
        where = f"{name} @{start} {target['quote']}"
        figure = figures[0] if figures else None
        kind = figure.kind if figure else "missing"
        tallies["targets_marked"].add(kind == "target", f"target {where}: {kind}", series)
        if indicator is not None:
            named = standard_indicator(figure.name) if figure else None
            got = named.name if named else (figure.name if figure else "missing")
            miss = f"indicator {where}: {got!r}, expected {indicator!r}"
            tallies["indicator_named"].add(got == indicator, miss, series)


def _same(found: Any, gold: dict[str, Any] | None) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    high = gold.get("value_high")
    return (
        abs(found.value - gold["value"]) < 1e-9
        and found.unit == gold["unit"]
        and ((found.value_high is None) == (high is None))
        and (high is None or abs(found.value_high - high) < 1e-9)
    )


def score_scorecards(library: Path, tallies: dict[str, Tally]) -> float:
    from zoneview.store import reading
    from zoneview.store.scorecard import score_issuer

    elapsed = 0.0
    with reading(library) as store:
        for issuer in SERIES:
            began = time.perf_counter()
            cells = {(c.indicator, c.year): c for c in score_issuer(store.library, issuer)}
            if issuer == "国务院":
                elapsed = time.perf_counter() - began
            for gold in gold_cells(issuer):
                key = (gold["indicator"], gold["year"])
                cell = cells.get(key)
                where = f"{issuer} {key[0]} {key[1]}"
                target = cell.target if cell else None
                outcome = cell.outcome if cell else None
                if gold["target"]:
                    got = target.quote if target else None
                    tallies["target_recall"].add(_same(target, gold["target"]), f"target {where}: {got!r}, "
                                                 f"expected {gold['target']['quote']!r}", issuer)  # fmt: skip
                if gold["target"] or gold["outcome"]:
                    got = outcome.quote if outcome else None
                    expected = gold["outcome"]["quote"] if gold["outcome"] else None
                    tallies["outcome"].add(_same(outcome, gold["outcome"]), f"outcome {where}: {got!r}, "
                                           f"expected {expected!r}", issuer)  # fmt: skip
                if gold["target"] or gold["target_text"]:
                    verdict = str(cell.verdict) if cell else "no cell"
                    tallies["verdict"].add(verdict == gold["verdict"], f"verdict {where}: {verdict}, "
                                           f"expected {gold['verdict']}", issuer)  # fmt: skip
    return elapsed


def targets_time(library: Path, folder: Path, reports: int = 1000) -> tuple[float, int]:
    """`targets` over a library of `reports` documents: the annotated series copied over and over."""
    import sqlite3

    from zoneview.store import reading
    from zoneview.store.library import copy_document
    from zoneview.store.scorecard import all_targets

    big = folder / "big.db"
    big.write_bytes(library.read_bytes())
    conn = sqlite3.connect(big, isolation_level=None)
    conn.execute("ATTACH DATABASE ? AS seed", (library.resolve().as_uri() + "?mode=ro",))
    ids = [r[0] for r in conn.execute("SELECT id FROM seed.documents ORDER BY id")]
    conn.execute("BEGIN")
    count = len(ids)
    while count < reports:
        for old in ids[: reports - count]:
            copy_document(conn, "seed", old)
            count += 1
    conn.execute("COMMIT")
    conn.close()
    with reading(big) as store:
        began = time.perf_counter()
        found = all_targets(store.library)
        return time.perf_counter() - began, len(found)


def run(timing: bool = True) -> tuple[dict[str, Tally], dict[str, float]]:
    tallies = {name: Tally() for name in TARGETS}
    times: dict[str, float] = {}
    score_targets(tallies)
    with tempfile.TemporaryDirectory(prefix="bench-scorecard-") as folder:
        library = build_library(Path(folder))
        score_issuers(library, tallies)
        times["scorecard_26_reports_s"] = score_scorecards(library, tallies)
        if timing:
            times["targets_1000_reports_s"], _ = targets_time(library, Path(folder))
    return tallies, times


def main() -> None:
    tallies, times = run(timing="--no-timing" not in sys.argv)
    print(f"{'measure':<18} {'right':>7} {'of':>5} {'rate':>7} {'target':>7}")
    for name, tally in tallies.items():
        print(f"{name:<18} {tally.right:>7} {tally.total:>5} {tally.rate:>7.1%} {TARGETS[name]:>7.0%}")
    for name, tally in tallies.items():
        for series, (right, total) in sorted(tally.by_series.items()):
            print(f"  {series:<16} {right:>7} {total:>5} {right / total:>7.1%}   {name}")
    for name, seconds in times.items():
        limit = 0.2 if name.startswith("scorecard") else 0.5
        print(f"{name:<24} {seconds * 1000:>8.0f} ms   target < {limit * 1000:.0f} ms")
    if "--misses" in sys.argv:
        for name, tally in tallies.items():
            for miss in tally.misses:
                print(f"  {name}: {miss}")


if __name__ == "__main__":
    main()
