"""`zoneview check`: everything the viewer takes for granted when it reads a database, checked first.

The viewer reads rows into dataclasses without re-checking them, so a database that was tampered with
(or written by something else) must be called damaged here, not crash the window later: column types,
finite numbers, spans inside the source and their node, foreign keys (declared or not), then the
document's provenance check that every quote is the text its span points at.
"""

from __future__ import annotations

import math
from typing import Any

from zoneview.ingest.model import MAX_FIGURE
from zoneview.store.document import Document
from zoneview.store.read import Library
from zoneview.store.records import CheckResult, NodeRecord
from zoneview.store.schema import DOCUMENT_TABLES, LATER_DOCUMENT_TABLES, SCHEMA_VERSION, TABLES

# SQLite's typeof() names for the Python types the schema gives
_SQL_TYPES = {int: ("integer",), float: ("real", "integer"), str: ("text",)}
_FLAGS = {"indicators": ("approximate",)}  # 0 or 1
_SPANNED = ("indicators", "mentions", "corrections")  # spans that lie inside their node's span
_ORIGINAL = {t: spec for t, spec in TABLES.items() if t not in LATER_DOCUMENT_TABLES}  # read per document
MAX_LISTED = 20  # problems of one kind listed before the rest are counted


def check_database(library: Library) -> CheckResult:
    """All problems found, in the order a reader would want them: the file, then each document's rows
    (named by document when the file holds several)."""
    problems = [f"integrity: {line}" for line in _integrity(library)]
    if not problems:
        problems += _columns(library)
    sound = not problems
    if sound:
        problems += _documentless(library) + _later_rows(library)
    documents = [library.document(d.id) for d in library.documents()] if sound else []
    for document in documents:
        found = _types(document) + _finite(document) + _foreign_keys(document)
        if not found:
            found += _spans(document)
        if not found:  # the rows are sound: now whether they say what the source says
            found += provenance(document)
        problems += [f"document {document.id}: {p}" for p in found] if len(documents) > 1 else found
    counts = {
        table: _scalar(library, f"SELECT COUNT(*) FROM main.[{table}]")
        for table in _tables(library)
        if table not in ("documents", "subject_choices", *LATER_DOCUMENT_TABLES)
    }
    if len(documents) > 1:
        counts = {"documents": len(documents), **counts}
    return CheckResult(str(library.path), SCHEMA_VERSION, counts, problems)


def provenance(document: Document) -> list[str]:
    """The document's problems of provenance: every quote must be the text its span points at."""
    problems: list[str] = []
    nodes = {n.id: n for n in document.nodes()}
    if not nodes:
        problems.append("the database holds no nodes")
    for ind in document.indicators():
        node = nodes.get(ind.node_id)
        if node is None or _slice(node, ind.span_start, ind.span_end) != ind.quote:
            problems.append(f"figure {ind.id} ({ind.name}): quote does not match its span")
    for c in document.corrections():
        node = nodes.get(c.node_id)
        if node is None or _slice(node, c.span_start, c.span_end) != c.original:
            problems.append(f"correction at {c.span_start}: original does not match its span")
    return problems


def _slice(node: NodeRecord, start: int, end: int) -> str:
    return node.original[start - node.span_start : end - node.span_start]


def _of(document: Document, table: str) -> str:
    """The table's rows of one document, as a subquery to read in place of the table."""
    if table == "documents":
        return f"(SELECT * FROM main.documents WHERE id = {int(document.id)})"
    if table in DOCUMENT_TABLES:
        return f"(SELECT * FROM main.[{table}] WHERE document_id = {int(document.id)})"
    return f"main.[{table}]"


def _integrity(library: Library) -> list[str]:
    lines = [str(r[0]) for r in library.rows("PRAGMA integrity_check")]
    return [] if lines == ["ok"] else lines[:5]


def _tables(library: Library) -> list[str]:
    """The schema's tables this file holds: all, but a file made before a later table may lack it."""
    present = {r[0] for r in library.rows("SELECT name FROM main.sqlite_master WHERE type = 'table'")}
    return [t for t in TABLES if t in present or t not in LATER_DOCUMENT_TABLES]


