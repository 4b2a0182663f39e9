"""Access for everyone: every control a screen reader can name, charts readable as text, and text that
holds its contrast in the light, the dark and a high-contrast palette (WCAG AA, 4.5:1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, library_of
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QPalette
from PySide6.QtWidgets import QApplication

COUNCIL = sorted((ROOT / "tests" / "corpus").glob("国务院政府工作报告_*.txt"))  # 2019, 2021, 2023
DAPENG = sorted((ROOT / "tests" / "corpus").glob("大鹏新区*.txt"))

# What a reader acts on: a control of one of these roles needs a name, as does anything focusable.
# (Scroll bars are left out: Qt never gives them focus, and screen readers name them by orientation.)
R = QAccessible.Role
INTERACTIVE = {
    R.Button, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.Slider, R.SpinBox, R.Link,
    R.PageTab, R.PageTabList, R.MenuItem, R.ButtonMenu, R.ButtonDropDown, R.Tree, R.List, R.Table,
    R.Chart, R.Graphic, R.Document, R.ToolBar,
}  # fmt: skip
# The items of a list, tree or table are named by their own text, which is the data they show.
ITEMS = {R.Cell, R.Row, R.TreeItem, R.ListItem, R.ColumnHeader, R.RowHeader}


@pytest.fixture(scope="module")
def library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return library_of(tmp_path_factory.mktemp("access-library"), COUNCIL + DAPENG[:2])


def walk(iface: QAccessibleInterface | None, path: str = "") -> Iterator[tuple[str, QAccessibleInterface]]:
    """Every visible element under `iface`, with a path of roles and names to say where it is."""
    if iface is None or not iface.isValid() or iface.state().invisible:
        return
    here = f"{path}/{iface.role().name}:{iface.text(QAccessible.Text.Name)[:20]}"
    yield here, iface
    if iface.role() in ITEMS:
        return
    for i in range(iface.childCount()):
        yield from walk(iface.child(i), here)


def unnamed(widget) -> list[str]:
    """The focusable or interactive elements of a window that a screen reader could not name."""
    missing = []
    for path, iface in walk(QAccessible.queryAccessibleInterface(widget)):
        role = iface.role()
        if role in ITEMS or role == R.Separator:
            continue
        if (iface.state().focusable or role in INTERACTIVE) and not iface.text(QAccessible.Text.Name).strip():
            obj = iface.object()
            missing.append(f"{path} ({type(obj).__name__ if obj is not None else '?'})")
    return missing


def settle(qtbot, window) -> None:
    if window.chart is None:
        window.load_charts()
    qtbot.waitUntil(lambda: window.chart is not None)


def test_every_control_of_the_main_window_has_a_name(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    settle(qtbot, window)
    for node in ("summary", "1", "1.1"):  # stat cards, a chart, links to the sections' charts
        window.navigate(f"node:{node}")
        assert unnamed(window) == [], node
    window.run_search("国家级")  # the results, and the search field's clear button
    assert unnamed(window) == []
    for tab in ("figures", "organisations", "policies"):
        window.actions_by_name[f"focus_{tab}"].trigger()
        assert unnamed(window) == [], tab
    window.open_find()
    window.detail.find_bar.field.setText("创新")
    assert unnamed(window) == []
    window.set_language("en")
    assert unnamed(window) == []


def test_the_search_field_tree_tabs_and_panes_say_what_they_are(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    settle(qtbot, window)
    window.navigate("node:summary")

    def name(widget) -> str:
        return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)

    def description(widget) -> str:
        return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)

    assert name(window.search_field) == "搜索"
    assert "Ctrl+K" in description(window.search_field)
    assert name(window.tree.tree) == "目录"
    assert name(window.tabs) and name(window.library.tree) == "文库"
    assert name(window.detail.browser) == "正文"
    assert name(window.toolbar) == "主工具栏"
    assert name(window.chart) == "图表"


def test_a_chart_reads_as_text_its_title_unit_and_every_bar(make_window, qtbot) -> None:
    window = make_window()
    settle(qtbot, window)
    window.navigate("node:summary")
    charts = window.chart.charts()
    assert charts
    for chart in charts:
        iface = QAccessible.queryAccessibleInterface(chart)
        said = iface.text(QAccessible.Text.Name) + "\n" + iface.text(QAccessible.Text.Description)
        assert window.chart.words.title(chart.chart) in said
        for bar in chart.bars:
            assert bar.name in said and chart.value_text(bar) in said
    text = window.chart.text()  # the pane's charts and cards as one text, kept up to date
    assert "地区生产总值" in text and "2902.97" in text
    for card in window.chart.cards():
        assert card.bar.name in QAccessible.queryAccessibleInterface(card).text(QAccessible.Text.Name)
    window.navigate("node:preamble")
    assert "2902.97" not in window.chart.text()


def test_the_compare_and_scorecard_windows_name_every_control(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    settle(qtbot, window)
    compare = window.open_compare(subject="国内生产总值")
    qtbot.waitExposed(compare)
    assert unnamed(compare) == []
    plots = compare.view.plots()
    assert plots
    for plot in plots:  # each year's target and outcome, as printed, in the plot's description
        said = QAccessible.queryAccessibleInterface(plot).text(QAccessible.Text.Description)
        for point in plot.points:
            assert f"{point.year}" in said and point.indicator.display_value in said
    scorecard = window.open_scorecard("国务院")
    qtbot.waitExposed(scorecard)
    assert unnamed(scorecard) == []
    scorecard.tabs.setCurrentIndex(1)
    assert unnamed(scorecard) == []


def test_the_keyboard_dialog_names_its_table(make_window, qtbot) -> None:
    window = make_window()
    dialog = window.show_keys()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    dialog.close()


# -- contrast ----------------------------------------------------------------------------------------


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2 contrast ratio, computed here from the definition (not by the code under test)."""
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture(params=["light", "dark", "high contrast"])
def palette(request, qapp_prepared) -> Iterator[str]:
    """The application in each palette, restored afterwards."""
    from PySide6.QtWidgets import QStyleFactory

    from zoneview.ui.app import application, apply_dark_palette

    app = qapp_prepared
    style, saved = app.style().name(), QPalette(app.palette())
    if request.param == "light":  # the system's palette (here Fusion's) as zoneview starts with it
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())
        application()
    elif request.param == "dark":
        apply_dark_palette(app)
    else:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(high_contrast_palette())
    yield request.param
    app.setStyle(QStyleFactory.create(style))
    app.setPalette(saved)


