"""The left side: the report tree with its park filter, the figures table, and the entity indexes.

Both trees are filled as they are looked at, so a report of 100,000 parts or an entity mentioned
100,000 times opens as fast as the bundled report: the outline model reads a screenful of nodes at a
time (Qt's canFetchMore / fetchMore), and an entity's places are read when it is expanded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zoneview.store.document import Document
from zoneview.store.records import OutlineEntry
from zoneview.ui.markup import plain_html
from zoneview.ui.page import PageRenderer
from zoneview.ui.roles import MORE_PLACES, TARGET
from zoneview.ui.target import Target
from zoneview.ui.text import fill

Index = QModelIndex | QPersistentModelIndex


_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class _Row:
    """A row of the outline model: a node it has read (`entry`), or, under a node with very many
    children, a group of them (positions `first` … `first + size - 1`). `children` are the rows read
    so far below it, None until they are asked for."""

    __slots__ = ("children", "entry", "first", "parent", "row", "size")

    def __init__(
        self, entry: OutlineEntry | None, parent: _Row | None, row: int, first: int = 0, size: int = 0
    ) -> None:
        self.entry = entry
        self.parent = parent
        self.row = row
        self.first = first
        self.size = size
        self.children: list[_Row] | None = None


class OutlineModel(QAbstractItemModel):
    """The report's outline, read from the store as the view asks for it: the top level and each
    node's children `BATCH` at a time, when the view first shows or expands them and as it scrolls to
    the end of what it has (Qt's canFetchMore / fetchMore). Nothing is read for a collapsed node.

    A node with more than `GROUP` children shows them in groups of `GROUP` (1–1000, 1001–2000, …), so
    that no level of the tree holds more rows than Qt lays out at once: going to the 100,000th part
    reads one group, not the 99,999 parts before it."""

    BATCH = 200
    GROUP = 1000

    def __init__(self, document: Document, renderer: PageRenderer, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.renderer = renderer
        self.root = _Row(None, None, 0)
        self.top_level = document.top_level_count()
        self.by_id: dict[str, _Row] = {}
        self.reading = True

    def stop_reading(self) -> None:
        """Read nothing more: the window is closing, and its store may close before its views are
        gone (a view asks for more rows whenever it lays itself out)."""
        self.reading = False

    def reset(self) -> None:
        self.beginResetModel()
        self.root = _Row(None, None, 0)
        self.top_level = self.document.top_level_count()
        self.by_id = {}
        self.endResetModel()

    # -- what the view asks ------------------------------------------------------------------------

    # These run for every row the view lays out: kept short.

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = (parent.internalPointer() if parent.isValid() else self.root).children
        if children is None or column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._row(index).parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._row(parent).children or [])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return True
        entry = parent.internalPointer().entry
        return entry is None or entry.children > 0  # a group always has some

    def canFetchMore(self, parent: Index) -> bool:
        row = self._row(parent)
        return self.reading and len(row.children or []) < self._expected(row)

    def fetchMore(self, parent: Index) -> None:
        self.fetch(self._row(parent), self.BATCH)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index)
        entry = row.entry
        if entry is None:  # a group
            if role == Qt.ItemDataRole.DisplayRole:
                total = self._expected(row.parent or self.root)
                return fill(
                    self.tr("%1–%2 of %3"), f"{row.first + 1:,}", f"{row.first + row.size:,}", f"{total:,}"
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.renderer.heading(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_html(entry.title)
        if role == TARGET:
            return Target("node", entry.id).text()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # -- reading -----------------------------------------------------------------------------------

    def fetch(self, row: _Row, count: int) -> None:
        """Read up to `count` more children of `row` (all its groups at once, for a node that has
        them)."""
        have = row.children if row.children is not None else []
        expected = self._expected(row)
        new: list[_Row]
        if self._grouped(row):
            firsts = range(len(have) * self.GROUP, expected, self.GROUP)
            new = [
                _Row(None, row, len(have) + k, f, min(self.GROUP, expected - f)) for k, f in enumerate(firsts)
            ]
        else:
            owner = row.parent if self._is_group(row) else row
            assert owner is not None
            parent_id = owner.entry.id if owner.entry else None
            count = min(count, expected - len(have))
            entries = self.document.outline(parent_id, row.first + len(have), count) if count > 0 else []
            new = [_Row(entry, row, len(have) + k) for k, entry in enumerate(entries)]
        if not new:
            row.children = have
            return
        parent = QModelIndex() if row is self.root else self.createIndex(row.row, 0, row)
        self.beginInsertRows(parent, len(have), len(have) + len(new) - 1)
        for child in new:
            have.append(child)
            if child.entry is not None:
                self.by_id[child.entry.id] = child
        row.children = have
        self.endInsertRows()

    def fetch_all(self, row: _Row | None = None) -> None:
        """Everything below `row` (the whole outline by default): for reports small enough to show
        expanded."""
        row = row or self.root
        while len(row.children or []) < self._expected(row):
            self.fetch(row, self._expected(row))
        for child in row.children or []:
            self.fetch_all(child)

    def index_of(self, node_id: str) -> QModelIndex:
        """The node's index, reading the rows that lead to it if they are not read yet (as far as its
        row, in its group); invalid if the outline has no such node."""
        row = self.by_id.get(node_id)
        if row is None:
            parent = self.root
            for step in self.document.ancestry(node_id):
                row = self.by_id.get(step) or self._read_to(parent, step)
                if row is None:
                    return QModelIndex()
                parent = row
        if row is None:
            return QModelIndex()
        return self.createIndex(row.row, 0, row)

    def _read_to(self, parent: _Row, node_id: str) -> _Row | None:
        """Read the children of `parent` as far as the node (which is one of them)."""
        position = self.document.position(node_id)
        if position < 0:
            return None
        holder = parent
        if self._grouped(parent):
            if not parent.children:
                self.fetch(parent, 0)
            holder = (parent.children or [])[position // self.GROUP]
            position -= holder.first
        have = len(holder.children or [])
        if position >= have:
            self.fetch(holder, max(self.BATCH, position + 1 - have))
        return self.by_id.get(node_id)

    def loaded(self, parent: _Row | None = None) -> list[_Row]:
        """The rows read so far below `parent` (the root by default), in outline order."""
        rows: list[_Row] = []
        for child in (parent or self.root).children or []:
            rows.append(child)
            rows += self.loaded(child)
        return rows

    def _expected(self, row: _Row) -> int:
        if row is self.root:
            return self.top_level
        return row.entry.children if row.entry else row.size

    def _is_group(self, row: _Row) -> bool:
        return row.entry is None and row is not self.root

    def _grouped(self, row: _Row) -> bool:
        return not self._is_group(row) and self._expected(row) > self.GROUP

    def _row(self, index: Index) -> _Row:
        if not index.isValid():
            return self.root
        row = index.internalPointer()
        assert isinstance(row, _Row)
        return row


class ReportTree(QWidget):
    """Overview, parts with their initiatives, and the summary; a park filter shows what one park did."""

    activated = Signal(str)
    EXPAND_ALL = 500  # a report of at most this many nodes opens fully expanded, as a short one reads best

    def __init__(self, document: Document, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.renderer = renderer
        self.park_filter = QComboBox(self)
        self.park_label = QLabel(self)
        self.park_label.setBuddy(self.park_filter)
        self.model = OutlineModel(document, renderer, self)
        self.tree = QTreeView(self)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.park_label)
        layout.addWidget(self.park_filter)
        layout.addWidget(self.tree)
        self._following = False  # the tree follows the detail pane: no navigation then
        self.acting: set[str] | None = None
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._emit)
        self.model.rowsInserted.connect(self._rows_read)
        self.park_filter.currentIndexChanged.connect(self._apply_filter)
        self.populate()

    def set_document(self, document: Document) -> None:
        """Show another report's outline."""
        self.document = self.model.document = document
        self.populate()

    def populate(self) -> None:
        self.model.reset()
        if self.document.node_count() <= self.EXPAND_ALL:
            self.model.fetch_all()
            self.tree.expandAll()
        else:
            self.model.fetchMore(QModelIndex())
        current = self.park_filter.currentData()
        self.park_filter.blockSignals(True)
        self.park_filter.clear()
        self.park_filter.addItem(self.tr("All actors"), None)
        for actor in self.document.actor_names():
            self.park_filter.addItem(actor, actor)
        index = self.park_filter.findData(current)
        self.park_filter.setCurrentIndex(max(0, index))
        self.park_filter.blockSignals(False)
        self.park_label.setText(self.tr("&Actor:"))
        self._apply_filter()

    def select(self, node_id: str) -> bool:
        """Make the tree follow the detail pane without emitting a navigation."""
        index = self.index_of(node_id)
        if not index.isValid():
            return False
        self._following = True
        try:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._following = False
        return True

    def clear_current(self) -> None:
        """No node current or selected: the detail pane shows something else (an entity's page)."""
        self._following = True
        try:
            self.tree.selectionModel().clear()
        finally:
            self._following = False

    def index_of(self, node_id: str) -> QModelIndex:
        return self.model.index_of(node_id)

    def current_id(self) -> str | None:
        target = Target.parse(self.tree.currentIndex().data(TARGET) or "")
        return target.ident if target is not None else None

    def visible_ids(self) -> list[str]:
        """The nodes read so far that the filter leaves in the tree, in outline order."""
        ids = []
        for row in self.model.loaded():
            index = self.model.createIndex(row.row, 0, row)
            if row.entry and not self.tree.isRowHidden(row.row, index.parent()):
                ids.append(row.entry.id)
        return ids

    def set_park(self, park: str | None) -> None:
        self.park_filter.setCurrentIndex(max(0, self.park_filter.findData(park)))

    def _apply_filter(self) -> None:
        park = self.park_filter.currentData()
        self.acting = set(self.document.nodes_with_actor(park)) if park else None
        self._filter_rows(QModelIndex(), 0, self.model.rowCount() - 1)

    def _rows_read(self, parent: QModelIndex, first: int, last: int) -> None:
        if self.acting is not None:
            self._filter_rows(parent, first, last)

    def _filter_rows(self, parent: QModelIndex, first: int, last: int) -> bool:
        """Hide the rows (of those read) in which the park does not act, unless a row below does;
        whether any row is left shown. A row whose children are not read yet stays: they may."""
        any_shown = False
        for r in range(first, last + 1):
            index = self.model.index(r, 0, parent)
            shown_below = self._filter_rows(index, 0, self.model.rowCount(index) - 1)
            target = Target.parse(index.data(TARGET) or "")  # a group has none
            node_id = target.ident if target is not None else ""
            shown = (
                self.acting is None or node_id in self.acting or shown_below or self.model.canFetchMore(index)
            )
            self.tree.setRowHidden(r, parent, not shown)
            any_shown = any_shown or shown
        return any_shown

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._following:
            self._emit(current)

    def _emit(self, index: QModelIndex) -> None:
        target = index.data(TARGET)
        if target:  # a group of parts is no place to go
            self.activated.emit(target)


