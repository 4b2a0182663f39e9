"""The library pane as a new reader needs it: issuer, year and kind in columns that sort and keep their
widths, titles that do not say the year twice, and two reports of one issuer and year told apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, library_of
from PySide6.QtCore import QPoint, QSettings, Qt

from zoneview.ui.roles import DOCUMENT

COUNCIL = sorted((ROOT / "tests" / "corpus").glob("国务院政府工作报告_*.txt"))  # 2019, 2021, 2023
DAPENG = sorted((ROOT / "tests" / "corpus").glob("大鹏新区*.txt"))


@pytest.fixture(scope="module")
def library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The State Council's reports, two of Dapeng's, and a second 2019 State Council report: the same
    text with a line added, under the same file name in another folder."""
    folder = tmp_path_factory.mktemp("access-library-pane")
    (folder / "revised").mkdir()
    again = folder / "revised" / COUNCIL[0].name
    again.write_text(COUNCIL[0].read_text("utf-8") + "\n附：本文件为修订稿。\n", "utf-8")
    return library_of(folder, [*COUNCIL, *DAPENG[:2], again])


def rows(window) -> dict[str, list[tuple[str, str, str]]]:
    """Each issuer's rows as shown: (year, kind, title)."""
    root = window.library.tree.invisibleRootItem()
    found = {}
    for i in range(root.childCount()):
        group = root.child(i)
        found[group.text(0)] = [
            tuple(group.child(j).text(c) for c in range(3)) for j in range(group.childCount())
        ]
    return found


def test_year_kind_and_title_are_columns_and_titles_do_not_repeat_the_year(make_window, library_db) -> None:
    window = make_window(library_db)
    header = window.library.tree.headerItem()
    assert [header.text(c) for c in range(3)] == ["发布机关、年份", "类型", "标题"]
    shown = rows(window)
    dapeng = next(v for k, v in shown.items() if "大鹏新区" in k)
    for year, kind, title in dapeng:
        assert year.isdigit() and kind == "政府工作报告"
        assert f"{year}年" not in title, title  # 大鹏新区管委会2014年工作报告 → 大鹏新区管委会工作报告


def test_two_reports_of_one_issuer_and_year_are_told_apart(make_window, library_db) -> None:
    window = make_window(library_db)
    council = next(v for k, v in rows(window).items() if k.startswith("国务院"))
    of_2019 = [title for year, _, title in council if year == "2019"]
    assert len(of_2019) == 2 and of_2019[0] != of_2019[1]  # same title, same file name: the checksum
    sums = {d.sha256[:8] for d in window.document.library.documents() if d.year == 2019}
    assert {t.rsplit("（", 1)[-1].rstrip("）") for t in of_2019} == sums


def test_alike_titles_show_their_file_names(qapp_prepared, qtbot) -> None:
    from zoneview.store.records import DocumentRecord
    from zoneview.ui.library import LibraryPane

    pane = LibraryPane()
    qtbot.addWidget(pane)
    docs = [
        DocumentRecord(1, "2024年区政府工作报告", "a.txt", "1" * 64, 10, "某区", 2024, "政府工作报告"),
        DocumentRecord(2, "区政府工作报告", "b.docx", "2" * 64, 10, "某区", 2024, "政府工作报告"),
        DocumentRecord(3, "区政府工作报告", "c.txt", "3" * 64, 10, "某区", 2025, "政府工作报告"),
    ]
    pane.populate(docs, 1)
    group = pane.tree.topLevelItem(0)
    shown = [tuple(group.child(j).text(c) for c in range(3)) for j in range(group.childCount())]
    assert shown == [
        ("2024", "政府工作报告", "区政府工作报告（a.txt）"),
        ("2024", "政府工作报告", "区政府工作报告（b.docx）"),
        ("2025", "政府工作报告", "区政府工作报告"),
    ]


def test_columns_sort_by_a_click_on_their_header(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    tree = window.library.tree
    header = tree.header()
    position = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, 5))
    council = next(v for k, v in rows(window).items() if k.startswith("国务院"))
    years = [year for year, _, _ in council]
    assert years == sorted(years, reverse=(header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, 5))
    again = [year for year, _, _ in next(v for k, v in rows(window).items() if k.startswith("国务院"))]
    assert again == years[::-1]


def test_column_widths_are_remembered(make_window, library_db, tmp_path) -> None:
    window = make_window(library_db)
    window.library.tree.header().resizeSection(1, 173)
    window.save_state()
    again = make_window(library_db)
    assert again.library.tree.header().sectionSize(1) == 173
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.contains("window/library_columns")


def test_a_report_opens_from_any_column(make_window, library_db) -> None:
    window = make_window(library_db)
    tree = window.library.tree
    items = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]  # fmt: skip
    item = next(i for i in items if i.data(0, DOCUMENT) != window.document.id)
    tree.itemClicked.emit(item, 2)  # its title
    assert window.document.id == item.data(0, DOCUMENT)
