"""Shared fixtures: the real report, the real bundled database, and user folders pointed at temp dirs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import fcntl
import hashlib
import shutil
from collections.abc import Callable, Iterable, Iterator
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


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's own, which turns -n into workers
def pytest_cmdline_main(config: pytest.Config) -> None:
    """The whole suite (`python -m pytest`, no paths) runs on every core (pytest-xdist's -n auto), a
    test file at a time to a worker, so a module's fixtures are built once. Named files or tests run
    in one process (workers take seconds to start), as do -s, --pdb and a pytest a test starts; -n
    (-n 0: one process), --dist, --tx and -p no:xdist are done as told."""
    if not config.pluginmanager.hasplugin("xdist") or hasattr(config, "workerinput"):
        return
    option = config.option
    told = option.numprocesses is not None or option.tx or option.usepdb or option.capture == "no"
    named = config.args_source is pytest.Config.ArgsSource.ARGS
    if told or named or option.collectonly or os.environ.get("PYTEST_XDIST_WORKER"):
        return
    option.numprocesses = "auto"
    if option.dist == "no":
        option.dist = "loadfile"


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


def built_once(
    factory: pytest.TempPathFactory, what: str, inputs: Iterable[Path], build: Callable[[Path], object]
) -> Path:
    """A folder that `build` fills once a run, however many workers ask: the first builds it (under a
    lock) in the run's temp folder, named by `what` and the names and bytes of `inputs`; the others
    wait for it and read it. Each worker of pytest-xdist has a session of its own, so a session
    fixture would otherwise build its files once a worker. What is in it is only to be read."""
    digest = hashlib.sha256(what.encode())
    for path in inputs:
        digest.update(f"\0{path}\0".encode() + path.read_bytes())
    run = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        run = run.parent  # the workers' temp folders are popen-gw0, popen-gw1 … in the run's
    folder = run / "built" / f"{what}-{digest.hexdigest()[:16]}"
    folder.parent.mkdir(exist_ok=True)
    with (folder.parent / f"{folder.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released as the file closes
        if not (folder / ".built").exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a worker that failed part-way left
            folder.mkdir()
            build(folder)
            (folder / ".built").touch()
    return folder


@pytest.fixture(scope="session")
def corpus_dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every corpus report built by the real parser into a database, once a run (about a second)."""

    def build(folder: Path) -> None:
        for source in CORPUS:
            write_database(parse_report(source.read_bytes(), source.name), folder / f"{source.stem}.db")

    folder = built_once(tmp_path_factory, "corpus", CORPUS, build)
    return {source.stem: folder / f"{source.stem}.db" for source in CORPUS}


@pytest.fixture(scope="session")
def state_council_rows(tmp_path_factory: pytest.TempPathFactory) -> list:
    """Every figure of the State Council's reports, each built into a database once a run: the
    series tests and the compare view's read the same rows (each module takes a copy of the list)."""
    from series_helpers import build_series, read_series, series_reports

    prefix = "国务院政府工作报告"
    folder = built_once(
        tmp_path_factory, "state-council", series_reports(prefix), lambda f: build_series(prefix, f)
    )
    return read_series(prefix, folder)


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
