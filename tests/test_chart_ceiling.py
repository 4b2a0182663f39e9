"""A section of thousands of figures: its data in proportion to their number, a picture refused past
what anyone can read (and what would take minutes to draw)."""

from __future__ import annotations

import csv

from cli_helpers import assert_user_error, many_figures, run_zoneview

from zoneview.cli import PICTURE_MAX_FIGURES


def test_a_picture_of_more_figures_than_anyone_reads_is_refused_and_the_data_still_written(tmp_path) -> None:
    db = many_figures(tmp_path, PICTURE_MAX_FIGURES + 500)
    png = tmp_path / "chart.png"
    assert_user_error(run_zoneview("chart", "1", "--db", db, "--png", png), "a picture draws at most")
    assert not png.exists()
    out = tmp_path / "chart.csv"
    result = run_zoneview("chart", "1", "--db", db, "--csv", out)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == PICTURE_MAX_FIGURES + 500  # every figure, each its own label
    assert rows[0]["label"] != rows[1]["label"]


def test_a_charts_questions_about_all_its_bars_are_answered_once(tmp_path) -> None:
    """Each bar drawn or listed asks whether the chart's periods differ and whether it fits 0–100%:
    recomputed over every bar, printing 20,000 figures took minutes (quadratic)."""
    from zoneview.store import reading
    from zoneview.store.chartdata import node_charts

    db = many_figures(tmp_path, 50)
    with reading(db) as store:
        chart = next(c for c in node_charts(store, "1") if not c.is_card)
    first = (chart.periods_differ, chart.out_of_hundred)
    assert {"periods_differ", "out_of_hundred"} <= set(vars(chart))  # kept with the chart
    assert (chart.periods_differ, chart.out_of_hundred) == first
