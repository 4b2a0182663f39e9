"""Read-only access to a zoneview database; every query returns plain dataclasses."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from zoneview.store.connect import describe_error, read_only_connection
from zoneview.store.records import (
    CheckResult,
    CorrectionRecord,
    DocumentRecord,
    EntityRecord,
    IndicatorRecord,
    MarkRecord,
    MentionRecord,
    NodeRecord,
    SearchHit,
)
from zoneview.store.schema import APPLICATION_ID, REQUIRED_TABLES, SCHEMA_VERSION
from zoneview.store.search import search_nodes

ACTOR_KINDS = ("park", "place")  # the areas that act: the parks a zone covers, the districts a report names
SECTION_KINDS = ("part", "section", "initiative")
SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database is missing, corrupt, foreign or of another schema version; the message says which."""


class ReportStore:
    """One open, read-only zoneview database."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        _check_file(self.path)
        try:
            self._conn = read_only_connection(self.path)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open database {self.path}: {e}") from None
        self._conn.row_factory = sqlite3.Row
        try:
            self._check_identity()
        except StoreError:
            self._conn.close()
            raise

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ReportStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries ---------------------------------------------------------------------------------

    def document(self) -> DocumentRecord:
        row = self._one(
            "SELECT id, title, source_file, sha256, chars, issuer, year, kind FROM documents "
            "ORDER BY id LIMIT 1"
        )
        if row is None:
            raise StoreError(f"database {self.path} holds no document")
        return DocumentRecord(**dict(row))

    def nodes(self) -> list[NodeRecord]:
        """All nodes in reading order."""
        return [
            NodeRecord(**dict(r)) for r in self._all(f"SELECT {_NODE_COLUMNS} FROM nodes ORDER BY span_start")
        ]

    def node(self, node_id: str) -> NodeRecord | None:
        row = self._one(f"SELECT {_NODE_COLUMNS} FROM nodes WHERE id = ?", node_id)
        return NodeRecord(**dict(row)) if row else None

    def children(self, node_id: str) -> list[NodeRecord]:
        rows = self._all(f"SELECT {_NODE_COLUMNS} FROM nodes WHERE parent_id = ? ORDER BY ordinal", node_id)
        return [NodeRecord(**dict(r)) for r in rows]

    def indicators(self, node_id: str | None = None, *, with_children: bool = False) -> list[IndicatorRecord]:
        """Figures of one node (optionally with its initiatives), or of the whole report."""
        sql = f"SELECT {_INDICATOR_COLUMNS} FROM indicators"
        args: tuple[Any, ...] = ()
        if node_id is not None and with_children:
            sql += " WHERE node_id = ? OR node_id IN (SELECT id FROM nodes WHERE parent_id = ?)"
            args = (node_id, node_id)
        elif node_id is not None:
            sql += " WHERE node_id = ?"
            args = (node_id,)
        rows = self._all(sql + " ORDER BY span_start", *args)
        return [_indicator(r) for r in rows]

    def indicator(self, indicator_id: int) -> IndicatorRecord | None:
        row = self._one(f"SELECT {_INDICATOR_COLUMNS} FROM indicators WHERE id = ?", indicator_id)
        return _indicator(row) if row else None

    def entity(self, entity_id: int) -> EntityRecord | None:
        row = self._one(
            "SELECT e.id, e.name, e.kind, COUNT(m.id) AS mentions FROM entities e "
            "LEFT JOIN mentions m ON m.entity_id = e.id WHERE e.id = ? GROUP BY e.id",
            entity_id,
        )
        return EntityRecord(**dict(row)) if row else None

    def entities(self, kinds: tuple[str, ...] | None = None) -> list[EntityRecord]:
        sql = (
            "SELECT e.id, e.name, e.kind, COUNT(m.id) AS mentions FROM entities e "
            "LEFT JOIN mentions m ON m.entity_id = e.id"
        )
        args: tuple[Any, ...] = ()
        if kinds:
            sql += f" WHERE e.kind IN ({', '.join('?' for _ in kinds)})"
            args = kinds
        sql += " GROUP BY e.id ORDER BY e.kind, MIN(m.span_start), e.name"
        return [EntityRecord(**dict(r)) for r in self._all(sql, *args)]

    def mentions(self, *, entity_id: int | None = None, node_id: str | None = None) -> list[MentionRecord]:
        sql = (
            "SELECT m.entity_id, e.name, e.kind, m.node_id, m.span_start, m.span_end "
            "FROM mentions m JOIN entities e ON e.id = m.entity_id"
        )
        clauses: list[str] = []
        args: list[Any] = []
        if entity_id is not None:
            clauses.append("m.entity_id = ?")
            args.append(entity_id)
        if node_id is not None:
            clauses.append("m.node_id = ?")
            args.append(node_id)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return [MentionRecord(**dict(r)) for r in self._all(sql + " ORDER BY m.span_start", *args)]

    def actors(self, node_id: str) -> list[str]:
        """The areas that act in a node (parks, districts, 街道 …), in order of first mention."""
        rows = self._all(
            "SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
            f"WHERE m.node_id = ? AND e.kind IN {ACTOR_KINDS} GROUP BY e.name ORDER BY MIN(m.span_start)",
            node_id,
        )
        return [r["name"] for r in rows]

    def actor_names(self) -> list[str]:
        """Every actor of the report, those that act in the most sections first."""
        rows = self._all(
            "SELECT e.name FROM entities e JOIN mentions m ON m.entity_id = e.id "
            f"JOIN nodes n ON n.id = m.node_id WHERE e.kind IN {ACTOR_KINDS} "
            f"AND n.kind IN {SECTION_KINDS} GROUP BY e.name "
            "ORDER BY COUNT(DISTINCT m.node_id) DESC, MIN(m.span_start)"
        )
        return [r["name"] for r in rows]

    def nodes_with_actor(self, name: str) -> list[str]:
        """Ids of the sections in which `name` acts (the preamble and closing matter only name it)."""
        rows = self._all(
            "SELECT DISTINCT m.node_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
            f"JOIN nodes n ON n.id = m.node_id WHERE e.kind IN {ACTOR_KINDS} AND e.name = ? "
            f"AND n.kind IN {SECTION_KINDS} ORDER BY n.span_start",
            name,
        )
        return [r["node_id"] for r in rows]

    def marks(self, node_id: str) -> list[MarkRecord]:
        """Where the build marked figures, entities and corrections in the node's text, outer first."""
        rows = self._all(
            'SELECT start, "end", kind, ref FROM marks WHERE node_id = ? ORDER BY start, "end" DESC', node_id
        )
        return [MarkRecord(**dict(r)) for r in rows]

    def corrections(self, node_id: str | None = None) -> list[CorrectionRecord]:
        sql = "SELECT node_id, original, corrected, reason, span_start, span_end FROM corrections"
        args: tuple[Any, ...] = ()
        if node_id is not None:
            sql += " WHERE node_id = ?"
            args = (node_id,)
        return [CorrectionRecord(**dict(r)) for r in self._all(sql + " ORDER BY span_start", *args)]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Ranked hits for a query, literal whatever characters it holds. Raises ValueError if empty."""
        try:
            return search_nodes(self._conn, query, limit)
        except sqlite3.DatabaseError as e:
            raise StoreError(_corrupt(self.path, e)) from None

    def breadcrumb(self, node_id: str) -> list[NodeRecord]:
        """The node and its ancestors, outermost first."""
        trail: list[NodeRecord] = []
        current = self.node(node_id)
        while current is not None and len(trail) < 16:
            trail.insert(0, current)
            current = self.node(current.parent_id) if current.parent_id else None
        return trail

    def export(self) -> dict[str, Any]:
        """Everything in the database, in the JSON shape DESIGN.md gives."""
        doc = self.document()
        mentions = self.mentions()
        by_entity: dict[int, list[MentionRecord]] = {}
        for m in mentions:
            by_entity.setdefault(m.entity_id, []).append(m)
        return {
            "schema_version": SCHEMA_VERSION,
            "document": {
                "id": doc.id,
                "title": doc.title,
                "source_file": doc.source_file,
                "sha256": doc.sha256,
                "chars": doc.chars,
                "issuer": doc.issuer,
                "year": doc.year,
                "kind": doc.kind,
            },
            "nodes": [
                {
                    "id": n.id,
                    "parent": n.parent_id,
                    "kind": n.kind,
                    "ordinal": n.ordinal,
                    "marker": n.marker,
                    "title": n.title,
                    "text": n.text,
                    "original": n.original,
                    "span": [n.span_start, n.span_end],
                    "level": n.level,
                    "period": n.period,
                    "plan": bool(n.plan),
                    "actors": self.actors(n.id),
                }
                for n in self.nodes()
            ],
            "indicators": [
                {
                    "id": i.id,
                    "node": i.node_id,
                    "name": i.name,
                    "value": i.value,
                    "unit": i.unit,
                    "base_value": i.base_value,
                    "base_unit": i.base_unit,
                    "period": i.period,
                    "qualifier": i.qualifier,
                    "approximate": i.approximate,
                    "share_of_city_pct": i.share_of_city_pct,
                    "quote": i.quote,
                    "span": [i.span_start, i.span_end],
                    "kind": i.kind,
                    "value_high": i.value_high,
                    "base_value_high": i.base_value_high,
                    "approx_word": i.approx_word,
                    "share_of_total_pct": i.share_of_total_pct,
                    "share_of": i.share_of,
                }
                for i in self.indicators()
            ],
            "entities": [
                {
                    "name": e.name,
                    "kind": e.kind,
                    "mentions": [
                        {"node": m.node_id, "span": [m.span_start, m.span_end]}
                        for m in by_entity.get(e.id, [])
                    ],
                }
                for e in self.entities()
            ],
            "corrections": [
                {
                    "node": c.node_id,
                    "original": c.original,
                    "corrected": c.corrected,
                    "reason": c.reason,
                    "span": [c.span_start, c.span_end],
                }
                for c in self.corrections()
            ],
        }

    def check(self) -> CheckResult:
        """Integrity, schema and provenance: every quote must be the text its span points at."""
        problems: list[str] = []
        integrity = [r[0] for r in self._all("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems += [f"integrity: {line}" for line in integrity[:5]]
        foreign = self._all("PRAGMA foreign_key_check")
        if foreign:
            problems.append(f"{len(foreign)} rows break a foreign key")
        nodes = {n.id: n for n in self.nodes()}
        if not nodes:
            problems.append("the database holds no nodes")
        for ind in self.indicators():
            node = nodes.get(ind.node_id)
            if node is None or _slice(node, ind.span_start, ind.span_end) != ind.quote:
                problems.append(f"figure {ind.id} ({ind.name}): quote does not match its span")
        for c in self.corrections():
            node = nodes.get(c.node_id)
            if node is None or _slice(node, c.span_start, c.span_end) != c.original:
                problems.append(f"correction at {c.span_start}: original does not match its span")
        counts = {
            table: self._count(table)
            for table in ("nodes", "indicators", "entities", "mentions", "corrections")
        }
        return CheckResult(str(self.path), SCHEMA_VERSION, counts, problems)

    # -- plumbing --------------------------------------------------------------------------------

    def _check_identity(self) -> None:
        try:
            app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as e:
            raise StoreError(_corrupt(self.path, e)) from None
        if app_id != APPLICATION_ID:
            raise StoreError(f"{self.path} is not a zoneview database")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this zoneview reads "
                f"({SCHEMA_VERSION}); update zoneview"
            )
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has old schema version {version}; rebuild it with 'zoneview build'"
            )
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise StoreError(f"{self.path} is damaged: missing tables {', '.join(missing)}")
        self.document()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as e:
            raise StoreError(_corrupt(self.path, e)) from None

    def _all(self, sql: str, *args: Any) -> list[sqlite3.Row]:
        with self._guard():
            return list(self._conn.execute(sql, args))

    def _count(self, table: str) -> int:
        row = self._one(f"SELECT COUNT(*) FROM {table}")
        return int(row[0]) if row else 0

    def _one(self, sql: str, *args: Any) -> sqlite3.Row | None:
        with self._guard():
            row: sqlite3.Row | None = self._conn.execute(sql, args).fetchone()
            return row


_NODE_COLUMNS = (
    "id, parent_id, kind, ordinal, marker, title, text, original, span_start, span_end, level, period, plan"
)
_INDICATOR_COLUMNS = (
    "id, node_id, name, value, unit, base_value, base_unit, period, qualifier, approximate, "
    "share_of_city_pct, quote, span_start, span_end, kind, value_high, base_value_high, approx_word, "
    "share_of_total_pct, share_of"
)


def _indicator(row: sqlite3.Row) -> IndicatorRecord:
    data = dict(row)
    data["approximate"] = bool(data["approximate"])
    return IndicatorRecord(**data)


def _slice(node: NodeRecord, start: int, end: int) -> str:
    return node.original[start - node.span_start : end - node.span_start]


def _check_file(path: Path) -> None:
    if not path.exists():
        raise StoreError(f"database not found: {path}")
    if not path.is_file():
        raise StoreError(f"not a file: {path}")
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise StoreError(f"cannot read {path}: {e.strerror}") from None
    if not header:
        raise StoreError(f"database is empty: {path}")
    if header != SQLITE_HEADER:
        raise StoreError(f"not a SQLite database: {path}")


def _corrupt(path: Path, error: sqlite3.DatabaseError) -> str:
    return describe_error(path, error)  # "corrupt", unless it is a lock or a read-only disk