def high_contrast_palette() -> QPalette:
    """A Windows-like high-contrast theme: white on black, yellow links, cyan selection."""
    p = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#000000", QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000", QPalette.ColorRole.AlternateBase: "#000000",
        QPalette.ColorRole.Text: "#ffffff", QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff", QPalette.ColorRole.Highlight: "#1aebff",
        QPalette.ColorRole.HighlightedText: "#000000", QPalette.ColorRole.Link: "#ffff00",
        QPalette.ColorRole.PlaceholderText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff",
    }.items():  # fmt: skip
        p.setColor(role, QColor(colour))
    return p


def test_the_palettes_text_holds_its_contrast(palette) -> None:
    p = QApplication.palette()
    role = QPalette.ColorRole
    pairs = {
        "text on base": (role.Text, role.Base),
        "window text": (role.WindowText, role.Window),
        "button text": (role.ButtonText, role.Button),
        "highlighted text": (role.HighlightedText, role.Highlight),
        "link": (role.Link, role.Base),
        "tooltip": (role.ToolTipText, role.ToolTipBase),
    }
    for what, (fg, bg) in pairs.items():
        assert contrast(p.color(fg), p.color(bg)) >= 4.5, (palette, what)


def test_chart_and_verdict_colours_hold_their_contrast(palette, make_window, qtbot) -> None:
    """Every colour a chart draws text or marks in, against the background it is drawn on."""
    from zoneview.ui.compareview import CompareView
    from zoneview.ui.scorecard import TINTS

    window = make_window()
    settle(qtbot, window)
    window.chart.restyle()  # the palette changed under a pane already built
    pane = window.chart.colours
    for key in ("text", "muted", "bar", "target"):
        assert contrast(pane[key], pane["base"]) >= 4.5, (palette, key)
        assert contrast(pane[key], pane["card"]) >= 4.5, (palette, key, "on a stat card")
    view = CompareView()
    qtbot.addWidget(view)
    for key in ("text", "muted", "bar", "met", "missed", "not reported"):
        assert contrast(view.colours[key], view.colours["base"]) >= 4.5, (palette, "compare", key)
    view.dispose()
    from zoneview.ui.scorecard import tint_colours

    for verdict in TINTS:
        background, text = tint_colours(verdict, QApplication.palette())
        assert contrast(text, background) >= 4.5, (palette, verdict)


