"""What a node's charts plot: its figures in groups that can honestly share an axis.

A bar chart says "these bars are comparable", so a group holds figures of one kind (level, change, rate,
share, target), one base unit (元 with 元, never 个 with 场), per-head and average measures apart from
totals, and cumulative stocks apart from flows and peaks. A group of one is a stat card, not a one-bar
chart. Plain data, so the window, the printout, the `chart` command and the tests share one grouping.

A bar's label is the figure's name, told by the words around it in the report where the name alone
would mislead: a share says what it is a share of (占国内生产总值), a reduction keeps its 下降, a size
threshold (超1000亿元的企业) is no amount and is charted apart, the count it qualifies says so, and two
bars of one name are told apart by what links each to its name (从…增加到), else by their order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from zoneview.ingest.model import MAX_FIGURE
from zoneview.ingest.units import unit_family
from zoneview.store.document import Document
from zoneview.store.records import IndicatorRecord, NodeRecord
from zoneview.vocab import PER_CENT_UNITS, FigureKind

KIND_ORDER = tuple(FigureKind)  # the order a node's charts come in
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
        if base_unit in PER_CENT_UNITS:
            return "growth"
        if base_unit in ("个百分点", "百分点"):
            return "points"
        return "multiple" if base_unit == "倍" else "increase"
    if kind == "rate" and base_unit in PER_CENT_UNITS:
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
    name: str  # the figure's name with its qualifier (科技型企业（累计）), told as the module says
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
    threshold: bool = False  # a size class of what another figure counts (超千亿元的县域达12个)
    nth: int = 0  # among bars of its chart named alike that nothing in the text tells apart: which

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
    threshold: bool = False  # size thresholds (超1000亿元的企业), not amounts of anything

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

    def bar_label(
        self, bar: Bar, no_period: str = "", numbered: Callable[[str, int], str] | None = None
    ) -> str:
        """The bar's name, with its period where the chart's bars differ in period, and its number
        (`numbered`: 城镇化率 #2) where nothing else tells it from a bar of the same name."""
        label = bar.name
        if self.periods_differ:
            period = bar.period or no_period
            label = f"{label}（{period}）" if period else label
        if bar.nth:
            return numbered(label, bar.nth) if numbered else f"{label} #{bar.nth}"
        return label


@dataclass(frozen=True)
class SectionLink:
    """A child section with figures of its own or below it: a part's overview links to its charts."""

    node: NodeRecord
    figures: int


def node_charts(document: Document, node_id: str) -> list[Chart]:
    """The node's own figures, grouped: charts by kind, then stat cards, each in reading order."""
    node = document.node(node_id)
    if node is None:
        return []
    return group_charts(document.indicators(node_id), node)


def group_charts(indicators: list[IndicatorRecord], node: NodeRecord | None = None) -> list[Chart]:
    """The figures in charts; with their `node`, each labelled as its text tells (see the module)."""
    told = tell_figures(indicators, node) if node is not None else {}
    groups: dict[tuple[str, str, bool, str, bool], list[IndicatorRecord]] = {}
    for ind in indicators:
        threshold = ind.id in told and told[ind.id].threshold
        key = (ind.kind, ind.base_unit, is_per_head(ind), stock_of(ind), threshold)
        groups.setdefault(key, []).append(ind)
    partners = _share_partners(indicators)
    charts = [_chart(key, members, partners, told) for key, members in groups.items()]
    cards = [c for c in charts if c.is_card]
    rest = [c for c in charts if not c.is_card]
    rest.sort(key=lambda c: kind_rank(c.kind))
    return rest + cards  # sorts are stable: first appearance in the text within a kind


def section_links(document: Document, node_id: str) -> list[SectionLink]:
    """Children of the node whose own figures, or their descendants', make charts."""
    counts = document.section_figure_counts(node_id)
    return [SectionLink(c, counts[c.id]) for c in document.children(node_id) if counts.get(c.id)]


def _chart(
    key: tuple[str, str, bool, str, bool],
    members: list[IndicatorRecord],
    partners: _Partners,
    told: dict[int, Told],
) -> Chart:
    kind, base_unit, per_head, stock, threshold = key
    magnitude, factor = _scale(base_unit, max(abs(i.base_value) for i in members))
    bars = _told_apart([_bar(ind, factor, partners, told.get(ind.id)) for ind in members], told)
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
        threshold=threshold,
    )


