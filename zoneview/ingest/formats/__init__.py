"""From the file a user has to the text the parser reads: plain text, Word (.docx), a saved web page
(.html, .htm) or a PDF with a text layer.

`read_document` is the one entry point. It picks the reader by the file's first bytes where they are
unambiguous (a PDF starts with %PDF, a .docx is a zip archive) and by its extension otherwise, and
returns the text with one paragraph a line, the shape a .txt report already has. Whatever the bytes,
it returns text or raises `FormatError`, a `DecodeError`, so the command line reports one line.

Work and memory grow with the size of what is read, up to stated ceilings past which a file is refused
in one line: MAX_FILE_BYTES of file, MAX_TEXT_CHARS of text, MAX_PARAGRAPH_CHARS in one paragraph
(the parser holds a paragraph whole, with every figure and mark in it, at some 30 bytes a character).
The readers of each format bound what they inflate and draw (see `word`, `guard`, `decoding`, `visible`).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
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

MAX_FILE_BYTES = 128 * 1024 * 1024  # a PDF of 1,000 pages with pictures; a .txt report is 100 KB
MAX_TEXT_CHARS = 50_000_000  # 250 times the longest real report; builds in a few minutes
MAX_PARAGRAPH_CHARS = 1_000_000  # some 500 pages; a real paragraph is a few thousand at most


class FormatError(DecodeError):
    """The file is not a report zoneview can read: corrupt, encrypted, scanned, too big or unknown."""


def read_document(data: bytes, filename: str) -> str:
    """The text of a report file, paragraphs separated by \\n.

    The format comes from the first bytes (PDF, zip) or else from the extension of `filename`; a file
    without an extension is read as a web page if it starts like one, else as text. Raises FormatError
    (a DecodeError) for anything it cannot read; never another exception, and loads nothing external.
    """
    check_size(data)
    return _read_as(data, document_format(data, filename))


def _read_as(data: bytes, fmt: Format) -> str:
    """The text of a file of the format `document_format` gave, within the ceilings."""
    return bounded(_read_format(data, fmt))


def check_file_size(path: Path) -> None:
    """FormatError for a file larger than MAX_FILE_BYTES, told by its size before a byte is read."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise FormatError(f"the file is larger than {MAX_FILE_BYTES // 2**20} MB, more than any report")


def read_file(path: Path) -> bytes:
    """The bytes of a report file, never more than MAX_FILE_BYTES of them in memory: FormatError for a
    larger file, even one that grows while it is read."""
    check_file_size(path)
    with path.open("rb") as f:
        data = f.read(MAX_FILE_BYTES + 1)
    check_size(data)
    return data


def check_size(data: bytes) -> None:
    """FormatError for a file larger than MAX_FILE_BYTES."""
    if len(data) > MAX_FILE_BYTES:
        raise FormatError(f"the file is larger than {MAX_FILE_BYTES // 2**20} MB, more than any report")


def bounded(text: str) -> str:
    """`text`, or FormatError if it holds more than MAX_TEXT_CHARS, or a line of more than
    MAX_PARAGRAPH_CHARS characters."""
    if len(text) > MAX_TEXT_CHARS:
        raise FormatError(f"the file holds more than {MAX_TEXT_CHARS:,} characters of text")
    if len(text) <= MAX_PARAGRAPH_CHARS:
        return text
    start = 0
    for number, end in enumerate(_line_ends(text), start=1):
        if end - start > MAX_PARAGRAPH_CHARS:
            raise FormatError(
                f"line {number:,} holds more than {MAX_PARAGRAPH_CHARS:,} characters: "
                "not a report's paragraph (a file without line breaks?)"
            )
        start = end + 1
    return text


def _line_ends(text: str) -> Iterator[int]:
    position = text.find("\n")
    while position >= 0:
        yield position
        position = text.find("\n", position + 1)
    yield len(text)


def _read_format(data: bytes, fmt: Format) -> str:
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
    from zoneview.ingest.report import read_text

    check_size(data)
    # a .txt is read exactly as read_report reads it: decoded, then parsed
    text = _read_as(data, document_format(data, filename))
    return read_text(text, readable_name(filename), hashlib.sha256(data).hexdigest())


def readable_name(filename: str) -> str:
    """A file name as text: bytes that are not UTF-8 (which Python keeps as surrogates) become �, so
    the name can be stored, shown and searched, and still gives the title its readable part."""
    try:
        raw = filename.encode("utf-8", "surrogateescape")  # the bytes the name was made of
    except UnicodeEncodeError:  # surrogates that stand for no byte
        raw = filename.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


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
