"""A report (or database) full of markup: everywhere it is shown, the markup is text, and nothing it names
is read. The image it names is real and bright magenta, so any place that loads it shows."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from cli_helpers import ROOT, run_zoneview
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (CI installs it)")

IMG = "<img src={src} width=300 height=300>"
PARK = "<img src=magenta.png width=300 height=300>园区"


def hostile_report(folder) -> str:
    absolute = IMG.format(src=folder / "magenta.png")
    relative = IMG.format(src="magenta.png")
    return (
        f"概述{relative}<font size=7>假标题</font>，重庆高新区<b>粗体</b>。\n"
        "1.改革<img src=magenta.png>成效。一是强化<img src=magenta.png width=300 height=300>金融支持。"
        f"重庆高新区{absolute}新增贷款<font size=7>100亿元</font>，累计扶持企业<i>50</i>家，"
        f"发放贷款{relative}6.05亿元。二是<a href='file:///etc/passwd'>链接</a>举措。企业20家。\n"
        "2021年主要指标<style>body{background:url(magenta.png)}</style>。地区生产总值2902.97亿元，占全市11.6%。\n"
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A folder with magenta.png and a database built from a report that names it, plus a park whose
    name is markup (only a tampered database has that)."""
    folder = tmp_path_factory.mktemp("hostile")
    image = QImage(300, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff00ff"))
    assert image.save(str(folder / "magenta.png"))
    source = folder / "hostile.txt"
    source.write_text(hostile_report(folder), encoding="utf-8")
    db = folder / "hostile.db"
    result = run_zoneview("build", source, "-o", db, cwd=folder)
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db)
    start = conn.execute("SELECT span_start FROM nodes WHERE id = '1'").fetchone()[0]
    conn.execute("INSERT INTO entities (id, document_id, name, kind) VALUES (900, 1, ?, 'park')", (PARK,))
    for node in ("1", "1.1"):
        conn.execute(
            "INSERT INTO mentions (document_id, entity_id, node_id, span_start, span_end) "
            "VALUES (1, 900, ?, ?, ?)",
            (node, start, start + 2),
        )
    conn.commit()
    conn.close()
    return folder, db


def magenta_pixels(image: QImage) -> int:
    """Pixels of the named image, allowing for JPEG in PDFs: strong red and blue, little green."""
    count = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = image.pixelColor(x, y)
            count += c.red() > 200 and c.blue() > 200 and c.green() < 80
    return count


def test_the_magenta_test_image_is_seen_when_it_is_drawn(hostile) -> None:
    """The detector finds the image when it is there, so a clean result means something."""
    folder, _ = hostile
    assert magenta_pixels(QImage(str(folder / "magenta.png"))) > 1000


def traced(args, cwd) -> tuple[subprocess.CompletedProcess, str]:
    """Run zoneview under strace when there is one: every file it opens or looks at is in the log."""
    log = cwd / f"strace-{len(list(cwd.glob('strace-*')))}.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    prefix = ["strace", "-f", "-qq", "-e", "trace=%file", "-o", str(log)] if shutil.which("strace") else []
    command = [*prefix, sys.executable, "-m", "zoneview", *map(str, args)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=180)
    trace = log.read_text(errors="replace") if prefix else ""
    assert not prefix or "hostile.db" in trace  # strace did see the files opened
    return result, trace


@pytest.mark.slow
@pytest.mark.parametrize("node", ["1.1", "1.2"])
def test_chart_png_shows_markup_as_text_and_reads_nothing(hostile, node) -> None:
    folder, db = hostile
    out = folder / f"chart-{node}.png"
    result, trace = traced(["chart", node, "--db", db, "--png", out], folder)
    assert result.returncode == 0, result.stderr
    assert magenta_pixels(QImage(str(out))) == 0
    assert "magenta.png" not in trace


@pytest.mark.slow
def test_the_window_shows_markup_as_text_and_reads_nothing(hostile) -> None:
    folder, db = hostile
    out = folder / "window.png"
    result, trace = traced(["--screenshot", out, "--db", db, "--select", "1.1"], folder)
    assert result.returncode == 0, result.stderr
    assert magenta_pixels(QImage(str(out))) == 0
    assert "magenta.png" not in trace


def pdf_pages(path) -> list[QImage]:
    prefix = path.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(prefix)], check=True)
    pages = sorted(path.parent.glob(f"{prefix.name}-*.png"))
    return [QImage(str(p)) for p in pages]


@pytest.mark.slow
@needs_poppler
@pytest.mark.parametrize("what", [["--node", "1.1"], ["--all"]], ids=["node", "all"])
def test_printed_pages_show_markup_as_text_and_read_nothing(hostile, what) -> None:
    folder, db = hostile
    out = folder / f"print-{what[-1]}.pdf"
    result, trace = traced(["print", *what, "--db", db, "--pdf", out], folder)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    assert "<img" in flat and "<fontsize=7>" in flat
    assert "".join(PARK.split()) in flat
    assert all(magenta_pixels(page) == 0 for page in pdf_pages(out))
    assert "magenta.png" not in trace


def test_the_detail_pane_loads_nothing_a_page_names(qapp_prepared, tmp_path) -> None:
    """Qt reads the file itself when loadResource finds nothing: the browser must answer for it."""
    from zoneview.ui.detail import DetailBrowser

    image = QImage(60, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff00ff"))
    path = tmp_path / "magenta.png"
    assert image.save(str(path))
    browser = DetailBrowser()
    browser.setHtml(f"<p>x<img src='{path}'><img src='{path.as_uri()}'></p>")
    browser.resize(300, 200)
    browser.show()
    for url in (QUrl(str(path)), QUrl(path.as_uri())):
        loaded = browser.document().resource(QTextDocument.ResourceType.ImageResource, url)
        assert isinstance(loaded, QImage) and loaded.isNull()
    assert magenta_pixels(browser.viewport().grab().toImage()) == 0
    browser.close()


def test_window_labels_and_tooltips_keep_markup_as_text(make_window, hostile, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    _, db = hostile
    window = make_window(db=db)
    window.navigate("node:1.1")
    window.load_charts()
    labels = [w for w in window.chart.findChildren(QLabel) if "强化" in w.text()]
    assert labels
    for label in labels:
        shown = label.text() if label.textFormat() == Qt.TextFormat.PlainText else _as_text(label.text())
        assert "<img src=magenta.png" in shown
    tip = window.tree.index_of("1.1").data(Qt.ItemDataRole.ToolTipRole)
    assert "<img src=magenta.png" in _as_text(tip)
    assert magenta_pixels(window.grab().toImage()) == 0


def _as_text(rich: str) -> str:
    """What rich text shows: its plain text."""
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()
