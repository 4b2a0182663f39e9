"""Numbers as reports print them: Arabic in half or full width with thousands separators, or Chinese
numerals (三千, 千, 两, 一百零五, 三点五), which cn2an reads."""

from __future__ import annotations

import math

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_CN_MAX = 12  # longer runs of numeral characters are not a number anyone prints


def parse_number(text: str) -> float | None:
    """The value of a printed number, or None if it is not one (or is not finite)."""
    ascii_text = text.translate(_FULL_WIDTH).replace(",", "")
    if ascii_text[:1].isdigit():
        try:
            value = float(ascii_text)
        except ValueError:
            return None
        return value if math.isfinite(value) else None
    return _chinese(text)


def _chinese(text: str) -> float | None:
    if not text or len(text) > _CN_MAX:
        return None
    import cn2an  # the parser's only user; keeps its import off every other path

    numeral = "一" + text if text[0] in "十百千万" else text
    try:
        value = float(cn2an.cn2an(numeral, "smart"))
    except (ValueError, KeyError, IndexError):
        return None
    return value if math.isfinite(value) else None
