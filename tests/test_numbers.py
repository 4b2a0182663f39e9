"""Floors on the number grammar (benchmarks/bench_numbers.py over tests/data/numbers.tsv), and the
bench data's own soundness. The floors sit a little below what the parser reaches; the benchmark
prints the figures themselves."""

import runpy
from pathlib import Path

import pytest

from zoneview.ingest.indicators import find_figures

BENCH = runpy.run_path(str(Path(__file__).resolve().parent.parent / "benchmarks" / "bench_numbers.py"))
OVERALL = {"recall": 0.98, "accuracy": 0.98, "score": 0.98}  # reached: 100%
BY_CATEGORY = 0.9  # every category's score: one miss in a category of ten rows is allowed


@pytest.fixture(scope="module")
def bench():
    by_category, total, misses = BENCH["run"]()
    return by_category, total, misses


@pytest.mark.parametrize("measure", OVERALL)
def test_the_grammar_holds_its_floor(bench, measure: str) -> None:
    _, total, misses = bench
    rate = total.rates()[measure]
    assert rate >= OVERALL[measure], f"{measure} {rate:.1%}:\n" + "\n".join(misses)


def test_every_category_holds_its_floor(bench) -> None:
    by_category, _, misses = bench
    low = {name: t.rates()["score"] for name, t in by_category.items() if t.rates()["score"] < BY_CATEGORY}
    assert not low, f"{low}\n" + "\n".join(misses)


def test_nothing_that_is_not_a_figure_is_read_as_one(bench) -> None:
    *_, misses = bench
    wrong = [m for m in misses if "\tnot_figure\t" in m]
    assert not wrong, "\n".join(wrong)


def test_the_bench_is_large_and_covers_every_unit_of_the_lexicon() -> None:
    rows = BENCH["load"]()
    assert len(rows) >= 400
    assert BENCH["units_not_covered"](rows) == []
    assert {r.category for r in rows} >= {
        "cn_numeral", "half", "fraction", "sign", "cheng", "traditional", "latin_unit", "currency",
        "separator", "range", "bound", "approx", "age", "space", "magnitude", "lexicon", "not_figure",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "unit", "base_value"),
    [
        ("减税降费5万万亿元。", 5, "万万亿元", 5e16),  # 万万 is 亿: stacked magnitudes multiply
        ("全年为企业减负2.6万亿元。", 2.6, "万亿元", 2.6e12),  # 减负 is a word, not a sign
        ("工业增加值增速为负3.9%。", -3.9, "%", -3.9),
        ("人口自然增长率为千分之二点四。", 2.4, "‰", 2.4),
    ],
)
def test_signs_and_magnitudes(text: str, value: float, unit: str, base_value: float) -> None:
    [figure] = find_figures(text)
    assert (figure.value, figure.unit, figure.base_value) == (value, unit, pytest.approx(base_value))


def test_a_decline_keeps_its_word_and_a_positive_value() -> None:
    [figure] = find_figures("规模以上工业利润下降3%。")
    assert (figure.value, figure.kind) == (3, "change")
