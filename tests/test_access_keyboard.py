"""A reader without a mouse: the real window driven by key events only, from opening a report in the
library to printing a section as a PDF, and the shortcuts listed in Help › Keyboard Shortcuts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, library_of
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from zoneview.ui.roles import DOCUMENT

COUNCIL = sorted((ROOT / "tests" / "corpus").glob("国务院政府工作报告_*.txt"))  # 2019, 2021, 2023
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return library_of(tmp_path_factory.mktemp("keyboard-library"), COUNCIL)


def focus() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard is: into the focused widget, as a reader's key would go."""
    target = focus() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def type_in(widget: QWidget, text: str) -> None:
    """Chinese typed as a reader types it: the input method commits the characters to the widget
    (QTest can click only keys with an ASCII meaning)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tab_until(qtbot, wanted: QWidget, most: int = 12) -> int:
    """Press Tab until `wanted` has the focus; how many presses it took."""
    for presses in range(1, most + 1):
        press(qtbot, Qt.Key.Key_Tab)
        if focus() is wanted:
            return presses
    raise AssertionError(f"Tab never reached {wanted!r}; the focus is on {focus()!r}")


# A completer's popup (the compare window's names, the file dialog's) asks for the keyboard; the
# off-screen platform cannot give it, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_session_without_a_mouse(make_window, library_db, qtbot, tmp_path) -> None:
    window = make_window(library_db)
    qtbot.waitUntil(lambda: window.chart is not None and window.chart.isVisible())  # shown a moment later
    first_document = window.document.id

    # From the search field, Tab reaches the library; arrows choose a report and Enter opens it.
    press(qtbot, Qt.Key.Key_K, CTRL)
    assert focus() is window.search_field
    assert tab_until(qtbot, window.library.tree) == 1
    tree = window.library.tree
    press(qtbot, Qt.Key.Key_Home)  # the first issuer's row; its reports are below it
    item = tree.currentItem()
    for _ in range(10):
        press(qtbot, Qt.Key.Key_Down)
        item = tree.currentItem()
        if item is not None and item.data(0, DOCUMENT) not in (None, first_document):
            break
    wanted = item.data(0, DOCUMENT)
    press(qtbot, Qt.Key.Key_Return)
    assert window.document.id == wanted != first_document

    # Tab goes on to the contents; Down shows the next section, whose text and charts follow.
    assert tab_until(qtbot, window.tree.tree) <= 3
    before = window.current_node_id()
    press(qtbot, Qt.Key.Key_Down)
    assert window.current_node_id() not in (None, before)

    # F6 moves from pane to pane: the contents, the text, the charts, the search field.
    press(qtbot, Qt.Key.Key_F6)
    assert focus() is window.detail.browser
    window.navigate("node:summary?doc=1")  # (the bundled report's key figures: cards and charts)
    press(qtbot, Qt.Key.Key_F6)
    chart = focus()
    assert chart in window.chart.charts()
    said = QAccessible.queryAccessibleInterface(chart).text(QAccessible.Text.Name)
    assert chart.bars[0].name in said  # the first bar is chosen and said as the chart takes the focus
    press(qtbot, Qt.Key.Key_Down)
    bar = chart.bars[1]
    assert bar.name in QAccessible.queryAccessibleInterface(chart).text(QAccessible.Text.Name)
    press(qtbot, Qt.Key.Key_Return)  # the chosen figure, shown in the text, where the focus goes
    indicator = window.document.indicator(bar.indicator_id)
    qtbot.waitUntil(lambda: window.detail.browser.textCursor().selectedText() == indicator.quote)
    assert focus() is window.detail.browser
    press(qtbot, Qt.Key.Key_6, CTRL)  # the charts again, directly
    assert focus() in window.chart.charts()
    press(qtbot, Qt.Key.Key_F6)
    assert focus() is window.search_field
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert focus() in window.chart.charts() or window.chart.isAncestorOf(focus())

    # Search: type, Enter, and the best hit is shown with the results list focused.
    press(qtbot, Qt.Key.Key_K, CTRL)
    type_in(window.search_field, "国家级")
    press(qtbot, Qt.Key.Key_Return)
    assert focus() is window.results.tree
    assert window.detail.browser.textCursor().selectedText() == "国家级"

    # Bookmark the section shown, and take it back.
    node = window.current_node_id()
    press(qtbot, Qt.Key.Key_D, CTRL)
    shown = window.document.record().sha256
    assert (shown, node) in window.bookmarks
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert (shown, node) not in window.bookmarks

    # Compare across the years: the window opens on the keyboard, and Esc closes it.
    press(qtbot, Qt.Key.Key_Y, CTRL | SHIFT)
    compare = window.compare_window
    assert compare is not None and compare.isVisible()
    qtbot.waitUntil(lambda: focus() is compare.subject_field)  # once the window manager raises it
    type_in(compare.subject_field, "国内生产总值")
    qtbot.keyClick(compare.subject_field, Qt.Key.Key_Return)
    assert compare.comparison is not None and compare.comparison.points
    tab_until(qtbot, compare.view.table, most=20)
    qtbot.keyClick(compare.view.table, Qt.Key.Key_Escape)
    assert not compare.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # Export the section as a PDF: Ctrl+E, the file name typed into Qt's own dialog, Enter.
    window.tree.tree.setFocus()
    out = tmp_path / "section.pdf"
    typed: list[str] = []

    def type_the_name(tries: int = 100) -> None:
        """Into Qt's file dialog, once its name field has the keyboard (it takes it after showing)."""
        dialog = QApplication.activeModalWidget()
        field = QApplication.focusWidget()
        if not (isinstance(dialog, QFileDialog) and isinstance(field, QLineEdit)):
            if tries:
                QTimer.singleShot(50, lambda: type_the_name(tries - 1))
            elif dialog is not None:
                dialog.reject()  # (the assertion below says what went wrong)
            return
        field.selectAll()
        qtbot.keyClicks(field, str(out))
        typed.append(str(out))
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_the_name)
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert typed and out.read_bytes().startswith(b"%PDF")
    assert window.actions_by_name["print"].isEnabled()  # Ctrl+P, a dialog of the platform's


def test_the_keyboard_dialog_lists_every_shortcut_of_the_window(make_window, qtbot) -> None:
    window = make_window()
    press(qtbot, Qt.Key.Key_Slash, CTRL)
    dialog = QApplication.activeModalWidget() or window.findChild(QWidget, "zoneview-keys")
    assert dialog is not None and dialog.isVisible()
    rows = dict((what, keys) for keys, what in dialog.rows())
    for action in window.actions_by_name.values():
        if action.shortcuts():
            what = action.text().replace("&", "")
            assert what in rows, what
            assert all(s.toString(s.SequenceFormat.NativeText) in rows[what] for s in action.shortcuts())
    assert rows["键盘快捷键…"] == "Ctrl+/"
    assert rows["关于 zoneview"] == "F1"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_focus_on_a_chart_and_a_card_is_visible(make_window, qtbot) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.chart is not None)
    window.navigate("node:5")  # a chart and four cards
    for widget in (window.chart.charts()[0], window.chart.cards()[0]):
        window.detail.browser.setFocus()
        QApplication.processEvents()
        unfocused = widget.grab().toImage()
        widget.setFocus()
        QApplication.processEvents()
        focused: QImage = widget.grab().toImage()
        assert focused != unfocused, type(widget).__name__
