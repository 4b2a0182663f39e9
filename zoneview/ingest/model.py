"""Plain records that cross from ingest to store; spans are offsets into the decoded source."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    kind: str = "level"
    value_high: float | None = None
    base_value_high: float | None = None
    approx_word: str | None = None
    share_of_total_pct: float | None = None
    share_of: str | None = None


@dataclass(frozen=True)
class Indicator(Figure):
    """A figure of a node: start/end are offsets into the source, which quote is the text of."""

    node_id: str = ""
    quote: str = ""


@dataclass(frozen=True)
class Mention:
    name: str
    kind: str
    node_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Mark:
    """node.text[start:end] shows a figure, an entity or a corrected place.

    `ref` indexes the report's indicators (figure), mentions (entity kinds) or the node's corrections."""

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
    issuer: str | None = None
    year: int | None = None
    kind: str = "报告"
