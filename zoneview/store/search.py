"""Full-text search over the normalised node text.

FTS5's trigram tokenizer finds substrings of three or more characters and ranks them with bm25; it
finds nothing for shorter terms (贷款), so in one document any query with a short term is matched on
the content table instead and ranked by how often, and where, its terms occur. Across a library that
scan would read every text, so there a second index, of each letter or digit and the one after it
(`nodes_grams`), finds short terms and ranks them with bm25 too; only a short query with punctuation
in it (-, %) is still scanned. Every term is matched literally: FTS syntax (" * AND NEAR( - ) is quoted
away, and LIKE wildcards are escaped.
"""

from __future__ import annotations

import heapq
import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TypeVar

from zoneview.store.records import SearchHit

_T = TypeVar("_T")

TRIGRAM = 3
SNIPPET_BEFORE = 18
SNIPPET_AFTER = 42
TITLE_WEIGHT = 5.0
# At every letter or digit: it and the next character, when that is a letter or digit too
_GRAM = re.compile(r"(?=([^\W_][^\W_]?))")
_NOT_GRAM = re.compile(r"[\W_]")  # a character no token holds: a text can be cut there
GRAM_PIECE = 1 << 16  # characters whose tokens are listed at once


# Full-width letters, digits and number signs (２０２１, ＧＤＰ, ０．５％) pair with their ASCII forms.
# Reports print both; a term is searched in either form, whichever the user typed.
_WIDTH_PAIRS = [(chr(c + 0xFEE0), chr(c)) for c in range(0x21, 0x7F) if chr(c).isalnum() or chr(c) in "%.+-"]
_NARROW = str.maketrans({wide: narrow for wide, narrow in _WIDTH_PAIRS} | {"\u3000": " "})
_WIDE = str.maketrans({narrow: wide for wide, narrow in _WIDTH_PAIRS})


class EmptySearch(ValueError):
    """The query holds nothing to search for (only spaces or punctuation): the user's to fix."""


def query_terms(query: str) -> list[str]:
    """Whitespace separates terms; each is cleaned like the report text (full-width punctuation …), and
    full-width letters and digits read as ASCII: ２０２１ is 2021."""
    # NUL cannot occur in the text and ends a string inside SQLite: it can only be dropped
    from zoneview.ingest.normalize import normalise_query  # the parser's tables: not needed to start

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
    document: int | None = None,
    documents: list[int] | None = None,
) -> list[SearchHit]:
    """Hits in one `document`, or else in every document of the file (only those of `documents`,
    when given)."""
    terms = query_terms(query)
    if not terms:
        raise EmptySearch("the search is empty")
    library = document is None
    # the nodes a hit may be in: all, or those of the documents given
    within: tuple[str, list[int]] | None = None
    where, args = "", []
    if not library or documents is not None:
        chosen = [document] if document is not None else list(documents or [])
        where = f" AND n.document_id IN ({', '.join('?' for _ in chosen)})"
        args = [int(d) for d in chosen if d is not None]
        within = (f"SELECT n.rowid FROM main.nodes n WHERE 1{where}", args)
    short_terms = any(len(t) < TRIGRAM for t in terms)
    if not short_terms:
        scored = _ranked(conn, "nodes_fts", _trigram_match(terms), limit, within)
    elif library and all(t.isalnum() for t in terms) and _has_grams(conn):
        scored = _ranked(conn, "nodes_grams", _gram_match(terms), limit, within)
    else:
        scored = _scan(conn, terms, limit, where, args)
    every = [v for t in terms for v in term_variants(t)]
    return [_hit(row, every) for row in scored]


def in_chunks(values: Sequence[_T], size: int = 500) -> Iterator[tuple[str, Sequence[_T]]]:
    """The values `size` at a time, each chunk with its placeholders ("?, ?, …") for an IN list:
    SQLite takes a limited number of parameters in one statement."""
    for i in range(0, len(values), size):
        chunk = values[i : i + size]
        yield ", ".join("?" for _ in chunk), chunk


