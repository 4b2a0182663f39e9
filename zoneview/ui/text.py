"""Filling translated templates: Qt's %1 … %9 placeholders, replaced in one pass."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """fill("%1 of %2", 3, 7) -> "3 of 7". One pass, so a value that itself holds "%2" stays as it is."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(), template
    )
