import pytest

from zoneview.ingest import parse_text
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
