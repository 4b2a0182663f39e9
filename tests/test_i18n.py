"""Every interface string goes through Qt's translation system and has a Chinese translation."""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT
from PySide6.QtCore import QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox

TS = ROOT / "resources" / "i18n" / "zoneview_zh_CN.ts"
QM = ROOT / "resources" / "i18n" / "zoneview_zh_CN.qm"
EN_TS = ROOT / "resources" / "i18n" / "zoneview_en.ts"
EN_QM = ROOT / "resources" / "i18n" / "zoneview_en.qm"
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


@pytest.mark.parametrize("ts, qm", [(TS, QM), (EN_TS, EN_QM)], ids=["chinese", "english plurals"])
def test_the_compiled_translations_match_the_sources(tmp_path, ts, qm) -> None:
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not on PATH")
    out = tmp_path / "out.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == qm.read_bytes()


def test_templates_are_filled_in_one_pass() -> None:
    from zoneview.ui.text import fill

    assert fill("%1 of %2", 3, 7) == "3 of 7"
    assert fill("“%1” at %2", "增长%2", 5) == "“增长%2” at 5"  # a value holding %2 stays as it is
    assert fill("%1 and %3", "a") == "a and %3"


def plural_messages(path) -> set[tuple[str, str]]:
    tree = ET.parse(path)
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in tree.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def test_english_has_a_singular_and_a_plural_for_every_count() -> None:
    """Source strings say "%n figure(s)"; English needs its own file for "1 figure" and "3 figures"."""
    assert plural_messages(EN_TS) == plural_messages(TS)
    tree = ET.parse(EN_TS)
    for message in tree.iter("message"):
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert message.find("translation").get("type") is None
        assert len(forms) == 2 and "%n" in forms[1] and all("(s)" not in f for f in forms), forms


def test_counts_in_the_english_window_read_as_english(make_window) -> None:
    window = make_window()
    window.set_language("en")
    pages = []
    for node in window.document.nodes():  # a part lists its initiatives, each with its count of figures
        window.navigate(f"node:{node.id}")
        pages.append(window.detail.browser.toPlainText())
        if window.chart is not None:
            pages.append(" ".join(w.text() for w in window.chart.findChildren(QLabel)))
    text = "\n".join(pages)
    assert "(s)" not in text
    assert re.search(r"\b[2-9]\d* figures\b", text)
    window.run_search("海外人才")
    summary = window.results.summary.text()
    assert "(s)" not in summary
    assert summary.startswith(
        f"{len(window.results.hits)} result{'' if len(window.results.hits) == 1 else 's'} "
    )


def visible_english(dialog) -> list[str]:
    """Labels and buttons of a dialog that are words in Latin letters with no Chinese at all."""
    widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
    texts = [w.text() for w in widgets if w.text()]
    return [t for t in texts if re.search("[A-Za-z]{2}", t) and not re.search("[\u4e00-\u9fff]", t)]


def test_qt_dialogs_are_wholly_chinese(qapp_prepared) -> None:
    """Qt's Chinese file names some labels without their keys ("Look in:", not "&Look in:")."""
    files = QFileDialog(None, "x")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert visible_english(files) == []
    labels = [w.text() for w in files.findChildren(QLabel)]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels  # the keys kept, the Chinese way
    printer = QPrinter()
    assert visible_english(QPrintDialog(printer)) == []
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.setDetailedText("details")
    assert visible_english(box) == []
    for dialog in (files, box):
        dialog.deleteLater()


def test_a_label_without_a_key_is_left_to_qt() -> None:
    from zoneview.ui.i18n import MnemonicFallback

    fallback = MnemonicFallback(QTranslator())
    assert fallback.translate("QFileDialog", "Look in:") is None  # no key: Qt's own file answers
    assert fallback.translate("QFileDialog", "&&Nothing") is None  # a literal ampersand is no key
