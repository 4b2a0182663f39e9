"""Very large reports: the build holds one node at a time, the tree reads only what it shows, and a
node of 20,000 paragraphs opens on a first page with the way to the rest. Real parts throughout:
reports made by tests/synthetic.py, built by the real builder, shown in real widgets."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
from cli_helpers import run_zoneview
from conftest import ROOT
from PySide6.QtCore import QModelIndex, QUrl
from synthetic import heavy_report, report_of_size, scaled_report, wide_report

from zoneview import paths
from zoneview.ingest import parse_text, read_text
from zoneview.ingest.model import ReportStream, node_facts
from zoneview.store import reading, write_stream
from zoneview.store.build import COLUMNS
from zoneview.store.chartdata import MANY
from zoneview.store.schema import TABLES
from zoneview.ui.page import PAGE_CHARS, ROWS
from zoneview.ui.roles import MORE_PLACES, TARGET

CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
# The long node's paragraphs, each with a figure: pages and pages of text, thousands of figures, tables
# far past their cut. benchmarks/bench_scale.py times a node five times this size.
PARAGRAPHS = 20_000


def build(folder: Path, name: str, text: str) -> Path:
    db = folder / f"{name}.db"
    write_stream(read_text(text, f"{name}.txt"), db)
    return db


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("scale")
    seed = paths.bundled_report().read_text(encoding="utf-8")
    return {
        "parts": build(folder, "parts", scaled_report(seed, 100, vary=1)),  # 500 parts, 1,300 nodes
        "wide": build(folder, "wide", wide_report(2_500)),
        "heavy": build(folder, "heavy", heavy_report(PARAGRAPHS, 1_000)),
    }


# -- building ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [*CORPUS, paths.bundled_report()], ids=lambda p: p.stem)
def test_reading_node_by_node_gives_what_parsing_at_once_gives(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    whole = parse_text(text, path.name)
    stream = read_text(text, path.name)
    assert asdict(stream.report)["nodes"] == []  # nothing of the nodes is parsed before they are asked for
    assert asdict(stream.collect()) == asdict(whole)
    # and a whole report taken apart into nodes goes back together the same
    again = ReportStream(parse_text(text, path.name), node_facts(whole))
    again.report.nodes, again.report.indicators, again.report.mentions = [], [], []
    again.report.corrections, again.report.marks, again.report.stated = [], [], []
    assert asdict(again.collect()) == asdict(whole)


def test_the_builder_writes_every_column_of_the_schema() -> None:
    assert {t: set(c) for t, c in COLUMNS.items()} == {t: set(s["columns"]) for t, s in TABLES.items()}


PEAK = """
import atexit, runpy, sys
def peak():  # this process's own peak: Linux starts VmHWM afresh at exec, unlike ru_maxrss
    status = open("/proc/self/status").read()
    print(int(status.split("VmHWM:")[1].split()[0]) * 1024, file=sys.stderr)
