"""The figures index: every figure of the report in a sortable table. Built after the first paint,
since its table classes are not needed to show the report."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from zoneview.store.read import ReportStore
from zoneview.ui.markup import plain_html
from zoneview.ui.navigator import TARGET
from zoneview.ui.page import PageRenderer, number


class NumericItem(QStandardItem):
    """Sorts by its number, shows it as printed."""

    def __init__(self, value: float, text: str) -> None:
        super().__init__(text)
        self.setData(value, Qt.ItemDataRole.UserRole + 1)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class FigureTable(QWidget):
    """Every figure of the report: name, value, unit, period and node; sortable by any column."""

    activated = Signal(str)

    def __init__(self, store: ReportStore, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.renderer = renderer
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole + 1)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.populate()

    def populate(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Figure"), self.tr("Value"), self.tr("Unit"), self.tr("Period"), self.tr("Node")]
        )
        nodes = {n.id: n for n in self.store.nodes()}
        for row, ind in enumerate(self.store.indicators()):
            name = QStandardItem(ind.label)
            name.setData(row, Qt.ItemDataRole.UserRole + 1)
            name.setData(f"node:{ind.node_id}?hl={ind.quote}", TARGET)
            name.setToolTip(plain_html(self.renderer.figure_tooltip(ind)))
            value = NumericItem(ind.base_value, number(ind.value) + ("*" if ind.approximate else ""))
            unit = QStandardItem(ind.unit)
            unit.setData(ind.unit, Qt.ItemDataRole.UserRole + 1)
            period = QStandardItem(ind.period or "")
            period.setData(ind.period or "", Qt.ItemDataRole.UserRole + 1)
            node = QStandardItem(ind.node_id)
            node.setData(nodes[ind.node_id].span_start, Qt.ItemDataRole.UserRole + 1)
            node.setToolTip(plain_html(self.renderer.heading(nodes[ind.node_id])))
            self.model.appendRow([name, value, unit, period, node])
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        source = self.proxy.mapToSource(index)
        target = self.model.item(source.row(), 0).data(TARGET)
        self.activated.emit(target)
