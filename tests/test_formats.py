"""Reports as Word files, saved web pages and PDFs read to the same outline and figures as their .txt.

Every file is made here from a real corpus report: a .docx written with python-docx, a web page shaped
like a government site's, PDFs printed by Qt (zoneview's own stack, plain and as zoneview's booklet)
and by LibreOffice where it is installed. Hostile files (encrypted, scanned, truncated, bombs, markup
that names local files) give one clear error or plain text, never a traceback or a hang.
"""

from __future__ import annotations

import contextlib
import html
import io
import random
import re
import shutil
import subprocess
import tracemalloc
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import assert_user_error, run_zoneview

from zoneview.ingest import parse_report, parse_text
from zoneview.ingest.decode import DecodeError, decode_report
from zoneview.ingest.formats import (
    FormatError,
    document_format,
    guard,
    parse_document,
    read_document,
    word,
)
from zoneview.ingest.formats.pdf import Line, paragraphs

CORPUS = Path(__file__).resolve().parent / "corpus"
STATE_COUNCIL = CORPUS / "国务院政府工作报告_2019年.txt"
SICHUAN = CORPUS / "2026年四川省政府工作报告.txt"
SICHUAN_CHROME = 10  # its first lines are the page around the article: title, date, source, 【字体 …, 分享
HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def outline(text: str) -> list[tuple[str, str, str]]:
    return [(n.id, n.kind, n.title) for n in parse_text(text).nodes]


def figures(text: str) -> list[tuple[str, float, str, float | None]]:
    return [(i.node_id, i.value, i.unit, i.base_value) for i in parse_text(text).indicators]


def assert_same_report(got: str, txt: Path) -> None:
    expected = txt.read_text(encoding="utf-8")
    assert outline(got) == outline(expected)
    assert figures(got) == figures(expected)


def article_lines(txt: Path) -> list[str]:
    lines = [line for line in txt.read_text(encoding="utf-8").split("\n") if line.strip()]
    return lines[SICHUAN_CHROME:] if txt == SICHUAN else lines


# -- plain text ------------------------------------------------------------------------------------


def test_txt_is_read_as_before() -> None:
    data = STATE_COUNCIL.read_text(encoding="utf-8").encode("gb18030")
    assert read_document(data, "r.txt") == decode_report(data)
    assert parse_document(data, "r.txt") == parse_report(data, "r.txt")
    assert read_document(data, "report") == decode_report(data)  # no extension: text, as before


# -- Word --------------------------------------------------------------------------------------------


def make_docx(txt: Path) -> bytes:
    from docx import Document

    document = Document()
    for line in article_lines(txt):
        if HEADING.match(line):
            document.add_heading(line, level=1 if "、" in line[:4] else 2)
        else:
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("txt", [STATE_COUNCIL, SICHUAN], ids=["state-council", "sichuan"])
def test_docx_reads_to_the_same_outline_and_figures(txt: Path) -> None:
    text = read_document(make_docx(txt), "report.docx")
    assert text.split("\n") == article_lines(txt)  # paragraph for paragraph
    if txt == STATE_COUNCIL:
        assert_same_report(text, txt)
    else:  # the .txt starts with the web page's chrome; the outline and figures are the same
        expected = txt.read_text(encoding="utf-8")
        assert outline(text)[1:] == outline(expected)[1:]
        assert figures(text) == figures(expected)


