"""The whole database as JSON text or as CSV tables (one per table, UTF-8 with BOM for spreadsheets).

One document exports in the shape DESIGN.md gives; a library's documents as a list of those shapes,
and as CSV tables whose rows say which document they come from."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

from zoneview.store.read import ReportStore, StoreError
from zoneview.store.tabular import csv_text


def export_json(store: ReportStore, *, library: bool = False) -> str:
    """The store's document, or with `library` every document: {"schema_version", "documents": […]}."""
    if library:
        exports = list(_every_document(store))
        data: dict[str, Any] = {"schema_version": exports[0]["schema_version"], "documents": exports}
    else:
        data = _finite(store, store.export())
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def export_csv_tables(store: ReportStore, *, library: bool = False) -> dict[str, str]:
    """File name -> CSV text, for nodes, indicators, entities (with mentions) and corrections; with
    `library`, of every document, each row led by its document's id, and a table of the documents."""
    tables: dict[str, list[dict[str, Any]]] = {
        "documents": [], "nodes": [], "indicators": [], "mentions": [], "corrections": []
    }  # fmt: skip
    for data in _every_document(store) if library else [_finite(store, store.export())]:
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


def _every_document(store: ReportStore) -> Iterator[dict[str, Any]]:
    current = store.document_id
    try:
        for document in store.documents():
            store.use_document(document.id)
            yield _finite(store, store.export())
    finally:
        store.use_document(current)


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    flat = {k: v for k, v in record.items() if k not in ("span", "actors")}
    if "span" in record:
        flat["span_start"], flat["span_end"] = record["span"]
    return flat


def _csv(rows: list[dict[str, Any]]) -> str:
    return csv_text(rows)  # cells a spreadsheet would run as formulas are made text


def _finite(store: ReportStore, data: Any, where: str = "") -> Any:
    """`data`, if every number in it is finite; else the database is damaged (JSON has no Infinity)."""
    if isinstance(data, float) and not math.isfinite(data):
        raise StoreError(f"{store.path} is damaged: {where} is {data}, not a number; see 'zoneview check'")
    if isinstance(data, dict):
        label = f"{where} {data.get('id', '')}".strip()
        for key, value in data.items():
            _finite(store, value, f"{label}: {key}" if label else key)
    elif isinstance(data, list):
        for item in data:
            _finite(store, item, where)
    return data
