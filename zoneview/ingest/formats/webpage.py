"""A web page saved from a government site (.html, .htm): the article, without the page around it.

The page is decoded by its own declaration (a BOM, <meta charset>, the http-equiv Content-Type or the
XML declaration; GB2312 and GBK are read as their superset GB18030, as browsers do), else as UTF-8,
else GB18030 (or Big5, where GB18030 gives garbage). A declaration that names no text encoding
(base64, zlib, rot13) is ignored. Bytes that are mostly broken characters or control codes however
they are read are not a web page at all, and are refused. lxml parses it offline: nothing it names
(images, scripts, style sheets, frames) is loaded, and only text comes out, never markup.

The article is found by where the prose is: the deepest element that holds at least four fifths of
the page's paragraphs of text, leaving navigation, link lists and footers outside. The page's title
(its <h1>, else the ArticleTitle every government site declares) comes first if the article lacks it.
Scripts, styles, forms, hidden elements and small page widgets (share, print, font size, QR code,
breadcrumb) are dropped, and so are lines of page chrome inside the article: 【字体：大 中 小】, 分享,
打印, 关闭, 上一篇 ….
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from zoneview.ingest.chrome import FONT_SWITCH, only_buttons
from zoneview.ingest.decode import decode_chinese, document_codec
from zoneview.ingest.formats import FormatError

if TYPE_CHECKING:
    from lxml.etree import _Element


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Elements whose content is never text of the page. Empty elements (embed, source, track, img, input …)
# are not among them: lxml's HTML parser does not know that <embed>, <source> and <track> are empty,
# and puts the rest of the page inside them.
_SKIP = _words(
    "script style noscript template iframe frame frameset object applet svg math canvas audio video map "
    "button select textarea datalist head title picture nav aside dialog"
)
_BLOCK = _words(
    "address article blockquote body center dd details dir div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu ol p pre section summary table "
    "tbody thead tfoot tr td th caption ul"
)
_PARAGRAPH = _words("p h1 h2 h3 h4 h5 h6 li dd dt pre blockquote span font a b strong em i u label")
# Small page widgets, by class or id: dropped when they hold little text (a large element with such a
# name may be the article itself: 'print' and 'font' wrap content on some sites).
_WIDGET = re.compile(
    r"share|jiathis|print|font|zihao|close|qrcode|qr-code|erweima|toolbar|tools|crumb|position|location|"
    r"nav|menu|footer|sidebar|copyright|pager|pagination|related|xgxx|xglj|(?:^|[\s_-])(?:ewm|foot|tool|prev|next)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
WIDGET_MAX_CHARS = 100
ARTICLE_SHARE = 0.8  # the article holds this share of the page's prose
PROSE_MIN_CHARS = 8  # a shorter line is not prose (a menu item, a date)
# A line that dates or sources the page (2019-03-16 16:09 来源：新华社) is not the article's prose.
_DATELINE = re.compile(
    r"^\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}|来源\s*[:：]|发布时间|发布日期|浏览次数|阅读次数"
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

_CHROME_LINE = re.compile(r"^(?:上一篇|下一篇|上一条|下一条)\s*[:：]")
_SPACE = re.compile(r"[ \t\n\r\f]+")
_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026]")
_CHARSET = re.compile(rb"<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]{1,40})")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_GB = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "csgb2312", "x-euc-cn", "windows-936"}
_SCAN_BYTES = 8192  # where a page declares its charset
MAX_ATTRIBUTES = 256  # of one element; real pages have a dozen at most
_TAG = re.compile(r"<[A-Za-z][^<>]*")
_ATTRIBUTE = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?""")
_BINARY_SAMPLE = 1_000_000  # characters looked at to tell a page from binary bytes
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def read_html(data: bytes) -> str:
    """The article of a saved web page as text, one paragraph a line."""
    text = _XML_DECLARATION.sub("", decode_html(data), count=1)
    if not text.strip():
        raise FormatError("the web page is empty")
    check_attributes(text)
    try:
        from lxml import html

        root = html.document_fromstring(text, parser=html.HTMLParser(remove_comments=True, remove_pis=True))
        page = _Page.read(root)
    except FormatError:
        raise
    except Exception as e:  # lxml's ParserError for a page with no elements, and anything else
        raise FormatError(f"the web page cannot be read ({type(e).__name__}: {str(e)[:120]})") from None
    return "\n".join(page.article())