def test_a_docx_heading_is_one_line_whatever_breaks_it_holds() -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("各位代表：")
    heading = document.add_heading("一、2018年", level=1)
    heading.runs[0].add_break()
    heading.add_run("工作回顾")
    body = document.add_paragraph("过去一年，国内生产总值增长6.6%。")
    body.runs[0].add_break()
    body.add_run("居民消费价格上涨2.1%。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "增长"
    table.cell(1, 0).text, table.cell(1, 1).text = "国内生产总值", "6.6%"
    out = io.BytesIO()
    document.save(out)
    lines = read_document(out.getvalue(), "r.docx").split("\n")
    assert lines == [
        "各位代表：",
        "一、2018年工作回顾",
        "过去一年，国内生产总值增长6.6%。",
        "居民消费价格上涨2.1%。",
        "指标\t增长",
        "国内生产总值\t6.6%",
    ]


def test_broken_docx_files_give_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    good = make_docx(STATE_COUNCIL)
    with pytest.raises(FormatError, match="damaged"):
        read_document(good[: len(good) // 2], "r.docx")
    with pytest.raises(FormatError, match="not a Word document"):
        read_document(zip_of({"hello.txt": b"hello"}), "r.docx")
    with pytest.raises(FormatError, match="not a zip"):
        read_document(b"just some text", "r.docx")
    with pytest.raises(FormatError, match="password-protected"):
        read_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "r.docx")
    with pytest.raises(FormatError, match="old binary Office"):
        read_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "r.doc")


def test_a_docx_zip_bomb_is_refused_without_inflating_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word, "MAX_XML_BYTES", 16 * 1024 * 1024)
    bomb = zip_of({"word/document.xml": b" " * (64 * 1024 * 1024), "[Content_Types].xml": b"<x/>"})
    assert len(bomb) < 200_000
    with held_at_most(1_000_000), pytest.raises(FormatError, match="zip bomb"):  # not even 1 MB inflated
        read_document(bomb, "bomb.docx")


def test_a_docx_that_lies_about_its_size_is_damaged() -> None:
    archive = bytearray(zip_of({"word/document.xml": b" " * 1_000_000, "[Content_Types].xml": b"<x/>"}))
    central = archive.rfind(b"PK\x01\x02")  # the central directory entry of the last file written …
    first = archive.find(b"PK\x01\x02")  # … and of the document
    for header in (first, central):
        if archive[header + 46 : header + 46 + 17] == b"word/document.xml":
            archive[header + 24 : header + 28] = (1000).to_bytes(4, "little")  # claims 1000 bytes
    with pytest.raises(FormatError, match="damaged"):
        read_document(bytes(archive), "r.docx")


