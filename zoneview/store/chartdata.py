"""What a node's charts plot: its figures in groups that can honestly share an axis.

A bar chart says "these bars are comparable", so a group holds figures of one kind (level, change, rate,
share, target), one base unit (元 with 元, never 个 with 场), per-head and average measures apart from
totals, and cumulative stocks apart from flows and peaks. A group of one is a stat card, not a one-bar
chart. Plain data, so the window, the printout, the `chart` command and the tests share one grouping.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from zoneview.ingest.model import MAX_FIGURE
from zoneview.ingest.units import unit_family
from zoneview.store.read import ReportStore
from zoneview.store.records import IndicatorRecord, NodeRecord

KIND_ORDER = ("level", "change", "rate", "share", "target")
MANY = 12  # a chart shows this many bars, the largest, until the reader asks for all
_PER_HEAD = re.compile("人均|户均|亩均|地均|平均|均值|每")
_MAGNITUDES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))
# Families whose base units a magnitude may scale (万人, 亿元); rates, ages and concentrations are not.
_SCALABLE = {"money", "people", "count", "length", "area", "volume", "weight", "energy"}
_PERCENT_MEASURES = {"%": "proportion", "‰": "proportion", "个百分点": "points", "百分点": "points"}
_FAMILY_MEASURES = {
    "money": "amount",
    "people": "people",
    "count": "count",
    "length": "length",
    "area": "area",
    "volume": "volume",
    "weight": "weight",
    "energy": "energy",
    "concentration": "concentration",
    "time": "duration",
}


def is_per_head(ind: IndicatorRecord) -> bool:
    """人均, 平均, 每… : a measure per person, household or unit, never on a totals' axis."""
    return bool(_PER_HEAD.search(ind.name))


def stock_of(ind: IndicatorRecord) -> str:
    """cumulative (累计: a stock built up over years), peak (最高) or flow (for its period, or a level)."""
    if ind.qualifier == "累计" or "累计" in ind.name:
        return "cumulative"
    if ind.qualifier == "最高":
        return "peak"
    return "flow"


def measure_of(kind: str, base_unit: str) -> str:
    """What a chart of these figures measures, as a key the interface puts into words: amount (金额),
    growth (增速), rate (比率), share (占比), count (数量), people (人数) …"""
    if kind == "share":
        return "share"
    if kind == "change":
        if base_unit in ("%", "‰"):
            return "growth"
        if base_unit in ("个百分点", "百分点"):
            return "points"
        return "multiple" if base_unit == "倍" else "increase"
    if kind == "rate" and base_unit in ("%", "‰"):
        return "rate"
    if base_unit in _PERCENT_MEASURES:
        return _PERCENT_MEASURES[base_unit]
    if base_unit == "倍":
        return "multiple"
    if base_unit == "成":
        return "tenths"
    if base_unit == "岁":
        return "age"
    if base_unit == "人次":
        return "visits"
    if base_unit == "户":
        return "households"
    if not base_unit:
        return "unstated"
    return _FAMILY_MEASURES.get(unit_family(base_unit), "count")


def period_key(period: str | None) -> str:
    """Periods in time order: by their first year, then as written (2021年 before 2021年一季度); none last."""
    if not period:
        return "~"
    year = re.search(r"\d{4}", period)
    return f"{year.group() if year else '9999'}{period}"


@dataclass(frozen=True)
class Bar:
    name: str  # the figure's name with its qualifier: 科技型企业（累计）
    value: float  # in the chart's unit
    value_high: float | None  # the top of a range (6.5-7%), in the chart's unit
    display: str  # the figure as the report prints it: 近5万平方米
    unit: str  # the figure's own unit, as printed
    approximate: bool
    node_id: str
    indicator_id: int
    period: str | None
    quote: str
    base_value: float
    base_unit: str
    kind: str
    share_of: str | None = None  # for a share: of what total (全市), when the report says
    implied_total: float | None = None  # for a share: the total it implies, in the partner's base unit
    total_unit: str = ""

    @property
    def end(self) -> float:
        """Where the bar ends on its axis: the top of its range, if it has one."""
        return max(self.value, self.value_high or self.value)


def chartable(bars: Sequence[Bar]) -> bool:
    """Whether a chart can draw these bars: every value finite and within ±MAX_FIGURE, so the axis
    arithmetic (a span, a margin of it) stays finite. A database a build wrote always passes; one
    tampered with may not, and its chart then says "out of range" rather than hand nan to pyqtgraph."""
    return all(
        value is None or (math.isfinite(value) and abs(value) <= MAX_FIGURE)
        for b in bars
        for value in (b.value, b.value_high, b.base_value)
    )


