"""The characters a PDF page shows: pdfminer's interpreter, taught to honour rectangular clipping.

A PDF may draw text that its clipping hides: Qt, zoneview's own printing among them, draws a paragraph
that straddles two pages whole on both, clipped to each page's body, so without clipping the lines
above and below the body are read twice, over the running header. pdfminer ignores clipping; this
interpreter keeps the clip rectangle through q/Q and into forms, and the device keeps only the
characters whose middle lies inside it and inside the page.

It also counts what it draws, since interpreting a page costs a couple of microseconds a byte of its
content: a PDF whose forms draw forms draw forms grows exponentially in work without growing in size,
and one stream of millions of text operators is a minute of work. The bounds: MAX_PAGE_CONTENT bytes
of content streams interpreted for a page (its forms included) and MAX_CONTENT for the document,
MAX_PAGE_CHARS characters drawn on a page and MAX_CHARS in all, MAX_FORMS form draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LTChar
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFStream, stream_value
from pdfminer.utils import Matrix, apply_matrix_pt

from zoneview.ingest.formats import FormatError

MAX_FORMS = 100_000  # form draws in a document
MAX_CHARS = 5_000_000  # characters drawn in a document: 2,000 pages full of text
MAX_PAGE_CHARS = 100_000  # characters drawn on a page: 30 full pages' worth
MAX_PAGE_CONTENT = 8 * 1024 * 1024  # bytes of content a page runs: a detailed map is a few MB
MAX_CONTENT = 64 * 1024 * 1024  # bytes of content the document runs; a long report runs 10–30 MB

Box = tuple[float, float, float, float]


@dataclass(slots=True)
class Glyph:
    """A character as shown: its text and box, in points from the page's top left."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


class VisibleText(PDFLayoutAnalyzer):
    """A device that keeps the upright characters shown inside the clip, page by page."""

    def __init__(self, resources: PDFResourceManager) -> None:
        super().__init__(resources, pageno=1, laparams=None)
        self.chars: list[Glyph] = []
        self.clip: Box | None = None
        self.known = 0
        self.unknown = 0  # glyphs whose font does not say which character they draw
        self.drawn = 0
        self.forms = 0
        self.content = 0
        self.page_drawn = 0
        self.page_content = 0
        self._width = self._height = 0.0

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        super().begin_page(page, ctm)
        self._width, self._height = self.cur_item.width, self.cur_item.height  # the page, in device space
        self.chars = []
        self.clip = None
        self.page_drawn = self.page_content = 0

    def run_content(self, size: int) -> None:
        """Count `size` bytes of content streams about to be interpreted; FormatError past the bounds."""
        self.content += size
        self.page_content += size
        if self.page_content > MAX_PAGE_CONTENT:
            raise FormatError(f"a page of the PDF runs more than {MAX_PAGE_CONTENT // 2**20} MB of drawing")
        if self.content > MAX_CONTENT:
            raise FormatError(f"the PDF runs more than {MAX_CONTENT // 2**20} MB of drawing")

    def render_char(
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: PDFGraphicState,
    ) -> float:
        self.drawn += 1
        self.page_drawn += 1
        if self.page_drawn > MAX_PAGE_CHARS:
            raise FormatError(f"a page of the PDF draws more than {MAX_PAGE_CHARS:,} characters")
        if self.drawn > MAX_CHARS:
            raise FormatError(f"the PDF draws more than {MAX_CHARS:,} characters")
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = ""
        item = LTChar(
            matrix, font, fontsize, scaling, rise, text or " ", font.char_width(cid), font.char_disp(cid),
            ncs, graphicstate,
        )  # fmt: skip
        if not text:
            self.unknown += 1
        elif text.strip():
            self.known += 1
            if item.upright and self._shown(item.x0, item.y0, item.x1, item.y1):
                top = self._height - item.y1
                self.chars.append(Glyph(text, item.x0, item.x1, top, top + item.height, item.size))
        return float(item.adv)

    def paint_path(self, *args: Any, **kwargs: Any) -> None:
        """Lines and shapes are not text: not kept."""

    def render_image(self, name: str, stream: PDFStream) -> None:
        """Pictures are not text: not kept (nor decoded)."""

    def _shown(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        """Whether a character's middle is on the page and inside the clip (give or take a point)."""
        x, y = (x0 + x1) / 2, (y0 + y1) / 2
        left, bottom, right, top = self.clip or (0.0, 0.0, self._width, self._height)
        left, bottom = max(left, 0.0), max(bottom, 0.0)
        right, top = min(right, self._width), min(top, self._height)
        return left - 1 <= x <= right + 1 and bottom - 1 <= y <= top + 1


class VisibleTextInterpreter(PDFPageInterpreter):
    """pdfminer's interpreter, keeping the clip rectangle on the device through q/Q and forms."""

    device: VisibleText

    def __init__(self, resources: PDFResourceManager, device: VisibleText) -> None:
        super().__init__(resources, device)
        self._clips: list[Box | None] = []

    def dup(self) -> VisibleTextInterpreter:
        return self.__class__(self.rsrcmgr, self.device)

    def execute(self, streams: Sequence[object]) -> None:
        """Run the content streams of a page or form, once their size is counted."""
        self.device.run_content(sum(len(stream_value(s).get_data()) for s in streams))
        super().execute(streams)

    def do_q(self) -> None:
        super().do_q()
        self._clips.append(self.device.clip)

    def do_Q(self) -> None:
        super().do_Q()
        if self._clips:
            self.device.clip = self._clips.pop()

    def do_W(self) -> None:
        self._clip_to_path()

    def do_W_a(self) -> None:
        self._clip_to_path()

    def do_Do(self, xobjid_arg: Any) -> None:
        self.device.forms += 1
        if self.device.forms > MAX_FORMS:
            raise FormatError(f"the PDF draws more than {MAX_FORMS:,} forms (forms inside forms?)")
        clip = self.device.clip  # a form is drawn inside q … Q
        try:
            super().do_Do(xobjid_arg)
        finally:
            self.device.clip = clip

    def _clip_to_path(self) -> None:
        """Intersect the clip with the bounding box of the current path, in device space."""
        points: list[tuple[float, float]] = []
        for segment in self.curpath:
            numbers = [float(v) for v in segment[1:] if isinstance(v, int | float)]
            points.extend(
                apply_matrix_pt(self.ctm, (x, y)) for x, y in zip(numbers[::2], numbers[1::2], strict=False)
            )
        if not points:
            return
        box = (
            min(p[0] for p in points),
            min(p[1] for p in points),
            max(p[0] for p in points),
            max(p[1] for p in points),
        )
        clip = self.device.clip
        if clip is not None:
            box = (max(box[0], clip[0]), max(box[1], clip[1]), min(box[2], clip[2]), min(box[3], clip[3]))
        self.device.clip = box
