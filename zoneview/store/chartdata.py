"""What a node's chart plots: one series per unit family, money on one scale, shares of the city total.

Plain data, so the window, the `chart` command and the tests all plot and check the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from zoneview.ingest.units import unit_family
from zoneview.store.read import ReportStore
from zoneview.store.records import IndicatorRecord

FAMILY_ORDER = ("money", "count", "area", "percent")
# The window charts at most this many of a node's figures, in reading order: drawing takes a few
# milliseconds a bar, and a node of 10,000 figures must still open at once. (A safety net under the
# grouping of charts; print and the chart command take them all.)
SCREEN_FIGURES_MAX = 200
_MONEY_SCALES = (("亿元", 1e8), ("万元", 1e4), ("元", 1.0))
_AREA_SCALES = (("万平方米", 1e4), ("平方米", 1.0))


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # in the series' unit
    display: str  # the figure as the report prints it: 近5万平方米
    unit: str  # the figure's own unit, before any rescaling
    approximate: bool
    node_id: str
    indicator_id: int
    period: str | None
    quote: str
    base_value: float
    base_unit: str
    share_of_city_pct: float | None = None
    implied_city_total: float | None = None  # base_value / share, in base units


@dataclass(frozen=True)
class Series:
    family: str  # money, count, area, percent, or share (of the city total, against 100%)
    unit: str  # what the axis measures: 亿元, 万元, 个/家…, 万平方米, %
    bars: tuple[Bar, ...]


def node_series(store: ReportStore, node_id: str, limit: int | None = None) -> list[Series]:
    """The series for a node: its own figures, and for a part its initiatives' too (the part overview),
    the first `limit` of them when given. The summary adds the share of the city total. A node without
    figures has no series."""
    node = store.outline_entry(node_id)
    if node is None:
        return []
    indicators = store.indicators(node_id, with_children=node.kind == "part", limit=limit)
    series = family_series(indicators)
    shares = [i for i in indicators if i.share_of_city_pct]
    if shares:
        series.append(share_series(shares))
    return series


def family_series(indicators: list[IndicatorRecord]) -> list[Series]:
    by_family: dict[str, list[IndicatorRecord]] = {}
    for ind in indicators:
        by_family.setdefault(_chart_family(ind), []).append(ind)
    result = []
    for family in FAMILY_ORDER:
        members = by_family.get(family)
        if not members:
            continue
        unit, factor = _scale(family, members)
        bars = tuple(_bar(ind, ind.base_value / factor if factor else ind.value) for ind in members)
        result.append(Series(family, unit, bars))
    return result


def share_series(indicators: list[IndicatorRecord]) -> Series:
    bars = []
    for ind in indicators:
        share = ind.share_of_city_pct or 0.0
        bar = _bar(ind, share)
        total = ind.base_value / (share / 100) if share else None
        bars.append(Bar(**{**bar.__dict__, "share_of_city_pct": share, "implied_city_total": total}))
    return Series("share", "%", tuple(bars))


def _chart_family(ind: IndicatorRecord) -> str:
    """money, area and percent have their own scales; every other unit is drawn as a count."""
    family = unit_family(ind.base_unit)
    if ind.base_unit == "%":
        return "percent"
    return family if family in ("money", "area") else "count"


def _scale(family: str, members: list[IndicatorRecord]) -> tuple[str, float]:
    """One scale per chart: the largest unit in which the largest figure is at least 1."""
    largest = max(i.base_value for i in members)
    if family == "money":
        return next(((u, f) for u, f in _MONEY_SCALES if largest >= f), _MONEY_SCALES[-1])
    if family == "area":
        return next(((u, f) for u, f in _AREA_SCALES if largest >= f), _AREA_SCALES[-1])
    if family == "percent":
        return "%", 1.0
    units = "、".join(dict.fromkeys(i.unit for i in members))
    return units, 1.0


def _bar(ind: IndicatorRecord, value: float) -> Bar:
    return Bar(
        label=ind.label,
        value=round(value, 6),
        display=ind.display_value,
        unit=ind.unit,
        approximate=ind.approximate,
        node_id=ind.node_id,
        indicator_id=ind.id,
        period=ind.period,
        quote=ind.quote,
        base_value=ind.base_value,
        base_unit=ind.base_unit,
        share_of_city_pct=ind.share_of_city_pct,
    )


def series_rows(node_id: str, series: list[Series]) -> list[dict[str, object]]:
    """The plotted data as CSV rows, one per bar."""
    rows: list[dict[str, object]] = []
    for s in series:
        for b in s.bars:
            rows.append(
                {
                    "node": node_id,
                    "chart": s.family,
                    "label": b.label,
                    "value": b.value,
                    "unit": s.unit,
                    "as_printed": b.display,
                    "approximate": b.approximate,
                    "base_value": b.base_value,
                    "base_unit": b.base_unit,
                    "period": b.period or "",
                    "share_of_city_pct": "" if b.share_of_city_pct is None else b.share_of_city_pct,
                    "implied_city_total": ""
                    if b.implied_city_total is None
                    else round(b.implied_city_total, 2),
                    "source_node": b.node_id,
                    "quote": b.quote,
                }
            )
    return rows
