"""The subject of a figure: one measure under the many names reports give it, and no other."""

from __future__ import annotations

import pytest
from series_helpers import series_reports

from zoneview.ingest.formats import parse_document
from zoneview.ingest.subjects import ceiling_subject, clean_name, subject_of


@pytest.mark.parametrize(
    "name",
    ["国内生产总值", "地区生产总值", "本区生产总值", "全区生产总值", "GDP", "ＧＤＰ", "生产总值",
     "国内生产总值从", "国内生产总值总量", "地区生产总值首次", "地区生产总值力争", "新区地区生产总值",
     "全年地区生产总值增长"],
)  # fmt: skip
def test_the_names_of_gdp_are_one_subject(name: str) -> None:
    assert subject_of(name) == "地区生产总值"


@pytest.mark.parametrize(
    "name",
    ["单位国内生产总值能耗", "服务业在国内生产总值中比重", "国内生产总值之比", "人均GDP",
     "GEP生态系统生产总值", "工业对GDP增长贡献率", "万元GDP水耗"],
)  # fmt: skip
def test_other_measures_of_gdp_are_not_gdp(name: str) -> None:
    assert subject_of(name) != "地区生产总值"


def test_each_other_measure_keeps_its_own_subject_across_wordings() -> None:
    assert subject_of("单位国内生产总值能耗降幅") == subject_of("万元GDP能耗") == "单位国内生产总值能耗"
    assert subject_of("6.力争万元GDP能耗低于") == "单位国内生产总值能耗"
    assert subject_of("居民消费价格") == subject_of("我国居民消费价格涨幅") == "居民消费价格涨幅"
    survey = {"城镇调查失业率平", "城镇调查失业率全年", "年末全国城镇调查失业率", "调查失业率"}
    assert {subject_of(n) for n in survey} == {"城镇调查失业率"}
    assert subject_of("城镇登记失业率") != subject_of("城镇调查失业率")
    assert subject_of("城镇新增就业人数") == subject_of("城镇新增就业")


@pytest.mark.parametrize(
    ("name", "kept"),
    [("消费水平", "消费水平"), ("5G基站", "5G基站"), ("一般公共预算收入", "一般公共预算收入"),
     ("十大工程", "十大工程"), ("（二）城镇新增就业", "城镇新增就业"), ("一是投资", "投资"),
     ("从", "从"), ("全年", "全年")],
)  # fmt: skip
def test_cleaning_strips_noise_never_a_word(name: str, kept: str) -> None:
    assert clean_name(name) == kept


def test_prices_and_unemployment_are_held_down() -> None:
    assert ceiling_subject(subject_of("居民消费价格涨幅"))
    assert ceiling_subject(subject_of("城镇调查失业率"))
    assert not ceiling_subject(subject_of("国内生产总值"))
    assert not ceiling_subject(subject_of("城镇新增就业"))


def test_every_state_council_report_names_gdp_and_no_other_measure_as_gdp() -> None:
    reports = series_reports("国务院政府工作报告")
    assert len(reports) == 10
    for path in reports:
        report = parse_document(path.read_bytes(), path.name)
        gdp = [f for f in report.indicators if subject_of(f.name) == "地区生产总值"]
        assert any(f.kind == "change" and f.unit == "%" for f in gdp), path.name
        assert all("能耗" not in f.name and "比重" not in f.name for f in gdp), path.name


def test_cleaning_a_name_of_thousands_of_repeated_words_keeps_what_it_measures() -> None:
    """The same answer at 3 and at 20,000 repetitions; how the time grows with them is measured by
    benchmarks/bench_linear.py, not asserted here."""
    for n in (3, 20_000):
        assert clean_name("全年" * n + "生产总值" + "增长从" * n) == "生产总值"
