"""Bookmarks in the window: the Bookmark action's state, the Bookmarks menu, and the bookmarks of
zoneview 0.2 tied to their reports. The window passes in what it shows; nothing here holds it.
Texts stay in the "MainWindow" translation context they were written in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from zoneview.bookmarks import Bookmark, Bookmarks
from zoneview.store.document import Document
from zoneview.store.read import Library
from zoneview.ui.page import PageRenderer
from zoneview.ui.target import Target


def is_marked(bookmarks: Bookmarks, document: Document, node_id: str | None) -> bool:
    return node_id is not None and (document.record().sha256, node_id) in bookmarks


def toggle(bookmarks: Bookmarks, document: Document, node_id: str, renderer: PageRenderer) -> None:
    """Bookmark the node of this document, or take its bookmark back. OSError: not saved (the change
    holds until zoneview closes)."""
    sha256 = document.record().sha256
    if (sha256, node_id) in bookmarks:
        bookmarks.remove(sha256, node_id)
    else:
        node = document.outline_entry(node_id)
        bookmarks.add(sha256, node_id, renderer.heading(node) if node else node_id)


def fill_menu(
    menu: QMenu,
    bookmarks: Bookmarks,
    library: Library,
    renderer: PageRenderer,
    go: Callable[[Target], object],
) -> None:
    """The Bookmarks menu after its first two entries: each bookmark named by its heading (and its
    report, in a library of several), opening it in its report; greyed out if the report has gone."""
    for action in menu.actions()[2:]:
        menu.removeAction(action)
    if not len(bookmarks):
        empty = menu.addAction(QCoreApplication.translate("MainWindow", "No bookmarks yet"))
        empty.setEnabled(False)
    by_sha = {d.sha256: d for d in library.documents()}
    for bookmark in bookmarks:
        doc = by_sha.get(bookmark.document)
        node = library.entry_in(doc.id, bookmark.node) if doc else None
        title = renderer.heading(node) if node else bookmark.title
        if len(by_sha) > 1 and doc is not None:  # whose 1.1
            title = f"{title} — {doc.title}"
        action = menu.addAction(title)
        if doc is None:  # its report has left the library (or is in another one)
            action.setEnabled(False)
            action.setToolTip(QCoreApplication.translate("MainWindow", "Its report is not in this library"))
            continue
        target = Target("node", bookmark.node, document=doc.id)
        action.triggered.connect(lambda _=False, t=target: go(t))


def settle(bookmarks: Bookmarks, library: Library, renderer: PageRenderer) -> int:
    """Tie each bookmark made by zoneview 0.2 (a node id alone) to the one report of the library that
    has a node of that id and heading; drop those that match no report, or several. Never moved to
    another report. How many were dropped; OSError if the change could not be saved."""
    unsettled = bookmarks.unsettled()
    if not unsettled:
        return 0
    found: dict[Bookmark, str | None] = {}
    for bookmark in unsettled:
        matches = set()
        for doc in library.documents():
            node = library.entry_in(doc.id, bookmark.node)
            if node is not None and bookmark.title in (renderer.heading(node), node.title):
                matches.add(doc.sha256)
        found[bookmark] = matches.pop() if len(matches) == 1 else None
    bookmarks.settle(found)
    return sum(v is None for v in found.values())
