"""A PDF with a text layer: its lines put back into paragraphs, without the page around them.

pdfminer.six gives each character with its place on the page, so lines come out in
the order they are read whatever order the file draws them in, and each line has its left and right
edge. A paragraph ends where the layout says so: the next line is indented, a larger gap or another
font size starts it, or the line stops short of the right margin by more than the next line's first
word needs (so a heading such as 一、2018年工作回顾 stays a line of its own). Otherwise the next line
continues it, and a line ending in 。 followed by an outline marker (一、 （一） 1.) ends one too.

Running headers and footers are the lines at the top or bottom of most pages that read the same but
for their numbers; page numbers (3, - 3 -, 第 3 页, 3/29) at a page's top or bottom go as well.

A scanned PDF (no text) or one whose fonts do not say which characters they draw is refused in one
line; so is a PDF that needs a password. One that is only protected against changes (an owner
password, as many government PDFs are) is read. See `guard`, `decoding` and `visible` for the bounds
on hostile files.
"""

from __future__ import annotations

import io
import itertools
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zoneview.ingest.formats import FormatError, describe

if TYPE_CHECKING:
    from zoneview.ingest.formats.visible import Glyph

# Sentence ends: a line ending in one of these may end its paragraph.
SENTENCE_END = "。！？；：!?;:…"
_CLOSERS = "”’」』）)》〉】"  # may follow the sentence end
# Kinsoku: what never starts a line (it rides on the character before) and never ends one (it goes
# down with the character after).
_NO_LINE_START = "，。、；：！？）》」』”’%‰,.;:!?)]"
_NO_LINE_END = "“‘（《「『【(["
SPACE = 0.15  # a gap wider than this many ems between two characters is a space
_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|"
    r"[一二三四五六七八九十]+是|——|第[一二三四五六七八九十百]+[章节条部分])"
)
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－]?\s*\d{1,4}\s*[-—–－]?|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|"
    r"共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?|"
    r"[-—–－]\s*[ivxlcIVXLC]{1,6}\s*[-—–－])$",
    re.IGNORECASE,
)
EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be headers, footers or numbers
RUNNING_SHARE = 0.5  # a header or footer is on at least this share of the pages


def is_cjk(ch: str) -> bool:
    """A character set solid, without spaces between words: Chinese and full-width punctuation."""
    code = ord(ch)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF or ch in "“”‘’—…"


@dataclass
class Line:
    """One line of a page as drawn: its text and where it sits (PDF points, from the page's top)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the font size, about the width of one Chinese character
    lead: float  # the width of the line's first word with what must stay with it (年。, 6.6%，)


def read_pdf(data: bytes) -> str:
    """The text of a PDF, paragraphs a line; FormatError for a scan, a password or a damaged file."""
    from zoneview.ingest.formats.guard import check_inflation

    check_inflation(data)
    try:
        from pdfminer.pdfdocument import PDFPasswordIncorrect

        from zoneview.ingest.formats.decoding import bounded_decoding

        try:
            with bounded_decoding():
                pages, unreadable = _pages(data)
        except PDFPasswordIncorrect:
            raise FormatError("the PDF is protected by a password: save a copy without one") from None
    except FormatError:
        raise
    except Exception as e:  # pdfminer's syntax errors, a truncated file, a RecursionError …
        # an error that carries another as its first argument is named by the one inside
        inner = e.args[0] if e.args and isinstance(e.args[0], BaseException) else e
        raise FormatError(f"the PDF is damaged ({describe(inner)})") from None
    text = paragraphs(pages)
    if not text.strip():
        if unreadable:
            raise FormatError(
                "the PDF's fonts do not say which characters they draw: its text cannot be read"
            )
        raise FormatError("the PDF has no text layer (a scan?): zoneview reads PDFs with text; run OCR first")
    return text


def _pages(data: bytes) -> tuple[list[list[Line]], bool]:
    """The lines of each page; and whether most glyphs drawn had no known character."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    from zoneview.ingest.formats.visible import VisibleText, VisibleTextInterpreter

    class Document(PDFDocument):
        """pdfminer's document, refusing an object that its own reading needs (an object stream that
        holds itself, a stream whose length is itself): pdfminer would recurse a thousand levels deep,
        reading the file again at each."""

        def __init__(self, parser: PDFParser) -> None:
            self._reading: set[int] = set()
            super().__init__(parser, password="")

        def getobj(self, objid: int) -> object:
            if objid in self._reading:
                raise FormatError(f"the PDF is damaged (object {objid} refers to itself)")
            self._reading.add(objid)
            try:
                return super().getobj(objid)
            finally:
                self._reading.discard(objid)

    document = Document(PDFParser(io.BytesIO(data)))
    resources = PDFResourceManager(caching=True)
    device = VisibleText(resources)
    pages: list[list[Line]] = []
    for page in PDFPage.create_pages(document):
        VisibleTextInterpreter(resources, device).process_page(page)
        pages.append([line for chars in _rows(device.chars) if (line := _line(chars)) is not None])
    return pages, device.unknown > device.known


def _rows(chars: list[Glyph]) -> list[list[Glyph]]:
    """Characters grouped into lines (by their middle, top to bottom), each left to right, without the
    second copy of a character drawn twice to look bold."""
    rows: list[list[Glyph]] = []
    last_middle = -math.inf
    for char in sorted(chars, key=lambda c: c.middle):
        if not rows or char.middle - last_middle > max(2.0, 0.4 * char.size):
            rows.append([])
        rows[-1].append(char)
        last_middle = char.middle
    deduped: list[list[Glyph]] = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        kept = [row[0]]
        for char in row[1:]:
            twin = kept[-1]
            if char.text == twin.text and abs(char.x0 - twin.x0) < 1 and abs(char.top - twin.top) < 1:
                continue
            kept.append(char)
        deduped.append(kept)
    return deduped


