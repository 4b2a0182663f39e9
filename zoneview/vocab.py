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


class NodeKind(StrEnum):
    """A node of a report's outline."""

    PREAMBLE = "preamble"  # what comes before the first part
    PART = "part"  # a top-level part: 一、, 1., 第一部分
    SECTION = "section"  # a numbered level below a part: （一）, 1.
    INITIATIVE = "initiative"  # an item a report counts in prose: 一是, 二是
    SUMMARY = "summary"  # the closing paragraph of figures
    APPENDIX = "appendix"  # closing matter: notes, names, dates


class EntityKind(StrEnum):
    """What a named thing is; the order is the detail pane's."""

    PARK = "park"  # a park a zone covers: 重庆高新区
    ORGANIZATION = "organization"
    PLATFORM = "platform"
    EVENT = "event"
    PLACE = "place"  # a district, county or 街道 a report names
    POLICY = "policy"  # a policy document: 《…》


class FigureKind(StrEnum):
    """What a figure says, in the order a chart shows its kinds."""

    LEVEL = "level"  # 2902.97亿元
    CHANGE = "change"  # 增长10.9%
    RATE = "rate"  # 失业率5.5%
    SHARE = "share"  # 占全市11.6%
    TARGET = "target"  # 增长6.5%左右 in a main-targets passage


class MarkKind(StrEnum):
    """What the build marked in a node's display text; an entity's mark is its EntityKind."""

    FIGURE = "figure"
    CORRECTION = "correction"


# Units that are parts of a whole rather than amounts: a figure in them is a ratio
PER_CENT_UNITS = ("%", "‰")

# The areas that act: the parks a zone covers, the districts a report names
ACTOR_KINDS = (EntityKind.PARK, EntityKind.PLACE)
# The nodes in which an actor acts: the preamble and the closing matter only name it
SECTION_KINDS = (NodeKind.PART, NodeKind.SECTION, NodeKind.INITIATIVE)
