"""One indicator across an issuer's yearly reports: its figures by year, and each year's target beside
what a later report says was delivered. Pure functions over the records the store hands out.

A yearly report (政府工作报告) reviews the year before it and sets targets for its own year, so the
figures about year Y come from two reports: its target from the report of Y, its outcome from the
report of Y+1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zoneview.ingest.subjects import ceiling_subject, clean_name, subject_of
from zoneview.store.issuers import match_issuer
from zoneview.store.records import DocumentRecord, IndicatorRecord
from zoneview.vocab import FigureKind

if TYPE_CHECKING:
    from zoneview.store.read import Library

RATE_UNITS = ("%", "‰", "个百分点")
# What an approximation word says about a target's direction. A word not listed (左右, 约, none)
# leaves the direction to the subject: a ceiling on prices and unemployment, a floor elsewhere.
FLOOR_WORDS = ("以上", "不低于", "不少于", "超过", "超", "突破", "多", "余", "大于")
CEILING_WORDS = ("以内", "以下", "不超过", "不高于", "低于", "不到", "控制在")
# 左右 on a floor: met within 5% of the target (5%左右 → 4.75, 1200万人左右 → 1140万人). Growth targets
# move in steps of half a point around 5–7%, about a tenth of their value; half a step separates
# "about X" from the next target down, so an outcome closer to X than to X − step meets it.
ABOUT_WORDS = ("左右", "上下", "约", "近")
ABOUT_TOLERANCE = 0.05
# The measure to keep when a subject's figures on one axis differ in kind, in this order on a tie.
_KIND_ORDER = (FigureKind.CHANGE, FigureKind.LEVEL, FigureKind.RATE, FigureKind.SHARE)


@dataclass(frozen=True)
class SeriesPoint:
    year: int  # the year the figure is about (from its period; else the document's year)
    document: DocumentRecord
    indicator: IndicatorRecord
    axis: str  # "level" (an amount in a unit) or "rate" (%, 个百分点: growth, shares)

    @property
    def is_target(self) -> bool:
        return self.indicator.kind == "target"


@dataclass(frozen=True)
class Verdict:
    year: int
    axis: str
    target: SeriesPoint | None
    actual: SeriesPoint | None
    # "met" | "missed" | "not reported" (a target no later report gives the outcome of) |
    # "no target" (an outcome of a year without a target)
    status: str


def axis_of(indicator: IndicatorRecord) -> str:
    """ "rate" for percentages and percentage points, "level" for amounts: never one axis for both."""
    return "rate" if indicator.unit in RATE_UNITS else "level"


def year_of(period: str | None, document: DocumentRecord) -> int | None:
    """The single whole year a figure is about: 2019年 → 2019; none for 2016-2020年 or 2019年一季度
    (another measure than the year's); the document's year when the figure has no period."""
    if period is None:
        return document.year
    if len(period) == 5 and period[:4].isdigit() and period[4] == "年":
        return int(period[:4])
    return None


def build_series(rows: Iterable[tuple[DocumentRecord, IndicatorRecord]]) -> list[SeriesPoint]:
    """The figures of one subject a reader compares across years: at most one target and one outcome
    per year and axis, ordered by year (levels before rates, a target before its outcome).

    Left out: figures over several years or part of one (2016-2020年, 一季度); figures of another
    measure than the axis's main one (the kind and base unit most of its outcomes have: a growth
    rate, not a share of GDP or a five-year increase in 万亿元); texts printed twice (same document,
    kind, value and year). Where several remain, the outcome of year Y is taken from a report of a
    later year, the nearest one (the report of Y+1 that reviews Y) over an in-year estimate or a
    five-year retrospective, then an exact figure over an approximate one, then the first printed.
    The target of Y is taken from the report of Y, else the nearest earlier report (a plan's
    到2025年 target), else the nearest later one, then the first printed."""
    points = _unique(_points(rows))
    reports = {p.document.year for p in points}
    # a plan's target for a later year (届时…超过90万亿元) stands in only where that year has no report
    points = [p for p in points if not (p.is_target and p.document.year is not None
                                        and p.document.year < p.year and p.year in reports)]  # fmt: skip
    kept = [p for axis in ("level", "rate") for p in _main_measure([q for q in points if q.axis == axis])]
    chosen: dict[tuple[int, str, bool], SeriesPoint] = {}
    for p in sorted(kept, key=_preference):
        chosen.setdefault((p.year, p.axis, p.is_target), p)
    return sorted(chosen.values(), key=lambda p: (p.year, p.axis != "level", not p.is_target))


def promised_delivered(points: list[SeriesPoint]) -> list[Verdict]:
    """Each year and axis of the series with its target, its outcome and whether the target was met.

    A target is a floor (以上, 不低于, a plain growth target, a range 6%－6.5%: met when the outcome is
    at least its low end; 左右: at least the target less ABOUT_TOLERANCE of it) or a ceiling (以内,
    不超过, 控制在, and 左右 or a plain figure on a price, unemployment or deficit subject: met when the
    outcome is at most its high end). Values are compared in base units, so 亿元 meets 万亿元."""
    cells: dict[tuple[int, str], dict[bool, SeriesPoint]] = {}
    for p in points:
        cells.setdefault((p.year, p.axis), {})[p.is_target] = p
    verdicts = []
    for (year, axis), cell in sorted(cells.items(), key=lambda item: (item[0][0], item[0][1] != "level")):
        target, actual = cell.get(True), cell.get(False)
        if target is None:
            status = "no target"
        elif actual is None:
            status = "not reported"
        else:
            status = "met" if target_met(target.indicator, actual.indicator) else "missed"
        verdicts.append(Verdict(year, axis, target, actual, status))
    return verdicts


def target_met(target: IndicatorRecord, actual: IndicatorRecord) -> bool:
    """Whether `actual` meets `target` by the direction the target's words and subject give."""
    word = target.approx_word or ""
    low = target.base_value
    high = target.base_value_high if target.base_value_high is not None else low
    if is_ceiling(target):
        return actual.base_value <= high
    if word in ABOUT_WORDS:
        low -= abs(low) * ABOUT_TOLERANCE
    return actual.base_value >= low


