"""Qt work without a window, for the command line: charts and printed documents."""

from __future__ import annotations

import os
from pathlib import Path

from zoneview.store.document import Document


def offscreen_app(lang: str = "zh", dark: bool = False):  # type: ignore[no-untyped-def]
    """A QApplication on the off-screen platform, with the bundled font and the chosen language."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from zoneview.ui import i18n
    from zoneview.ui.qtapp import application, apply_dark_palette

    app = application()
    i18n.install_language(app, lang)
    if dark:
        apply_dark_palette(app)
    return app


def export_chart(
    document: Document,
    node_id: str,
    *,
    png: Path | None,
    csv: Path | None,
    width: int = 900,
    lang: str = "zh",
    dark: bool = False,
) -> None:
    """The node's charts as the window shows them, every bar of each, as PNG and/or CSV. The CSV comes
    from the charts' data, without drawing them: it takes any number of figures in proportion."""
    offscreen_app(lang, dark)
    if csv is not None:
        from zoneview.files import write_atomic
        from zoneview.store.chartdata import CSV_FIELDS, chart_rows, node_charts
        from zoneview.store.tabular import csv_text
        from zoneview.ui.chartwords import ChartWords

        charts = node_charts(document, node_id)
        rows = chart_rows(node_id, charts, ChartWords().titles(charts))
        write_atomic(csv, csv_text(rows, CSV_FIELDS), inputs=[document.path])
    if png is None:
        return
    from zoneview.ui.chart import ChartPane
    from zoneview.ui.page import PageRenderer

    pane = ChartPane(document, PageRenderer(document, dark), dark=dark, expanded=True)
    try:
        pane.show_node(node_id)
        pane.export_png(png, width=width)
    finally:  # a failed export too: left to the garbage collector, pyqtgraph's items crash it
        pane.dispose()


def chart_json(document: Document, node_id: str, lang: str = "zh") -> list[dict[str, object]]:
    """The charts of a node in the order shown, titled in `lang`: the `chart --json` contract."""
    offscreen_app(lang)
    from zoneview.store.chartdata import chart_json as as_json
    from zoneview.store.chartdata import node_charts
    from zoneview.ui.chartwords import ChartWords

    charts = node_charts(document, node_id)
    return as_json(charts, ChartWords().titles(charts), document)


def export_pdf(
    document: Document,
    node_id: str | None,
    out: Path,
    lang: str = "zh",
    notes: list[str] | None = None,
    sections: bool = True,
) -> int:
    """One node (with its sections, unless `sections` is False), or the whole report with node_id
    None, as Print would produce it."""
    offscreen_app(lang)
    from zoneview.ui.printing import write_pdf

    return write_pdf(document, out, node_id, notes, sections)
