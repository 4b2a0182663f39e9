from pathlib import Path

import pytest

from zoneview.ingest import Report, parse_text
from zoneview.ingest.outline import cn_number

EXPECTED_IDS = [
    "preamble",
    "1",
    "1.1",
    "1.2",
    "1.3",
    "2",
    "2.1",
    "2.2",
    "2.3",
    "3",
    "3.1",
    "3.2",
    "4",
    "4.1",
    "4.2",
    "5",
    "summary",
]


def test_the_report_has_preamble_five_parts_initiatives_and_summary(report) -> None:
    assert [n.id for n in report.nodes] == EXPECTED_IDS
    kinds = {n.id: n.kind for n in report.nodes}
    assert kinds["preamble"] == "preamble" and kinds["summary"] == "summary"
    assert [n.id for n in report.nodes if n.kind == "part"] == ["1", "2", "3", "4", "5"]
    assert all(n.parent_id == n.id.split(".")[0] for n in report.nodes if n.kind == "initiative")


def test_titles_are_the_headline_and_title_sentences(report) -> None:
    titles = {n.id: n.title for n in report.nodes}
    assert titles["1"] == "政策持续先行先试，改革创新成效显著"
    assert titles["1.1"] == "强化金融要素支持"
    assert titles["1.3"] == "创新国有资产管理模式"
    assert titles["3.1"] == "加大国家级创新基地建设"
    assert titles["5"] == "开放协同创新发展，对外合作成效渐显"
    assert titles["preamble"] == "概述"
    assert titles["summary"] == "2020年主要指标"
    assert report.title == "重庆国家自主创新示范区建设进展情况"


def test_markers_are_kept(report) -> None:
    markers = {n.id: n.marker for n in report.nodes}
    assert markers["1"] == "1." and markers["1.2"] == "二是" and markers["preamble"] == ""


def test_part_five_has_no_initiatives_and_keeps_its_body(report) -> None:
    part5 = next(n for n in report.nodes if n.id == "5")
    assert not [n for n in report.nodes if n.parent_id == "5"]
    assert part5.text.startswith("两江新区加快区域创新合作")


def test_nodes_tile_the_source_and_originals_are_its_slices(report, source) -> None:
    for node in report.nodes:
        assert source[node.start : node.end] == node.original
    joined = "".join(source[n.start : n.end] for n in report.nodes)
    assert joined == source.replace("\n", "")


def test_chinese_numbers() -> None:
    assert [cn_number(s) for s in ["一", "九", "十", "十二", "二十", "二十三", "7"]] == [
        1,
        9,
        10,
        12,
        20,
        23,
        7,
    ]


def test_chinese_section_markers_with_paragraph_initiatives() -> None:
    text = (
        "前言段落，说明情况。\n"
        "一、总体进展\n"
        "（一）加强统筹。统筹推进各项工作。\n"
        "补充说明段落。\n"
        "（二）完善机制。建立工作机制。\n"
        "二、下一步打算\n"
        "继续推进。\n"
    )
    report = parse_text(text)
    assert [(n.id, n.kind, n.title) for n in report.nodes] == [
        ("preamble", "preamble", "概述"),
        ("1", "part", "总体进展"),
        ("1.1", "section", "加强统筹"),
        ("1.2", "section", "完善机制"),
        ("2", "part", "下一步打算"),
    ]
    assert "补充说明段落" in report.nodes[2].original


def test_other_marker_styles_are_parts() -> None:
    for first, second in [("1、", "2、"), ("（1）", "（2）"), ("(一)", "(二)"), ("一、", "二、")]:
        report = parse_text(f"{first}第一部分。正文。\n{second}第二部分。正文。\n")
        assert [n.title for n in report.nodes if n.kind == "part"] == ["第一部分", "第二部分"], first


def test_headline_paragraphs_without_numerals_are_parts() -> None:
    report = parse_text("总体情况\n今年工作进展顺利，成效明显。\n存在问题\n一是资金不足。缺口较大。\n")
    parts = [n for n in report.nodes if n.kind == "part"]
    assert [p.title for p in parts] == ["总体情况", "存在问题"]
    assert [n.title for n in report.nodes if n.parent_id == parts[1].id] == ["资金不足"]


def test_inline_markers_must_be_in_sequence() -> None:
    report = parse_text("1.标题。统一是关键，二是不算。一是真正开始。二是第二项。\n2.标题二。正文。\n")
    assert [n.title for n in report.nodes if n.parent_id == "1"] == ["真正开始", "第二项"]


