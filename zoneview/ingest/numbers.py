"""Numbers as reports print them: Arabic in half or full width with thousands separators (1,200,
９，９９９, 2 000), or Chinese numerals (三千, 千, 两, 一百零五, 三点五, 三万五千, traditional 兩萬,
半), which cn2an reads."""

from __future__ import annotations

import math

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_TRADITIONAL = str.maketrans("萬億點兩", "万亿点两")
_CN_MAX = 12  # longer runs of numeral characters are not a number anyone prints

_CN_DIGITS = "零〇一二两兩三四五六七八九十百"
_CN_DIGIT = rf"(?:[{_CN_DIGITS}]|千(?![瓦米克伏]))"  # 一百千瓦 is 100 千瓦, not 一百千 of 瓦
# Patterns of a printed number, for the figure grammar. An Arabic number's thousands separators are
# ASCII or full-width commas before exactly three digits. A Chinese numeral may hold 万/亿 between its
# digits (三万五千) but not end with one: 二百三十万 is 二百三十 of the magnitude 万.
ARABIC = (
    r"(?:[0-9]{1,4}[万萬][0-9]千(?![0-9])"  # 1万6千多户, 2万5千公里: one number in two magnitudes
    r"|[0-9]{1,3}(?:[ \u2009\u202f][0-9]{3}(?![0-9]))+|[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*)"
    r"(?:[.．][0-9０-９]+)?"
)
CHINESE = rf"{_CN_DIGIT}+(?:[万萬亿億]{_CN_DIGIT}+)*(?:[点點][零〇一二三四五六七八九]+)?"


def parse_number(text: str) -> float | None:
    """The value of a printed number, or None if it is not one (or is not finite)."""
    ascii_text = (
        text.translate(_FULL_WIDTH)
        .replace(",", "")
        .replace(" ", "")
        .replace("\u2009", "")
        .replace("\u202f", "")
    )
    if ascii_text[:1].isdigit() and "千" in ascii_text:
        return _chinese(ascii_text.translate(_TRADITIONAL))  # 1万6千
    if ascii_text[:1].isdigit():
        try:
            value = float(ascii_text)
        except ValueError:
            return None
        return value if math.isfinite(value) else None
    if text == "半":
        return 0.5
    return _chinese(text.translate(_TRADITIONAL))


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
