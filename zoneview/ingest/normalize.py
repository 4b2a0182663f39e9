"""Clean the typesetting noise out of report text while remembering where every character came from.

The source is never rewritten: `normalise` returns the cleaned text, a map from each cleaned character
back to its source offsets, and one `Correction` per change.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # for character classes in the parser's patterns
_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_CJK_PUNCT_RANGES = ((0x3000, 0x303F), (0xFF00, 0xFFEF))
_QUOTES = set("“”‘’《》")

# Plain misprints seen in official reports: wrong character for a near homophone or look-alike.
MISPRINTS = {
    "蕞高": "最高",
    "蕞低": "最低",
    "蕞大": "最大",
    "己经": "已经",
    "即将将": "即将",
}
_MISPRINTS = [(re.compile(re.escape(wrong)), right) for wrong, right in MISPRINTS.items()]
# Function characters that are never doubled in correct Chinese prose.
_DOUBLED = re.compile(r"([的和与及在])\1")
# Patterns here avoid classes of CJK ranges: compiling those costs milliseconds, and this module is
# loaded before the window's first paint. CJK neighbours are checked with is_cjk() instead.
_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
_PERCENT_SPACE = re.compile(r"(?<=\d)[ \t\u00a0]+(?=[%％])")
_ASCII_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_PUNCT = re.compile(r"[,;:!?]")
_PARENS = re.compile(r"\(([^()\n]{0,80})\)")


def is_cjk(ch: str) -> bool:
    """A CJK unified ideograph (basic, extension A or compatibility)."""
    return len(ch) == 1 and any(lo <= ord(ch) <= hi for lo, hi in _CJK_RANGES)


def _is_cjk_or_punct(ch: str) -> bool:
    if len(ch) != 1:
        return False
    return is_cjk(ch) or ch in _QUOTES or any(lo <= ord(ch) <= hi for lo, hi in _CJK_PUNCT_RANGES)


@dataclass(frozen=True)
class Correction:
    """One change the normaliser made: source[start:end] was `original`, reads as `corrected`."""

    original: str
    corrected: str
    reason: str
    start: int
    end: int


@dataclass(frozen=True)
class Normalised:
    """Cleaned text plus, for each of its characters, the source offsets it stands for.

    The offsets are arrays of machine integers, not tuples of ints: eight bytes a character rather than
    about thirty-six, which keeps a node of millions of characters affordable to build."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    corrections: tuple[Correction, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span behind text[start:end] (end exclusive, start < end)."""
        return self.starts[start], self.ends[end - 1]

    def text_span(self, start: int, end: int) -> tuple[int, int]:
        """The range of the text whose characters come from source[start:end]; empty for a deletion."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        while last > first and self.ends[last - 1] > end:
            last -= 1
        return first, last


def normalise(source: str, start: int = 0, end: int | None = None) -> Normalised:
    """Normalise source[start:end]; spans in the result are offsets into `source`.

    Rules look at the characters around the segment too, so a node's last comma is judged by the
    character that follows it in the source.
    """
    end = len(source) if end is None else end
    text: list[str] = []
    starts = array("q")
    ends = array("q")
    corrections: list[Correction] = []
    pos = start
    for e_start, e_end, replacement, reason in _plan_edits(source, start, end):
        _keep(source, pos, e_start, text, starts, ends)
        text.append(replacement)
        starts.extend([e_start] * len(replacement))
        ends.extend([e_end] * len(replacement))
        corrections.append(Correction(source[e_start:e_end], replacement, reason, e_start, e_end))
        pos = e_end
    _keep(source, pos, end, text, starts, ends)
    return Normalised("".join(text), starts, ends, tuple(corrections))


def _keep(source: str, start: int, end: int, text: list[str], starts: array[int], ends: array[int]) -> None:
    """source[start:end] unchanged: each character stands for itself."""
    if start < end:
        text.append(source[start:end])
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))


def normalise_query(query: str) -> str:
    """The same cleaning for a search string, so "国 家级" and "国家级" find the same places."""
    return normalise(query).text.strip()


def _plan_edits(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    def matches(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        # one character past the end, so lookaheads see the next character of the source
        return [m for m in pattern.finditer(text, start, min(len(text), end + 1)) if m.end() <= end]

    edits: list[tuple[int, int, str, str]] = []
    for m in matches(_SPACES):
        if m.start() > 0 and m.end() < len(text) and is_cjk(text[m.start() - 1]) and is_cjk(text[m.end()]):
            edits.append((m.start(), m.end(), "", "stray space"))
    for m in matches(_PERCENT_SPACE):
        edits.append((m.start(), m.end(), "", "stray space"))
    for m in matches(_DOUBLED):
        edits.append((m.start(), m.end(), m.group(1), "doubled character"))
    for pattern, right in _MISPRINTS:
        for m in matches(pattern):
            edits.append((m.start(), m.end(), right, "misprint"))
    for m in matches(_PUNCT):
        if _wants_full_width(text, m.start()):
            edits.append((m.start(), m.end(), _ASCII_PUNCT[m.group()], "punctuation"))
    for m in matches(_PARENS):
        before = text[m.start() - 1] if m.start() else ""
        if any(is_cjk(ch) for ch in m.group(1)) or is_cjk(before):
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
    return _is_cjk_or_punct(before) or _is_cjk_or_punct(after)
