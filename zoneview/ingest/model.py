"""Plain records that cross from ingest to store; spans are offsets into the decoded source.

The records a node has by the hundred thousand (figures, marks, mentions) keep their fields in slots,
not in a dict each: a node of eleven million characters holds some 400,000 of them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from zoneview.ingest.normalize import Correction as Correction  # lives there: reading needs only that


@dataclass
class Node:
    id: str
    kind: str  # preamble, part, section, initiative, summary, appendix
    ordinal: int
    parent_id: str | None
    marker: str
    title: str
    text: str
    original: str
    start: int
    end: int
    level: int = 0
    body_start: int = 0  # where the display text (`text`, normalised) starts in the source
    period: str | None = None
    plan: bool = False


@dataclass(frozen=True, slots=True)
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
    kind: str = "level"
    value_high: float | None = None
    base_value_high: float | None = None
    approx_word: str | None = None
    share_of_total_pct: float | None = None
    share_of: str | None = None


# The largest magnitude of a figure a chart can draw and a reader can mean, in any unit it is given in or
# reduced to: a thousand times China's GDP in 元 (about 1.3e14). Past it a figure is a misprint or an
# attack; long before float's 1.8e308 it is where a chart's axis arithmetic overflows into inf and nan.
MAX_FIGURE = 1e18
_NUMBERS = ("value", "value_high", "base_value", "base_value_high", "share_of_city_pct", "share_of_total_pct")


def drawable(figure: Figure) -> bool:
    """Whether every number of `figure` is finite and within ±MAX_FIGURE."""
    for name in _NUMBERS:
        number = getattr(figure, name)
        if number is not None and not (isinstance(number, int | float) and abs(number) <= MAX_FIGURE):
            return False  # nan compares false too
    return True


@dataclass(frozen=True, slots=True)
class Indicator(Figure):
    """A figure of a node: start/end are offsets into the source, which quote is the text of."""

    node_id: str = ""
    quote: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    name: str
    kind: str
    node_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Stated:
    """A target given in words only (居民收入增长和经济增长同步) in a node's main-targets passage; start
    and end are offsets into the source."""

    node_id: str
    indicator: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mark:
    """node.text[start:end] shows a figure, an entity or a corrected place.

    `ref` indexes the report's indicators (figure), mentions (entity kinds) or the node's corrections;
    in a `NodeFacts`, the node's own indicators and mentions."""

    node_id: str
    start: int
    end: int
    kind: str
    ref: int


@dataclass
class Report:
    title: str
    source_file: str
    sha256: str
    source: str
    nodes: list[Node]
    indicators: list[Indicator] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    corrections: list[tuple[str, Correction]] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stated: list[Stated] = field(default_factory=list)
    issuer: str | None = None
    year: int | None = None
    kind: str = "报告"


@dataclass
class NodeFacts:
    """One node with what the parser found in it. Its marks' refs index its own lists, so a node can be
    written (or dropped) without the rest of the report."""

    node: Node
    indicators: list[Indicator] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    stated: list[Stated] = field(default_factory=list)


@dataclass
class ReportStream:
    """A report read one node at a time: `report` holds what is known of the document before its nodes
    (title, issuer, year, warnings; its lists stay empty) and `nodes` yields each node's facts in
    reading order. Building from it keeps one node's figures in memory, not the whole report's."""

    report: Report
    nodes: Iterator[NodeFacts]

    def collect(self) -> Report:
        """Everything at once, as `parse_text` returns it."""
        for facts in self.nodes:
            add_facts(self.report, facts)
        return self.report


def add_facts(report: Report, facts: NodeFacts) -> None:
    """Append a node's facts to a whole report, turning its marks' refs into report-wide ones."""
    figures, mentions = len(report.indicators), len(report.mentions)
    report.nodes.append(facts.node)
    report.indicators.extend(facts.indicators)
    report.mentions.extend(facts.mentions)
    report.corrections.extend((facts.node.id, c) for c in facts.corrections)
    report.stated.extend(facts.stated)
    offsets = {"figure": figures, "correction": 0}
    report.marks.extend(replace(m, ref=m.ref + offsets.get(m.kind, mentions)) for m in facts.marks)


def node_facts(report: Report) -> Iterator[NodeFacts]:
    """A whole report's nodes with their facts, as reading it node by node yields them."""
    by_node = {n.id: NodeFacts(n) for n in report.nodes}
    first: dict[tuple[str, str], int] = {}
    for i, indicator in enumerate(report.indicators):
        first.setdefault(("figure", indicator.node_id), i)
        by_node[indicator.node_id].indicators.append(indicator)
    for i, mention in enumerate(report.mentions):
        first.setdefault(("mention", mention.node_id), i)
        by_node[mention.node_id].mentions.append(mention)
    for node_id, correction in report.corrections:
        by_node[node_id].corrections.append(correction)
    for stated in report.stated:
        by_node[stated.node_id].stated.append(stated)
    for m in report.marks:
        if m.kind == "correction":
            local = m
        else:
            key = ("figure" if m.kind == "figure" else "mention", m.node_id)
            local = replace(m, ref=m.ref - first.get(key, 0))
        by_node[m.node_id].marks.append(local)
    yield from by_node.values()
