"""The main window: report tree and indexes on the left, the detail pane and chart on the right."""

from __future__ import annotations

import contextlib
import html
import itertools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zoneview import __version__, paths
from zoneview.bookmarks import Bookmarks
from zoneview.store.document import Document
from zoneview.store.read import Library, StoreError
from zoneview.ui import bookmarking, i18n
from zoneview.ui.actions import ACTIONS, MENUS, SEARCH, TABS, TOOLBAR
from zoneview.ui.detail import DetailPane
from zoneview.ui.history import History
from zoneview.ui.keeper import LibraryKeeper
from zoneview.ui.library import LibraryPane
from zoneview.ui.navigator import EntityIndex, ReportTree
from zoneview.ui.page import Page, PageRenderer
from zoneview.ui.panes import PaneSizes
from zoneview.ui.qtapp import int_setting

if TYPE_CHECKING:  # (a Qt class named at run time is built at start-up; these wait for their use)
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
    from PySide6.QtWidgets import QMessageBox

    from zoneview.service import Outcome as ImportOutcome
    from zoneview.ui.chart import ChartPane
    from zoneview.ui.comparewindow import CompareWindow
    from zoneview.ui.figures import FigureTable
    from zoneview.ui.printing import Shown
    from zoneview.ui.scorecard import ScorecardWindow
from zoneview.ui.search import SearchResults
from zoneview.ui.target import Target
from zoneview.ui.text import fill
from zoneview.vocab import EntityKind

ZOOM_RANGE = (-4, 10)
DEFAULT_SIZE = (1280, 800)
# The left pane's tabs, in order, by the names their actions (focus_tree …) and tab_page() use
# Room the window manager's title bar and borders take outside the window's own geometry (left, top,
# right, bottom); the first window leaves it free, or on a 1366x768 screen a 1280x800 window's bottom
# would be cut off.
FRAME_ALLOWANCE = (8, 40, 8, 8)


def first_size(available: QRect) -> tuple[int, int]:
    """The default size, or less when the screen's free area (less the frame) is smaller."""
    left, top, right, bottom = FRAME_ALLOWANCE
    return (
        min(DEFAULT_SIZE[0], available.width() - left - right),
        min(DEFAULT_SIZE[1], available.height() - top - bottom),
    )


