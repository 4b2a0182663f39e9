from zoneview.ingest.entities import find_entities, scope_parks


def names(report, kind: str) -> list[str]:
    return list(dict.fromkeys(m.name for m in report.mentions if m.kind == kind))


def test_parks_come_from_the_scope_in_the_preamble(report) -> None:
    assert names(report, "park") == ["重庆高新区", "璧山高新区", "两江新区"]


def test_policy_documents_are_the_titles_in_guillemets(report) -> None:
    assert names(report, "policy") == [
        "中国开发区审核公告目录",
        "重庆国家自主创新示范区建设实施方案",
        "高成长性科技企业扶持办法",
        "重庆高新区中小微企业“助保贷”管理办法",
        "科技成果转化管理办法",
    ]


def test_actors_are_the_parks_that_act_in_each_initiative(report) -> None:
    actors: dict[str, list[str]] = {}
    for m in report.mentions:
        if (
            m.kind == "park"
            and m.node_id not in ("preamble", "summary")
            and m.name not in actors.get(m.node_id, [])
        ):
            actors.setdefault(m.node_id, []).append(m.name)
    assert actors == {
        "1.1": ["重庆高新区"],
        "1.2": ["两江新区"],
        "1.3": ["璧山高新区"],
        "2.1": ["重庆高新区", "两江新区"],
        "2.2": ["重庆高新区", "两江新区"],
        "2.3": ["璧山高新区"],
        "3.1": ["重庆高新区"],
        "3.2": ["两江新区", "璧山高新区"],
        "4.1": ["重庆高新区"],
        "4.2": ["重庆高新区"],
        "5": ["两江新区"],
    }


def test_organisations_platforms_events_and_places(report) -> None:
    orgs, platforms = names(report, "organization"), names(report, "platform")
    for org in [
        "国务院",
        "中国科学院",
        "北京大学重庆大数据研究院",
        "红宇精工",
        "京东方",
        "中国科协",
        "零壹空间",
    ]:
        assert org in orgs
    for platform in ["中科院重庆科学中心", "国家技术转移东部中心", "戴尔-重庆创新中心", "超瞬态实验装置"]:
        assert platform in platforms
    assert "第五届全国大学生集成电路创新创业大赛" in names(report, "event")
    places = names(report, "place")
    assert {"天府新区", "万州区", "重庆市"} <= set(places)
    assert not {"城市", "地区", "全市", "城镇"} & set(places)
    assert "强化企业创新平台" not in platforms


def test_mention_spans_point_at_the_source(report, source) -> None:
    for m in report.mentions:
        assert m.name in source[m.start : m.end].replace(" ", "").replace("(", "（").replace(")", "）")


def test_scope_without_the_word_gives_no_parks() -> None:
    assert scope_parks("没有范围说明。") == []
    assert [f.kind for f in find_entities("出台《办法》。", [])] == ["policy"]


def test_places_on_another_report_are_its_districts_not_common_nouns() -> None:
    from conftest import ROOT

    from zoneview.ingest import parse_report

    path = ROOT / "tests" / "corpus" / "大鹏新区2021年管委会工作报告_2021.txt"
    report = parse_report(path.read_bytes(), path.name)
    places = names(report, "place")
    assert {"葵涌街道", "大鹏街道", "南澳街道", "坪山区"} <= set(places)
    assert not {"城市", "地区", "社区", "城镇", "上市"} & set(places)
