"""Name the parks, organisations, policy documents, platforms, events and places a report mentions.

Rules, not a list of this report's names: 《…》 titles are policies; the parks are those the preamble
says the zone covers (涵盖…); other names are found by their head word (…研究院, …大赛, …平台), by
enumerations that end in a head noun (A、B、C等…企业) and by quoted names (“…联盟”). A name's left edge
is the last verb or function word before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zoneview.ingest.normalize import CJK

NAME_CHARS = rf"[{CJK}A-Za-z0-9·\-（）“”]"
# Verbs and function words that end the text before a name: 推动|红宇精工 …
_LEFT_STOPS = re.compile(
    r"(?:与|和|及|在|由|对|向|从|以|为|了|的|等|成立|建成|推动|启动建设|开建|引进|获批|联合共建|签订|推进|加快|"
    r"打造|达成|成为|培育|新晋|重点|建立|落实|筹备|举办|参与|组织推进|组织|积极|围绕|出台|试点推行|推行|新建|"
    r"聚焦|开展|成功|提升|大力|致力|集中布局|布局|支持|密切|助力|深入|贯彻|按照|根据|明确|形成|探索|通过|"
    r"实施|启动|建设|合作|获得|授牌|引导|包括|涵盖|对接|强化|加大|[一二三四五六七八九十]是)"
)
_BREAKS = "，。；：！？、—+,;:!?《》 \n"
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("organization", "研究院|科学院|大学|科协|市委|市政府|国务院|管委会|公司|集团|联盟|领导小组"),
    ("platform", "科学中心|创新中心|重庆中心|东部中心|实验装置|资源库|产业园|平台"),
    ("event", "大赛|大会|宣讲会|论坛|博览会|交流会|峰会"),
)
_ENUM_HEADS = {"企业": "organization", "平台": "platform", "载体": "platform", "项目": "organization"}
_ENUMERATION_HEAD = re.compile(r"等(?P<head>[^，。；、]{0,12}?)(?P<noun>企业|平台|载体|项目)")
_NAME_CHAR = re.compile(NAME_CHARS)
ENUMERATION_MAX = 120  # characters an enumeration before 等 may span
_QUOTED = re.compile(r"“([^“”]{2,40}?(?:联盟|平台|中心|研究院))”")
_POLICY = re.compile(r"《([^《》\n]{2,80})》")
_SCOPE = re.compile(r"涵盖([^。；]*)")
_PARK = re.compile(rf"[{CJK}]{{2,6}}?(?:高新区|新区|开发区|经开区|园区)")
_PLACE = re.compile(rf"(?<=[与在])[{CJK}]{{2,4}}?(?:区|县|市)(?=相关|的|开展|推进)")
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
    for m in _PLACE.finditer(text):
        if m.group() not in parks:
            found.append(Found(m.group(), "place", m.start(), m.end()))
    return _without_overlaps(found, parks)


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
    stops = list(_LEFT_STOPS.finditer(window))
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
