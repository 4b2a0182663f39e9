"""From the file a user has to the text the parser reads: plain text, Word (.docx), a saved web page
(.html, .htm) or a PDF with a text layer.

`read_document` is the one entry point. It picks the reader by the file's first bytes where they are
unambiguous (a PDF starts with %PDF, a .docx is a zip archive) and by its extension otherwise, and
returns the text with one paragraph a line, the shape a .txt report already has. Whatever the bytes,
it returns text or raises `FormatError`, a `DecodeError`, so the command line reports one line.
"""

from __future__ import annotations

import hashlib
import os
import re
from typing import TYPE_CHECKING, Literal

from zoneview.ingest.decode import DecodeError, decode_report

if TYPE_CHECKING:
    from zoneview.ingest.model import Report, ReportStream

Format = Literal["txt", "docx", "html", "pdf"]

EXTENSIONS: dict[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",  # what many government sites serve and save as
    ".xhtml": "html",
    ".pdf": "pdf",
}

# First bytes of formats we know but do not read, so the error says what the file is.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .wps, .xls; also a password-protected .docx
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_PDF_WITHIN = 1024  # a PDF may have junk before %PDF; readers look this far


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


class FormatError(DecodeError):
    """The file is not a report zoneview can read: corrupt, encrypted, scanned, too big or unknown."""


def read_document(data: bytes, filename: str) -> str:
    """The text of a report file, paragraphs separated by \\n.

    The format comes from the first bytes (PDF, zip) or else from the extension of `filename`; a file
    without an extension is read as a web page if it starts like one, else as text. Raises FormatError
    (a DecodeError) for anything it cannot read; never another exception, and loads nothing external.
    """
    return _read_as(data, document_format(data, filename))


def _read_as(data: bytes, fmt: Format) -> str:
    """The text of a file of the format `document_format` gave."""
    if fmt == "txt":
        return decode_report(data)
    if fmt == "docx":
        from zoneview.ingest.formats.word import read_docx

        return _checked(read_docx(data), "Word document")
    if fmt == "html":
        from zoneview.ingest.formats.webpage import read_html

        return _checked(read_html(data), "web page")
    from zoneview.ingest.formats.pdf import read_pdf

    return _checked(read_pdf(data), "PDF")


def document_format(data: bytes, filename: str) -> Format:
    """Which reader `read_document` uses for these bytes; FormatError for a format it does not read."""
    ext = os.path.splitext(filename)[1].lower()
    if b"%PDF-" in data[:_PDF_WITHIN]:
        return "pdf"
    if data.startswith(_ZIP):
        return "docx"  # the reader says so if the archive is not a Word document
    if data.startswith(_OLE2):
        if ext == ".docx":
            raise FormatError(
                "the .docx file is password-protected (or an old .doc renamed): save it unprotected as .docx"
            )
        raise FormatError(
            "an old binary Office file (.doc, .wps, .xls): zoneview reads .docx; save it as .docx"
        )
    fmt = EXTENSIONS.get(ext)
    if fmt == "docx":
        raise FormatError("the .docx file is not a Word document (it is not a zip archive)")
    if fmt == "pdf":
        raise FormatError("the .pdf file is not a PDF (it does not start with %PDF)")
    if fmt is not None:
        return fmt
    if ext and not ext[1:].isdigit():  # report.2019 has no extension, report.doc has one
        raise FormatError(f"zoneview reads .txt, .docx, .html, .htm and .pdf files, not {ext}")
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "html" if head.startswith((b"<!doctype html", b"<html", b"<?xml")) else "txt"


def read_document_report(data: bytes, filename: str) -> ReportStream:
    """`parse_document`, one node at a time, as the build writes it."""
    from zoneview.ingest.report import read_report, read_text

    fmt = document_format(data, filename)
    if fmt == "txt":
        return read_report(data, filename)
    return read_text(_read_as(data, fmt), filename, hashlib.sha256(data).hexdigest())


def parse_document(data: bytes, filename: str) -> Report:
    """Parse a report file of any format `read_document` reads. A .txt is parsed exactly as
    `parse_report` parses it; other formats through their text, with the file's own sha256."""
    return read_document_report(data, filename).collect()


def describe(error: BaseException) -> str:
    """What a reader raised, for the message of a damaged file: its type and the start of its first line."""
    text = str(error).split("\n", 1)[0].strip()
    return f"{type(error).__name__}: {text[:120]}" if text else type(error).__name__


def _checked(text: str, what: str) -> str:
    """Text as the parser expects it from decode_report: \\n line ends, no NUL or other controls."""
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise FormatError(f"the {what} holds no text")
    return text
