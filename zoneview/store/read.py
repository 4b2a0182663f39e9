"""Read-only access to a zoneview database; every query returns plain dataclasses."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from zoneview import paths
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
    OutlineEntry,
    SearchHit,
)
from zoneview.store.schema import (
    APPLICATION_ID,
    DOCUMENT_TABLES,
    MIGRATES_FROM,
    REQUIRED_TABLES,
    SCHEMA_VERSION,
)
from zoneview.store.search import in_chunks, like_pattern, search_nodes

ACTOR_KINDS = ("park", "place")  # the areas that act: the parks a zone covers, the districts a report names
SECTION_KINDS = ("part", "section", "initiative")
SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database is missing, corrupt, foreign or of another schema version; the message says which."""


def open_database(db: Path | None = None, document: int | None = None) -> ReportStore:
    """The database named, else the user's library once there is one, else the bundled database; on
    `document`, else its first. What the window and every command read when not told otherwise."""
    return ReportStore(db or paths.default_database(), document)


class ReportStore:
    """One open, read-only zoneview database, and one document in it that the queries are about.

    A database may hold many documents. The queries below are written for one: for each table of a
    document's rows, a TEMP VIEW of the same name holds that document's rows, and SQLite looks up an
    unqualified name in `temp` before `main`. `use_document` points them at another document; the
    library-wide queries name `main.` tables."""

    def __init__(self, path: Path | str, document: int | None = None) -> None:
        self.path = Path(path)
        self.document_id = 0
        _check_file(self.path)
        try:
            self._conn = read_only_connection(self.path)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open database {self.path}: {e}") from None
        self._conn.row_factory = sqlite3.Row
        try:
            self._check_identity()
            self.use_document(document)
        except StoreError:
            self._conn.close()
            raise

    def reopen(self, path: Path | str, document: int | None = None) -> None:
        """Read another database from now on (the library the window's first import made), keeping
        this object, which every view of the window holds."""
        other = ReportStore(path, document)
        self._conn.close()
        self.path, self._conn, self.document_id = other.path, other._conn, other.document_id

    def use_document(self, document: int | None) -> None:
        """Make the queries about this document (the first in the database for None)."""
        if document is None:
            row = self._one("SELECT MIN(id) FROM main.documents")
            if row is None or row[0] is None:
                raise StoreError(f"database {self.path} holds no document")
            document = int(row[0])
        elif self._one("SELECT 1 FROM main.documents WHERE id = ?", document) is None:
            raise StoreError(f"database {self.path} holds no document {document}")
        with self._guard():
            for table in DOCUMENT_TABLES:
                rowid = "rowid AS rowid, " if table == "nodes" else ""  # full-text hits join on it
                self._conn.execute(f"DROP VIEW IF EXISTS temp.[{table}]")
                self._conn.execute(
                    f"CREATE TEMP VIEW [{table}] AS SELECT {rowid}* FROM main.[{table}] "
                    f"WHERE document_id = {int(document)}"
                )
        self.document_id = int(document)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ReportStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries ---------------------------------------------------------------------------------

    def document(self) -> DocumentRecord:
        """The document the queries are about."""
        row = self._one(f"SELECT {DOCUMENT_COLUMNS} FROM main.documents WHERE id = ?", self.document_id)
        if row is None:
            raise StoreError(f"database {self.path} holds no document {self.document_id}")
        return DocumentRecord(**dict(row))

    def documents(self) -> list[DocumentRecord]:
        """Every document in the database, by issuer, then year, then when it was added."""
        rows = self._all(
            f"SELECT {DOCUMENT_COLUMNS} FROM main.documents ORDER BY issuer IS NULL, issuer, year, id"
        )
        return [DocumentRecord(**dict(r)) for r in rows]

    def document_count(self) -> int:
        row = self._one("SELECT COUNT(*) FROM main.documents")
        return int(row[0]) if row else 0

    def nodes(self) -> list[NodeRecord]:
        """All nodes in reading order."""
        return [
            NodeRecord(**dict(r)) for r in self._all(f"SELECT {_NODE_COLUMNS} FROM nodes ORDER BY span_start")
        ]

    def node(self, node_id: str) -> NodeRecord | None:
        row = self._one(f"SELECT {_NODE_COLUMNS} FROM nodes WHERE id = ?", node_id)
        return NodeRecord(**dict(row)) if row else None

    def children(self, node_id: str, limit: int | None = None) -> list[NodeRecord]:
        rows = self._all(
            f"SELECT {_NODE_COLUMNS} FROM nodes WHERE parent_id = ? ORDER BY ordinal LIMIT ?",
            node_id,
            -1 if limit is None else limit,
        )
        return [NodeRecord(**dict(r)) for r in rows]

    # -- the outline, without the text: what a tree of any size reads a screenful at a time ------

    def outline(self, parent_id: str | None = None, offset: int = 0, limit: int = -1) -> list[OutlineEntry]:
        """The nodes under `parent_id` (the top level for None) in reading order, `limit` of them from
        `offset`, each with the number of nodes below it."""
        where = "n.parent_id IS NULL" if parent_id is None else "n.parent_id = ?"
        args: tuple[Any, ...] = () if parent_id is None else (parent_id,)
        sql = f"SELECT {_OUTLINE_COLUMNS} FROM nodes n WHERE {where} ORDER BY n.span_start LIMIT ? OFFSET ?"
        with self._guard():  # plain tuples: a tree may read 100,000 of these at once
            cursor = self._conn.cursor()
            cursor.row_factory = None
            return [OutlineEntry(*r) for r in cursor.execute(sql, (*args, limit, offset))]

    def outline_entry(self, node_id: str) -> OutlineEntry | None:
        row = self._one(f"SELECT {_OUTLINE_COLUMNS} FROM nodes n WHERE n.id = ?", node_id)
        return OutlineEntry(**dict(row)) if row else None

    def outline_entries(self, node_ids: list[str]) -> dict[str, OutlineEntry]:
        """Several nodes' entries by id; ids the database does not hold are left out."""
        found: dict[str, OutlineEntry] = {}
        for marks, chunk in in_chunks(list(dict.fromkeys(node_ids))):
            for r in self._all(f"SELECT {_OUTLINE_COLUMNS} FROM nodes n WHERE n.id IN ({marks})", *chunk):
                found[r["id"]] = OutlineEntry(**dict(r))
        return found

    def node_count(self) -> int:
        return self._count("nodes")

    def top_level_count(self) -> int:
        row = self._one("SELECT COUNT(*) FROM nodes WHERE parent_id IS NULL")
        return int(row[0]) if row else 0

    def position(self, node_id: str) -> int:
        """How many nodes come before this one under its parent (its row in the outline); -1 if none."""
        row = self._one(
            "SELECT (SELECT COUNT(*) FROM nodes s WHERE s.parent_id IS n.parent_id "
            "AND s.span_start < n.span_start) FROM nodes n WHERE n.id = ?",
            node_id,
        )
        return int(row[0]) if row else -1

    def ancestry(self, node_id: str) -> list[str]:
        """The ids from the top of the outline down to this node; empty if there is no such node."""
        trail: list[str] = []
        at: str | None = node_id
        while at is not None and len(trail) < 64:
            row = self._one("SELECT id, parent_id FROM nodes WHERE id = ?", at)
            if row is None:
                break
            trail.insert(0, row[0])
            at = row[1] or None
        return trail

    def counts(self) -> dict[str, int]:
        """Rows in each of the main tables."""
        return {
            table: self._count(table)
            for table in ("nodes", "indicators", "entities", "mentions", "corrections")
        }

    def indicators(
        self,
        node_id: str | None = None,
        *,
        with_children: bool = False,
        limit: int | None = None,
        ids: list[int] | None = None,
    ) -> list[IndicatorRecord]:
        """Figures of one node (optionally with its initiatives), or of the whole report, in reading
        order; the first `limit` of them, or those of the given `ids`."""
        sql = f"SELECT {_INDICATOR_COLUMNS} FROM indicators"
        args: tuple[Any, ...] = ()
        if node_id is not None and with_children:
            sql += " WHERE node_id = ? OR node_id IN (SELECT id FROM nodes WHERE parent_id = ?)"
            args = (node_id, node_id)
        elif node_id is not None:
            sql += " WHERE node_id = ?"
            args = (node_id,)
        if ids is not None:
            unique = sorted(set(ids))[:_MAX_PARAMETERS]
            sql += (" AND" if args else " WHERE") + f" id IN ({', '.join('?' for _ in unique)})"
            args += tuple(unique)
        rows = self._all(sql + " ORDER BY span_start LIMIT ?", *args, -1 if limit is None else limit)
        return [_indicator(r) for r in rows]

    def figure_counts(self, node_ids: list[str]) -> dict[str, int]:
        """How many figures each of these nodes gives (nodes without any are left out)."""
        counts: dict[str, int] = {}
        for marks, chunk in in_chunks(list(dict.fromkeys(node_ids))):
            sql = f"SELECT node_id, COUNT(*) FROM indicators WHERE node_id IN ({marks}) GROUP BY node_id"
            counts.update((r[0], int(r[1])) for r in self._all(sql, *chunk))
        return counts

    def section_figure_counts(self, node_id: str) -> dict[str, int]:
        """How many figures each child of the node gives, with those of the nodes below it (children
        without any are left out). UNION, not UNION ALL: a damaged file whose parents loop still ends."""
        rows = self._all(
            "WITH RECURSIVE below(id, top) AS (SELECT id, id FROM nodes WHERE parent_id = ? "
            "UNION SELECT n.id, b.top FROM nodes n JOIN below b ON n.parent_id = b.id) "
            "SELECT b.top, COUNT(*) FROM below b JOIN indicators i ON i.node_id = b.id GROUP BY b.top",
            node_id,
        )
        return {str(r[0]): int(r[1]) for r in rows}

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

    def mentions(
        self,
        *,
        entity_id: int | None = None,
        node_id: str | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[MentionRecord]:
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
        sql += " ORDER BY m.span_start LIMIT ? OFFSET ?"
        return [
            MentionRecord(**dict(r)) for r in self._all(sql, *args, -1 if limit is None else limit, offset)
        ]

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

    def marks(self, node_id: str, start: int = 0, end: int | None = None) -> list[MarkRecord]:
        """Where the build marked figures, entities and corrections in the node's text, outer first;
        only those that reach into text[start:end], when given."""
        sql = f"SELECT {_MARK_COLUMNS} FROM marks WHERE node_id = ?"
        args: tuple[Any, ...] = (node_id,)
        if start or end is not None:
            sql += ' AND "end" > ? AND start < ?'
            args += (start, end if end is not None else 2**62)
        rows = self._all(sql + ' ORDER BY start, "end" DESC', *args)
        return [MarkRecord(**dict(r)) for r in rows]

    def figure_mark(self, node_id: str, indicator_id: int) -> MarkRecord | None:
        """Where a figure is marked in its node's text, if it is."""
        row = self._one(
            f"SELECT {_MARK_COLUMNS} FROM marks WHERE node_id = ? AND kind = 'figure' AND ref = ?",
            node_id,
            indicator_id,
        )
        return MarkRecord(**dict(row)) if row else None

    def corrections(
        self, node_id: str | None = None, offset: int = 0, limit: int | None = None
    ) -> list[CorrectionRecord]:
        """Corrections in reading order; of one node, `limit` of them from the `offset`-th (a correction
        mark's ref is its index here)."""
        sql = "SELECT node_id, original, corrected, reason, span_start, span_end FROM corrections"
        args: tuple[Any, ...] = ()
        if node_id is not None:
            sql += " WHERE node_id = ?"
            args = (node_id,)
        sql += " ORDER BY span_start LIMIT ? OFFSET ?"
        rows = self._all(sql, *args, -1 if limit is None else limit, offset)
        return [CorrectionRecord(**dict(r)) for r in rows]

    def correction_counts(self, node_id: str) -> tuple[int, int]:
        """(all, punctuation only) corrections of a node."""
        row = self._one(
            "SELECT COUNT(*), COALESCE(SUM(reason = 'punctuation'), 0) FROM corrections WHERE node_id = ?",
            node_id,
        )
        return (int(row[0]), int(row[1])) if row else (0, 0)

    def excerpts(self, node_id: str, spans: list[tuple[int, int]]) -> list[str]:
        """source[start:end] for each span, cut to the node's own text, read without the rest of it."""
        if not spans:
            return []
        pieces = ", ".join(
            "substr(original, max(? - span_start, 0) + 1, max(min(?, span_end) - max(?, span_start), 0))"
            for _ in spans
        )
        args = [v for start, end in spans for v in (start, end, start)]
        row = self._one(f"SELECT {pieces} FROM nodes WHERE id = ?", *args, node_id)
        return [str(v) if v is not None else "" for v in row] if row else [""] * len(spans)

    def text_excerpts(self, node_id: str, spans: list[tuple[int, int]]) -> list[str]:
        """text[start:end] of a node's display text (normalised) for each span, read without the rest."""
        if not spans:
            return []
        pieces = ", ".join(
            "substr(text, max(?, 0) + 1, max(min(?, length(text)) - max(?, 0), 0))" for _ in spans
        )
        args = [v for start, end in spans for v in (start, end, start)]
        row = self._one(f"SELECT {pieces} FROM nodes WHERE id = ?", *args, node_id)
        return [str(v) if v is not None else "" for v in row] if row else [""] * len(spans)

    def mention_places(self, entity_id: int, offset: int = 0, limit: int = -1) -> list[tuple[str, int]]:
        """The nodes that mention an entity, in reading order, each once with how often it does."""
        rows = self._all(
            "SELECT node_id, COUNT(*) FROM mentions WHERE entity_id = ? GROUP BY node_id "
            "ORDER BY MIN(span_start) LIMIT ? OFFSET ?",
            entity_id,
            limit,
            offset,
        )
        return [(str(r[0]), int(r[1])) for r in rows]

    def place_count(self, entity_id: int) -> int:
        """How many nodes mention an entity."""
        row = self._one("SELECT COUNT(DISTINCT node_id) FROM mentions WHERE entity_id = ?", entity_id)
        return int(row[0]) if row else 0

    def entity_marks(self, node_id: str, entity_id: int, limit: int = -1) -> list[MarkRecord]:
        """Where an entity is marked in a node's display text, in reading order."""
        rows = self._all(
            f"SELECT {_MARK_COLUMNS} FROM marks WHERE node_id = ? AND ref = ? "
            "AND kind NOT IN ('figure', 'correction') ORDER BY start LIMIT ?",
            node_id,
            entity_id,
            limit,
        )
        return [MarkRecord(**dict(r)) for r in rows]

    def punctuation_count(self) -> int:
        """How many half-width punctuation marks the whole document had made full-width."""
        row = self._one("SELECT COUNT(*) FROM corrections WHERE reason = 'punctuation'")
        return int(row[0]) if row else 0

    def paragraphs(self, node_id: str) -> tuple[str, int, int] | None:
        """Where a node is, as a reader counts: (the top-level node holding it, the first and last
        paragraph of that top-level node it is in, counted from 1). A paragraph is a line with text;
        nodes follow each other in the source with nothing but white space between them, and a gap
        between two nodes is a line break (a node that starts where another ends goes on its line)."""
        node = self.node(node_id)
        if node is None:
            return None
        top = self.ancestry(node_id)[0]
        row = self._one("SELECT span_start FROM nodes WHERE id = ?", top)
        start = int(row[0]) if row else node.span_start
        before = self._all(
            "SELECT span_start, span_end, original FROM nodes WHERE span_start >= ? AND span_start < ? "
            "ORDER BY span_start",
            start,
            node.span_start,
        )
        lines = _Lines(start)
        for r in before:
            lines.read(int(r[0]), int(r[1]), str(r[2]))
        lines.skip_to(node.span_start)
        first = lines.count + 1
        lines.read(node.span_start, node.span_end, node.original)
        return top, first, max(first, lines.count + int(lines.open))

    def search(
        self,
        query: str,
        limit: int = 50,
        *,
        library: bool = False,
        year: int | None = None,
        document: int | None = None,
    ) -> list[SearchHit]:
        """Ranked hits for a query, literal whatever characters it holds: in this document, or with
        `library` in every document, or those of one `year`, or one `document`. Raises EmptySearch if
        the query is empty."""
        documents: list[int] | None = None
        if document is not None:
            library, documents = True, [document]
        elif library and year is not None:
            documents = [int(r[0]) for r in self._all("SELECT id FROM main.documents WHERE year = ?", year)]
        try:
            return search_nodes(self._conn, query, limit, library=library, documents=documents)
        except sqlite3.DatabaseError as e:
            raise StoreError(_corrupt(self.path, e)) from None

    # -- across the documents of a library: one indicator over the years ---------------------------

    def subject_rows(
        self, subject: str, issuer: str | None = None
    ) -> list[tuple[DocumentRecord, IndicatorRecord]]:
        """Every figure of the library whose subject is `subject` (as the build normalised it, or as the
        user chose in subject_choices), with its document; of one issuer's documents, when given."""
        sql = (
            f"SELECT {_prefixed('d', _DOCUMENT_FIELDS)}, {_prefixed('i', _INDICATOR_FIELDS)} "
            "FROM main.indicators i JOIN main.documents d ON d.id = i.document_id "
            f"WHERE {_OF_SUBJECT} AND (:issuer IS NULL OR COALESCE(d.issuer, '') = :issuer) "
            "ORDER BY d.year, d.id, i.span_start"
        )
        width = len(_DOCUMENT_FIELDS)
        with self._guard():
            cursor = self._conn.execute(sql, {"subject": subject, "issuer": issuer})
            cursor.row_factory = None
            return [
                (
                    DocumentRecord(*row[:width]),
                    _indicator(dict(zip(_INDICATOR_FIELDS, row[width:], strict=True))),
                )
                for row in cursor
            ]

    def rows_of_subjects(
        self, subjects: list[str], issuer: str | None = None, targets_only: bool = False
    ) -> dict[str, list[tuple[DocumentRecord, IndicatorRecord]]]:
        """The figures of the library whose subject is one of `subjects` (the user's choice of the one
        figure, else of its name, else the build's), by subject, with their documents; of one issuer,
        or targets only, when asked. One pass, where subject_rows takes one query a subject."""
        wanted = ", ".join("?" for _ in subjects)
        sql = (
            f"SELECT COALESCE(ci.subject, cn.subject, i.subject) AS chosen, "
            f"{_prefixed('d', _DOCUMENT_FIELDS)}, {_prefixed('i', _INDICATOR_FIELDS)} "
            "FROM main.indicators i JOIN main.documents d ON d.id = i.document_id "
            "LEFT JOIN main.subject_choices ci ON ci.indicator = i.id "
            "LEFT JOIN main.subject_choices cn ON cn.name = i.name AND cn.indicator IS NULL "
            f"WHERE chosen IN ({wanted}) AND (? IS NULL OR d.issuer = ?) AND (? = 0 OR i.kind = 'target') "
            "ORDER BY d.year, d.id, i.span_start"
        )
        found: dict[str, list[tuple[DocumentRecord, IndicatorRecord]]] = {name: [] for name in subjects}
        width = len(_DOCUMENT_FIELDS)
        with self._guard():
            cursor = self._conn.execute(sql, (*subjects, issuer, issuer, int(targets_only)))
            cursor.row_factory = None
            for row in cursor:
                document = DocumentRecord(*row[1 : width + 1])
                figure = _indicator(dict(zip(_INDICATOR_FIELDS, row[width + 1 :], strict=True)))
                found[row[0]].append((document, figure))
        return found

    def read_by_older_parser(self, current: int) -> int:
        """How many documents an older parser read (or one that kept no text): `refresh` reads them again."""
        columns = {r["name"] for r in self._all("PRAGMA main.table_info(sources)")}
        if "parser" not in columns:  # no texts kept (0.2), or kept before their parser was noted
            return self.document_count()
        row = self._one(
            "SELECT COUNT(*) FROM main.documents d LEFT JOIN main.sources s ON s.document_id = d.id "
            "WHERE s.document_id IS NULL OR s.parser IS NULL OR s.parser < ?",
            current,
        )
        return int(row[0]) if row else 0

    def has_table(self, name: str) -> bool:
        """Whether the file holds the table: one made before a newer table may lack it."""
        return (
            self._one("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?", name) is not None
        )

    def source_text(self, document_id: int) -> str | None:
        """The text a document was read from; None in a database made before texts were kept."""
        if not self.has_table("sources"):
            return None
        row = self._one("SELECT text FROM main.sources WHERE document_id = ?", document_id)
        return str(row[0]) if row else None

    def stated_targets(self, issuer: str) -> list[tuple[DocumentRecord, str, str, str, int, int]]:
        """The targets an issuer's reports give in words only: (document, indicator, text, node, start,
        end), by document and place. None in a database made before they were read."""
        if not self.has_table("stated_targets"):
            return []
        rows = self._all(
            f"SELECT {_prefixed('d', _DOCUMENT_FIELDS)}, "
            "t.indicator, t.text, t.node_id, t.span_start, t.span_end "
            "FROM main.stated_targets t JOIN main.documents d ON d.id = t.document_id "
            "WHERE d.issuer = ? ORDER BY d.year, d.id, t.span_start",
            issuer,
        )
        width = len(_DOCUMENT_FIELDS)
        return [(DocumentRecord(*tuple(r)[:width]), *tuple(r)[width:]) for r in rows]

    def text_before(self, figures: list[tuple[int, str, int]], width: int) -> dict[tuple[int, str, int], str]:
        """For each figure given as (document, node, span start), the source text of its paragraph
        before it, at most `width` characters: what says an outcome is preliminary (初步核算，…) or
        measured against another year (比2012年（下同）)."""
        found: dict[tuple[int, str, int], str] = {}
        nodes: dict[tuple[int, str], tuple[str, int] | None] = {}
        for document, node_id, start in figures:
            if (document, node_id) not in nodes:
                row = self._one(
                    "SELECT original, span_start FROM main.nodes WHERE document_id = ? AND id = ?",
                    document,
                    node_id,
                )
                nodes[(document, node_id)] = (row[0], int(row[1])) if row else None
            node = nodes[(document, node_id)]
            if node is None:
                continue
            original, node_start = node
            before = original[max(0, start - node_start - width) : max(0, start - node_start)]
            found[(document, node_id, start)] = before[before.rfind("\n") + 1 :]
        return found

    def subjects(
        self, issuer: str | None = None, containing: str = "", limit: int = 200
    ) -> list[tuple[str, int]]:
        """Subjects of the library's figures with how many documents give them, most first; those
        of one issuer, or containing a text, when given."""
        rows = self._all(
            "SELECT COALESCE(f.subject, c.subject, i.subject) AS s, COUNT(DISTINCT i.document_id) AS n "
            "FROM main.indicators i JOIN main.documents d ON d.id = i.document_id "
            "LEFT JOIN main.subject_choices f ON f.indicator = i.id "
            "LEFT JOIN main.subject_choices c ON c.name = i.name "
            "WHERE (:issuer IS NULL OR COALESCE(d.issuer, '') = :issuer) "
            "AND s <> '' AND s LIKE :pattern ESCAPE '\\' "
            "GROUP BY s ORDER BY n DESC, s LIMIT :limit",
            {"issuer": issuer, "pattern": like_pattern(containing), "limit": limit},
        )
        return [(r["s"], int(r["n"])) for r in rows]

    def subject_names(self, subject: str) -> list[str]:
        """The names figures of a subject are printed under (what a merge moves into another series);
        the subject by any of its names, as the build normalised them (GDP is 地区生产总值)."""
        from zoneview.ingest.subjects import subject_of  # the parser's rules: not needed to start

        rows = self._all(
            f"SELECT DISTINCT i.name FROM main.indicators i WHERE {_OF_SUBJECT} ORDER BY i.name",
            {"subject": subject_of(subject)},
        )
        return [r["name"] for r in rows]

    def subject_issuers(self, subject: str) -> list[tuple[str, int]]:
        """The issuers whose documents give a subject, with how many of their documents do, most first."""
        rows = self._all(
            "SELECT COALESCE(d.issuer, '') AS issuer, COUNT(DISTINCT d.id) AS n "
            "FROM main.indicators i JOIN main.documents d ON d.id = i.document_id "
            f"WHERE {_OF_SUBJECT} GROUP BY 1 ORDER BY n DESC, issuer",
            {"subject": subject},
        )
        return [(r["issuer"], int(r["n"])) for r in rows]

    def entry_in(self, document_id: int, node_id: str) -> OutlineEntry | None:
        """A node's outline entry in any document of the database (a library search hit's heading)."""
        row = self._one(
            "SELECT n.id, n.parent_id, n.kind, n.ordinal, n.marker, n.title, n.level, 0 AS children, "
            "n.period FROM main.nodes n WHERE n.document_id = ? AND n.id = ?",
            document_id,
            node_id,
        )
        return OutlineEntry(**dict(row)) if row else None

    def breadcrumb(self, node_id: str) -> list[NodeRecord]:
        """The node and its ancestors, outermost first (the 16 nearest, in an outline deeper than that)."""
        return [node for node in map(self.node, self.ancestry(node_id)[-16:]) if node is not None]

    def export(self) -> dict[str, Any]:
        """Everything in the database, in the JSON shape DESIGN.md gives."""
        from zoneview.ingest.lexicon import lexicon  # the parser's data: not needed to start

        standard = {name: name for name in lexicon()}
        doc = self.document()
        mentions = self.mentions()
        by_entity: dict[int, list[MentionRecord]] = {}
        for m in mentions:
            by_entity.setdefault(m.entity_id, []).append(m)
        return {
            "schema_version": SCHEMA_VERSION,
            "document": asdict(doc),
            "nodes": [
                {**_exported(n), "plan": bool(n.plan), "actors": self.actors(n.id)} for n in self.nodes()
            ],
            # beside each figure's fields, the standard indicator it measures (地区生产总值 …), if any
            "indicators": [
                {**_exported(i), "indicator": standard.get(i.subject or "")} for i in self.indicators()
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
            "corrections": [_exported(c) for c in self.corrections()],
            "stated_targets": [
                {"node": node, "indicator": indicator, "text": text, "span": [start, end]}
                for _doc, indicator, text, node, start, end in self._stated(doc.id)
            ],
        }

    def _stated(self, document_id: int) -> list[tuple[int, str, str, str, int, int]]:
        if not self.has_table("stated_targets"):
            return []
        rows = self._all(
            "SELECT document_id, indicator, text, node_id, span_start, span_end FROM main.stated_targets "
            "WHERE document_id = ? ORDER BY span_start",
            document_id,
        )
        return [tuple(r) for r in rows]

    def check(self) -> CheckResult:
        """Integrity and foreign keys of the whole file, then the document's provenance."""
        problems: list[str] = []
        integrity = [r[0] for r in self._all("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems += [f"integrity: {line}" for line in integrity[:5]]
        foreign = self._all("PRAGMA foreign_key_check")
        if foreign:
            problems.append(f"{len(foreign)} rows break a foreign key")
        problems += self.provenance()
        return CheckResult(str(self.path), SCHEMA_VERSION, self.counts(), problems)

    def provenance(self) -> list[str]:
        """The document's problems of provenance: every quote must be the text its span points at."""
        problems: list[str] = []
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
        return problems

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
        if MIGRATES_FROM <= version < SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has old schema version {version}; "
                f"upgrade it with 'zoneview migrate {self.path}'"
            )
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has old schema version {version}; rebuild it with 'zoneview build'"
            )
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise StoreError(f"{self.path} is damaged: missing tables {', '.join(missing)}")

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as e:
            raise StoreError(_corrupt(self.path, e)) from None

    def _all(self, sql: str, *args: Any) -> list[sqlite3.Row]:
        """The rows of a query with positional parameters, or with one dict of named ones."""
        params = args[0] if len(args) == 1 and isinstance(args[0], dict) else args
        with self._guard():
            return list(self._conn.execute(sql, params))

    def _count(self, table: str) -> int:
        row = self._one(f"SELECT COUNT(*) FROM {table}")
        return int(row[0]) if row else 0

    def _one(self, sql: str, *args: Any) -> sqlite3.Row | None:
        with self._guard():
            row: sqlite3.Row | None = self._conn.execute(sql, args).fetchone()
            return row


_DOCUMENT_FIELDS = tuple(f.name for f in fields(DocumentRecord))
DOCUMENT_COLUMNS = ", ".join(_DOCUMENT_FIELDS)  # a document's row as DocumentRecord takes it
_NODE_COLUMNS = ", ".join(f.name for f in fields(NodeRecord))
_MARK_COLUMNS = ", ".join(f'"{f.name}"' for f in fields(MarkRecord))  # quoted: "end" is a keyword of SQL
_OUTLINE_COLUMNS = (
    "n.id, n.parent_id, n.kind, n.ordinal, n.marker, n.title, n.level, "
    "(SELECT COUNT(*) FROM nodes c WHERE c.parent_id = n.id) AS children, n.period"
)
_MAX_PARAMETERS = 30_000  # below SQLite's limit on parameters in one statement
_INDICATOR_FIELDS = tuple(f.name for f in fields(IndicatorRecord))
_INDICATOR_COLUMNS = ", ".join(_INDICATOR_FIELDS)


# A figure of :subject: by the user's choice for the figure itself (a split), else for its name (a
# merge), else by the subject the build gave it (subject_choices; schema.py)
_OF_SUBJECT = (
    "(i.id IN (SELECT indicator FROM main.subject_choices WHERE subject = :subject) OR "
    "(i.id NOT IN (SELECT indicator FROM main.subject_choices WHERE indicator IS NOT NULL) AND "
    "(i.name IN (SELECT name FROM main.subject_choices WHERE subject = :subject) OR "
    "(i.subject = :subject AND i.name NOT IN "
    "(SELECT name FROM main.subject_choices WHERE name IS NOT NULL)))))"
)


def _prefixed(alias: str, names: tuple[str, ...]) -> str:
    return ", ".join(f"{alias}.{name}" for name in names)


_EXPORTED_NAMES = {"node_id": "node", "parent_id": "parent"}


def _exported(record: NodeRecord | IndicatorRecord | CorrectionRecord) -> dict[str, Any]:
    """A record as `export` writes it: its fields in order, a node's id as "node", its parent's as
    "parent", and the span as [start, end]."""
    out: dict[str, Any] = {}
    for f in fields(record):
        if f.name == "span_start":
            out["span"] = [record.span_start, record.span_end]
        elif f.name != "span_end":
            out[_EXPORTED_NAMES.get(f.name, f.name)] = getattr(record, f.name)
    return out


def _indicator(row: sqlite3.Row | dict[str, Any]) -> IndicatorRecord:
    data = dict(row)
    data["approximate"] = bool(data["approximate"])
    return IndicatorRecord(**data)


def _slice(node: NodeRecord, start: int, end: int) -> str:
    return node.original[start - node.span_start : end - node.span_start]


class _Lines:
    """Counts the lines with text in consecutive pieces of a source, each at its span."""

    def __init__(self, start: int) -> None:
        self.count = 0  # lines with text ended so far
        self.open = False  # a line with text is still going on
        self.at = start

    def read(self, start: int, end: int, text: str) -> None:
        if start < self.at:  # overlaps what was read: only its part after that
            text = text[self.at - start :]
        self.skip_to(start)
        *ended, last = text.split("\n")
        for line in ended:
            self.open = self.open or bool(line.strip())
            self._end_line()
        self.open = self.open or bool(last.strip())
        self.at = max(self.at, end)

    def skip_to(self, start: int) -> None:
        """Past the white space before `start`: a line break, if there is any."""
        if start > self.at:
            self._end_line()
            self.at = start

    def _end_line(self) -> None:
        self.count += int(self.open)
        self.open = False


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
