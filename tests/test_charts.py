"""Charts: one comparable measure a chart, honest marks, many figures, empty states, exports and the
`chart --json` contract; on the bundled report and on every node of every corpus report."""

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from cli_helpers import ROOT, assert_user_error, run_zoneview
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QLabel
from test_outline import EXPECTED_IDS

from zoneview.store import Library, reading
from zoneview.store.chartdata import MANY, node_charts, period_key, section_links

GD = "2026年广东省政府工作报告"
# The rules, as the issue states them, read here independently of the grouping code.
PER_HEAD_WORDS = ("人均", "户均", "亩均", "地均", "平均", "均值", "每")


def per_head(ind) -> bool:
    return any(word in ind.name for word in PER_HEAD_WORDS)


def cumulative(ind) -> bool:
    return ind.qualifier == "累计" or "累计" in ind.name


# -- one chart, one comparable measure -----------------------------------------------------------


def test_no_chart_on_any_corpus_node_mixes_what_cannot_share_an_axis(corpus_dbs) -> None:
    """Every node of every corpus report: each own figure is drawn once, and no chart mixes kinds, base
    units, per-head with totals, or cumulative stocks with flows."""
    multi_bar = 0
    for report, db in corpus_dbs.items():
        with reading(db) as store:
            for node in store.nodes():
                own = {i.id: i for i in store.indicators(node.id)}
                charts = node_charts(store, node.id)
                drawn = sorted(b.indicator_id for c in charts for b in c.bars)
                assert drawn == sorted(own), (report, node.id)
                for chart in charts:
                    figures = [own[b.indicator_id] for b in chart.bars]
                    where = (report, node.id, chart.unit, [f"{f.name} {f.display_value}" for f in figures])
                    assert len({f.kind for f in figures}) == 1, where
                    assert len({f.base_unit for f in figures}) == 1, where
                    assert len({per_head(f) for f in figures}) == 1, where
                    assert len({cumulative(f) for f in figures}) == 1, where
                    assert "、" not in chart.unit, where
                    assert chart.unit.endswith(figures[0].base_unit), where
                    multi_bar += len(figures) > 1
    assert multi_bar > 100  # the rules held on many real charts, not on stat cards alone


def test_each_seed_node_draws_its_own_figures_on_one_scale_a_chart(store) -> None:
    for node_id in EXPECTED_IDS:
        own = {i.id: i for i in store.indicators(node_id)}
        charts = node_charts(store, node_id)
        assert sorted(b.indicator_id for c in charts for b in c.bars) == sorted(own)
        for chart in charts:
            for b in chart.bars:
                assert b.value == pytest.approx(own[b.indicator_id].base_value / chart.factor)
            assert [b.value for b in chart.bars] == sorted((b.value for b in chart.bars), reverse=True)


def test_node_5_no_longer_counts_centres_events_and_people_on_one_axis(store) -> None:
    charts = node_charts(store, "5")
    drawn = [c for c in charts if not c.is_card]
    assert [(c.unit, [b.display for b in c.bars]) for c in drawn] == [("个", ["53个", "5个", "3个"])]
    cards = {c.bars[0].display: c.unit for c in charts if c.is_card}
    assert cards == {"25万": "万", "100万元": "万元", "20余场": "场", "62名": "名"}


def test_node_1_1_keeps_a_quarters_lending_apart_from_the_total_lent(store) -> None:
    charts = node_charts(store, "1.1")
    assert all(c.is_card for c in charts)
    flow = next(c for c in charts if c.bars[0].display == "2100万元")
    stock = next(c for c in charts if c.bars[0].display == "6.05亿元")
    assert (flow.stock, flow.bars[0].period) == ("flow", "2021年一季度")
    assert stock.stock == "cumulative"


