"""Opening a database read-only writes nothing, not even beside it, and a lock or a read-only disk is
called what it is, not damage."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys

import pytest
from cli_helpers import ROOT, assert_user_error, run_zoneview
from conftest import BUNDLED_DB
from mounts import make_read_only, tmpfs

from zoneview.store import reading
from zoneview.store.check import check_database


def wal_copy(path):
    """The shipped database switched to WAL mode, as another SQLite tool might leave it."""
    shutil.copy(BUNDLED_DB, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.close()
    assert not (path.parent / f"{path.name}-wal").exists()  # a clean close removes the WAL
    return path


def test_reading_a_wal_database_creates_no_files_beside_it(tmp_path) -> None:
    db = wal_copy(tmp_path / "wal.db")
    before = db.read_bytes()
    with reading(db) as store:
        assert store.search("贷款")
        assert check_database(store.library).ok
    assert run_zoneview("check", "--db", db).returncode == 0
    assert run_zoneview("search", "国家级", "--db", db).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wal.db"]
    assert db.read_bytes() == before


def test_a_database_on_a_read_only_file_system_is_read(tmp_path) -> None:
    with tmpfs(tmp_path / "ro", size_kb=1024) as disk:
        wal_copy(disk / "wal.db")
        shutil.copy(BUNDLED_DB, disk / "plain.db")
        make_read_only(disk)
        for name in ("wal.db", "plain.db"):
            result = run_zoneview("check", "--db", disk / name)
            assert result.returncode == 0, result.stderr
            assert result.stdout.startswith("ok: ")


@contextlib.contextmanager
def locked(db):
    """Another program writing `db`: it holds SQLite's exclusive lock (and writes nothing)."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)\n",
         str(db)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
def test_a_database_locked_by_another_program_is_said_to_be_locked(tmp_path) -> None:
    db = tmp_path / "busy.db"
    shutil.copy(BUNDLED_DB, db)
    with locked(db):  # held for a minute: had zoneview waited it out, check would have succeeded
        result = run_zoneview("check", "--db", db)
        assert_user_error(result, "locked by another program")
        assert "corrupt" not in result.stderr


def test_the_shipped_database_is_read_as_immutable(tmp_path) -> None:
    """Opened with immutable=1, SQLite takes no locks on it, so even a lock held on it does not stop
    zoneview (nothing may change the shipped file; it is only ever replaced whole by an install)."""
    before = BUNDLED_DB.read_bytes()
    with locked(BUNDLED_DB):
        result = run_zoneview("check")
    assert result.returncode == 0, result.stderr
    assert BUNDLED_DB.read_bytes() == before
    assert not list(BUNDLED_DB.parent.glob("zoneview.db-*"))
