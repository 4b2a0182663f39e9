"""Start the application: fonts, language, database (with a way out when it is broken), window."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEventLoop,
    QSocketNotifier,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication

from zoneview import paths, stopping
from zoneview.files import is_stdout, output_file, write_atomic
from zoneview.store.document import Document
from zoneview.store.read import Library, StoreError, open_document
from zoneview.ui import i18n
from zoneview.ui.qtapp import (
    application,
    apply_dark_palette,
    apply_high_contrast_if_wanted,
    has_display,
    int_setting,
    settings,
)
from zoneview.ui.text import fill

# Dialogs, the dark palette, crash logs and screenshots import what they need when they happen: every
# Qt class a module names is built when first touched, and none of these is needed for the first paint.

if TYPE_CHECKING:
    from zoneview.ui.mainwindow import MainWindow

START_UP_MS = 5_000  # garbage collection resumes after this, if the charts have not come by then


def rebuild_user_database() -> Document:
    """Build a fresh database from the bundled report into the user's data folder."""
    from zoneview.service import build_database

    target = paths.user_database()
    build_database(paths.bundled_report(), target)
    return Library(target).document()


def rebuilt_database() -> Document | None:
    """The copy rebuilt into the user's data folder on an earlier start, if there is one and it is sound."""
    target = paths.user_database()
    if not target.is_file():
        return None
    from zoneview.store.check import check_database

    try:
        library = Library(target)
        if check_database(library).ok:
            return library.document()
        library.close()
    except StoreError:
        pass
    return None