def extent(bars: Sequence[Bar], out_of_hundred: bool) -> tuple[float, float]:
    """The value axis these bars need, (low, top): from 0, or the lowest value below it, to the furthest
    end (100 for shares of a hundred; 1 when no bar goes above 0)."""
    top = max(b.end for b in bars)
    return min(0.0, *(b.value for b in bars)), 100.0 if out_of_hundred else (top if top > 0 else 1.0)


def kind_rank(kind: str) -> int:
    """Where a kind of figure comes in KIND_ORDER (unknown kinds last)."""
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


@dataclass(frozen=True)
class Chart:
    """One comparable measure: bars of one kind and base unit, per head or not, stock or flow."""

    kind: str
    base_unit: str
    unit: str  # the axis: 亿元, 万人, %, 个
    factor: float  # base units per axis unit
    measure: str
    per_head: bool
    stock: str
    bars: tuple[Bar, ...]  # largest first

    @property
    def is_card(self) -> bool:
        """One figure: shown as a highlighted number, not a one-bar chart."""
        return len(self.bars) == 1

    @cached_property  # asked once a bar: a chart of 100,000 bars would be quadratic
    def periods_differ(self) -> bool:
        """The bars are of different periods, so each bar's label says its own."""
        return len({b.period for b in self.bars}) > 1

    @property
    def period(self) -> str | None:
        """The period all bars share, if they do."""
        return None if self.periods_differ else self.bars[0].period

    @cached_property  # asked once a bar drawn, like periods_differ
    def out_of_hundred(self) -> bool:
        """Shares and rates in % drawn against 0–100%, where every value fits in it; others scale."""
        values = [v for b in self.bars for v in (b.value, b.value_high) if v is not None]
        return self.kind in ("share", "rate") and self.unit == "%" and all(0 <= v <= 100 for v in values)

    @property
    def targets(self) -> bool:
        return self.kind == "target"

    def shown(self, expanded: bool = False) -> tuple[Bar, ...]:
        """The bars on screen: the largest MANY, or all of them once the reader asks."""
        return self.bars if expanded else self.bars[:MANY]

    def bar_label(self, bar: Bar, no_period: str = "") -> str:
        """The bar's name, with its period where the chart's bars differ in period."""
        if not self.periods_differ:
            return bar.name
        period = bar.period or no_period
        return f"{bar.name}（{period}）" if period else bar.name


@dataclass(frozen=True)
class SectionLink:
    """A child section with figures of its own or below it: a part's overview links to its charts."""

    node: NodeRecord
    figures: int


def node_charts(store: ReportStore, node_id: str) -> list[Chart]:
    """The node's own figures, grouped: charts by kind, then stat cards, each in reading order."""
    if store.node(node_id) is None:
        return []
    return group_charts(store.indicators(node_id))


def group_charts(indicators: list[IndicatorRecord]) -> list[Chart]:
    groups: dict[tuple[str, str, bool, str], list[IndicatorRecord]] = {}
    for ind in indicators:
        key = (ind.kind, ind.base_unit, is_per_head(ind), stock_of(ind))
        groups.setdefault(key, []).append(ind)
    partners = _share_partners(indicators)
    charts = [_chart(key, members, partners) for key, members in groups.items()]
    cards = [c for c in charts if c.is_card]
    rest = [c for c in charts if not c.is_card]
    rest.sort(key=lambda c: kind_rank(c.kind))
    return rest + cards  # sorts are stable: first appearance in the text within a kind


def section_links(store: ReportStore, node_id: str) -> list[SectionLink]:
    """Children of the node whose own figures, or their descendants', make charts."""
    counts = store.section_figure_counts(node_id)
    return [SectionLink(c, counts[c.id]) for c in store.children(node_id) if counts.get(c.id)]


def _chart(key: tuple[str, str, bool, str], members: list[IndicatorRecord], partners: _Partners) -> Chart:
    kind, base_unit, per_head, stock = key
    magnitude, factor = _scale(base_unit, max(abs(i.base_value) for i in members))
    bars = [_bar(ind, factor, partners) for ind in members]
    bars.sort(key=lambda b: -b.value)
    return Chart(
        kind=kind,
        base_unit=base_unit,
        unit=f"{magnitude}{base_unit}",
        factor=factor,
        measure=measure_of(kind, base_unit),
        per_head=per_head,
        stock=stock,
        bars=tuple(bars),
    )


