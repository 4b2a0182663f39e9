"""The database schema, in one place: tables, keys, indexes, version stamps."""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 2
APPLICATION_ID = 0x5A564442  # "ZVDB": tells a zoneview database from any other SQLite file
REQUIRED_TABLES = (
    "documents", "nodes", "indicators", "entities", "mentions", "corrections", "marks", "nodes_fts"
)  # fmt: skip

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
            "id": str,
            "document_id": int,
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
        "pk": "id",
        "not_null": {"document_id", "kind", "ordinal", "title", "text", "original", "span_start", "span_end"},
        "foreign_keys": [("document_id", "documents", "id"), ("parent_id", "nodes", "id")],
    },
    "indicators": {
        "columns": {
            "id": int,
            "node_id": str,
            "name": str,
            "value": float,
            "unit": str,
            "base_value": float,
            "base_unit": str,
            "period": str,
            "qualifier": str,
            "approximate": int,
            "share_of_city_pct": float,
            "quote": str,
            "span_start": int,
            "span_end": int,
            "kind": str,
            "value_high": float,
            "base_value_high": float,
            "approx_word": str,
            "share_of_total_pct": float,
            "share_of": str,
        },
        "pk": "id",
        "not_null": {"node_id", "name", "value", "unit", "base_value", "base_unit", "approximate", "quote"},
        "foreign_keys": [("node_id", "nodes", "id")],
    },
    "entities": {
        "columns": {"id": int, "name": str, "kind": str},
        "pk": "id",
        "not_null": {"name", "kind"},
    },
    "mentions": {
        "columns": {"id": int, "entity_id": int, "node_id": str, "span_start": int, "span_end": int},
        "pk": "id",
        "not_null": {"entity_id", "node_id", "span_start", "span_end"},
        "foreign_keys": [("entity_id", "entities", "id"), ("node_id", "nodes", "id")],
    },
    "corrections": {
        "columns": {
            "id": int,
            "node_id": str,
            "original": str,
            "corrected": str,
            "reason": str,
            "span_start": int,
            "span_end": int,
        },
        "pk": "id",
        "not_null": {"node_id", "original", "corrected", "reason", "span_start", "span_end"},
        "foreign_keys": [("node_id", "nodes", "id")],
    },
}
TABLES["marks"] = {
    # where the build marked a figure (ref: indicator id), an entity (ref: entity id) or a correction
    # (ref: its index among the node's corrections) in the node's display text
    "columns": {"id": int, "node_id": str, "start": int, "end": int, "kind": str, "ref": int},
    "pk": "id",
    "not_null": {"node_id", "start", "end", "kind", "ref"},
    "foreign_keys": [("node_id", "nodes", "id")],
}
# Each index also serves the reading order (span_start, start) of its rows, so a page or a screenful of
# a node with 100,000 rows is read without sorting them all.
INDEXES = (
    ("marks", ["node_id", "start"]),
    ("nodes", ["parent_id", "span_start"]),
    ("indicators", ["node_id", "span_start"]),
    ("entities", ["name", "kind"]),
    ("mentions", ["entity_id", "span_start"]),
    ("mentions", ["node_id"]),
    ("corrections", ["node_id", "span_start"]),
)
FTS_COLUMNS = ["title", "text"]