def _later_rows(library: Library) -> list[str]:
    """The rows of the tables newer than schema 3, once for the file: their types and documents."""
    problems = []
    for table in (t for t in _tables(library) if t in LATER_DOCUMENT_TABLES):
        spec = TABLES[table]
        key = "id" if "id" in spec["columns"] else "document_id"
        for column, kind in spec["columns"].items():
            allowed = [*_SQL_TYPES[kind], *(() if column in spec["not_null"] else ("null",))]
            marks = ", ".join("?" for _ in allowed)
            rows = library.rows(
                f"SELECT [{key}] AS rid, typeof([{column}]) AS t FROM main.[{table}] "
                f"WHERE typeof([{column}]) NOT IN ({marks})",
                *allowed,
            )
            problems += _listed([f"{table} {key} {r['rid']!r}: {column} holds {r['t']}" for r in rows])
        rows = library.rows(
            f"SELECT [{key}] AS rid FROM main.[{table}] "
            "WHERE document_id NOT IN (SELECT id FROM main.documents)"
        )
        problems += _listed([f"{table} {key} {r['rid']!r}: its document is not in documents" for r in rows])
    return problems


def _columns(library: Library) -> list[str]:
    problems = []
    for table in _tables(library):
        spec = TABLES[table]
        present = {r["name"] for r in library.rows(f"PRAGMA table_info([{table}])")}
        missing = [c for c in spec["columns"] if c not in present]
        if missing:
            problems.append(f"table {table} lacks columns {', '.join(missing)}")
    return problems


def _documentless(library: Library) -> list[str]:
    """Rows of no document: each document's checks below read only its own rows, so none sees them."""
    problems = []
    for table in DOCUMENT_TABLES:
        rows = library.rows(
            f"SELECT [id] AS rid, document_id AS v FROM main.[{table}] "
            "WHERE document_id NOT IN (SELECT id FROM main.documents)"
        )
        problems += _listed(
            [f"{table} id {r['rid']!r}: document_id {r['v']!r} is not in documents" for r in rows]
        )
    return problems


def _types(document: Document) -> list[str]:
    problems = []
    for table, spec in _ORIGINAL.items():
        for column, kind in spec["columns"].items():
            allowed = list(_SQL_TYPES[kind])
            if column not in spec.get("not_null", ()) and column != spec["pk"]:
                allowed.append("null")
            marks = ", ".join("?" for _ in allowed)
            rows = document.library.rows(
                f"SELECT [id] AS rid, typeof([{column}]) AS t FROM {_of(document, table)} "
                f"WHERE typeof([{column}]) NOT IN ({marks})",
                *allowed,
            )
            problems += _listed(
                [f"{table} id {r['rid']!r}: {column} holds {r['t']}, not {kind.__name__}" for r in rows]
            )
        for column in _FLAGS.get(table, ()):
            rows = document.library.rows(
                f"SELECT [id] AS rid FROM {_of(document, table)} WHERE [{column}] NOT IN (0, 1)"
            )
            problems += _listed([f"{table} id {r['rid']!r}: {column} is neither 0 nor 1" for r in rows])
    return problems


def _finite(document: Document) -> list[str]:
    """Infinity (SQLite stores 1e999 as it) breaks every view of its node and is not JSON; a figure past
    MAX_FIGURE is one no build writes, and no chart can draw."""
    problems = []
    for table, spec in _ORIGINAL.items():
        for column in (c for c, kind in spec["columns"].items() if kind is float):
            rows = document.library.rows(
                f"SELECT [id] AS rid, [{column}] AS v FROM {_of(document, table)} "
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


def _foreign_keys(document: Document) -> list[str]:
    """Checked by join, since a database can be made without the declarations foreign_key_check reads."""
    problems = []
    for table, spec in _ORIGINAL.items():
        for columns, parent, keys in spec.get("foreign_keys", []):
            column = columns[-1]  # the document id, or the key within the document
            on = " AND ".join(f"c.[{c}] = p.[{k}]" for c, k in zip(columns, keys, strict=True))
            rows = document.library.rows(
                f"SELECT c.[id] AS rid, c.[{column}] AS v FROM {_of(document, table)} c "
                f"LEFT JOIN main.[{parent}] p "
                f"ON {on} WHERE c.[{column}] IS NOT NULL AND p.[{keys[-1]}] IS NULL"
            )
            problems += _listed(
                [f"{table} id {r['rid']!r}: {column} {r['v']!r} is not in {parent}" for r in rows]
            )
    return problems


def _spans(document: Document) -> list[str]:
    """Spans are offsets into the source: nodes inside the document, everything else inside its node."""
    chars = document.record().chars
    problems = []
    nodes = document.library.rows(f"SELECT id, span_start, span_end, original FROM {_of(document, 'nodes')}")
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
        rows = document.library.rows(
            f"SELECT t.id AS rid, t.node_id, t.span_start, t.span_end FROM {_of(document, table)} t "
            f"JOIN {_of(document, 'nodes')} n ON n.id = t.node_id WHERE NOT "
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


def _scalar(library: Library, sql: str) -> Any:
    row = library.row(sql)
    return row[0] if row else 0
