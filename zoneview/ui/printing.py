"""Print and PDF: the current node as the reader sees it, or the whole report as a booklet.

Both are HTML in a QTextDocument, laid out for the printer's page and painted page by page with a
header (report title; the breadcrumb, or in the booklet the part the page is in) and a footer (where in
the report, page N of M, date printed). A figure of its
own kind is a stat card (a table cell); charts are drawn by `paperchart` where the layout places them,
as vector graphics and text, split between bars over pages when they are long.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSettings, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from zoneview.files import is_complete_pdf, write_with
from zoneview.store.chartdata import Chart, node_charts
from zoneview.store.document import Document
from zoneview.store.records import DocumentRecord, IndicatorRecord, NodeRecord
from zoneview.ui.chartwords import ChartWords
from zoneview.ui.markup import SealedDocument, plain_html
from zoneview.ui.page import Page, PageRenderer
from zoneview.ui.paperchart import PaperChart, paper_charts, place_charts
from zoneview.ui.qtapp import int_setting
from zoneview.ui.text import fill

BODY_POINTS = 10.5
CHART_PAGE_SHARE = 0.9  # a printed chart part is at most this much of the page's height
# A printed section draws at most this many of its figures in charts, and its table lists at most this
# many, as a chart picture draws at most 2,000 (cli.PICTURE_MAX_FIGURES): a section of 100,000 figures
# took two minutes and 2 GB to print, into thousands of pages no one reads. The page says what is left.
PRINT_MAX_FIGURES = 2_000
# A printed section holds at most this many characters of its text (and of its source), about 170
# pages, ending at a line break: the longest section of the corpus has 18,762.
PRINT_MAX_CHARS = 400_000
# Qt lays a document out no taller than this many device pixels (QFIXED_MAX in qtextdocumentlayout.cpp)
# and silently drops the rest: at 1200 dpi, what comes after about 718 A4 pages.
LAYOUT_MAX_PIXELS = 2**31 / 256

if TYPE_CHECKING:
    pass

# What a job is painted on: a printer, or a PDF file written without asking the print system
Paper = QPrinter | QPdfWriter


@dataclass
class PrintJob:
    """What to print: HTML with its images, and the words for the page header."""

    html: str
    header_right: str
    images: dict[str, QImage] = field(default_factory=dict)
    charts: dict[str, tuple[Chart, str]] = field(default_factory=dict)  # name -> (chart, its note)
    toc: list[tuple[str, int]] = field(default_factory=list)  # (heading, level) in document order
    toc_pages: list[int] = field(default_factory=list)  # the page of each, once laid out
    footer_left: str = ""  # where in the report the printout is, as a reader finds it
    appendices: int = 0  # the last entries of the contents that are not the report's own parts
    notes: list[str] = field(default_factory=list)  # what the user should know about the printout
    stopped: str = ""  # why the printout stops before its end, said on its last page


class Printer(QObject):
    """Builds print jobs from the store and paints them onto a QPrinter."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.report = document
        self.renderer = PageRenderer(document, paper=True)  # black on white, even from a dark window
        self.words = ChartWords(self)

    # -- jobs ------------------------------------------------------------------------------------

    def build(self, node_id: str | None, sections: bool = True) -> PrintJob:
        """The job for one node (a part with its sections, unless `sections` is False), or for the
        whole report when node_id is None."""
        return self.node_job(node_id, sections) if node_id else self.report_job()

    def node_job(self, node_id: str, sections: bool = True) -> PrintJob:
        """The node's page as the window shows it, with its charts drawn where the page keeps them;
        then, with `sections`, every section under it as the booklet prints it, in reading order (a
        part's page alone is its introduction and a list of its sections)."""
        page = self.renderer.node_page(node_id, rows=PRINT_MAX_FIGURES, chars=PRINT_MAX_CHARS)
        crumbs = " › ".join(self.renderer.heading(n) for n in self.report.breadcrumb(node_id))
        job = PrintJob("", crumbs, footer_left=self.renderer.place(node_id))
        heading = page.title  # the node's heading (the charts' note names it)
        job.html = self.renderer.render(page.parts, charts=lambda node: self._chart_html(job, node, heading))
        if sections:
            job.html += "".join(self._section_html(n, level=3, job=job) for n in self._under(node_id))
        return job

    def _under(self, node_id: str) -> list[NodeRecord]:
        """Every node under this one, in reading order (each before its own sections)."""
        out: list[NodeRecord] = []
        stack = list(reversed(self.report.children(node_id)))  # no recursion: an outline may be deep
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(self.report.children(node.id)))
        return out

    def report_job(self) -> PrintJob:
        """The booklet: cover, contents, every node under its parent, then the appendices. The report's
        nodes and figures are read once, here."""
        nodes = self.report.nodes()
        indicators = self.report.indicators()
        trails = _trails(nodes, self.renderer.heading)
        parts = [self._cover(len(nodes), len(indicators)), "<div style='page-break-before:always'></div>"]
        parts.append("<!--TOC-->")
        job = PrintJob("", "")  # each page's header names the part it is in
        for node, depth in _reading_order(nodes):
            if depth == 1:
                parts.append("<div style='page-break-before:always'></div>")
            if depth <= 2:
                job.toc.append((self.renderer.heading(node), depth))
            parts.append(self._section_html(node, level=depth, job=job))
        parts.append("<div style='page-break-before:always'></div>")
        job.toc.append((self.tr("Appendix: all figures"), 1))
        parts.append(self._figures_appendix(indicators, trails))
        job.toc.append((self.tr("Appendix: corrections"), 1))
        job.appendices = 2
        parts.append(self._corrections_appendix({n.id: n for n in nodes}, trails))
        job.html = "".join(parts)
        return job

    def _section_html(self, node: NodeRecord, level: int, job: PrintJob) -> str:
        tag = {1: "h1", 2: "h2"}.get(level, "h3")
        heading = self.renderer.heading(node)
        body = self.renderer.marked_body(node, Page(""))  # figures and names marked, as on screen
        chart = self._chart_html(job, node.id, heading)
        actors = self.report.actors(node.id)
        meta = ""
        if actors and node.kind in ("part", "section", "initiative"):
            acting = fill(self.tr("Actors: %1"), "、".join(actors))
            meta = f"<p style='color:#555'>{html.escape(acting)}</p>"
        return f"<{tag}>{html.escape(heading)}</{tag}>{meta}<p class='body'>{body}</p>{chart}"

    def _cover(self, nodes: int, figures: int) -> str:
        doc = self.report.record()
        rows = [
            ("SHA-256", doc.sha256),
            (self.tr("Characters"), str(doc.chars)),
            (self.tr("Nodes"), str(nodes)),
            (self.tr("Figures"), str(figures)),
            (self.tr("Printed on"), datetime.date.today().isoformat()),
        ]
        table = "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
        )
        subtitle = self.tr("A reading copy made by zoneview from the report's text")
        return (
            "<p><br><br><br><br></p>"
            f"<h1 style='font-size:24pt' align='center'>{html.escape(doc.title)}</h1>"
            f"<p align='center' style='color:#555'>{html.escape(subtitle)}</p><p><br><br></p>"
            f"<table align='center' cellpadding='4'>{table}</table>"
        )

    def _figures_appendix(self, indicators: list[IndicatorRecord], trails: dict[str, str]) -> str:
        title = self.tr("Appendix: all figures")
        table = self.renderer.figure_table(indicators, trails, title, level=1)
        return self.renderer.table_html(table, ruled=True)

    def _corrections_appendix(self, nodes: dict[str, NodeRecord], trails: dict[str, str]) -> str:
        corrections = self.report.corrections()
        real = [(nodes[c.node_id], c) for c in corrections if c.reason != "punctuation"]
        punctuation = len(corrections) - len(real)
        note = self.tr("%n half-width punctuation mark(s) shown full-width.", "", punctuation)
        title = self.tr("Appendix: corrections")
        table = self.renderer.correction_table(real, trails, title, note, level=1)
        return self.renderer.table_html(table, ruled=True)

    # -- charts ----------------------------------------------------------------------------------

    def _chart_html(self, job: PrintJob, node_id: str, heading: str) -> str:
        """The node's stat cards as a table and a place for each chart, drawn once the page is known;
        `heading` names the node in each chart's note."""
        charts = node_charts(self.report, node_id)
        if not charts:
            return ""
        title = self.report.record().title
        parts = []
        figures = sum(len(c.bars) for c in charts)
        if figures > PRINT_MAX_FIGURES:
            charts = _within(charts, PRINT_MAX_FIGURES)
            said = self.tr("This section has %1 figures; its charts draw %2 of them, the largest first (the"
                           " window's figures index lists them all).")  # fmt: skip
            counts = fill(said, f"{figures:,}", f"{PRINT_MAX_FIGURES:,}")
            parts.append(f"<p style='color:#555'>{html.escape(counts)}</p>")
        for chart in charts:
            if chart.is_card:
                continue
            name = f"chart-{len(job.charts)}"  # not the node id: that comes from the database
            job.charts[name] = (chart, self.words.note(chart, title, heading))
            parts.append(f"<p><!--chart:{name}--></p>")  # escaped report text never holds "<!--"
        legend = self.words.legend(charts)
        if legend:
            parts.append(f"<p style='color:#555; font-size:8pt'>{html.escape(legend)}</p>")
        cards = [c for c in charts if c.is_card]
        if cards and len(cards) < len(charts):
            parts.append(f"<p style='color:#555'>{html.escape(self.words.singles())}</p>")
        parts.append(self._cards_html(cards))
        return "".join(parts)

    def _cards_html(self, cards: list[Chart]) -> str:
        """Figures of their own kind as highlighted numbers, three a row."""
        if not cards:
            return ""
        cells = []
        for chart in cards:
            bar = chart.bars[0]
            value, meta = self.words.value_text(chart, bar), self.words.card_meta(chart, bar)
            big = "font-size:14pt; font-weight:bold; color:#2f6eb5"
            cells.append(
                f"<td width='33%' bgcolor='#f1f4f8'><span style='{big}'>{html.escape(value)}</span><br>"
                f"{html.escape(bar.name)}<br>"
                f"<span style='color:#555; font-size:8.5pt'>{html.escape(meta)}</span></td>"
            )
        rows = ["".join(cells[i : i + 3]) for i in range(0, len(cells), 3)]
        body = "".join(f"<tr>{row}</tr>" for row in rows)
        return f"<table width='100%' cellspacing='6' cellpadding='6'>{body}</table>"

    # -- painting --------------------------------------------------------------------------------

    def document(self, job: PrintJob, printer: Paper) -> tuple[QTextDocument, QRectF]:
        """Lay the job out for the printer's page; returns the document and the body rectangle."""
        paint_rect = printer.pageLayout().paintRectPixels(printer.resolution())
        band = self._band_height(printer)
        body = QRectF(0, 0, paint_rect.width(), paint_rect.height() - 2 * band)
        doc = self._layout(job, printer, body, job.html.replace("<!--TOC-->", self._toc_html(job, None)))
        if job.toc:
            pages = self._heading_pages(doc, job, body.height())
            doc = self._layout(job, printer, body, job.html.replace("<!--TOC-->", self._toc_html(job, pages)))
            job.toc_pages = self._heading_pages(doc, job, body.height())
        if doc.size().height() > LAYOUT_MAX_PIXELS - body.height() and not job.stopped:
            said = self.tr("The printout stops at page %1: no more pages can be laid out at once. Print one"
                           " part at a time.")  # fmt: skip
            job.stopped = fill(said, doc.pageCount())
            job.notes.append(job.stopped)
        return doc, body

    def _layout(self, job: PrintJob, printer: Paper, body: QRectF, text: str) -> QTextDocument:
        doc = SealedDocument()  # it loads none of what the text might name
        doc.documentLayout().setPaintDevice(printer)
        font = QFont(QApplication.font())
        font.setPointSizeF(BODY_POINTS)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        # HTML sizes are in screen pixels, which Qt scales up to the printer's resolution.
        to_html = 96.0 / printer.resolution()
        width = body.width() * 0.98 * to_html
        for name, image in job.images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            ratio = image.height() / image.width()
            height = min(width * ratio, body.height() * 0.9 * to_html)
            size = f"width='{height / ratio:.0f}' height='{height:.0f}'"
            text = text.replace(f"<!--image:{name}-->", f"<img src='{name}' {size}>")
        dots_per_point = printer.resolution() / 72
        drawn: dict[str, PaperChart] = {}
        for name, (chart, note) in job.charts.items():
            pieces = paper_charts(chart, self.words, body.width() * 0.98 / dots_per_point,
                                  body.height() * CHART_PAGE_SHARE / dots_per_point, note)  # fmt: skip
            names = [f"{name}-{k}" for k in range(len(pieces))]
            drawn.update(zip(names, pieces, strict=True))
            places = "</p><p>".join(f"<img src='{n}'>" for n in names)
            text = text.replace(f"<!--chart:{name}-->", places)
        doc.setHtml(text)
        place_charts(doc, drawn, dots_per_point)
        # Paged only now, so that the pages are laid out once, charts in place: laid out before, a
        # change of the charts could leave later blocks of a long document with no place on any page.
        doc.setPageSize(body.size())
        return doc

    def _toc_html(self, job: PrintJob, pages: list[int] | None) -> str:
        if not job.toc:
            return ""
        rows = []
        for i, (heading, level) in enumerate(job.toc):
            page = str(pages[i]) if pages else "000"
            indent = "　　" * (level - 1)
            weight = "bold" if level == 1 else "normal"
            rows.append(
                f"<tr><td style='font-weight:{weight}'>{indent}{html.escape(heading)}</td>"
                f"<td align='right'>{page}</td></tr>"
            )
        title = self.tr("Contents")
        return f"<h1>{html.escape(title)}</h1><table width='100%' cellpadding='3'>{''.join(rows)}</table>"

    def _heading_pages(self, doc: QTextDocument, job: PrintJob, page_height: float) -> list[int]:
        """The page each TOC heading lands on, found in the laid-out document (after the TOC itself)."""
        wanted = [h for h, _ in job.toc]
        pages: list[int] = []
        block = doc.begin()
        layout = doc.documentLayout()
        seen_toc = False
        while block.isValid() and len(pages) < len(wanted):
            if block.blockFormat().headingLevel() and block.text() == self.tr("Contents"):
                seen_toc = True
            elif seen_toc and block.blockFormat().headingLevel() and block.text() == wanted[len(pages)]:
                pages.append(int(layout.blockBoundingRect(block).top() // page_height) + 1)
            block = block.next()
        return pages + [0] * (len(wanted) - len(pages))

    def running_head(self, job: PrintJob, page: int) -> str:
        """What the header names on the right: the job's own words (a node's breadcrumb), or in the
        booklet which part the page is in, Part 2 of 7, as the contents number them. (Not the part's
        heading: a running head that reads the same but for its numbers is one a PDF reader, zoneview's
        own included, knows to leave out of the text.)"""
        if not job.toc_pages:
            return job.header_right
        tops = [(h, at) for (h, level), at in zip(job.toc, job.toc_pages, strict=True) if level == 1]
        begun = [k for k, (_, at) in enumerate(tops) if 0 < at <= page]
        if not begun:
            return job.header_right
        k = begun[-1]
        parts = len(tops) - job.appendices
        return fill(self.tr("Part %1 of %2"), k + 1, parts) if k < parts else tops[k][0]

    def _band_height(self, printer: Paper) -> float:
        return QFontMetricsF(self._band_font(), printer).height() * 2.2

    def _band_font(self) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(8)
        return font

    def paint(self, job: PrintJob, printer: Paper) -> int:
        """Paint every page onto `printer`; returns the number of pages."""
        doc, body = self.document(job, printer)
        band = self._band_height(printer)
        pages = doc.pageCount()
        title = self.report.record().title
        today = datetime.date.today().isoformat()
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("cannot start printing (is the output writable?)")
        try:
            painter.setFont(self._band_font())
            width = body.width()
            for index in range(pages):
                if index:
                    printer.newPage()
                painter.setPen(QColor("#555555"))
                header = QRectF(0, 0, width, band * 0.7)
                painter.drawText(
                    header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), title
                )
                painter.drawText(header, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                                 self.running_head(job, index + 1))  # fmt: skip
                painter.drawLine(0, int(band * 0.8), int(width), int(band * 0.8))
                painter.save()
                painter.translate(0, band)
                clip = QRectF(0, index * body.height(), width, body.height())
                painter.translate(0, -clip.top())
                painter.setClipRect(clip)
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = clip
                doc.documentLayout().draw(painter, context)
                painter.restore()
                footer = QRectF(0, band + body.height() + band * 0.3, width, band * 0.7)
                page_text = fill(self.tr("Page %1 of %2"), index + 1, pages)
                if job.stopped and index == pages - 1:  # the whole footer says where and why it stops
                    painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                                     job.stopped)  # fmt: skip
                    continue
                # where the printout is, shortened in its middle to end before the page number
                metrics = painter.fontMetrics()
                room = (width - metrics.horizontalAdvance(page_text)) / 2 - 2 * metrics.averageCharWidth()
                place = metrics.elidedText(job.footer_left, Qt.TextElideMode.ElideMiddle, int(room))
                painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), place)
                painter.drawText(
                    footer, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), page_text
                )
                painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                                 self.tr("Printed %s") % today)  # fmt: skip
        finally:
            painter.end()
        return pages


