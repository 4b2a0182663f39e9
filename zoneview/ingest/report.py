"""From the bytes of a report to a `Report`: outline, normalised text, figures, entities, corrections,
and where each of them is marked in a node's display text."""

from __future__ import annotations

import dataclasses
import hashlib
import re

from zoneview.ingest.decode import decode_report
from zoneview.ingest.entities import find_entities, scope_parks
from zoneview.ingest.indicators import Context, find_figures
from zoneview.ingest.metadata import document_kind, document_title, issuer, report_year
from zoneview.ingest.model import Figure, Indicator, Mark, Mention, Node, Report
from zoneview.ingest.normalize import normalise
from zoneview.ingest.outline import Section, parse_outline
from zoneview.ingest.periods import SectionTime, intro_period, review_year, section_time

TITLE_MAX = 40
_FIGURE_FIELDS = tuple(f.name for f in dataclasses.fields(Figure))
PREAMBLE_TITLE = "概述"
WHOLE_TEXT_TITLE = "全文"


def parse_report(data: bytes, source_file: str) -> Report:
    """Parse the raw bytes of a report. Raises DecodeError for input that is not a text report."""
    source = decode_report(data)
    return parse_text(source, source_file, hashlib.sha256(data).hexdigest())


def parse_text(source: str, source_file: str = "", sha256: str = "") -> Report:
    """Parse decoded text; never raises on any string."""
    outline = parse_outline(source)
    front = next((source[s.start : s.end] for s in outline.sections if s.kind == "preamble"), "")
    closing = source[outline.closing_start :] if outline.closing_start is not None else ""
    title = document_title(source, front, source_file, closing)
    year = report_year(source, title, _heading_titles(source, outline.sections), closing, source_file)
    report = Report(
        title=title,
        source_file=source_file,
        sha256=sha256 or hashlib.sha256(source.encode("utf-8")).hexdigest(),
        source=source,
        nodes=[],
        warnings=list(outline.warnings),
        issuer=issuer(source, title, closing),
        year=year,
        kind=document_kind(title, source_file, source),
    )
    headings = _heading_titles(source, outline.sections)
    reviewed = review_year(headings, year, report.kind == "政府工作报告")
    report.nodes = _nodes(source, outline.sections, year, reviewed)
    preamble = next((n for n in report.nodes if n.kind == "preamble"), None)
    parks = scope_parks(preamble.text) if preamble else []
    for node in report.nodes:
        _annotate(report, node, parks, reviewed)
    return report


def _heading_titles(source: str, sections: list[Section]) -> list[str]:
    titles: list[str] = []
    for s in sections:
        if s.kind not in ("preamble", "summary", "appendix"):
            titles.append(source[s.title_start : s.title_end])
            titles.extend(_heading_titles(source, s.children))
    return titles


def _nodes(source: str, sections: list[Section], year: int | None, reviewed: int | None) -> list[Node]:
    nodes: list[Node] = []
    part_number = 0
    top_time = SectionTime(f"{reviewed}年" if reviewed else None, False)
    for ordinal, section in enumerate(sections):
        if section.kind in ("preamble", "summary", "appendix"):
            time = top_time if section.kind == "summary" else SectionTime(None, False)
            nodes.append(_node(source, section, section.kind, ordinal, None, time, year))
            continue
        part_number += 1
        _add_tree(source, section, str(part_number), ordinal, None, top_time, year, nodes)
    if len(nodes) == 1 and nodes[0].kind == "preamble":
        nodes[0].title = WHOLE_TEXT_TITLE
    return nodes


def _add_tree(
    source: str,
    section: Section,
    nid: str,
    ordinal: int,
    parent: str | None,
    parent_time: SectionTime,
    year: int | None,
    nodes: list[Node],
) -> None:
    time = section_time(source[section.title_start : section.title_end], year, parent_time)
    node = _node(source, section, nid, ordinal, parent, time, year)
    nodes.append(node)
    intro = intro_period(node.text, year) if section.children else None
    below = SectionTime(intro or time.period, time.plan)
    for k, child in enumerate(section.children, start=1):
        _add_tree(source, child, f"{nid}.{k}", k, nid, below, year, nodes)


def _node(
    source: str,
    section: Section,
    nid: str,
    ordinal: int,
    parent: str | None,
    time: SectionTime,
    year: int | None,
) -> Node:
    if section.kind in ("part", "section", "initiative"):
        title = normalise(source, section.title_start, section.title_end).text.strip()
        body_start = _body_start(source, section)
    else:
        body_start = section.start
        title = _closing_title(source, section) if section.kind == "appendix" else ""
    text = normalise(source, body_start, section.end).text.strip()
    if section.kind == "preamble":
        title = PREAMBLE_TITLE
    elif section.kind == "summary":
        title = _summary_title(text)
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
        level=section.level,
        body_start=body_start,
        period=time.period,
        plan=time.plan,
    )


def _body_start(source: str, section: Section) -> int:
    """Where a heading's body starts: after its title and the 。 that ends it."""
    end = section.title_end
    if end < section.end and source[end] in "。！？!?；;":
        end += 1
    return min(end, section.end)


def _closing_title(source: str, section: Section) -> str:
    first_line = source[section.start : section.end].split("\n", 1)[0].strip()
    return normalise(first_line).text.rstrip("。：:") or "附录"


def _summary_title(text: str) -> str:
    year = re.match(r"(\d{4})年", text)
    return f"{year.group(1)}年主要指标" if year else "总结"


def _short(title: str) -> str:
    if len(title) <= TITLE_MAX:
        return title
    clause = re.split(r"[，；]", title)[0]
    return clause if len(clause) <= TITLE_MAX else title[: TITLE_MAX - 1] + "…"


def _annotate(report: Report, node: Node, parks: list[str], reviewed: int | None) -> None:
    norm = normalise(report.source, node.start, node.end)
    body = normalise(report.source, node.body_start, node.end)
    shown = len(body.text) - len(body.text.lstrip())

    def mark(start: int, end: int, kind: str, ref: int) -> None:
        first, last = body.text_span(start, end)
        first, last = first - shown, last - shown
        if 0 <= first < last <= len(node.text):
            report.marks.append(Mark(node.id, first, last, kind, ref))
        elif kind == "correction" and first == last and 0 <= first <= len(node.text) and node.text:
            report.marks.append(Mark(node.id, max(0, first - 1), min(len(node.text), first + 1), kind, ref))

    for k, c in enumerate(norm.corrections):
        report.corrections.append((node.id, c))
        if c.reason != "punctuation":
            mark(c.start, c.end, "correction", k)
    context = Context(SectionTime(node.period, node.plan), report.year, reviewed)
    if node.kind == "appendix":
        context = Context(SectionTime(None, False), report.year, reviewed)
    for f in find_figures(norm.text, context):
        start, end = norm.source_span(f.start, f.end)
        mark(start, end, "figure", len(report.indicators))
        located = {**{name: getattr(f, name) for name in _FIGURE_FIELDS}, "start": start, "end": end}
        report.indicators.append(Indicator(**located, node_id=node.id, quote=report.source[start:end]))
    for e in find_entities(norm.text, parks):
        start, end = norm.source_span(e.start, e.end)
        mark(start, end, e.kind, len(report.mentions))
        report.mentions.append(Mention(e.name, e.kind, node.id, start, end))
