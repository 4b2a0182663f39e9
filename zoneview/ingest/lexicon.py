"""The genre's standard indicators (data/indicators.toml): canonical names, synonyms, measures and the
direction a target on each is met in. What lines figures up across years and across issuers."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from zoneview.vocab import Direction, Measure

LEXICON_FILE = Path(__file__).parent / "data" / "indicators.toml"


@dataclass(frozen=True)
class StandardIndicator:
    name: str
    synonyms: tuple[str, ...]
    measures: tuple[Measure, ...]  # the usual first
    direction: Direction
    parts: tuple[str, ...] = ()  # standard indicators that are parts of it: 城镇…, 农村…
    in_percent: str | None = None  # the indicator an amount of it given in per cent is: 赤字率


@cache
def lexicon() -> dict[str, StandardIndicator]:
    """Every standard indicator by its canonical name, in the file's order."""
    with LEXICON_FILE.open("rb") as f:
        table = tomllib.load(f)
    return {
        name: StandardIndicator(
            name,
            tuple(entry.get("synonyms", ())),
            tuple(Measure(m) for m in entry["measures"]),
            Direction(entry["direction"]),
            tuple(entry.get("parts", ())),
            entry.get("in_percent"),
        )
        for name, entry in table.items()
    }
