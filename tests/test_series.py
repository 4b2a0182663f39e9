"""One indicator over an issuer's yearly reports, read from real reports built into real databases:
each year's target from that year's report beside the outcome the next report gives."""

from __future__ import annotations

import json

import pytest
from series_helpers import Rows, build_rows, of_subject

from zoneview.ingest.formats import parse_document
from zoneview.store.series import (
    CSV_COLUMNS,
    SeriesPoint,
    Verdict,
    build_series,
    promised_delivered,
    series_csv_rows,
    series_json,
)


@pytest.fixture(scope="module")
def state_council(state_council_rows: Rows) -> Rows:
    return list(state_council_rows)


@pytest.fixture(scope="module")
def dapeng(tmp_path_factory: pytest.TempPathFactory) -> Rows:
    return build_rows("大鹏新区", tmp_path_factory.mktemp("dapeng"))


def series(rows: Rows, subject: str) -> tuple[list[SeriesPoint], list[Verdict]]:
    points = build_series(of_subject(subject, rows))
    return points, promised_delivered(points)


def by_year(verdicts: list[Verdict], axis: str = "rate") -> dict[int, Verdict]:
    return {v.year: v for v in verdicts if v.axis == axis}


def printed(point: SeriesPoint | None) -> str | None:
    return point.indicator.display_value if point else None


def test_gdp_growth_targets_and_outcomes_of_the_state_council(state_council: Rows) -> None:
    _, verdicts = series(state_council, "GDP")
    growth = by_year(verdicts)
    assert {y: (printed(v.target), printed(v.actual), v.status) for y, v in growth.items()} == {
        2015: (None, "6.9%", "no target"),
        2016: ("6.5-7%", "6.7%", "met"),
        2017: ("6.5%左右", "6.9%", "met"),
        2018: ("6.5%左右", "6.6%", "met"),
        2019: ("6-6.5%", "6.1%", "met"),  # a range is met from its low end
        2020: (None, "2.3%", "no target"),  # the 2020 report set no growth target
        2021: ("6%以上", "8.1%", "met"),
        2022: ("5.5%左右", "3%", "missed"),
        2023: ("5%左右", "5.2%", "met"),
        2024: ("5%左右", "5%", "met"),
        2025: ("5%左右", None, "not reported"),  # no later report yet
    }


def test_targets_come_from_the_year_s_report_and_outcomes_from_the_next(state_council: Rows) -> None:
    points, _ = series(state_council, "国内生产总值")
    assert [p.year for p in points] == sorted(p.year for p in points)
    for p in points:
        published = p.document.year
        assert published == (p.year if p.is_target else p.year + 1), (p.year, p.indicator)


def test_the_2020_report_dates_its_review_figures_2019(state_council: Rows) -> None:
    points, _ = series(state_council, "GDP")
    from_2020 = {(p.year, p.indicator.display_value) for p in points if p.document.year == 2020}
    assert from_2020 == {(2019, "6.1%"), (2019, "99.1万亿元")}


def test_levels_and_rates_are_separate_axes(state_council: Rows) -> None:
    points, verdicts = series(state_council, "GDP")
    levels = {p.year: p.indicator.display_value for p in points if p.axis == "level"}
    assert levels[2019] == "99.1万亿元" and levels[2024] == "134.9万亿元"
    assert {p.indicator.unit for p in points if p.axis == "level"} == {"万亿元"}
    assert {p.indicator.unit for p in points if p.axis == "rate"} == {"%"}
    assert all(v.status == "no target" for v in verdicts if v.axis == "level")


def test_several_year_figures_other_measures_and_repeats_are_left_out(state_council: Rows) -> None:
    subject_rows = of_subject("GDP", state_council)
    assert any(ind.period == "2018-2022年" for _, ind in subject_rows)
    assert any(ind.kind == "share" for _, ind in subject_rows)
    points, _ = series(state_council, "GDP")
    assert all(p.indicator.kind in ("change", "level", "target") for p in points)
    # 2024's report prints its summary twice (a part and a closing part): one point per year and role.
    keys = [(p.year, p.axis, p.is_target) for p in points]
    assert len(keys) == len(set(keys))


