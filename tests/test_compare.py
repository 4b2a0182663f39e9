"""Comparing an indicator across an issuer's reports: `zoneview compare` and the compare window, on the
State Council's ten reports (2016–2025) in one library."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import run_zoneview
from conftest import ROOT, library_of
from PySide6.QtCore import Qt

from zoneview.store import reading
from zoneview.store.library import LibraryWriter
from zoneview.store.series import compare

COUNCIL = sorted((ROOT / "tests" / "corpus").glob("国务院政府工作报告_*.txt")) + sorted(
    (ROOT / "tests" / "corpus" / "series").glob("国务院政府工作报告_*.txt")
)
DAPENG = sorted((ROOT / "tests" / "corpus").glob("大鹏新区*.txt")) + sorted(
    (ROOT / "tests" / "corpus" / "series").glob("大鹏新区*.txt")
)


@pytest.fixture(scope="module")
def library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return library_of(tmp_path_factory.mktemp("compare"), COUNCIL + DAPENG)


def growth(rows: list[dict[str, object]]) -> dict[tuple[int, str], dict[str, object]]:
    """The growth rates of a series by (year, target or outcome)."""
    return {
        (int(str(r["year"])), "target" if r["kind"] == "target" else "outcome"): r
        for r in rows
        if r["unit"] == "%"
    }


def test_compare_json_lists_each_years_growth_target_and_outcome(library_file) -> None:
    result = run_zoneview("compare", "国内生产总值", "--issuer", "国务院", "--json", "--db", library_file)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    keys = {"year", "value", "value_high", "unit", "base_value", "kind", "approximate", "document", "node",
            "quote", "span"}  # fmt: skip
    assert all(set(r) == keys for r in rows)
    assert [r["year"] for r in rows] == sorted(r["year"] for r in rows)
    rates = growth(rows)
    # what the reports say, read from their text: a target in each year's report, its outcome in the next
    assert (rates[(2019, "target")]["value"], rates[(2019, "target")]["value_high"]) == (6.0, 6.5)
    assert rates[(2019, "outcome")]["value"] == 6.1
    assert rates[(2022, "target")]["value"] == 5.5 and rates[(2022, "target")]["approximate"]
    assert rates[(2022, "outcome")]["value"] == 3.0
    assert rates[(2023, "outcome")]["value"] == 5.2
    assert rates[(2016, "target")]["value"] == 6.5 and rates[(2016, "target")]["value_high"] == 7.0
    assert (2025, "target") in rates and (2025, "outcome") not in rates  # no 2026 report yet
    assert {(y, role) for y, role in rates if role == "target"} >= {(y, "target") for y in range(2016, 2026)
                                                                    if y != 2020}  # fmt: skip
    with reading(library_file) as store:
        years = {d.id: d.year for d in store.library.documents()}
    for r in rows:  # each point's quote is where its span says, in the report it names
        assert years[r["document"]] in (r["year"], r["year"] + 1)
        assert r["quote"] and r["span"][1] - r["span"][0] == len(r["quote"])


def test_compare_says_met_missed_and_not_reported(library_file) -> None:
    result = run_zoneview("compare", "GDP", "--issuer", "国务院", "--db", library_file)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "国内生产总值 — 国务院"  # the name the State Council prints
    verdict = {line.split()[0]: line.split()[-1] for line in lines[2:] if "%" in line}
    assert verdict["2019"] == "met" and verdict["2022"] == "missed" and verdict["2025"] == "reported"
    assert "2025  5%左右" in result.stdout and "not reported" in result.stdout


def test_a_ceiling_is_met_from_below(library_file) -> None:
    with reading(library_file) as store:
        found = compare(store.library, "居民消费价格涨幅", "国务院")
    statuses = {v.year: v.status for v in found.verdicts if v.axis == "rate"}
    assert statuses[2019] == "met"  # 3%左右 is a ceiling on prices; 2.9% stayed under it
    assert statuses[2023] == "met"


def test_the_issuer_with_most_reports_is_the_default_and_named(library_file) -> None:
    result = run_zoneview("compare", "地区生产总值", "--db", library_file)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].endswith("— 国务院")
    assert "大鹏新区" in result.stderr and "--issuer" in result.stderr
    dapeng = run_zoneview("compare", "地区生产总值", "--issuer", "大鹏新区", "--json", "--db", library_file)
    rows = json.loads(dapeng.stdout)
    assert rows and {r["unit"] for r in rows} >= {"亿元", "%"}  # the zone's GDP in 亿元, its growth in %


def test_compare_writes_csv_and_png(library_file, tmp_path) -> None:
    out_csv, out_png = tmp_path / "gdp.csv", tmp_path / "gdp.png"
    result = run_zoneview("compare", "国内生产总值", "--issuer", "国务院", "--csv", out_csv, "--png", out_png,
                          "--db", library_file)  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"))))
    assert {(r["year"], r["role"], r["status"]) for r in rows} >= {("2022", "target", "missed")}
    assert out_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    refused = run_zoneview("compare", "国内生产总值", "--png", tmp_path / "x.jpg", "--db", library_file)
    assert refused.returncode == 1 and "end it in .png" in refused.stderr


def test_an_unknown_subject_is_one_line(library_file) -> None:
    result = run_zoneview("compare", "月球基地数量", "--db", library_file)
    assert result.returncode == 1
    assert (
        result.stderr.startswith("zoneview: error: no figures of '月球基地数量'")
        and result.stderr.count("\n") == 1
    )


def test_a_merge_and_a_split_are_kept_in_the_library(library_db) -> None:
    with reading(library_db) as store:
        before = compare(store.library, "城镇新增就业", "国务院")
    assert before.points
    name = before.points[0].indicator.name
    with LibraryWriter(library_db) as library:
        library.choose_subject(name, "我的序列")  # split those figures away into a series of their own
    with reading(library_db) as store:
        after = compare(store.library, "城镇新增就业", "国务院")
        mine = compare(store.library, "我的序列", "国务院")
    assert name not in {p.indicator.name for p in after.points}
    assert mine.points and {p.indicator.name for p in mine.points} == {name}
    with LibraryWriter(library_db) as library:
        library.choose_subject(name, None)
    with reading(library_db) as store:
        assert [p.indicator.id for p in compare(store.library, "城镇新增就业", "国务院").points] == [
            p.indicator.id for p in before.points
        ]


# -- the window ----------------------------------------------------------------------------------


def test_a_figure_opens_its_indicator_across_the_years(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    doc = next(d for d in window.document.library.documents() if d.year == 2019 and d.issuer == "国务院")
    window.navigate(f"node:2?doc={doc.id}")
    figure = next(
        i for i in window.document.indicators("2") if i.name == "国内生产总值" and i.kind == "target"
    )
    compare_window = window.open_compare(figure.id)
    qtbot.waitExposed(compare_window)
    view = compare_window.view
    assert view.title.text() == "国内生产总值"
    assert compare_window.issuer.currentData() == "国务院"
    axes = {plot.axis for plot in view.plots()}
    assert axes == {"level", "rate"}  # 万亿元 and % never share an axis
    statuses = {
        view.table.item(r, 0).text(): view.table.item(r, 3).text() for r in range(view.table.rowCount())
    }
    assert "未达标" in statuses.values() and "达标" in statuses.values()


def test_the_compare_window_opens_again_after_it_was_closed(make_window, library_db, qtbot) -> None:
    """Closing it hides it; opened again (View › Compare Across Years) it shows what it showed."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window = make_window(library_db)
    first = window.open_compare(subject="城镇新增就业")
    qtbot.waitExposed(first)
    first.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what a deleteLater would do
    again = window.open_compare()
    qtbot.waitExposed(again)
    assert again.view.title.text() == "城镇新增就业" and again.view.table.rowCount() > 0


