"""The library: many reports in one database, added, listed, searched, removed, migrated, atomically."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import run_zoneview
from conftest import BUNDLED_DB, ROOT, library_of

from zoneview import paths
from zoneview.service import add_report
from zoneview.store import Library, StoreError, reading
from zoneview.store.check import check_database
from zoneview.store.library import ImportCancelled, LibraryError, LibraryWriter, create_library

SERIES = sorted((ROOT / "tests" / "corpus" / "series").glob("国务院政府工作报告_*.txt")) + sorted(
    (ROOT / "tests" / "corpus").glob("国务院政府工作报告_*.txt")
)
SCHEMA_2 = ROOT / "tests" / "data" / "zoneview-schema2.db"


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def state_council(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The State Council's ten reports, 2016–2025, in one library with the bundled report."""
    db = tmp_path_factory.mktemp("library") / "library.db"
    with LibraryWriter(db) as library:
        for path in sorted(SERIES):
            assert add_report(library, path).new
    return db


def test_the_series_is_complete() -> None:
    years = sorted(int(p.stem.split("_")[1][:4]) for p in SERIES)
    assert years == list(range(2016, 2026))


def test_a_new_library_holds_the_bundled_report_and_each_added_one(state_council) -> None:
    with reading(BUNDLED_DB) as seed:
        bundled = seed.record()
    with reading(state_council) as store:
        documents = store.library.documents()
        assert [d.sha256 for d in documents if d.sha256 == bundled.sha256] == [bundled.sha256]
        council = [d for d in documents if d.issuer == "国务院"]
        assert [d.year for d in council] == list(range(2016, 2026))  # by issuer, then year
        assert {d.kind for d in council} == {"政府工作报告"}
        assert {d.sha256 for d in council} == {hashlib.sha256(p.read_bytes()).hexdigest() for p in SERIES}
        assert check_database(store.library).ok


def test_each_document_reads_as_if_it_were_alone(state_council, tmp_path) -> None:
    """Node ids repeat from one report to the next; each document's outline, figures and marks are
    exactly those of a database built from it alone."""
    path = next(p for p in SERIES if "2019" in p.name)
    single = tmp_path / "one.db"
    assert run_zoneview("build", path, "-o", single).returncode == 0
    with reading(single) as alone, reading(state_council) as council:
        document = next(d for d in council.library.documents() if d.year == 2019)
        same = council.library.document(document.id)
        assert same.record().title == alone.record().title
        assert [n.id for n in same.nodes()] == [n.id for n in alone.nodes()]
        assert [(i.name, i.value, i.quote) for i in same.indicators()] == [
            (i.name, i.value, i.quote) for i in alone.indicators()
        ]
        for node in ("1", "2", "3.1"):
            figures = {i.id: i.quote for i in same.indicators(node)}
            marked = [m for m in same.marks(node) if m.kind == "figure"]
            assert marked and all(m.ref in figures for m in marked)  # refs moved with the ids
            theirs = [(m.start, m.end, m.kind) for m in alone.marks(node)]
            assert [(m.start, m.end, m.kind) for m in same.marks(node)] == theirs
        assert same.counts() == alone.counts()


def test_adding_the_same_file_again_changes_nothing(state_council, tmp_path) -> None:
    copy = tmp_path / "again.db"
    shutil.copy(state_council, copy)
    before = copy.read_bytes()
    with LibraryWriter(copy) as library:
        added = add_report(library, SERIES[0])
    assert not added.new and added.document.year == 2016
    assert copy.read_bytes() == before


def test_a_cancelled_import_leaves_the_library_as_it_was(state_council, tmp_path) -> None:
    copy = tmp_path / "cancel.db"
    shutil.copy(state_council, copy)
    before = copy.read_bytes()
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 5  # part-way through the report's nodes

    with LibraryWriter(copy) as library, pytest.raises(ImportCancelled):
        add_report(library, ROOT / "tests" / "corpus" / "2026年广东省政府工作报告.txt", cancelled=cancelled)
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cancel.db"]


def test_a_failed_import_says_why_and_keeps_the_library(state_council, tmp_path) -> None:
    copy = tmp_path / "fail.db"
    shutil.copy(state_council, copy)
    before = copy.read_bytes()
    scanned = tmp_path / "scan.pdf"
    scanned.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    result = run_zoneview("add", SERIES[0], scanned, "--db", copy)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("zoneview: error: ") and "scan.pdf" in lines[0]
    assert lines[-1] == "zoneview: error: 1 of 2 files were not added; the library has the others"
    assert "Traceback" not in result.stderr
    assert copy.read_bytes() == before  # the other file was in the library already


