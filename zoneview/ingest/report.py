"""From the bytes of a report to its outline, normalised text, figures, entities, corrections, and where
each of them is marked in a node's display text — all at once (`parse_text`) or one node at a time
(`read_text`), so that a very large report can be written out as it is read."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterator

from zoneview.ingest.decode import decode_report
from zoneview.ingest.entities import find_entities, scope_parks
from zoneview.ingest.indicators import Context, find_figures
from zoneview.ingest.metadata import document_kind, document_title, issuer, report_year
from zoneview.ingest.model import (
    Figure,
    Indicator,
    Mark,
    Mention,
    Node,
    NodeFacts,
    Report,
    ReportStream,
    Stated,
)
from zoneview.ingest.normalize import CJK, Normalised, normalise
from zoneview.ingest.outline import Section, parse_outline
from zoneview.ingest.periods import SectionTime, intro_period, review_year, section_time
from zoneview.ingest.targets import stated_targets

TITLE_MAX = 40
_FIGURE_FIELDS = tuple(f.name for f in dataclasses.fields(Figure))
PREAMBLE_TITLE = "概述"
WHOLE_TEXT_TITLE = "全文"
# Reports are 80–90% Chinese characters (white space aside); a README, notes in English or code, 0–2%.
CHINESE_SHARE_MIN = 0.3
SHARE_SAMPLE = 100_000  # characters read to judge it: enough, and quick on a report of 50 MB
_HAN = re.compile(f"[{CJK}]")
_SPACE = re.compile(r"\s+")


def parse_report(data: bytes, source_file: str) -> Report:
    """Parse the raw bytes of a report. Raises DecodeError for input that is not a text report."""
    return read_report(data, source_file).collect()


def parse_text(source: str, source_file: str = "", sha256: str = "") -> Report:
    """Parse decoded text; never raises on any string."""
    return read_text(source, source_file, sha256).collect()


def read_report(data: bytes, source_file: str) -> ReportStream:
    """`parse_report`, one node at a time. Raises DecodeError for input that is not a text report."""
    source = decode_report(data)
    return read_text(source, source_file, hashlib.sha256(data).hexdigest())


def read_text(source: str, source_file: str = "", sha256: str = "") -> ReportStream:
    """`parse_text`, one node at a time: the document's facts now, each node's as it is reached."""
    outline = parse_outline(source)
    front = next((source[s.start : s.end] for s in outline.sections if s.kind == "preamble"), "")
    closing = source[outline.closing_start :] if outline.closing_start is not None else ""
    title = document_title(source, front, source_file, closing)
    headings = _heading_titles(source, outline.sections)
    year = report_year(source, title, headings, closing, source_file)
    report = Report(
        title=title,
        source_file=source_file,
        sha256=sha256 or hashlib.sha256(source.encode("utf-8")).hexdigest(),
        source=source,
        nodes=[],
        warnings=_warnings(source, outline.warnings),
        issuer=issuer(source, title, closing, source_file),
        year=year,
        kind=document_kind(title, source_file, source),
    )
    reviewed = review_year(headings, year, report.kind == "政府工作报告")
    return ReportStream(report, _node_facts(report, outline.sections, reviewed))


def chinese_share(source: str) -> float | None:
    """The share of Chinese characters among the text's (first SHARE_SAMPLE) non-space characters;
    None for a text of white space alone."""
    sample = _SPACE.sub("", source[:SHARE_SAMPLE])
    return len(_HAN.findall(sample)) / len(sample) if sample else None


def _warnings(source: str, outline_warnings: list[str]) -> list[str]:
    """The outline's warnings, or one line that says the text does not look like a report at all."""
    share = chinese_share(source)
    if share is None or share >= CHINESE_SHARE_MIN:
        return list(outline_warnings)
    line = f"this does not look like a Chinese report: {share:.0%} of its characters are Chinese"
    if outline_warnings:
        line += " and it has no outline (一、, （一）, 1.): the whole text is kept as a single node"
    return [line]


def _node_facts(report: Report, sections: list[Section], reviewed: int | None) -> Iterator[NodeFacts]:
    """Each node with its facts. The parks named in the preamble (the first section, when there is one)
    are looked for in every node, so the preamble is read first."""
    nodes = _nodes(report.source, sections, report.year, reviewed)
    parks: list[str] = []
    preamble = next((s for s in sections if s.kind == "preamble"), None)
    if preamble is not None and preamble is sections[0]:
        first = next(nodes)
        parks = scope_parks(first[0].text)
        yield _annotate(report, *first, parks, reviewed)
    elif preamble is not None:
        time = SectionTime(None, False)
        parks = scope_parks(_node(report.source, preamble, "preamble", 0, None, time, report.year)[0].text)
    for node, body in nodes:
        yield _annotate(report, node, body, parks, reviewed)


def _heading_titles(source: str, sections: list[Section]) -> list[str]:
    titles: list[str] = []
    for s in sections:
        if s.kind not in ("preamble", "summary", "appendix"):
            titles.append(source[s.title_start : s.title_end])
            titles.extend(_heading_titles(source, s.children))
    return titles


