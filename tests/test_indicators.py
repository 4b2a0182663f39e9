import pytest

from zoneview.ingest import parse_text
from zoneview.ingest.indicators import find_figures

# node, quote, value, unit, base value, period, qualifier, approximation word, kind, share of the total
# The three shares of the city total are figures of their own and are noted on the figure before them.
EXPECTED = [
    ("1.1", "2100万元", 2100, "万元", 21_000_000, "2021年一季度", None, None, "level", None),
    ("1.1", "281家次", 281, "家次", 281, None, "累计", None, "level", None),
    ("1.1", "6.05亿元", 6.05, "亿元", 605_000_000, None, "累计", None, "level", None),  # cumulative
    ("1.2", "100 %", 100, "%", 100, None, "最高", None, "share", None),
    ("2.2", "56家", 56, "家", 56, "2021年一季度", None, None, "change", None),
    ("2.2", "829家", 829, "家", 829, "2021年一季度", "累计", None, "level", None),
    ("4.1", "近5万平方米", 5, "万平方米", 50_000, None, None, "近", "level", None),
    ("4.1", "5个", 5, "个", 5, None, None, None, "level", None),
    ("4.2", "7家", 7, "家", 7, None, None, None, "level", None),
    ("4.2", "980万元", 980, "万元", 9_800_000, None, None, None, "level", None),
    ("5", "5个", 5, "个", 5, None, None, None, "level", None),
    ("5", "3个", 3, "个", 3, None, None, None, "level", None),
    ("5", "25万", 25, "万", 250_000, None, None, None, "level", None),  # no unit printed
    ("5", "100万元", 100, "万元", 1_000_000, None, None, None, "level", None),
    ("5", "20余场", 20, "场", 20, None, "累计", "余", "level", None),
    ("5", "53个", 53, "个", 53, None, None, None, "level", None),
    ("5", "62名", 62, "名", 62, None, None, None, "level", None),
    ("summary", "2902.97亿元", 2902.97, "亿元", 290_297_000_000, "2020年", None, None, "level", 11.6),
    ("summary", "11.6%", 11.6, "%", 11.6, "2020年", None, None, "share", None),
    ("summary", "6830.47亿元", 6830.47, "亿元", 683_047_000_000, "2020年", None, None, "level", 30.1),
    ("summary", "30.1%", 30.1, "%", 30.1, "2020年", None, None, "share", None),
    ("summary", "938家", 938, "家", 938, "2020年", None, None, "level", 22.2),
    ("summary", "22.2%", 22.2, "%", 22.2, "2020年", None, None, "share", None),
    ("summary", "781家", 781, "家", 781, "2020年", None, None, "level", None),
    ("summary", "2776.79亿元", 2776.79, "亿元", 277_679_000_000, "2020年", None, None, "level", None),
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
            i.approx_word,
            i.kind,
            i.share_of_total_pct,
        )
        for i in report.indicators
    ]
    assert found == EXPECTED


def test_quotes_are_the_source_at_their_spans(report, source) -> None:
    for ind in report.indicators:
        assert source[ind.start : ind.end] == ind.quote


def test_names_say_what_is_counted(report) -> None:
    names = {(i.node_id, i.quote): i.name for i in report.indicators}
    assert names[("summary", "2902.97亿元")].endswith("地区生产总值")
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


@pytest.mark.parametrize(
    ("text", "value", "value_high", "unit", "base_value", "base_unit", "approx_word"),
    [
        ("国内生产总值达到1.5万亿元。", 1.5, None, "万亿元", 1.5e12, "元", None),
        ("货物出口172.26亿美元。", 172.26, None, "亿美元", 172.26e8, "美元", None),
        ("比重提高0.7个百分点。", 0.7, None, "个百分点", 0.7, "个百分点", None),
        ("常住人口22.89万人。", 22.89, None, "万人", 228_900, "人", None),
        ("预期增长6.5-7%。", 6.5, 7, "%", 6.5, "%", None),
        ("预期增长6.5%—7%左右。", 6.5, 7, "%", 6.5, "%", "左右"),
        ("新建学校2至3所。", 2, 3, "所", 2, "所", None),
        ("引进企业千余家。", 1000, None, "家", 1000, "家", "余"),
        ("安排资金三千万元。", 3000, None, "万元", 3e7, "元", None),
        ("产量增长两倍。", 2, None, "倍", 2, "倍", None),
        ("覆盖率达到百分之五十。", 50, None, "%", 50, "%", None),
        ("新增就业1100万人以上。", 1100, None, "万人", 1.1e7, "人", "以上"),
        ("城镇调查失业率5.5%左右。", 5.5, None, "%", 5.5, "%", "左右"),
        ("投资不低于50亿元。", 50, None, "亿元", 5e9, "元", "不低于"),
        ("建成绿道1,200公里。", 1200, None, "公里", 1200, "公里", None),
        ("增长０．５%。", 0.5, None, "%", 0.5, "%", None),
        ("净利润－3亿元。", -3, None, "亿元", -3e8, "元", None),
        ("PM2.5平均浓度26微克/立方米。", 26, None, "微克/立方米", 26, "微克/立方米", None),
        ("近14亿人口。", 14, None, "亿", 1.4e9, "", "近"),
    ],
)
def test_the_figure_grammar(text, value, value_high, unit, base_value, base_unit, approx_word) -> None:
    [figure] = find_figures(text)
    assert (figure.value, figure.value_high, figure.unit, figure.base_unit, figure.approx_word) == (
        value,
        value_high,
        unit,
        base_unit,
        approx_word,
    )
    assert figure.base_value == pytest.approx(base_value)
    assert figure.approximate == (approx_word is not None)