def is_ceiling(target: IndicatorRecord) -> bool:
    """A target to stay under: its words say so (以内, 不超过), or it is about a measure held down."""
    word = target.approx_word or ""
    if word in CEILING_WORDS or "控制" in target.name:
        return True
    if word in FLOOR_WORDS:
        return False
    return ceiling_subject(subject_of(target.name))


def series_json(points: list[SeriesPoint]) -> list[dict[str, object]]:
    """The `compare --json` contract, ordered by year; targets have "kind": "target"."""
    return [
        {
            "year": p.year,
            "value": p.indicator.value,
            "value_high": p.indicator.value_high,
            "unit": p.indicator.unit,
            "base_value": p.indicator.base_value,
            "kind": p.indicator.kind,
            "approximate": p.indicator.approximate,
            "document": p.document.id,
            "node": p.indicator.node_id,
            "quote": p.indicator.quote,
            "span": [p.indicator.span_start, p.indicator.span_end],
        }
        for p in points
    ]


CSV_COLUMNS = (
    "year", "axis", "role", "value", "value_high", "unit", "printed", "approximate", "status",
    "document", "report", "node", "indicator", "quote",
)  # fmt: skip


def series_csv_rows(points: list[SeriesPoint], verdicts: list[Verdict]) -> list[dict[str, object]]:
    """One row per point (CSV_COLUMNS), with the status of its year's target."""
    status = {(v.year, v.axis): v.status for v in verdicts}
    return [
        {
            "year": p.year,
            "axis": p.axis,
            "role": "target" if p.is_target else "actual",
            "value": p.indicator.value,
            "value_high": p.indicator.value_high,
            "unit": p.indicator.unit,
            "printed": p.indicator.display_value,
            "approximate": p.indicator.approximate,
            "status": status.get((p.year, p.axis), ""),
            "document": p.document.id,
            "report": p.document.title,
            "node": p.indicator.node_id,
            "indicator": p.indicator.id,
            "quote": p.indicator.quote,
        }
        for p in points
    ]


def _points(rows: Iterable[tuple[DocumentRecord, IndicatorRecord]]) -> list[SeriesPoint]:
    points = []
    for document, indicator in rows:
        year = year_of(indicator.period, document)
        if year is not None:
            points.append(SeriesPoint(year, document, indicator, axis_of(indicator)))
    return points


