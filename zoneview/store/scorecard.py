"""Promised against delivered: each target an issuer's reports set, beside the annual figure a later
report gives for the same year. Pure functions over the records the store hands out.

A yearly report reviews the year before it and sets targets for its own year, so the target of year Y
comes from the report of Y and its outcome from the report of Y+1. What counts as an outcome is narrow
on purpose: an annual figure of the same measure (growth beside a growth target, a level beside a level),
never a multi-year average or total (their periods span years), a quarter (its period is part of a
year), a running total (累计), or the year's own report (a forecast). Where the report of Y+1 is in the
library and gives no such figure, the target is "not reported"; a later report's review of Y stands in
only where the report of Y+1 is missing. A wrong verdict misleads more than "not reported" does.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from zoneview.ingest.lexicon import StandardIndicator, lexicon
from zoneview.store.issuers import IssuerError, match_issuer
from zoneview.store.records import DocumentRecord, IndicatorRecord
from zoneview.vocab import Direction, Measure, Verdict

if TYPE_CHECKING:
    from zoneview.store.read import Library

RATE_UNITS = ("%", "‰", "个百分点")
FLOOR_WORDS = ("以上", "不低于", "不少于", "超过", "超", "突破", "多", "余", "大于", "高于")
CEILING_WORDS = ("以内", "以下", "不超过", "不高于", "低于", "不到", "控制在")
# 左右 on a floor or a reduction: met within 5% of the target (5%左右 → 4.75). Growth targets move in
# steps of half a point around 5–7%, about a tenth of their value; half a step separates "about X" from
# the next target down. A ceiling has no such slack: 3%左右 on prices is not met by 3.3%.
ABOUT_WORDS = ("左右", "上下", "约", "近")
ABOUT_TOLERANCE = 0.05
# An outcome's own words that make it a bound: the true figure lies above it, or below it.
OUTCOME_ABOVE = ("超过", "超", "以上", "多", "余", "突破", "逾", "高于", "大于", "上千", "上百", "上万")
OUTCOME_BELOW = ("近", "不到", "不足", "以内", "以下", "低于", "接近", "小于")
PRELIMINARY_WORDS = ("预计", "初步核算", "初步统计", "初步测算")
YEARLY_KIND = "政府工作报告"  # the kind of report that reviews last year and sets this year's targets
CONTEXT_CHARS = 300  # how far back in its paragraph a figure's base year and preliminary word are looked for
_BASE_YEAR = re.compile(r"(?:比|较|与)(?P<year>(?:19|20)\d{2})年(?:相比)?(?P<same>[（(]下同[）)])?")
_CHANGE_NAMES = ("涨幅", "增幅", "增速", "增长率", "降幅")
_FALLS = ("下降", "降低", "减少", "回落", "下滑", "降", "减")
_LAST_VERB = re.compile(
    r"(?:下降|降低|减少|回落|下滑|上升|增长|提高|增加|上涨|反弹|降|减|增|涨)(?=[^增降减涨升长高加落滑弹]*$)"
)
CHANGE_VERB_WINDOW = 8  # characters before a change searched for the verb that says which way it went

Row = tuple[DocumentRecord, IndicatorRecord]
TARGET_JSON_FIELDS = (
    "quote",
    "value",
    "value_high",
    "unit",
    "approx_word",
    "direction",
    "document",
    "node",
    "span",
)
OUTCOME_JSON_FIELDS = ("quote", "value", "value_high", "unit", "preliminary", "document", "node", "span")


def _json(part: object, names: tuple[str, ...]) -> dict[str, object]:
    """The named fields of a target or outcome as JSON takes them: a span as [start, end], a word as text."""
    out: dict[str, object] = {}
    for name in names:
        value = getattr(part, name)
        out[name] = (
            list(value) if isinstance(value, tuple) else str(value) if isinstance(value, Direction) else value
        )
    return out


@dataclass(frozen=True)
class Target:
    issuer: str
    year: int
    indicator: str
    measure: Measure
    quote: str
    value: float
    value_high: float | None
    unit: str
    base_value: float
    base_value_high: float | None
    approx_word: str | None
    direction: Direction
    document: int
    node: str
    span: tuple[int, int]

    def json(self) -> dict[str, object]:
        """As `scorecard --json` and `targets --json` give a target, in the documented order."""
        return _json(self, TARGET_JSON_FIELDS)


@dataclass(frozen=True)
class Outcome:
    quote: str
    value: float
    value_high: float | None
    unit: str
    base_value: float
    preliminary: bool
    document: int
    node: str
    span: tuple[int, int]
    approx_word: str | None = None  # a bound says where the true figure lies: 超过3%, 近10万人

    def json(self) -> dict[str, object]:
        """As `scorecard --json` gives an outcome, in the documented order."""
        return _json(self, OUTCOME_JSON_FIELDS)


@dataclass(frozen=True)
class ScoreCell:
    """One indicator in one year: what was promised, what a later report says was delivered."""

    issuer: str
    indicator: str
    year: int
    target: Target | None
    target_text: str | None
    outcome: Outcome | None
    verdict: Verdict

    def json(self) -> dict[str, object]:
        return {
            "issuer": self.issuer,
            "indicator": self.indicator,
            "year": self.year,
            "target": self.target.json() if self.target else None,
            "target_text": self.target_text,
            "outcome": self.outcome.json() if self.outcome else None,
            "verdict": str(self.verdict),
        }


@dataclass(frozen=True)
class StatedTarget:
    """A target in words only (居民收入增长和经济增长同步): its indicator and text, where it is."""

    document: DocumentRecord
    indicator: str
    text: str
    node: str
    span: tuple[int, int]


def measure_of(indicator: IndicatorRecord, standard: StandardIndicator) -> Measure:
    """What a figure of a standard indicator measures: a level in its unit, else by the lexicon a
    rate or share (失业率5.5%), a reduction (能耗下降3%) or growth (增长5%)."""
    if indicator.unit not in RATE_UNITS:
        return Measure.LEVEL
    if indicator.unit == "个百分点":
        return Measure.GROWTH  # 城镇化率提高1.5个百分点: a change of the rate, never its level
    for measure in standard.measures:
        if measure != Measure.LEVEL:
            return measure
    return Measure.GROWTH


def year_of(indicator: IndicatorRecord, document: DocumentRecord) -> int | None:
    """The single whole year a figure is about; none for a span (2016-2020年, a 年均 or 累计) or a part
    of a year (一季度); the document's year when the figure has no period."""
    period = indicator.period
    if period is None:
        return document.year
    if len(period) == 5 and period[:4].isdigit() and period[4] == "年":
        return int(period[:4])
    return None


