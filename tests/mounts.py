"""Real file systems that misbehave, for tests of what zoneview does when the disk says no: a tiny tmpfs
that fills up, a read-only one. Mounting needs root; without it these tests are skipped."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def tmpfs(path: Path, size_kb: int = 1024) -> Iterator[Path]:
    """A fresh tmpfs of `size_kb` at `path`, unmounted afterwards."""
    if not can_mount():
        pytest.skip("mounting a tmpfs needs root")
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def make_read_only(path: Path) -> None:
    """Remount a tmpfs from `tmpfs` read-only: even root cannot write there then."""
    subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)


def fill(folder: Path, leave: int = 8192) -> None:
    """Fill the file system of `folder` until only `leave` bytes are free."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with (folder / ".filler").open("wb") as f:
        f.write(b"\0" * max(0, free - leave))
