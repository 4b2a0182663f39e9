"""Colours that stay readable: WCAG contrast ratios, and the palette's own colours put in place of any
fixed colour that would not reach AA (4.5:1) on the background it is drawn on. Whatever the palette
(the system's, --dark, or a high-contrast theme), text holds its contrast."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA = 4.5  # WCAG 2 level AA, normal text


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: QColor | str, b: QColor | str) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def legible(colour: str, background: str, fallback: str) -> str:
    """`colour` where it reaches AA on `background`; else the same hue darkened or lightened until it
    does; else `fallback` (the palette's text colour)."""
    if ratio(colour, background) >= AA:
        return colour
    shade = QColor(colour)
    lighten = luminance(QColor(background)) < 0.18
    for _ in range(20):
        shade = shade.lighter(112) if lighten else shade.darker(112)
        if ratio(shade, background) >= AA:
            return shade.name()
    return fallback


def legible_palette(palette: QPalette) -> QPalette:
    """The palette with any pair that falls short of AA mended: the background of highlighted text
    (Fusion's light blue carries white text at 3.6:1) and links and muted text on the base."""
    p = QPalette(palette)
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = p.color(group, role.HighlightedText)
        highlight = QColor(p.color(group, role.Highlight))
        for _ in range(20):
            if ratio(text, highlight) >= AA:
                break
            dark_text = luminance(text) < 0.18
            highlight = highlight.lighter(110) if dark_text else highlight.darker(110)
        # only what changes is set: the rest stays resolved against the platform, following its theme
        if highlight != p.color(group, role.Highlight):
            p.setColor(group, role.Highlight, highlight)
        base, fallback = p.color(group, role.Base).name(), p.color(group, role.Text).name()
        for fg in (role.Link, role.LinkVisited):
            mended = QColor(legible(p.color(group, fg).name(), base, fallback))
            if mended != p.color(group, fg):
                p.setColor(group, fg, mended)
    return p


def high_contrast_palette() -> QPalette:
    """White on black, yellow links, cyan selection with black text: a high-contrast theme."""
    p = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#000000", role.WindowText: "#ffffff", role.Base: "#000000",
        role.AlternateBase: "#000000", role.Text: "#ffffff", role.Button: "#000000",
        role.ButtonText: "#ffffff", role.BrightText: "#ffffff", role.Highlight: "#1aebff",
        role.HighlightedText: "#000000", role.Link: "#ffff00", role.LinkVisited: "#ffff00",
        role.PlaceholderText: "#ffffff", role.ToolTipBase: "#000000", role.ToolTipText: "#ffffff",
        role.Light: "#ffffff", role.Midlight: "#ffffff", role.Mid: "#ffffff", role.Dark: "#ffffff",
        role.Shadow: "#ffffff",
    }  # fmt: skip
    for r, colour in colours.items():
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor("#c0c0c0"))
    return p


def asked_for_high_contrast() -> bool:
    """The user's own request: ZONEVIEW_CONTRAST=high."""
    import os

    return os.environ.get("ZONEVIEW_CONTRAST", "").lower() == "high"


def wants_high_contrast() -> bool:
    """Whether the desktop asks for high contrast (Qt 6.10 and later say so)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(Qt, "ContrastPreference", None)
    return preference is not None and accessibility().contrastPreference() == preference.HighContrast
