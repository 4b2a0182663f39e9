"""Find the outline of a Chinese official report, at every depth it has.

Headings are numbered by marker families — 一、 （一） 1. 1、 （1） and 一是/二是 — or are short lines with
no final punctuation that open a block. Families nest by their rank, 一、 › （一） › 1. or 1、 › （1） ›
一是, whatever order they appear in: a family goes under the deepest open heading of a higher rank (一、 ›
（一） › 一是 in one part, 一、 › 一是 in the next), so a run of 一是 items never takes the （一） sections
after it. A number must continue its family's sequence (or start one at 1), so 3、 in running text is
not a heading. 一是…二是… items that run inline in a paragraph are headings too, and so is a lone 一是
whose 二是 follows in the next paragraph. Page chrome (收藏, 来源：…, 【字号】, 您的位置…) is never a
heading. Front matter (title, salutation, page chrome) is the preamble; closing matter (专此报告,
signature, date, 名词解释, notes, 相关链接, a site's licence box) is split off as an appendix.
Every section is a span of the source; together they cover every paragraph of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zoneview.ingest.chrome import is_chrome_line

CN_DIGITS = "一二三四五六七八九十"
_MARKERS = (
    ("cn_comma", re.compile(rf"([{CN_DIGITS}百]{{1,4}})、")),
    ("cn_paren", re.compile(rf"[（(]([{CN_DIGITS}]{{1,3}})[）)]")),
    ("arabic_dot", re.compile(r"(\d{1,4})[.．](?![\d０-９])")),
    ("arabic_comma", re.compile(r"(\d{1,4})、")),
    ("arabic_paren", re.compile(r"[（(](\d{1,3})[）)]")),
    ("shi", re.compile(rf"([{CN_DIGITS}]{{1,2}})(?:是|要)(?=[^，。；、]{{2}})")),
)
# The conventional rank of each family, highest first: 一、 › （一） › 1. or 1、 › （1） › 一是. An
# unnumbered headline opens the outline above all of them, or is no heading at all.
_RANK = {
    "headline": 0,
    "cn_comma": 1,
    "cn_paren": 2,
    "arabic_dot": 3,
    "arabic_comma": 3,
    "arabic_paren": 4,
    "shi": 5,
}
_INLINE = re.compile(rf"(?<=[。；;！？!?，,：:])([{CN_DIGITS}]{{1,2}})(是|要)")
_SENTENCE_END = "。！？!?；;"
_NOT_A_HEADLINE_END = _SENTENCE_END + "，,：:、…—"
_SALUTATION = re.compile(r"^(?:各位代表|同志们|各位委员|各位同志)[，,：:！!]?$")
_SUMMARY_CUE = re.compile(r"(\d{4}年|总之|综上|总体来看|总的来看|总体上)")
_CLOSING_HEAD = re.compile(
    r"^(?:注释|注：|注:|附件\s*\d*|附：|附:|附表|相关报道|相关链接|相关附件|相关新闻|"
    r"责任编辑|【我要纠错】|扫一扫|打印本页|关闭窗口|本作品|版权所有|版权声明|\[1\]|【1】|〔1〕)"
)
# Lines that end a report wherever they stand past its first third: 专此报告, a news agency's dateline,
# a glossary's heading (管委会工作报告有关名词解释).
_CLOSING_LINE = re.compile(
    r"^(?:(?:专此报告|特此报告|以上报告|现此报告)[。.]?|[（(]新华社[^（）()]{0,30}电[）)]"
    r"|[^，。]{0,20}(?:名词解释|名词注释))$"
)
_DATE_LINE = re.compile(
    r"^[\d〇零一二三四五六七八九十]{4}年[\d〇一二三四五六七八九十]{1,2}月[\d〇一二三四五六七八九十]{1,3}日$"
)
_SIGNATURE = re.compile(r"(?:人民政府|委员会|管委会|办公室|办公厅|政府|局|厅|部|院|中心|工作领导小组)$")
# The paragraph of a review part that names its problems: its list belongs to the part.
_SHORTCOMINGS = re.compile(r"清醒|(?:存在|面临)[^。]{0,16}(?:问题|困难|挑战|不足)")
_TITLE_LIKE = re.compile(r"报告|纲要|公报|[:：]|\d{1,2}[时日]")
HEADLINE_MAX = 30
CLOSING_LINE_MAX = 40


@dataclass
class Paragraph:
    start: int
    end: int
    family: str | None = None
    number: int = 0
    marker_end: int = 0


@dataclass
class Section:
    """A span of the source with its marker, title and children, before normalisation.

    `start`…`end` is the section's own text: its heading and the paragraphs before its first child."""

    kind: str
    start: int
    end: int
    marker: str = ""
    title_start: int = 0
    title_end: int = 0
    level: int = 0
    children: list[Section] = field(default_factory=list)
    family: str = ""
    paragraphs: int = 0  # paragraphs after the heading's own


