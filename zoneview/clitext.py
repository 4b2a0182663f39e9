"""What the command line takes in and puts out as text: arguments that must be UTF-8 to be searched or
stored, and JSON that must hold only finite numbers."""

from __future__ import annotations

import math
from typing import Any


def undecodable(arguments: dict[str, Any]) -> str | None:
    """Why a text argument (a search term, a subject, an issuer) cannot be used, or None. One that is
    not valid UTF-8 arrives holding surrogates (Python's stand-ins for its bytes), which SQLite and
    the terminal cannot take. Paths are not text: they are not looked at."""
    for name, value in arguments.items():
        for text in value if isinstance(value, tuple) else (value,):
            if isinstance(text, str) and not text.isascii():
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                    return f"{name.replace('_', '-')} is not valid UTF-8 text: {shown}"
    return None


def finite_or_null(data: Any) -> Any:
    """`data` with null for every number that is not finite: JSON has no Infinity or NaN."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {key: finite_or_null(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [finite_or_null(item) for item in data]
    return data
