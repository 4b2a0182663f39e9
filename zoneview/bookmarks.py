"""Bookmarks, kept per user as a small JSON file in the user's data folder.

A bookmark names its report by the report's SHA-256, which stays the same from the bundled database
to the user's library and across rebuilds: bookmark 1.1 of one report is not 1.1 of every report.
Bookmarks made by zoneview 0.2 named only a node; the window ties each to the one report it can have
been made in, or drops it and says so (`unsettled`, `settle`)."""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass
from pathlib import Path

from zoneview import paths
from zoneview.files import write_atomic


@dataclass(frozen=True)
class Bookmark:
    node: str
    title: str
    document: str = ""  # the report's sha256; "" in a bookmark made before bookmarks named it

    @property
    def key(self) -> tuple[str, str]:
        return (self.document, self.node)


class Bookmarks:
    """An ordered set of bookmarked nodes; every change is saved at once, atomically. When it cannot be
    saved (a read-only data folder), the change still holds until zoneview closes, and add/remove
    raise OSError to say so."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.user_data_home() / "bookmarks.json"
        self._items: list[Bookmark] = self._load()

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        """Whether (document sha256, node id) is bookmarked."""
        return any(b.key == key for b in self._items)

    def add(self, document: str, node: str, title: str) -> None:
        if (document, node) not in self:
            self._items.append(Bookmark(node, title, document))
            self._save()

    def remove(self, document: str, node: str) -> None:
        self._items = [b for b in self._items if b.key != (document, node)]
        self._save()

    def unsettled(self) -> list[Bookmark]:
        """The bookmarks that name no report (made by zoneview 0.2)."""
        return [b for b in self._items if not b.document]

    def settle(self, found: dict[Bookmark, str | None]) -> None:
        """Tie each unsettled bookmark to the report it was made in (its sha256), or drop it (None)."""
        if not found:
            return
        items: list[Bookmark] = []
        for b in self._items:
            document = found.get(b, b.document) if not b.document else b.document
            if document and (document, b.node) not in {i.key for i in items}:
                items.append(Bookmark(b.node, b.title, document))
        self._items = items
        self._save()

    def _load(self) -> list[Bookmark]:
        try:
            text = paths.read_regular_text(self.path)  # a FIFO there is not waited on
        except (OSError, ValueError):  # none yet, no data folder, or not a regular file: start empty
            return []
        import json  # not at start-up, when there are no bookmarks yet

        try:
            data = json.loads(text)
            return [Bookmark(str(d["node"]), str(d["title"]), str(d.get("document") or "")) for d in data]
        except (ValueError, KeyError, TypeError, RecursionError):  # RecursionError: [[[[… 100k deep
            # unreadable: keep it beside for the user rather than overwrite it, and start afresh
            with contextlib.suppress(OSError):
                self.path.replace(self._free_backup_name())
            return []

    def _free_backup_name(self) -> Path:
        """bookmarks.json.unreadable, or .unreadable.2, .3 …: an earlier backup is never overwritten."""
        backup = self.path.with_name(self.path.name + ".unreadable")
        number = 1
        while backup.exists() or backup.is_symlink():
            number += 1
            backup = self.path.with_name(f"{self.path.name}.unreadable.{number}")
        return backup

    def _save(self) -> None:
        import json

        text = json.dumps([asdict(b) for b in self._items], ensure_ascii=False, indent=1)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise OSError(f"cannot save bookmarks in {self.path.parent}: {e.strerror or e}") from None
        write_atomic(self.path, text)