@dataclass
class Outline:
    sections: list[Section]  # preamble, top-level sections (with children), summary, appendix
    warnings: list[str]
    closing_start: int | None = None


def cn_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, 一百 → 100 (enough for outline numbering)."""
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


def _classify(source: str, para: Paragraph, next_para: Paragraph | None) -> None:
    text = source[para.start : para.end]
    if is_chrome_line(text):
        return  # 收藏, 来源：…, 您的位置：首页 > …: the page around the report is never a heading
    for family, pattern in _MARKERS:
        m = pattern.match(text)
        if m and para.start + m.end() < para.end:
            para.family, para.number, para.marker_end = family, cn_number(m.group(1)), para.start + m.end()
            return
    if _is_headline(text) and next_para is not None and next_para.end - next_para.start > len(text):
        para.family, para.marker_end = "headline", para.start


def _is_headline(text: str) -> bool:
    return (
        len(text) <= HEADLINE_MAX
        and text[-1] not in _NOT_A_HEADLINE_END
        and not text.startswith(("——", "—", "【", "《"))
        and not _SALUTATION.match(text)
        and any("\u4e00" <= ch <= "\u9fff" for ch in text)
    )


def parse_outline(source: str) -> Outline:
    """Split a decoded report into sections; never raises on any text."""
    paras = paragraphs(source)
    closing = _closing_start(source, paras)
    body = [p for p in paras if closing is None or p.start < closing]
    for i, para in enumerate(body):
        _classify(source, para, body[i + 1] if i + 1 < len(body) else None)
    first = _first_heading(source, body)
    if first is None:
        if not paras:
            return Outline([Section("preamble", 0, len(source))], ["the text is empty"])
        warning = "no outline markers found: the whole text is kept as a single node"
        whole = [Section("preamble", body[0].start, body[-1].end)] if body else []
        return Outline(whole + _appendix(source, paras, closing), [warning], closing)

    sections: list[Section] = []
    if first > 0:
        sections.append(Section("preamble", body[0].start, body[first - 1].end))
    tops = _tree(source, body[first:])
    summary = _split_summary(source, tops)
    sections.extend(tops)
    if summary:
        sections.append(summary)
    return Outline(sections + _appendix(source, paras, closing), [], closing)


def _first_heading(source: str, body: list[Paragraph]) -> int | None:
    """The first paragraph that opens the outline: a numbered heading at 1, or a headline after prose;
    in a text that starts part-way through a report, its first 二、-style heading."""
    for i, para in enumerate(body):
        numbered = para.family not in (None, "headline", "shi")
        if numbered and (para.number == 1 or para.family == "cn_comma"):
            return i
        if para.family == "headline" and (
            _prose_before(source, body[:i]) or not _TITLE_LIKE.search(source, para.start, para.end)
        ):
            return i
    return None


def _prose_before(source: str, before: list[Paragraph]) -> bool:
    """A headline opens the outline only once the front matter (title, salutation) is behind it."""
    return any(source[p.end - 1] in _SENTENCE_END for p in before)


def _tree(source: str, paras: list[Paragraph]) -> list[Section]:
    tops: list[Section] = []
    stack: list[tuple[str, int, Section]] = []  # (family, number, section) of the open headings
    siblings = _Siblings()
    for i, para in enumerate(paras):
        heading = _heading(para, stack, first=not tops)
        if heading is not None:
            depth, section = heading
            del stack[depth:]
            (stack[-1][2].children if stack else tops).append(section)
            section.family = para.family or ""
            stack.append((section.family, para.number, section))
            _title(source, section, para)
            done = False
        elif stack:
            done = _complete(stack, siblings)
            owner = stack[-1][2]
            owner.end = para.end
            owner.paragraphs += 1
        else:
            continue
        _inline_items(source, para, stack, done, paras[i + 1] if i + 1 < len(paras) else None)
    for section in tops:
        _close(source, section)
    return tops


def _complete(stack: list[tuple[str, int, Section]], siblings: _Siblings) -> bool:
    """Whether the deepest open section already has the shape of its siblings (one body paragraph
    each, say), so that a further paragraph's list belongs to the parent, not to it."""
    if len(stack) < 2:
        return False
    section, parent = stack[-1][2], stack[-2][2]
    count, uniform, paragraphs = siblings.of(parent, section.family)
    return count >= 2 and not section.children and uniform and section.paragraphs >= paragraphs


