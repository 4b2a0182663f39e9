"""Writing output files, every one the same way: a temp file beside the target is written, flushed and
fsynced, checked, and only then renamed over the target. A failure (a full disk, a writer that gave up,
an interrupted run) leaves the earlier file as it was and no temp file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: stale temp files are recognised by their age instead
    fcntl = None  # type: ignore[assignment]

TEMP_SUFFIX = ".tmp"  # our temp files are ".<target name>.<random>.tmp"
SIDE_FILES = ("-journal", "-wal", "-shm")  # SQLite's, beside a database being built
STALE_AGE = 24 * 3600  # without file locks, a temp file this old is taken to be abandoned
# Names that mean standard output, on purpose: written to, never replaced.
STDOUT_NAMES = ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")


def is_stdout(target: Path | str) -> bool:
    return str(target) in STDOUT_NAMES


def output_file(target: Path | str, inputs: Iterable[Path | str] = ()) -> Path:
    """The regular file that writing `target` replaces, symlinks followed to it. Refuses a target that
    is not a regular file (a device such as /dev/full, a FIFO, a socket, a folder, or a link to one),
    and a target that is one of the `inputs`: replacing either would destroy it."""
    real = Path(os.path.realpath(target))
    try:
        mode: int | None = os.stat(real).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as e:
        raise _failure(f"cannot write {target}", e) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise OSError(f"cannot write {target}: it is a folder")
    if mode is not None and not stat.S_ISREG(mode):
        raise OSError(
            f"cannot write {target}: it is not a regular file (a device, pipe or socket); "
            "name a file, or - for standard output"
        )
    for source in inputs:
        if _same_file(real, source):
            raise OSError(f"cannot write {target}: it is the input {source}; name another output")
    return real


def with_suffix(chosen: Path | str, suffix: str) -> Path:
    """A name a save dialog returned, ending in the `suffix` its content needs (chart → chart.png)."""
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _same_file(a: Path, b: Path | str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


@contextlib.contextmanager
def atomic_path(target: Path | str, inputs: Iterable[Path | str] = (), new: bool = False) -> Iterator[Path]:
    """Yield a temp path beside `target`; it replaces `target` only if the block succeeds and the data
    reached the disk. With `new`, it becomes `target` only where there is none yet, and FileExistsError
    says that another process made one meanwhile (theirs is kept: it may be in use already). System
    errors come out as one line naming the target: "cannot write …: …"."""
    real = output_file(target, inputs)
    folder = real.parent
    if not folder.is_dir():
        raise OSError(f"folder does not exist: {Path(target).parent}")
    remove_stale_temps(real)
    # Named before it is created, and created inside the `try`: a signal's handler raising anywhere
    # (even as the file comes into being, before its descriptor is kept) still reaches the `finally`.
    temp = _temp_name(real)
    fd: int | None = None
    try:
        while fd is None:
            try:
                fd = os.open(temp, _TEMP_FLAGS, 0o600)
            except FileExistsError:
                temp = _temp_name(real)
            except OSError as e:
                raise _failure(f"cannot write in {folder}", e) from None
        try:
            if fcntl is not None:  # held until the end: the temp file is in use, not stale
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            yield temp
            _sync(temp)
            os.chmod(temp, default_file_mode())
            output_file(real)  # once more: nothing may have put a device or FIFO there meanwhile
            if new:
                if not os.path.lexists(real):
                    _drop_side_files(real)  # left by a file that is gone: none can be in use
                _place_new(temp, real)
            else:
                os.replace(temp, real)
                _drop_side_files(real)
            _sync(folder)
        except FileExistsError:
            raise
        except OSError as e:
            raise _failure(f"cannot write {target}", e) from None
    finally:
        _discard(temp, fd)


def _place_new(temp: Path, target: Path) -> None:
    """Give `temp` the name `target` unless a file has it: a hard link is made only where no name is,
    so of two processes making one file at once, the second keeps the first's (FileExistsError)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError as e:
        if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV):
            raise
        if os.path.lexists(target):  # a file system without hard links: as near as a rename comes
            raise FileExistsError(errno.EEXIST, "made meanwhile", str(target)) from None
        os.replace(temp, target)


def _drop_side_files(replaced: Path) -> None:
    """SQLite's journal and WAL files beside a file just replaced belong to the file that was there: a
    reader would play the old file's unfinished change back into the new one and ruin it."""
    for suffix in ("-journal", "-wal", "-shm"):
        side = replaced.with_name(replaced.name + suffix)
        with contextlib.suppress(FileNotFoundError, IsADirectoryError):
            if side.is_file() and not side.is_symlink():
                side.unlink()


# As tempfile.mkstemp opens its files: only a new file, never through a symlink, readable by us alone.
_TEMP_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _temp_name(target: Path) -> Path:
    """A fresh temp name beside `target`, of the shape remove_stale_temps knows as ours."""
    import secrets  # here: it loads OpenSSL (hmac), ~7 ms of the window's start-up otherwise

    return target.parent / f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"