def zip_of(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in files.items():
            archive.writestr(name, body)
    return out.getvalue()


# -- web pages ---------------------------------------------------------------------------------------


def government_page(title: str, lines: list[str], charset: str = "utf-8", local: Path | None = None) -> str:
    """A page shaped like a government site's: navigation, breadcrumb, the article with its date and
    source bar (【字体：大 中 小】, 打印), share and close buttons, a sidebar, a footer, scripts, styles."""
    local_url = f"file://{local}" if local else "file:///etc/passwd"
    body = "\n".join(f"<p>　　{html.escape(line)}</p>" for line in lines)
    nav = "".join(
        f'<li><a href="/{k}">{w}</a></li>'
        for k, w in enumerate(["首页", "简", "繁", "EN", "国务院", "新闻", "政策", "服务"])
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="SiteName" content="中国政府网"><meta name="ArticleTitle" content="{html.escape(title)}">
<title>{html.escape(title)}_中国政府网</title>
<link rel="stylesheet" href="{local_url}.css">
<style>body {{ font-family: SimSun; }} p::before {{ content: "样式里的字"; }}</style>
<script src="{local_url}.js"></script>
<script>var page = "<p>脚本里的段落，不是报告。</p>"; document.write(page);</script>
</head><body>
<div class="header"><div class="nav"><ul>{nav}</ul></div></div>
<div class="BreadcrumbNav">当前位置：<a href="/">首页</a> &gt; <a href="/zhengce">政策</a> &gt; 正文</div>
<div class="article oneColumn">
<h1>{html.escape(title)}</h1>
<div class="pages-date">2019-03-16 16:09　来源：新华社
<span class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>
<span class="printIco"><a href="javascript:window.print()">打印</a></span></div>
<div class="pages_content" id="UCAP-CONTENT">
{body}
<p style="text-align: center"><img src="{local_url}" alt="会场图片"></p>
<iframe src="{local_url}.html">框架里的字</iframe>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a>
<a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="sidebar"><h3>相关稿件</h3><ul><li><a href="/1">政府工作报告（摘要）</a></li></ul></div>
<div class="footer">
<p><a href="/about">关于本网</a> | <a href="/map">网站声明</a> | <a href="/contact">联系我们</a></p>
<p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
<p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p>
</div>
<div style="display:none">隐藏的统计代码文字，不属于报告。</div>
<a href="javascript:window.close()">关闭</a>
</body></html>
"""


PAGE_CHROME = [
    "【字体",
    "分享到",
    "打印本页",
    "关闭窗口",
    "当前位置",
    "主办单位",
    "脚本里",
    "样式里",
    "隐藏的",
    "会场图片",
    "框架里",
]


@pytest.mark.parametrize("txt", [STATE_COUNCIL, SICHUAN], ids=["state-council", "sichuan"])
def test_a_government_web_page_reads_to_the_same_outline_and_figures(txt: Path) -> None:
    title = "政府工作报告" if txt == STATE_COUNCIL else "2026年四川省人民政府工作报告"
    data = government_page(title, article_lines(txt)).encode("utf-8")
    text = read_document(data, "content_5372948.htm")
    lines = text.split("\n")
    buttons = {"扫一扫在手机打开当前页", "打印本页", "关闭窗口"}  # page chrome the scraped .txt kept
    assert lines[0] == title and lines[1:] == [line for line in article_lines(txt) if line not in buttons]
    for chrome in PAGE_CHROME:
        assert chrome not in text, chrome
    assert not {"打印", "关闭", "分享"} & set(lines)
    assert "<p" not in text and "</" not in text and "&gt;" not in text
    expected = txt.read_text(encoding="utf-8")
    assert outline(text)[1:] == outline(expected)[1:]  # the preamble differs by the page's title line
    assert figures(text) == figures(expected)


def test_a_gb2312_page_is_decoded_by_its_declaration() -> None:
    page = government_page("政府工作报告", article_lines(STATE_COUNCIL), charset="gb2312")
    data = page.encode("gb18030")  # what GB2312 pages really hold: GBK characters beyond GB2312
    assert read_document(data, "r.html") == read_document(page.encode("utf-8"), "r.html")
    assert_same_report(read_document(data, "r.html").split("\n", 1)[1], STATE_COUNCIL)
    meta_charset = page.replace(
        'http-equiv="Content-Type" content="text/html; charset=gb2312"', 'charset="GBK"'
    )
    assert read_document(meta_charset.encode("gb18030"), "r.htm") == read_document(data, "r.html")
    undeclared = page.replace("charset=gb2312", "")
    assert read_document(undeclared.encode("gb18030"), "r.shtml") == read_document(data, "r.html")


def test_a_web_page_loads_nothing_it_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret"
    for suffix in ("", ".css", ".js", ".html"):
        Path(f"{secret}{suffix}").write_text("<p>本地文件里的秘密</p>", encoding="utf-8")
    import socket
    import urllib.request

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader tried to load something")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    page = government_page(
        "政府工作报告", ["各位代表：", "一、工作回顾", "国内生产总值增长6.6%。"], local=secret
    )
    page = page.replace("<p>　　各位代表", '<p><img src="http://127.0.0.1:9/x.png">　　各位代表')
    text = read_document(page.encode("utf-8"), "r.html")
    assert text == "政府工作报告\n各位代表：\n一、工作回顾\n国内生产总值增长6.6%。"
    assert "秘密" not in text


def test_page_chrome_inside_the_article_is_dropped_but_prose_that_names_it_is_kept() -> None:
    lines = [
        "【字体：大 中 小】",
        "分享到：微信 微博",
        "【打印本页】 【关闭窗口】",
        "上一篇：关于印发某某办法的通知",
        "一、工作回顾",
        "打印和关闭两个字出现在正文里并不是按钮，要保留这一句完整的话。",
    ]
    text = read_document(government_page("报告", lines * 3).encode("utf-8"), "r.html")
    assert text.split("\n") == ["报告"] + ["一、工作回顾", lines[-1]] * 3


def test_page_chrome_the_reader_keeps_never_becomes_a_part() -> None:
    """A site that pastes the newspaper's copy into the article: breadcrumb, photo caption and credit,
    date and source, buttons, editor and QR prompt are paragraphs of the article's own element."""
    head = [
        "您的位置：首页 > 政务公开 > 政府工作报告",
        "图为1月27日，省第十四届人民代表大会第五次会议在长春开幕。",
        "新华社记者 张楠 摄",
        "2026-01-30 08:30 来源：吉林日报",
        "收藏 | 打印 | 分享",
    ]
    tail = ["责任编辑：王明", "收藏", "扫一扫在手机打开当前页", "网站首页 政务公开 政务服务 互动交流"]
    report = [line for line in article_lines(STATE_COUNCIL) if not line.startswith(("【", "扫一扫"))]
    page = government_page("政府工作报告", head + report + tail).encode("utf-8")
    text = read_document(page, "content_5372948.htm")
    assert "来源：吉林日报" in text and "责任编辑：王明" in text  # the reader cannot tell them from prose
    expected = [node for node in outline("\n".join(report)) if node[1] not in ("preamble", "appendix")]
    assert [node for node in outline(text) if node[1] not in ("preamble", "appendix")] == expected
    assert next(title for _, kind, title in outline(text) if kind == "part") == "2018年工作回顾"


# -- PDF -----------------------------------------------------------------------------------------------


@pytest.fixture
def qt(qapp):
    """The application QPdfWriter needs, and the bundled CJK font's family."""
    from zoneview.ui.fonts import load_bundled_fonts

    return qapp, load_bundled_fonts()


def qt_pdf(text: str, family: str, indent: bool = False, header: str = "") -> bytes:
    """The text printed with Qt's QPdfWriter and QTextDocument, a page at a time (only the lines of
    that page), with a running header and a centred page number as many reports have."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextBlockFormat,
        QTextCursor,
        QTextDocument,
    )

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(25, 30, 25, 30), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont(family)
    font.setPointSizeF(12)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setPlainText(text)
    if indent:
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setTextIndent(2 * 12 * writer.resolution() / 72)
        cursor.mergeBlockFormat(block)
    body = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(body.width(), body.height()))
    small = QFont(family)
    small.setPointSizeF(9)
    painter = QPainter(writer)
    for page in range(doc.pageCount()):
        if page:
            writer.newPage()
        painter.setFont(small)
        painter.drawText(QRectF(0, -120, body.width(), 100), Qt.AlignmentFlag.AlignCenter, header)
        painter.drawText(
            QRectF(0, body.height() + 20, body.width(), 100), Qt.AlignmentFlag.AlignCenter, f"- {page + 1} -"
        )
        painter.save()
        painter.translate(0, -page * body.height())
        doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
        painter.restore()
    painter.end()
    buffer.close()
    return bytes(data.data())


@pytest.mark.slow
@pytest.mark.parametrize("indent", [False, True], ids=["flush", "indented"])
def test_a_pdf_printed_by_qt_reads_to_the_same_outline_and_figures(qt, indent: bool) -> None:
    _, family = qt
    data = qt_pdf(
        STATE_COUNCIL.read_text(encoding="utf-8"), family, indent, header="国务院政府工作报告（2019年）"
    )
    text = read_document(data, "report.pdf")
    assert "- 3 -" not in text and "国务院政府工作报告（2019年）" not in text
    assert_same_report(text, STATE_COUNCIL)


@pytest.mark.slow
def test_a_qt_pdf_of_another_report_too(qt) -> None:
    _, family = qt
    text = "\n".join(article_lines(SICHUAN))
    read = read_document(qt_pdf(text, family, header="2026年四川省人民政府工作报告"), "r.pdf")
    assert outline(read) == outline(text)
    assert figures(read) == figures(text)


@pytest.mark.slow
def test_the_pdf_zoneview_prints_holds_every_section_once(tmp_path: Path) -> None:
    """zoneview's booklet adds a cover, contents and appendices; each section's text is in it whole,
    once, without the running header and footer, and without the lines Qt draws clipped at page ends."""
    db, booklet = tmp_path / "r.db", tmp_path / "r.pdf"
    assert run_zoneview("build", STATE_COUNCIL, "-o", db).returncode == 0
    assert run_zoneview("print", "--all", "--pdf", booklet, "--db", db).returncode == 0
    text = read_document(booklet.read_bytes(), booklet.name)
    flat = re.sub(r"\s", "", text)

    from zoneview.store import Library

    store = Library(db).document()
    try:
        for node in store.nodes():
            body = re.sub(r"\s", "", node.text).replace("——", "")  # the bundled font maps no text to —
            assert flat.count(body) == 1, node.id
    finally:
        store.library.close()
    for furniture in ("打印于", "页，共", "第 3 页"):
        assert furniture not in text


@pytest.mark.skipif(
    not shutil.which("soffice"), reason="LibreOffice is not installed (Debian: libreoffice-writer-nogui)"
)
def test_a_pdf_printed_by_libreoffice_reads_to_the_same_outline_and_figures(tmp_path: Path) -> None:
    source = tmp_path / "report.docx"
    source.write_bytes(make_docx(STATE_COUNCIL))
    fonts = tmp_path / "home" / ".fonts"  # LibreOffice finds the bundled CJK font there, nothing else
    fonts.mkdir(parents=True)
    for face in (Path(__file__).resolve().parent.parent / "resources" / "fonts").glob("*.otf"):
        shutil.copy(face, fonts)
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        env={"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        timeout=180,
        check=True,
    )
    text = read_document((tmp_path / "report.pdf").read_bytes(), "report.pdf")
    assert_same_report(text, STATE_COUNCIL)


def test_a_scanned_pdf_gives_one_line(qt, tmp_path: Path) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

    page = QImage(800, 1100, QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawText(QRectF(50, 50, 700, 100), 0, "各位代表：现在，我代表国务院，向大会报告政府工作。")
    painter.end()
    scan = tmp_path / "scan.pdf"
    writer = QPdfWriter(str(scan))
    painter = QPainter(writer)
    painter.drawImage(QRectF(0, 0, 2000, 2800), page)
    painter.end()
    with pytest.raises(FormatError, match="no text layer"):
        read_document(scan.read_bytes(), scan.name)
    assert_user_error(run_zoneview("build", scan, "-o", tmp_path / "z.db"), "no text layer (a scan?)")
    assert not (tmp_path / "z.db").exists()


def test_a_pdf_with_a_password_is_refused_and_one_only_locked_against_changes_is_read(qt) -> None:
    import pypdf

    _, family = qt
    plain = qt_pdf("各位代表：\n一、工作回顾\n国内生产总值增长6.6%。", family)

    def encrypted(user: str) -> bytes:
        writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(plain)))
        writer.encrypt(user_password=user, owner_password="owner", algorithm="AES-128")
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    with pytest.raises(FormatError, match="password"):
        read_document(encrypted("secret"), "r.pdf")
    assert read_document(encrypted(""), "r.pdf") == read_document(plain, "r.pdf")


def test_broken_pdfs_give_one_clear_error(qt) -> None:
    _, family = qt
    good = qt_pdf("各位代表：\n国内生产总值增长6.6%。", family)
    for bad in (
        good[:200],
        b"%PDF-1.4\n" + bytes(300),
        b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF",
    ):
        with pytest.raises(FormatError):
            read_document(bad, "r.pdf")
    with pytest.raises(FormatError, match="not a PDF"):
        read_document(b"<html>not a pdf</html>", "r.pdf")


def handmade_pdf(objects: list[bytes], streams: dict[int, bytes] | None = None) -> bytes:
    """A PDF of the given objects (1-based), catalog first, with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


@contextlib.contextmanager
def held_at_most(limit: int) -> Iterator[None]:
    """Fail if Python objects of more than `limit` bytes were alive at once in the block: what a bomb
    is refused without inflating."""
    tracemalloc.start()
    try:
        yield
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < limit, f"{peak:,} bytes held at once"


def stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n" % (dictionary, len(data)) + data + b"\nendstream"


@pytest.mark.slow
def test_a_pdf_decompression_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "MAX_INFLATED", 64 * 1024 * 1024)
    twice = zlib.compress(zlib.compress(b" " * (256 * 1024 * 1024), 9), 9)
    assert len(twice) < 10_000
    bomb = handmade_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R >>",
        stream(b"/Filter [/FlateDecode /FlateDecode]", twice),
    ])  # fmt: skip
    with held_at_most(guard.MAX_INFLATED), pytest.raises(FormatError, match="decompression bomb"):
        read_document(bomb, "bomb.pdf")


