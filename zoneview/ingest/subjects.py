"""The subject of an indicator: what it measures, the same across reports that word it differently.

A figure's name is the text the parser found before it, so it carries the clause's noise: a scope
(全年, 本区, 全国), a verb or preposition (国内生产总值从…, 地区生产总值首次突破…), a stray half-word
(城镇调查失业率平均 → …平). `subject_of` strips that noise by rule and then looks the cleaned name up in
`data/subjects.txt`, where the genre's synonyms live (国内生产总值 = 地区生产总值 = GDP). A name matches
a synonym only whole, so 单位国内生产总值能耗 or 服务业在国内生产总值中比重 never become GDP.

Everything here is plain string work over fixed word lists: linear in the name, no regular expressions.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from zoneview.ingest.lexicon import StandardIndicator, lexicon

# What a name's clause puts before the measure: a scope, a time, a verb, an enumeration.
_LEADING = (
    "全年", "今年", "去年", "上年", "年末", "年内", "年均", "其中", "同时", "预计", "力争", "争取", "确保",
    "实现", "完成", "推动", "全国", "全省", "全市", "全区", "全县", "本区", "本市", "本省", "我国", "我省",
    "我市", "我区", "新区", "全新区", "的", "拟安排", "安排", "但", "初步核算", "按", "中央提出", "全社会",
    "努力",
)  # fmt: skip
# What a clause puts after it: a preposition, a verb of change or reaching, a time, a hedge.
_TRAILING = (
    "从", "由", "为", "达到", "达", "实现", "增长", "增速", "增幅", "涨幅", "降幅", "上涨", "下降",
    "降低", "提高", "同比", "比上年", "较上年", "首次", "突破", "超过", "总量", "全年", "实际", "分别",
    "力争", "争取", "预计", "预期", "低于", "高于", "不低于", "不超过", "保持", "稳定在", "控制在", "平均",
    "年均", "约", "共", "累计", "的", "拟安排", "安排", "拟按", "拟定为", "拟定", "拟", "要", "在", "合计",
    "预期增长目标", "增长目标", "预期目标", "目标", "按可比口径", "可比口径", "按", "预算", "回落到", "回落",
    "降到", "降至", "下降到", "上升到", "提高到", "增加到", "增长到", "达到了", "仅", "仅为", "只有",
)  # fmt: skip
# 平 is the first half of 平均 when a clause was cut there (失业率平均5.1% → 失业率平); 水平 is a word.
_HALF_WORDS = {"平": ("水平", "公平", "和平", "持平")}
_MIN_LEN = 2  # never strip a name down to less than a two-character word


@lru_cache(maxsize=65536)
def subject_of(name: str) -> str:
    """The canonical subject of an indicator name: 本区生产总值首次 → 地区生产总值."""
    cleaned = clean_name(name)
    return _synonyms().get(cleaned, cleaned)


def figure_subject(name: str, qualifier: str | None, unit: str | None = None) -> str:
    """The subject of a figure: its name's, or where the parser took 新增 off as a qualifier
    (新增城镇就业900万人 → 城镇就业, 新增), the standard indicator that the whole words name. An amount
    given in per cent is its ratio (财政赤字…1.5% → 赤字率), where the lexicon names one."""
    if qualifier == "新增":
        whole = subject_of("新增" + name)
        if whole in lexicon():
            return whole
    subject = subject_of(name)
    standard = lexicon().get(subject)
    if unit == "%" and standard is not None and standard.in_percent:
        return standard.in_percent
    return subject


def clean_name(name: str) -> str:
    """The name without the noise its clause leaves around the measure (full-width letters folded)."""
    text = "".join(unicodedata.normalize("NFKC", name).split())
    text = _strip_enumeration(text)
    if len(text) > 5 + _MIN_LEN and text[:4].isdigit() and text[4] == "年":
        text = text[5:]  # 2001年国内生产总值: the year is the figure's period, not its name
    # Indices, not slices: each pass over the word lists either moves an edge inward or ends the loop.
    start, end = 0, len(text)
    changed = True
    while changed:
        changed = False
        for word in _LEADING:
            if text.startswith(word, start, end) and end - start - len(word) >= _MIN_LEN:
                start, changed = start + len(word), True
        for word in _TRAILING:
            if text.endswith(word, start, end) and end - start - len(word) >= _MIN_LEN:
                end, changed = end - len(word), True
        for half, words in _HALF_WORDS.items():
            kept = any(text.endswith(w, start, end) for w in words)
            if text.endswith(half, start, end) and not kept and end - start - len(half) >= _MIN_LEN:
                end, changed = end - len(half), True
    text = text[start:end]
    return text or name


def ceiling_subject(subject: str) -> bool:
    """A measure held down rather than pushed up: prices, unemployment, deficits. A plain or 左右
    target on one of these is a ceiling (居民消费价格涨幅3%左右, 城镇调查失业率5.5%左右)."""
    return any(word in subject for word in _CEILING_WORDS)


_CEILING_WORDS = ("价格", "涨幅", "失业", "赤字", "通胀", "CPI", "物价")


def _strip_enumeration(text: str) -> str:
    """6.力争万元GDP能耗低于 → 力争万元GDP能耗低于, （二）…, 一是… → …: a list's marker is not part of a
    name; 5G基站, 一般公共预算收入 and 十大工程 keep their first character."""
    i = 1 if text[:1] in "(（" else 0
    j = i
    while j < len(text) and (text[j].isdigit() or text[j] in _NUMERALS):
        j += 1
    if j > i and j < len(text) and text[j] in _MARKER_ENDS and len(text) - j - 1 >= _MIN_LEN:
        return text[j + 1 :]
    return text


_NUMERALS = "一二三四五六七八九十"
_MARKER_ENDS = ".、)）:：是"


def standard_indicator(name: str) -> StandardIndicator | None:
    """The standard indicator a figure's name measures (全省地区生产总值 → 地区生产总值), if any."""
    return lexicon().get(subject_of(name))


@cache
def _synonyms() -> dict[str, str]:
    """Cleaned variant → canonical subject, from the lexicon (data/indicators.toml) and
    data/subjects.txt."""
    table: dict[str, str] = {}
    for entry in lexicon().values():
        for variant in (entry.name, *entry.synonyms):
            table[clean_name(variant)] = entry.name
    path = Path(__file__).parent / "data" / "subjects.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        names = [n.strip() for part in line.split("=") for n in part.split(",")]
        names = [n for n in names if n]
        canonical = names[0]
        for variant in names:
            table[clean_name(variant)] = canonical
    return table
