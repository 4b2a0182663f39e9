"""The user's library: many reports in one SQLite file, added and removed in place, one transaction each.

A report is added by building it into a database of its own first (store/build.py, streaming, in a
temp file), then copying that document's rows into the library in one transaction, with its ids moved
past the library's: a failed or cancelled import rolls back and leaves the library as it was. The same
copy takes in a schema-2 database's one document, which is how an old database is migrated.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ParamSpec, TypeVar

from zoneview import paths
from zoneview.files import atomic_path
from zoneview.ingest.metadata import place_name
from zoneview.ingest.model import NodeFacts, ReportStream
from zoneview.ingest.subjects import subject_of
from zoneview.store.connect import DamagedError, advice, has_table, remember_sound, verify
from zoneview.store.read import DOCUMENT_COLUMNS
from zoneview.store.records import DocumentRecord
from zoneview.store.schema import (
    APPLICATION_ID,
    DOCUMENT_TABLES,
    GRAMS_TABLE,
    LATER_DOCUMENT_TABLES,
    MIGRATES_FROM,
    SCHEMA_VERSION,
    TABLES,
    create_indexes,
    create_tables,
    table_statement,
)
from zoneview.store.search import index_grams
from zoneview.store.views import mark_views, views_stale

# Each document table's rows move past the library's ids; a column that names a row of another
# table moves with that table (a mark's ref names a figure or an entity by its kind).
_MOVED_WITH = {"entity_id": "entities"}
_MARK_REF = (
    "CASE kind WHEN 'figure' THEN ref + :indicators WHEN 'correction' THEN ref ELSE ref + :entities END"
)


WRITER_TIMEOUT = 60.0  # seconds a change waits for another process's change: writers take turns
P = ParamSpec("P")
R = TypeVar("R")


class LibraryError(Exception):
    """The library cannot do what was asked; the message says why, in one line."""


class ImportCancelled(Exception):
    """The user stopped an import; the library is as it was."""


@dataclass(frozen=True)
class Added:
    """What `add` did with one file: the document it became, or the one that already held it."""

    document: DocumentRecord
    new: bool
    figures: int = 0


def _library_errors(method: Callable[P, R]) -> Callable[P, R]:
    """A method of LibraryWriter whose SQLite failures reach the user as one LibraryError line: the disk is
    full, the file or its folder cannot be written, the library is damaged or locked. Each change is
    one transaction, so the library is as it was before the failed one."""

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as e:
            path = getattr(args[0], "path", Path("library"))
            raise LibraryError(_describe(path, e)) from None

    return guarded


def _describe(path: Path, error: sqlite3.Error) -> str:
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code == sqlite3.SQLITE_FULL or "disk is full" in str(error):
        return f"{path}: the disk is full; the library is as it was before this change"
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN) or "readonly" in str(
        error
    ):
        return f"{path} cannot be written (a read-only file, folder or disk); the library is as it was"
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error):
        return f"{path} is busy with another program's change; try again when it has finished"
    why = error.why if isinstance(error, DamagedError) else " ".join(str(error).split())
    return f"{path} is damaged ({why}); {advice(path)}"


class LibraryWriter:
    """A library database open for changes. Created, with the bundled report in it, on first use."""

    def __init__(self, path: Path | str, seed: Path | None = None) -> None:
        self.path = Path(path)
        if not self.path.exists():
            create_library(self.path, paths.bundled_database() if seed is None else seed)
        elif self.path.is_dir() or not self.path.is_file():
            raise LibraryError(f"not a file: {self.path}")
        version = _version(self.path)
        if MIGRATES_FROM <= version < SCHEMA_VERSION:
            migrate(self.path)
        elif version != SCHEMA_VERSION:
            raise LibraryError(f"{self.path} is not a zoneview library of schema {SCHEMA_VERSION}")
        self._conn = _writable(self.path)
        try:
            verify(self._conn, self.path)  # never change a damaged library: that spreads the damage
            _add_grams(self._conn)
            added = _add_later_tables(self._conn)  # a library of 0.2 gets its views on first change
            self._stale = added or views_stale(self._conn)  # a run killed before it wrote them
        except sqlite3.Error as e:
            self._conn.close()
            raise LibraryError(_describe(self.path, e)) from None

    def close(self, write_views: bool = True) -> None:
        """Write the rows of the `targets` and `scorecard` views if the documents changed, and close.
        Views not written (a lock, a full disk, an error on the way) are marked stale in the library,
        and the next change writes them."""
        try:
            if self._stale and write_views:
                from zoneview.store.scorecard import write_views as write

                try:
                    write(self._conn, self.path)
                except sqlite3.Error as e:
                    why = _describe(self.path, e)
                    raise LibraryError(
                        f"the targets and scorecard views were not updated ({why}); the next change writes"
                        " them"
                    ) from None
        finally:
            self._conn.close()
            remember_sound(self.path)  # found sound when opened, and changed only through SQLite since

    def __enter__(self) -> LibraryWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.close(write_views=kind is None)  # after an error, say that error, not one of the views

    def known(self, sha256: str) -> DocumentRecord | None:
        """The document of the library read from a file of this sha256, if there is one."""
        return self._by_sha256(sha256)

    @_library_errors
    def add_stream(
        self,
        stream: ReportStream,
        *,
        issuer: str | None = None,
        year: int | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> Added:
        """Add a report the parser is reading (service.add_report reads the file). Raises
        ImportCancelled when `cancelled()` turns true part-way."""
        from zoneview.store.build import write_stream

        stream = replace(stream, nodes=_watched(stream.nodes, cancelled))
        with tempfile.TemporaryDirectory(prefix="zoneview-import-") as folder:
            single = Path(folder) / "report.db"
            counts = write_stream(stream, single)
            if cancelled():
                raise ImportCancelled
            document, new = self._take_in(single, issuer=issuer, year=year)
        if not new:  # another process added the same file while this one read it
            return Added(document, new=False)
        self._stale = True
        return Added(document, new=True, figures=counts.figures)

    @_library_errors
    def remove(self, document_id: int) -> DocumentRecord:
        """Remove a document and everything read from it. The bundled report stays."""
        document = self._document(document_id)
        if document is None:
            raise LibraryError(f"the library holds no document {document_id}")
        if document.sha256 == _bundled_sha256():
            raise LibraryError(f"document {document_id} is the bundled report; it stays in the library")
        with self._transaction():
            self._delete_rows(document_id)
            self._conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        self._stale = True
        return document

    @_library_errors
    def documents(self) -> list[DocumentRecord]:
        """Every document, by id."""
        ids = [r[0] for r in self._conn.execute("SELECT id FROM documents ORDER BY id").fetchall()]
        return [d for d in map(self._document, ids) if d is not None]

    @_library_errors
    def source_text(self, document_id: int) -> str:
        """The text a document was read from (put together from its nodes for one added before texts
        were kept)."""
        return self._source(document_id)[0]

    @_library_errors
    def replace_stream(self, document_id: int, stream: ReportStream) -> None:
        """Put a document's rows read again (service.refresh_library) in place of its old ones, in one
        transaction, keeping its id, the issuer and year given on `add`, and the figures taken out of a
        series (matched by place)."""
        from zoneview.store.build import write_stream

        _text, issuer, year = self._source(document_id)
        with tempfile.TemporaryDirectory(prefix="zoneview-import-") as folder:
            single = Path(folder) / "report.db"
            write_stream(stream, single)
            self._replace(document_id, single, issuer, year)
        self._stale = True

    def _replace(self, document_id: int, single: Path, issuer: str | None, year: int | None) -> None:
        """Put the rows of the database `single` in place of document `document_id`'s, in one go."""
        splits = self._conn.execute(
            "SELECT c.id, i.node_id, i.span_start, i.span_end FROM subject_choices c "
            "JOIN indicators i ON i.id = c.indicator WHERE i.document_id = ?",
            (document_id,),
        ).fetchall()
        self._conn.execute("ATTACH DATABASE ? AS incoming", (single.resolve().as_uri() + "?mode=ro",))
        try:
            with self._transaction():
                self._delete_rows(document_id, keep_choices=True)
                self._conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
                copy_document(self._conn, "incoming", document_id=document_id)
                self._override(document_id, issuer, year)
                for choice, node_id, start, end in splits:
                    found = self._conn.execute(
                        "SELECT id FROM indicators WHERE document_id = ? AND node_id = ? AND span_start = ? "
                        "AND span_end = ?",
                        (document_id, node_id, start, end),
                    ).fetchone()
                    if found is None:
                        self._conn.execute("DELETE FROM subject_choices WHERE id = ?", (choice,))
                    else:
                        self._conn.execute(
                            "UPDATE subject_choices SET indicator = ? WHERE id = ?", (found[0], choice)
                        )
                unify_issuers(self._conn)
        finally:
            self._conn.execute("DETACH DATABASE incoming")

    def _source(self, document_id: int) -> tuple[str, str | None, int | None]:
        """The text a document was read from, and the issuer and year given on `add`. A document added
        before texts were kept is put together from its nodes' original text at their places."""
        row = self._conn.execute(
            "SELECT text, issuer_override, year_override FROM sources WHERE document_id = ?", (document_id,)
        ).fetchone()
        if row is not None:
            return row[0], row[1], row[2]
        # Made before texts were kept: the issuer and year given on add were not recorded apart. Keep
        # the stored ones where they are what this parser gives (a place's name, a year), so a user's
        # choice survives; an older parser's noise (省人民政府, 大鹏新区管委会) is read again.
        issuer, year = self._conn.execute(
            "SELECT issuer, year FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        kept_issuer = issuer if issuer and place_name(issuer) == issuer else None
        (chars,) = self._conn.execute("SELECT chars FROM documents WHERE id = ?", (document_id,)).fetchone()
        text = ["\n"] * int(chars)  # what lies between nodes is the line break that ends each
        nodes = self._conn.execute(
            "SELECT original, span_start FROM nodes WHERE document_id = ? ORDER BY span_start", (document_id,)
        )
        for original, start in nodes:
            text[start : start + len(original)] = original
        return "".join(text)[: int(chars)], kept_issuer, year

    def _override(self, document_id: int, issuer: str | None, year: int | None) -> None:
        """The issuer and year the user gave, over the ones read from the text, and kept for `refresh`."""
        if issuer is None and year is None:
            return
        self._conn.execute(
            "UPDATE documents SET issuer = COALESCE(?, issuer), year = COALESCE(?, year) WHERE id = ?",
            (issuer, year, document_id),
        )
        self._conn.execute(
            "UPDATE sources SET issuer_override = ?, year_override = ? WHERE document_id = ?",
            (issuer, year, document_id),
        )

    def _delete_rows(self, document_id: int, keep_choices: bool = False) -> None:
        """Every row read from a document, its full-text entries included; not the document's own."""
        self._conn.execute(
            "INSERT INTO nodes_fts (nodes_fts, rowid, title, text) "
            "SELECT 'delete', rowid, title, text FROM nodes WHERE document_id = ?",
            (document_id,),
        )
        index_grams(self._conn, document_id, delete=True)
        if not keep_choices:
            self._conn.execute(
                "DELETE FROM subject_choices WHERE indicator IN "
                "(SELECT id FROM indicators WHERE document_id = ?)",
                (document_id,),
            )
        for table in (*LATER_DOCUMENT_TABLES, *reversed(DOCUMENT_TABLES)):  # children first, for the keys
            self._conn.execute(f"DELETE FROM [{table}] WHERE document_id = ?", (document_id,))

    @_library_errors
    def choose_subject(self, name: str, subject: str | None) -> None:
        """Put figures named `name` into the series of `subject` (a merge), or with None take back
        the choice (the rules and synonyms decide again)."""
        self._stale = True
        with self._transaction():
            self._conn.execute("DELETE FROM subject_choices WHERE name = ?", (name,))
            if subject is not None:
                self._conn.execute(
                    "INSERT INTO subject_choices (name, subject) VALUES (?, ?)", (name, subject)
                )

    @_library_errors
    def split_figure(self, indicator: int) -> None:
        """Take one figure out of every series (it measures something else than its name says)."""
        self._stale = True
        with self._transaction():
            self._conn.execute("DELETE FROM subject_choices WHERE indicator = ?", (indicator,))
            self._conn.execute(
                "INSERT INTO subject_choices (indicator, subject) VALUES (?, '')", (indicator,)
            )

    @_library_errors
    def undo_choices(self, subject: str) -> None:
        """Forget every merge into `subject` and every split of its figures: the rules decide again."""
        self._stale = True
        with self._transaction():
            self._conn.execute(
                "DELETE FROM subject_choices WHERE subject = ? OR indicator IN "
                "(SELECT id FROM indicators WHERE subject = ?) OR name IN "
                "(SELECT name FROM indicators WHERE subject = ?)",
                (subject, subject, subject),
            )

    # -- plumbing --------------------------------------------------------------------------------

    def _take_in(self, single: Path, *, issuer: str | None, year: int | None) -> tuple[DocumentRecord, bool]:
        """Copy the built document in, unless the library holds its file already: looked up again inside
        the write transaction, which another process's add waits for, so two adds of one file at once
        keep one document. The document, and whether it is new."""
        self._conn.execute("ATTACH DATABASE ? AS incoming", (single.resolve().as_uri() + "?mode=ro",))
        try:
            with _Transaction(self._conn):  # a change only once the file proves new
                (sha256,) = self._conn.execute("SELECT sha256 FROM incoming.documents LIMIT 1").fetchone()
                known = self._by_sha256(sha256)
                if known is not None:
                    return known, False
                mark_views(self._conn, stale=True)
                document_id = copy_document(self._conn, "incoming")
                self._override(document_id, issuer, year)
                unify_issuers(self._conn)
        finally:
            self._conn.execute("DETACH DATABASE incoming")
        found = self._document(document_id)
        assert found is not None
        return found, True

    def _by_sha256(self, sha256: str) -> DocumentRecord | None:
        row = self._conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return self._document(row[0]) if row else None

    def _document(self, document_id: int) -> DocumentRecord | None:
        row = self._conn.execute(
            f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return DocumentRecord(*row) if row else None

    def _transaction(self) -> _Transaction:
        """A change of the library's documents or choices: its views are stale until rewritten."""
        return _Transaction(self._conn, changes=True)


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error (Ctrl+C included)."""

    def __init__(self, conn: sqlite3.Connection, changes: bool = False) -> None:
        self.conn = conn
        self.changes = changes

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        if self.changes:  # in the change's own transaction: a kill -9 after it leaves the mark
            try:
                mark_views(self.conn, stale=True)
            except BaseException:
                self._rollback()  # __exit__ is not called when __enter__ fails
                raise

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None:
            try:
                self.conn.execute("COMMIT")
                return
            except sqlite3.Error:
                self._rollback()
                raise
        self._rollback()  # SQLite may have rolled back already (a full disk): never mask the error

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")


def copy_document(
    conn: sqlite3.Connection, schema: str, old_id: int | None = None, document_id: int | None = None
) -> int:
    """Copy document `old_id` (the first, for None) of the attached database `schema` (of this schema
    version or of MIGRATES_FROM) into `main`, its ids moved past those in use; return its new document
    id, `document_id` where given (a document read again keeps its id). Runs inside the caller's
    transaction."""

    def largest(table: str) -> int:
        return int(conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM main.[{table}]").fetchone()[0])

    tables = ("documents", *DOCUMENT_TABLES, *_present(conn, schema, LATER_DOCUMENT_TABLES))
    offsets = {
        table: largest(table) for table in tables if "id" in TABLES[table]["columns"] and table != "nodes"
    }
    if old_id is None:
        (old_id,) = conn.execute(f"SELECT id FROM {schema}.documents ORDER BY id LIMIT 1").fetchone()
    if document_id is None:
        document_id = offsets["documents"] + 1
    present = {
        table: {r[1] for r in conn.execute(f"PRAGMA {schema}.table_info([{table}])")} for table in tables
    }
    for table in tables:
        columns = list(TABLES[table]["columns"])
        values = []
        for column in columns:
            if (table == "documents" and column == "id") or column == "document_id":
                values.append(":document")
            elif column == "id" and table in offsets:
                values.append(f"id + :{table}")
            elif column in _MOVED_WITH:
                values.append(f"[{column}] + :{_MOVED_WITH[column]}")
            elif table == "marks" and column == "ref":
                values.append(_MARK_REF)
            elif column in present[table]:
                values.append(f"[{column}]")
            else:
                values.append("NULL")  # a column the older schema did not have
        where = "id = :old" if table == "documents" else "1"
        if table != "documents" and "document_id" in present[table]:
            where = "document_id = :old"
        names = ", ".join(f"[{c}]" for c in columns)
        conn.execute(
            f"INSERT INTO main.[{table}] ({names}) SELECT {', '.join(values)} FROM {schema}.[{table}] "
            f"WHERE {where}",
            {"document": document_id, "old": old_id, **offsets},
        )
    conn.execute(
        "INSERT INTO main.nodes_fts (rowid, title, text) "
        "SELECT rowid, title, text FROM main.nodes WHERE document_id = ?",
        (document_id,),
    )
    if "subject" not in present["indicators"]:  # an older database: its figures' subjects, by name
        named = conn.execute(
            "SELECT DISTINCT name FROM main.indicators WHERE document_id = ?", (document_id,)
        )
        conn.executemany(
            "UPDATE main.indicators SET subject = ? WHERE document_id = ? AND name = ?",
            [(subject_of(name), document_id, name) for (name,) in named.fetchall()],
        )
    index_grams(conn, document_id)
    return document_id


def unify_issuers(conn: sqlite3.Connection) -> None:
    """One government, one issuer: a report that names only its district (大鹏新区) joins the reports
    that name it with its city (深圳市大鹏新区), where exactly one such longer name is in the library."""
    names = [r[0] for r in conn.execute("SELECT DISTINCT issuer FROM documents WHERE issuer IS NOT NULL")]
    given = "SELECT document_id FROM sources WHERE issuer_override IS NOT NULL"  # a user's --issuer stays
    for short in names:
        longer = [
            n for n in names if n != short and n.endswith(short) and n[: -len(short)].endswith(("市", "省"))
        ]
        if len(longer) == 1:
            conn.execute(
                f"UPDATE documents SET issuer = ? WHERE issuer = ? AND id NOT IN ({given})",
                (longer[0], short),
            )


def create_library(path: Path, seed: Path) -> None:
    """A new library at `path` holding the documents of the database `seed` (the bundled report),
    unless another process made one there meanwhile: that one is kept, for it may hold a report
    already (two first adds at once each made one, and the second replaced the first's)."""
    with contextlib.suppress(FileExistsError):
        _write_from(path, seed, new=True)


def migrate(path: Path) -> None:
    """Rewrite a database of an older schema as this one, atomically; its document keeps its rows.
    One process at a time: another that found the old schema too waits, then finds it done (migrated
    twice, the second file would replace the first, and a report added to it meanwhile with it)."""
    with _held(path):
        if _version(path) != SCHEMA_VERSION:
            _write_from(path, path)


@contextlib.contextmanager
def _held(path: Path) -> Iterator[None]:
    """An exclusive lock on the file at `path` (flock, which SQLite's own locks do not meet)."""
    try:
        import fcntl
    except ImportError:  # Windows: no second process is kept out
        yield
        return
    with path.open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        yield


def _write_from(path: Path, source: Path, new: bool = False) -> None:
    """A database of this schema at `path`, whole or not at all, holding the documents of `source`;
    with `new`, only where there is no file yet (FileExistsError otherwise)."""
    with atomic_path(path, new=new) as temp:
        conn = sqlite3.connect(temp, isolation_level=None)
        try:
            _fill_from(conn, source)
        finally:
            conn.close()


def _fill_from(conn: sqlite3.Connection, source: Path) -> None:
    version = _version(source)
    if not MIGRATES_FROM <= version <= SCHEMA_VERSION:
        raise LibraryError(f"{source} has schema version {version}; rebuild it with 'zoneview build'")
    conn.execute("PRAGMA foreign_keys = ON")
    create_tables(conn)
    create_indexes(conn)
    conn.execute("ATTACH DATABASE ? AS seed", (source.resolve().as_uri() + "?mode=ro",))
    conn.execute("BEGIN")
    for (old_id,) in conn.execute("SELECT id FROM seed.documents ORDER BY id").fetchall():
        copy_document(conn, "seed", old_id)
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE seed")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _version(path: Path) -> int:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise LibraryError(f"{path} is not a readable database: {e}") from None
    if app_id != APPLICATION_ID:
        raise LibraryError(f"{path} is not a zoneview database")
    return version


def _present(conn: sqlite3.Connection, schema: str, tables: tuple[str, ...]) -> tuple[str, ...]:
    """Those of `tables` that both the attached database `schema` and `main` hold."""
    return tuple(t for t in tables if has_table(conn, t, schema) and has_table(conn, t))


def _add_later_tables(conn: sqlite3.Connection) -> bool:
    """Give a library made before a table of LATER_DOCUMENT_TABLES that table, empty: its documents
    gain rows there when `refresh` reads them again. Whether any was missing."""
    added = False
    for table in LATER_DOCUMENT_TABLES:
        if not has_table(conn, table):
            with _Transaction(conn):
                conn.execute(table_statement(table))
            added = True
    return added


def _add_grams(conn: sqlite3.Connection) -> None:
    """Give a library made before the short-term index its index, once, filled from its nodes."""
    if has_table(conn, "nodes_grams"):
        return
    with _Transaction(conn):
        conn.execute(GRAMS_TABLE)
        for (document_id,) in conn.execute("SELECT id FROM documents").fetchall():
            index_grams(conn, document_id)


def _writable(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=WRITER_TIMEOUT)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _watched(nodes: Iterator[NodeFacts], cancelled: Callable[[], bool]) -> Iterator[NodeFacts]:
    for node in nodes:
        if cancelled():
            raise ImportCancelled
        yield node


def _bundled_sha256() -> str | None:
    from zoneview.store.read import Library, StoreError

    try:
        with Library(paths.bundled_database()) as bundled:
            return bundled.document().record().sha256
    except StoreError:
        return None
