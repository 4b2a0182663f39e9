"""pyqtgraph charts of a node's figures: horizontal bars, one chart per unit family, with value labels,
hover details, click-to-navigate and PNG/CSV export. Imported only after the window's first paint."""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QImage,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStyleFactory,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from zoneview.files import write_atomic
from zoneview.store.chartdata import SCREEN_FIGURES_MAX, Bar, Series, node_series, series_rows
from zoneview.store.read import ReportStore
from zoneview.store.tabular import csv_text
from zoneview.ui.images import png_bytes
from zoneview.ui.markup import plain_html
from zoneview.ui.page import PageRenderer, number
from zoneview.ui.text import fill

BAR_HEIGHT = 0.62
ROW_PIXELS = 30
LABEL_MAX = 16


def _money_total(bar: Bar) -> str:
    total = bar.implied_city_total or 0.0
    if bar.base_unit == "元":
        return f"{number(round(total / 1e8, 1))}亿元"
    return f"{number(round(total))}{bar.base_unit}"


def _dispose(widget: QWidget) -> None:
    """Take a chart down in the order pyqtgraph needs: its plot items first, then the widget.
    Leaving it to the garbage collector crashes when the C++ side is already gone."""
    if isinstance(widget, pg.PlotWidget):
        widget.close()
    widget.hide()
    widget.deleteLater()


