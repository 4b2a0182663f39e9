"""The item data roles zoneview's lists, trees and tables keep their own data under, named once."""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole.value

TARGET = _USER  # the link a row leads to, as ui/target.py writes it: node:1.1, entity:3, node:1.1?hl=…
SORT_KEY = _USER + 1  # what a table column sorts by, when it is not the text shown (a value, a period)
MORE_PLACES = _USER + 2  # on an index's last row: (entity id, places already listed) to read on from
HIT = _USER + 3  # on a search result: (heading, snippet with the found words between \x01 and \x02)
FIGURE = _USER + 4  # on the figures table's name cell: the figure's id
DOCUMENT = _USER + 5  # on a library pane's row: the document's id
POINT = _USER + 6  # on a compare table's row: the series point it shows
