"""Where each figure, entity and correction sits in a node's normalised text, for marking it up."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from zoneview.ingest.normalize import normalise
from zoneview.store.records import CorrectionRecord, IndicatorRecord, MentionRecord, NodeRecord


@dataclass(frozen=True)
class Mark:
    """text[start:end] of the node is a figure (ref = indicator id), an entity (ref = entity id) or a
    corrected place (ref = index into the node's corrections)."""

    start: int
    end: int
    kind: str
    ref: int


def body_marks(
    node: NodeRecord,
    indicators: list[IndicatorRecord],
    mentions: list[MentionRecord],
    corrections: list[CorrectionRecord],
) -> list[Mark]:
    """Marks in `node.text` coordinates, outer marks first where they nest (a park in a policy title)."""
    if not node.text:
        return []
    padded = "\n" * node.span_start + node.original
    norm = normalise(padded, node.span_start, node.span_end)
    offset = norm.text.find(node.text)
    if offset < 0:
        return []
    spans: list[tuple[int, int, str, int]] = [(i.span_start, i.span_end, "figure", i.id) for i in indicators]
    spans += [(m.span_start, m.span_end, m.kind, m.entity_id) for m in mentions]
    spans += [
        (c.span_start, c.span_end, "correction", k)
        for k, c in enumerate(corrections)
        if c.reason != "punctuation"
    ]
    marks = []
    for s, e, kind, ref in spans:
        located = _locate(norm.starts, norm.ends, s, e)
        if located is None:
            continue
        start, end = located[0] - offset, located[1] - offset
        if 0 <= start < end <= len(node.text):
            marks.append(Mark(start, end, kind, ref))
        elif kind == "correction" and start == end and 0 <= start <= len(node.text):
            marks.append(Mark(max(0, start - 1), min(len(node.text), start + 1), kind, ref))
    return sorted(marks, key=lambda m: (m.start, -(m.end - m.start)))


def _locate(starts: tuple[int, ...], ends: tuple[int, ...], s: int, e: int) -> tuple[int, int] | None:
    """The normalised range whose characters come from source[s:e]; empty for a deletion."""
    first = bisect.bisect_left(starts, s)
    last = bisect.bisect_left(starts, e)
    while last > first and ends[last - 1] > e:
        last -= 1
    if first >= len(starts) and first == last:
        return None
    return first, last
