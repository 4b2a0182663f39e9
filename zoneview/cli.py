"""The command line: open the window, or build, export, search, chart, print and check a database."""

from __future__ import annotations

import contextlib
import errno
import functools
import io
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from zoneview import __version__, paths
from zoneview.clitext import finite_or_null, undecodable
from zoneview.files import is_stdout, output_file, write_atomic, write_with

if TYPE_CHECKING:
    from zoneview.store.build import BuildCounts

F = TypeVar("F", bound=Callable[..., Any])


class UserError(click.ClickException):
    """A mistake in what the user asked for or gave us: one line on stderr, exit 1, no traceback."""

    def show(self, file: Any = None) -> None:
        click.echo(f"zoneview: error: {printable(self.message)}", err=True)


# What a terminal acts on rather than shows: C0 and C1 controls (ESC starts escape sequences such as
# ESC[2J, which clears the screen; 0x9b is CSI by itself), DEL, and the bidirectional overrides that
# make text read otherwise than it is; and the surrogates that stand for the bytes of a file name that
# are not UTF-8. Text from a report or database is printed without them.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNPRINTABLE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with every control character shown as �, so printing it cannot drive the terminal."""
    return _UNPRINTABLE.sub("\ufffd", text)


def terminal_safe_json(text: str) -> str:
    """JSON with the controls JSON leaves raw (C1, bidi overrides) escaped as \\uXXXX: the same data."""
    return _UNPRINTABLE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def echo_json(data: Any) -> None:
    """Print data as indented JSON, with its controls escaped (terminal_safe_json); a number that is
    not finite is null (JSON has no Infinity or NaN, and parsers refuse Python's)."""
    text = json.dumps(finite_or_null(data), ensure_ascii=False, indent=2, allow_nan=False)
    click.echo(terminal_safe_json(text))


def _errors_of_input() -> tuple[type[Exception], ...]:
    """Imported only when something went wrong: BuildError's and LibraryError's modules load the parser's
    (the report model with the normalisation tables), which the window would otherwise pay for at every
    start before it paints."""
    from zoneview.ingest.decode import DecodeError
    from zoneview.store import BuildError, StoreError
    from zoneview.store.issuers import IssuerError
    from zoneview.store.library import LibraryError
    from zoneview.store.search import EmptySearch
    from zoneview.ui.desktop import RecordError  # install-desktop's record of what it wrote

    return (DecodeError, BuildError, StoreError, LibraryError, EmptySearch, RecordError, IssuerError)


