"""Dataclasses the store hands to the command line and the UI."""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    title: str
    source_file: str
    sha256: str
    chars: int
    issuer: str | None = None
    year: int | None = None
    kind: str | None = None


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
    level: int = 0
    period: str | None = None
    plan: bool = False


@dataclass(frozen=True)
class OutlineEntry:
    """A node as the outline shows it, without its text: what a tree row, a breadcrumb or a link needs.
    `children` is how many nodes it has below it."""

    id: str
    parent_id: str | None
    kind: str
    ordinal: int
    marker: str
    title: str
    level: int = 0
    children: int = 0
    period: str | None = None


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
    kind: str = "level"
    value_high: float | None = None
    base_value_high: float | None = None
    approx_word: str | None = None
    share_of_total_pct: float | None = None
    share_of: str | None = None
    subject: str | None = None

    @property
    def label(self) -> str:
        """The name with its qualifier, as a chart or table shows it: 科技型企业（累计）."""
        if self.qualifier in ("累计", "新增", "最高"):
            return f"{self.name}（{self.qualifier}）"
        return self.name

    @property
    def display_value(self) -> str:
        """The figure as printed, with its approximation word where the report puts it: 近5万平方米,
        20余场, 6.5-7%左右, 超过50亿元."""
        number = _number(self.value)
        if self.value_high is not None:
            number = f"{number}-{_number(self.value_high)}"
        word = self.approx_word or ""
        if word in ("余", "多"):
            return f"{number}{word}{self.unit}"
        if word in _WORDS_AFTER:
            return f"{number}{self.unit}{word}"
        return f"{word}{number}{self.unit}"


_WORDS_AFTER = ("左右", "上下", "以上", "以内", "以下")


def _number(value: float) -> str:
    if not math.isfinite(value):  # only in a tampered database, which check calls damaged
        return f"{value:g}"
    return f"{value:g}" if value != int(value) else f"{int(value)}"


@dataclass(frozen=True)
class MarkRecord:
    """text[start:end] of a node is a figure (ref = indicator id), an entity (ref = entity id) or a
    corrected place (ref = index into the node's corrections); placed by the build."""

    start: int
    end: int
    kind: str
    ref: int


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
    document_id: int = 0

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