def _discard(temp: Path, fd: int | None) -> None:
    """Close and remove the temp file and SQLite's files beside it (after the rename there is none).
    Without a descriptor the write stopped as the file was created: a file of that name is ours then,
    unless a writer holds it (another's, of the same name), or stale, and removed either way."""
    if fd is not None:
        os.close(fd)
    elif _in_use(temp):
        return
    for side in ("", *SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{temp}{side}")


def remove_stale_temps(target: Path) -> list[Path]:
    """Remove the temp files an earlier write to `target` left when it was killed outright (SIGKILL,
    a power cut): ours by their name, and no longer locked by a writer that is still at work."""
    side = "|".join(re.escape(s) for s in SIDE_FILES)
    ours = re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{8}}{re.escape(TEMP_SUFFIX)}({side})?")
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    removed = []
    for name in names:
        match = ours.fullmatch(name)
        if match is None:
            continue
        temp = target.parent / (name[: -len(match.group(1))] if match.group(1) else name)
        if _in_use(temp):
            continue
        with contextlib.suppress(OSError):
            (target.parent / name).unlink()
            removed.append(target.parent / name)
    return removed


def _in_use(temp: Path) -> bool:
    """Is a writer still filling `temp`? It holds a lock on it for as long as it writes."""
    try:
        fd = os.open(temp, os.O_RDONLY)
    except FileNotFoundError:
        return False  # a journal whose database is gone
    except OSError:
        return True  # cannot tell: leave it
    try:
        if fcntl is None:
            return time.time() - os.fstat(fd).st_mtime < STALE_AGE
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        return False
    finally:
        os.close(fd)


def default_file_mode() -> int:
    """The mode a plainly created file gets under the user's umask (temp files start at 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(target: Path | str, data: bytes | str, inputs: Iterable[Path | str] = ()) -> None:
    """Text (UTF-8) or bytes to `target`, or to standard output if `target` names it."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if is_stdout(target):
        write_stdout(payload, binary=not isinstance(data, str))
        return
    with atomic_path(target, inputs) as temp, temp.open("wb") as f:
        f.write(payload)  # a short write or a failing close raises


def write_with(
    target: Path | str,
    writer: Callable[[Path], object],
    check: Callable[[Path], bool] | None = None,
    inputs: Iterable[Path | str] = (),
) -> None:
    """Let `writer` fill a temp file, then move it into place (or copy it to standard output). Writers
    that do not report their own errors (Qt's PDF engine) name a `check` of the finished file: if it
    fails, nothing is replaced."""
    if is_stdout(target):
        with tempfile.TemporaryDirectory(prefix="zoneview-") as folder:
            temp = Path(folder) / "output"
            writer(temp)
            if not temp.exists() or (check is not None and not check(temp)):
                raise OSError(f"cannot write to standard output: {_why_incomplete(temp.parent)}")
            write_stdout(temp.read_bytes(), binary=True)
        return
    with atomic_path(target, inputs) as temp:
        writer(temp)
        if not temp.exists() or temp.stat().st_size == 0 or (check is not None and not check(temp)):
            raise OSError(f"cannot write {target}: {_why_incomplete(temp.parent)}")


def write_stdout(payload: bytes, binary: bool) -> None:
    """Output on purpose to standard output; binary data never to a terminal, where it is garbage."""
    if binary and sys.stdout.isatty():
        raise OSError("will not write binary data to a terminal: redirect standard output to a file")
    sys.stdout.flush()
    sys.stdout.buffer.write(payload)
    sys.stdout.buffer.flush()


def is_complete_pdf(path: Path) -> bool:
    """A PDF ends with its %%EOF marker; a writer cut short (a full disk) never writes it."""
    with path.open("rb") as f:
        f.seek(max(0, path.stat().st_size - 1024))
        return b"%%EOF" in f.read()


def _why_incomplete(folder: Path) -> str:
    with contextlib.suppress(OSError):
        if os.statvfs(folder).f_bavail == 0:
            return "the disk is full"
    return "the file came out incomplete"


def _sync(path: Path) -> None:
    """Flush a file (or a folder's entries) to the disk; where the disk reports a late failure."""
    if os.name == "nt" and path.is_dir():
        return  # Windows cannot open folders for syncing
    fd = os.open(path, os.O_RDONLY if path.is_dir() else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _failure(what: str, error: OSError) -> OSError:
    """A system error as one line; messages we wrote ourselves (no errno) pass unchanged."""
    if error.errno is None:
        return error
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        reason = "the disk is full"
    elif error.errno == errno.EFBIG:
        reason = "the file is larger than this disk or the file size limit allows"
    else:
        reason = error.strerror or str(error)
    failure = OSError(f"{what}: {reason}")
    failure.errno = error.errno
    return failure
