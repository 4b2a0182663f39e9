"""`zoneview install-desktop`: a freedesktop menu entry and icons in the user's share folder, and a
record of exactly what was written, so --uninstall removes that and nothing else."""

from __future__ import annotations

import hashlib
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
    """Write the entry and icons; returns what was written. The record keeps each file's sha256, so
    --uninstall can tell a file as written from one the user has changed since."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from zoneview.ui.images import png_bytes
    from zoneview.ui.offscreen import offscreen_app

    offscreen_app()
    prefix = prefix or default_prefix()
    records = _read_records()  # a damaged record stops the install before anything is written
    svg = paths.bundled("resources") / "icons" / f"{APP_ID}.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise OSError(f"the bundled icon is missing or broken: {svg}")
    desktop, scalable, *pngs = planned_files(prefix)
    contents = {desktop: desktop_entry(launch_command()).encode("utf-8"), scalable: svg.read_bytes()}
    for size, target in zip(PNG_SIZES, pngs, strict=True):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        contents[target] = png_bytes(image)
    _refuse_foreign(prefix, list(contents), records.get(_key(prefix), {}))
    created_dirs = _missing_folders(p.parent for p in contents)
    for folder in sorted({p.parent for p in contents}):
        folder.mkdir(parents=True, exist_ok=True)
    for target, data in contents.items():
        write_atomic(target, data)
    entry = records.get(_key(prefix), {})
    previous = entry.get("created_dirs", []) if isinstance(entry, dict) else []
    records[_key(prefix)] = {
        "files": {str(path): _sha256(data) for path, data in contents.items()},
        "created_dirs": sorted(set(previous) | {str(d) for d in created_dirs if _inside(d, prefix)}),
    }
    write_atomic(_records(), json.dumps(records, ensure_ascii=False, indent=1))
    return list(contents)


def uninstall(prefix: Path | None = None) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Remove what install wrote under `prefix`, as it wrote it, and the folders it created that are
    now empty. Returns what was removed and what was kept, with why. Nothing is removed without a
    record, and a record that names anything outside `prefix` is refused whole."""
    prefix = prefix or default_prefix()
    entry = _read_records().get(_key(prefix))
    if entry is None:
        return [], []
    files, created_dirs = _checked_entry(entry, prefix)
    removed: list[Path] = []
    kept: list[tuple[Path, str]] = []
    for path, digest in files.items():
        if not path.exists() and not path.is_symlink():
            continue
        if path.is_symlink() or not path.is_file():
            kept.append((path, "it is no longer the file install-desktop wrote"))
        elif digest is None:
            kept.append(
                (path, "an older zoneview wrote it without a checksum; remove it yourself if you like")
            )
        elif _sha256(path.read_bytes()) != digest:
            kept.append((path, "it was changed after install-desktop wrote it"))
        else:
            path.unlink()
            removed.append(path)
    for folder in sorted(created_dirs, key=lambda d: -len(d.parts)):
        if folder.is_dir() and not folder.is_symlink() and not any(folder.iterdir()):
            folder.rmdir()
    _forget(prefix)
    return removed, kept


class RecordError(ValueError):
    """The record of what install-desktop wrote is damaged or names places it may not touch."""


def _checked_entry(entry: object, prefix: Path) -> tuple[dict[Path, str | None], list[Path]]:
    """The record's files (path -> sha256, None for a 0.1.0 record) and folders, all inside `prefix`."""
    if not isinstance(entry, dict):
        raise RecordError(f"the install record {_records()} is damaged: move it away")
    listed = entry.get("files", {})
    if isinstance(listed, list):  # written by zoneview 0.1.0: paths without checksums
        listed = dict.fromkeys(listed)
    folders = entry.get("created_dirs", [])
    if not isinstance(listed, dict) or not isinstance(folders, list):
        raise RecordError(f"the install record {_records()} is damaged: move it away")
    if not all(isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in listed.items()):
        raise RecordError(f"the install record {_records()} is damaged: move it away")
    if not all(isinstance(d, str) for d in folders):
        raise RecordError(f"the install record {_records()} is damaged: move it away")
    for name in [*listed, *folders]:
        if not _inside(Path(name), prefix):
            raise RecordError(
                f"the install record names {name}, outside {prefix}: nothing removed "
                f"(has {_records()} been tampered with?)"
            )
    return {Path(k): v for k, v in listed.items()}, [Path(d) for d in folders]


def _refuse_foreign(prefix: Path, targets: list[Path], entry: object) -> None:
    """Refuse, before anything is written, to write where install-desktop has no business: through a
    folder that leads out of `prefix` (a symlinked applications/), or over a file it did not write
    (or that was changed since it wrote it): that file is the user's, and --uninstall would delete it."""
    recorded = entry.get("files", {}) if isinstance(entry, dict) else {}
    for target in targets:
        if not _inside(target.parent, prefix):
            raise RecordError(f"{target.parent} leads outside {prefix} (a symbolic link?): nothing written")
        if target.is_symlink() or (target.exists() and not target.is_file()):
            raise RecordError(f"{target} is not a regular file: nothing written")
        if target.exists() and recorded.get(str(target)) != _sha256(target.read_bytes()):
            raise RecordError(
                f"{target} was not written by zoneview (or was changed since): move it away; nothing written"
            )


def _inside(path: Path, prefix: Path) -> bool:
    """Is `path` (symlinks followed) `prefix` or below it?"""
    real, base = Path(os.path.realpath(path)), Path(os.path.realpath(prefix))
    return real == base or real.is_relative_to(base)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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


def _key(prefix: Path) -> str:
    return str(prefix.resolve())


def _read_records() -> dict[str, object]:
    """Every install's record, by prefix; empty if there is none yet."""
    path = _records()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, RecursionError) as e:
        raise RecordError(f"cannot read the install record {path}: {e}") from None
    if not isinstance(data, dict):
        raise RecordError(f"the install record {path} is damaged (not a JSON object): move it away")
    return data


def _forget(prefix: Path) -> None:
    records = _read_records()
    records.pop(_key(prefix), None)
    if records:
        write_atomic(_records(), json.dumps(records, ensure_ascii=False, indent=1))
    else:
        _records().unlink(missing_ok=True)
