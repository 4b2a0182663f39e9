"""Run the real `zoneview` command line in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_zoneview(
    *args: str | Path, timeout: float = 120, env: dict[str, str] | None = None, cwd=None, preexec_fn=None
):
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "zoneview", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        cwd=cwd or ROOT,
        preexec_fn=preexec_fn,
    )


def assert_user_error(result, fragment: str = "") -> None:
    """One clear line on stderr, a non-zero exit, no traceback."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("zoneview: error: "), lines[0]
    assert fragment in lines[0], lines[0]
