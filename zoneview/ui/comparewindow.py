"""The compare window: one indicator across an issuer's reports, chosen by name or from a figure.

It reads the main window's Library and writes only the user's merges and splits of
series (subject_choices), through store.library.LibraryWriter, which opens the file for that one change.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zoneview.files import with_suffix
from zoneview.store.document import Document
from zoneview.store.read import Library, StoreError
from zoneview.store.series import Comparison, SeriesPoint, compare
from zoneview.ui.compareview import CompareView
from zoneview.ui.target import Target
from zoneview.ui.text import fill
from zoneview.ui.windows import close_keys

if TYPE_CHECKING:
    from zoneview.store.library import LibraryWriter


SUBJECT_FIELD_MAX = 420  # pixels: wider names scroll in the field rather than push the buttons off


class CompareWindow(QWidget):
    """A subject field with the library's subjects to complete it, the issuer, the series and its
    verdicts; clicking a point or a cell shows that figure in the main window."""

    figure_activated = Signal(str)  # a target for the main window: figure:ID?doc=N

    def __init__(self, library: Library, dark: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.setObjectName("zoneview-compare")
        self.comparison: Comparison | None = None
        self.subject_field = QLineEdit(self)
        self.subject_field.setClearButtonEnabled(True)
        self.subject_field.returnPressed.connect(lambda: self.show_subject(self.subject_field.text()))
        self.subjects = QStringListModel(self)
        completer = QCompleter(self.subjects, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self.show_subject)
        self.subject_field.setCompleter(completer)
        self.subject_label = QLabel(self)
        self.subject_label.setBuddy(self.subject_field)
        self.issuer = QComboBox(self)
        self.issuer.activated.connect(lambda _index: self._refresh())
        self.issuer_label = QLabel(self)
        self.issuer_label.setBuddy(self.issuer)
        self.export_png = QPushButton(self)
        self.export_png.clicked.connect(self.save_png)
        self.export_csv = QPushButton(self)
        self.export_csv.clicked.connect(self.save_csv)
        self.series_menu = QMenu(self)
        self.series_button = QPushButton(self)
        self.series_button.setMenu(self.series_menu)
        self.series_menu.aboutToShow.connect(self._fill_series_menu)
        self.view = CompareView(self, dark=dark)
        self.view.figureActivated.connect(
            lambda document, _node, figure: self.figure_activated.emit(
                Target("figure", str(figure), document=document).text()
            )
        )
        self.view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.table.customContextMenuRequested.connect(self._row_menu)
        self.series_scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        bar = QHBoxLayout()
        for widget in (self.subject_label, self.subject_field, self.issuer_label, self.issuer):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.series_button, self.export_png, self.export_csv):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        close_keys(self)
        self.resize(960, 640)  # fits a 1366×768 screen with its frame and a panel
        self.retranslate()
        self.reload_subjects()

    def retranslate(self) -> None:
        self.subject_label.setText(self.tr("&Indicator:"))
        self.subject_field.setPlaceholderText(self.tr("e.g. 国内生产总值, 城镇新增就业"))
        self.issuer_label.setText(self.tr("I&ssuer:"))
        self.export_png.setText(self.tr("Export PNG…"))
        self.export_csv.setText(self.tr("Export CSV…"))
        self.series_button.setText(self.tr("Series"))
        self.series_button.setAccessibleDescription(self.tr("Merge another indicator into this series"))
        for button in self.subject_field.findChildren(QToolButton):  # Qt's clear button
            button.setAccessibleName(self.tr("Clear"))
        self.series_scroll.setAccessibleName(self.tr("Series over the years"))
        self._set_title()
        self.view.retranslate()

    def reload_subjects(self) -> None:
        """The subjects the library's figures give, most reported first, for the field to complete."""
        try:
            found = self.library.subjects(limit=2000)
        except StoreError as e:  # a damaged library: the window says so, the field completes nothing
            self.view.note.setText(str(e))
            found = []
        self.subjects.setStringList([s for s, _n in found])

    # -- showing a subject -------------------------------------------------------------------------

    def show_subject(self, subject: str, issuer: str | None = None) -> bool:
        """Compare `subject` (any of its names) across the reports of `issuer`, else of the issuer that
        gives it in the most reports. False, with a line saying why, when no report gives it."""
        subject = subject.strip()
        if not subject:
            return False
        try:
            found = compare(self.library, subject, issuer)
        except StoreError as e:
            QMessageBox.warning(self, self.tr("Cannot compare"), str(e))
            return False
        self.subject_field.setText(subject)
        self._fit_subject()
        self.issuer.clear()
        for name, reports in found.issuers:
            self.issuer.addItem(fill(self.tr("%1 (%n report(s))", "", reports), name), name)
        self.issuer.setCurrentIndex(max(0, self.issuer.findData(found.issuer)))
        self._show(found)
        return bool(found.points)

    def _fit_subject(self) -> None:
        """The field wide enough for the whole name (单位国内生产总值能耗, not 产总值)."""
        metrics = self.subject_field.fontMetrics()
        wanted = metrics.horizontalAdvance(self.subject_field.text() or self.subject_field.placeholderText())
        self.subject_field.setMinimumWidth(
            min(SUBJECT_FIELD_MAX, wanted + 3 * metrics.averageCharWidth() + 24)
        )

    def show_figure(self, document: Document, indicator_id: int) -> bool:
        """Compare the subject of one figure of a document, across its issuer's reports."""
        figure = document.indicator(indicator_id)
        if figure is None:
            return False
        subject = figure.subject or figure.name
        return self.show_subject(subject, document.record().issuer)

    def set_library(self, library: Library) -> None:
        """Read another library file from now on (the one the main window's first import made)."""
        self.library = library
        self.reload_subjects()

    def _refresh(self) -> None:
        if self.comparison is not None:
            self._show(compare(self.library, self.comparison.subject, self.issuer.currentData()))

    def _show(self, found: Comparison) -> None:
        self.comparison = found
        self.view.set_series(found.title, found.points, found.verdicts)
        if not found.issuers:
            self.view.note.setText(fill(self.tr("No report in the library gives “%1”."), found.subject))
        for button in (self.export_png, self.export_csv, self.series_button):
            button.setEnabled(bool(found.points))
        self._set_title()

    def _set_title(self) -> None:
        found = self.comparison
        what = f"{found.title} — {found.issuer or ''}" if found is not None else self.tr("Compare")
        self.setWindowTitle(fill(self.tr("%1 across the years — zoneview"), what))

    # -- export ----------------------------------------------------------------------------------

    def save_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PNG"), self._suggested(".png"), "PNG (*.png)"
        )
        if path:
            self._write(lambda: self.view.save_png(with_suffix(path, ".png")))

    def save_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), self._suggested(".csv"), "CSV (*.csv)"
        )
        if path:
            self._write(lambda: self.view.save_csv(with_suffix(path, ".csv")))

    def _suggested(self, suffix: str) -> str:
        found = self.comparison
        return f"{found.title}-{found.issuer}{suffix}" if found is not None else f"compare{suffix}"

    def _write(self, write) -> None:  # type: ignore[no-untyped-def]
        try:
            write()
        except OSError as e:
            QMessageBox.warning(self, self.tr("Not saved"), str(e))

    # -- merging and splitting series ----------------------------------------------------------------

    def _fill_series_menu(self) -> None:
        self.series_menu.clear()
        self.series_menu.addAction(self.tr("Merge Another Indicator into This One…"), self.merge_dialog)
        self.series_menu.addAction(self.tr("Undo My Merges and Splits of This Indicator"), self.undo_choices)

    def merge_dialog(self) -> None:
        if self.comparison is None:
            return
        others = [s for s in self.subjects.stringList() if s != self.comparison.subject]
        other, ok = QInputDialog.getItem(
            self, self.tr("Merge"), self.tr("Figures of this indicator join the series:"), others, 0, True
        )
        if ok and other.strip():
            self.merge(other.strip())

    def merge(self, other: str) -> None:
        """Figures of `other` count as this subject from now on, in this library."""
        if self.comparison is None:
            return
        names = self.library.subject_names(other) or [other]
        self._choose([(name, self.comparison.subject) for name in names])

    def split(self, point: SeriesPoint) -> None:
        """This one figure is not this subject (its name says more than it measures): take it out."""
        self._change(lambda library: library.split_figure(point.indicator.id))

    def undo_choices(self) -> None:
        """Forget the merges into this subject and the splits of its figures."""
        if self.comparison is not None:
            subject = self.comparison.subject
            self._change(lambda library: library.undo_choices(subject))

    def _choose(self, choices: list[tuple[str, str | None]]) -> None:
        def choose(library: LibraryWriter) -> None:
            for name, subject in choices:
                library.choose_subject(name, subject)

        if choices:
            self._change(choose)

    def _change(self, change: Callable[[LibraryWriter], None]) -> None:
        """Make a change to the library's choices, then show the series as it now is."""
        from zoneview.store.library import LibraryError, LibraryWriter

        if self.comparison is None:
            return
        try:
            with LibraryWriter(self.library.path) as library:
                change(library)
        except (LibraryError, OSError) as e:
            QMessageBox.warning(self, self.tr("Not saved"), str(e))
            return
        self.reload_subjects()
        self._refresh()

    def _row_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        item = self.view.table.itemAt(position)
        points = self.view.points_at_row(item.row()) if item is not None else []
        if not points:
            return
        menu = QMenu(self)
        for point in points:
            name, value = point.indicator.name, point.indicator.display_value
            action = menu.addAction(fill(self.tr("Not This Indicator: “%1” (%2)"), name, value))
            action.triggered.connect(functools.partial(self.split, point))
        menu.exec(self.view.table.viewport().mapToGlobal(position))

    def dispose(self) -> None:
        """Close for good, with the plots taken down before Qt deletes the widgets. (Closing the window
        only hides it: opened again, it shows what it showed.)"""
        self.view.dispose()
        self.close()
        self.deleteLater()