def test_remove_takes_a_document_and_everything_read_from_it(state_council, tmp_path) -> None:
    copy = tmp_path / "remove.db"
    shutil.copy(state_council, copy)
    with reading(copy) as store:
        doomed = next(d for d in store.library.documents() if d.year == 2020)
        hits_before = {h.document_id for h in store.library.search("国内生产总值", 200)}
    assert doomed.id in hits_before
    result = run_zoneview("remove", str(doomed.id), "--db", copy)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"removed document {doomed.id}: {doomed.title}"
    for table in ("nodes", "indicators", "entities", "mentions", "corrections", "marks"):
        assert rows(copy, f"SELECT COUNT(*) FROM {table} WHERE document_id = {doomed.id}") == [(0,)]
    with reading(copy) as store:
        assert doomed.id not in {d.id for d in store.library.documents()}
        hits = {h.document_id for h in store.library.search("国内生产总值", 200)}
        assert doomed.id not in hits and hits  # the full-text index forgot it too
        assert check_database(store.library).ok
    again = run_zoneview("remove", str(doomed.id), "--db", copy)
    assert again.returncode == 1
    assert again.stderr == f"zoneview: error: the library holds no document {doomed.id}\n"


def test_the_bundled_report_stays(state_council, tmp_path) -> None:
    copy = tmp_path / "keep.db"
    shutil.copy(state_council, copy)
    with reading(copy) as store:
        bundled = next(d for d in store.library.documents() if d.issuer != "国务院")
    with LibraryWriter(copy) as library, pytest.raises(LibraryError, match="bundled report"):
        library.remove(bundled.id)
    refused = run_zoneview("add", SERIES[0], "--db", BUNDLED_DB)
    assert refused.returncode == 1 and "never changed" in refused.stderr


def test_list_shows_issuer_year_kind_and_title(state_council) -> None:
    result = run_zoneview("list", "--json", "--db", state_council)
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    council = [d for d in listed if d["issuer"] == "国务院"]
    assert [d["year"] for d in council] == list(range(2016, 2026))
    assert set(listed[0]) == {"id", "issuer", "year", "kind", "title", "source_file", "sha256", "chars"}
    text = run_zoneview("list", "--db", state_council).stdout.splitlines()
    assert any("2019" in line and "国务院" in line and "政府工作报告" in line for line in text)


def test_flags_override_what_the_text_says(tmp_path) -> None:
    db = tmp_path / "flags.db"
    result = run_zoneview("add", SERIES[0], "--issuer", "中华人民共和国国务院", "--year", "2015", "--db", db)
    assert result.returncode == 0, result.stderr
    listed = json.loads(run_zoneview("list", "--json", "--db", db).stdout)
    assert [(d["issuer"], d["year"]) for d in listed if d["source_file"] == SERIES[0].name] == [
        ("中华人民共和国国务院", 2015)
    ]


