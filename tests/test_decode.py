import codecs

import pytest

from zoneview.ingest import DecodeError, parse_report
from zoneview.ingest.decode import decode_report


def outline(data: bytes) -> list[tuple[str, str, str]]:
    return [(n.id, n.kind, n.title) for n in parse_report(data, "x.txt").nodes]


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),
        lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
        lambda s: s.encode("gb18030"),
        lambda s: s.replace("\n", "\r\n").encode("utf-8"),
        lambda s: s.replace("\n", "\r").encode("gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "gb18030", "crlf", "cr-gb18030"],
)
def test_every_encoding_gives_the_same_outline(source: str, report_bytes: bytes, encode) -> None:
    assert outline(encode(source)) == outline(report_bytes)


def test_decoded_text_keeps_the_source_exactly(source: str) -> None:
    assert decode_report(source.encode("gb18030")) == source


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\r\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16"),
        (b"\x81\x30\xff\xfe\x80\x80", "not text"),
    ],
    ids=["empty", "blank", "png", "all-bytes", "bad-utf16", "undecodable"],
)
def test_bad_input_is_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        decode_report(data)


def test_html_and_control_characters_stay_literal_text() -> None:
    text = "1.标题<b>加粗</b>。一是<script>alert(1)</script>试点。二是推进。\x07响铃\n"
    report = parse_report(text.encode("utf-8"), "html.txt")
    initiative = report.nodes[-2]
    assert "<script>alert(1)</script>" in initiative.title
    assert "\x07" in report.nodes[-1].text
