"""The compare view: one indicator across an issuer's yearly reports, as a pyqtgraph chart over the years
(each year's target beside the outcome a later report gives) above a table of the same, year by year.

Amounts and rates never share an axis, nor do amounts of different base units: each gets a plot of its
own. Everything a document says (names, values as printed, quotes, titles) is shown as plain text."""

from __future__ import annotations

import html
import math
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont, QImage, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from zoneview.files import write_atomic
from zoneview.store.series import CSV_COLUMNS, SeriesPoint, Verdict, series_csv_rows
from zoneview.store.tabular import csv_text
from zoneview.ui.chart import chart_colours, dispose_widget
from zoneview.ui.contrast import is_dark, legible
from zoneview.ui.images import png_bytes
from zoneview.ui.markup import plain_html
from zoneview.ui.roles import POINT
from zoneview.ui.text import fill

PLOT_HEIGHT = 250
HIT_PIXELS = 10  # a click or hover this close to a marker's centre is on it
SIDE = 0.12  # targets sit this far left of their year, outcomes as far right: both stay visible
MARKER = 11
# A verdict is said by a mark beside a target's diamond and in the table, not by its colour alone.
MARKS = {"met": "✔", "missed": "✘", "not reported": "?", "no target": "–"}


class VerdictMark(pg.TextItem):
    """✔ ✘ ? left of a target's diamond: its verdict, said by a mark as well as by its colour."""