@pytest.mark.parametrize(
    "text",
    ["实施“十四五”规划。", "落实《2019-2021年行动计划（3年）》。", "打好三大攻坚战。", "坚持两个确立。"],
)
def test_plan_names_titles_and_slogans_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_each_value_of_a_list_gets_its_own_subject() -> None:
    """The head the list prints once, after its last item, is each item's."""
    figures = find_figures("抢劫、盗窃、抢夺案件分别下降19.4%、31.2%、14.5%。")
    assert [f.name for f in figures] == ["抢劫案件", "盗窃案件", "抢夺案件"]
    assert {f.kind for f in figures} == {"change"}


def test_a_list_is_named_by_the_respectively_of_its_own_clause_only() -> None:
    """分别 is looked up among its places in the text (looking back from each figure to its clause's
    start made a line of a million characters and 40,000 figures take 33 s): the one just before a
    figure counts, one in an earlier clause does not."""
    assert [f.name for f in find_figures("出口、进口分别1万亿元、2万亿元。")] == ["出口", "进口"]
    later = find_figures("出口、进口分别增长5%，消费、投资增长3%、4%。")
    assert [f.name for f in later[1:]] == ["消费投资", "消费投资"]
    bounded = find_figures("粮食、油料产量分别达到2050万吨、4200万吨以上，其中小麦增长1%。")
    assert [(f.name, f.approx_word) for f in bounded] == [
        ("粮食产量", "以上"),  # the head the list prints once goes to each item
        ("油料产量", "以上"),
        ("小麦", None),
    ]


def test_the_qualifier_is_split_off_without_cutting_a_word() -> None:
    [figure] = find_figures("新增博士后工作站12个。")
    assert (figure.name, figure.qualifier) == ("博士后工作站", "新增")
    [added_value] = find_figures("工业增加值增长6%。")
    assert added_value.qualifier is None


def test_periods_come_from_the_clause_the_section_and_never_a_base_year() -> None:
    report = parse_text(
        "一、2018年工作回顾\n国内生产总值比2010年提高了12%。依据《规划（2016-2020年）》，企业达到300家。\n"
        "二、2019年工作安排\n国内生产总值预期增长6%-6.5%。\n"
    )
    assert [(i.value, i.period, i.kind) for i in report.indicators] == [
        (12, "2018年", "change"),
        (300, "2018年", "level"),
        (6, "2019年", "target"),
    ]


def test_a_review_heading_is_about_the_finished_year_it_names() -> None:
    from zoneview.ingest.periods import SectionTime, section_time

    parent = SectionTime(None, False)
    # The report of 2020 reviews 2019 and adds the first months of 2020 to its heading.
    assert section_time("2019年和今年以来工作回顾", 2020, parent) == SectionTime("2019年", False)
    assert section_time("十三五发展成就和2020年工作回顾", 2021, parent) == SectionTime("2020年", False)
    # A report of the year it reviews (a year-end report) keeps that year.
    assert section_time("2019年工作回顾", 2019, parent) == SectionTime("2019年", False)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("全省地区生产总值突破2000亿大关，达到2150亿元，增长6.5%。", ["地区生产总值"] * 3),
        ("地区生产总值按可比价格计算增长5.2%。", ["地区生产总值"]),
        ("初步核算，地区生产总值1234亿元。", ["地区生产总值"]),
        (
            "科技研发和服务机构达到120家，国家级孵化器和众创空间35家。",
            ["科技研发和服务机构", "国家级孵化器和众创空间"],
        ),
        ("加快建设产业园和引进企业30家。", ["企业"]),
    ],
)
def test_a_name_is_the_measured_thing_with_its_coordination_and_no_process_words(text, names) -> None:
    """Never 大关 or 按可比价格计算; X和Y stays whole, but not a clause of its own before 和."""
    assert [f.name for f in find_figures(text)] == names


def test_a_sentence_that_opens_with_a_time_dates_the_sentences_after_it() -> None:
    """三、2011年的工作: 2011年，是…。过去一年，…。国内生产总值增长10.3% is 2010's outcome, not 2011's."""
    from zoneview.ingest.indicators import Context
    from zoneview.ingest.periods import SectionTime

    text = (
        "2011年，是开局之年。过去一年，我们的各项工作取得了很大成绩。"
        "国内生产总值增长10.3%，城镇新增就业1168万人。"
    )
    context = Context(SectionTime("2011年", True), report_year=2011, review_year=2010)
    assert [f.period for f in find_figures(text, context)] == ["2010年", "2010年"]
    # a time inside a sentence's first clause does not date what follows: 落实2030年…目标。
    later = "坚持绿色发展，加强治理。落实2030年应对气候变化目标。单位国内生产总值能耗降低13.5%。"
    assert find_figures(later, context)[0].period != "2030年"
