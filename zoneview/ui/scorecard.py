"""The scorecard window: an issuer's targets against what later reports say was delivered (indicators
down, years across), and one year's targets across issuers, as a sortable table and a chart.

A verdict is said in words and by a mark (✔ ✘ ? –) as well as by colour, so that it reads in grey, in
high contrast and to a screen reader. Any cell opens its quotes, each a link into its report.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zoneview.files import with_suffix, write_atomic
from zoneview.store.issuers import IssuerError
from zoneview.store.read import Library, StoreError
from zoneview.store.records import DocumentRecord
from zoneview.store.scorecard import (
    SCORECARD_CSV_COLUMNS,
    ScoreCell,
    Target,
    all_targets,
    score_issuer,
    scorecard_csv_rows,
    standard_names,
)
from zoneview.store.tabular import csv_text
from zoneview.ui.contrast import AA, is_dark, ratio
from zoneview.ui.images import png_bytes
from zoneview.ui.target import Target as Link
from zoneview.ui.text import fill
from zoneview.ui.windows import close_keys
from zoneview.vocab import Verdict

MARKS = {Verdict.MET: "✔", Verdict.MISSED: "✘", Verdict.NOT_REPORTED: "?", Verdict.NO_TARGET: "–"}
# Tints behind the words, light and dark: never the only carrier of the verdict.
TINTS = {
    Verdict.MET: ("#d9f0d9", "#1f4a2a"),
    Verdict.MISSED: ("#f7d6d6", "#5a2020"),
    Verdict.NOT_REPORTED: ("#e8e8e8", "#3a3a3a"),
}


def tint_colours(verdict: Verdict, palette: QPalette) -> tuple[str, str]:
    """A verdict cell's background and text: the tint of the palette's lightness with black or white
    text, or the palette's own base and text where that pair would fall short of AA (4.5:1)."""
    dark = is_dark(palette)
    background, text = TINTS[verdict][dark], "#ffffff" if dark else "#000000"
    if ratio(text, background) < AA or ratio(palette.color(QPalette.ColorRole.Text), background) < AA:
        return palette.color(QPalette.ColorRole.Base).name(), palette.color(QPalette.ColorRole.Text).name()
    return background, text


APPROX_MARKS = {"左右": "≈", "约": "≈", "上下": "≈", "以上": "≥", "不低于": "≥", "以内": "≤", "不超过": "≤"}


