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
_DATE = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")
_REVIEW_HEADING = re.compile(r"((?:19|20)\d{2})年(?:工作)?(?:回顾|主要工作)")
_PLAN_HEADING = re.compile(r"((?:19|20)\d{2})年(?:[^，。]{0,12})(?:任务|安排|计划|重点|目标|要求)")
_DELEGATE = re.compile(r"我代表([^，,。、]{2,20}?)(?:，|,|向)")
_PLACE = re.compile(r"(?:^|年|\s)([\u4e00-\u9fff]{1,6}?[省市区县])(?:省长|市长|区长|县长|人民政府)", re.M)
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
    stem = PurePath(source_file).stem.replace("_", " ").strip()
    if any("\u4e00" <= ch <= "\u9fff" for ch in stem):
        return stem
    zone = _ZONE_NAME.search(source[:2000])
    return f"{zone.group()}建设进展情况" if zone else "未命名报告"


def _names_report(line: str) -> bool:
    if not line or len(line) > TITLE_MAX or _CHROME.match(line) or line[-1] in "。；;，,：:！!":
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


def issuer(source: str, title: str, closing: str) -> str | None:
    """The body that delivers the report: its signature, the delegate's words (我代表国务院), or its title;
    in its usual short form, so that one body's reports group together (管理委员会 is 管委会)."""
    found = _issuer(source, title, closing)
    return found.replace("管理委员会", "管委会") if found else None


def _issuer(source: str, title: str, closing: str) -> str | None:
    for line in reversed(closing.strip().split("\n")):
        line = line.strip()
        if 2 <= len(line) <= 24 and re.search(r"(?:政府|委员会|管委会)$", line):
            return line
    delegate = _DELEGATE.search(source[:3000])
    if delegate and not delegate.group(1).startswith(("省", "市", "区", "县")):
        return delegate.group(1)
    place = _PLACE.search(source[:600])
    if delegate and place and place.group(1).endswith(delegate.group(1)[0]):
        return place.group(1) + delegate.group(1)[1:]  # 广东省 + 省人民政府
    named = re.sub(r"(?:19|20)\d{2}年?|(?:政府)?工作报告$|报告$", "", title.strip(" _0123456789"))
    if len(named) >= 2:
        return named
    return delegate.group(1) if delegate else None


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
