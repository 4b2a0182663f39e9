"""Charts on paper: drawn with a QPainter straight onto the printer, so a PDF holds them as vector
graphics and real text, never as pictures.

pyqtgraph draws its axes through QPictures whose fonts come out at the printer's resolution (huge tick
text, see DESIGN.md), and a picture of a chart is large and blurs its words. So the printed chart is
drawn here, from the same grouped figures (`store.chartdata`) and the same words (`ChartWords`), laid
out in tenths of a point with fonts sized in those units: no text is under MIN_POINTS on paper. A chart
taller than a page is cut between bars into parts, each with the title repeated and the same scale.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication

from zoneview.store.chartdata import Bar, Chart, chartable, extent
from zoneview.ui.chartwords import ChartWords
from zoneview.ui.page import number
from zoneview.ui.text import wrap_lines

U = 10.0  # layout units a point: fonts are sized in whole units, so 8.5 pt is 85
MIN_POINTS = 8.0
TITLE_POINTS, LABEL_POINTS, TICK_POINTS, NOTE_POINTS = 10.0, 9.0, 8.0, 8.0
LABEL_LINES = 3
OUT_OF_RANGE = "数值超出范围 (out of range)"  # in place of a chart whose values no axis can hold
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_NAME = QTextFormat.Property.UserProperty + 1
COLOURS = {"bar": "#2f6eb5", "target": "#b8651b", "track": "#e6e9ee", "grid": "#d9dde3",
           "axis": "#80868b", "text": "#000000", "muted": "#555555"}  # fmt: skip


def font(points: float, bold: bool = False) -> QFont:
    """The application's font at `points` on paper, in layout units."""
    f = QFont(QApplication.font())
    f.setPixelSize(round(max(points, MIN_POINTS) * U))
    f.setBold(bold)
    return f


