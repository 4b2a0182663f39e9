"""Bounds on what a hostile PDF makes us inflate, checked on the raw bytes before pdfminer opens them.

pdfminer inflates a Flate stream whole, and applies a stream's filters one after another without a
bound, so a few kilobytes compressed twice inflate to gigabytes. Every stream pdfminer may inflate
follows a `stream` keyword in the file (streams cannot sit inside object streams), so this scans for
them and inflates each, bounded, twice if its output is compressed again, and refuses the file past
MAX_INFLATED bytes in all. Pictures are skipped: pdfminer never decodes them for text.

This is a quick look before pdfminer parses anything, and sees only Flate streams it can spot; what
pdfminer then decodes, whatever the filters (ASCII85 around Flate, an indirect /Filter, object
streams), is counted as it goes by `decoding`.
"""

from __future__ import annotations

import re
import zlib

from zoneview.ingest.formats import FormatError

MAX_INFLATED = 512 * 1024 * 1024
_STREAM = re.compile(rb"\bstream\r?\n")
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_DICT_BEFORE = 2048  # how far back a stream's dictionary is looked for
_CHUNK = 1 << 20
_STAGES = 3


def check_inflation(data: bytes) -> None:
    """FormatError if the PDF's streams inflate to more than MAX_INFLATED bytes."""
    total = 0
    for match in _STREAM.finditer(data):
        start = match.end()
        if not _zlib_header(data[start : start + 2]):
            continue
        head = data[max(0, match.start() - _DICT_BEFORE) : match.start()]
        if _IMAGE.search(head[head.rfind(b"obj") + 1 :]):
            continue
        total += _inflated_size(data, start, MAX_INFLATED - total)
        if total > MAX_INFLATED:
            raise FormatError(
                f"the PDF inflates to more than {MAX_INFLATED // 2**20} MB (a decompression bomb?)"
            )


def _zlib_header(two: bytes) -> bool:
    return len(two) == 2 and two[0] & 0x0F == 8 and (two[0] << 8 | two[1]) % 31 == 0


def _inflated_size(data: bytes, start: int, budget: int) -> int:
    """What the zlib stream at `start` inflates to, inflating its output again while that is a zlib
    stream too (up to _STAGES deep); stops a little past `budget`."""
    inflater = _Inflater(budget)
    for offset in range(start, len(data), _CHUNK):
        if not inflater.push(0, data[offset : offset + _CHUNK]):
            break
    return max(inflater.sizes)


class _Inflater:
    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.stages = [zlib.decompressobj()]
        self.sizes = [0]

    def push(self, stage: int, chunk: bytes) -> bool:
        """Feed `chunk` to `stage`; False once that stage is done or the budget is spent."""
        decoder = self.stages[stage]
        while chunk and not decoder.eof:
            try:
                out = decoder.decompress(chunk, _CHUNK)
            except zlib.error:
                del self.stages[stage + 1 :]
                return False
            chunk = decoder.unconsumed_tail
            first = self.sizes[stage] == 0
            self.sizes[stage] += len(out)
            if self.sizes[stage] > self.budget:
                return False
            if out and stage + 1 < _STAGES:
                if first and len(self.stages) == stage + 1 and _zlib_header(out[:2]):
                    self.stages.append(zlib.decompressobj())
                    self.sizes.append(0)
                if len(self.stages) > stage + 1 and not self.push(stage + 1, out):
                    if self.sizes[stage + 1] > self.budget:
                        return False
                    del self.stages[stage + 1 :]  # the inner stream ended or was not one
            if not out and not chunk:
                break
        return not decoder.eof
