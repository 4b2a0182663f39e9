"""The installed zoneview in a real X window under Xvfb, driven with xdotool as a user would."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from xvfb import private_display

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool (CI installs them)",
    ),
]

GRAB = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication(['grab'])\n"
    "QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])\n"
)


@pytest.fixture
def display():
    """A private X server for this test; stopped afterwards."""
    with private_display() as name:
        yield name


def launcher() -> list[str]:
    """The installed `zoneview` beside this Python (a venv's bin), else the module."""
    installed = Path(sys.executable).with_name("zoneview")
    return [str(installed)] if installed.exists() else [sys.executable, "-m", "zoneview"]


class Session:
    def __init__(self, display: str, tmp_path: Path) -> None:
        self.env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        self.tmp = tmp_path
        self.process = subprocess.Popen(
            launcher(), env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd="/"
        )
        self.window = self.xdotool("search", "--sync", "--onlyvisible", "--class", "zoneview").split()[0]
        self.settled()  # the chart arrives after the first paint

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        out = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )
        return out.stdout.strip()

    def screenshot(self, name: str) -> QImage:
        path = self.tmp / f"{name}.png"
        subprocess.run([sys.executable, "-c", GRAB, str(path)], env=self.env, check=True, timeout=60)
        return QImage(str(path))

    def settled(self, timeout: float = 60) -> QImage:
        """The screen once it has stopped changing: two grabs in a row alike."""
        deadline = time.monotonic() + timeout
        last = self.screenshot("settling")
        while time.monotonic() < deadline:
            now = self.screenshot("settling")
            if now == last:
                return now
            last = now
        raise AssertionError("the window kept changing")

    def changed(self, before: QImage, box: tuple[int, int, int, int], timeout: float = 30) -> QImage:
        """The screen once `box` (x0, y0, x1, y1) differs from `before`, and has settled; `before`
        again if it never does."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if differs(before, self.screenshot("waiting"), *box):
                return self.settled()
        return before

    def gone(self, name: str, timeout: float = 30) -> bool:
        """True once no visible window is called `name`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.xdotool("search", "--onlyvisible", "--name", name, timeout=5):
                return True
            time.sleep(0.1)
        return False

    def click(self, x: int, y: int) -> None:
        self.xdotool("mousemove", "--window", self.window, str(x), str(y), "click", "1")

    def keys(self, *keys: str) -> None:
        """Real key presses (XTEST) into the focused main window."""
        self.xdotool("windowfocus", "--sync", self.window)
        self.xdotool("key", "--delay", "60", *keys)

    def finish(self) -> tuple[int, str]:
        self.keys("ctrl+q")
        try:
            _, stderr = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, stderr = self.process.communicate()
        return self.process.returncode, stderr


def differs(a: QImage, b: QImage, x0: int, y0: int, x1: int, y1: int) -> bool:
    return any(a.pixel(x, y) != b.pixel(x, y) for x in range(x0, x1, 7) for y in range(y0, y1, 7))


def test_click_search_and_print_in_a_real_window(display, tmp_path, user_folders) -> None:
    session = Session(display, tmp_path)
    assert session.xdotool("getwindowname", session.window).endswith("— zoneview")
    detail = (350, 80, 1270, 460)
    start = session.settled()

    session.click(110, 201)  # 一是 强化金融要素支持, in the contents tree
    clicked = session.changed(start, detail)
    assert differs(start, clicked, *detail), "the detail pane did not change after the click"

    session.keys("ctrl+k")
    session.xdotool("type", "--delay", "60", "62")
    session.keys("Return")
    searched = session.changed(clicked, detail)
    assert differs(clicked, searched, *detail), "the search did not show another node"

    session.keys("ctrl+p")
    dialog = session.xdotool("search", "--sync", "--onlyvisible", "--name", "^打印$", timeout=30)
    assert dialog, "the print dialog did not open"
    session.xdotool("windowfocus", "--sync", dialog.split()[0])
    session.xdotool("key", "Escape")
    assert session.gone("^打印$"), "the print dialog did not close"

    code, stderr = session.finish()
    assert code == 0, stderr
    assert "Traceback" not in stderr
    assert "qt:" not in stderr, stderr
    config = configparser.ConfigParser()
    config.read(user_folders / "config" / "zoneview" / "zoneview.ini", encoding="utf-8")
    assert config.get("view", "last_node") == "5"  # where the search for 62 (海外人才62名) led
