"""The main-targets passage of a plan (今年经济社会发展的主要预期目标是：…。) and the targets in it that
are given in words only (居民收入增长和经济增长同步, 实现正增长, 只增不减): the figures of the passage are
found by indicators.py and are targets there; these have no figure, so they are kept as text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from zoneview.ingest.subjects import standard_indicator

# The cue and the end of its sentence: line breaks do not end it (a web page may set 主要预期目标 on a
# line of its own).
TARGETS_CUE = re.compile(
    r"(?:主要(?:预期)?目标|预期目标|主要指标)\s*(?:是|为|如下|[：:])|建议[^。！？\n]{0,30}?目标(?:是|为|定为)"
)
TARGETS_PASSAGE_MAX = 800  # characters: a main-targets sentence is long, never a page
_CLAUSE = re.compile(r"[^，；。,;：:]+")
# What a clause without a figure says to make it a target: a relation to another measure, a floor
# in words, a steady level.
_STATED = re.compile(
    r"同步|正增长|只增不减|不减|稳中|基本平衡|持平|保持稳定|总体稳定|基本稳定|相适应|相匹配|稳定增长|稳步增长"
    r"|向好|提质|量稳质升|继续下降|大体保持|统筹考核"
)
NAME_MAX = 16  # characters of a clause's opening words tried as an indicator's name
# A report that says it sets no figure for an indicator this year (我们没有提出全年经济增速具体目标)
# states its target in words: there is a target, and it has no value to be met or missed.
_NO_TARGET = re.compile(
    r"(?:没有|未|不再|不)(?:提出|设定|设置|设立|确定|设)(?P<what>[^。！？，；,;：:\n]{2,20}?)(?:具体|量化|的)*(?:预期)?目标"
)
_NOT_THIS_YEAR = ("去年", "上年", "过去", "以往")


@dataclass(frozen=True)
class StatedTarget:
    """A target in words: the standard indicator it names and its clause; start/end index the text."""

    indicator: str
    text: str
    start: int
    end: int


def target_passages(text: str) -> list[tuple[int, int]]:
    """Each main-targets passage: from its cue to the end of its sentence, newlines inside."""
    passages: list[tuple[int, int]] = []
    for m in TARGETS_CUE.finditer(text):
        if passages and m.start() < passages[-1][1]:
            continue
        limit = m.end() + TARGETS_PASSAGE_MAX
        ends = [found for mark in "。！？" if (found := text.find(mark, m.end(), limit)) != -1]
        passages.append((m.start(), min([*ends, limit, len(text)])))
    return passages


def stated_targets(text: str, figures: list[tuple[int, int]]) -> list[StatedTarget]:
    """The clauses of each main-targets passage that hold no figure (`figures` are the spans of those
    found) and set a standard indicator in words: 居民收入增长和经济增长同步 → 居民人均可支配收入."""
    found: list[StatedTarget] = []
    starts = sorted(f for f, _ in figures)  # looked up, not gone through, for each clause: a node may
    # hold 100,000 figures and a hundred main-targets passages
    for start, sentence_end in target_passages(text):
        # words-only targets may follow in the paragraph (同时，要…城乡居民收入实际增长和经济增长保持同步)
        line_end = text.find("\n", sentence_end)
        end = min(line_end if line_end != -1 else len(text), start + TARGETS_PASSAGE_MAX)
        for m in _CLAUSE.finditer(text, start, end):
            clause = m.group()
            first = bisect.bisect_left(starts, m.start())  # the first figure starting in it, if any
            if not _STATED.search(clause) or (first < len(starts) and starts[first] < m.end()):
                continue
            indicator = _first_indicator(clause)
            if indicator is not None:
                lead = len(clause) - len(clause.lstrip())
                found.append(
                    StatedTarget(
                        indicator, clause.strip(), m.start() + lead, m.start() + len(clause.rstrip())
                    )
                )
    return found + _no_figure_targets(text)


def _no_figure_targets(text: str) -> list[StatedTarget]:
    """The indicators a report says it sets no figure for this year, each with its clause."""
    found: list[StatedTarget] = []
    for m in _NO_TARGET.finditer(text):
        clause = _CLAUSE.match(text, text.rfind("，", 0, m.start()) + 1)
        start = clause.start() if clause is not None and clause.end() >= m.end() else m.start()
        words = text[start : m.end()]
        named = standard_indicator(m.group("what"))
        if named is None or any(word in words for word in _NOT_THIS_YEAR):
            continue
        lead = len(words) - len(words.lstrip())
        found.append(StatedTarget(named.name, words.strip(), start + lead, m.end()))
    return found


def _first_indicator(clause: str) -> str | None:
    """The standard indicator the clause opens with: its longest opening words that name one
    (单位国内生产总值能耗和主要污染物排放量继续下降 → 单位国内生产总值能耗)."""
    words = clause.strip()
    for end in range(min(len(words), NAME_MAX), 1, -1):
        named = standard_indicator(words[:end])
        if named is not None:
            return named.name
    return None
