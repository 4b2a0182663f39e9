"""The compare view with real widgets over the State Council's real yearly reports: the points it
draws, amounts and rates on separate axes, clicks on markers and cells, the table, PNG and CSV."""

from __future__ import annotations

import csv
import io
import itertools

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontInfo, QImage
from series_helpers import Rows, of_subject

from zoneview.store.series import build_series, promised_delivered
from zoneview.ui.compareview import VerdictMark
from zoneview.ui.fonts import FAMILY


@pytest.fixture(scope="module")
def state_council(state_council_rows: Rows) -> Rows:
    return list(state_council_rows)


@pytest.fixture
def gdp(state_council: Rows):
    points = build_series(of_subject("国内生产总值", state_council))
    return points, promised_delivered(points)


@pytest.fixture
def view(qapp_prepared, qtbot, gdp):
    from zoneview.ui.compareview import CompareView

    widget = CompareView()
    qtbot.addWidget(widget)
    widget.resize(900, 1000)
    widget.set_series("国内生产总值", *gdp)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.dispose()


def scatter_points(plot) -> list[tuple[float, float]]:
    found = []
    for item in plot.getPlotItem().items:
        if isinstance(item, pg.ScatterPlotItem):
            xs, ys = item.getData()
            found += list(zip(xs.tolist(), ys.tolist(), strict=True))
    return found


def test_every_point_is_drawn_on_the_plot_of_its_axis(view, gdp) -> None:
    points, _ = gdp
    plots = view.plots()
    assert [p.axis for p in plots] == ["level", "rate"]
    level, rate = plots
    assert {p.unit for p in plots} == {"万亿元", "%"}
    assert len(scatter_points(level)) == sum(p.axis == "level" for p in points)
    assert len(scatter_points(rate)) == sum(p.axis == "rate" for p in points)
    drawn = {(round(x), round(y, 2)) for x, y in scatter_points(rate)}
    assert (2019, 6.0) in drawn and (2019, 6.1) in drawn and (2022, 3.0) in drawn
    assert (2019, 99.1) in {(round(x), round(y, 2)) for x, y in scatter_points(level)}


def test_axes_are_labelled_with_their_units_and_never_mix_them(view) -> None:
    level, rate = view.plots()
    assert "万亿元" in level.getPlotItem().getAxis("left").labelText
    assert "%" in rate.getPlotItem().getAxis("left").labelText
    assert "万亿元" not in rate.getPlotItem().getAxis("left").labelText
    assert all(p.axis == "level" for p in level.points) and all(p.axis == "rate" for p in rate.points)


def test_targets_are_coloured_by_verdict_and_approximate_ones_hollow(view, gdp) -> None:
    _, rate = view.plots()
    diamonds = [i for i in rate.getPlotItem().items if isinstance(i, pg.ScatterPlotItem)
                and i.opts["symbol"] == "d"]  # fmt: skip
    by_year = {round(i.getData()[0][0]): i for i in diamonds}
    assert by_year[2022].opts["pen"].color() == QColor(view.colours["missed"])
    assert by_year[2019].opts["pen"].color() == QColor(view.colours["met"])
    assert by_year[2025].opts["pen"].color() == QColor(view.colours["not reported"])
    assert by_year[2022].opts["brush"].color() == QColor(view.colours["base"])  # 5.5%左右: hollow
    assert by_year[2019].opts["brush"].color() == QColor(view.colours["met"])  # 6%－6.5%: exact
    whiskers = [i for i in rate.getPlotItem().items if isinstance(i, pg.PlotDataItem)
                and i.opts.get("connect") == "pairs"]  # fmt: skip
    assert {round(w.getData()[0][0]) for w in whiskers} == {2016, 2019}  # the two ranges


def test_clicking_a_marker_activates_its_figure(view, qtbot) -> None:
    _, rate = view.plots()
    qtbot.wait(50)
    point = next(p for p in rate.points if p.year == 2022 and not p.is_target)
    with qtbot.waitSignal(view.figureActivated, timeout=2000) as signal:
        qtbot.mouseClick(rate.viewport(), Qt.MouseButton.LeftButton, pos=rate.marker_pos(point).toPoint())
    assert signal.args == [point.document.id, point.indicator.node_id, point.indicator.id]
    assert point.document.year == 2023 and point.indicator.display_value == "3%"


def test_the_table_gives_each_year_its_target_outcome_and_status(view, qtbot) -> None:
    table = view.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert ["2019", "6-6.5%", "6.1%", "达标"] in rows
    assert ["2022", "5.5%左右", "3%", "未达标"] in rows
    assert ["2025", "5%左右", "—", "未报告"] in rows
    assert table.horizontalHeaderItem(3).text() == "完成情况"
    row = rows.index(["2022", "5.5%左右", "3%", "未达标"])
    verdict = view.verdicts[row]
    with qtbot.waitSignal(view.figureActivated, timeout=2000) as signal:
        table.cellClicked.emit(row, 1)
    assert signal.args == [verdict.target.document.id, verdict.target.indicator.node_id,
                           verdict.target.indicator.id]  # fmt: skip
    assert verdict.target.document.year == 2022


