"""The detail pane: a QTextBrowser that never loads anything from outside and shows link tooltips,
with a find bar (Ctrl+F, F3 / Shift+F3) that counts its matches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from zoneview.ui.markup import empty_resource, plain_html
from zoneview.ui.text import fill


class DetailBrowser(QTextBrowser):
    """Rich text for one page; links are handed to the window, never followed by Qt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.tooltips: dict[str, str] = {}

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Nothing is loaded: no files, no network, whatever a document's markup asks for. (None
        would not do: Qt then reads the named file itself.)"""
        return empty_resource(kind)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            anchor = self.anchorAt(self.viewport().mapFromGlobal(e.globalPos()))  # type: ignore[attr-defined]
            text = self.tooltips.get(anchor.split("?")[0]) if anchor else None
            if text:
                QToolTip.showText(e.globalPos(), plain_html(text), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(e)


class FindBar(QWidget):
    """Find in page with a match count; hidden until Ctrl+F."""

    closed = Signal()

    def __init__(self, browser: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = browser
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in page"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.previous = previous = QToolButton(self)
        previous.setText("↑")
        previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.following = following = QToolButton(self)
        following.setText("↓")
        following.setToolTip(self.tr("Next match (F3)"))
        self.close_button = close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        self.name_controls()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for w in (self.field, self.count, previous, following, close):
            layout.addWidget(w)
        self.field.textChanged.connect(self._restart)
        self.field.returnPressed.connect(self.find_next)
        previous.clicked.connect(self.find_previous)
        following.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self.field, self.close_bar)
        self.hide()

    def name_controls(self) -> None:
        """The arrows and the cross say nothing to a screen reader: their names say what they do."""
        self.field.setAccessibleName(self.tr("Find in page"))
        self.field.setAccessibleDescription(self.tr("Enter finds the next match; Esc closes"))
        for button in self.field.findChildren(QToolButton):  # Qt's clear button
            button.setAccessibleName(self.tr("Clear"))
        self.count.setAccessibleName(self.tr("Matches"))
        self.previous.setAccessibleName(self.tr("Previous match (Shift+F3)"))
        self.following.setAccessibleName(self.tr("Next match (F3)"))
        self.close_button.setAccessibleName(self.tr("Close (Esc)"))

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._update_count()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def matches(self) -> int:
        needle = self.field.text()
        if not needle:
            return 0
        doc = self.browser.document()
        total, cursor = 0, QTextCursor(doc)
        while True:
            cursor = doc.find(needle, cursor)
            if cursor.isNull():
                return total
            total += 1

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        needle = self.field.text()
        if not needle:
            return False
        if not self.browser.find(needle, flags):
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            if not self.browser.find(needle, flags):
                self._update_count()
                return False
        self._update_count()
        return True

    def _restart(self) -> None:
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.field.text():
            self.browser.find(self.field.text())
        self._update_count()

    def current_index(self) -> int:
        """1-based index of the selected match, 0 if none is selected."""
        selection = self.browser.textCursor()
        if not selection.hasSelection():
            return 0
        doc = self.browser.document()
        index, cursor = 0, QTextCursor(doc)
        while True:
            cursor = doc.find(self.field.text(), cursor)
            if cursor.isNull():
                return 0
            index += 1
            if cursor.selectionStart() == selection.selectionStart():
                return index

    def _update_count(self) -> None:
        total = self.matches()
        if not self.field.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(fill(self.tr("%1 of %2"), self.current_index(), total))


class DetailPane(QWidget):
    """Browser plus find bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = DetailBrowser(self)
        self.find_bar = FindBar(self.browser, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.browser)
        layout.addWidget(self.find_bar)
        self.find_bar.closed.connect(self.browser.setFocus)
