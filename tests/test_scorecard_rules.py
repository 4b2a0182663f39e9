"""Rules of the genre behind the scorecard, each on real report text (tests/corpus/): what a reader
takes as a target, an indicator or an annual outcome, for any issuer."""

from __future__ import annotations

from pathlib import Path

from zoneview.ingest.formats import parse_document
from zoneview.ingest.model import Figure
from zoneview.ingest.normalize import normalise
from zoneview.ingest.subjects import standard_indicator
from zoneview.service import add_report
from zoneview.store import reading
from zoneview.store.library import LibraryWriter
from zoneview.store.scorecard import ScoreCell, score_issuer

CORPUS = Path(__file__).resolve().parent / "corpus"
REPORTS = CORPUS / "scorecard" / "reports"


def _figures_at(path: Path, quote: str) -> tuple[str, list[Figure]]:
    """The report's text and the figures that lie inside the first place `quote` is printed."""
    text = path.read_text(encoding="utf-8")
    start = text.index(quote)
    figures = parse_document(path.read_bytes(), path.name).indicators
    return text, [f for f in figures if start <= f.start < start + len(quote)]


def test_a_subscript_on_a_line_of_its_own_belongs_to_its_symbol() -> None:
    """2014: 广义货币M⏎2⏎预期增长13%左右 (a PDF's subscript): the target of 广义货币, and no figure 2."""
    quote = "今年广义货币M\n2\n预期增长13%左右"
    _, figures = _figures_at(REPORTS / "国务院政府工作报告_2014年.txt", quote)
    assert [(f.value, f.kind) for f in figures] == [(13, "target")]
    named = standard_indicator(figures[0].name)
    assert named is not None and named.name == "广义货币"
    cleaned = normalise(quote)
    assert cleaned.text == "今年广义货币M2预期增长13%左右"
    assert [(c.original, c.corrected, c.reason) for c in cleaned.corrections] == [("\n2\n", "2", "subscript")]


def test_a_line_that_is_only_a_number_after_chinese_is_left_alone() -> None:
    """A page number or a figure on its own line after Chinese text is no subscript."""
    assert normalise("增长\n2\n倍").text == "增长\n2\n倍"


def test_one_figure_that_listed_indicators_share_is_a_figure_of_each() -> None:
    """2017: 广义货币M2和社会融资规模余额预期增长均为12%左右 is the target of M2 and of 社融 alike;
    2018: 单位国内生产总值能耗、水耗均下降20%以上 a fall of both."""
    series = CORPUS / "series"
    _, figures = _figures_at(
        series / "国务院政府工作报告_2017年.txt", "广义货币M2和社会融资规模余额预期增长均为12%左右"
    )
    assert [(f.name, f.value, f.kind) for f in figures] == [
        ("广义货币M2", 12, "target"),
        ("社会融资规模余额", 12, "target"),
    ]
    named = standard_indicator(figures[0].name)
    assert named is not None and named.name == "广义货币"
    _, figures = _figures_at(
        series / "国务院政府工作报告_2018年.txt", "单位国内生产总值能耗、水耗均下降20%以上"
    )
    assert [f.name for f in figures] == ["单位国内生产总值能耗", "水耗"]


def test_a_shared_head_noun_is_not_split() -> None:
    """科技研发和服务机构均…: two kinds of 机构, no standard indicator among the pieces: one name."""
    from zoneview.ingest.indicators import find_figures

    assert [f.name for f in find_figures("全区科技研发和服务机构均达到30家。")] == ["科技研发和服务机构"]


def _scorecard(folder: Path, issuer: str, *names: str) -> dict[tuple[str, int], ScoreCell]:
    """The scorecard of `issuer` in a library of the named corpus reports, by indicator and year."""
    db = folder / "library.db"
    with LibraryWriter(db) as library:
        for name in names:
            add_report(
                library, next(p for p in (CORPUS, CORPUS / "series", REPORTS) if (p / name).exists()) / name
            )
    with reading(db) as store:
        return {(c.indicator, c.year): c for c in score_issuer(store.library, issuer)}


def test_energy_intensity_set_as_a_level_is_a_ceiling_target(tmp_path: Path) -> None:
    """大鹏新区 2017: 力争万元GDP能耗低于0.4吨标准煤 is a target (a level, at most); the same report's
    万元GDP能耗、水耗分别下降3%、5% is 2016's outcome, a fall, never held against the level."""
    cells = _scorecard(
        tmp_path, "大鹏新区", "大鹏新区管委会2016年工作报告_2016.txt", "大鹏新区2017年管委会工作报告_2017.txt"
    )
    target = cells[("单位国内生产总值能耗", 2017)].target
    assert target is not None and (target.value, target.unit, str(target.direction)) == (
        0.4,
        "吨标准煤",
        "ceiling",
    )
    assert str(cells[("单位国内生产总值能耗", 2017)].verdict) == "not reported"
    fall = cells[("单位国内生产总值能耗", 2016)]
    assert fall.outcome is not None and fall.outcome.value == 3 and str(fall.verdict) == "no target"


