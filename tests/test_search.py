import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zoneview.store.search import query_terms


def hit_ids(store, query: str) -> list[str]:
    return [h.node_id for h in store.search(query)]


def test_two_character_terms_are_found(store) -> None:
    assert hit_ids(store, "贷款") == ["1.1"]
    assert hit_ids(store, "改革")[:2] == ["1", "preamble"]


def test_noise_in_the_source_does_not_hide_a_hit(store) -> None:
    assert sorted(hit_ids(store, "国家级")) == ["3.1", "4.1"]
    assert hit_ids(store, "最高") == ["1.2"]  # printed 蕞高
    assert hit_ids(store, "第一批") == ["2.2"]  # printed 第 一批
    assert "summary" in hit_ids(store, "总量的11.6%")  # printed 的的


def test_hits_are_ranked_and_titles_weigh_more(store) -> None:
    hits = store.search("国家级")
    assert hits[0].node_id == "3.1"  # in its title
    assert hits[0].score > hits[1].score


def test_snippets_are_highlighted(store) -> None:
    hit = store.search("知识价值信用贷款")[0]
    assert hit.node_id == "1.1"
    for start, end in hit.highlights:
        assert hit.snippet[start:end] == "知识价值信用贷款"
    assert "【知识价值信用贷款】" in hit.marked_snippet()


def test_several_terms_must_all_match(store) -> None:
    assert hit_ids(store, "两江新区 海外") == ["5"]
    assert hit_ids(store, "贷款 海外") == []


@pytest.mark.parametrize(
    "query", ['"', "*", "AND", "NEAR(", "-", ")", "a OR b", '"贷款', "贷款*", "%", "_", "\\", "'"]
)
def test_fts_syntax_is_searched_literally(store, query) -> None:
    for hit in store.search(query):
        assert query.split()[0].casefold() in (hit.title + hit.snippet).casefold() or hit.snippet


def test_a_literal_minus_finds_the_hyphenated_name(store) -> None:
    assert hit_ids(store, "戴尔-重庆") == ["3.2"]
    assert hit_ids(store, "-") == ["3.2"]


def test_empty_queries_are_refused(store) -> None:
    with pytest.raises(ValueError, match="empty"):
        store.search("   ")


def test_terms_are_split_on_white_space_and_cleaned() -> None:
    assert query_terms("  贷款\t改革 贷款 ") == ["贷款", "改革"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=12))
def test_any_query_either_answers_or_says_it_is_empty(store, query) -> None:
    try:
        hits = store.search(query)
    except ValueError as e:
        assert "empty" in str(e) and not query_terms(query)
        return
    for hit in hits:
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.snippet)


@pytest.mark.parametrize(("wide", "narrow"), [("２０２１", "2021"), ("５Ｇ", "5G"), ("１００％", "100%")])
def test_full_width_terms_find_what_their_ascii_form_finds(store, wide, narrow) -> None:
    assert hit_ids(store, narrow)
    assert hit_ids(store, wide) == hit_ids(store, narrow)


def test_ascii_and_full_width_terms_find_full_width_text(tmp_path) -> None:
    from zoneview.ingest import parse_report
    from zoneview.store import reading, write_database

    text = "1.网络建设。一是建设５Ｇ基站。新建ＧＤＰ监测点１２０个，ＡＩ平台２０２１年上线。二是完善。\n"
    db = tmp_path / "wide.db"
    write_database(parse_report(text.encode(), "wide.txt"), db)
    with reading(db) as wide_store:
        for query in ("5G", "５Ｇ", "GDP", "ＧＤＰ", "2021年", "２０２１年"):
            assert hit_ids(wide_store, query) == ["1.1"], query
