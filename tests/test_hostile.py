"""Hostile files: each attack of issue 23 refused in one line, or read as it should be, at small scale
(the ceilings scaled down through their module constants; benchmarks/bench_hostile.py runs the
full-size attacks). No clocks: the guards are tested by what they answer, not by how fast."""

from __future__ import annotations

import base64
import io
import os
import random
import zipfile
import zlib
from pathlib import Path

import pytest
from cli_helpers import assert_user_error, run_zoneview, run_zoneview_process
from test_formats import handmade_pdf, stream, zip_of

import zoneview.ingest.formats as formats
from zoneview.ingest.decode import DecodeError, decode_report
from zoneview.ingest.formats import FormatError, decoding, read_document, visible, webpage, word

BODY = "<p>一、经济运行稳中向好，地区生产总值增长百分之六。</p><p>二、改革深入推进，新增企业一千家。</p>"
CATALOG = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
FONT = b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R %s >>" % FONT
TRADITIONAL = (
    "政府工作報告。過去一年，我國經濟運行總體平穩，國內生產總值增長百分之六點一，城鎮新增就業一千三百五十二萬人，"
    "居民消費價格漲幅為百分之二點九。各位代表，我們要堅持穩中求進工作總基調，推動高質量發展。\n"
)


def page(head: str = "", body: str = BODY) -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def one_page_pdf(content: bytes, dictionary: bytes = b"") -> bytes:
    return handmade_pdf([*CATALOG, PAGE, stream(dictionary, content)])


# -- PDF ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "wrap"),
    [
        (b"/Filter [/ASCII85Decode /FlateDecode]", lambda b: base64.a85encode(b, adobe=True)[2:]),
        (b"/Filter [/AHx /Fl]", lambda b: b.hex().encode() + b">"),
        (b"/Filter [/ASCIIHexDecode /FlateDecode /FlateDecode]", lambda b: zlib.compress(b).hex().encode()),
    ],
)
def test_a_flate_bomb_wrapped_in_ascii_is_counted(monkeypatch: pytest.MonkeyPatch, filters, wrap) -> None:
    """The guard before pdfminer sees no zlib stream here; what pdfminer decodes is counted all the same."""
    monkeypatch.setattr(decoding, "MAX_DECODED", 4 * 2**20)
    bomb = one_page_pdf(wrap(zlib.compress(b" " * (32 * 2**20), 9)), filters)
    assert len(bomb) < 200_000
    with pytest.raises(FormatError, match="decodes to more than 4 MB"):
        read_document(bomb, "bomb.pdf")


def test_bounded_decoding_gives_what_pdfminer_gives() -> None:
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import LIT

    rows = b"".join(b"\x02" + bytes([k, k * 3 % 256, 7, 200]) for k in range(100))  # PNG "Up" rows
    cases = [
        ({"Filter": LIT("FlateDecode"), "DecodeParms": {"Predictor": 12, "Columns": 4}}, zlib.compress(rows)),
        (
            {"Filter": [LIT("A85"), LIT("Fl")]},
            base64.a85encode(zlib.compress(b"report" * 99), adobe=True)[2:],
        ),
        ({"Filter": LIT("ASCIIHexDecode")}, b"48656c6c6f>"),
        ({"Filter": LIT("RunLengthDecode")}, bytes([2]) + b"abc" + bytes([254]) + b"x\x80"),
        ({"Filter": LIT("LZWDecode")}, bytes.fromhex("800b6050220c0c8501")),
        ({"Filter": LIT("FlateDecode")}, b"not zlib at all"),
        ({"Filter": LIT("DCTDecode")}, b"\xff\xd8 a picture"),
    ]
    for attrs, raw in cases:
        theirs, ours = PDFStream(dict(attrs), raw), PDFStream(dict(attrs), raw)
        decoding._original_decode(theirs)
        with decoding.bounded_decoding():
            ours.decode()
        assert ours.data == theirs.data, attrs


