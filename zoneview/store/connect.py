"""Opening a database to read it without ever writing beside it, and saying plainly why opening failed.

`mode=ro` alone is not enough: to read a WAL-mode database SQLite creates `-wal` and `-shm` files next
to it, and on a read-only file system it cannot open one at all. `immutable=1` makes SQLite take the
file as it is, with no locks and no side files; that is right wherever nothing can change the file
while we read it: the shipped database, a read-only file system, and a WAL database with no WAL file
(zoneview never changes a database in place: `build` replaces it whole).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from zoneview import paths

BUSY_TIMEOUT = 2.0  # seconds to wait for another program's lock before saying so
_WAL_MODE = b"\x02\x02"  # bytes 18-19 of the header: read and write format versions 2 mean WAL


def read_only_connection(path: Path) -> sqlite3.Connection:
    recover_hot_journal(path)
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if _immutable(path) else "?mode=ro")
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)


def recover_hot_journal(path: Path) -> None:
    """A writer killed part-way (kill -9, a power cut) leaves its rollback journal beside the file; a
    read-only connection cannot play it back and calls the file unreadable. Open it for writing once,
    which rolls the unfinished change back and keeps every committed one, where the file may be
    written at all. A journal a live writer still holds is left to it: the lock makes SQLite wait."""
    journal = Path(f"{path}-journal")
    try:
        hot = journal.is_file() and journal.stat().st_size > 0
    except OSError:
        return
    if not hot or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return
    if path.resolve() == paths.bundled_database().resolve():
        return
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # plays the journal back
        finally:
            conn.close()
    except sqlite3.Error:
        return  # the read that follows says what is wrong


def _immutable(path: Path) -> bool:
    if path.resolve() == paths.bundled_database().resolve():
        return True
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False  # another program is writing it: read it with its WAL, through SQLite's locks
    return on_read_only_file_system(path) or _header(path)[18:20] == _WAL_MODE


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(100)
    except OSError:
        return b""


def on_read_only_file_system(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return False


def describe_error(path: Path, error: sqlite3.Error) -> str:
    """What went wrong, as the user should hear it: a lock or a read-only disk is not damage."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error):
        return f"database {path} is locked by another program; try again when it has finished"
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) and on_read_only_file_system(path):
        return f"cannot read database {path} on a read-only file system ({error})"
    if code == sqlite3.SQLITE_CANTOPEN:
        return f"cannot open database {path} ({error})"
    if code == sqlite3.SQLITE_IOERR:
        return f"cannot read database {path}: the disk reports an error ({error})"
    return f"database {path} is corrupt or truncated ({error})"


def has_table(conn: sqlite3.Connection, name: str, schema: str = "main") -> bool:
    """Whether the database `schema` of the connection holds the table (or the virtual table)."""
    found = conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.fetchone() is not None
