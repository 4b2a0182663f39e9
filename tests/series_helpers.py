"""One issuer's yearly reports, each parsed and built into its own database, read back as the library
will hand them to the compare view: (document, figure) pairs, every document with an id of its own."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from zoneview.ingest.formats import parse_document
from zoneview.ingest.subjects import subject_of
from zoneview.store import reading, write_database
from zoneview.store.records import DocumentRecord, IndicatorRecord

CORPUS = Path(__file__).resolve().parent / "corpus"
Rows = list[tuple[DocumentRecord, IndicatorRecord]]


def series_reports(prefix: str) -> list[Path]:
    """The reports of one series, annotated ones and the rest (corpus/series/), by file name."""
    found = [*CORPUS.glob(f"{prefix}*.txt"), *(CORPUS / "series").glob(f"{prefix}*.txt")]
    return sorted(found, key=lambda p: p.name)


def build_rows(prefix: str, folder: Path) -> Rows:
    """Every figure of every report of the series. A single-report database always numbers its
    document 1; the library gives each its own id, so the rows do too (in file-name order)."""
    build_series(prefix, folder)
    return read_series(prefix, folder)


def build_series(prefix: str, folder: Path) -> None:
    """Each report of the series built into a database of its own, folder/1.db … in file-name order."""
    for number, path in enumerate(series_reports(prefix), start=1):
        write_database(parse_document(path.read_bytes(), path.name), folder / f"{number}.db")


def read_series(prefix: str, folder: Path) -> Rows:
    """The rows of the databases build_series wrote, each document with its number for an id."""
    rows: Rows = []
    for number in range(1, len(series_reports(prefix)) + 1):
        with reading(folder / f"{number}.db") as store:
            document = dataclasses.replace(store.record(), id=number)
            rows += [(document, figure) for figure in store.indicators()]
    return rows


def of_subject(subject: str, rows: Rows) -> Rows:
    """The rows whose indicator measures `subject` (any of its names: GDP finds 国内生产总值), as the
    library's subject_rows finds them in SQL."""
    wanted = subject_of(subject)
    return [(doc, ind) for doc, ind in rows if subject_of(ind.name) == wanted]
