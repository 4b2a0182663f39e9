"""The project's fixed vocabularies, one order each: a typo fails at import, and the strings still read
well in JSON, CSV and SQL. Every layer may import this module; it imports nothing of zoneview."""

from __future__ import annotations

from enum import StrEnum


class Measure(StrEnum):
    """How a standard indicator is measured (data/indicators.toml)."""

    GROWTH = "growth"  # 增长5%
    LEVEL = "level"  # 85万人, 730亿斤
    RATE = "rate"  # 失业率5.5%
    SHARE = "share"  # 研发投入强度2.5%
    REDUCTION = "reduction"  # 能耗下降3%


class Direction(StrEnum):
    """How a target is met."""

    FLOOR = "floor"  # at least: growth, 以上, 不低于
    CEILING = "ceiling"  # at most: 以内, 控制在, prices, unemployment
    REDUCTION = "reduction"  # at least this much lower: 单位GDP能耗下降3%


class Verdict(StrEnum):
    """A target beside its outcome, in the scorecard's order."""

    MET = "met"
    MISSED = "missed"
    NOT_REPORTED = "not reported"  # a target, and no annual figure of its year in a later report
    NO_TARGET = "no target"  # an outcome of a year that set no target
