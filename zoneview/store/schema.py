"""The database schema, in one place: tables, keys, indexes, version stamps.

A database is a library: one or many documents in one SQLite file. Every row below `documents` carries
its `document_id`; node ids (1, 1.1, summary) are unique within a document, and every other id (figures,
entities, mentions, corrections, marks) is unique in the whole file, so a mark's `ref` names one row.
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from typing import Any

from zoneview.store.records import IndicatorRecord

SCHEMA_VERSION = 3
MIGRATES_FROM = 2  # the oldest version `migrate` copies into this one
APPLICATION_ID = 0x5A564442  # "ZVDB": tells a zoneview database from any other SQLite file
REQUIRED_TABLES = (
    "documents", "nodes", "indicators", "entities", "mentions", "corrections", "marks", "nodes_fts",
    "subject_choices",
)  # fmt: skip
# The tables whose rows belong to one document (all but documents and the user's choices)
DOCUMENT_TABLES = ("nodes", "indicators", "entities", "mentions", "corrections", "marks")
_DOCUMENT = (("document_id",), "documents", ("id",))


def _columns_of(record: type, without: tuple[str, ...] = ()) -> dict[str, type]:
    """A record's fields as columns, in its order, by their Python types (a flag is stored as 0 or 1)."""
    kinds = {"int": int, "float": float, "str": str, "bool": int}
    return {f.name: kinds[str(f.type).split(" |")[0]] for f in fields(record) if f.name not in without}


_NODE = (("document_id", "node_id"), "nodes", ("document_id", "id"))

TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "columns": {
            "id": int,
            "title": str,
            "source_file": str,
            "sha256": str,
            "chars": int,
            "issuer": str,
            "year": int,
            "kind": str,
        },
        "pk": "id",
        "not_null": {"title", "source_file", "sha256", "chars"},
    },
    "nodes": {
        "columns": {
            "document_id": int,
            "id": str,
            "parent_id": str,
            "kind": str,
            "ordinal": int,
            "marker": str,
            "title": str,
            "text": str,
            "original": str,
            "span_start": int,
            "span_end": int,
            "level": int,
            "period": str,
            "plan": int,
        },
        "pk": ("document_id", "id"),
        "not_null": {
            "document_id",
            "id",
            "kind",
            "ordinal",
            "title",
            "text",
            "original",
            "span_start",
            "span_end",
        },
        "foreign_keys": [_DOCUMENT, (("document_id", "parent_id"), "nodes", ("document_id", "id"))],
    },
    "indicators": {
        # an IndicatorRecord's fields (records.py), after the row's id and document; `subject`, what the
        # figure measures the same across reports (ingest/subjects.py), comes last
        "columns": {"id": int, "document_id": int, **_columns_of(IndicatorRecord, without=("id",))},
        "pk": "id",
        "not_null": {
            "document_id",
            "node_id",
            "name",
            "value",
            "unit",
            "base_value",
            "base_unit",
            "approximate",
            "quote",
        },
        "foreign_keys": [_DOCUMENT, _NODE],
    },
    "entities": {
        "columns": {"id": int, "document_id": int, "name": str, "kind": str},
        "pk": "id",
        "not_null": {"document_id", "name", "kind"},
        "foreign_keys": [_DOCUMENT],
    },
    "mentions": {
        "columns": {
            "id": int,
            "document_id": int,
            "entity_id": int,
            "node_id": str,
            "span_start": int,
            "span_end": int,
        },
        "pk": "id",
        "not_null": {"document_id", "entity_id", "node_id", "span_start", "span_end"},
        "foreign_keys": [_DOCUMENT, (("entity_id",), "entities", ("id",)), _NODE],
    },
    "corrections": {
        "columns": {
            "id": int,
            "document_id": int,
            "node_id": str,
            "original": str,
            "corrected": str,
            "reason": str,
            "span_start": int,
            "span_end": int,
        },
        "pk": "id",
        "not_null": {"document_id", "node_id", "original", "corrected", "reason", "span_start", "span_end"},
        "foreign_keys": [_DOCUMENT, _NODE],
    },
}
TABLES["marks"] = {
    # where the build marked a figure (ref: indicator id), an entity (ref: entity id) or a correction
    # (ref: its index among the node's corrections) in the node's display text
    "columns": {
        "id": int,
        "document_id": int,
        "node_id": str,
        "start": int,
        "end": int,
        "kind": str,
        "ref": int,
    },
    "pk": "id",
    "not_null": {"document_id", "node_id", "start", "end", "kind", "ref"},
    "foreign_keys": [_DOCUMENT, _NODE],
}
TABLES["stated_targets"] = {
    # targets given in words only (居民收入增长和经济增长同步) in a main-targets passage: the standard
    # indicator they set and their text. Newer than schema 3: a library gains the table when next
    # opened for changes, and readers take its absence as no such targets.
    "columns": {
        "id": int,
        "document_id": int,
        "node_id": str,
        "indicator": str,
        "text": str,
        "span_start": int,
        "span_end": int,
    },
    "pk": "id",
    "not_null": {"document_id", "node_id", "indicator", "text", "span_start", "span_end"},
    "foreign_keys": [_DOCUMENT, _NODE],
}
TABLES["sources"] = {
    # each document's text as the parser read it (decoded, whatever its format), so that `refresh` can
    # read it again with a newer parser; and the issuer and year the user gave on `add`, which win
    # and the generation of the parser that read it (ingest.PARSER_VERSION)
    "columns": {"document_id": int, "text": str, "issuer_override": str, "year_override": int, "parser": int},
    "pk": "document_id",
    "not_null": {"document_id", "text"},
    "foreign_keys": [_DOCUMENT],
}
# A document's rows in tables a schema-3 file may lack: a library gains them when next opened for
# changes, and readers take a missing one as empty.
LATER_DOCUMENT_TABLES = ("stated_targets", "sources")
TABLES["subject_choices"] = {
    # the user's merges and splits of compared series: the figures named `name` (a merge), or the one
    # figure `indicator` (a split), belong to `subject`; "" is no series at all. A figure's own choice
    # wins over its name's.
    "columns": {"id": int, "name": str, "indicator": int, "subject": str},
    "pk": "id",
    "not_null": {"subject"},
}
# Each index also serves the reading order (span_start, start) of its rows, so a page or a screenful of
# a node with 100,000 rows is read without sorting them all.
INDEXES = (
    ("marks", ["document_id", "node_id", "start"]),
    ("nodes", ["document_id", "parent_id", "span_start"]),
    ("indicators", ["document_id", "node_id", "span_start"]),
    ("indicators", ["subject"]),
    ("entities", ["document_id", "name", "kind"]),
    ("entities", ["name"]),
    ("mentions", ["entity_id", "span_start"]),
    ("mentions", ["document_id", "node_id"]),
    ("corrections", ["document_id", "node_id", "span_start"]),
    ("documents", ["sha256"]),
    ("subject_choices", ["name"]),
    ("stated_targets", ["indicator"]),
    ("subject_choices", ["indicator"]),
)
FTS_COLUMNS = ["title", "text"]
_SQL_TYPES = {int: "INTEGER", str: "TEXT", float: "FLOAT"}


