"""Full-text search over the normalised node text.

FTS5's trigram tokenizer finds substrings of three or more characters and ranks them with bm25; it
finds nothing for shorter terms (贷款), so any query with a short term is matched on the content table
instead and ranked by how often, and where, its terms occur. Every term is matched literally: FTS
syntax (" * AND NEAR( - ) is quoted away, and LIKE wildcards are escaped.
"""

from __future__ import annotations

import heapq
import sqlite3

from zoneview.ingest.normalize import normalise_query
from zoneview.store.records import SearchHit

TRIGRAM = 3
SNIPPET_BEFORE = 18
SNIPPET_AFTER = 42
TITLE_WEIGHT = 5.0


# Full-width letters, digits and number signs (２０２１, ＧＤＰ, ０．５％) pair with their ASCII forms.
# Reports print both; a term is searched in either form, whichever the user typed.
_WIDTH_PAIRS = [(chr(c + 0xFEE0), chr(c)) for c in range(0x21, 0x7F) if chr(c).isalnum() or chr(c) in "%.+-"]
_NARROW = str.maketrans({wide: narrow for wide, narrow in _WIDTH_PAIRS} | {"\u3000": " "})
_WIDE = str.maketrans({narrow: wide for wide, narrow in _WIDTH_PAIRS})


def query_terms(query: str) -> list[str]:
    """Whitespace separates terms; each is cleaned like the report text (full-width punctuation …), and
    full-width letters and digits read as ASCII: ２０２１ is 2021."""
    # NUL cannot occur in the text and ends a string inside SQLite: it can only be dropped
    terms = [normalise_query(t) for t in query.replace("\x00", " ").translate(_NARROW).split()]
    return [t for t in dict.fromkeys(terms) if t]


def term_variants(term: str) -> list[str]:
    """The forms a term may take in the text: as typed (ASCII), and with full-width letters and digits."""
    return list(dict.fromkeys([term, term.translate(_WIDE)]))


def search_nodes(
    conn: sqlite3.Connection,
    query: str,
    limit: int = 50,
    *,
    library: bool = False,
    documents: list[int] | None = None,
) -> list[SearchHit]:
    """Hits in the connection's current document (its `nodes` view), or with `library` in every
    document of the file (only those of `documents`, when given)."""
    terms = query_terms(query)
    if not terms:
        raise ValueError("the search is empty")
    table, where, args = "nodes", "", []
    if library:
        table = "main.nodes"
        if documents is not None:
            where = f" AND n.document_id IN ({', '.join('?' for _ in documents)})"
            args = list(documents)
    short_terms = any(len(t) < TRIGRAM for t in terms)
    search = _scan if short_terms else _fts
    scored = search(conn, terms, limit, table, where, args)
    every = [v for t in terms for v in term_variants(t)]
    return [_hit(row, every) for row in scored]


_Row = tuple[int, str, str, str, float]  # document id, node id, title, text, score


def _fts(
    conn: sqlite3.Connection, terms: list[str], limit: int, table: str, where: str, args: list[int]
) -> list[_Row]:
    match = " AND ".join(
        "(" + " OR ".join('"' + v.replace('"', '""') + '"' for v in term_variants(t)) + ")" for t in terms
    )
    rows = conn.execute(
        "SELECT n.document_id, n.id, n.title, n.text, bm25(nodes_fts, ?, 1.0) AS rank "
        f"FROM nodes_fts JOIN {table} n ON n.rowid = nodes_fts.rowid "
        f"WHERE nodes_fts MATCH ?{where} ORDER BY rank, n.document_id, n.span_start LIMIT ?",
        (TITLE_WEIGHT, match, *args, limit),
    ).fetchall()
    return [(r[0], r[1], r[2], r[3], round(-float(r[4]), 4)) for r in rows]


def _scan(
    conn: sqlite3.Connection, terms: list[str], limit: int, table: str, where: str, args: list[int]
) -> list[_Row]:
    like = "(n.title || char(10) || n.text) LIKE ? ESCAPE '\\'"
    match = " AND ".join("(" + " OR ".join(like for _ in term_variants(t)) + ")" for t in terms)
    patterns = [
        "%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for t in terms
        for v in term_variants(t)
    ]
    rows = conn.execute(
        f"SELECT n.document_id, n.id, n.title, n.text, n.span_start FROM {table} n WHERE {match}{where}",
        (*patterns, *args),
    )
    needles = [v.casefold() for t in terms for v in term_variants(t)]

    def scored(row: tuple[int, str, str, str, int]) -> tuple[float, int, int, _Row]:
        document_id, node_id, title, text, start = row
        folded_text, folded_title = text.casefold(), title.casefold()
        score = 0.0
        for needle in needles:
            density = folded_text.count(needle) / (1 + len(text) / 200)
            score += TITLE_WEIGHT * folded_title.count(needle) + density
        score = round(score, 4)
        return (-score, document_id, start, (document_id, node_id, title, text, score))

    # the `limit` best, holding no more than them: a library may match many thousands of nodes
    best = heapq.nsmallest(limit, map(scored, rows), key=lambda entry: entry[:3])
    return [entry[3] for entry in best]


def _hit(row: _Row, terms: list[str]) -> SearchHit:
    document_id, node_id, title, text, score = row
    if not any(t.casefold() in text.casefold() for t in terms):
        text = title  # the hit is in the title only (or the node has no body)
    folded = text.casefold()
    found = [(folded.find(t.casefold()), t) for t in terms]
    positions = [p for p, _ in found if p >= 0]
    if not positions:
        snippet = text[: SNIPPET_BEFORE + SNIPPET_AFTER]
        return SearchHit(node_id, title, snippet, score, (), document_id)
    first = min(positions)
    start = max(0, first - SNIPPET_BEFORE)
    end = min(len(text), first + SNIPPET_AFTER)
    snippet = text[start:end]
    highlights = []
    folded_snippet = snippet.casefold()
    for t in terms:
        needle = t.casefold()
        pos = folded_snippet.find(needle)
        while pos >= 0:
            highlights.append((pos, pos + len(needle)))
            pos = folded_snippet.find(needle, pos + len(needle))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(highlights):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix)
    marked = tuple((s + shift, e + shift) for s, e in merged)
    return SearchHit(node_id, title, prefix + snippet + suffix, score, marked, document_id)
