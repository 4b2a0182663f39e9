"""Find the figures of a report: value, unit, base value, period, qualifier, share of the city total.

Works on normalised node text; positions are mapped back to the source by the caller. Ordinals
(第七个, 第五届, 首个), dates, model names (5G) and formulae (1+3) are not figures.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# unit -> (base unit, factor, family)
UNITS: dict[str, tuple[str, float, str]] = {
    "亿元": ("元", 1e8, "money"),
    "万元": ("元", 1e4, "money"),
    "元": ("元", 1.0, "money"),
    "万平方米": ("平方米", 1e4, "area"),
    "平方米": ("平方米", 1.0, "area"),
    "家次": ("家次", 1.0, "count"),
    "家": ("家", 1.0, "count"),
    "个": ("个", 1.0, "count"),
    "名": ("名", 1.0, "count"),
    "场": ("场", 1.0, "count"),
    "项": ("项", 1.0, "count"),
    "%": ("%", 1.0, "percent"),
}
_MONEY_CONTEXT = re.compile(r"资助|资金|贷款|投资|补贴|奖励|扶持|收入|产值|经费")
_UNIT_RE = "|".join(sorted(map(re.escape, [*UNITS, "万", "亿", "％"]), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?P<near>近|约|超过|超)?(?P<num>\d+(?:\.\d+)?)(?P<over>余|多)?(?P<unit>{_UNIT_RE})(?P<over2>余|多)?"
)
_PERIOD = re.compile(
    r"(?P<year>\d{4})年(?:度)?(?!\d{1,2}月|版)(?P<part>[一二三四]季度|上半年|前三季度|全年)?"
)
_QUARTER = re.compile(r"(?<![年度\d])(?P<part>[一二三四]季度|上半年|前三季度)")
_SHARE = re.compile(r"^占(?:全市|全区|全省|全国)[^，。；]*?的?(?P<pct>\d+(?:\.\d+)?)[%％]$")
_CLAUSE_BREAK = "，。；！？：,;"
_NAME_STOP = re.compile(r"[和及与、]|发放|落地|实现|获得|完成|签订")
_LEADING_VERBS = re.compile(r"^(?:成功|累计|共计|已|新|实现|引进|举办|新建|兑付|建成|推动|完成)+")
_QUALIFIER_WORDS = re.compile(
    r"(?:累计|共计|新增|增加|增至|最高可达到|最高可达|最高|可达到|达到|达|为|约|近|超过)+$"
)
_QUALIFIERS = (
    ("累计", "累计"),
    ("共计", "累计"),
    ("最高", "最高"),
    ("增至", "增至"),
    ("新增", "新增"),
    ("增加", "新增"),
    ("达", "达"),
)
NAME_MAX = 16


@dataclass(frozen=True)
class Figure:
    """A figure found in normalised text; start/end index that text."""

    name: str
    value: float
    unit: str
    base_value: float
    base_unit: str
    period: str | None
    qualifier: str | None
    approximate: bool
    share_of_city_pct: float | None
    start: int
    end: int


def unit_family(unit: str) -> str:
    """money, area, count or percent: the axes a chart may share."""
    return UNITS[unit][2] if unit in UNITS else "count"


def find_figures(text: str) -> list[Figure]:
    """Every figure in `text`, in order; shares of the city total attach to the figure before them."""
    figures: list[Figure] = []
    periods = _Periods(text)
    for m in _FIGURE.finditer(text):
        if _is_not_a_figure(text, m):
            continue
        clause_start = _clause_start(text, m.start())
        clause_end = _clause_end(text, m.end())
        share = _SHARE.match(text[clause_start:clause_end])
        if share and figures and figures[-1].share_of_city_pct is None:
            figures[-1] = _with_share(figures[-1], float(share.group("pct")))
            continue
        sentence_start = _sentence_start(text, m.start())
        figures.append(_figure(text, m, clause_start, clause_end, sentence_start, figures, periods))
    return figures


def _is_not_a_figure(text: str, m: re.Match[str]) -> bool:
    start, end = m.start("num"), m.end()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before and (before in "第+-.／/" or before.isdigit() or (before.isascii() and before.isalpha())):
        return True
    return bool(after) and (after == "+" or (after.isascii() and after.isalnum()))


def _figure(
    text: str,
    m: re.Match[str],
    clause_start: int,
    clause_end: int,
    sentence_start: int,
    previous: list[Figure],
    periods: _Periods,
) -> Figure:
    value = float(m.group("num"))
    unit = m.group("unit").replace("％", "%")
    following = _following_phrase(text, m.end(), clause_end)
    if unit in ("万", "亿"):
        unit = unit + "元" if _MONEY_CONTEXT.search(following or text[clause_start:clause_end]) else unit
    base_unit, factor, _ = UNITS.get(unit, (unit, {"万": 1e4, "亿": 1e8}.get(unit, 1.0), "count"))
    prefix = text[clause_start : m.start()]
    name = _name(text, m, clause_start, following, previous, sentence_start)
    return Figure(
        name=name,
        value=value,
        unit=unit,
        base_value=round(value * factor, 6),
        base_unit=base_unit,
        period=periods.before(m.start()),
        qualifier=_qualifier(prefix),
        approximate=bool(m.group("near") or m.group("over") or m.group("over2")),
        share_of_city_pct=None,
        start=m.start(),
        end=m.end(),
    )


def _name(
    text: str,
    m: re.Match[str],
    clause_start: int,
    following: str,
    previous: list[Figure],
    sentence_start: int,
) -> str:
    """The noun a classifier counts (5个合作中心), else the subject before the figure (地区生产总值达…)."""
    unit = m.group("unit")
    if following and len(following) >= 2 and unit in ("个", "家", "家次", "名", "场", "项", "万", "万元"):
        return _shorten(following)
    last = previous[-1] if previous else None
    prev_end = last.end if last and last.end > clause_start else clause_start
    before = text[prev_end : m.start()]
    before = _PERIOD.sub("", before)
    before = _QUARTER.sub("", before)
    before = _QUALIFIER_WORDS.sub("", before)
    before = re.split(r"[、等的]|实现|举办|引进", before)[-1]
    before = _LEADING_VERBS.sub("", before)
    if len(before) >= 2:
        return _shorten(before)
    if last and last.start >= sentence_start:
        return last.name
    return _shorten(text[clause_start : m.start()]) or "数值"


def _following_phrase(text: str, start: int, clause_end: int) -> str:
    phrase = text[start:clause_end]
    phrase = re.split(r"\d", phrase)[0]
    phrase = _NAME_STOP.split(phrase)[0]
    return phrase.lstrip("的").strip()


def _shorten(name: str) -> str:
    name = name.strip()
    return name if len(name) <= NAME_MAX else name[-NAME_MAX:]


def _qualifier(prefix: str) -> str | None:
    tail = prefix[-8:]
    for word, qualifier in _QUALIFIERS:
        if word in tail:
            return qualifier
    return None


class _Periods:
    """The periods named in a text, to find the last one before a figure: 2020年, 2021年一季度.

    A quarter without a year (一季度) belongs to the last year named before it.
    """

    def __init__(self, text: str) -> None:
        self._years = [(m.start(), m.end(), m.group("year"), m.group("part")) for m in _PERIOD.finditer(text)]
        self._quarters = [(m.start(), m.group("part")) for m in _QUARTER.finditer(text)]
        self._year_starts = [y[0] for y in self._years]
        self._quarter_starts = [q[0] for q in self._quarters]

    def before(self, pos: int) -> str | None:
        i = bisect.bisect_left(self._year_starts, pos) - 1
        year_end = self._years[i][1] if i >= 0 else -1
        part = self._years[i][3] if i >= 0 else None
        j = bisect.bisect_left(self._quarter_starts, pos) - 1
        if j >= 0 and self._quarters[j][0] >= year_end:
            part = self._quarters[j][1]
        if i < 0:
            return part
        return f"{self._years[i][2]}年{part or ''}"


def _with_share(figure: Figure, pct: float) -> Figure:
    return Figure(**{**figure.__dict__, "share_of_city_pct": pct})


def _clause_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] not in _CLAUSE_BREAK:
        pos -= 1
    return pos


def _clause_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] not in _CLAUSE_BREAK:
        pos += 1
    return pos


def _sentence_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] not in "。！？":
        pos -= 1
    return pos
