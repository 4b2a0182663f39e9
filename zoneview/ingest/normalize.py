"""Clean the typesetting noise out of report text while remembering where every character came from.

The source is never rewritten: `normalise` returns the cleaned text, a map from each cleaned character
back to its source offsets, and one `Correction` per change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zoneview.ingest.model import Correction

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_OR_PUNCT = CJK + "\u3000-\u303f\uff00-\uffef“”‘’《》"

# Plain misprints seen in official reports: wrong character for a near homophone or look-alike.
MISPRINTS = {
    "蕞高": "最高",
    "蕞低": "最低",
    "蕞大": "最大",
    "己经": "已经",
    "即将将": "即将",
}
# Function characters that are never doubled in correct Chinese prose.
_DOUBLED = re.compile(r"([的和与及在])\1")
_CJK_SPACE = re.compile(rf"(?<=[{CJK}])[ \t\u3000\u00a0]+(?=[{CJK}])")
_PERCENT_SPACE = re.compile(r"(?<=\d)[ \t\u00a0]+(?=[%％])")
_ASCII_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_PUNCT = re.compile(r"[,;:!?]")
_PARENS = re.compile(r"\(([^()\n]{0,80})\)")
_HAS_CJK = re.compile(rf"[{CJK}]")


@dataclass(frozen=True)
class Normalised:
    """Cleaned text plus, for each of its characters, the source offsets it stands for."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    corrections: tuple[Correction, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span behind text[start:end] (end exclusive, start < end)."""
        return self.starts[start], self.ends[end - 1]


def normalise(source: str, start: int = 0, end: int | None = None) -> Normalised:
    """Normalise source[start:end]; spans in the result are offsets into `source`.

    Rules look at the characters around the segment too, so a node's last comma is judged by the
    character that follows it in the source.
    """
    end = len(source) if end is None else end
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    corrections: list[Correction] = []
    pos = start
    for e_start, e_end, replacement, reason in _plan_edits(source, start, end):
        for i in range(pos, e_start):
            text.append(source[i])
            starts.append(i)
            ends.append(i + 1)
        for ch in replacement:
            text.append(ch)
            starts.append(e_start)
            ends.append(e_end)
        corrections.append(Correction(source[e_start:e_end], replacement, reason, e_start, e_end))
        pos = e_end
    for i in range(pos, end):
        text.append(source[i])
        starts.append(i)
        ends.append(i + 1)
    return Normalised("".join(text), tuple(starts), tuple(ends), tuple(corrections))


def normalise_query(query: str) -> str:
    """The same cleaning for a search string, so "国 家级" and "国家级" find the same places."""
    return normalise(query).text.strip()


def _plan_edits(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    def matches(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        # one character past the end, so lookaheads see the next character of the source
        return [m for m in pattern.finditer(text, start, min(len(text), end + 1)) if m.end() <= end]

    edits: list[tuple[int, int, str, str]] = []
    for m in matches(_CJK_SPACE) + matches(_PERCENT_SPACE):
        edits.append((m.start(), m.end(), "", "stray space"))
    for m in matches(_DOUBLED):
        edits.append((m.start(), m.end(), m.group(1), "doubled character"))
    for wrong, right in MISPRINTS.items():
        for m in matches(re.compile(re.escape(wrong))):
            edits.append((m.start(), m.end(), right, "misprint"))
    for m in matches(_PUNCT):
        if _wants_full_width(text, m.start()):
            edits.append((m.start(), m.end(), _ASCII_PUNCT[m.group()], "punctuation"))
    for m in matches(_PARENS):
        before = text[m.start() - 1] if m.start() else ""
        if _HAS_CJK.search(m.group(1)) or (before and _HAS_CJK.match(before)):
            edits.append((m.start(), m.start() + 1, "（", "punctuation"))
            edits.append((m.end() - 1, m.end(), "）", "punctuation"))
    edits.sort(key=lambda e: (e[0], e[1]))
    kept: list[tuple[int, int, str, str]] = []
    for edit in edits:
        if kept and edit[0] < kept[-1][1]:
            continue  # overlapping rule: the first one wins
        kept.append(edit)
    return kept


def _wants_full_width(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isdigit() and after.isdigit():
        return False  # 1,000 or 12:30
    if text[i] == ":" and after == "/":
        return False  # a URL scheme
    return bool(re.match(f"[{_CJK_OR_PUNCT}]", before) or re.match(f"[{_CJK_OR_PUNCT}]", after))
