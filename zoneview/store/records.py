"""Dataclasses the store hands to the command line and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    title: str
    source_file: str
    sha256: str
    chars: int


@dataclass(frozen=True)
class NodeRecord:
    id: str
    parent_id: str | None
    kind: str
    ordinal: int
    marker: str
    title: str
    text: str
    original: str
    span_start: int
    span_end: int


@dataclass(frozen=True)
class IndicatorRecord:
    id: int
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
    span_start: int
    span_end: int

    @property
    def label(self) -> str:
        """The name with its qualifier, as a chart or table shows it: 科技型企业（累计）."""
        if self.qualifier in ("累计", "新增", "最高"):
            return f"{self.name}（{self.qualifier}）"
        return self.name

    @property
    def display_value(self) -> str:
        """The figure as printed, with 近/余 kept: 近5万平方米, 20余场."""
        number = f"{self.value:g}" if self.value != int(self.value) else f"{int(self.value)}"
        if not self.approximate:
            return f"{number}{self.unit}"
        return f"近{number}{self.unit}" if self.quote.startswith("近") else f"{number}余{self.unit}"


@dataclass(frozen=True)
class EntityRecord:
    id: int
    name: str
    kind: str
    mentions: int = 0

    @property
    def display_name(self) -> str:
        return f"《{self.name}》" if self.kind == "policy" else self.name


@dataclass(frozen=True)
class MentionRecord:
    entity_id: int
    name: str
    kind: str
    node_id: str
    span_start: int
    span_end: int


@dataclass(frozen=True)
class CorrectionRecord:
    node_id: str
    original: str
    corrected: str
    reason: str
    span_start: int
    span_end: int


@dataclass(frozen=True)
class SearchHit:
    node_id: str
    title: str
    snippet: str
    score: float
    highlights: tuple[tuple[int, int], ...] = field(default=())

    def marked_snippet(self, open_mark: str = "【", close_mark: str = "】") -> str:
        parts, pos = [], 0
        for start, end in self.highlights:
            parts += [self.snippet[pos:start], open_mark, self.snippet[start:end], close_mark]
            pos = end
        parts.append(self.snippet[pos:])
        return "".join(parts)


@dataclass
class CheckResult:
    path: str
    schema_version: int
    counts: dict[str, int]
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems
