"""Charts: the plotted data is the database's figures, exports are right, bars navigate."""

import csv
import io
import subprocess
import sys

import pytest
from cli_helpers import ROOT, assert_user_error, run_zoneview
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from test_outline import EXPECTED_IDS

from zoneview.store.chartdata import node_series


@pytest.mark.parametrize("node_id", EXPECTED_IDS)
def test_each_nodes_chart_plots_exactly_its_figures(store, node_id) -> None:
    node = store.node(node_id)
    expected = store.indicators(node_id, with_children=node.kind == "part")
    series = node_series(store, node_id)
    plotted = [b.indicator_id for s in series if s.family != "share" for b in s.bars]
    assert sorted(plotted) == sorted(i.id for i in expected)
    by_id = {i.id: i for i in expected}
    for s in series:
        assert (
            len({(b.base_unit if s.family == "money" else s.unit) for b in s.bars}) == 1
        )  # one unit an axis
        for b in s.bars:
            ind = by_id[b.indicator_id]
            if s.family == "share":
                assert b.value == ind.share_of_city_pct
            else:
                factor = {"亿元": 1e8, "万元": 1e4, "万平方米": 1e4}.get(s.unit, 1)
                assert b.value == pytest.approx(ind.base_value / factor)


def test_money_is_on_one_scale_and_shares_imply_city_totals(store) -> None:
    series = {s.family: s for s in node_series(store, "summary")}
    assert series["money"].unit == "亿元"
    assert [b.value for b in series["money"].bars] == [2902.97, 6830.47, 2776.79]
    shares = series["share"].bars
    assert [b.value for b in shares] == [11.6, 30.1, 22.2]
    assert shares[0].implied_city_total == pytest.approx(2902.97e8 / 0.116)
    assert shares[2].implied_city_total == pytest.approx(938 / 0.222)
    money_11 = node_series(store, "1.1")[0]
    assert money_11.unit == "亿元" and [b.value for b in money_11.bars] == [0.21, 6.05]


def test_the_part_overview_gathers_its_initiatives(store) -> None:
    families = {s.family: s for s in node_series(store, "4")}
    assert set(families) == {"money", "count", "area"}
    assert [b.node_id for b in families["count"].bars] == ["4.1", "4.2"]


@pytest.fixture
def pane(qapp_prepared, store, qtbot):
    from zoneview.ui.chart import ChartPane
    from zoneview.ui.page import PageRenderer

    widget = ChartPane(store, PageRenderer(store))
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_preamble_shows_an_empty_state_not_an_empty_axis(pane) -> None:
    pane.show_node("preamble")
    assert pane.charts() == []
    assert "本节没有数据" in pane.content.findChildren(QLabel)[0].text()


def test_bars_carry_value_labels_and_approximate_marks(pane) -> None:
    pane.show_node("4.1")
    charts = pane.charts()
    assert [c.series.family for c in charts] == ["count", "area"]
    area = charts[1]
    assert area.value_text(area.series.bars[0]) == "近5万平方米"
    assert area.series.bars[0].approximate
    assert "约数" in "".join(label.text() for label in pane.content.findChildren(QLabel))


def test_hover_text_gives_value_unit_period_and_quote(pane) -> None:
    pane.show_node("summary")
    chart = pane.charts()[0]
    tip = chart.tooltip(chart.series.bars[0])
    assert "地区生产总值: 2902.97亿元" in tip
    assert "290,297,000,000 元" in tip and "2020年" in tip and "原文" in tip and "11.6%" in tip


def test_clicking_a_bar_navigates(pane, qtbot) -> None:
    pane.show_node("4")
    chart = next(c for c in pane.charts() if c.series.family == "count")
    qtbot.wait(50)
    view = chart.getPlotItem().getViewBox()
    bar = chart.series.bars[-1]  # 7家, from 4.2: drawn lowest
    scene_point = view.mapViewToScene(QPointF(bar.value / 2, 0))
    widget_point = chart.mapFromScene(scene_point)
    with qtbot.waitSignal(pane.node_clicked, timeout=2000) as signal:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    assert signal.args == ["4.2"]


def test_a_bar_click_in_the_window_selects_its_node(make_window, qtbot) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.chart is not None)
    window.navigate("node:summary")
    window.chart.node_clicked.emit("4.2")
    assert window.current_node_id() == "4.2"


def test_png_export_has_the_charts_size(pane, tmp_path) -> None:
    pane.show_node("summary")
    out = tmp_path / "c.png"
    image = pane.export_png(out, width=800)
    saved = QImage(str(out))
    assert (saved.width(), saved.height()) == (image.width(), image.height())
    assert saved.width() == 800 and saved.height() > 300


def test_csv_export_is_the_plotted_data(pane, tmp_path) -> None:
    pane.show_node("5")
    out = tmp_path / "c.csv"
    pane.export_csv(out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [(r["label"], r["value"], r["unit"]) for r in rows if r["chart"] == "money"] == [
        ("专项扶持资金", "100.0", "万元"),
    ]
    assert {r["as_printed"] for r in rows if r["chart"] == "count"} >= {
        "5个",
        "3个",
        "20余场",
        "53个",
        "62名",
        "25万",
    }


def test_chart_command_writes_png_and_csv(tmp_path) -> None:
    png, csv_path = tmp_path / "s.png", tmp_path / "s.csv"
    result = run_zoneview("chart", "summary", "--png", png, "--csv", csv_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    shares = [(r["label"], r["share_of_city_pct"]) for r in rows if r["chart"] == "share"]
    assert shares == [
        ("地区生产总值", "11.6"),
        ("规上工业总产值", "30.1"),
        ("有效期内高新技术企业数量", "22.2"),
    ]
    assert QImage(str(png)).width() == 900


def test_chart_command_errors(tmp_path) -> None:
    assert_user_error(run_zoneview("chart", "nope", "--png", tmp_path / "x.png"), "no node")
    assert_user_error(run_zoneview("chart", "summary"), "--png")
    assert_user_error(run_zoneview("chart", "summary", "--png", tmp_path / "no" / "x.png"), "does not exist")


def test_pyqtgraph_loads_only_after_the_first_paint() -> None:
    script = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from zoneview.ui.app import application, settings\n"
        "from zoneview.ui.mainwindow import MainWindow\n"
        "from zoneview.store import ReportStore\n"
        "from zoneview import paths\n"
        "app = application()\n"
        "window = MainWindow(ReportStore(paths.bundled_database()), settings())\n"
        "window.navigate('node:summary')\n"
        "print('before', 'pyqtgraph' in sys.modules)\n"
        "window.show()\n"
        "while window.chart is None: app.processEvents()\n"
        "print('after', 'pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.split() == ["before", "False", "after", "True"], out.stderr
