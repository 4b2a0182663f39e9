"""The hostile files of issue 23 at full size: each is refused (or read) in one line, with the time and
peak memory it took. The tests hold the same guards at small scale; this shows the real ceilings hold.

Each file is made in one process and read in another, so the peak memory shown is the reading's (the
interpreter and zoneview's modules included, some 35 MB).

    python benchmarks/bench_hostile.py            # every case
    python benchmarks/bench_hostile.py CASE …     # some of them
"""

from __future__ import annotations

import base64
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "data" / "000_fbc4be491c91ac1b.txt"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << "
PAGE += b"/F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"
CATALOG = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]


def pdf(objects: list[bytes]) -> bytes:
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


def stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n" % (dictionary, len(data)) + data + b"\nendstream"


def deflated_spaces(size: int) -> bytes:
    packer = zlib.compressobj(9)
    chunk = b" " * (1 << 24)
    parts = [packer.compress(chunk) for _ in range(size // len(chunk))]
    return b"".join([*parts, packer.flush()])


def wrapped_flate_bomb() -> tuple[bytes, str]:
    """3 GB of spaces, deflated, in ASCII85: the guard before pdfminer sees no zlib stream."""
    inner = base64.a85encode(deflated_spaces(3 * 2**30), adobe=True)[2:]
    return pdf([*CATALOG, PAGE, stream(b"/Filter [/ASCII85Decode /FlateDecode]", inner)]), "bomb.pdf"


def hex_flate_bomb() -> tuple[bytes, str]:
    inner = deflated_spaces(3 * 2**30).hex().encode() + b">"
    return pdf([*CATALOG, PAGE, stream(b"/Filter [/ASCIIHexDecode /FlateDecode]", inner)]), "bomb.pdf"


def self_object_stream() -> tuple[bytes, str]:
    head = b"%PDF-1.5\n" + b"".join(
        b"%d 0 obj\n%s\nendobj\n" % (n, body) for n, body in enumerate([*CATALOG, PAGE], 1)
    )
    held = b"5 0 4 20 << /Length 0 >>    << /Length 0 >>"
    objstm = b"5 0 obj\n<< /Type /ObjStm /N 2 /First 9 /Length %d >>\nstream\n%s\nendstream\nendobj\n"
    return head + objstm % (len(held), held) + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n", "objstm.pdf"


def text_operators() -> tuple[bytes, str]:
    """Just under the old bound of 20 million characters drawn, on one page."""
    content = b"BT /F1 12 Tf 72 700 Td " + b"(A) Tj " * 19_900_000 + b"ET"
    return pdf([*CATALOG, PAGE, stream(b"/Filter /FlateDecode", zlib.compress(content, 9))]), "ops.pdf"


def docx(xml_bytes: int) -> tuple[bytes, str]:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    run = "<w:r><w:t>字</w:t></w:r>"
    paragraph = "<w:p>" + run * 50 + "</w:p>"  # fifty characters a paragraph
    body = paragraph * (xml_bytes // len(paragraph.encode()))
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
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>")
    return out.getvalue(), "big.docx"


def many_attributes() -> tuple[bytes, str]:
    attributes = " ".join(f'a{k}="1"' for k in range(1_000_000))
    return f"<html><body><div {attributes}><p>正文。</p></div></body></html>".encode(), "attrs.html"


def one_line() -> tuple[bytes, str]:
    text = REPORT.read_text(encoding="utf-8").replace("\n", "")
    data = text.encode() * (100 * 2**20 // len(text.encode()) + 1)
    return data[: 100 * 2**20].decode("utf-8", "ignore").encode(), "one-line.txt"


def noise() -> tuple[bytes, str]:
    return os.urandom(200_000), "noise.html"


CASES: dict[str, Callable[[], tuple[bytes, str]]] = {
    "pdf: Flate bomb in ASCII85 (3 GB)": wrapped_flate_bomb,
    "pdf: Flate bomb in ASCIIHex (3 GB)": hex_flate_bomb,
    "pdf: object stream holding itself": self_object_stream,
    "pdf: 20 million text operators": text_operators,
    "docx: 250 MB document.xml": lambda: docx(250 * 2**20),
    "docx: 31 MB document.xml (read)": lambda: docx(31 * 2**20),
    "html: a million attributes": many_attributes,
    "html: 200 KB of random bytes": noise,
    "txt: 100 MB on one line": one_line,
}


def read_file(path: str) -> None:
    """In the child: read the file as `build` does; print the seconds, the peak memory and the outcome."""
    from zoneview.ingest.decode import DecodeError
    from zoneview.ingest.formats import read_document_report

    data = Path(path).read_bytes()
    began = time.perf_counter()
    try:
        stream = read_document_report(data, Path(path).name)
        outcome = f"read: {sum(1 for _ in stream.nodes)} nodes"
    except DecodeError as e:
        outcome = f"refused: {e}"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{time.perf_counter() - began:.2f}\t{peak:.0f}\t{outcome}")


def main(names: list[str]) -> None:
    chosen = [n for n in CASES if not names or any(part in n for part in names)]
    print(f"{'case':38}{'seconds':>9}{'peak MB':>9}  outcome")
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as folder:
        for name in chosen:
            # made in a child of its own too: a process's peak memory outlives exec into the next
            made = subprocess.run(
                [sys.executable, __file__, "--make", name, folder],
                capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
            )  # fmt: skip
            path = Path(made.stdout.strip())
            child = subprocess.run(
                [sys.executable, __file__, "--read", str(path)], capture_output=True, text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )  # fmt: skip
            path.unlink()
            seconds, peak, outcome = [*child.stdout.strip().split("\t", 2), "", ""][:3]
            if child.returncode != 0:
                seconds, peak, outcome = "-", "-", f"FAILED: {child.stderr.strip().splitlines()[-1:]}"
            print(f"{name:38}{seconds:>9}{peak:>9}  {outcome}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        data, filename = CASES[sys.argv[2]]()
        (Path(sys.argv[3]) / filename).write_bytes(data)
        print(Path(sys.argv[3]) / filename)
    elif sys.argv[1:2] == ["--read"]:
        read_file(sys.argv[2])
    else:
        main(sys.argv[1:])
