"""Issuers as a user names them: any unique part of a name (罗湖 finds 深圳市罗湖区)."""

from __future__ import annotations

from collections.abc import Iterable


class IssuerError(Exception):
    """No issuer, or more than one, answers to the name given; the message names them."""


def match_issuer(known: Iterable[str], wanted: str) -> str:
    """The one issuer of `known` that `wanted` names: itself, else the only one that contains it."""
    names = sorted({k for k in known if k})
    wanted = wanted.strip()
    if wanted in names:
        return wanted
    found = [n for n in names if wanted and wanted in n]
    if len(found) == 1:
        return found[0]
    if found:
        raise IssuerError(f"'{wanted}' names several issuers: {', '.join(found)}; give more of the name")
    listed = ", ".join(names) if names else "none"
    raise IssuerError(f"no issuer '{wanted}' in the library; issuers: {listed}")
