"""The detail pane's HTML: a node with its figures, entities, corrections and source quote, or an entity
with the places that mention it. Every piece of report text is escaped: markup in a document is text."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QPalette

from zoneview.store.read import ACTOR_KINDS, ReportStore
from zoneview.store.records import CorrectionRecord, IndicatorRecord, MarkRecord, NodeRecord
from zoneview.ui.text import fill

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
    """Rendered HTML plus the tooltips of its links (QTextBrowser shows no title attributes)."""

    html: str
    tooltips: dict[str, str] = field(default_factory=dict)
    title: str = ""


def in_context(node: NodeRecord, c: CorrectionRecord) -> tuple[str, str]:
    """A correction with a character either side, as printed and as read: (国 家, 国家)."""
    start, end = c.span_start - node.span_start, c.span_end - node.span_start
    before, after = node.original[max(0, start - 1) : start], node.original[end : end + 1]
    return before + c.original + after, before + c.corrected + after


def _href(kind: str, ident: object, highlight: str = "") -> str:
    """A link target, escaped for an HTML attribute: ids come from the database, which may be hostile."""
    target = f"{kind}:{ident}" + (f"?hl={highlight}" if highlight else "")
    return html.escape(target, quote=True)


def number(value: float) -> str:
    """2100 -> 2,100; 6.05 -> 6.05; 290297000000 -> 290,297,000,000."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


