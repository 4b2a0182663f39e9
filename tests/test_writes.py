"""Every file zoneview writes: all or nothing, never over what is not a regular file or over its input,
and a disk that fails is said to be the disk's fault."""

from __future__ import annotations

import json
import os
import resource
import shutil
import stat
import subprocess
import sys

import pytest
from cli_helpers import ROOT, assert_user_error, run_zoneview, run_zoneview_process
from conftest import BUNDLED_DB, REPORT
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
    result = run_zoneview_process(*writer_args(name, out), preexec_fn=limit_file_size(8192))
    assert_user_error(result, f"cannot write {out}")
    assert out.read_bytes() == EARLIER
    assert [p.name for p in tmp_path.iterdir()] == [file_name]


def test_what_fits_is_written_whole(tmp_path) -> None:
    """The same limits let a write through that fits: the checks do not refuse good output."""
    out = tmp_path / "summary.png"
    result = run_zoneview_process("chart", "summary", "--png", out, preexec_fn=limit_file_size(10_000_000))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


# -- what is not a regular file is never replaced --------------------------------------------------

TARGET_WRITERS = {**WRITERS, "chart csv": (["chart", "summary", "--csv", "{out}"], "chart.csv")}


def make_target(kind: str, tmp_path):
    """A target that is not a regular file, and a test that it is still what it was."""
    path = tmp_path / "target"
    if kind == "fifo":
        os.mkfifo(path)
        return path, lambda: stat.S_ISFIFO(os.lstat(path).st_mode)
    if kind == "device":  # what /dev/full is: character device 1,7
        if os.geteuid() != 0:
            pytest.skip("creating a device node needs root")
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        return path, lambda: stat.S_ISCHR(os.lstat(path).st_mode)
    if kind == "link to a fifo":
        os.mkfifo(tmp_path / "fifo")
        path.symlink_to(tmp_path / "fifo")
        return path, lambda: path.is_symlink() and stat.S_ISFIFO(os.stat(path).st_mode)
    assert kind == "link to a device"
    path.symlink_to("/dev/null")
    return path, lambda: path.is_symlink() and stat.S_ISCHR(os.stat(path).st_mode)


@pytest.mark.parametrize("kind", ["fifo", "device"])
@pytest.mark.parametrize("name", list(TARGET_WRITERS))
def test_a_device_or_fifo_is_refused_and_left_as_it_is(tmp_path, name, kind) -> None:
    target, unchanged = make_target(kind, tmp_path)
    args, _ = TARGET_WRITERS[name]
    result = run_zoneview_process(*[str(target) if a == "{out}" else a for a in args], timeout=60)
    assert_user_error(result, "not a regular file")
    assert unchanged()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["target"]


@pytest.mark.parametrize("kind", ["link to a fifo", "link to a device"])
def test_a_link_to_a_device_or_fifo_is_refused(tmp_path, kind) -> None:
    target, unchanged = make_target(kind, tmp_path)
    assert_user_error(run_zoneview_process("export", "-o", target, timeout=60), "not a regular file")
    assert unchanged()


def test_a_link_to_a_regular_file_is_written_through(tmp_path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run_zoneview("export", "-o", link).returncode == 0
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["schema_version"] >= 1


def run_binary(*args):
    return run_zoneview(*args, binary=True)


@pytest.mark.parametrize("name", ["-", "/dev/stdout"])
def test_dash_and_dev_stdout_write_to_standard_output(name) -> None:
    result = run_binary("export", "-o", name)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["chars"] == 2239
    assert os.path.islink("/dev/stdout") or not os.path.exists("/dev/stdout")


@pytest.mark.parametrize(
    ("args", "magic"),
    [
        (["build", REPORT, "-o", "-"], b"SQLite format 3\x00"),
        (["print", "--node", "1.1", "--pdf", "-"], b"%PDF"),
        (["chart", "summary", "--png", "-"], b"\x89PNG"),
        (["chart", "summary", "--csv", "-"], "\ufeffnode,chart".encode()),
        (["--screenshot", "-", "--select", "1.1"], b"\x89PNG"),
    ],
)
def test_binary_and_text_outputs_go_to_standard_output_whole(args, magic) -> None:
    result = run_binary(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(magic)
    assert b"wrote -" not in result.stdout and b"zoneview: error" not in result.stderr
    if magic == b"%PDF":
        assert b"%%EOF" in result.stdout[-1024:]


def test_binary_output_is_not_sent_to_a_terminal() -> None:
    import pty

    main, child = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "zoneview", "chart", "summary", "--png", "-"]
    result = subprocess.run(command, stdout=child, stderr=subprocess.PIPE, env=env, text=True, timeout=120)
    os.close(child)
    os.close(main)
    assert_user_error(result, "terminal")


def test_only_one_output_can_be_standard_output() -> None:
    assert_user_error(run_zoneview("chart", "1.1", "--png", "-", "--csv", "-"), "only one")


# -- an output is never the input ------------------------------------------------------------------


def test_building_over_the_report_itself_is_refused(tmp_path) -> None:
    report = tmp_path / "r.txt"
    shutil.copy(REPORT, report)
    link = tmp_path / "alias.txt"
    link.symlink_to(report)
    for out in (report, link):
        assert_user_error(run_zoneview("build", report, "-o", out), "is the input")
    assert report.read_bytes() == REPORT.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alias.txt", "r.txt"]


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--db", "{db}", "-o", "{db}"],
        ["export", "--db", "{db}", "--format", "csv", "-o", "{folder}"],
        ["print", "--node", "1.1", "--db", "{db}", "--pdf", "{db}"],
        ["chart", "1.1", "--db", "{db}", "--png", "{db}"],
        ["chart", "1.1", "--db", "{db}", "--csv", "{db}"],
        ["--screenshot", "{db}", "--db", "{db}"],
    ],
)
def test_writing_over_the_database_being_read_is_refused(tmp_path, args) -> None:
    db = tmp_path / "a.db"
    shutil.copy(BUNDLED_DB, db)
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "nodes.csv").symlink_to(db)  # a folder whose nodes.csv is the database
    fill_in = {"{db}": str(db), "{folder}": str(folder)}
    result = run_zoneview(*[fill_in.get(a, a) for a in args])
    assert_user_error(result, "is the input")
    assert db.read_bytes() == BUNDLED_DB.read_bytes()