def _within(charts: list[Chart], figures: int) -> list[Chart]:
    """The charts cut to `figures` bars in all, in their order, each keeping its first (largest) bars."""
    kept: list[Chart] = []
    for chart in charts:
        if len(chart.bars) > figures:
            if figures > 1 and not chart.is_card:  # a chart cut to one bar would read as a stat card
                kept.append(dataclasses.replace(chart, bars=chart.bars[:figures]))
            break
        kept.append(chart)
        figures -= len(chart.bars)
    return kept


def _reading_order(nodes: list[NodeRecord]) -> list[tuple[NodeRecord, int]]:
    """Every node under its parent in reading order, each once, with its depth (a top-level part is 1)."""
    children: dict[str | None, list[NodeRecord]] = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    out: list[tuple[NodeRecord, int]] = []

    def visit(node: NodeRecord, depth: int) -> None:
        out.append((node, depth))
        for child in sorted(children.get(node.id, []), key=lambda n: n.ordinal):
            visit(child, depth + 1)

    for top in children.get(None, []):
        visit(top, 1)
    return out


def _trails(nodes: list[NodeRecord], heading: Callable[[NodeRecord], str]) -> dict[str, str]:
    """Each node's full breadcrumb, 1. 政策… › 一是 强化金融要素支持: a heading alone (一是 …) is the same
    in every part."""
    by_id = {n.id: n for n in nodes}
    trails: dict[str, str] = {}
    for node in nodes:
        names: list[str] = []
        current: NodeRecord | None = node
        seen = 0
        while current is not None and seen < 64:
            names.insert(0, heading(current))
            current = by_id.get(current.parent_id) if current.parent_id else None
            seen += 1
        trails[node.id] = " › ".join(names)
    return trails