def direction_of(
    target: IndicatorRecord, standard: StandardIndicator, measure: Measure | None = None
) -> Direction:
    """A target's own words first (以内, 控制在 a ceiling; 以上 a floor), then the lexicon's. A level of
    a measure to be reduced is capped (万元GDP能耗低于0.4吨标准煤): a ceiling."""
    word = target.approx_word or ""
    if word in CEILING_WORDS or "控制" in target.name:
        return Direction.CEILING
    if standard.direction == Direction.REDUCTION:
        if measure == Measure.LEVEL:
            return Direction.CEILING
        return Direction.REDUCTION  # 降低3.9%以上: at least this much lower, a floor on the fall
    if word in FLOOR_WORDS:
        return Direction.FLOOR
    return standard.direction


def met(target: Target, outcome: Outcome) -> bool | None:
    """Whether the outcome meets the target in its direction, values in base units (亿元 meets 万亿元).
    None where the outcome is a bound that cannot decide: 超过4% against 5%以上, 近6% against 5%以上.
    A ceiling is met at or under its high end; a floor or a reduction at or over its low end (with
    左右, within ABOUT_TOLERANCE under it)."""
    low = target.base_value
    high = target.base_value_high if target.base_value_high is not None else low
    value, side = outcome.base_value, _side(outcome)
    if target.direction == Direction.CEILING:
        if side == "above":  # the true figure is over the value
            return False if value >= high else None
        if side == "below":
            return True if value <= high else None
        return value <= high
    if target.approx_word in ABOUT_WORDS:
        low -= abs(low) * ABOUT_TOLERANCE
    if side == "above":
        return True if value >= low else None
    if side == "below":  # the true figure is under the value
        return False if value <= low else None
    return value >= low


def _side(outcome: Outcome) -> str:
    """Where the true figure lies against the printed value: "above" (超过, 以上, 多), "below" (近,
    不到), or "at" it."""
    word = outcome.approx_word or ""
    if word in OUTCOME_ABOVE:
        return "above"
    if word in OUTCOME_BELOW:
        return "below"
    return "at"