def test_a_flate_stream_wrapped_in_ascii85_within_the_bound_is_read() -> None:
    content = b"BT /F1 12 Tf 72 700 Td (Report 2024: output grew 6 percent.) Tj ET"
    pdf = one_page_pdf(
        base64.a85encode(zlib.compress(content), adobe=True)[2:], b"/Filter [/A85 /FlateDecode]"
    )
    assert "output grew 6 percent" in read_document(pdf, "ok.pdf")


def test_a_run_length_bomb_is_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_DECODED", 1 * 2**20)
    runs = bytes([129, 32]) * 20_000 + b"\x80"  # 128 spaces for every two bytes
    with pytest.raises(FormatError, match="decodes to more than 1 MB"):
        read_document(one_page_pdf(runs, b"/Filter /RunLengthDecode"), "rl.pdf")


def test_an_object_that_refers_to_itself_is_refused_by_name() -> None:
    length_is_itself = handmade_pdf([*CATALOG, PAGE, b"<< /Length 4 0 R >>\nstream\nBT ET\nendstream"])
    with pytest.raises(FormatError, match="object 4 refers to itself"):
        read_document(length_is_itself, "self.pdf")


def test_an_object_stream_that_holds_itself_is_refused_by_name() -> None:
    """No cross-reference table: pdfminer finds objects by scanning, and object stream 5 lists itself."""
    head = b"%PDF-1.5\n" + b"".join(
        b"%d 0 obj\n%s\nendobj\n" % (number, body) for number, body in enumerate([*CATALOG, PAGE], 1)
    )
    held = b"5 0 4 20 << /Length 0 >>    << /Length 0 >>"
    objstm = b"5 0 obj\n<< /Type /ObjStm /N 2 /First 9 /Length %d >>\nstream\n%s\nendstream\nendobj\n"
    pdf = head + objstm % (len(held), held) + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    with pytest.raises(FormatError, match="object 5 refers to itself"):
        read_document(pdf, "objstm.pdf")


def test_a_page_of_endless_text_operators_is_refused_at_the_page_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(visible, "MAX_PAGE_CHARS", 1_000)
    text = b"BT /F1 12 Tf 72 700 Td " + b"(A) Tj 1 0 Td " * 2_000 + b"ET"
    with pytest.raises(FormatError, match="a page of the PDF draws more than 1,000 characters"):
        read_document(one_page_pdf(text), "ops.pdf")


def test_a_page_of_content_past_the_bound_is_refused_before_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(visible, "MAX_PAGE_CONTENT", 100_000)
    moves = b"BT " + b"0 0 Td " * 20_000 + b"ET"  # draws nothing, costs as much
    with pytest.raises(FormatError, match="a page of the PDF runs more than"):
        read_document(one_page_pdf(moves), "moves.pdf")


# -- Word ---------------------------------------------------------------------------------------------


def docx_of(body: str) -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument"/></Relationships>'
    )
    document = f"<w:document {w}><w:body>{body}</w:body></w:document>"
    return zip_of({
        "[Content_Types].xml": types.encode(), "_rels/.rels": rels.encode(),
        "word/document.xml": document.encode(),
    })  # fmt: skip


def test_a_docx_just_under_its_xml_ceiling_is_read_and_one_over_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runs = "<w:p>" + "<w:r><w:t>字</w:t></w:r>" * 20_000 + "</w:p>"
    data = docx_of(runs)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        size = sum(entry.file_size for entry in archive.infolist())
    monkeypatch.setattr(word, "MAX_XML_BYTES", size)
    assert read_document(data, "r.docx") == "字" * 20_000
    monkeypatch.setattr(word, "MAX_XML_BYTES", size - 1)
    with pytest.raises(FormatError, match="XML inflates past"):
        read_document(data, "r.docx")


