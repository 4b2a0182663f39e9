"""The one place that knows where things live: bundled data and resources, and the user's own folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "zoneview"
_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """`data` or `resources`: inside the installed package, a PyInstaller bundle, or the source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / APP_NAME / name] if frozen else []
    candidates += [_PACKAGE / name, _PACKAGE.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def bundled_database() -> Path:
    return bundled("data") / "zoneview.db"


def bundled_report() -> Path:
    reports = sorted(bundled("data").glob("*.txt"))
    return reports[0] if reports else bundled("data") / "report.txt"


def user_data_dir() -> Path:
    """Bookmarks, rebuilt databases and crash logs; created on first use."""
    override = os.environ.get("ZONEVIEW_DATA_HOME")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP_NAME
    base.mkdir(parents=True, exist_ok=True)
    return base


def user_database() -> Path:
    """Where a database rebuilt from the bundled report goes, never over the bundled file."""
    return user_data_dir() / "zoneview.db"


def crash_log() -> Path:
    return user_data_dir() / "crash.log"


def log_file() -> Path:
    """Warnings and errors of a session, for when zoneview runs without a console."""
    return user_data_dir() / "zoneview.log"
