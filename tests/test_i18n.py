"""Every interface string goes through Qt's translation system and has a Chinese translation."""

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT

TS = ROOT / "resources" / "i18n" / "zoneview_zh_CN.ts"
QM = ROOT / "resources" / "i18n" / "zoneview_zh_CN.qm"
UI_SOURCES = sorted(str(p) for p in (ROOT / "zoneview" / "ui").glob("*.py"))


def messages(path) -> set[tuple[str, str]]:
    tree = ET.parse(path)
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_every_message_is_translated() -> None:
    tree = ET.parse(TS)
    unfinished = [m.findtext("source") for m in tree.iter("message") if m.find("translation").get("type")]
    assert unfinished == []
    assert all(context.findtext("name") for context in tree.iter("context"))


def test_the_ts_file_holds_every_string_in_the_code(tmp_path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not on PATH")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *UI_SOURCES, "-ts", str(fresh)], check=True, capture_output=True)
    assert messages(fresh) == messages(TS)


def test_the_compiled_translations_match_the_sources(tmp_path) -> None:
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not on PATH")
    out = tmp_path / "zh.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes()


def test_templates_are_filled_in_one_pass() -> None:
    from zoneview.ui.text import fill

    assert fill("%1 of %2", 3, 7) == "3 of 7"
    assert fill("“%1” at %2", "增长%2", 5) == "“增长%2” at 5"  # a value holding %2 stays as it is
    assert fill("%1 and %3", "a") == "a and %3"