def test_the_docx_ceiling_is_far_below_what_took_minutes() -> None:
    assert word.MAX_XML_BYTES <= 32 * 2**20


def test_run_text_keeps_tabs_breaks_and_hyphens() -> None:
    body = (
        "<w:p><w:r><w:t>一、</w:t><w:tab/><w:t>改革</w:t><w:br/><w:t>发展</w:t>"
        '<w:br w:type="page"/><w:noBreakHyphen/><w:delText>删</w:delText></w:r></w:p>'
    )
    assert read_document(docx_of(body), "r.docx") == "一、\t改革\n发展-"


# -- web pages ----------------------------------------------------------------------------------------


def test_an_element_with_too_many_attributes_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webpage, "MAX_ATTRIBUTES", 50)
    many = " ".join(f'a{k}="1 2 3"' for k in range(51))
    with pytest.raises(FormatError, match="more than 50 attributes"):
        read_document(page(body=f"<div {many}>{BODY}</div>"), "r.html")
    enough = " ".join(f'a{k}="1 2 3 4 5 6 7 8"' for k in range(50))  # spaces in values are not attributes
    assert "经济运行" in read_document(page(body=f"<div {enough}>{BODY}</div>"), "r.html")


@pytest.mark.parametrize(
    "charset", ["base64", "hex", "rot13", "zlib", "bz2", "undefined", "uu", "unicode_escape"]
)
def test_a_page_declaring_no_text_encoding_is_read_by_detection(charset: str) -> None:
    text = read_document(page(f'<meta charset="{charset}">'), "r.html")
    assert text.startswith("一、经济运行稳中向好")


def test_a_declared_text_encoding_is_still_used() -> None:
    data = page('<meta charset="big5">', "<p>一、經濟運行穩中向好，國內生產總值增長。</p>").replace(
        "一、經濟運行穩中向好，國內生產總值增長。".encode(),
        "一、經濟運行穩中向好，國內生產總值增長。".encode("big5"),
    )
    assert read_document(data, "r.html") == "一、經濟運行穩中向好，國內生產總值增長。"


def test_random_bytes_named_html_are_refused() -> None:
    rng = random.Random(23)
    noise = bytes(rng.randrange(1, 256) for _ in range(200_000))
    with pytest.raises(FormatError, match="not text"):
        read_document(noise, "noise.html")
    with pytest.raises(FormatError, match="not text"):
        read_document(os.urandom(1000) + bytes(10), "nul.html")


def test_a_page_with_a_few_broken_bytes_is_still_read() -> None:
    data = page(body=BODY * 20).replace("稳中".encode(), b"\xff\xfe", 1)
    assert "改革深入推进" in read_document(data, "r.html")


@pytest.mark.parametrize("tag", ["embed", "source", "track", "img", "input"])
def test_an_empty_element_keeps_the_rest_of_the_page(tag: str) -> None:
    text = read_document(
        page(body=f'<p>前面的段落文字。</p><{tag} src="x.swf"><p>后面的段落文字。</p>'), "r.html"
    )
    assert text == "前面的段落文字。\n后面的段落文字。"


# -- encodings and text -------------------------------------------------------------------------------


def test_a_big5_report_is_read_as_big5_not_gb18030() -> None:
    assert decode_report(TRADITIONAL.encode("big5")) == TRADITIONAL
    assert read_document(page(body=f"<p>{TRADITIONAL}</p>").replace(
        TRADITIONAL.encode(), TRADITIONAL.encode("big5")), "r.html"
    ) == TRADITIONAL.strip()  # fmt: skip


def test_a_gb18030_report_stays_gb18030(report_bytes: bytes) -> None:
    source = report_bytes.decode("utf-8")
    assert decode_report(source.encode("gb18030")) == source


