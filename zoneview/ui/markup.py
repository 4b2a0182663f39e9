"""Report text is data, never markup: what a document or database holds is shown as written, and
nothing it names (an <img src=…>, a stylesheet) is ever loaded, from a file or from anywhere else.

Qt takes any string that looks like HTML for rich text in labels, tooltips and message boxes, and a
QTextDocument whose loadResource finds nothing falls back to reading the named file itself. So text
for those widgets goes through `plain_html`, and every document answers resource requests with an
empty value of its own (`empty_resource`), which ends the look-up.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument


def plain_html(text: str) -> str:
    """Rich text that shows `text` exactly, markup and line breaks included."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def empty_resource(kind: int) -> object:
    """An empty image or text: not None, which would let Qt read the file the markup names."""
    if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
        return QImage()
    return ""


class SealedDocument(QTextDocument):
    """A text document that shows only the images handed to it with addResource."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return empty_resource(kind)
