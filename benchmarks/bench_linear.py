"""Parse time on adversarial text grows linearly: each case at n and 4n characters, with the ratio.

A quadratic parser shows a ratio near 16, a linear one near 4. Cases: separators that are also name
characters (和及…), a paragraph with no punctuation, one clause of thousands of figures, and one of
every shape of number the grammar reads (signs, halves, Chinese numerals, separators, ranges), lines of
page chrome, and lists whose second item is in the next paragraph.

    python benchmarks/bench_linear.py
"""

from __future__ import annotations

import time
from collections.abc import Callable

from zoneview.ingest import parse_text

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


def seconds(text: str) -> float:
    began = time.perf_counter()
    parse_text(text)
    return time.perf_counter() - began


def main() -> None:
    small, large = 25_000, 100_000
    print(f"{'case':24}{'n':>10}{'4n':>10}{'ratio':>8}")
    for name, make in CASES.items():
        t_small = min(seconds(make(small)) for _ in range(3))
        t_large = min(seconds(make(large)) for _ in range(3))
        print(f"{name:24}{t_small:9.3f}s{t_large:9.3f}s{t_large / t_small:8.1f}")


if __name__ == "__main__":
    main()