def test_document_text_is_shown_as_plain_text(qapp_prepared, qtbot, gdp) -> None:
    from zoneview.ui.compareview import CompareView

    widget = CompareView()
    qtbot.addWidget(widget)
    subject = "<b>国内生产总值</b>"
    widget.set_series(subject, *gdp)
    assert widget.title.text() == subject and widget.title.textFormat() == Qt.TextFormat.PlainText
    tip = widget.table.item(0, 2).toolTip()
    assert "&lt;b&gt;" in tip and "<b>" not in tip
    widget.dispose()


def test_chinese_is_drawn_with_the_bundled_font(view) -> None:
    assert QFontInfo(view.title.font()).family() == FAMILY


def test_png_and_csv(view, gdp, tmp_path, qapp_prepared) -> None:
    from zoneview.ui.compareview import render_compare_png

    path = tmp_path / "gdp.png"
    image = render_compare_png("国内生产总值", *gdp, path, width=900)
    saved = QImage(str(path))
    assert not saved.isNull() and saved.width() == 900 == image.width() and saved.height() > 600
    rows = list(csv.DictReader(io.StringIO(view.csv_text().lstrip("\ufeff"))))
    assert {(r["year"], r["role"], r["printed"], r["status"]) for r in rows} >= {
        ("2022", "target", "5.5%左右", "missed"),
        ("2022", "actual", "3%", "missed"),
    }
    view.save_png(tmp_path / "view.png")
    assert not QImage(str(tmp_path / "view.png")).isNull()


def test_an_empty_subject_says_so(qapp_prepared, qtbot) -> None:
    from zoneview.ui.compareview import CompareView

    widget = CompareView()
    qtbot.addWidget(widget)
    widget.set_series("不存在的指标", [], [])
    assert widget.plots() == [] and widget.table.rowCount() == 0
    assert widget.note.text() == "该发布机关的报告中没有这一指标的数据。"
    widget.dispose()


def test_hovering_a_marker_tells_the_figure_its_report_and_quote(view, qtbot) -> None:
    _, rate = view.plots()
    qtbot.wait(50)
    point = next(p for p in rate.points if p.year == 2019 and p.is_target)
    scene_pos = rate.mapToScene(rate.marker_pos(point).toPoint())
    assert rate.point_at(scene_pos) is point
    assert rate.point_at(scene_pos + QPointF(40, 40)) is None
    text = view.tooltip(point)
    assert "6-6.5%" in text and point.document.title in text and "原文：6%－6.5%" in text
    assert "2019年目标" in text


def test_neighbouring_labels_are_staggered_and_the_last_is_inside_the_plot(view) -> None:
    for plot in view.plots():
        labels = [item for item in plot.getPlotItem().items
                  if isinstance(item, pg.TextItem) and not isinstance(item, VerdictMark)]  # fmt: skip
        anchors = [(item.anchor.x(), item.anchor.y()) for item in labels]
        assert all(a[1] != b[1] for a, b in itertools.pairwise(anchors))  # above, below, above…
        assert anchors[-1][0] == 1.0  # the last year's label sits left of its dot


def test_a_historical_figure_goes_to_the_table_not_the_year_axis(gdp) -> None:
    """A 1978 level printed in a 2019 report would stretch the axis over forty years of nothing."""
    import dataclasses

    from zoneview.ui.compareview import plotted_points

    points, _ = gdp
    old = dataclasses.replace(points[0], year=1978)
    assert old not in plotted_points([old, *points])
    first_report = min(p.document.year for p in points)
    assert min(p.year for p in plotted_points([old, *points])) >= first_report - 1


def test_the_compare_window_fits_a_small_screen_names_its_indicator_whole_and_closes_on_esc(
    make_window, qtbot
) -> None:
    window = make_window()
    compare = window.open_compare(subject="单位国内生产总值二氧化碳排放")
    qtbot.waitExposed(compare)
    assert compare.width() <= 1366 and compare.height() <= 768 - 60  # a taskbar and a title bar
    assert compare.minimumSizeHint().width() <= 1366
    field = compare.subject_field
    assert field.minimumWidth() >= field.fontMetrics().horizontalAdvance(field.text())
    compare.activateWindow()
    qtbot.waitUntil(compare.isActiveWindow)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not compare.isVisible()


def test_quit_from_the_compare_window_closes_the_main_window(make_window, qtbot) -> None:
    window = make_window()
    compare = window.open_compare()
    compare.activateWindow()
    qtbot.waitUntil(compare.isActiveWindow)
    qtbot.keyClick(compare.subject_field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
