"""The furniture of a government web page, as it stands in the text saved from one.

A page wraps its article in buttons (收藏, 打印, 分享 …), the font size switch (【字体：大 中 小】),
labels with their values (来源：吉林日报, 发布时间：…, 责任编辑：…), the breadcrumb (您的位置：首页 > …),
navigation lists, photo captions (图为…, 记者 某某 摄) and QR-code prompts (扫一扫在手机打开当前页).
None of it is the report's: the outline never makes a part of it, and the web page reader leaves out
what it can tell from the page's own structure. Every pattern reads one short line, so a line costs
time in proportion to its length.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CHROME_LINE_MAX = 80  # a longer line is prose, whatever it opens with
# The font size switch: 【字体：大 中 小】, 字号：[大][中][小], (文字大小：大 中 小).
FONT_SWITCH = re.compile(
    r"[【\[(（]?\s*(?:字体|字号|文字)(?:大小)?\s*[:：]?\s*"
    r"(?:[【\[(（]?\s*[大中小]\s*[】\])）]?\s*){3}[】\])）]?"
)
# The words of a page's buttons: a line of nothing else is chrome.
BUTTON_WORDS = _words(
    "分享 分享到 分享至 打印 打印本页 打印此页 打印文章 关闭 关闭窗口 关闭本页 收藏 收藏本页 收藏本文 "
    "加入收藏 纠错 我要纠错 返回 返回顶部 顶部 保存 保存本页 微信 微博 新浪微博 腾讯微博 QQ空间 QQ 朋友圈 "
    "人人网 豆瓣 扫一扫在手机打开当前页 扫一扫在手机上查看当前页面 扫一扫在手机打开 手机扫一扫 "
    "字体 字号 大 中 小 默认 背景色 【 】 [ ] | ： :"
)
_TOKEN = re.compile(r"[【】\[\]|｜:：]|[^\s【】\[\]|｜:：]+")
# A label and its value, a breadcrumb, a prompt, a caption: what such a line opens with.
_OPENS = re.compile(
    r"[【\[(（]?\s*(?:字体|字号|文字大小)\s*[:：】\]）)]"
    r"|(?:来源|信息来源|文章来源|稿件来源|时间|发布时间|发布日期|更新时间|作者|编辑|责任编辑|编审|校对|审核|"
    r"浏览次数|阅读次数|点击数|访问量|字数)\s*[:：]"
    r"|您(?:的|现在的|当前的)?(?:所在)?位置|当前位置|首页\s*[>＞»›/]"
    r"|扫一扫|[【\[]\s*(?:我要纠错|打印本页|关闭窗口|加入收藏)|(?:上一篇|下一篇|上一条|下一条)\s*[:：]"
    r"|相关(?:链接|附件|阅读|新闻|报道|文章)\s*(?:[>》:：]|$)|图为|图片来源"
)
# A date of publication, with its time and the labels after it (2026-01-30 08:30 来源：吉林日报).
_DATELINE = re.compile(
    r"(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?\s*"
    r"(?:\d{1,2}\s*[:：时]\s*\d{1,2}\s*分?(?:\s*[:：]\s*\d{1,2}秒?)?)?\s*"
    r"(?:$|来源|作者|编辑|发布|浏览|点击|【)"
)
# A photo's credit at the end of its caption: 新华社记者 李某 摄, （通讯员 王某 摄）.
_CREDIT = re.compile(r"(?:记者|通讯员|摄影)[^，。；]{0,12}摄\s*[)）]?$")
_LIST_SEPARATOR = re.compile(r"\s*[|｜]\s*")
NAV_ITEM_MAX = 8


def is_chrome_line(line: str) -> bool:
    """Whether a line of saved text is the page around the report rather than the report."""
    line = line.strip()
    if not line or len(line) > CHROME_LINE_MAX:
        return False
    if _OPENS.match(line) or _DATELINE.match(line) or _CREDIT.search(line[-24:]):
        return True
    return only_buttons(FONT_SWITCH.sub(" ", line)) or _is_navigation(line)


def only_buttons(line: str) -> bool:
    """Whether every word of a line is a page button's (分享到： 微信 微博, 【打印本页】【关闭窗口】)."""
    return all(token in BUTTON_WORDS for token in _TOKEN.findall(line))


def _is_navigation(line: str) -> bool:
    """A menu on one line: three or more short items between bars (首页 | 新闻 | 政务公开), or four or
    more words of two to six characters between spaces (首页 新闻中心 政务公开 办事服务)."""
    if any(ch in line for ch in "。，；！？"):
        return False
    items = _LIST_SEPARATOR.split(line)
    if len(items) >= 3 and all(0 < len(item) <= NAV_ITEM_MAX for item in items):
        return True
    words = line.split()
    return len(words) >= 4 and all(2 <= len(word) <= 6 for word in words)
