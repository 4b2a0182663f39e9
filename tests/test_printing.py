"""Printing: PDFs read back with pdftotext and pdfimages, the preview dialog, the print command."""

import re
import shutil
import subprocess

import pytest
from cli_helpers import assert_user_error, run_zoneview
from conftest import BUNDLED_DB
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QTextTable
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from zoneview.store import reading
from zoneview.store.chartdata import node_charts

with reading(BUNDLED_DB) as _bundled:
    NODE_IDS = [n.id for n in _bundled.nodes()]
KANGXI = re.compile("[\u2e80-\u2fdf]")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (CI installs it)")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def word_heights(path) -> list[tuple[float, str]]:
    """(height in points, text) of every word pdftotext finds: a word's box is its font's size times the
    font's line height, so within one font the heights order the sizes."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True)
    words = re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', out.stdout)
    return [(float(m.group(2)) - float(m.group(1)), m.group(3)) for m in words]


def assert_no_text_under_8_points(path, footer_word: str) -> None:
    """The page footer is set in 8 pt: no word on any page, chart text included, is smaller."""
    heights = word_heights(path)
    eight = min(h for h, word in heights if word == footer_word)
    small = [(round(h, 2), word) for h, word in heights if h < eight - 0.05]
    assert small == []


def images(path) -> list[tuple[int, int]]:
    """(x-ppi, y-ppi) of each image in the PDF."""
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    return [(int(r[12]), int(r[13])) for r in rows]


@pytest.fixture(scope="module")
def node_pdfs(tmp_path_factory):
    """Every node printed once through the real command line."""
    folder = tmp_path_factory.mktemp("pdf")
    for node_id in NODE_IDS:
        result = run_zoneview("print", "--node", node_id, "--pdf", folder / f"{node_id}.pdf")
        assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf") / "all.pdf"
    result = run_zoneview("print", "--all", "--pdf", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.slow
@needs_poppler
@pytest.mark.parametrize("node_id", NODE_IDS)
def test_each_node_pdf_holds_its_text_figures_and_chart(node_pdfs, store, node_id, qapp_prepared) -> None:
    from zoneview.ui.chartwords import ChartWords

    path = node_pdfs / f"{node_id}.pdf"
    text = pdf_text(path)
    flat = squeeze(text)
    node = store.node(node_id)
    assert squeeze(node.title) in flat
    assert squeeze(node.text) in flat
    for ind in store.indicators(node_id):
        assert squeeze(ind.display_value) in flat
    assert not KANGXI.search(text)
    assert "第 1 页，共" in text
    assert "重庆国家自主创新示范区建设进展情况" in text.splitlines()[0]
    assert 1 <= page_count(path) <= 3
    assert images(path) == []  # charts are drawn, as vector graphics and text, not pictures
    for chart in node_charts(store, node_id):
        assert ChartWords().title(chart) in text  # a chart's title, or a stat card's measure
        for bar in chart.bars:
            assert squeeze(bar.name)[:6] in flat


@needs_poppler
def test_the_booklet_has_cover_contents_parts_and_appendices(report_pdf, store) -> None:
    text = pdf_text(report_pdf)
    flat = squeeze(text)
    for node in store.nodes():
        assert squeeze(node.text) in flat, node.id
        assert squeeze(node.title) in flat
    for ind in store.indicators():
        assert squeeze(ind.label) in flat and squeeze(ind.display_value) in flat
    assert "目录" in text and "附录：全部指标" in text and "附录：更正" in text
    assert "c5c5add0cd59c7ee4a71787a607784946c7c3a0cdb15ee8ba38cbf8cd98772f6" in flat
    assert "“一是加大国家级创新基地建设”" in text and "“一是加大国 家级创新基地建设”" in text
    assert not KANGXI.search(text)
    pages = page_count(report_pdf)
    assert 6 <= pages <= 30
    assert f"第 {pages} 页，共 {pages} 页" in text
    assert images(report_pdf) == []
    for title in ("金额（亿元）", "数量（家）", "占比（%）", "数量（个）", "累计：金额（亿元）"):
        assert title in text


@pytest.mark.slow
@needs_poppler
def test_printed_charts_have_no_text_under_8_points(report_pdf, node_pdfs) -> None:
    assert_no_text_under_8_points(report_pdf, "页，共")
    assert_no_text_under_8_points(node_pdfs / "summary.pdf", "页，共")


@pytest.mark.slow
@needs_poppler
def test_the_largest_corpus_booklet_is_vector_small_and_readable(corpus_dbs, tmp_path) -> None:
    """The 2026 Guangdong report (339 figures): its charts are drawn, not pictures, at 8 pt or more, and
    the PDF stays small (how fast it prints is for benchmarks/bench_print.py to say)."""
    from conftest import LARGEST

    out = tmp_path / "largest.pdf"
    result = run_zoneview("print", "--all", "--db", corpus_dbs[LARGEST.stem], "--pdf", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert images(out) == [] and out.stat().st_size < 3_000_000
    assert_no_text_under_8_points(out, "页，共")
    text = pdf_text(out)
    assert "增速（%）" in text and "人均或平均：金额（万元）" in text and "目标（%）" in text
    # each section once in the contents and once as a heading, however deep it sits
    assert squeeze(text).count("（一）久久为功推动粤港澳大湾区建设") == 2


@needs_poppler
def test_the_contents_page_numbers_are_where_the_headings_are(report_pdf) -> None:
    pages = [pdf_text_page(report_pdf, n) for n in range(1, page_count(report_pdf) + 1)]
    contents = pages[1]
    match = re.search(r"2020年主要指标\s+(\d+)", contents)
    assert match, contents
    assert "2020年主要指标" in pages[int(match.group(1)) - 1]


def pdf_text_page(path, page: int) -> str:
    args = ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def test_tables_repeat_their_header_on_each_page(qapp_prepared, store) -> None:
    from zoneview.ui.printing import Printer, make_printer

    printer_ = Printer(store)
    doc, _ = printer_.document(printer_.build(None), make_printer())
    tables = [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    bordered = [t for t in tables if t.format().border() > 0]
    assert len(bordered) == 2
    assert all(t.format().headerRowCount() == 1 for t in bordered)


def test_the_preview_dialog_renders_pages_off_screen(make_window, qtbot) -> None:
    from zoneview.ui import printing

    window = make_window()
    window.navigate("node:summary")
    dialog = printing.preview_dialog(window, window._shown(), window.settings)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=10000)
    dialog.reject()


def test_the_page_setup_is_remembered(qapp_prepared, tmp_path) -> None:
    from zoneview.ui.printing import make_printer, remember_page_setup

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = make_printer(settings)
    assert first.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    first.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A5),
            QPageLayout.Orientation.Landscape,
            first.pageLayout().margins(),
        )
    )
    remember_page_setup(first, settings)
    again = make_printer(settings)
    assert again.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    assert again.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert isinstance(again, QPrinter)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["print", "--pdf", "x.pdf"], "either --node ID or --all"),
        (["print", "--all", "--node", "1", "--pdf", "x.pdf"], "either --node ID or --all"),
        (["print", "--node", "9.9", "--pdf", "x.pdf"], "no node '9.9'"),
        (["print", "--all", "--pdf", "/no/such/folder/x.pdf"], "does not exist"),
    ],
)
def test_print_command_errors(tmp_path, args, message) -> None:
    result = run_zoneview(*args, cwd=tmp_path)
    assert_user_error(result, message)
    assert list(tmp_path.iterdir()) == []


def test_print_command_refuses_a_bad_database(tmp_path) -> None:
    db = tmp_path / "bad.db"
    db.write_bytes(b"not a database at all")
    assert_user_error(run_zoneview("print", "--all", "--pdf", tmp_path / "x.pdf", "--db", db), "not a SQLite")
    assert not (tmp_path / "x.pdf").exists()


def test_printing_an_index_page_prints_that_page(make_window, qtbot) -> None:
    from zoneview.ui import printing

    window = make_window()
    entity = next(e for e in window.document.entities(("policy",)))
    window.navigate(f"entity:{entity.id}")
    _, job = printing._job(window._shown())
    assert entity.name in job.html and "共提及" in job.html
    assert job.header_right == entity.display_name


def test_a_failed_chart_export_is_reported_not_raised(make_window, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = make_window()
    qtbot.waitUntil(lambda: window.chart is not None)
    seen = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    QTimer.singleShot(200, close_box)
    window.chart._save("Save", str(tmp_path / "missing" / "c.csv"), window.chart.export_csv)
    assert seen and "does not exist" in seen[0]


@needs_poppler
def test_printing_from_a_dark_window_is_black_on_white(qapp_prepared, store, tmp_path) -> None:
    from PySide6.QtGui import QImage, QPalette

    from zoneview.ui.app import apply_dark_palette
    from zoneview.ui.printing import Printer, write_pdf

    saved, style = QPalette(qapp_prepared.palette()), qapp_prepared.style().name()
    apply_dark_palette(qapp_prepared)
    try:
        job = Printer(store).build("summary")
        assert "color:#000000" in job.html.replace(" ", "")
        out = tmp_path / "dark.pdf"
        write_pdf(store, out, "summary")
    finally:
        qapp_prepared.setStyle(style)
        qapp_prepared.setPalette(saved)
    subprocess.run(
        ["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", str(out), str(tmp_path / "p")], check=True
    )
    page = QImage(str(next(tmp_path.glob("p*.png"))))
    light = sum(
        page.pixelColor(x, y).lightness() > 200 for x in range(page.width()) for y in range(page.height())
    )
    assert light > 0.8 * page.width() * page.height()  # a white page with its charts, not a dark one


@pytest.mark.slow
@needs_poppler
def test_a_chart_taller_than_a_page_is_printed_in_parts_each_titled(tmp_path) -> None:
    """900 bars on one axis: printed over pages, between bars, each part with the chart's title, its
    number and its own axis, nothing under 8 pt, and nothing to warn about."""
    body = "，".join(f"第{i}园区新增企业{i + 1}家" for i in range(900))
    source = tmp_path / "tall.txt"
    source.write_text(f"概述。\n1.测试部分。一是测试举措。{body}。二是收尾。\n", encoding="utf-8")
    db = tmp_path / "tall.db"
    assert run_zoneview("build", source, "-o", db).returncode == 0
    out = tmp_path / "tall.pdf"
    result = run_zoneview("print", "--node", "1.1", "--db", db, "--pdf", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = pdf_text(out)
    parts = re.findall(r"数量（家）（第 (\d+) 部分，共 (\d+) 部分）", text)
    total = int(parts[0][1])
    assert total >= 15 and [int(p) for p, _ in parts] == list(range(1, total + 1))
    assert page_count(out) >= total
    assert images(out) == []
    assert_no_text_under_8_points(out, "页，共")
    flat = squeeze(text)
    assert "第0园区新增企业" in flat and "第899园区新增企业" in flat


# -- the booklet reads as a book (issue 13) ------------------------------------------------------


@pytest.mark.slow
@needs_poppler
def test_no_page_names_the_internal_file_but_each_says_where_it_is(report_pdf, node_pdfs, store) -> None:
    source_file = store.record().source_file
    assert source_file not in pdf_text(report_pdf)
    text = pdf_text(node_pdfs / "3.1.pdf")
    assert source_file not in text
    assert "3. 高端创新资源集聚，创新能级持续提升 第 1 段" in text  # the footer: part and paragraph


@needs_poppler
def test_the_appendix_names_each_figures_section_by_its_whole_breadcrumb(
    report_pdf, store, qapp_prepared
) -> None:
    from zoneview.ui.page import PageRenderer

    renderer = PageRenderer(store)
    flat = squeeze(pdf_text(report_pdf))
    for ind in store.indicators():
        trail = " › ".join(renderer.heading(n) for n in store.breadcrumb(ind.node_id))
        assert squeeze(trail + ind.label) in flat, trail


@needs_poppler
def test_the_running_head_names_the_part_not_the_title_again(report_pdf, store) -> None:
    """The header's left names the report, its right which part the page is in (as the contents
    number them), not the report again."""
    title = store.record().title
    tops = [n for n in store.nodes() if n.parent_id is None]
    parts = [f"第 {k} 部分，共 {len(tops)} 部分" for k in range(1, len(tops) + 1)]
    heads = []
    for number in range(3, page_count(report_pdf) + 1):  # after the cover and the contents
        lines = [line for line in pdf_text_page(report_pdf, number).splitlines() if line.strip()]
        assert lines[0] == title and lines[1] != title, number
        heads.append(lines[1])
    assert set(parts) <= set(heads)


@needs_poppler
def test_the_booklet_marks_figures_and_names_as_the_single_section_print_does(
    report_pdf, tmp_path, store
) -> None:
    from zoneview.ui.page import KIND_COLOURS
    from zoneview.ui.printing import Printer

    job = Printer(store).build(None)
    for kind in {m.kind for m in store.mentions()}:
        assert KIND_COLOURS[kind] in job.html, kind
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(report_pdf), str(tmp_path / "p")], check=True)
    figure_background = QColor("#fff1b8")
    lit = 0
    for png in tmp_path.glob("p*.png"):
        page = QImage(str(png))
        lit += sum(
            page.pixelColor(x, y) == figure_background
            for x in range(page.width())
            for y in range(page.height())
        )
    assert lit > 0


@pytest.mark.parametrize("node_id", ["summary", "1.1", "2.2", "4.2"])
def test_a_printed_node_lays_out_the_windows_page_with_its_charts_where_the_page_keeps_them(
    qapp_prepared, store, node_id
) -> None:
    from zoneview.ui.page import PageRenderer
    from zoneview.ui.pagemodel import Charts, Table
    from zoneview.ui.printing import Printer

    page = PageRenderer(store).node_page(node_id)
    kinds = [type(part) for part in page.parts]
    assert kinds.count(Charts) == 1 and Table in kinds
    assert "<!--chart:" not in page.html  # the window draws its charts in the chart pane
    job = Printer(store).node_job(node_id)
    body = job.html.index("class='body'")
    tables = job.html.index("<table")
    places = [m.start() for m in re.finditer("<!--chart:", job.html)]
    assert len(places) == sum(not c.is_card for c in node_charts(store, node_id))
    assert all(body < place < tables for place in places)  # after the text, before its tables
    # the window's figure table and the printed one are the same table
    figures = next(p for p in page.parts if isinstance(p, Table))  # figures come before corrections
    for row in figures.rows:
        assert all(cell.text.replace("&", "&amp;") in job.html for cell in row)


def test_the_booklets_appendix_tables_are_the_pages_tables_with_their_sections(qapp_prepared, store) -> None:
    from zoneview.ui.page import PageRenderer

    renderer = PageRenderer(store, paper=True)
    figures = renderer.figure_table(store.indicators(), {n.id: f"[{n.id}]" for n in store.nodes()})
    assert figures.head[0] == renderer.tr("Section") and renderer.tr("In base units") not in figures.head
    on_page = renderer.figure_table(store.indicators("1.1"))
    ours = [row for row in figures.rows if row[0].text == "[1.1]"]
    assert [(r[1].text, r[2].text) for r in ours] == [(r[0].text, r[1].text) for r in on_page.rows]
    ruled = renderer.table_html(figures, ruled=True)
    assert "border='1'" in ruled and "<a " not in ruled  # paper has no links to follow
