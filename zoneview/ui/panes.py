"""The window's splitters: the sizes the reader chose, kept apart from those the window takes for a
while (a one-line chart pane under a node without charts, a wider left pane for the figures table),
and saved and restored with the window's geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"


class PaneSizes:
    """`main` splits the left pane from the right; `right` the text from the charts in `chart_host`;
    `left` the library pane from the tabs."""

    def __init__(self, main: QSplitter, right: QSplitter, left: QSplitter, chart_host: QWidget) -> None:
        self.main, self.right, self.left, self.chart_host = main, right, left, chart_host
        self._chart_sizes: list[int] | None = None  # the reader's, while a node shows no chart
        self._narrow_sizes: list[int] | None = None  # the reader's, before the figures widened the left

    def fit_chart(self, wanted: int | None) -> None:
        """A node without charts gives the chart pane `wanted` pixels and the text the rest; the next
        node with charts (None) gets back the height the reader had chosen."""
        sizes = self.right.sizes()
        if wanted is None:
            self.chart_host.setMaximumHeight(QWIDGETSIZE_MAX)
            if self._chart_sizes is not None:
                self.right.setSizes(self._chart_sizes)
                self._chart_sizes = None
            return
        if self._chart_sizes is None:
            self._chart_sizes = sizes
        self.chart_host.setMaximumHeight(wanted)
        self.right.setSizes([max(0, sum(sizes) - wanted), wanted])

    def widen_left(self, wanted: int) -> None:
        """The left pane at least `wanted` wide, until narrow_left."""
        sizes = self.main.sizes()
        if sizes[0] >= wanted:
            return
        if self._narrow_sizes is None:
            self._narrow_sizes = sizes
        self.main.setSizes([wanted, sum(sizes) - wanted])

    def narrow_left(self) -> None:
        if self._narrow_sizes is not None:
            self.main.setSizes(self._narrow_sizes)
            self._narrow_sizes = None

    def restore(self, settings: QSettings) -> None:
        for key, splitter in self._splitters():
            state = settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save(self, settings: QSettings) -> None:
        """The reader's sizes, not those taken for a while."""
        self.narrow_left()
        self.fit_chart(None)
        for key, splitter in self._splitters():
            settings.setValue(key, splitter.saveState())

    def _splitters(self) -> tuple[tuple[str, QSplitter], ...]:
        return (
            ("window/main_split", self.main),
            ("window/right_split", self.right),
            ("window/left_split", self.left),
        )
