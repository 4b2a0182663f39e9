"""An atomic write interrupted anywhere: kill (SIGTERM, through the command line's own handler) arriving
at each step of writing a file, one run for every step, leaves the earlier file or the new one, whole,
and nothing else beside it."""

from __future__ import annotations

import contextlib
import dis
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from zoneview import files
from zoneview.stopping import raise_interrupt

EARLIER = b"the earlier version\n"
NEWER = b"the newer version, longer than the earlier one\n"


def _fill(temp: Path) -> None:
    """A writer as the builder is one: it opens the temp file by name and leaves SQLite's journal."""
    journal = Path(f"{temp}-journal")
    journal.write_bytes(b"journal")
    temp.write_bytes(NEWER)
    journal.unlink()


def write_by_name(target: Path) -> None:
    files.write_with(target, _fill)


def write_bytes(target: Path) -> None:
    files.write_atomic(target, NEWER)


# Where a signal's handler can run in a write: every bytecode of these files (the atomic write, the
# `with` machinery it runs in, and the writers above).
TRACED = {files.__file__, contextlib.__file__, __file__}


NOP = dis.opmap["NOP"]


class Interruption:
    """Sends SIGTERM when the step numbered `at` of the traced code is about to run (0: never)."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.steps = 0

    def trace(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        if frame.f_code.co_filename not in TRACED:
            return None
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        return self.step

    def step(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        # A handler never runs at a NOP (it checks for nothing); one begins each `try`, outside it.
        if event == "opcode" and frame.f_code.co_code[frame.f_lasti] != NOP:
            self.steps += 1
            if self.steps == self.at:
                signal.raise_signal(signal.SIGTERM)  # its handler raises here, before the opcode runs
        return self.step


def interrupted_write(folder: Path, write: Callable[[Path], None], at: int) -> int:
    """Write over an earlier file with SIGTERM at step `at`; check what is left; the steps taken."""
    target = folder / "out.db"
    target.write_bytes(EARLIER)
    interruption = Interruption(at)
    before = signal.signal(signal.SIGTERM, raise_interrupt)  # as `zoneview build …` has it
    interrupted = False
    try:
        sys.settrace(interruption.trace)
        try:
            write(target)
        finally:
            sys.settrace(None)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        signal.signal(signal.SIGTERM, before)
    left = sorted(p.name for p in folder.iterdir())
    assert left == ["out.db"], f"SIGTERM at step {at} left {left}"
    assert target.read_bytes() in (EARLIER, NEWER), f"SIGTERM at step {at}: a half-written file"
    assert interrupted == (0 < at <= interruption.steps)
    if not interrupted:
        assert target.read_bytes() == NEWER
    return interruption.steps


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """On a tmpfs where there is one: its fsync returns at once, so the writes below (two fsyncs each)
    take a second, not ten on a busy disk. What is checked does not depend on the file system."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    with tempfile.TemporaryDirectory(dir=shm, prefix="zoneview-test-") as name:
        yield Path(name)


@pytest.mark.parametrize("write", [write_by_name, write_bytes])
def test_a_signal_at_any_step_of_a_write_leaves_one_whole_file(folder: Path, write) -> None:
    steps = interrupted_write(folder, write, at=0)
    assert steps > 100  # the whole write was traced, not just its first call
    for at in range(1, steps + 1):
        interrupted_write(folder, write, at)
