"""Run the real `zoneview` command line as a user would: in this process, through the function the
`zoneview` script calls (fast, for the commands), or in a process of its own (for the entry point,
signals, exit codes, the window, and whatever changes the process itself)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent

# What a command changes in the process that outlives it, put back after each run in this process.
_app = None  # the QApplication made here, if pytest-qt has not made it yet
_SIGNALS = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGQUIT") if hasattr(signal, name)]


@dataclass
class Ran:
    """What a user sees of a command: like subprocess.CompletedProcess."""

    args: list[str]
    returncode: int
    stdout: Any  # str, or bytes for binary output
    stderr: Any


def run_zoneview(
    *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None, binary: bool = False
) -> Ran:
    """`zoneview ARGS…` in this process: zoneview.cli.main with these arguments, its standard output
    (bytes if `binary`, else text) and error and its exit code, as the shell would see them. `env`
    adds to the environment for the run. The window (no command: --screenshot too) runs in a process
    of its own, as run_zoneview_process runs it."""
    from zoneview.cli import main

    argv = [str(a) for a in args]
    if opens_the_window(argv):
        return run_zoneview_process(*argv, env=env, cwd=cwd, text=not binary)
    handlers = {signum: signal.getsignal(signum) for signum in _SIGNALS}
    qt = _QtState.save()
    folder = os.getcwd()
    saved_argv = sys.argv
    code: int | str | None = 0
    try:
        with CliRunner().isolation(env=env) as (out, err, _):
            sys.argv = ["zoneview", *argv]
            os.chdir(cwd or ROOT)
            try:
                main()  # it always ends in sys.exit
            except SystemExit as e:
                code = e.code
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
            stdout, stderr = out.getvalue(), err.getvalue()
    finally:
        sys.argv = saved_argv
        os.chdir(folder)
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
        qt.restore()
    if code is None:
        code = 0
    elif isinstance(code, str):  # sys.exit("message"): said on stderr, exit 1, as Python does
        stderr += f"{code}\n".encode()
        code = 1
    if binary:
        return Ran(["zoneview", *argv], code, stdout, stderr)
    return Ran(["zoneview", *argv], code, stdout.decode("utf-8"), stderr.decode("utf-8", "replace"))


def opens_the_window(argv: list[str]) -> bool:
    """No command, no --version or --help: only the window's options, each with its value."""
    from zoneview.cli import cli

    takes_value = {name: not p.is_flag for p in cli.params for name in p.opts if hasattr(p, "is_flag")}
    given = iter(argv)
    for arg in given:
        name = arg.split("=", 1)[0]
        if name in ("--version", "--help", "-h") or name not in takes_value:
            return False
        if takes_value[name] and "=" not in arg:
            next(given, None)
    return True


class _QtState:
    """The shared QApplication's language, palette, style, font and names, which `chart --dark`,
    `--lang en` and the first off-screen command set for the rest of a process."""

    def __init__(self, app, translators, palette, style, font, names) -> None:
        self.app, self.translators, self.palette, self.style = app, translators, palette, style
        self.font, self.names = font, names

    @classmethod
    def save(cls) -> _QtState:
        """Made first if there is none, as pytest-qt's `qapp` would be: not by a command, with its
        --dark or --lang for the rest of the session."""
        from PySide6.QtGui import QFont, QPalette
        from PySide6.QtWidgets import QApplication

        from zoneview.ui import i18n

        global _app
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            app = _app = QApplication(["pytest-qt-qapp"])  # kept, or Python would delete it
        names = (app.applicationName(), app.organizationName(), app.desktopFileName())
        return cls(
            app, list(i18n._installed), QPalette(app.palette()), app.style().name(), QFont(app.font()), names
        )

    def restore(self) -> None:
        from zoneview.ui import i18n

        app = self.app
        if i18n._installed != self.translators:
            for translator in i18n._installed:
                app.removeTranslator(translator)
            i18n._installed[:] = self.translators
            for translator in self.translators:
                app.installTranslator(translator)
        if app.style().name() != self.style:
            app.setStyle(self.style)
        if app.palette() != self.palette:
            app.setPalette(self.palette)
        if app.font() != self.font:
            app.setFont(self.font)
        app.setApplicationName(self.names[0])
        app.setOrganizationName(self.names[1])
        app.setDesktopFileName(self.names[2])


def run_zoneview_process(
    *args: str | Path,
    timeout: float = 120,
    env: dict[str, str] | None = None,
    cwd=None,
    preexec_fn=None,
    text: bool = True,
):
    """`python -m zoneview ARGS…` in a process of its own, as the desktop entry or a shell starts it:
    for the entry point, signals, exit codes, the window, and what may hang or change the process."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "zoneview", *map(str, args)],
        capture_output=True,
        text=text,
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


def many_figures(folder: Path, count: int) -> Path:
    """A database, built by `zoneview build`, of a report whose part 1 has `count` figures, one a line."""
    source = folder / "many.txt"
    lines = ["测试报告", "一、部分"] + [f"企业{i}增加{i % 97 + 1}家。" for i in range(count)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / "many.db"
    assert run_zoneview("build", source, "-o", db).returncode == 0
    return db