def table_statement(name: str) -> str:
    """CREATE TABLE for one table of TABLES. Written here, not by sqlite-utils' create(): its foreign
    keys are of one column, and a node is named by its document and its id."""
    spec = TABLES[name]
    lines = []
    for column, kind in spec["columns"].items():
        line = f"[{column}] {_SQL_TYPES[kind]}"
        if spec["pk"] == column:
            line += " PRIMARY KEY"
        elif column in spec["not_null"]:
            line += " NOT NULL"
        lines.append(line)
    if isinstance(spec["pk"], tuple):
        lines.append(f"PRIMARY KEY ({', '.join(spec['pk'])})")
    for columns, parent, keys in spec.get("foreign_keys", []):
        lines.append(f"FOREIGN KEY ({', '.join(columns)}) REFERENCES [{parent}] ({', '.join(keys)})")
    return f"CREATE TABLE [{name}] (\n   " + ",\n   ".join(lines) + "\n)"


def create_tables(conn: sqlite3.Connection) -> None:
    """Every table, parents before children, without their indexes (create_indexes, once filled)."""
    for name in TABLES:
        conn.execute(table_statement(name))


def create_indexes(conn: sqlite3.Connection) -> None:
    """The indexes and the two full-text indexes, through sqlite-utils; after the rows are in, as
    sorting once beats growing an index row by row. The trigram index is filled from the nodes."""
    import sqlite_utils  # building only: reading never needs it

    db = sqlite_utils.Database(conn)
    for table, columns in INDEXES:
        db.table(table).create_index(columns, index_name=f"idx_{table}_{'_'.join(columns)}")
    db.table("nodes").enable_fts(FTS_COLUMNS, fts_version="FTS5", tokenize="trigram", create_triggers=False)
    conn.execute(GRAMS_TABLE)


# Terms of one or two characters across a library (store/search.py): each node's letter and digit
# pairs (search.grams), as tokens the ascii tokenizer keeps whole; holds no text of its own.
GRAMS_TABLE = (
    f"CREATE VIRTUAL TABLE [nodes_grams] USING FTS5 ({', '.join(f'[{c}]' for c in FTS_COLUMNS)}, "
    "tokenize='ascii', content='')"
)
