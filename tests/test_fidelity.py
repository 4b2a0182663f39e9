"""Floors on the parser's fidelity to hand annotation of real reports (benchmarks/bench_fidelity.py).

The floors sit a little below what the parser reaches today, so a regression fails here; the
benchmark prints the figures themselves."""

import json
import runpy
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_fidelity.py"
FLOORS = {
    "heading_recall": 0.98,
    "heading_precision": 0.98,
    "nesting": 0.99,
    "titles": 1.0,
    "closing": 1.0,
    "figure_recall": 0.97,
    "figure_precision": 0.98,
    "value": 0.99,
    "unit": 0.99,
    "base_value": 0.99,
    "approximate": 0.99,
    "qualifier": 0.98,
    "kind": 0.98,
    "period": 0.96,
    "name": 0.88,
}


@pytest.fixture(scope="module")
def rates() -> dict[str, float]:
    bench = runpy.run_path(str(BENCH))
    _, total, _ = bench["run"]()
    return total.rates()


@pytest.mark.parametrize("measure", FLOORS)
def test_fidelity_holds_its_floor(rates: dict[str, float], measure: str) -> None:
    assert rates[measure] >= FLOORS[measure], f"{measure}: {rates[measure]:.1%} < {FLOORS[measure]:.0%}"


def test_every_annotated_report_is_in_the_corpus() -> None:
    golds = sorted(BENCH.parent.parent.glob("tests/corpus/*.gold.json"))
    assert len(golds) >= 16
    for gold in golds:
        named = json.loads(gold.read_text(encoding="utf-8"))["file"]  # NAME.txt beside it, or series/NAME.txt
        assert Path(named).name == gold.name.replace(".gold.json", ".txt")
        assert (gold.parent / named).exists()
