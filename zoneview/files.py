"""Writing output files so that a failure never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path | str, suffix: str = "") -> Iterator[Path]:
    """Yield a temp path beside `target`; it replaces `target` only if the block succeeds."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise OSError(f"folder does not exist: {folder}")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix or target.suffix, dir=folder)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, default_file_mode())
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def default_file_mode() -> int:
    """The mode a plainly created file gets under the user's umask (temp files start at 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(target: Path | str, data: bytes | str) -> None:
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(target) as temp:
        temp.write_bytes(payload)


def write_with(target: Path | str, writer: Callable[[Path], None]) -> None:
    """Let `writer` fill a temp file, then move it into place."""
    with atomic_path(target) as temp:
        writer(temp)
        if not temp.exists() or temp.stat().st_size == 0:
            raise OSError(f"nothing was written to {target}")
