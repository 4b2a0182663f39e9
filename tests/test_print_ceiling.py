"""A printout in proportion to what anyone reads: a section of thousands of figures or of a million
characters prints its text, charts and tables up to a stated ceiling and says on the page what it left
out, and a printout taller than Qt can lay out says where it stops instead of ending early in silence.
(How fast, and in how much memory, is for benchmarks/bench_print.py to say.)"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_helpers import many_figures, run_zoneview
from PySide6.QtGui import QPdfWriter

from zoneview.store import reading
from zoneview.ui.printing import PRINT_MAX_FIGURES

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (CI installs it)")
FIGURES = PRINT_MAX_FIGURES + 500


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return many_figures(tmp_path_factory.mktemp("many"), FIGURES)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@needs_poppler
def test_a_section_of_more_figures_than_a_printout_draws_says_what_it_leaves_out(many, tmp_path) -> None:
    out = tmp_path / "many.pdf"
    result = run_zoneview("print", "--node", "1", "--db", many, "--pdf", out)
    assert result.returncode == 0, result.stderr
    flat = squeeze(pdf_text(out))
    assert f"本节共有{FIGURES:,}项指标；图表只画出其中{PRINT_MAX_FIGURES:,}项" in flat
    assert f"共{FIGURES:,}项指标；此表列出前{PRINT_MAX_FIGURES:,}项" in flat
    assert f"企业{FIGURES - 1}增加" in flat  # the text is printed whole
    # what follows the charts and the table is on a page too: the source, to its last line
    assert "原文出处" in flat and flat.count(f"企业{FIGURES - 1}增加") == 2


def test_a_section_longer_than_a_printout_holds_stops_at_a_line_break_and_says_so(qapp_prepared, many):
    from zoneview.ui.page import PageRenderer

    with reading(many) as store:
        node = store.node("1")
        assert node is not None
        page = PageRenderer(store, paper=True).node_page("1", chars=10_000)
    printed = re.sub(r"<[^>]+>", "", page.html)
    assert f"本节正文共 {len(node.text):,} 字，打印件只收前" in printed
    held = int(re.search(r"打印件只收前 ([\d,]+) 字", printed).group(1).replace(",", ""))
    assert 5_000 <= held <= 10_000 and node.text[held - 1] == "\n"  # cut after a line break
    assert node.text[held - 20 : held - 1] in printed and node.text[held : held + 20] not in printed


def test_a_printed_body_comes_in_paragraphs_at_its_line_breaks(qapp_prepared, many) -> None:
    """Qt draws each page of a paragraph by going over all of it: one paragraph of a million characters
    took minutes to print. On paper a long body is cut, at its own line breaks, into paragraphs of a
    few thousand characters, and loses none of them."""
    from zoneview.ui.page import PAPER_CUT_CHARS
    from zoneview.ui.printing import Printer

    with reading(many) as store:
        printer = Printer(store)
        doc, _ = printer.document(printer.build("1"), QPdfWriter(str(Path("/dev/null"))))
        text = store.node("1").text
    lengths = []
    block = doc.begin()
    while block.isValid():
        lengths.append(len(block.text()))
        block = block.next()
    assert len(text) > 3 * PAPER_CUT_CHARS and max(lengths) <= PAPER_CUT_CHARS
    assert squeeze(text) in squeeze(doc.toPlainText())


@needs_poppler
def test_a_printout_taller_than_qt_lays_out_says_where_it_stops(qapp_prepared, many, tmp_path) -> None:
    """Qt lays a document out no taller than 2**23 device pixels and drops the rest: at 1200 dpi past
    about 718 pages, here (at 40,000 dpi) past about 20."""
    from zoneview.ui.printing import Printer, page_layout

    out = tmp_path / "fine.pdf"
    with reading(many) as store:
        printer = Printer(store)
        job = printer.build("1")
        writer = QPdfWriter(str(out))
        writer.setResolution(40_000)
        writer.setPageLayout(page_layout())
        pages = printer.paint(job, writer)
        del writer  # the PDF is finished when its writer goes
    assert 10 <= pages <= 30
    said = f"打印件止于第 {pages} 页：一次排不下更多页。请逐部分打印。"
    assert job.notes == [said]
    last = subprocess.run(
        ["pdftotext", "-f", str(pages), "-l", str(pages), str(out), "-"], capture_output=True, text=True
    ).stdout
    assert squeeze(said) in squeeze(last)


def test_a_printout_qt_lays_out_whole_has_nothing_to_say(qapp_prepared, many) -> None:
    from zoneview.ui.printing import PDF_DPI, Printer, page_layout

    with reading(many) as store:
        printer = Printer(store)
        job = printer.build("1")
        writer = QPdfWriter(str(Path("/dev/null")))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout())
        printer.document(job, writer)
    assert job.notes == [] and job.stopped == ""