def test_per_head_income_is_not_drawn_beside_totals(corpus_dbs) -> None:
    with reading(corpus_dbs[GD]) as store:
        charts = node_charts(store, "1.6")
    income = next(c for c in charts for b in c.bars if b.name == "居民人均可支配收入" and b.unit == "万元")
    assert income.per_head and income.unit == "万元"
    assert all("人均" in b.name for b in income.bars)
    totals = next(c for c in charts if c.base_unit == "元" and not c.per_head and not c.is_card)
    assert totals.unit == "万亿元" and not any("人均" in b.name for b in totals.bars)


def test_magnitudes_without_a_unit_are_a_measure_of_their_own(store) -> None:
    """25万 printed without a unit is not 25 of anything countable: it is not drawn beside 个."""
    (chart,) = [c for c in node_charts(store, "5") if c.base_unit == ""]
    assert chart.unit == "万" and chart.bars[0].value == 25


def test_titles_name_the_measure_and_one_unit_in_words(qapp_prepared, store, corpus_dbs) -> None:
    from zoneview.ui.chartwords import ChartWords

    words = ChartWords()
    assert words.titles(node_charts(store, "summary")) == ["金额（亿元）", "数量（家）", "占比（%）"]
    assert words.titles(node_charts(store, "1.1")) == [
        "金额（万元）",
        "累计：数量（家次）",
        "累计：金额（亿元）",
    ]
    with reading(corpus_dbs[GD]) as gd:
        titles = {words.title(c) for n in gd.nodes() for c in node_charts(gd, n.id)}
    assert {"增速（%）", "人均或平均：金额（万元）", "目标（%）", "比率（%）"} <= titles
    one_unit = re.compile(r"^[^（）、]+（[^（）、]+）$")
    assert [t for t in titles if not one_unit.match(t)] == []


def test_a_bar_says_its_period_where_the_periods_of_a_chart_differ(qapp_prepared, corpus_dbs) -> None:
    from zoneview.ui.chartwords import ChartWords

    words = ChartWords()
    with reading(corpus_dbs[GD]) as store:
        charts = [c for n in store.nodes() for c in node_charts(store, n.id) if not c.is_card]
    mixed = [c for c in charts if c.periods_differ]
    same = [c for c in charts if not c.periods_differ]
    assert mixed and same

    def nth(bar) -> str:  # bars named alike and of one period: numbered in the text's order
        return f"（第{bar.nth}处）" if bar.nth else ""

    for chart in mixed:
        for bar in chart.bars:
            assert words.bar_label(chart, bar) == f"{bar.name}（{bar.period or '未注明时期'}）{nth(bar)}"
    for chart in same:
        assert [words.bar_label(chart, b) for b in chart.bars] == [b.name + nth(b) for b in chart.bars]
        assert chart.period is None or "时期" in words.note(chart, "报告", "一是")


def test_periods_sort_by_year_then_as_written() -> None:
    periods = ["2025年", None, "2021年一季度", "2026-2030年", "2021年"]
    assert sorted(periods, key=period_key) == ["2021年", "2021年一季度", "2025年", "2026-2030年", None]


# -- the pane on screen --------------------------------------------------------------------------


def make_pane(db, qtbot, expanded=False):
    from zoneview.ui.chart import ChartPane
    from zoneview.ui.page import PageRenderer

    store = Library(db).document()
    widget = ChartPane(store, PageRenderer(store), expanded=expanded)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def pane(qapp_prepared, qtbot):
    from conftest import BUNDLED_DB

    return make_pane(BUNDLED_DB, qtbot)


@pytest.fixture
def gd_pane(qapp_prepared, qtbot, corpus_dbs):
    return make_pane(corpus_dbs[GD], qtbot)


def bar_items(chart):
    import pyqtgraph as pg

    return [i for i in chart.getPlotItem().items if isinstance(i, pg.BarGraphItem)]


def test_a_group_of_one_is_a_stat_card_not_a_one_bar_chart(pane) -> None:
    pane.show_node("1.1")
    assert pane.charts() == []
    cards = pane.cards()
    assert [c.bar.display for c in cards] == ["2100万元", "281家次", "6.05亿元"]
    texts = [label.text() for label in cards[0].findChildren(QLabel)]
    assert texts == ["2100万元", "知识价值信用贷款发放贷款", "金额（万元） · 2021年一季度"]
    assert all(len(c.chart.bars) == 1 for c in cards)


