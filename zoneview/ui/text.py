"""Filling translated templates: Qt's %1 … %9 placeholders, replaced in one pass."""

from __future__ import annotations

import re
from collections.abc import Callable

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """fill("%1 of %2", 3, 7) -> "3 of 7". One pass, so a value that itself holds "%2" stays as it is."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(), template
    )


# What a line break may not split: a run of Latin letters and digits (2025, 6.5-7%), and a short
# parenthesis (（2025年）, （累计）), which moves to the next line whole. Anything else is one character.
_TOKEN = re.compile(r"[A-Za-z0-9.,%+\-/:]+|（[^（）]{1,12}）|\([^()]{1,12}\)|.", re.S)


def wrap_lines(text: str, width: float, advance: Callable[[str], float], lines: int) -> list[str]:
    """`text` in at most `lines` lines no wider than `width` (as `advance` measures), broken between
    characters as Chinese is, never inside a number or a word; what does not fit ends in …"""
    tokens = _TOKEN.findall(text)
    out: list[str] = []
    line = ""
    while tokens and len(out) < lines:
        token = tokens[0]
        if advance(line + token) <= width:
            line += tokens.pop(0)
        elif line:
            out.append(line)
            line = ""
        else:  # one token wider than a line: it has to be cut
            cut = len(token)
            while cut > 1 and advance(token[:cut]) > width:
                cut -= 1
            out.append(token[:cut])
            tokens[0] = token[cut:]
    if line and len(out) < lines:
        out.append(line)
        line = ""
    rest = line + "".join(tokens)
    if rest:
        last = out[-1] + rest
        while len(last) > 1 and advance(last + "…") > width:
            last = last[:-1]
        out[-1] = last + "…"
    return out or [""]
