"""Where a link leads: a node, an entity, a figure or a correction, of a document, with the words to
highlight and the page to open. One type, written and read through QUrl, so that a highlighted "1+3",
a name with & or #, or a page number never run into each other.

    node:1.1?hl=贷款&hl=改革        a node, two words highlighted
    node:summary?page=3&doc=4       a page of a long node of document 4
    entity:12, figure:7, correction:3
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QUrl, QUrlQuery

KINDS = ("node", "entity", "figure", "correction")


@dataclass(frozen=True)
class Target:
    kind: str
    ident: str
    highlight: tuple[str, ...] = field(default=())
    page: int | None = None
    document: int | None = None

    def url(self) -> QUrl:
        url = QUrl()
        url.setScheme(self.kind)
        url.setPath(self.ident)
        query = QUrlQuery()
        if self.document is not None:
            query.addQueryItem("doc", str(self.document))
        if self.page is not None:
            query.addQueryItem("page", str(self.page))
        for word in self.highlight:
            query.addQueryItem("hl", _escaped(word))
        if not query.isEmpty():
            url.setQuery(query)
        return url

    def text(self) -> str:
        """The link as text, for an href or an item's data; `parse` reads it back exactly."""
        return self.url().toString(QUrl.ComponentFormattingOption.FullyEncoded)

    def __str__(self) -> str:
        return self.text()

    def with_document(self, document: int | None) -> Target:
        return replace(self, document=document)

    @classmethod
    def parse(cls, link: str | QUrl) -> Target | None:
        """The target a link names, or None for one zoneview does not make (a web address …)."""
        url = link if isinstance(link, QUrl) else QUrl(link)
        kind = url.scheme()
        if kind not in KINDS or not url.path():
            return None
        query = QUrlQuery(url)
        page = query.queryItemValue("page")
        document = query.queryItemValue("doc")
        words = query.allQueryItemValues("hl", QUrl.ComponentFormattingOption.FullyDecoded)
        return cls(
            kind,
            url.path(),
            tuple(w for w in words if w),
            int(page) if page.isdigit() else None,
            int(document) if document.isdigit() else None,
        )


def _escaped(word: str) -> str:
    """A query value as QUrlQuery takes it: its own delimiters (& = # %, and + which some readers take
    for a space) percent-encoded, the rest as typed."""
    return "".join(f"%{ord(c):02X}" if c in "%&=#+" else c for c in word)