def user_errors(func: F) -> F:
    """Turn the errors a user can cause into one clear line."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _refuse_undecodable(kwargs)
        try:
            return func(*args, **kwargs)
        except _errors_of_input() as e:
            raise UserError(str(e)) from None
        except BrokenPipeError:
            raise  # the reader of our output went away: click and main() stop quietly, exit 1
        except OSError as e:
            if e.filename:
                raise UserError(f"{e.strerror or e}: {e.filename}") from None
            raise UserError(e.strerror if e.errno and e.strerror else str(e)) from None
        except KeyboardInterrupt:
            raise UserError("interrupted") from None

    return wrapper  # type: ignore[return-value]


def _refuse_undecodable(arguments: dict[str, Any]) -> None:
    problem = undecodable(arguments)
    if problem:
        raise UserError(problem)


def open_store(db: Path | None) -> Any:
    """The database --db names (before or after the command), else the default: a read-only Library."""
    from zoneview.store.read import open_library

    return open_library(chosen_db(db))


@contextlib.contextmanager
def open_one(db: Path | None, document: int | None) -> Iterator[Any]:
    """One document (--document, else the first) of the database `open_store` opens, while it is open."""
    with open_store(db) as library:
        yield library.document(document)


def chosen_db(db: Path | None) -> Path | None:
    """--db after the command or before it (zoneview --db x.db check): the same database either way."""
    before = (click.get_current_context().find_root().obj or {}).get("db")
    if db is not None and before is not None and os.path.realpath(db) != os.path.realpath(before):
        raise UserError(f"two databases given: --db {before} before the command and --db {db} after it")
    return db or before


def parse_size(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        width, height = (int(v) for v in value.lower().split("x"))
    except ValueError:
        raise click.BadParameter("give the size as WIDTHxHEIGHT, e.g. 1280x800") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise click.BadParameter("width and height must be between 200 and 8000 pixels")
    return width, height


DB_OPTION = click.option("--db", type=click.Path(path_type=Path), help="Database to read.")
DOCUMENT_OPTION = click.option(
    "--document",
    type=click.IntRange(min=1),
    metavar="N",
    help="Which document of a library (its id in 'zoneview list'; default: the first).",
)
YEAR = click.IntRange(1949, 2100)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@DB_OPTION
@click.option("--select", "select", metavar="ID", help="Node to show, e.g. 1.1, summary.")
@click.option(
    "--document", "document", type=click.IntRange(min=1), metavar="N", help="Document of a library to show."
)
@click.option(
    "--lang", type=click.Choice(["zh", "en"]), help="Interface language (default: system, else zh)."
)
@click.option("--screenshot", type=click.Path(path_type=Path), help="Render the window to a PNG and exit.")
@click.option("--size", metavar="WxH", help="Window size for --screenshot, e.g. 1280x800.")
@click.option("--dark", is_flag=True, help="Use a dark palette.")
@click.version_option(__version__, "--version", prog_name="zoneview", message="%(prog)s %(version)s")
@click.pass_context
def cli(
    ctx: click.Context,
    db: Path | None,
    select: str | None,
    document: int | None,
    lang: str | None,
    screenshot: Path | None,
    size: str | None,
    dark: bool,
) -> None:
    """zoneview: browse Chinese government reports offline, one or a library of them."""
    _refuse_undecodable({"select": select})
    if ctx.invoked_subcommand is not None:
        _check_options_before(ctx, db, {"--select": select, "--lang": lang, "--screenshot": screenshot,
                                        "--size": size, "--dark": dark or None,
                                        "--document": document})  # fmt: skip
        ctx.obj = {"db": db}
        _stop_cleanly_on_signals()
        return
    window_size = parse_size(size)
    from zoneview import stopping

    stopping.hold()  # until the window has its handlers: ui.app.run releases them
    from zoneview.ui.app import run

    code = run(
        db=db, select=select, lang=lang, screenshot=screenshot, size=window_size, dark=dark, document=document
    )
    from zoneview.exiting import end_process

    end_process(code)  # the window's process, as launch.main ends it


@cli.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Database to write.")
@user_errors
def build(source: Path, output: Path | None) -> None:
    """Parse a report and write its database atomically."""
    from zoneview.ingest.formats import read_document_report, read_file
    from zoneview.store import write_stream

    if not source.is_file():
        raise UserError(f"no such file: {source}")
    target = output or paths.user_database()
    to_stdout = is_stdout(target)
    if not to_stdout:
        output_file(target, inputs=[source])  # a device, a FIFO or the report itself: say so at once
    # .txt, .docx, .html, .htm or .pdf; nodes are parsed as they are written
    stream = read_document_report(read_file(source), source.name)
    counts: list[BuildCounts] = []
    if to_stdout:
        write_with(target, lambda temp: counts.append(write_stream(stream, temp)))
    else:
        counts.append(write_stream(stream, target))
        from zoneview.store.connect import remember_sound

        remember_sound(target)  # written whole just now: the first open need not read it all to check
    for warning in stream.report.warnings:
        click.echo(f"zoneview: warning: {printable(warning)}", err=True)
    wrote = counts[0]
    click.echo(
        f"wrote {'standard output' if to_stdout else target}: {wrote.nodes} nodes, "
        f"{wrote.figures} figures, {wrote.entities} entities, {wrote.corrections} corrections",
        err=to_stdout,
    )


def _check_options_before(ctx: click.Context, db: Path | None, window_options: dict[str, object]) -> None:
    """Before a command, --db chooses its database; the window's own options would do nothing: refuse
    them rather than ignore them silently."""
    command = ctx.invoked_subcommand
    given = [name for name, value in window_options.items() if value is not None]
    if given:
        raise click.UsageError(f"{given[0]} is for the window, not for '{command}'", ctx)
    takes_db = command in cli.commands and any(p.name == "db" for p in cli.commands[command or ""].params)
    if db is not None and not takes_db:
        raise click.UsageError(f"'{command}' reads no database: --db does not apply", ctx)


def _stop_cleanly_on_signals() -> None:
    """A closed terminal (SIGHUP), Ctrl+\\ (SIGQUIT) or kill (SIGTERM) stops a command like Ctrl+C does:
    through the `finally` blocks that remove temp files, never leaving half a file behind."""
    from zoneview.stopping import raise_interrupt, release

    for name in ("SIGTERM", "SIGHUP", "SIGQUIT"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), raise_interrupt)
    release()  # held since start-up (launch.main): any that came meanwhile are delivered now


@cli.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File (json) or folder (csv) to write.")
@DOCUMENT_OPTION
@user_errors
def export(db: Path | None, fmt: str, output: Path | None, document: int | None) -> None:
    """Everything in the database, as JSON or as one CSV file per table; of a library, every document
    (JSON: a list of them) or the one --document names."""
    from zoneview.store.export import export_csv_tables, export_json

    if fmt == "csv" and (output is None or is_stdout(output)):
        raise UserError("csv export writes one file per table: name a folder with -o")
    with open_store(db) as library:
        whole = document is None and library.document_count() > 1
        source = library if whole else library.document(document)
        if fmt == "json":
            if output and not is_stdout(output):
                output_file(output, inputs=[library.path])
            text = terminal_safe_json(export_json(source))
            if output:
                write_atomic(output, text, inputs=[library.path])
            else:
                click.echo(text, nl=False)
            return
        tables = export_csv_tables(source)
        assert output is not None  # refused above
        _write_folder(output, tables, inputs=[library.path])
    click.echo(f"wrote {', '.join(tables)} to {output}")


def _write_folder(folder: Path, files: dict[str, str], inputs: list[Path]) -> None:
    """All the files or none: each is written and synced in a staging folder, then moved into place."""
    if folder.exists() and not folder.is_dir():
        raise UserError(f"not a folder: {folder}")
    parent = folder.resolve().parent
    if not parent.is_dir():
        raise UserError(f"folder does not exist: {parent}")
    targets = {name: output_file(folder / name, inputs) for name in files}
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=parent))
    try:
        for name, text in files.items():
            write_atomic(staging / name, text)
        folder.mkdir(exist_ok=True)
        for name, target in targets.items():
            (staging / name).replace(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@cli.command()
@click.argument("query")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, best hit first.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option("--document", type=click.IntRange(min=1), metavar="N", help="Search only this document.")
@click.option("--year", type=YEAR, help="Search only the documents of this year.")
@user_errors
def search(
    query: str, db: Path | None, as_json: bool, limit: int, document: int | None, year: int | None
) -> None:
    """Ranked hits for QUERY in every document; terms of one or two characters work too."""
    with open_store(db) as library:
        if document is not None:
            library.document(document)  # refused in one line if there is no such document
        hits = library.search(query, limit, year=year, document=document)
        documents = {d.id: d for d in library.documents()}
    if as_json:
        rows = [
            {"node": h.node_id, "title": h.title, "snippet": h.snippet, "score": h.score,
             "document": h.document_id, "year": documents[h.document_id].year}
            for h in hits
        ]  # fmt: skip
        echo_json(rows)
        return
    if not hits:
        click.echo(f"no results for {query!r}", err=True)
    several = len(documents) > 1
    for h in hits:
        where = f"[{h.document_id}] " if several else ""
        if several:
            doc = documents[h.document_id]
            where += f"{doc.year or ''} {doc.title} · "
        click.echo(
            f"{printable(h.node_id):<9} {printable(where + h.title)}\n"
            f"          {printable(h.marked_snippet().replace(chr(10), ' '))}"
        )


@cli.command()
@DB_OPTION
@user_errors
def check(db: Path | None) -> None:
    """Is this database sound and of a version this zoneview reads?"""
    from zoneview.store.check import check_database
    from zoneview.store.connect import as_found

    with as_found(), open_store(db) as store:  # it says what is wrong itself, and all of it
        result = check_database(store)
    if not result.ok:
        for problem in result.problems:
            click.echo(printable(problem))
        raise UserError(f"{result.path}: {len(result.problems)} problems, the first: {result.problems[0]}")
    counts = ", ".join(f"{n} {table}" for table, n in result.counts.items())
    click.echo(f"ok: {result.path} (schema {result.schema_version}): {counts}")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--issuer", metavar="NAME", help="Issuer to record, instead of the one read from the text.")
@click.option("--year", type=YEAR, help="Year to record, instead of the one read from the text.")
@DB_OPTION
@user_errors
def add(files: tuple[Path, ...], issuer: str | None, year: int | None, db: Path | None) -> None:
    """Import reports (.txt, .docx, .html, .pdf) into the library; a file already there is skipped."""
    from zoneview.ingest.decode import DecodeError
    from zoneview.ingest.formats import check_file_size
    from zoneview.scratch import use_private_temp
    from zoneview.service import add_report
    from zoneview.store import BuildError
    from zoneview.store.library import LibraryWriter

    use_private_temp()  # a run killed part-way leaves its import folder to the next run to remove
    target = _library_path(db)
    failed = 0
    with LibraryWriter(target) as library:
        for number, path in enumerate(files, 1):
            step = f"[{number}/{len(files)}] " if len(files) > 1 else ""
            try:
                if not path.is_file():
                    raise OSError("no such file" if not path.exists() else "not a file")
                check_file_size(path)  # before the library reads it whole
                added = add_report(library, path, issuer=issuer, year=year)
            except (DecodeError, BuildError, OSError) as e:
                failed += 1
                click.echo(f"zoneview: error: {printable(f'{path}: {e}')}", err=True)
                continue
            doc = added.document
            what = f"document {doc.id}: {doc.year or '?'} {doc.issuer or '?'} {doc.title}"
            if added.new:
                click.echo(printable(f"{step}added {path.name} as {what} ({added.figures} figures)"))
            else:
                click.echo(printable(f"{step}already in the library: {path.name} is {what}"))
    if failed and len(files) > 1:
        raise UserError(f"{failed} of {len(files)} files were not added; the library has the others")
    if failed:
        sys.exit(1)  # its one line is said


@cli.command(name="list")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@user_errors
def list_command(db: Path | None, as_json: bool) -> None:
    """The documents in the library, by issuer and year."""
    with open_store(db) as store:
        documents = store.documents()
        _say_if_older_parser(store)
    if as_json:
        rows = [
            {"id": d.id, "issuer": d.issuer, "year": d.year, "kind": d.kind, "title": d.title,
             "source_file": d.source_file, "sha256": d.sha256, "chars": d.chars}
            for d in documents
        ]  # fmt: skip
        echo_json(rows)
        return
    for d in documents:
        click.echo(
            printable(f"{d.id:>4}  {d.year or '':<4}  {d.issuer or '':<12}  {d.kind or '':<10}  {d.title}")
        )


@cli.command()
@click.argument("document_id", metavar="DOC_ID", type=click.IntRange(min=1))
@DB_OPTION
@user_errors
def remove(document_id: int, db: Path | None) -> None:
    """Remove a document from the library, with everything read from it."""
    from zoneview.store.library import LibraryWriter

    with LibraryWriter(_library_path(db, create=False)) as library:
        gone = library.remove(document_id)
    click.echo(printable(f"removed document {gone.id}: {gone.title}"))


@cli.command()
@DB_OPTION
@user_errors
def refresh(db: Path | None) -> None:
    """Read every document of the library again with this version's parser, from the text it was read
    from: ids, the issuer and year given on add, and the figures taken out of a series stay."""
    from zoneview.service import refresh_library
    from zoneview.store.library import LibraryWriter

    with LibraryWriter(_library_path(db, create=False)) as library:
        count = refresh_library(
            library, lambda n, of, d: click.echo(printable(f"[{n}/{of}] {d.title}"), err=True)
        )
    click.echo(f"read {count} documents again")


@cli.command()
@click.argument("database", type=click.Path(path_type=Path))
@user_errors
def migrate(database: Path) -> None:
    """Upgrade a database of an older schema to this one, in place and atomically."""
    from zoneview.store import SCHEMA_VERSION
    from zoneview.store.library import migrate as migrate_file

    if not database.is_file():
        raise UserError(f"no such file: {database}")
    _refuse_bundled(database)
    migrate_file(database)
    click.echo(f"{database} is at schema {SCHEMA_VERSION}")


def _library_path(db: Path | None, create: bool = True) -> Path:
    """The library to change: --db, else the user's (created with the bundled report on first add)."""
    chosen = chosen_db(db)
    if chosen is None:
        if create:
            paths.user_data_dir()  # the folder, with a clear error if it cannot be made
        chosen = paths.user_library()
        if not create and not chosen.is_file():
            raise UserError(f"there is no library yet: {chosen}; 'zoneview add FILE' makes it")
    _refuse_bundled(chosen)
    return chosen


