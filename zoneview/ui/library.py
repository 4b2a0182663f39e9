"""The library pane: the reports of the database under their issuers, in columns (year, kind,
title) that sort and keep the widths the reader gave them."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QByteArray, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zoneview.store.records import DocumentRecord
from zoneview.ui.roles import DOCUMENT as DOCUMENT_ROLE
from zoneview.ui.text import fill

COLUMNS = ("issuer_year", "kind", "title")  # the issuer's row above its reports, then each report's


class LibraryPane(QWidget):
    """One row a document under its issuer; activating one opens it, its menu removes it."""

    opened = Signal(int)
    remove_requested = Signal(int)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setRootIsDecorated(True)
        self.tree.setSortingEnabled(True)  # by issuer and year, by kind, by title: a header's click
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemClicked.connect(self._open)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete removes the report chosen here only
        remove.activated.connect(self._remove_current)
        self.label.setBuddy(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.tree)
        self.documents: list[DocumentRecord] = []
        self.current = 0
        self._sized = False  # the columns fit their contents once, unless the reader's widths are back

    def populate(self, documents: list[DocumentRecord], current: int) -> None:
        """Under each issuer, a row a report: its year, kind and title (without the year again); two
        reports alike in all three also show their file names."""
        self.documents, self.current = documents, current
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        titles = {d.id: self.shown_title(d) for d in documents}
        alike = Counter((d.issuer, d.year, d.kind, titles[d.id]) for d in documents)
        files = Counter((d.issuer, d.year, d.kind, titles[d.id], d.source_file) for d in documents)
        for doc in documents:
            issuer = doc.issuer or self.tr("Unknown issuer")
            group = groups.get(issuer)
            if group is None:
                group = groups[issuer] = QTreeWidgetItem(self.tree, [issuer])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setExpanded(True)
            title = titles[doc.id]
            if alike[(doc.issuer, doc.year, doc.kind, title)] > 1:  # its file, else its checksum, says which
                same_file = files[(doc.issuer, doc.year, doc.kind, title, doc.source_file)] > 1
                title = fill(self.tr("%1 (%2)"), title, doc.sha256[:8] if same_file else doc.source_file)
            item = QTreeWidgetItem(group, [str(doc.year) if doc.year else "—", doc.kind or "", title])
            item.setData(0, DOCUMENT_ROLE, doc.id)
            tip = f"{doc.title}\n{doc.kind or ''}\n{doc.source_file}"
            for column in range(len(COLUMNS)):
                item.setToolTip(column, tip)
            if doc.id == current:
                self.tree.setCurrentItem(item)
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
        self.tree.setSortingEnabled(True)
        if not self._sized:
            for column in range(len(COLUMNS) - 1):
                self.tree.resizeColumnToContents(column)
        self.retranslate()

    @staticmethod
    def shown_title(doc: DocumentRecord) -> str:
        """The title without its year, which the year column says: 2026年四川省人民政府工作报告 →
        四川省人民政府工作报告."""
        if not doc.year:
            return doc.title
        shorter = " ".join(doc.title.replace(f"{doc.year}年", "", 1).split())
        return shorter or doc.title

    def header_state(self) -> QByteArray:
        return self.tree.header().saveState()

    def restore_header(self, state: QByteArray) -> None:
        """The column widths and sort order the reader left."""
        if self.tree.header().restoreState(state):
            self._sized = True

    def select(self, document_id: int) -> None:
        self.current = document_id
        for item in self._items():
            if item.data(0, DOCUMENT_ROLE) == document_id:
                self.tree.setCurrentItem(item)

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Library: %n report(s)", "", len(self.documents)))
        self.tree.setHeaderLabels([self.tr("Issuer, year"), self.tr("Kind"), self.tr("Title")])
        self.tree.setAccessibleName(self.tr("Library"))
        self.tree.setAccessibleDescription(
            self.tr("%n report(s) by issuer and year; Enter opens one", "", len(self.documents))
        )

    def _items(self) -> list[QTreeWidgetItem]:
        root = self.tree.invisibleRootItem()
        found = []
        for i in range(root.childCount()):
            group = root.child(i)
            for j in range(group.childCount() if group is not None else 0):
                item = group.child(j) if group is not None else None
                if item is not None:
                    found.append(item)
        return found

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        document_id = item.data(0, DOCUMENT_ROLE)
        if document_id is not None and document_id != self.current:
            self.opened.emit(int(document_id))

    def _remove_current(self) -> None:
        item = self.tree.currentItem()
        document_id = item.data(0, DOCUMENT_ROLE) if item is not None else None
        if document_id is not None:
            self.remove_requested.emit(int(document_id))

    def _menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        menu = QMenu(self)
        document_id = item.data(0, DOCUMENT_ROLE) if item is not None else None
        if document_id is not None:
            menu.addAction(self.tr("Open"), lambda: self.opened.emit(int(document_id)))
            menu.addAction(
                self.tr("Remove from Library…"), lambda: self.remove_requested.emit(int(document_id))
            )
            menu.addSeparator()
        menu.addAction(self.tr("Import Reports…"), self.import_requested.emit)
        menu.exec(self.tree.viewport().mapToGlobal(position))