# -- printers, settings and dialogs ------------------------------------------------------------


PDF_DPI = 1200  # what a high-resolution QPrinter uses for a PDF


def page_layout() -> QPageLayout:
    """A4 portrait, with the margins every printout has."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 16, 18, 16)
    )


def make_printer(settings: QSettings | None = None) -> QPrinter:
    """A high-resolution printer, A4 portrait unless the user chose otherwise before."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    layout = page_layout()
    if settings is not None:
        size_id = int_setting(settings, "print/page_size", -1)
        orientation = int_setting(settings, "print/orientation", -1)
        with contextlib.suppress(ValueError):  # not a page size or orientation Qt knows: ignored
            layout.setPageSize(QPageSize(QPageSize.PageSizeId(size_id)))
        with contextlib.suppress(ValueError):
            layout.setOrientation(QPageLayout.Orientation(orientation))
    printer.setPageLayout(layout)
    return printer


def remember_page_setup(printer: QPrinter, settings: QSettings) -> None:
    layout = printer.pageLayout()
    settings.setValue("print/page_size", layout.pageSize().id().value)
    settings.setValue("print/orientation", layout.orientation().value)


def write_pdf(
    document: Document,
    out: Path,
    node_id: str | None,
    notes: list[str] | None = None,
    sections: bool = True,
) -> int:
    """What Print produces, as a PDF file written atomically; returns the page count. What the user
    should know about the printout is added to `notes`. `sections`: a node with the sections under it."""
    printer_ = Printer(document)
    job = printer_.build(node_id, sections)
    pages = 0

    def paint(temp: Path) -> None:
        nonlocal pages
        # A QPdfWriter, not a QPrinter: a QPrinter asks the print system (CUPS, over a socket) for its
        # printers even when it only writes a file
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout())
        writer.setTitle(document.record().title)
        writer.setCreator("zoneview")
        pages = printer_.paint(job, writer)

    # Qt's PDF engine does not report failed writes: the finished file is checked instead
    write_with(out, paint, check=is_complete_pdf, inputs=[document.path])
    if notes is not None:
        notes += job.notes
    return pages