def _refuse_bundled(path: Path) -> None:
    if path.exists() and os.path.realpath(path) == os.path.realpath(paths.bundled_database()):
        raise UserError("the bundled database is never changed; add to your library (leave out --db)")


@cli.command()
@click.argument("subject")
@click.option("--issuer", metavar="NAME", help="Whose reports (default: the issuer with the most of them).")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the series as JSON, ordered by year.")
@click.option("--csv", "csv_out", type=click.Path(path_type=Path), help="Write the series as CSV.")
@click.option("--png", type=click.Path(path_type=Path), help="Write the chart as a PNG image.")
@click.option("--width", default=900, show_default=True, type=click.IntRange(300, 4000), help="Image width.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@user_errors
def compare(
    subject: str,
    issuer: str | None,
    db: Path | None,
    as_json: bool,
    csv_out: Path | None,
    png: Path | None,
    width: int,
    lang: str,
) -> None:
    """SUBJECT (国内生产总值, 城镇新增就业 …) across the issuer's reports: each year's target beside the
    outcome the next report gives, met or missed."""
    from zoneview.store.series import CSV_COLUMNS, series_csv_rows, series_json
    from zoneview.store.series import compare as compare_series
    from zoneview.store.tabular import csv_text

    with open_store(db) as store:
        outputs = _outputs(png, csv_out, as_json, inputs=[store.path])
        found = compare_series(store, subject, issuer)
    if not found.issuers:
        raise UserError(f"no figures of {subject!r} in {store.path}")
    if not found.points:
        others = ", ".join(f"{name} ({n})" for name, n in found.issuers)
        raise UserError(
            f"{found.issuer} gives no yearly figures of {found.subject}; issuers that do: {others}"
        )
    if issuer is None and len(found.issuers) > 1:
        others = ", ".join(f"{name} ({n})" for name, n in found.issuers[1:])
        click.echo(
            printable(f"zoneview: {found.title} of {found.issuer}; also: {others} (--issuer)"), err=True
        )
    if csv_out is not None:  # write_atomic and the PNG's writer take "-" for standard output
        text = csv_text(series_csv_rows(found.points, found.verdicts), list(CSV_COLUMNS))
        write_atomic(csv_out, text, inputs=[store.path])
    if png is not None:
        from zoneview.ui.compareview import render_compare_png

        render_compare_png(found.title, found.points, found.verdicts, png, width, lang)
    if as_json:
        echo_json(series_json(found.points))
    elif not outputs:
        _print_verdicts(found)
    for path in outputs:
        if not is_stdout(path):
            click.echo(f"wrote {path}", err=as_json)


@cli.command()
@click.option("--issuer", metavar="NAME", required=True, help="Whose reports: any unique part of its name.")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print every cell as JSON, by indicator and year.")
@click.option("--csv", "csv_out", type=click.Path(path_type=Path), help="Write the scorecard as CSV.")
@user_errors
def scorecard(issuer: str, db: Path | None, as_json: bool, csv_out: Path | None) -> None:
    """Every target the issuer's reports set, year by year, beside the outcome a later report gives:
    met, missed, not reported (no annual figure) or no target."""
    from zoneview.store.scorecard import SCORECARD_CSV_COLUMNS, score_issuer, scorecard_csv_rows
    from zoneview.store.tabular import csv_text

    with open_store(db) as store:
        outputs = _outputs(None, csv_out, as_json, inputs=[store.path])
        cells = score_issuer(store, issuer)
        _say_if_older_parser(store)
    if not cells:
        raise UserError(f"the reports of {issuer!r} set no target on a standard indicator ({store.path})")
    if csv_out is not None:
        write_atomic(
            csv_out, csv_text(scorecard_csv_rows(cells), list(SCORECARD_CSV_COLUMNS)), inputs=[store.path]
        )
    if as_json:
        echo_json([c.json() for c in cells])
    elif not outputs:
        click.echo(printable(f"{cells[0].issuer}"))
        for c in cells:
            target = c.target.quote if c.target else (c.target_text or "")
            outcome = c.outcome.quote if c.outcome else ""
            mark = "*" if c.outcome and c.outcome.preliminary else ""
            columns = (_padded(c.indicator, 20), _padded(target, 16), _padded(outcome + mark, 12))
            click.echo(printable(f"{c.year}  {' '.join(columns)} {c.verdict}"))
    for path in outputs:
        if not is_stdout(path):
            click.echo(f"wrote {path}", err=as_json)


@cli.command()
@click.option("--year", type=click.IntRange(1900, 2200), help="Targets for this year.")
@click.option("--issuer", metavar="NAME", help="Of this issuer only: any unique part of its name.")
@click.option("--indicator", metavar="NAME", help="Of this standard indicator only: any of its names.")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the targets as JSON.")
@click.option("--csv", "csv_out", type=click.Path(path_type=Path), help="Write the targets as CSV.")
@user_errors
def targets(
    year: int | None,
    issuer: str | None,
    indicator: str | None,
    db: Path | None,
    as_json: bool,
    csv_out: Path | None,
) -> None:
    """Targets across issuers: one row per issuer, year and standard indicator, as the reports print them."""
    from zoneview.store.scorecard import TARGETS_CSV_COLUMNS, all_targets, target_json, targets_csv_rows
    from zoneview.store.tabular import csv_text

    with open_store(db) as store:
        outputs = _outputs(None, csv_out, as_json, inputs=[store.path])
        found = all_targets(store, year, issuer, indicator)
        _say_if_older_parser(store)
        if not found and year is not None:
            whose = {t.issuer for t in all_targets(store, issuer=issuer)} if issuer else None
            reports = [
                d for d in store.documents() if d.year == year and (whose is None or d.issuer in whose)
            ]
            if not reports:
                of = f" of {issuer}" if issuer else ""
                raise UserError(f"no reports{of} of {year} in {store.path}")
    if csv_out is not None:
        write_atomic(
            csv_out, csv_text(targets_csv_rows(found), list(TARGETS_CSV_COLUMNS)), inputs=[store.path]
        )
    if as_json:
        echo_json([target_json(t) for t in found])
    elif not outputs:
        for t in found:
            line = f"{t.year}  {_padded(t.issuer, 16)} {_padded(t.indicator, 20)} {t.quote}"
            click.echo(printable(line))
    for path in outputs:
        if not is_stdout(path):
            click.echo(f"wrote {path}", err=as_json)


def _say_if_older_parser(store: Any) -> None:
    """One line on stderr when an older zoneview read some of the library's documents: what it found
    (issuers, targets, names) may be out of date until `zoneview refresh` reads them again."""
    from zoneview.ingest import PARSER_VERSION

    older = store.read_by_older_parser(PARSER_VERSION)
    if older and store.path.resolve() != paths.bundled_database().resolve():
        said = f"{older} document(s) were read by an older zoneview; 'zoneview refresh' reads them again"
        click.echo(f"zoneview: {said}", err=True)


def _print_verdicts(found: Any) -> None:
    """year, target as printed, outcome as printed, met / missed / not reported; levels, then rates."""
    click.echo(printable(f"{found.title} — {found.issuer}"))
    click.echo(f"year  {_padded('target', 14)} {_padded('outcome', 16)} verdict")
    for v in found.verdicts:
        target = v.target.indicator.display_value if v.target else ""
        actual = v.actual.indicator.display_value if v.actual else ""
        status = "" if v.status == "no target" else v.status
        click.echo(printable(f"{v.year}  {_padded(target, 14)} {_padded(actual, 16)} {status}").rstrip())


def _padded(text: str, columns: int) -> str:
    """`text` filled with spaces to `columns` terminal columns; a Chinese character takes two."""
    width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, columns - width)


