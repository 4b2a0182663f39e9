"""The library pane: the reports of the database, grouped by issuer and sorted by year."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from zoneview.store.records import DocumentRecord
from zoneview.ui.roles import DOCUMENT as DOCUMENT_ROLE


class LibraryPane(QWidget):
    """One row a document under its issuer; activating one opens it, its menu removes it."""

    opened = Signal(int)
    remove_requested = Signal(int)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemClicked.connect(self._open)
        self.label.setBuddy(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.tree)
        self.documents: list[DocumentRecord] = []
        self.current = 0

    def populate(self, documents: list[DocumentRecord], current: int) -> None:
        """In the order given: the store sorts by issuer, then year."""
        self.documents, self.current = documents, current
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for doc in documents:
            issuer = doc.issuer or self.tr("Unknown issuer")
            group = groups.get(issuer)
            if group is None:
                group = groups[issuer] = QTreeWidgetItem(self.tree, [issuer])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setExpanded(True)
            item = QTreeWidgetItem(group, [self.row_text(doc)])
            item.setData(0, DOCUMENT_ROLE, doc.id)
            item.setToolTip(0, f"{doc.title}\n{doc.kind or ''}\n{doc.source_file}")
            if doc.id == current:
                self.tree.setCurrentItem(item)
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
        self.retranslate()

    def row_text(self, doc: DocumentRecord) -> str:
        year = str(doc.year) if doc.year else "—"
        return f"{year}  {doc.title}"

    def select(self, document_id: int) -> None:
        self.current = document_id
        for item in self._items():
            if item.data(0, DOCUMENT_ROLE) == document_id:
                self.tree.setCurrentItem(item)

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Library: %n report(s)", "", len(self.documents)))
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