def test_text_without_structure_is_one_node_with_a_warning() -> None:
    report = parse_text("这是一段没有任何编号和标题的普通文字，内容较长，句子完整，结尾有句号。")
    assert len(report.nodes) == 1
    assert report.nodes[0].title == "全文"
    assert report.warnings


@pytest.mark.slow
def test_a_very_long_single_line_parses() -> None:
    line = "这是很长的一行文字，包含数字100万元和《某某办法》。" * 20000
    report = parse_text(line)
    assert len(report.nodes) == 1
    assert len(report.indicators) == 20000


_TASKS = ["扩大国内需求", "建设现代化产业体系", "深化重点领域改革", "扩大高水平对外开放", "推进乡村全面振兴",
          "推进新型城镇化", "推动绿色低碳转型", "保障和改善民生", "加强政府自身建设"]  # fmt: skip
_CN = "一二三四五六七八九"


def _plan_part(items: list[str]) -> str:
    """A report whose plan part has a run of items (one a paragraph) before its （一）…（九） sections,
    each section with a body that lists its own 一是…二是…."""
    sections = "".join(
        f"（{_CN[i]}）{task}。围绕{task}，加大工作力度，完善配套政策，确保各项措施落到实处。\n"
        f"主要抓好以下工作：一是强化统筹协调，压实各方责任；二是加强督促检查，推动任务落地见效。\n"
        for i, task in enumerate(_TASKS)
    )
    return (
        "政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n"
        "一、2025年工作回顾\n过去一年，全市地区生产总值增长5.5%，一般公共预算收入增长4.2%。\n"
        "二、2026年工作安排\n今年政府工作的总体要求是：坚持稳中求进工作总基调，推动高质量发展。"
        "做好今年工作，必须把握好以下几点。\n" + "".join(item + "\n" for item in items) + sections
    )


_ITEMS = [
    "稳中求进，保持经济运行在合理区间。",
    "改革创新，以改革破除体制机制障碍。",
    "人民至上，把保障民生作为落脚点。",
]


def test_a_run_of_items_never_swallows_the_sections_after_it() -> None:
    for words in ("是坚持", "要坚持"):
        items = [f"{_CN[i]}{words}{item}" for i, item in enumerate(_ITEMS)]
        report = parse_text(_plan_part(items))
        under_plan = [n for n in report.nodes if n.parent_id == "2"]
        assert [n.marker for n in under_plan] == [f"{c}{words[0]}" for c in "一二三"] + [
            f"（{c}）" for c in _CN
        ], words
        sections = under_plan[3:]
        assert [n.title for n in sections] == _TASKS
        for section in sections:
            assert [n.title for n in report.nodes if n.parent_id == section.id] == [
                "强化统筹协调，压实各方责任",
                "加强督促检查，推动任务落地见效",
            ], section.title


def test_markers_nest_by_their_rank_not_by_order_of_appearance() -> None:
    text = (
        "一、工作回顾\n过去一年，各项工作取得新进展，经济运行稳中向好。\n"
        "（1）前期准备。完成规划编制和项目储备工作。\n（2）组织实施。建立台账，逐项推进落实。\n"
        "1.产业发展。新引进重点项目二十个，总投资一百亿元。\n（1）工业。规模以上工业增加值增长百分之六。\n"
        "2.城市建设。完成老旧小区改造三十个，新建道路十公里。\n"
        "（一）民生保障。民生支出占一般公共预算支出的七成以上。\n1.教育。新建中小学五所。\n"
        "二、今年工作\n今年将继续推进各项工作，确保完成全年目标。\n"
    )
    report = parse_text(text)
    parent = {n.marker + n.title: n.parent_id for n in report.nodes if n.kind != "preamble"}
    by_id = {n.id: n.marker + n.title for n in report.nodes}
    assert {title: by_id.get(p or "") for title, p in parent.items()} == {
        "一、工作回顾": None,
        "（1）前期准备": "一、工作回顾",
        "（2）组织实施": "一、工作回顾",
        "1.产业发展": "一、工作回顾",
        "（1）工业": "1.产业发展",
        "2.城市建设": "一、工作回顾",
        "（一）民生保障": "一、工作回顾",
        "1.教育": "（一）民生保障",
        "二、今年工作": None,
    }


