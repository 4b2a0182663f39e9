"""Interface language: Chinese by default, English by --lang en or an English system locale."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from zoneview import paths

LANGUAGES = ("zh", "en")
_installed: list[QTranslator] = []

# "File&s of type:" -> ("Files of type:", "S"); "&&" is a literal ampersand, not a mnemonic.
_MNEMONIC = re.compile(r"&([^&\s])")
_TRAILING_COLON = re.compile(r"[:：]\s*$")


class MnemonicFallback(QTranslator):
    """Qt's own Chinese file lags behind Qt's dialogs where a label gained a keyboard key: the file
    dialog now asks for "&Look in:" and Qt's file only knows "Look in:". Look the label up without its
    key and put the key back as Chinese labels carry it: 查找范围(&L)：."""

    def __init__(self, qt: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.qt = qt

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = _MNEMONIC.search(source.replace("&&", "\0\0")) if "&" in source else None
        if found is None:
            return None  # None, not "": Qt takes an empty string for a translation
        plain = source[: found.start()] + source[found.start() + 1 :]
        translated = self.qt.translate(context, plain, disambiguation, n)
        if not translated:
            return None
        key = f"(&{found.group(1).upper()})"
        colon = _TRAILING_COLON.search(translated)
        return translated[: colon.start()] + key + colon.group() if colon else translated + key


def resolve_language(requested: str | None, saved: str | None = None) -> str:
    """--lang wins, then the language saved last time, then the system locale (English only if it is
    English), else Chinese."""
    for choice in (requested, saved):
        if choice in LANGUAGES:
            return choice
    system = QLocale.system().name()
    return "en" if system.startswith("en") else "zh"


def install_language(app: QApplication, lang: str) -> bool:
    """Install the translators for `lang`. The source strings are English, but counts ("%n figure(s)")
    need English plural forms too, from zoneview_en.qm. False if zoneview's own .qm is missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        return _install(app, _qm("zoneview_en.qm"))
    # Qt's own dialogs (print, file, message box buttons) in Chinese too, where Qt ships them; the
    # translator installed last is asked first, so the fallback goes in before Qt's file
    qt = QTranslator(app)
    if qt.load(str(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_zh_CN.qm")):
        fallback = MnemonicFallback(qt, app)
        app.installTranslator(fallback)
        _installed.append(fallback)
        app.installTranslator(qt)
        _installed.append(qt)
    return _install(app, _qm("zoneview_zh_CN.qm"))


def _qm(name: str) -> str:
    return str(paths.bundled("resources") / "i18n" / name)


def _install(app: QApplication, path: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(path):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
