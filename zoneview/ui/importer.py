"""Importing reports into the library from the window: in a worker thread, with progress and Cancel.

The worker opens its own connection to the library (SQLite connections stay in their thread); each
file is one transaction, so Cancel, or a file that cannot be read, leaves the library as it was before
that file.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot


def importable(path: Path) -> bool:
    from zoneview.service import importable_suffixes

    return path.suffix.lower() in importable_suffixes() and path.is_file()


class ImportWorker(QObject):
    """Adds files to a library one by one; setting `stop` stops it at the next node read or file."""

    progress = Signal(int, int, str)  # files done, files in all, the file now read
    finished = Signal(list)  # list[ImportOutcome], cancelled files left out

    def __init__(self, library: Path, files: list[Path]) -> None:
        super().__init__()
        self.library = library
        self.files = files
        # set from the window's thread (a queued call would wait for `run` to end), read between nodes
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        from zoneview.service import import_files

        outcomes = list(
            import_files(
                self.library,
                self.files,
                progress=lambda done, total, path: self.progress.emit(done, total, path.name),
                cancelled=self.stop.is_set,
            )
        )
        self.progress.emit(len(self.files), len(self.files), "")
        self.finished.emit(outcomes)


class RefreshWorker(QObject):
    """Reads the library again with this parser when an older one read it (service.refresh_if_older)."""

    progress = Signal(int, int, str)  # documents done, documents in all, the title now read
    finished = Signal(int, str)  # how many were read again; why it failed ("" if it did not)

    def __init__(self, library: Path) -> None:
        super().__init__()
        self.library = library
        self.stop = threading.Event()  # set from the window's thread: stops between two documents

    @Slot()
    def run(self) -> None:
        from zoneview.service import refresh_if_older
        from zoneview.store.library import LibraryError
        from zoneview.store.read import StoreError

        try:
            count = refresh_if_older(
                self.library, lambda n, of, d: self.progress.emit(n, of, d.title), self.stop.is_set
            )
        except (LibraryError, StoreError, OSError) as e:  # read-only, full, locked: the old rows stay
            self.finished.emit(0, str(e))
            return
        self.finished.emit(count, "")


def start_refresh(library: Path, parent: QObject) -> tuple[QThread, RefreshWorker]:
    """Run a RefreshWorker in a thread of its own, as start_import runs an import."""
    worker = RefreshWorker(library)
    return _start(worker, parent), worker


def start_import(library: Path, files: list[Path], parent: QObject) -> tuple[QThread, ImportWorker]:
    """Run an ImportWorker in a thread of its own, which ends when the worker is done. The caller holds
    the worker (it has no parent) until the thread's `finished`, and only then lets it go."""
    worker = ImportWorker(library, files)
    return _start(worker, parent), worker


def _start(worker: ImportWorker | RefreshWorker, parent: QObject) -> QThread:
    from zoneview.scratch import use_private_temp

    use_private_temp()  # a window killed mid-import leaves its import folder to the next run to remove
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # quit() is called in the worker's thread as it finishes: queued to the window's thread, it would
    # wait for that thread's event loop, which a window closing mid-import blocks in thread.wait()
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
