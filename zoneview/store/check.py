"""`zoneview check`: everything the viewer takes for granted when it reads a database, checked first.

The viewer reads rows into dataclasses without re-checking them, so a database that was tampered with
(or written by something else) must be called damaged here, not crash the window later: column types,
finite numbers, spans inside the source and their node, foreign keys (declared or not), then the
store's own provenance check that every quote is the text its span points at.
"""

from __future__ import annotations

import math
from typing import Any

from zoneview.ingest.model import MAX_FIGURE
from zoneview.store.read import ReportStore
from zoneview.store.records import CheckResult
from zoneview.store.schema import DOCUMENT_TABLES, LATER_DOCUMENT_TABLES, SCHEMA_VERSION, TABLES

# SQLite's typeof() names for the Python types the schema gives
_SQL_TYPES = {int: ("integer",), float: ("real", "integer"), str: ("text",)}
_FLAGS = {"indicators": ("approximate",)}  # 0 or 1
_SPANNED = ("indicators", "mentions", "corrections")  # spans that lie inside their node's span
_ORIGINAL = {t: spec for t, spec in TABLES.items() if t not in LATER_DOCUMENT_TABLES}  # read per document
MAX_LISTED = 20  # problems of one kind listed before the rest are counted


def check_database(store: ReportStore) -> CheckResult:
    """All problems found, in the order a reader would want them: the file, then each document's rows
    (named by document when the file holds several). The store is left on the document it was on."""
    problems = [f"integrity: {line}" for line in _integrity(store)]
    if not problems:
        problems += _columns(store)
    sound = not problems
    if sound:
        problems += _documentless(store) + _later_rows(store)
    current = store.document_id
    documents = [d.id for d in store.documents()]
    for document in documents if sound else []:
        store.use_document(document)
        found = _types(store) + _finite(store) + _foreign_keys(store)
        if not found:
            found += _spans(store)
        if not found:  # the rows are sound: now whether they say what the source says
            found += store.provenance()
        problems += [f"document {document}: {p}" for p in found] if len(documents) > 1 else found
    if documents:
        store.use_document(current)
    counts = {
        table: _scalar(store, f"SELECT COUNT(*) FROM main.[{table}]")
        for table in _tables(store)
        if table not in ("documents", "subject_choices", *LATER_DOCUMENT_TABLES)
    }
    if len(documents) > 1:
        counts = {"documents": len(documents), **counts}
    return CheckResult(str(store.path), SCHEMA_VERSION, counts, problems)


def _integrity(store: ReportStore) -> list[str]:
    lines = [str(r[0]) for r in store._all("PRAGMA integrity_check")]
    return [] if lines == ["ok"] else lines[:5]


def _tables(store: ReportStore) -> list[str]:
    """The schema's tables this file holds: all, but a file made before a later table may lack it."""
    present = {r[0] for r in store._all("SELECT name FROM main.sqlite_master WHERE type = 'table'")}
    return [t for t in TABLES if t in present or t not in LATER_DOCUMENT_TABLES]


def _later_rows(store: ReportStore) -> list[str]:
    """The rows of the tables newer than schema 3, once for the file: their types and documents."""
    problems = []
    for table in (t for t in _tables(store) if t in LATER_DOCUMENT_TABLES):
        spec = TABLES[table]
        key = "id" if "id" in spec["columns"] else "document_id"
        for column, kind in spec["columns"].items():
            allowed = [*_SQL_TYPES[kind], *(() if column in spec["not_null"] else ("null",))]
            marks = ", ".join("?" for _ in allowed)
            rows = store._all(
                f"SELECT [{key}] AS rid, typeof([{column}]) AS t FROM main.[{table}] "
                f"WHERE typeof([{column}]) NOT IN ({marks})",
                *allowed,
            )
            problems += _listed([f"{table} {key} {r['rid']!r}: {column} holds {r['t']}" for r in rows])
        rows = store._all(
            f"SELECT [{key}] AS rid FROM main.[{table}] "
            "WHERE document_id NOT IN (SELECT id FROM main.documents)"
        )
        problems += _listed([f"{table} {key} {r['rid']!r}: its document is not in documents" for r in rows])
    return problems


def _columns(store: ReportStore) -> list[str]:
    problems = []
    for table in _tables(store):
        spec = TABLES[table]
        present = {r["name"] for r in store._all(f"PRAGMA table_info([{table}])")}
        missing = [c for c in spec["columns"] if c not in present]
        if missing:
            problems.append(f"table {table} lacks columns {', '.join(missing)}")
    return problems