STATE_COUNCIL = Path(__file__).resolve().parent / "corpus" / "国务院政府工作报告_2019年.txt"
# The page around a report saved from a provincial government's site, as its text keeps it.
PAGE_HEAD = [
    "您的位置：首页 > 政务公开 > 政府工作报告",
    "首页 | 政务公开 | 新闻中心 | 办事服务 | 互动交流",
    "政府工作报告",
    "2026-01-30 08:30",
    "收藏",
    "打印",
    "分享",
    "来源：吉林日报",
    "【字号：大 中 小】",
    "图为1月27日，省第十四届人民代表大会第五次会议在长春开幕。新华社记者 张楠 摄",
]
PAGE_TAIL = [
    "收藏",
    "打印",
    "分享",
    "责任编辑：王明",
    "【我要纠错】",
    "扫一扫在手机打开当前页",
    "上一篇：关于印发全省重点工作任务分工的通知",
    "网站首页 政务公开 政务服务 互动交流",
]


def test_page_chrome_around_a_saved_report_is_never_a_part() -> None:
    report_lines = STATE_COUNCIL.read_text(encoding="utf-8").split("\n")[:-2]  # less its own chrome
    page = parse_text("\n".join(PAGE_HEAD + report_lines + PAGE_TAIL))
    plain = parse_text("\n".join(report_lines))

    def headings(report: Report) -> list[tuple[str, str, str, str]]:
        return [
            (n.id, n.kind, n.marker, n.title) for n in report.nodes if n.kind not in ("preamble", "appendix")
        ]

    assert headings(page) == headings(plain)
    assert [n.title for n in page.nodes if n.parent_id is None and n.kind == "part"] == [
        "2018年工作回顾",
        "2019年经济社会发展总体要求和政策取向",
        "2019年政府工作任务",
    ]
    preamble, appendix = page.nodes[0], page.nodes[-1]
    assert preamble.kind == "preamble" and "来源：吉林日报" in preamble.original
    assert appendix.kind == "appendix" and appendix.original.startswith("收藏")


# The licence box a report saved from Wikisource ends with, broken into lines where its links were.
LICENCE_BOX = (
    "本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，"
    "及其官方正式译文。根据《\n中华人民共和国著作权法\n》第五条第一项，本作品不适用于该法，在\n中国大陆\n"
    "，也可能在其他管辖区，属于\n公有领域\n。\n\n注：中文维基文库社群认为，中华人民共和国公务演讲，\n不总是\n"
    "具有立法、行政、司法性质的文件。\n\nPublic domain\nPublic domain\nfalse\nfalse\n"
)


def test_a_sites_licence_box_is_closing_matter_not_parts() -> None:
    report_text = "\n".join(STATE_COUNCIL.read_text(encoding="utf-8").split("\n")[:-2])
    report = parse_text(report_text + "\n\n\n" + LICENCE_BOX)
    assert [n.title for n in report.nodes if n.kind == "part"] == [
        "2018年工作回顾",
        "2019年经济社会发展总体要求和政策取向",
        "2019年政府工作任务",
    ]
    appendix = report.nodes[-1]
    assert appendix.kind == "appendix" and appendix.original.startswith("本作品是中华人民共和国的")
    assert "本作品" not in next(n for n in report.nodes if n.id == "3.10").original


def test_a_list_whose_second_item_is_in_the_next_paragraph() -> None:
    text = (
        "政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n"
        "一、今年工作总体部署\n今年经济社会发展的主要预期目标是：国内生产总值增长8%左右。\n"
        "做好今年政府工作，必须把握好以下原则：一是扩内需、保增长。坚持把扩大国内需求作为长期战略方针。\n"
        "二是调结构、上水平。坚持把推进经济结构调整作为主攻方向。\n"
        "（一）扩大消费需求。坚持扩大内需的方针，重点是扩大消费：一是努力增加城乡居民收入。"
        "提高企业退休人员基本养老金。\n"
        "改革公务员工资制度，规范津贴补贴。二是稳定居民支出预期。完善社会保障。三是开拓农村消费市场。\n"
        "（二）加强节能减排。突出抓好重点领域节能。\n"
    )
    report = parse_text(text)
    items = {n.marker + n.title: n.parent_id for n in report.nodes if n.kind == "initiative"}
    assert items == {
        "一是扩内需、保增长": "1",
        "二是调结构、上水平": "1",
        "一是努力增加城乡居民收入": "1.3",
        "二是稳定居民支出预期": "1.3",
        "三是开拓农村消费市场": "1.3",
    }
    assert [n.title for n in report.nodes if n.parent_id == "1" and n.kind == "section"] == [
        "扩大消费需求",
        "加强节能减排",
    ]