class _Siblings:
    """What `_complete` asks of a parent's earlier children, kept up as children are added: a section
    with thousands of children is judged as fast as one with three. The deepest open section is its
    parent's last child; the ones before it are closed and no longer change."""

    def __init__(self) -> None:
        # id(parent) -> (children summed up, {family: (how many, all childless with equal paragraphs,
        # the first one's paragraphs)})
        self.seen: dict[int, tuple[int, dict[str, tuple[int, bool, int]]]] = {}

    def of(self, parent: Section, family: str) -> tuple[int, bool, int]:
        """Of the parent's children but the last, those of `family`: (count, uniform, paragraphs)."""
        done, by_family = self.seen.get(id(parent), (0, {}))
        closed = len(parent.children) - 1
        for child in parent.children[done:closed]:
            count, uniform, paragraphs = by_family.get(child.family, (0, True, child.paragraphs))
            uniform = uniform and not child.children and child.paragraphs == paragraphs
            by_family[child.family] = (count + 1, uniform, paragraphs)
        self.seen[id(parent)] = (max(done, closed), by_family)
        return by_family.get(family, (0, True, 0))


def _heading(
    para: Paragraph, stack: list[tuple[str, int, Section]], first: bool = False
) -> tuple[int, Section] | None:
    family = para.family
    if family is None:
        return None
    depth = next((d for d, (f, _, _) in enumerate(stack) if f == family), None)
    if depth is None:
        if family != "headline" and para.number != 1 and not first:
            return None  # a family starts at 1 (but a text may start part-way through)
        if family == "headline" and stack and stack[0][0] != "headline":
            return None  # an unnumbered line inside a numbered outline is a paragraph
        depth = _depth_by_rank(family, stack)
    elif family != "headline" and para.number not in (stack[depth][1] + 1, 1):
        return None
    kind = "part" if depth == 0 else ("initiative" if family == "shi" else "section")
    return depth, Section(kind, para.start, para.end, level=depth + 1)


def _depth_by_rank(family: str, stack: list[tuple[str, int, Section]]) -> int:
    """Where a family not yet open goes: under the deepest open heading of a higher rank, closing the
    open headings of its own rank or below (a run of 一是 items ends where （一） begins). A report
    whose top level is a lower rank than the conventional one (1、 parts with （一） sections) keeps
    the order in which its families appear."""
    rank = _RANK[family]
    if stack and stack[0][0] != "headline" and _RANK[stack[0][0]] > rank and stack[0][0] != "shi":
        return len(stack)
    depth = len(stack)
    while depth > 0 and _RANK[stack[depth - 1][0]] >= rank:
        depth -= 1
    return depth


def _title(source: str, section: Section, para: Paragraph) -> None:
    section.marker = source[para.start : para.marker_end]
    start = para.marker_end
    end = para.end
    if para.family != "headline":
        for i in range(start, end):
            if source[i] in _SENTENCE_END:
                end = i
                break
    section.title_start, section.title_end = start, end


def _inline_items(
    source: str,
    para: Paragraph,
    stack: list[tuple[str, int, Section]],
    owner_done: bool,
    next_para: Paragraph | None = None,
) -> None:
    """一是…二是… inside a paragraph: continue an open 一是 sequence, or start one of two or more, or
    one whose 二是 opens or runs in the next paragraph."""
    own_level = next((d for d, (f, _, _) in enumerate(stack) if f == "shi"), None)
    fresh = _sequence(source, para, 1)
    found = _sequence(source, para, stack[own_level][1] + 1) if own_level is not None else []
    if len(fresh) >= 2 and (not found or fresh[0][0] < found[0][0]):
        found = fresh  # a new list starts before the open one would go on
    elif len(fresh) == 1 and not found and _continues(source, next_para):
        found = fresh  # 一是… here, 二是… in the next paragraph
    if not found:
        return  # a lone 一是 is a word, not a list
    depth = len(stack) - 1 if owner_done else len(stack)
    if own_level is not None:
        depth = own_level
    if found is fresh and not para.family and _SHORTCOMINGS.search(source, para.start, found[0][0]):
        depth = min(depth, 1)  # 我们也清醒地看到…：一是… sums up the whole part, not its last section
    parent = stack[depth - 1][2] if depth > 0 else None
    if parent is None:
        return
    for _, _, closed in stack[depth:]:  # the new items follow them: they end where the list starts
        closed.end = min(closed.end, _rstrip(source, closed.start, found[0][0]))
    del stack[depth:]
    for i, (start, marker_end, number) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else para.end
        item = Section("initiative", start, _rstrip(source, start, stop), level=depth + 1, family="shi")
        item.marker = source[start:marker_end]
        item.title_start = marker_end
        item.title_end = next(
            (j for j in range(marker_end, item.end) if source[j] in _SENTENCE_END), item.end
        )
        parent.children.append(item)
        stack[depth:] = [("shi", number, item)]