class ScorecardWindow(QWidget):
    """Promised against delivered, for the library the main window reads."""

    node_activated = Signal(str)  # a link for the main window: node:ID?doc=N&hl=quote

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.setObjectName("zoneview-scorecard")
        self.cells: list[ScoreCell] = []
        self.targets: list[Target] = []
        self.documents: dict[int, DocumentRecord] = {}
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._scorecard_tab(), "")
        self.tabs.addTab(self._targets_tab(), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        close_keys(self)
        self.resize(1100, 680)  # fits a 1366×768 screen with its frame and a panel
        self.retranslate()
        self.reload()

    # -- building ------------------------------------------------------------------------------------

    def _scorecard_tab(self) -> QWidget:
        tab = QWidget(self)
        self.issuer = QComboBox(tab)
        self.issuer.activated.connect(lambda _index: self.show_issuer(self.issuer.currentData()))
        self.issuer_label = QLabel(tab)
        self.issuer_label.setBuddy(self.issuer)
        self.export_png = QPushButton(tab)
        self.export_png.clicked.connect(self.save_png)
        self.export_csv = QPushButton(tab)
        self.export_csv.clicked.connect(self.save_csv)
        self.grid = QTableWidget(tab)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.currentCellChanged.connect(lambda row, column, *_: self._show_quotes(row, column))
        self.grid.cellActivated.connect(self._show_quotes)
        self.quotes = QTextBrowser(tab)
        self.quotes.setOpenLinks(False)
        self.quotes.anchorClicked.connect(lambda url: self.node_activated.emit(url.toString()))
        self.legend = QLabel(tab)
        self.legend.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.issuer_label)
        bar.addWidget(self.issuer)
        bar.addStretch(1)
        bar.addWidget(self.export_png)
        bar.addWidget(self.export_csv)
        split = QSplitter(Qt.Orientation.Vertical, tab)
        split.addWidget(self.grid)
        split.addWidget(self.quotes)
        split.setSizes([460, 140])
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(split, 1)
        return tab

    def _targets_tab(self) -> QWidget:
        tab = QWidget(self)
        self.year = QComboBox(tab)
        self.year.activated.connect(lambda _index: self.show_year(self.year.currentData()))
        self.year_label = QLabel(tab)
        self.year_label.setBuddy(self.year)
        self.indicator = QComboBox(tab)
        self.indicator.activated.connect(lambda _index: self._draw_chart())
        self.indicator_label = QLabel(tab)
        self.indicator_label.setBuddy(self.indicator)
        self.table = QTableWidget(tab)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.cellActivated.connect(self._open_target)
        self.chart_host = QWidget(tab)
        self.chart_layout = QVBoxLayout(self.chart_host)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_summary = QLabel(tab)  # the chart as text, for a screen reader
        self.chart_summary.setWordWrap(True)
        bar = QHBoxLayout()
        for widget in (self.year_label, self.year, self.indicator_label, self.indicator):
            bar.addWidget(widget)
        bar.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, tab)
        split.addWidget(self.table)
        split.addWidget(self.chart_host)
        split.setSizes([560, 480])
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.chart_summary)
        self.plot: Any = None
        return tab

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Targets and Outcomes — zoneview"))
        self.tabs.setAccessibleName(self.tr("Scorecard and targets by issuer"))
        self.tabs.setTabText(0, self.tr("Scorecard"))
        self.tabs.setTabText(1, self.tr("Targets by Issuer"))
        self.issuer_label.setText(self.tr("I&ssuer:"))
        self.year_label.setText(self.tr("&Year:"))
        self.indicator_label.setText(self.tr("&Indicator:"))
        self.export_png.setText(self.tr("Export PNG…"))
        self.export_csv.setText(self.tr("Export CSV…"))
        self.legend.setText(
            fill(
                self.tr(
                    "%1 met · %2 missed · %3 not reported (no annual figure in a later report) · %4 no target"
                ),
                MARKS[Verdict.MET],
                MARKS[Verdict.MISSED],
                MARKS[Verdict.NOT_REPORTED],
                MARKS[Verdict.NO_TARGET],
            )
        )
        names = {
            self.issuer: (self.tr("Issuer"), self.tr("Whose reports the scorecard reads")),
            self.grid: (
                self.tr("Scorecard"),
                self.tr("Standard indicators down, years across; a cell's verdict"),
            ),
            self.quotes: (
                self.tr("Quotes"),
                self.tr("The target and outcome of the chosen cell, as printed"),
            ),
            self.year: (self.tr("Year"), self.tr("The year whose targets are listed")),
            self.indicator: (
                self.tr("Indicator"),
                self.tr("The indicator the chart compares across issuers"),
            ),
            self.table: (self.tr("Targets by issuer"), self.tr("One row per issuer and indicator; sortable")),
            self.export_png: (self.tr("Export PNG"), ""),
            self.export_csv: (self.tr("Export CSV"), ""),
        }
        for widget, (name, description) in names.items():
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        self._fill_grid()
        self._fill_table()

    # -- the library -----------------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        """Read another library file from now on (the one the main window's first import made)."""
        self.library = library
        self.reload()

    def reload(self) -> None:
        """The issuers that set targets and the years of their targets, read from the library again."""
        try:
            self.targets = all_targets(self.library)
            self.documents = {d.id: d for d in self.library.documents()}
        except StoreError as e:
            self.quotes.setPlainText(str(e))
            self.targets = []
        issuers = sorted({t.issuer for t in self.targets})
        self.issuer.clear()
        for name in issuers:
            self.issuer.addItem(name, name)
        years = sorted({t.year for t in self.targets}, reverse=True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        if issuers:
            self.show_issuer(issuers[0])
        if years:
            self.show_year(years[0])
        for widget in (self.export_png, self.export_csv):
            widget.setEnabled(bool(issuers))

    def show_issuer(self, issuer: str) -> bool:
        """The scorecard of `issuer` (any unique part of its name)."""
        try:
            self.cells = score_issuer(self.library, issuer)
        except (IssuerError, StoreError) as e:
            self.quotes.setPlainText(str(e))
            return False
        if self.cells:
            self.issuer.setCurrentIndex(max(0, self.issuer.findData(self.cells[0].issuer)))
        self._fill_grid()
        return bool(self.cells)

    def show_year(self, year: int) -> None:
        self.year.setCurrentIndex(max(0, self.year.findData(year)))
        shown = [t for t in self.targets if t.year == year]
        current = self.indicator.currentData()
        self.indicator.clear()
        for name in standard_names():
            count = sum(t.indicator == name for t in shown)
            if count:
                self.indicator.addItem(fill(self.tr("%1 (%n issuer(s))", "", count), name), name)
        self.indicator.setCurrentIndex(max(0, self.indicator.findData(current)))
        self._fill_table()
        self._draw_chart()

    # -- the scorecard grid ----------------------------------------------------------------------------

    def _fill_grid(self) -> None:
        indicators = [name for name in standard_names() if any(c.indicator == name for c in self.cells)]
        years = sorted({c.year for c in self.cells})
        self.grid.clear()
        self.grid.setRowCount(len(indicators))
        self.grid.setColumnCount(len(years))
        self.grid.setVerticalHeaderLabels(indicators)
        self.grid.setHorizontalHeaderLabels([str(y) for y in years])
        for cell in self.cells:
            item = QTableWidgetItem(f"{MARKS[cell.verdict]} {self._verdict_word(cell.verdict)}")
            item.setData(Qt.ItemDataRole.UserRole, cell)
            item.setToolTip(self._quotes_text(cell))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{cell.indicator} {cell.year}: {item.text()}")
            if cell.verdict in TINTS:
                background, text = tint_colours(cell.verdict, self.palette())
                item.setBackground(QBrush(QColor(background)))
                item.setForeground(QBrush(QColor(text)))
            self.grid.setItem(indicators.index(cell.indicator), years.index(cell.year), item)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.quotes.clear()

    def _verdict_word(self, verdict: Verdict) -> str:
        return {
            Verdict.MET: self.tr("met"),
            Verdict.MISSED: self.tr("missed"),
            Verdict.NOT_REPORTED: self.tr("not reported"),
            Verdict.NO_TARGET: self.tr("no target"),
        }[verdict]

    def _quotes_text(self, cell: ScoreCell) -> str:
        target = cell.target.quote if cell.target else (cell.target_text or self.tr("none"))
        outcome = cell.outcome.quote if cell.outcome else self.tr("none")
        if cell.outcome is not None and cell.outcome.preliminary:
            outcome += " " + self.tr("(preliminary)")
        return fill(self.tr("Target: %1\nOutcome: %2"), target, outcome)

    def _show_quotes(self, row: int, column: int) -> None:
        item = self.grid.item(row, column)
        cell = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if item is None or not isinstance(cell, ScoreCell):
            self.quotes.clear()
            return
        parts = [f"<p><b>{html.escape(cell.indicator)} {cell.year}</b>: {html.escape(item.text())}</p>"]
        for label, part, text in (
            (self.tr("Target"), cell.target, cell.target_text),
            (self.tr("Outcome"), cell.outcome, None),
        ):
            if part is not None:
                link = Link("node", part.node, highlight=(part.quote,), document=part.document).text()
                shown = html.escape(part.quote)
                prelim = (
                    " " + html.escape(self.tr("(preliminary)")) if getattr(part, "preliminary", False) else ""
                )
                report = self.documents.get(part.document)
                title = f"{report.year or ''} {report.title}".strip() if report else str(part.document)
                where = html.escape(fill(self.tr("%1, section %2"), title, part.node))
                anchor = f'<a href="{html.escape(link)}">{shown}</a>'
                parts.append(f"<p>{html.escape(label)}: {anchor}{prelim} ({where})</p>")
            elif text:
                parts.append(f"<p>{html.escape(label)}: {html.escape(text)}</p>")
            else:
                parts.append(f"<p>{html.escape(label)}: {html.escape(self.tr('none'))}</p>")
        self.quotes.setHtml("".join(parts))

    # -- targets by issuer -------------------------------------------------------------------------------

    def _fill_table(self) -> None:
        year = self.year.currentData()
        shown = [t for t in self.targets if t.year == year]
        headers = [self.tr("Issuer"), self.tr("Indicator"), self.tr("Target as printed"), self.tr("Value"),
                   self.tr("Unit"), self.tr("Direction")]  # fmt: skip
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(shown))
        for row, t in enumerate(shown):
            value = QTableWidgetItem()
            value.setData(Qt.ItemDataRole.DisplayRole, t.value)
            for column, item in enumerate(
                (QTableWidgetItem(t.issuer), QTableWidgetItem(t.indicator), QTableWidgetItem(t.quote), value,
                 QTableWidgetItem(t.unit), QTableWidgetItem(self._direction_word(str(t.direction))))
            ):  # fmt: skip
                item.setData(Qt.ItemDataRole.UserRole, t)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()

    def _direction_word(self, direction: str) -> str:
        return {
            "floor": self.tr("at least"),
            "ceiling": self.tr("at most"),
            "reduction": self.tr("reduce by"),
        }[direction]

    def _open_target(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        target = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(target, Target):
            link = Link("node", target.node, highlight=(target.quote,), document=target.document)
            self.node_activated.emit(link.text())

    def chart_rows(self) -> list[Target]:
        """The chart's bars: the chosen indicator's targets of the year, one per issuer, largest first."""
        year, name = self.year.currentData(), self.indicator.currentData()
        shown = [t for t in self.targets if t.year == year and t.indicator == name]
        units = [t.unit for t in shown]
        common = max(set(units), key=units.count) if units else None
        return sorted((t for t in shown if t.unit == common), key=lambda t: t.value, reverse=True)

    def _draw_chart(self) -> None:
        """Horizontal bars, issuers on the left axis; a range is a whisker; ≈ ≥ ≤ mark 左右, 以上, 以内."""
        import pyqtgraph as pg

        rows = self.chart_rows()
        if self.plot is None:
            self.plot = pg.PlotWidget(self.chart_host)
            self.plot.setBackground(self.palette().color(QPalette.ColorRole.Base))
            self.plot.setMenuEnabled(False)
            self.plot.invertY(True)  # the largest target on top
            self.plot.setAccessibleName(self.tr("Chart of targets across issuers"))
            self.plot.viewport().setAccessibleName(self.plot.accessibleName())
            self.chart_layout.addWidget(self.plot)
        self.plot.clear()
        labels = [(i, f"{t.issuer} {APPROX_MARKS.get(t.approx_word or '', '')}{_number(t.value)}"
                      + (f"–{_number(t.value_high)}" if t.value_high is not None else ""))
                  for i, t in enumerate(rows)]  # fmt: skip
        if rows:
            ys = list(range(len(rows)))
            bars = pg.BarGraphItem(x0=0, y=ys, height=0.6, width=[t.value for t in rows], brush="#6f8fbf")
            self.plot.addItem(bars)
            ranged = [(i, t) for i, t in enumerate(rows) if t.value_high is not None]
            if ranged:
                import numpy as np

                whiskers = pg.ErrorBarItem(
                    x=np.array([(t.value + (t.value_high or t.value)) / 2 for _, t in ranged]),
                    y=np.array([float(i) for i, _ in ranged]),
                    width=np.array([(t.value_high or t.value) - t.value for _, t in ranged]),
                    beam=0.25,
                    pen=pg.mkPen(self.palette().color(QPalette.ColorRole.Text), width=2),
                )
                self.plot.addItem(whiskers)
            high = max((t.value_high or t.value) for t in rows)
            self.plot.setXRange(0, high * 1.1 if high > 0 else 1)
            self.plot.setYRange(-0.6, len(rows) - 0.4)
        left = self.plot.getAxis("left")
        left.setTicks([labels])
        unit = rows[0].unit if rows else ""
        self.plot.setLabel("bottom", fill(self.tr("Target (%1)"), unit))
        self.chart_summary.setText(
            fill(
                self.tr("%1, %2 targets: %3"),
                self.indicator.currentData() or "",
                self.year.currentData() or "",
                "; ".join(text for _, text in labels) or self.tr("none"),
            )
        )
        self.plot.setAccessibleDescription(self.chart_summary.text())  # the chart as text

    # -- export ----------------------------------------------------------------------------------------

    def save_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PNG"), self._suggested(".png"), "PNG (*.png)"
        )
        if path:
            self.write_png(with_suffix(path, ".png"))

    def save_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), self._suggested(".csv"), "CSV (*.csv)"
        )
        if path:
            self.write_csv(with_suffix(path, ".csv"))

    def write_png(self, path: Path) -> None:
        image = self.grid.grab().toImage()
        data = png_bytes(image)
        self._write(lambda: write_atomic(path, data))

    def write_csv(self, path: Path) -> None:
        text = csv_text(scorecard_csv_rows(self.cells), list(SCORECARD_CSV_COLUMNS))
        self._write(lambda: write_atomic(path, text))

    def _suggested(self, suffix: str) -> str:
        issuer = self.cells[0].issuer if self.cells else "scorecard"
        return f"{issuer}-scorecard{suffix}"

    def _write(self, write) -> None:  # type: ignore[no-untyped-def]
        try:
            write()
        except OSError as e:
            QMessageBox.warning(self, self.tr("Not saved"), str(e))

    def dispose(self) -> None:
        if self.plot is not None:
            self.plot.close()
            self.plot = None
        self.close()
        self.deleteLater()


def _number(value: float) -> str:
    return f"{value:g}"