@pytest.mark.slow
def test_a_pdf_whose_forms_draw_forms_is_refused_quickly() -> None:
    """Ten forms, each drawing the next ten times: 10¹⁰ draws from a file of two kilobytes."""
    page = b"/Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R"
    page += b" /Resources << /XObject << /F 5 0 R >> >>"
    forms = []
    for k in range(10):  # form k is object 5 + k and draws form k + 1 ten times
        inner, draws = (b"/XObject << /F %d 0 R >>" % (6 + k), b"/F Do " * 10) if k < 9 else (b"", b"")
        forms.append(
            stream(b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << %s >>" % inner, draws)
        )
    bomb = handmade_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< %s >>" % page,
        stream(b"", b"/F Do"),
        *forms,
    ])  # fmt: skip
    with pytest.raises(FormatError, match="forms"):  # 10¹⁰ draws would never end: it is refused first
        read_document(bomb, "forms.pdf")


def line(text: str, x0: float, top: float, size: float = 10.0, right: float | None = None) -> Line:
    width = size * len(text)
    return Line(text, x0, right if right is not None else x0 + width, top, top + size, size, size)


def test_layout_breaks_are_joined_headings_and_indents_kept() -> None:
    page = [
        line("一、工作回顾", 100, 100),
        line("过去一年，国内生产总值增长6.6%，总量突", 100, 115, right=300),
        line("破90万亿元。", 100, 130),
        line("——经济结构不断优化。", 120, 145),  # indented: a new paragraph
        line("二、总体要求", 100, 160),
    ]
    assert paragraphs([page]).split("\n") == [
        "一、工作回顾",
        "过去一年，国内生产总值增长6.6%，总量突破90万亿元。",
        "——经济结构不断优化。",
        "二、总体要求",
    ]


