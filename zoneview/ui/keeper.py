"""The window's side of the library file: importing reports (with progress and Cancel), removing one,
and noticing when another process (`zoneview add`, `zoneview remove` in a terminal) changed the file.

The keeper never reads the library for the window: it says what happened, with signals, and the
window shows it. Its texts stay in the "MainWindow" translation context they were written in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from zoneview import paths
from zoneview.store.read import Library, StoreError
from zoneview.store.records import DocumentRecord
from zoneview.ui.text import fill

if TYPE_CHECKING:
    from PySide6.QtCore import QThread

    from zoneview.service import Outcome as ImportOutcome

SETTLE_MS = 300  # a change is read once the file has been quiet this long (a writer commits in steps)


class LibraryKeeper(QObject):
    """Imports into, removes from and watches one library file for a window."""

    imported = Signal(Path, list)  # the library file written, and the ImportOutcomes
    removed = Signal(int)  # the document taken out by this window
    changed_outside = Signal()  # another process changed the library file
    refreshing = Signal(int, int, str)  # documents read again so far, in all, the title now read
    refreshed = Signal(int, str)  # how many documents were read again with this parser; why not, if not

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.progress: QProgressDialog | None = None
        self._worker: QObject | None = None
        self._thread: QThread | None = None
        self._target = Path()
        self._path = Path()
        self._seen: tuple[int, int] | None = None  # the file's (mtime, size) after this window's own change
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

    # -- watching ------------------------------------------------------------------------------------

    def watch(self, path: Path) -> None:
        """Watch this library file (and only it); the bundled database never changes."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._path = path
        if path.resolve() != paths.bundled_database().resolve() and path.is_file():
            self._watcher.addPath(str(path))

    def _stamp(self) -> tuple[int, int] | None:
        try:
            found = self._path.stat()
        except OSError:
            return None
        return (found.st_mtime_ns, found.st_size)

    def _own_change_done(self) -> None:
        """This window changed the file: what it looks like now is not another program's change."""
        self._seen = self._stamp()

    def _file_changed(self, path: str) -> None:
        if path not in self._watcher.files() and Path(path).is_file():
            self._watcher.addPath(path)  # replaced rather than written: watch the new file
        self._settle.start()

    def _settled(self) -> None:
        if self.busy:  # this window is writing: look again once it is done
            self._settle.start()
            return
        if self._stamp() == self._seen:
            return  # as this window's own change left it
        self.changed_outside.emit()

    # -- importing -----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.progress is not None or self._thread is not None

    def refresh_if_older(self, library: Library) -> None:
        """Read the library again in the background if an older zoneview's parser read any of it; its
        ids, bookmarks and merged series stay. The bundled database is never written."""
        from zoneview.service import read_by_older_parser

        if self.busy or library.path.resolve() == paths.bundled_database().resolve():
            return
        try:
            if not read_by_older_parser(library):  # the usual case, said at once: nothing to do
                return
        except StoreError:
            return  # a damaged library: the window says so where it reads it
        from zoneview.ui.importer import start_refresh

        thread, worker = start_refresh(library.path, self)
        self._worker, self._thread = worker, thread
        self._stop = worker.stop  # closing stops it between two documents; the rest wait for next time
        thread.finished.connect(self._thread_done)
        worker.progress.connect(self.refreshing)
        worker.finished.connect(self._refreshed)

    def _refreshed(self, count: int, error: str) -> None:
        if count:  # it wrote: the window lists the library again itself
            self._own_change_done()
        self.refreshed.emit(count, error)

    def import_files(self, library: Path, files: list[Path]) -> bool:
        """Add files to the library in the background, with progress and Cancel. The bundled database
        is never changed: the first import makes the user's library, with the bundled report in it."""
        if self.progress is not None:
            return False
        target = library
        if target.resolve() == paths.bundled_database().resolve():
            target = paths.user_library()
        problem = paths.data_folder_problem() if target == paths.user_library() else None
        if problem:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("MainWindow", "Cannot import"), problem
            )
            return False
        progress = QProgressDialog(
            QCoreApplication.translate("MainWindow", "Importing…"),
            QCoreApplication.translate("MainWindow", "Cancel"),
            0,
            len(files),
            self.window,
        )
        progress.setWindowTitle(QCoreApplication.translate("MainWindow", "Import Reports"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        self._target = target
        from zoneview.ui.importer import start_import  # the parser's formats load with it, on first use

        thread, worker = start_import(target, files, self)
        self._worker = worker  # it has no parent (it moved to its thread): held until done
        self._thread = thread
        thread.finished.connect(self._thread_done)
        self._stop = worker.stop
        progress.canceled.connect(self._stop.set)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)  # a method of the keeper: called in its thread
        return True

    def stop(self) -> None:
        """The window is closing: the file being read is left out; those done are kept."""
        if self._thread is not None:
            self._stop.set()
            self._thread.wait()

    def _progress(self, done: int, total: int, name: str) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if name:
            self.progress.setLabelText(
                fill(
                    QCoreApplication.translate("MainWindow", "Reading %1 (%2 of %3)…"), name, done + 1, total
                )
            )

    def _thread_done(self) -> None:
        self._worker = self._thread = None  # the thread has ended: nothing uses them

    def _finished(self, outcomes: list[ImportOutcome]) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._own_change_done()
        self.imported.emit(self._target, outcomes)

    def report(self, outcomes: list[ImportOutcome]) -> str:
        """Say what an import did: the line for the status bar, and a box for the files that failed."""
        failed = [o for o in outcomes if o.document_id is None]
        added = [o for o in outcomes if o.document_id is not None and o.new]
        known = [o for o in outcomes if o.document_id is not None and not o.new]
        message = fill(
            QCoreApplication.translate("MainWindow", "Imported %1, already in the library %2, failed %3"),
            len(added),
            len(known),
            len(failed),
        )
        if failed:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("MainWindow", "Some files were not imported"),
                message,
                parent=self.window,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setDetailedText("\n".join(f"{o.path.name}: {o.error}" for o in failed))
            box.open()
        return message

    # -- removing ------------------------------------------------------------------------------------

    def remove(self, library: Path, document: DocumentRecord) -> bool:
        """Remove a report from the library, once the user has said yes; whether it was removed."""
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("MainWindow", "Remove from Library"),
            fill(
                QCoreApplication.translate(
                    "MainWindow", "Remove “%1” and everything read from it from the library?"
                ),
                document.title,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from zoneview.store.library import LibraryError, LibraryWriter

        try:
            with LibraryWriter(library) as writer:
                writer.remove(document.id)
        except (LibraryError, OSError) as e:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("MainWindow", "Cannot remove"), str(e)
            )
            return False
        self._own_change_done()
        self.removed.emit(document.id)
        return True
