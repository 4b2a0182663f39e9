"""The name Export PDF suggests: the report and the section, not zoneview-1.1.pdf (issue 21, item 6)."""

from pathlib import Path

import pytest
from conftest import BUNDLED_DB, ROOT, library_of

from zoneview.store import reading
from zoneview.store.records import DocumentRecord
from zoneview.ui.printing import PDF_NAME_MAX, pdf_file_name

SAMPLES = ROOT / "data" / "samples"


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> Path:
    """A library of the bundled report and two sample reports: the State Council's 2021 and 2022."""
    reports = [SAMPLES / "国务院政府工作报告_2021年.txt", SAMPLES / "国务院政府工作报告_2022年.txt"]
    return library_of(tmp_path_factory.mktemp("samples"), reports)


def test_a_sections_pdf_is_named_after_the_report_its_year_and_the_section(samples) -> None:
    names = []
    for document in (2, 3):  # two years of one title: the year tells them apart
        with reading(samples, document) as store:
            node = store.node("3.1")
            assert node is not None
            names.append(pdf_file_name(store.record(), "3.1", node.title))
    assert names[0].startswith("2021年国务院政府工作报告 3.1 ") and names[0].endswith(".pdf")
    assert names[1].startswith("2022年国务院政府工作报告 3.1 ")
    assert len(names[0]) <= PDF_NAME_MAX + len(".pdf") and "zoneview" not in names[0]


def test_the_whole_reports_pdf_is_named_after_the_report(samples) -> None:
    with reading(samples, 2) as store:
        assert pdf_file_name(store.record()) == "2021年国务院政府工作报告.pdf"
    with reading(BUNDLED_DB) as store:
        assert pdf_file_name(store.record()) == "重庆国家自主创新示范区建设进展情况.pdf"
        assert pdf_file_name(store.record(), "summary", "2020年主要指标") == (
            "重庆国家自主创新示范区建设进展情况 2020年主要指标.pdf"
        )  # a section without a number is named by its heading alone


def test_a_title_holding_its_year_is_not_given_it_twice() -> None:
    document = DocumentRecord(5, "大鹏新区2025年管理委员会工作报告", "大鹏.txt", "0" * 64, 100, year=2025)
    assert pdf_file_name(document, "1", "回顾") == "大鹏新区2025年管理委员会工作报告 1 回顾.pdf"


def test_what_a_file_system_refuses_is_left_out_of_the_name() -> None:
    """A report's title or heading comes from its text: a slash would name a folder, a leading dot hide
    the file, and Windows refuses :*?"<>|."""
    hostile = DocumentRecord(1, '../报告: "a/b" <c>|d*?', "x.txt", "0" * 64, 10, year=None)
    name = pdf_file_name(hostile, "2.1", "标题\x07\n二")
    assert name == "报告 a b c d 2.1 标题 二.pdf"
    assert Path(name).name == name and not name.startswith(".")
    long = DocumentRecord(1, "长" * 200, "x.txt", "0" * 64, 10)
    assert pdf_file_name(long) == "长" * PDF_NAME_MAX + ".pdf"
    assert pdf_file_name(DocumentRecord(1, "", "", "0" * 64, 0)) == "zoneview.pdf"
