"""A larger report made from a real one, for benchmarks and stress tests: its parts repeated, renumbered."""

from __future__ import annotations

import re

_PART = re.compile(r"^(\d+)([.．、])", re.MULTILINE)


def scaled_report(source: str, times: int) -> str:
    """The preamble, then the numbered parts `times` times with numbering continuing, then the rest."""
    lines = source.split("\n")
    part_lines = [i for i, line in enumerate(lines) if _PART.match(line)]
    if not part_lines:
        return "\n".join([source] * times)
    first, last = part_lines[0], part_lines[-1]
    head, parts, tail = lines[:first], lines[first : last + 1], lines[last + 1 :]
    out = list(head)
    number = 0
    for _ in range(times):
        for line in parts:
            if _PART.match(line):
                number += 1
                marker = _PART.match(line)
                assert marker is not None
                line = f"{number}{marker.group(2)}{line[marker.end() :]}"
            out.append(line)
    return "\n".join(out + tail)
