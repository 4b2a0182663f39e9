"""The units and magnitudes of the genre: what may follow a number in a Chinese official report.

A printed unit is an optional magnitude (万, 亿, 万亿 …) and a base unit from the lexicon: 1.5万亿元 is
1.5 × 10¹² 元, never 1.5 of a unit called 万. Units of their own that start like a magnitude (千瓦, 千克,
百分点) are in the lexicon whole and win over the split.
"""

from __future__ import annotations

import re

MAGNITUDES: dict[str, float] = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "十万": 1e5,
    "万": 1e4,
    "千": 1e3,  # 8千元; never before 瓦, 米, 克, 伏, which make units of their own (MAGNITUDE_PATTERN)
}

# base unit -> family; families decide which figures may share a chart axis
_LEXICON: dict[str, tuple[str, ...]] = {
    "money": (
        "元",
        "美元",
        "欧元",
        "港元",
        "港币",
        "日元",
        "英镑",
        "澳门元",
        "瑞士法郎",
        "澳元",
        "加元",
        "韩元",
        "卢布",
        "新台币",
        "新加坡元",
    ),
    "percent": ("%", "‰", "‱", "1/10万", "个百分点", "百分点", "倍", "成"),
    "people": ("人", "人次", "名", "位", "户"),
    "count": (
        "个",
        "家",
        "家次",
        "项",
        "件",
        "宗",
        "起",
        "次",
        "场",
        "场次",
        "所",
        "座",
        "栋",
        "套",
        "条",
        "台",
        "辆",
        "艘",
        "架",
        "列",
        "颗",
        "对",
        "块",
        "株",
        "棵",
        "头",
        "只",
        "批",
        "类",
        "种",
        "份",
        "篇",
        "部",
        "册",
        "处",
        "间",
        "张",
        "例",
        "款",
        "支",
        "轮",
        "期",
        "门",
        "集",
        "标箱",
        "标准箱",
        "箱",
        "床",
        "部委",
        "笔",
    ),
    "length": ("公里", "千米", "米", "厘米", "毫米", "延米"),
    "area": ("平方公里", "平方千米", "平方米", "亩", "公顷"),
    "volume": ("立方米", "升", "吨标准煤"),
    "weight": ("吨", "千克", "公斤", "克", "斤"),
    "energy": ("千瓦时", "千瓦", "兆瓦", "吉瓦", "瓦", "千伏", "伏"),
    "concentration": ("微克/立方米", "微克每立方米", "毫克/升", "微克"),
    "time": ("个工作日", "工作日", "天", "小时", "分钟", "个月", "岁"),
    "data": ("GB", "TB"),
}
# Units printed otherwise than the lexicon spells them: Latin symbols in Chinese text (168cm, 120万kW),
# the currency word after the amount (8千元人民币) and 周岁. Each reads as the lexicon unit it names.
UNIT_ALIASES: dict[str, str] = {
    "km²": "平方公里",
    "m²": "平方米",
    "km": "公里",
    "cm": "厘米",
    "mm": "毫米",
    "m": "米",
    "kg": "千克",
    "t": "吨",
    "kWh": "千瓦时",
    "KWh": "千瓦时",
    "kW": "千瓦",
    "KW": "千瓦",
    "MW": "兆瓦",
    "GW": "吉瓦",
    "kV": "千伏",
    "元人民币": "元",
    "人民币": "元",
    "周岁": "岁",
}
# A currency sign or word before the amount (￥300, HK$5亿, 人民币 8千元) and the unit it means.
CURRENCY_PREFIXES: dict[str, str] = {
    "HK$": "港元",
    "US$": "美元",
    "￥": "元",
    "¥": "元",
    "$": "美元",
    "€": "欧元",
    "£": "英镑",
    "人民币": "元",
    "RMB": "元",
    "港币": "港元",
    "港幣": "港元",
    "美元": "美元",
    "欧元": "欧元",
}
# Traditional characters of numbers and units (萬, 億, 點, 個百分點, 兩, 項 …) and their simplified form.
TRADITIONAL = str.maketrans(
    "萬億點個兩項場條臺輛處間張類種噸畝歲時鐘門筆顆隻頭戶幣餘幾",
    "万亿点个两项场条台辆处间张类种吨亩岁时钟门笔颗只头户币余几",
)
_TO_TRADITIONAL = {simplified: traditional for traditional, simplified in TRADITIONAL.items()}

UNIT_FAMILY: dict[str, str] = {unit: family for family, units in _LEXICON.items() for unit in units}
# Families whose unit is a classifier: the noun printed after the figure is what it counts (5个合作中心).
COUNTED_FAMILIES = ("count", "people")
# Longest first, so 平方公里 wins over 公里 and 个百分点 over 个.
UNITS_LONGEST_FIRST: tuple[str, ...] = tuple(sorted(UNIT_FAMILY, key=len, reverse=True))
# Every printed spelling of a unit, longest first: the lexicon, its aliases and traditional forms.
UNIT_SPELLINGS: tuple[str, ...] = tuple(
    sorted(
        {
            spelling
            for unit in (*UNIT_FAMILY, *UNIT_ALIASES)
            for spelling in (unit, unit.translate(_TO_TRADITIONAL))
        },
        key=len,
        reverse=True,
    )
)
# A magnitude as printed; 千 only where it does not begin a unit of its own (千瓦, 千米, 千克, 千伏).
MAGNITUDE_PATTERN = "|".join(
    re.escape(m) + ("(?![瓦米克伏])" if m == "千" else "")
    for m in sorted({*MAGNITUDES, *(k.translate(_TO_TRADITIONAL) for k in MAGNITUDES)}, key=len, reverse=True)
)
# Units that a Chinese numeral may carry: 三千万元, 千余家, 两倍, 三成, 三百米, 五岁. Counts only some
# (家, 项 …): 两个确立, 一个中心 are words, not counts.
CN_NUMERAL_UNITS = frozenset(
    unit for family, units in _LEXICON.items() if family != "count" for unit in units
) | {"家", "项", "所", "座", "件", "批", "场"}


def canonical_unit(printed: str) -> str:
    """The lexicon's spelling of a printed unit: km → 公里, 個百分點 → 个百分点, ％ → %."""
    printed = printed.replace("％", "%")
    return UNIT_ALIASES.get(printed) or printed.translate(TRADITIONAL)


def magnitude_factor(printed: str) -> float:
    """The factor of a printed run of magnitudes, longest first: 万亿 is 1e12, 万万亿 1e16, 億 1e8."""
    rest, factor = printed.translate(TRADITIONAL), 1.0
    while rest:
        mag = next((m for m in _MAGNITUDES_LONGEST_FIRST if rest.startswith(m)), None)
        if mag is None:
            raise ValueError(f"not a magnitude: {printed!r}")
        factor *= MAGNITUDES[mag]
        rest = rest[len(mag) :]
    return factor


_MAGNITUDES_LONGEST_FIRST = tuple(sorted(MAGNITUDES, key=len, reverse=True))


def unit_family(base_unit: str) -> str:
    """money, percent, people, count, area … : the axes a chart may share. Unknown units count."""
    return UNIT_FAMILY.get(base_unit, "count")
