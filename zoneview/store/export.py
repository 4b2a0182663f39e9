"""The whole database as JSON text or as CSV tables (one per table, UTF-8 with BOM for spreadsheets).

One document exports in the shape DESIGN.md gives; a library's documents as a list of those shapes,
and as CSV tables whose rows say which document they come from."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import asdict, fields
from typing import Any

from zoneview.store.document import Document
from zoneview.store.read import Library, StoreError
from zoneview.store.records import CorrectionRecord, IndicatorRecord, NodeRecord
from zoneview.store.schema import SCHEMA_VERSION
from zoneview.store.tabular import csv_text


def export_json(source: Document | Library) -> str:
    """One document, or every document of a library: {"schema_version", "documents": […]}."""
    if isinstance(source, Library):
        exports = list(_every_document(source))
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "documents": exports}
    else:
        data = _finite(source.library, document_data(source))
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def document_data(document: Document) -> dict[str, Any]:
    """Everything of one document, in the JSON shape DESIGN.md gives."""
    from zoneview.ingest.lexicon import lexicon  # the parser's data: not needed to start

    standard = {name: name for name in lexicon()}
    by_entity: dict[int, list[dict[str, Any]]] = {}
    for m in document.mentions():
        by_entity.setdefault(m.entity_id, []).append({"node": m.node_id, "span": [m.span_start, m.span_end]})
    return {
        "schema_version": SCHEMA_VERSION,
        "document": asdict(document.record()),
        "nodes": [
            {**_exported(n), "plan": bool(n.plan), "actors": document.actors(n.id)} for n in document.nodes()
        ],
        # beside each figure's fields, the standard indicator it measures (地区生产总值 …), if any
        "indicators": [
            {**_exported(i), "indicator": standard.get(i.subject or "")} for i in document.indicators()
        ],
        "entities": [
            {"name": e.name, "kind": e.kind, "mentions": by_entity.get(e.id, [])} for e in document.entities()
        ],
        "corrections": [_exported(c) for c in document.corrections()],
        "stated_targets": [
            {"node": node, "indicator": indicator, "text": text, "span": [start, end]}
            for indicator, text, node, start, end in document.library.stated_in(document.id)
        ],
    }


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


def export_csv_tables(source: Document | Library) -> dict[str, str]:
    """File name -> CSV text, for nodes, indicators, entities (with mentions) and corrections; with
    `library`, of every document, each row led by its document's id, and a table of the documents."""
    tables: dict[str, list[dict[str, Any]]] = {
        "documents": [], "nodes": [], "indicators": [], "mentions": [], "corrections": []
    }  # fmt: skip
    library = isinstance(source, Library)
    if isinstance(source, Library):
        exports = list(_every_document(source))
    else:
        exports = [_finite(source.library, document_data(source))]
    for data in exports:
        lead = {"document": data["document"]["id"]} if library else {}
        tables["documents"].append(data["document"])
        tables["nodes"] += [{**lead, **_flat(n), "actors": "、".join(n["actors"])} for n in data["nodes"]]
        tables["indicators"] += [{**lead, **_flat(i)} for i in data["indicators"]]
        tables["mentions"] += [
            {**lead, "name": e["name"], "kind": e["kind"], **_flat(m)}
            for e in data["entities"]
            for m in e["mentions"]
        ]
        tables["corrections"] += [{**lead, **_flat(c)} for c in data["corrections"]]
    if not library:
        del tables["documents"]
    return {f"{name}.csv": _csv(rows) for name, rows in tables.items()}


def _every_document(library: Library) -> Iterator[dict[str, Any]]:
    for record in library.documents():
        yield _finite(library, document_data(library.document(record.id)))


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    flat = {k: v for k, v in record.items() if k not in ("span", "actors")}
    if "span" in record:
        flat["span_start"], flat["span_end"] = record["span"]
    return flat


def _csv(rows: list[dict[str, Any]]) -> str:
    return csv_text(rows)  # cells a spreadsheet would run as formulas are made text


def _finite(library: Library, data: Any, where: str = "") -> Any:
    """`data`, if every number in it is finite; else the database is damaged (JSON has no Infinity)."""
    if isinstance(data, float) and not math.isfinite(data):
        raise StoreError(f"{library.path} is damaged: {where} is {data}, not a number; see 'zoneview check'")
    if isinstance(data, dict):
        label = f"{where} {data.get('id', '')}".strip()
        for key, value in data.items():
            _finite(library, value, f"{label}: {key}" if label else key)
    elif isinstance(data, list):
        for item in data:
            _finite(library, item, where)
    return data