def wrap(text: str, metrics: QFontMetricsF, width: float, lines: int = LABEL_LINES) -> list[str]:
    """`text` in lines at most `width` wide, never split inside a number; past `lines`, elided."""
    return wrap_lines(text, width, metrics.horizontalAdvance, lines)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values from low to high: 0, 2000, 4000 …"""
    span = high - low
    if span <= 0:
        return [low]
    raw = span / count
    step = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        if step * multiple >= raw:
            step *= multiple
            break
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step + 1e-9) + 1)]


@dataclass
class PaperChart:
    """One chart, or one part of one, laid out for a width in points; `paint` draws it at the origin."""

    chart: Chart
    bars: tuple[Bar, ...]
    title: str
    labels: list[list[str]]
    values: list[str]
    note: list[str]
    width: float  # units
    low: float
    top: float
    rows: list[float] = field(default_factory=list)  # each bar's row height, units

    # fixed parts of the layout, in units
    @property
    def title_height(self) -> float:
        return QFontMetricsF(font(TITLE_POINTS, bold=True)).height() + 4 * U

    @property
    def axis_height(self) -> float:
        return QFontMetricsF(font(TICK_POINTS)).height() + 5 * U

    @property
    def note_height(self) -> float:
        return len(self.note) * QFontMetricsF(font(NOTE_POINTS)).height() + 3 * U

    @property
    def height(self) -> float:
        return self.title_height + sum(self.rows) + self.axis_height + self.note_height

    def _columns(self) -> tuple[float, float, float]:
        """x where the label column ends, where bars start and where the plot ends (value labels after)."""
        label_m = QFontMetricsF(font(LABEL_POINTS))
        value_m = QFontMetricsF(font(LABEL_POINTS))
        label_w = max(label_m.horizontalAdvance(line) for lines in self.labels for line in lines)
        value_w = max(value_m.horizontalAdvance(v) for v in self.values)
        labels_end = min(label_w, self.width * 0.4) + 2 * U
        plot_end = self.width - min(value_w + 4 * U, self.width * 0.35)
        return labels_end, labels_end + 4 * U, plot_end

    def paint(self, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font = font(TITLE_POINTS, bold=True)
        painter.setFont(title_font)
        painter.setPen(QColor(COLOURS["text"]))
        ascent = QFontMetricsF(title_font).ascent()
        painter.drawText(QPointF(0, ascent + U), self.title)
        if not chartable(self.bars):
            painter.setFont(font(LABEL_POINTS))
            painter.drawText(QPointF(0, self.title_height + 12 * U), OUT_OF_RANGE)
            painter.restore()
            return
        labels_end, x0, x1 = self._columns()
        scale = (x1 - x0) / (self.top - self.low)

        def x(v: float) -> float:
            return x0 + (v - self.low) * scale

        top = self.title_height
        plot_bottom = top + sum(self.rows)
        ticks = (
            [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
            if self.chart.out_of_hundred
            else nice_ticks(self.low, self.top)
        )
        grid = QPen(QColor(COLOURS["grid"]), 0.4 * U)
        painter.setPen(grid)
        for t in ticks:
            painter.drawLine(QLineF(x(t), top, x(t), plot_bottom))
        label_font, label_m = font(LABEL_POINTS), QFontMetricsF(font(LABEL_POINTS))
        colour = QColor(COLOURS["target" if self.chart.targets else "bar"])
        y = top
        for bar, lines, value, row in zip(self.bars, self.labels, self.values, self.rows, strict=True):
            centre = y + row / 2
            painter.setFont(label_font)
            painter.setPen(QColor(COLOURS["text"]))
            block = len(lines) * label_m.height()
            for i, line in enumerate(lines):
                base = centre - block / 2 + i * label_m.height() + label_m.ascent()
                painter.drawText(QPointF(labels_end - label_m.horizontalAdvance(line), base), line)
            thickness = min(9 * U, row - 4 * U)
            if self.chart.out_of_hundred:
                painter.fillRect(QRectF(x(0), centre - thickness / 2, x(100) - x(0), thickness),
                                 QColor(COLOURS["track"]))  # fmt: skip
            rect = QRectF(QPointF(x(min(0.0, bar.value)), centre - thickness / 2),
                          QPointF(x(max(0.0, bar.value)), centre + thickness / 2))  # fmt: skip
            self._bar(painter, rect, bar, colour)
            end = bar.value
            if bar.value_high is not None:
                self._whisker(painter, x(bar.value), x(bar.value_high), centre, thickness, colour)
                end = max(end, bar.value_high)
            painter.setFont(label_font)
            painter.setPen(QColor(COLOURS["text"]))
            baseline = centre - label_m.height() / 2 + label_m.ascent()
            if end >= 0:
                at = x(100.0 if self.chart.out_of_hundred else end) + 3 * U
            else:
                at = x(end) - 3 * U - label_m.horizontalAdvance(value)
            painter.drawText(QPointF(at, baseline), value)
            y += row
        painter.setPen(QPen(QColor(COLOURS["axis"]), 0.6 * U))
        painter.drawLine(QLineF(x(0), top, x(0), plot_bottom))
        painter.drawLine(QLineF(x0, plot_bottom, x1, plot_bottom))
        tick_font = font(TICK_POINTS)
        tick_m = QFontMetricsF(tick_font)
        painter.setFont(tick_font)
        painter.setPen(QColor(COLOURS["muted"]))
        for t in ticks:
            text = number(t)
            painter.drawText(QPointF(x(t) - tick_m.horizontalAdvance(text) / 2,
                                     plot_bottom + 2 * U + tick_m.ascent()), text)  # fmt: skip
        if self.chart.unit:
            last = tick_m.horizontalAdvance(number(ticks[-1])) / 2 + x(ticks[-1])
            painter.drawText(QPointF(max(x1, last) + 4 * U, plot_bottom + 2 * U + tick_m.ascent()),
                             self.chart.unit)  # fmt: skip
        note_font = font(NOTE_POINTS)
        note_m = QFontMetricsF(note_font)
        painter.setFont(note_font)
        y = plot_bottom + self.axis_height
        for line in self.note:
            painter.drawText(QPointF(0, y + note_m.ascent()), line)
            y += note_m.height()
        painter.restore()

    def _bar(self, painter: QPainter, rect: QRectF, bar: Bar, colour: QColor) -> None:
        """Actuals filled, targets outlined, approximate values hatched (lines, not a device pattern)."""
        if bar.approximate:
            painter.save()
            painter.setClipRect(rect)
            painter.setPen(QPen(colour, 0.6 * U))
            step = 3 * U
            start = rect.left() - rect.height()
            while start < rect.right():
                painter.drawLine(QLineF(start, rect.bottom(), start + rect.height(), rect.top()))
                start += step
            painter.restore()
        elif not self.chart.targets:
            painter.fillRect(rect, colour)
        pen = QPen(colour, (1.0 if self.chart.targets else 0.6) * U)
        if bar.approximate and not self.chart.targets:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)

    @staticmethod
    def _whisker(painter: QPainter, lo: float, hi: float, centre: float, thickness: float,
                 colour: QColor) -> None:  # fmt: skip
        """A range, low to high, as a line with caps."""
        painter.setPen(QPen(colour, 1.0 * U))
        cap = thickness * 0.45
        path = QPainterPath()
        path.moveTo(lo, centre)
        path.lineTo(hi, centre)
        for at in (lo, hi):
            path.moveTo(at, centre - cap)
            path.lineTo(at, centre + cap)
        painter.drawPath(path)


def paper_charts(chart: Chart, words: ChartWords, width_pt: float, max_height_pt: float,
                 note: str) -> list[PaperChart]:  # fmt: skip
    """The chart laid out `width_pt` wide, in parts no taller than `max_height_pt`, all bars shown."""
    width = width_pt * U
    label_m = QFontMetricsF(font(LABEL_POINTS))
    label_width = width * 0.38
    labels = [wrap(words.bar_label(chart, b), label_m, label_width) for b in chart.bars]
    values = [words.value_text(chart, b) for b in chart.bars]
    rows = [max(len(lines) * label_m.height() + 4 * U, 14 * U) for lines in labels]
    low, top = extent(chart.bars, chart.out_of_hundred) if chartable(chart.bars) else (0.0, 1.0)
    note_m = QFontMetricsF(font(NOTE_POINTS))
    note_lines = wrap(note, note_m, width, lines=4)
    title = words.title(chart)

    def piece(start: int, end: int, title: str) -> PaperChart:
        return PaperChart(chart, chart.bars[start:end], title, labels[start:end], values[start:end],
                          note_lines, width, low, top, rows[start:end])  # fmt: skip

    whole = piece(0, len(chart.bars), title)
    room = max_height_pt * U - (whole.height - sum(rows))
    cuts = [0]
    used = 0.0
    for i, row in enumerate(rows):
        if used + row > room and i > cuts[-1]:
            cuts.append(i)
            used = 0.0
        used += row
    cuts.append(len(rows))
    if len(cuts) == 2:
        return [whole]
    parts = len(cuts) - 1
    return [
        piece(a, b, words.part_title(title, k + 1, parts))
        for k, (a, b) in enumerate(itertools.pairwise(cuts))
    ]


class PaperChartObject(QPyTextObject):
    """Draws the charts a printed document names, where its text layout puts them."""

    def __init__(self, charts: dict[str, PaperChart], dots_per_point: float, parent: QTextDocument) -> None:
        super().__init__(parent)
        self.charts = charts
        self.scale = dots_per_point / U  # device pixels a layout unit

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        chart = self.charts[str(fmt.property(CHART_NAME))]
        return QSizeF(chart.width * self.scale, chart.height * self.scale)

    def drawObject(self, painter: QPainter, rect: QRectF, doc: QTextDocument, pos: int,
                   fmt: QTextFormat) -> None:  # fmt: skip
        chart = self.charts[str(fmt.property(CHART_NAME))]
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(self.scale, self.scale)
        chart.paint(painter)
        painter.restore()


def place_charts(doc: QTextDocument, charts: dict[str, PaperChart], dots_per_point: float) -> None:
    """Turn the document's images named after `charts` into drawn charts."""
    handler = PaperChartObject(charts, dots_per_point, doc)
    doc.documentLayout().registerHandler(CHART_OBJECT, handler)
    doc.chart_handler = handler  # type: ignore[attr-defined]  # the layout does not own it: keep it alive
    found: list[tuple[int, str]] = []
    block = doc.begin()
    while block.isValid():
        for item in block:
            fragment = item.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name() in charts:
                found.append((fragment.position(), fmt.toImageFormat().name()))
        block = block.next()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # one layout at the end, not one a chart
    for position, name in found:
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        drawn = QTextCharFormat()
        drawn.setObjectType(CHART_OBJECT)
        drawn.setProperty(CHART_NAME, name)
        cursor.setCharFormat(drawn)
    cursor.endEditBlock()
