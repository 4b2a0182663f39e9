"""A part prints with its sections, as the window's Print does, unless asked for the node alone (issue
21, item 6): PDFs written by the real command line and read back with pdftotext."""

import html
import re

import pytest
from cli_helpers import assert_user_error, run_zoneview
from conftest import BUNDLED_DB, ROOT, library_of
from test_printing import needs_poppler, pdf_text, squeeze

from zoneview.store import reading

SAMPLE = ROOT / "data" / "samples" / "国务院政府工作报告_2021年.txt"


def printed(tmp_path, *args: str) -> str:
    out = tmp_path / "out.pdf"
    result = run_zoneview("print", *args, "--pdf", out)
    assert result.returncode == 0, result.stderr
    return squeeze(pdf_text(out))


@pytest.mark.slow
@needs_poppler
def test_a_part_prints_with_its_sections_in_reading_order(tmp_path) -> None:
    text = printed(tmp_path, "--node", "2")
    with reading(BUNDLED_DB) as store:
        part, sections = store.node("2"), store.children("2")
        assert len(sections) == 3
        places = [text.index(squeeze(part.text))]
        for section in sections:
            places.append(text.index(squeeze(section.title)))
            assert squeeze(section.text) in text  # the whole section, not only its heading in a list
            for figure in store.indicators(section.id):
                assert squeeze(figure.display_value) in text
        assert places == sorted(places)


@pytest.mark.slow
@needs_poppler
def test_no_sections_prints_the_part_alone(tmp_path) -> None:
    text = printed(tmp_path, "--node", "2", "--no-sections")
    with reading(BUNDLED_DB) as store:
        assert squeeze(store.node("2").text) in text
        for section in store.children("2"):
            assert squeeze(section.title) in text  # listed among the part's sections
            assert squeeze(section.text) not in text


@pytest.mark.slow
@needs_poppler
def test_a_deeper_outline_prints_every_level_under_the_node(tmp_path) -> None:
    """一、 › （一） › 1.: the State Council's 2021 report, from the samples a clone has."""
    db = library_of(tmp_path, [SAMPLE])
    text = printed(tmp_path, "--node", "3", "--db", str(db), "--document", "2")
    with reading(db, 2) as store:
        under = [n for n in store.nodes() if n.id.startswith("3.")]
        assert len(under) >= 8
        for node in under:
            assert squeeze(node.text)[:40] in text, node.id
        places = [text.index(squeeze(n.text)[:40]) for n in sorted(under, key=lambda n: n.span_start)]
        assert places == sorted(places)


def test_no_sections_goes_with_a_node_only(tmp_path) -> None:
    result = run_zoneview("print", "--all", "--no-sections", "--pdf", tmp_path / "x.pdf")
    assert_user_error(result, "--no-sections goes with --node")
    assert not (tmp_path / "x.pdf").exists()


def test_the_windows_print_and_the_command_print_the_same_part(qapp_prepared) -> None:
    """The window prints the job Printer.build makes for its node; so does the command."""
    from zoneview.ui.printing import Printer

    def text_of(job) -> str:  # the job's HTML without its marks and links
        return html.unescape(re.sub(r"<[^>]+>", "", job.html))

    with reading(BUNDLED_DB) as store:
        whole, alone = text_of(Printer(store).build("2")), text_of(Printer(store).build("2", sections=False))
        for section in store.children("2"):
            assert section.text in whole and section.text not in alone


@pytest.mark.slow
@needs_poppler
def test_a_long_place_in_the_footer_is_shortened_before_the_page_number(tmp_path) -> None:
    """二、“十三五”时期发展成就和“十四五”时期主要目标任务 第 1–14 段 ran into 第 3 页，共 5 页: the place is
    now shortened in its middle, and its paragraphs and the page number both stay readable."""
    import subprocess

    db = library_of(tmp_path, [SAMPLE])
    out = tmp_path / "part.pdf"
    assert (
        run_zoneview(
            "print", "--node", "2", "--no-sections", "--pdf", out, "--db", db, "--document", "2"
        ).returncode
        == 0
    )
    page = subprocess.run(
        ["pdftotext", "-layout", "-l", "1", str(out), "-"], capture_output=True, text=True
    ).stdout
    footer = next(line for line in page.splitlines() if "页，共" in line)
    assert "…" in footer and "段" in footer, footer  # the heading shortened, the paragraphs kept
    assert re.search(r"段\s{2,}第\s*1\s*页，共", footer), footer  # a gap between the place and the page