def recover(error: StoreError, parent: object = None) -> Document | None:
    """Tell the user what is wrong with the database and offer to rebuild it; None if they decline."""
    from PySide6.QtWidgets import QMessageBox

    from zoneview.ui.markup import plain_html

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("Startup", "Cannot open the database"))
    box.setText(QApplication.translate("Startup", "zoneview cannot read its database."))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message names a path, which may hold anything
    box.setInformativeText(
        QApplication.translate(
            "Startup", "The file is missing, damaged, or was made by another version of zoneview."
        )
        + "\n\n"
        + QApplication.translate(
            "Startup", "Rebuild it from the bundled report? The new copy goes into your own data folder:"
        )
        + f"\n{paths.user_database()}"
    )
    # the store's own words (in English, and naming the file) for whoever reports the problem
    box.setDetailedText(str(error))
    rebuild = box.addButton(QApplication.translate("Startup", "Rebuild"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(rebuild)
    box.exec()
    if box.clickedButton() is not rebuild:
        return None
    try:
        return rebuild_user_database()
    except Exception as e:  # the bundled report itself is damaged: say so, never crash
        QMessageBox.critical(None, QApplication.translate("Startup", "Rebuild failed"), plain_html(str(e)))
        return None


def install_excepthook(show_dialog: bool = True) -> None:
    """An uncaught exception is logged to the user's data folder and shown; never silent."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from zoneview.crashlog import NOWHERE, internal_error_line, write_crash_log

        log = write_crash_log(exc.with_traceback(tb))
        print(internal_error_line(exc, log), file=sys.stderr)
        if show_dialog and QApplication.instance() is not None:
            from PySide6.QtWidgets import QMessageBox

            from zoneview.ui.markup import plain_html

            QMessageBox.critical(
                None,
                QApplication.translate("Startup", "zoneview hit a problem"),
                plain_html(
                    fill(
                        QApplication.translate(
                            "Startup", "Something went wrong: %1\n\nDetails were written to %2."
                        ),
                        f"{exc_type.__name__}: {exc}",
                        log or NOWHERE,
                    )
                ),
            )

    sys.excepthook = hook


def run(
    db: Path | None = None,
    select: str | None = None,
    lang: str | None = None,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
    dark: bool = False,
    document: int | None = None,
) -> int:
    from zoneview.ui.mainwindow import MainWindow

    if screenshot is not None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        try:
            if not is_stdout(screenshot):
                output_file(screenshot, inputs=[db or paths.default_database()])
        except OSError as e:
            print(f"zoneview: error: {e}", file=sys.stderr)
            return 1
    elif not has_display():
        print(
            "zoneview: error: no display to open a window on (use --screenshot to render off screen)",
            file=sys.stderr,
        )
        return 1
    problem = paths.data_folder_problem()
    if problem:  # bookmarks and logs cannot be saved; reading the report works all the same
        print(f"zoneview: warning: {problem}; starting read-only", file=sys.stderr)
    app = application()
    stopper = stop_on_signals(app)
    prefs = settings()
    language = i18n.resolve_language(
        lang, None if screenshot else str(prefs.value("view/language", "") or "")
    )
    i18n.install_language(app, language)
    if dark:
        apply_dark_palette(app)
    apply_high_contrast_if_wanted(app)
    from zoneview.ui.contrast import is_dark

    dark = dark or is_dark(app.palette())  # a dark desktop or high-contrast theme: the text's marks too
    install_excepthook(show_dialog=screenshot is None)
    using_rebuilt = False
    try:
        store = open_document(db, document)
    except StoreError as e:
        rebuilt = rebuilt_database() if db is None and document is None else None
        if rebuilt is not None:  # the bundled copy is damaged, and the one rebuilt earlier is sound
            store, using_rebuilt = rebuilt, True
        elif screenshot is not None:
            print(f"zoneview: error: {e}", file=sys.stderr)
            return 1
        else:
            recovered = recover(e)
            if recovered is None:
                return 1
            store = recovered
    if select is not None and store.outline_entry(select) is None:
        ids = ", ".join(n.id for n in store.outline(limit=4))
        message = f"no node {select!r} in {store.path} (ids look like {ids} … summary)"
        if screenshot is not None:
            print(f"zoneview: error: {message}", file=sys.stderr)
            return 1
        print(f"zoneview: warning: {message}", file=sys.stderr)
        select = None
    if screenshot is not None:
        window = MainWindow(store, prefs, language, dark)
        window.persist = False
        shot = take_screenshot(window, screenshot, select, size)
        return 128 + stopper.received if stopper.received else shot
    if document is None and select is None:  # the report read last, before the window is built for it
        last = int_setting(prefs, "view/last_document", 0)
        if last and last != store.id:
            with contextlib.suppress(StoreError):  # gone: restore_state tries it again and says so
                store = store.library.document(last)
    window = MainWindow(store, prefs, language, dark)
    window.restore_state(select, document)
    if using_rebuilt:
        text = QApplication.translate("Startup", "The bundled database is damaged; using the rebuilt copy %1")
        window.statusBar().showMessage(fill(text, paths.user_database()))
    window.show()
    # Collection was held back while the window started (launch.main); it resumes once the charts are
    # in, or after a few seconds whatever happens, with what start-up made left out of every collection.
    window.charts_loaded.connect(collect_garbage)
    QTimer.singleShot(START_UP_MS, collect_garbage)
    code = app.exec()
    if stopper.received:  # closed by a signal, as if by the user: the usual exit status of one
        code = 128 + stopper.received
    # The window saved its state as it closed; whatever else was set since is written now, since the
    # process ends without Qt's teardown (exiting.end_process), where QSettings would write it.
    prefs.sync()
    return code


def stop_on_signals(app: QApplication) -> stopping.EventLoopStopper:
    """SIGINT, SIGTERM and SIGHUP close the windows (which save their state) and end the event loop,
    whenever they come; signals held since start-up are delivered now."""

    def stop(_signum: int) -> None:
        QTimer.singleShot(0, app.closeAllWindows)
        QTimer.singleShot(0, app.quit)

    stopper = stopping.EventLoopStopper(stop, lambda fd: QSocketNotifier(fd, QSocketNotifier.Type.Read, app))
    stopper.notifier.activated.connect(stopper.drain)
    stopping.release()
    return stopper


def collect_garbage() -> None:
    """Collect garbage from now on, with what exists now (modules, classes, the window) frozen: it lives
    as long as the process, and later collections need not walk it again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def take_screenshot(window: MainWindow, out: Path, select: str | None, size: tuple[int, int] | None) -> int:
    """Render the real window off screen with everything painted, charts included, and save it."""
    window.resize(*(size or (1280, 800)))
    from zoneview.ui.target import Target

    window.navigate(Target("node", select or "preamble"))
    loop = QEventLoop()
    window.charts_loaded.connect(loop.quit)
    give_up = QTimer(loop)  # no chart after 20 s: the picture shows what there is
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    give_up.start(20_000)
    window.show()
    if window.chart is None:
        loop.exec()
    give_up.stop()
    for _ in range(3):  # a pass of the event loop each: layouts, then axis labels, then the last repaint
        QTimer.singleShot(0, loop.quit)
        loop.exec()
    from zoneview.ui.images import png_bytes

    image = window.grab().toImage()
    try:
        write_atomic(out, png_bytes(image))
    except OSError as e:
        print(f"zoneview: error: {e}", file=sys.stderr)
        return 1
    finally:
        window.close()
    return 0
