import shutil
import sqlite3
import subprocess

import pytest
from conftest import BUNDLED_DB

from zoneview.ingest import parse_report
from zoneview.ingest.model import Node
from zoneview.store import SCHEMA_VERSION, BuildError, StoreError, reading, write_database
from zoneview.store.check import check_database
from zoneview.store.export import document_data
from zoneview.store.schema import APPLICATION_ID


def content(path) -> dict[str, list[tuple]]:
    """Every row of every table, to compare databases by what they hold rather than by bytes."""
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    data = {t: sorted(conn.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables}
    data["pragmas"] = [
        conn.execute("PRAGMA user_version").fetchone(),
        conn.execute("PRAGMA application_id").fetchone(),
    ]
    conn.close()
    return data


def test_the_shipped_database_is_what_build_makes_of_the_shipped_report(built_db) -> None:
    assert content(built_db) == content(BUNDLED_DB)


def test_schema_version_keys_and_indexes(built_db) -> None:
    conn = sqlite3.connect(built_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    fks = {(r[2], r[3], r[4]) for r in conn.execute("PRAGMA foreign_key_list(mentions)")}
    assert fks == {
        ("documents", "document_id", "id"),
        ("entities", "entity_id", "id"),
        ("nodes", "document_id", "document_id"),  # a node is named by its document and its id
        ("nodes", "node_id", "id"),
    }
    assert conn.execute("PRAGMA foreign_key_list(nodes)").fetchall()
    indexes = [r[1] for r in conn.execute("PRAGMA index_list(indicators)")]
    assert any("node_id" in name for name in indexes)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_store_is_read_only(store) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.library._conn.execute("DELETE FROM main.nodes")


def test_opening_the_bundled_database_leaves_it_byte_for_byte(tmp_path) -> None:
    copy = tmp_path / "z.db"
    shutil.copy(BUNDLED_DB, copy)
    before = copy.read_bytes()
    with reading(copy) as s:
        s.search("贷款")
        check_database(s.library)
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["z.db"]


def test_read_api_returns_dataclasses(store) -> None:
    doc = store.record()
    assert doc.title == "重庆国家自主创新示范区建设进展情况" and doc.chars == 2239
    assert [n.id for n in store.children("1")] == ["1.1", "1.2", "1.3"]
    assert [n.id for n in store.breadcrumb("1.2")] == ["1", "1.2"]
    assert store.actors("3.2") == ["两江新区", "璧山高新区", "重庆市"]
    assert store.actor_names()[:3] == ["重庆高新区", "两江新区", "璧山高新区"]
    assert store.nodes_with_actor("璧山高新区") == ["1.3", "2.3", "3.2"]
    assert len(store.indicators("4", with_children=True)) == 4
    summary = store.indicators("summary")
    assert [i.share_of_city_pct for i in summary if i.kind != "share"] == [11.6, 30.1, 22.2, None, None]
    assert {i.label for i in store.indicators("2.2")} == {"科技型企业", "科技型企业（累计）"}
    assert [i.display_value for i in store.indicators("4.1")] == ["近5万平方米", "5个"]


def test_check_passes_on_the_shipped_database(store) -> None:
    result = check_database(store.library)
    assert result.ok, result.problems
    assert result.counts["nodes"] == 17 and result.counts["indicators"] == 25


def test_export_has_the_documented_shape(store) -> None:
    data = document_data(store)
    assert set(data) == {
        "schema_version", "document", "nodes", "indicators", "entities", "corrections", "stated_targets"
    }  # fmt: skip
    node = data["nodes"][2]
    assert set(node) == {
        "id",
        "parent",
        "kind",
        "ordinal",
        "marker",
        "title",
        "text",
        "original",
        "span",
        "actors",
        "level",
        "period",
        "plan",
    }
    assert node["actors"] == ["重庆高新区"]
    assert set(data["indicators"][0]) == {
        "id",
        "node",
        "name",
        "value",
        "unit",
        "base_value",
        "base_unit",
        "period",
        "qualifier",
        "approximate",
        "share_of_city_pct",
        "quote",
        "span",
        "kind",
        "value_high",
        "base_value_high",
        "approx_word",
        "share_of_total_pct",
        "share_of",
        "subject",
        "indicator",
    }
    assert {"name", "kind", "mentions"} == set(data["entities"][0])


def test_other_sqlite_tools_read_it_unchanged() -> None:
    sqlite3_cli = shutil.which("sqlite3")
    if sqlite3_cli is None:
        pytest.skip("the sqlite3 shell is not installed (CI installs it)")
    out = subprocess.run(
        [
            sqlite3_cli,
            "-readonly",
            str(BUNDLED_DB),
            "SELECT n.id FROM nodes_fts JOIN nodes n ON n.rowid = nodes_fts.rowid "
            "WHERE nodes_fts MATCH '\"国家级\"' ORDER BY n.id;",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["3.1", "4.1"]


def test_a_failed_build_leaves_the_earlier_database_and_no_temp_files(tmp_path, report) -> None:
    target = tmp_path / "z.db"
    write_database(report, target)
    before = target.read_bytes()
    orphan = Node("9.9", "initiative", 1, "no-such-parent", "", "t", "t", "t", 0, 1)
    broken = parse_report("1.标题。正文。\n".encode(), "x.txt")
    broken.nodes.append(orphan)
    with pytest.raises(Exception, match="FOREIGN KEY"):
        write_database(broken, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["z.db"]


def test_building_into_a_missing_folder_is_a_clear_error(tmp_path, report) -> None:
    with pytest.raises(BuildError, match="folder does not exist"):
        write_database(report, tmp_path / "nope" / "z.db")


def make_foreign(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE nodes (id TEXT)")
    conn.commit()
    conn.close()


def make_newer(path) -> None:
    shutil.copy(BUNDLED_DB, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def make_truncated(path) -> None:
    data = BUNDLED_DB.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def make_garbled(path) -> None:
    data = bytearray(BUNDLED_DB.read_bytes())
    for i in range(4096, len(data), 7):
        data[i] = 0xFF
    path.write_bytes(bytes(data))


BAD_DATABASES = {
    "missing": (lambda p: None, "not found"),
    "empty": (lambda p: p.write_bytes(b""), "empty"),
    "text": (lambda p: p.write_text("hello", encoding="utf-8"), "not a SQLite database"),
    "foreign": (make_foreign, "not a zoneview database"),
    "newer": (make_newer, "newer than this zoneview reads"),
    "truncated": (make_truncated, "corrupt|truncated|damaged|malformed"),
    "garbled": (make_garbled, "corrupt|truncated|damaged|malformed"),
}


@pytest.mark.parametrize("case", list(BAD_DATABASES))
def test_bad_databases_raise_store_errors(tmp_path, case) -> None:
    make, message = BAD_DATABASES[case]
    path = tmp_path / "bad.db"
    make(path)
    with pytest.raises(StoreError, match=message), reading(path) as s:  # damage may show only on reading
        s.search("贷款")
        check_database(s.library)


def test_paragraphs_are_counted_as_a_reader_counts_lines_in_the_source(corpus_dbs) -> None:
    """A node's paragraphs, read from the database, are the lines with text of the source from its
    part's start, counted from 1, for every node of every corpus report."""
    from conftest import CORPUS

    for path in CORPUS:
        source = parse_report(path.read_bytes(), path.name).source
        with reading(corpus_dbs[path.stem]) as store:
            for node in store.nodes():
                top_id, first, last = store.paragraphs(node.id)
                top = store.node(top_id)
                assert store.ancestry(node.id)[0] == top_id
                before = source[top.span_start : node.span_start].split("\n")
                lines_before = sum(1 for line in before[:-1] if line.strip())
                assert first == lines_before + 1, (path.stem, node.id)
                lines = source[top.span_start : node.span_end].split("\n")
                assert last == sum(1 for line in lines if line.strip()), (path.stem, node.id)


def test_every_field_of_a_parsed_figure_is_stored_and_read_back(report, store) -> None:
    """The parser's Indicator and the store's IndicatorRecord are declared once each, one a layer; the
    store's columns come from IndicatorRecord. Every field the parser gives a figure must be one of
    them, or a field added to the parser would be dropped on the way into the database."""
    from dataclasses import fields

    from zoneview.ingest.model import Indicator
    from zoneview.store.records import IndicatorRecord

    stored_as = {"start": "span_start", "end": "span_end"}
    parsed = [stored_as.get(f.name, f.name) for f in fields(Indicator)]
    assert set(parsed) <= {f.name for f in fields(IndicatorRecord)}
    read = {(r.node_id, r.span_start, r.span_end): r for r in store.indicators()}
    assert len(read) == len(report.indicators)
    for figure in report.indicators:
        record = read[(figure.node_id, figure.start, figure.end)]
        for f in fields(Indicator):
            assert getattr(record, stored_as.get(f.name, f.name)) == getattr(figure, f.name), f.name
