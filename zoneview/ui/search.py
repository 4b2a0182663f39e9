"""Search results: best first, grouped by part, each with its title and a highlighted snippet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from zoneview.store.read import ReportStore, StoreError
from zoneview.store.records import SearchHit
from zoneview.store.search import query_terms, term_variants
from zoneview.ui.page import PageRenderer
from zoneview.ui.roles import HIT, TARGET
from zoneview.ui.text import fill


class SearchResults(QWidget):
    activated = Signal(str)

    def __init__(self, store: ReportStore, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.renderer = renderer
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it repeats the query
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.tree.itemActivated.connect(self._emit)
        self.tree.itemClicked.connect(self._emit)
        self.hits: list[SearchHit] = []
        self.query = ""
        self.painter_set = False

    def run(self, query: str) -> list[SearchHit]:
        """Search and show the results; an empty or failed search shows why instead of raising."""
        self.query = query
        self.tree.clear()
        self.summary.setToolTip("")
        try:
            self.hits = self.store.search(query)
        except ValueError:
            self.hits = []
            self.summary.setText(self.tr("Type something to search for."))
            return []
        except StoreError as e:
            self.hits = []
            self.summary.setText(self.tr("The database could not be read; 'zoneview check' says why."))
            self.summary.setToolTip(str(e))  # the store's own words, in English
            return []
        if not self.hits:
            self.summary.setText(self.tr("No results for “%s”.") % query)
            return []
        self.summary.setText(fill(self.tr("%n result(s) for “%1”", "", len(self.hits)), query))
        if not self.painter_set:  # the rows' painter comes with the first results
            from zoneview.ui.hits import HitDelegate

            self.tree.setItemDelegate(HitDelegate(self.tree))
            self.painter_set = True
        groups: dict[str, QTreeWidgetItem] = {}
        rows: dict[str, QTreeWidgetItem] = {}
        terms = "+".join(v for t in query_terms(query) for v in term_variants(t))
        for hit in self.hits:  # headings only: a hit may be in a node of millions of characters
            node = self.store.outline_entry(hit.node_id)
            assert node is not None  # hits come from the nodes table
            group_id = node.parent_id or node.id
            group = groups.get(group_id)
            if group is None:
                group_node = self.store.outline_entry(group_id)
                label = self.renderer.heading(group_node) if group_node else group_id
                group = QTreeWidgetItem(self.tree, [label])
                group.setData(0, TARGET, f"node:{group_id}?hl={terms}")
                group.setExpanded(True)
                groups[group_id] = group
            # a hit in the part itself is shown on the part's own row, its initiatives' hits below it
            item = group if hit.node_id == group_id else QTreeWidgetItem(group)
            item.setData(0, TARGET, f"node:{hit.node_id}?hl={terms}")
            heading = self.renderer.heading(node)
            item.setText(0, f"{heading}\n{hit.snippet}")  # for screen readers; the delegate draws it marked
            item.setData(0, HIT, (heading, hit.marked_snippet("\x01", "\x02")))
            rows[hit.node_id] = item
        self.tree.setCurrentItem(rows[self.hits[0].node_id])  # the best hit, wherever it is grouped
        return self.hits

    def first_target(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, TARGET) if item else None

    def _emit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET)
        if target:
            self.activated.emit(target)
