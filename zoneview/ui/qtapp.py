"""The one QApplication and the user's settings: what every window, off-screen renderer and dialog
starts from. Below every other module of the UI, so that none of them imports the application's
start-up (app.py) to get them."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import NoReturn

from PySide6.QtCore import QMessageLogContext, QSettings, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from zoneview import paths
from zoneview.ui.fonts import install_application_font

WM_CLASS = "zoneview"

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
