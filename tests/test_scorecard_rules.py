"""Rules of the genre behind the scorecard, each on real report text (tests/corpus/): what a reader
takes as a target, an indicator or an annual outcome, for any issuer."""

from __future__ import annotations

from pathlib import Path

from zoneview.ingest.formats import parse_document
from zoneview.ingest.model import Figure
from zoneview.ingest.normalize import normalise
from zoneview.ingest.subjects import standard_indicator

CORPUS = Path(__file__).resolve().parent / "corpus"
REPORTS = CORPUS / "scorecard" / "reports"


def _figures_at(path: Path, quote: str) -> tuple[str, list[Figure]]:
    """The report's text and the figures that lie inside the first place `quote` is printed."""
    text = path.read_text(encoding="utf-8")
    start = text.index(quote)
    figures = parse_document(path.read_bytes(), path.name).indicators
    return text, [f for f in figures if start <= f.start < start + len(quote)]


def test_a_subscript_on_a_line_of_its_own_belongs_to_its_symbol() -> None:
    """2014: 广义货币M⏎2⏎预期增长13%左右 (a PDF's subscript): the target of 广义货币, and no figure 2."""
    quote = "今年广义货币M\n2\n预期增长13%左右"
    _, figures = _figures_at(REPORTS / "国务院政府工作报告_2014年.txt", quote)
    assert [(f.value, f.kind) for f in figures] == [(13, "target")]
    named = standard_indicator(figures[0].name)
    assert named is not None and named.name == "广义货币"
    cleaned = normalise(quote)
    assert cleaned.text == "今年广义货币M2预期增长13%左右"
    assert [(c.original, c.corrected, c.reason) for c in cleaned.corrections] == [("\n2\n", "2", "subscript")]


def test_a_line_that_is_only_a_number_after_chinese_is_left_alone() -> None:
    """A page number or a figure on its own line after Chinese text is no subscript."""
    assert normalise("增长\n2\n倍").text == "增长\n2\n倍"
