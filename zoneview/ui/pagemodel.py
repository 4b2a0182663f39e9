"""A page as parts: pieces of markup, tables, and the place of a node's charts. The detail pane and
the printer lay out the same parts, each its own way: the window leaves the charts to its chart pane,
the printer draws them where the page keeps their place; a table is a grid on screen and ruled on
paper. Report text in a part is plain text until the part is rendered, and is escaped then."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    text: str
    href: str = ""  # a link's target (Target text), or none
    numeric: bool = False  # set flush right


@dataclass(frozen=True)
class Table:
    title: str
    head: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""  # under the table: what it leaves out
    level: int = 3  # the title's heading level


@dataclass(frozen=True)
class Markup:
    """Markup made by the renderer, its report text already escaped: headings, the marked text, lists."""

    html: str


@dataclass(frozen=True)
class Charts:
    """Where a node's charts go: beside the text in the window, after it on paper."""

    node_id: str


Part = Markup | Table | Charts
