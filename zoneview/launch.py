"""The `zoneview` command's entry point.

Started bare, as the desktop entry and most people start it, it opens the window at once; with any
argument it hands over to the command line. The command line's machinery (click and every command it
declares) is not needed to open the window, and importing it would delay the window's first paint.
"""

from __future__ import annotations

import gc
import importlib
import sys

from zoneview import stopping

# What the window needs that does not use Qt, imported before PySide6: once PySide6 is loaded, its
# import hook reads the source of every module imported after it (looking for `from __feature__`),
# some 90 modules by the first paint, ~10 ms for nothing.
QT_FREE = (
    "html",
    "signal",
    "socket",
    "zoneview.bookmarks",
    "zoneview.files",
    "zoneview.paths",
    "zoneview.store.document",
    "zoneview.store.read",
    "zoneview.vocab",
)


def main() -> None:
    # A GUI script on Windows has no console: the command line sends messages to the log file instead
    if sys.argv[1:] or sys.stdout is None or sys.stderr is None:
        # Held until a command has its handlers (cli releases them) or the window has its own: a signal
        # in between would land in PySide's import machinery, which prints it and aborts.
        stopping.hold()
        stopping.stop_commands_like_ctrl_c()
        try:
            from zoneview.cli import main as command_line
        except KeyboardInterrupt:  # stopped before the command line could say so itself
            print("zoneview: error: interrupted", file=sys.stderr)
            sys.exit(stopping.interrupted_status())
        command_line()
        return
    # Start-up makes modules, classes and widgets that live as long as the process, and next to no
    # garbage: collecting it can wait until the window is drawn (ui.app.run turns collection back on).
    gc.disable()
    stopping.hold()  # until the window has its handlers: ui.app.run releases them
    try:
        for name in QT_FREE:
            importlib.import_module(name)
        from zoneview.ui.app import run

        code = run()
    except (KeyboardInterrupt, Exception) as e:  # said in one line, as the command line says it
        from zoneview.cli import fail

        fail(e)
    from zoneview.exiting import end_process

    end_process(code)  # everything is saved: no interpreter teardown (0.1 s and more after a session)
