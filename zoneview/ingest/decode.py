"""Turn the bytes of a report into text, whatever encoding a government office saved it in."""

from __future__ import annotations

import codecs


class DecodeError(ValueError):
    """The bytes are not a text report we can read."""


_CONTROL_OK = {"\n", "\t"}


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
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise DecodeError("the file is not text in UTF-8, UTF-16 or GB18030") from None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise DecodeError(
            f"the file starts with a {encoding.upper()} mark but is not valid {encoding.upper()}"
        ) from None
