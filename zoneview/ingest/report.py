"""From the bytes of a report to a `Report`: outline, normalised text, figures, entities, corrections."""

from __future__ import annotations

import hashlib
import re

from zoneview.ingest.decode import decode_report
from zoneview.ingest.entities import find_entities, scope_parks
from zoneview.ingest.indicators import find_figures
from zoneview.ingest.model import Indicator, Mention, Node, Report
from zoneview.ingest.normalize import normalise
from zoneview.ingest.outline import Section, node_id, parse_outline

TITLE_MAX = 40
_ZONE_NAME = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:示范区|试验区|开发区|高新区|新区|自贸区)")
PREAMBLE_TITLE = "概述"
WHOLE_TEXT_TITLE = "全文"


def parse_report(data: bytes, source_file: str) -> Report:
    """Parse the raw bytes of a report. Raises DecodeError for input that is not a text report."""
    source = decode_report(data)
    return parse_text(source, source_file, hashlib.sha256(data).hexdigest())


def parse_text(source: str, source_file: str = "", sha256: str = "") -> Report:
    """Parse decoded text; never raises on any string."""
    outline = parse_outline(source)
    nodes = _nodes(source, outline.sections)
    report = Report(
        title=document_title(source, nodes),
        source_file=source_file,
        sha256=sha256 or hashlib.sha256(source.encode("utf-8")).hexdigest(),
        source=source,
        nodes=nodes,
        warnings=list(outline.warnings),
    )
    preamble = next((n for n in nodes if n.kind == "preamble"), None)
    parks = scope_parks(preamble.text) if preamble else []
    for node in nodes:
        _annotate(report, node, parks)
    return report


def document_title(source: str, nodes: list[Node]) -> str:
    """A short first line is the title; otherwise name the report after the zone it is about."""
    first_line = source.strip().split("\n", 1)[0].strip()
    if first_line and len(first_line) <= TITLE_MAX and first_line[-1] not in "。；;，," and len(nodes) > 1:
        first = nodes[0]
        if first.kind == "part" and first.title == first_line:
            pass
        else:
            return normalise(first_line).text
    zone = _ZONE_NAME.search(nodes[0].text if nodes else source)
    if zone:
        return f"{zone.group()}建设进展情况"
    return "未命名报告"


def _nodes(source: str, sections: list[Section]) -> list[Node]:
    nodes: list[Node] = []
    part_number = 0
    for ordinal, section in enumerate(sections):
        if section.kind == "part":
            part_number += 1
            nid = node_id("part", part_number)
            nodes.append(_node(source, section, nid, ordinal, None))
            for k, child in enumerate(section.children, start=1):
                nodes.append(_node(source, child, node_id("initiative", part_number, k), k, nid))
        else:
            nodes.append(_node(source, section, node_id(section.kind), ordinal, None))
    if len(nodes) == 1 and nodes[0].kind == "preamble" and len(sections) == 1:
        nodes[0].title = WHOLE_TEXT_TITLE if not any(s.kind == "part" for s in sections) else nodes[0].title
    return nodes


def _node(source: str, section: Section, nid: str, ordinal: int, parent: str | None) -> Node:
    if section.kind in ("part", "initiative"):
        title = normalise(source, section.title_start, section.title_end).text.strip()
        body_start = section.title_end + 1 if section.title_end < section.end else section.end
        text = normalise(source, body_start, section.end).text.strip()
    else:
        text = normalise(source, section.start, section.end).text
        title = PREAMBLE_TITLE if section.kind == "preamble" else _summary_title(text)
    return Node(
        id=nid,
        kind=section.kind,
        ordinal=ordinal,
        parent_id=parent,
        marker=section.marker,
        title=_short(title),
        text=text,
        original=source[section.start : section.end],
        start=section.start,
        end=section.end,
    )


def _summary_title(text: str) -> str:
    year = re.match(r"(\d{4})年", text)
    return f"{year.group(1)}年主要指标" if year else "总结"


def _short(title: str) -> str:
    if len(title) <= TITLE_MAX:
        return title
    clause = re.split(r"[，；]", title)[0]
    return clause if len(clause) <= TITLE_MAX else title[: TITLE_MAX - 1] + "…"


def _annotate(report: Report, node: Node, parks: list[str]) -> None:
    norm = normalise(report.source, node.start, node.end)
    for c in norm.corrections:
        report.corrections.append((node.id, c))
    for f in find_figures(norm.text):
        start, end = norm.source_span(f.start, f.end)
        report.indicators.append(
            Indicator(
                node_id=node.id,
                name=f.name,
                value=f.value,
                unit=f.unit,
                base_value=f.base_value,
                base_unit=f.base_unit,
                period=f.period,
                qualifier=f.qualifier,
                approximate=f.approximate,
                share_of_city_pct=f.share_of_city_pct,
                quote=report.source[start:end],
                start=start,
                end=end,
            )
        )
    for e in find_entities(norm.text, parks):
        start, end = norm.source_span(e.start, e.end)
        report.mentions.append(Mention(e.name, e.kind, node.id, start, end))
