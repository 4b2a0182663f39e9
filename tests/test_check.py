"""`zoneview check` calls a tampered database damaged, naming what is wrong, before the viewer would trip
over it; `export` never writes what is not JSON."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import assert_user_error, run_zoneview
from conftest import BUNDLED_DB, ROOT, library_of

from zoneview.store import reading
from zoneview.store.check import check_database


def tampered(tmp_path, *statements: str, source: Path = BUNDLED_DB):
    db = tmp_path / "tampered.db"
    shutil.copy(source, db)
    conn = sqlite3.connect(db)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return db


def without_foreign_keys(table: str) -> list[str]:
    """The table as another program might make it: same rows, no declared keys."""
    return [
        f"CREATE TABLE copy AS SELECT * FROM {table}",
        f"DROP TABLE {table}",
        f"ALTER TABLE copy RENAME TO {table}",
    ]


TAMPERING = {
    "infinite value": (["UPDATE indicators SET value = 9e999 WHERE id = 3"], "value is inf, not a finite"),
    "infinite share": (
        ["UPDATE indicators SET share_of_city_pct = -9e999 WHERE share_of_city_pct IS NOT NULL"],
        "share_of_city_pct is -inf",
    ),
    "text for a number": (["UPDATE indicators SET base_value = 'lots' WHERE id = 2"], "holds text"),
    "text for a span": (["UPDATE mentions SET span_start = 'x' WHERE id = 5"], "span_start holds text"),
    "flag out of range": (["UPDATE indicators SET approximate = 7 WHERE id = 1"], "neither 0 nor 1"),
    "mention past the source": (
        ["UPDATE mentions SET span_start = 5000, span_end = 5004 WHERE id = 1"],
        "lies outside node",
    ),
    "node past the source": (
        ["UPDATE nodes SET span_end = span_end + 100000 WHERE id = 'summary'"],
        "lies outside the source",
    ),
    "negative span": (
        ["UPDATE corrections SET span_start = -3 WHERE id = 1"],
        "lies outside node",
    ),
    "undeclared foreign key": (
        [*without_foreign_keys("mentions"), "UPDATE mentions SET entity_id = 99999 WHERE id = 1"],
        "entity_id 99999 is not in entities",
    ),
    "missing parent": (
        [*without_foreign_keys("indicators"), "UPDATE indicators SET node_id = '9.9' WHERE id = 1"],
        "node_id '9.9' is not in nodes",
    ),
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_check_calls_a_tampered_database_damaged(tmp_path, case) -> None:
    statements, problem = TAMPERING[case]
    db = tampered(tmp_path, *statements)
    result = run_zoneview("check", "--db", db)
    assert_user_error(result, "problems, the first:")
    assert problem in result.stdout


def test_check_still_passes_the_shipped_and_a_fresh_database(built_db) -> None:
    for db in (BUNDLED_DB, built_db):
        result = run_zoneview("check", "--db", db)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.startswith("ok: ")


@pytest.fixture(scope="module")
def library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report and two small ones: documents 1, 2 and 3."""
    corpus = ROOT / "tests" / "corpus"
    reports = [
        corpus / "深圳市龙华区2019年法治政府建设工作报告_2019.txt",
        corpus / "series" / "大鹏新区2017年管委会工作报告_2017.txt",
    ]
    return library_of(tmp_path_factory.mktemp("check"), reports)


def problems_of(db: Path) -> list[str]:
    with reading(db) as store:
        return check_database(store.library).problems


def test_a_broken_foreign_key_in_a_library_is_named_once_for_its_document(library_file, tmp_path) -> None:
    figure = "(SELECT MIN(id) FROM indicators WHERE document_id = 2)"
    db = tampered(tmp_path, f"UPDATE indicators SET node_id = '9.9' WHERE id = {figure}", source=library_file)
    problems = problems_of(db)
    assert len(problems) == 1, problems
    assert problems[0].startswith("document 2: indicators id ")
    assert problems[0].endswith(": node_id '9.9' is not in nodes")


def test_rows_of_no_document_are_named_once(library_file, tmp_path) -> None:
    figure = "(SELECT MAX(id) FROM indicators)"
    db = tampered(
        tmp_path, f"UPDATE indicators SET document_id = 99 WHERE id = {figure}", source=library_file
    )
    problems = problems_of(db)
    assert len(problems) == 1, problems
    assert problems[0].endswith(": document_id 99 is not in documents")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_refuses_infinity_rather_than_write_what_is_not_json(tmp_path, fmt) -> None:
    db = tampered(tmp_path, "UPDATE indicators SET value = 9e999 WHERE id = 3")
    out = tmp_path / "out"
    result = run_zoneview("export", "--db", db, "--format", fmt, "-o", out)
    assert_user_error(result, "not a number")
    assert "zoneview check" in result.stderr
    assert not out.exists()


def test_export_json_is_strict_json() -> None:
    def refuse(constant):
        raise ValueError(constant)

    text = run_zoneview("export").stdout
    assert json.loads(text, parse_constant=refuse)["schema_version"] >= 1