def test_node_5_shows_one_chart_of_things_counted_in_个_and_cards_for_the_rest(pane) -> None:
    pane.show_node("5")
    (block,) = pane.blocks()
    assert block.title.text() == "数量（个）"
    assert [b.display for b in block.plot.bars] == ["53个", "5个", "3个"]
    assert len(pane.cards()) == 4


def test_targets_are_outlined_with_their_range_as_a_whisker(gd_pane) -> None:
    import pyqtgraph as pg

    gd_pane.show_node("3")
    block = next(b for b in gd_pane.blocks() if b.chart.targets)
    assert block.title.text() == "目标（%）"
    (bars,) = bar_items(block.plot)
    base = gd_pane.colours["base"]
    for brush in bars.opts["brushes"]:
        assert QBrush(brush).color().name() == base or QBrush(brush).style() == Qt.BrushStyle.BDiagPattern
    whiskers = [i for i in block.plot.getPlotItem().items if isinstance(i, pg.PlotDataItem)]
    ranged = next(b for b in block.plot.bars if b.value_high is not None)
    xs = list(whiskers[0].getData()[0])
    assert (ranged.value, ranged.value_high) == (4.5, 5.0) and xs[:2] == [4.5, 5.0]


def test_approximate_values_are_hatched_and_said(gd_pane) -> None:
    gd_pane.show_node("1.2")
    block = next(b for b in gd_pane.blocks() if any(bar.approximate for bar in b.plot.bars))
    (bars,) = bar_items(block.plot)
    styles = [QBrush(brush).style() for brush in bars.opts["brushes"]]
    assert [s == Qt.BrushStyle.BDiagPattern for s in styles] == [b.approximate for b in block.plot.bars]
    assert "约数" in "".join(label.text() for label in gd_pane.content.findChildren(QLabel))


def test_shares_are_against_100_percent_and_growth_gets_its_own_scale(pane, gd_pane) -> None:
    pane.show_node("summary")
    share = next(b for b in pane.blocks() if b.chart.kind == "share")
    assert share.chart.out_of_hundred and len(bar_items(share.plot)) == 2  # the 0–100% track, the bars
    gd_pane.show_node("1.2")
    growth = next(b for b in gd_pane.blocks() if b.chart.kind == "change")
    assert not growth.chart.out_of_hundred and len(bar_items(growth.plot)) == 1
    low, high = growth.plot.getPlotItem().getViewBox().viewRange()[0]
    assert low == 0 and high < 100  # the largest growth is 39%


def test_more_than_a_dozen_bars_show_the_largest_and_a_toggle(gd_pane) -> None:
    gd_pane.show_node("1.2")
    block = next(b for b in gd_pane.blocks() if len(b.chart.bars) > MANY)
    total = len(block.chart.bars)
    assert len(block.plot.bars) == MANY and block.toggle.text() == f"显示全部 {total} 项"
    assert f"显示最大的 {MANY} 项，共 {total} 项" in block.note.text()
    block.toggle.click()
    assert len(block.plot.bars) == total and block.toggle.text() == f"只显示最大的 {MANY} 项"
    assert [b.value for b in block.plot.bars] == sorted((b.value for b in block.plot.bars), reverse=True)


