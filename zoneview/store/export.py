"""The whole database as JSON text or as CSV tables (one per table, UTF-8 with BOM for spreadsheets)."""

from __future__ import annotations

import json
import math
from typing import Any

from zoneview.store.read import ReportStore, StoreError
from zoneview.store.tabular import csv_text


def export_json(store: ReportStore) -> str:
    data = _finite(store, store.export())
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def export_csv_tables(store: ReportStore) -> dict[str, str]:
    """File name -> CSV text, for nodes, indicators, entities (with mentions) and corrections."""
    data = _finite(store, store.export())
    tables: dict[str, list[dict[str, Any]]] = {
        "nodes": [{**_flat(n), "actors": "、".join(n["actors"])} for n in data["nodes"]],
        "indicators": [_flat(i) for i in data["indicators"]],
        "mentions": [
            {"name": e["name"], "kind": e["kind"], **_flat(m)}
            for e in data["entities"]
            for m in e["mentions"]
        ],
        "corrections": [_flat(c) for c in data["corrections"]],
    }
    return {f"{name}.csv": _csv(rows) for name, rows in tables.items()}


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
