"""SQLite storage: schema, building, read-only queries returning dataclasses.

Building is imported on demand: it loads the parser's modules (the report model with the normalisation
tables, the subjects), which reading does not need, and the window must paint before they would load.
"""

from typing import Any

from zoneview.store.document import Document
from zoneview.store.read import Library, StoreError, open_document, open_library, reading
from zoneview.store.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "BuildError",
    "Document",
    "Library",
    "StoreError",
    "open_document",
    "open_library",
    "reading",
    "write_database",
    "write_stream",
]


def __getattr__(name: str) -> Any:
    if name in ("BuildError", "write_database", "write_stream"):
        from zoneview.store import build

        return getattr(build, name)
    raise AttributeError(name)
