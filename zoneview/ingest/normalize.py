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
from typing import overload

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # for character classes in the parser's patterns
_QUOTES = set("“”‘’《》")

# Plain misprints seen in official reports: wrong character for a near homophone or look-alike.
MISPRINTS = {
    "蕞高": "最高",
    "蕞低": "最低",
    "蕞大": "最大",
    "己经": "已经",
    "即将将": "即将",
}
_MISPRINTS = [(wrong, re.compile(re.escape(wrong)), right) for wrong, right in MISPRINTS.items()]
# The characters every rule's match starts with: a segment with none of them (most titles) has no edit.
_TRIGGERS = re.compile(
    "[" + re.escape(" \t\u3000\u00a0\n的和与及在,;:!?(" + "".join(w[0] for w in MISPRINTS)) + "]"
)
# Function characters that are never doubled in correct Chinese prose.
_DOUBLED = re.compile(r"([的和与及在])\1")
# Patterns here avoid classes of CJK ranges: compiling those costs milliseconds, and this module is
# loaded before the window's first paint. CJK neighbours are checked with is_cjk() instead.
_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
_PERCENT_SPACE = re.compile(r"(?<=\d)[ \t\u00a0]+(?=[%％])")
_ASCII_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_PUNCT = re.compile(r"[,;:!?]")
_PARENS = re.compile(r"\(([^()\n]{0,80})\)")
# A subscript or superscript that a PDF or web page set on a line of its own: 广义货币M⏎2⏎增长,
# PM⏎2.5⏎浓度. A line of nothing but a short number, right after a Latin letter, belongs to that symbol
# (M2, PM2.5, PM10); joined, the symbol reads whole and the number is no figure of its own.
_SUBSCRIPT = re.compile(r"(?<=[A-Za-z])\n(\d{1,2}(?:\.\d)?)\n")


def is_cjk(ch: str) -> bool:
    """A CJK unified ideograph (basic, extension A or compatibility): the ranges of `CJK`, spelt out,
    since this runs for most characters of a report."""
    if len(ch) != 1:
        return False
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def _is_cjk_or_punct(ch: str) -> bool:
    if len(ch) != 1:
        return False
    code = ord(ch)
    return is_cjk(ch) or ch in _QUOTES or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF


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

    `starts[i]`…`ends[i]` is what text[i] stands for. They are worked out from the pieces the text is
    made of (runs kept as they are, and replacements) rather than stored a character at a time, so
    normalising costs the same for a node of millions of characters as for its edits, not per
    character."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    corrections: tuple[Correction, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span behind text[start:end] (end exclusive, start < end)."""
        return self.starts[start], self.ends[end - 1]

    def text_span(self, start: int, end: int) -> tuple[int, int]:
        """The range of the text whose characters come from source[start:end]; empty for a deletion."""
        starts = self.starts
        if isinstance(starts, _Offsets):
            first, last = starts.first_at(start), starts.first_at(end)
        else:
            first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        while last > first and self.ends[last - 1] > end:
            last -= 1
        return first, last


class _Pieces:
    """The text as pieces: piece k starts at text offset `text[k]` and is either a run kept as it is
    (its characters stand for source[source[k]:source_end[k]], one each) or a replacement (each of its
    characters stands for the whole edit, source[source[k]:source_end[k]])."""

    def __init__(self) -> None:
        self.text = array("q")
        self.source = array("q")
        self.source_end = array("q")
        self.last_start = array("q")  # the greatest `starts` value in the piece: what bisect needs
        self.kept = bytearray()
        self.length = 0

    def add(self, length: int, source: int, source_end: int, kept: bool) -> None:
        if length <= 0:
            return  # a deletion stands for nothing in the text
        self.text.append(self.length)
        self.source.append(source)
        self.source_end.append(source_end)
        self.last_start.append(source_end - 1 if kept else source)
        self.kept.append(kept)
        self.length += length