class MainWindow(QMainWindow):
    """Everything a reader does happens here; the library is only read. The window holds the document
    shown, and says when it changes (`document_changed`): every pane that shows it follows."""

    navigated = Signal(str)
    document_changed = Signal(object)  # the Document shown now
    language_changed = Signal(str)
    charts_loaded = Signal()  # the chart pane is in place (after the first paint)

    def __init__(
        self,
        document: Document,
        settings: QSettings,
        language: str = "zh",
        dark: bool = False,
        bookmarks: Bookmarks | None = None,
    ) -> None:
        super().__init__()
        self.document = document
        self.settings = settings
        self.language = language
        self.dark = dark
        self.bookmarks = bookmarks or Bookmarks()
        self.renderer = PageRenderer(document, dark)
        self.history = History()  # each place with its document: Back goes back across reports
        self.current_target: Target | None = None
        self.current_page: Page | None = None
        self.zoom = 0
        self.chart: ChartPane | None = None  # the chart pane arrives after the first paint, with pyqtgraph
        self._first_paint_done = False
        self.persist = True  # False for screenshots: they must not change the user's settings
        self.setObjectName("zoneview-main")
        self.setWindowIcon(QIcon(str(paths.bundled("resources") / "icons" / "zoneview.svg")))

        self.tree = ReportTree(document, self.renderer)
        self.figures: FigureTable | None = None  # built after the first paint, like the charts
        self.figures_placeholder = QWidget()
        self.organisations = EntityIndex(
            document, self.renderer, tuple(k for k in EntityKind if k is not EntityKind.POLICY)
        )
        self.policies = EntityIndex(document, self.renderer, (EntityKind.POLICY,))
        self.results = SearchResults(document, self.renderer)
        self.tabs = QTabWidget()
        # every tab's name in full ("Results", not "Re◂▸"): the pane is never narrower than its tabs
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        for tab in TABS:
            self.tabs.addTab(self.tab_page(tab), "")
        for widget in (self.tree, self.organisations, self.policies, self.results):
            widget.activated.connect(self.navigate)
            self.document_changed.connect(widget.set_document)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.detail = DetailPane()
        self.detail.browser.anchorClicked.connect(self.navigate)
        self.detail.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.detail.browser.customContextMenuRequested.connect(self._detail_menu)
        self.compare_window: CompareWindow | None = None
        self.scorecard_window: ScorecardWindow | None = None
        self.chart_host = QWidget()
        self.chart_column = QVBoxLayout(self.chart_host)
        self.chart_column.setContentsMargins(0, 0, 0, 0)
        self.chart_placeholder = QLabel()
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_column.addWidget(self.chart_placeholder)

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.detail)
        self.right.addWidget(self.chart_host)
        self.right.setStretchFactor(0, 1)
        self.right.setStretchFactor(1, 1)
        self.right.setSizes([430, 340])
        self.library = LibraryPane()
        self.library.opened.connect(self.open_document)
        self.library.remove_requested.connect(self.remove_document)
        self.library.import_requested.connect(self.import_dialog)
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(self.library)
        self.left.addWidget(self.tabs)
        self.left.setStretchFactor(1, 1)
        self.left.setSizes([200, 600])
        self.keeper = LibraryKeeper(self)
        self.keeper.imported.connect(self._imported)
        self.keeper.removed.connect(self._removed)
        self.keeper.changed_outside.connect(self._changed_outside)
        self.keeper.refreshing.connect(self._refreshing)
        self.keeper.refreshed.connect(self._refreshed)
        self.keeper.watch(document.path)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.left)
        self.main_split.addWidget(self.right)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([340, 940])
        self.setCentralWidget(self.main_split)
        self.pane_sizes = PaneSizes(self.main_split, self.right, self.left, self.chart_host)

        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(320)
        self.search_field.returnPressed.connect(self._search_entered)
        self._build_actions()
        self._build_menus_and_toolbar()
        chain = [self.search_field, self.library.tree, self.tabs, self.tree.park_filter, self.tree.tree,
                 self.detail.browser, self.detail.find_bar.field]  # fmt: skip
        for first, second in itertools.pairwise(chain):  # Tab goes left to right, top down
            QWidget.setTabOrder(first, second)
        self.refresh_library()
        self.setAcceptDrops(True)
        self.retranslate()
        screen = self.screen()
        self.resize(*(first_size(screen.availableGeometry()) if screen else DEFAULT_SIZE))

    # -- actions ---------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        """Every action of ui/actions.py's table, named, with its keys and icon, calling its handler."""
        self.actions_by_name: dict[str, QAction] = {}
        languages = QActionGroup(self)
        for spec in ACTIONS:
            action = QAction(self)
            action.setObjectName(spec.name)
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            if spec.icon is not None:
                action.setIcon(QIcon(str(paths.bundled("resources") / "icons" / f"{spec.icon}.svg")))
            handler = getattr(self, spec.handler)
            action.triggered.connect(lambda _=False, handler=handler, args=spec.args: handler(*args))
            if spec.checkable:
                action.setCheckable(True)
                languages.addAction(action)
            if spec.label:
                action.setText(spec.label)
            self.addAction(action)
            self.actions_by_name[spec.name] = action
        self.actions_by_name[f"lang_{self.language}"].setChecked(True)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {}
        for key, _title in MENUS:
            menu = self.menus[key] = bar.addMenu("")
            for spec in (s for s in ACTIONS if s.menu == key):
                if spec.separated:
                    menu.addSeparator()
                menu.addAction(self.actions_by_name[spec.name])
        self.menus["bookmarks"].addSeparator()  # the bookmarks follow, listed when the menu opens
        self.menus["bookmarks"].aboutToShow.connect(self._fill_bookmarks_menu)
        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in TOOLBAR:  # the chart's export actions follow the last separator, once charts load
            if name is None:
                self.toolbar.addSeparator()
            elif name == SEARCH:
                self.toolbar.addWidget(self.search_field)
            else:
                self.toolbar.addAction(self.actions_by_name[name])

    def retranslate(self) -> None:
        """Set every visible string again, after the language changed."""
        for spec in ACTIONS:
            if spec.text:
                self.actions_by_name[spec.name].setText(
                    QCoreApplication.translate("MainWindow", str(spec.text))
                )
        for key, title in MENUS:
            self.menus[key].setTitle(QCoreApplication.translate("MainWindow", str(title)))
        titles = {
            "tree": self.tr("Contents"),
            "figures": self.tr("Figures"),
            "organisations": self.tr("Names"),
            "policies": self.tr("Policies"),
            "results": self.tr("Results"),
        }
        for tab, title in titles.items():
            self.tabs.setTabText(self.tabs.indexOf(self.tab_page(tab)), title)
        self._search_placeholder()
        self.library.retranslate()
        self._name_controls()
        self.chart_placeholder.setText(self.tr("Loading chart…"))
        self.setWindowTitle(f"{self.document.record().title} — zoneview")
        self._update_bookmark_action()
        if self.current_target:
            self._show(self.current_target)

    # -- navigation ------------------------------------------------------------------------------

    def navigate(self, target: str | QUrl | Target, record: bool = True) -> bool:
        """Show what a link names (ui/target.py): a node, an entity's page, or a figure in its node; of
        the document shown, or of another one of the library (node:1.1?doc=3)."""
        found = target if isinstance(target, Target) else Target.parse(target)
        if found is None:
            return False
        if found.document is not None and not self.open_document(found.document, show=False):
            return False
        if found.kind == "figure":
            indicator = self.document.indicator(int(found.ident)) if found.ident.isdigit() else None
            if indicator is None:
                return False
            page = self.renderer.figure_page(indicator)  # a figure deep in a long node: its page
            found = Target("node", indicator.node_id, (indicator.quote,), page if page > 1 else None)
        if found.kind == "correction":
            return False  # its tooltip says everything
        if found.kind == "node" and self.document.outline_entry(found.ident) is None:
            return False
        if found.kind == "entity" and not found.ident.isdigit():
            return False
        found = found.with_document(self.document.id)
        if record and self._same_page(found):  # a figure on the page shown: highlighted, no new step
            self.history.replace(found)
        elif record and found != self.current_target:
            self.history.visit(found)
        self._show(found)
        self.navigated.emit(found.text())
        return True

    def _same_page(self, target: Target) -> bool:
        """Whether `target` shows the page already shown, perhaps with other words highlighted."""
        shown = self.current_target
        if self.current_page is None or not len(self.history) or shown is None:
            return False
        same = (target.kind, target.ident, target.document) == (shown.kind, shown.ident, shown.document)
        return same and (target.page or 1) == self.current_page.page

    def _show(self, target: Target) -> None:
        if target.document is not None and not self.open_document(target.document, show=False):
            return
        kind, ident, highlight = target.kind, target.ident, list(target.highlight)
        self.current_target = target
        page = (
            self.renderer.node_page(ident, highlight, target.page, paged=True)
            if kind == "node"
            else self.renderer.entity_page(int(ident), target.page)
        )
        self.current_page = page
        browser = self.detail.browser
        browser.tooltips = page.tooltips
        browser.setHtml(page.html)
        if highlight:
            browser.find(highlight[0])
        if kind == "node":
            self.tree.select(ident)
        else:  # an entity's page: no section is current, and no section's charts stay on show
            self.tree.clear_current()
        if self.chart is not None:
            self.chart.show_node(ident if kind == "node" else "")
            self.fit_chart_pane()
        self._update_history_actions()
        self._update_bookmark_action()

    def _update_history_actions(self) -> None:
        self.actions_by_name["back"].setEnabled(self.history.can_go_back)
        self.actions_by_name["forward"].setEnabled(self.history.can_go_forward)

    def current_node_id(self) -> str | None:
        target = self.current_target
        return target.ident if target is not None and target.kind == "node" else None

    # -- the library ------------------------------------------------------------------------------

    def refresh_library(self) -> None:
        """The library pane lists the database's documents; a database of one report hides it."""
        documents = self.document.library.documents()
        self.library.populate(documents, self.document.id)
        self.library.setVisible(len(documents) > 1)
        self.results.set_documents(documents)
        self._several = len(documents) > 1
        self._search_placeholder()

    def _search_placeholder(self) -> None:
        """The search field says what it searches: the library, or the one report."""
        library, report = self.tr("Search the library (Ctrl+K)"), self.tr("Search the report (Ctrl+K)")
        self.search_field.setPlaceholderText(library if self._several else report)
        self.search_field.setAccessibleDescription(
            fill(self.tr("%1; Enter shows the best hit"), library if self._several else report)
        )

    def _name_controls(self) -> None:
        """What a screen reader calls each pane and control (menus and buttons are named by their text)."""
        from zoneview.ui.access import name, name_clear_button

        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.search_field.setAccessibleName(self.tr("Search"))
        name_clear_button(self.search_field, self.tr("Clear"))
        name(self.tabs, self.tr("Contents and indexes"), self.tr("Ctrl+1 to Ctrl+5 open each tab"))
        name(self.tree.tree, self.tr("Contents"), self.tr("The report's sections; choosing one shows it"))
        places = self.tr("Each with the places it is named")
        name(self.organisations, self.tr("Parks and Organisations"), places)
        name(self.policies, self.tr("Policy Documents"), places)
        name(self.results.tree, self.tr("Search Results"), self.tr("Best first; Enter shows a hit"))
        name(self.results.year_filter, self.tr("Year"), self.tr("Only the hits of this year"))
        name(self.results.document_filter, self.tr("Report"), self.tr("Only the hits of this report"))
        name(self.detail.browser, self.tr("Text"), self.tr("The chosen section; Tab moves between its links"))
        self.detail.find_bar.name_controls()
        if self.figures is not None:
            name(self.figures.view, self.tr("Figures"), self.tr("Every figure of the report; columns sort"))

    def open_document(self, document_id: int, show: bool = True) -> bool:
        """Show another document of the library: its tree, indexes, text and charts."""
        if document_id == self.document.id:
            return True
        try:
            document = self.document.library.document(document_id)
        except StoreError as e:
            self.statusBar().showMessage(str(e), 5000)
            return False
        self.show_document(document)
        if show:
            self.navigate(Target("node", "preamble"))
        return True

    def show_document(self, document: Document) -> None:
        """Show another document (of this library or of another): every pane follows it."""
        self.document = self.renderer.document = document
        self.current_target = None
        self.document_changed.emit(document)
        self.library.select(document.id)
        self.setWindowTitle(f"{document.record().title} — zoneview")

    def import_dialog(self) -> None:
        """File › Import: choose report files to add to the library."""
        from PySide6.QtWidgets import QFileDialog

        from zoneview.service import importable_suffixes

        patterns = " ".join(f"*{suffix}" for suffix in importable_suffixes())
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import Reports"), "", fill(self.tr("Reports (%1)"), patterns)
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> bool:
        """Add files to the library in the background (LibraryKeeper), with progress and Cancel."""
        if self.keeper.busy:
            self.statusBar().showMessage(self.tr("An import is already running."), 5000)
            return False
        return self.keeper.import_files(self.document.path, files)

    def _imported(self, library: Path, outcomes: list[ImportOutcome]) -> None:
        from PySide6.QtWidgets import QMessageBox

        if library != self.document.path:
            try:
                self._open_library(Library(library))
            except StoreError as e:
                QMessageBox.warning(self, self.tr("Cannot open the library"), str(e))
                return
        self.refresh_library()
        self.statusBar().showMessage(self.keeper.report(outcomes), 10000)
        opened = [o for o in outcomes if o.document_id is not None]  # the last added, else already there
        added = [o for o in opened if o.new] or opened
        if added:
            self.navigate(Target("node", "preamble", document=added[-1].document_id))

    def _open_library(self, library: Library) -> None:
        """Read another library file from now on (the one the first import made), on the same report;
        the file read before is closed once nothing shows it."""
        old = self.document.library
        try:
            document = library.document(self.document.id)
        except StoreError:
            library.close()
            raise
        self._read_again_beside(library)
        self.show_document(document)
        self.keeper.watch(library.path)
        old.close()

    def _read_again_beside(self, library: Library) -> None:
        """The compare and scorecard windows, if open, read `library` from now on, afresh."""
        for window in (self.compare_window, self.scorecard_window):
            if window is not None:
                window.set_library(library)

    def remove_document(self, document_id: int) -> None:
        doc = next((d for d in self.document.library.documents() if d.id == document_id), None)
        if doc is not None:
            self.keeper.remove(self.document.path, doc)

    def _removed(self, document_id: int) -> None:
        """A report has left the library: its places leave the history, and if it was shown, the
        first report left takes its place."""
        self.history.forget_document(document_id)
        self.refresh_library()
        if document_id == self.document.id:
            self.show_document(self.document.library.document())
            self.navigate(Target("node", "preamble"))
        self._update_history_actions()
        self._read_again_beside(self.document.library)  # a report has gone

    def _refreshing(self, done: int, total: int, title: str) -> None:
        text = self.tr("Reading the library again with this version of zoneview: %1 of %2, %3")
        self.statusBar().showMessage(fill(text, done, total, title))

    def _refreshed(self, count: int, error: str) -> None:
        """The library was read again with this parser: the report shown is shown anew, in place."""
        if error:
            self.statusBar().showMessage(error, 10000)
            return
        if not count:
            return
        target = self.current_target
        self.show_document(self.document.library.document(self.document.id))
        self.refresh_library()
        if target is not None:
            self.navigate(target, record=False)
        self.statusBar().showMessage(
            self.tr("%n report(s) were read again with this version of zoneview", "", count), 10000
        )

    def _changed_outside(self) -> None:
        """Another program (zoneview add or remove in a terminal) changed the library: the list follows,
        and a report shown that has gone gives way to the first one left, with a line saying so."""
        try:
            present = {d.id for d in self.document.library.documents()}
        except StoreError as e:
            self.statusBar().showMessage(str(e), 10000)
            return
        shown = self.document.id
        if shown in present:
            self.refresh_library()
            self._read_again_beside(self.document.library)
            self.statusBar().showMessage(self.tr("The library was changed by another program."), 10000)
            return
        self._removed(shown)
        self.statusBar().showMessage(
            self.tr("The report shown was removed from the library by another program."), 10000
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        from zoneview.ui.importer import importable

        if any(url.isLocalFile() and importable(Path(url.toLocalFile())) for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        from zoneview.ui.importer import importable

        files = [f for f in files if importable(f)]
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    # -- comparing across years ---------------------------------------------------------------------

    def open_compare(self, figure: int | None = None, subject: str | None = None) -> CompareWindow:
        """The compare window, on a figure's indicator, a subject, or the first figure of the section."""
        from zoneview.ui.comparewindow import CompareWindow

        if self.compare_window is None:
            self.compare_window = CompareWindow(self.document.library, dark=self.dark, parent=self)
            self.compare_window.figure_activated.connect(self._figure_from_compare)
        window = self.compare_window
        node_id = self.current_node_id()
        if figure is None and subject is None and node_id is not None and window.comparison is None:
            first = self.document.indicators(node_id, limit=1)
            figure = first[0].id if first else None
        if figure is not None:
            window.show_figure(self.document, figure)
        elif subject is not None:
            window.show_subject(subject)
        window.show()
        window.raise_()
        window.activateWindow()
        window.subject_field.setFocus()
        return window

    def open_scorecard(self, issuer: str | None = None) -> ScorecardWindow:
        """The scorecard window: the current report's issuer by default, else the first that sets targets."""
        from zoneview.ui.scorecard import ScorecardWindow

        if self.scorecard_window is None:
            self.scorecard_window = ScorecardWindow(self.document.library, parent=self)
            self.scorecard_window.node_activated.connect(self._figure_from_compare)
        else:
            self.scorecard_window.reload()  # reports imported or removed since it was last open
        window = self.scorecard_window
        wanted = issuer or self.document.record().issuer
        if wanted:
            window.show_issuer(wanted)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _figure_from_compare(self, target: str) -> None:
        self.navigate(target)
        self.raise_()
        self.activateWindow()

    def _detail_menu(self, position: QPoint) -> None:
        browser = self.detail.browser
        menu = browser.createStandardContextMenu(position)
        link = Target.parse(browser.anchorAt(position))
        ident = link.ident if link is not None and link.kind == "figure" else ""
        if ident.isdigit():
            action = QAction(self.tr("Compare Across Years"), menu)
            action.triggered.connect(lambda: self.open_compare(int(ident)))
            first = menu.actions()[0] if menu.actions() else None
            if first is None:
                menu.addAction(action)
            else:
                menu.insertAction(first, action)
                menu.insertSeparator(first)
        menu.exec(browser.viewport().mapToGlobal(position))

    def back(self) -> None:
        target = self.history.back()
        if target is not None:
            self._show(target)

    def forward(self) -> None:
        target = self.history.forward()
        if target is not None:
            self._show(target)

    def tab_page(self, tab: str) -> QWidget:
        """The page of a tab by its name in TABS (the figures' placeholder until the table is built)."""
        pages = {"tree": self.tree, "figures": self.figures or self.figures_placeholder}
        pages |= {"organisations": self.organisations, "policies": self.policies, "results": self.results}
        return pages[tab]

    def focus_tab(self, tab: str) -> None:
        if tab == "figures":
            self.load_figures()
        page = self.tab_page(tab)
        self.tabs.setCurrentWidget(page)
        inner: dict[str, QWidget] = {"tree": self.tree.tree, "results": self.results.tree}
        if self.figures is not None:
            inner["figures"] = self.figures.view
        inner.get(tab, page).setFocus()

    # -- search and find -------------------------------------------------------------------------

    def focus_charts(self) -> None:
        """The first chart or figure card of the section, else the chart pane itself."""
        if self.chart is not None and not self.chart.focus_first():
            self.statusBar().showMessage(self.tr("This section has no charts."), 3000)

    def panes(self) -> list[QWidget]:
        """What F6 moves between, in order: search, library, the open tab, the text, the charts."""
        inner: dict[str, QWidget] = {"tree": self.tree.tree, "results": self.results.tree}
        if self.figures is not None:
            inner["figures"] = self.figures.view
        tab = next((t for t in TABS if self.tab_page(t) is self.tabs.currentWidget()), "tree")
        found: list[QWidget] = [self.search_field]
        if self.library.isVisible():
            found.append(self.library.tree)
        found += [inner.get(tab, self.tabs.currentWidget()), self.detail.browser]
        if self.chart is not None:
            found.append(self.chart)
        return found

    def cycle_panes(self, step: int) -> None:
        panes = self.panes()
        focus = QApplication.focusWidget()
        here = -1
        if focus is not None:
            here = next((i for i, p in enumerate(panes) if focus is p or p.isAncestorOf(focus)), -1)
        following = panes[(here + step) % len(panes)] if here >= 0 else panes[0]
        if following is self.chart:
            self.focus_charts()
        else:
            following.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_keys(self) -> QWidget:
        """Help › Keyboard Shortcuts, from the action table."""
        from zoneview.ui.access import KeysDialog

        dialog = KeysDialog(self.actions_by_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def focus_detail(self) -> None:
        self.detail.browser.setFocus()

    def find_next(self) -> None:
        self.detail.find_bar.find_next()

    def find_previous(self) -> None:
        self.detail.find_bar.find_previous()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def run_search(self, query: str) -> int:
        self.search_field.setText(query)
        hits = self.results.run(query)
        self.tabs.setCurrentWidget(self.results)
        return len(hits)

    def _search_entered(self) -> None:
        if self.run_search(self.search_field.text()):
            target = self.results.first_target()
            if target:
                self.navigate(target)
            self.results.tree.setFocus()

    def open_find(self) -> None:
        self.detail.find_bar.open()

    # -- bookmarks, citation, zoom, language -----------------------------------------------------

    def toggle_bookmark(self) -> None:
        node_id = self.current_node_id()
        if node_id is None:
            return
        try:
            bookmarking.toggle(self.bookmarks, self.document, node_id, self.renderer)
        except OSError as e:  # a read-only data folder: the change holds until zoneview closes
            self.say_not_saved(
                self.tr("The bookmarks could not be saved; the change lasts until you quit."), e
            )
        self._update_bookmark_action()

    def say_not_saved(self, text: str, error: OSError) -> QMessageBox:
        """Tell the user, without stopping them, that something they did was not saved."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), text, parent=self)
        box.setInformativeText(str(error))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        return box

    def _update_bookmark_action(self) -> None:
        action = self.actions_by_name["bookmark"]
        node_id = self.current_node_id()
        action.setEnabled(node_id is not None)
        marked = bookmarking.is_marked(self.bookmarks, self.document, node_id)
        action.setText(self.tr("Remove Bookmark") if marked else self.tr("Bookmark"))

    def _fill_bookmarks_menu(self) -> None:
        menu = self.menus["bookmarks"]
        bookmarking.fill_menu(menu, self.bookmarks, self.document.library, self.renderer, self.navigate)

    def settle_bookmarks(self) -> int:
        """Bookmarks of zoneview 0.2 tied to their reports; those that match none are dropped, and said."""
        try:
            dropped = bookmarking.settle(self.bookmarks, self.document.library, self.renderer)
        except OSError as e:
            self.say_not_saved(
                self.tr("The bookmarks could not be saved; the change lasts until you quit."), e
            )
            return 0
        if dropped:
            text = self.tr(
                "%n bookmark(s) from an earlier zoneview matched no single report and were dropped",
                "",
                dropped,
            )
            self.statusBar().showMessage(text, 10000)
        return dropped

    def citation(self) -> str:
        node_id = self.current_node_id()
        node = self.document.node(node_id) if node_id else None
        if node is None:
            return ""
        doc = self.document.record()
        return fill(
            self.tr("%1. “%2” %3, %4, characters %5–%6 (sha256 %7)."),
            self.renderer.heading(node),
            node.original,
            f"《{doc.title}》",
            doc.source_file,
            node.span_start,
            node.span_end,
            doc.sha256[:12],
        )

    def copy_citation(self) -> None:
        text = self.citation()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.statusBar().showMessage(self.tr("Citation copied"), 3000)

    def change_zoom(self, step: int) -> None:
        self.set_zoom(self.zoom + step)

    def set_zoom(self, level: int) -> None:
        level = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], level))
        browser = self.detail.browser
        browser.zoomOut(self.zoom) if self.zoom > 0 else browser.zoomIn(-self.zoom)
        browser.zoomIn(level)
        self.zoom = level

    def set_language(self, lang: str) -> None:
        app = QApplication.instance()
        if lang == self.language or not isinstance(app, QApplication):
            return
        i18n.install_language(app, lang)
        self.language = lang
        self.settings.setValue("view/language", lang)  # a choice in the menu persists; --lang does not
        self.actions_by_name[f"lang_{lang}"].setChecked(True)
        self.tree.populate()  # names of kinds and headings are translated too
        for index in (self.figures, self.organisations, self.policies):
            if index is not None:
                index.refill()
        self.retranslate()
        if self.chart is not None:
            self.chart.retranslate()
        self.language_changed.emit(lang)

    # -- printing (the printing module is loaded on first use) ----------------------------------

    def _shown(self) -> Shown:
        from zoneview.ui.printing import Shown

        return Shown(self.document, self.current_node_id(), self.current_page)

    def print_node(self) -> None:
        from zoneview.ui import printing

        printing.print_dialog(self, self._shown(), self.settings)

    def print_preview(self) -> None:
        from zoneview.ui import printing

        printing.preview_dialog(self, self._shown(), self.settings)

    def export_pdf(self) -> None:
        from zoneview.ui import printing

        printing.export_pdf_dialog(self, self.document, self.current_node_id())

    def export_report_pdf(self) -> None:
        from zoneview.ui import printing

        printing.export_pdf_dialog(self, self.document, None)

    # -- about -----------------------------------------------------------------------------------

    def about_html(self) -> str:
        doc = self.document.record()
        counts = self.document.counts()
        nodes, figures = counts["nodes"], counts["indicators"]
        punctuation = self.document.punctuation_count()  # said once here, not on every page
        rows = [
            (self.tr("Version"), __version__),
            (self.tr("Document"), doc.title),
            (self.tr("Source file"), doc.source_file),
            ("SHA-256", doc.sha256),
            (self.tr("Nodes"), str(nodes)),
            (self.tr("Figures"), str(figures)),
            (self.tr("Punctuation"), self.tr("%n half-width mark(s) shown full-width", "", punctuation)),
            (self.tr("Database"), str(self.document.path)),
        ]
        table = "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
        )
        licences = self.tr(
            "zoneview is MIT licensed. The bundled font ZoneView Sans SC is a subset of Noto Sans CJK SC, "
            "under the SIL Open Font License 1.1. Qt for Python (PySide6) is LGPLv3; pyqtgraph is MIT; "
            "sqlite-utils is Apache 2.0."
        )
        return f"<h3>zoneview</h3><table>{table}</table><p>{html.escape(licences)}</p>"

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About zoneview"), self.about_html())

    # -- start-up, charts and state --------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._first_paint_done:
            self.detail.browser.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After the text's first paint, and only then, load the charts (and pyqtgraph with them)."""
        if event.type() == QEvent.Type.Paint and not self._first_paint_done:
            self._first_paint_done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.load_charts)
        return super().eventFilter(watched, event)

    def load_charts(self) -> None:
        """Import pyqtgraph only now, after the tree and text have painted. (The figures table waits
        for its tab: it reads every figure of the report, which for a large one takes long.)"""
        if self.chart is not None:
            return
        from zoneview.ui.chart import ChartPane

        self.chart = ChartPane(self.document, self.renderer, dark=self.dark)
        self.document_changed.connect(self.chart.set_document)
        self.chart.node_clicked.connect(lambda node_id: self.navigate(Target("node", node_id)))
        self.chart.figure_clicked.connect(self._figure_from_chart)
        self.chart_placeholder.hide()
        self.chart_column.addWidget(self.chart)
        # Qt puts a widget added late at the end of the Tab chain, which is after the search field
        QWidget.setTabOrder(self.detail.find_bar.field, self.chart.scroller)
        for action in self.chart.toolbar_actions():
            self.toolbar.addAction(action)
        node_id = self.current_node_id()
        if node_id is not None:
            self.chart.show_node(node_id)
        self.fit_chart_pane()
        self.charts_loaded.emit()
        self.keeper.refresh_if_older(self.document.library)  # after the first paint: it may take a while

    def _figure_from_chart(self, figure: int) -> None:
        """A bar or card chosen: its figure in the text, where the keyboard follows it (the charts
        are drawn again, and the one that had the focus is gone)."""
        chart = self.chart
        focus = QApplication.focusWidget()
        had_focus = chart is not None and focus is not None and chart.isAncestorOf(focus)
        self.navigate(Target("figure", str(figure)))
        if had_focus:
            self.detail.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit_chart_pane(self) -> None:
        """A node without charts gives the chart pane a line (or its links to the sections' charts) and
        the text the rest; the next node with charts gets back the height the reader had chosen."""
        if self.chart is not None:
            self.pane_sizes.fit_chart(self.chart.compact_height())

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) in (self.figures_placeholder, self.figures):
            self.load_figures()
            self._fit_figures()
        else:
            self.pane_sizes.narrow_left()

    def _fit_figures(self) -> None:
        """The figures table wants its columns readable (names, values, kinds, periods, sections): the
        left pane widens for it, up to half the window, and narrows again on leaving the tab."""
        if self.figures is not None:
            self.pane_sizes.widen_left(min(self.figures.ideal_width(), self.width() // 2))

    def load_figures(self) -> None:
        if self.figures is not None:
            return
        from zoneview.ui.figures import FigureTable

        self.figures = FigureTable(self.document, self.renderer)
        self.document_changed.connect(self.figures.set_document)
        self.figures.activated.connect(self.navigate)
        self.figures.compare_requested.connect(lambda figure: self.open_compare(figure))
        self._name_controls()
        current = self.tabs.currentIndex()
        where = self.tabs.indexOf(self.figures_placeholder)
        self.tabs.removeTab(where)
        self.tabs.insertTab(where, self.figures, self.tr("Figures"))
        self.tabs.setCurrentIndex(current)
        self.figures_placeholder.deleteLater()

    def restore_state(self, select: str | None = None, document: int | None = None) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.pane_sizes.restore(s)
        columns = s.value("window/library_columns")
        if isinstance(columns, QByteArray):
            self.library.restore_header(columns)
        self.set_zoom(int_setting(s, "view/zoom", 0))
        self.settle_bookmarks()
        if document is None and select is None:  # the report read last, where the reader left it
            last = int_setting(s, "view/last_document", 0)
            if last and last != self.document.id:  # (the bare start has opened that one already)
                self.open_document(last, show=False)
        node = select or str(s.value("view/last_node", "") or "") or "preamble"
        if not self.navigate(Target("node", node)):
            self.navigate(Target("node", "preamble"))

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        self.pane_sizes.save(s)
        s.setValue("window/library_columns", self.library.header_state())
        s.setValue("view/zoom", self.zoom)
        node_id = self.current_node_id()
        if node_id:
            s.setValue("view/last_node", node_id)
        s.setValue("view/last_document", self.document.id)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keeper.stop()  # the file being read is left out; those done are kept
        if self.persist:
            with contextlib.suppress(StoreError):
                self.save_state()
        if self.compare_window is not None:
            self.compare_window.dispose()
            self.compare_window = None
        if self.scorecard_window is not None:
            self.scorecard_window.dispose()
            self.scorecard_window = None
        if self.chart is not None:  # pyqtgraph must be taken down before Qt deletes the widgets
            self.chart.dispose()
            self.chart = None
        self.tree.model.stop_reading()
        super().closeEvent(event)
