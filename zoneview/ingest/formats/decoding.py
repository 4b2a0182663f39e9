"""Every byte pdfminer decodes from a PDF's streams, counted against one bound for the document.

pdfminer inflates a Flate stream whole (and a damaged one a byte at a time, in quadratic time),
applies a stream's filters one after another, and does so for streams `guard` cannot see before
pdfminer opens the file: a Flate stream wrapped in ASCII85 or ASCIIHex, a stream whose /Filter is
an indirect object, the streams inside object streams. While `bounded_decoding` is active on a thread,
pdfminer's `PDFStream.decode` there applies the same filters with a bound: each filter's output is
counted against what is left of MAX_DECODED for the document, whatever the chain, and the file is
refused past it. Flate and LZW stop as soon as the bound is passed; ASCII85 (at most 4 bytes a byte),
ASCIIHex and run length (bounded as they go) cannot outgrow it unseen. Picture filters (DCT, JPX,
JBIG2, CCITT fax) are not decoded: a picture holds no text.
"""

from __future__ import annotations

import io
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pdfminer import pdftypes
from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.lzw import LZWDecoder
from pdfminer.pdftypes import PDFStream, int_value
from pdfminer.utils import apply_png_predictor, apply_tiff_predictor

from zoneview.ingest.formats import FormatError

MAX_DECODED = 256 * 1024 * 1024  # all of a document's streams, every filter's output counted (and held)
_CHUNK = 1 << 16
_PICTURES = (
    *pdftypes.LITERALS_DCT_DECODE,
    *pdftypes.LITERALS_JBIG2_DECODE,
    *pdftypes.LITERALS_JPX_DECODE,
    *pdftypes.LITERALS_CCITTFAX_DECODE,
)

_state = threading.local()
_original_decode = PDFStream.decode


class DecodedTooMuch(FormatError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the PDF decodes to more than {limit // 2**20} MB (a decompression bomb?)")


@contextmanager
def bounded_decoding(limit: int | None = None) -> Iterator[None]:
    """Count what pdfminer decodes on this thread, in this block, against `limit` (MAX_DECODED)."""
    if PDFStream.decode is not _bounded_decode:
        PDFStream.decode = _bounded_decode  # type: ignore[method-assign]
    _state.limit = MAX_DECODED if limit is None else limit
    _state.left = _state.limit
    try:
        yield
    finally:
        del _state.left, _state.limit


def _spend(size: int) -> None:
    _state.left -= size
    if _state.left < 0:
        raise DecodedTooMuch(_state.limit)


def _bounded_decode(self: PDFStream) -> None:
    """pdfminer's PDFStream.decode, each filter's output counted; pdfminer's own outside the block."""
    if getattr(_state, "left", None) is None:
        _original_decode(self)
        return
    assert self.data is None and self.rawdata is not None
    data = self.rawdata
    if self.decipher:
        assert self.objid is not None and self.genno is not None
        data = self.decipher(self.objid, self.genno, data, self.attrs)
    for name, params in self.get_filters():
        if name in pdftypes.LITERALS_FLATE_DECODE:
            data = _inflate(data)
        elif name in pdftypes.LITERALS_LZW_DECODE:
            data = _unlzw(data)
        elif name in pdftypes.LITERALS_ASCII85_DECODE:
            data = ascii85decode(data)
        elif name in pdftypes.LITERALS_ASCIIHEX_DECODE:
            data = asciihexdecode(data)
        elif name in pdftypes.LITERALS_RUNLENGTH_DECODE:
            data = _unrun(data)
        elif name in _PICTURES:
            break  # a picture: left as it is, as pdfminer leaves a JPEG
        elif name == pdftypes.LITERAL_CRYPT:
            raise pdftypes.PDFNotImplementedError("/Crypt filter is unsupported")
        else:
            raise pdftypes.PDFNotImplementedError(f"Unsupported filter: {name!r}")
        _spend(len(data))
        data = _predicted(data, params)
    self.data = data
    self.rawdata = None


def _inflate(data: bytes) -> bytes:
    """Flate, stopping past the bound; a damaged stream gives what inflated before the damage."""
    inflater = zlib.decompressobj()
    out: list[bytes] = []
    size = 0
    try:
        for start in range(0, len(data), _CHUNK):
            chunk = data[start : start + _CHUNK]
            while chunk and not inflater.eof:
                piece = inflater.decompress(chunk, _CHUNK)
                chunk = inflater.unconsumed_tail
                size += len(piece)
                if size > _state.left:
                    raise DecodedTooMuch(_state.limit)
                out.append(piece)
                if not piece:
                    break
            if inflater.eof:
                break
    except zlib.error:
        pass  # as pdfminer does with a damaged stream: what came out before the damage
    return b"".join(out)


def _unlzw(data: bytes) -> bytes:
    out: list[bytes] = []
    size = 0
    for piece in LZWDecoder(io.BytesIO(data)).run():
        size += len(piece)
        if size > _state.left:
            raise DecodedTooMuch(_state.limit)
        out.append(piece)
    return b"".join(out)


def _unrun(data: bytes) -> bytes:
    """Run-length decoding (PDF 32000 7.4.5), stopping past the bound."""
    out = bytearray()
    i = 0
    while i < len(data):
        length = data[i]
        if length == 128:
            break
        if length < 128:
            out += data[i + 1 : i + 2 + length]
            i += length + 2
        else:
            out += data[i + 1 : i + 2] * (257 - length)
            i += 2
        if len(out) > _state.left:
            raise DecodedTooMuch(_state.limit)
    return bytes(out)


def _predicted(data: bytes, params: Any) -> bytes:
    """The predictor pdfminer applies after a filter (it does not make the data larger)."""
    if not params or not isinstance(params, dict) or "Predictor" not in params:
        return data
    predictor = int_value(params["Predictor"])
    if predictor == 1:
        return data
    colors = int_value(params.get("Colors", 1))
    columns = int_value(params.get("Columns", 1))
    bits = int_value(params.get("BitsPerComponent", 8))
    if predictor == 2:
        return apply_tiff_predictor(colors, columns, bits, data)
    if predictor >= 10:
        return apply_png_predictor(predictor, colors, columns, bits, data)
    raise pdftypes.PDFNotImplementedError(f"Unsupported predictor: {predictor!r}")