@cli.command()
@click.argument("node_id", metavar="ID")
@DB_OPTION
@click.option("--png", type=click.Path(path_type=Path), help="Write the charts as a PNG image.")
@click.option("--csv", "csv_out", type=click.Path(path_type=Path), help="Write the plotted data as CSV.")
@click.option("--json", "as_json", is_flag=True, help="Print the charts as JSON, in the order shown.")
@click.option("--width", default=900, show_default=True, type=click.IntRange(300, 4000), help="Image width.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@click.option("--dark", is_flag=True, help="Use a dark palette.")
@DOCUMENT_OPTION
@user_errors
def chart(
    node_id: str,
    db: Path | None,
    png: Path | None,
    csv_out: Path | None,
    as_json: bool,
    width: int,
    lang: str,
    dark: bool,
    document: int | None,
) -> None:
    """The charts of a node, without a window: PNG, CSV and/or JSON of what they plot."""
    if png is None and csv_out is None and not as_json:
        raise UserError("say what to write: --png OUT, --csv OUT and/or --json")
    with open_one(db, document) as store:
        outputs = _outputs(png, csv_out, as_json, inputs=[store.path])
        _require_node(store, node_id)
        if not store.indicators(node_id, limit=1):
            raise UserError(_no_figures(store, node_id))
        count = store.figure_counts([node_id]).get(node_id, 0)
        if png is not None and count > PICTURE_MAX_FIGURES:
            raise UserError(
                f"node {node_id} has {count:,} figures; a picture draws at most {PICTURE_MAX_FIGURES:,} "
                "(--csv and --json give them all)"
            )
        from zoneview.ui.offscreen import chart_json, export_chart

        if outputs:
            export_chart(store, node_id, png=png, csv=csv_out, width=width, lang=lang, dark=dark)
        if as_json:
            rows = chart_json(store, node_id, lang)
            echo_json(rows)
    to_stdout = any(is_stdout(path) for path in outputs)
    for path in outputs:
        if not is_stdout(path):
            click.echo(f"wrote {path}", err=to_stdout or as_json)


PICTURE_MAX_FIGURES = 2_000  # a chart picture of more is unreadable, and takes minutes to draw


def _outputs(png: Path | None, csv_out: Path | None, as_json: bool, inputs: list[Path]) -> list[Path]:
    """The files --png and --csv name, refused before anything is drawn when they cannot be written as
    asked: two outputs to standard output, a device or the input itself, a name of another format."""
    outputs = [path for path in (png, csv_out) if path is not None]
    if sum(is_stdout(path) for path in outputs) + as_json > 1:
        raise UserError("only one of --png, --csv and --json can go to standard output")
    for path in outputs:
        if not is_stdout(path):
            output_file(path, inputs=inputs)
    for named, suffix in ((png, ".png"), (csv_out, ".csv")):
        if named is not None and not is_stdout(named) and named.suffix.lower() not in (suffix, ""):
            kind = suffix[1:].upper()
            raise UserError(f"{named} would hold {kind} data under another name: end it in {suffix}")
    return outputs


def _require_node(store: Any, node_id: str) -> None:
    """Refuse, in one line, a node the document does not hold."""
    if store.node(node_id) is None:
        raise UserError(f"no node {node_id!r} in {store.path}")


def _no_figures(store: Any, node_id: str) -> str:
    """node ID has no figures, and where its sections' figures are, if it has any."""
    from zoneview.store.chartdata import section_links

    message = f"node {node_id} has no figures"
    links = section_links(store, node_id)
    if links:
        message += "; its sections' charts: " + ", ".join(link.node.id for link in links)
    return message


@cli.command(name="print")
@click.option("--node", "node_id", metavar="ID", help="Print one node as the window shows it.")
@click.option("--all", "whole", is_flag=True, help="Print the whole report as a booklet.")
@click.option(
    "--no-sections",
    "alone",
    is_flag=True,
    help="With --node: the node alone, without the sections under it (a part's introduction).",
)
@click.option("--pdf", type=click.Path(path_type=Path), required=True, help="PDF file to write.")
@DB_OPTION
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@DOCUMENT_OPTION
@user_errors
def print_command(
    node_id: str | None,
    whole: bool,
    alone: bool,
    pdf: Path,
    db: Path | None,
    lang: str,
    document: int | None,
) -> None:
    """What Print produces, as a PDF, without a window: a node with its sections, or the report."""
    if whole == (node_id is not None):
        raise UserError("give either --node ID or --all")
    if alone and whole:
        raise UserError("--no-sections goes with --node, not --all")
    with open_one(db, document) as store:
        if not is_stdout(pdf):
            output_file(pdf, inputs=[store.path])
        if node_id is not None:
            _require_node(store, node_id)
        from zoneview.ui.offscreen import export_pdf

        notes: list[str] = []
        pages = export_pdf(store, node_id, pdf, lang=lang, notes=notes, sections=not alone)
    for note in notes:
        click.echo(f"zoneview: warning: {printable(note)}", err=True)
    click.echo(
        f"wrote {'standard output' if is_stdout(pdf) else pdf}: {pages} page{'' if pages == 1 else 's'}",
        err=is_stdout(pdf),
    )


@cli.command(name="install-desktop")
@click.option(
    "--prefix",
    type=click.Path(path_type=Path, file_okay=False),
    help="Share folder (default: ~/.local/share).",
)
@click.option("--uninstall", is_flag=True, help="Remove exactly what install-desktop wrote.")
@user_errors
def install_desktop(prefix: Path | None, uninstall: bool) -> None:
    """Add zoneview to the desktop menu, with its icon (freedesktop)."""
    from zoneview.ui import desktop

    if uninstall:
        removed, kept = desktop.uninstall(prefix)
        for path, why in kept:
            click.echo(f"zoneview: warning: kept {path}: {why}", err=True)
        if removed or kept:
            click.echo(f"removed {len(removed)} files" + (f", kept {len(kept)}" if kept else ""))
        else:
            click.echo(f"nothing to remove: no record of an install in {prefix or desktop.default_prefix()}")
        return
    written = desktop.install(prefix)
    click.echo(f"wrote {written[0]} and {len(written) - 1} icons")


class ClosedOutput(io.TextIOBase):
    """Standard output that the caller closed: writing fails, rather than going nowhere with exit 0."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    @property
    def buffer(self) -> ClosedOutput:  # for binary output: it fails the same way
        return self


def _output_closed() -> NoReturn:
    """The reader of our output went away (`zoneview export | head -1`): exit non-zero, quietly, as
    click does for a broken pipe inside a command (the reader chose to stop; there is no one to tell)."""
    # nothing more reaches it, and Python's last flush at exit must not fail
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(1)


def main() -> None:
    """Entry point for the console and GUI scripts: every user error is one line on stderr.

    A GUI script on Windows has no console (sys.stderr is None): messages then go to the log file.
    Elsewhere no stdout means the caller closed it (`zoneview search x >&-`): output then fails."""
    if sys.stdout is None and sys.platform != "win32":
        sys.stdout = ClosedOutput()
    if sys.stderr is None or sys.stdout is None:
        try:
            log: Any = paths.open_log(paths.log_file())
        except OSError:
            log = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 (open for the whole run)
        sys.stdout = sys.stdout or log
        sys.stderr = sys.stderr or log
    try:
        code = cli.main(prog_name="zoneview", standalone_mode=False)
        sys.stdout.flush()  # a reader that went away shows here at the latest
    except BrokenPipeError:
        _output_closed()
    except click.UsageError as e:
        hint = f" (see 'zoneview {e.ctx.info_name if e.ctx and e.ctx.parent else ''} --help')".replace(
            "  ", " "
        )
        click.echo(f"zoneview: error: {printable(e.format_message())}{hint}", err=True)
        sys.exit(2)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.Abort:
        from zoneview.stopping import interrupted_status, stopped

        if stopped():  # click turns a stop signal's KeyboardInterrupt into Abort
            click.echo("zoneview: error: interrupted", err=True)
            sys.exit(interrupted_status())
        click.echo("zoneview: error: aborted", err=True)
        sys.exit(1)
    except (KeyboardInterrupt, Exception) as e:
        fail(e)
    sys.exit(code if isinstance(code, int) else 0)


def fail(error: BaseException) -> NoReturn:
    """Ctrl+C, or zoneview's own fault (the details go to the crash log): one line, and exit."""
    if not isinstance(error, Exception):
        from zoneview.stopping import interrupted_status

        click.echo("zoneview: error: interrupted", err=True)
        sys.exit(interrupted_status())
    from zoneview.crashlog import internal_error_line, write_crash_log

    click.echo(printable(internal_error_line(error, write_crash_log(error))), err=True)
    sys.exit(70)
