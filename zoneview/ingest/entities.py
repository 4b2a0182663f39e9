"""Name the parks, places, organisations, policy documents, platforms and events a report mentions.

Rules, not a list of any report's names: 《…》 titles are policies; the parks are those the preamble
says a zone covers (涵盖…); places are names that end in an administrative word (…区, …县, …市, …新区,
…街道); other names are found by their head word (…研究院, …大赛, …平台), by enumerations that end in a
head noun (A、B、C等…企业) and by quoted names (“…联盟”). A name's left edge is the last break or stop
word before it. The stop words, and the words that look like places but are not (城市, 地区, 上市), are
data (`data/*.txt`), made from the corpus by `resources/build_stopwords.py`: each is used by reports of
at least three different issuers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from zoneview.ingest.normalize import CJK, is_cjk

NAME_CHARS = rf"[{CJK}A-Za-z0-9·\-（）“”]"
_BREAKS = "，。；：！？、—+,;:!?《》 \n"
# Head words of the genre: what a named body, platform or event ends with.
_SUFFIXES: tuple[tuple[str, str], ...] = (
    (
        "organization",
        "研究院|研究所|科学院|大学|学院|科协|市委|市政府|国务院|管委会|委员会|人民政府|公司|集团|联盟|"
        "领导小组|银行|协会|商会|医院",
    ),
    ("platform", "中心|实验室|实验装置|资源库|产业园|孵化器|众创空间|基地|平台"),
    ("event", "大赛|大会|宣讲会|论坛|博览会|交流会|峰会|展览会|交易会|运动会"),
)
# Administrative words a place's name ends with, and characters that, following them, make a word of
# another kind (市场, 区域, 省级, 县域).
_PLACE_HEAD = re.compile(r"高新区|新区|开发区|经开区|自贸区|示范区|街道|县|区|市|省|镇|乡")
_NOT_A_PLACE_AFTER = set("场民域级政份块间值容貌辖属长委内外")
PLACE_MAX = 12
_NOT_IN_SHORT_PLACES = set("获经向报由被将对在为与是也等的了全各该我本其上下入出到")
_ENUM_HEADS = {"企业": "organization", "平台": "platform", "载体": "platform", "项目": "organization"}
_ENUMERATION_HEAD = re.compile(r"等(?P<head>[^，。；、]{0,12}?)(?P<noun>企业|平台|载体|项目)")
_NAME_CHAR = re.compile(NAME_CHARS)
ENUMERATION_MAX = 120  # characters an enumeration before 等 may span
_QUOTED = re.compile(r"“([^“”]{2,40}?(?:联盟|平台|中心|研究院))”")
_POLICY = re.compile(r"《([^《》\n]{2,80})》")
_SCOPE = re.compile(r"涵盖([^。；]*)")
_PARK = re.compile(rf"[{CJK}]{{2,6}}?(?:高新区|新区|开发区|经开区|园区)")
MAX_NAME = 40


@dataclass(frozen=True)
class Found:
    """A name found in normalised text; start/end index that text."""

    name: str
    kind: str
    start: int
    end: int


def scope_parks(preamble: str) -> list[str]:
    """The parks the zone covers, as the preamble lists them after 涵盖."""
    m = _SCOPE.search(preamble)
    if not m:
        return []
    parks = []
    for item in re.split(r"[、和及,，]", m.group(1)):
        park = _PARK.match(item.strip())
        if park and park.group() not in parks:
            parks.append(park.group())
    return parks


def find_entities(text: str, parks: list[str]) -> list[Found]:
    """Every entity mention in `text`, in order of position, without overlaps (the longest wins)."""
    found: list[Found] = []
    for m in _POLICY.finditer(text):
        found.append(Found(m.group(1), "policy", m.start(), m.end()))
    for park in parks:
        for m in re.finditer(re.escape(park), text):
            found.append(Found(park, "park", m.start(), m.end()))
    for m in _QUOTED.finditer(text):
        kind = "organization" if m.group(1).endswith(("联盟", "研究院")) else "platform"
        found.append(Found(m.group(1), kind, m.start(1), m.end(1)))
    found.extend(_by_suffix(text))
    found.extend(_by_enumeration(text))
    for name, start, end in _places(text):
        if name not in parks:
            found.append(Found(name, "place", start, end))
    return _without_overlaps(found, parks)


def place_heads(text: str) -> list[str]:
    """Two-character words in 区/县/市/省/镇/乡 that stand alone after a break or stop word (，城镇,
    推进城市, 在全市): the common nouns the stop list is made of, not the ends of longer names."""
    heads = []
    for m in _PLACE_HEAD.finditer(text):
        start = m.start() - 1
        alone = start > 0 and _left_edge(text, start, max(0, start - PLACE_MAX)) == start
        if len(m.group()) == 1 and alone and is_cjk(text[start]):
            heads.append(text[start : m.end()])
    return heads


def _places(text: str) -> list[tuple[str, int, int]]:
    """Names that end in an administrative word and start after a break or stop word: 深圳市, 龙华区,
    雄安新区, 葵涌街道; not 城镇, 贫困地区, 我区 or 上市, whose endings are the language's own words."""
    found = []
    stops = _place_stops()
    for m in _PLACE_HEAD.finditer(text):
        if text[m.end() : m.end() + 1] in _NOT_A_PLACE_AFTER or text[m.start() - 1 : m.end()] in stops:
            continue
        limit = max(0, m.end() - PLACE_MAX)
        start = _left_edge(text, m.start(), limit)
        name = text[start : m.end()]
        if start == limit and limit > 0:
            continue  # no edge: the words before run on, so this is no name
        # 深圳市, 巴马县; but 省, 市 and 区 also stand for their governments (获市领导肯定, 列入省重点):
        # with a one-character ending, a short name with no verb or function character in it
        short = len(m.group()) > 1 or (len(name) <= 5 and not set(name[:-1]) & _NOT_IN_SHORT_PLACES)
        named = len(name) > len(m.group()) + 1 and name[0] not in "我本全各该此其"  # not 我区, 全市
        if short and named and all(is_cjk(ch) for ch in name):
            found.append((name, start, m.end()))
    return found