def like_pattern(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') that finds `text` literally anywhere: its wildcards escaped."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def grams(text: str) -> str:
    """The text as the short-term index reads it: at each letter or digit, a token of it and the next
    character when that is one too. A term of letters and digits is in the text just where its pairs
    follow each other as tokens, and a single character where a token begins with it.

    A long text is taken in pieces of about GRAM_PIECE characters, cut where no token can span the
    cut: its tokens all listed at once (a small string each) held some 85 bytes a character, a GB for
    one node of eleven million."""
    if len(text) <= GRAM_PIECE:
        return " ".join(_GRAM.findall(text))
    return " ".join(_gram_pieces(text))


def _gram_pieces(text: str) -> Iterator[str]:
    """The tokens of `text` a piece at a time, each piece's joined: cut where none can span the cut."""
    start = 0
    while start < len(text):
        cut = _NOT_GRAM.search(text, min(len(text), start + GRAM_PIECE))
        end = cut.start() if cut else len(text)
        piece = " ".join(_GRAM.findall(text, start, end))
        if piece:
            yield piece
        start = max(end, start + 1)


def _indexed_grams(text: str | None) -> str | bytearray | None:
    """`grams` as the index is given it: a long text's as UTF-8 bytes, put together in one buffer
    (the index casts them to text). As a str, its pieces, the whole and the UTF-8 copy the driver
    keeps on it were all alive at once: 300 MB for a node of eleven million characters."""
    if text is None or len(text) <= GRAM_PIECE:
        return None if text is None else grams(text)
    out = bytearray()
    for piece in _gram_pieces(text):
        if out:
            out += b" "
        out += piece.encode("utf-8")
    return out  # the driver reads it in place


def index_grams(conn: sqlite3.Connection, document_id: int, *, delete: bool = False) -> None:
    """Add a document's nodes to the short-term index (or, with `delete`, take them out of it)."""
    conn.create_function("zoneview_grams", 1, _indexed_grams, deterministic=True)
    command = "'delete', " if delete else ""
    conn.execute(
        f"INSERT INTO main.nodes_grams ({'nodes_grams, ' if delete else ''}rowid, title, text) "
        f"SELECT {command}rowid, zoneview_grams(title), CAST(zoneview_grams(text) AS TEXT) FROM main.nodes "
        "WHERE document_id = ?",
        (document_id,),
    )


_Row = tuple[int, str, str, str, float]  # document id, node id, title, text, score


def _trigram_match(terms: list[str]) -> str:
    return " AND ".join(
        "(" + " OR ".join('"' + v.replace('"', '""') + '"' for v in term_variants(t)) + ")" for t in terms
    )


def _gram_match(terms: list[str]) -> str:
    """Each term's pairs as a phrase, a single character as a prefix (terms are letters and digits)."""

    def phrase(v: str) -> str:
        return f'"{v}"*' if len(v) == 1 else '"' + " ".join(v[i : i + 2] for i in range(len(v) - 1)) + '"'

    return " AND ".join("(" + " OR ".join(phrase(v) for v in term_variants(t)) + ")" for t in terms)


def _has_grams(conn: sqlite3.Connection) -> bool:
    # a library made before the index was added has none until it is opened for a change (library.py)
    found = conn.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'nodes_grams'").fetchone()
    return found is not None


def _ranked(
    conn: sqlite3.Connection,
    index: str,
    match: str,
    limit: int,
    within: tuple[str, list[int]] | None,
) -> list[_Row]:
    """The `limit` best hits of a MATCH, by bm25, then document, then place; only in the nodes whose
    rowids the query `within` gives, when given. Ranked in the index alone, then only the nodes that
    can be among the best are read: joining every hit to its node first would read the text of
    thousands of nodes in a library to keep fifty. Hits elsewhere are passed over here: a filter inside
    the MATCH query makes SQLite look hits up one node at a time, each lookup ranking the index again."""
    allowed = None if within is None else {r[0] for r in conn.execute(*within)}
    cursor = conn.execute(
        f"SELECT rowid, bm25({index}, ?, 1.0) AS rank FROM {index} WHERE {index} MATCH ? ORDER BY rank",
        (TITLE_WEIGHT, match),
    )
    ranks: list[tuple[int, float]] = []
    for rowid, rank in cursor:
        if allowed is not None and rowid not in allowed:
            continue
        if len(ranks) >= limit and rank != ranks[-1][1]:
            break  # those tied with the last of the best stay, for the order below to break the tie
        ranks.append((rowid, rank))
    cursor.close()
    rank_of: dict[int, float] = dict(ranks)
    rowids = list(rank_of)
    rows: list[tuple[int, int, str, str, str, int]] = []
    for marks, chunk in in_chunks(rowids):
        rows += conn.execute(
            "SELECT rowid, document_id, id, title, text, span_start FROM main.nodes "
            f"WHERE rowid IN ({marks})",
            chunk,
        ).fetchall()
    rows.sort(key=lambda r: (rank_of[r[0]], r[1], r[5]))
    return [(r[1], r[2], r[3], r[4], round(-float(rank_of[r[0]]), 4)) for r in rows[:limit]]


def _scan(conn: sqlite3.Connection, terms: list[str], limit: int, where: str, args: list[int]) -> list[_Row]:
    like = "(n.title || char(10) || n.text) LIKE ? ESCAPE '\\'"
    match = " AND ".join("(" + " OR ".join(like for _ in term_variants(t)) + ")" for t in terms)
    patterns = [like_pattern(v) for t in terms for v in term_variants(t)]
    rows = conn.execute(
        f"SELECT n.document_id, n.id, n.title, n.text, n.span_start FROM main.nodes n WHERE {match}{where}",
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
