"""Find the figures of a report: a grammar of number, magnitude, unit, range and approximation, then
the clause around each figure for its subject, qualifier, kind and period.

Works on a node's normalised text, in one pass over it: clause and sentence edges are found once and
looked up by bisection, and every look back from a figure is bounded, so hostile text (one clause of
thousands of figures, a paragraph with no punctuation) parses in linear time.
Ordinals (第七个), dates, years, model names (5G), formulae (1+3), numbers in 《》 and slogans (“两个确立”)
are not figures.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from dataclasses import dataclass
from typing import NamedTuple

from zoneview.ingest.model import Figure
from zoneview.ingest.normalize import is_cjk
from zoneview.ingest.numbers import ARABIC, CHINESE, parse_number
from zoneview.ingest.periods import Period, SectionTime, time_expressions
from zoneview.ingest.targets import target_passages
from zoneview.ingest.units import (
    CN_NUMERAL_UNITS,
    CURRENCY_PREFIXES,
    MAGNITUDE_PATTERN,
    TRADITIONAL,
    UNIT_FAMILY,
    UNIT_SPELLINGS,
    canonical_unit,
    magnitude_factor,
)

_AR = ARABIC
_CN = CHINESE
_UNIT = "|".join(re.escape(u) for u in UNIT_SPELLINGS)
_MAG = MAGNITUDE_PATTERN
_CURRENCY = "|".join(re.escape(c) for c in CURRENCY_PREFIXES)
_SPACE = r"[ \u00a0]?"  # 1200 亿元: one space may stand between a number and its unit
_MORE = "余|餘|多|几|幾"  # 五百多个, 二百三十余万, 十几万: at least the number printed
FIGURE = re.compile(
    rf"(?P<frac>百分之|千分之|十[万萬]分之|[万萬]分之)(?P<pct>{_CN}|{_AR})"
    rf"|(?P<den>[二三四五六七八九十])分之(?P<part>[一二三四五六七八九])(?![十百千万])"
    rf"|(?:(?P<cur>{_CURRENCY}){_SPACE})?(?P<num>{_AR}|{_CN}|半(?=成|个月|小时))"
    rf"(?:(?P<rmag>{_MAG})?(?P<range>[%％]?[-—–~～〜－至到])(?P<num2>{_AR}|{_CN}))?"
    rf"(?P<mid>{_MORE})?(?:{_SPACE}(?P<mag>(?:{_MAG}){{1,2}}))?(?:(?P<mid2>{_MORE})(?P<mag2>{_MAG})?)?"
    rf"(?:{_SPACE}(?P<unit>{_UNIT}|[%％])"
    # 一吨半, 三成半; 三个半月, 一个半小时; 七成六 (7.6成); 五元三毛 (5.3元)
    rf"(?:(?P<half>半)(?![径岛导年月日天夜数价场程山边壁途身封自决球票成小个])"
    rf"|(?<=个)半(?P<half_of>个?月|小时)"
    rf"|(?<=成)(?P<tenth>[一二三四五六七八九])(?![零〇一二两三四五六七八九十百千万亿个])"
    rf"|(?<=元)(?P<jiao>[0-9一二三四五六七八九])[毛角](?:(?P<fen>[0-9一二三四五六七八九])分)?)?)?"
)
# 两三个, 三五年, 七八千: two neighbouring digits say a range
_NEIGHBOURS = re.compile("(一两|两三|三四|四五|五六|六七|七八|八九|三五)([十百千]?)")
_DIGIT_BY_DIGIT = re.compile("[一二两三四五六七八九][〇零一二两三四五六七八九]")  # not 一百零五
_NAMED_BY_NUMBER = re.compile("规定|(?:基本)?原则|基本准则")
_MAGNITUDE_CHARS = frozenset("万萬亿億")
_CN_NUMERAL_CHARS = frozenset("零〇一二两兩三四五六七八九十百千万萬亿億")
_BEFORE_SIGN = frozenset("为是至到长现率速幅值化的于了和、")
_FRACTIONS = {
    "百分之": "%",
    "千分之": "‰",
    "万分之": "‱",
    "萬分之": "‱",
    "十万分之": "1/10万",
    "十萬分之": "1/10万",
}
_PRE_APPROX = (
    "不低于",
    "不少于",
    "不超过",
    "将近",
    "接近",
    "超过",
    "突破",
    "不到",
    "不足",
    "大于",
    "近",
    "约",
    "逾",
    "超",
)
_POST_APPROX = ("左右", "上下", "以上", "以内", "以下")
# word as printed -> qualifier: a running total, an addition, a ceiling
_QUALIFIERS: tuple[tuple[str, str], ...] = tuple(
    (word, qualifier)
    for qualifier, words in (("累计", "累计 共计 总计 合计"), ("新增", "新增"), ("最高", "最高 最多"))
    for word in words.split()
)
_TARGET_WORDS = re.compile(r"预期(?!寿命)|力争|确保|拟(?!定)|目标(?:是|为|：)")
SENTENCE_LEAD_SLACK = 2  # characters a sentence's opening time may stand after its start (在…, ——)
TARGET_LOOK_AHEAD = 30  # characters of its clause after a figure searched for the 目标 it names
_SHARE_WORDS = re.compile(r"占|比重|份额")
_CHANGE_VERB = re.compile(
    r"(?:(?:增长|下降|提高|降低|减少|增加|上涨|上升|回落|下滑|扩大|缩小|收窄|增产|减产|(?<!新)增|降|涨|翻)了?"
    r"|(?:增速|增幅|涨幅|降幅|增长率)(?:为|达|达到|保持在)?)(?:约|近|超过|超)?$"
)
_SHARE_OF = re.compile(r"占(?P<scope>全[市省国区县球])")
_CLAUSE_BREAKS = frozenset("，。；！？：,;!?\n")
_SENTENCE_BREAKS = frozenset("。！？!?\n")
_COMPARISON = re.compile(
    r"(?:同比|环比|比上年|比去年|较上年|较去年|比(?:19|20)\d\d年|较(?:19|20)\d\d年)(?:同期)?"
)
_TRAILING_VERBS = re.compile(
    r"(?:分别|共计|累计|总计|合计|新增|实现|完成|达到|达|为|增至|降至|降到|"
    r"(?:增长|下降|提高|提升|上升|降低|增加|减少|扩大|缩小|上涨|增产|减产)(?:到|至)?|回落|突破|超过|超|近|约|占|"
    r"保持在|保持|控制在|稳定在|设定为|设定在|定为|确定为|跨上|跨过|迈上|跃上|站上|可达到|可达|可|最高|最多|"
    r"在|是|有|拥有|已|了|就|均)+$"
)
_LEADING_WORDS = re.compile(
    r"^(?:其中|全年|共|累计|共计|新增|已|并|还|同时|此外|另外|实现|完成|力争|预期|确保|目标|全区|全市|全省|"
    r"安排|争取|引进|推动|组织|开展|举办|培育|新设|新签|签约|获得|获)+"
)
_ASIDE = re.compile(r"[（(][^（）()]*[）)]|[（(]|[由从][^，。由从]{0,12}的")
# Words that name a measure but not what it measures: 总量达2037.7万户 is the total of the subject before.
_MEASURE_NOUNS = (
    "总量", "总额", "规模", "比率", "比重", "余额", "数量", "总数", "产量", "产值", "投资", "支出", "收入",
    "总投资", "投资额", "增幅", "增速"
)  # fmt: skip
# Where a subject's words start; 及, 与, 和 inside a word (普及率, 参与, 和谐) do not cut it.
_NAME_CUT = re.compile(r"[、等的]|(?<![普涉以])及(?!时)|(?<![参给])与|和(?!谐)|实现|完成")
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
_FOLLOWING_STOP = re.compile(
    r"[\d０-９、和及与等，。；：！？,;:（(]|实现|获得|完成|落地|发放|签订|入选|获评|开展|参加|参与|纳入|通过|成为"
)
_CLASSIFIER_FAMILIES = ("count", "people")
# Words left before a figure that are no subject: adverbs, and verbs whose object follows the figure
# (新建10公里绿道).
_NOT_SUBJECTS = (
    "年均", "同比", "分别", "均", "各", "先后", "总计", "新建", "建成", "落户", "圆满", "引进", "实施",
    "严守", "守住", "坚守"
)  # fmt: skip
_MONEY_NOUNS = ("资金", "基金", "资助", "补贴", "补助", "奖励", "贷款", "经费", "债券", "专项债")
_NOT_AFTER_PEOPLE = ("民", "口", "才", "均", "工")
LOOK_BACK = 40  # characters a figure's clause is searched back for its subject, qualifier and kind
NAME_MAX = 16


@dataclass(frozen=True)
class Context:
    """What the section around a text says: its period and whether it plans; the report's year and
    the last year its review covers (a paragraph that opens with a later time plans)."""

    section: SectionTime = dataclasses.field(default_factory=lambda: SectionTime(None, False))
    report_year: int | None = None
    review_year: int | None = None


def find_figures(text: str, context: Context | None = None) -> list[Figure]:
    """Every figure in `text`, in order. A share of a total (占全市11.6%) is a figure of its own and
    is also noted on the figure it is a share of."""
    context = context or Context()
    scan = _Scan(text, context)
    figures: list[Figure] = []
    for m in FIGURE.finditer(text):
        figure = scan.figure(m, figures)
        if figure is None:
            continue
        if figure.kind == "share" and figures and figures[-1].share_of_total_pct is None:
            share = _SHARE_OF.search(text, max(0, figure.start - 12), figure.start)
            if share and scan.same_sentence(figures[-1].end, figure.start):
                scope = share.group("scope")
                figures[-1] = dataclasses.replace(
                    figures[-1],
                    share_of_total_pct=figure.value,
                    share_of=scope,
                    share_of_city_pct=figure.value if scope == "全市" else None,
                )
        figures.append(figure)
    return _named_lists(text, _shared_units(text, figures), scan)


def _shared_units(text: str, figures: list[Figure]) -> list[Figure]:
    """1409万、1305万人次: a list prints the unit once, after its last value."""
    result = list(figures)
    for i in range(len(result) - 2, -1, -1):
        here, after = result[i], result[i + 1]
        if here.base_unit or text[here.end : after.start] != "、" or not after.base_unit:
            continue
        if after.unit == here.unit + after.base_unit:
            result[i] = dataclasses.replace(here, unit=after.unit, base_unit=after.base_unit)
    return result


class _Scan:
    """One node's text with its clause, sentence and quote edges, found once."""

    def __init__(self, text: str, context: Context) -> None:
        self.text = text
        self.context = context
        self.clause_breaks = [i for i, ch in enumerate(text) if ch in _CLAUSE_BREAKS]
        self.sentence_breaks = [i for i, ch in enumerate(text) if ch in _SENTENCE_BREAKS]
        self.paragraph_breaks = [i for i, ch in enumerate(text) if ch == "\n"]
        self.titles = [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]{0,200}》", text)]
        self.quotes = [(m.start(), m.end()) for m in re.finditer(r"“[^“”\n]{0,60}”", text)]
        self.times = time_expressions(
            text, context.report_year, self.titles, _year_of(context.section.period)
        )
        self.time_starts = [p.start for p in self.times]
        self.paragraph_times = self._paragraph_times()
        self.target_passages = target_passages(text)  # every figure in one is a target
        # (sentence start, time) for each sentence that opens with a time and a comma (过去一年，…)
        self.sentence_leads = sorted(
            (start, p.label)
            for p in self.times
            if p.start - (start := self.sentence_start(p.start)) <= SENTENCE_LEAD_SLACK
            and text[p.end : p.end + 1] in "，,"
        )

    def _paragraph_times(self) -> dict[int, str]:
        """A time in a paragraph's first clause (五年来，…) is the period of the whole paragraph; a
        span (四年多来，…) also of the paragraphs after it, until another paragraph opens with a time."""
        leads: dict[int, str] = {}
        for p in self.times:
            para = self.paragraph_start(p.start)
            if para not in leads and self.clause_start(p.start) == para:
                leads[para] = p.label
        self.span_leads = sorted((para, label) for para, label in leads.items())
        return leads

    def _lead(self, pos: int) -> str | None:
        para = self.paragraph_start(pos)
        own = self.paragraph_times.get(para)
        if own is not None:
            return own
        i = bisect.bisect_right(self.span_leads, (para, "")) - 1
        if i >= 0 and "-" in self.span_leads[i][1]:
            return self.span_leads[i][1]
        return None

    def clause_start(self, pos: int) -> int:
        i = bisect.bisect_left(self.clause_breaks, pos)
        return self.clause_breaks[i - 1] + 1 if i else 0

    def clause_end(self, pos: int) -> int:
        i = bisect.bisect_left(self.clause_breaks, pos)
        return self.clause_breaks[i] if i < len(self.clause_breaks) else len(self.text)

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_left(self.sentence_breaks, pos)
        return self.sentence_breaks[i - 1] + 1 if i else 0

    def paragraph_start(self, pos: int) -> int:
        i = bisect.bisect_left(self.paragraph_breaks, pos)
        return self.paragraph_breaks[i - 1] + 1 if i else 0

    def same_sentence(self, a: int, b: int) -> bool:
        return bisect.bisect_left(self.sentence_breaks, a) == bisect.bisect_left(self.sentence_breaks, b)

    def inside(self, spans: list[tuple[int, int]], pos: int) -> bool:
        i = bisect.bisect_right(spans, (pos, len(self.text) + 1)) - 1
        return i >= 0 and spans[i][0] < pos < spans[i][1]

    def figure(self, m: re.Match[str], previous: list[Figure]) -> Figure | None:
        text = self.text
        parsed = _parse(m)
        if parsed is None or self._not_a_figure(m):
            return None
        value, value_high, unit, base_unit, factor, end = parsed
        start = m.start()
        approx = _approx_before(text, start)
        after = _approx_after(text, end)
        approx_word = approx or m.group("mid") or m.group("mid2") or after
        if approx:
            start -= len(approx)
        if after:
            end += len(after)
        if text.startswith("上", m.start() - 1) and m.group("num") in ("千", "百", "万"):
            approx_word, start = "上" + m.group("num"), m.start() - 1
        if start > 0 and (
            (start == m.start() and _negative_word(text, start))
            or (text[start - 1] in "-－−" and (start < 2 or not text[start - 2].isdigit()))
        ):  # 负3.9%, -3亿元; 下降3% keeps its word and a positive value
            value, value_high = -value, (-value_high if value_high is not None else None)
            start -= 1
        clause = self.clause_start(m.start())
        prev_end = previous[-1].end if previous and previous[-1].end > clause else clause
        before = text[max(clause, m.start() - LOOK_BACK) : m.start()]
        own = text[max(prev_end, m.start() - LOOK_BACK) : start]
        qualifier = _qualifier(before[before.rfind("、") + 1 :])  # 新增就业1361万人、失业率5%
        last = previous[-1] if previous and previous[-1].end > clause else None
        shares_verb = last is not None and not own.strip("、和及与 ")  # 分别增长4.4%、5.6%
        kind = last.kind if last is not None and shares_verb else self._kind(before, own, unit, m.start())
        if _recalled_target(text, end):
            kind = "target"  # …能耗降低4%左右、…减少2%的目标: a target recalled, never an outcome
        return Figure(
            name=self._name(m, own, previous, clause, unit, base_unit, end),
            value=value,
            unit=unit,
            base_value=_scaled(value, factor),
            base_unit=base_unit,
            period=self._period(m.start(), clause, "累计" in before, previous[-1].end if previous else -1),
            qualifier=qualifier,
            approximate=approx_word is not None,
            share_of_city_pct=None,
            start=start,
            end=end,
            kind=kind,
            value_high=value_high,
            base_value_high=_scaled(value_high, factor) if value_high is not None else None,
            approx_word=approx_word,
        )

    def _not_a_figure(self, m: re.Match[str]) -> bool:
        text, start, end = self.text, m.start(), m.end()
        before = text[start - 2 if text[start - 1 : start] == " " else start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if before and (
            before in "第+.．/／#№" or before.isdigit() or (before.isascii() and before.isalpha())
        ):
            return True
        if after and (after in "+＋" or (after.isascii() and after.isalnum())):
            return True
        if (after in _MAGNITUDE_CHARS and not m.group("unit")) or (
            before in _MAGNITUDE_CHARS and text[start - 2 : start - 1].isdigit()
        ):
            return True  # 1亿3千多万: one number printed in pieces, not read here
        if self.inside(self.titles, start):
            return True
        num = m.group("num")
        if num and not _arabic(num):
            before = before or "。"  # the text's start is no character of a word
            if self.inside(self.quotes, start) or before in "每数几" or after in _CN_NUMERAL_CHARS:
                return True  # 五位一体, 两个一百年: a slogan, not a count
            if num == "半" and before in "个一二两三四五六七八九十上下前后大多过":
                return True  # 一个半小时 is not half an hour; 上半, 大半 are words
            if _NAMED_BY_NUMBER.match(text, end) or text.startswith("位数", end - 1):
                return True  # 八项规定, 五项原则, 两位数增长: names, not counts
            if _DIGIT_BY_DIGIT.search(num) and not _NEIGHBOURS.fullmatch(num):
                return True  # 一二三次产业, 二〇二〇: digits read one by one name things and years
            unit = canonical_unit(m.group("unit") or "")
            family = UNIT_FAMILY.get(unit, "count")
            amount = family == "money" or unit == "成" or (num == "十" and family not in _CLASSIFIER_FAMILIES)
            if num in ("千", "百", "十", "万") and not (
                m.group("mid") or before in "上近超逾约" or (amount and after != "级")
            ):
                return True  # 千人学位数, 千亩方, 百倍努力: names; 十美元, 十天, 千亿元以上 are amounts
        return self.inside(self.quotes, start) and text[start - 1] == "“" and text[end : end + 1] == "”"

    def _kind(self, before: str, own: str, unit: str, pos: int) -> str:
        if self._plans(pos) or _TARGET_WORDS.search(before) or self.inside(self.target_passages, pos):
            return "target"
        if _SHARE_WORDS.search(own):
            return "share"
        if _CHANGE_VERB.search(_COMPARISON.sub("", own)) or unit == "个百分点":
            return "change"
        if unit in ("%", "‰", "‱"):
            return "rate"
        return "level"

    def _period(self, pos: int, clause: int, running: bool, previous_end: int) -> str | None:
        """The clause's time, else the sentence's, else the paragraph's, else the section's; a running
        total (累计…) takes only a time of its own clause or a span its paragraph states."""
        i = bisect.bisect_left(self.time_starts, pos) - 1
        if i >= 0 and self.times[i].end <= pos:
            p = self.times[i]
            if self._from_value(p) and previous_end > p.end:
                pass  # 由2012年的72.2%下降到60.7%: the year dates the first value only
            elif p.start >= clause or (not running and p.start >= self.sentence_start(pos)):
                return p.label
        opening = self._sentence_lead(pos)
        if opening is not None and not running:
            return (
                opening  # 过去一年，我们…。国内生产总值增长10.3%: the last sentence that opened with a time
            )
        lead = self._lead(pos)
        if running:
            return lead
        return lead or self.context.section.period

    def _sentence_lead(self, pos: int) -> str | None:
        """The time that opens the latest earlier sentence of the paragraph that opens with one, when it
        is not the paragraph's own opening time (which _lead gives)."""
        para = self.paragraph_start(pos)
        i = bisect.bisect_left(self.sentence_leads, (pos, "")) - 1
        if i >= 0 and self.sentence_leads[i][0] > para:
            return self.sentence_leads[i][1]
        return None

    def _plans(self, pos: int) -> bool:
        """A paragraph that opens with a time after the review (“十四五”时期…, 今年…) plans, one that
        opens with the reviewed time reports; otherwise the section says."""
        lead = self._lead(pos)
        review = self.context.review_year
        if lead and lead[:4].isdigit() and review is not None:
            return int(lead[:4]) > review
        return self.context.section.plan

    def _from_value(self, p: Period) -> bool:
        return p.start > 0 and self.text[p.start - 1] in "由从" and self.text.startswith("的", p.end)

    def _name(
        self, m: re.Match[str], own: str, previous: list[Figure], clause: int, unit: str, base: str, end: int
    ) -> str:
        """The noun a classifier counts (5个合作中心), else the subject before it (地区生产总值达…)."""
        family = UNIT_FAMILY.get(base, "")
        following = _following(self.text, end)
        if following.startswith(_THRESHOLD_NOUNS):
            following = ""
        counts = (family in _CLASSIFIER_FAMILIES and unit == base) or not base
        if len(following) >= 2 and (counts or (family == "money" and following.endswith(_MONEY_NOUNS))):
            return following[:NAME_MAX]  # the noun it counts comes first: 16所高职学校入选…
        # 无人机产量占全国9成: the subject stands before 占, not the whole it is a share of
        subject = _subject(own[: own.rfind("占")].removesuffix("所") if "占" in own else own)
        last = previous[-1] if previous else None
        bare = len(subject) < 2 or subject in _MEASURE_NOUNS or subject in _NOT_SUBJECTS
        if last and self.same_sentence(last.end, m.start()) and bare:
            # 增长6.6%，总量突破90万亿元: the total of the same subject; 项目11个，总投资… its investment
            measure = subject if subject in _MEASURE_NOUNS and subject not in last.name else ""
            return _shorten(last.name + measure)
        if len(subject) >= 2 and subject not in _NOT_SUBJECTS:
            return _shorten(subject)
        if len(following) >= 2:
            return following[:NAME_MAX]  # 完成27.6万平方米生态修复任务
        return _shorten(_subject(self.text[max(clause, m.start() - LOOK_BACK) : m.start()])) or "数值"


def _recalled_target(text: str, end: int) -> bool:
    """Whether the figure's clause goes on to call it a target (降低4%左右、减少2%的目标没有实现)."""
    ahead = text[end : end + TARGET_LOOK_AHEAD]
    for stop in "，。；！？,;\n":
        ahead = ahead.split(stop, 1)[0]
    return "目标" in ahead


class _Number(NamedTuple):
    value: float
    high: float | None
    unit: str  # magnitude and unit, in the lexicon's spelling
    base_unit: str
    factor: float  # from the unit to the base unit
    end: int  # where the printed number ends: a unit or a tail not read (14亿人口, 两倍多) stays outside


def _parse(m: re.Match[str]) -> _Number | None:
    if m.group("den"):  # 三分之一: a share of a whole, in per cent like 百分之…
        part, whole = parse_number(m.group("part")), parse_number(m.group("den"))
        if part is None or whole is None or part >= whole:
            return None
        return _Number(round(100 * part / whole, 6), None, "%", "%", 1.0, m.end())
    if m.group("frac"):
        value = parse_number(m.group("pct"))
        unit = _FRACTIONS[m.group("frac")]
        return _Number(value, None, unit, unit, 1.0, m.end()) if value is not None else None
    text, mag = m.string, (m.group("mag") or "") + (m.group("mag2") or "")  # 4万多亿元: over 4万亿元
    unit = canonical_unit(m.group("unit")) if m.group("unit") else ""
    end = m.end("unit") if m.group("unit") else m.end()
    if unit == "人" and text[end : end + 1] in _NOT_AFTER_PEOPLE:
        unit, end = "", m.start("unit")  # 14亿人口: the magnitude is printed, the unit is not
    currency = CURRENCY_PREFIXES.get(m.group("cur") or "")
    if currency and unit in ("", "元"):
        unit = currency  # ￥300, 人民币 8千, 港幣200億元: the sign or word names the currency
    elif currency and UNIT_FAMILY.get(unit) != "money":
        return None
    if not mag and not unit and not m.group("rmag"):
        return None
    num, more = m.group("num"), m.group("mid") or m.group("mid2")
    value = parse_number(num)
    high = parse_number(m.group("num2")) if m.group("num2") else None
    neighbours = _NEIGHBOURS.fullmatch(num)
    if neighbours and high is None:
        low, top = (parse_number(d + neighbours.group(2)) for d in neighbours.group(1))
        value, high = low, top
    if value is None or (m.group("num2") and high is None):
        return None
    rmag = m.group("rmag") or ""
    if rmag and not mag:  # 1万到2025年: no range, the low value stands alone
        high, mag, unit, end = None, rmag, "", m.end("rmag")
    elif rmag:  # 1.2万至1.5万人, 8千至1万元: the high value in the low one's unit
        high = round((high or 0.0) * magnitude_factor(mag) / magnitude_factor(rmag), 6)
        mag = rmag
    if high is not None and high <= value:
        return None  # 2-1 or a list, not a range
    value, end = _tail(m, value, high, mag, end)
    if end == m.end() and m.group("half_of"):
        unit = "个月" if m.group("half_of").endswith("月") else "小时"
    factor = magnitude_factor(mag)
    bounded, tail = high is not None or more is not None, m.group("unit") is not None and end > m.end("unit")
    if not _arabic(num) and not _counts(num, value * factor, unit, bounded or factor > 1, tail):
        return None
    if not math.isfinite(value * factor) or (high is not None and not math.isfinite(high * factor)):
        return None
    return _Number(value, high, mag.translate(TRADITIONAL) + unit, unit, factor, end)


def _tail(m: re.Match[str], value: float, high: float | None, mag: str, end: int) -> tuple[float, int]:
    """A fraction printed after the unit: 一吨半 (1.5吨), 七成六 (7.6成), 五元三毛 (5.3元)."""
    if mag or high is not None or not m.group("unit") or end != m.end("unit"):
        return value, end
    if (m.group("half") or m.group("half_of")) and value == int(value):
        return value + 0.5, m.end()
    tenths = m.group("tenth") or m.group("jiao")
    if tenths and value == int(value):
        cents = (parse_number(m.group("fen")) or 0.0) if m.group("fen") else 0.0
        return round(value + (parse_number(tenths) or 0.0) / 10 + cents / 100, 6), m.end()
    return value, end


def _counts(num: str, value: float, unit: str, bounded: bool, tail: bool) -> bool:
    """Whether a Chinese numeral counts: 三百米, 五岁, 十几万, 一到五个, 一吨半, 两万个 do; 两个确立,
    一个中心, 一批 are words. `value` is in the base unit; `bounded`: a range, 多/余 or a magnitude."""
    if num == "一" and not (tail or bounded or unit in ("倍", "成")):
        return False
    return not unit or unit in CN_NUMERAL_UNITS or bounded or value >= 10


def _year_of(period: str | None) -> int | None:
    return int(period[:4]) if period and period[:4].isdigit() and "-" not in period else None


def _arabic(num: str) -> bool:
    return num[0] in "0123456789０１２３４５６７８９"


def _scaled(value: float, factor: float) -> float:
    return float(round(value * factor, 6)) if factor != 1.0 else value


def _negative_word(text: str, start: int) -> bool:
    """负 printed right before a number is its sign (增速为负3.9%, 降至负1%) after a word that a value
    follows; elsewhere it ends a word: 减负2.6万亿元, 税负5700多亿元 are burdens, not losses."""
    word = text[start - 2] if start >= 2 else ""
    return text[start - 1] == "负" and (not is_cjk(word) or word in _BEFORE_SIGN)


def _approx_before(text: str, start: int) -> str | None:
    window = text[max(0, start - 3) : start]
    for word in _PRE_APPROX:
        if window.endswith(word):
            return word
    return None


def _approx_after(text: str, end: int) -> str | None:
    for word in _POST_APPROX:
        if text.startswith(word, end):
            return word
    if text.startswith("倍多", end - 1):
        return "多"  # 2倍多
    return None


def _qualifier(before: str) -> str | None:
    best, best_at = None, -1
    for word, qualifier in _QUALIFIERS:
        at = before.rfind(word)
        if at > best_at:
            best, best_at = qualifier, at
    return best


def _subject(before: str) -> str:
    """The measured subject in the words before a figure: 国内生产总值增长 → 国内生产总值; a bare
    measure noun keeps the words before it (经营主体总量); two nouns joined by 和, 与 or 及 stay joined
    (科技研发和服务机构), a list's earlier items (、) do not."""
    words = _strip_times(_ASIDE.sub("", _COMPARISON.sub("", _PROCESS.sub("", before))))
    words = _TRAILING_VERBS.sub("", words)
    parts = _NAME_CUT_KEPT.split(words)  # piece, separator, piece, …
    pieces: list[tuple[str, str]] = []  # (piece, the separator before it)
    for i in range(0, len(parts), 2):
        piece = _LEADING_WORDS.sub("", _TRAILING_VERBS.sub("", parts[i])).strip(" “”\"'")
        pieces.append((piece, parts[i - 1] if i else ""))
    pieces = [(p, sep) for p, sep in pieces if len(p) >= 2]
    if not pieces:
        return ""
    last, sep = pieces[-1]
    if last in _MEASURE_NOUNS and len(pieces) > 1:
        return pieces[-2][0] + last
    if sep in _COORDINATION and len(pieces) > 1:
        first = pieces[-2][0]
        if not _VERBS_IN_NAME.search(first) and len(first) + len(sep) + len(last) <= NAME_MAX:
            return f"{first}{sep}{last}"
    return last


def _strip_times(words: str) -> str:
    for p in reversed(time_expressions(words, 2000, [])):
        words = words[: p.start] + words[p.end :]
    words = re.sub(r"[两二三四五六七八九十]年(?:来|间|内|多来)?|年均", "", words)  # 五年年均增长…
    return re.sub(r"^(?:以来|来|底|末|期间|时期)", "", words)


def _following(text: str, end: int) -> str:
    window = text[end : end + NAME_MAX + 4]
    stop = _FOLLOWING_STOP.search(window)
    phrase = window[: stop.start()] if stop else window
    phrase = phrase.lstrip("的“").strip()
    return phrase if phrase[:1] and "\u4e00" <= phrase[0] <= "\u9fff" else ""


def _shorten(name: str) -> str:
    name = name.strip(" “”\"'（）()《》、")
    return name if len(name) <= NAME_MAX else name[-NAME_MAX:]


def _named_lists(text: str, figures: list[Figure], scan: _Scan) -> list[Figure]:
    """分别 lists: 抢劫、盗窃、抢夺案件分别下降19.4%、31.2%、14.5% gives each value its own subject."""
    result = list(figures)
    # Where 分别 is, found once: looked for back from each figure to its clause's start, a text of one
    # clause (a million characters, no comma) took seconds a thousand figures
    words = [m.start() for m in re.finditer("分别", text)]
    i = 0
    while i < len(result):
        clause = scan.clause_start(result[i].start)
        # as text.rfind("分别", clause, start): the last that ends by the figure, if in its clause
        k = bisect.bisect_right(words, result[i].start - len("分别")) - 1
        word = words[k] if k >= 0 and words[k] >= clause else -1
        if word < 0:
            i += 1
            continue
        group = [i]
        while group[-1] + 1 < len(result) and scan.clause_start(result[group[-1] + 1].start) == clause:
            group.append(group[-1] + 1)
        subjects = [s for s in re.split(r"[、和及与]", _strip_times(text[clause:word])) if s]
        last = result[group[-1]]
        if last.approx_word in _POST_APPROX and all(result[j].approx_word is None for j in group[:-1]):
            for j in group[:-1]:  # 分别达到2050万吨、4200万吨以上: the bound is said once for all
                result[j] = dataclasses.replace(result[j], approx_word=last.approx_word, approximate=True)
        if len(subjects) == len(group) > 1:
            for j, subject in zip(group, subjects, strict=True):
                name = _LEADING_WORDS.sub("", subject.strip()) or result[j].name
                result[j] = dataclasses.replace(result[j], name=_shorten(name))
        i = group[-1] + 1
    return result
