"""The work on a library that needs the parser: reading a report file into a library, reading every
document again with this parser, building a database from one report. The command line and the window
both call these; the store only writes what they hand it, and the window never imports the parser.

    command line, window  ->  service  ->  ingest (the parser)  ->  store (writes the stream it is given)
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from zoneview.store.library import Added, ImportCancelled, LibraryError, LibraryWriter
from zoneview.store.read import Library
from zoneview.store.records import DocumentRecord


def importable_suffixes() -> tuple[str, ...]:
    """The file name endings add_report reads (.txt, .docx, .html, .pdf …)."""
    from zoneview.ingest.formats import EXTENSIONS

    return tuple(EXTENSIONS)


@dataclass(frozen=True)
class Outcome:
    """What became of one file: the document it is (`new`, or already there), or why it failed."""

    path: Path
    document: DocumentRecord | None
    new: bool = False
    figures: int = 0
    error: str = ""

    @property
    def document_id(self) -> int | None:
        return self.document.id if self.document is not None else None


def import_files(
    library: Path,
    files: list[Path],
    *,
    issuer: str | None = None,
    year: int | None = None,
    progress: Callable[[int, int, Path], None] = lambda done, of, path: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Outcome]:
    """Add files to a library one by one, each in its own transaction, saying what became of each as
    it goes; a file that cannot be read fails alone. Stops at the next node read once `cancelled()`,
    leaving the file being read out. The library itself not opening is one failed Outcome for it."""
    from zoneview.ingest.decode import DecodeError
    from zoneview.ingest.formats import check_file_size
    from zoneview.store.build import BuildError

    try:
        with LibraryWriter(library) as writer:
            for done, path in enumerate(files):
                if cancelled():
                    return
                progress(done, len(files), path)
                try:
                    if not path.is_file():
                        raise OSError("no such file" if not path.exists() else "not a file")
                    check_file_size(path)  # before the library reads it whole
                    added = add_report(writer, path, issuer=issuer, year=year, cancelled=cancelled)
                except ImportCancelled:
                    return
                except (DecodeError, BuildError, LibraryError, OSError) as e:
                    yield Outcome(path, None, error=str(e))
                    continue
                yield Outcome(path, added.document, added.new, added.figures)
    except (LibraryError, OSError) as e:  # the library itself cannot be opened or made
        yield Outcome(library, None, error=str(e))


def add_report(
    library: LibraryWriter,
    source: Path,
    *,
    issuer: str | None = None,
    year: int | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Added:
    """Import a report (.txt, .docx, .html, .pdf) into an open library. A file already in it (by its
    sha256) is not read again. Raises ImportCancelled when `cancelled()` turns true part-way, and the
    parser's DecodeError or BuildError for a file it cannot read."""
    from zoneview.ingest.formats import read_document_report

    data = source.read_bytes()
    known = library.known(hashlib.sha256(data).hexdigest())
    if known is not None:
        return Added(known, new=False)
    stream = read_document_report(data, source.name)
    return library.add_stream(stream, issuer=issuer, year=year, cancelled=cancelled)


def refresh_library(
    library: LibraryWriter,
    progress: Callable[[int, int, DocumentRecord], None] = lambda n, of, d: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Read every document again with this parser, from the text it was read from, keeping its id, the
    issuer and year given on `add`, and the figures taken out of a series. Each document is one
    transaction, so stopping between two (`cancelled`) leaves the rest for the next time. How many were
    read."""
    from zoneview.ingest.report import read_text

    documents = library.documents()
    for number, document in enumerate(documents, 1):
        if cancelled():
            return number - 1
        progress(number, len(documents), document)
        text = library.source_text(document.id)
        library.replace_stream(document.id, read_text(text, document.source_file, document.sha256))
    return len(documents)


def read_by_older_parser(library: Library) -> int:
    """How many documents of an open library an older parser read (or one that kept no text)."""
    from zoneview.ingest import PARSER_VERSION

    return library.read_by_older_parser(PARSER_VERSION)


def refresh_if_older(
    library: Path,
    progress: Callable[[int, int, DocumentRecord], None] = lambda n, of, d: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Read the library again with this parser if an older one read any of its documents (a library
    made or last refreshed by an earlier zoneview); how many were read, 0 when all are current."""
    with Library(library) as reader:
        if not read_by_older_parser(reader):
            return 0
    with LibraryWriter(library) as writer:
        return refresh_library(writer, progress, cancelled)


def build_database(source: Path, target: Path) -> None:
    """A database of one report file, written atomically (the user's rebuilt copy of the bundled one)."""
    from zoneview.ingest import read_report
    from zoneview.store import write_stream

    write_stream(read_report(source.read_bytes(), source.name), target)
