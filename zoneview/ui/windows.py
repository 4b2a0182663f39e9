"""What the main window's own windows (compare, scorecard) share: the keys that close them and quit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def close_keys(window: QWidget) -> None:
    """Ctrl+W and Esc close the window; Ctrl+Q quits as from the main window, which decides what quitting
    means (saving its state). Ctrl+Q by name: the platform's standard Quit sequence may be empty."""

    def quit_all() -> None:
        owner = window.parentWidget()
        (owner.window() if owner is not None else window).close()

    QShortcut(QKeySequence(QKeySequence.StandardKey.Close), window, window.close)
    QShortcut(QKeySequence(Qt.Key.Key_Escape), window, window.close)
    QShortcut(QKeySequence("Ctrl+Q"), window, quit_all)
