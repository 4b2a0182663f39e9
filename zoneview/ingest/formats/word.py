"""Word (.docx): every paragraph and table row of the body, in document order, one a line.

A heading (a paragraph in a Heading or Title style, or with an outline level) is always one line of
its own, whatever line breaks it holds, so the outline parser sees 一、… as a heading. Text in
content controls and tracked insertions is kept, tracked deletions are not. Headers, footers,
footnotes, comments and text boxes are page furniture, not the report, and are left out.

The archive is checked before python-docx opens it: a bounded number of parts, and a bound on what the
parts we read inflate to, so a zip bomb is refused without being inflated. That bound, MAX_XML_BYTES,
is also the ceiling on the work: python-docx holds the whole XML as a tree of some 30 bytes for each
byte of XML, so 32 MB of XML (ten times the XML of a long report) is about a gigabyte. Pictures and embedded
files are never inflated at all: they are replaced by empty parts.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lxml import etree

from zoneview.ingest.formats import FormatError, describe

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import BaseStyle
    from lxml.etree import _Element

MAX_PARTS = 10_000
MAX_XML_BYTES = 32 * 1024 * 1024  # all the XML parts together, inflated
_XML_PART = re.compile(r"\.(xml|rels)$", re.IGNORECASE)
_HEADING_STYLE = re.compile(r"^(heading|title|subtitle|标题|副标题)", re.IGNORECASE)
_STYLE_DEPTH = 32  # a style based on itself must not loop

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# The runs of a paragraph that show: not deleted, not in a text box (floating, outside the flow), not
# the fallback copy of content Word also wrote in a newer form.
_SHOWN_RUNS_PATH = (
    ".//w:r[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:txbxContent or ancestor::mc:Fallback)]"
)
_NAMESPACES = {"w": W[1:-1], "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
_SHOWN_RUNS = etree.XPath(_SHOWN_RUNS_PATH, namespaces=_NAMESPACES)
_RUN_TEXT = tuple(W + tag for tag in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab"))


def read_docx(data: bytes) -> str:
    """The text of a .docx file; FormatError if it is not one, is damaged or inflates too far."""
    slim = _slim_archive(data)
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            document = docx.Document(io.BytesIO(slim))
        except (PackageNotFoundError, KeyError, ValueError):
            raise FormatError("the file is a zip archive but not a Word document") from None
        lines = list(_body_lines(document))
    except FormatError:
        raise
    except Exception as e:  # anything python-docx or lxml raises on a damaged file
        raise FormatError(f"the Word document is damaged ({describe(e)})") from None
    return "\n".join(lines)


def _slim_archive(data: bytes) -> bytes:
    """The archive with its XML parts only (others emptied), after checking what they inflate to."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_PARTS:
                raise FormatError(f"the Word document has more than {MAX_PARTS} parts")
            if "word/document.xml" not in {e.filename for e in entries}:
                raise FormatError("the file is a zip archive but not a Word document")
            xml = {e.filename for e in entries if _XML_PART.search(e.filename)}
            # zipfile stops reading a part at the size its header declares (and then checks the CRC),
            # so the declared sizes bound what we inflate
            if sum(e.file_size for e in entries if e.filename in xml) > MAX_XML_BYTES:
                raise FormatError(
                    f"the Word document's XML inflates past {MAX_XML_BYTES // 2**20} MB (a zip bomb?)"
                )
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as slim:
                for entry in entries:
                    if not entry.is_dir():
                        slim.writestr(entry.filename, archive.read(entry) if entry.filename in xml else b"")
            return out.getvalue()
    except FormatError:
        raise
    except Exception as e:  # BadZipFile, a bad CRC, an unsupported compression, a truncated file …
        raise FormatError(f"the Word document is damaged ({describe(e)})") from None


def _body_lines(document: Document) -> Iterator[str]:
    """Paragraphs and table rows in document order, looking inside content controls."""
    headings = _HeadingStyles(document)
    stack: list[_Element] = [document.element.body]
    while stack:
        element = stack.pop()
        tag = element.tag
        if tag == W + "p":
            yield _paragraph_text(element, headings)
        elif tag == W + "tbl":
            yield from _table_lines(element)
        elif tag in (W + "body", W + "sdt", W + "sdtContent", W + "customXml", W + "ins"):
            stack.extend(reversed(list(element)))


def _paragraph_text(p: _Element, headings: _HeadingStyles) -> str:
    # what python-docx's Run.text joins, found without an XPath query for each run
    text = "".join(str(part) for run in _SHOWN_RUNS(p) for part in run.iterchildren(*_RUN_TEXT))
    if headings.is_heading(p):
        text = "".join(text.split("\n")).replace("\t", " ")
    return text.strip()


def _table_lines(tbl: _Element) -> Iterator[str]:
    """One line a row, cells apart by a tab; a cell merged down from the row above is not repeated."""
    for tr in tbl.iterchildren(W + "tr"):
        cells: list[str] = []
        for tc in tr.iterchildren(W + "tc"):
            merge = tc.find(f"{W}tcPr/{W}vMerge")
            if merge is not None and merge.get(W + "val") in (None, "continue"):
                continue
            paragraphs = (_paragraph_text(p, _NO_HEADINGS) for p in tc.iterchildren(W + "p"))
            cells.append(" ".join(t for t in paragraphs if t))
        line = "\t".join(cells).strip()
        if line:
            yield line


class _HeadingStyles:
    """Which paragraph styles are headings: by name or outline level, through the styles they are
    based on."""

    def __init__(self, document: Document | None) -> None:
        self._ids: set[str] = set()
        if document is None:
            return
        for style in document.styles:
            if _heading_style(style):
                self._ids.add(style.style_id)

    def is_heading(self, p: _Element) -> bool:
        ppr = p.find(W + "pPr")
        if ppr is None:
            return False
        if ppr.find(W + "outlineLvl") is not None:
            return True
        style = ppr.find(W + "pStyle")
        return style is not None and style.get(W + "val") in self._ids


_NO_HEADINGS = _HeadingStyles(None)


def _heading_style(style: BaseStyle | None) -> bool:
    for _ in range(_STYLE_DEPTH):
        if style is None:
            return False
        if _HEADING_STYLE.match(style.name or ""):
            return True
        if style.element.find(f"{W}pPr/{W}outlineLvl") is not None:
            return True
        style = getattr(style, "base_style", None)  # a numbering style has none
    return False