def _nodes(
    source: str, sections: list[Section], year: int | None, reviewed: int | None
) -> Iterator[tuple[Node, Normalised]]:
    """Nodes in reading order, each with its normalised body (which annotating it needs again)."""
    part_number = 0
    top_time = SectionTime(f"{reviewed}年" if reviewed else None, False)
    whole_text = len(sections) == 1 and sections[0].kind == "preamble"  # a single node: no outline
    for ordinal, section in enumerate(sections):
        if section.kind in ("preamble", "summary", "appendix"):
            time = top_time if section.kind == "summary" else SectionTime(None, False)
            node, body = _node(source, section, section.kind, ordinal, None, time, year)
            if whole_text:
                node.title = WHOLE_TEXT_TITLE
            yield node, body
            continue
        part_number += 1
        yield from _add_tree(source, section, str(part_number), ordinal, None, top_time, year)


def _add_tree(
    source: str,
    section: Section,
    nid: str,
    ordinal: int,
    parent: str | None,
    parent_time: SectionTime,
    year: int | None,
) -> Iterator[tuple[Node, Normalised]]:
    time = section_time(source[section.title_start : section.title_end], year, parent_time)
    node, body = _node(source, section, nid, ordinal, parent, time, year)
    yield node, body
    intro = intro_period(node.text, year) if section.children else None
    below = SectionTime(intro or time.period, time.plan)
    for k, child in enumerate(section.children, start=1):
        yield from _add_tree(source, child, f"{nid}.{k}", k, nid, below, year)


def _node(
    source: str,
    section: Section,
    nid: str,
    ordinal: int,
    parent: str | None,
    time: SectionTime,
    year: int | None,
) -> tuple[Node, Normalised]:
    if section.kind in ("part", "section", "initiative"):
        title = normalise(source, section.title_start, section.title_end).text.strip()
        body_start = _body_start(source, section)
    else:
        body_start = section.start
        title = _closing_title(source, section) if section.kind == "appendix" else ""
    body = normalise(source, body_start, section.end)
    text = body.text.strip()
    period = time.period
    if section.kind == "preamble":
        title = PREAMBLE_TITLE
    elif section.kind == "summary":
        title = _summary_title(text)
        period = period or _summary_year(text)  # the year its table is of, for the window to name it
    node = Node(
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
        period=period,
        plan=time.plan,
    )
    return node, body


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
    year = _summary_year(text)
    return f"{year}主要指标" if year else "总结"


def _summary_year(text: str) -> str | None:
    year = re.match(r"(\d{4})年", text)
    return year.group(0) if year else None


def _short(title: str) -> str:
    if len(title) <= TITLE_MAX:
        return title
    clause = re.split(r"[，；]", title)[0]
    return clause if len(clause) <= TITLE_MAX else title[: TITLE_MAX - 1] + "…"


def _annotate(
    report: Report, node: Node, body: Normalised, parks: list[str], reviewed: int | None
) -> NodeFacts:
    """A node's figures, entities and corrections, and their marks in its display text. `body` is the
    node's normalised body, as `_node` made it."""
    facts = NodeFacts(node)
    norm = body if node.body_start == node.start else normalise(report.source, node.start, node.end)
    shown = len(body.text) - len(body.text.lstrip())

    def mark(start: int, end: int, kind: str, ref: int) -> None:
        first, last = body.text_span(start, end)
        first, last = first - shown, last - shown
        if 0 <= first < last <= len(node.text):
            facts.marks.append(Mark(node.id, first, last, kind, ref))
        elif kind == "correction" and first == last and 0 <= first <= len(node.text) and node.text:
            facts.marks.append(Mark(node.id, max(0, first - 1), min(len(node.text), first + 1), kind, ref))

    for k, c in enumerate(norm.corrections):
        facts.corrections.append(c)
        if c.reason != "punctuation":
            mark(c.start, c.end, "correction", k)
    # closing matter is dated by its own words only, never by the section before it
    section = SectionTime(None, False) if node.kind == "appendix" else SectionTime(node.period, node.plan)
    context = Context(section, report.year, reviewed)
    figures = find_figures(norm.text, context)
    for f in figures:
        start, end = norm.source_span(f.start, f.end)
        mark(start, end, "figure", len(facts.indicators))
        located = {**{name: getattr(f, name) for name in _FIGURE_FIELDS}, "start": start, "end": end}
        facts.indicators.append(Indicator(**located, node_id=node.id, quote=report.source[start:end]))
    for t in stated_targets(norm.text, [(f.start, f.end) for f in figures]):
        start, end = norm.source_span(t.start, t.end)
        facts.stated.append(Stated(node.id, t.indicator, report.source[start:end], start, end))
    for e in find_entities(norm.text, parks):
        start, end = norm.source_span(e.start, e.end)
        mark(start, end, e.kind, len(facts.mentions))
        facts.mentions.append(Mention(e.name, e.kind, node.id, start, end))
    return facts
