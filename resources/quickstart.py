"""The README's quick start: set up what zoneview needs here, then open the window or run the tests.

    python3 resources/quickstart.py app  [--check] [--no-run] [ZONEVIEW ARGS…]   open the window
    python3 resources/quickstart.py test [--check] [--no-run] [PYTEST ARGS…]     run the whole test suite

Each run, from any folder:
1. On Debian or Ubuntu, installs the system packages that are missing (Qt's libraries; for `test` also
   Xvfb, xdotool, poppler-utils and the other tools the tests use) with apt-get --no-install-recommends,
   as root or through sudo, and names them first. Without either it says in one line what is missing
   and the apt-get command that installs it, and carries on.
2. Makes `.venv` beside pyproject.toml and installs zoneview into it, editable (for `test` with its
   `dev` extra). `.venv/.quickstart` holds a hash of pyproject.toml: while that is unchanged, nothing is
   reinstalled, so a second run starts at once.
3. Opens the window (`app`; with no display it says so and exits 1) or runs `python -m pytest` (`test`).

--check says what a run would install and changes nothing; --no-run sets up and stops there.
Only the standard library is used, so any Python 3.11+ runs this before anything is installed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".quickstart"
MINIMUM = (3, 11)

# What Qt's xcb and offscreen platforms load (PySide6 from PyPI brings Qt, not these).
APP_PACKAGES = [
    "libegl1", "libgl1", "libopengl0", "libfontconfig1", "libfreetype6", "libglib2.0-0", "libdbus-1-3",
    "libxkbcommon0", "libxkbcommon-x11-0", "libx11-xcb1", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-shape0", "libxcb-randr0",
    "libxcb-xinerama0", "libxcb-xkb1", "libxcb-xfixes0", "libxcb-sync1", "libxrender1",
]  # fmt: skip
# Xvfb and xdotool for the real-window tests, poppler for pdftotext, sqlite3 to prove other tools read
# the database, desktop-file-utils to validate the menu entry, binutils for PyInstaller (objdump),
# strace to prove a hostile report makes zoneview open no file it names.
TEST_PACKAGES = [
    *APP_PACKAGES, "xvfb", "xauth", "xdotool", "poppler-utils", "sqlite3", "desktop-file-utils", "binutils",
    "strace",
]  # fmt: skip
WHAT_FAILS = {
    "app": "the window may not open without them",
    "test": "the tests that need Xvfb, xdotool or poppler are skipped, and the others may fail",
}


def say(message: str) -> None:
    print(f"quickstart: {message}", flush=True)


def complain(message: str) -> None:
    print(f"quickstart: {message}", file=sys.stderr, flush=True)


def ensure_python() -> None:
    """Re-run under a Python 3.11+ from PATH when started by an older one (Ubuntu 22.04's python3)."""
    if sys.version_info >= MINIMUM:
        return
    for minor in range(20, MINIMUM[1] - 1, -1):
        newer = shutil.which(f"python3.{minor}")
        works = newer and subprocess.run([newer, "-c", ""], capture_output=True).returncode == 0
        if newer and works:  # not a version manager's shim for a Python it does not offer here
            os.execv(newer, [newer, str(Path(__file__).resolve()), *sys.argv[1:]])
    have = ".".join(map(str, sys.version_info[:2]))
    complain(
        f"zoneview needs Python 3.11 or newer and this is {have}; install one (Debian and Ubuntu: "
        "apt-get install python3.11 python3.11-venv) and run this script with it"
    )
    raise SystemExit(1)


def installed_packages() -> set[str] | None:
    """Names of the installed Debian packages and of what they provide (libglib2.0-0t64 provides
    libglib2.0-0), or None where there is no dpkg."""
    if not shutil.which("dpkg-query"):
        return None
    listing = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}\t${Package}\t${Provides}\n"],
        capture_output=True,
        text=True,
    )
    names: set[str] = set()
    for line in listing.stdout.splitlines():
        status, _, rest = line.partition("\t")
        if not status.startswith("ii"):
            continue
        package, _, provides = rest.partition("\t")
        names.add(package)
        names.update(p.split()[0] for p in provides.split(",") if p.strip())
    return names


def venv_package() -> str | None:
    """Debian's system Python makes venvs only with its pythonX.Y-venv package (which brings ensurepip)."""
    if venv_python().exists() or importlib.util.find_spec("ensurepip") is not None:
        return None
    return f"python{sys.version_info[0]}.{sys.version_info[1]}-venv"


def required_packages(mode: str) -> list[str]:
    extra = venv_package()
    return [*(TEST_PACKAGES if mode == "test" else APP_PACKAGES), *([extra] if extra else [])]


def privilege() -> list[str] | None:
    """The prefix that makes apt-get run as root: none as root, sudo where it needs no password or can
    ask for one on this terminal; None where packages cannot be installed."""
    if not shutil.which("apt-get"):
        return None
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo"):
        if subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
            return ["sudo"]
        if sys.stdin.isatty():
            return ["sudo"]
    return None


def apt_command(packages: list[str]) -> str:
    return "sudo apt-get update && sudo apt-get install --no-install-recommends " + " ".join(packages)


def cannot_install_line(missing: list[str], mode: str) -> str:
    """The one line for a user who cannot install system packages."""
    return (
        f"missing system packages: {' '.join(missing)}; install them with: {apt_command(missing)} "
        f"(carrying on: {WHAT_FAILS[mode]})"
    )