def test_long_labels_wrap_and_elide_and_the_tooltip_names_them_whole(gd_pane, qapp_prepared) -> None:
    from zoneview.ui.chart import LABEL_EMS, wrap_label

    metrics = QFontMetrics(QApplication.font())
    width = metrics.horizontalAdvance("国" * LABEL_EMS)
    assert wrap_label("地区生产总值", metrics, width) == "地区生产总值"
    two = wrap_label("举办离岸基地海外人才项目系列活动（累计）", metrics, width)
    assert two.split("\n") == ["举办离岸基地海外人才", "项目系列活动（累计）"]
    cut = wrap_label("一" * 40, metrics, width)
    assert len(cut.split("\n")) == 2 and cut.endswith("…")
    assert "（2025年）" in wrap_label("高频政务服务事项（2025年）", metrics, width).split("\n")  # not 2|025
    gd_pane.show_node("1.6")
    chart = next(c for c in gd_pane.charts() if any("\n" in t for t in c.labels))
    index, text = next((i, t) for i, t in enumerate(chart.labels) if "\n" in t)
    bar = chart.bars[index]
    # over the label, left of the bars: the same bar, and its tooltip has the whole name
    axis = chart.getPlotItem().getAxis("left")
    view = chart.getPlotItem().getViewBox()
    y = view.mapViewToScene(QPointF(0, len(chart.bars) - 1 - index)).y()
    assert chart.bar_at(QPointF(axis.sceneBoundingRect().center().x(), y)) is bar
    assert bar.name in chart.tooltip(bar)
    assert text.replace("\n", "").rstrip("…") in gd_pane.words.bar_label(chart.chart, bar)


def test_clicking_a_bar_or_a_card_opens_its_figure_in_the_text(pane, qtbot) -> None:
    pane.show_node("summary")
    chart = pane.charts()[0]
    qtbot.wait(50)
    view = chart.getPlotItem().getViewBox()
    bar = chart.bars[-1]  # drawn lowest
    widget_point = chart.mapFromScene(view.mapViewToScene(QPointF(bar.value / 2, 0)))
    with qtbot.waitSignal(pane.figure_clicked, timeout=2000) as signal:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    assert signal.args == [bar.indicator_id]
    pane.show_node("1.1")
    card = pane.cards()[0]
    with qtbot.waitSignal(pane.figure_clicked, timeout=2000) as signal:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert signal.args == [card.bar.indicator_id]


def test_a_bar_click_in_the_window_shows_the_figure_in_its_text(make_window, qtbot) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.chart is not None)
    window.navigate("node:summary")
    figure = window.document.indicators("summary")[2]
    window.chart.figure_clicked.emit(figure.id)
    assert window.current_node_id() == "summary"
    assert window.detail.browser.textCursor().selectedText() == figure.quote


def test_the_hover_text_gives_value_unit_period_quote_and_the_total_a_share_implies(pane) -> None:
    pane.show_node("summary")
    money = pane.charts()[0]
    tip = money.tooltip(next(b for b in money.bars if b.name == "地区生产总值"))
    assert "地区生产总值: 2902.97亿元" in tip
    assert "290,297,000,000 元" in tip and "2020年" in tip and "原文" in tip and "11.6%" in tip
    share = next(b for b in pane.blocks() if b.chart.kind == "share").plot
    gdp = next(b for b in share.bars if b.name == "地区生产总值")
    assert share.value_text(gdp) == "11.6%（占全市）"
    assert "推算全市总量：25,025.6亿元" in share.tooltip(gdp)


# -- a part's overview and empty states ----------------------------------------------------------


def test_a_parts_overview_links_to_its_sections_charts(pane, qtbot) -> None:
    pane.show_node("1")
    assert pane.charts() == [] and pane.cards() == []
    (label,) = [w for w in pane.content.findChildren(QLabel) if "href" in w.text()]
    assert re.findall(r"href='([^']+)'", label.text()) == ["1.1", "1.2"]  # 1.3 has no figures
    assert "3 项指标" in label.text()
    with qtbot.waitSignal(pane.node_clicked) as signal:
        label.linkActivated.emit("1.1")
    assert signal.args == ["1.1"]
    assert [(link.node.id, link.figures) for link in section_links(pane.document, "4")] == [
        ("4.1", 2),
        ("4.2", 2),
    ]


