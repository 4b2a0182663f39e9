"""What a figure measures, named as a careful reader names it.

A name is the measured thing: its head noun with its modifiers and coordination (科技研发和服务机构,
战略性新兴产业、高新技术产业占GDP比重), as printed. It is never a verb, adverb, preposition, time or
comparison around it (地区生产总值从…提高到, 预计, 比上年), nor a threshold (大关), nor a generic word
alone where its clause says more (企业 of 11家企业入选全球…百强). It is read from the figure's clause, in
this order: the noun a classifier counts, printed after the figure (5个合作中心); the subject before it
(地区生产总值达…), or the previous figure's where the clause says it again or not at all (增长6.6%，
总量…); the noun a verb before the figure takes as object (累计增加4.24平方公里绿色生态用地); what the
sentence states in a clause of its own before (全社会研究与实验发展经费，从…). A 分别 list then gives each
value its own name, with the words the list prints once (刑事治安、涉诈、涉毒警情 → 刑事治安警情).

Every look is a bounded window around one figure, so naming stays linear in the text.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Sequence
from typing import Protocol

from zoneview.ingest.model import Figure
from zoneview.ingest.normalize import is_cjk
from zoneview.ingest.periods import time_expressions
from zoneview.ingest.subjects import standard_indicator
from zoneview.ingest.units import COUNTED_FAMILIES, UNIT_FAMILY

NAME_MAX = 20  # characters of a name; a longer subject keeps its end, where its head noun is

# 比上年, 较2010年, 比前五年, 比年度预算, 比去年预算: what a change is measured against, never a name
COMPARISON = re.compile(
    r"(?:同比|环比|[比较](?:上年|去年|前[一二三四五六七八九十两]年|(?:19|20)\d\d年)(?:年初)?(?:同期|预算)?"
    r"|比年度预算)"
)
# What stands between a subject and its figure: verbs of reaching, changing and keeping, adverbs,
# prepositions (地区生产总值从11.37万亿元…), target words, per-unit phrases (每人每月).
_TRAILING_VERBS = re.compile(
    r"(?:分别|共计|累计|总计|合计|新增|实现|完成|达到|达|为|增至|降至|降到|"
    r"(?:增长|下降|提高|提升|上升|降低|增加|减少|扩大|缩小|上涨|增产|减产|回落|延长|压缩|合并)(?:到|至)?|"
    r"突破|超过|超|近|约|占|"
    r"保持在|保持|控制在|稳定在|设定为|设定在|定为|确定为|跨上|跨过|迈上|跃上|站上|可达到|可达|可|最高|最多|"
    r"(?:压减|缩短|精简|瘦身)(?:到|至)?|拟安排|安排|拟|力争|接连|连续|稳定|基本|实际|积累|覆盖|定在|定为|"
    r"目标|预期|(?:平均)?(?:每(?:人|户|年|月|日|天|亩|吨|\d*公斤|\d*斤))+|"
    r"在|是|有|拥有|已|了|就|均|将|又|还|首|仅|"
    r"(?:从(?!业|事)|(?<!自)由(?!于))(?:上年|去年|月销售额|年销售额|[每人户月年均])*)+$"
)
# What opens a clause before its subject: adverbs, scope words that repeat the issuer, reporting and
# doing verbs (预计, 成功引进, 建成). 新建, 新设立 and 全国 stay: they say what is counted (新建道路).
_LEADING_WORDS = re.compile(
    r"^(?:其中|全年|共(?![建享同])|累计|共计|新增|已|并|还|同时|此外|另外|实现(?!率)|完成(?!率)|力争|预期|预计|确保|目标|成功|把|将|"
    r"在[^在上，]{1,10}上|"
    r"在?全[区市省]|在全国|每年|拟|增加(?!值)|"
    r"安排|争取|引进|推动|组织|开展|举办|培育|新设(?!立)|新签|签约|获得|获|"
    r"建成|开通|形成|解决|实施|新入选|设立|建设(?=“))+"
)
_RUNNING_TOTAL = re.compile("累计|共计|总计|合计")  # the figure's qualifier, not its name
_QUOTES = str.maketrans("", "", "“”\"'")
_ASIDE = re.compile(r"[（(][^（）()]*[）)]|[（(]|[由从][^，。由从]{0,12}的")
_SHARE_VERB = re.compile("占(?!比)(?!.*占(?!比))")  # the last 占 that is a verb; 占比 is a noun
# Words that name a measure but not what it measures: 总量达2037.7万户 is the total of the subject before.
_MEASURE_NOUNS = (
    "总量", "总额", "规模", "比率", "比重", "余额", "数量", "总数", "产量", "产值", "投资", "支出", "收入",
    "总投资", "投资额", "增幅", "增速", "投入", "参保人数", "金额"
)  # fmt: skip
_MONEY_NOUNS = ("资金", "基金", "资助", "补贴", "补助", "奖励", "贷款", "经费", "债券", "专项债", "国债")
# Where a subject's words start; 及, 与, 和, 等 inside a word (普及率, 参与, 和谐, 高等教育) do not cut it.
_NAME_CUT = re.compile(
    r"[、的]|(?<![高中初同平对])等(?!级)|(?<![普涉以])及(?!时)|(?<![参给])与|和(?!谐)|实现(?!率)|完成(?!率)"
)
_NAME_CUT_KEPT = re.compile(f"({_NAME_CUT.pattern})")
_COORDINATION = ("和", "与", "及")
# A piece before 和 that holds a verb is a clause of its own (加快建设…和…), not the first of two nouns.
_VERBS_IN_NAME = re.compile(
    r"推进|加快|加强|建设|实施|开展|推动|完成|实现|建成|新建|引进|培育|打造|提升|支持|促进"
)
# How a figure was reckoned, not what it measures: 地区生产总值按可比价格计算增长5.2%, 初步核算，…
_PROCESS = re.compile(r"按[^，。；、]{0,8}?(?:计算|口径|核算)|初步核算|初步统计|初步测算")
# A threshold a figure passes is no name of it: 突破2000亿大关 names what broke through, before it.
_THRESHOLD_NOUNS = ("大关", "关口", "台阶")
# Where the noun a figure counts ends: a list, punctuation, or the verb or adverb of its own clause
# (16所高职学校入选…, 老年助餐点3897个并有序开放, 28件提高到70件, 21个地级以上市全覆盖).
_FOLLOWING_STOP = re.compile(
    r"[\d０-９、等，。；：！？,;:（(]|实现|获得|完成|落地|发放|签订|入选|获评|开展|参加|参与|纳入|通过|成为|"
    r"(?<!自)由|从|在内|全覆盖|建成|投产|扩大|缩小|压减|压缩|合并|延长|回落|上升|(?<!新)开工|落户|"
    r"实施(?!方案|意见|细则|办法)|加快|逐项|逐步|明显|顺利|正式|全部|意向(?!书|金)|"
    r"(?<![兼合])并|(?<![年人平])均|都|免费(?!师范)|分别|"
    r"提高|增加|增长|下降|降低|减少|增至|降至|达到|占|(?<![存所实现内外])在(?![建校线职岗读册押途])|"
    r"对(?![口外象接])"
)
_UNIT_ASIDE = re.compile(r"^[（(][^（）()]{1,3}[）)]")  # 超100条（个）幸福河湖
_SHORT_ASIDE = re.compile(r"[（(][^（）()，。]{1,8}[）)]")
_EXAMPLES = re.compile(r"[^，。；：、等\d]{1,6}(?:、[^，。；：、等\d]{1,6})+等(?=[^，。；：、\d]{2})")
_PLACES_ASIDE = re.compile(r"[省市县区][（(][^（）()]{1,8}[）)]")  # 28个省（区、市）
_GENERIC_SUBJECTS = ("经济",)  # too wide to name a figure alone: 经济年均增长… is 经济增长
# A counted noun that says nothing alone: its clause says which (11家企业入选…百强, 88个城市启动…试点).
_GENERIC_HEADS = ("企业", "项目", "单位", "大学", "高校", "学科", "城市", "省份", "案例", "机构", "地区")
# Verbs between who acts and what a figure measures (浙江省投入财政帮扶资金, 中央财政补助养老保险专项资金):
# the measured thing is the object after them.
_ACTOR_VERBS = re.compile("投入|安排|补助|支持|减轻|成为|实施")
# Verbs whose object is printed after the figure: 累计增加4.24平方公里绿色生态用地.
_OBJECT_FOLLOWS = re.compile("(?:增加|新增|完成|新建|建成|建设|改造|营造|修复|种植|投放|推广|拆除|清理)$")
# A clause that goes on after its subject: 城镇职工基本养老保险制度不断完善, 全国粮食连续四年增产.
_PREDICATE_AFTER = re.compile("(?:不断|持续|进一步|逐步|稳步|连续|明显|显著|全面|加快|大幅|近年来|首次).*$")
# Words left before a figure that are no subject: adverbs, and verbs whose object follows the figure
# (新建10公里绿道).
_NOT_SUBJECTS = (
    "年均", "同比", "分别", "均", "各", "先后", "总计", "新建", "建成", "落户", "圆满", "引进", "实施",
    "严守", "守住", "坚守"
)  # fmt: skip
# Heads a list prints once, after its last item (水果、蔬菜、茶叶产量分别达…).
_LIST_HEADS = tuple(
    sorted(
        {*_MEASURE_NOUNS, "增加值", "营业额", "营收", "出栏量", "销量", "销售额", "成交额", "客运量",
         "吞吐量", "排放量", "排放总量", "警情", "案件", "人数", "面积"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
_MEASURE_ENDINGS = "度率耗量"  # 知晓度, 覆盖率, 能耗, 产量: words a modifier printed once can be shared by
_MONEY_NOUN = re.compile("|".join(_MONEY_NOUNS))
_REALISED = ("利润", "利税", "税收", "收入", "营业收入", "销售收入", "增加值", "产值", "营收")  # X实现利润…
_PER_UNIT = re.compile("单位(?:国内|地区)生产总值|单位GDP|万元(?:GDP|国内生产总值|地区生产总值)")
_EXAMPLES_OF = re.compile("(?<![高中初同平对])等(?!级)")  # 等 that closes a list, not the 等 of 高等
_MULTIPLE_OF = re.compile(r"[是为][^，。、是为]{0,10}的$")
_TIME_TAIL = re.compile(r"^(?:以来|来|底|末|期间|时期)")


class Edges(Protocol):
    """A text with its clause and sentence edges (the parser's scan of one node)."""

    text: str

    def clause_start(self, pos: int) -> int: ...

    def sentence_start(self, pos: int) -> int: ...

    def same_sentence(self, a: int, b: int) -> bool: ...


@dataclasses.dataclass(frozen=True)
class Place:
    """Where a figure is printed: `start` of its number, `end` of its unit, the start of its `clause`;
    `own` is its clause's words since the previous figure, `before` the clause's words before it."""

    start: int
    end: int
    clause: int
    own: str
    before: str


def name_figure(edges: Edges, at: Place, base_unit: str, previous: Sequence[Figure]) -> str:
    """The name of the figure printed `at`, after the `previous` figures of its text."""
    following = _following(edges.text, at.end)
    if following.startswith(_THRESHOLD_NOUNS):
        following = ""
    share = _SHARE_VERB.search(at.own)  # 无人机产量占全国9成: the subject stands before 占
    alone = not previous or previous[-1].end <= at.clause  # no earlier figure's words in `own`
    subject = _subject(at.own[: share.start()].removesuffix("所") if share else at.own, whole_list=alone)
    if subject in _GENERIC_SUBJECTS and (growth := re.search(f"{subject}(?:年均)?(增长|增速)", at.own)):
        subject += growth.group(1)  # 经济年均增长… is the growth of the economy
    return (
        _counted(edges.text, at, base_unit, subject if alone else "", following)
        or _in_its_sentence(edges, at, base_unit, previous, subject, following)
        or (_shorten(subject) if len(subject) >= 2 and subject not in _NOT_SUBJECTS else "")
        or (following[:NAME_MAX] if len(following) >= 2 else "")  # 完成27.6万平方米生态修复任务
        or _shorten(_subject(at.before))
        or _topic(edges, at.clause, previous)
        or "数值"
    )


def _in_its_sentence(
    edges: Edges, at: Place, base_unit: str, previous: Sequence[Figure], subject: str, following: str
) -> str:
    """A name the figure's sentence gives it beyond its own subject: what passes the threshold just
    before it, a modifier or subject of the previous figure, the object after a verb, the sentence's topic."""
    last = previous[-1] if previous else None
    same = last is not None and edges.same_sentence(last.end, at.start)
    if last is not None:
        passes = last.end == at.start and last.approx_word in ("以上", "以下")
        if passes and UNIT_FAMILY.get(base_unit, "count") in COUNTED_FAMILIES:
            return _shorten(last.name + edges.text[last.start : last.end])  # 注册资本1亿元以上8家
        shared = _shared_modifier(last.name, subject) if same else ""
        if shared:
            return shared  # 知晓度为72.4%，认同度为91.3%: both of 群众生态文明建设
    if len(following) >= 2 and UNIT_FAMILY.get(base_unit) != "money" and _OBJECT_FOLLOWS.search(at.own):
        return following[:NAME_MAX]  # 累计增加4.24平方公里绿色生态用地
    if last is not None and same:
        if subject == "完成率":
            return _shorten(last.name + subject)  # 违法建设治理33万平方米，完成率132.0%
        return _said_again(last.name, subject)
    if subject in _MEASURE_NOUNS:
        # 城镇职工基本养老保险制度不断完善，参保人数突破2亿人: the insured are the insurance's, not the 制度's
        topic = _PREDICATE_AFTER.sub("", _topic(edges, at.clause, previous)).removesuffix("制度")
        if len(topic) >= 2:
            return _shorten(topic + subject)  # 全国粮食连续四年增产，2007年产量达到…
    return ""


def _counted(text: str, at: Place, base_unit: str, subject: str, following: str) -> str:
    """The noun printed after a figure that counts it (5个合作中心, 110万名高校毕业生) or that an amount
    of money is (1000亿元的…投资引导基金); a generic one with what its clause says of it."""
    family = UNIT_FAMILY.get(base_unit, "")
    counts = family in COUNTED_FAMILIES or not base_unit
    money = [m.end() for m in _MONEY_NOUN.finditer(following)] if family == "money" else []
    if money:
        following = following[: money[-1]]  # 增发1万亿元国债支持灾后恢复重建: the bonds
    payer = re.sub("拟?(?:投入|安排|拨付|下达)$", "", subject)
    if following == "资金" and len(payer) >= 2:
        following = payer + following  # 中央财政安排109亿元资金: the central budget's
    # 吞吐量超千万人次的机场: a figure before 的 says what the noun after is like, it does not count it
    modifies = text.startswith("的", at.end) and len(subject) >= 2
    if len(following) < 2 or not (
        (counts and not modifies) or (family == "money" and following.endswith(_MONEY_NOUNS))
    ):
        return ""
    if following in _GENERIC_HEADS:  # 扩大到11个省份; 11家企业入选…百强; 孵化器和创新园2个项目开工
        said = _predicate(text, at.end) or following
        if len(subject) >= 2 and not at.own.endswith("等") and not _VERBS_IN_NAME.search(subject[-2:]):
            return _shorten(subject + said, NAME_MAX + 4)
        return said
    return following[:NAME_MAX]


def _said_again(name: str, subject: str) -> str:
    """The previous figure's `name` for a figure of its sentence whose subject is not said, is only a
    measure of it, or is it said again shorter (增长6.6%，总量突破90万亿元; 赤字1800亿元，比去年预算赤字
    减少650亿元); empty when the figure has a subject of its own."""
    bare = len(subject) < 2 or subject in _MEASURE_NOUNS or subject in _NOT_SUBJECTS
    again = name.endswith(subject) or (len(subject) == 2 and subject in name)
    if not (bare or again):
        return ""
    measure = subject if subject in _MEASURE_NOUNS and subject not in name else ""
    return _shorten(name + measure)  # 项目11个，总投资…: the investment of those projects


def _topic(edges: Edges, clause: int, previous: Sequence[Figure]) -> str:
    """The subject a sentence states in a clause of its own before the figure's clause:
    全社会研究与实验发展经费，从2002年1288亿元增加到…"""
    if clause <= 0 or edges.sentence_start(clause) == clause:
        return ""
    start = edges.clause_start(clause - 1)
    if (previous and previous[-1].end > start) or clause - 1 - start > 2 * NAME_MAX:
        return ""  # a clause with a figure, or too long to be a subject stated alone
    return _shorten(_subject(edges.text[start : clause - 1]))


def _subject(before: str, whole_list: bool = True) -> str:
    """The measured subject in the words before a figure: 国内生产总值增长 → 国内生产总值; a bare
    measure noun keeps the words before it (经营主体总量, 用于科技的投入); two nouns joined by 和, 与 or
    及 stay joined (科技研发和服务机构), and so does a list (、) that one figure measures as a whole
    (战略性新兴产业、高新技术产业占GDP比重)."""
    words = strip_times(_ASIDE.sub("", COMPARISON.sub("", _PROCESS.sub("", before)))).strip()
    words = _MULTIPLE_OF.sub("", words)  # 市场主体…、是十年前的3倍: a multiple of the subject before
    words = _TRAILING_VERBS.sub("", _RUNNING_TOTAL.sub("", words))
    words = _object_of_actor(words)
    parts = _NAME_CUT_KEPT.split(words)  # piece, separator, piece, …
    pieces: list[tuple[str, str]] = []  # (piece, the separator before it)
    for i in range(0, len(parts), 2):
        piece = _LEADING_WORDS.sub("", _TRAILING_VERBS.sub("", parts[i])).strip(" “”\"'")
        pieces.append((piece, parts[i - 1] if i else ""))
    pieces = [(p, sep) for p, sep in pieces if len(p) >= 2]
    if not pieces:
        return ""
    last, sep = pieces[-1]
    if last in _MEASURE_NOUNS + _MONEY_NOUNS and len(pieces) > 1 and sep in "的等":
        # 用于“两个确保”和“低保”的资金, 社会救助、优抚安置、低保等资金: what the money is for, whole
        start = len(pieces) - 2
        while start > 0 and pieces[start][1] in ("、", *_COORDINATION):
            start -= 1
        said = "".join((s if k > start else "") + p for k, (p, s) in enumerate(pieces[start:-1], start))
        if len(said) + 1 + len(last) <= NAME_MAX:
            return f"{said}{sep}{last}"
    if last in _MEASURE_NOUNS and len(pieces) > 1:
        return pieces[-2][0] + ("的" if sep == "的" else "") + last
    if sep in ("实现", "完成") and len(pieces) > 1 and last in _REALISED:
        return pieces[-2][0] + last  # 工业企业实现利润2202亿元: the profit of the industrial enterprises
    if sep in _COORDINATION and len(pieces) > 1:
        start = len(pieces) - 2  # 自主创新、结构调整、节能减排和生态建设: a list that ends with 和
        while whole_list and start > 0 and pieces[start][1] == "、":
            start -= 1
        first = "、".join(p for p, _ in pieces[start:-1])
        if not _VERBS_IN_NAME.search(first) and len(first) + len(sep) + len(last) <= NAME_MAX:
            return f"{first}{sep}{last}"
        first = pieces[-2][0]
        if not _VERBS_IN_NAME.search(first) and len(first) + len(sep) + len(last) <= NAME_MAX:
            return f"{first}{sep}{last}"
    listed = len(pieces) - 1
    while listed > 0 and pieces[listed][1] == "、":
        listed -= 1
    whole = "、".join(p for p, _ in pieces[listed:])
    return whole if whole_list and listed < len(pieces) - 1 and len(whole) <= NAME_MAX else last


def _object_of_actor(words: str) -> str:
    """What follows the last verb that stands between an actor and its object, when a noun of three or
    more characters does (浙江省投入财政帮扶资金 → 财政帮扶资金; 研发投入强度 stays whole)."""
    for verb in reversed(list(_ACTOR_VERBS.finditer(words))):
        if verb.start() >= 2 and len(words) - verb.end() >= 3:
            return words[verb.end() :]
    return words


def _shared_modifier(named: str, word: str) -> str:
    """A short word that replaces the like word at the end of a name printed just before it, and so
    shares its modifier: 群众生态文明建设知晓度 then 认同度 → 群众生态文明建设认同度; 万元GDP能耗、水耗 →
    万元GDP水耗."""
    if not 2 <= len(word) <= 3 or len(named) <= len(word) or word in _MEASURE_NOUNS:
        return ""
    tail = named[-len(word) :]
    if tail == word or tail[-1] != word[-1] or word[-1] not in _MEASURE_ENDINGS or not is_cjk(word[0]):
        return ""
    return _shorten(named[: -len(word)] + word)


def strip_times(words: str) -> str:
    """Words less their times, and what a time ends with (2019年以来, 2020年底); 来邮投诉 keeps its 来."""
    for p in reversed(time_expressions(words, 2000, [])):
        words = words[: p.start] + _TIME_TAIL.sub("", words[p.end :])
    words = re.sub(r"[两二三四五六七八九十]年(?:来|间|内|多来)?|年均(?!值)|[０-９]{4}年", "", words)
    return re.sub(r"^(?:以来|底|末|期间|时期)", "", words)


def _following(text: str, end: int) -> str:
    """The noun printed right after a figure, up to its clause's verb; X和Y stays whole (1023项供需对接和
    投融资项目) unless a count or a verb follows 和 (5个园区和3个基地, 产业园和引进企业)."""
    window = _UNIT_ASIDE.sub("", text[end : end + NAME_MAX + 4], count=1)
    place = _PLACES_ASIDE.match(window)
    if place:
        return place.group()  # 28个省（区、市）, 2300个县（市）: the bracket is part of the noun
    window = _SHORT_ASIDE.sub("", window)  # 12所师范（教师教育）院校
    examples = _EXAMPLES.match(window)
    if examples:  # 超20000名视力、听力、肢体、智力等残疾儿童: the list and its head
        head = _FOLLOWING_STOP.search(window, examples.end())
        ends = min(head.start() if head else len(window), examples.end() + 6)  # 等残疾儿童, 等棚户区居民
        return window[:ends].split("的")[0].translate(_QUOTES)
    stop = _FOLLOWING_STOP.search(window)
    phrase = window[: stop.start()] if stop else window
    counted = stop is not None and window[stop.start()].isdigit()  # 专项资助和市科协配套100万元: another's
    if counted and phrase.find("的") > 0:  # 35个国家和地区的近100支船队: 的 ends it
        phrase, counted = phrase[: phrase.rfind("的")], False
    for joint in re.finditer("[和及与]", phrase):
        rest = window[joint.end() :]
        if counted or not is_cjk(rest[0]) or _VERBS_IN_NAME.match(rest) or _FOLLOWING_STOP.match(rest):
            phrase = phrase[: joint.start()]
            break
    if stop is not None and window[stop.start()] in "，。；" and len(phrase) > 3:
        phrase = phrase.removesuffix("中")  # 104种工业产品中，
    phrase = phrase.lstrip("的“").strip().translate(_QUOTES)
    return phrase if phrase[:1] and "\u4e00" <= phrase[0] <= "\u9fff" else ""


def _predicate(text: str, end: int) -> str:
    """A generic counted noun with the rest of its clause: 企业入选全球人形机器人上市公司百强; not when the
    clause goes on to another figure (281家次企业发放贷款6.05亿元)."""
    window = text[end : end + NAME_MAX + 4]
    stop = re.search(r"[\d０-９、，。；：！？,;:]", window)
    if stop is None or window[stop.start()].isdigit():
        return ""
    phrase = window[: stop.start()].strip().translate(_QUOTES)
    return phrase if len(phrase) > 2 and is_cjk(phrase[0]) else ""


def _shorten(name: str, limit: int = NAME_MAX) -> str:
    name = name.translate(_QUOTES).strip(" （）()《》、")  # “五化”整治示范村: quotes mark, they do not name
    return name if len(name) <= limit else name[-limit:]


def lists(text: str, figures: Sequence[Figure], edges: Edges) -> Iterator[tuple[int, int, list[int]]]:
    """Each 分别 list: the start of its clause, where 分别 is, and the indexes of its figures."""
    words = _places_of("分别", text)
    i = 0
    while i < len(figures):
        clause = edges.clause_start(figures[i].start)
        word = _last_before(words, clause, figures[i].start)
        if word < 0:
            i += 1
            continue
        group = [i]
        while group[-1] + 1 < len(figures) and edges.clause_start(figures[group[-1] + 1].start) == clause:
            group.append(group[-1] + 1)
        yield clause, word, group
        i = group[-1] + 1


def named_lists(text: str, figures: list[Figure], edges: Edges) -> list[Figure]:
    """分别 lists: 抢劫、盗窃、抢夺案件分别下降19.4%、31.2%、14.5% gives each value its own subject, with
    the words the list prints once (抢劫案件); with no subject in its clause, 分别 takes the names of
    the figures just before it (旅游总收入48.8亿元、旅游人数1039.4万人，分别增长9.3%、3.9%)."""
    result = list(figures)
    for clause, word, group in lists(text, figures, edges):
        first = group[0]
        said = strip_times(COMPARISON.sub("", text[clause:word]))
        if not _LEADING_WORDS.sub("", said.strip()) and len(group) > 1:
            before = range(first - len(group), first)
            here = result[first].start
            if before.start >= 0 and all(edges.same_sentence(result[k].end, here) for k in before):
                for j, k in zip(group, before, strict=True):
                    result[j] = dataclasses.replace(result[j], name=result[k].name)
                continue
            opening = text[edges.clause_start(clause - 1) : clause - 1] if clause > 0 else ""
            if clause > 0 and edges.same_sentence(clause - 1, clause) and not re.search(r"\d", opening):
                # 化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降3.14%和4.66%
                said = _PREDICATE_AFTER.sub("", opening)
        # 、 separates the items; 和 only where the 、 do not give one a value (化学需氧量和二氧化硫)
        subjects = [s for s in (_list_item(s) for s in said.split("、")) if s]
        if len(subjects) != len(group):
            subjects = [s for s in (_list_item(s) for s in re.split(r"[、和及与]", said)) if s]
        if len(subjects) == len(group) > 1:
            for j, name in zip(group, _distributed(subjects), strict=True):
                result[j] = dataclasses.replace(result[j], name=_shorten(name))
    return result


def _distributed(items: list[str]) -> list[str]:
    """Words a list prints once, given to each item: the head after the last (刑事治安、涉诈、涉毒警情 →
    刑事治安警情; 广州、深圳地铁线网单日最高客运量 → 广州地铁线网单日最高客运量), the modifier before the
    first (万元GDP能耗、水耗 → 万元GDP水耗), the rest of a word one item starts (中、高等职业教育 →
    中等职业教育)."""
    last = items[-1]
    examples = _EXAMPLES_OF.search(last)
    if examples and len(last) - examples.end() >= 2:  # 绿色低碳、海洋、高端装备等战新产业增加值
        kind = last[examples.end() :]
        items = [*items[:-1], last[: examples.start()] + kind]
        return [item if item.endswith(kind) else item + kind for item in items]
    head = next((h for h in _LIST_HEADS if last.endswith(h) and len(last) > len(h)), "")
    if any(item.endswith(_LIST_HEADS) or item[-1] in "度率耗" for item in items[:-1]):
        head = ""  # 社会消费品零售总额、固定资产投资; 用水量、能耗、二氧化碳排放量: each is a name already
    short = len(items[-2])
    if head and short <= 3 and all(len(item) == short for item in items[:-1]):
        after = last[short:]  # 广州、深圳地铁线网单日最高客运量: a place, and what it is of
        head = after if after.endswith(head) and len(after) >= len(head) + 2 else head
    items = [i + items[k + 1][1:] if len(i) == 1 and k + 1 < len(items) else i for k, i in enumerate(items)]
    first = items[0]
    per = _PER_UNIT.match(first)  # 单位国内生产总值用水量、能耗 → 单位国内生产总值能耗
    items = [first] + [i if not per or _PER_UNIT.match(i) else per.group() + i for i in items[1:]]
    result = [first + head if head and not first.endswith(head) else first]
    for item in items[1:]:
        if head and not item.endswith(head):
            result.append(item + head)
        else:
            result.append(_shared_modifier(first, item) or item)
    return result


def _list_item(words: str) -> str:
    """One item of a 分别 list as a name: no leading or trailing verbs, nor what it is a share of
    (高技术制造业增加值占规模以上工业增加值比重 → 高技术制造业增加值)."""
    share = _SHARE_VERB.search(words)
    if share:
        words = words[: share.start()]
    return _LEADING_WORDS.sub("", _TRAILING_VERBS.sub("", words.strip()))


# 均 (or 都) and at most a verb right before a figure (均为, 均下降): each subject listed before it has
# that value.
_SHARED = re.compile(r"(?<![年人平户首成京])[均都][^\d０-９，。；、和与及]{0,4}(?=[\d０-９])")


def shared_values(text: str, figures: list[Figure], edges: Edges) -> list[Figure]:
    """One value that several listed subjects share is a figure of each: 广义货币M2和社会融资规模余额预期
    增长均为12%左右, and a 分别 list with one value (万元GDP能耗、水耗分别下降3%)."""
    result = list(figures)
    words = _places_of("分别", text)
    i = 0
    while i < len(result):
        clause = edges.clause_start(result[i].start)
        word = _last_before(words, clause, result[i].start)
        if word < 0:  # 均 and at most a verb end right before the figure: a few characters back
            shared = _SHARED.search(text, max(clause, result[i].start - 8), result[i].start + 1)
            if shared is not None and shared.end() == result[i].start:
                each = each_subject(text[clause : shared.start()])
                if len(each) > 1:
                    result[i : i + 1] = [dataclasses.replace(result[i], name=name) for name in each]
                    i += len(each) - 1
            i += 1
            continue
        group = 1
        while i + group < len(result) and edges.clause_start(result[i + group].start) == clause:
            group += 1
        if group == 1 and len(each := each_subject(text[clause:word])) > 1:
            result[i : i + 1] = [dataclasses.replace(result[i], name=name) for name in each]
            i += len(each)
            continue
        i += group
    return result


def each_subject(words: str) -> list[str]:
    """The subjects a list names before a shared figure (万元GDP能耗、水耗 → 万元GDP能耗, 水耗), each
    cleaned as a figure's subject is; fewer than two where the words are no list of subjects."""
    pieces = re.split(r"[、和及与]", strip_times(words))
    names = [_shorten(_subject(piece)) for piece in pieces]
    if len(names) < 2 or any(len(n) < 2 for n in names):
        return []
    # Only a list that names a standard indicator is split: 科技研发和服务机构均达到30家 shares its head
    # noun, and keeps the name a figure's subject rule gives it.
    return names if any(standard_indicator(n) for n in names) else []


def _places_of(word: str, text: str) -> list[int]:
    """Where `word` stands in the text, found once: looking back from each figure to its clause's start
    took seconds for a thousand figures in a clause of a million characters."""
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _last_before(places: list[int], start: int, end: int) -> int:
    """As text.rfind(word, start, end) over `places` (a word of two characters): -1 if none."""
    k = bisect.bisect_right(places, end - 2) - 1
    return places[k] if k >= 0 and places[k] >= start else -1
