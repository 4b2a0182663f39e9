"""The chart pane: a node's figures as stat cards and pyqtgraph bar charts, one comparable measure a
chart, with value labels, hover details, click-to-text and PNG/CSV export. Imported only after the
window's first paint."""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStyleFactory,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from zoneview.files import write_atomic
from zoneview.store.chartdata import (
    CSV_FIELDS,
    MANY,
    Bar,
    Chart,
    SectionLink,
    chart_rows,
    chartable,
    extent,
    node_charts,
    section_links,
)
from zoneview.store.document import Document
from zoneview.store.tabular import csv_text
from zoneview.ui.chartwords import ChartWords
from zoneview.ui.contrast import AA, is_dark, legible, ratio
from zoneview.ui.images import png_bytes
from zoneview.ui.markup import plain_html
from zoneview.ui.page import PageRenderer, number
from zoneview.ui.text import fill, wrap_lines

BAR_HEIGHT = 0.62
ROW_PIXELS = 30  # a bar with a one-line label; two lines take TWO_LINE_ROW_PIXELS
TWO_LINE_ROW_PIXELS = 44
LABEL_EMS = 10  # a label line holds about this many Chinese characters; longer ones wrap, then elide
LABEL_LINES = 2
CARD_WIDTH = 190


def wrap_label(text: str, metrics: QFontMetrics, width: int, lines: int = LABEL_LINES) -> str:
    """A bar's label in lines at most `width` pixels wide; what does not fit ends in … (the bar's
    tooltip, over its bar or its label, gives the whole name)."""
    return "\n".join(wrap_lines(text, width, metrics.horizontalAdvance, lines))


def _money_total(bar: Bar) -> str:
    total = bar.implied_total or 0.0
    if bar.total_unit == "元":
        return f"{number(round(total / 1e8, 1))}亿元"
    return f"{number(round(total))}{bar.total_unit}"


def dispose_widget(widget: QWidget) -> None:
    """Take a chart down in the order pyqtgraph needs: its plot items first, then the widget.
    Leaving it to the garbage collector crashes when the C++ side is already gone."""
    for chart in widget.findChildren(BarChart):
        chart.close()
    if isinstance(widget, pg.PlotWidget):
        widget.close()
    widget.hide()
    widget.deleteLater()


def chart_colours(widget: QWidget, dark: bool, paper: bool) -> dict[str, str]:
    """The colours every chart shares: the palette's base, text and muted text, and the bars' blue,
    each at least AA (4.5:1) on the base, whatever the palette (light, dark or high contrast).
    `paper`: light colours whatever the screen's palette (a picture to export or print)."""
    if paper:
        dark = False
        widget.setPalette(QStyleFactory.create("Fusion").standardPalette())
    palette = widget.palette()
    dark = dark or is_dark(palette)
    base, text = palette.base().color().name(), palette.text().color().name()
    return {
        "base": base,
        "text": text,
        "muted": legible(palette.placeholderText().color().name(), base, text),
        "bar": legible("#5b9bd5" if dark else "#2f6eb5", base, text),
    }


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next row: the stat cards."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Rows of items, each row as tall as its tallest item (a card's name may wrap)."""
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x, gap = rect.x(), self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            if item.hasHeightForWidth():
                hint.setHeight(max(hint.height(), item.heightForWidth(hint.width())))
            if rows[-1] and x + hint.width() > rect.right() + 1:
                rows.append([])
                x = rect.x()
            rows[-1].append((item, hint))
            x += hint.width() + gap
        y = rect.y()
        for row in rows:
            height = max((hint.height() for _, hint in row), default=0)
            x = rect.x()
            for item, hint in row:
                if move:
                    item.setGeometry(QRect(x, y, hint.width(), height))
                x += hint.width() + gap
            y += height + gap
        return max(0, y - gap - rect.y())