class _Offsets(Sequence[int]):
    """`Normalised.starts` or `.ends`, read from the pieces."""

    def __init__(self, pieces: _Pieces, ends: bool) -> None:
        self.pieces = pieces
        self.ends = ends

    def __len__(self) -> int:
        return self.pieces.length

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> list[int]: ...
    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        p = self.pieces
        k = bisect.bisect_right(p.text, i) - 1
        if p.kept[k]:
            return p.source[k] + i - p.text[k] + (1 if self.ends else 0)
        return p.source_end[k] if self.ends else p.source[k]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def first_at(self, offset: int) -> int:
        """The first index whose start is at or after `offset` (bisect_left on the starts)."""
        p = self.pieces
        k = bisect.bisect_left(p.last_start, offset)
        if k == len(p.last_start):
            return p.length
        return p.text[k] + max(0, offset - p.source[k]) if p.kept[k] else p.text[k]


def normalise(source: str, start: int = 0, end: int | None = None) -> Normalised:
    """Normalise source[start:end]; spans in the result are offsets into `source`.

    Rules look at the characters around the segment too, so a node's last comma is judged by the
    character that follows it in the source.
    """
    end = len(source) if end is None else end
    text: list[str] = []
    pieces = _Pieces()
    corrections: list[Correction] = []
    pos = start
    for e_start, e_end, replacement, reason in _plan_edits(source, start, end):
        kept = source[pos:e_start]
        text += (kept, replacement)
        pieces.add(len(kept), pos, e_start, kept=True)
        pieces.add(len(replacement), e_start, e_end, kept=False)
        corrections.append(Correction(source[e_start:e_end], replacement, reason, e_start, e_end))
        pos = e_end
    kept = source[pos:end]
    text.append(kept)
    pieces.add(len(kept), pos, end, kept=True)
    offsets = (_Offsets(pieces, ends=False), _Offsets(pieces, ends=True))
    return Normalised("".join(text), *offsets, tuple(corrections))


def normalise_query(query: str) -> str:
    """The same cleaning for a search string, so "国 家级" and "国家级" find the same places."""
    return normalise(query).text.strip()


def _plan_edits(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    def matches(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        # one character past the end, so lookaheads see the next character of the source
        return [m for m in pattern.finditer(text, start, min(len(text), end + 1)) if m.end() <= end]

    def has(*needles: str, past_end: int = 0) -> bool:
        """Whether a needle occurs in the segment: most segments have no space, % or misprint, and a
        search for a character is far cheaper than running a pattern over them."""
        return any(text.find(n, start, end + past_end) >= 0 for n in needles)

    edits: list[tuple[int, int, str, str]] = []
    if not _TRIGGERS.search(text, start, end):
        return edits
    if has(" ", "\t", "\u3000", "\u00a0"):
        for m in matches(_SPACES):
            if (
                m.start() > 0
                and m.end() < len(text)
                and is_cjk(text[m.start() - 1])
                and is_cjk(text[m.end()])
            ):
                edits.append((m.start(), m.end(), "", "stray space"))
        if has("%", "％", past_end=1):
            for m in matches(_PERCENT_SPACE):
                edits.append((m.start(), m.end(), "", "stray space"))
    if has("\n"):
        for m in matches(_SUBSCRIPT):
            edits.append((m.start(), m.end(), m.group(1), "subscript"))
    for m in matches(_DOUBLED):
        edits.append((m.start(), m.end(), m.group(1), "doubled character"))
    for wrong, pattern, right in _MISPRINTS:
        if has(wrong):
            for m in matches(pattern):
                edits.append((m.start(), m.end(), right, "misprint"))
    for m in matches(_PUNCT):
        if _wants_full_width(text, m.start()):
            edits.append((m.start(), m.end(), _ASCII_PUNCT[m.group()], "punctuation"))
    for m in matches(_PARENS) if has("(") else ():
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
