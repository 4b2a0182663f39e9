"""One document of a library, as an immutable handle: every query carries its id.

A `Document` is what a view shows. It is handed out by `Library.document(id)` and passed down
explicitly; nothing switches "the current document" under a view, and two documents of one library can
be open side by side. Every query names `main.` tables and the document's id, so it reads one
document's rows through the (document_id, …) indexes the schema keeps.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zoneview.store.records import (
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
from zoneview.store.search import in_chunks
from zoneview.vocab import ACTOR_KINDS, SECTION_KINDS

if TYPE_CHECKING:
    from zoneview.store.read import Library


@dataclass(frozen=True, eq=False)
class Document:
    """One document of an open library. Equal handles name the same document of the same library."""

    library: Library
    id: int

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Document) and other.library is self.library and other.id == self.id

    def __hash__(self) -> int:
        return hash((id(self.library), self.id))

    @property
    def path(self) -> Path:
        """The library file the document is in."""
        return self.library.path

    # -- the document itself ---------------------------------------------------------------------

    def record(self) -> DocumentRecord:
        """The document's row: title, issuer, year, kind, source …"""
        return self.library.document_record(self.id)

    # -- the outline -------------------------------------------------------------------------------

    def nodes(self) -> list[NodeRecord]:
        """All nodes in reading order."""
        rows = self._all(f"SELECT {_NODE_COLUMNS} FROM main.nodes WHERE document_id = ? ORDER BY span_start")
        return [NodeRecord(**dict(r)) for r in rows]

    def node(self, node_id: str) -> NodeRecord | None:
        row = self._one(f"SELECT {_NODE_COLUMNS} FROM main.nodes WHERE document_id = ? AND id = ?", node_id)
        return NodeRecord(**dict(row)) if row else None

    def children(self, node_id: str, limit: int | None = None) -> list[NodeRecord]:
        rows = self._all(
            f"SELECT {_NODE_COLUMNS} FROM main.nodes WHERE document_id = ? AND parent_id = ? "
            "ORDER BY ordinal LIMIT ?",
            node_id,
            -1 if limit is None else limit,
        )
        return [NodeRecord(**dict(r)) for r in rows]

    def outline(self, parent_id: str | None = None, offset: int = 0, limit: int = -1) -> list[OutlineEntry]:
        """The nodes under `parent_id` (the top level for None) in reading order, `limit` of them from
        `offset`, each with the number of nodes below it. Without their text: a tree of any size reads
        a screenful at a time."""
        where = "n.parent_id IS NULL" if parent_id is None else "n.parent_id = ?"
        args: tuple[Any, ...] = () if parent_id is None else (parent_id,)
        sql = (
            f"SELECT {_OUTLINE_COLUMNS} FROM main.nodes n WHERE n.document_id = ? AND {where} "
            "ORDER BY n.span_start LIMIT ? OFFSET ?"
        )
        # plain tuples: a tree may read 100,000 of these at once
        return [OutlineEntry(*r) for r in self.library.tuples(sql, self.id, *args, limit, offset)]

    def outline_entry(self, node_id: str) -> OutlineEntry | None:
        row = self._one(
            f"SELECT {_OUTLINE_COLUMNS} FROM main.nodes n WHERE n.document_id = ? AND n.id = ?", node_id
        )
        return OutlineEntry(**dict(row)) if row else None

    def outline_entries(self, node_ids: list[str]) -> dict[str, OutlineEntry]:
        """Several nodes' entries by id; ids the document does not hold are left out."""
        found: dict[str, OutlineEntry] = {}
        for marks, chunk in in_chunks(list(dict.fromkeys(node_ids))):
            sql = f"SELECT {_OUTLINE_COLUMNS} FROM main.nodes n WHERE n.document_id = ? AND n.id IN ({marks})"
            for r in self._all(sql, *chunk):
                found[r["id"]] = OutlineEntry(**dict(r))
        return found

    def node_count(self) -> int:
        return self._count("nodes")

    def top_level_count(self) -> int:
        return self._number("SELECT COUNT(*) FROM main.nodes WHERE document_id = ? AND parent_id IS NULL")

    def position(self, node_id: str) -> int:
        """How many nodes come before this one under its parent (its row in the outline); -1 if none."""
        row = self._one(
            "SELECT (SELECT COUNT(*) FROM main.nodes s WHERE s.document_id = n.document_id "
            "AND s.parent_id IS n.parent_id AND s.span_start < n.span_start) "
            "FROM main.nodes n WHERE n.document_id = ? AND n.id = ?",
            node_id,
        )
        return int(row[0]) if row else -1

    def ancestry(self, node_id: str) -> list[str]:
        """The ids from the top of the outline down to this node; empty if there is no such node."""
        trail: list[str] = []
        at: str | None = node_id
        while at is not None and len(trail) < 64:
            row = self._one("SELECT id, parent_id FROM main.nodes WHERE document_id = ? AND id = ?", at)
            if row is None:
                break
            trail.insert(0, row[0])
            at = row[1] or None
        return trail

    def breadcrumb(self, node_id: str) -> list[NodeRecord]:
        """The node and its ancestors, outermost first (the 16 nearest, in an outline deeper than that)."""
        return [node for node in map(self.node, self.ancestry(node_id)[-16:]) if node is not None]

    def paragraphs(self, node_id: str) -> tuple[str, int, int] | None:
        """Where a node is, as a reader counts: (the top-level node holding it, the first and last
        paragraph of that top-level node it is in, counted from 1). A paragraph is a line with text;
        nodes follow each other in the source with nothing but white space between them, and a gap
        between two nodes is a line break (a node that starts where another ends goes on its line)."""
        node = self.node(node_id)
        if node is None:
            return None
        top = self.ancestry(node_id)[0]
        row = self._one("SELECT span_start FROM main.nodes WHERE document_id = ? AND id = ?", top)
        start = int(row[0]) if row else node.span_start
        before = self._all(
            "SELECT span_start, span_end, original FROM main.nodes WHERE document_id = ? "
            "AND span_start >= ? AND span_start < ? ORDER BY span_start",
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

    def counts(self) -> dict[str, int]:
        """The document's rows in each of the main tables."""
        return {
            table: self._count(table)
            for table in ("nodes", "indicators", "entities", "mentions", "corrections")
        }

    # -- figures ---------------------------------------------------------------------------------

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
        sql = f"SELECT {_INDICATOR_COLUMNS} FROM main.indicators WHERE document_id = ?"
        args: tuple[Any, ...] = ()
        if node_id is not None and with_children:
            sql += (
                " AND (node_id = ? OR node_id IN "
                "(SELECT id FROM main.nodes WHERE document_id = ? AND parent_id = ?))"
            )
            args = (node_id, self.id, node_id)
        elif node_id is not None:
            sql += " AND node_id = ?"
            args = (node_id,)
        if ids is not None:
            unique = sorted(set(ids))[:_MAX_PARAMETERS]
            sql += f" AND id IN ({', '.join('?' for _ in unique)})"
            args += tuple(unique)
        rows = self._all(sql + " ORDER BY span_start LIMIT ?", *args, -1 if limit is None else limit)
        return [indicator_record(r) for r in rows]

    def indicator(self, indicator_id: int) -> IndicatorRecord | None:
        row = self._one(
            f"SELECT {_INDICATOR_COLUMNS} FROM main.indicators WHERE document_id = ? AND id = ?", indicator_id
        )
        return indicator_record(row) if row else None

    def figure_counts(self, node_ids: list[str]) -> dict[str, int]:
        """How many figures each of these nodes gives (nodes without any are left out)."""
        counts: dict[str, int] = {}
        for marks, chunk in in_chunks(list(dict.fromkeys(node_ids))):
            sql = (
                "SELECT node_id, COUNT(*) FROM main.indicators WHERE document_id = ? "
                f"AND node_id IN ({marks}) GROUP BY node_id"
            )
            counts.update((r[0], int(r[1])) for r in self._all(sql, *chunk))
        return counts

    def section_figure_counts(self, node_id: str) -> dict[str, int]:
        """How many figures each child of the node gives, with those of the nodes below it (children
        without any are left out). UNION, not UNION ALL: a damaged file whose parents loop still ends."""
        rows = self._all(
            "WITH RECURSIVE below(id, top) AS ("
            "SELECT id, id FROM main.nodes WHERE document_id = :document AND parent_id = :node "
            "UNION SELECT n.id, b.top FROM main.nodes n JOIN below b "
            "ON n.document_id = :document AND n.parent_id = b.id) "
            "SELECT b.top, COUNT(*) FROM below b JOIN main.indicators i "
            "ON i.document_id = :document AND i.node_id = b.id GROUP BY b.top",
            {"node": node_id},
        )
        return {str(r[0]): int(r[1]) for r in rows}

    # -- entities and actors ---------------------------------------------------------------------

    def entity(self, entity_id: int) -> EntityRecord | None:
        row = self._one(
            "SELECT e.id, e.name, e.kind, COUNT(m.id) AS mentions FROM main.entities e "
            "LEFT JOIN main.mentions m ON m.entity_id = e.id WHERE e.document_id = ? AND e.id = ? "
            "GROUP BY e.id",
            entity_id,
        )
        return EntityRecord(**dict(row)) if row else None

    def entities(self, kinds: tuple[str, ...] | None = None) -> list[EntityRecord]:
        sql = (
            "SELECT e.id, e.name, e.kind, COUNT(m.id) AS mentions FROM main.entities e "
            "LEFT JOIN main.mentions m ON m.entity_id = e.id WHERE e.document_id = ?"
        )
        args: tuple[Any, ...] = ()
        if kinds:
            sql += f" AND e.kind IN ({', '.join('?' for _ in kinds)})"
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
            "FROM main.mentions m JOIN main.entities e ON e.id = m.entity_id WHERE m.document_id = ?"
        )
        args: list[Any] = []
        if entity_id is not None:
            sql += " AND m.entity_id = ?"
            args.append(entity_id)
        if node_id is not None:
            sql += " AND m.node_id = ?"
            args.append(node_id)
        sql += " ORDER BY m.span_start LIMIT ? OFFSET ?"
        rows = self._all(sql, *args, -1 if limit is None else limit, offset)
        return [MentionRecord(**dict(r)) for r in rows]

    def mention_places(self, entity_id: int, offset: int = 0, limit: int = -1) -> list[tuple[str, int]]:
        """The nodes that mention an entity, in reading order, each once with how often it does."""
        rows = self._all(
            "SELECT node_id, COUNT(*) FROM main.mentions WHERE document_id = ? AND entity_id = ? "
            "GROUP BY node_id ORDER BY MIN(span_start) LIMIT ? OFFSET ?",
            entity_id,
            limit,
            offset,
        )
        return [(str(r[0]), int(r[1])) for r in rows]

    def place_count(self, entity_id: int) -> int:
        """How many nodes mention an entity."""
        return self._number(
            "SELECT COUNT(DISTINCT node_id) FROM main.mentions WHERE document_id = ? AND entity_id = ?",
            entity_id,
        )

    def actors(self, node_id: str) -> list[str]:
        """The areas that act in a node (parks, districts, 街道 …), in order of first mention."""
        rows = self._all(
            "SELECT e.name FROM main.mentions m JOIN main.entities e ON e.id = m.entity_id "
            f"WHERE m.document_id = ? AND m.node_id = ? AND e.kind IN {_ACTORS} "
            "GROUP BY e.name ORDER BY MIN(m.span_start)",
            node_id,
        )
        return [r["name"] for r in rows]

    def actor_names(self) -> list[str]:
        """Every actor of the report, those that act in the most sections first."""
        rows = self._all(
            "SELECT e.name FROM main.entities e JOIN main.mentions m ON m.entity_id = e.id "
            "JOIN main.nodes n ON n.document_id = m.document_id AND n.id = m.node_id "
            f"WHERE e.document_id = ? AND e.kind IN {_ACTORS} AND n.kind IN {_SECTIONS} GROUP BY e.name "
            "ORDER BY COUNT(DISTINCT m.node_id) DESC, MIN(m.span_start)"
        )
        return [r["name"] for r in rows]

    def nodes_with_actor(self, name: str) -> list[str]:
        """Ids of the sections in which `name` acts (the preamble and closing matter only name it)."""
        rows = self._all(
            "SELECT DISTINCT m.node_id FROM main.mentions m JOIN main.entities e ON e.id = m.entity_id "
            "JOIN main.nodes n ON n.document_id = m.document_id AND n.id = m.node_id "
            f"WHERE m.document_id = ? AND e.kind IN {_ACTORS} AND e.name = ? "
            f"AND n.kind IN {_SECTIONS} ORDER BY n.span_start",
            name,
        )
        return [r["node_id"] for r in rows]

    # -- marks, corrections and excerpts ---------------------------------------------------------

    def marks(self, node_id: str, start: int = 0, end: int | None = None) -> list[MarkRecord]:
        """Where the build marked figures, entities and corrections in the node's text, outer first;
        only those that reach into text[start:end], when given."""
        sql = f"SELECT {_MARK_COLUMNS} FROM main.marks WHERE document_id = ? AND node_id = ?"
        args: tuple[Any, ...] = (node_id,)
        if start or end is not None:
            sql += ' AND "end" > ? AND start < ?'
            args += (start, end if end is not None else 2**62)
        rows = self._all(sql + ' ORDER BY start, "end" DESC', *args)
        return [MarkRecord(**dict(r)) for r in rows]

    def figure_mark(self, node_id: str, indicator_id: int) -> MarkRecord | None:
        """Where a figure is marked in its node's text, if it is."""
        row = self._one(
            f"SELECT {_MARK_COLUMNS} FROM main.marks WHERE document_id = ? AND node_id = ? "
            "AND kind = 'figure' AND ref = ?",
            node_id,
            indicator_id,
        )
        return MarkRecord(**dict(row)) if row else None

    def entity_marks(self, node_id: str, entity_id: int, limit: int = -1) -> list[MarkRecord]:
        """Where an entity is marked in a node's display text, in reading order."""
        rows = self._all(
            f"SELECT {_MARK_COLUMNS} FROM main.marks WHERE document_id = ? AND node_id = ? AND ref = ? "
            "AND kind NOT IN ('figure', 'correction') ORDER BY start LIMIT ?",
            node_id,
            entity_id,
            limit,
        )
        return [MarkRecord(**dict(r)) for r in rows]

    def corrections(
        self, node_id: str | None = None, offset: int = 0, limit: int | None = None
    ) -> list[CorrectionRecord]:
        """Corrections in reading order; of one node, `limit` of them from the `offset`-th (a correction
        mark's ref is its index here)."""
        sql = (
            "SELECT node_id, original, corrected, reason, span_start, span_end FROM main.corrections "
            "WHERE document_id = ?"
        )
        args: tuple[Any, ...] = ()
        if node_id is not None:
            sql += " AND node_id = ?"
            args = (node_id,)
        sql += " ORDER BY span_start LIMIT ? OFFSET ?"
        rows = self._all(sql, *args, -1 if limit is None else limit, offset)
        return [CorrectionRecord(**dict(r)) for r in rows]

    def correction_counts(self, node_id: str) -> tuple[int, int]:
        """(all, punctuation only) corrections of a node."""
        row = self._one(
            "SELECT COUNT(*), COALESCE(SUM(reason = 'punctuation'), 0) FROM main.corrections "
            "WHERE document_id = ? AND node_id = ?",
            node_id,
        )
        return (int(row[0]), int(row[1])) if row else (0, 0)

    def punctuation_count(self) -> int:
        """How many half-width punctuation marks the whole document had made full-width."""
        return self._number(
            "SELECT COUNT(*) FROM main.corrections WHERE document_id = ? AND reason = 'punctuation'"
        )

    def excerpts(self, node_id: str, spans: list[tuple[int, int]]) -> list[str]:
        """source[start:end] for each span, cut to the node's own text, read without the rest of it."""
        piece = "substr(original, max(? - span_start, 0) + 1, max(min(?, span_end) - max(?, span_start), 0))"
        return self._pieces(node_id, spans, piece)

    def text_excerpts(self, node_id: str, spans: list[tuple[int, int]]) -> list[str]:
        """text[start:end] of a node's display text (normalised) for each span, read without the rest."""
        piece = "substr(text, max(?, 0) + 1, max(min(?, length(text)) - max(?, 0), 0))"
        return self._pieces(node_id, spans, piece)

    def _pieces(self, node_id: str, spans: list[tuple[int, int]], piece: str) -> list[str]:
        if not spans:
            return []
        args = [v for start, end in spans for v in (start, end, start)]
        pieces = ", ".join(piece for _ in spans)
        row = self.library.row(
            f"SELECT {pieces} FROM main.nodes WHERE document_id = ? AND id = ?", *args, self.id, node_id
        )
        return [str(v) if v is not None else "" for v in row] if row else [""] * len(spans)

    # -- search ----------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Ranked hits in this document. Raises EmptySearch if the query is empty."""
        return self.library.search_document(self.id, query, limit)

    # -- plumbing: every query's first parameter is the document ---------------------------------

    def _all(self, sql: str, *args: Any) -> list[Any]:
        if len(args) == 1 and isinstance(args[0], dict):
            return self.library.rows(sql, {**args[0], "document": self.id})
        return self.library.rows(sql, self.id, *args)

    def _one(self, sql: str, *args: Any) -> Any:
        return self.library.row(sql, self.id, *args)

    def _number(self, sql: str, *args: Any) -> int:
        row = self._one(sql, *args)
        return int(row[0]) if row and row[0] is not None else 0

    def _count(self, table: str) -> int:
        return self._number(f"SELECT COUNT(*) FROM main.[{table}] WHERE document_id = ?")


def indicator_record(row: Any) -> IndicatorRecord:
    data = dict(row)
    data["approximate"] = bool(data["approximate"])
    return IndicatorRecord(**data)


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


_NODE_COLUMNS = ", ".join(f.name for f in fields(NodeRecord))
_MARK_COLUMNS = ", ".join(f'"{f.name}"' for f in fields(MarkRecord))  # quoted: "end" is a keyword of SQL
_OUTLINE_COLUMNS = (
    "n.id, n.parent_id, n.kind, n.ordinal, n.marker, n.title, n.level, "
    "(SELECT COUNT(*) FROM main.nodes c WHERE c.document_id = n.document_id AND c.parent_id = n.id) "
    "AS children, n.period"
)
INDICATOR_FIELDS = tuple(f.name for f in fields(IndicatorRecord))
_INDICATOR_COLUMNS = ", ".join(INDICATOR_FIELDS)
_MAX_PARAMETERS = 30_000  # below SQLite's limit on parameters in one statement
_ACTORS = "(" + ", ".join(f"'{k}'" for k in ACTOR_KINDS) + ")"
_SECTIONS = "(" + ", ".join(f"'{k}'" for k in SECTION_KINDS) + ")"
