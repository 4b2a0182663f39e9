"""Shared fixtures: the real report, the real bundled database, and user folders pointed at temp dirs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from zoneview import paths
from zoneview.ingest import Report, parse_report
from zoneview.service import add_report
from zoneview.store import Document, Library, reading, write_database

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "data" / "000_fbc4be491c91ac1b.txt"
BUNDLED_DB = ROOT / "data" / "zoneview.db"
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
LARGEST = ROOT / "tests" / "corpus" / "2026年广东省政府工作报告.txt"


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data and config folders, so nothing touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ZONEVIEW_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    return home


@pytest.fixture(scope="session")
def report_bytes() -> bytes:
    return REPORT.read_bytes()


@pytest.fixture(scope="session")
def report(report_bytes: bytes) -> Report:
    return parse_report(report_bytes, REPORT.name)


@pytest.fixture(scope="session")
def source(report_bytes: bytes) -> str:
    return report_bytes.decode("utf-8")


@pytest.fixture(scope="session")
def corpus_dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every corpus report built by the real parser into a database, once a session (about a second)."""
    folder = tmp_path_factory.mktemp("corpus")
    built = {}
    for source in CORPUS:
        db = folder / f"{source.stem}.db"
        write_database(parse_report(source.read_bytes(), source.name), db)
        built[source.stem] = db
    return built


@pytest.fixture(scope="session")
def state_council_rows(tmp_path_factory: pytest.TempPathFactory) -> list:
    """Every figure of the State Council's reports, each built into a database once a session: the
    series tests and the compare view's read the same rows (each module takes a copy of the list)."""
    from series_helpers import build_rows

    return build_rows("国务院政府工作报告", tmp_path_factory.mktemp("state_council"))


@pytest.fixture
def store() -> Iterator[Document]:
    with reading(BUNDLED_DB) as s:
        yield s


@pytest.fixture
def built_db(tmp_path: Path, report: Report) -> Path:
    path = tmp_path / "built.db"
    write_database(report, path)
    return path


def bundled_paths() -> tuple[Path, Path]:
    return paths.bundled_report(), paths.bundled_database()


@pytest.fixture
def qapp_prepared(qapp):
    """The test QApplication with the bundled font and the Chinese translation, as users get it."""
    from zoneview.ui import i18n
    from zoneview.ui.app import application

    app = application()
    i18n.install_language(app, "zh")
    yield app
    i18n.install_language(app, "zh")


@pytest.fixture
def make_window(qtbot, qapp_prepared, tmp_path):
    """Build main windows on the bundled database with settings in a temp folder."""
    from PySide6.QtCore import QSettings

    from zoneview.ui.mainwindow import MainWindow

    stores = []
    windows = []

    def make(db=BUNDLED_DB, language="zh", restore=True):
        store = Library(db).document()
        stores.append(store)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings, language)
        qtbot.addWidget(window)
        windows.append(window)
        if restore:
            window.restore_state()
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield make
    for window in windows:  # before their stores: a tree lays itself out, and reads rows, as it closes
        window.close()
    for _ in range(3):
        qapp_prepared.processEvents()
    for s in stores:
        s.library.close()


def library_of(folder: Path, reports: list[Path]) -> Path:
    """A library (library.db in `folder`) holding the bundled report and `reports`, added in order."""
    from zoneview.store.library import LibraryWriter

    db = folder / "library.db"
    with LibraryWriter(db) as library:
        for path in reports:
            add_report(library, path)
    return db


@pytest.fixture
def library_db(library_file: Path, tmp_path: Path) -> Path:
    """A test's own copy of its module's `library_file`, built once a module: it may change it."""
    copy = tmp_path / "library.db"
    shutil.copy(library_file, copy)
    return copy
