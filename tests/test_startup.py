"""Starting the application: screenshots, broken databases, the rebuild offer, crash logs, the Qt binding."""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from cli_helpers import assert_user_error, run_zoneview_process
from conftest import ROOT
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from test_store import BAD_DATABASES

from zoneview import paths
from zoneview.store import StoreError
from zoneview.ui import app as app_module


@pytest.mark.slow
def test_screenshot_renders_the_window_with_its_chart(tmp_path) -> None:
    out = tmp_path / "shot.png"
    result = run_zoneview_process("--screenshot", out, "--select", "summary", "--size", "1200x760")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 760)
    colours = {image.pixel(x, y) for x in range(0, 1200, 40) for y in range(0, 760, 40)}
    assert len(colours) > 5  # painted, not a blank rectangle


@pytest.mark.slow
def test_screenshot_in_english(tmp_path) -> None:
    out = tmp_path / "en.png"
    assert run_zoneview_process("--screenshot", out, "--select", "1.1", "--lang", "en").returncode == 0
    assert out.stat().st_size > 10_000


@pytest.mark.slow
@pytest.mark.parametrize("case", list(BAD_DATABASES))
def test_screenshot_of_a_bad_database_is_one_line_and_no_file(tmp_path, case) -> None:
    make, _ = BAD_DATABASES[case]
    db = tmp_path / "bad.db"
    make(db)
    out = tmp_path / "shot.png"
    result = run_zoneview_process("--screenshot", out, "--db", db)
    assert_user_error(result)  # damage the window would not read is found when it opens the database
    assert not out.exists()


def test_an_unknown_node_is_a_clear_error(tmp_path) -> None:
    result = run_zoneview_process("--screenshot", tmp_path / "x.png", "--select", "9.9")
    assert_user_error(result, "no node '9.9'")


def test_a_bad_size_is_a_clear_error(tmp_path) -> None:
    assert_user_error(
        run_zoneview_process("--screenshot", tmp_path / "x.png", "--size", "huge"), "WIDTHxHEIGHT"
    )


def test_no_display_is_a_clear_error() -> None:
    result = run_zoneview_process(env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert_user_error(result, "no display")


def test_a_display_nobody_runs_is_one_line_not_an_abort() -> None:
    """Qt aborts (SIGABRT, exit 134) when $DISPLAY names no X server: say why instead."""
    result = run_zoneview_process(
        env={"QT_QPA_PLATFORM": "", "DISPLAY": ":987", "WAYLAND_DISPLAY": ""}, timeout=60
    )
    assert result.returncode == 1
    assert_user_error(result, "could not connect to display :987")


@pytest.mark.parametrize("args", [[], ["chart", "1.1", "--png", "{out}"], ["--screenshot", "{out}"]])
def test_an_unknown_qt_platform_is_one_line_not_an_abort(tmp_path, args) -> None:
    out = tmp_path / "x.png"
    result = run_zoneview_process(
        *[out if a == "{out}" else a for a in args], env={"QT_QPA_PLATFORM": "nonesuch"}
    )
    assert result.returncode == 1
    assert_user_error(result, "nonesuch")
    assert not out.exists()


def test_the_window_offers_to_rebuild_a_broken_database(qapp_prepared, tmp_path, qtbot) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(100))
    with pytest.raises(StoreError) as error:
        app_module.open_document(bad)

    def press_rebuild() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert str(paths.user_database()) in box.informativeText()
        next(b for b in box.buttons() if b.text() == "重建").click()

    QTimer.singleShot(200, press_rebuild)
    store = app_module.recover(error.value)
    assert store is not None
    assert store.path == paths.user_database()
    assert len(store.nodes()) == 17
    assert bad.read_bytes() == b"SQLite format 3\x00" + bytes(100)  # never written over
    store.library.close()


def test_declining_the_rebuild_leaves_everything(qapp_prepared, tmp_path) -> None:
    def press_cancel() -> None:
        box = QApplication.activeModalWidget()
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(200, press_cancel)
    assert app_module.recover(StoreError("broken")) is None
    assert not paths.user_database().exists()


def test_an_uncaught_exception_is_logged_and_reported(capsys) -> None:
    saved = sys.excepthook
    try:
        app_module.install_excepthook(show_dialog=False)
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = saved
    log = paths.crash_log().read_text(encoding="utf-8")
    assert "RuntimeError: boom" in log and "Traceback" in log
    assert "internal error: RuntimeError: boom" in capsys.readouterr().err


