"""The units and magnitudes of the genre: what may follow a number in a Chinese official report.

A printed unit is an optional magnitude (万, 亿, 万亿 …) and a base unit from the lexicon: 1.5万亿元 is
1.5 × 10¹² 元, never 1.5 of a unit called 万. Units of their own that start like a magnitude (千瓦, 千克,
百分点) are in the lexicon whole and win over the split.
"""

from __future__ import annotations

MAGNITUDES: dict[str, float] = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "十万": 1e5,
    "万": 1e4,
}

# base unit -> family; families decide which figures may share a chart axis
_LEXICON: dict[str, tuple[str, ...]] = {
    "money": ("元", "美元", "欧元", "港元", "港币", "日元", "英镑", "澳门元", "元人民币"),
    "percent": ("%", "‰", "个百分点", "百分点", "倍", "成"),
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
}
UNIT_FAMILY: dict[str, str] = {unit: family for family, units in _LEXICON.items() for unit in units}
# Longest first, so 平方公里 wins over 公里 and 个百分点 over 个.
UNITS_LONGEST_FIRST: tuple[str, ...] = tuple(sorted(UNIT_FAMILY, key=len, reverse=True))
# Units that a Chinese numeral may carry: 三千万元, 千余家, 两倍, 三成. With others it is a word (两个确立).
CN_NUMERAL_UNITS = frozenset(
    _LEXICON["money"] + _LEXICON["percent"] + _LEXICON["people"] + ("家", "项", "所", "座", "件", "批", "场")
)


def unit_family(base_unit: str) -> str:
    """money, percent, people, count, area … : the axes a chart may share. Unknown units count."""
    return UNIT_FAMILY.get(base_unit, "count")
