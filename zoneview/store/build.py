"""Write a parsed report into a new SQLite database atomically: a temp file beside the target, then rename."""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from pathlib import Path
from typing import Any

import sqlite_utils

from zoneview.files import atomic_path
from zoneview.ingest.model import Report
from zoneview.store.schema import APPLICATION_ID, FTS_COLUMNS, INDEXES, SCHEMA_VERSION, TABLES


class BuildError(Exception):
    """The database could not be written; any earlier file at the target is untouched."""


def write_database(report: Report, target: Path) -> None:
    """Build the database for `report` at `target`. On any failure, or Ctrl+C, nothing is left behind."""
    target = Path(target)
    try:
        with atomic_path(target) as temp:
            _fill(report, temp)
    except OSError as e:
        raise BuildError(str(e)) from None
    except sqlite3.OperationalError as e:  # SQLITE_FULL is the disk's fault, not ours: say so
        reason = "the disk is full" if getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL else e
        raise BuildError(f"cannot write {target}: {reason}") from None


def _fill(report: Report, path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn)
        for name, spec in TABLES.items():
            db.table(name).create(
                spec["columns"],
                pk=spec["pk"],
                not_null=spec["not_null"],
                foreign_keys=spec.get("foreign_keys", []),
            )
        for table, columns in INDEXES:
            db.table(table).create_index(columns)
        with conn:
            _insert(db, report)
        db.table("nodes").enable_fts(FTS_COLUMNS, tokenize="trigram", create_triggers=False)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()


def _insert(db: sqlite_utils.Database, report: Report) -> None:
    db.table("documents").insert(
        {
            "id": 1,
            "title": report.title,
            "source_file": report.source_file,
            "sha256": report.sha256,
            "chars": len(report.source),
            "issuer": report.issuer,
            "year": report.year,
            "kind": report.kind,
        }
    )
    db.table("nodes").insert_all(
        {
            "id": n.id,
            "document_id": 1,
            "parent_id": n.parent_id,
            "kind": n.kind,
            "ordinal": n.ordinal,
            "marker": n.marker,
            "title": n.title,
            "text": n.text,
            "original": n.original,
            "span_start": n.start,
            "span_end": n.end,
            "level": n.level,
            "period": n.period,
            "plan": int(n.plan),
        }
        for n in report.nodes
    )
    db.table("indicators").insert_all(
        {
            "id": i,
            **_columns(f, "indicators", {"start": "span_start", "end": "span_end"}),
            "approximate": int(f.approximate),
        }
        for i, f in enumerate(report.indicators, start=1)
    )
    entity_ids: dict[tuple[str, str], int] = {}
    for m in report.mentions:
        entity_ids.setdefault((m.name, m.kind), len(entity_ids) + 1)
    db.table("entities").insert_all({"id": i, "name": n, "kind": k} for (n, k), i in entity_ids.items())
    db.table("mentions").insert_all(
        {
            "id": i,
            "entity_id": entity_ids[(m.name, m.kind)],
            "node_id": m.node_id,
            "span_start": m.start,
            "span_end": m.end,
        }
        for i, m in enumerate(report.mentions, start=1)
    )
    db.table("corrections").insert_all(
        {
            "id": i,
            "node_id": node_id,
            "original": c.original,
            "corrected": c.corrected,
            "reason": c.reason,
            "span_start": c.start,
            "span_end": c.end,
        }
        for i, (node_id, c) in enumerate(report.corrections, start=1)
    )
    db.table("marks").insert_all(
        {
            "id": i,
            "node_id": mark.node_id,
            "start": mark.start,
            "end": mark.end,
            "kind": mark.kind,
            "ref": _mark_ref(report, mark.kind, mark.ref, entity_ids),
        }
        for i, mark in enumerate(report.marks, start=1)
    )


def _columns(record: Any, table: str, renames: dict[str, str]) -> dict[str, Any]:
    """A dataclass's fields as the table's columns: renamed where the names differ, the rest dropped."""
    columns = TABLES[table]["columns"]
    named = {renames.get(f.name, f.name): getattr(record, f.name) for f in fields(record)}
    return {k: v for k, v in named.items() if k in columns}


def _mark_ref(report: Report, kind: str, ref: int, entity_ids: dict[tuple[str, str], int]) -> int:
    """The row a mark points at: an indicator id, an entity id, or a correction's index in its node."""
    if kind == "figure":
        return ref + 1
    if kind == "correction":
        return ref
    mention = report.mentions[ref]
    return entity_ids[(mention.name, mention.kind)]
