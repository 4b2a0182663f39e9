"""Where the reader has been: Back and Forward across sections and reports. Plain Python."""

from __future__ import annotations

from zoneview.ui.target import Target


class History:
    """The places shown, in order, and which of them is shown now; each place carries its document."""

    def __init__(self) -> None:
        self._places: list[Target] = []
        self._at = -1

    def __len__(self) -> int:
        return len(self._places)

    @property
    def current(self) -> Target | None:
        return self._places[self._at] if self._places else None

    def visit(self, target: Target) -> None:
        """A new place: what lay ahead of the current one is forgotten."""
        del self._places[self._at + 1 :]
        self._places.append(target)
        self._at = len(self._places) - 1

    def replace(self, target: Target) -> None:
        """The current place, shown with other words highlighted: no new step."""
        if self._places:
            self._places[self._at] = target

    def back(self) -> Target | None:
        if self._at <= 0:
            return None
        self._at -= 1
        return self._places[self._at]

    def forward(self) -> Target | None:
        if self._at >= len(self._places) - 1:
            return None
        self._at += 1
        return self._places[self._at]

    @property
    def can_go_back(self) -> bool:
        return self._at > 0

    @property
    def can_go_forward(self) -> bool:
        return self._at < len(self._places) - 1

    def forget_document(self, document_id: int) -> None:
        """A report has left the library: its places leave the history."""
        self._places = [t for t in self._places if t.document != document_id]
        self._at = len(self._places) - 1