def _unique(points: list[SeriesPoint]) -> list[SeriesPoint]:
    """The first of each text a document prints twice (a summary repeated in an appendix)."""
    seen: set[tuple[object, ...]] = set()
    unique = []
    for p in sorted(points, key=lambda p: (p.document.id, p.indicator.span_start)):
        ind = p.indicator
        key = (p.document.id, ind.kind, ind.value, ind.value_high, ind.unit, p.year)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _main_measure(points: list[SeriesPoint]) -> list[SeriesPoint]:
    """The points of one axis that measure what most of its outcomes measure (kind and base unit);
    targets in that base unit. Without outcomes, the targets in their most common base unit."""
    actuals = [p for p in points if not p.is_target]
    if actuals:
        counts = Counter((p.indicator.kind, p.indicator.base_unit) for p in actuals)
        kind, unit = max(counts, key=lambda k: (counts[k], -_kind_rank(k[0])))
        return [
            p for p in points if p.indicator.base_unit == unit and (p.is_target or p.indicator.kind == kind)
        ]
    units = Counter(p.indicator.base_unit for p in points)
    if not units:
        return []
    unit = max(units, key=lambda u: units[u])
    return [p for p in points if p.indicator.base_unit == unit]


def _kind_rank(kind: str) -> int:
    return _KIND_ORDER.index(kind) if kind in _KIND_ORDER else len(_KIND_ORDER)


def _preference(p: SeriesPoint) -> tuple[object, ...]:
    published = p.document.year if p.document.year is not None else p.year
    if p.is_target:
        # The report of the year itself, then earlier plans, then later restatements.
        order: tuple[object, ...] = (published != p.year, published > p.year, abs(published - p.year))
    else:
        # A report after the year (the review), nearest first, then in-year estimates.
        order = (published <= p.year, abs(published - p.year), p.indicator.approximate)
    return (*order, p.document.id, p.indicator.span_start)


@dataclass(frozen=True)
class Comparison:
    """A subject across one issuer's reports, as the compare view and `zoneview compare` show it."""

    subject: str
    issuer: str | None
    issuers: list[tuple[str, int]]  # every issuer that gives the subject, with its number of reports
    points: list[SeriesPoint]
    verdicts: list[Verdict]

    @property
    def title(self) -> str:
        """The subject as this issuer's reports name it most often (国内生产总值 for the State Council's,
        though its canonical name is 地区生产总值)."""
        names = Counter(clean_name(p.indicator.name) for p in self.points)
        return max(names, key=lambda n: (names[n], n == self.subject)) if names else self.subject


def compare(store: Library, subject: str, issuer: str | None = None) -> Comparison:
    """The series of `subject` (any of its names: GDP is 地区生产总值) in the library of `store`, across
    the reports of `issuer`, else of the issuer that gives it in the most reports."""
    wanted = subject_of(subject)
    if issuer is not None:
        issuer = match_issuer((d.issuer or "" for d in store.documents()), issuer)
    issuers = store.subject_issuers(wanted)
    if not issuers and wanted != subject.strip():  # a subject the user named in a merge
        wanted = subject.strip()
        issuers = store.subject_issuers(wanted)
    if issuer is None and issuers:
        issuer = issuers[0][0]
    rows = store.subject_rows(wanted, issuer) if issuers else []
    points = build_series(_annual(store, rows))
    return Comparison(wanted, issuer, issuers, points, promised_delivered(points))


def _annual(
    store: Library, rows: list[tuple[DocumentRecord, IndicatorRecord]]
) -> list[tuple[DocumentRecord, IndicatorRecord]]:
    """The rows without outcomes measured against another base year (比2002年增长65.5%, a paragraph's
    比2012年（下同）): the scorecard's rule, so that the compare window and the scorecard agree."""
    from zoneview.store.scorecard import CONTEXT_CHARS, other_base

    figures = [(d.id, i.node_id, i.span_start) for d, i in rows if i.kind != "target"]
    context = store.text_before(figures, CONTEXT_CHARS)
    kept = []
    for document, figure in rows:
        year = year_of(figure.period, document)
        before = context.get((document.id, figure.node_id, figure.span_start), "")
        if figure.kind != "target" and year is not None and other_base(before, year):
            continue
        kept.append((document, figure))
    return kept