def _scale(base_unit: str, largest: float) -> tuple[str, float]:
    """One scale a chart: the largest magnitude (万亿, 亿, 万) in which the largest figure is at least 1."""
    family = unit_family(base_unit) if base_unit else "count"
    if family not in _SCALABLE or base_unit in PER_CENT_UNITS:
        return "", 1.0
    return next(((m, f) for m, f in _MAGNITUDES if largest >= f), ("", 1.0))


def _bar(ind: IndicatorRecord, factor: float, partners: _Partners, told: Told | None) -> Bar:
    share_of, total, total_unit = None, None, ""
    if ind.kind == "share":
        partner = _share_partner(ind, partners)
        if partner is not None:
            share_of, total_unit = partner.share_of, partner.base_unit
            total = partner.base_value / (ind.value / 100) if ind.value else None
    if share_of is None and told is not None:
        share_of = told.whole
    return Bar(
        name=told.label if told is not None else ind.label,
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
        threshold=told is not None and told.threshold,
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


# -- telling figures apart ------------------------------------------------------------------------

UNNAMED = "数值"  # the parser's name for a figure it found no name for
LOOK = 60  # characters of text read before a figure, at most: a clause is shorter
LINK_MAX, EXCERPT_MAX = 8, 12
_STOP = re.compile(r"[，。；：！？,;:!?\n]")
_SEPARATORS = "、和及与 　"
# 占国内生产总值的比重, 占GDP比重, 占全市总量的, 占全省的: the whole a figure in % is a share of
_WHOLE = re.compile(
    r"(?<![侵挤])占(?![用地有领])(?:到)?(?P<whole>[^，。；：、,;:\d%％的]+?)"
    r"(?=的|比重|比例|总量(?=的|比重|比例|$)|份额|达|为|是|超|提高|上升|下降|从|由|已|\d|$)"
)
_REDUCTION = re.compile(r"(下降|降低|减少|压减|削减|压降|下调|回落|降)(?:了|分别|均)?$")
_BOUNDS = frozenset({"超", "超过", "过", "逾", "突破", "以上", "不低于", "不少于"})
_COUNT_VERB = re.compile(r"(?:已|共|分别|均)?(?:达到|达|共有|有|为|增至|增加到|超过|突破)$")


@dataclass(frozen=True)
class Told:
    """What the text around a figure tells of it, for its bar."""

    label: str  # the name, told as the module says
    whole: str | None = None  # what a figure in % is a share of, when its clause says: 国内生产总值
    threshold: bool = False
    link: str = ""  # the words between its name (or the figure before it in its clause) and it: 增加到


def tell_figures(indicators: list[IndicatorRecord], node: NodeRecord) -> dict[int, Told]:
    """Each of the node's figures with what the node's text tells of it, by figure id."""
    text, offset = node.original, node.span_start
    placed = [i for i in indicators if i.node_id == node.id and i.span_start is not None]
    ordered = sorted(
        (i for i in placed if 0 <= i.span_start - offset <= len(text)), key=lambda i: i.span_start
    )
    told: dict[int, Told] = {}
    counted: dict[int, str] = {}  # a figure a threshold qualifies (12个 of 超千亿元的县域): the threshold
    verb, prefix = "", ""  # of the figure before, for one listed after it (分别下降30.7%、26.1%)
    for k, ind in enumerate(ordered):
        start, end = ind.span_start - offset, ind.span_end - offset
        window = text[max(0, start - LOOK) : start]
        stops = list(_STOP.finditer(window))
        clause = window[stops[-1].end() :] if stops else window
        before = ordered[k - 1] if k else None
        in_clause = before is not None and before.span_end - offset > start - len(clause)
        lead = text[before.span_end - offset : start] if before is not None and in_clause else clause
        listed = in_clause and not lead.strip(_SEPARATORS)  # 30.7%、26.1%: the second continues the first
        stop = _STOP.search(text, end, end + LOOK)
        after = text[end : stop.start() if stop else end + LOOK]
        label = ind.label
        if ind.name == UNNAMED:
            excerpt = _excerpt(lead.strip(_SEPARATORS), after)
            label = excerpt + label.removeprefix(UNNAMED) if excerpt else label  # its qualifier stays
        whole = None
        if ind.base_unit in PER_CENT_UNITS:
            found = [m.group("whole") for m in _WHOLE.finditer(clause)]
            whole = found[-1] if found and not found[-1].startswith("比") else None
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        between = text[end : nxt.span_start - offset] if nxt is not None else ""
        # 超千亿元的县域达12个: a bound, 的, and the figure it qualifies, in one phrase
        threshold = ind.approx_word in _BOUNDS and between.startswith("的") and len(between) <= 14
        threshold = threshold and not _STOP.search(between) and "、" not in between
        if threshold and nxt is not None:
            noun = _COUNT_VERB.sub("", between[1:])
            own = lead.strip(_SEPARATORS) or (prefix if listed else "") or ind.label
            prefix = own
            label = f"{own}{ind.quote}的{noun}" if noun else f"{own}{ind.quote}"
            counted[nxt.id] = f"{own}{ind.quote}"
        elif ind.id in counted:
            qualifier = counted[ind.id].replace(ind.label, "", 1) if ind.label else counted[ind.id]
            label = f"{label}（{qualifier}）"
        found_verb = _REDUCTION.search(lead.rstrip())
        verb = found_verb.group(1) if found_verb else (verb if listed else "")
        if verb and verb not in label:
            label += verb
        at = lead.rfind(ind.name) if ind.name else -1
        told[ind.id] = Told(
            label, whole, threshold, _link(lead[at + len(ind.name) :] if at >= 0 else lead, verb)
        )
    return told


def _link(words: str, verb: str) -> str:
    """The words that link a figure to its name, for telling it from another of that name: the last
    LINK_MAX of them (…from a cut), without a reduction verb the label already ends in."""
    words = words.strip(_SEPARATORS)
    if verb:
        words = words.removesuffix(verb).rstrip("分别均").strip(_SEPARATORS)
    if len(words) > LINK_MAX:
        words = words[-LINK_MAX:]
        words = "…" + words[words.rfind("）") + 1 :] if "（" not in words else "…" + words
    return "" if words == "…" else words


def _excerpt(before: str, after: str) -> str:
    """In place of a name the parser did not find: the words before the figure (…全年达到), or, with
    too few of them, after it (县（市、区）整县建成…)."""
    if len(before) >= 3 or (before and len(after) < 2):
        return f"…{before[-EXCERPT_MAX:]}"
    return f"{after[:EXCERPT_MAX]}…" if len(after) >= 2 else ""


def _told_apart(bars: list[Bar], told: dict[int, Told]) -> list[Bar]:
    """Bars of one chart named alike: each told by the words that link it to its name (从… / 增加到),
    where those differ, else numbered in reading order."""
    periods = len({b.period for b in bars}) > 1
    alike: dict[tuple[str, str | None], list[int]] = {}
    for n, b in enumerate(bars):
        alike.setdefault((b.name, b.period if periods else None), []).append(n)
    out = list(bars)
    for positions in alike.values():
        if len(positions) < 2:
            continue
        links = [told[bars[n].indicator_id].link if bars[n].indicator_id in told else "" for n in positions]
        if len(set(links)) == len(links):
            for n, link in zip(positions, links, strict=True):
                out[n] = replace(bars[n], name=f"{bars[n].name}（{link}）") if link else bars[n]
        else:
            for nth, n in enumerate(positions, start=1):
                out[n] = replace(bars[n], nth=nth)
    return out


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


def chart_json(charts: list[Chart], titles: list[str], document: Document) -> list[dict[str, object]]:
    """The charts as `zoneview chart ID --json` prints them (the contract in DESIGN.md): a bar's value and
    unit are the figure's as printed, its base value in its base unit; a stat card is a chart of one bar."""
    out: list[dict[str, object]] = []
    for chart, title in zip(charts, titles, strict=True):
        bars = []
        for b in chart.bars:
            ind = document.indicator(b.indicator_id)
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