def _line(chars: list[Glyph]) -> Line | None:
    """A line from its characters, with a space where a gap parts two Chinese or two Latin characters
    (the gap between Chinese and Latin text is typesetting, not a space in the text)."""
    if not chars:
        return None
    size = statistics.median(c.size for c in chars) or 1.0
    parts = [chars[0].text]
    for before, after in itertools.pairwise(chars):
        if after.x0 - before.x1 > SPACE * size and is_cjk(before.text[-1]) == is_cjk(after.text[0]):
            parts.append(" ")
        parts.append(after.text)
    return Line(
        text="".join(parts),
        x0=chars[0].x0,
        x1=chars[-1].x1,
        top=min(c.top for c in chars),
        bottom=max(c.bottom for c in chars),
        size=size,
        lead=_lead(chars, size),
    )


def _lead(chars: list[Glyph], size: float) -> float:
    """How wide the start of a line is that could not have been put on the line before: its first
    character or Latin word, the punctuation that may not start a line (年。, 6.6%，), and an opening
    quote or bracket with the character it opens (场，“川)."""
    end = 1
    if not is_cjk(chars[0].text[0]):  # a Latin word or a number: up to a gap or a Chinese character
        while (
            end < len(chars)
            and not is_cjk(chars[end].text[0])
            and chars[end].x0 - chars[end - 1].x1 <= SPACE * size
        ):
            end += 1
    while end < len(chars) and chars[end].text[0] in _NO_LINE_START:
        end += 1
    while end + 1 < len(chars) and chars[end].text[0] in _NO_LINE_END:
        end += 2
    return chars[end - 1].x1 - chars[0].x0


def paragraphs(pages: list[list[Line]]) -> str:
    """The text of the pages' lines: running headers, footers and page numbers dropped, lines broken
    by the layout joined, one paragraph a line."""
    pages = drop_page_furniture(pages)
    lefts, rights = _margins(pages)
    gaps = [b.top - a.bottom for page in pages for a, b in itertools.pairwise(page)]
    usual_gap = statistics.median(gaps) if gaps else 0.0
    out: list[str] = []
    current = ""
    previous: Line | None = None
    previous_page = 0
    for number, page in enumerate(pages):
        for k, line in enumerate(page):
            if previous is not None and current:
                same_page = k > 0
                if _breaks(previous, line, lefts[number], rights[previous_page], same_page, usual_gap):
                    out.append(current)
                    current = ""
            current = _join(current, line.text) if current else line.text
            previous, previous_page = line, number
    if current:
        out.append(current)
    return "\n".join(out)


def _breaks(a: Line, b: Line, left: float, right: float, same_page: bool, usual_gap: float) -> bool:
    """Whether line `b` starts a new paragraph after line `a`."""
    em = max(a.size, b.size)
    if b.x0 - left >= 0.8 * em:  # indented, centred or right-aligned
        return True
    if right - a.x1 > b.lead + em:  # b's first word would have fit on a: a ended on purpose
        return True
    if abs(a.size - b.size) > 0.15 * em:  # a heading in another size
        return True
    if same_page and b.top - a.bottom > usual_gap + 0.6 * em:  # space between paragraphs
        return True
    ends_sentence = a.text.rstrip(_CLOSERS)[-1:] in tuple(SENTENCE_END)
    return ends_sentence and bool(_MARKER.match(b.text))


def _join(text: str, more: str) -> str:
    """Two pieces of one paragraph: a space between two Latin words, none in Chinese."""
    if text[-1].isascii() and text[-1] not in "-/" and more[0].isascii() and more[0].isalnum():
        return f"{text} {more}"
    return text + more


def _margins(pages: list[list[Line]]) -> tuple[list[float], list[float]]:
    """Each page's left and right text margins: where most lines start and end, page by page
    (a booklet's even and odd pages differ), read from the document where a page has few lines."""
    every = [line for page in pages for line in page]
    if not every:
        return [0.0] * len(pages), [0.0] * len(pages)
    doc_left = _quantile([line.x0 for line in every], 0.1)
    doc_right = _quantile([line.x1 for line in every], 0.9)
    lefts, rights = [], []
    for page in pages:
        body = [line for line in page if line.x0 >= doc_left - 2 * line.size]
        lefts.append(min((line.x0 for line in body), default=doc_left))
        full = [line.x1 for line in page if line.x1 <= doc_right + 2 * line.size]
        rights.append(max(full, default=doc_right))
    return lefts, rights


def drop_page_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without running headers and footers, and without page numbers at top or bottom."""
    pages = [sorted(page, key=lambda line: (round(line.top), line.x0)) for page in pages]
    counts: Counter[tuple[str, int]] = Counter()
    for page in pages:
        counts.update({_furniture_key(line) for line in _edges(page)})
    needed = max(3, math.ceil(RUNNING_SHARE * len(pages)))
    running = {key for key, n in counts.items() if n >= needed} if len(pages) >= 3 else set()
    kept: list[list[Line]] = []
    for page in pages:
        edges = {id(line) for line in _edges(page)}
        kept.append([
            line for line in page
            if id(line) not in edges
            or (_furniture_key(line) not in running and not _PAGE_NUMBER.match(line.text.strip()))
        ])  # fmt: skip
    return kept


def _edges(page: list[Line]) -> list[Line]:
    return page[:EDGE_LINES] + page[max(EDGE_LINES, len(page) - EDGE_LINES) :]


def _furniture_key(line: Line) -> tuple[str, int]:
    """A header or footer reads the same on every page but for its numbers (第 3 页, 2019-03-05), and
    stands in the same place."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text)), round(line.top / 4)


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