def test_prices_and_unemployment_targets_are_ceilings(state_council: Rows) -> None:
    _, cpi = series(state_council, "居民消费价格涨幅")
    cpi_years = by_year(cpi)
    assert printed(cpi_years[2019].target) == "3%左右" and printed(cpi_years[2019].actual) == "2.9%"
    assert cpi_years[2019].status == "met"  # under the ceiling, though far below "about 3%"
    assert cpi_years[2021].status == "met" and printed(cpi_years[2021].actual) == "0.9%"
    _, jobless = series(state_council, "城镇调查失业率")
    years = by_year(jobless)
    assert printed(years[2020].target) == "6%左右" and printed(years[2020].actual) == "5.2%"
    assert {v.status for v in years.values() if v.actual} == {"met"}


def test_a_floor_target_in_people(state_council: Rows) -> None:
    _, verdicts = series(state_council, "城镇新增就业")
    years = by_year(verdicts, "level")
    assert printed(years[2020].target) == "900万人以上" and printed(years[2020].actual) == "1186万人"
    assert years[2020].status == "met"
    assert years[2025].status == "not reported"


def test_energy_intensity_is_a_series_of_its_own(state_council: Rows) -> None:
    gdp, _ = series(state_council, "GDP")
    energy, _ = series(state_council, "单位国内生产总值能耗")
    gdp_figures = {(p.document.id, p.indicator.id) for p in gdp}
    energy_figures = {(p.document.id, p.indicator.id) for p in energy}
    assert energy_figures and not gdp_figures & energy_figures
    assert printed(by_year(promised_delivered(energy))[2016].target) == "3.4%以上"


def test_dapeng_gdp_across_its_reports(dapeng: Rows) -> None:
    points, verdicts = series(dapeng, "本区生产总值")
    growth = by_year(verdicts)
    assert printed(growth[2014].target) == "5%" and printed(growth[2014].actual) == "5.5%"
    assert growth[2014].status == "met"  # a plain growth target is a floor
    assert printed(growth[2023].target) == "6.5%" and printed(growth[2023].actual) == "4.5%"
    assert growth[2023].status == "missed"
    levels = {p.year: printed(p) for p in points if p.axis == "level" and not p.is_target}
    assert levels[2013] == "245亿元" and levels[2016] == "307亿元" and levels[2023] == "突破400亿元"
    names = {p.indicator.name for p in points}
    assert {"地区生产总值", "本地生产总值"} <= names


def test_the_json_contract(state_council: Rows) -> None:
    points, _ = series(state_council, "GDP")
    rows = series_json(points)
    json.dumps(rows, ensure_ascii=False)
    assert [r["year"] for r in rows] == sorted(r["year"] for r in rows)
    keys = ["year", "value", "value_high", "unit", "base_value", "kind", "approximate", "document",
            "node", "quote", "span"]  # fmt: skip
    assert all(list(r) == keys for r in rows)
    target_2019 = next(r for r in rows if r["year"] == 2019 and r["kind"] == "target")
    assert (target_2019["value"], target_2019["value_high"], target_2019["unit"]) == (6.0, 6.5, "%")
    point = next(p for p in points if p.year == 2019 and p.is_target)
    assert target_2019["document"] == point.document.id and target_2019["node"] == point.indicator.node_id
    source = _source(point.document.source_file)
    start, end = target_2019["span"]
    assert source[start:end] == target_2019["quote"] == "6%－6.5%"


def test_csv_rows_carry_the_status_of_their_year(state_council: Rows) -> None:
    points, verdicts = series(state_council, "GDP")
    rows = series_csv_rows(points, verdicts)
    assert all(tuple(r) == CSV_COLUMNS for r in rows)
    missed = [r for r in rows if r["status"] == "missed"]
    assert {(r["year"], r["role"], r["printed"]) for r in missed} == {
        (2022, "target", "5.5%左右"),
        (2022, "actual", "3%"),
    }


def _source(name: str) -> str:
    from series_helpers import series_reports

    (path,) = [p for p in series_reports("") if p.name == name]
    return parse_document(path.read_bytes(), path.name).source
