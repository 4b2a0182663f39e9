"""What a report says about itself: its title, the body that issues it, its year and its kind.

The title is the line that names the report, never a salutation (各位代表：) or page chrome (下载,
【字体：大 中 小】); without one, the file's name stands in. The year is the one the report is
delivered in: its title's, its date line's, or the year after the one it reviews.
"""

from __future__ import annotations

import itertools
import re
from pathlib import PurePath

from zoneview.ingest.normalize import normalise

TITLE_MAX = 40
_TITLE_WORDS = re.compile(r"报告|情况|纲要|规划|总结|公报")
_CHROME = re.compile(
    r"^(?:下载|打印|关闭|分享|来源|【字体|字体|首页|当前位置|您现在的位置|发布时间|责任编辑)"
)
_YEAR_TAG = re.compile(r"(?:\s*(?:19|20)\d{2}年?)+$")  # 国务院政府工作报告_2019年: the file's year tag
_DATE = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")
_REVIEW_HEADING = re.compile(r"((?:19|20)\d{2})年(?:工作)?(?:回顾|主要工作)")
_PLAN_HEADING = re.compile(r"((?:19|20)\d{2})年(?:[^，。]{0,12})(?:任务|安排|计划|重点|目标|要求)")
_ZONE_NAME = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:示范区|试验区|开发区|高新区|新区|自贸区)")
_KINDS = (
    ("法治政府建设", "法治政府建设报告"),
    ("政府工作报告", "政府工作报告"),
    ("进展情况", "建设进展情况"),
    ("工作报告", "工作报告"),
)


def document_title(source: str, front: str, source_file: str, closing: str = "") -> str:
    """The line of the front matter that names the report, else a title block in the closing matter
    (a copy reprinted after a dateline: 政府工作报告 / ——2023年3月5日在…会议上), else one made from
    the file's name. A page footer that names the report is not its title."""
    front_lines = [line.strip() for line in front.split("\n") if line.strip()]
    closing_lines = [line.strip() for line in closing.split("\n") if line.strip()][:12]
    for line in front_lines:
        if _names_report(line):
            return normalise(line).text
    for line, following in itertools.pairwise(closing_lines):
        if _names_report(line) and (following.startswith("——") or "会议上" in following):
            return normalise(line).text
    stem = _YEAR_TAG.sub("", PurePath(source_file).stem.replace("_", " ")).strip()
    if any("\u4e00" <= ch <= "\u9fff" for ch in stem):
        return stem
    zone = _ZONE_NAME.search(source[:2000])
    return f"{zone.group()}建设进展情况" if zone else "未命名报告"


def _names_report(line: str) -> bool:
    if (
        not line
        or len(line) > TITLE_MAX
        or _CHROME.match(line)
        or line[-1] in "。；;，,：:！!"
        or "，" in line
    ):
        return False
    return bool(_TITLE_WORDS.search(normalise(line).text))


def report_year(source: str, title: str, headings: list[str], closing: str, source_file: str) -> int | None:
    """The year the report is delivered in: its title's, a date line's, the year after the year it
    reviews, the year it plans, or its file name's."""
    title_year = re.search(r"((?:19|20)\d{2})年", title)
    if title_year:
        return int(title_year.group(1))
    front_lines = [line.strip() for line in source[:600].split("\n")[:12]]
    for line in [*front_lines, *closing.split("\n")]:
        date = _DATE.search(line)
        if date and len(line.strip()) <= TITLE_MAX * 2:
            return int(date.group(1))
    for heading in headings:
        review = _REVIEW_HEADING.search(heading)
        if review:
            return int(review.group(1)) + 1
    for heading in headings:
        plan = _PLAN_HEADING.search(heading)
        if plan:
            return int(plan.group(1))
    in_name = re.search(r"((?:19|20)\d{2})", PurePath(source_file).stem)
    return int(in_name.group(1)) if in_name else None


def issuer(source: str, title: str, closing: str, source_file: str = "") -> str | None:
    """The government that delivers the report, as a reader names it: 国务院, 广东省, 内蒙古自治区,
    深圳市大鹏新区. Read from the title, the subtitle (在…人民代表大会…上), the reporting line
    (我代表…人民政府), the signature and the file's name, in that order of trust; a place the text
    names with its city (深圳市大鹏新区) keeps the city. Never a caption, a date line or page chrome."""
    head = source[:HEAD_CHARS]
    candidates = [
        _place_in(title),
        _subtitle_place(head),
        _delegate_place(head),
        _signature_place(closing),
        _place_in(PurePath(source_file).stem.replace("_", " ")),
    ]
    for found in candidates:
        if found is None:
            continue
        if found in _LEVEL_WORDS:
            continue  # 我代表省人民政府: the level only; the place is named elsewhere
        return _with_city(found, source)
    return None