class StatCard(QFrame):
    """One figure of its kind: its value large, its name, what it measures and its period."""

    clicked = Signal(int)

    def __init__(self, chart: Chart, pane: ChartPane) -> None:
        super().__init__()
        self.chart = chart
        bar = chart.bars[0]
        self.bar = bar
        self.setObjectName("stat-card")
        self.setFixedWidth(CARD_WIDTH)
        self.setStyleSheet(
            f"#stat-card {{ border: 1px solid {pane.colours['rule']}; border-radius: 6px;"
            f" background: {pane.colours['card']}; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        value = QLabel(pane.words.value_text(chart, bar))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        value.setFont(font)
        value.setStyleSheet(f"color: {pane.colours['bar']}")
        name = QLabel(bar.name)
        name.setWordWrap(True)
        meta = QLabel(pane.words.card_meta(chart, bar))
        meta.setWordWrap(True)
        meta.setStyleSheet(f"color: {pane.colours['muted']}")
        for label in (value, name, meta):
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setToolTip(plain_html(pane.figure_tooltip(bar)))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Reached with Tab, named for a screen reader, opened with Enter; the focus shows as a thick
        # border in the palette's highlight colour.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.said = f"{bar.name}: {pane.words.value_text(chart, bar)}"
        self.setAccessibleName(self.said)
        self.setAccessibleDescription(" · ".join((pane.words.card_meta(chart, bar), pane.words.open_hint())))
        focus = self.palette().color(self.palette().ColorRole.Highlight).name()
        self.setStyleSheet(self.styleSheet() + f" #stat-card:focus {{ border: 3px solid {focus}; }}")

    def spoken(self) -> str:
        return self.said

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.bar.indicator_id)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            figure = self.bar.indicator_id  # emitted after this key's handling, as a bar's is
            QTimer.singleShot(0, lambda: self.clicked.emit(figure))
            return
        super().keyPressEvent(event)


