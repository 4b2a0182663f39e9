"""The figures index: every figure of the report in a sortable table. Built after the first paint,
since its table classes are not needed to show the report."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFontMetrics, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QVBoxLayout, QWidget

from zoneview.store.chartdata import kind_rank, period_key
from zoneview.store.document import Document
from zoneview.ui.chartwords import ChartWords
from zoneview.ui.markup import plain_html
from zoneview.ui.page import PageRenderer
from zoneview.ui.roles import FIGURE, SORT_KEY, TARGET
from zoneview.ui.target import Target

NAME_EMS, SECTION_EMS = 10, 9  # columns wide enough for this many Chinese characters


def _item(text: str, key: object, tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setData(key, SORT_KEY)
    if tooltip:
        item.setToolTip(plain_html(tooltip))
    return item


class FigureTable(QWidget):
    """Every figure of the report: name, value as printed, kind, period and section; sortable by any."""

    activated = Signal(str)
    compare_requested = Signal(int)  # a figure's id: its indicator across the years

    def __init__(self, document: Document, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.renderer = renderer
        self.words = ChartWords(self)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_KEY)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has the whole name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.stale = False
        self.populate()

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.populate()
        super().showEvent(event)

    def set_document(self, document: Document) -> None:
        self.document = document
        self.refill()

    def refill(self) -> None:
        """Another report or language: filled again now if shown, else when next shown (every figure of
        a large report takes a while)."""
        if self.isVisible():
            self.populate()
        else:
            self.stale = True

    def populate(self) -> None:
        self.stale = False
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Figure"), self.tr("Value"), self.tr("Kind"), self.tr("Period"), self.tr("Section")]
        )
        indicators = self.document.indicators()
        nodes = self.document.outline_entries([i.node_id for i in indicators])  # their headings
        for ind in indicators:
            tip = self.renderer.figure_tooltip(ind)
            at = f"{ind.span_start:012d}"  # ties sort in reading order
            name = _item(ind.label, ind.label + at, tip)
            name.setData(Target("node", ind.node_id, (ind.quote,)).text(), TARGET)
            name.setData(ind.id, FIGURE)
            value = _item(ind.display_value, ind.base_value, tip)
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            kind = _item(self.words.kind(ind.kind), f"{kind_rank(ind.kind)}{at}")
            period = _item(ind.period or "", period_key(ind.period) + at)
            node = nodes[ind.node_id]
            heading = self.renderer.heading(node)
            section = _item(heading, ind.span_start, heading)  # sections, then figures, in reading order
            self.model.appendRow([name, value, kind, period, section])
        metrics = QFontMetrics(self.view.font())
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        padding = 2 * self.view.style().pixelMetric(self.view.style().PixelMetric.PM_FocusFrameHMargin) + 12
        name_width = metrics.horizontalAdvance("国" * NAME_EMS) + padding
        self.view.setColumnWidth(0, max(name_width, min(self.view.columnWidth(0), int(name_width * 1.4))))
        self.view.setColumnWidth(4, metrics.horizontalAdvance("国" * SECTION_EMS) + padding)
        self.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)

    def ideal_width(self) -> int:
        """Wide enough for every column as sized, and a vertical scroll bar."""
        columns = sum(self.view.columnWidth(c) for c in range(self.model.columnCount()))
        bar = self.view.verticalScrollBar().sizeHint().width()
        return columns + bar + 2 * self.view.frameWidth() + 4

    def _menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        figure = self.model.item(self.proxy.mapToSource(index).row(), 0).data(FIGURE)
        menu = QMenu(self)
        menu.addAction(self.tr("Compare Across Years"), lambda: self.compare_requested.emit(int(figure)))
        menu.exec(self.view.viewport().mapToGlobal(position))

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        source = self.proxy.mapToSource(index)
        target = self.model.item(source.row(), 0).data(TARGET)
        self.activated.emit(target)