@cache
def _stop_words(name: str) -> tuple[str, ...]:
    lines = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.split("\t")[0] for line in lines if line and not line.startswith("#"))


@cache
def _left_stops() -> re.Pattern[str]:
    words = sorted(_stop_words("name_stops.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) + r"|[一二三四五六七八九十]是")


@cache
def _place_stops() -> frozenset[str]:
    return frozenset(_stop_words("place_stops.txt"))


def _by_suffix(text: str) -> list[Found]:
    found = []
    for kind, suffixes in _SUFFIXES:
        for m in re.finditer(suffixes, text):
            start = _left_edge(text, m.start(), max(0, m.start() - 30))
            start = _after_open_quote(text, start, m.end())
            name = text[start : m.end()]
            if len(name) < 3 or (kind != "organization" and len(name) <= len(m.group()) + 1):
                continue  # a bare head word (产业园) names nothing
            if kind != "event" and ("第" in name or name.startswith("市级")):
                continue
            if kind == "platform" and text.startswith("建设", m.end()):
                continue  # 强化企业创新平台建设: a kind of work, not a named platform
            found.append(Found(name, kind, start, m.end()))
    return found


def _by_enumeration(text: str) -> list[Found]:
    """A、B和C等…企业: the items before 等, walked back over name characters (bounded, so linear)."""
    found = []
    for m in _ENUMERATION_HEAD.finditer(text):
        kind = _ENUM_HEADS[m.group("noun")]
        items_end = m.start()
        items_start = items_end
        while (
            items_start > 0
            and items_end - items_start < ENUMERATION_MAX
            and text[items_start - 1] != "等"
            and (_NAME_CHAR.match(text[items_start - 1]) or text[items_start - 1] in "、和及")
        ):
            items_start -= 1
        if items_start == items_end:
            continue
        start = _left_edge(text, items_end, items_start, breaks=_BREAKS.replace("、", ""))
        pos = start
        for item in re.split(r"([、和及])", text[start:items_end]):
            if item and item not in "、和及" and 2 <= len(item) <= 20:
                found.append(Found(item, kind, pos, pos + len(item)))
            pos += len(item)
    return found


def _after_open_quote(text: str, start: int, end: int) -> int:
    """Skip past an opening quote that the name does not close: “西部…平台 → 西部…平台."""
    name = text[start:end]
    while name.count("“") > name.count("”"):
        cut = name.index("“") + 1
        start, name = start + cut, name[cut:]
    return start


def _left_edge(text: str, end: int, limit: int, breaks: str = _BREAKS) -> int:
    """Where a name ending at `end` starts: after the last break or stop word in text[limit:end]."""
    start = limit
    for i in range(end - 1, limit - 1, -1):
        if text[i] in breaks:
            start = i + 1
            break
    window = text[start:end]
    stops = list(_left_stops().finditer(window))
    if stops:
        start += stops[-1].end()
    return start


def _without_overlaps(found: list[Found], parks: list[str]) -> list[Found]:
    """Longest first; a name inside a longer one is dropped, except parks, which stay as actors."""
    kept: list[Found] = []
    owner: dict[int, int] = {}  # text position -> index of the kept name covering it
    for f in sorted(found, key=lambda f: (f.kind != "policy", -(f.end - f.start), f.start)):
        if len(f.name) > MAX_NAME or not f.name.strip("“”（）()-·"):
            continue
        owners = {owner.get(i) for i in range(f.start, f.end)}
        inside = len(owners) == 1 and None not in owners
        if inside and f.kind != "park":
            continue
        if not inside and owners != {None}:
            continue  # crosses another name's edge
        kept.append(f)
        if f.kind != "park":
            owner.update(dict.fromkeys(range(f.start, f.end), len(kept)))
    return sorted(kept, key=lambda f: (f.start, f.end))