@dataclass(frozen=True)
class Shown:
    """What is to be printed: the document, the node shown (None on an index page), and the page shown."""

    document: Document
    node_id: str | None
    page: Page | None


def _job(shown: Shown, whole_report: bool = False) -> tuple[Printer, PrintJob]:
    """The whole report, the node shown, or (on an index page) the page as it is shown."""
    printer_ = Printer(shown.document)
    if whole_report or shown.node_id is not None or shown.page is None:
        return printer_, printer_.build(None if whole_report else shown.node_id)
    return printer_, PrintJob(shown.page.html, shown.page.title)


def print_dialog(parent: QWidget, shown: Shown, settings: QSettings) -> None:
    printer = make_printer(settings)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        remember_page_setup(printer, settings)
        printer_, job = _job(shown)
        printer_.paint(job, printer)


def preview_dialog(
    parent: QWidget, shown: Shown, settings: QSettings, whole_report: bool = False
) -> QPrintPreviewDialog:
    printer = make_printer(settings)
    dialog = QPrintPreviewDialog(printer, parent)
    printer_, job = _job(shown, whole_report)
    dialog.paintRequested.connect(lambda p: printer_.paint(job, p))
    dialog.finished.connect(lambda _r: remember_page_setup(printer, settings))
    dialog.open()
    return dialog