def scorecard(
    issuer: str,
    rows_by_indicator: dict[str, list[Row]],
    documents: list[DocumentRecord],
    context: dict[tuple[int, str, int], str] | None = None,
    stated: Iterable[StatedTarget] = (),
) -> list[ScoreCell]:
    """Every standard indicator the issuer sets a target on, year by year: its target, the outcome a
    later report gives and the verdict. `context` maps (document, node, span start) of a figure to the
    text of its sentence before it, which says whether an outcome is preliminary (预计, 初步核算)."""
    context = context or {}
    rows_by_indicator = _parts_for_wholes(rows_by_indicator)
    years = {d.year for d in documents if d.year is not None}
    stated_by = {(s.indicator, s.document.year): s for s in stated if s.document.year is not None}
    cells: list[ScoreCell] = []
    for name, standard in lexicon().items():
        rows = [(d, i) for d, i in rows_by_indicator.get(name, []) if d.issuer == issuer]
        targets = _targets(issuer, name, standard, rows, years)
        words = {year: s for (ind, year), s in stated_by.items() if ind == name}
        if not targets and not words:
            continue
        outcome_years = {y for d, i in rows if i.kind != "target" and (y := year_of(i, d)) is not None}
        for year in sorted(set(targets) | set(words) | (outcome_years & (years | {y - 1 for y in years}))):
            target = targets.get(year)
            measure = target.measure if target else standard.measures[0]
            points = target is not None and target.unit == "个百分点"
            outcome = _outcome(year, measure, standard, rows, years, context, points)
            text = words[year].text if year in words and target is None else None
            if target is None and text is None and outcome is None:
                continue
            cells.append(
                ScoreCell(issuer, name, year, target, text, outcome, _verdict(target, text, outcome))
            )
    return cells


def _parts_for_wholes(rows_by_indicator: dict[str, list[Row]]) -> dict[str, list[Row]]:
    """A report that gives no figure of a whole (居民人均可支配收入) and figures of only one of its parts
    (城镇居民人均可支配收入, as a district with no rural residents does) means the whole by that part:
    those figures move to the whole. A report that gives both parts (城镇… and 农村…) gives parts."""
    moved = dict(rows_by_indicator)
    for name, standard in lexicon().items():
        if not standard.parts:
            continue
        whole_documents = {d.id for d, _ in moved.get(name, [])}
        by_part = {part: {d.id for d, _ in moved.get(part, [])} for part in standard.parts}
        for part, documents in by_part.items():
            others = set().union(*(ids for other, ids in by_part.items() if other != part))
            alone = documents - others - whole_documents
            if not alone:
                continue
            taken = [(d, i) for d, i in moved[part] if d.id in alone]
            moved[part] = [(d, i) for d, i in moved[part] if d.id not in alone]
            rows = [*moved.get(name, []), *taken]
            moved[name] = sorted(rows, key=lambda row: (row[0].year or 0, row[0].id, row[1].span_start))
    return moved


def _verdict(target: Target | None, text: str | None, outcome: Outcome | None) -> Verdict:
    """met or missed where a figure can be held against a figure; "not reported" for a target in
    words (与经济增长同步), a target without an annual figure, or an outcome that is a bound on the
    wrong side to decide; "no target" for an outcome of a year that set none."""
    if target is None:
        return Verdict.NO_TARGET if text is None else Verdict.NOT_REPORTED
    decided = met(target, outcome) if outcome is not None else None
    if decided is None:
        return Verdict.NOT_REPORTED
    return Verdict.MET if decided else Verdict.MISSED


def _targets(
    issuer: str, name: str, standard: StandardIndicator, rows: list[Row], years: set[int]
) -> dict[int, Target]:
    """The target of each year: from that year's report; only where the library has no report of the
    year (of `years`, the issuer's), from the nearest earlier one (a plan's 到2025年). Of the lexicon's
    first measure the report gives, the first printed."""
    chosen: dict[int, tuple[tuple[object, ...], Target]] = {}
    for document, indicator in rows:
        if indicator.kind != "target" or indicator.qualifier == "累计" or document.year is None:
            continue
        year = year_of(indicator, document)
        if year is None or document.year > year:
            continue  # a later report recalling a target is not the target's source
        if document.year < year and year in years:
            continue  # the year's own report says what it aims at, or that it sets no figure
        measure = measure_of(indicator, standard)
        if measure not in standard.measures:
            continue
        rank = (year - document.year, standard.measures.index(measure), document.id, indicator.span_start)
        target = Target(
            issuer=issuer,
            year=year,
            indicator=name,
            measure=measure,
            quote=indicator.quote,
            value=indicator.value,
            value_high=indicator.value_high,
            unit=indicator.unit,
            base_value=indicator.base_value,
            base_value_high=indicator.base_value_high,
            approx_word=indicator.approx_word,
            direction=direction_of(indicator, standard, measure),
            document=document.id,
            node=indicator.node_id,
            span=(indicator.span_start, indicator.span_end),
        )
        if year not in chosen or rank < chosen[year][0]:
            chosen[year] = (rank, target)
    return {year: target for year, (_, target) in chosen.items()}