class PageRenderer(QObject):
    """Turns store records into the detail pane's HTML, in the current language."""

    def __init__(self, store: ReportStore, dark: bool = False, paper: bool = False) -> None:
        """`paper`: for printing, black on white whatever the screen's palette."""
        super().__init__()
        self.store = store
        self.dark = dark and not paper
        self.paper = paper

    # -- pages -----------------------------------------------------------------------------------

    def node_page(self, node_id: str, highlight: list[str] | None = None) -> Page:
        node = self.store.node(node_id)
        if node is None:
            return self.message_page(
                self.tr("Not found"), self.tr("There is no node %s.") % html.escape(node_id)
            )
        page = Page("", title=self.heading(node))
        indicators = self.store.indicators(node.id)
        mentions = self.store.mentions(node_id=node.id)
        corrections = self.store.corrections(node.id)
        parts = [self._style(), self._breadcrumb(node), f"<h2>{html.escape(self.heading(node))}</h2>"]
        actors = self.store.actors(node.id)
        if actors and node.kind in ("part", "section", "initiative"):
            park_ids = {m.name: m.entity_id for m in mentions if m.kind in ACTOR_KINDS}
            links = "、".join(self._entity_link(park_ids[a], a, "park") for a in actors)
            acting = html.escape(self.tr("Actors: %1"))
            parts.append(f"<p class='meta'>{fill(acting, links)}</p>")
        marks = self.store.marks(node.id)
        if node.text:
            body = self._marked_text(node.text, marks, indicators, corrections, highlight or [], page)
            parts.append(f"<p class='body'>{body}</p>")
        children = self.store.children(node.id)
        if children:
            initiatives = self.tr("Initiatives")
            parts.append(f"<h3>{initiatives}</h3><ul>")
            for child in children:
                count = len(self.store.indicators(child.id))
                figures = self.tr("%n figure(s)", "", count) if count else ""
                parts.append(
                    f"<li><a href='{_href('node', child.id)}'>{html.escape(self.heading(child))}</a>"
                    f"<span class='muted'>　{figures}</span></li>"
                )
            parts.append("</ul>")
        if indicators:
            parts.append(self._figure_table(indicators))
        parts.append(self._corrections(node, corrections))
        parts.append(self._source(node))
        page.html = "".join(parts)
        return page

    def entity_page(self, entity_id: int) -> Page:
        entity = self.store.entity(entity_id)
        if entity is None:
            return self.message_page(self.tr("Not found"), self.tr("There is no such entry."))
        mentions = self.store.mentions(entity_id=entity_id)
        nodes = {n.id: n for n in self.store.nodes()}
        items = []
        for m in mentions:
            node = nodes[m.node_id]
            context = self._context(node, m.span_start, m.span_end)
            items.append(
                f"<li><a href='{_href('node', m.node_id, entity.name)}'>"
                f"{html.escape(self.heading(node))}</a><br><span class='muted'>{context}</span></li>"
            )
        mentioned = self.tr("Mentioned %n time(s)", "", len(mentions))
        body = (
            f"{self._style()}<p class='crumb'>{html.escape(self.kind_name(entity.kind))}</p>"
            f"<h2>{html.escape(entity.display_name)}</h2>"
            f"<p class='meta'>{mentioned}</p><ul>{''.join(items)}</ul>"
        )
        return Page(body, title=entity.display_name)

    def message_page(self, title: str, text: str) -> Page:
        return Page(f"{self._style()}<h2>{html.escape(title)}</h2><p>{text}</p>", title=title)

    # -- names -----------------------------------------------------------------------------------

    def heading(self, node: NodeRecord) -> str:
        """How a node is named in the tree, breadcrumb and history: 一是 强化金融要素支持."""
        if node.kind == "preamble":
            return self.tr("Overview") if node.title == "概述" else node.title
        if node.kind == "summary" and node.title.endswith("年主要指标"):
            return self.tr("Key figures of %s") % node.title[:4]
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

    def figure_tooltip(self, ind: IndicatorRecord) -> str:
        lines = [f"{ind.label}: {ind.display_value}"]
        if ind.unit != ind.base_unit:
            lines.append(f"= {number(ind.base_value)} {ind.base_unit}")
        if ind.period:
            lines.append(self.tr("Period: %s") % ind.period)
        if ind.share_of_city_pct is not None:
            lines.append(self.tr("Share of city total: %s%%") % number(ind.share_of_city_pct))
        lines.append(self.tr("Source: “%s”") % ind.quote)
        return "\n".join(lines)

    # -- pieces ----------------------------------------------------------------------------------

    def _text_colour(self) -> str:
        """Links inside running text keep the text's colour (Qt's rich text knows no 'inherit')."""
        if self.paper:
            return "#000000"
        return QGuiApplication.palette().color(QPalette.ColorRole.Text).name()

    def _style(self) -> str:
        muted = "#9aa0a6" if self.dark else "#5f6368"
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
        doc = self.store.document()
        trail = [html.escape(doc.title)]
        for crumb in self.store.breadcrumb(node.id)[:-1]:
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
        corrections: list,
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
        by_id = {i.id: i for i in indicators}
        colours = DARK_KIND_COLOURS if self.dark else KIND_COLOURS
        figure_bg = "#5c4b12" if self.dark else "#fff1b8"
        hit_bg = "#8a6d00" if self.dark else "#ffd54f"
        out: list[str] = []
        i = 0
        while i < len(text):
            j = i
            while j < len(text) and owner[j] is owner[i] and lit[j] == lit[i]:
                j += 1
            chunk = html.escape(text[i:j])
            if lit[i]:
                chunk = f"<span style='background-color:{hit_bg}'>{chunk}</span>"
            mark = owner[i]
            if mark is not None:
                if mark.kind == "figure" and mark.ref in by_id:
                    href = _href("figure", mark.ref)
                    page.tooltips[href] = self.figure_tooltip(by_id[mark.ref])
                    style = f"background-color:{figure_bg}; font-weight:bold"
                    chunk = f"<a href='{href}' style='{style}; color:{self._text_colour()}'>{chunk}</a>"
                elif mark.kind == "correction":
                    c = corrections[mark.ref]
                    href = _href("correction", mark.ref)
                    page.tooltips[href] = self.tr("Corrected: “%s” → “%s” (%s)") % (
                        c.original,
                        c.corrected,
                        self.reason_name(c.reason),
                    )
                    style = f"color:{self._text_colour()}; text-decoration: underline dotted"
                    chunk = f"<a href='{href}' style='{style}'>{chunk}</a>"
                else:
                    href = _href("entity", mark.ref)
                    chunk = f"<a href='{href}' style='color:{colours.get(mark.kind, '')}'>{chunk}</a>"
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

    def _figure_table(self, indicators: list[IndicatorRecord]) -> str:
        head = "".join(
            f"<th>{h}</th>"
            for h in (
                self.tr("Figure"),
                self.tr("Value"),
                self.tr("In base units"),
                self.tr("Period"),
                self.tr("Share of city"),
            )
        )
        rows = []
        text = self._text_colour()
        for ind in indicators:
            share = f"{number(ind.share_of_city_pct)}%" if ind.share_of_city_pct is not None else ""
            base = f"{number(ind.base_value)} {ind.base_unit}"
            rows.append(
                f"<tr><td><a href='{_href('figure', ind.id)}' style='color:{text}'>"
                f"{html.escape(ind.label)}</a></td>"
                f"<td class='num'>{html.escape(ind.display_value)}</td>"
                f"<td class='num'>{html.escape(base)}</td>"
                f"<td>{html.escape(ind.period or '')}</td><td class='num'>{share}</td></tr>"
            )
        title = self.tr("Figures")
        return f"<h3>{title}</h3><table cellspacing='0'><thead><tr>{head}</tr></thead>{''.join(rows)}</table>"

    def _corrections(self, node: NodeRecord, corrections: list) -> str:
        """Each correction with a character of context either side: a removed space reads 国 家 → 国家."""
        real = [c for c in corrections if c.reason != "punctuation"]

        punctuation = len(corrections) - len(real)
        if not corrections:
            return ""
        rows = []
        for c in real:
            printed, read = in_context(node, c)
            rows.append(
                f"<tr><td>“{html.escape(printed)}”</td><td>“{html.escape(read)}”</td>"
                f"<td>{html.escape(self.reason_name(c.reason))}</td>"
                f"<td class='num'>{c.span_start}–{c.span_end}</td></tr>"
            )
        head = "".join(
            f"<th>{h}</th>"
            for h in (self.tr("Printed"), self.tr("Read as"), self.tr("Reason"), self.tr("Characters"))
        )
        body = "".join(rows)
        table = f"<table cellspacing='0'><thead><tr>{head}</tr></thead>{body}</table>" if real else ""
        shown = self.tr("%n half-width punctuation mark(s) shown full-width.", "", punctuation)
        note = f"<p class='muted'>{shown}</p>" if punctuation else ""
        title = self.tr("Corrections")
        return f"<h3>{title}</h3>{table}{note}"

    def _source(self, node: NodeRecord) -> str:
        doc = self.store.document()
        template = self.tr("Characters %1–%2 of %3")
        where = fill(template, node.span_start, node.span_end, html.escape(doc.source_file))
        title = self.tr("Source text")
        return (
            f"<h3>{title}</h3>"
            f"<blockquote>{html.escape(node.original)}</blockquote><p class='muted'>{where}</p>"
        )

    def _context(self, node: NodeRecord, start: int, end: int, width: int = 24) -> str:
        rel_start, rel_end = start - node.span_start, end - node.span_start
        before = node.original[max(0, rel_start - width) : rel_start]
        hit = node.original[rel_start:rel_end]
        after = node.original[rel_end : rel_end + width]
        return f"…{html.escape(before)}<b>{html.escape(hit)}</b>{html.escape(after)}…"
