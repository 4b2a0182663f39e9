"""Any text in, no exception out, and every span points at the text it quotes."""

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zoneview.ingest import parse_report, parse_text
from zoneview.ingest.decode import DecodeError

PIECES = st.sampled_from(
    [
        "1.",
        "2、",
        "（一）",
        "(二)",
        "一是",
        "二是",
        "三是",
        "。",
        "，",
        ",",
        " ",
        "\n",
        "\r\n",
        "国 家级",
        "的的",
        "蕞高",
        "100 %",
        "近5万平方米",
        "20余场",
        "2021年一季度",
        "占全市的22.2%",
        "《办法》",
        "涵盖重庆高新区、两江新区",
        "重庆高新区",
        "研究院",
        "大赛",
        "第七个",
        "“",
        "”",
        "(",
        ")",
        "5G",
        "1+3",
        "等企业",
        "、",
    ]
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_parses_and_every_span_quotes_its_text(text: str) -> None:
    report = parse_text(text)
    assert report.nodes
    for node in report.nodes:
        assert text[node.start : node.end] == node.original
    for ind in report.indicators:
        assert text[ind.start : ind.end] == ind.quote
        # negative only where the text prints a sign (-1%, 负3.9%): never from a dash between words
        assert (ind.base_value < 0) == (ind.value < 0)
        if ind.value < 0:
            assert any(sign in ind.quote for sign in "-－−负"), ind.quote
    for _, c in report.corrections:
        assert text[c.start : c.end] == c.original
    for m in report.mentions:
        assert 0 <= m.start < m.end <= len(text)
    ids = [n.id for n in report.nodes]
    assert len(ids) == len(set(ids))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_either_parse_or_are_refused_cleanly(data: bytes) -> None:
    try:
        parse_report(data, "x.txt")
    except DecodeError as e:
        assert str(e)


@pytest.mark.parametrize(
    "body",
    [
        "和及" * 24,
        "和及" * 20_000,
        "企业发展研究院平台" * 10_000,
        "".join(f"企业{i}家" for i in range(8_000)),
    ],
    ids=["and-and-24", "and-and-long", "no-punctuation", "one-clause-of-figures"],
)
def test_hostile_text_parses_without_hanging(body: str) -> None:
    """The 0.1.0 parser backtracked on 和及×24 for minutes; a hang guard, not a speed test
    (benchmarks/bench_linear.py measures growth)."""
    code = "import sys; from zoneview.ingest import parse_text; parse_text(sys.stdin.read())"
    text = f"测试\n1.部分。{body}。\n"
    done = subprocess.run([sys.executable, "-c", code], input=text, text=True, timeout=60, check=False)
    assert done.returncode == 0