def system_packages(mode: str, check: bool) -> bool:
    """Install the missing packages; True when something is (or would be) installed."""
    present = installed_packages()
    wanted = required_packages(mode)
    if present is None:
        complain(
            "not Debian or Ubuntu (no dpkg-query), so system packages were not checked; "
            f"Qt needs EGL, OpenGL, fontconfig and the xcb libraries (Debian names: {' '.join(wanted)})"
        )
        return False
    missing = [p for p in wanted if p not in present]
    prefix = privilege() if missing else []  # asks sudo only when there is something to install
    if check:
        if present.intersection(wanted):
            say(f"system packages present: {' '.join(p for p in wanted if p in present)}")
        if not missing:
            say("system packages missing: none")
            return False
        how = "cannot install them here: not root, no sudo" if prefix is None else "would install them"
        say(f"system packages missing: {' '.join(missing)}; {how}")
        return prefix is not None
    if not missing:
        say(f"system packages: all {len(wanted)} present")
        return False
    if prefix is None:
        complain(cannot_install_line(missing, mode))
        return False
    who = " with sudo" if prefix else ""
    say(f"installing system packages{who}: {' '.join(missing)}")
    env = ["env", "DEBIAN_FRONTEND=noninteractive"]
    wait = ["-o", "DPkg::Lock::Timeout=300"]  # a fresh Ubuntu often runs unattended-upgrades at first
    for step in (
        ["apt-get", *wait, "update", "-qq"],
        ["apt-get", *wait, "install", "-y", "-qq", "--no-install-recommends", *missing],
    ):
        done = subprocess.run([*prefix, *env, *step], stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            complain(f"`{' '.join(step)}` failed (exit {done.returncode}); the lines above say why")
            raise SystemExit(done.returncode)
    return True


def venv_python() -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / ("python.exe" if os.name == "nt" else "python")


def fingerprint() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def stamped_extras() -> set[str] | None:
    """The extras installed for the current pyproject.toml, or None when .venv needs (re)installing."""
    if not venv_python().exists() or not STAMP.exists():
        return None
    digest, _, extras = STAMP.read_text(encoding="utf-8").strip().partition(" ")
    return set(extras.split(",")) - {""} if digest == fingerprint() else None


def previous_extras() -> set[str]:
    """What an outdated stamp had installed, so a reinstall keeps the test tools."""
    if not STAMP.exists():
        return set()
    _, _, extras = STAMP.read_text(encoding="utf-8").strip().partition(" ")
    return set(extras.split(",")) - {""}


def virtualenv(mode: str, check: bool) -> bool:
    """Make .venv and install zoneview into it unless the stamp says that is done; True when it does."""
    needed = {"dev"} if mode == "test" else set()
    have = stamped_extras()
    if have is not None and needed <= have:
        say(".venv is up to date (pyproject.toml unchanged since it was set up)")
        return False
    extras = needed | previous_extras()
    what = "zoneview with its test tools" if "dev" in extras else "zoneview"
    if check:
        make = "create .venv and install" if not venv_python().exists() else "install"
        say(f".venv: would {make} {what} (editable)")
        return True
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check"]
    if not venv_python().exists():
        say(f"creating .venv with {sys.executable} (Python {sys.version.split()[0]})")
        made = subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)])
        if made.returncode != 0:
            complain("could not create .venv (see above); on Debian and Ubuntu it needs python3-venv")
            raise SystemExit(1)
        subprocess.run([*pip, "install", "-q", "--upgrade", "pip"])  # an old pip still works if this fails
    STAMP.unlink(missing_ok=True)
    target = f".[{','.join(sorted(extras))}]" if extras else "."
    say(f"installing {what} into .venv (editable); the first time this downloads Qt and takes a while")
    done = subprocess.run([*pip, "install", "-q", "-e", target], cwd=ROOT)
    if done.returncode != 0:
        complain(f"`pip install -e '{target}'` failed (exit {done.returncode}); the lines above say why")
        raise SystemExit(done.returncode)
    STAMP.write_text(f"{fingerprint()} {','.join(sorted(extras))}\n", encoding="utf-8")
    return True


def no_display() -> bool:
    """True on Linux with no X11 or Wayland display to open a window on."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in ("offscreen", "minimal"):
        return True
    if platform and platform not in ("xcb", "wayland", "wayland-egl"):
        return False  # eglfs, linuxfb, vnc…: the user chose a screen of another kind
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch(command: list[str]) -> None:
    if os.name == "nt":
        raise SystemExit(subprocess.run(command, cwd=ROOT).returncode)
    os.chdir(ROOT)
    os.execv(command[0], command)


def main(argv: list[str]) -> int:
    ensure_python()
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if not argv or argv[0] not in ("app", "test"):
        print("usage:\n" + __doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    mode, rest = argv[0], argv[1:]
    check = no_run = False
    while rest and rest[0] in ("--check", "--no-run"):
        check, no_run = check or rest[0] == "--check", no_run or rest[0] == "--no-run"
        rest = rest[1:]
    changes = []
    if system_packages(mode, check):
        changes.append("system packages")
    if virtualenv(mode, check):
        changes.append(".venv")
    bin_dir = venv_python().parent
    if mode == "app":
        command = [str(bin_dir / "zoneview"), *rest]
    else:
        command = [str(venv_python()), "-m", "pytest", *rest]
    shown = " ".join(str(Path(command[0]).relative_to(ROOT)) if i == 0 else c for i, c in enumerate(command))
    headless = mode == "app" and no_display()
    if check:
        say(f"would change: {', '.join(changes) or 'nothing'}")
        if headless:
            say("display: none (DISPLAY and WAYLAND_DISPLAY are unset), so no window would open")
        elif not no_run:
            say(f"would then run: {shown}")
        return 0
    if no_run:
        return 0
    if headless:
        complain(
            "no display here (DISPLAY and WAYLAND_DISPLAY are unset), so no window can open; "
            "`.venv/bin/zoneview --screenshot OUT.png` renders it to a file instead"
        )
        return 1
    say(f"running {shown}")
    launch(command)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