class SeriesPlot(pg.PlotWidget):
    """One axis of the series: outcomes as a line of dots (hollow when approximate), targets as
    diamonds coloured by their verdict, a range as a whisker from its low end to its high end."""

    point_clicked = Signal(object)

    def __init__(self, view: CompareView, axis: str, unit: str, points: list[SeriesPoint],
                 status: dict[tuple[int, str], str], years: tuple[int, int]) -> None:  # fmt: skip
        """`years`: the first and last year of the whole series, so every plot's years line up."""
        super().__init__(background=view.colours["base"])
        self.view = view
        self.axis = axis
        self.unit = unit
        self.points = points
        scale = _scale(points, unit)
        self.markers: list[tuple[float, float, SeriesPoint]] = []
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=False, y=True, alpha=0.15)
        font = QFont(QApplication.font())
        for name in ("left", "bottom"):
            axis_item = plot.getAxis(name)
            axis_item.setTickFont(font)
            axis_item.setTextPen(pg.mkPen(view.colours["text"]))
            axis_item.setPen(pg.mkPen(view.colours["muted"]))
        label = view.axis_label(axis, unit)
        plot.getAxis("left").setLabel(html.escape(label), color=view.colours["muted"])  # labels are HTML
        plot.getAxis("bottom").setLabel(html.escape(view.word("year")), color=view.colours["muted"])
        # The legend takes the title's row above the plot, in one line: it never covers a marker.
        self.legend = pg.LegendItem(colCount=6, labelTextColor=view.colours["text"])
        plot.layout.removeItem(plot.titleLabel)
        plot.titleLabel.hide()
        plot.layout.addItem(self.legend, 0, 1, alignment=Qt.AlignmentFlag.AlignLeft)
        actuals = [p for p in points if not p.is_target]
        targets = [p for p in points if p.is_target]
        self._draw_actuals(actuals, scale)
        self._draw_targets(targets, scale, status)
        first, last = years
        plot.setXRange(first - 0.6, last + 1.0, padding=0)  # room right of the last value's label
        plot.getAxis("bottom").setTicks([[(y, str(y)) for y in range(first, last + 1)], []])
        values = [v for p in points for v in _values(p, scale)]
        low, high = min(0.0, *values), max(0.0, *values)
        bottom, top = low - (high - low) * 0.05, high + (high - low) * 0.18 or 1.0
        if not (math.isfinite(bottom) and math.isfinite(top)):  # a tampered database: no nan for pyqtgraph
            bottom, top = 0.0, 1.0
            note = pg.TextItem(view.word("out of range"), color=view.colours["muted"], anchor=(0, 0))
            note.setPos(first - 0.5, 1.0)
            plot.addItem(note)
        plot.setYRange(bottom, top, padding=0)
        self.setMinimumHeight(PLOT_HEIGHT)
        self.setMaximumHeight(PLOT_HEIGHT)
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table below says the same, and takes Tab
        self.setAccessibleName(f"{view.subject}: {label}")
        self.setAccessibleDescription(view.spoken(points, status))
        self.viewport().setAccessibleName(self.accessibleName())

    def _draw_actuals(self, actuals: list[SeriesPoint], scale: float) -> None:
        if not actuals:
            return
        colours = self.view.colours
        plot = self.getPlotItem()
        xs = [p.year + SIDE for p in actuals]
        ys = [p.indicator.base_value / scale for p in actuals]
        # The line joins consecutive years only: a year no report gives is a gap, not a slope.
        line_x: list[float] = []
        line_y: list[float] = []
        for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
            if i and actuals[i].year - actuals[i - 1].year > 1:
                line_x.append(x - 0.5)
                line_y.append(float("nan"))
            line_x.append(x)
            line_y.append(y)
        line = pg.PlotDataItem(line_x, line_y, pen=pg.mkPen(colours["bar"], width=2), connect="finite")
        plot.addItem(line)
        exact = [(x, y) for x, y, p in zip(xs, ys, actuals, strict=True) if not p.indicator.approximate]
        rough = [(x, y) for x, y, p in zip(xs, ys, actuals, strict=True) if p.indicator.approximate]
        pen = pg.mkPen(colours["bar"], width=2)
        if exact:
            dots = pg.ScatterPlotItem([x for x, _ in exact], [y for _, y in exact], size=MARKER,
                                      symbol="o", pen=pen, brush=pg.mkBrush(colours["bar"]))  # fmt: skip
            plot.addItem(dots)
            self.legend.addItem(dots, html.escape(self.view.word("outcome")))
        if rough:
            hollow = pg.ScatterPlotItem([x for x, _ in rough], [y for _, y in rough], size=MARKER,
                                        symbol="o", pen=pen, brush=pg.mkBrush(colours["base"]))  # fmt: skip
            plot.addItem(hollow)
            self.legend.addItem(hollow, html.escape(self.view.word("approximate")))
        last = len(actuals) - 1
        for i, (x, y, p) in enumerate(zip(xs, ys, actuals, strict=True)):
            # Staggered: one year's label above its dot, the next one's below, so neighbours never
            # overlap; the last one to the left of its dot, so it is never clipped at the edge.
            anchor = (1.0 if i == last else 0.0, 1.0 if i % 2 == 0 else 0.0)
            text = pg.TextItem(p.indicator.display_value, color=colours["text"], anchor=anchor)
            text.setFont(QFont(QApplication.font()))
            text.setPos(QPointF(x - 0.04 if i == last else x + 0.04, y))
            plot.addItem(text)
            self.markers.append((x, y, p))

    def _draw_targets(self, targets: list[SeriesPoint], scale: float,
                      status: dict[tuple[int, str], str]) -> None:  # fmt: skip
        colours = self.view.colours
        plot = self.getPlotItem()
        shown: set[str] = set()
        for p in targets:
            verdict = status.get((p.year, p.axis), "not reported")
            colour = QColor(colours[verdict if verdict in colours else "not reported"])
            x = p.year - SIDE
            low = p.indicator.base_value / scale
            if p.indicator.base_value_high is not None:
                high = p.indicator.base_value_high / scale
                cap = 0.06
                whisker = pg.PlotDataItem([x, x, x - cap, x + cap, x - cap, x + cap],
                                          [low, high, low, low, high, high], connect="pairs",
                                          pen=pg.mkPen(colour, width=2))  # fmt: skip
                plot.addItem(whisker)
                if "range" not in shown:
                    shown.add("range")
                    self.legend.addItem(whisker, html.escape(self.view.word("range")))
            pen = QPen(colour)
            pen.setWidthF(2)
            pen.setCosmetic(True)
            brush = QBrush(QColor(colours["base"])) if p.indicator.approximate else QBrush(colour)
            diamond = pg.ScatterPlotItem([x], [low], size=MARKER + 3, symbol="d", pen=pen, brush=brush)
            plot.addItem(diamond)
            mark = VerdictMark(MARKS.get(verdict, "?"), color=colour, anchor=(1.0, 0.5))
            mark.setFont(QFont(QApplication.font()))
            mark.setPos(QPointF(x - 0.07, low))
            plot.addItem(mark)
            if verdict not in shown:
                shown.add(verdict)
                said = f"{MARKS.get(verdict, '?')} {self.view.status_text(verdict, target=True)}"
                self.legend.addItem(diamond, html.escape(said))
            self.markers.append((x, low, p))

    def point_at(self, scene_pos: QPointF) -> SeriesPoint | None:
        """The marker nearest the pointer, if it is within HIT_PIXELS of it."""
        view = self.getPlotItem().getViewBox()
        best: tuple[float, SeriesPoint] | None = None
        for x, y, p in self.markers:
            centre = view.mapViewToScene(QPointF(x, y))
            distance = ((centre.x() - scene_pos.x()) ** 2 + (centre.y() - scene_pos.y()) ** 2) ** 0.5
            if distance <= HIT_PIXELS and (best is None or distance < best[0]):
                best = (distance, p)
        return best[1] if best else None

    def marker_pos(self, point: SeriesPoint) -> QPointF:
        """Where a point's marker is drawn, in widget coordinates (for tests and keyboard focus)."""
        view = self.getPlotItem().getViewBox()
        x, y = next((x, y) for x, y, p in self.markers if p is point)
        found: QPointF = self.mapFromScene(view.mapViewToScene(QPointF(x, y))).toPointF()
        return found

    def _hover(self, scene_pos: QPointF) -> None:
        point = self.point_at(scene_pos)
        if point is None:
            QToolTip.hideText()
            self.setCursor(Qt.CursorShape.ArrowCursor)
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        global_pos = self.mapToGlobal(self.mapFromScene(scene_pos))
        QToolTip.showText(global_pos, plain_html(self.view.tooltip(point)), self)

    def _click(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.point_at(event.scenePos())
        if point is not None:
            self.point_clicked.emit(point)


class CompareView(QWidget):
    """A subject over the years: plots (one per axis and base unit) and a table of target, outcome and
    verdict per year. Clicking a marker or a cell emits figureActivated(document id, node id, figure id)."""

    figureActivated = Signal(int, str, int)

    def __init__(self, parent: QWidget | None = None, dark: bool = False, paper: bool = False) -> None:
        """`paper`: light colours whatever the screen's palette (an exported picture)."""
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        dark = dark and not paper  # paper is light whatever the screen's palette
        self.colours = chart_colours(self, dark, paper)
        dark = dark or (not paper and is_dark(self.palette()))
        base, text = self.colours["base"], self.colours["text"]
        self.colours |= {  # each at least AA on the base, in any palette
            "met": legible("#5cc08a" if dark else "#2e7d50", base, text),
            "missed": legible("#e06c5c" if dark else "#c0392b", base, text),
            "not reported": legible("#9aa0a6" if dark else "#6b7078", base, text),
        }
        self.subject = ""
        self.points: list[SeriesPoint] = []
        self.verdicts: list[Verdict] = []
        self.content = QWidget(self)
        self.content.setObjectName("compare-content")
        self.content.setAutoFillBackground(True)
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.title.setFont(bold)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {self.colours['muted']}")
        self.plot_holder = QVBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.cellClicked.connect(self._cell_clicked)
        self.table.cellActivated.connect(self._cell_clicked)  # Enter on a cell, as a click
        self.column.addWidget(self.title)
        self.column.addWidget(self.note)
        self.column.addLayout(self.plot_holder)
        self.column.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.content)
        self.retranslate()

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Target as printed"), self.tr("Outcome as printed"), self.tr("Status")]
        )
        self.table.setAccessibleName(self.tr("Targets and outcomes by year"))
        self.table.setAccessibleDescription(self.tr("Enter on a cell shows the figure in the text"))
        if self.subject:
            self.set_series(self.subject, self.points, self.verdicts)

    def status_text(self, status: str, target: bool = False) -> str:
        """A verdict in the reader's language; in a legend, what a target marker's colour means."""
        if target:
            return {
                "met": self.tr("Target met"),
                "missed": self.tr("Target missed"),
            }.get(status, self.tr("Target, outcome not reported"))
        return {
            "met": self.tr("Met"),
            "missed": self.tr("Missed"),
            "not reported": self.tr("Not reported"),
            "no target": self.tr("No target"),
        }.get(status, status)

    def word(self, key: str) -> str:
        """The plots' words, translated here: a plot's own tr() would look in another context."""
        return {
            "year": self.tr("Year"),
            "outcome": self.tr("Outcome"),
            "approximate": self.tr("Outcome, approximate"),
            "range": self.tr("Target range"),
            "out of range": self.tr("out of range"),
        }[key]

    def axis_label(self, axis: str, unit: str) -> str:
        if axis == "rate":
            return fill(self.tr("Rate or growth (%1)"), unit)
        return fill(self.tr("Amount (%1)"), unit)

    def spoken(self, points: list[SeriesPoint], status: dict[tuple[int, str], str]) -> str:
        """A plot as text, year by year: each target with its verdict, each outcome, as printed."""
        lines = []
        for p in sorted(points, key=lambda p: (p.year, not p.is_target)):
            value = p.indicator.display_value
            if p.is_target:
                verdict = self.status_text(status.get((p.year, p.axis), "not reported"), target=True)
                lines.append(fill(self.tr("%1 target: %2 (%3)"), p.year, value, verdict))
            else:
                lines.append(fill(self.tr("%1 outcome: %2"), p.year, value))
        return "\n".join(lines)

    def tooltip(self, point: SeriesPoint) -> str:
        """The figure as printed, whether it is a target, the report it is from and its quote."""
        role = self.tr("Target for %1") if point.is_target else self.tr("Outcome of %1")
        lines = [
            f"{self.subject}　{fill(role, point.year)}",
            point.indicator.display_value,
            point.document.title,
            fill(self.tr("Quote: %1"), point.indicator.quote),
            self.tr("Click to show it in the text"),
        ]
        return "\n".join(lines)

    # -- content ---------------------------------------------------------------------------------

    def set_series(self, subject: str, points: list[SeriesPoint], verdicts: list[Verdict]) -> None:
        """Show `points` of `subject` (from build_series) with their `verdicts` (promised_delivered)."""
        self.subject, self.points, self.verdicts = subject, list(points), list(verdicts)
        self._clear_plots()
        self.title.setText(subject)
        documents = {p.document.id for p in points}
        if points:
            years = [p.year for p in points]
            note = self.tr("%1–%2, %3 reports: targets left of a year, outcomes right, hollow if approximate")
            self.note.setText(fill(note, min(years), max(years), len(documents)))
        else:
            self.note.setText(self.tr("No report of this issuer gives a figure of this subject."))
        status = {(v.year, v.axis): v.status for v in verdicts}
        plotted = plotted_points(points)
        span = (min(p.year for p in plotted), max(p.year for p in plotted)) if plotted else (0, 0)
        for (axis, unit), group in _groups(plotted):
            plot = SeriesPlot(self, axis, unit, group, status, span)
            plot.point_clicked.connect(self._activate)
            self.plot_holder.addWidget(plot)
        self._fill_table()

    def plots(self) -> list[SeriesPlot]:
        return self.content.findChildren(SeriesPlot)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.verdicts))
        for row, verdict in enumerate(self.verdicts):
            first = verdict.actual or verdict.target
            cells = [
                (str(verdict.year), first),
                (verdict.target.indicator.display_value if verdict.target else "—", verdict.target),
                (verdict.actual.indicator.display_value if verdict.actual else "—", verdict.actual),
                (self.status_text(verdict.status), first),  # in words: the colour only adds to it
            ]
            for column, (text, point) in enumerate(cells):
                item = QTableWidgetItem(text)  # a table item shows its text as plain text
                item.setData(POINT, point)
                if point is not None:
                    item.setToolTip(plain_html(self.tooltip(point)))
                if column == 3 and verdict.status in self.colours:
                    item.setForeground(QColor(self.colours[verdict.status]))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        header = self.table.horizontalHeader().height()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(header + rows + 4)

    def points_at_row(self, row: int) -> list[SeriesPoint]:
        """The target and the outcome a row of the table shows."""
        if not 0 <= row < len(self.verdicts):
            return []
        verdict = self.verdicts[row]
        return [p for p in (verdict.target, verdict.actual) if p is not None]

    def _cell_clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        point = item.data(POINT) if item is not None else None
        if isinstance(point, SeriesPoint):
            self._activate(point)

    def _activate(self, point: SeriesPoint) -> None:
        self.figureActivated.emit(point.document.id, point.indicator.node_id, point.indicator.id)

    def _clear_plots(self) -> None:
        while self.plot_holder.count():
            item = self.plot_holder.takeAt(0)
            widget = item.widget() if item is not None else None
            if isinstance(widget, SeriesPlot):
                dispose_widget(widget)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clear_plots()
        super().closeEvent(event)

    def dispose(self) -> None:
        """Close every plot and schedule the view's deletion."""
        self._clear_plots()
        self.deleteLater()

    # -- export ----------------------------------------------------------------------------------

    def render_image(self, width: int | None = None) -> QImage:
        """The view as laid out, at its content's size or the given width."""
        content = self.content
        if width:
            content.setFixedWidth(width)
        content.adjustSize()
        for _ in range(2):  # axis labels need two passes (see DESIGN.md)
            QApplication.processEvents()
        image = QImage(content.size(), QImage.Format.Format_ARGB32)
        image.fill(QColor(self.colours["base"]))
        content.render(image)
        return image

    def save_png(self, path: Path | str, width: int | None = None) -> QImage:
        image = self.render_image(width)
        write_atomic(path, png_bytes(image))
        return image

    def csv_text(self) -> str:
        return csv_text(series_csv_rows(self.points, self.verdicts), list(CSV_COLUMNS))

    def save_csv(self, path: Path | str) -> None:
        write_atomic(path, self.csv_text())