def test_a_verdict_reads_without_its_colour(make_window, library_db, qtbot) -> None:
    """A target's marker in the compare plot says met or missed by a mark, not by its colour alone."""
    from zoneview.ui.compareview import VerdictMark

    window = make_window(library_db)
    settle(qtbot, window)
    compare = window.open_compare(subject="国内生产总值")
    qtbot.waitExposed(compare)
    texts = [
        item.textItem.toPlainText()
        for plot in compare.view.plots()
        for item in plot.getPlotItem().items
        if isinstance(item, VerdictMark)
    ]
    status = {(v.year, v.axis): v.status for v in compare.view.verdicts}
    targets = [p for plot in compare.view.plots() for p in plot.points if p.is_target]
    wanted = [{"met": "✔", "missed": "✘"}.get(status.get((p.year, p.axis), ""), "?") for p in targets]
    assert targets and sorted(texts) == sorted(wanted)
    words = {"达标", "未达标", "未报告", "无目标"}
    statuses = [compare.view.table.item(r, 3).text() for r in range(compare.view.table.rowCount())]
    assert statuses and set(statuses) <= words  # the table says each verdict in words


def test_a_high_contrast_request_gets_a_high_contrast_palette(qapp_prepared, monkeypatch) -> None:
    """ZONEVIEW_CONTRAST=high (or the desktop's contrast preference) on a palette that is not one."""
    from PySide6.QtWidgets import QStyleFactory

    from zoneview.ui.app import apply_high_contrast_if_wanted

    app = qapp_prepared
    style, saved = app.style().name(), QPalette(app.palette())
    try:
        app.setPalette(app.style().standardPalette())
        before = QPalette(app.palette())
        apply_high_contrast_if_wanted(app)  # nobody asked: the palette stays
        assert app.palette().color(QPalette.ColorRole.Highlight) == before.color(QPalette.ColorRole.Highlight)
        monkeypatch.setenv("ZONEVIEW_CONTRAST", "high")
        apply_high_contrast_if_wanted(app)
        p = app.palette()
        assert contrast(p.color(QPalette.ColorRole.Text), p.color(QPalette.ColorRole.Base)) >= 15
        assert (
            contrast(p.color(QPalette.ColorRole.HighlightedText), p.color(QPalette.ColorRole.Highlight)) >= 7
        )
    finally:
        app.setStyle(QStyleFactory.create(style))
        app.setPalette(saved)


def test_marked_text_on_a_search_hit_holds_its_contrast(palette, store) -> None:
    """A search hit's amber behind plain text and behind an entity's coloured link, in each palette."""
    import re

    from zoneview.ui.contrast import is_dark
    from zoneview.ui.page import PageRenderer

    p = QApplication.palette()
    renderer = PageRenderer(store, is_dark(p))
    page = renderer.node_page("5", ["两江新区", "协同发展"], None, paged=True)
    hits = re.findall(r"<span style='background-color:(#\w{6})(?:; color:(#\w{6}))?'>(.*?)</span>", page.html)
    assert len(hits) >= 3
    for background, colour, inner in hits:
        text = colour or p.color(QPalette.ColorRole.Text).name()
        assert contrast(text, background) >= 4.5, (palette, inner)
    # an entity found by the search: its link's colour is the hit's text colour
    linked = re.findall(
        r"<a href='entity:[^']*' style='color:(#\w{6})'><span style='background-color:(#\w{6})", page.html
    )
    assert linked
    for link, background in linked:
        assert contrast(link, background) >= 4.5, palette
