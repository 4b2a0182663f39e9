"""install-desktop --uninstall removes only what install-desktop wrote, as it wrote it."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from cli_helpers import assert_user_error, run_zoneview


def manifest() -> Path:
    return Path(os.environ["ZONEVIEW_DATA_HOME"]) / "desktop-install.json"


@pytest.fixture
def installed(tmp_path) -> Path:
    prefix = tmp_path / "share"
    result = run_zoneview("install-desktop", "--prefix", prefix)
    assert result.returncode == 0, result.stderr
    return prefix


def uninstall(prefix):
    return run_zoneview("install-desktop", "--prefix", prefix, "--uninstall")


def test_an_edited_desktop_file_is_kept_with_a_message(installed) -> None:
    entry = installed / "applications" / "zoneview.desktop"
    edited = entry.read_text(encoding="utf-8") + "NoDisplay=true\n"
    entry.write_text(edited, encoding="utf-8")
    result = uninstall(installed)
    assert result.returncode == 0, result.stderr
    assert entry.read_text(encoding="utf-8") == edited
    assert f"kept {entry}: it was changed" in result.stderr
    assert "removed 9 files, kept 1" in result.stdout
    assert sorted(p.relative_to(installed).as_posix() for p in installed.rglob("*")) == [
        "applications",
        "applications/zoneview.desktop",
    ]


def test_nothing_is_removed_without_a_record(tmp_path) -> None:
    """Another install's files of the same names, and no record of ours: all stay."""
    prefix = tmp_path / "share"
    theirs = [prefix / "applications" / "zoneview.desktop", prefix / "icons/hicolor/48x48/apps/zoneview.png"]
    for path in theirs:
        path.parent.mkdir(parents=True)
        path.write_bytes(b"someone else's")
    result = uninstall(prefix)
    assert result.returncode == 0, result.stderr
    assert "nothing to remove" in result.stdout
    assert all(path.read_bytes() == b"someone else's" for path in theirs)


def test_a_record_naming_a_file_outside_the_prefix_is_refused_whole(installed, tmp_path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    records = json.loads(manifest().read_text(encoding="utf-8"))
    (entry,) = records.values()
    if isinstance(entry["files"], list):  # how 0.1.0 recorded files
        entry["files"].append(str(victim))
    else:  # with the victim's true checksum, so that the check of contents cannot save it
        entry["files"][str(victim)] = hashlib.sha256(victim.read_bytes()).hexdigest()
    manifest().write_text(json.dumps(records), encoding="utf-8")
    assert_user_error(uninstall(installed), "outside")
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert (installed / "applications" / "zoneview.desktop").exists()  # nothing at all was removed


@pytest.mark.parametrize(
    "record",
    [[], "text", 7, {"PREFIX": "text"}, {"PREFIX": {"files": 5}}, {"PREFIX": {"files": {"a": 1}}}],
    ids=["list", "string", "number", "entry string", "files number", "digest number"],
)
def test_a_record_of_the_wrong_json_type_is_a_clear_error(installed, record) -> None:
    text = json.dumps(record).replace("PREFIX", str(installed.resolve()).replace("\\", "\\\\"))
    manifest().write_text(text, encoding="utf-8")
    assert_user_error(uninstall(installed), "install record")
    assert (installed / "applications" / "zoneview.desktop").exists()


def test_uninstall_still_removes_exactly_an_untouched_install(installed) -> None:
    result = uninstall(installed)
    assert result.returncode == 0 and result.stdout.strip() == "removed 10 files"
    assert not installed.exists()
    assert not manifest().exists()


def test_a_desktop_file_it_did_not_write_is_never_overwritten(tmp_path) -> None:
    prefix = tmp_path / "share"
    mine = prefix / "applications" / "zoneview.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nName=the user's own\n", encoding="utf-8")
    assert_user_error(run_zoneview("install-desktop", "--prefix", prefix), "was not written by zoneview")
    assert mine.read_text(encoding="utf-8") == "[Desktop Entry]\nName=the user's own\n"
    removed = run_zoneview("install-desktop", "--prefix", prefix, "--uninstall")
    assert removed.returncode == 0 and "nothing to remove" in removed.stdout + removed.stderr
    assert mine.exists()  # --uninstall removes only what the record says it wrote


def test_a_symlinked_applications_folder_out_of_the_prefix_is_refused(tmp_path) -> None:
    prefix, elsewhere = tmp_path / "share", tmp_path / "elsewhere"
    prefix.mkdir()
    elsewhere.mkdir()
    (prefix / "applications").symlink_to(elsewhere, target_is_directory=True)
    assert_user_error(run_zoneview("install-desktop", "--prefix", prefix), "leads outside")
    assert list(elsewhere.iterdir()) == []
    assert not (prefix / "icons").exists()  # nothing written at all
