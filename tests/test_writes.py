"""Every file zoneview writes: all or nothing, never over what is not a regular file or over its input,
and a disk that fails is said to be the disk's fault."""

from __future__ import annotations

import resource

import pytest
from cli_helpers import assert_user_error, run_zoneview
from conftest import REPORT
from mounts import fill, tmpfs

EARLIER = b"the earlier version, which must survive\n"

# (command, the file it writes): each writer the command line has
WRITERS = {
    "build": (["build", REPORT, "-o", "{out}"], "z.db"),
    "export": (["export", "-o", "{out}"], "all.json"),
    "print": (["print", "--all", "--pdf", "{out}"], "report.pdf"),
    "chart png": (["chart", "summary", "--png", "{out}"], "chart.png"),
    "screenshot": (["--screenshot", "{out}", "--select", "summary"], "window.png"),
}


def writer_args(name: str, out) -> list:
    args, _ = WRITERS[name]
    return [str(out) if a == "{out}" else a for a in args]


def limit_file_size(limit: int):
    """RLIMIT_FSIZE in the child: the kernel fails any write past `limit` bytes with EFBIG."""
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_full_disk_is_said_and_keeps_the_earlier_file(tmp_path, name) -> None:
    """A real tmpfs with 8 KB left: the write fails half-way, as on a full disk."""
    _, file_name = WRITERS[name]
    with tmpfs(tmp_path / "disk", size_kb=512) as disk:
        out = disk / file_name
        out.write_bytes(EARLIER)
        fill(disk, leave=8192)
        result = run_zoneview(*writer_args(name, out))
        assert_user_error(result, "the disk is full")
        assert "wrote" not in result.stdout
        assert out.read_bytes() == EARLIER
        assert sorted(p.name for p in disk.iterdir()) == sorted([".filler", file_name])


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_write_past_the_file_size_limit_keeps_the_earlier_file(tmp_path, name) -> None:
    """The same without root: the kernel refuses writes past 8 KB (EFBIG), mid-file."""
    _, file_name = WRITERS[name]
    out = tmp_path / file_name
    out.write_bytes(EARLIER)
    result = run_zoneview(*writer_args(name, out), preexec_fn=limit_file_size(8192))
    assert_user_error(result, f"cannot write {out}")
    assert out.read_bytes() == EARLIER
    assert [p.name for p in tmp_path.iterdir()] == [file_name]


def test_what_fits_is_written_whole(tmp_path) -> None:
    """The same limits let a write through that fits: the checks do not refuse good output."""
    out = tmp_path / "summary.png"
    result = run_zoneview("chart", "summary", "--png", out, preexec_fn=limit_file_size(10_000_000))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
