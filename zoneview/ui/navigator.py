"""The left side: the report tree with its park filter, the figures table, and the entity indexes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from zoneview.store.read import ReportStore
from zoneview.ui.markup import plain_html
from zoneview.ui.page import PageRenderer

TARGET = Qt.ItemDataRole.UserRole  # "node:ID", "entity:ID" or "node:ID?hl=NAME"


class ReportTree(QWidget):
    """Overview, parts with their initiatives, and the summary; a park filter shows what one park did."""

    activated = Signal(str)

    def __init__(self, store: ReportStore, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.renderer = renderer
        self.park_filter = QComboBox(self)
        self.park_label = QLabel(self)
        self.park_label.setBuddy(self.park_filter)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.park_label)
        layout.addWidget(self.park_filter)
        layout.addWidget(self.tree)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(lambda item, _col: self._emit(item))
        self.park_filter.currentIndexChanged.connect(self._apply_filter)
        self.populate()

    def populate(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self.items: dict[str, QTreeWidgetItem] = {}
        items = self.items
        for node in self.store.nodes():
            parent = items.get(node.parent_id) if node.parent_id else None
            item = QTreeWidgetItem([self.renderer.heading(node)])
            item.setData(0, TARGET, f"node:{node.id}")
            item.setToolTip(0, plain_html(node.title))
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[node.id] = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        current = self.park_filter.currentData()
        self.park_filter.blockSignals(True)
        self.park_filter.clear()
        self.park_filter.addItem(self.tr("All actors"), None)
        for actor in self.store.actor_names():
            self.park_filter.addItem(actor, actor)
        index = self.park_filter.findData(current)
        self.park_filter.setCurrentIndex(max(0, index))
        self.park_filter.blockSignals(False)
        self.park_label.setText(self.tr("&Actor:"))
        self._apply_filter()

    def select(self, node_id: str) -> bool:
        """Make the tree follow the detail pane without emitting a navigation."""
        item = self.item(node_id)
        if item is None:
            return False
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        self.tree.blockSignals(False)
        return True

    def item(self, node_id: str) -> QTreeWidgetItem | None:
        return self.items.get(node_id)

    def visible_ids(self) -> list[str]:
        ids = []
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            if not it.value().isHidden():
                ids.append(it.value().data(0, TARGET).removeprefix("node:"))
            it += 1
        return ids

    def set_park(self, park: str | None) -> None:
        self.park_filter.setCurrentIndex(max(0, self.park_filter.findData(park)))

    def _apply_filter(self) -> None:
        park = self.park_filter.currentData()
        acting = set(self.store.nodes_with_actor(park)) if park else None
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            top_id = top.data(0, TARGET).removeprefix("node:")
            shown_children = 0
            for j in range(top.childCount()):
                child = top.child(j)
                child_id = child.data(0, TARGET).removeprefix("node:")
                visible = acting is None or child_id in acting
                child.setHidden(not visible)
                shown_children += visible
            top.setHidden(acting is not None and top_id not in acting and shown_children == 0)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self._emit(current)

    def _emit(self, item: QTreeWidgetItem) -> None:
        self.activated.emit(item.data(0, TARGET))


class EntityIndex(QTreeWidget):
    """Entities grouped by kind, each with the places that mention it; choosing a place jumps there."""

    activated = Signal(str)

    def __init__(
        self,
        store: ReportStore,
        renderer: PageRenderer,
        kinds: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.renderer = renderer
        self.kinds = kinds
        self.setHeaderHidden(True)
        self.itemActivated.connect(self._emit)
        self.itemClicked.connect(self._emit)
        self.populate()

    def populate(self) -> None:
        self.clear()
        nodes = {n.id: n for n in self.store.nodes()}
        entities = self.store.entities(self.kinds)
        for kind in self.kinds:
            of_kind = [e for e in entities if e.kind == kind]
            if not of_kind:
                continue
            group = self if len(self.kinds) == 1 else QTreeWidgetItem(self, [self.renderer.kind_name(kind)])
            for entity in of_kind:
                label = f"{entity.display_name}　({entity.mentions})"
                item = QTreeWidgetItem([label])
                item.setData(0, TARGET, f"entity:{entity.id}")
                (group.addTopLevelItem(item) if group is self else group.addChild(item))  # type: ignore[union-attr]
                for m in self.store.mentions(entity_id=entity.id):
                    child = QTreeWidgetItem([self.renderer.heading(nodes[m.node_id])])
                    child.setData(0, TARGET, f"node:{m.node_id}?hl={entity.name}")
                    item.addChild(child)
            if group is not self:
                group.setExpanded(True)  # type: ignore[union-attr]

    def _emit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET)
        if target:
            self.activated.emit(target)