def test_a_node_without_figures_gets_one_line_and_no_exports(pane) -> None:
    pane.show_node("2.1")
    assert pane.charts() == [] and not pane.has_figures()
    assert not pane.export_png_action.isEnabled() and not pane.export_csv_action.isEnabled()
    line = pane.fontMetrics().height()
    assert pane.compact_height() <= 2.5 * line
    (label,) = [w for w in pane.content.findChildren(QLabel) if w.text()]
    assert "本节没有数据" in label.text()
    assert re.findall(r"href='([^']+)'", label.text()) == ["summary"]
    assert pane.document.node("summary") is not None
    pane.show_node("summary")
    assert pane.export_png_action.isEnabled() and pane.compact_height() is None


def test_an_empty_node_links_to_no_node_the_document_lacks(gd_pane) -> None:
    assert gd_pane.document.node("summary") is None
    gd_pane.show_node("2.1")
    texts = [w.text() for w in gd_pane.content.findChildren(QLabel) if w.text()]
    assert len(texts) == 1 and "本节没有数据" in texts[0] and "href" not in texts[0]


def test_the_window_gives_an_empty_nodes_chart_pane_one_line_and_the_text_the_rest(
    make_window, qtbot
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.chart is not None)
    window.navigate("node:summary")
    chart_height = window.chart_host.height()
    assert chart_height > 200
    window.navigate("node:2.1")
    qtbot.waitUntil(lambda: window.chart_host.height() <= window.chart.compact_height())
    assert window.chart_host.height() <= 3 * window.chart.fontMetrics().height()
    assert window.detail.height() > 0.85 * window.right.height()
    assert not window.chart.export_png_action.isEnabled()
    window.navigate("node:summary")
    qtbot.waitUntil(lambda: abs(window.chart_host.height() - chart_height) <= 2)


# -- exports and the command line ----------------------------------------------------------------


def test_png_export_has_the_charts_size(pane, tmp_path) -> None:
    pane.show_node("summary")
    out = tmp_path / "c.png"
    image = pane.export_png(out, width=800)
    saved = QImage(str(out))
    assert (saved.width(), saved.height()) == (image.width(), image.height())
    assert saved.width() == 800 and saved.height() > 300


def test_csv_export_is_the_plotted_data_with_one_unit_a_chart(pane, tmp_path) -> None:
    pane.show_node("5")
    out = tmp_path / "c.csv"
    pane.export_csv(out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["unit"] for r in rows} == {"个", "万", "万元", "场", "名"}
    counted = [(r["label"], r["value"], r["as_printed"]) for r in rows if r["chart"] == "数量（个）"]
    assert counted == [
        ("海外人才项目", "53.0", "53个"),
        ("合作中心", "5.0", "5个"),
        ("海外站点", "3.0", "3个"),
    ]


