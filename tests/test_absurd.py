"""Figures no chart can draw, and arguments and file names that are not UTF-8: refused or shown, in
real processes on real databases."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import assert_user_error, run_zoneview
from conftest import BUNDLED_DB, REPORT

from zoneview.ingest.model import MAX_FIGURE

HUGE = str(int(1.7e308))  # 309 digits, as a report might print it


def tampered(tmp_path: Path, sql: str) -> Path:
    db = tmp_path / "tampered.db"
    shutil.copyfile(BUNDLED_DB, db)
    db.chmod(0o644)
    with sqlite3.connect(db) as conn:
        conn.execute(sql)
    conn.close()
    return db


def summary_values(value: str) -> str:
    return (
        f"UPDATE indicators SET value = {value}, base_value = {value} "
        "WHERE id IN (SELECT id FROM indicators WHERE node_id = 'summary' LIMIT 2)"
    )


def test_build_leaves_out_figures_no_chart_can_draw_and_says_so(tmp_path: Path) -> None:
    source = tmp_path / "huge.txt"
    source.write_text(
        f"关于2024年工作的报告\n一、经济运行\n地区生产总值达到{HUGE}元，税收收入{HUGE}元，企业达到1200家。\n",
        encoding="utf-8",
    )
    db = tmp_path / "huge.db"
    result = run_zoneview("build", source, "-o", db)
    assert result.returncode == 0, result.stderr
    assert "1 figures" in result.stdout  # the 1200家 only
    assert "2 figures left out: not finite, or past 1e+18" in result.stderr
    check = run_zoneview("check", "--db", db)
    assert check.returncode == 0, check.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT max(abs(base_value)) FROM indicators").fetchone()[0] <= MAX_FIGURE
        figures = conn.execute("SELECT count(*) FROM marks WHERE kind = 'figure'").fetchone()[0]
    conn.close()
    assert figures == 1  # the figures left out are not marked either


@pytest.mark.parametrize(("value", "says"), [("1e300", "past 1e+18"), ("9e999", "inf, not a finite number")])
def test_check_calls_absurd_and_infinite_figures_damaged(tmp_path: Path, value: str, says: str) -> None:
    assert_user_error(run_zoneview("check", "--db", tampered(tmp_path, summary_values(value))), says)


@pytest.mark.parametrize(
    ("sql", "says"),
    [
        ("UPDATE nodes SET text = CAST(text AS BLOB) WHERE id = '1'", "text holds blob, not str"),
        ("UPDATE indicators SET base_value = '12 亿' WHERE id = 1", "base_value holds text, not float"),
        ("UPDATE indicators SET value = 'NaN' WHERE id = 1", "value holds text, not float"),
    ],
)
def test_check_calls_mistyped_values_damaged(tmp_path: Path, sql: str, says: str) -> None:
    assert_user_error(run_zoneview("check", "--db", tampered(tmp_path, sql)), says)


def test_check_calls_a_null_title_damaged_even_without_the_constraint(tmp_path: Path) -> None:
    """A database written by something else may lack NOT NULL; check does not rely on it."""
    db = tampered(tmp_path, "SELECT 1")
    with sqlite3.connect(db, isolation_level=None) as conn:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'documents'").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = ? WHERE name = 'documents'",
            (sql.replace("[title] TEXT NOT NULL", "[title] TEXT"),),
        )
        conn.execute("PRAGMA writable_schema = OFF")
    conn.close()
    with sqlite3.connect(db, isolation_level=None) as conn:
        conn.execute("UPDATE documents SET title = NULL")
    conn.close()
    assert_user_error(run_zoneview("check", "--db", db), "title holds null, not str")


def test_json_output_never_holds_infinity(tmp_path: Path) -> None:
    db = tampered(tmp_path, summary_values("9e999"))
    for args in (["compare", "地区生产总值"], ["chart", "summary"]):
        result = run_zoneview(*args, "--db", db, "--json")
        assert result.returncode == 0, result.stderr
        assert "Infinity" not in result.stdout and "NaN" not in result.stdout
        json.loads(result.stdout, parse_constant=lambda name: pytest.fail(f"{name} in JSON"))


@pytest.mark.parametrize("value", ["1.7e308", "9e999"])
def test_charts_of_absurd_figures_say_out_of_range_and_the_window_lives(tmp_path: Path, value: str) -> None:
    db = tampered(tmp_path, summary_values(value))
    png = tmp_path / "chart.png"
    result = run_zoneview("chart", "summary", "--db", db, "--png", png)
    assert result.returncode == 0, result.stderr
    assert png.stat().st_size > 0
    shot = tmp_path / "window.png"
    result = run_zoneview("--db", db, "--select", "summary", "--screenshot", shot, "--size", "1000x700")
    assert result.returncode == 0, result.stderr  # not SIGSEGV in pyqtgraph
    assert "nan" not in result.stderr.lower()
    assert shot.stat().st_size > 0


def test_chartable_refuses_what_the_axis_cannot_hold(store) -> None:
    from dataclasses import replace

    from zoneview.store.chartdata import chartable, node_charts

    bars = next(c for c in node_charts(store, "summary") if len(c.bars) > 1).bars
    assert chartable(bars)
    for bad in (float("inf"), float("nan"), 1.7e308):
        assert not chartable((replace(bars[0], value=bad), *bars[1:]))


@pytest.mark.parametrize(
    "args",
    [
        ["search", "改革\udcff"],
        ["compare", "国内\udcfe"],
        ["compare", "国内生产总值", "--issuer", "国务\udcff"],
        ["add", "--issuer", "\udcff", str(REPORT)],
    ],
)
def test_arguments_that_are_not_utf8_are_one_clear_line(tmp_path: Path, args: list[str]) -> None:
    """The process gets the bytes (0xff …); Python hands them over as surrogates."""
    result = run_zoneview(*args, "--db", tmp_path / "lib.db")
    assert_user_error(result, "is not valid UTF-8 text")


def test_a_window_option_that_is_not_utf8_is_one_clear_line(tmp_path: Path) -> None:
    result = run_zoneview("--select", "\udcff", "--screenshot", tmp_path / "shot.png")
    assert_user_error(result, "select is not valid UTF-8 text")
    assert not (tmp_path / "shot.png").exists()


def test_a_file_name_that_is_not_utf8_is_added_and_listed_with_its_readable_part(tmp_path: Path) -> None:
    source = tmp_path / "\udcfa\udcfb报告.txt"  # the bytes fa fb, then 报告.txt in UTF-8
    source.write_text("一、经济运行\n地区生产总值增长5%。\n", encoding="utf-8")
    lib = tmp_path / "lib.db"
    result = run_zoneview("add", source, "--db", lib)
    assert result.returncode == 0, result.stderr
    listed = json.loads(run_zoneview("list", "--json", "--db", lib).stdout)
    added = [d for d in listed if "报告" in (d.get("source_file") or "")]
    assert added and added[0]["title"].endswith("报告"), listed
