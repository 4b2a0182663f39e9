"""Start the application: fonts, language, database (with a way out when it is broken), window."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import (
    QEventLoop,
    QMessageLogContext,
    QSettings,
    QSocketNotifier,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from zoneview import paths, stopping
from zoneview.files import is_stdout, output_file, write_atomic
from zoneview.store.document import Document
from zoneview.store.read import Library, StoreError, open_document
from zoneview.ui import i18n
from zoneview.ui.fonts import install_application_font
from zoneview.ui.text import fill

# Dialogs, the dark palette, crash logs and screenshots import what they need when they happen: every
# Qt class a module names is built when first touched, and none of these is needed for the first paint.

if TYPE_CHECKING:
    from zoneview.ui.mainwindow import MainWindow

WM_CLASS = "zoneview"
START_UP_MS = 5_000  # garbage collection resumes after this, if the charts have not come by then


# Harmless notes from Qt's off-screen platform, which has no window manager to talk to.
BENIGN_QT_MESSAGES = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


# Qt's messages while QApplication starts its platform, held back: if the platform cannot start (no
# X server at $DISPLAY, an unknown QT_QPA_PLATFORM), Qt aborts the process after a fatal message, and
# the user should see one line that says why, not five lines of Qt and a core dump.
_starting: list[str] | None = None


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings go to stderr, and into the log file, since a GUI script has no console."""
    if any(message.startswith(m) for m in BENIGN_QT_MESSAGES):
        return
    if _starting is not None:
        _starting.append(message)
        if mode == QtMsgType.QtFatalMsg:
            _platform_failed(_starting)
        return
    print(f"qt: {message}", file=sys.stderr)
    import datetime

    if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        with contextlib.suppress(OSError), paths.open_log(paths.log_file()) as f:
            f.write(f"{datetime.datetime.now().isoformat(timespec='seconds')} qt: {message}\n")


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with names that match the desktop entry."""
    global _starting
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        qInstallMessageHandler(qt_message_handler)
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        _starting = []
        try:
            # argv[0] names the X11 WM_CLASS instance, which the desktop entry's StartupWMClass matches
            app = QApplication(argv or ["zoneview"])
        finally:
            held, _starting = _starting, None
        for message in held:  # it started: what Qt said on the way is said as usual
            qt_message_handler(QtMsgType.QtWarningMsg, QMessageLogContext(), message)
    app.setApplicationName("zoneview")
    app.setOrganizationName("zoneview")
    app.setDesktopFileName(WM_CLASS)
    app.setWindowIcon(QIcon(str(paths.bundled("resources") / "icons" / "zoneview.svg")))
    install_application_font(app)
    from zoneview.ui.contrast import legible_palette

    mended = legible_palette(app.palette())  # the system's, mended where it falls short of AA
    if mended != app.palette():
        app.setPalette(mended)
    return app


def _platform_failed(messages: list[str]) -> NoReturn:
    """Qt is about to abort: say why in one line and leave before it does."""
    chosen = os.environ.get("QT_QPA_PLATFORM")
    generic = ("Could not load the Qt platform plugin", "This application failed", "From 6.5.0")
    causes = [m for m in messages if not m.startswith(generic)] or messages or ["Qt could not start"]
    cause = causes[0].splitlines()[0]
    line = f"zoneview: error: no window can open: {cause}"
    if chosen:
        line += f" (QT_QPA_PLATFORM={chosen})"
    else:
        line += f" (is a display running at DISPLAY={os.environ.get('DISPLAY', '')}?)"
    os.write(2, (line + "\n").encode("utf-8", "replace"))
    os._exit(1)


def settings() -> QSettings:
    """Per-user settings in the user's own config folder (paths.settings_file), an INI file."""
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def int_setting(prefs: QSettings, key: str, default: int) -> int:
    """A whole number from the settings; anything else a hand-edited file holds (zoom=abc) is ignored."""
    try:
        return int(str(prefs.value(key, default) or default))
    except (TypeError, ValueError, OverflowError):
        return default


def apply_dark_palette(app: QApplication) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QStyleFactory

    app.setStyle(QStyleFactory.create("Fusion"))
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#1b1c1e",
        QPalette.ColorRole.AlternateBase: "#2a2b2e",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2f31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2d2f31",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7377"))  # greyed out, as in light
    from zoneview.ui.contrast import legible_palette

    app.setPalette(legible_palette(p))


def apply_high_contrast_if_wanted(app: QApplication) -> None:
    """A high-contrast palette when the user asks for one (ZONEVIEW_CONTRAST=high), or the desktop
    does and its palette is not one already (text 15:1 on the base, selected text 7:1)."""
    from zoneview.ui import contrast

    palette = app.palette()
    role = palette.ColorRole
    given = min(
        contrast.ratio(palette.color(role.Text), palette.color(role.Base)) / 15,
        contrast.ratio(palette.color(role.HighlightedText), palette.color(role.Highlight)) / 7,
    )
    if contrast.asked_for_high_contrast() or (contrast.wants_high_contrast() and given < 1):
        from PySide6.QtWidgets import QStyleFactory

        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(contrast.high_contrast_palette())


def has_display() -> bool:
    """Qt aborts the process when it finds no display; find out first."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def rebuild_user_database() -> Document:
    """Build a fresh database from the bundled report into the user's data folder."""
    from zoneview.ingest import read_report
    from zoneview.store import write_stream

    report_path = paths.bundled_report()
    target = paths.user_database()
    write_stream(read_report(report_path.read_bytes(), report_path.name), target)
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
    # Settings, bookmarks and logs are written; what is left is the interpreter's exit, which walks
    # every object (Qt's, numpy's and pyqtgraph's modules) in repeated full collections for garbage
    # that no longer matters. Frozen objects are left alone: Ctrl+Q ends the process at once.
    gc.freeze()
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
