"""A data folder that cannot be used, or a settings file edited by hand, never stops the viewer: it starts
read-only with one warning, and says in a dialog what it could not save."""

from __future__ import annotations

import os
import sys

import pytest
from cli_helpers import run_zoneview_process
from mounts import can_mount, make_read_only, tmpfs
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from zoneview.bookmarks import Bookmarks


@pytest.fixture(params=["a file", "a read-only folder"])
def unusable_data_home(request, tmp_path, monkeypatch):
    """ZONEVIEW_DATA_HOME naming a file, or a folder nobody may write in (a read-only mount, which
    binds root too; without root, a folder without write permission)."""
    home = tmp_path / "data"
    if request.param == "a file":
        home.write_text("not a folder", encoding="utf-8")
        monkeypatch.setenv("ZONEVIEW_DATA_HOME", str(home))
        yield home
        return
    if can_mount():
        with tmpfs(home, size_kb=256):
            make_read_only(home)
            monkeypatch.setenv("ZONEVIEW_DATA_HOME", str(home))
            yield home
        return
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere but on a read-only mount")
    home.mkdir()
    home.chmod(0o555)
    monkeypatch.setenv("ZONEVIEW_DATA_HOME", str(home))
    yield home
    home.chmod(0o755)


def test_the_window_starts_read_only_with_one_warning(unusable_data_home, tmp_path) -> None:
    out = tmp_path / "shot.png"
    result = run_zoneview_process("--screenshot", out, "--select", "1.1")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("zoneview: warning: "), result.stderr
    assert str(unusable_data_home) in lines[0] and "read-only" in lines[0]
    assert QImage(str(out)).width() == 1280


def test_ctrl_d_says_in_a_dialog_that_the_bookmark_was_not_saved(
    unusable_data_home, make_window, qtbot
) -> None:
    window = make_window()
    window.navigate("node:2.1")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "书签" in boxes[0].text() and str(unusable_data_home) in boxes[0].informativeText()
    assert (window.document.record().sha256, "2.1") in window.bookmarks  # it holds until the window closes
    assert window.actions_by_name["bookmark"].text() == "移除书签"
    boxes[0].close()


def test_a_crash_with_no_data_folder_is_still_one_line(unusable_data_home, capsys) -> None:
    from zoneview.ui import app

    previous = sys.excepthook
    app.install_excepthook(show_dialog=False)
    try:
        sys.excepthook(ValueError, ValueError("boom"), None)
    finally:
        sys.excepthook = previous
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "zoneview: internal error: ValueError: boom (details in nowhere: the data folder is unusable)"
    ]
    from zoneview.crashlog import write_crash_log

    assert write_crash_log(ValueError("boom")) is None  # the one writer both use


def test_hand_edited_settings_are_ignored_not_fatal(tmp_path, make_window) -> None:
    from zoneview.ui.printing import make_printer

    (tmp_path / "settings.ini").write_text(
        "[view]\nzoom=abc\nlast_node=[[[\n[print]\npage_size=huge\norientation=99\n"
        "[window]\ngeometry=not bytes\n",
        encoding="utf-8",
    )
    window = make_window()  # restores the state from that file
    assert window.zoom == 0 and window.current_node_id() == "preamble"
    printer = make_printer(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert printer.pageLayout().pageSize().id().name == "A4"


def test_a_bookmarks_file_nested_100k_deep_is_kept_aside(tmp_path) -> None:
    path = tmp_path / "bookmarks.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    marks = Bookmarks(path)
    assert list(marks) == []
    assert (tmp_path / "bookmarks.json.unreadable").stat().st_size == 200_000
    marks.add("0" * 64, "1.1", "一是 强化金融要素支持")
    assert [b.node for b in Bookmarks(path)] == ["1.1"]


def test_a_second_unreadable_bookmarks_file_keeps_the_first_backup(tmp_path) -> None:
    path = tmp_path / "bookmarks.json"
    for damaged in ("{first", "{second", "{third"):
        path.write_text(damaged, encoding="utf-8")
        assert list(Bookmarks(path)) == []
    backups = sorted(tmp_path.glob("bookmarks.json.unreadable*"))
    assert [b.read_text(encoding="utf-8") for b in backups] == ["{first", "{second", "{third"]


def test_one_module_decides_where_data_and_settings_go(user_folders, monkeypatch, qapp) -> None:
    """paths.py names the settings file as it names the data folder; the window's settings are there,
    wherever XDG_CONFIG_HOME points now (Qt would have kept the first place it looked)."""
    from zoneview import paths
    from zoneview.ui.app import settings

    first = settings()
    assert first.fileName() == str(user_folders / "config" / "zoneview" / "zoneview.ini")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user_folders / "elsewhere"))
    moved = settings()
    moved.setValue("view/zoom", 2)
    moved.sync()
    assert paths.settings_file() == user_folders / "elsewhere" / "zoneview" / "zoneview.ini"
    assert "zoom=2" in paths.settings_file().read_text(encoding="utf-8")