def check_attributes(text: str) -> None:
    """FormatError for a tag with more than MAX_ATTRIBUTES attributes: lxml's parser compares each
    attribute of an element with those before it, so a million of them take hours. One pass over the
    text; only a tag long enough to hold that many is looked into."""
    for tag in _TAG.finditer(text):
        if tag.end() - tag.start() > 2 * MAX_ATTRIBUTES and (
            sum(1 for _ in _ATTRIBUTE.finditer(text, tag.start() + 1, tag.end())) > MAX_ATTRIBUTES + 1
        ):  # the first match is the tag's name
            raise FormatError(f"the web page has an element with more than {MAX_ATTRIBUTES:,} attributes")


def decode_html(data: bytes) -> str:
    """The page's text, by its BOM or declared charset, else UTF-8, else GB18030 or Big5; a page with
    a few broken bytes is still a page, but FormatError for bytes that are not text."""
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FormatError("the web page is not text (it contains NUL bytes)")
    if data.startswith(codecs.BOM_UTF8):
        return _text_only(data[3:].decode("utf-8", "replace"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _text_only(data.decode("utf-16", "replace"))
    head = data[:_SCAN_BYTES]
    declared = _XML_ENCODING.search(head) or _CHARSET.search(head)
    name = _codec(declared.group(1).decode("ascii").lower()) if declared else None
    if name:
        with contextlib.suppress(UnicodeError):  # not in what it declares: detected instead
            return _text_only(data.decode(name))
    try:
        return _text_only(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    text = decode_chinese(data, lenient=True)
    if text is None:
        text = data.decode(name or "utf-8", "replace")
    return _text_only(text)


def _text_only(text: str) -> str:
    """`text`, unless so much of it is broken bytes or control characters that it is no page at all."""
    sample = text[:_BINARY_SAMPLE]
    broken = sample.count("\ufffd") + len(_BINARY_CONTROLS.findall(sample))
    if broken > max(8, len(sample) // 100):
        raise FormatError("the web page is not text (binary, or in an encoding it does not declare)")
    return text


def _codec(label: str) -> str | None:
    if label in _GB:
        return "gb18030"
    if label.startswith("utf-16"):
        return "utf-8"  # a page that declares UTF-16 in itself cannot be UTF-16 (HTML's rule)
    return document_codec(label)


@dataclass
class _Line:
    text: str
    owner: _Element  # the innermost element the line is in
    prose: bool  # long enough, not mostly links, not a date line
    widget: _Element | None  # the page widget the line is in, if any


@dataclass
class _Page:
    """The page as lines of text, with which element each line came from."""

    lines: list[_Line] = field(default_factory=list)
    prose: dict[_Element, int] = field(default_factory=dict)  # characters of prose inside each element
    spans: dict[_Element, tuple[int, int]] = field(default_factory=dict)  # lines inside each element
    headings: list[tuple[int, str]] = field(default_factory=list)  # <h1> texts and the line they precede
    meta_title: str = ""
    root: _Element | None = None

    @classmethod
    def read(cls, root: _Element) -> _Page:
        page = cls(root=root)
        page._walk(root)
        for meta in root.iter("meta"):
            if (meta.get("name") or "").lower() == "articletitle":
                page.meta_title = _clean(meta.get("content") or "")
                break
        return page

    def _walk(self, root: _Element) -> None:
        from lxml import etree

        parts: list[str] = []
        link_chars = 0
        open_elements: list[_Element] = []
        widgets: list[_Element] = []
        in_link = 0
        in_pre = 0
        heading: list[str] | None = None
        starts: dict[_Element, int] = {}

        def flush() -> None:
            nonlocal link_chars
            raw = "".join(parts)
            parts.clear()
            for piece in raw.split("\n") if in_pre else [raw]:
                text = _clean(piece) if not in_pre else piece.replace("\xa0", " ").strip()
                if text:
                    prose = len(text) >= PROSE_MIN_CHARS and link_chars * 2 < len(text)
                    prose = prose and not _DATELINE.search(text)
                    owner = open_elements[-1] if open_elements else root
                    self.lines.append(_Line(text, owner, prose, widgets[-1] if widgets else None))
            link_chars = 0

        def add(text: str | None) -> None:
            nonlocal link_chars
            if text:
                parts.append(text)
                if in_link:
                    link_chars += len(text.strip())
                if heading is not None:
                    heading.append(text)

        walker = etree.iterwalk(root, events=("start", "end"))
        for event, element in walker:
            tag = element.tag if isinstance(element.tag, str) else ""
            if event == "start":
                if tag in _SKIP or _hidden(element):
                    walker.skip_subtree()
                    continue
                if tag in _BLOCK or tag == "br":
                    flush()
                starts[element] = len(self.lines)
                open_elements.append(element)
                if _is_widget(element, tag):
                    widgets.append(element)
                in_link += tag == "a"
                in_pre += tag == "pre"
                if tag == "h1":
                    heading = []
                add(element.text)
                continue
            if element in starts:  # the end of an element we went into
                if tag in _BLOCK:
                    flush()
                if tag == "h1" and heading is not None:
                    self.headings.append((len(self.lines), _clean("".join(heading))))
                    heading = None
                open_elements.pop()
                if widgets and widgets[-1] is element:
                    widgets.pop()
                in_link -= tag == "a"
                in_pre -= tag == "pre"
                self.spans[element] = (starts.pop(element), len(self.lines))
            add(element.tail)
        flush()

    def article(self) -> list[str]:
        """The lines of the article, its title first, page chrome and small widgets left out."""
        small = self._small_widgets()
        for line in self.lines:
            if line.prose and line.widget not in small:
                for element in (line.owner, *line.owner.iterancestors()):
                    self.prose[element] = self.prose.get(element, 0) + len(line.text)
        container = self._container()
        first, last = self.spans.get(container, (0, len(self.lines))) if container is not None else (0, 0)
        lines = [
            text
            for line in self.lines[first:last]
            if line.widget not in small and (text := strip_chrome(line.text))
        ]
        title = self._title(first)
        if title and (not lines or lines[0] != title):
            lines.insert(0, title)
        return lines

    def _small_widgets(self) -> set[_Element]:
        size: dict[_Element, int] = {}
        for line in self.lines:
            if line.widget is not None:
                size[line.widget] = size.get(line.widget, 0) + len(line.text)
        return {w for w, chars in size.items() if chars <= WIDGET_MAX_CHARS}

    def _container(self) -> _Element | None:
        """The deepest element holding ARTICLE_SHARE of the page's prose (the whole page if none)."""
        node = self.root
        total = self.prose.get(node, 0) if node is not None else 0
        while node is not None and total:
            inner = next(
                (c for c in node.iterchildren() if self.prose.get(c, 0) >= ARTICLE_SHARE * total), None
            )
            if inner is None:
                break
            node = inner
        while node is not None and node.tag in _PARAGRAPH and node.getparent() is not None:
            node = node.getparent()  # the article is what holds its paragraphs, even if one is most of it
        return node

    def _title(self, first: int) -> str:
        """The last <h1> before the article, else the page's ArticleTitle."""
        before = [text for end, text in self.headings if end <= first and text]
        title = before[-1] if before else self.meta_title
        return strip_chrome(title) if title else ""


def strip_chrome(line: str) -> str:
    """`line` without the font size switch, or nothing if all it holds is page chrome."""
    line = FONT_SWITCH.sub(" ", line).strip()
    if not line or _CHROME_LINE.match(line) or only_buttons(line):
        return ""
    return _SPACE.sub(" ", line)


def _clean(text: str) -> str:
    """HTML's white space rules: runs collapse to one space; a line break between two Chinese
    characters is no space at all."""
    text = text.replace("\xa0", " ")
    out: list[str] = []
    position = 0
    for match in _SPACE.finditer(text):
        out.append(text[position : match.start()])
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        joined = "\n" in match.group() and _CJK.match(before or "a") and _CJK.match(after or "a")
        out.append("" if joined else " ")
        position = match.end()
    out.append(text[position:])
    return "".join(out).strip(" \u3000")


def _hidden(element: _Element) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN.search(element.get("style") or ""))


def _is_widget(element: _Element, tag: str) -> bool:
    if tag in ("header", "footer"):
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(names.strip()) and bool(_WIDGET.search(names))
