"""How faithfully the parser reads real reports, against hand annotation (tests/corpus/*.gold.json).

Prints, per report and in total: heading recall, precision and nesting; titles; closing matter split
off; figure recall and precision inside the annotated passages; and the accuracy of each field of the
matched figures. `tests/test_fidelity.py` holds floors on the totals.

    python benchmarks/bench_fidelity.py [--verbose] [--corpus DIR]

`--corpus benchmarks/heldout` scores reports annotated the same way but never used to tune the parser.
"""

from __future__ import annotations

import json
import math
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zoneview.ingest import Report, parse_report

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
FIELDS = ("value", "unit", "base_value", "approximate", "approx_word", "qualifier", "kind", "period", "name")
HEADING_KINDS = ("part", "section", "initiative")


@dataclass
class Score:
    """Counts for one report, or summed over several."""

    headings_gold: int = 0
    headings_found: int = 0
    headings_matched: int = 0
    nested: int = 0
    titles: int = 0
    titles_right: int = 0
    closings: int = 0
    closings_right: int = 0
    figures_gold: int = 0
    figures_found: int = 0
    figures_matched: int = 0
    fields: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            mine, theirs = getattr(self, name), getattr(other, name)
            if isinstance(mine, int):
                setattr(self, name, mine + theirs)
        self.fields.update(other.fields)
        self.misses.extend(other.misses)

    def rates(self) -> dict[str, float]:
        def rate(n: int, d: int) -> float:
            return n / d if d else 1.0

        result = {
            "heading_recall": rate(self.headings_matched, self.headings_gold),
            "heading_precision": rate(self.headings_matched, self.headings_found),
            "nesting": rate(self.nested, self.headings_matched),
            "titles": rate(self.titles_right, self.titles),
            "closing": rate(self.closings_right, self.closings),
            "figure_recall": rate(self.figures_matched, self.figures_gold),
            "figure_precision": rate(self.figures_matched, self.figures_found),
        }
        for name in FIELDS:
            result[name] = rate(self.fields[name], self.figures_matched)
        return result


def score_report(gold: dict[str, Any], report: Report) -> Score:
    score = Score()
    _score_headings(gold, report, score)
    score.titles = 1
    # a report without a title line is named after its file, less the file's year tag (_2019年)
    fallback = re.sub(r"(?:\s*(?:19|20)\d{2}年?)+$", "", Path(gold["file"]).stem.replace("_", " ")).strip()
    # spaces inside a title are typesetting (政　府　工　作　报　告), which the parser normalises away
    score.titles_right = int(_unspaced(report.title) == _unspaced(gold["title"] or fallback))
    if not score.titles_right:
        score.misses.append(f"title: {report.title!r}, expected {gold['title'] or fallback!r}")
    score.closings = 1
    appendix = next((n for n in report.nodes if n.kind == "appendix"), None)
    found_closing = appendix.start if appendix else None
    score.closings_right = int(found_closing == gold["closing_start"])
    if not score.closings_right:
        score.misses.append(f"closing: {found_closing}, expected {gold['closing_start']}")
    _score_figures(gold, report, score)
    return score


def _score_headings(gold: dict[str, Any], report: Report, score: Score) -> None:
    expected = {h["offset"]: h for h in gold["headings"]}
    found = {n.start: n for n in report.nodes if n.kind in HEADING_KINDS}
    by_id = {n.id: n for n in report.nodes}
    score.headings_gold, score.headings_found = len(expected), len(found)
    gold_parent = _gold_parents(gold["headings"])
    for offset, node in found.items():
        if offset not in expected:
            score.misses.append(f"extra heading @{offset}: {node.marker}{node.title[:20]}")
            continue
        score.headings_matched += 1
        parent = by_id.get(node.parent_id or "")
        parent_offset = parent.start if parent and parent.kind in HEADING_KINDS else None
        if parent_offset == gold_parent[offset]:
            score.nested += 1
        else:
            score.misses.append(
                f"nesting @{offset} {node.marker}: parent {parent_offset}, expected {gold_parent[offset]}"
            )
    for offset, h in expected.items():
        if offset not in found:
            score.misses.append(f"missed heading @{offset}: {h['marker']}{h['title'][:20]}")


