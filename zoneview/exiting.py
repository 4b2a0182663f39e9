"""How the window's process ends: at once, once everything is saved.

After the window has closed, settings, bookmarks and logs are on disk (the window saves its state as it
closes, bookmarks as they change, logs as they are written). Python's own exit would then spend longer
than the rest of quitting together (0.1 s and more after a session) taking down every module, Qt
wrapper and pyqtgraph object one by one, for nothing anyone sees. So the process ends the way
pyqtgraph's `exit()` ends it: the exit handlers run (temp folders are removed), the standard streams
(and a log standing in for them) are flushed, then `os._exit`.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
from typing import NoReturn


def end_process(code: int) -> NoReturn:
    """Run the exit handlers, flush the standard streams and end the process with `code`."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # closed, or a reader gone: nothing more can be said there
            if stream is not None:
                stream.flush()
    os._exit(code)
