"""The main window's actions, declared once: name, text, shortcut, icon, menu, handler.

The window builds its actions, menus, toolbar and the Help › Keyboard Shortcuts list from this table,
and sets every text again from it when the language changes: an action cannot be half-added. Texts are
in the "MainWindow" translation context (QT_TRANSLATE_NOOP marks them for lupdate)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: object  # the English source text (a str); "" for one not translated (a language's own name)
    handler: str  # the window's method that the action calls
    args: tuple[object, ...] = ()
    keys: tuple[Key, ...] = ()
    icon: str | None = None
    menu: str | None = None  # the menu it stands in, in the table's order
    separated: bool = False  # a separator before it in its menu
    toolbar: bool = False
    checkable: bool = False
    label: str = ""  # the text of an action whose text is not translated


# The menus, in the menu bar's order, with their titles
MENUS: tuple[tuple[str, object], ...] = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("go", QT_TRANSLATE_NOOP("MainWindow", "&Go")),
    ("bookmarks", QT_TRANSLATE_NOOP("MainWindow", "&Bookmarks")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)

TABS = ("tree", "figures", "organisations", "policies", "results")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "import",
        QT_TRANSLATE_NOOP("MainWindow", "Import Reports…"),
        "import_dialog",
        keys=(QKeySequence.StandardKey.Open,),
        menu="file",
    ),
    ActionSpec(
        "print",
        QT_TRANSLATE_NOOP("MainWindow", "Print…"),
        "print_node",
        keys=(QKeySequence.StandardKey.Print,),
        icon="print",
        menu="file",
        separated=True,
        toolbar=True,
    ),
    ActionSpec(
        "print_preview",
        QT_TRANSLATE_NOOP("MainWindow", "Print Preview…"),
        "print_preview",
        keys=("Ctrl+Shift+P",),
        menu="file",
    ),
    ActionSpec(
        "export_pdf",
        QT_TRANSLATE_NOOP("MainWindow", "Export PDF…"),
        "export_pdf",
        keys=("Ctrl+E",),
        menu="file",
    ),
    ActionSpec(
        "export_report_pdf",
        QT_TRANSLATE_NOOP("MainWindow", "Export Whole Report as PDF…"),
        "export_report_pdf",
        menu="file",
    ),
    # the platform may define no Quit key
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("MainWindow", "Quit"),
        "close",
        keys=("Ctrl+Q",),
        menu="file",
        separated=True,
    ),
    ActionSpec(
        "copy_citation",
        QT_TRANSLATE_NOOP("MainWindow", "Copy Citation"),
        "copy_citation",
        keys=("Ctrl+Shift+C",),
        menu="edit",
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("MainWindow", "Find in Page…"),
        "open_find",
        keys=(QKeySequence.StandardKey.Find,),
        menu="edit",
        separated=True,
    ),
    ActionSpec(
        "find_next", QT_TRANSLATE_NOOP("MainWindow", "Find Next"), "find_next", keys=("F3",), menu="edit"
    ),
    ActionSpec(
        "find_previous",
        QT_TRANSLATE_NOOP("MainWindow", "Find Previous"),
        "find_previous",
        keys=("Shift+F3",),
        menu="edit",
    ),
    ActionSpec(
        "compare",
        QT_TRANSLATE_NOOP("MainWindow", "Compare Across Years…"),
        "open_compare",
        keys=("Ctrl+Shift+Y",),
        menu="view",
    ),
    ActionSpec(
        "scorecard",
        QT_TRANSLATE_NOOP("MainWindow", "Targets and Outcomes…"),
        "open_scorecard",
        keys=("Ctrl+Shift+G",),
        menu="view",
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom In"),
        "change_zoom",
        (1,),
        keys=("Ctrl+=", "Ctrl++"),
        menu="view",
        separated=True,
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom Out"),
        "change_zoom",
        (-1,),
        keys=("Ctrl+-",),
        menu="view",
    ),
    ActionSpec(
        "zoom_reset",
        QT_TRANSLATE_NOOP("MainWindow", "Actual Size"),
        "set_zoom",
        (0,),
        keys=("Ctrl+0",),
        menu="view",
    ),
    ActionSpec(
        "lang_zh", "", "set_language", ("zh",), menu="view", separated=True, checkable=True, label="中文"
    ),
    ActionSpec("lang_en", "", "set_language", ("en",), menu="view", checkable=True, label="English"),
    ActionSpec(
        "back",
        QT_TRANSLATE_NOOP("MainWindow", "Back"),
        "back",
        keys=("Alt+Left",),
        icon="back",
        menu="go",
        toolbar=True,
    ),
    ActionSpec(
        "forward",
        QT_TRANSLATE_NOOP("MainWindow", "Forward"),
        "forward",
        keys=("Alt+Right",),
        icon="forward",
        menu="go",
        toolbar=True,
    ),
    ActionSpec(
        "search",
        QT_TRANSLATE_NOOP("MainWindow", "Search…"),
        "focus_search",
        keys=("Ctrl+K",),
        menu="go",
        separated=True,
    ),
    ActionSpec(
        "focus_tree",
        QT_TRANSLATE_NOOP("MainWindow", "Contents"),
        "focus_tab",
        ("tree",),
        keys=("Ctrl+1",),
        menu="go",
    ),
    ActionSpec(
        "focus_figures",
        QT_TRANSLATE_NOOP("MainWindow", "Figures"),
        "focus_tab",
        ("figures",),
        keys=("Ctrl+2",),
        menu="go",
    ),
    ActionSpec(
        "focus_organisations",
        QT_TRANSLATE_NOOP("MainWindow", "Parks and Organisations"),
        "focus_tab",
        ("organisations",),
        keys=("Ctrl+3",),
        menu="go",
    ),
    ActionSpec(
        "focus_policies",
        QT_TRANSLATE_NOOP("MainWindow", "Policy Documents"),
        "focus_tab",
        ("policies",),
        keys=("Ctrl+4",),
        menu="go",
    ),
    ActionSpec(
        "focus_results",
        QT_TRANSLATE_NOOP("MainWindow", "Search Results"),
        "focus_tab",
        ("results",),
        keys=("Ctrl+5",),
        menu="go",
    ),
    ActionSpec(
        "focus_detail",
        QT_TRANSLATE_NOOP("MainWindow", "Detail Pane"),
        "focus_detail",
        keys=("Ctrl+L",),
        menu="go",
    ),
    ActionSpec(
        "focus_charts", QT_TRANSLATE_NOOP("MainWindow", "Charts"), "focus_charts", keys=("Ctrl+6",), menu="go"
    ),
    ActionSpec(
        "next_pane",
        QT_TRANSLATE_NOOP("MainWindow", "Next Pane"),
        "cycle_panes",
        (1,),
        keys=("F6",),
        menu="go",
    ),
    ActionSpec(
        "previous_pane",
        QT_TRANSLATE_NOOP("MainWindow", "Previous Pane"),
        "cycle_panes",
        (-1,),
        keys=("Shift+F6",),
        menu="go",
    ),
    ActionSpec(
        "bookmark",
        QT_TRANSLATE_NOOP("MainWindow", "Bookmark"),
        "toggle_bookmark",
        keys=("Ctrl+D",),
        icon="bookmark",
        menu="bookmarks",
        toolbar=True,
    ),
    # F1 is About; Shift+F1 is What's This
    ActionSpec(
        "keys",
        QT_TRANSLATE_NOOP("MainWindow", "Keyboard Shortcuts…"),
        "show_keys",
        keys=("Ctrl+/",),
        menu="help",
    ),
    ActionSpec(
        "about", QT_TRANSLATE_NOOP("MainWindow", "About zoneview"), "show_about", keys=("F1",), menu="help"
    ),
)

# The toolbar: these actions in this order, a separator for None, then the search field (SEARCH)
SEARCH = "search_field"
TOOLBAR: tuple[str | None, ...] = ("back", "forward", None, SEARCH, None, "bookmark", "print", None)
