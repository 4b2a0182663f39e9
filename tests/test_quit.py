"""Quitting ends the process at once (zoneview.exiting), and loses nothing: settings, bookmarks, what
was printed, and the run's temp folder removed, whichever way the window was started."""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import ROOT
from conftest import BUNDLED_DB

# The real entry point, with the window used for a moment and closed as Ctrl+Q closes it
SESSION = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from zoneview import scratch
from zoneview.ui import mainwindow

shown = mainwindow.MainWindow.show

def show(window):
    shown(window)

    def use():
        scratch.use_private_temp()  # as an import makes it, removed by an exit handler
        window.navigate("node:2")
        window.toggle_bookmark()
        window.change_zoom(2)
        window.close()  # saves the window's state
        print("used", end="")  # a pipe holds this in Python's buffer until flushed

    run_loop = QApplication.exec

    def exec_and_set(*_):  # a setting changed after the window saved its state and the loop ended
        code = run_loop()
        window.settings.setValue("test/after_close", "kept")
        return code

    QApplication.exec = exec_and_set

    QTimer.singleShot(0, use)

mainwindow.MainWindow.show = show
sys.argv = ["zoneview", *sys.argv[1:]]
from zoneview.launch import main
main()
"""


@pytest.mark.parametrize("args", [[], ["--db", str(BUNDLED_DB)]], ids=["bare", "command line"])
def test_quitting_writes_settings_and_bookmarks_and_flushes_output(args, user_folders, tmp_path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp)}
    env.pop("PYTHONUNBUFFERED", None)  # buffered, as a desktop launch is
    done = subprocess.run(
        [sys.executable, "-c", SESSION, *args], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "used"
    assert "Traceback" not in done.stderr
    config = configparser.ConfigParser()
    config.read(user_folders / "config" / "zoneview" / "zoneview.ini", encoding="utf-8")
    assert config.get("view", "last_node") == "2"
    assert config.get("view", "zoom") == "2"
    assert config.get("test", "after_close") == "kept"
    bookmarks = json.loads((user_folders / "data" / "bookmarks.json").read_text(encoding="utf-8"))
    assert "2" in json.dumps(bookmarks)
    assert list(temp.iterdir()) == []


def test_end_process_runs_exit_handlers_and_flushes(tmp_path: Path) -> None:
    script = (
        "import atexit, sys\n"
        "from zoneview.exiting import end_process\n"
        f"atexit.register(lambda: open({str(tmp_path / 'handled')!r}, 'w').close())\n"
        "print('out', end=''); sys.stderr.write('err')\n"
        "end_process(3)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONUNBUFFERED", None)
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (3, "out", "err")
    assert (tmp_path / "handled").exists()