def test_add_without_db_makes_the_users_library(tmp_path) -> None:
    result = run_zoneview("add", SERIES[0], env={"ZONEVIEW_DATA_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stderr
    library = tmp_path / "home" / "library.db"
    assert library.is_file()
    listed = run_zoneview("list", "--json", env={"ZONEVIEW_DATA_HOME": str(tmp_path / "home")})
    assert len(json.loads(listed.stdout)) == 2  # the bundled report and the one added
    assert paths.bundled_database().read_bytes() == BUNDLED_DB.read_bytes()


def test_search_spans_the_library_with_a_filter_by_year_and_by_document(state_council) -> None:
    everything = json.loads(
        run_zoneview("search", "就业优先", "--json", "--limit", "50", "--db", state_council).stdout
    )
    years = {hit["year"] for hit in everything}
    assert len(years) >= 4 and all(set(hit) >= {"document", "year", "node"} for hit in everything)
    in_2019 = json.loads(
        run_zoneview("search", "就业优先", "--json", "--year", "2019", "--db", state_council).stdout
    )
    assert in_2019 and {hit["year"] for hit in in_2019} == {2019}
    document = in_2019[0]["document"]
    one = json.loads(
        run_zoneview("search", "就业", "--json", "--document", str(document), "--db", state_council).stdout
    )
    assert one and {hit["document"] for hit in one} == {document}  # a short term, scanned, filtered too


def test_check_and_export_cover_every_document(state_council, tmp_path) -> None:
    result = run_zoneview("check", "--db", state_council)
    assert result.returncode == 0, result.stderr
    assert "11 documents" in result.stdout
    exported = json.loads(run_zoneview("export", "--db", state_council).stdout)
    assert len(exported["documents"]) == 11
    assert {d["document"]["year"] for d in exported["documents"]} >= set(range(2016, 2026))
    one = json.loads(run_zoneview("export", "--document", "1", "--db", state_council).stdout)
    assert one["document"]["id"] == 1 and one["nodes"][0]["id"] == "preamble"
    folder = tmp_path / "csv"
    assert run_zoneview("export", "--format", "csv", "-o", folder, "--db", state_council).returncode == 0
    header = (folder / "indicators.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("document,")
    assert (folder / "documents.csv").is_file()


def test_a_damaged_document_is_named_by_check(state_council, tmp_path) -> None:
    copy = tmp_path / "damaged.db"
    shutil.copy(state_council, copy)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE indicators SET quote = 'x' WHERE id = (SELECT MAX(id) FROM indicators)")
    conn.commit()
    conn.close()
    result = run_zoneview("check", "--db", copy)
    assert result.returncode == 1
    assert result.stdout.startswith("document 11: figure ")


def test_a_library_seeded_from_a_library_holds_each_of_its_documents_once(tmp_path) -> None:
    seed = library_of(tmp_path, SERIES[:2])
    made = tmp_path / "made.db"
    create_library(made, seed)
    with reading(seed) as before, reading(made) as after:
        documents = before.library.documents()
        assert len(documents) == 3
        assert [d.sha256 for d in after.library.documents()] == [d.sha256 for d in documents]
        for document in documents:
            old, new = before.library.document(document.id), after.library.document(document.id)
            assert new.nodes() == old.nodes()
            assert [i.quote for i in new.indicators()] == [i.quote for i in old.indicators()]
        assert check_database(after.library).ok


def test_a_schema_2_database_is_migrated_with_its_rows(tmp_path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(SCHEMA_2, old)
    with pytest.raises(StoreError, match=r"schema version 2; upgrade it with 'zoneview migrate"):
        Library(old)
    before = {
        table: rows(SCHEMA_2, f"SELECT COUNT(*) FROM {table}")[0][0]
        for table in ("nodes", "indicators", "entities", "mentions", "corrections", "marks")
    }
    result = run_zoneview("migrate", old)
    assert result.returncode == 0, result.stderr
    with reading(old) as store:
        assert check_database(store.library).ok
        counts = {table: rows(old, f"SELECT COUNT(*) FROM {table}")[0][0] for table in before}
        assert counts == before
        assert store.search("贷款")[0].node_id == "1.1"
        assert [m.kind for m in store.marks("1.1")] == [
            r[0]
            for r in rows(SCHEMA_2, "SELECT kind FROM marks WHERE node_id = '1.1' ORDER BY start, end DESC")
        ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.db"]
    with LibraryWriter(old) as library:  # and it takes new reports like any library
        assert add_report(library, SERIES[0]).document.id == 2


def test_one_governments_reports_group_under_one_issuer(tmp_path) -> None:
    """大鹏新区管理委员会 signs some years and 大鹏新区管委会 others, and only some name the city: the
    issuer is the place, and the library files them all under the name with its city."""
    from zoneview.ingest.formats import parse_document

    dapeng = sorted((ROOT / "tests" / "corpus").glob("大鹏新区*.txt"))
    issuers = {parse_document(p.read_bytes(), p.name).issuer for p in dapeng}
    assert issuers == {"大鹏新区", "深圳市大鹏新区"}
    with LibraryWriter(tmp_path / "library.db") as library:
        for path in dapeng:
            add_report(library, path)
    with reading(tmp_path / "library.db") as store:
        assert {d.issuer for d in store.library.documents() if d.kind == "政府工作报告"} == {"深圳市大鹏新区"}


def test_adding_a_file_that_is_not_there_is_one_line(tmp_path) -> None:
    result = run_zoneview("add", tmp_path / "gone.txt", "--db", tmp_path / "library.db")
    assert result.returncode == 1
    assert result.stderr == f"zoneview: error: {tmp_path / 'gone.txt'}: no such file\n"
