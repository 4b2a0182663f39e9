import pytest

from zoneview.ingest import parse_text
from zoneview.ingest.indicators import find_figures

# node, quote, value, unit, base value, period, qualifier, approximate, share of city
EXPECTED = [
    ("1.1", "2100万元", 2100, "万元", 21_000_000, "2021年一季度", None, False, None),
    ("1.1", "281家次", 281, "家次", 281, "2021年一季度", "累计", False, None),
    ("1.1", "6.05亿元", 6.05, "亿元", 605_000_000, "2021年一季度", None, False, None),
    ("1.2", "100 %", 100, "%", 100, None, "最高", False, None),
    ("2.2", "56家", 56, "家", 56, "2021年一季度", "新增", False, None),
    ("2.2", "829家", 829, "家", 829, "2021年一季度", "累计", False, None),
    ("4.1", "近5万平方米", 5, "万平方米", 50_000, None, None, True, None),
    ("4.1", "5个", 5, "个", 5, None, "增至", False, None),
    ("4.2", "7家", 7, "家", 7, None, None, False, None),
    ("4.2", "980万元", 980, "万元", 9_800_000, None, None, False, None),
    ("5", "5个", 5, "个", 5, None, None, False, None),
    ("5", "3个", 3, "个", 3, None, None, False, None),
    ("5", "25万", 25, "万元", 250_000, None, None, False, None),
    ("5", "100万元", 100, "万元", 1_000_000, None, None, False, None),
    ("5", "20余场", 20, "场", 20, None, "累计", True, None),
    ("5", "53个", 53, "个", 53, None, None, False, None),
    ("5", "62名", 62, "名", 62, None, None, False, None),
    ("summary", "2902.97亿元", 2902.97, "亿元", 290_297_000_000, "2020年", "达", False, 11.6),
    ("summary", "6830.47亿元", 6830.47, "亿元", 683_047_000_000, "2020年", "达", False, 30.1),
    ("summary", "938家", 938, "家", 938, "2020年", "达", False, 22.2),
    ("summary", "781家", 781, "家", 781, "2020年", "达", False, None),
    ("summary", "2776.79亿元", 2776.79, "亿元", 277_679_000_000, "2020年", "达", False, None),
]


def test_every_figure_of_the_report_and_nothing_else(report) -> None:
    found = [
        (
            i.node_id,
            i.quote,
            i.value,
            i.unit,
            i.base_value,
            i.period,
            i.qualifier,
            i.approximate,
            i.share_of_city_pct,
        )
        for i in report.indicators
    ]
    assert found == EXPECTED


def test_quotes_are_the_source_at_their_spans(report, source) -> None:
    for ind in report.indicators:
        assert source[ind.start : ind.end] == ind.quote


def test_names_say_what_is_counted(report) -> None:
    names = {(i.node_id, i.quote): i.name for i in report.indicators}
    assert names[("summary", "2902.97亿元")] == "地区生产总值"
    assert names[("summary", "6830.47亿元")] == "规上工业总产值"
    assert names[("5", "5个")] == "合作中心"
    assert names[("5", "3个")] == "海外站点"
    assert names[("5", "62名")] == "海外人才"
    assert names[("2.2", "56家")] == "科技型企业"
    assert names[("2.2", "829家")] == "科技型企业"
    assert names[("4.2", "7家")] == "获奖企业"
    assert names[("4.1", "近5万平方米")] == "孵化载体"


@pytest.mark.parametrize(
    "text",
    [
        "成为重庆市第七个制造业创新中心。",
        "举办第五届全国大学生集成电路创新创业大赛。",
        "开建重庆首个大科学装置。",
        "2016年7月19日获得批复。",
        "以《目录》(2018年版)为准。",
        "博拉5G视频产业园。",
        "助力“1+3”协同发展。",
    ],
)
def test_ordinals_dates_and_names_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_a_share_without_a_figure_before_it_stands_alone() -> None:
    figures = find_figures("占全市的22.2%。")
    assert [(f.value, f.unit) for f in figures] == [(22.2, "%")]


def test_figures_in_a_made_up_report() -> None:
    report = parse_text("1.进展。2019年新增企业120家，投资约3.5亿元，建成载体超过2万平方米。\n2.其他。无。\n")
    assert [(i.value, i.unit, i.period, i.approximate) for i in report.indicators] == [
        (120, "家", "2019年", False),
        (3.5, "亿元", "2019年", True),
        (2, "万平方米", "2019年", True),
    ]
