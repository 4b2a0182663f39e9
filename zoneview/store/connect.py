"""Opening a database to read it without ever writing beside it, and saying plainly why opening failed.

`mode=ro` alone is not enough: to read a WAL-mode database SQLite creates `-wal` and `-shm` files next
to it, and on a read-only file system it cannot open one at all. `immutable=1` makes SQLite take the
file as it is, with no locks and no side files; that is right wherever nothing can change the file
while we read it: the shipped database, a read-only file system, and a WAL database with no WAL file
(zoneview never changes a database in place: `build` replaces it whole).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from zoneview import paths

BUSY_TIMEOUT = 2.0  # seconds to wait for another program's lock before saying so
_WAL_MODE = b"\x02\x02"  # bytes 18-19 of the header: read and write format versions 2 mean WAL
SOUND_FILE = "sound.json"  # in the data folder: the databases found sound, each as it was then
_SOUND_KEPT = 64  # files remembered there
_Version = tuple[int, int, int, int]  # a file's device, inode, size and time of change (ns)
_found_sound: dict[str, _Version] = {}  # what this process found, data folder or not
_verifying = [True]


class DamagedError(sqlite3.DatabaseError):
    """SQLite's own check of the file's structure found it damaged (`why`); the message says what to
    do, after "cannot open database PATH: "."""

    def __init__(self, path: Path, why: str) -> None:
        self.why = " ".join(why.split())[:200]  # SQLite's report of a page spans lines
        super().__init__(f"it is corrupt or truncated ({self.why}); {advice(path)}")


def read_only_connection(path: Path) -> sqlite3.Connection:
    recover_hot_journal(path)
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if _immutable(path) else "?mode=ro")
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)
    try:
        verify(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def verify(conn: sqlite3.Connection, path: Path) -> None:
    """Raise DamagedError if SQLite finds the file's structure damaged (a page overwritten, the file
    cut short): said at once, in one line, rather than by whichever query first meets the damage, or
    by none while the window opens on a library that a change would damage further. A file is checked
    once a version of it (PRAGMA quick_check reads all of it: 0.02 s for a library of 5 MB, a second or
    more at 300 MB); a version zoneview wrote or found sound is remembered in the data folder."""
    if not _verifying[0] or path.resolve() == paths.bundled_database().resolve():
        return
    version = _version(path)
    if version is not None and _remembered(path) == version:
        return
    try:
        first = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.DatabaseError as e:
        if describe_error(path, e).startswith(f"database {path} is corrupt"):
            raise DamagedError(path, str(e)) from None
        raise  # a lock, a read-only disk: said as what it is
    if first is None or first[0] != "ok":
        raise DamagedError(path, str(first[0]) if first else "no answer to quick_check")
    if version is not None:
        remember_sound(path, version)


@contextlib.contextmanager
def as_found() -> Iterator[None]:
    """Open databases without verifying them first: for `check`, which lists what is wrong itself."""
    _verifying[0] = False
    try:
        yield
    finally:
        _verifying[0] = True


def advice(path: Path) -> str:
    """What to do about a damaged database, said after what is wrong with it."""
    return (
        f"'zoneview check --db {path}' lists what is wrong; put back a copy of it, or start anew with "
        "'zoneview add FILE --db NEW.db'"
    )


def remember_sound(path: Path, version: _Version | None = None) -> None:
    """Remember `path`, as it is now (or was at `version`), as sound: zoneview has just written it, or
    checked it. Nothing is said if the data folder cannot keep it: the file is checked again then."""
    version = version or _version(path)
    if version is None:
        return
    key = str(path.resolve())
    _found_sound[key] = version
    with contextlib.suppress(OSError, ValueError):
        memo = paths.user_data_dir() / SOUND_FILE
        known = _read_memo(memo)
        known.pop(key, None)
        known[key] = list(version)
        kept = dict(list(known.items())[-_SOUND_KEPT:])
        # a cache, lost at no cost: replaced whole (readers never see half of it), but not synced
        temp = memo.with_name(f".{SOUND_FILE}.{os.getpid()}.tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(kept, f)
            os.replace(temp, memo)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()


def _remembered(path: Path) -> _Version | None:
    key = str(path.resolve())
    if key in _found_sound:
        return _found_sound[key]
    with contextlib.suppress(OSError, ValueError, TypeError):
        entry = _read_memo(paths.user_data_home() / SOUND_FILE).get(key)
        if isinstance(entry, list) and len(entry) == 4 and all(isinstance(v, int) for v in entry):
            return (entry[0], entry[1], entry[2], entry[3])
    return None


def _read_memo(memo: Path) -> dict[str, object]:
    try:
        known = json.loads(paths.read_regular_text(memo))
    except FileNotFoundError:
        return {}
    return known if isinstance(known, dict) else {}


def _version(path: Path) -> _Version | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


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
    why = error.why if isinstance(error, DamagedError) else " ".join(str(error).split())
    return f"database {path} is corrupt or truncated ({why}); {advice(path)}"


def has_table(conn: sqlite3.Connection, name: str, schema: str = "main") -> bool:
    """Whether the database `schema` of the connection holds the table (or the virtual table)."""
    found = conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.fetchone() is not None