def test_gb18030_with_a_broken_byte_is_not_taken_for_big5(report_bytes: bytes) -> None:
    broken = report_bytes.decode("utf-8").encode("gb18030").replace("批复".encode("gb18030"), b"\x81\x20", 1)
    with pytest.raises(DecodeError, match="not text in UTF-8, UTF-16, GB18030 or Big5"):
        decode_report(broken)
    text = read_document(
        b"<html><body><p>" + broken.replace(b"\n", b"</p><p>") + b"</p></body></html>", "r.html"
    )
    assert "重庆国家自主创新示范区" in text  # read as GB18030, the broken byte aside


def test_bytes_neither_gb18030_nor_big5_are_refused() -> None:
    with pytest.raises(DecodeError, match="Big5"):
        decode_report("经济".encode("gb18030") + b"\x81\x20" * 50)


def test_a_paragraph_past_its_ceiling_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "MAX_PARAGRAPH_CHARS", 1_000)
    line = "一、经济运行稳中向好。" * 100  # 1,100 characters on one line
    with pytest.raises(FormatError, match="line 2 holds more than 1,000 characters"):
        formats.read_document_report(f"标题\n{line}\n".encode(), "r.txt")
    assert read_document(f"标题\n{line[:990]}\n".encode(), "r.txt")


def test_text_and_files_past_their_ceilings_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "MAX_TEXT_CHARS", 1_000)
    with pytest.raises(FormatError, match="more than 1,000 characters of text"):
        read_document(("一、经济运行稳中向好。\n" * 100).encode(), "r.txt")
    monkeypatch.setattr(formats, "MAX_FILE_BYTES", 2**20)
    with pytest.raises(FormatError, match="larger than 1 MB"):
        read_document(b" " * (2**20 + 1), "r.pdf")


def test_build_refuses_a_report_of_one_endless_line_in_one_line(tmp_path: Path) -> None:
    source = tmp_path / "one-line.txt"
    source.write_bytes("经济运行稳中向好。".encode() * (formats.MAX_PARAGRAPH_CHARS // 9 + 1))
    assert_user_error(run_zoneview("build", source, "-o", tmp_path / "r.db"), "holds more than 1,000,000")
    assert not (tmp_path / "r.db").exists()


@pytest.mark.parametrize("command", ["build", "add"])
def test_a_web_page_with_a_ten_megabyte_title_is_read_with_a_titles_length(
    tmp_path: Path, command: str
) -> None:
    """A <title> and an ArticleTitle of 10 MB on one line each: no line of the text, so no ceiling
    refuses them; the page is read (in a second or two: bench_hostile) and its title is a title."""
    from zoneview.ingest.report import TITLE_MAX
    from zoneview.store import reading

    huge = "经济运行稳中向好" * (10_000_000 // 24)
    source = tmp_path / "titled.html"
    source.write_bytes(page(f"<title>{huge}</title><meta name='ArticleTitle' content='{huge}'>"))
    db = tmp_path / "r.db"
    args = ["build", source, "-o", db] if command == "build" else ["add", source, "--db", db]
    result = run_zoneview(*args)
    assert result.returncode == 0, result.stderr
    with reading(db) as store:
        titles = [d.title for d in store.library.documents()]
    assert titles and all(len(title) <= TITLE_MAX for title in titles)


@pytest.mark.skipif(not hasattr(os, "truncate"), reason="needs sparse files")
@pytest.mark.parametrize("command", ["build", "add"])
def test_a_file_past_the_ceiling_is_refused_before_it_is_read(tmp_path: Path, command: str) -> None:
    """A 3 GB file (sparse: it takes no disk) under a 1 GB limit on memory: reading it first would fail."""
    import resource

    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(3 * 2**30)
    args = (
        ["build", huge, "-o", tmp_path / "r.db"]
        if command == "build"
        else ["add", huge, "--db", tmp_path / "l.db"]
    )
    limit = (2**30, 2**30)
    result = run_zoneview_process(*args, preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, limit))
    assert_user_error(result, "the file is larger than 128 MB")
