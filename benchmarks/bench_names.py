"""How well the parser names figures, against a reader's names for 500-odd figures of six real reports
(tests/corpus/names/*.tsv; how they were annotated is in the README there).

Each gold row is one figure: where it is printed (a context unique in its report and the quote inside it)
and the name a careful reader gives it, with any other names that are as right. The parser's figure over
the quote is found and its name compared, after dropping spaces and quotation marks. A gold figure the
parser does not find counts against recall, not against names: that is bench_numbers' business.

Prints, per report and for the dev and held-out sets: figures, found, names right, and name accuracy
(right over found). `--misses` lists every wrong name and every figure not found. `tests/test_names.py`
holds a floor on the accuracy.

    python benchmarks/bench_names.py [--misses] [--set dev|held-out]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from zoneview.ingest import Indicator, parse_report

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
GOLD = CORPUS / "names"
COLUMNS = ("context", "quote", "value", "unit", "name", "also")
_DROPPED = str.maketrans("", "", " \u3000\u00a0“”\"‘’'")


@dataclass(frozen=True)
class Row:
    """One figure of the gold: where it is in its report and the names a reader accepts."""

    gold: str  # the .tsv file
    line: int
    source: str  # the report, relative to tests/corpus
    held_out: bool
    offset: int  # where the quote starts in the decoded report
    quote: str
    names: tuple[str, ...]  # the expected name first, then the other right ones


def normal(name: str) -> str:
    """A name as compared: no spaces, no quotation marks (“五化”整治 is 五化整治)."""
    return name.translate(_DROPPED)


def load(gold_dir: Path = GOLD) -> list[Row]:
    rows: list[Row] = []
    for path in sorted(gold_dir.glob("*.tsv")):
        header = dict(
            line[2:].split(": ", 1)
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# ") and ": " in line
        )
        source = header["source"]
        held_out = header["set"] == "held-out"
        text = (CORPUS / source).read_bytes().decode("utf-8")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#") or line.startswith("context\t"):
                continue
            cells = line.split("\t")
            if len(cells) != len(COLUMNS):
                raise ValueError(f"{path.name}:{n}: {len(cells)} columns, not {len(COLUMNS)}")
            c = dict(zip(COLUMNS, cells, strict=True))
            at = text.find(c["context"])
            if at < 0 or text.find(c["context"], at + 1) >= 0:
                raise ValueError(f"{path.name}:{n}: the context {c['context']!r} is not once in {source}")
            inside = c["context"].find(c["quote"])
            if inside < 0:
                raise ValueError(f"{path.name}:{n}: the quote {c['quote']!r} is not in its context")
            names = (c["name"], *(a for a in c["also"].split("|") if a))
            rows.append(Row(path.name, n, source, held_out, at + inside, c["quote"], names))
    return rows


@dataclass
class Tally:
    figures: int = 0
    found: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.figures += other.figures
        self.found += other.found
        self.right += other.right
        self.misses.extend(other.misses)

    @property
    def accuracy(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.figures if self.figures else 1.0


def figure_at(row: Row, indicators: list[Indicator]) -> Indicator | None:
    """The parser's figure over the row's quote: of those overlapping it, the one that starts nearest."""
    end = row.offset + len(row.quote)
    over = [f for f in indicators if f.start < end and row.offset < f.end]
    return min(over, key=lambda f: abs(f.start - row.offset)) if over else None


def run(rows: list[Row] | None = None) -> dict[str, Tally]:
    """A tally per gold file."""
    rows = load() if rows is None else rows
    parsed: dict[str, list[Indicator]] = {}
    tallies: dict[str, Tally] = defaultdict(Tally)
    for row in rows:
        if row.source not in parsed:
            parsed[row.source] = parse_report(
                (CORPUS / row.source).read_bytes(), Path(row.source).name
            ).indicators
        tally = tallies[row.gold]
        tally.figures += 1
        figure = figure_at(row, parsed[row.source])
        if figure is None:
            tally.misses.append(f"{row.gold}:{row.line}\t{row.quote}\tnot found\t{row.names[0]}")
            continue
        tally.found += 1
        if normal(figure.name) in {normal(n) for n in row.names}:
            tally.right += 1
        else:
            tally.misses.append(f"{row.gold}:{row.line}\t{row.quote}\t{figure.name}\t{' | '.join(row.names)}")
    return dict(tallies)


def totals(rows: list[Row], tallies: dict[str, Tally]) -> dict[str, Tally]:
    """The dev set, the held-out set and all of it."""
    held = {row.gold for row in rows if row.held_out}
    result = {"dev": Tally(), "held-out": Tally(), "all": Tally()}
    for gold, tally in tallies.items():
        result["held-out" if gold in held else "dev"].add(tally)
        result["all"].add(tally)
    return result


def main() -> None:
    rows = load()
    if "--set" in sys.argv:
        wanted = sys.argv[sys.argv.index("--set") + 1]
        rows = [r for r in rows if r.held_out == (wanted == "held-out")]
    tallies = run(rows)
    held = {row.gold for row in rows if row.held_out}
    print(f"{'report':44}{'set':>9}{'figures':>8}{'found':>7}{'right':>7}{'names':>8}")
    for gold, t in tallies.items():
        kind = "held-out" if gold in held else "dev"
        print(
            f"{gold.removesuffix('.tsv')[:43]:44}{kind:>9}{t.figures:8}{t.found:7}{t.right:7}{t.accuracy:8.1%}"
        )
    for name, t in totals(rows, tallies).items():
        if t.figures:
            print(f"{name.upper():53}{t.figures:8}{t.found:7}{t.right:7}{t.accuracy:8.1%}")
    if "--misses" in sys.argv:
        print("\ngold row\tquote\tparser's name\texpected")
        for t in tallies.values():
            print("\n".join(t.misses))


if __name__ == "__main__":
    main()