def test_chart_command_writes_png_and_csv(tmp_path) -> None:
    png, csv_path = tmp_path / "s.png", tmp_path / "s.csv"
    result = run_zoneview("chart", "summary", "--png", png, "--csv", csv_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    shares = [(r["label"], r["value"], r["share_of"]) for r in rows if r["kind"] == "share"]
    assert shares == [("规上工业总产值", "30.1", "全市"), ("有效期内高新技术企业数量", "22.2", "全市"),
                      ("地区生产总值", "11.6", "全市")]  # fmt: skip
    assert QImage(str(png)).width() == 900


def test_chart_json_is_the_contract_in_the_order_shown(tmp_path) -> None:
    result = run_zoneview("chart", "summary", "--json")
    assert result.returncode == 0, result.stderr
    charts = json.loads(result.stdout)
    assert [(c["title"], c["kind"], c["unit"], len(c["bars"])) for c in charts] == [
        ("金额（亿元）", "level", "亿元", 3),
        ("数量（家）", "level", "家", 2),
        ("占比（%）", "share", "%", 3),
    ]
    assert charts[0]["bars"][0] == {
        "indicator": 20,
        "name": "规上工业总产值",
        "value": 6830.47,
        "unit": "亿元",
        "base_value": 683047000000.0,
        "base_unit": "元",
        "kind": "level",
        "period": "2020年",
        "approximate": False,
    }
    cards = json.loads(run_zoneview("chart", "1.1", "--json", "--lang", "en").stdout)
    assert [(c["title"], [b["value"] for b in c["bars"]]) for c in cards] == [
        ("Amount (万元)", [2100.0]),
        ("Cumulative: Number (家次)", [281.0]),
        ("Cumulative: Amount (亿元)", [6.05]),
    ]


def test_chart_json_lists_the_charts_as_the_pane_shows_them(gd_pane, corpus_dbs) -> None:
    gd_pane.show_node("1.6")
    result = run_zoneview("chart", "1.6", "--db", corpus_dbs[GD], "--json")
    assert result.returncode == 0, result.stderr
    charts = json.loads(result.stdout)
    blocks, cards = gd_pane.blocks(), gd_pane.cards()
    assert len(charts) == len(blocks) + len(cards) and len(blocks) > 5 and len(cards) > 5
    assert [c["title"] for c in charts[: len(blocks)]] == [b.title.text() for b in blocks]
    for chart, block in zip(charts, blocks, strict=False):
        assert [b["indicator"] for b in chart["bars"]] == [b.indicator_id for b in block.chart.bars]
    assert [c["bars"] for c in charts[len(blocks) :]] == [
        [next(b for b in c["bars"])] for c in charts[len(blocks) :]
    ]  # a stat card is a chart of one bar
    assert [c["bars"][0]["indicator"] for c in charts[len(blocks) :]] == [c.bar.indicator_id for c in cards]


def test_chart_command_for_a_node_without_figures_is_an_error_and_writes_nothing(tmp_path) -> None:
    out = tmp_path / "empty.png"
    result = run_zoneview("chart", "2.1", "--png", out)
    assert_user_error(result)
    assert result.stderr.strip() == "zoneview: error: node 2.1 has no figures"
    assert result.returncode == 1 and not out.exists()
    part = run_zoneview("chart", "1", "--json")
    assert_user_error(part, "node 1 has no figures; its sections' charts: 1.1, 1.2")


def test_chart_command_errors(tmp_path) -> None:
    assert_user_error(run_zoneview("chart", "nope", "--png", tmp_path / "x.png"), "no node")
    assert_user_error(run_zoneview("chart", "summary"), "--json")
    assert_user_error(run_zoneview("chart", "summary", "--png", tmp_path / "no" / "x.png"), "does not exist")
    assert_user_error(run_zoneview("chart", "summary", "--json", "--csv", "-"), "standard output")


@pytest.mark.slow
def test_pyqtgraph_loads_only_after_the_first_paint() -> None:
    script = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from zoneview.ui.app import application, settings\n"
        "from zoneview.ui.mainwindow import MainWindow\n"
        "from zoneview.store import Library\n"
        "from zoneview import paths\n"
        "app = application()\n"
        "window = MainWindow(Library(paths.bundled_database()).document(), settings())\n"
        "window.navigate('node:summary')\n"
        "print('before', 'pyqtgraph' in sys.modules)\n"
        "window.show()\n"
        "while window.chart is None: app.processEvents()\n"
        "print('after', 'pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.split() == ["before", "False", "after", "True"], out.stderr


def test_json_and_printing_do_not_load_pyqtgraph(tmp_path) -> None:
    """The words of a chart and its printed form need no plotting library."""
    script = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from zoneview.store import Library\n"
        "from zoneview import paths\n"
        "from zoneview.ui.offscreen import chart_json, export_pdf\n"
        "store = Library(paths.bundled_database()).document()\n"
        "chart_json(store, 'summary')\n"
        "export_pdf(store, 'summary', Path(sys.argv[1]))\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    command = [sys.executable, "-c", script, str(tmp_path / "x.pdf")]
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.split() == ["False"], out.stderr


def test_chart_refuses_a_file_name_that_says_another_format(tmp_path) -> None:
    for option, name in (("--png", "c.jpg"), ("--csv", "c.xlsx")):
        result = run_zoneview("chart", "summary", option, tmp_path / name)
        assert_user_error(result, "end it in")
        assert not (tmp_path / name).exists()
