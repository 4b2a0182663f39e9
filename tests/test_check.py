"""`zoneview check` calls a tampered database damaged, naming what is wrong, before the viewer would trip
over it; `export` never writes what is not JSON."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from cli_helpers import assert_user_error, run_zoneview
from conftest import BUNDLED_DB


def tampered(tmp_path, *statements: str):
    db = tmp_path / "tampered.db"
    shutil.copy(BUNDLED_DB, db)
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
