"""Write a parsed report into a new SQLite database atomically: a temp file beside the target, then rename.

The database holds the one report as document 1; a library takes it in from there (store/library.py).

Rows are made as the parser yields each node and go to SQLite in batches, in one transaction, so
building a report of any size holds one node's facts, one batch of rows and the table of entity names.
A figure that is not finite or is past MAX_FIGURE (a misprint or an attack: no chart can draw it) is
not written, and the build warns about it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

from zoneview.files import atomic_path
from zoneview.ingest import PARSER_VERSION
from zoneview.ingest.model import MAX_FIGURE, NodeFacts, Report, ReportStream, drawable, node_facts
from zoneview.ingest.subjects import figure_subject
from zoneview.store.schema import APPLICATION_ID, SCHEMA_VERSION, TABLES, create_indexes, create_tables
from zoneview.store.search import index_grams

FLUSH_ROWS = 5000  # rows in a batch for SQLite: a few megabytes at most


class BuildError(Exception):
    """The database could not be written; any earlier file at the target is untouched."""


@dataclass(frozen=True)
class BuildCounts:
    """What a build wrote."""

    nodes: int
    figures: int
    entities: int
    corrections: int


def write_database(report: Report, target: Path) -> BuildCounts:
    """Build the database for a whole parsed report at `target`. On any failure, or Ctrl+C, nothing is
    left behind."""
    return write_stream(ReportStream(report, node_facts(report)), target)


def write_stream(stream: ReportStream, target: Path) -> BuildCounts:
    """Build the database at `target` from a report read node by node, writing each node as it comes."""
    target = Path(target)
    try:
        with atomic_path(target) as temp:
            return _fill(stream, temp)
    except OSError as e:
        raise BuildError(str(e)) from None
    except sqlite3.OperationalError as e:  # SQLITE_FULL is the disk's fault, not ours: say so
        reason = "the disk is full" if getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL else e
        raise BuildError(f"cannot write {target}: {reason}") from None


def _fill(stream: ReportStream, path: Path) -> BuildCounts:
    conn = sqlite3.connect(path, isolation_level=None)  # transactions are begun and ended here
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        # A crash leaves only the temp file, which is never renamed; atomic_path syncs it when done.
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        create_tables(conn)
        conn.execute("BEGIN")
        rows = _Rows(conn)
        rows.document(stream.report)
        rows.nodes(stream.nodes)
        rows.flush()
        conn.execute("COMMIT")
        if rows.refused:
            stream.report.warnings.append(
                f"{len(rows.refused)} figures left out: not finite, or past {MAX_FIGURE:.0e} "
                f"(first: {rows.refused[0][:60]})"
            )
        create_indexes(conn)  # after the rows, with the full-text index filled from them
        index_grams(conn, DOCUMENT)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        # No VACUUM: a file built in one go has no free pages, and copying it would only cost time.
        return rows.counts()
    finally:
        conn.close()


class _Rows:
    """Rows for every table, numbered as the whole-report build numbered them, sent to SQLite in batches
    (parents before children, for the foreign keys). Rows are tuples in the order of `COLUMNS`: this
    runs a few million times for a large report."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.pending: dict[str, list[tuple[Any, ...]]] = {name: [] for name in COLUMNS}
        self.held = 0
        self.entity_ids: dict[tuple[str, str], int] = {}
        self.totals = dict.fromkeys(COLUMNS, 0)
        self.refused: list[str] = []  # quotes of figures past what a chart can draw, not written

    def document(self, report: Report) -> None:
        doc = (DOCUMENT, report.title, report.source_file, report.sha256, len(report.source))
        self._add("documents", (*doc, report.issuer, report.year, report.kind))
        self._add("sources", (DOCUMENT, _lean(report.source), None, None, PARSER_VERSION))

    def nodes(self, stream: Iterator[NodeFacts]) -> None:
        """Each node's rows, as the parser yields it. (In a function of its own: a loop's variable
        outlives the loop, and held the last node's facts through the indexing that follows, 300 MB
        when that node is a report's eleven-million-character glossary.)"""
        for facts in stream:
            self.node(facts)

    def node(self, facts: NodeFacts) -> None:
        n = facts.node
        outline = (n.parent_id, n.kind, n.ordinal, n.marker, n.title, _lean(n.text), _lean(n.original))
        self._add("nodes", (DOCUMENT, n.id, *outline, n.start, n.end, n.level, n.period, int(n.plan)))
        first_figure = self.totals["indicators"] + 1
        kept: dict[int, int] = {}  # a figure's index in the node -> its index among those written
        for k, f in enumerate(facts.indicators):
            if not drawable(f):
                self.refused.append(f.quote)
                continue
            kept[k] = len(kept)
            row = (*_INDICATOR(f), figure_subject(f.name, f.qualifier, f.unit))
            self._add("indicators", (self._next("indicators"), DOCUMENT, *row))
        entities = []
        for m in facts.mentions:
            entity_id = self.entity_ids.get((m.name, m.kind))
            if entity_id is None:
                entity_id = self.entity_ids[(m.name, m.kind)] = len(self.entity_ids) + 1
                self._add("entities", (entity_id, DOCUMENT, m.name, m.kind))
            entities.append(entity_id)
            self._add("mentions", (self._next("mentions"), DOCUMENT, entity_id, m.node_id, m.start, m.end))
        for c in facts.corrections:
            row = (n.id, c.original, c.corrected, c.reason, c.start, c.end)
            self._add("corrections", (self._next("corrections"), DOCUMENT, *row))
        for t in facts.stated:
            row = (t.node_id, t.indicator, t.text, t.start, t.end)
            self._add("stated_targets", (self._next("stated_targets"), DOCUMENT, *row))
        for mark in facts.marks:
            # a figure's row is its indicator id, an entity's its entity id, a correction's its index
            if mark.kind == "figure":
                if mark.ref not in kept:
                    continue  # a figure not written is not marked
                ref = first_figure + kept[mark.ref]
            elif mark.kind == "correction":
                ref = mark.ref
            else:
                ref = entities[mark.ref]
            place = (mark.node_id, mark.start, mark.end, mark.kind, ref)
            self._add("marks", (self._next("marks"), DOCUMENT, *place))
        self.totals["nodes"] += 1

    def _next(self, table: str) -> int:
        self.totals[table] += 1
        return self.totals[table]

    def _add(self, table: str, row: tuple[Any, ...]) -> None:
        self.pending[table].append(row)
        self.held += 1
        if self.held >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        for table, columns in COLUMNS.items():
            rows = self.pending[table]
            if rows:
                names = ", ".join(f"[{c}]" for c in columns)
                marks = ", ".join("CAST(? AS TEXT)" if (table, c) in LEAN_COLUMNS else "?" for c in columns)
                self.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", rows)
                rows.clear()
        self.held = 0

    def counts(self) -> BuildCounts:
        return BuildCounts(
            nodes=self.totals["nodes"],
            figures=self.totals["indicators"],
            entities=len(self.entity_ids),
            corrections=self.totals["corrections"],
        )


# Text past LEAN_CHARS characters goes to SQLite as UTF-8 bytes, cast back to text as it is stored:
# handed a str, the driver keeps a UTF-8 copy of it on the str for as long as it lives (50 MB on the
# source of a 50 MB report, through the whole build).
LEAN_CHARS = 1 << 20
LEAN_COLUMNS = {("sources", "text"), ("nodes", "text"), ("nodes", "original")}


def _lean(text: str) -> str | bytes:
    return text.encode("utf-8") if len(text) > LEAN_CHARS else text


# The columns each row tuple fills: the schema's, in its order (parents before children, for the
# foreign keys)
COLUMNS = {name: tuple(spec["columns"]) for name, spec in TABLES.items()}
DOCUMENT = 1  # the id of the one report a build writes
# An Indicator's fields in the order of its table's columns (after the id and document id, before the
# subject, which the build adds)
_INDICATOR = attrgetter(
    *({"span_start": "start", "span_end": "end"}.get(c, c) for c in COLUMNS["indicators"][2:-1])
)
