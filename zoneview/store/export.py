"""The whole database as JSON text or as CSV tables (one per table, UTF-8 with BOM for spreadsheets)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from zoneview.store.read import ReportStore


def export_json(store: ReportStore) -> str:
    return json.dumps(store.export(), ensure_ascii=False, indent=2) + "\n"


def export_csv_tables(store: ReportStore) -> dict[str, str]:
    """File name -> CSV text, for nodes, indicators, entities (with mentions) and corrections."""
    data = store.export()
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
    out = io.StringIO()
    out.write("\ufeff")
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()
