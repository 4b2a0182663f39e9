"""Installing: a plain wheel that works from any folder, the desktop entry, the PyInstaller bundle."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile

import pytest
from cli_helpers import ROOT, run_zoneview
from PySide6.QtGui import QImage


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (path,) = out.glob("zoneview-*.whl")
    return path


@pytest.mark.slow
def test_the_wheel_carries_data_fonts_translations_and_a_gui_script(wheel) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in [
        "zoneview/data/zoneview.db",
        "zoneview/data/000_fbc4be491c91ac1b.txt",
        "zoneview/ingest/data/subjects.txt",
        "zoneview/resources/fonts/ZoneViewSansSC-Regular.otf",
        "zoneview/resources/fonts/ZoneViewSansSC-Bold.otf",
        "zoneview/resources/fonts/OFL.txt",
        "zoneview/resources/i18n/zoneview_zh_CN.qm",
        "zoneview/resources/i18n/zoneview_en.qm",  # English plurals: "1 figure", "3 figures"
        "zoneview/resources/icons/zoneview.svg",
    ]:
        assert expected in names
    assert not [n for n in names if n.startswith("zoneview/") and "synthetic" in n]  # a test helper
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]" in text and "zoneview = zoneview.launch:main" in text


@pytest.mark.slow
def test_an_installed_wheel_works_from_any_folder(wheel, tmp_path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run(
        [sys.executable, "-c", "import zoneview; print(zoneview.__file__)"],
        env=env, cwd="/", capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert where.stdout.startswith(str(site))
    shot = tmp_path / "z.png"
    result = subprocess.run(
        [sys.executable, "-m", "zoneview", "--screenshot", str(shot), "--select", "summary"],
        env=env, cwd="/", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert QImage(str(shot)).width() == 1280
    check = subprocess.run(
        [sys.executable, "-m", "zoneview", "check"], env=env, cwd="/", capture_output=True, text=True
    )
    assert check.returncode == 0 and str(site) in check.stdout


def test_the_desktop_entry_validates_and_uninstall_leaves_nothing(tmp_path) -> None:
    prefix = tmp_path / "share"
    result = run_zoneview("install-desktop", "--prefix", prefix)
    assert result.returncode == 0, result.stderr
    entry = prefix / "applications" / "zoneview.desktop"
    text = entry.read_text(encoding="utf-8")
    keys = ["Name=zoneview", "Name[zh_CN]=", "GenericName=", "GenericName[zh_CN]="]
    keys += ["Comment=", "Comment[zh_CN]=", "Icon=zoneview", "Exec=", "Categories="]
    keys.append("StartupWMClass=zoneview")
    for key in keys:
        assert key in text
    assert (prefix / "icons" / "hicolor" / "scalable" / "apps" / "zoneview.svg").exists()
    for size in (16, 48, 256):
        image = QImage(str(prefix / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "zoneview.png"))
        assert (image.width(), image.height()) == (size, size)
    validator = shutil.which("desktop-file-validate")
    if validator:
        check = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert check.returncode == 0 and check.stdout == "", check.stdout
    result = run_zoneview("install-desktop", "--prefix", prefix, "--uninstall")
    assert result.returncode == 0 and "removed 10 files" in result.stdout
    assert not prefix.exists()


def test_uninstall_keeps_what_was_there_before(tmp_path) -> None:
    prefix = tmp_path / "share"
    mine = prefix / "applications" / "other.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\n", encoding="utf-8")
    assert run_zoneview("install-desktop", "--prefix", prefix).returncode == 0
    assert run_zoneview("install-desktop", "--prefix", prefix, "--uninstall").returncode == 0
    assert sorted(str(p.relative_to(prefix)) for p in prefix.rglob("*")) == [
        "applications",
        "applications/other.desktop",
    ]


def test_python_dash_m_is_the_same_program() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "zoneview", "--version"]
    result = subprocess.run(command, capture_output=True, text=True, cwd="/", env=env)
    assert result.stdout.strip() == "zoneview 0.1.0"


@pytest.mark.slow
def test_the_pyinstaller_bundle_runs_its_screenshot(tmp_path) -> None:
    if shutil.which("pyinstaller") is None and not (ROOT / ".venv").exists():
        pytest.skip("pyinstaller is not installed (it is in the dev extra)")
    spec = ROOT / "resources" / "packaging" / "zoneview.spec"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(spec), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build")],
        capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    app = tmp_path / "dist" / "zoneview" / "zoneview"
    internal = app.parent / "_internal" / "zoneview"
    for part in [
        "data/zoneview.db",
        "resources/fonts/ZoneViewSansSC-Bold.otf",
        "resources/i18n/zoneview_zh_CN.qm",
        "resources/i18n/zoneview_en.qm",
    ]:
        assert (internal / part).exists()
    shot = tmp_path / "bundle.png"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QT_QPA_PLATFORM")}
    result = subprocess.run([str(app), "--screenshot", str(shot), "--select", "1.1"],
                            capture_output=True, text=True, cwd="/", env=env, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert QImage(str(shot)).width() == 1280