def test_running_headers_footers_and_page_numbers_are_dropped() -> None:
    body = ["稳增长。", "促改革。", "调结构。", "惠民生。", "防风险。", "保稳定。"]
    pages = []
    for n in range(1, 5):
        pages.append([
            line("某某区人民政府工作报告", 100, 40),
            *[line(f"{body[k % 6]}第{n}页第{k}段。", 100, 100 + 20 * (k - n)) for k in range(n, n + 3)],
            line(f"第 {n} 页", 200, 780),
        ])  # fmt: skip
    text = paragraphs(pages)
    assert "人民政府工作报告" not in text
    assert re.sub(r"第\d页第\d段。", "", text.replace("\n", "")) == "".join(
        body[k % 6] for n in range(1, 5) for k in range(n, n + 3)
    )
    assert not re.search(r"第 \d 页", text)


# -- choosing the reader, and hostile files --------------------------------------------------------


def test_the_format_comes_from_the_first_bytes_then_the_extension() -> None:
    assert document_format(b"%PDF-1.7\n...", "report.txt") == "pdf"
    assert document_format(b"PK\x03\x04...", "report") == "docx"
    assert document_format(b"<!DOCTYPE html><html>", "report") == "html"
    assert document_format("各位代表".encode(), "report") == "txt"
    assert document_format("各位代表".encode(), "report.2019") == "txt"
    with pytest.raises(FormatError, match=r"not \.xls"):
        document_format(b"a,b", "report.xls")
    assert issubclass(FormatError, DecodeError)  # so the command line reports it in one line