def test_signals_do_not_leak_references_to_true() -> None:
    """PySide6 6.12.0 drops a reference to True on every emit; on Python 3.11 that ends in an abort."""

    class Emitter(QObject):
        fired = Signal(object)

    emitter = Emitter()
    emitter.fired.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(2000):
        emitter.fired.emit(1)
    assert abs(sys.getrefcount(True) - before) < 50


@pytest.mark.parametrize(
    ("lang", "expected"), [("en_US.UTF-8", "en"), ("zh_CN.UTF-8", "zh"), ("C.UTF-8", "zh")]
)
def test_the_system_locale_picks_the_language(lang, expected) -> None:
    script = "from zoneview.ui.i18n import resolve_language; print(resolve_language(None))"
    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "LANGUAGE": ""}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == expected, out.stderr
    assert app_module.i18n.resolve_language("zh", "en") == "zh"  # --lang wins over the saved choice


def test_a_language_from_the_command_line_is_not_saved(make_window) -> None:
    window = make_window(language="en")  # as `zoneview --lang en` starts it
    window.save_state()
    assert window.settings.value("view/language") is None
    window.set_language("zh")  # a choice in the menu is what persists
    assert window.settings.value("view/language") == "zh"


@pytest.mark.slow
def test_a_sound_rebuilt_copy_is_used_when_the_bundled_database_is_damaged(tmp_path) -> None:
    """An installed package whose shipped database is damaged, with a copy rebuilt on an earlier start:
    zoneview opens the copy instead of asking to rebuild again."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "zoneview", site / "zoneview", ignore=shutil.ignore_patterns("__pycache__"))
    (site / "zoneview" / "resources").symlink_to(ROOT / "resources")
    data = site / "zoneview" / "data"
    data.mkdir()
    shutil.copy(ROOT / "data" / "000_fbc4be491c91ac1b.txt", data)
    (data / "zoneview.db").write_bytes(b"SQLite format 3\x00" + bytes(100))
    home = tmp_path / "home"
    env = {"PYTHONPATH": str(site), "ZONEVIEW_DATA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "shot.png"
    refused = run_zoneview_process("--screenshot", out, env=env, cwd=tmp_path)
    assert refused.returncode == 1 and "zoneview.db" in refused.stderr  # no rebuilt copy yet
    home.mkdir(exist_ok=True)  # the first start may have made it for its log
    shutil.copy(ROOT / "data" / "zoneview.db", home / "zoneview.db")  # as the 重建 button leaves it
    result = run_zoneview_process("--screenshot", out, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() > 0


def test_the_rebuild_offer_is_wholly_chinese(qapp_prepared, tmp_path) -> None:
    """The store's English message goes under 详细信息, not into the Chinese text."""
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(100))
    with pytest.raises(StoreError) as error:
        app_module.open_document(bad)
    seen = {}

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        seen.update(text=box.text(), info=box.informativeText(), details=box.detailedText())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(200, read_and_cancel)
    assert app_module.recover(error.value) is None
    shown = (seen["text"] + seen["info"]).replace(str(paths.user_database()), "")
    assert not re.search(r"\b(?!zoneview\b)[A-Za-z]{3,}", shown), shown
    assert seen["details"] == str(error.value)


SMALL_SCREEN = {
    "windowFrameMargins": True,
    "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}],
}
FIRST_WINDOW = """
import json, sys
from PySide6.QtCore import QSettings
from zoneview import paths
from zoneview.store import Library
from zoneview.ui.app import application
from zoneview.ui.mainwindow import MainWindow
app = application()
window = MainWindow(
    Library(paths.bundled_database()).document(), QSettings(sys.argv[1], QSettings.Format.IniFormat)
)
window.restore_state()
window.show()
app.processEvents()
frame, room = window.frameGeometry(), window.screen().availableGeometry()
print(json.dumps([frame.height(), room.height(), frame.width(), room.width()]))
window.close()
"""


