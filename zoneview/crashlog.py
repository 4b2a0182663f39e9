"""zoneview's own faults, written down in one place: the crash log in the user's data folder.

The command line (cli.fail) and the window (ui/app.py's excepthook) both report an error that is not
the user's here, and say in one line where the details went.
"""

from __future__ import annotations

import datetime
import traceback
from pathlib import Path

from zoneview import paths

NOWHERE = "nowhere: the data folder is unusable"


def write_crash_log(error: BaseException) -> Path | None:
    """Append the time and traceback of `error` to the crash log; None if the data folder cannot
    take them (read-only, full, not a folder, or crash.log not a regular file)."""
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        log = paths.crash_log()
        with paths.open_log(log) as f:  # a FIFO there is refused, not waited on
            f.write(f"--- {stamp}\n{text}\n")
    except OSError:
        return None
    return log


def internal_error_line(error: BaseException, log: Path | None) -> str:
    """The one line that says zoneview hit a fault of its own and where its details are."""
    return f"zoneview: internal error: {type(error).__name__}: {error} (details in {log or NOWHERE})"