def _outcome(
    year: int,
    measure: Measure,
    standard: StandardIndicator,
    rows: list[Row],
    years: set[int],
    context: dict[tuple[int, str, int], str],
    points: bool = False,
) -> Outcome | None:
    """The annual figure of `year` in the measure of its target, from the report of year+1, or from the
    nearest later report where the library has no report of year+1."""
    later = [y for y in years if y > year]
    if not later:
        return None
    source_year = year + 1 if year + 1 in years else min(later)
    for document, indicator in rows:
        if document.year != source_year or indicator.kind == "target" or indicator.qualifier == "累计":
            continue
        if year_of(indicator, document) != year or not _same_measure(indicator, measure, standard):
            continue
        if (indicator.unit == "个百分点") != points:
            continue  # points beside points, per cent beside per cent: 提高0.5个百分点 is not 增长5%
        before = context.get((document.id, indicator.node_id, indicator.span_start), "")
        if other_base(before, year):
            continue  # 比2012年增长11.7%: growth over several years, not the year's
        before = before[max(before.rfind(mark) for mark in "。！？") + 1 :]  # its own sentence
        return Outcome(
            quote=indicator.quote,
            value=indicator.value,
            value_high=indicator.value_high,
            unit=indicator.unit,
            base_value=_signed(indicator, before, measure),
            preliminary=any(word in before for word in PRELIMINARY_WORDS),
            document=document.id,
            node=indicator.node_id,
            span=(indicator.span_start, indicator.span_end),
            approx_word=indicator.approx_word,
        )
    return None


def _signed(indicator: IndicatorRecord, before: str, measure: Measure) -> float:
    """A change as its verb says it went, in the measure of the target: a rise is a negative reduction
    (能耗上升4.9% against 降低4%), a fall a negative growth (居民消费价格下降0.7%). Not a rate that
    moved to a level (增速回落到6.5%, 涨幅降到2.6%): that is the growth itself."""
    value = indicator.base_value
    tail = before[-CHANGE_VERB_WINDOW:]
    verb = _LAST_VERB.search(tail)
    if verb is None or value < 0 or tail.endswith(("到", "至")):
        return value
    if any(word in indicator.name for word in _CHANGE_NAMES):
        return value
    falls = verb.group() in _FALLS
    if (measure == Measure.REDUCTION and not falls) or (measure == Measure.GROWTH and falls):
        return -value
    return value


def other_base(before: str, year: int) -> bool:
    """Whether the figure is compared with a year other than the one before its own: 比2002年增长65.5%
    (five years' growth), or a paragraph's 比2012年（下同） that holds for every figure after it."""
    sentence = before[max(before.rfind(mark) for mark in "。！？") + 1 :]
    for m in _BASE_YEAR.finditer(before):
        applies = m.group("same") is not None or m.start() >= len(before) - len(sentence)
        if applies and int(m.group("year")) != year - 1:
            return True
    return False


def _same_measure(indicator: IndicatorRecord, measure: Measure, standard: StandardIndicator) -> bool:
    """An outcome measures what its target does: growth a change (增长6.1%, or a rate its name calls
    one: 居民消费价格涨幅回落到2.6%), a reduction a change (下降2.6%), a rate or share a percentage that
    is not a change, a level an amount."""
    if measure_of(indicator, standard) != measure:
        return False
    if measure in (Measure.GROWTH, Measure.REDUCTION):
        return indicator.kind == "change" or (
            indicator.kind == "rate" and any(word in indicator.name for word in _CHANGE_NAMES)
        )
    if measure in (Measure.RATE, Measure.SHARE):
        return indicator.kind != "change" and indicator.unit != "个百分点"
    if indicator.kind == "change":
        return False
    # 新增 is an increment of most levels (新增企业300家), but the very measure of 城镇新增就业
    return indicator.qualifier != "新增" or "新增" in standard.name


# -- reading a library ---------------------------------------------------------------------------


