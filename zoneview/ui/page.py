"""The detail pane's HTML: a node with its figures, entities, corrections and source quote, or an entity
with the places that mention it. Every piece of report text is escaped: markup in a document is text."""

from __future__ import annotations

import html
import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QPalette

from zoneview.store.document import Document
from zoneview.store.records import CorrectionRecord, IndicatorRecord, MarkRecord, NodeRecord, OutlineEntry
from zoneview.ui.contrast import legible
from zoneview.ui.pagemodel import Cell, Charts, Markup, Part, Table
from zoneview.ui.target import Target
from zoneview.ui.text import fill
from zoneview.vocab import ACTOR_KINDS

# What a page shows at once. A node's text is cut into pages of about PAGE_CHARS characters, at a line
# break where there is one; tables and lists show ROWS rows, then say how many more there are. The
# longest node of the corpus reports (18,762 characters, 185 figures) fits on one page.
PAGE_CHARS = 20_000
ROWS = 300
# Corrections are read a page's worth at a time past this many in a node.
CORRECTIONS_AT_ONCE = 2_000
# A correction is shown in its clause, cut this many characters either side of it; a mention of a name
# with SNIPPET_CHARS either side, up to SNIPPETS places in one node.
CONTEXT_CHARS = 12
SNIPPET_CHARS = 24
SNIPPETS = 3
CLAUSE_MARKS = frozenset("，。；：、！？,;:!?\n\r\t“”‘’《》（）()【】")
# On paper a body is cut into paragraphs of at least this many characters, at a line break of its own
# (or past PAPER_CUT_CHARS, at a sentence's end or anywhere): Qt draws each printed page of a paragraph
# by going over all of it, so a section of a million characters in one paragraph took minutes to print.
PAPER_BLOCK_CHARS = 2_000
PAPER_CUT_CHARS = 4 * PAPER_BLOCK_CHARS

T = TypeVar("T")

KIND_COLOURS = {
    "park": "#1565c0",
    "organization": "#2e7d32",
    "policy": "#6a1b9a",
    "platform": "#00838f",
    "event": "#ad1457",
    "place": "#5d4037",
}
DARK_KIND_COLOURS = {
    "park": "#64b5f6",
    "organization": "#81c784",
    "policy": "#ce93d8",
    "platform": "#4dd0e1",
    "event": "#f48fb1",
    "place": "#bcaaa4",
}


@dataclass
class Page:
    """Rendered HTML plus the tooltips of its links (QTextBrowser shows no title attributes), and the
    parts it was rendered from, for the printer to lay out the same page again."""

    html: str
    tooltips: dict[str, str] = field(default_factory=dict)
    title: str = ""
    page: int = 1  # which page of the node or entity this is, of `pages`
    pages: int = 1
    parts: list[Part] = field(default_factory=list)


