"""Interface language: Chinese by default, English by --lang en or an English system locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from zoneview import paths

LANGUAGES = ("zh", "en")
_installed: list[QTranslator] = []


def resolve_language(requested: str | None, saved: str | None = None) -> str:
    """--lang wins, then the language saved last time, then the system locale (English only if it is
    English), else Chinese."""
    for choice in (requested, saved):
        if choice in LANGUAGES:
            return choice
    system = QLocale.system().name()
    return "en" if system.startswith("en") else "zh"


def install_language(app: QApplication, lang: str) -> bool:
    """Install the translator for `lang` (the source strings are English). False if the .qm is missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        return True
    ok = _install(app, str(paths.bundled("resources") / "i18n" / "zoneview_zh_CN.qm"))
    # Qt's own dialogs (print, file, message box buttons) in Chinese too, where Qt ships them
    _install(app, str(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_zh_CN.qm"))
    return ok


def _install(app: QApplication, path: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(path):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