def score_issuer(store: Library, wanted: str) -> list[ScoreCell]:
    """The scorecard of the issuer `wanted` names (any unique part of its name) in the store's library."""
    documents = store.documents()
    issuer = match_issuer((d.issuer or "" for d in documents), wanted)
    mine = [d for d in documents if d.issuer == issuer]
    # the yearly reports, where the issuer has them: a 法治政府建设报告 of next year is no review of this one
    yearly = [d for d in mine if d.kind == YEARLY_KIND]
    mine = yearly or mine
    kept = {d.id for d in mine}
    rows = {
        name: [(d, i) for d, i in found if d.id in kept]
        for name, found in store.rows_of_subjects(list(lexicon()), issuer=issuer).items()
    }
    figures = [
        (d.id, i.node_id, i.span_start) for found in rows.values() for d, i in found if i.kind != "target"
    ]
    context = store.text_before(figures, CONTEXT_CHARS)
    stated = [
        StatedTarget(document, indicator, text, node, (start, end))
        for document, indicator, text, node, start, end in store.stated_targets(issuer)
    ]
    return scorecard(issuer, rows, mine, context, [t for t in stated if t.document.id in kept])


def all_targets(
    store: Library, year: int | None = None, issuer: str | None = None, indicator: str | None = None
) -> list[Target]:
    """One target per issuer, year and standard indicator across the library: the rows of `targets`,
    by year, issuer and the lexicon's order. `indicator` takes any of a standard indicator's names."""
    documents = store.documents()
    issuers = sorted({d.issuer for d in documents if d.issuer})
    if issuer is not None:
        issuers = [match_issuer(issuers, issuer)]
    names = list(lexicon())
    if indicator is not None:
        names = [standard_name(indicator)]
    found: list[Target] = []
    years_of: dict[str, set[int]] = {who: set() for who in issuers}
    for d in documents:
        if d.issuer in years_of and d.year is not None:
            years_of[d.issuer].add(d.year)
    only = issuers[0] if len(issuers) == 1 else None
    for name, rows in store.rows_of_subjects(names, issuer=only, targets_only=True).items():
        by_issuer: dict[str, list[Row]] = {}
        for document, figure in rows:
            by_issuer.setdefault(document.issuer or "", []).append((document, figure))
        for who in issuers:
            targets = _targets(who, name, lexicon()[name], by_issuer.get(who, []), years_of[who])
            found += [t for t in targets.values() if year is None or t.year == year]
    order = {name: n for n, name in enumerate(lexicon())}
    return sorted(found, key=lambda t: (t.year, t.issuer, order[t.indicator]))


def standard_names() -> list[str]:
    """The standard indicators' canonical names, in the lexicon's order: the scorecard's rows."""
    return list(lexicon())


def standard_name(name: str) -> str:
    """The canonical name of a standard indicator from any of its names; an error naming them if none."""
    from zoneview.ingest.subjects import standard_indicator

    found = standard_indicator(name)
    if found is None:
        raise IssuerError(f"'{name}' is not a standard indicator; they are: {', '.join(lexicon())}")
    return found.name


def target_json(target: Target) -> dict[str, object]:
    """A row of `targets --json`: who, when, what, then the target as `scorecard --json` gives it."""
    return {"issuer": target.issuer, "year": target.year, "indicator": target.indicator, **target.json()}


SCORECARD_CSV_COLUMNS = (
    "issuer", "indicator", "year", "target", "target_value", "target_value_high", "target_unit",
    "approx_word", "direction", "target_text", "target_document", "outcome", "outcome_value", "outcome_unit",
    "preliminary", "outcome_document", "verdict",
)  # fmt: skip
TARGETS_CSV_COLUMNS = (
    "issuer", "year", "indicator", "quote", "value", "value_high", "unit", "approx_word", "direction",
    "document", "node", "span_start", "span_end",
)  # fmt: skip


def scorecard_csv_rows(cells: list[ScoreCell]) -> list[dict[str, object]]:
    rows = []
    for c in cells:
        t, o = c.target, c.outcome
        rows.append(
            {
                "issuer": c.issuer,
                "indicator": c.indicator,
                "year": c.year,
                "target": t.quote if t else "",
                "target_value": t.value if t else "",
                "target_value_high": t.value_high if t and t.value_high is not None else "",
                "target_unit": t.unit if t else "",
                "approx_word": (t.approx_word or "") if t else "",
                "direction": str(t.direction) if t else "",
                "target_text": c.target_text or "",
                "target_document": t.document if t else "",
                "outcome": o.quote if o else "",
                "outcome_value": o.value if o else "",
                "outcome_unit": o.unit if o else "",
                "preliminary": int(o.preliminary) if o else "",
                "outcome_document": o.document if o else "",
                "verdict": str(c.verdict),
            }
        )
    return rows