def _scale(base_unit: str, largest: float) -> tuple[str, float]:
    """One scale a chart: the largest magnitude (万亿, 亿, 万) in which the largest figure is at least 1."""
    family = unit_family(base_unit) if base_unit else "count"
    if family not in _SCALABLE or base_unit in ("%", "‰"):
        return "", 1.0
    return next(((m, f) for m, f in _MAGNITUDES if largest >= f), ("", 1.0))


def _bar(ind: IndicatorRecord, factor: float, partners: _Partners) -> Bar:
    share_of, total, total_unit = None, None, ""
    if ind.kind == "share":
        partner = _share_partner(ind, partners)
        if partner is not None:
            share_of, total_unit = partner.share_of, partner.base_unit
            total = partner.base_value / (ind.value / 100) if ind.value else None
    return Bar(
        name=ind.label,
        value=round(ind.base_value / factor, 6),
        value_high=None if ind.base_value_high is None else round(ind.base_value_high / factor, 6),
        display=ind.display_value,
        unit=ind.unit,
        approximate=ind.approximate,
        node_id=ind.node_id,
        indicator_id=ind.id,
        period=ind.period,
        quote=ind.quote,
        base_value=ind.base_value,
        base_unit=ind.base_unit,
        kind=ind.kind,
        share_of=share_of,
        implied_total=total,
        total_unit=total_unit,
    )


# The figures that name a total they are a share of, by node and share, in reading order: looked up
# for each share, not searched for through every figure (1,800 shares among 76,000 figures: 40 s)
_Partners = dict[tuple[str, float], list[IndicatorRecord]]


def _share_partners(indicators: list[IndicatorRecord]) -> _Partners:
    partners: _Partners = {}
    for ind in indicators:
        if ind.share_of and ind.share_of_total_pct is not None:
            partners.setdefault((ind.node_id, ind.share_of_total_pct), []).append(ind)
    return partners


def _share_partner(share: IndicatorRecord, partners: _Partners) -> IndicatorRecord | None:
    """The figure a share is of (地区生产总值2902.97亿元，占全市11.6%): it names the total (全市)."""
    if share.base_unit != "%" or share.value != share.value:  # nan equals no share
        return None
    return next((ind for ind in partners.get((share.node_id, share.value), []) if ind.id != share.id), None)


def chart_rows(node_id: str, charts: list[Chart], titles: list[str]) -> list[dict[str, object]]:
    """The plotted data as CSV rows, one a bar, chart after chart as shown."""
    rows: list[dict[str, object]] = []
    for chart, title in zip(charts, titles, strict=True):
        for b in chart.bars:
            rows.append(
                {
                    "node": node_id,
                    "chart": title,
                    "kind": chart.kind,
                    "label": chart.bar_label(b),
                    "value": b.value,
                    "unit": chart.unit,
                    "as_printed": b.display,
                    "approximate": b.approximate,
                    "base_value": b.base_value,
                    "base_unit": b.base_unit,
                    "period": b.period or "",
                    "share_of": b.share_of or "",
                    "implied_total": "" if b.implied_total is None else round(b.implied_total, 2),
                    "source_node": b.node_id,
                    "quote": b.quote,
                }
            )
    return rows


CSV_FIELDS = ["node", "chart", "kind", "label", "value", "unit", "as_printed", "approximate", "base_value",
              "base_unit", "period", "share_of", "implied_total", "source_node", "quote"]  # fmt: skip


def chart_json(charts: list[Chart], titles: list[str], store: ReportStore) -> list[dict[str, object]]:
    """The charts as `zoneview chart ID --json` prints them (the contract in DESIGN.md): a bar's value and
    unit are the figure's as printed, its base value in its base unit; a stat card is a chart of one bar."""
    out: list[dict[str, object]] = []
    for chart, title in zip(charts, titles, strict=True):
        bars = []
        for b in chart.bars:
            ind = store.indicator(b.indicator_id)
            assert ind is not None
            bars.append(
                {
                    "indicator": b.indicator_id,
                    "name": ind.name,
                    "value": ind.value,
                    "unit": ind.unit,
                    "base_value": ind.base_value,
                    "base_unit": ind.base_unit,
                    "kind": ind.kind,
                    "period": ind.period,
                    "approximate": ind.approximate,
                }
            )
        out.append({"title": title, "kind": chart.kind, "unit": chart.unit, "bars": bars})
    return out