def _gold_parents(headings: list[dict[str, Any]]) -> dict[int, int | None]:
    parents: dict[int, int | None] = {}
    open_: list[dict[str, Any]] = []
    for h in headings:
        while open_ and open_[-1]["level"] >= h["level"]:
            open_.pop()
        parents[h["offset"]] = open_[-1]["offset"] if open_ else None
        open_.append(h)
    return parents


def _score_figures(gold: dict[str, Any], report: Report, score: Score) -> None:
    passages = [(p["start"], p["end"]) for p in gold["passages"]]
    found = [i for i in report.indicators if any(s <= i.start < e for s, e in passages)]
    expected = gold["figures"]
    score.figures_gold, score.figures_found = len(expected), len(found)
    used: set[int] = set()
    for g in expected:
        g_start, g_end = g["offset"], g["offset"] + len(g["text"])
        match = next(
            (k for k, f in enumerate(found) if k not in used and f.start < g_end and g_start < f.end), None
        )
        if match is None:
            score.misses.append(f"missed figure @{g_start}: {g['text']}")
            continue
        used.add(match)
        score.figures_matched += 1
        f = found[match]
        checks = {
            "value": _same(f.value, g["value"]) and _same(f.value_high, g.get("value_high")),
            "unit": f.unit == g["unit"],
            "base_value": _same(f.base_value, g["base_value"]) and f.base_unit == g["base_unit"],
            "approximate": f.approximate == g["approximate"],
            "approx_word": f.approx_word == g["approx_word"],
            "qualifier": f.qualifier == g["qualifier"],
            "kind": f.kind == g["kind"],
            "period": f.period == g["period"],
            "name": all(word in f.name for word in g["name_keywords"]),
        }
        for name, ok in checks.items():
            if ok:
                score.fields[name] += 1
            else:
                got = {"name": f.name, "base_value": (f.base_value, f.base_unit)}.get(name, getattr(f, name))
                want = {"name": g["name_keywords"], "base_value": (g["base_value"], g["base_unit"])}.get(
                    name, g.get(name)
                )
                score.misses.append(f"{name} @{g_start} {g['text']}: {got!r}, expected {want!r}")
    for k, f in enumerate(found):
        if k not in used:
            score.misses.append(f"extra figure @{f.start}: {f.quote}")


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def run(corpus: Path = CORPUS) -> tuple[dict[str, Score], Score, float]:
    """Score every annotated report: per report, in total, and the seconds the parser took."""
    per_report: dict[str, Score] = {}
    total = Score()
    elapsed = 0.0
    for gold_path in sorted(corpus.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        data = (corpus / gold["file"]).read_bytes()
        began = time.perf_counter()
        report = parse_report(data, gold["file"])
        elapsed += time.perf_counter() - began
        per_report[gold["file"]] = score_report(gold, report)
        total.add(per_report[gold["file"]])
    return per_report, total, elapsed


def main() -> None:
    verbose = "--verbose" in sys.argv
    corpus = Path(sys.argv[sys.argv.index("--corpus") + 1]) if "--corpus" in sys.argv else CORPUS
    per_report, total, elapsed = run(corpus)
    columns = list(total.rates())
    print("report".ljust(36) + " ".join(c[:9].rjust(9) for c in columns))
    for name, score in [*per_report.items(), ("TOTAL", total)]:
        rates = score.rates()
        print(name[:35].ljust(36) + " ".join(f"{rates[c]:9.1%}" for c in columns))
        if verbose and name != "TOTAL":
            for miss in score.misses:
                print("    " + miss)
    print(
        f"headings {total.headings_matched}/{total.headings_gold} found, {total.headings_found} given; "
        f"figures {total.figures_matched}/{total.figures_gold} found, {total.figures_found} given; "
        f"parsed in {elapsed:.2f} s"
    )


if __name__ == "__main__":
    main()