def targets_csv_rows(targets: list[Target]) -> list[dict[str, object]]:
    rows = []
    for t in targets:
        row = target_json(t)
        start, end = t.span
        rows.append({**{k: v for k, v in row.items() if k != "span"}, "span_start": start, "span_end": end})
    return [{k: ("" if v is None else v) for k, v in row.items()} for row in rows]


# -- the library's views ---------------------------------------------------------------------------

TARGET_ROWS = "target_rows"
SCORECARD_ROWS = "scorecard_rows"
_TARGET_COLUMNS = (
    "issuer", "year", "indicator", "quote", "value", "value_high", "unit", "approx_word", "direction",
    "document", "node", "span_start", "span_end",
)  # fmt: skip
_SCORECARD_COLUMNS = (
    "issuer", "indicator", "year", "target_quote", "target_value", "target_value_high", "target_unit",
    "approx_word", "direction", "target_document", "target_node", "target_span_start", "target_span_end",
    "target_text", "outcome_quote", "outcome_value", "outcome_value_high", "outcome_unit", "preliminary",
    "outcome_document", "outcome_node", "outcome_span_start", "outcome_span_end", "verdict",
)  # fmt: skip
VIEWS = {
    "targets": f"SELECT {', '.join(_TARGET_COLUMNS)} FROM {TARGET_ROWS} ORDER BY rowid",
    "scorecard": f"SELECT {', '.join(_SCORECARD_COLUMNS)} FROM {SCORECARD_ROWS} ORDER BY rowid",
}


def write_views(conn: sqlite3.Connection, path: Path) -> bool:
    """Fill the tables behind the views `targets` and `scorecard` with the rows `zoneview targets` and
    `zoneview scorecard --issuer X` (for every issuer) give, so that the sqlite3 shell, sqlite-utils and
    Datasette show them too, and mark the views fresh. The rows are computed without holding the
    library, then written in one transaction only if no other process changed it meanwhile (that
    process writes them itself when it closes). Whether they were written."""
    from zoneview.store.read import Library
    from zoneview.store.views import generation, mark_views

    seen = generation(conn)
    with Library(path) as store:
        targets = all_targets(store)
        cells = [
            cell for issuer in sorted({t.issuer for t in targets}) for cell in score_issuer(store, issuer)
        ]
    conn.execute("BEGIN IMMEDIATE")
    try:
        if generation(conn) != seen:
            conn.execute("ROLLBACK")
            return False
        for table, columns in ((TARGET_ROWS, _TARGET_COLUMNS), (SCORECARD_ROWS, _SCORECARD_COLUMNS)):
            conn.execute(f"DROP TABLE IF EXISTS {table}")
            conn.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
        for name, select in VIEWS.items():
            conn.execute(f"DROP VIEW IF EXISTS {name}")
            conn.execute(f"CREATE VIEW {name} AS {select}")
        marks = ", ".join("?" for _ in _TARGET_COLUMNS)
        conn.executemany(f"INSERT INTO {TARGET_ROWS} VALUES ({marks})", [_target_row(t) for t in targets])
        marks = ", ".join("?" for _ in _SCORECARD_COLUMNS)
        conn.executemany(f"INSERT INTO {SCORECARD_ROWS} VALUES ({marks})", [_cell_row(c) for c in cells])
        mark_views(conn, stale=False)
        conn.execute("COMMIT")
        return True
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _target_row(t: Target) -> tuple[object, ...]:
    return (t.issuer, t.year, t.indicator, t.quote, t.value, t.value_high, t.unit, t.approx_word,
            str(t.direction), t.document, t.node, *t.span)  # fmt: skip


def _cell_row(c: ScoreCell) -> tuple[object, ...]:
    t, o = c.target, c.outcome
    target = _target_row(t)[3:] if t else (None,) * 10
    outcome = (
        (o.quote, o.value, o.value_high, o.unit, int(o.preliminary), o.document, o.node, *o.span)
        if o
        else (None,) * 9
    )
    return (c.issuer, c.indicator, c.year, *target, c.target_text, *outcome, str(c.verdict))
