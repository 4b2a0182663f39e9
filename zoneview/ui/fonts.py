"""The bundled CJK font: loaded once, made the application font, so Chinese never renders as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from zoneview import paths

FAMILY = "ZoneView Sans SC"
FONT_FILES = ("ZoneViewSansSC-Regular.otf", "ZoneViewSansSC-Bold.otf")


def load_bundled_fonts() -> str | None:
    """Register the bundled regular and bold faces; returns the family, or None if they are missing."""
    families: set[str] = set()
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.bundled("resources") / "fonts" / name))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FAMILY if FAMILY in families else None


def install_application_font(app: QApplication) -> QFont:
    """Make the bundled family the default; characters it lacks still fall back to system fonts."""
    family = load_bundled_fonts()
    font = QFont(app.font())
    if family:
        font.setFamilies([family, *font.families()])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    return font