HEAD_CHARS = 3000
_LEVEL_WORDS = frozenset("省市区县州旗盟")
_GOVERNMENT = r"(?:人民政府|政府|管理委员会|管委会|委员会)"
# A place: a run of Han characters ending in a level of government; the longest such run before a
# government word, without a year, a congress's session (第十四届) or a leading particle.
_PLACE_END = r"(?:特别行政区|自治区|自治州|自治县|新区|地区|省|市|区|县|州|旗|盟)"
_PLACE_IN = re.compile(
    rf"((?:[\u4e00-\u9fff]{{1,12}}?){_PLACE_END})(?=人民政府|政府|管理委员会|管委会|第|\d|\s|$|工作报告|法治)"
)
_SUBTITLE = re.compile(
    r"在(?:第[一二三四五六七八九十]+届)?([^，。、\n\d]{2,16}?)(?:第[一二三四五六七八九十]+届)?\s*人民代表大会"
)
_DELEGATE_LINE = re.compile(rf"我代表([^，,。、\n]{{1,20}}?){_GOVERNMENT}?(?:，|,|向)")
_SIGNATURE = re.compile(rf"^([\u4e00-\u9fff]{{1,20}}?){_GOVERNMENT}$")
_NOT_PLACE_START = "全本我该各今明去每其此新老"


def _clean_place(name: str) -> str | None:
    name = re.sub(r"^.*?(?:19|20)\d{2}年?", "", name).strip(" _-—0123456789")
    name = re.sub(rf"{_GOVERNMENT}$", "", name)
    if name == "国务院" or name in _LEVEL_WORDS:
        return name
    if (
        len(name) < 2
        or name[0] in _NOT_PLACE_START
        or not re.fullmatch(rf"[\u4e00-\u9fff]+{_PLACE_END}", name)
    ):
        return None
    return name


def place_name(name: str) -> str | None:
    """`name` as an issuer this reader gives it (深圳市大鹏新区, 国务院), or None if it is not one
    (省人民政府, 大鹏新区管委会, a title)."""
    found = _clean_place(name)
    return found if found not in _LEVEL_WORDS else None


def _place_in(text: str) -> str | None:
    """A place named in a title or a file's name: 2026年四川省人民政府工作报告 → 四川省."""
    text = re.sub(r"^(?:(?:19|20)\d{2}年?)?\s*", "", text.strip())
    if text.startswith("国务院"):  # not 四川省人民政府关于落实国务院…的报告
        return "国务院"
    m = _PLACE_IN.search(re.sub(r"(?:19|20)\d{2}年?", " ", text))
    return _clean_place(m.group(1)) if m else None


def _subtitle_place(head: str) -> str | None:
    """——2026年1月26日在广东省第十四届人民代表大会第五次会议上: 广东省; 全国人民代表大会: 国务院."""
    m = _SUBTITLE.search(head)
    if m is None:
        return None
    place = m.group(1).strip()
    return "国务院" if place == "全国" else _clean_place(place)


def _delegate_place(head: str) -> str | None:
    """我代表国务院 / 我代表大鹏新区管理委员会 / 我代表省人民政府 (a level word only)."""
    m = _DELEGATE_LINE.search(head)
    return _clean_place(m.group(1)) if m else None


def _signature_place(closing: str) -> str | None:
    """The body that signs under the closing matter: 深圳市龙华区人民政府."""
    for line in reversed(closing.strip().split("\n")[-12:]):
        m = _SIGNATURE.match(line.strip())
        if m:
            return _clean_place(m.group(1))
    return None


def _with_city(place: str, source: str) -> str:
    """A district or new area named with its city where the text names them together (深圳市大鹏新区):
    the name readers use, and one that two cities' 新区 cannot share. The city is the longest name
    before 市 that the text uses about as often as its last two characters (乌鲁木齐, not 村深圳)."""
    if not place.endswith(("区", "县")) or "市" in place[:-1]:
        return place
    m = re.search(rf"([\u4e00-\u9fff]{{2,4}})市{re.escape(place)}", source)
    if m is None:
        return place
    before = m.group(1)
    common = source.count(before[-2:])
    city = max(
        (before[-n:] for n in range(2, len(before) + 1) if source.count(before[-n:]) * 5 >= common * 4),
        key=len,
    )
    return city + "市" + place if city[0] not in _NOT_PLACE_START else place


def document_kind(title: str, source_file: str, source: str) -> str:
    """政府工作报告, 法治政府建设报告, 建设进展情况 … from the title, the file's name or the address."""
    names = f"{title} {PurePath(source_file).stem}"
    for word, kind in _KINDS:
        if word in names:
            if kind == "工作报告" and "各位代表" in source[:400]:
                return "政府工作报告"
            return kind
    if "各位代表" in source[:400]:
        return "政府工作报告"
    return "报告"