# what Windows, macOS or Linux refuse in a file name
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
PDF_NAME_MAX = 60  # characters: three bytes each in UTF-8, well under a file name's 255 bytes


def pdf_file_name(document: DocumentRecord, node_id: str | None = None, heading: str = "") -> str:
    """The name Export PDF suggests: the report, with its year where the title lacks one (2021年国务院
    政府工作报告: the State Council's titles are alike every year), then the section, its number and
    `heading` (3.1 保持宏观政策连续性…), cut to PDF_NAME_MAX characters and without what a file system
    refuses."""
    report = document.title.strip() or Path(document.source_file).stem
    if document.year and str(document.year) not in report:
        report = f"{document.year}年{report}"
    section = " ".join(p for p in (node_id if node_id and node_id[0].isdigit() else "", heading) if p)
    name = " ".join(_NOT_IN_NAMES.sub(" ", f"{report} {section}").split()).strip(". ")
    return f"{name[:PDF_NAME_MAX].rstrip() or 'zoneview'}.pdf"


def export_pdf_dialog(parent: QWidget, document: Document, node_id: str | None) -> None:
    """Export PDF: the node (with its sections), or the whole report for None, to a file named by the
    user."""
    node = document.node(node_id) if node_id else None
    heading = node.title if node is not None and node_id and node_id[0].isdigit() else ""
    if node is not None and not heading:  # 概述, 2020年主要指标: named as in the contents
        heading = PageRenderer(document).heading(node)
    suggested = pdf_file_name(document.record(), node_id, heading)
    title = QApplication.translate("Printer", "Export PDF")
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    if not name:
        return
    try:
        write_pdf(document, Path(name), node_id)
    except OSError as e:
        QMessageBox.warning(parent, title, plain_html(str(e)))