@pytest.mark.parametrize("fmt", ["docx", "html", pytest.param("pdf", marks=pytest.mark.slow)])
def test_damaged_files_give_text_or_one_clear_error_never_a_traceback(qt, fmt: str) -> None:
    text = "\n".join(article_lines(STATE_COUNCIL)[:12])
    if fmt == "docx":
        good = make_docx(STATE_COUNCIL)
    elif fmt == "html":
        good = government_page("报告", text.split("\n")).encode("gb18030")
    else:
        good = qt_pdf(text, qt[1])
    rng = random.Random(f"zoneview-{fmt}")
    variants = [good[:cut] for cut in rng.sample(range(1, len(good)), 8)]
    for _ in range(24):
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 12)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        variants.append(bytes(damaged))
    for damaged in variants:
        try:
            assert isinstance(read_document(damaged, f"r.{fmt}"), str)
        except FormatError as e:
            assert "\n" not in str(e)


@pytest.mark.parametrize(
    "hostile",
    [
        "<div>",
        "<!--",
        "<a href='",
        "<p>&#",
        "<table><tr><td>",
        "<script>",
        "<b><i>",
        "<![CDATA[",
        "<meta charset=",
    ],
)
def test_hostile_markup_is_read_or_refused_in_one_line(hostile: str) -> None:
    """80,000 unclosed or unfinished constructs: text or one clear line, never another exception. How
    the time grows with them is measured by benchmarks/bench_linear.py, not asserted here."""
    data = ("<html><body>" + hostile * 80_000 + "正文。").encode("utf-8")
    try:
        assert isinstance(read_document(data, "r.html"), str)
    except FormatError as e:
        assert "\n" not in str(e)


