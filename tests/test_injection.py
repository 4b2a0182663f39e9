"""What a report holds cannot drive the terminal that prints it, nor run in the spreadsheet that opens
an export."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import shutil
import sqlite3
import subprocess
import sys

import pytest
from cli_helpers import ROOT, run_zoneview
from conftest import BUNDLED_DB

ESCAPES = ("\x1b", "\x07", "\x9b", "\u202e")


@pytest.fixture(scope="module")
def escapes_db(tmp_path_factory):
    """A report whose text clears the screen, retitles the terminal, colours it and reverses text."""
    folder = tmp_path_factory.mktemp("escapes")
    source = folder / "r.txt"
    source.write_text(
        "1.标题\x1b[2J\x1b]0;pwned\x07。一是测试\x9b31m举措。正文贷款\x1b[31m红色\u202e反转。\n",
        encoding="utf-8",
    )
    db = folder / "r.db"
    assert run_zoneview("build", source, "-o", db).returncode == 0
    return db


def on_a_terminal(*args) -> tuple[int, str]:
    """Run zoneview with its stdout a real terminal (a pty), as a user at a shell would."""
    main, child = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "zoneview", *map(str, args)]
    proc = subprocess.run(command, stdout=child, stderr=subprocess.PIPE, env=env, timeout=120)
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the terminal's other end is closed and all is read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    return proc.returncode, b"".join(chunks).decode("utf-8")


def test_search_prints_no_terminal_escapes(escapes_db) -> None:
    code, out = on_a_terminal("search", "贷款", "--db", escapes_db)
    assert code == 0
    assert "正文【贷款】" in out and "红色" in out
    assert not any(c in out for c in ESCAPES), repr(out)


def test_search_json_escapes_them_and_keeps_the_data(escapes_db) -> None:
    code, out = on_a_terminal("search", "贷款", "--db", escapes_db, "--json")
    assert code == 0
    assert not any(c in out for c in ESCAPES), repr(out)
    (hit,) = json.loads(out)
    assert "\x1b[31m红色\u202e反转" in hit["snippet"]  # escaped in JSON, the same text once read


def test_export_json_to_a_terminal_escapes_them_and_keeps_the_data(escapes_db) -> None:
    code, out = on_a_terminal("export", "--db", escapes_db)
    assert code == 0
    assert not any(c in out for c in ESCAPES), repr(out)
    # the title ends at the first ；/; (here the one inside the escape); what it keeps is kept exactly
    assert json.loads(out)["nodes"][0]["title"] == "标题\x1b[2J\x1b]0"


@pytest.fixture
def formula_db(tmp_path):
    db = tmp_path / "formulas.db"
    shutil.copy(BUNDLED_DB, db)
    conn = sqlite3.connect(db)
    conn.execute("""UPDATE nodes SET title = '=HYPERLINK("http://x.invalid","点击")' WHERE id = '1.1'""")
    conn.execute("UPDATE indicators SET name = '@SUM(1+1)' WHERE id = 1")
    conn.execute("UPDATE indicators SET name = '+cmd', value = -3, base_value = -30000 WHERE id = 3")
    conn.execute("UPDATE indicators SET name = '-2+3' WHERE id = 4")
    conn.commit()
    conn.close()
    return db


def read_csv(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_csv_export_makes_formula_cells_text_and_keeps_numbers(formula_db, tmp_path) -> None:
    out = tmp_path / "tables"
    assert run_zoneview("export", "--db", formula_db, "--format", "csv", "-o", out).returncode == 0
    nodes = {r["id"]: r for r in read_csv(out / "nodes.csv")}
    assert nodes["1.1"]["title"] == """'=HYPERLINK("http://x.invalid","点击")"""
    figures = {r["id"]: r for r in read_csv(out / "indicators.csv")}
    assert figures["1"]["name"] == "'@SUM(1+1)"
    assert figures["3"]["name"] == "'+cmd" and figures["3"]["value"] == "-3.0"  # a number stays a number
    assert figures["4"]["name"] == "'-2+3"
    assert figures["2"]["name"] == "企业"


def test_chart_csv_makes_formula_cells_text_and_keeps_numbers(formula_db, tmp_path) -> None:
    out = tmp_path / "chart.csv"
    assert run_zoneview("chart", "1.1", "--db", formula_db, "--csv", out).returncode == 0
    labels = {r["label"].removesuffix("（累计）"): r for r in read_csv(out)}  # the label shows the qualifier
    assert "'@SUM(1+1)" in labels and "'+cmd" in labels
    assert labels["'+cmd"]["base_value"] == "-30000.0"
