import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from cli_helpers import ROOT, assert_user_error, run_zoneview, run_zoneview_process
from conftest import BUNDLED_DB, LARGEST, REPORT
from synthetic import scaled_report
from test_store import BAD_DATABASES


def test_version() -> None:
    result = run_zoneview("--version")
    assert result.returncode == 0
    assert result.stdout.strip().startswith("zoneview 0.")


def test_build_writes_a_database_that_checks(tmp_path) -> None:
    out = tmp_path / "z.db"
    result = run_zoneview("build", REPORT, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "17 nodes, 25 figures" in result.stdout
    assert run_zoneview("check", "--db", out).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["z.db"]


def test_export_json_shows_outline_figures_actors_and_policies() -> None:
    result = run_zoneview("export", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [n["id"] for n in data["nodes"]][:3] == ["preamble", "1", "1.1"]
    assert len(data["indicators"]) == 25
    assert {n["id"]: n["actors"] for n in data["nodes"]}["3.2"] == ["两江新区", "璧山高新区", "重庆市"]
    policies = [e["name"] for e in data["entities"] if e["kind"] == "policy"]
    assert "科技成果转化管理办法" in policies and len(policies) == 5


def test_export_csv_writes_one_file_per_table(tmp_path) -> None:
    out = tmp_path / "csv"
    result = run_zoneview("export", "--format", "csv", "-o", out)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["corrections.csv", "indicators.csv", "mentions.csv", "nodes.csv"]
    indicators = (out / "indicators.csv").read_text(encoding="utf-8-sig").splitlines()
    assert indicators[0].startswith("id,node,name,value,unit")
    assert len(indicators) == 26
    assert any("2902.97" in line and "地区生产总值" in line for line in indicators)
    assert [p.name for p in tmp_path.iterdir()] == ["csv"]


def test_export_csv_without_a_folder_is_a_clear_error() -> None:
    assert_user_error(run_zoneview("export", "--format", "csv"), "folder")


def test_search_json_finds_the_right_initiative() -> None:
    result = run_zoneview("search", "贷款", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits[0]["node"] == "1.1" and hits[0]["title"] == "强化金融要素支持"
    assert set(hits[0]) == {"node", "title", "snippet", "score", "document", "year"}


def test_search_finds_both_places_printed_with_a_space() -> None:
    hits = json.loads(run_zoneview("search", "国家级", "--json").stdout)
    assert sorted(h["node"] for h in hits) == ["3.1", "4.1"]


@pytest.mark.parametrize("query", ['"', "NEAR(", "AND", "-", ")", "*", 'a"b OR c'])
def test_odd_search_strings_never_fail(query) -> None:
    result = run_zoneview("search", query, "--json")
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)


def test_an_empty_search_is_a_user_error() -> None:
    assert_user_error(run_zoneview("search", "  "), "empty")


def test_human_search_output_marks_the_hit() -> None:
    result = run_zoneview("search", "贷款")
    assert "1.1" in result.stdout and "【贷款】" in result.stdout


BAD_SOURCES = {
    "missing": (None, "no such file"),
    "empty": (b"", "empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    "undecodable": (b"\xff\xfe\x00\xd8" * 3, "UTF-16"),
    "folder": ("dir", "no such file"),
}


@pytest.mark.parametrize("case", list(BAD_SOURCES))
def test_bad_sources_give_one_line_and_keep_the_old_database(tmp_path, case) -> None:
    data, message = BAD_SOURCES[case]
    source = tmp_path / "report.txt"
    if data == "dir":
        source.mkdir()
    elif data is not None:
        source.write_bytes(data)
    out = tmp_path / "z.db"
    out.write_bytes(BUNDLED_DB.read_bytes())
    assert_user_error(run_zoneview("build", source, "-o", out), message)
    assert out.read_bytes() == BUNDLED_DB.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_other_encodings_build_the_same_outline(tmp_path, encoding) -> None:
    source = tmp_path / "report.txt"
    source.write_bytes(REPORT.read_text(encoding="utf-8").encode(encoding))
    out = tmp_path / "z.db"
    assert run_zoneview("build", source, "-o", out).returncode == 0
    ours = json.loads(run_zoneview("export", "--db", out).stdout)
    shipped = json.loads(run_zoneview("export").stdout)
    assert ours["nodes"] == shipped["nodes"]
    assert ours["indicators"] == shipped["indicators"]


def test_html_and_control_characters_build_as_literal_text(tmp_path) -> None:
    source = tmp_path / "r.txt"
    source.write_text("1.标题<img src=x onerror=alert(1)>。一是测试\x01。正文。\n", encoding="utf-8")
    out = tmp_path / "z.db"
    assert run_zoneview("build", source, "-o", out).returncode == 0
    nodes = json.loads(run_zoneview("export", "--db", out).stdout)["nodes"]
    assert "<img src=x onerror=alert(1)>" in nodes[0]["title"]


def test_unstructured_text_builds_with_a_warning(tmp_path) -> None:
    source = tmp_path / "r.txt"
    source.write_text("没有任何结构的一段文字，只有句子，没有编号，也没有标题。", encoding="utf-8")
    result = run_zoneview("build", source, "-o", tmp_path / "z.db")
    assert result.returncode == 0
    assert result.stderr.startswith("zoneview: warning: no outline markers")


def test_a_text_that_is_no_report_builds_with_one_warning(tmp_path) -> None:
    """The project's own README (English, no outline) and English notes with numbered sections: built,
    since the user asked, but with one line that says this is not what zoneview reads."""
    readme = tmp_path / "readme.txt"
    readme.write_bytes((ROOT / "README.md").read_bytes())
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "\n".join(f"{i}. Part {i} of the notes\n" + "The program reads files and writes a database. " * 5
                  for i in range(1, 5)),
        encoding="utf-8",
    )  # fmt: skip
    for source in (readme, notes):
        result = run_zoneview("build", source, "-o", tmp_path / "z.db")
        assert result.returncode == 0, result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("zoneview: warning: this does not look like"), lines
    assert "no outline" in run_zoneview("build", readme, "-o", tmp_path / "z.db").stderr


def test_reports_build_without_a_warning(tmp_path) -> None:
    for source in (REPORT, LARGEST):
        result = run_zoneview("build", source, "-o", tmp_path / "z.db")
        assert result.returncode == 0 and result.stderr == "", result.stderr


@pytest.mark.parametrize("command", ["check", "export", "search"])
@pytest.mark.parametrize("case", list(BAD_DATABASES))
def test_bad_databases_give_one_line_for_every_command(tmp_path, command, case) -> None:
    make, _ = BAD_DATABASES[case]
    db = tmp_path / "bad.db"
    make(db)
    args = [command, "--db", db] if command != "search" else ["search", "贷款", "--db", db]
    result = run_zoneview(*args)
    assert_user_error(result)
    if command == "export":
        assert result.stdout == ""


def test_export_to_a_missing_folder_writes_nothing(tmp_path) -> None:
    assert_user_error(run_zoneview("export", "-o", tmp_path / "no" / "x.json"), "does not exist")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT], ids=lambda s: s.name)
