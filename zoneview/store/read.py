"""Read-only access to a zoneview database, a library of documents; every query returns plain
dataclasses. The queries about one document are its `Document` handle's (document.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any

from zoneview import paths
from zoneview.store.connect import describe_error, read_only_connection
from zoneview.store.document import INDICATOR_FIELDS, Document, indicator_record
from zoneview.store.records import DocumentRecord, IndicatorRecord, OutlineEntry, SearchHit
from zoneview.store.schema import APPLICATION_ID, MIGRATES_FROM, REQUIRED_TABLES, SCHEMA_VERSION
from zoneview.store.search import like_pattern, search_nodes

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database is missing, corrupt, foreign or of another schema version; the message says which."""


def open_library(db: Path | None = None) -> Library:
    """The database named, else the user's library once there is one, else the bundled database: what
    the window and every command read when not told otherwise."""
    return Library(db or paths.default_database())


def open_document(db: Path | None = None, document: int | None = None) -> Document:
    """One document of the database `open_library` opens: `document`, else its first. Closing the
    document's library (`document.library.close()`) is the caller's."""
    library = open_library(db)
    try:
        return library.document(document)
    except StoreError:
        library.close()
        raise


@contextmanager
def reading(db: Path | str, document: int | None = None) -> Iterator[Document]:
    """One document of a database (`document`, else the first), while its library is open."""
    with Library(db) as library:
        yield library.document(document)


