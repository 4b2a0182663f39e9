"""The keyboard in a real X window (Xvfb), with real key presses (xdotool): the shortcuts dialog, a
search, the charts reached and a bar chosen, all without the mouse."""

from __future__ import annotations

import configparser
import shutil

import pytest
from test_real_window import Session, differs
from xvfb import private_display

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool (CI installs them)",
    ),
]


@pytest.fixture
def display():
    with private_display() as name:
        yield name


def test_the_keyboard_alone_in_a_real_window(display, tmp_path, user_folders) -> None:
    session = Session(display, tmp_path)
    session.keys("ctrl+slash")
    dialog = session.xdotool("search", "--sync", "--onlyvisible", "--name", "^键盘快捷键$", timeout=30)
    assert dialog, "Ctrl+/ did not open the keyboard shortcuts"
    session.xdotool("windowfocus", "--sync", dialog.split()[0])
    session.xdotool("key", "Escape")
    assert session.gone("^键盘快捷键$"), "Esc did not close the keyboard shortcuts"

    detail = (350, 80, 1270, 460)
    start = session.settled()
    session.keys("ctrl+k")
    session.xdotool("type", "--delay", "60", "62")  # 海外人才62名, in part 5: a chart and cards
    session.keys("Return")
    searched = session.changed(start, detail)
    assert differs(start, searched, *detail), "the search did not show part 5"

    session.keys("ctrl+6", "Down", "Return")  # the charts, the second bar, shown in the text
    chosen = session.changed(searched, detail)
    assert differs(searched, chosen, *detail), "Enter on a bar did not show its figure in the text"

    code, stderr = session.finish()
    assert code == 0, stderr
    assert "Traceback" not in stderr and "qt:" not in stderr, stderr
    config = configparser.ConfigParser()
    config.read(user_folders / "config" / "zoneview" / "zoneview.ini", encoding="utf-8")
    assert config.get("view", "last_node") == "5"