@pytest.mark.slow
def test_build_reads_every_format(qt, tmp_path: Path) -> None:
    for name, data in {
        "r.docx": make_docx(STATE_COUNCIL),
        "r.html": government_page("政府工作报告", article_lines(STATE_COUNCIL)).encode("utf-8"),
        "r.pdf": qt_pdf(STATE_COUNCIL.read_text(encoding="utf-8"), qt[1]),
    }.items():
        source = tmp_path / name
        source.write_bytes(data)
        result = run_zoneview("build", source, "-o", tmp_path / f"{name}.db")
        assert result.returncode == 0, result.stderr
        assert "26 nodes, 93 figures" in result.stderr + result.stdout
        assert run_zoneview("check", "--db", tmp_path / f"{name}.db").returncode == 0
    (tmp_path / "r.odt").write_bytes(b"PK\x03\x04" + bytes(100))
    assert_user_error(run_zoneview("build", tmp_path / "r.odt", "-o", tmp_path / "x.db"), "damaged")
    (tmp_path / "r.rtf").write_text("{\\rtf1 report}")
    assert_user_error(run_zoneview("build", tmp_path / "r.rtf", "-o", tmp_path / "x.db"), "not .rtf")


@pytest.mark.slow
def test_add_imports_every_format_to_the_same_outline_and_figures(qt, tmp_path: Path) -> None:
    """The .txt, a .docx written with python-docx, a government web page and a PDF printed by Qt of one
    report, added to one library: four documents with the same outline and figures."""
    from zoneview.store import reading

    sources = [STATE_COUNCIL]
    for name, data in {
        "r.docx": make_docx(STATE_COUNCIL),
        "r.html": government_page("政府工作报告", article_lines(STATE_COUNCIL)).encode("utf-8"),
        "r.pdf": qt_pdf(STATE_COUNCIL.read_text(encoding="utf-8"), qt[1], header="国务院政府工作报告"),
    }.items():
        sources.append(tmp_path / name)
        sources[-1].write_bytes(data)
    library = tmp_path / "library.db"
    result = run_zoneview("add", *sources, "--db", library)
    assert result.returncode == 0, result.stderr
    with reading(library) as store:
        documents = {d.source_file: d.id for d in store.library.documents()}
        seen = []
        for source in sources:
            store = store.library.document(documents[source.name])
            seen.append(
                (
                    [
                        (n.id, n.kind, n.title)
                        for n in store.outline_entries([n.id for n in store.nodes()]).values()
                    ],
                    [
                        (i.node_id, i.value, i.unit, i.base_value, i.kind, i.period)
                        for i in store.indicators()
                    ],
                    (store.record().issuer, store.record().year),
                )
            )
    assert all(s == seen[0] for s in seen[1:])
    assert len(seen[0][1]) == 93 and seen[0][2] == ("国务院", 2019)
