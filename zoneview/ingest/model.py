"""Plain records that cross from ingest to store; spans are offsets into the decoded source."""

from __future__ import annotations

from dataclasses import dataclass, field

from zoneview.ingest.normalize import Correction as Correction  # lives there: reading needs only that

NODE_KINDS = ("preamble", "part", "initiative", "summary")
ENTITY_KINDS = ("park", "organization", "policy", "event", "platform", "place")


@dataclass
class Node:
    id: str
    kind: str
    ordinal: int
    parent_id: str | None
    marker: str
    title: str
    text: str
    original: str
    start: int
    end: int


@dataclass(frozen=True)
class Indicator:
    node_id: str
    name: str
    value: float
    unit: str
    base_value: float
    base_unit: str
    period: str | None
    qualifier: str | None
    approximate: bool
    share_of_city_pct: float | None
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    name: str
    kind: str
    node_id: str
    start: int
    end: int


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
    warnings: list[str] = field(default_factory=list)