def text_pages(text: str, size: int = PAGE_CHARS) -> list[tuple[int, int]]:
    """A long text cut into pages of at most `size` characters: (start, end) of each, cut after a line
    break in the second half of the page where there is one."""
    pages = []
    pos = 0
    while len(text) - pos > size:
        cut = text.rfind("\n", pos + size // 2, pos + size)
        cut = cut + 1 if cut >= 0 else pos + size
        pages.append((pos, cut))
        pos = cut
    pages.append((pos, len(text)))
    return pages


def _paper_cuts(
    text: str, owner: list[MarkRecord | None] | None = None, lit: list[bool] | None = None
) -> set[int]:
    """Where a printed text starts a new paragraph: at a line break (or past PAPER_CUT_CHARS, after a
    sentence's end, or anywhere) once the paragraph holds PAPER_BLOCK_CHARS, never inside a mark."""
    owner = owner or [None] * len(text)
    lit = lit or [False] * len(text)
    cuts: set[int] = set()
    last = 0
    at = text.find("\n", PAPER_BLOCK_CHARS)
    while at >= 0 or len(text) - last > PAPER_CUT_CHARS:
        if at < 0 or at - last > PAPER_CUT_CHARS:  # no line break near: a sentence's end, or anywhere
            window = text.rfind("。", last + PAPER_BLOCK_CHARS, last + PAPER_CUT_CHARS)
            at = window + 1 if window >= 0 else last + PAPER_CUT_CHARS
        while at < len(text) and (owner[at] is not None or lit[at]):
            at += 1
        if at >= len(text):
            break
        cuts.add(at)
        last = at
        at = text.find("\n", last + PAPER_BLOCK_CHARS)
    return cuts


def source_lines(text: str, original: str, start: int, end: int) -> tuple[int, int]:
    """The span of `original` (a node as printed) holding the lines that text[start:end] (its
    normalised text) shows. Normalising never adds or removes a line break, and both end at the same
    last line, so a line is found by counting line breaks back from the end."""

    def at(position: int) -> int:
        line_start = text.rfind("\n", 0, position) + 1  # the start of the line holding `position`
        if line_start == 0:
            return 0
        back = text.count("\n", line_start - 1)
        found = len(original)
        for _ in range(back):
            found = original.rfind("\n", 0, found)
            if found < 0:
                return 0
        return found + 1

    return at(start), len(original) if end >= len(text) else at(end)


def _in_word(ch: str) -> bool:
    """Part of a run no cut may split: a number with its decimal point and per cent, a Latin word."""
    return ch.isascii() and (ch.isalnum() or ch in "%.")


def _ends_clause(text: str, i: int) -> bool:
    """Whether text[i] closes or opens a clause: punctuation, a line break; a comma between digits
    (2,100) does not."""
    if text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        return False
    return text[i] in CLAUSE_MARKS


def clause_around(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[int, int]:
    """The clause holding text[start:end], at most `width` characters either side, widened so that it
    never cuts a number or a Latin word in two: 例蕞高可 becomes 比例蕞高可达, 0 % becomes 100 %."""
    left = start
    while left > 0 and not _ends_clause(text, left - 1):
        if start - left >= width and not (_in_word(text[left - 1]) and _in_word(text[left])):
            break
        left -= 1
    right = end
    while right < len(text) and not _ends_clause(text, right):
        if right - end >= width and not (_in_word(text[right - 1]) and _in_word(text[right])):
            break
        right += 1
    return left, right


def in_context(node: NodeRecord, c: CorrectionRecord) -> tuple[str, str]:
    """A correction in its clause, as printed and as read: (加大国 家级创新基地建设, 加大国家级创新基地
    建设); an ellipsis says where a long clause was cut."""
    text = node.original
    start, end = c.span_start - node.span_start, c.span_end - node.span_start
    left, right = clause_around(text, start, end)
    before = ("…" if left > 0 and not _ends_clause(text, left - 1) else "") + text[left:start]
    after = text[end:right] + ("…" if right < len(text) and not _ends_clause(text, right) else "")
    return before + c.original + after, before + c.corrected + after


def _href(kind: str, ident: object, highlight: str = "", page: int | None = None) -> str:
    """A link target, escaped for an HTML attribute: ids come from the database, which may be hostile."""
    words = (highlight,) if highlight else ()
    return html.escape(Target(kind, str(ident), words, page).text(), quote=True)


def _link(text: str, href: str, colour: str) -> str:
    return f"<a href='{html.escape(href, quote=True)}' style='color:{colour}'>{html.escape(text)}</a>"


def _shift(mark: MarkRecord, start: int, end: int) -> MarkRecord:
    """A mark of a node's text as a mark of text[start:end], cut to it."""
    return MarkRecord(max(mark.start, start) - start, min(mark.end, end) - start, mark.kind, mark.ref)


def _table(
    columns: list[tuple[str, Callable[[T], Cell]]], items: list[T], title: str, note: str, level: int
) -> Table:
    """A table of `items`, a row each, with a cell of each column's making."""
    rows = tuple(tuple(cell(item) for _, cell in columns) for item in items)
    return Table(title, tuple(head for head, _ in columns), rows, note, level)


def _per_cent(value: float | None) -> str:
    return "" if value is None else f"{number(value)}%"


def share_of(ind: IndicatorRecord) -> tuple[str, float | None]:
    """What whole a figure is the given share of, and the share: (全省, 61.3). A database of schema 1
    knows only shares of the city (share_of_city_pct)."""
    if ind.share_of_total_pct is not None:
        return ind.share_of or "", ind.share_of_total_pct
    return "全市", ind.share_of_city_pct


def _share_text(whole: str, pct: float | None) -> str:
    return f"{_per_cent(pct)}（{whole}）" if pct is not None and whole else _per_cent(pct)


def number(value: float) -> str:
    """2100 -> 2,100; 6.05 -> 6.05; 290297000000 -> 290,297,000,000 (inf and nan as they are: only a
    tampered database, which check calls damaged, holds them)."""
    if not math.isfinite(value):
        return str(value)
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


class PageRenderer(QObject):
    """Turns store records into the detail pane's HTML, in the current language."""

    def __init__(self, document: Document, dark: bool = False, paper: bool = False) -> None:
        """`paper`: for printing, black on white whatever the screen's palette."""
        super().__init__()
        self.document = document
        self.dark = dark and not paper
        self.paper = paper

    # -- pages -----------------------------------------------------------------------------------

    def node_page(
        self,
        node_id: str,
        highlight: list[str] | None = None,
        page: int | None = None,
        paged: bool = False,
        rows: int | None = None,
        chars: int | None = None,
    ) -> Page:
        """A node's page: all of it, or with `paged` its `page`-th page (the one holding the first
        highlighted term when None), its tables cut to `ROWS` rows. On paper, `rows` and `chars` bound
        the whole node: its figures table lists at most `rows`, and its text (with its source) stops at
        a line break near `chars` characters; each says how much there is."""
        node = self.document.node(node_id)
        if node is None:
            return self.message_page(
                self.tr("Not found"), self.tr("There is no node %s.") % html.escape(node_id)
            )
        spans = text_pages(node.text) if paged else [(0, len(node.text))]
        number = self._page_number(node.text, spans, highlight or [], page)
        start, end = spans[number - 1]
        cut = chars is not None and not paged and len(node.text) > chars
        if chars is not None and cut:
            start, end = text_pages(node.text, chars)[0]
        result = Page("", title=self.heading(node), page=number, pages=len(spans))
        head = [self._style(), self._breadcrumb(node), f"<h2>{html.escape(self.heading(node))}</h2>"]
        actors = self.document.actors(node.id)
        if actors and node.kind in ("part", "section", "initiative"):
            actor_ids = {e.name: e.id for e in self.document.entities(ACTOR_KINDS)}
            links = "、".join(self._entity_link(actor_ids[a], a, "park") for a in actors if a in actor_ids)
            acting = html.escape(self.tr("Actors: %1"))
            head.append(f"<p class='meta'>{fill(acting, links)}</p>")
        parts: list[Part] = [Markup("".join(head))]
        marks = (
            self.document.marks(node.id, start, end)
            if len(spans) > 1 or cut
            else self.document.marks(node.id)
        )
        figures = self.document.figure_counts([node.id]).get(node.id, 0)
        if len(spans) == 1 and (not paged or figures <= ROWS):
            indicators = self.document.indicators(node.id)
        else:  # the figures this page shows
            indicators = self.document.indicators(node.id, ids=[m.ref for m in marks if m.kind == "figure"])
        all_corrections, punctuation = self.document.correction_counts(node.id)
        corrections = self._page_corrections(node.id, marks, all_corrections, paged)
        pager = self._pager(node.id, result) if result.pages > 1 else ""
        if node.text:
            shifted = [_shift(m, start, end) for m in marks]
            body = self._marked_text(
                node.text[start:end], shifted, indicators, corrections, highlight or [], result
            )
            parts.append(Markup(f"{pager}<p class='body'>{body}</p>{pager}"))
        if cut:
            said = self.tr("This section's text has %1 characters; a printout holds the first %2 (the window"
                           " shows it all).")  # fmt: skip
            counts = fill(said, f"{len(node.text):,}", f"{end:,}")
            parts.append(Markup(f"<p class='muted'>{html.escape(counts)}</p>"))
        parts.append(Charts(node.id))
        parts.append(Markup(self._children(node, paged)))
        if indicators:
            listed = ""
            shown = indicators[:ROWS] if paged else indicators
            if paged and figures > len(shown):
                listed = self.tr("%n figure(s) in all; this table lists those on this page", "", figures)
            elif rows is not None and len(shown) > rows:
                shown = shown[:rows]
                listed = fill(
                    self.tr("%1 figures in all; this table lists the first %2"), f"{figures:,}", f"{rows:,}"
                )
            parts.append(self.figure_table(shown, note=listed))
        if all_corrections > punctuation:  # half-width punctuation is counted once, for the document
            parts.append(self._corrections(node, corrections, all_corrections - punctuation, paged))
        parts.append(Markup(self._source(node, result, start, end, result.pages > 1, whole_lines=cut)))
        result.parts = parts
        result.html = self.render(parts)
        return result

    def entity_page(self, entity_id: int, page: int | None = None) -> Page:
        """An entity with the places that mention it, `ROWS` of them a page."""
        entity = self.document.entity(entity_id)
        if entity is None:
            return self.message_page(self.tr("Not found"), self.tr("There is no such entry."))
        places = self.document.place_count(entity_id)
        pages = max(1, -(-places // ROWS))
        number = min(max(1, page or 1), pages)
        result = Page("", title=entity.display_name, page=number, pages=pages)
        found = self.document.mention_places(entity_id, offset=(number - 1) * ROWS, limit=ROWS)
        nodes = self.document.outline_entries([node_id for node_id, _ in found])
        items = []
        for node_id, times in found:
            node = nodes.get(node_id)
            heading = self.heading(node) if node else node_id
            count = self.tr("%n time(s)", "", times) if times > 1 else ""
            items.append(
                f"<li><a href='{_href('node', node_id, entity.name)}'>{html.escape(heading)}</a>"
                f"<span class='muted'>　{count}</span>{self._snippets(node_id, entity_id)}</li>"
            )
        mentioned = self.tr("Mentioned %n time(s)", "", entity.mentions)
        spread = self.tr("in %n place(s) of the report", "", places)
        pager = self._pager(f"{entity_id}", result, kind="entity") if pages > 1 else ""
        result.parts = [
            Markup(
                f"{self._style()}<p class='crumb'>{html.escape(self.kind_name(entity.kind))}</p>"
                f"<h2>{html.escape(entity.display_name)}</h2>"
                f"<p class='meta'>{mentioned}　{spread}</p>{pager}<ul>{''.join(items)}</ul>{pager}"
            )
        ]
        result.html = self.render(result.parts)
        return result

    def marked_body(self, node: NodeRecord, page: Page) -> str:
        """A node's whole text with its figures, names and corrections marked as the detail pane marks
        them (for the booklet, which prints every node); their tooltips go to `page`."""
        marks = self.document.marks(node.id)
        corrections = dict(enumerate(self.document.corrections(node.id)))
        return self._marked_text(node.text, marks, self.document.indicators(node.id), corrections, [], page)

    def figure_page(self, indicator: IndicatorRecord) -> int:
        """The page of its node's text on which a figure is marked (the first, if it is not)."""
        mark = self.document.figure_mark(indicator.node_id, indicator.id)
        node = self.document.node(indicator.node_id) if mark is not None else None
        if node is None or mark is None:
            return 1
        spans = text_pages(node.text)
        return next(n for n, (_, end) in enumerate(spans, start=1) if mark.start < end or n == len(spans))

    def message_page(self, title: str, text: str) -> Page:
        markup = Markup(f"{self._style()}<h2>{html.escape(title)}</h2><p>{text}</p>")
        return Page(markup.html, title=title, parts=[markup])

    # -- rendering -------------------------------------------------------------------------------

    def render(self, parts: list[Part], charts: Callable[[str], str] | None = None) -> str:
        """A page's parts as HTML; a node's charts where `charts` draws them (on paper), else left out
        (the window has a pane for them)."""
        out = []
        for part in parts:
            if isinstance(part, Markup):
                out.append(part.html)
            elif isinstance(part, Table):
                out.append(self.table_html(part))
            elif charts is not None:
                out.append(charts(part.node_id))
        return "".join(out)

    def table_html(self, table: Table, ruled: bool = False) -> str:
        """A table under its title: a plain grid as the page shows it, or `ruled`, every cell boxed and
        the page's full width and no links, for long tables on paper."""
        colour = self._text_colour()
        rows = []
        for row in table.rows:
            cells = []
            for cell in row:
                linked = cell.href and not ruled
                text = _link(cell.text, cell.href, colour) if linked else html.escape(cell.text)
                align = (" align='right'" if ruled else " class='num'") if cell.numeric else ""
                cells.append(f"<td{align}>{text}</td>")
            rows.append(f"<tr>{''.join(cells)}</tr>")
        head = "".join(f"<th>{html.escape(h)}</th>" for h in table.head)
        frame = "border='1' cellspacing='0' cellpadding='3' width='100%'" if ruled else "cellspacing='0'"
        grid = f"<table {frame}><thead><tr>{head}</tr></thead>{''.join(rows)}</table>" if rows else ""
        note = f"<p class='muted'>{html.escape(table.note)}</p>" if table.note else ""
        tag = f"h{table.level}"
        return f"<{tag}>{html.escape(table.title)}</{tag}>{grid}{note}"

    def figure_table(
        self,
        indicators: list[IndicatorRecord],
        sections: dict[str, str] | None = None,
        title: str = "",
        note: str = "",
        level: int = 3,
    ) -> Table:
        """Figures, each linked to its place in the text, under `title` (Figures) and over `note`. With
        `sections` (a node's full breadcrumb by its id), the section each is in comes first, in place
        of the base units: on paper the columns must fit a page."""
        # 占全省: the share column named after its whole; of several wholes, each cell names its own
        wholes = {share_of(i)[0] for i in indicators if share_of(i)[1] is not None}
        one_whole = len(wholes) == 1 and "" not in wholes
        share_head = fill(self.tr("Share of %1"), *wholes) if one_whole else self.tr("Share of the whole")

        def share(i: IndicatorRecord) -> Cell:
            whole, pct = share_of(i)
            return Cell(_per_cent(pct) if one_whole else _share_text(whole, pct), numeric=True)

        columns: list[tuple[str, Callable[[IndicatorRecord], Cell]]] = [
            (self.tr("Figure"), lambda i: Cell(i.label, href=Target("figure", str(i.id)).text())),
            (self.tr("Value"), lambda i: Cell(i.display_value, numeric=True)),
            (self.tr("In base units"), lambda i: Cell(f"{number(i.base_value)} {i.base_unit}", numeric=True)),
            (self.tr("Period"), lambda i: Cell(i.period or "")),
            (share_head, share),
        ]
        if sections is not None:
            columns[2:3] = []
            columns.insert(0, (self.tr("Section"), lambda i: Cell(sections[i.node_id])))
        # a column no figure fills (no period, no share of a whole) says nothing: left out
        columns = [(head, cell) for head, cell in columns if any(cell(i).text for i in indicators)]
        return _table(columns, indicators, title or self.tr("Figures"), note, level)

    def correction_table(
        self,
        corrections: list[tuple[NodeRecord, CorrectionRecord]],
        sections: dict[str, str] | None = None,
        title: str = "",
        note: str = "",
        level: int = 3,
    ) -> Table:
        """Each correction in its clause, as printed and as read (国 家 → 国家), with its place among
        the report's characters; with `sections`, the section it is in first, in place of the
        characters. The rest as for figure_table."""
        # each correction with its node and its clause as printed and as read, worked out once
        seen = [(node, c, *in_context(node, c)) for node, c in corrections]
        columns: list[tuple[str, Callable[[tuple[NodeRecord, CorrectionRecord, str, str]], Cell]]] = [
            (self.tr("Printed"), lambda s: Cell(f"“{s[2]}”")),
            (self.tr("Read as"), lambda s: Cell(f"“{s[3]}”")),
            (self.tr("Reason"), lambda s: Cell(self.reason_name(s[1].reason))),
            (self.tr("Characters"), lambda s: Cell(f"{s[1].span_start}–{s[1].span_end}", numeric=True)),
        ]
        if sections is not None:
            columns[3:4] = []
            columns.insert(0, (self.tr("Section"), lambda s: Cell(sections[s[0].id])))
        return _table(columns, seen, title or self.tr("Corrections"), note, level)

    # -- names -----------------------------------------------------------------------------------

    def heading(self, node: NodeRecord | OutlineEntry) -> str:
        """How a node is named in the tree, breadcrumb and history: 一是 强化金融要素支持."""
        if node.kind == "preamble":
            return self.tr("Overview") if node.title == "概述" else node.title
        if node.kind == "summary" and node.period:
            return self.tr("Key figures of %s") % node.period.removesuffix("年")
        return f"{node.marker} {node.title}".strip()

    def kind_name(self, kind: str) -> str:
        names = {
            "park": self.tr("Park"),
            "organization": self.tr("Organisation"),
            "policy": self.tr("Policy document"),
            "platform": self.tr("Platform"),
            "event": self.tr("Event"),
            "place": self.tr("Place"),
        }
        return names.get(kind, kind)

    def figure_tooltip(self, ind: IndicatorRecord, name: str = "") -> str:
        """The figure in a few lines; `name` in place of its own (a chart's label of it)."""
        lines = [f"{name or ind.label}: {ind.display_value}"]
        if ind.unit != ind.base_unit:
            lines.append(f"= {number(ind.base_value)} {ind.base_unit}")
        if ind.period:
            lines.append(self.tr("Period: %s") % ind.period)
        whole, pct = share_of(ind)
        if pct is not None:
            lines.append(fill(self.tr("Share of the %1 total: %2"), whole, _per_cent(pct)))
        lines.append(self.tr("Source: “%s”") % ind.quote)
        return "\n".join(lines)

    # -- pieces ----------------------------------------------------------------------------------

    def _page_number(
        self, text: str, spans: list[tuple[int, int]], highlight: list[str], page: int | None
    ) -> int:
        """The page asked for, or the one with the first hit of a highlighted term, or the first."""
        if page is not None or len(spans) == 1:
            return min(max(1, page or 1), len(spans))
        folded = text.casefold()
        hits = [folded.find(t.casefold()) for t in highlight if t]
        first = min((h for h in hits if h >= 0), default=0)
        return next(n for n, (_, end) in enumerate(spans, start=1) if first < end or n == len(spans))

    def _pager(self, ident: str, page: Page, kind: str = "node") -> str:
        """Page n of m, with links to the first, previous, next and last pages."""
        links = []
        for label, number in (
            (self.tr("« First"), 1),
            (self.tr("‹ Previous"), page.page - 1),
            (self.tr("Next ›"), page.page + 1),
            (self.tr("Last »"), page.pages),
        ):
            if 1 <= number <= page.pages and number != page.page:
                links.append(f"<a href='{_href(kind, ident, page=number)}'>{html.escape(label)}</a>")
            else:
                links.append(f"<span class='muted'>{html.escape(label)}</span>")
        where = fill(self.tr("Page %1 of %2"), page.page, page.pages)
        return f"<p class='meta'>{where}　{'　'.join(links)}</p>"

    def _page_corrections(
        self, node_id: str, marks: list[MarkRecord], total: int, paged: bool
    ) -> dict[int, CorrectionRecord]:
        """The node's corrections by their index: all of them, or for a node with very many, those this
        page marks."""
        if not paged or total <= CORRECTIONS_AT_ONCE:
            return dict(enumerate(self.document.corrections(node_id)))
        refs = [m.ref for m in marks if m.kind == "correction"]
        if not refs:
            return {}
        low, high = min(refs), max(refs)
        found = self.document.corrections(node_id, offset=low, limit=high - low + 1)
        return {low + k: c for k, c in enumerate(found)}

    def _children(self, node: NodeRecord, paged: bool) -> str:
        entry = self.document.outline_entry(node.id)
        total = entry.children if entry else 0
        if not total:
            return ""
        children = self.document.outline(node.id, limit=ROWS if paged else -1)
        counts = self.document.figure_counts([c.id for c in children])
        items = []
        for child in children:
            count = counts.get(child.id, 0)
            figures = self.tr("%n figure(s)", "", count) if count else ""
            items.append(
                f"<li><a href='{_href('node', child.id)}'>{html.escape(self.heading(child))}</a>"
                f"<span class='muted'>　{figures}</span></li>"
            )
        more = ""
        if total > len(children):
            rest = self.tr("%n more in the contents tree", "", total - len(children))
            more = f"<p class='muted'>{rest}</p>"
        initiatives = self.tr("Initiatives")
        return f"<h3>{initiatives}</h3><ul>{''.join(items)}</ul>{more}"

    def _text_colour(self) -> str:
        """Links inside running text keep the text's colour (Qt's rich text knows no 'inherit')."""
        if self.paper:
            return "#000000"
        return QGuiApplication.palette().color(QPalette.ColorRole.Text).name()

    def _muted(self) -> str:
        return "#9aa0a6" if self.dark else "#5f6368"

    def _style(self) -> str:
        muted = self._muted()
        rule = "#444" if self.dark else "#ddd"
        return (
            "<style>"
            f"h2 {{ margin-top: 4px; }} .crumb {{ color: {muted}; }} .meta {{ color: {muted}; }}"
            f" .muted {{ color: {muted}; }} .body {{ line-height: 160%; }}"
            f" th {{ text-align: left; border-bottom: 1px solid {rule}; padding: 3px 8px; }}"
            " td { padding: 3px 8px; } td.num { text-align: right; }"
            " a { text-decoration: none; }"
            "</style>"
        )

    def _breadcrumb(self, node: NodeRecord) -> str:
        doc = self.document.record()
        trail = [html.escape(doc.title)]
        above = self.document.ancestry(node.id)[:-1]
        entries = self.document.outline_entries(above)  # headings only: an ancestor may be very long
        for crumb in (entries[i] for i in above if i in entries):
            trail.append(f"<a href='{_href('node', crumb.id)}'>{html.escape(self.heading(crumb))}</a>")
        return f"<p class='crumb'>{' › '.join(trail)}</p>"

    def _entity_link(self, entity_id: int, name: str, kind: str) -> str:
        colour = (DARK_KIND_COLOURS if self.dark else KIND_COLOURS).get(kind, "")
        return f"<a href='{_href('entity', entity_id)}' style='color:{colour}'>{html.escape(name)}</a>"

    def _marked_text(
        self,
        text: str,
        marks: list[MarkRecord],
        indicators: list[IndicatorRecord],
        corrections: dict[int, CorrectionRecord],
        highlight: list[str],
        page: Page,
    ) -> str:
        """The body with figures, entities and corrected places as links, and search terms highlighted."""
        owner: list[MarkRecord | None] = [None] * len(text)
        for mark in marks:  # outer marks come first and win
            if all(owner[i] is None for i in range(mark.start, mark.end)):
                for i in range(mark.start, mark.end):
                    owner[i] = mark
        lit = [False] * len(text)
        folded = text.casefold()
        for term in highlight:
            needle = term.casefold()
            pos = folded.find(needle) if needle else -1
            while pos >= 0:
                for i in range(pos, pos + len(needle)):
                    lit[i] = True
                pos = folded.find(needle, pos + len(needle))
        cuts = _paper_cuts(text, owner, lit) if self.paper else set()
        by_id = {i.id: i for i in indicators}
        colours = DARK_KIND_COLOURS if self.dark else KIND_COLOURS
        figure_bg = "#5c4b12" if self.dark else "#fff1b8"
        hit_bg = "#8a6d00" if self.dark else "#ffd54f"
        out: list[str] = []
        i = 0
        while i < len(text):
            if i in cuts:  # a new paragraph on paper: the line break it replaces is a space on screen
                cuts.discard(i)
                out.append("</p><p class='body'>")
                i += text[i] == "\n"
                continue
            j = i + 1
            while j < len(text) and owner[j] is owner[i] and lit[j] == lit[i] and j not in cuts:
                j += 1
            chunk = html.escape(text[i:j])
            if lit[i]:  # the text on a hit's background keeps AA (4.5:1): white on dark amber
                hit_text = legible(self._text_colour(), hit_bg, "#ffffff")
                colour = "" if hit_text == self._text_colour() else f"; color:{hit_text}"
                chunk = f"<span style='background-color:{hit_bg}{colour}'>{chunk}</span>"
            mark = owner[i]
            if mark is not None:
                if mark.kind == "figure" and mark.ref in by_id:
                    href = _href("figure", mark.ref)
                    page.tooltips[href] = self.figure_tooltip(by_id[mark.ref])
                    style = f"background-color:{figure_bg}; font-weight:bold"
                    chunk = f"<a href='{href}' style='{style}; color:{self._text_colour()}'>{chunk}</a>"
                elif mark.kind == "correction" and mark.ref in corrections:
                    c = corrections[mark.ref]
                    href = _href("correction", mark.ref)
                    page.tooltips[href] = self.tr("Corrected: “%s” → “%s” (%s)") % (
                        c.original,
                        c.corrected,
                        self.reason_name(c.reason),
                    )
                    style = f"color:{self._text_colour()}; text-decoration: underline dotted"
                    chunk = f"<a href='{href}' style='{style}'>{chunk}</a>"
                elif mark.kind not in ("figure", "correction"):
                    href = _href("entity", mark.ref)
                    colour = colours.get(mark.kind, "")
                    if colour and lit[i]:  # an entity inside a search hit: legible on its background
                        colour = legible(colour, hit_bg, self._text_colour())
                    chunk = f"<a href='{href}' style='color:{colour}'>{chunk}</a>"
            out.append(chunk)
            i = j
        return "".join(out)

    def reason_name(self, reason: str) -> str:
        names = {
            "stray space": self.tr("stray space"),
            "doubled character": self.tr("doubled character"),
            "misprint": self.tr("misprint"),
            "punctuation": self.tr("half-width punctuation"),
        }
        return names.get(reason, reason)

    def _corrections(
        self, node: NodeRecord, corrections: dict[int, CorrectionRecord], total: int, paged: bool
    ) -> Table:
        """The node's corrections other than punctuation (`total` of them): all, or for a node with very
        many, those of the page, at most `ROWS`."""
        real = [c for _, c in sorted(corrections.items()) if c.reason != "punctuation"]
        shown = real[:ROWS] if paged else real
        listed = ""
        if total > len(shown):
            listed = self.tr("%n correction(s) in all; this table lists those on this page", "", total)
        return self.correction_table([(node, c) for c in shown], note=listed)

    def _source(
        self, node: NodeRecord, page: Page, start: int = 0, end: int = 0, part: bool = False,
        whole_lines: bool = False,
    ) -> str:  # fmt: skip
        """The text as printed: all of it, or with `part` the lines that text[start:end] shows (of a
        single line longer than a page, its start), or with `whole_lines` all those lines."""
        doc = self.document.record()
        first, last = (0, len(node.original))
        if part or whole_lines:
            first, last = source_lines(node.text, node.original, start, end)
        if part:
            last = min(last, first + 3 * PAGE_CHARS)  # a single line longer than a page: its start
        elif whole_lines:
            last = min(last, first + end - start + PAGE_CHARS)  # as much of a very long line as is shown
        href = _href("source", node.id)
        span = self.tr("Characters %1–%2 of %3")
        page_tooltip = fill(span, node.span_start + first, node.span_start + last, doc.source_file)
        where = html.escape(f"《{doc.title}》 {self.place(node.id)}")
        title = self.tr("Source text")
        page.tooltips[href] = page_tooltip
        quoted = node.original[first:last]
        cuts = sorted(_paper_cuts(quoted)) if self.paper else []
        pieces = [html.escape(quoted[a:b]) for a, b in itertools.pairwise([0, *cuts, len(quoted)])]
        return (
            f"<h3>{title}</h3><blockquote>{'</blockquote><blockquote>'.join(pieces)}</blockquote>"
            f"<p class='muted'><a href='{href}' style='color:{self._muted()}'>{where}</a></p>"
        )

    def place(self, node_id: str) -> str:
        """Where a node is, as a reader finds it in the report: its part and paragraphs (lines with
        text, counted from the part's heading)."""
        where = self.document.paragraphs(node_id)
        if where is None:
            return ""
        top_id, first, last = where
        top = self.document.outline_entry(top_id)
        part = self.heading(top) if top else top_id
        if first == last:
            return fill(self.tr("%1, paragraph %2"), part, first)
        return fill(self.tr("%1, paragraphs %2–%3"), part, first, last)

    def _snippets(self, node_id: str, entity_id: int) -> str:
        """Where a node names an entity, in its text as read (corrected), each place with SNIPPET_CHARS
        either side; places close together share one snippet, and past SNIPPETS the rest is counted."""
        marks = self.document.entity_marks(node_id, entity_id)
        windows: list[list[MarkRecord]] = []
        for mark in marks:
            if windows and mark.start - windows[-1][-1].end <= 2 * SNIPPET_CHARS:
                windows[-1].append(mark)
            else:
                windows.append([mark])
        shown, rest = windows[:SNIPPETS], sum(len(w) for w in windows[SNIPPETS:])
        spans: list[tuple[int, int]] = []
        for window in shown:
            at = max(0, window[0].start - SNIPPET_CHARS)
            for mark in window:
                spans += [(at, max(at, mark.start)), (max(at, mark.start), mark.end)]
                at = max(at, mark.end)
            spans.append((at, at + SNIPPET_CHARS))
        pieces = iter(zip(spans, self.document.text_excerpts(node_id, spans), strict=True))
        lines = []
        for window in shown:
            (first, _), before = next(pieces)
            line = ["…" if first > 0 else "", html.escape(before)]
            for _ in window:
                line.append(f"<b>{html.escape(next(pieces)[1])}</b>")
                (start, end), after = next(pieces)
                line.append(html.escape(after))
            line.append("…" if len(after) == end - start else "")
            lines.append(f"<br><span class='muted'>{''.join(line)}</span>")
        if rest:
            more = self.tr("and %n more in this part", "", rest)
            lines.append(f"<br><span class='muted'>{more}</span>")
        return "".join(lines)
