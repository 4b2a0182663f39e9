"""Turn the bytes of a report into text, whatever encoding a government office saved it in.

Bytes that are not UTF-8 are read as GB18030, which takes almost any byte pairs: a Big5 (traditional
Chinese) report read so is garbage that looks like text. Such garbage is recognised by how few of its
characters are in GB2312, where nearly every character of a real report is (99.8% or more in every
report of the corpus; 40% in Big5 read as GB18030), and is then read as Big5.
"""

from __future__ import annotations

import codecs


class DecodeError(ValueError):
    """The bytes are not a text report we can read."""


_CONTROL_OK = {"\n", "\t"}
GB2312_SHARE_MIN = 0.8  # of the non-ASCII characters of text read as GB18030
_SAMPLE = 200_000  # characters looked at to judge it
_SAMPLE_MIN = 20  # fewer non-ASCII characters than this say nothing
# Codecs that Python calls text encodings but that no web page or report is saved in: escapes,
# domain names, and the codec that fails on everything.
_NOT_DOCUMENT_CODECS = {
    "undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7", "charmap",
}  # fmt: skip
_ASCII_PROBE = '<meta charset="utf-8">'


def decode_report(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM or GB18030; normalise line endings to \\n.

    Raises DecodeError for empty, binary or undecodable input.
    """
    if not data.strip():
        raise DecodeError("the file is empty")
    text = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise DecodeError("the file looks binary (it contains NUL bytes)")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _CONTROL_OK)
    if controls > max(8, len(text) // 100):
        raise DecodeError("the file looks binary (too many control characters)")
    if not text.strip():
        raise DecodeError("the file is empty")
    return text


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if b"\x00" in data:
        raise DecodeError("the file looks binary (it contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = decode_chinese(data)
    if text is None:
        raise DecodeError("the file is not text in UTF-8, UTF-16, GB18030 or Big5")
    return text


def decode_chinese(data: bytes, lenient: bool = False) -> str | None:
    """`data` that is not UTF-8 read as GB18030, or as Big5 where GB18030 gives garbage; None if
    neither reads it. GB18030 with a few broken bytes is still GB18030, never Big5 (which takes most
    GB byte pairs too): with `lenient` it is read with U+FFFD for them, else None."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        loose = data.decode("gb18030", "replace")
        if looks_like_gb(loose):
            return loose if lenient else None
    else:
        if looks_like_gb(text):
            return text
    for big5 in ("cp950", "big5hkscs"):  # Windows' Big5, then Hong Kong's superset
        try:
            return data.decode(big5)
        except UnicodeDecodeError:
            continue
    return None


def looks_like_gb(text: str) -> bool:
    """Whether text read as GB18030 is what was written: nearly all its Chinese characters are in
    GB2312. Judged on a sample, so it is quick on any size."""
    others = "".join(ch for ch in text[:_SAMPLE] if ch > "\x7f")
    if len(others) < _SAMPLE_MIN:
        return True
    in_gb2312 = len(others.encode("gb2312", "ignore")) // 2
    return in_gb2312 >= GB2312_SHARE_MIN * len(others)


def document_codec(label: str) -> str | None:
    """The codec a page's declared charset names, if it is an encoding a document can be saved in:
    a text encoding that writes ASCII as ASCII (the page declared it in ASCII); None for anything
    else (base64, zlib, rot13, undefined, EBCDIC …), so the caller falls back to detection."""
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_DOCUMENT_CODECS:
        return None
    try:
        ascii_safe = _ASCII_PROBE.encode(info.name) == _ASCII_PROBE.encode("ascii")
    except (UnicodeError, LookupError, ValueError):
        return None
    return info.name if ascii_safe else None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise DecodeError(
            f"the file starts with a {encoding.upper()} mark but is not valid {encoding.upper()}"
        ) from None
