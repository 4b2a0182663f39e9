"""The README's quick start script, run for real: what it would install, the quick second run, no display.

The runs that go past --check touch this checkout's .venv, so they only run when --check says they would
install nothing (after `python3 resources/quickstart.py test`, as in CI); elsewhere they are skipped.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

SCRIPT = ROOT / "resources" / "quickstart.py"
STAMP = ROOT / ".venv" / ".quickstart"
HEADLESS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def load_script():
    spec = importlib.util.spec_from_file_location("quickstart", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


quickstart = load_script()


def run(
    *args: str, drop: tuple[str, ...] = (), env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The script as a user runs it. That a set-up checkout starts at once is shown by what it does not
    do (install, touch .venv), not by a clock: a loaded machine is slow whatever the script does."""
    env = {**{k: v for k, v in os.environ.items() if k not in drop}, **(env or {})}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env, cwd="/", timeout=timeout,
    )  # fmt: skip


def stamp_time() -> int | None:
    return STAMP.stat().st_mtime_ns if STAMP.exists() else None


def dpkg_installed(package: str) -> bool:
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}", package], capture_output=True, text=True
    )
    return out.stdout.startswith("ii")


def require_set_up(mode: str) -> None:
    """Skip unless a real run would find everything in place (a checkout set up by the quick start)."""
    result = run(mode, "--check", drop=HEADLESS)
    if "would change: nothing" not in result.stdout:
        pytest.skip(f"not set up by `python3 resources/quickstart.py test`:\n{result.stdout}")


def listed(out: str, label: str) -> set[str]:
    """The packages on the `system packages LABEL: a b c[; what it would do]` line."""
    for line in out.splitlines():
        if f"system packages {label}:" in line:
            return set(line.split(":", 2)[2].split(";")[0].split()) - {"none"}
    return set()


def test_check_lists_what_it_would_install_and_changes_nothing() -> None:
    before = stamp_time()
    result = run("test", "--check")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for package in ("xvfb", "xdotool", "poppler-utils", "libxcb-cursor0", "sqlite3"):
        assert package in quickstart.TEST_PACKAGES
    if shutil.which("dpkg-query"):
        present, missing = listed(result.stdout, "present"), listed(result.stdout, "missing")
        assert not present & missing
        assert set(quickstart.TEST_PACKAGES) <= present | missing
        for package in quickstart.TEST_PACKAGES:
            if dpkg_installed(package):
                assert package in present, package
            else:
                assert package in missing or package in present, package  # or another package provides it
    assert "would then run: .venv/bin/python -m pytest" in result.stdout
    assert stamp_time() == before, "--check changed .venv"


def test_the_app_needs_fewer_packages_than_the_tests() -> None:
    result = run("app", "--check", drop=HEADLESS)
    assert result.returncode == 0, result.stderr
    if shutil.which("dpkg-query"):
        listing = listed(result.stdout, "present") | listed(result.stdout, "missing")
        assert set(quickstart.APP_PACKAGES) <= listing
        assert not {"xvfb", "xdotool", "poppler-utils"} & listing
    assert "display: none" in result.stdout


def test_without_a_display_the_app_sets_up_then_says_so_in_one_line() -> None:
    require_set_up("app")
    before = stamp_time()
    result = run("app", drop=HEADLESS)
    assert result.returncode == 1, result.stdout + result.stderr
    assert ".venv is up to date" in result.stdout
    assert "installing" not in result.stdout
    last = result.stderr.strip().splitlines()[-1]
    assert "no display" in last and "zoneview --screenshot OUT.png" in last, result.stderr
    assert stamp_time() == before, "a set-up checkout was installed again"


def test_a_second_test_run_reinstalls_nothing_and_runs_pytest() -> None:
    require_set_up("test")
    before = stamp_time()
    result = run(
        "test",
        "tests/test_docs.py::test_every_command_and_option_is_in_the_readme",
        "-q",
        "-p",
        "no:cacheprovider",
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert ".venv is up to date" in result.stdout
    assert "installing" not in result.stdout
    assert "running .venv/bin/python -m pytest tests/test_docs.py" in result.stdout
    assert "1 passed" in result.stdout
    assert stamp_time() == before
    pyproject = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    assert STAMP.read_text(encoding="utf-8").split() == [pyproject, "dev"]


def test_who_cannot_install_is_told_in_one_line_what_is_missing_and_carries_on(tmp_path: Path) -> None:
    """A dpkg database without libxcb-icccm4 and a PATH without apt-get or sudo: as for a user who
    cannot install packages."""
    if not shutil.which("dpkg-query"):
        pytest.skip("not Debian or Ubuntu")
    require_set_up("app")
    admin = tmp_path / "dpkg"
    (admin / "info").mkdir(parents=True)
    (admin / "updates").mkdir()
    (admin / "available").touch()
    stanzas = Path("/var/lib/dpkg/status").read_text(encoding="utf-8").split("\n\n")
    kept = [s for s in stanzas if not s.startswith("Package: libxcb-icccm4\n")]
    assert len(kept) == len(stanzas) - 1
    (admin / "status").write_text("\n\n".join(kept), encoding="utf-8")
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "dpkg-query").symlink_to(shutil.which("dpkg-query") or "")
    result = run("app", drop=HEADLESS, env={"PATH": str(tools), "DPKG_ADMINDIR": str(admin)})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "installing" not in result.stdout
    missing, headless = result.stderr.strip().splitlines()
    assert missing.startswith("quickstart: missing system packages: libxcb-icccm4; install them with: ")
    assert "apt-get install --no-install-recommends libxcb-icccm4 (carrying on" in missing
    assert "no display" in headless