def _continues(source: str, para: Paragraph | None) -> bool:
    """Whether a paragraph goes on with a list's second item: it opens with 二是, or 二是 runs in it."""
    if para is None:
        return False
    if para.family == "shi":
        return para.number == 2
    return bool(_sequence(source, para, 2))


def _sequence(source: str, para: Paragraph, first: int) -> list[tuple[int, int, int]]:
    """Inline markers numbered first, first + 1, … in order: (start, marker end, number)."""
    found: list[tuple[int, int, int]] = []
    for m in _INLINE.finditer(source, para.marker_end or para.start, para.end):
        if cn_number(m.group(1)) == first + len(found):
            found.append((m.start(), m.end(), first + len(found)))
    return found


def _close(source: str, section: Section) -> None:
    """Set each section's end: its own text stops where its first child starts."""
    for child in section.children:
        _close(source, child)
    if section.children:
        section.end = _rstrip(source, section.start, section.children[0].start)


def _split_summary(source: str, tops: list[Section]) -> Section | None:
    """Trailing paragraphs of a childless last part are a summary if every part is one paragraph, or
    if they open like a summary (a year, 总之, 综上 …)."""
    last = tops[-1]
    if last.children:
        return None
    first_break = source.find("\n", last.start, last.end)
    if first_break < 0:
        return None
    tail_start = first_break + 1
    while tail_start < last.end and source[tail_start].isspace():
        tail_start += 1
    one_paragraph_parts = len(tops) > 1 and all(
        not t.children and "\n" not in source[t.start : t.end].strip() for t in tops[:-1]
    )
    if one_paragraph_parts or _SUMMARY_CUE.match(source, tail_start):
        summary = Section("summary", tail_start, last.end)
        last.end = _rstrip(source, last.start, first_break)
        return summary
    return None


def _closing_start(source: str, paras: list[Paragraph]) -> int | None:
    """Where the closing matter begins: a closing head in the last third of the text (名词解释, 附件,
    相关链接, notes, the page's licence or copyright notice: 本作品…, 版权所有), a closing line past
    the first third (专此报告, （新华社…电）), or the run of short lines at the very end (signature,
    date, page chrome), whichever comes first."""
    if len(paras) < 3:
        return None
    start: int | None = None
    length = paras[-1].end - paras[0].start
    for para in paras:
        line = source[para.start : para.end]
        into = (para.start - paras[0].start) / length
        if len(line) > CLOSING_LINE_MAX or into < 1 / 3:
            continue
        if _CLOSING_LINE.match(line) or (into >= 2 / 3 and _CLOSING_HEAD.match(line)):
            start = para.start
            break
    end_lines = start
    for para in reversed(paras):
        line = source[para.start : para.end]
        if _is_trailing_line(line):
            end_lines = para.start
        else:
            break
    if (
        end_lines is not None
        and (start is None or end_lines < start)
        and end_lines > paras[0].start + length / 3
    ):
        start = end_lines  # the closing head is preceded by more trailing lines
    if start is not None and start == paras[0].start:
        return None
    return start


def _is_trailing_line(line: str) -> bool:
    """A line of what follows a report's last paragraph: a signature, a date, page chrome (扫一扫…,
    版权所有, a list of other years) — short, no heading, and without the commas and full stops of
    prose (page chrome spaced out with tabs may end in one)."""
    if len("".join(line.split())) > CLOSING_LINE_MAX or "，" in line or "," in line:
        return False
    if any(pattern.match(line) for _, pattern in _MARKERS):
        return False
    return line[-1] not in _SENTENCE_END or bool(re.search(r"\s{2,}", line))


def _appendix(source: str, paras: list[Paragraph], closing: int | None) -> list[Section]:
    if closing is None:
        return []
    tail = [p for p in paras if p.start >= closing]
    if not tail:
        return []
    appendix = Section("appendix", tail[0].start, tail[-1].end)
    appendix.title_start, appendix.title_end = tail[0].start, tail[0].end
    return [appendix]


def _rstrip(source: str, start: int, end: int) -> int:
    while end > start and source[end - 1].isspace():
        end -= 1
    return end
