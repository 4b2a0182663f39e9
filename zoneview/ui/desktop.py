"""`zoneview install-desktop`: a freedesktop menu entry and icons in the user's share folder, and a
record of exactly what was written, so --uninstall removes that and nothing else."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sys
from pathlib import Path

from zoneview import paths
from zoneview.files import write_atomic

APP_ID = "zoneview"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MANIFEST = "desktop-install.json"


def default_prefix() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share: where a user's menu entries and icons live."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command() -> str:
    """How the menu starts zoneview: the installed launcher if there is one, else this Python."""
    launcher = shutil.which("zoneview")
    if launcher:
        return shlex.quote(str(Path(launcher).resolve()))
    return f"{shlex.quote(sys.executable)} -m zoneview"


def desktop_entry(exec_line: str) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",
            "Name=zoneview",
            "Name[zh_CN]=自创区报告浏览器",
            "GenericName=Report Browser",
            "GenericName[zh_CN]=报告浏览器",
            "Comment=Browse the Chongqing innovation zone progress report offline",
            "Comment[zh_CN]=离线浏览重庆国家自主创新示范区建设进展报告",
            f"Exec={exec_line}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "Categories=Office;Viewer;",
            "Keywords=report;Chongqing;innovation;报告;重庆;自创区;",
            f"StartupWMClass={APP_ID}",
            "StartupNotify=true",
            "",
        ]
    )


def planned_files(prefix: Path) -> list[Path]:
    icons = prefix / "icons" / "hicolor"
    files = [prefix / "applications" / f"{APP_ID}.desktop", icons / "scalable" / "apps" / f"{APP_ID}.svg"]
    files += [icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in PNG_SIZES]
    return files


def install(prefix: Path | None = None) -> list[Path]:
    """Write the entry and icons; returns what was written."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from zoneview.ui.images import png_bytes
    from zoneview.ui.offscreen import offscreen_app

    offscreen_app()
    prefix = prefix or default_prefix()
    svg = paths.bundled("resources") / "icons" / f"{APP_ID}.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise OSError(f"the bundled icon is missing or broken: {svg}")
    desktop, scalable, *pngs = planned_files(prefix)
    created_dirs = _missing_folders(p.parent for p in planned_files(prefix))
    written: list[Path] = []
    for folder in sorted({p.parent for p in planned_files(prefix)}):
        folder.mkdir(parents=True, exist_ok=True)
    write_atomic(desktop, desktop_entry(launch_command()))
    written.append(desktop)
    write_atomic(scalable, svg.read_bytes())
    written.append(scalable)
    for size, target in zip(PNG_SIZES, pngs, strict=True):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        write_atomic(target, png_bytes(image))
        written.append(target)
    _record(prefix, written, created_dirs)
    return written


def uninstall(prefix: Path | None = None) -> list[Path]:
    """Remove what install wrote under `prefix` (and folders it created that are now empty)."""
    prefix = prefix or default_prefix()
    record = _read_record(prefix)
    files = [Path(p) for p in record.get("files", [])] or [p for p in planned_files(prefix) if p.exists()]
    removed = []
    for path in files:
        if path.is_file():
            path.unlink()
            removed.append(path)
    for folder in sorted((Path(d) for d in record.get("created_dirs", [])), key=lambda d: -len(d.parts)):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    _forget(prefix)
    return removed


def _missing_folders(folders: object) -> list[Path]:
    """Every folder that install would have to create, parents included."""
    missing: set[Path] = set()
    for folder in folders:  # type: ignore[attr-defined]
        current = Path(folder)
        while not current.exists():
            missing.add(current)
            current = current.parent
    return sorted(missing)


def _records() -> Path:
    return paths.user_data_dir() / MANIFEST


def _read_record(prefix: Path) -> dict[str, list[str]]:
    try:
        data = json.loads(_records().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    entry = data.get(str(prefix.resolve()), {})
    return entry if isinstance(entry, dict) else {}


def _record(prefix: Path, files: list[Path], created_dirs: list[Path]) -> None:
    try:
        data = json.loads(_records().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    previous = data.get(str(prefix.resolve()), {}).get("created_dirs", [])
    data[str(prefix.resolve())] = {
        "files": [str(f) for f in files],
        "created_dirs": sorted(set(previous) | {str(d) for d in created_dirs}),
    }
    write_atomic(_records(), json.dumps(data, ensure_ascii=False, indent=1))


def _forget(prefix: Path) -> None:
    try:
        data = json.loads(_records().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    data.pop(str(prefix.resolve()), None)
    if data:
        write_atomic(_records(), json.dumps(data, ensure_ascii=False, indent=1))
    else:
        _records().unlink(missing_ok=True)
