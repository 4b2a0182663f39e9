"""The library under a crash and a second process: a writer killed mid-change, adds at once.

Real processes and real signals: a child holds a write transaction with its changes spilled into the
file and is killed with SIGKILL; several `zoneview add` run at once against one library."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import ROOT, run_zoneview

from zoneview.service import add_report
from zoneview.store import reading
from zoneview.store.check import check_database
from zoneview.store.library import LibraryWriter
from zoneview.store.scorecard import all_targets

REPORTS = sorted((ROOT / "tests" / "corpus" / "series").glob("国务院政府工作报告_*.txt"))[:3]
KILLED_WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 2")  # spill the change into the file before it commits
conn.execute("BEGIN IMMEDIATE")
conn.execute("DELETE FROM marks")
conn.execute("UPDATE nodes SET text = text || 'x'")
print("changed", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL here")
def test_a_writer_killed_mid_change_leaves_a_library_the_next_command_reads_whole(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    with LibraryWriter(db) as library:
        add_report(library, REPORTS[0])
    with reading(db) as store:
        marks_before = len(store.library.rows("SELECT * FROM main.marks"))
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(db)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "changed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert Path(f"{db}-journal").stat().st_size > 0  # the hot journal a read-only open cannot play back
    listed = run_zoneview("list", "--db", db)
    assert listed.returncode == 0, listed.stderr
    assert "国务院" in listed.stdout
    with reading(db) as store:
        assert len(store.library.rows("SELECT * FROM main.marks")) == marks_before  # committed rows all there
        assert check_database(store.library).ok
    assert not Path(f"{db}-journal").exists()


def test_adds_at_once_keep_every_report_once_and_say_what_happened(tmp_path: Path) -> None:
    """Two processes for each of three reports, all at once: three new documents, each added once."""
    db = tmp_path / "library.db"
    with LibraryWriter(db):
        pass
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [
        subprocess.Popen([sys.executable, "-m", "zoneview", "add", str(path), "--db", str(db)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        for path in [*REPORTS, *REPORTS]
    ]  # fmt: skip
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0] * len(runs), outputs
    said = [out for out, _err in outputs]
    for path in REPORTS:
        mine = [line for line in said if path.name in line]
        assert sum(line.startswith("added") for line in mine) == 1, mine
        assert sum(line.startswith("already in the library") for line in mine) == 1, mine
    with reading(db) as store:
        documents = store.library.documents()
        assert len(documents) == 1 + len(REPORTS)
        assert len({d.sha256 for d in documents}) == len(documents)
        assert check_database(store.library).ok
        targets = [(t.issuer, t.year, t.indicator, t.quote) for t in all_targets(store.library)]
        view = [
            tuple(r) for r in store.library.rows("SELECT issuer, year, indicator, quote FROM main.targets")
        ]
    assert view == targets  # whichever process wrote the views last saw every report


def test_first_adds_at_once_make_one_library_and_keep_every_report(tmp_path: Path) -> None:
    """Adds at once where no library is yet: each made one and renamed it into place, and the last
    replaced the file the others had already added their reports to ("cannot be written", or lost)."""
    db = tmp_path / "library.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [
        subprocess.Popen([sys.executable, "-m", "zoneview", "add", str(path), "--db", str(db)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        for path in [*REPORTS, *REPORTS]
    ]  # fmt: skip
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0] * len(runs), outputs
    with reading(db) as store:
        held = {d.source_file for d in store.library.documents()}
        assert check_database(store.library).ok
    assert held >= {path.name for path in REPORTS}


def test_views_a_killed_run_left_stale_are_written_by_the_next_change(tmp_path: Path) -> None:
    """kill -9 after an add committed but before its views were written: the next change writes them."""
    import sqlite3

    db = _library_with_one_report(tmp_path)
    conn = sqlite3.connect(db)  # as a killed run leaves it: a new report's rows, the views of before
    conn.execute("DELETE FROM target_rows")
    conn.execute("UPDATE library_state SET value = 'stale' WHERE key = 'views'")
    conn.commit()
    conn.close()
    assert run_zoneview("add", REPORTS[0], "--db", db).returncode == 0  # already there: no change
    with reading(db) as store:
        assert len(store.library.rows("SELECT * FROM main.targets")) == len(all_targets(store.library)) > 0


def _library_with_one_report(folder: Path) -> Path:
    db = folder / "library.db"
    with LibraryWriter(db) as library:
        add_report(library, REPORTS[0])
    return db


def test_a_full_disk_during_add_is_one_line_and_the_library_as_it_was(tmp_path: Path) -> None:
    from mounts import tmpfs

    original = _library_with_one_report(tmp_path)
    with tmpfs(tmp_path / "tiny", size_kb=2048) as tiny:
        db = tiny / "library.db"
        db.write_bytes(original.read_bytes())
        result = run_zoneview("add", REPORTS[1], REPORTS[2], "--db", db)
        assert_one_line(result, "the disk is full")
        with reading(db) as store:
            assert check_database(store.library).ok
            assert store.library.documents()[0].sha256 != ""  # the reports added before are whole


def test_a_read_only_disk_is_one_line_for_add_and_remove(tmp_path: Path) -> None:
    from mounts import make_read_only, tmpfs

    original = _library_with_one_report(tmp_path)
    with tmpfs(tmp_path / "ro", size_kb=8192) as folder:
        db = folder / "library.db"
        db.write_bytes(original.read_bytes())
        make_read_only(folder)
        assert_one_line(run_zoneview("add", REPORTS[1], "--db", db), "cannot be written")
        assert_one_line(run_zoneview("remove", "2", "--db", db), "cannot be written")


def test_a_library_missing_a_table_is_called_damaged_not_an_internal_error(tmp_path: Path) -> None:
    import sqlite3

    db = _library_with_one_report(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE corrections")
    conn.commit()
    conn.close()
    assert_one_line(run_zoneview("add", REPORTS[1], "--db", db), "is damaged")


@pytest.mark.parametrize("command", ["add", "list", "remove", "window"])
def test_a_library_with_a_zeroed_page_is_called_corrupt_with_what_to_do(tmp_path: Path, command: str) -> None:
    """One page in the middle of the file overwritten with zeros: every command, and the window as it
    starts, says so in one line with what to do (before, the window's start was an internal error, and
    add, list and remove went on as if nothing were wrong when they did not read that page), and
    add and remove leave the file as it was."""
    db = tmp_path / "library.db"
    with LibraryWriter(db) as library:
        for path in REPORTS[:2]:
            add_report(library, path)
    data = bytearray(db.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096 : (middle + 1) * 4096] = bytes(4096)
    db.write_bytes(bytes(data))
    args = {
        "add": ["add", REPORTS[2]],
        "list": ["list"],
        "remove": ["remove", "2"],
        "window": ["--screenshot", tmp_path / "shot.png"],
    }[command]
    result = run_zoneview(*args, "--db", db)
    assert_one_line(result, "put back a copy of it, or start anew with 'zoneview add FILE --db NEW.db'")
    assert "corrupt or truncated" in result.stderr or "is damaged" in result.stderr
    assert db.read_bytes() == bytes(data)


def test_a_library_changed_behind_zoneviews_back_is_checked_again(tmp_path: Path) -> None:
    """A library is read through once a version of the file (zoneview remembers the versions it wrote
    or found sound): a page zeroed after that is found all the same on the next open."""
    db = _library_with_one_report(tmp_path)
    assert run_zoneview("list", "--db", db).returncode == 0
    data = bytearray(db.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096 : (middle + 1) * 4096] = bytes(4096)
    db.write_bytes(bytes(data))
    assert_one_line(run_zoneview("list", "--db", db), "corrupt or truncated")


def assert_one_line(result, fragment: str) -> None:  # type: ignore[no-untyped-def]
    from cli_helpers import assert_user_error

    assert_user_error(result, fragment)


def test_building_over_a_crashed_library_drops_its_stale_journal(tmp_path: Path) -> None:
    """A new file put where a crashed library was must not get the old file's journal played into it."""
    db = _library_with_one_report(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(db)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "changed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert Path(f"{db}-journal").stat().st_size > 0
    built = run_zoneview("build", ROOT / "data" / "000_fbc4be491c91ac1b.txt", "-o", db)
    assert built.returncode == 0, built.stderr
    assert not Path(f"{db}-journal").exists()
    checked = run_zoneview("check", "--db", db)
    assert checked.returncode == 0, checked.stderr