def test_an_interrupted_build_leaves_the_old_database_and_no_temp_files(tmp_path, signum) -> None:
    """kill, a closed terminal or Ctrl+\\ while the database is being written: the earlier file stays,
    the temp file and its journal go."""
    source = tmp_path / "big.txt"
    source.write_text(scaled_report(REPORT.read_text(encoding="utf-8"), 400), encoding="utf-8")
    out = tmp_path / "z.db"
    out.write_bytes(BUNDLED_DB.read_bytes())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "zoneview", "build", str(source), "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(tmp_path.glob(".z.db.*.tmp")) and proc.poll() is None:
        time.sleep(0.005)
    if proc.poll() is not None:
        pytest.skip("the build finished before it could be interrupted")
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert out.read_bytes() == BUNDLED_DB.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "z.db"]


def test_temp_files_left_by_a_killed_build_are_removed_by_the_next(tmp_path) -> None:
    """SIGKILL leaves temp files no handler could remove: the next write to the same file removes those
    that are ours and that no running writer holds, and nothing else."""
    import fcntl

    stale = [".z.db.k1ll3d00.tmp", ".z.db.k1ll3d00.tmp-journal", ".z.db.gone0000.tmp-wal"]
    others = [".z.db.notours.tmp", ".zz.db.k1ll3d00.tmp", "notes.txt"]
    for name in stale + others:
        (tmp_path / name).write_bytes(b"x" * 100)
    live = tmp_path / ".z.db.w0rk1ng0.tmp"  # another build, still at work: it holds its lock
    live.write_bytes(b"")
    with live.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        result = run_zoneview("build", REPORT, "-o", tmp_path / "z.db")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*others, live.name, "z.db"])


