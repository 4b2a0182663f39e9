"""Whether the library's `targets` and `scorecard` views hold its rows, and how many changes it has had.

A change marks the views stale, in its own transaction; the views are written again when the writer
closes (scorecard.write_views), and only if no other process changed the library meanwhile.
"""

from __future__ import annotations

import sqlite3

from zoneview.store.connect import has_table


def views_stale(conn: sqlite3.Connection) -> bool:
    """Whether a change since the views were last written left them stale (kill -9, a lock at close)."""
    if not has_table(conn, "library_state"):
        return False
    row = conn.execute("SELECT value FROM library_state WHERE key = 'views'").fetchone()
    return row is not None and row[0] == "stale"


def mark_views(conn: sqlite3.Connection, stale: bool) -> None:
    """Record, inside the caller's transaction, whether the views hold the library's rows; a change
    (stale) also counts one more generation of the library."""
    conn.execute("CREATE TABLE IF NOT EXISTS library_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT OR REPLACE INTO library_state VALUES ('views', ?)", ("stale" if stale else "fresh",))
    if stale:
        conn.execute(
            "INSERT INTO library_state VALUES ('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )


def generation(conn: sqlite3.Connection) -> int:
    """How many changes the library has had since it kept count: views computed at one generation are
    written only if it is still the same."""
    if not has_table(conn, "library_state"):
        return 0
    row = conn.execute("SELECT value FROM library_state WHERE key = 'generation'").fetchone()
    return int(row[0]) if row else 0