def render_compare_png(
    subject: str,
    points: list[SeriesPoint],
    verdicts: list[Verdict],
    path: Path | str,
    width: int = 900,
    lang: str = "zh",
    dark: bool = False,
) -> QImage:
    """The compare view drawn off screen to a PNG, for the command line."""
    from zoneview.ui.offscreen import offscreen_app

    offscreen_app(lang, dark)
    view = CompareView(dark=dark, paper=not dark)
    try:
        view.set_series(subject, points, verdicts)
        return view.save_png(path, width=width)
    finally:
        view.dispose()


def plotted_points(points: list[SeriesPoint]) -> list[SeriesPoint]:
    """The points the plots show: those of the years the series' reports cover, from the year before
    the first report on. A historical figure (1978年的…) stays in the table, off the year axis."""
    if not points:
        return []
    reports = [p.document.year for p in points if p.document.year is not None]
    first = min(reports) - 1 if reports else min(p.year for p in points)
    return [p for p in points if p.year >= first]


def _groups(points: list[SeriesPoint]) -> list[tuple[tuple[str, str], list[SeriesPoint]]]:
    """Points by axis and base unit (levels first), each group drawn in its most used unit."""
    groups: dict[tuple[str, str], list[SeriesPoint]] = {}
    for p in points:
        groups.setdefault((p.axis, p.indicator.base_unit), []).append(p)
    result = []
    for (axis, _), group in sorted(groups.items(), key=lambda item: (item[0][0] != "level", item[0][1])):
        units = [p.indicator.unit for p in group]
        result.append(((axis, max(units, key=units.count)), group))
    return result


def _scale(points: list[SeriesPoint], unit: str) -> float:
    """Base units per drawn unit: 1e12 for 万亿元, so 99.1万亿元 and 990000亿元 sit together."""
    for p in points:
        if p.indicator.unit == unit and p.indicator.value:
            return p.indicator.base_value / p.indicator.value
    return 1.0


def _values(point: SeriesPoint, scale: float) -> list[float]:
    high = point.indicator.base_value_high
    return [point.indicator.base_value / scale] + ([high / scale] if high is not None else [])