class EntityIndex(QTreeWidget):
    """Entities grouped by kind, each with the places that mention it; choosing a place jumps there.

    Filled when first shown, and an entity's places when it is first expanded, `PLACES` at a time with
    a last row that reads the next ones: an entity named 100,000 times costs nothing until opened."""

    activated = Signal(str)
    PLACES = 200

    def __init__(
        self,
        document: Document,
        renderer: PageRenderer,
        kinds: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.renderer = renderer
        self.kinds = kinds
        self.filled = False
        self.setHeaderHidden(True)
        self.itemActivated.connect(self._emit)
        self.itemClicked.connect(self._emit)
        self.itemExpanded.connect(self._expanded)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.filled:
            self.populate()
        super().showEvent(event)

    def set_document(self, document: Document) -> None:
        self.document = document
        self.refill()

    def refill(self) -> None:
        """Another report or language: filled again now if shown, else when next shown."""
        if self.isVisible():
            self.populate()
        else:
            self.clear()
            self.filled = False

    def populate(self) -> None:
        self.clear()
        self.filled = True
        entities = self.document.entities(self.kinds)
        for kind in self.kinds:
            of_kind = [e for e in entities if e.kind == kind]
            if not of_kind:
                continue
            group = self if len(self.kinds) == 1 else QTreeWidgetItem(self, [self.renderer.kind_name(kind)])
            for entity in of_kind:
                label = f"{entity.display_name}　({entity.mentions})"
                item = QTreeWidgetItem([label])
                item.setData(0, TARGET, Target("entity", str(entity.id)).text())
                if entity.mentions:
                    item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                if isinstance(group, QTreeWidgetItem):
                    group.addChild(item)
                else:
                    self.addTopLevelItem(item)
            if isinstance(group, QTreeWidgetItem):
                group.setExpanded(True)

    def places(self, item: QTreeWidgetItem) -> None:
        """List the entity's places under its row (the next `PLACES` of them, for a "more" row)."""
        link = Target.parse(item.data(0, TARGET) or "")
        more = item.data(0, MORE_PLACES)
        if more is not None:
            entity_id, offset = more
            owner = item.parent()
            if owner is None:
                return
            owner.removeChild(item)
        elif link is not None and link.kind == "entity" and link.ident.isdigit() and item.childCount() == 0:
            entity_id, offset, owner = int(link.ident), 0, item
        else:
            return
        entity = self.document.entity(entity_id)
        if entity is None:
            return
        mentions = self.document.mentions(entity_id=entity_id, offset=offset, limit=self.PLACES)
        nodes = self.document.outline_entries([m.node_id for m in mentions])
        for m in mentions:
            node = nodes.get(m.node_id)
            child = QTreeWidgetItem([self.renderer.heading(node) if node else m.node_id])
            child.setData(0, TARGET, Target("node", m.node_id, (entity.name,)).text())
            owner.addChild(child)
        listed = offset + len(mentions)
        if listed < entity.mentions:
            rest = QTreeWidgetItem([fill(self.tr("More places (%1 of %2 listed)…"), listed, entity.mentions)])
            rest.setData(0, MORE_PLACES, (entity_id, listed))
            owner.addChild(rest)

    def _expanded(self, item: QTreeWidgetItem) -> None:
        if item.childCount() == 0:
            self.places(item)

    def _emit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.data(0, MORE_PLACES) is not None:
            self.places(item)
            return
        target = item.data(0, TARGET)
        if target:
            self.activated.emit(target)
