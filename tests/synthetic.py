"""Larger reports made from a real one, for benchmarks and stress tests: its parts repeated and
renumbered, in volumes when there are too many for one numbering, reports with one extreme each
(very many parts, a node of very many paragraphs or figures), and copies of a report moved to other
years with other figures (many reports for a library)."""

from __future__ import annotations

import random
import re

_PART = re.compile(r"^(\d+)([.．、])", re.MULTILINE)
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d年])")  # not a year, not part of a longer number
# A year as reports write it: 2021年, 2021年3月5日, 2021—2025年, 2021-2025 (not 2000万元, a quantity)
_YEAR = re.compile(
    r"(?<![\d.])(?:19|20)\d{2}(?=年|[—–\-~～至到]\s*(?:19|20)\d{2})|(?<=[—–\-~～至到])(?:19|20)\d{2}"
)
# A figure with its unit: 67.7万亿元, 6.9%, 1000万人, 12个 (not an outline's 1. nor a year)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?=\s*(?:[%％万亿千个家人元倍项户吨所座条]|公里|平方))")
_CN_DIGITS = "一二三四五六七八九"
_TITLE = "示范区建设进展情况报告"
VOLUME_PARTS = 9999  # an outline numbers 1. … 9999.; beyond that, the parts go into volumes 一、二、…


def scaled_report(source: str, times: int, vary: int | None = None) -> str:
    """The preamble, then the numbered parts `times` times with numbering continuing, then the rest.

    With `vary` (a seed), every copy but the first gets figures of its own: each number that is not a
    year is drawn afresh with as many digits, so a database of it holds distinct values."""
    head, parts, tail = _split(source)
    if not parts:
        return "\n".join([source] * times)
    rng = random.Random(vary)
    out = list(head)
    number = 0
    for copy in range(times):
        number = _copy(parts, number, out, rng if vary is not None and copy else None)
    return "\n".join(out + tail)


def report_of_size(source: str, size: int, vary: int = 0) -> str:
    """A report of at least `size` bytes in UTF-8, made of the source's parts with varied figures: in
    volumes (一、第1卷 …) of up to `VOLUME_PARTS` parts each once one numbering would not hold them, as
    a long real report would be."""
    head, parts, tail = _split(source)
    copy_bytes = len("\n".join(parts).encode()) + 1
    copies = max(1, -(-(size - len(source.encode())) // copy_bytes) + 1)
    per_volume = max(1, VOLUME_PARTS // max(1, len(parts)))
    volumes = -(-copies // per_volume)
    if volumes == 1:
        return scaled_report(source, copies, vary)
    rng = random.Random(vary)
    out = list(head)
    done = 0
    for volume in range(1, volumes + 1):
        out.append(f"{cn_numeral(volume)}、第{volume}卷")
        number = 0
        for _ in range(min(per_volume, copies - done)):
            number = _copy(parts, number, out, rng if done else None)
            done += 1
    return "\n".join(out + tail)


def moved_report(source: str, years: int, scale: float) -> str:
    """The report with every year moved by `years` and every figure with a unit multiplied by `scale`
    (to as many decimals as it had, never below 1): the same body's report of another year, which reads
    as one and differs from the original byte for byte."""

    def year(m: re.Match[str]) -> str:
        return str(int(m.group()) + years)

    def figure(m: re.Match[str]) -> str:
        _, dot, fraction = m.group().partition(".")
        value = max(float(m.group()) * scale, 10 ** -len(fraction) if fraction else 1)
        return f"{value:.{len(fraction)}f}" if dot else str(round(value))

    return _FIGURE.sub(figure, _YEAR.sub(year, source))


def wide_report(parts: int) -> str:
    """A report of `parts` parts at the top of its outline, each a headline and a paragraph."""
    lines = [_TITLE, "各位代表：", "过去一年，示范区各项工作取得新进展。"]
    for i in range(1, parts + 1):
        lines += [f"第{i}项重点工作", f"围绕创新目标推进第{i}项任务，引进企业{i % 97 + 3}家，成效明显。"]
    return "\n".join(lines) + "\n"


def heavy_report(paragraphs: int, figures: int) -> str:
    """A report with two extreme nodes: part 1, one paragraph of `figures` figures, and a summary of
    `paragraphs` paragraphs (each with a figure)."""
    listed = "，".join(f"第{i}园区企业{i % 997 + 1}家" for i in range(1, figures + 1))
    lines = [
        _TITLE,
        "示范区涵盖重庆高新区、璧山高新区、两江新区直管园。",
        f"1.企业集聚成群。{listed}。",
        "2.创新能级提升。新建研发平台12个。",
        "2020年，示范区实现地区生产总值2902.97亿元。",
    ]
    lines += [f"第{i}项指标完成{i % 89 + 10}亿元。" for i in range(1, paragraphs)]
    return "\n".join(lines) + "\n"


def cn_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 23 → 二十三, 99 → 九十九 (what an outline's 一、 numbering reads)."""
    tens, ones = divmod(n, 10)
    if not 0 < n < 100:
        raise ValueError(f"{n} is not a volume number")
    return (
        ("" if tens < 2 else _CN_DIGITS[tens - 1])
        + ("十" if tens else "")
        + (_CN_DIGITS[ones - 1] if ones else "")
    )


def _split(source: str) -> tuple[list[str], list[str], list[str]]:
    """The lines before the numbered parts, the parts, and the lines after them."""
    lines = source.split("\n")
    part_lines = [i for i, line in enumerate(lines) if _PART.match(line)]
    if not part_lines:
        return lines, [], []
    first, last = part_lines[0], part_lines[-1]
    return lines[:first], lines[first : last + 1], lines[last + 1 :]


def _copy(parts: list[str], number: int, out: list[str], rng: random.Random | None) -> int:
    """Append one copy of the parts, numbered on from `number`; the last number used."""
    for line in parts:
        marker = _PART.match(line)
        body = line[marker.end() :] if marker else line
        if rng is not None:
            body = _NUMBER.sub(lambda m: _redraw(m.group(), rng), body)
        if marker:
            number += 1
            body = f"{number}{marker.group(2)}{body}"
        out.append(body)
    return number


def _redraw(number: str, rng: random.Random) -> str:
    whole, dot, fraction = number.partition(".")
    digits = str(rng.randint(10 ** (len(whole) - 1) if len(whole) > 1 else 1, 10 ** len(whole) - 1))
    return digits + dot + "".join(rng.choice("0123456789") for _ in fraction)