def _documentless(store: ReportStore) -> list[str]:
    """Rows of no document: each document's checks below read only its own rows, so none sees them."""
    problems = []
    for table in DOCUMENT_TABLES:
        rows = store._all(
            f"SELECT [id] AS rid, document_id AS v FROM main.[{table}] "
            "WHERE document_id NOT IN (SELECT id FROM main.documents)"
        )
        problems += _listed(
            [f"{table} id {r['rid']!r}: document_id {r['v']!r} is not in documents" for r in rows]
        )
    return problems


def _types(store: ReportStore) -> list[str]:
    problems = []
    for table, spec in _ORIGINAL.items():
        for column, kind in spec["columns"].items():
            allowed = list(_SQL_TYPES[kind])
            if column not in spec.get("not_null", ()) and column != spec["pk"]:
                allowed.append("null")
            marks = ", ".join("?" for _ in allowed)
            rows = store._all(
                f"SELECT [id] AS rid, typeof([{column}]) AS t FROM [{table}] "
                f"WHERE typeof([{column}]) NOT IN ({marks})",
                *allowed,
            )
            problems += _listed(
                [f"{table} id {r['rid']!r}: {column} holds {r['t']}, not {kind.__name__}" for r in rows]
            )
        for column in _FLAGS.get(table, ()):
            rows = store._all(f"SELECT [id] AS rid FROM [{table}] WHERE [{column}] NOT IN (0, 1)")
            problems += _listed([f"{table} id {r['rid']!r}: {column} is neither 0 nor 1" for r in rows])
    return problems


def _finite(store: ReportStore) -> list[str]:
    """Infinity (SQLite stores 1e999 as it) breaks every view of its node and is not JSON; a figure past
    MAX_FIGURE is one no build writes, and no chart can draw."""
    problems = []
    for table, spec in _ORIGINAL.items():
        for column in (c for c, kind in spec["columns"].items() if kind is float):
            rows = store._all(
                f"SELECT [id] AS rid, [{column}] AS v FROM [{table}] "
                f"WHERE typeof([{column}]) IN ('real', 'integer') AND NOT abs([{column}]) <= ?",
                MAX_FIGURE,
            )  # abs() of nan is null, so nan is listed too
            problems += _listed([
                f"{table} id {r['rid']!r}: {column} is {r['v']}, not a finite number"
                if r["v"] is None or not math.isfinite(r["v"])
                else f"{table} id {r['rid']!r}: {column} is {r['v']:g}, past {MAX_FIGURE:g}, no chart's"
                for r in rows
            ])  # fmt: skip
    return problems


def _foreign_keys(store: ReportStore) -> list[str]:
    """Checked by join, since a database can be made without the declarations foreign_key_check reads."""
    problems = []
    for table, spec in _ORIGINAL.items():
        for columns, parent, keys in spec.get("foreign_keys", []):
            column = columns[-1]  # the document id, or the key within the document
            on = " AND ".join(f"c.[{c}] = p.[{k}]" for c, k in zip(columns, keys, strict=True))
            rows = store._all(
                f"SELECT c.[id] AS rid, c.[{column}] AS v FROM [{table}] c LEFT JOIN main.[{parent}] p "
                f"ON {on} WHERE c.[{column}] IS NOT NULL AND p.[{keys[-1]}] IS NULL"
            )
            problems += _listed(
                [f"{table} id {r['rid']!r}: {column} {r['v']!r} is not in {parent}" for r in rows]
            )
    return problems


def _spans(store: ReportStore) -> list[str]:
    """Spans are offsets into the source: nodes inside the document, everything else inside its node."""
    chars = store.document().chars
    problems = []
    nodes = store._all("SELECT id, span_start, span_end, original FROM nodes")
    problems += _listed(
        [
            f"node {n['id']}: span {n['span_start']}–{n['span_end']} lies outside the source (0–{chars})"
            for n in nodes
            if not 0 <= n["span_start"] <= n["span_end"] <= chars
        ]
    )
    problems += _listed(
        [
            f"node {n['id']}: its original text is not {n['span_end'] - n['span_start']} characters long"
            for n in nodes
            if len(n["original"]) != n["span_end"] - n["span_start"]
        ]
    )
    for table in _SPANNED:
        rows = store._all(
            f"SELECT t.id AS rid, t.node_id, t.span_start, t.span_end FROM [{table}] t "
            "JOIN nodes n ON n.id = t.node_id WHERE NOT "
            "(n.span_start <= t.span_start AND t.span_start <= t.span_end AND t.span_end <= n.span_end)"
        )
        problems += _listed(
            [
                f"{table} id {r['rid']!r}: span {r['span_start']}–{r['span_end']} "
                f"lies outside node {r['node_id']}"
                for r in rows
            ]
        )
    return problems


def _listed(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_LISTED:
        return problems
    return [*problems[:MAX_LISTED], f"… and {len(problems) - MAX_LISTED} more like these"]


def _scalar(store: ReportStore, sql: str) -> Any:
    row = store._one(sql)
    return row[0] if row else 0