def test_the_first_window_fits_a_small_screen(tmp_path) -> None:
    """On a 1366x768 screen the first window, with a title bar above it, ends above the bottom."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SMALL_SCREEN))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(tmp_path / "settings.ini")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    height, room_height, width, room_width = json.loads(out.stdout)
    title_bar = 32  # what a window manager adds above the frame Qt knows of
    assert height + title_bar <= room_height
    assert width <= room_width


def test_the_window_paints_before_the_command_line_and_the_builder_load(tmp_path) -> None:
    """`zoneview`, as the desktop entry starts it, needs neither click nor the builder (nor numpy) to
    show the report: they would only delay its first paint. The builder (zoneview.store.build, with the
    parser's modules) is what `zoneview.store` imports only on demand."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from zoneview.ui import mainwindow\n"
        "class FirstPaint(QObject):\n"
        "    def eventFilter(self, obj, event):\n"
        "        if obj is self.target and event.type() == QEvent.Type.Paint:\n"
        "            late = ('click', 'zoneview.store.build', 'numpy', 'pyqtgraph')\n"
        "            print(sorted(m for m in late if m in sys.modules))\n"
        "            QApplication.instance().exit(0)\n"
        "        return False\n"
        "shown = mainwindow.MainWindow.show\n"
        "def show(window):\n"
        "    window.probe = FirstPaint()\n"
        "    window.probe.target = window.detail.browser.viewport()\n"
        "    QApplication.instance().installEventFilter(window.probe)\n"
        "    shown(window)\n"
        "mainwindow.MainWindow.show = show\n"
        "sys.argv = ['zoneview']\n"
        "from zoneview.launch import main\n"
        "main()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", out.stdout


def test_an_internal_error_at_start_is_one_line_and_logged(tmp_path) -> None:
    """The bare start (no arguments) reports its own faults as the command line does."""
    script = (
        "import sys\n"
        "import zoneview.ui.app\n"
        "def broken(**_): raise RuntimeError('boom')\n"
        "zoneview.ui.app.run = broken\n"
        "sys.argv = ['zoneview']\n"
        "from zoneview.launch import main\n"
        "main()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 70
    assert out.stderr.startswith("zoneview: internal error: RuntimeError: boom (details in ")
    assert "RuntimeError: boom" in paths.crash_log().read_text(encoding="utf-8")


def bare_start(tmp_path, probe: str) -> subprocess.CompletedProcess[str]:
    """`zoneview` with no arguments, as the desktop entry starts it, off screen, with its user folders in
    `tmp_path` and `probe` (Python that patches the window to print what it sees) run first."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from zoneview.ui import mainwindow\n"
        f"{probe}\n"
        "sys.argv = ['zoneview']\n"
        "from zoneview.launch import main\n"
        "main()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env |= {"ZONEVIEW_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    command = [sys.executable, "-c", script]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.slow
def test_garbage_collection_waits_for_the_window_and_resumes_once_its_charts_are_in(tmp_path) -> None:
    """Start-up holds collection back (it makes almost no garbage), and turns it back on, with what it
    made frozen, when the charts have come: a session never runs without it."""
    out = bare_start(
        tmp_path,
        "import gc\n"
        "loaded = mainwindow.MainWindow.load_charts\n"
        "def load_charts(window):\n"
        "    print('before the charts', gc.isenabled())\n"
        "    loaded(window)\n"
        "    QTimer.singleShot(0, lambda: (print('after', gc.isenabled(), gc.get_freeze_count() > 1000),\n"
        "                                  QApplication.instance().exit(0)))\n"
        "mainwindow.MainWindow.load_charts = load_charts",
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["before the charts False", "after True True"]


@pytest.mark.slow
def test_the_report_read_last_is_the_one_the_window_is_built_for(tmp_path) -> None:
    """Coming back to a library, the bare start opens the report read last before it builds the window:
    its tree is filled once, for that report, not first for the library's first report."""
    from conftest import library_of

    (tmp_path / "data").mkdir()
    library_of(tmp_path / "data", [ROOT / "tests" / "corpus" / "国务院政府工作报告_2021年.txt"])
    settings = tmp_path / "config" / "zoneview" / "zoneview.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[view]\nlast_document=2\nlast_node=2\n", encoding="utf-8")
    out = bare_start(
        tmp_path,
        "from zoneview.ui import navigator\n"
        "filled = []\n"
        "populate = navigator.ReportTree.populate\n"
        "def counted(tree):\n"
        "    filled.append(tree.document.id)\n"
        "    populate(tree)\n"
        "navigator.ReportTree.populate = counted\n"
        "shown = mainwindow.MainWindow.show\n"
        "def show(window):\n"
        "    shown(window)\n"
        "    print(window.document.id, window.current_node_id(), filled)\n"
        "    QTimer.singleShot(0, QApplication.instance().quit)\n"
        "mainwindow.MainWindow.show = show",
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "2 2 [2]"
