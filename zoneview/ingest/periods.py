"""Time in a report: the expressions a clause uses (2018年, 今年, 过去五年, “十三五”时期) and the period
a section is about (the review year of 2023年工作回顾, the plan year of 2024年工作安排).

Periods are strings a reader knows: 2018年, 2021年一季度, 2016-2020年. A base year (比2010年, 较上年,
与2015年相比) and a year inside 《》 are never a period, and a plan's name becomes its years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_SMALL = {
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
_YEAR_PART = r"(?:[一二三四]季度|第[一二三四]季度|上半年|下半年|前三季度|1[-—～至]\d{1,2}月)"
TIME = re.compile(
    r"(?<![\d.．０-９])(?P<span>(?P<y1>(?:19|20)\d{2})\s*[-—–～~至到]\s*(?P<y2>(?:19|20)\d{2})年)"
    rf"|(?<![\d.．０-９])(?P<year>(?:19|20)\d{{2}})年度?(?P<part>{_YEAR_PART}|全年)?(?![\d０-９])"
    r"|(?P<plan>[“\"]?十(?P<nth>[一二三四五六七八九])五[”\"]?(?:时期|期间|以来|规划期|期末|末))"
    rf"|(?P<this>今年|本年度?)(?P<this_part>{_YEAR_PART})?"
    r"|(?P<last>去年|过去一年|一年来|上一年度)"
    r"|(?P<past>(?:过去|近)(?P<n1>[两二三四五六七八九十])年|(?P<n2>[两二三四五六七八九十])年多?来)"
    rf"|(?<![年度])(?P<bare_part>{_YEAR_PART})"
)
# What before a year makes it a base of comparison rather than the time of the figure.
_BASE_BEFORE = ("比", "较", "与", "同", "对比", "相对")
_BASE_AFTER = ("同期", "水平", "相比")
_PLAN_CUES = re.compile(r"任务|安排|计划|目标|思路|打算|建议|要求|重点工作|部署|展望|政策取向|考虑|工作重点")
_REVIEW_CUES = re.compile(r"回顾|成就|成绩|进展|成效|主要工作|完成情况|工作情况|总结")


@dataclass(frozen=True)
class Period:
    """A period and where its expression sits in the text it was found in."""

    label: str
    start: int
    end: int


def five_year_plan(nth: int) -> tuple[int, int]:
    """The years of the nth five-year plan: 十三五 → 2016-2020 (plans 1–2 ran 1953–1962, then a gap)."""
    start = 1953 + 5 * (nth - 1) + (3 if nth >= 3 else 0)
    return start, start + 4


def span_label(first: int, last: int) -> str:
    return f"{first}年" if first == last else f"{first}-{last}年"


def time_expressions(
    text: str, report_year: int | None, quoted: list[tuple[int, int]], year_hint: int | None = None
) -> list[Period]:
    """Every time expression of `text` that says when something happened, in order of position.

    `quoted` holds the spans of 《》 titles, whose years name a document rather than a time;
    `year_hint` is the year a bare 上半年 or 一季度 belongs to when no year came before it."""
    found: list[Period] = []
    q = 0
    last_year: int | None = None
    for m in TIME.finditer(text):
        while q < len(quoted) and quoted[q][1] <= m.start():
            q += 1
        if q < len(quoted) and quoted[q][0] <= m.start() < quoted[q][1]:
            continue
        if m.group("year") or m.group("span"):
            last_year = int(m.group("year") or m.group("y2"))
        label = _label(m, report_year, last_year or year_hint)
        if label is None or _is_base(text, m.start(), m.end()):
            continue
        found.append(Period(label, m.start(), m.end()))
    return found


def _label(m: re.Match[str], report_year: int | None, last_year: int | None) -> str | None:
    if m.group("span"):
        return span_label(int(m.group("y1")), int(m.group("y2")))
    if m.group("year"):
        return f"{m.group('year')}年{_part(m.group('part'))}"
    if m.group("plan"):
        return span_label(*five_year_plan(_CN_SMALL[m.group("nth")] + 10))
    if report_year is None:
        if m.group("bare_part") and last_year:
            return f"{last_year}年{_part(m.group('bare_part'))}"
        return None
    if m.group("this"):
        return f"{report_year}年{_part(m.group('this_part'))}"
    if m.group("last"):
        return f"{report_year - 1}年"
    if m.group("past"):
        n = _CN_SMALL[m.group("n1") or m.group("n2")]
        return span_label(report_year - n, report_year - 1)
    year = last_year or report_year
    return f"{year}年{_part(m.group('bare_part'))}"


def review_year(headings: list[str], report_year: int | None, delivered_early: bool) -> int | None:
    """The year a report's review covers when its headings do not say: the year before the one it
    plans, the year its review heading names, or (for a report delivered early in the year, like a
    政府工作报告) the year before it."""
    for heading in headings:
        for p in time_expressions(heading, report_year, []):
            if p.label[:4].isdigit() and "-" not in p.label:
                year = int(p.label[:4])
                planned = _PLAN_CUES.search(heading) and not _REVIEW_CUES.search(heading)
                return year - 1 if planned else year
    if report_year is None:
        return None
    return report_year - 1 if delivered_early else report_year


def intro_period(text: str, report_year: int | None) -> str | None:
    """The time that opens the last paragraph of a section's own text to open with one: the scope of
    the sections below it (2020年是…收官之年 before the 2020 sections; 过去五年… before five-year ones)."""
    for paragraph in reversed(text.split("\n")):
        first_clause = re.split(r"[，。；：,;:]", paragraph.strip(), maxsplit=1)[0]
        found = time_expressions(first_clause, report_year, [])
        if found:
            return found[0].label
    return None


def _part(part: str | None) -> str:
    if not part or part == "全年":
        return ""
    return part.removeprefix("第")


def _is_base(text: str, start: int, end: int) -> bool:
    """比2010年, 较上年, 与2015年相比, 超2019年同期水平: a year things are compared with."""
    before = text[max(0, start - 2) : start]
    return any(before.endswith(word) for word in _BASE_BEFORE) or text.startswith(_BASE_AFTER, end)


@dataclass(frozen=True)
class SectionTime:
    """What a section is about: its period, and whether it plans (targets) or reviews (actuals)."""

    period: str | None
    plan: bool


_PLAN_NAME = re.compile(r"十([一二三四五六七八九])五")


def section_time(title: str, report_year: int | None, parent: SectionTime) -> SectionTime:
    """The period a heading names (the last one it names: 十三五发展成就和2020年工作回顾 → 2020年;
    a review, the last finished one: 2019年和今年以来工作回顾 → 2019年), else its parent's; a plan if
    its words say so, or if it names the report's own year.
    In a heading, a plan's bare name (“十五五”发展的主要考虑) is the period it names."""
    review, plan = bool(_REVIEW_CUES.search(title)), bool(_PLAN_CUES.search(title))
    periods = time_expressions(title, report_year, [])
    explicit = [p for p in periods if p.label[:4].isdigit() and "年" in p.label]
    years = [p for p in explicit if "-" not in p.label] or explicit
    if report_year is not None and review and not plan:
        # A review reports finished time: 2019年和今年以来工作回顾 reviews 2019; the months of the
        # report's own year it adds are a postscript, not the year its figures are about.
        years = [p for p in years if int(p.label[:4]) < report_year] or years
    plan_name = _PLAN_NAME.search(title)
    if not years and plan_name:
        first, last = five_year_plan(_CN_SMALL[plan_name.group(1)] + 10)
        years = [Period(span_label(first, last), plan_name.start(), plan_name.end())]
    period = years[-1].label if years else parent.period
    if plan and not review:
        return SectionTime(period, True)
    if review:
        return SectionTime(period, False)
    if years and report_year is not None and int(years[-1].label[:4]) >= report_year:
        return SectionTime(period, True)
    return SectionTime(period, parent.plan)
