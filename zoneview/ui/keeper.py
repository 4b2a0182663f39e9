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

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.progress: QProgressDialog | None = None
        self._worker: QObject | None = None
        self._thread: QThread | None = None
        self._target = Path()
        self._own_change = False  # the next change of the file is this window's import or removal
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
        if path.resolve() != paths.bundled_database().resolve() and path.is_file():
            self._watcher.addPath(str(path))

    def _file_changed(self, path: str) -> None:
        if path not in self._watcher.files() and Path(path).is_file():
            self._watcher.addPath(path)  # replaced rather than written: watch the new file
        self._settle.start()

    def _settled(self) -> None:
        if self.busy:
            return  # this window's import is writing: it says what it did when done
        if self._own_change:
            self._own_change = False
            return
        self.changed_outside.emit()

    # -- importing -----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.progress is not None or self._thread is not None

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
        self._own_change = True
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
            self._own_change = True
            with LibraryWriter(library) as writer:
                writer.remove(document.id)
        except (LibraryError, OSError) as e:
            self._own_change = False
            QMessageBox.warning(
                self.window, QCoreApplication.translate("MainWindow", "Cannot remove"), str(e)
            )
            return False
        self.removed.emit(document.id)
        return True
