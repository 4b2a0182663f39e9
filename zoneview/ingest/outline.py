"""Find the outline of a Chinese official report: preamble, numbered parts, initiatives, summary.

Recognised part markers: `1.` `1、` `（1）` `一、` `（一）` `(一)`, and short headline paragraphs with no
numeral. Initiatives are either inline (一是…十是, in order) or paragraphs of a second marker style.
Every node is a span of the source; together the nodes cover every paragraph of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CN_DIGITS = "一二三四五六七八九十"
_MARKERS = (
    ("arabic_dot", re.compile(r"(\d{1,4})[.．](?!\d)")),
    ("arabic_comma", re.compile(r"(\d{1,4})、")),
    ("arabic_paren", re.compile(r"[（(](\d{1,3})[）)]")),
    ("cn_comma", re.compile(rf"([{CN_DIGITS}百]{{1,4}})、")),
    ("cn_paren", re.compile(rf"[（(]([{CN_DIGITS}]{{1,3}})[）)]")),
)
_INLINE = re.compile(rf"(?:^|(?<=[。；;！？!?，,：:\s]))([{CN_DIGITS}]{{1,2}})是")
_SENTENCE_END = "。！？!?"
_SUMMARY_CUE = re.compile(r"(\d{4}年|总之|综上|总体来看|总的来看|总体上)")
HEADLINE_MAX = 30


def cn_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23 (enough for outline numbering)."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            current = CN_DIGITS.index(ch) + 1
    return total + current


def node_id(kind: str, part: int = 0, initiative: int = 0) -> str:
    """The one rule for node ids: preamble, 1…n, 1.1…, summary. Stable across rebuilds."""
    if kind in ("preamble", "summary"):
        return kind
    if kind == "part":
        return str(part)
    return f"{part}.{initiative}"


@dataclass
class Paragraph:
    start: int
    end: int
    style: str | None = None
    number: int = 0
    marker_end: int = 0


@dataclass
class Section:
    """A span of the source with its marker, title sentence and body, before normalisation."""

    kind: str
    start: int
    end: int
    marker: str = ""
    title_start: int = 0
    title_end: int = 0
    children: list[Section] = field(default_factory=list)


@dataclass
class Outline:
    sections: list[Section]
    warnings: list[str]


def paragraphs(source: str) -> list[Paragraph]:
    """Non-blank lines, trimmed of surrounding white space, as spans of the source."""
    result = []
    pos = 0
    for line in source.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            result.append(Paragraph(start, start + len(stripped)))
        pos += len(line) + 1
    return result


def _classify(source: str, para: Paragraph) -> None:
    text = source[para.start : para.end]
    for style, pattern in _MARKERS:
        m = pattern.match(text)
        if m and para.start + m.end() < para.end:
            para.style, para.number, para.marker_end = style, cn_number(m.group(1)), para.start + m.end()
            return
    if len(text) <= HEADLINE_MAX and text[-1] not in _SENTENCE_END + "；;，,：:":
        para.style, para.marker_end = "headline", para.start


def parse_outline(source: str) -> Outline:
    """Split a decoded report into sections; never raises on any text."""
    paras = paragraphs(source)
    for para in paras:
        _classify(source, para)
    numbered = [p.style for p in paras if p.style not in (None, "headline")]
    top = numbered[0] if numbered else ("headline" if any(p.style == "headline" for p in paras) else None)
    if top is None or not paras:
        span_end = paras[-1].end if paras else len(source)
        span_start = paras[0].start if paras else 0
        warning = "no outline markers found: the whole text is kept as a single node"
        return Outline([Section("preamble", span_start, span_end)], [warning])

    preamble: list[Paragraph] = []
    parts: list[list[Paragraph]] = []
    for para in paras:
        if para.style == top:
            parts.append([para])
        elif parts:
            parts[-1].append(para)
        else:
            preamble.append(para)
    summary = _split_summary(source, parts)

    sections: list[Section] = []
    if preamble:
        sections.append(Section("preamble", preamble[0].start, preamble[-1].end))
    for group in parts:
        sections.append(_part(source, group, top))
    if summary:
        sections.append(Section("summary", summary[0].start, summary[-1].end))
    return Outline(sections, [])


def _split_summary(source: str, parts: list[list[Paragraph]]) -> list[Paragraph]:
    """Trailing unmarked paragraphs after the last part are a summary if every part is one paragraph,
    or if they open like a summary (a year, 总之, 综上 …)."""
    last = parts[-1]
    count = 0
    while count < len(last) - 1 and last[-1 - count].style is None:
        count += 1
    if not count:
        return []
    tail = last[len(last) - count :]
    one_paragraph_parts = len(parts) > 1 and len(last) == count + 1 and all(len(g) == 1 for g in parts[:-1])
    if one_paragraph_parts or _SUMMARY_CUE.match(source, tail[0].start):
        del last[len(last) - count :]
        return tail
    return []


def _part(source: str, group: list[Paragraph], top: str) -> Section:
    head = group[0]
    part = Section("part", head.start, group[-1].end, marker=source[head.start : head.marker_end])
    part.title_start, part.title_end = _title(source, head.marker_end, head.end, head.style == "headline")
    sub_styles = [p.style for p in group[1:] if p.style not in (None, top, "headline")]
    if sub_styles:
        part.children = _paragraph_initiatives(source, group, sub_styles[0])
    else:
        part.children = _inline_initiatives(source, part.title_end, part.end)
    if part.children:
        part.end = _rstrip(source, part.start, part.children[0].start)
    return part


def _paragraph_initiatives(source: str, group: list[Paragraph], style: str) -> list[Section]:
    children: list[Section] = []
    for para in group[1:]:
        if para.style == style:
            child = Section("initiative", para.start, para.end, marker=source[para.start : para.marker_end])
            child.title_start, child.title_end = _title(source, para.marker_end, para.end, False)
            children.append(child)
        elif children:
            children[-1].end = para.end
    return children


def _inline_initiatives(source: str, start: int, end: int) -> list[Section]:
    """一是 … 二是 … in sequence; a marker out of sequence is ordinary text (统一是 …)."""
    found: list[tuple[int, int]] = []
    expected = 1
    for m in _INLINE.finditer(source, start, end):
        if cn_number(m.group(1)) == expected:
            found.append((m.start(), m.end()))
            expected += 1
    children = []
    for i, (m_start, m_end) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else end
        stop = _rstrip(source, m_start, stop)
        child = Section("initiative", m_start, stop, marker=source[m_start:m_end])
        child.title_start, child.title_end = _title(source, m_end, stop, False)
        children.append(child)
    return children


def _title(source: str, start: int, end: int, whole: bool) -> tuple[int, int]:
    """The title sentence: up to the first 。！？ (kept out), or the whole paragraph for a headline."""
    if whole:
        return start, end
    for i in range(start, end):
        if source[i] in _SENTENCE_END:
            return start, i
    return start, end


def _rstrip(source: str, start: int, end: int) -> int:
    while end > start and source[end - 1].isspace():
        end -= 1
    return end
