"""Accessible names and descriptions, and the keyboard dialog (Help › Keyboard), built from the main
window's action table so that it lists every shortcut the window has, and only those."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def name(widget: QWidget, text: str, description: str = "") -> None:
    """What a screen reader calls `widget`, and what it says it does where that is not obvious."""
    widget.setAccessibleName(text)
    widget.setAccessibleDescription(description)


def name_clear_button(field: QLineEdit, text: str) -> None:
    """A line edit's clear button (Qt makes it, unnamed) gets a name."""
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(text)


def plain_text(action: QAction) -> str:
    """An action's words without the mnemonic's ampersand."""
    return action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(keys, what) for every action of the table that has a shortcut, in the table's order."""
    rows = []
    for action in actions.values():
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
        if keys:
            rows.append((", ".join(keys), plain_text(action)))
    return rows


class KeysDialog(QDialog):
    """Help › Keyboard: the window's shortcuts, read from its actions when the dialog opens."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoneview-keys")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        what = self.tr("Keys on the left, what they do on the right")
        name(self.table, self.tr("Keyboard shortcuts"), what)
        self.note = QLabel(
            self.tr(
                "Tab and Shift+Tab move between controls. In a chart, Up and Down choose a bar and Enter "
                "shows it in the text; on a figure card, Enter does the same. Esc closes a dialog, and "
                "the compare and targets windows."
            ),
            self,
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.table.setCurrentCell(0, 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(560, 600)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())  # type: ignore[union-attr]
            for r in range(self.table.rowCount())
        ]
