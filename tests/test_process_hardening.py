"""What a real process does when its surroundings are hostile: a print system it must not ask, a FIFO
where the data folder expects a log, a signal part-way, a kill -9 part-way. Each test runs zoneview as
a user would and watches it with the operating system's own means (strace, /proc, the temp folder)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_helpers import ROOT, run_zoneview_process
from conftest import BUNDLED_DB, REPORT

from zoneview import paths, scratch
from zoneview.bookmarks import Bookmarks

LINUX_PROC = Path("/proc/self/status").exists()


def zoneview_process(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "zoneview", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=ROOT,
    )


def wait_for(condition, process: subprocess.Popen[str], what: str) -> None:
    """Poll until `condition()` (no time is asserted: a process that ends first fails the test)."""
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"the process ended before {what}: {process.stderr.read() if process.stderr else ''}")
        time.sleep(0.02)


def handles(pid: int, signum: int) -> bool:
    """Whether the process catches or holds `signum` (its handler is in place, or it is kept pending)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    masks = {
        name: int(value, 16)
        for name, _, value in (line.partition(":") for line in status.splitlines())
        if name in ("SigCgt", "SigBlk")
    }
    bit = 1 << (signum - 1)
    return bool((masks.get("SigCgt", 0) | masks.get("SigBlk", 0)) & bit)


def long_report(tmp_path: Path, copies: int = 2500) -> Path:
    source = tmp_path / "long.txt"
    source.write_text(REPORT.read_text(encoding="utf-8") * copies, encoding="utf-8")
    return source


# -- C: writing a PDF asks no print system ------------------------------------------------------------


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_print_to_pdf_opens_no_socket(tmp_path: Path) -> None:
    trace, out = tmp_path / "trace.txt", tmp_path / "out.pdf"
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        ["strace", "-f", "-e", "trace=socket,connect", "-o", str(trace), sys.executable, "-m", "zoneview",
         "print", "--node", "1", "--pdf", str(out), "--db", str(BUNDLED_DB)],
        capture_output=True, text=True, env=environment, cwd=ROOT, timeout=300,
    )  # fmt: skip
    if result.returncode != 0 and "ptrace" in result.stderr:
        pytest.skip(f"strace cannot trace here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    calls = [line for line in trace.read_text().splitlines() if "socket(" in line or "connect(" in line]
    assert calls == []  # CUPS on port 631 was asked for its printers before


# -- D: the data folder ------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_for_the_crash_log_is_unusable_not_waited_on(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "crash.log")
    code = "from zoneview.crashlog import write_crash_log; print(write_crash_log(RuntimeError('x')))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "ZONEVIEW_DATA_HOME": str(data)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "None"  # nowhere to write, said so; before, this blocked for good


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_for_the_log_does_not_block_a_command_without_stderr(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "zoneview.log")
    result = subprocess.run(
        [sys.executable, "-m", "zoneview", "check", "--db", str(BUNDLED_DB)],
        stdout=subprocess.PIPE, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "ZONEVIEW_DATA_HOME": str(data)},
        preexec_fn=lambda: os.close(2),  # no stderr: messages go to zoneview.log, here a FIFO
    )  # fmt: skip
    assert result.returncode == 0
    assert result.stdout.startswith("ok:")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifos_in_the_data_folder_read_and_append_as_unusable(tmp_path: Path) -> None:
    for name in ("bookmarks.json", "zoneview.log"):
        os.mkfifo(tmp_path / name)
    assert len(Bookmarks(tmp_path / "bookmarks.json")) == 0
    with pytest.raises(OSError):
        paths.open_log(tmp_path / "zoneview.log")
    with pytest.raises(OSError, match="not a regular file"):
        paths.read_regular_text(tmp_path / "bookmarks.json")
    (tmp_path / "real.log").write_text("before\n")
    with paths.open_log(tmp_path / "real.log") as log:
        log.write("after\n")
    assert (tmp_path / "real.log").read_text() == "before\nafter\n"


# -- D: signals ---------------------------------------------------------------------------------------


@pytest.mark.skipif(not LINUX_PROC, reason="needs /proc to see the handlers in place")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_part_way_through_add_ends_it_in_one_line(tmp_path: Path, signum: int) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    process = zoneview_process(
        "add", "--db", tmp_path / "lib.db", long_report(tmp_path), env={"TMPDIR": str(temp)}
    )
    wait_for(lambda: any(temp.glob("zoneview-run-*/zoneview-import-*")), process, "the import began")
    process.send_signal(signum)
    _, err = process.communicate(timeout=300)
    assert process.returncode != 0
    assert "Traceback" not in err
    assert err.strip() == "zoneview: error: interrupted"
    assert list(temp.iterdir()) == []  # its temp folder went with it


@pytest.mark.skipif(not LINUX_PROC, reason="needs /proc to see the handlers in place")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_closes_the_window_cleanly(tmp_path: Path, signum: int) -> None:
    process = zoneview_process("--db", BUNDLED_DB, env={"ZONEVIEW_DATA_HOME": str(tmp_path / "data")})
    wait_for(lambda: handles(process.pid, signal.SIGTERM), process, "its handlers were in place")
    process.send_signal(signum)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 128 + signum, err
    assert "Traceback" not in err and "internal error" not in err


# -- D: a kill -9 part-way ------------------------------------------------------------------------------


def test_a_killed_import_leaves_its_temp_folder_only_until_the_next_run(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    process = zoneview_process(
        "add", "--db", tmp_path / "lib.db", long_report(tmp_path), env={"TMPDIR": str(temp)}
    )
    wait_for(lambda: any(temp.glob("zoneview-run-*/zoneview-import-*")), process, "the import began")
    process.kill()
    process.communicate(timeout=300)
    assert any(temp.glob("zoneview-run-*/zoneview-import-*"))  # SIGKILL: nothing could clean up
    alive = temp / f"{scratch.PREFIX}{os.getpid()}-keep"  # a run still going (this one) is left alone
    alive.mkdir()
    result = run_zoneview_process("add", "--db", tmp_path / "lib.db", REPORT, env={"TMPDIR": str(temp)})
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in temp.iterdir()) == [alive.name]