def test_check_finds_a_quote_that_no_longer_matches_its_span(tmp_path) -> None:
    import sqlite3

    db = tmp_path / "tampered.db"
    db.write_bytes(BUNDLED_DB.read_bytes())
    conn = sqlite3.connect(db)
    conn.execute("UPDATE indicators SET quote = '9999万元' WHERE id = 1")
    conn.commit()
    conn.close()
    result = run_zoneview("check", "--db", db)
    assert_user_error(result, "quote does not match its span")
    assert "figure 1" in result.stdout


@pytest.mark.parametrize("command", [["check"], ["export"], ["search", "贷款"]])
def test_db_before_the_command_is_the_database_it_reads(tmp_path, command) -> None:
    broken = tmp_path / "broken.db"
    broken.write_text("hello", encoding="utf-8")
    assert_user_error(run_zoneview("--db", broken, *command), str(broken))
    good = tmp_path / "good.db"
    good.write_bytes(BUNDLED_DB.read_bytes())
    result = run_zoneview("--db", good, *command, "--db", good)
    assert result.returncode == 0, result.stderr
    if command == ["check"]:
        assert result.stdout.startswith(f"ok: {good}")


def test_two_different_databases_or_window_options_before_a_command_are_refused(tmp_path) -> None:
    assert_user_error(run_zoneview("--db", BUNDLED_DB, "check", "--db", tmp_path / "x.db"), "two databases")
    assert_user_error(run_zoneview("--db", BUNDLED_DB, "build", REPORT), "reads no database")
    assert_user_error(
        run_zoneview("--screenshot", tmp_path / "x.png", "check"), "--screenshot is for the window"
    )
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("args", [["search", "贷款"], ["search", "贷款", "--json"], ["export"]])
def test_a_closed_standard_output_is_an_error_not_success(args) -> None:
    """zoneview search 贷款 >&- : nothing can be printed, so the command has failed."""
    result = run_zoneview_process(*args, preexec_fn=lambda: os.close(1))
    assert_user_error(result, "standard output is closed")


def test_a_reader_that_goes_away_ends_the_command_quietly_and_non_zero() -> None:
    """zoneview export | head -c1 : a broken pipe, no traceback, no 'Exception ignored'."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "zoneview", "export"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    proc.stdout.close()  # before zoneview writes: every write meets a closed pipe
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) != 0
    assert "Traceback" not in stderr and "Exception ignored" not in stderr and "internal error" not in stderr


def test_print_counts_its_pages_in_english(tmp_path) -> None:
    result = run_zoneview("print", "--node", "1.1", "--pdf", tmp_path / "one.pdf")
    assert result.returncode == 0, result.stderr
    count = int(re.search(r": (\d+) pages?$", result.stdout.strip()).group(1))
    assert result.stdout.strip().endswith(f"{count} page" if count == 1 else f"{count} pages")


def test_a_bug_is_not_called_the_users_mistake() -> None:
    """user_errors turns what the user can cause into one line; a ValueError from a bug in zoneview
    goes on to the crash log (exit 70), not out as "zoneview: error: …" with no details kept."""
    import click

    from zoneview.cli import user_errors
    from zoneview.store.search import EmptySearch

    @user_errors
    def empty() -> None:
        raise EmptySearch("the search is empty")

    @user_errors
    def bug() -> None:
        int("not a number")

    with pytest.raises(click.ClickException, match="the search is empty"):
        empty()
    with pytest.raises(ValueError, match="invalid literal"):
        bug()
