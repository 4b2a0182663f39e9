"""The library in the window: its pane, switching reports, search across them, importing with progress."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import BUNDLED_DB, ROOT, library_of
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from zoneview import paths
from zoneview.store import Library
from zoneview.ui.library import DOCUMENT_ROLE

COUNCIL = sorted((ROOT / "tests" / "corpus").glob("国务院政府工作报告_*.txt"))  # 2019, 2021, 2023
DAPENG = sorted((ROOT / "tests" / "corpus").glob("大鹏新区*.txt"))


@pytest.fixture(scope="module")
def library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return library_of(tmp_path_factory.mktemp("window-library"), COUNCIL + DAPENG[:2])


def pane_rows(window) -> dict[str, list[str]]:
    root = window.library.tree.invisibleRootItem()
    groups = [root.child(i) for i in range(root.childCount())]
    return {g.text(0): [g.child(j).text(0) for j in range(g.childCount())] for g in groups}


def document_item(window, year: int):
    root = window.library.tree.invisibleRootItem()
    for i in range(root.childCount()):
        group = root.child(i)
        for j in range(group.childCount()):
            if group.child(j).text(0).startswith(str(year)):
                return group.child(j)
    raise AssertionError(f"no document of {year} in the pane")


def test_the_pane_groups_reports_by_issuer_and_sorts_them_by_year(make_window, library_db) -> None:
    window = make_window(library_db)
    assert window.library.isVisible()
    rows = pane_rows(window)
    council = next(rows[g] for g in rows if g.startswith("国务院"))
    assert [r[:4] for r in council] == ["2019", "2021", "2023"]
    assert any(g.startswith("大鹏新区") for g in rows)
    assert sum(len(v) for v in rows.values()) == 6  # with the bundled report


def test_a_single_report_shows_no_library_pane(make_window) -> None:
    window = make_window(BUNDLED_DB)
    assert not window.library.isVisible()


def test_choosing_a_report_shows_its_tree_text_and_charts(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    item = document_item(window, 2021)
    window.library.tree.itemClicked.emit(item, 0)
    wanted = item.data(0, DOCUMENT_ROLE)
    assert window.document.id == wanted
    assert window.windowTitle().startswith(window.document.record().title)
    top = window.tree.model.loaded()
    assert [r.entry.id for r in top][:2] == ["preamble", "1"]
    assert "2020年工作回顾" in window.tree.model.data(window.tree.index_of("1"))
    window.navigate("node:3")
    assert "2021年" in window.detail.browser.toPlainText()
    qtbot.waitUntil(lambda: window.chart is not None)
    window.chart.show_node("3")
    assert window.chart.charts  # the 2021 report's targets, not the bundled report's figures


def test_a_charts_note_names_the_report_it_comes_from_after_a_switch(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    window.navigate("node:summary")  # the bundled report's charts first
    qtbot.waitUntil(lambda: window.chart is not None)
    item = document_item(window, 2021)
    window.library.tree.itemClicked.emit(item, 0)
    window.navigate("node:3")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the summary's charts go
    title = window.document.record().title
    notes = [block.note.text() for block in window.chart.blocks()]
    assert notes and all(f"《{title}》" in note for note in notes), notes


def test_indexes_out_of_sight_are_filled_for_the_new_report_when_next_shown(
    make_window, library_db, qtbot
) -> None:
    window = make_window(library_db)
    window.show()
    qtbot.waitExposed(window)
    window.focus_tab("organisations")
    window.focus_tab("figures")
    window.focus_tab("tree")
    window.library.tree.itemClicked.emit(document_item(window, 2021), 0)
    assert not window.organisations.filled and window.figures.stale  # nobody is looking at them
    window.focus_tab("organisations")
    names = {
        window.organisations.topLevelItem(i).text(0) for i in range(window.organisations.topLevelItemCount())
    }
    kinds = {window.renderer.kind_name(e.kind) for e in window.document.entities(window.organisations.kinds)}
    assert names == kinds
    window.focus_tab("figures")
    shown = {window.figures.model.item(r, 0).text() for r in range(window.figures.model.rowCount())}
    assert shown == {i.label for i in window.document.indicators()}


def test_search_spans_the_library_and_filters_by_year(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    assert window.results.filters.isVisibleTo(window.results)
    assert window.run_search("国内生产总值") > 0
    tree = window.results.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert {g[:4] for g in groups} >= {"2019", "2021", "2023"}  # grouped by report, with its year
    year = window.results.year_filter
    year.setCurrentIndex(year.findData(2021))
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups and all(g.startswith("2021") for g in groups)
    hit = tree.topLevelItem(0).child(0)
    tree.itemClicked.emit(hit, 0)
    assert window.document.record().year == 2021  # the hit's report opened, at the hit
    assert "国内生产总值" in window.detail.browser.toPlainText()


def test_back_goes_back_across_reports(make_window, library_db) -> None:
    window = make_window(library_db)
    first = window.document.id
    window.navigate("node:1")
    other = next(d.id for d in window.document.library.documents() if d.year == 2023)
    window.navigate(f"node:2?doc={other}")
    assert window.document.id == other
    window.back()
    assert window.document.id == first and window.current_node_id() == "1"
    window.forward()
    assert window.document.id == other and window.current_node_id() == "2"


def test_the_report_read_last_opens_again(make_window, library_db) -> None:
    window = make_window(library_db)
    other = next(d.id for d in window.document.library.documents() if d.year == 2019)
    window.navigate(f"node:2?doc={other}")
    window.close()
    again = make_window(library_db)
    assert again.document.id == other and again.current_node_id() == "2"


def wait_for_import(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.keeper.progress is None, timeout=60_000)


def test_importing_a_file_adds_it_and_opens_it(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    before = len(window.document.library.documents())
    assert window.import_files([DAPENG[2]])
    wait_for_import(window, qtbot)
    assert len(window.document.library.documents()) == before + 1
    assert window.document.record().source_file == DAPENG[2].name
    assert sum(len(v) for v in pane_rows(window).values()) == before + 1
    assert "1" in window.statusBar().currentMessage()


def test_the_first_import_makes_the_users_library_not_a_change_to_the_bundled_one(make_window, qtbot) -> None:
    bundled = BUNDLED_DB.read_bytes()
    window = make_window(BUNDLED_DB)
    assert window.import_files([COUNCIL[0]])
    wait_for_import(window, qtbot)
    assert BUNDLED_DB.read_bytes() == bundled
    assert window.document.path == paths.user_library()
    assert window.library.isVisible()
    assert {d.year for d in Library(paths.user_library()).documents()} >= {2019}


def test_cancelling_an_import_leaves_the_library_as_it_was(make_window, library_db, qtbot, tmp_path) -> None:
    window = make_window(library_db)
    before = library_db.read_bytes()
    big = tmp_path / "big.txt"  # a report long enough to be cancelled part-way
    big.write_text(
        (ROOT / "tests" / "corpus" / "2026年广东省政府工作报告.txt").read_text("utf-8") * 40, "utf-8"
    )
    assert window.import_files([big, DAPENG[3]])
    qtbot.waitUntil(lambda: "big.txt" in window.keeper.progress.labelText(), timeout=60_000)
    window.keeper.progress.canceled.emit()  # what its Cancel button sends
    wait_for_import(window, qtbot)
    assert library_db.read_bytes() == before


def test_dropping_files_on_the_window_imports_them(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    before = len(window.document.library.documents())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(DAPENG[3])), QUrl.fromLocalFile(str(ROOT / "README.md"))])
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, buttons, keys)
    enter.ignore()
    window.dragEnterEvent(enter)  # what Qt calls as the files come over the window
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, buttons, keys)
    drop.ignore()
    window.dropEvent(drop)
    assert drop.isAccepted()
    wait_for_import(window, qtbot)
    assert len(window.document.library.documents()) == before + 1  # the report, not the README


def test_removing_a_report_from_the_pane(make_window, library_db, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window(library_db)
    doomed = next(d for d in window.document.library.documents() if d.year == 2023)
    window.navigate(f"node:1?doc={doomed.id}")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.remove_document(doomed.id)
    assert doomed.id not in {d.id for d in window.document.library.documents()}
    assert window.document.id != doomed.id and window.current_node_id() == "preamble"
    assert all(not r.startswith("2023") for rows in pane_rows(window).values() for r in rows)


def test_the_search_field_says_what_it_searches_as_reports_come_and_go(
    make_window, qtbot, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window(BUNDLED_DB)
    report = window.tr("Search the report (Ctrl+K)")
    assert window.search_field.placeholderText() == report
    assert window.import_files([COUNCIL[0]])
    wait_for_import(window, qtbot)
    assert window.search_field.placeholderText() == window.tr("Search the library (Ctrl+K)")
    window.back()  # the bundled report again, with the imported one behind it in the history
    added = next(d.id for d in window.document.library.documents() if d.year == 2019)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.remove_document(added)
    assert window.search_field.placeholderText() == report
    assert not window.actions_by_name["forward"].isEnabled()  # its place in the history went with it


def test_changing_language_draws_the_charts_once(make_window, qtbot) -> None:
    window = make_window()
    window.navigate("node:summary")
    window.load_charts()
    drawn = []
    show_node = window.chart.show_node
    window.chart.show_node = lambda node_id: (drawn.append(node_id), show_node(node_id))
    window.set_language("en")
    assert drawn == ["summary"]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the Chinese charts go
    titles = [block.title.text() for block in window.chart.blocks()]
    charts = [c for c in window.chart.chart_list if not c.is_card]
    assert titles == [window.chart.words.title(c) for c in charts] and "Amount (亿元)" in titles


def test_a_bookmark_belongs_to_its_report_not_to_every_report_with_that_section(
    make_window, library_db
) -> None:
    from zoneview.bookmarks import Bookmarks

    window = make_window(library_db)
    documents = window.document.library.documents()
    first, second = [d for d in documents if d.issuer == "国务院"][:2]  # two reports that both have a part 1
    window.navigate(f"node:1?doc={first.id}")
    window.toggle_bookmark()
    assert window.actions_by_name["bookmark"].text() == "移除书签"
    assert window.navigate(f"node:1?doc={second.id}"), (first, second)
    assert window.document.id == second.id
    assert window.actions_by_name["bookmark"].text() == "加入书签"  # this report's 1 is not bookmarked
    window._fill_bookmarks_menu()
    actions = [a for a in window.menus["bookmarks"].actions()[2:]]
    assert len(actions) == 1 and first.title in actions[0].text()
    actions[0].trigger()  # back to the report it was made in, from another report
    assert window.document.id == first.id and window.current_node_id() == "1"
    assert [(b.document, b.node) for b in Bookmarks()] == [(first.sha256, "1")]


def test_bookmarks_of_zoneview_0_2_go_to_their_one_report_or_are_dropped_with_a_message(
    make_window, library_db
) -> None:
    import json

    from zoneview.bookmarks import Bookmarks

    with Library(library_db) as library:
        documents = library.documents()
        seed = next(d for d in documents if d.issuer is None)  # the bundled report: its 4.2 is its own
        seed_heading = library.entry_in(seed.id, "4.2")
    assert seed_heading is not None
    old = [
        {"node": "4.2", "title": f"{seed_heading.marker} {seed_heading.title}"},
        {"node": "1", "title": "没有这样的标题"},  # matches no report's part 1: dropped, not moved
    ]
    Bookmarks().path.parent.mkdir(parents=True, exist_ok=True)
    Bookmarks().path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    window = make_window(library_db)
    assert [(b.document, b.node) for b in Bookmarks()] == [(seed.sha256, "4.2")]
    assert "1" in window.statusBar().currentMessage()  # one dropped, and the user is told


def test_a_report_removed_in_a_terminal_leaves_the_open_window_too(make_window, library_db, qtbot) -> None:
    """zoneview remove in another process: the pane stops listing the report, and the window, which
    was showing it, shows the first report left and says why."""
    from cli_helpers import run_zoneview_process

    window = make_window(library_db)
    doomed = next(d for d in window.document.library.documents() if d.year == 2019)
    window.navigate(f"node:1?doc={doomed.id}")
    listed = len(pane_rows_all(window))
    result = run_zoneview_process("remove", doomed.id, "--db", library_db)
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: len(pane_rows_all(window)) == listed - 1, timeout=10_000)
    assert window.document.id != doomed.id
    assert window.document.id in {d.id for d in window.document.library.documents()}
    assert "另一个程序" in window.statusBar().currentMessage() or "another program" in (
        window.statusBar().currentMessage()
    )


def test_a_report_added_in_a_terminal_appears_in_the_open_window(make_window, library_db, qtbot) -> None:
    from cli_helpers import run_zoneview_process

    window = make_window(library_db)
    before = {d.id for d in window.document.library.documents()}
    shown = window.document.id
    result = run_zoneview_process("add", DAPENG[-1], "--db", library_db)  # not among those in it
    assert result.returncode == 0 and "as document" in result.stdout, result.stderr
    qtbot.waitUntil(lambda: len(pane_rows_all(window)) > len(before), timeout=10_000)
    assert window.document.id == shown  # the report read stays on show


def pane_rows_all(window) -> list[str]:
    return [row for rows in pane_rows(window).values() for row in rows]


def test_delete_on_a_report_in_the_library_pane_asks_to_remove_it(make_window, library_db, qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = make_window(library_db)
    item = document_item(window, 2019)
    window.library.tree.setCurrentItem(item)
    window.library.tree.setFocus()
    asked: list[str] = []

    def answer_no() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(200, answer_no)
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "国务院政府工作报告" in asked[0]
    assert document_item(window, 2019) is not None  # No: nothing removed


def test_a_library_an_older_parser_read_is_read_again_when_the_window_opens(
    make_window, library_db, qtbot
) -> None:
    """Ids, bookmarks and the report shown survive; every document ends up read by this parser."""
    import sqlite3

    from zoneview.bookmarks import Bookmarks
    from zoneview.ingest import PARSER_VERSION

    with sqlite3.connect(library_db) as conn:
        conn.execute("UPDATE sources SET parser = ?", (PARSER_VERSION - 1,))
    with Library(library_db) as library:
        before = [(d.id, d.sha256) for d in library.documents()]
        shown = next(d for d in library.documents() if d.year == 2019)
    Bookmarks().add(shown.sha256, "1", "一、2018年工作回顾")
    window = make_window(library_db)
    window.navigate(f"node:1?doc={shown.id}")
    window.load_charts()  # after the first paint, as a user's window does: the refresh starts there
    qtbot.waitUntil(lambda: "再次读取 " in window.statusBar().currentMessage()
                    or "read again" in window.statusBar().currentMessage(), timeout=60_000)  # fmt: skip
    with Library(library_db) as library:
        assert [(d.id, d.sha256) for d in library.documents()] == before
        assert library.read_by_older_parser(PARSER_VERSION) == 0
    assert window.document.id == shown.id and window.current_node_id() == "1"
    assert [(b.document, b.node) for b in Bookmarks()] == [(shown.sha256, "1")]


CLOSE_MID_IMPORT = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from zoneview.store import Library
from zoneview.ui.qtapp import application
from zoneview.ui.mainwindow import MainWindow

app = application()
window = MainWindow(Library(Path(sys.argv[1])).document(), QSettings(sys.argv[3], QSettings.Format.IniFormat))
window.persist = False
window.show()
assert window.import_files([Path(sys.argv[2])])

def close_while_reading():
    progress = window.keeper.progress
    if progress is not None and "big.txt" in progress.labelText():
        window.close()  # waits for the import to stop at its next node
        print("closed", flush=True)
        app.quit()
    else:
        QTimer.singleShot(20, close_while_reading)

QTimer.singleShot(20, close_while_reading)
app.exec()
"""


@pytest.mark.slow
def test_closing_the_window_during_an_import_ends_it_and_closes(library_db, tmp_path) -> None:
    """The import thread's quit used to be queued to the window's thread, which was waiting for that
    thread in closeEvent: the window hung for good."""
    import subprocess
    import sys

    big = tmp_path / "big.txt"
    big.write_text(
        (ROOT / "tests" / "corpus" / "2026年广东省政府工作报告.txt").read_text("utf-8") * 40, "utf-8"
    )
    before = library_db.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CLOSE_MID_IMPORT, str(library_db), str(big), str(tmp_path / "s.ini")],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0 and "closed" in done.stdout, done.stderr[-2000:]
    assert library_db.read_bytes() == before  # the file being read is left out
