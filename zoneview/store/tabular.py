"""CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Chinese), and no cell a spreadsheet would run.

A text cell that begins with = + - @ (or a tab or carriage return) is a formula to Excel and
LibreOffice: `=HYPERLINK(…)` in a report's text would become a live link, `=cmd|…` worse. Such cells
get a leading apostrophe, OWASP's rule for CSV injection; numbers, negative ones included, stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(rows: Iterable[Mapping[str, object]], fields: list[str] | None = None) -> str:
    """Rows as CSV text with a header; `fields` gives the columns when there may be no rows."""
    rows = list(rows)
    out = io.StringIO()
    out.write("\ufeff")
    names = fields or (list(rows[0]) if rows else [])
    if names:
        writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: spreadsheet_safe(v) for k, v in row.items()} for row in rows)
    return out.getvalue()
