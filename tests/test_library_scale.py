"""A library of many reports, made as benchmarks/bench_library.py makes its 1,000 (copies of real reports
moved to other years, each added through LibraryWriter.add), small enough to build in a few seconds; and the
short-term index that lets a library be searched without reading every text."""

import re
import runpy
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT
from synthetic import moved_report

from zoneview.ingest import parse_report
from zoneview.store import reading
from zoneview.store.library import LibraryWriter
from zoneview.store.search import query_terms

BENCH = runpy.run_path(str(ROOT / "benchmarks" / "bench_library.py"))
COPIES = 30


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("library")
    done = BENCH["build_library"](folder, COPIES, CORPUS[0].parent)
    assert (done["added"], done["skipped"]) == (COPIES, 0)  # no copy is taken for another
    return folder / "library.db"


@pytest.mark.slow
def test_every_copy_is_a_document_of_its_own(library: Path) -> None:
    with reading(library) as store:
        documents = store.library.documents()
    assert len(documents) == COPIES + 1  # and the bundled report the library starts with
    assert len({d.sha256 for d in documents}) == len(documents)
    # the corpus's reports, then copies of them moved to other years: their titles but for the year
    corpus_years = {parse_report(p.read_bytes(), p.name).year for p in CORPUS}
    assert {d.year for d in documents} - corpus_years - {None}
    assert len({re.sub(r"\d", "", d.title) for d in documents}) <= len(CORPUS) + 1


def test_a_moved_copy_reads_as_the_same_report_of_another_year() -> None:
    source = CORPUS[0]
    original = parse_report(source.read_bytes(), source.name)
    text = moved_report(source.read_text(encoding="utf-8"), 3, 1.06)
    moved = parse_report(text.encode(), source.name)
    assert moved.year == original.year + 3
    assert [(n.id, n.kind) for n in moved.nodes] == [(n.id, n.kind) for n in original.nodes]
    assert len(moved.indicators) == len(original.indicators)
    pairs = zip(original.indicators, moved.indicators, strict=True)
    changed = [(a.value, b.value) for a, b in pairs if a.value != b.value]
    assert changed and all(abs(b) > abs(a) for a, b in changed)  # figures scaled up, none lost


@pytest.mark.slow
@pytest.mark.parametrize("query", ["就业", "改革", "的", "GDP", "就业 收入", "就业 高质量发展", "生产总值"])
def test_library_search_finds_every_node_the_scan_finds(library: Path, query: str) -> None:
    with reading(library) as store:
        hits = store.library.search(query, 100_000)
        conn = sqlite3.connect(library)
        # what the search finds without any index: every node holding every term, in title or text
        like = " AND ".join("(title || char(10) || text) LIKE ?" for _ in query_terms(query))
        scanned = conn.execute(
            f"SELECT document_id, id FROM nodes WHERE {like}", [f"%{t}%" for t in query_terms(query)]
        ).fetchall()
    assert {(h.document_id, h.node_id) for h in hits} == set(scanned)
    assert len({h.document_id for h in hits}) > 1  # found across the library
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.slow
@pytest.mark.parametrize("query", ["就业", "高质量发展"])
@pytest.mark.parametrize("limit", [1, 20])
def test_the_best_hits_are_those_of_the_whole_ranking(library: Path, query: str, limit: int) -> None:
    """Copies of a report hold nodes of the same text, whose scores tie: the best are still the first of
    the whole ranking, ties broken by document and place."""
    with reading(library) as store:
        every = store.library.search(query, 100_000)
        best = store.library.search(query, limit)
    assert [(h.document_id, h.node_id) for h in best] == [(h.document_id, h.node_id) for h in every[:limit]]


@pytest.mark.slow
def test_a_year_keeps_the_search_to_its_documents(library: Path) -> None:
    with reading(library) as store:
        years = Counter(d.year for d in store.library.documents() if d.year)
        year = years.most_common(1)[0][0]
        of_year = {d.id for d in store.library.documents() if d.year == year}
        for query in ("改革", "高质量发展"):
            hits = store.library.search(query, 1000, year=year)
            assert hits and {h.document_id for h in hits} <= of_year
            assert len(store.library.search(query, 1000)) > len(hits)


@pytest.mark.slow
def test_a_removed_document_leaves_the_index(library: Path, tmp_path: Path) -> None:
    copy = tmp_path / "library.db"
    copy.write_bytes(library.read_bytes())
    with reading(copy) as store:
        document = max(store.library.documents(), key=lambda d: d.id).id
        before = {h.document_id for h in store.library.search("改革", 100_000)}
    assert document in before
    with LibraryWriter(copy) as changed:
        changed.remove(document)
    with reading(copy) as store:
        after = {h.document_id for h in store.library.search("改革", 100_000)}
    assert after == before - {document}
    conn = sqlite3.connect(copy)
    indexed = conn.execute("SELECT COUNT(*) FROM nodes_grams WHERE nodes_grams MATCH '\"改革\"'").fetchone()
    assert indexed == conn.execute("SELECT COUNT(*) FROM nodes WHERE title || text LIKE '%改革%'").fetchone()
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.execute("INSERT INTO nodes_grams (nodes_grams) VALUES ('integrity-check')")  # raises if wrong


@pytest.mark.slow
def test_a_library_without_the_index_gets_it_when_opened_for_a_change(library: Path, tmp_path: Path) -> None:
    copy = tmp_path / "library.db"
    copy.write_bytes(library.read_bytes())
    conn = sqlite3.connect(copy)
    conn.execute("DROP TABLE nodes_grams")
    conn.commit()
    with reading(copy) as store:  # searched as before the index, by reading every text
        scanned = store.library.search("就业", 100_000)
    LibraryWriter(copy).close()
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'nodes_grams'").fetchone()
    conn.close()
    with reading(copy) as store:
        indexed = store.library.search("就业", 100_000)
    assert {h.node_id for h in indexed} == {h.node_id for h in scanned}