class BarChart(pg.PlotWidget):
    """One chart's bars, horizontal, largest on top, with their labels on the left axis: actuals filled,
    targets outlined, approximate values hatched, ranges as whiskers."""

    bar_clicked = Signal(int)

    def __init__(self, chart: Chart, pane: ChartPane, expanded: bool = False) -> None:
        super().__init__(background=pane.colours["base"])
        self.chart = chart
        self.pane = pane
        bars = chart.shown(expanded)
        self.bars = bars
        n = len(bars)
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=False, alpha=0.15)
        font = QFont(QApplication.font())
        metrics = QFontMetrics(font)
        label_width = metrics.horizontalAdvance("国" * LABEL_EMS)
        labels = [wrap_label(pane.words.bar_label(chart, b), metrics, label_width) for b in bars]
        self.labels = labels  # as drawn, top to bottom
        two_lines = any("\n" in t for t in labels)
        left = plot.getAxis("left")
        left.setTicks([[(n - 1 - i, text) for i, text in enumerate(labels)], []])
        left.setWidth(max(metrics.horizontalAdvance(line) for t in labels for line in t.split("\n")) + 16)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTickFont(font)
            axis.setTextPen(pg.mkPen(pane.colours["text"]))
            axis.setPen(pg.mkPen(pane.colours["muted"]))
        ys = [n - 1 - i for i in range(n)]
        hundred = chart.out_of_hundred
        if hundred:
            track = pg.BarGraphItem(x0=[0] * n, y=ys, height=BAR_HEIGHT, width=[100] * n,
                                    brush=pg.mkBrush(pane.colours["track"]), pen=pg.mkPen(None))  # fmt: skip
            plot.addItem(track)
        colour = QColor(pane.colours["target" if chart.targets else "bar"])
        brushes, pens = [], []
        for b in bars:
            if b.approximate:
                brushes.append(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            elif chart.targets:
                brushes.append(QBrush(QColor(pane.colours["base"])))
            else:
                brushes.append(QBrush(colour))
            pen = QPen(colour)
            pen.setCosmetic(True)
            pen.setWidthF(2.0 if chart.targets else 1.5)
            if b.approximate and not chart.targets:
                pen.setStyle(Qt.PenStyle.DashLine)
            pens.append(pen)
        self.in_range = chartable(bars)
        if self.in_range:
            self._draw_bars(bars, ys, brushes, pens, colour, font)
        else:  # a tampered database: nan or inf would reach pyqtgraph's axis arithmetic
            self._low, self._top = 0.0, 1.0
            note = pg.TextItem(self.tr("out of range"), color=pane.colours["muted"], anchor=(0, 0.5))
            note.setFont(font)
            note.setPos(QPointF(0.02, (n - 1) / 2))
            plot.addItem(note)
        shown = [self.value_text(b) for b in bars] if self.in_range else [self.tr("out of range")]
        self.widest_value_px = max(metrics.horizontalAdvance(text) for text in shown)
        plot.setYRange(-0.6, n - 0.4, padding=0)
        self._fit_x()
        bottom = plot.getAxis("bottom")
        bottom.setLabel(html.escape(chart.unit), color=pane.colours["muted"])  # pyqtgraph labels are HTML
        if hundred:  # the axis ends at 100%; the room beyond is for the labels
            bottom.setTicks([[(v, str(v)) for v in range(0, 101, 20)], []])
        elif chart.unit in ("", "个", "家", "项", "名", "人", "所", "件", "场", "次") and self._top <= 10:
            bottom.setTickSpacing(major=1, minor=1)  # whole things: no 2.5 个
        row = TWO_LINE_ROW_PIXELS if two_lines else ROW_PIXELS
        height = 70 + row * n + metrics.height()
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)
        self._keyboard(chart, bars, n)

    def _keyboard(self, chart: Chart, bars: tuple[Bar, ...], n: int) -> None:
        """Tab reaches the chart, Up and Down choose a bar (framed, and said by name and value), Enter
        shows it in the text. The chart's text (title, unit, each bar) is its accessible description."""
        words = self.pane.words
        self.current = -1
        self.title = words.title(chart)
        self.said = words.spoken_chart(chart, bars)
        self.setObjectName("bar-chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        highlight = self.palette().color(self.palette().ColorRole.Highlight).name()
        self.setStyleSheet(  # the focus is a frame in the palette's highlight colour
            "#bar-chart { border: 3px solid transparent; }"
            f" #bar-chart:focus {{ border: 3px solid {highlight}; }}"
        )
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(f"{self.said}\n{words.bar_keys_hint()}")
        self.viewport().setAccessibleName(self.title)
        pen = QPen(QColor(highlight))
        pen.setWidthF(3)
        pen.setCosmetic(True)
        # a plain Qt frame, not a plot item: it is no bar and no whisker of the chart
        self.cursor_item = QGraphicsRectItem(QRectF(self._low, n - 1.48, self._top - self._low, 0.96))
        self.cursor_item.setPen(pen)
        self.cursor_item.setVisible(False)
        self.getPlotItem().addItem(self.cursor_item)

    def spoken(self) -> str:
        return self.said

    def choose(self, index: int) -> None:
        """Frame the bar at `index` (top to bottom) and say it."""
        if not self.bars:
            return
        self.current = max(0, min(len(self.bars) - 1, index))
        bar = self.bars[self.current]
        y = len(self.bars) - 1 - self.current
        self.cursor_item.setRect(QRectF(self._low, y - 0.48, self._top - self._low, 0.96))
        self.cursor_item.setVisible(True)
        self.setAccessibleName(f"{self.title}: {self.pane.words.spoken_bar(self.chart, bar)}")
        self.setToolTip("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        moves = {Qt.Key.Key_Down: self.current + 1, Qt.Key.Key_Up: self.current - 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self.bars) - 1}  # fmt: skip
        if key in moves:
            self.choose(moves[key] if self.current >= 0 or key != Qt.Key.Key_Up else 0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current >= 0:
            # after this key's handling: showing the figure draws the charts again, this one too
            figure = self.bars[self.current].indicator_id
            QTimer.singleShot(0, lambda: self.bar_clicked.emit(figure))
        else:
            event.ignore()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current < 0:
            self.choose(0)

    def _draw_bars(self, bars: tuple[Bar, ...], ys: list[int], brushes: list[QBrush], pens: list[QPen],
                   colour: QColor, font: QFont) -> None:  # fmt: skip
        """The bars, their ranges and their value labels."""
        hundred = self.chart.out_of_hundred
        n = len(bars)
        plot = self.getPlotItem()
        widths = [b.value for b in bars]
        plot.addItem(pg.BarGraphItem(x0=[0] * n, y=ys, height=BAR_HEIGHT, width=widths, brushes=brushes,
                                     pens=pens))  # fmt: skip
        self._add_whiskers(bars, ys, colour)
        ends = [b.end for b in bars]
        self._low, self._top = extent(bars, hundred)
        span = self._top - self._low
        for b, y, end in zip(bars, ys, ends, strict=True):
            text = pg.TextItem(self.value_text(b), color=self.pane.colours["text"],
                               anchor=(1, 0.5) if end < 0 else (0, 0.5))  # fmt: skip
            text.setFont(font)
            x = (self._top if hundred else end) + span * 0.01 if end >= 0 else b.value - span * 0.01
            text.setPos(QPointF(x, y))
            plot.addItem(text)

    def _add_whiskers(self, bars: tuple[Bar, ...], ys: list[int], colour: QColor) -> None:
        """A range (6.5-7%, 4-5家) as a line from its low end to its high end, with caps."""
        xs: list[float] = []
        yv: list[float] = []
        cap = BAR_HEIGHT / 3
        for b, y in zip(bars, ys, strict=True):
            if b.value_high is None:
                continue
            lo, hi = b.value, b.value_high
            xs += [lo, hi, lo, lo, hi, hi]
            yv += [y, y, y - cap, y + cap, y - cap, y + cap]
        if xs:
            pen = pg.mkPen(colour, width=2)
            self.getPlotItem().addItem(pg.PlotDataItem(xs, yv, connect="pairs", pen=pen))

    def value_text(self, bar: Bar) -> str:
        return self.pane.words.value_text(self.chart, bar)

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
        low = self._low * (1 + room) if self._low < 0 else 0.0
        high = self._top + (self._top - low) * room / (1 - room)
        if not (math.isfinite(low) and math.isfinite(high)):  # pyqtgraph dies of a nan range
            low, high = 0.0, 1.0
        self.getPlotItem().setXRange(low, high, padding=0)

    def bar_at(self, scene_pos: QPointF) -> Bar | None:
        """The bar in the row under the pointer, over its bar or its label."""
        plot = self.getPlotItem()
        if not plot.sceneBoundingRect().contains(scene_pos):
            return None
        point = plot.getViewBox().mapSceneToView(scene_pos)
        index = len(self.bars) - 1 - round(point.y())
        if 0 <= index < len(self.bars) and abs(point.y() - round(point.y())) <= 0.5:
            bar: Bar = self.bars[index]
            return bar
        return None

    def tooltip(self, bar: Bar) -> str:
        return self.pane.figure_tooltip(bar)

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
            self.bar_clicked.emit(bar.indicator_id)


class ChartBlock(QWidget):
    """A chart with its title, a note saying where the figures come from, and, for a chart of more than
    MANY bars, a toggle between the largest ones and all."""

    def __init__(self, chart: Chart, pane: ChartPane) -> None:
        super().__init__()
        self.chart = chart
        self.pane = pane
        self.expanded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        self.title = QLabel(pane.words.title(chart))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        layout.addWidget(self.title)
        self.plot = self._plot()
        layout.addWidget(self.plot)
        footer = QHBoxLayout()
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {pane.colours['muted']}")
        footer.addWidget(self.note, 1)
        self.toggle: QToolButton | None = None
        if len(chart.bars) > MANY and not pane.expanded:
            self.toggle = QToolButton()
            self.toggle.setCheckable(True)
            self.toggle.toggled.connect(self.set_expanded)
            footer.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(footer)
        self._say()

    def _plot(self) -> BarChart:
        plot = BarChart(self.chart, self.pane, self.expanded or self.pane.expanded)
        plot.bar_clicked.connect(self.pane.figure_clicked)
        return plot

    def set_expanded(self, expanded: bool) -> None:
        """All the bars, or the largest MANY."""
        if expanded == self.expanded:
            return
        self.expanded = expanded
        old, self.plot = self.plot, self._plot()
        layout = self.layout()
        assert layout is not None  # made in __init__
        layout.replaceWidget(old, self.plot)
        dispose_widget(old)
        self._say()

    def _say(self) -> None:
        parts = [self.pane.words.note(self.chart, self.pane.doc_title, self.pane.heading)]
        total = len(self.chart.bars)
        if total > MANY and not (self.expanded or self.pane.expanded):
            parts.append(fill(self.tr("the largest %1 of %2 shown"), MANY, total))
        self.note.setText(" · ".join(parts))
        if self.toggle is not None:
            self.toggle.setChecked(self.expanded)
            self.toggle.setText(
                self.tr("Show the largest %n", "", MANY)
                if self.expanded
                else self.tr("Show all %n", "", total)
            )


class ChartPane(QWidget):
    """The charts of the selected node: stat cards, then one chart a comparable measure, then links to
    its sections' charts. A node without figures gets a single line."""

    node_clicked = Signal(str)
    figure_clicked = Signal(int)

    def __init__(
        self,
        document: Document,
        renderer: PageRenderer,
        dark: bool = False,
        expanded: bool = False,
    ) -> None:
        """`expanded`: every bar of every chart, with no toggles (for an exported picture)."""
        super().__init__()
        self._disposed = False
        pg.setConfigOptions(antialias=True)
        self.document = document
        self.renderer = renderer
        self.words = ChartWords(self)
        self.expanded = expanded
        self.node_id = ""
        self._blocks: list[ChartBlock] = []
        self._cards: list[StatCard] = []
        self.spoken_text = ""
        self.heading = ""
        self.doc_title = ""  # the report's, read with each node
        self.chart_list: list[Chart] = []
        self.links: list[SectionLink] = []
        self.dark = dark
        self.colours = self._colours()
        self.content = QWidget()
        self.content.setObjectName("chart-content")
        self.content.setAutoFillBackground(True)
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(8, 6, 8, 6)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.content)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        self.export_png_action = QAction(self)
        self.export_png_action.triggered.connect(self.export_png_dialog)
        self.export_csv_action = QAction(self)
        self.export_csv_action.triggered.connect(self.export_csv_dialog)
        self._enable_exports()
        self.retranslate()

    def _colours(self) -> dict[str, str]:
        """The shared colours, plus targets', the 0–100% track's and the stat cards'; every colour text
        is drawn in reaches AA on the base and on a card, in any palette."""
        colours = chart_colours(self, self.dark, paper=False)
        dark = self.dark or is_dark(self.palette())
        base, text = colours["base"], colours["text"]
        card = "#2b2e31" if dark else "#f4f7fb"
        colours |= {
            "target": legible("#e0a040" if dark else "#b8651b", base, text),
            "track": "#3a3f44" if dark else "#e6e9ee",
            "card": card,
            "rule": "#4a4f54" if dark else "#d5dbe3",
        }
        for key in ("text", "muted", "bar", "target"):
            colours[key] = legible(colours[key], card, text)
            if ratio(colours[key], base) < AA:  # no one colour reads on both: the card takes the base
                colours["card"] = base
        if ratio(text, card) < AA:
            colours["card"] = base
        return colours

    def restyle(self) -> None:
        """The palette changed (the desktop's theme, or high contrast): colours again, charts again."""
        self.colours = self._colours()
        self.content.setPalette(self.palette())
        if self.node_id:
            self.show_node(self.node_id)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "content") and not self._disposed:
            self.restyle()

    def text(self) -> str:
        """What the pane shows, as text a screen reader reads: each chart's title, unit and bars with
        their values, then each stat card."""
        return self.spoken_text

    def closeEvent(self, event: QCloseEvent) -> None:
        for chart in self.content.findChildren(BarChart):
            dispose_widget(chart)
        super().closeEvent(event)

    def dispose(self) -> None:
        """Close every chart and schedule the pane's deletion; until it comes, the pane draws nothing
        more (its store may be closed already)."""
        self._disposed = True
        for chart in self.content.findChildren(BarChart):
            dispose_widget(chart)
        self.deleteLater()

    def toolbar_actions(self) -> list[QAction]:
        return [self.export_png_action, self.export_csv_action]

    def retranslate(self) -> None:
        """The actions' words; the charts are drawn in the new language by the next show_node (the main
        window shows its node again when the language changes)."""
        self.setAccessibleName(self.tr("Charts"))
        self.scroller.setAccessibleName(self.tr("Charts"))
        self.scroller.setAccessibleDescription(
            self.tr("The section's figures as charts and cards; Tab reaches each one")
        )
        self.export_png_action.setText(self.tr("Chart as PNG…"))
        self.export_csv_action.setText(self.tr("Chart Data as CSV…"))

    def charts(self) -> list[BarChart]:
        """The node's charts (not the last node's, which wait for Qt to delete them)."""
        return [block.plot for block in self._blocks]

    def blocks(self) -> list[ChartBlock]:
        return list(self._blocks)

    def cards(self) -> list[StatCard]:
        return list(self._cards)

    def focus_first(self) -> bool:
        """Give the keyboard to the first chart, else the first card; False when there is neither."""
        first: list[QWidget] = [*self.charts(), *self.cards()]
        if not first:
            self.scroller.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return False
        first[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scroller.ensureWidgetVisible(first[0])
        return True

    def has_figures(self) -> bool:
        return bool(self.chart_list)

    def compact_height(self) -> int | None:
        """The height the pane needs when it shows no chart (a line, or the links to the sections'
        charts); None when it shows charts and takes what the reader gives it."""
        if self.chart_list:
            return None
        margins = self.column.contentsMargins()
        width = max(200, self.scroller.viewport().width())
        content = self.column.heightForWidth(width) if self.column.hasHeightForWidth() else -1
        if content < 0:
            content = self.content.sizeHint().height()
        return max(content, margins.top() + margins.bottom() + self.fontMetrics().height()) + 2

    def set_document(self, document: Document) -> None:
        """Draw another report's charts from the next node shown."""
        self.document = document

    def show_node(self, node_id: str) -> None:
        self.node_id = node_id
        node = self.document.outline_entry(node_id)  # its heading: the text is the detail pane's
        self.chart_list = node_charts(self.document, node_id) if node else []
        self.links = section_links(self.document, node_id) if node else []
        self._clear()
        self._enable_exports()
        self.spoken_text = ""
        if node is None:
            return
        expanded = self.expanded
        self.spoken_text = "\n".join(
            self.words.spoken_chart(c, c.shown(expanded)) if not c.is_card else
            f"{c.bars[0].name}: {self.words.value_text(c, c.bars[0])}"
            for c in self.chart_list
        )  # fmt: skip
        self.heading = self.renderer.heading(node)
        self.doc_title = self.document.record().title
        for chart in self.chart_list:
            if not chart.is_card:
                self._blocks.append(ChartBlock(chart, self))
                self.column.addWidget(self._blocks[-1])
        legend = self.words.legend(self.chart_list)
        if legend:
            self.column.addWidget(self._muted(legend))
        cards = [c for c in self.chart_list if c.is_card]
        if cards:
            if len(cards) < len(self.chart_list):
                self.column.addWidget(self._muted(self.words.singles()))
            holder = QWidget()
            flow = FlowLayout(holder)
            for chart in cards:
                card = StatCard(chart, self)
                self._cards.append(card)
                card.clicked.connect(self.figure_clicked)
                flow.addWidget(card)
            self.column.addWidget(holder)
        if self.links:
            self.column.addWidget(self._links_label(bool(self.chart_list)))
        elif not self.chart_list:
            self.column.addWidget(self._empty_line(node_id))
        self.column.addStretch(1)

    def _clear(self) -> None:
        self._blocks, self._cards = [], []
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                dispose_widget(widget)

    def _enable_exports(self) -> None:
        """Nothing to export from a node without figures: the actions say so by being disabled."""
        for action in self.toolbar_actions():
            action.setEnabled(bool(self.chart_list))

    def _muted(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {self.colours['muted']}")
        return label

    def _links_label(self, below_charts: bool) -> QLabel:
        """Links to the sections' charts: a part's overview does not draw every figure again."""
        lead = (
            self.tr("Its sections' charts:") if below_charts else self.tr("The figures are in its sections:")
        )
        items = []
        for link in self.links:
            count = self.tr("%n figure(s)", "", link.figures)
            items.append(
                f"<a href='{html.escape(link.node.id, quote=True)}'>"
                f"{html.escape(self.renderer.heading(link.node))}</a>"
                f"<span style='color:{self.colours['muted']}'>　{html.escape(count)}</span>"
            )
        label = QLabel(f"<p>{html.escape(lead)}</p>" + "<br>".join(items))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.linkActivated.connect(self.node_clicked)
        return label

    def _empty_line(self, node_id: str) -> QLabel:
        """One line: no figures here, and a link to the key figures only if the document has them."""
        text = html.escape(self.tr("This section gives no figures."))
        summary = self.document.outline_entry("summary")
        if summary is not None and node_id != "summary" and self.document.indicators("summary"):
            see = html.escape(fill(self.tr("See the figures of %1"), self.renderer.heading(summary)))
            text += f"　<a href='summary'>{see}</a>"
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setStyleSheet(f"color: {self.colours['muted']}")
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        label.linkActivated.connect(self.node_clicked)
        return label

    def figure_tooltip(self, bar: Bar) -> str:
        """What the detail pane says of the figure, plus the total a share implies and the click."""
        indicator = self.document.indicator(bar.indicator_id)
        lines = [
            self.renderer.figure_tooltip(indicator, bar.name) if indicator else f"{bar.name}: {bar.display}"
        ]
        if bar.implied_total:
            lines.append(fill(self.tr("Implied total of %1: %2"), bar.share_of or "", _money_total(bar)))
        lines.append(self.tr("Click to show it in the text"))
        return "\n".join(lines)

    # -- export ----------------------------------------------------------------------------------

    def render_image(self, width: int | None = None) -> QImage:
        """The pane's content as it is laid out, at the content's size (or a given width). Toggles are
        left out of the picture."""
        content = self.content
        toggles = [b.toggle for b in self.blocks() if b.toggle is not None]
        for toggle in toggles:
            toggle.hide()
        if width:
            content.setFixedWidth(width)
        content.adjustSize()
        for _ in range(2):  # axis labels need two passes (see DESIGN.md)
            QApplication.processEvents()
        size = content.size()
        if width:
            height = self.column.heightForWidth(width) if self.column.hasHeightForWidth() else -1
            size.setHeight(max(height, content.sizeHint().height()))
            content.resize(size)
            QApplication.processEvents()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor(self.colours["base"]))
        content.render(image)
        for toggle in toggles:
            toggle.show()
        return image

    def export_png(self, path: Path, width: int | None = None) -> QImage:
        image = self.render_image(width)
        write_atomic(path, png_bytes(image), inputs=[self.document.path])
        return image

    def csv_text(self) -> str:
        rows = chart_rows(self.node_id, self.chart_list, self.words.titles(self.chart_list))
        return csv_text(rows, CSV_FIELDS)

    def export_csv(self, path: Path) -> None:
        write_atomic(path, self.csv_text(), inputs=[self.document.path])

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
        if not self.chart_list:
            return
        menu = QMenu(self)
        menu.addAction(self.export_png_action)
        menu.addAction(self.export_csv_action)
        menu.exec(event.globalPos())