def test_a_report_that_sets_no_figure_for_an_indicator_states_a_target_in_words(tmp_path: Path) -> None:
    """2020: 我们没有提出全年经济增速具体目标 — the year has a GDP target in words, so 2021's 增长2.3%
    is not reported against it, as any words-only target; a review of a past year's choice is no target."""
    from zoneview.ingest.targets import stated_targets

    text = (CORPUS / "series" / "国务院政府工作报告_2020年.txt").read_text(encoding="utf-8")
    said = [t for t in stated_targets(text, []) if "没有提出" in t.text]
    assert [(t.indicator, t.text) for t in said] == [("地区生产总值", "我们没有提出全年经济增速具体目标")]
    assert text[said[0].start : said[0].end] == said[0].text
    assert stated_targets("去年没有提出经济增速具体目标，", []) == []
    cells = _scorecard(tmp_path, "国务院", "国务院政府工作报告_2020年.txt", "国务院政府工作报告_2021年.txt")
    gdp = cells[("地区生产总值", 2020)]
    assert gdp.outcome is not None and gdp.outcome.value == 2.3
    assert gdp.target is None and str(gdp.verdict) == "not reported"


def test_one_part_given_alone_stands_for_the_whole(tmp_path: Path) -> None:
    """大鹏新区 (no rural residents) gives 城镇居民人均可支配收入 alone: its 2015 target 增长9% and its
    2014 outcome are 居民人均可支配收入's. The State Council's 2014 report gives 城镇… and 农村居民人均纯收入
    side by side: parts, so 2013 has no national income outcome."""
    (tmp_path / "dapeng").mkdir()
    dapeng = _scorecard(
        tmp_path / "dapeng",
        "大鹏新区",
        "大鹏新区管委会2014年工作报告_2015.txt",
        "大鹏新区管委会2015年工作报告_2015.txt",
    )
    income = dapeng[("居民人均可支配收入", 2015)]
    assert income.target is not None and income.target.value == 9
    reviewed = dapeng[("居民人均可支配收入", 2014)]
    assert reviewed.outcome is not None and reviewed.outcome.value == 9
    assert ("城镇居民人均可支配收入", 2015) not in dapeng
    (tmp_path / "state").mkdir()
    state = _scorecard(
        tmp_path / "state", "国务院", "国务院政府工作报告_2013年.txt", "国务院政府工作报告_2014年.txt"
    )
    assert state[("居民人均可支配收入", 2013)].outcome is None


def test_a_qualified_or_adverbed_name_of_a_standard_indicator_is_that_indicator() -> None:
    """户籍人口登记失业率仅0.68% (大鹏新区 2021) is the registered rate; 人均可支配收入3.2万元 (2017)
    residents' income: a population the rate is always of, an adverb, a dropped 居民 change nothing."""
    _, figures = _figures_at(CORPUS / "大鹏新区2021年管委会工作报告_2021.txt", "户籍人口登记失业率仅0.68%")
    named = standard_indicator(figures[0].name)
    assert named is not None and named.name == "城镇登记失业率"
    _, figures = _figures_at(
        CORPUS / "series" / "大鹏新区2017年管委会工作报告_2017.txt", "人均可支配收入3.2万元"
    )
    named = standard_indicator(figures[0].name)
    assert named is not None and named.name == "居民人均可支配收入"


def test_a_deficit_given_in_per_cent_is_the_deficit_ratio(tmp_path: Path) -> None:
    """2013: 财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右 — 2012's 赤字率 outcome, met
    against 2012's 赤字率 target; 2009's 2.8% is of another year."""
    from zoneview.ingest.subjects import figure_subject

    assert figure_subject("财政赤字", None, "%") == "赤字率"
    assert figure_subject("财政赤字", None, "亿元") == "财政赤字"
    cells = _scorecard(tmp_path, "国务院", "国务院政府工作报告_2012年.txt", "国务院政府工作报告_2013年.txt")
    ratio = cells[("赤字率", 2012)]
    assert ratio.outcome is not None and ratio.outcome.value == 1.5
    assert str(ratio.verdict) == "met"
