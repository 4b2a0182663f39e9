"""Search results: best first, grouped by part, each with its title and a highlighted snippet. In a
library, the search runs across its documents, grouped by document, with a filter by year and by
document."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zoneview.store.document import Document
from zoneview.store.read import StoreError
from zoneview.store.records import DocumentRecord, SearchHit
from zoneview.store.search import EmptySearch, query_terms, term_variants
from zoneview.ui.page import PageRenderer
from zoneview.ui.roles import HIT, TARGET
from zoneview.ui.target import Target
from zoneview.ui.text import fill


class SearchResults(QWidget):
    activated = Signal(str)

    def __init__(self, document: Document, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.renderer = renderer
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it repeats the query
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.year_filter = QComboBox(self)
        self.document_filter = QComboBox(self)
        self.document_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.document_filter.setMinimumContentsLength(8)
        self.filters = QWidget(self)
        row = QHBoxLayout(self.filters)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.year_filter)
        row.addWidget(self.document_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.tree.itemActivated.connect(self._emit)
        self.tree.itemClicked.connect(self._emit)
        self.hits: list[SearchHit] = []
        self.query = ""
        self.painter_set = False
        self.documents: dict[int, DocumentRecord] = {}
        self.year_filter.currentIndexChanged.connect(self._rerun)
        self.document_filter.currentIndexChanged.connect(self._rerun)
        self.filters.hide()

    def set_documents(self, documents: list[DocumentRecord]) -> None:
        """The library's documents: with more than one, searches span them all, and can be filtered."""
        self.documents = {d.id: d for d in documents}
        year, document = self.year_filter.currentData(), self.document_filter.currentData()
        for combo in (self.year_filter, self.document_filter):
            combo.blockSignals(True)
            combo.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for value in sorted({d.year for d in documents if d.year}, reverse=True):
            self.year_filter.addItem(str(value), value)
        self.document_filter.addItem(self.tr("All reports"), None)
        for d in sorted(documents, key=lambda d: (-(d.year or 0), d.id)):
            self.document_filter.addItem(self.document_label(d), d.id)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(year)))
        self.document_filter.setCurrentIndex(max(0, self.document_filter.findData(document)))
        for combo in (self.year_filter, self.document_filter):
            combo.blockSignals(False)
        self.filters.setVisible(len(documents) > 1)

    @staticmethod
    def document_label(doc: DocumentRecord) -> str:
        return f"{doc.year} · {doc.title}" if doc.year else doc.title

    def set_document(self, document: Document) -> None:
        """The report searched when the library holds only one; library hits stay as they were."""
        self.document = document

    def _rerun(self) -> None:
        if self.query:
            self.run(self.query)

    def run(self, query: str) -> list[SearchHit]:
        """Search and show the results; an empty or failed search shows why instead of raising."""
        self.query = query
        self.tree.clear()
        self.summary.setToolTip("")
        library = len(self.documents) > 1
        try:
            if library:
                year, document = self.year_filter.currentData(), self.document_filter.currentData()
                self.hits = self.document.library.search(query, year=year, document=document)
            else:
                self.hits = self.document.search(query)
        except EmptySearch:
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
        terms = tuple(v for t in query_terms(query) for v in term_variants(t))
        if library:
            self._show_by_document(terms)
            return self.hits
        groups: dict[str, QTreeWidgetItem] = {}
        rows: dict[str, QTreeWidgetItem] = {}
        for hit in self.hits:  # headings only: a hit may be in a node of millions of characters
            node = self.document.outline_entry(hit.node_id)
            assert node is not None  # hits come from the nodes table
            group_id = node.parent_id or node.id
            group = groups.get(group_id)
            if group is None:
                group_node = self.document.outline_entry(group_id)
                label = self.renderer.heading(group_node) if group_node else group_id
                group = QTreeWidgetItem(self.tree, [label])
                group.setData(0, TARGET, Target("node", group_id, terms).text())
                group.setExpanded(True)
                groups[group_id] = group
            # a hit in the part itself is shown on the part's own row, its initiatives' hits below it
            item = group if hit.node_id == group_id else QTreeWidgetItem(group)
            _show_hit(item, hit, self.renderer.heading(node), Target("node", hit.node_id, terms))
            rows[hit.node_id] = item
        self.tree.setCurrentItem(rows[self.hits[0].node_id])  # the best hit, wherever it is grouped
        return self.hits

    def _show_by_document(self, terms: tuple[str, ...]) -> None:
        """Library hits, grouped by document in the order of their best hit."""
        groups: dict[int, QTreeWidgetItem] = {}
        first: QTreeWidgetItem | None = None
        for hit in self.hits:
            group = groups.get(hit.document_id)
            if group is None:
                doc = self.documents.get(hit.document_id)
                label = self.document_label(doc) if doc else str(hit.document_id)
                group = groups[hit.document_id] = QTreeWidgetItem(self.tree, [label])
                group.setData(0, TARGET, Target("node", "preamble", document=hit.document_id).text())
                group.setExpanded(True)
            node = self.document.library.entry_in(hit.document_id, hit.node_id)
            heading = self.renderer.heading(node) if node else hit.title
            item = QTreeWidgetItem(group)
            _show_hit(item, hit, heading, Target("node", hit.node_id, terms, document=hit.document_id))
            first = first or item
        if first is not None:
            self.tree.setCurrentItem(first)

    def first_target(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, TARGET) if item else None

    def _emit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET)
        if target:
            self.activated.emit(target)


def _show_hit(item: QTreeWidgetItem, hit: SearchHit, heading: str, target: Target) -> None:
    """A result row: where it leads, and its heading and marked snippet, which the delegate draws."""
    item.setData(0, TARGET, target.text())
    item.setText(0, f"{heading}\n{hit.snippet}")  # for screen readers; the delegate draws it marked
    item.setData(0, HIT, (heading, hit.marked_snippet("\x01", "\x02")))