atexit.register(peak)
sys.argv = ["zoneview", "build", *sys.argv[1:]]
runpy.run_module("zoneview", run_name="__main__")
"""


def peak_build_memory(source: Path, db: Path) -> int:
    """Peak resident bytes of `zoneview build` in a child process of its own."""
    result = subprocess.run(
        [sys.executable, "-c", PEAK, str(source), "-o", str(db)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return int(result.stderr.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak from /proc")
def test_building_a_larger_report_takes_little_more_memory(tmp_path: Path) -> None:
    """Four times the text costs a little more memory for the text itself, not for its figures: the
    whole-report build grew by 18 bytes for every byte of a report, this one by about 2."""
    seed = paths.bundled_report().read_text(encoding="utf-8")
    sizes = {}
    for megabytes in (1, 4):
        source = tmp_path / f"{megabytes}.txt"
        source.write_text(report_of_size(seed, megabytes * 1_000_000, vary=megabytes), encoding="utf-8")
        sizes[source.stat().st_size] = peak_build_memory(source, tmp_path / f"{megabytes}.db")
    (small, small_peak), (large, large_peak) = sorted(sizes.items())
    assert (large_peak - small_peak) / (large - small) < 8


@pytest.mark.slow
def test_a_node_of_a_million_characters_is_stored_as_it_is_and_searched_wherever_its_words_fall(
    tmp_path: Path,
) -> None:
    """Text past a megabyte goes to SQLite as UTF-8 and is cast back to text, and a long node's
    two-character index is made a piece at a time: what is stored and found is what it was before."""
    from zoneview.store.build import LEAN_CHARS
    from zoneview.store.search import GRAM_PIECE, grams

    terms = [chr(0x7532 + 2 * k) + chr(0x7533 + 2 * k) for k in range(40)]  # 甲由, …: in no sentence
    sentence = "改革开放持续深化营商环境不断优化"  # letters only: the pieces are cut only between sentences
    lines = []
    for k in range(3_300):
        words = sentence * 20
        at = (k * 7) % len(words)
        lines.append(words[:at] + terms[k % len(terms)] + words[at:] + "。")
    text = "\n".join(lines)
    assert len(text) > LEAN_CHARS and len(text) > 10 * GRAM_PIECE
    db = build(tmp_path, "long", text)
    with reading(db) as store:
        node = max(store.nodes(), key=lambda n: len(n.text))
        assert len(node.text) > LEAN_CHARS
        kinds = store.library.rows(
            "SELECT typeof(text), typeof(original) FROM main.nodes WHERE id = ?", node.id
        )
        assert [tuple(r) for r in kinds] == [("text", "text")]
        assert store.library.rows("SELECT text FROM main.sources")[0][0] == text
        for term in terms:
            assert [hit.node_id for hit in store.search(term)] == [node.id], term
    assert grams(node.text) == " ".join(grams(line) for line in node.text.split("。") if grams(line))


def test_a_report_of_many_volumes_keeps_its_numbering() -> None:
    seed = paths.bundled_report().read_text(encoding="utf-8")
    text = report_of_size(seed, 13_000_000)
    volumes = [line for line in text.split("\n") if line.endswith("卷")]
    assert volumes == ["一、第1卷", "二、第2卷"]
    assert "\n9995." in text and "\n9996." not in text  # a numbering never runs past 9,999


# -- the store reads the outline a screenful at a time ---------------------------------------------


@pytest.mark.slow
def test_the_outline_is_read_a_screenful_at_a_time(dbs) -> None:
    with reading(dbs["wide"]) as store:
        assert store.top_level_count() == 2_501
        page = store.outline(None, offset=1_000, limit=3)
        assert [e.id for e in page] == ["1000", "1001", "1002"]
        assert all(e.children == 0 and e.kind == "part" for e in page)
        assert store.position("2500") == 2_500  # the preamble comes first
        assert store.ancestry("2500") == ["2500"]
    with reading(dbs["parts"]) as store:
        assert store.ancestry("6.2") == ["6", "6.2"]
        assert store.outline_entry("6").children == 3
        assert [e.id for e in store.outline("6")] == ["6.1", "6.2", "6.3"]
        assert store.position("6.3") == 2


# -- the tree ----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_tree_reads_no_row_of_a_collapsed_part(make_window, dbs) -> None:
    window = make_window(db=dbs["parts"], restore=False)
    tree, model = window.tree.tree, window.tree.model
    root = QModelIndex()
    shown = model.rowCount(root)
    assert model.BATCH <= shown < 502 and model.canFetchMore(root)  # a screenful and then some
    part = window.tree.index_of("6")
    assert model.hasChildren(part) and model.rowCount(part) == 0 and model.canFetchMore(part)
    assert "6.1" not in model.by_id and "7.1" not in model.by_id
    tree.expand(part)
    assert model.rowCount(part) == 3 and not model.canFetchMore(part)
    assert "6.1" in model.by_id and "7.1" not in model.by_id
    model.fetchMore(root)  # what the view does when scrolled to the end of what it has
    assert model.rowCount(root) == min(shown + model.BATCH, 502)


@pytest.mark.slow
def test_going_to_a_far_node_reads_only_its_group(make_window, dbs) -> None:
    window = make_window(db=dbs["wide"], restore=False)
    model = window.tree.model
    assert model.rowCount() == 3  # 2,501 parts in groups of 1,000
    assert model.index(2, 0).data() == "第 2,001–2,501 项，共 2,501 项"
    window.navigate("node:2499")
    assert window.tree.current_id() == "2499"
    read = [row.entry.id for row in model.loaded() if row.entry]
    assert len(read) < model.GROUP and "5" not in read
    assert "第2499项重点工作" in window.detail.browser.toPlainText()


@pytest.mark.slow
def test_a_group_row_goes_nowhere(make_window, dbs, qtbot) -> None:
    window = make_window(db=dbs["wide"], restore=False)
    window.navigate("node:7")
    group = window.tree.model.index(1, 0)
    with qtbot.assertNotEmitted(window.tree.activated):
        window.tree.tree.setCurrentIndex(group)
    assert window.current_node_id() == "7"


def test_a_small_report_still_opens_fully_expanded(make_window) -> None:
    window = make_window()
    model = window.tree.model
    assert not any(model.canFetchMore(model.createIndex(r.row, 0, r)) for r in model.loaded())
    assert window.tree.tree.isExpanded(window.tree.index_of("1"))


# -- the detail pane ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_node_of_20000_paragraphs_opens_on_its_first_page(make_window, dbs) -> None:
    window = make_window(db=dbs["heavy"], restore=False)
    window.navigate("node:summary")
    page = window.current_page
    assert page.page == 1 and page.pages > 10
    text = window.detail.browser.toPlainText()
    assert f"第 1 页，共 {page.pages} 页" in text
    assert "第1项指标完成" in text and f"第{PARAGRAPHS - 1}项指标" not in text
    body = text.split("2020年主要指标", 1)[1]
    assert len(body) < 3 * PAGE_CHARS
    assert "node:summary?page=2" in window.detail.browser.toHtml()
    assert len(page.tooltips) <= PAGE_CHARS // 8  # links for what the page shows, not for 20,000 figures


@pytest.mark.slow
def test_the_rest_of_a_long_node_is_a_page_away(make_window, dbs) -> None:
    window = make_window(db=dbs["heavy"], restore=False)
    window.navigate("node:summary")
    window.detail.browser.anchorClicked.emit(QUrl("node:summary?page=2"))
    assert window.current_page.page == 2
    second = window.detail.browser.toPlainText()
    assert "第1项指标完成" not in second
    window.navigate(f"node:summary?page={PARAGRAPHS}")  # past the end: the last page
    last = window.current_page
    assert last.page == last.pages
    assert f"第{PARAGRAPHS - 1}项指标完成" in window.detail.browser.toPlainText()
    window.back()
    assert window.current_page.page == 2


@pytest.mark.slow
def test_a_search_hit_or_a_figure_deep_in_a_node_opens_its_page(make_window, dbs) -> None:
    window = make_window(db=dbs["heavy"], restore=False)
    window.navigate(f"node:summary?hl=第{PARAGRAPHS // 2}项指标")
    assert 1 < window.current_page.page < window.current_page.pages
    assert f"第{PARAGRAPHS // 2}项指标完成" in window.detail.browser.toPlainText()
    with reading(dbs["heavy"]) as store:
        figure = next(i for i in store.indicators("summary") if i.name == f"第{PARAGRAPHS * 7 // 10}项指标")
    window.navigate(f"figure:{figure.id}")
    assert window.current_node_id() == "summary"
    assert figure.quote in window.detail.browser.toPlainText()
    assert f"figure:{figure.id}" in window.detail.browser.tooltips


@pytest.mark.slow
def test_tables_of_a_node_with_many_figures_are_cut_to_a_page(make_window, dbs) -> None:
    window = make_window(db=dbs["heavy"], restore=False)
    window.navigate("node:summary")
    html = window.detail.browser.toHtml()
    assert html.count("<tr") <= ROWS + 2
    assert f"共 {PARAGRAPHS} 项指标；此表列出本页的指标" in window.detail.browser.toPlainText()


@pytest.mark.slow
def test_a_chart_of_10000_figures_draws_a_screenful(make_window, dbs) -> None:
    window = make_window(db=dbs["heavy"], restore=False)
    window.load_charts()
    window.navigate("node:1")
    charts = window.chart.charts()
    assert charts and all(0 < len(chart.bars) <= MANY for chart in charts)  # the largest, and a toggle


@pytest.mark.slow
def test_the_chart_command_writes_every_figure(tmp_path: Path, dbs) -> None:
    out = tmp_path / "all.csv"
    result = run_zoneview("chart", "1", "--db", dbs["heavy"], "--csv", out)
    assert result.returncode == 0, result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1 + 1_000


# -- the indexes -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_an_index_lists_an_entitys_places_when_opened_a_page_at_a_time(make_window, dbs) -> None:
    window = make_window(db=dbs["parts"], restore=False)
    index = window.organisations
    assert index.topLevelItemCount() == 0  # nothing read until its tab is shown
    window.focus_tab("organisations")
    parks = index.topLevelItem(0)
    busiest = max(
        (parks.child(i) for i in range(parks.childCount())), key=lambda i: int(i.text(0)[:-1].split("(")[-1])
    )
    assert busiest.childCount() == 0
    busiest.setExpanded(True)
    assert busiest.childCount() == index.PLACES + 1
    more = busiest.child(index.PLACES)
    assert more.data(0, MORE_PLACES) is not None and "更多出处" in more.text(0)
    index.itemClicked.emit(more, 0)
    assert busiest.childCount() > index.PLACES + 1
    window.navigate(busiest.data(0, TARGET))
    page = window.current_page
    assert page.pages > 1 and window.detail.browser.toPlainText().count("…") <= 2 * ROWS + 2
