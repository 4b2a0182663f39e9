"""Build the bundled CJK font subset from Noto Sans CJK SC, reproducibly.

    apt-get install -y --no-install-recommends fonts-noto-cjk
    python resources/fonts/build_subset.py
    apt-get remove -y fonts-noto-cjk   # so tests prove the bundled font is used

The subset covers ASCII, Latin-1, general and CJK punctuation, full-width forms, all of GB2312
(both levels) and every character of the reports in data/. The Kangxi radicals and CJK radicals
supplement (U+2E80-U+2FDF) are left out on purpose: when they share glyphs with the unified
ideographs, PDF text extraction maps 一 back to ⼀. The 'locl' feature is dropped (see build()).
The family is renamed "ZoneView Sans SC", as the SIL OFL asks of modified versions.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "data"
FAMILY = "ZoneView Sans SC"
SOURCES = {
    "Regular": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "Bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
}
SC_INDEX = 2  # Noto Sans CJK SC inside the collection
EXCLUDED = range(0x2E80, 0x2FE0)


def gb2312_characters() -> set[int]:
    chars: set[int] = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([row, cell]).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return chars


def wanted_codepoints() -> set[int]:
    wanted = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    wanted |= set(range(0x2000, 0x2070))  # general punctuation
    wanted |= set(range(0x3000, 0x3040))  # CJK symbols and punctuation
    wanted |= set(range(0xFF00, 0xFFF0))  # full-width forms
    wanted |= gb2312_characters()
    for report in sorted(DATA.glob("*.txt")):
        wanted |= {ord(c) for c in report.read_text(encoding="utf-8") if c.isprintable()}
    return {cp for cp in wanted if cp not in EXCLUDED}


def rename(font, style: str) -> None:
    table = font["name"]
    full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
    postscript = FAMILY.replace(" ", "") + "-" + style
    for record in list(table.names):
        if record.nameID in (16, 17, 21, 22):
            table.removeNames(nameID=record.nameID)
    for name_id, value in {1: FAMILY, 2: style, 3: f"{postscript};subset", 4: full, 6: postscript}.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    font["CFF "].cff.fontNames = [postscript]


def feature_tags(font) -> set[str]:
    tags: set[str] = set()
    for table in ("GSUB", "GPOS"):
        if table in font:
            tags |= {record.FeatureTag for record in font[table].table.FeatureList.FeatureRecord}
    return tags


def build(style: str, source: str, out_dir: Path) -> Path:
    font = TTCollection(source).fonts[SC_INDEX]
    options = subset.Options()
    # Every layout feature but 'locl': in this font it swaps the ASCII digits for unencoded regional
    # variants, and then PDF text extraction loses the digits of any Latin-only line.
    options.layout_features = sorted(feature_tags(font) - {"locl"})
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted_codepoints()))
    subsetter.subset(font)
    rename(font, style)
    out = out_dir / f"ZoneViewSansSC-{style}.otf"
    font.save(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    for style, source in SOURCES.items():
        path = build(style, source, args.out)
        print(f"{path}: {path.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