class BarChart(pg.PlotWidget):
    """One series as horizontal bars with its labels on the left axis."""

    bar_clicked = Signal(str)

    def __init__(self, series: Series, pane: ChartPane) -> None:
        super().__init__(background=pane.colours["base"])
        self.series = series
        self.pane = pane
        bars = series.bars
        n = len(bars)
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=False, alpha=0.15)
        font = QFont(QApplication.font())
        metrics = QFontMetrics(font)
        labels = [self._short(b.label) for b in bars]
        left = plot.getAxis("left")
        left.setTicks([[(n - 1 - i, text) for i, text in enumerate(labels)], []])
        left.setWidth(max(metrics.horizontalAdvance(t) for t in labels) + 16)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTickFont(font)
            axis.setTextPen(pg.mkPen(pane.colours["text"]))
            axis.setPen(pg.mkPen(pane.colours["muted"]))
        colour = QColor(pane.colours["bar"])
        ys = [n - 1 - i for i in range(n)]
        is_share = series.family == "share"
        if is_share:
            track = pg.BarGraphItem(
                x0=[0] * n,
                y=ys,
                height=BAR_HEIGHT,
                width=[100] * n,
                brush=pg.mkBrush(pane.colours["track"]),
                pen=pg.mkPen(None),
            )
            plot.addItem(track)
        brushes = []
        pens = []
        for b in bars:
            brush = QBrush(
                colour, Qt.BrushStyle.BDiagPattern if b.approximate else Qt.BrushStyle.SolidPattern
            )
            brushes.append(brush)
            pen = QPen(colour)
            pen.setCosmetic(True)
            pen.setWidthF(1.5)
            if b.approximate:
                pen.setStyle(Qt.PenStyle.DashLine)
            pens.append(pen)
        values = [b.value for b in bars]
        plot.addItem(
            pg.BarGraphItem(x0=[0] * n, y=ys, height=BAR_HEIGHT, width=values, brushes=brushes, pens=pens)
        )
        top = 100.0 if is_share else max(values) or 1.0
        texts = []
        for b, y in zip(bars, ys, strict=True):
            text = pg.TextItem(self.value_text(b), color=pane.colours["text"], anchor=(0, 0.5))
            text.setFont(font)
            text.setPos(QPointF((top if is_share else b.value) + top * 0.01, y))
            plot.addItem(text)
            texts.append(text)
        widest = max(metrics.horizontalAdvance(self.value_text(b)) for b in bars)
        self.widest_value_px = widest
        plot.setYRange(-0.6, n - 0.4, padding=0)
        self._top = top
        self._fit_x()
        bottom = plot.getAxis("bottom")
        # pyqtgraph sets axis labels as HTML
        bottom.setLabel(html.escape(series.unit) if not is_share else "%", color=pane.colours["muted"])
        if is_share:  # the axis ends at 100%; the room beyond is for the labels
            bottom.setTicks([[(v, str(v)) for v in range(0, 101, 20)], []])
        elif series.family == "count" and top <= 10:
            bottom.setTickSpacing(major=1, minor=1)  # whole things: no 2.5 个
        height = 70 + ROW_PIXELS * n + metrics.height()
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)

    def value_text(self, bar: Bar) -> str:
        if self.series.family == "share":
            return fill(self.tr("%1% of city (city ≈ %2)"), number(bar.value), _money_total(bar))
        return bar.display

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit_x()

    def _fit_x(self) -> None:
        """Leave room right of the longest bar for its value label, whatever the width."""
        if not hasattr(self, "_top"):
            return  # pyqtgraph resizes the widget before the chart exists
        view = self.getPlotItem().getViewBox()
        width_px = max(80.0, view.width() or self.width() * 0.6)
        room = min(0.85, (self.widest_value_px + 12) / width_px)
        self.getPlotItem().setXRange(0, self._top / (1 - room), padding=0)

    def bar_at(self, scene_pos: QPointF) -> Bar | None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        index = len(self.series.bars) - 1 - round(point.y())
        if 0 <= index < len(self.series.bars) and abs(point.y() - round(point.y())) <= BAR_HEIGHT / 2:
            return self.series.bars[index]
        return None

    def tooltip(self, bar: Bar) -> str:
        """What the detail pane says of the figure, plus the implied city total and the click."""
        indicator = self.pane.store.indicator(bar.indicator_id)
        lines = (
            [self.pane.renderer.figure_tooltip(indicator)] if indicator else [f"{bar.label}: {bar.display}"]
        )
        if bar.implied_city_total:
            lines.append(self.tr("Implied city total: %s") % _money_total(bar))
        lines.append(self.tr("Click to open %s") % bar.node_id)
        return "\n".join(lines)

    def _hover(self, scene_pos: QPointF) -> None:
        bar = self.bar_at(scene_pos)
        if bar is None:
            QToolTip.hideText()
            self.setCursor(Qt.CursorShape.ArrowCursor)
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        global_pos = self.mapToGlobal(self.mapFromScene(scene_pos))
        QToolTip.showText(global_pos, plain_html(self.tooltip(bar)), self)

    def _click(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() != Qt.MouseButton.LeftButton:
            return
        bar = self.bar_at(event.scenePos())
        if bar is not None:
            self.bar_clicked.emit(bar.node_id)

    def _short(self, label: str) -> str:
        return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"


class ChartPane(QWidget):
    """The charts of the selected node, stacked; an empty state for nodes without figures."""

    node_clicked = Signal(str)

    def __init__(
        self, store: ReportStore, renderer: PageRenderer, dark: bool = False, paper: bool = False
    ) -> None:
        """`paper`: light colours for printing, whatever the screen's palette."""
        super().__init__()
        pg.setConfigOptions(antialias=True)
        self.store = store
        self.renderer = renderer
        self.node_id = ""
        self.series: list[Series] = []
        self.limit = None if paper else SCREEN_FIGURES_MAX  # a node of 10,000 figures opens at once
        if paper:
            dark = False
            self.setPalette(QStyleFactory.create("Fusion").standardPalette())
        palette = self.palette()
        self.colours = {
            "base": palette.base().color().name(),
            "text": palette.text().color().name(),
            "muted": palette.placeholderText().color().name(),
            "bar": "#5b9bd5" if dark else "#2f6eb5",
            "track": "#3a3f44" if dark else "#e6e9ee",
        }
        self.content = QWidget()
        self.content.setObjectName("chart-content")
        self.content.setAutoFillBackground(True)
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(8, 6, 8, 6)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.export_png_action = QAction(self)
        self.export_png_action.triggered.connect(self.export_png_dialog)
        self.export_csv_action = QAction(self)
        self.export_csv_action.triggered.connect(self.export_csv_dialog)
        self.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        for chart in self.charts():
            _dispose(chart)
        super().closeEvent(event)

    def dispose(self) -> None:
        """Close every chart and schedule the pane's deletion."""
        for chart in self.charts():
            _dispose(chart)
        self.deleteLater()

    def toolbar_actions(self) -> list[QAction]:
        return [self.export_png_action, self.export_csv_action]

    def retranslate(self) -> None:
        self.export_png_action.setText(self.tr("Chart as PNG…"))
        self.export_csv_action.setText(self.tr("Chart Data as CSV…"))
        if self.node_id:
            self.show_node(self.node_id)

    def charts(self) -> list[BarChart]:
        return self.content.findChildren(BarChart)

    def show_node(self, node_id: str) -> None:
        self.node_id = node_id
        self.series = node_series(self.store, node_id, self.limit)
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget()
            if widget is not None:
                _dispose(widget)
        node = self.store.node(node_id)
        if node is None:
            return
        heading = self.renderer.heading(node)
        if not self.series:
            self._empty_state(heading)
            return
        doc = self.store.document()
        for series in self.series:
            title = QLabel(
                f"<b>{html.escape(self.series_title(series))}</b>　<span>{html.escape(heading)}</span>"
            )
            title.setTextFormat(Qt.TextFormat.RichText)
            self.column.addWidget(title)
            chart = BarChart(series, self)
            chart.bar_clicked.connect(self.node_clicked)
            self.column.addWidget(chart)
            unit = series.unit if series.family != "share" else self.tr("% of city total")
            note = QLabel(fill(self.tr("Source: 《%1》 · %2 · unit: %3"), doc.title, heading, unit))
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setStyleSheet(f"color: {self.colours['muted']}")
            note.setWordWrap(True)
            self.column.addWidget(note)
        if any(b.approximate for s in self.series for b in s.bars):
            legend = QLabel(self.tr("Hatched bars are approximate (近, 余)."))
            legend.setTextFormat(Qt.TextFormat.PlainText)
            legend.setStyleSheet(f"color: {self.colours['muted']}")
            self.column.addWidget(legend)
        self.column.addStretch(1)

    def series_title(self, series: Series) -> str:
        titles = {
            "money": self.tr("Amounts (%s)") % series.unit,
            "count": self.tr("Counts (%s)") % series.unit,
            "area": self.tr("Area (%s)") % series.unit,
            "percent": self.tr("Percentages"),
            "share": self.tr("Share of the city total"),
        }
        return titles[series.family]

    def _empty_state(self, heading: str) -> None:
        none = self.tr("This section gives no figures.")
        see = self.tr("See the key figures of the summary")
        label = QLabel(
            f"<p style='font-size:large'><b>{html.escape(heading)}</b></p><p>{html.escape(none)}</p>"
            f"<p><a href='summary'>{html.escape(see)}</a></p>"
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet(f"color: {self.colours['muted']}")
        label.linkActivated.connect(self.node_clicked)
        self.column.addWidget(label, 1)

    # -- export ----------------------------------------------------------------------------------

    def render_slices(self, width: int, scale: float, max_height: int) -> list[QImage]:
        """The charts laid out at `width`, cut into images at most `max_height` layout pixels tall, between
        bars where it can: a chart taller than a page (or than a PDF's JPEG images allow, 65,500 pixels)
        is printed in parts rather than squeezed or dropped. `scale` > 1 renders more pixels."""
        self.render_image(width, scale=0)  # lays the charts out; renders nothing at scale 0
        self.content.render(QImage(1, 1, QImage.Format.Format_ARGB32))  # delivers the pending resizes
        for _ in range(2):
            QApplication.processEvents()
        total = self.content.height()
        cuts = [0]
        breaks = sorted(set(self._break_points()))
        while total - cuts[-1] > max_height:
            fits = [b for b in breaks if cuts[-1] < b <= cuts[-1] + max_height]
            cuts.append(max(fits) if fits else cuts[-1] + max_height)
        cuts.append(total)
        images = []
        for top, bottom in itertools.pairwise(cuts):
            image = QImage(QSize(width, bottom - top) * scale, QImage.Format.Format_RGB32)
            image.setDevicePixelRatio(scale)
            image.fill(QColor(self.colours["base"]))
            self.content.render(image, QPoint(0, 0), QRegion(0, top, width, bottom - top))
            images.append(image)
        return images

    def _break_points(self) -> list[int]:
        """Heights in the content where a cut splits nothing: between widgets, and between bars."""
        points = []
        for index in range(self.column.count()):
            widget = self.column.itemAt(index).widget()
            if widget is not None:
                points += [widget.geometry().top(), widget.geometry().bottom() + 1]
        for chart in self.charts():
            view = chart.getPlotItem().getViewBox()
            for k in range(len(chart.series.bars) - 1):
                at = chart.mapFromScene(view.mapViewToScene(QPointF(0, k + 0.5)))
                points.append(chart.viewport().mapTo(self.content, at).y())
        return points

    def render_image(self, width: int | None = None, scale: float = 1.0) -> QImage:
        """The charts as they are laid out, at the content's size (or a given width); `scale` > 1
        renders more pixels for the same layout, for print."""
        content = self.content
        if width:
            content.setFixedWidth(width)
        content.adjustSize()
        for _ in range(2):  # axis labels need two passes (see DESIGN.md)
            QApplication.processEvents()
        size = content.size()
        if width:
            size.setHeight(content.sizeHint().height())
            content.resize(size)
            QApplication.processEvents()
        image = QImage(size * scale, QImage.Format.Format_ARGB32)
        if not scale:
            return image
        image.setDevicePixelRatio(scale)
        image.fill(QColor(self.colours["base"]))
        content.render(image)
        return image

    def export_png(self, path: Path, width: int | None = None) -> QImage:
        image = self.render_image(width)
        write_atomic(path, png_bytes(image), inputs=[self.store.path])
        return image

    def csv_text(self) -> str:
        rows = series_rows(self.node_id, self.series)
        return csv_text(rows, None if rows else ["node", "chart", "label", "value", "unit"])

    def export_csv(self, path: Path) -> None:
        write_atomic(path, self.csv_text(), inputs=[self.store.path])

    def export_png_dialog(self) -> None:
        title = self.tr("Save Chart as PNG")
        name, _ = QFileDialog.getSaveFileName(self, title, f"{self.node_id}.png", "PNG (*.png)")
        self._save(title, name, lambda path: self.export_png(path))

    def export_csv_dialog(self) -> None:
        title = self.tr("Save Chart Data")
        name, _ = QFileDialog.getSaveFileName(self, title, f"{self.node_id}.csv", "CSV (*.csv)")
        self._save(title, name, self.export_csv)

    def _save(self, title: str, name: str, write: Callable[[Path], object]) -> None:
        """Write where the user chose; a failure (a read-only folder, a full disk) is said, not raised."""
        if not name:
            return
        try:
            write(Path(name))
        except OSError as e:
            QMessageBox.warning(self, title, plain_html(str(e)))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.export_png_action)
        menu.addAction(self.export_csv_action)
        menu.exec(event.globalPos())
