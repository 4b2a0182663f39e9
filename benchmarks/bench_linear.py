"""Parse time on adversarial text grows linearly: each case at n and 4n characters, with the ratio.

A quadratic parser shows a ratio near 16, a linear one near 4. Cases: separators that are also name
characters (和及…), a paragraph with no punctuation, one clause of thousands of figures, and one of
every shape of number the grammar reads (signs, halves, Chinese numerals, separators, ranges), lines of
page chrome, and lists whose second item is in the next paragraph; then hostile markup for the web
page reader (unclosed and unfinished constructs) and a figure's name of repeated words for the subject
rule. (The tests check what these give, this how long they take.) Last, at the ceiling of one line
(formats.MAX_PARAGRAPH_CHARS, a million characters) against a quarter of it: one line of figures and
no comma, where each figure once looked back to its clause's start for 分别 (quadratic: the ratio was
14.5, 33 s at the ceiling; 4.2 and 8 s since).

    python benchmarks/bench_linear.py
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

from zoneview.ingest import parse_text
from zoneview.ingest.formats import FormatError, read_document
from zoneview.ingest.subjects import clean_name

CASES: dict[str, Callable[[int], str]] = {
    "repeated separators": lambda n: "测试\n1.部分。" + "和及" * (n // 2) + "。\n",
    "no punctuation": lambda n: "测试\n1.部分。" + "企业发展研究院平台" * (n // 9) + "\n",
    "one huge clause": lambda n: "测试\n1.部分。" + "".join(f"企业{i % 997}家" for i in range(n // 6)) + "\n",
    "number shapes": lambda n: (
        "测试\n1.部分。" + "负半成三万五千二百亿1,000，２ 000两三个1万至2万元五元三毛" * (n // 36) + "\n"
    ),
    "nested markers": lambda n: (
        "测试\n" + "".join(f"{i + 1}.部分。一是甲。二是乙。\n" for i in range(n // 14))
    ),
    "page chrome": lambda n: (
        "测试\n" + "收藏\n来源：吉林日报\n首页 | 新闻 | 政务公开\n一、部分。正文。\n" * (n // 34)
    ),
    "lists across paragraphs": lambda n: (
        "测试\n"
        + "".join(
            f"（{'一二三'[i % 3]}）节。正文：一是甲。\n乙。二是丙。\n1.项。正文。\n" for i in range(n // 28)
        )
    ),
}


HOSTILE_MARKUP = ("<div>", "<!--", "<a href='", "<p>&#", "<table><tr><td>", "<script>", "<b><i>", "<![CDATA[",
                  "<meta charset=")  # fmt: skip


def read_page(data: bytes) -> None:
    with contextlib.suppress(FormatError):
        read_document(data, "r.html")


def page_of(markup: str) -> Callable[[int], bytes]:
    return lambda n: ("<html><body>" + markup * (n // len(markup)) + "正文。").encode()


# Other readers, each (the input of about n characters, what reads it)
READERS: dict[str, tuple[Callable[[int], Any], Callable[[Any], object]]] = {
    **{f"html {m}": (page_of(m), read_page) for m in HOSTILE_MARKUP},
    "subject name": (lambda n: "全年" * (n // 5) + "生产总值" + "增长从" * (n // 5), clean_name),
}  # fmt: skip


# Cases at the line ceiling, measured at a quarter of it and at it, once each
LONG_CASES: dict[str, Callable[[int], str]] = {
    "a line of figures": lambda n: (
        "测试\n" + ("改革开放持续深化营商环境不断优化企业增加5家" * (n // 22 + 1))[:n] + "\n"
    ),
}


def seconds(text: Any, read: Callable[[Any], object] = parse_text) -> float:
    began = time.perf_counter()
    read(text)
    return time.perf_counter() - began


def main() -> None:
    small, large = 25_000, 100_000
    print(f"{'case':24}{'n':>10}{'4n':>10}{'ratio':>8}")
    for name, make in CASES.items():
        t_small = min(seconds(make(small)) for _ in range(3))
        t_large = min(seconds(make(large)) for _ in range(3))
        print(f"{name:24}{t_small:9.3f}s{t_large:9.3f}s{t_large / t_small:8.1f}")
    for name, (make, read) in READERS.items():
        t_small = min(seconds(make(small), read) for _ in range(3))
        t_large = min(seconds(make(large), read) for _ in range(3))
        print(f"{name:24}{t_small:9.3f}s{t_large:9.3f}s{t_large / max(t_small, 1e-6):8.1f}")
    from zoneview.ingest.formats import MAX_PARAGRAPH_CHARS

    print(f"{'at the line ceiling':24}{'n/4':>10}{'n':>10}{'ratio':>8}   (n = {MAX_PARAGRAPH_CHARS:,})")
    for name, make in LONG_CASES.items():
        t_small = seconds(make(MAX_PARAGRAPH_CHARS // 4))
        t_large = seconds(make(MAX_PARAGRAPH_CHARS))
        print(f"{name:24}{t_small:9.3f}s{t_large:9.3f}s{t_large / t_small:8.1f}")


if __name__ == "__main__":
    main()
