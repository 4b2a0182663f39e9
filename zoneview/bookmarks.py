"""Bookmarks, kept per user as a small JSON file in the user's data folder."""

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

    def __contains__(self, node: object) -> bool:
        return any(b.node == node for b in self._items)

    def add(self, node: str, title: str) -> None:
        if node not in self:
            self._items.append(Bookmark(node, title))
            self._save()

    def remove(self, node: str) -> None:
        self._items = [b for b in self._items if b.node != node]
        self._save()

    def _load(self) -> list[Bookmark]:
        try:
            text = paths.read_regular_text(self.path)  # a FIFO there is not waited on
        except (OSError, ValueError):  # none yet, no data folder, or not a regular file: start empty
            return []
        import json  # not at start-up, when there are no bookmarks yet

        try:
            data = json.loads(text)
            return [Bookmark(str(d["node"]), str(d["title"])) for d in data]
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