class Library:
    """One open, read-only zoneview database: its documents, and the queries across them (search,
    subjects, series, targets). `document(id)` hands out the immutable `Document` handle whose queries
    are about one document; nothing here is about "the current document"."""

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

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents -------------------------------------------------------------------------------

    def document(self, document_id: int | None = None) -> Document:
        """The handle of a document (the first in the database for None)."""
        if document_id is None:
            row = self.row("SELECT MIN(id) FROM main.documents")
            if row is None or row[0] is None:
                raise StoreError(f"database {self.path} holds no document")
            return Document(self, int(row[0]))
        if self.row("SELECT 1 FROM main.documents WHERE id = ?", document_id) is None:
            raise StoreError(f"database {self.path} holds no document {document_id}")
        return Document(self, int(document_id))

    def document_record(self, document_id: int) -> DocumentRecord:
        row = self.row(f"SELECT {DOCUMENT_COLUMNS} FROM main.documents WHERE id = ?", document_id)
        if row is None:
            raise StoreError(f"database {self.path} holds no document {document_id}")
        return DocumentRecord(**dict(row))

    def documents(self) -> list[DocumentRecord]:
        """Every document in the database, by issuer, then year, then when it was added."""
        rows = self.rows(
            f"SELECT {DOCUMENT_COLUMNS} FROM main.documents ORDER BY issuer IS NULL, issuer, year, id"
        )
        return [DocumentRecord(**dict(r)) for r in rows]

    def document_count(self) -> int:
        row = self.row("SELECT COUNT(*) FROM main.documents")
        return int(row[0]) if row else 0

    def search(
        self, query: str, limit: int = 50, *, year: int | None = None, document: int | None = None
    ) -> list[SearchHit]:
        """Ranked hits for a query, literal whatever characters it holds, in every document, or those
        of one `year`, or one `document` (ranked as across the library; `Document.search` ranks as
        within one report). Raises EmptySearch if the query is empty."""
        documents: list[int] | None = None
        if document is not None:
            documents = [document]
        elif year is not None:
            documents = [int(r[0]) for r in self.rows("SELECT id FROM main.documents WHERE year = ?", year)]
        with self.guard():
            return search_nodes(self._conn, query, limit, documents=documents)

    def search_document(self, document: int, query: str, limit: int = 50) -> list[SearchHit]:
        """Ranked hits in one document, as a reader of that report expects them."""
        with self.guard():
            return search_nodes(self._conn, query, limit, document=document)

    # -- across the documents of a library: one indicator over the years ---------------------------

    def subject_rows(
        self, subject: str, issuer: str | None = None
    ) -> list[tuple[DocumentRecord, IndicatorRecord]]:
        """Every figure of the library whose subject is `subject` (as the build normalised it, or as the
        user chose in subject_choices), with its document; of one issuer's documents, when given."""
        sql = (
            f"SELECT {_prefixed('d', _DOCUMENT_FIELDS)}, {_prefixed('i', INDICATOR_FIELDS)} "
            "FROM main.indicators i JOIN main.documents d ON d.id = i.document_id "
            f"WHERE {_OF_SUBJECT} AND (:issuer IS NULL OR COALESCE(d.issuer, '') = :issuer) "
            "ORDER BY d.year, d.id, i.span_start"
        )
        width = len(_DOCUMENT_FIELDS)
        with self.guard():
            cursor = self._conn.execute(sql, {"subject": subject, "issuer": issuer})
            cursor.row_factory = None
            return [
                (
                    DocumentRecord(*row[:width]),
                    indicator_record(dict(zip(INDICATOR_FIELDS, row[width:], strict=True))),
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
            f"{_prefixed('d', _DOCUMENT_FIELDS)}, {_prefixed('i', INDICATOR_FIELDS)} "
            "FROM main.indicators i JOIN main.documents d ON d.id = i.document_id "
            "LEFT JOIN main.subject_choices ci ON ci.indicator = i.id "
            "LEFT JOIN main.subject_choices cn ON cn.name = i.name AND cn.indicator IS NULL "
            f"WHERE chosen IN ({wanted}) AND (? IS NULL OR d.issuer = ?) AND (? = 0 OR i.kind = 'target') "
            "ORDER BY d.year, d.id, i.span_start"
        )
        found: dict[str, list[tuple[DocumentRecord, IndicatorRecord]]] = {name: [] for name in subjects}
        width = len(_DOCUMENT_FIELDS)
        with self.guard():
            cursor = self._conn.execute(sql, (*subjects, issuer, issuer, int(targets_only)))
            cursor.row_factory = None
            for row in cursor:
                document = DocumentRecord(*row[1 : width + 1])
                figure = indicator_record(dict(zip(INDICATOR_FIELDS, row[width + 1 :], strict=True)))
                found[row[0]].append((document, figure))
        return found

    def read_by_older_parser(self, current: int) -> int:
        """How many documents an older parser read (or one that kept no text): `refresh` reads them again."""
        columns = {r["name"] for r in self.rows("PRAGMA main.table_info(sources)")}
        if "parser" not in columns:  # no texts kept (0.2), or kept before their parser was noted
            return self.document_count()
        row = self.row(
            "SELECT COUNT(*) FROM main.documents d LEFT JOIN main.sources s ON s.document_id = d.id "
            "WHERE s.document_id IS NULL OR s.parser IS NULL OR s.parser < ?",
            current,
        )
        return int(row[0]) if row else 0

    def has_table(self, name: str) -> bool:
        """Whether the file holds the table: one made before a newer table may lack it."""
        return (
            self.row("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?", name) is not None
        )

    def source_text(self, document_id: int) -> str | None:
        """The text a document was read from; None in a database made before texts were kept."""
        if not self.has_table("sources"):
            return None
        row = self.row("SELECT text FROM main.sources WHERE document_id = ?", document_id)
        return str(row[0]) if row else None

    def stated_targets(self, issuer: str) -> list[tuple[DocumentRecord, str, str, str, int, int]]:
        """The targets an issuer's reports give in words only: (document, indicator, text, node, start,
        end), by document and place. None in a database made before they were read."""
        if not self.has_table("stated_targets"):
            return []
        rows = self.rows(
            f"SELECT {_prefixed('d', _DOCUMENT_FIELDS)}, "
            "t.indicator, t.text, t.node_id, t.span_start, t.span_end "
            "FROM main.stated_targets t JOIN main.documents d ON d.id = t.document_id "
            "WHERE d.issuer = ? ORDER BY d.year, d.id, t.span_start",
            issuer,
        )
        width = len(_DOCUMENT_FIELDS)
        return [(DocumentRecord(*tuple(r)[:width]), *tuple(r)[width:]) for r in rows]

    def stated_in(self, document_id: int) -> list[tuple[str, str, str, int, int]]:
        """The targets one document gives in words only: (indicator, text, node, start, end)."""
        if not self.has_table("stated_targets"):
            return []
        rows = self.rows(
            "SELECT indicator, text, node_id, span_start, span_end FROM main.stated_targets "
            "WHERE document_id = ? ORDER BY span_start",
            document_id,
        )
        return [(str(r[0]), str(r[1]), str(r[2]), int(r[3]), int(r[4])) for r in rows]

    def text_before(self, figures: list[tuple[int, str, int]], width: int) -> dict[tuple[int, str, int], str]:
        """For each figure given as (document, node, span start), the source text of its paragraph
        before it, at most `width` characters: what says an outcome is preliminary (初步核算，…) or
        measured against another year (比2012年（下同）)."""
        found: dict[tuple[int, str, int], str] = {}
        nodes: dict[tuple[int, str], tuple[str, int] | None] = {}
        for document, node_id, start in figures:
            if (document, node_id) not in nodes:
                row = self.row(
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
        rows = self.rows(
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

        rows = self.rows(
            f"SELECT DISTINCT i.name FROM main.indicators i WHERE {_OF_SUBJECT} ORDER BY i.name",
            {"subject": subject_of(subject)},
        )
        return [r["name"] for r in rows]

    def subject_issuers(self, subject: str) -> list[tuple[str, int]]:
        """The issuers whose documents give a subject, with how many of their documents do, most first."""
        rows = self.rows(
            "SELECT COALESCE(d.issuer, '') AS issuer, COUNT(DISTINCT d.id) AS n "
            "FROM main.indicators i JOIN main.documents d ON d.id = i.document_id "
            f"WHERE {_OF_SUBJECT} GROUP BY 1 ORDER BY n DESC, issuer",
            {"subject": subject},
        )
        return [(r["issuer"], int(r["n"])) for r in rows]

    def entry_in(self, document_id: int, node_id: str) -> OutlineEntry | None:
        """A node's outline entry in any document of the database (a library search hit's heading)."""
        row = self.row(
            "SELECT n.id, n.parent_id, n.kind, n.ordinal, n.marker, n.title, n.level, 0 AS children, "
            "n.period FROM main.nodes n WHERE n.document_id = ? AND n.id = ?",
            document_id,
            node_id,
        )
        return OutlineEntry(**dict(row)) if row else None

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
    def guard(self) -> Iterator[None]:
        """SQLite's errors as StoreError, saying what is wrong with the file."""
        try:
            yield
        except sqlite3.DatabaseError as e:
            raise StoreError(_corrupt(self.path, e)) from None

    def rows(self, sql: str, *args: Any) -> list[sqlite3.Row]:
        """The rows of a query with positional parameters, or with one dict of named ones."""
        params = args[0] if len(args) == 1 and isinstance(args[0], dict) else args
        with self.guard():
            return list(self._conn.execute(sql, params))

    def row(self, sql: str, *args: Any) -> sqlite3.Row | None:
        with self.guard():
            found: sqlite3.Row | None = self._conn.execute(sql, args).fetchone()
            return found

    def tuples(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        """The rows of a query as plain tuples: cheaper where there are very many."""
        with self.guard():
            cursor = self._conn.cursor()
            cursor.row_factory = None
            return list(cursor.execute(sql, args))


_DOCUMENT_FIELDS = tuple(f.name for f in fields(DocumentRecord))
DOCUMENT_COLUMNS = ", ".join(_DOCUMENT_FIELDS)  # a document's row as DocumentRecord takes it


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
