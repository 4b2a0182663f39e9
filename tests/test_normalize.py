from zoneview.ingest.normalize import normalise, normalise_query


def substantive(report) -> list[tuple[str, str, str, str]]:
    return [
        (n, c.original, c.corrected, c.reason) for n, c in report.corrections if c.reason != "punctuation"
    ]


def test_the_noise_of_the_report_is_corrected_and_recorded(report) -> None:
    assert substantive(report) == [
        ("1.2", "蕞高", "最高", "misprint"),
        ("1.2", " ", "", "stray space"),  # 100 %
        ("2.2", " ", "", "stray space"),  # 第 一批
        ("3.1", " ", "", "stray space"),  # 国 家级
        ("3.1", " ", "", "stray space"),  # 首 个
        ("4.1", " ", "", "stray space"),  # 国 家级
        ("summary", "的的", "的", "doubled character"),
    ]


def test_every_correction_span_points_at_its_original(report, source) -> None:
    assert report.corrections
    for _, c in report.corrections:
        assert source[c.start : c.end] == c.original


def test_normalised_text_reads_clean_and_original_is_kept(report) -> None:
    nodes = {n.id: n for n in report.nodes}
    assert "国家级创新基地" in nodes["3.1"].title and "国 家级" in nodes["3.1"].original
    assert "首个大科学装置" in nodes["3.1"].text
    assert "第一批高新技术企业" in nodes["2.2"].text
    assert "最高可达到100%" in nodes["1.2"].text and "蕞高" in nodes["1.2"].original
    assert "占全市总量的11.6%" in nodes["summary"].text
    assert "（2018年版）" in nodes["preamble"].text and "(2018年版)" in nodes["preamble"].original


def test_ascii_punctuation_in_chinese_becomes_full_width_but_numbers_stay() -> None:
    result = normalise("金额为1,000元,同比增长2.5%;见(附件)。时间12:30,网址http://x.cn")
    assert result.text == "金额为1,000元，同比增长2.5%；见（附件）。时间12:30，网址http://x.cn"


def test_spaces_between_latin_words_are_kept() -> None:
    assert normalise("Micro LED 显示 屏").text == "Micro LED 显示屏"


def test_legitimate_repeats_are_not_doubled_characters() -> None:
    assert normalise("自自创区获批以来，常常如此，等等").text == "自自创区获批以来，常常如此，等等"


def test_source_span_maps_back_through_deletions() -> None:
    source = "加大国 家级创新"
    result = normalise(source)
    start = result.text.index("国家级")
    s, e = result.source_span(start, start + 3)
    assert source[s:e] == "国 家级"


def test_queries_are_cleaned_like_the_text() -> None:
    assert normalise_query(" 蕞高 ") == "最高"