def test_clicking_a_point_shows_it_in_its_report(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    compare_window = window.open_compare(subject="城镇新增就业")
    view = compare_window.view
    row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 0).text() == "2021")
    view.table.cellClicked.emit(row, 2)  # the 2021 outcome, printed in the 2022 report
    assert window.document.record().year == 2022
    assert window.current_node_id() is not None
    assert view.table.item(row, 2).text().replace("万人", "") in window.detail.browser.toPlainText()


def test_the_subject_field_completes_from_the_library(make_window, library_db, qtbot) -> None:
    window = make_window(library_db)
    compare_window = window.open_compare(subject="")
    subjects = compare_window.subjects.stringList()
    assert "城镇新增就业" in subjects and "地区生产总值" in subjects
    completer = compare_window.subject_field.completer()
    completer.setCompletionPrefix("消费价格")  # what typing 消费价格 asks of it
    found = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert "居民消费价格涨幅" in found
    compare_window.subject_field.setText("居民消费价格涨幅")  # QTest types only Latin-1
    qtbot.keyClick(compare_window.subject_field, Qt.Key.Key_Return)
    assert compare_window.comparison is not None and compare_window.comparison.points
    assert compare_window.windowTitle().startswith("居民消费价格")


def test_splitting_a_figure_out_of_a_series_is_kept_in_the_library(make_window, library_db) -> None:
    window = make_window(library_db)
    compare_window = window.open_compare(subject="城镇新增就业")
    before = compare_window.comparison
    assert before is not None and before.points
    row = next(r for r in range(compare_window.view.table.rowCount()) if compare_window.view.points_at_row(r))
    point = compare_window.view.points_at_row(row)[0]
    compare_window.split(point)
    after = compare_window.comparison
    assert after is not None and point.indicator.id not in {p.indicator.id for p in after.points}
    assert after.points  # that one figure left the series; the others of its name stay
    with reading(library_db) as store:  # in the file, for the next session and the command line
        assert compare(store.library, "城镇新增就业", "国务院").points == after.points
    compare_window.undo_choices()
    assert [p.indicator.id for p in compare_window.comparison.points] == [
        p.indicator.id for p in before.points
    ]
