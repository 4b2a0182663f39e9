"""SQLite storage: schema, building with sqlite-utils, read-only queries returning dataclasses."""

from zoneview.store.build import BuildError, write_database
from zoneview.store.read import ReportStore, StoreError
from zoneview.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "BuildError", "ReportStore", "StoreError", "write_database"]
