"""How well the parser reads the numbers of the genre: the sentences of tests/data/numbers.tsv through
the real parser, with recall and value accuracy by category and overall.

A row is found when a figure overlaps its quote; it is right when that figure's value, sign, high value,
unit, base value and base unit are all as expected (and its kind, where the row gives one). A row of
`not_figure` (years, ordinals, codes, names) is right when no figure overlaps its quote. Recall is found
over expected; accuracy is right over found; score is right over all rows. `tests/test_numbers.py` holds
floors on these.

    python benchmarks/bench_numbers.py [--verbose]
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from zoneview.ingest import parse_text
from zoneview.ingest.model import Indicator
from zoneview.ingest.units import UNIT_FAMILY

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "numbers.tsv"
NOT_FIGURE = "not_figure"
COLUMNS = (
    "category", "sentence", "quote", "sign", "value", "value_high", "unit", "base_value", "base_unit",
    "approx", "kind",
)  # fmt: skip


@dataclass(frozen=True)
class Row:
    """One expected figure (or, for not_figure, none) of one sentence."""

    line: int
    category: str
    sentence: str
    quote: str
    value: float | None  # signed; None: no figure may overlap the quote
    value_high: float | None
    unit: str
    base_value: float | None
    base_unit: str
    approx: str | None
    kind: str | None


def _field(text: str) -> str | None:
    return None if text == "-" else text


def _number(text: str, sign: int = 1) -> float | None:
    return None if text == "-" else sign * float(text)


def load(path: Path = DATA) -> list[Row]:
    rows: list[Row] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("category\t"):
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise ValueError(f"{path.name}:{n}: {len(cells)} columns, not {len(COLUMNS)}")
        c = dict(zip(COLUMNS, cells, strict=True))
        if c["quote"] not in c["sentence"]:
            raise ValueError(f"{path.name}:{n}: the quote {c['quote']!r} is not in the sentence")
        sign = -1 if c["sign"] == "-" else 1
        rows.append(
            Row(
                line=n,
                category=c["category"],
                sentence=c["sentence"],
                quote=c["quote"],
                value=_number(c["value"], sign),
                value_high=_number(c["value_high"], sign),
                unit=c["unit"] if c["unit"] != "-" else "",
                base_value=_number(c["base_value"], sign),
                base_unit=c["base_unit"] if c["base_unit"] != "-" else "",
                approx=_field(c["approx"]),
                kind=_field(c["kind"]),
            )
        )
    return rows


def figure_at(row: Row) -> Indicator | None:
    """The figure the parser finds over the row's quote, if any."""
    start = row.sentence.index(row.quote)
    end = start + len(row.quote)
    for figure in parse_text(row.sentence).indicators:
        if figure.start < end and start < figure.end:
            return figure
    return None


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def mistakes(row: Row, figure: Indicator) -> list[str]:
    """What the figure gets wrong against the row: empty if it is right."""
    wrong = []
    for name, got, want in (
        ("value", figure.value, row.value),
        ("value_high", figure.value_high, row.value_high),
        ("base_value", figure.base_value, row.base_value),
    ):
        if not _close(got, want):
            wrong.append(f"{name} {got} != {want}")
    for name, got_text, want_text in (
        ("unit", figure.unit, row.unit),
        ("base_unit", figure.base_unit, row.base_unit),
    ):
        if got_text != want_text:
            wrong.append(f"{name} {got_text!r} != {want_text!r}")
    if row.kind is not None and figure.kind != row.kind:
        wrong.append(f"kind {figure.kind} != {row.kind}")
    return wrong


@dataclass
class Tally:
    rows: int = 0
    found: int = 0
    right: int = 0
    approx_right: int = 0

    def rates(self) -> dict[str, float]:
        def rate(n: int, d: int) -> float:
            return n / d if d else 1.0

        return {
            "recall": rate(self.found, self.rows),
            "accuracy": rate(self.right, self.found),
            "score": rate(self.right, self.rows),
            "approx": rate(self.approx_right, self.found),
        }


def run(rows: list[Row] | None = None) -> tuple[dict[str, Tally], Tally, list[str]]:
    """Tallies by category, overall, and one line per row the parser gets wrong."""
    rows = load() if rows is None else rows
    by_category: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    misses: list[str] = []
    for row in rows:
        figure = figure_at(row)
        for tally in (by_category[row.category], total):
            tally.rows += 1
        if row.value is None:  # nothing may be read here: rejecting it is finding it right
            ok = figure is None
            for tally in (by_category[row.category], total):
                tally.found += 1
                tally.right += ok
                tally.approx_right += ok
            if not ok:
                assert figure is not None
                misses.append(
                    f"{row.line}\t{row.category}\t{row.sentence}\tread {figure.quote!r} as {figure.value}"
                )
            continue
        if figure is None:
            misses.append(f"{row.line}\t{row.category}\t{row.sentence}\tmissed {row.quote!r}")
            continue
        wrong = mistakes(row, figure)
        for tally in (by_category[row.category], total):
            tally.found += 1
            tally.right += not wrong
            tally.approx_right += figure.approx_word == row.approx
        if wrong:
            misses.append(f"{row.line}\t{row.category}\t{row.sentence}\t{figure.quote!r}: {'; '.join(wrong)}")
    return dict(by_category), total, misses


def units_not_covered(rows: list[Row]) -> list[str]:
    """Units of the lexicon that no row of the bench expects."""
    covered = {row.base_unit for row in rows}
    return sorted(u for u in UNIT_FAMILY if u not in covered)


def main() -> None:
    rows = load()
    by_category, total, misses = run(rows)
    print(f"{'category':14}{'rows':>6}{'recall':>9}{'accuracy':>10}{'score':>8}{'approx':>8}")
    for name, tally in [*sorted(by_category.items()), ("TOTAL", total)]:
        r = tally.rates()
        print(
            f"{name:14}{tally.rows:6}{r['recall']:9.1%}{r['accuracy']:10.1%}{r['score']:8.1%}{r['approx']:8.1%}"
        )
    uncovered = units_not_covered(rows)
    if uncovered:
        print("units of the lexicon no row covers:", " ".join(uncovered))
    if "--verbose" in sys.argv:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
