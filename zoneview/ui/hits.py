"""How a search result row is drawn: its heading over a snippet with the found words marked, in the
view's palette. Loaded with the first search, not at start-up."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget

from zoneview.ui.roles import HIT

MARK_SHARE = 0.45  # a found word's band: this much of the palette's highlight over the row's ground


def blend(under: QColor, over: QColor, share: float) -> QColor:
    """`over` laid on `under` at `share` opacity, as one opaque colour (rich text takes no alpha)."""
    pairs = ((under.red(), over.red()), (under.green(), over.green()), (under.blue(), over.blue()))
    return QColor(*(round(a + (b - a) * share) for a, b in pairs))


class HitDelegate(QStyledItemDelegate):
    """A result row: its heading in bold over a snippet whose found words are marked, in the colours of
    the view's palette (light or dark), the row's selection included."""

    def html(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> str | None:
        hit = index.data(HIT)
        if hit is None:
            return None
        heading, marked = hit
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole
        text = palette.color(role.HighlightedText if selected else role.Text)
        under = palette.color(role.Highlight if selected else role.Base)
        band = blend(under, palette.color(role.HighlightedText if selected else role.Highlight), MARK_SHARE)
        snippet = html.escape(marked).replace("\x01", f"<span style='background-color:{band.name()}'><b>")
        snippet = snippet.replace("\x02", "</b></span>")
        return f"<div style='color:{text.name()}'><b>{html.escape(heading)}</b><br>{snippet}</div>"

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> QTextDocument | None:
        markup = self.html(option, index)
        if markup is None:
            return None
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(markup)
        doc.setTextWidth(max(40, width))
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        rect = item.rect
        doc = self._document(item, index, rect.width())
        if doc is None:
            super().paint(painter, option, index)
            return
        item.text = ""  # the row's own text is drawn below, marked
        style = item.widget.style() if item.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        painter.save()
        painter.translate(rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        view = item.widget
        width = item.rect.width()
        if isinstance(view, QTreeWidget):  # the column, less the indentation of the row's depth
            depth = 0 if not index.parent().isValid() else 1
            width = view.viewport().width() - view.indentation() * (depth + 1)
        doc = self._document(item, index, width)
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)
