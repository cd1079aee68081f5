"""The command line: I/O, options, progress and exit codes. No extraction logic here.

Exit codes: 0 all inputs processed; 1 fatal (broken lexicon, unwritable output, internal
error); 2 usage error; 3 finished, but some inputs gave error records; 130 interrupted.
"""

from __future__ import annotations

import enum
import json
import os
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console

from dsnews import __version__
from dsnews.errors import InputError, LexiconError
from dsnews.model import CATEGORIES, Result

EXIT_OK, EXIT_FATAL, EXIT_USAGE, EXIT_SOME_ERRORS, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals would dump article text into tracebacks
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    help="Turn Chinese financial news into structured data: tickers, moves, people, firms, quotes.",
)
lexicons_app = typer.Typer(help="Inspect and check the lexicons.", no_args_is_help=True)
app.add_typer(lexicons_app, name="lexicons")
stderr = Console(stderr=True)


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _version(value: bool) -> None:
    if value:
        print(f"dsnews {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn Chinese financial news into structured data: tickers, moves, people, firms, quotes.

    Exit codes: 0 all inputs processed; 1 fatal error (broken lexicon, unwritable output);
    2 usage error; 3 finished, but some inputs gave error records; 130 interrupted.
    """


OnlyOption = Annotated[str | None, typer.Option(
    "--only", help="Comma-separated categories to output: tickers,moves,people,firms,quotes.")]
EncodingOption = Annotated[str | None, typer.Option(
    "--encoding", help="Decode inputs with this encoding instead of detecting it (utf-8, gb18030, big5hkscs…).")]
LexiconOption = Annotated[list[Path] | None, typer.Option(
    "--lexicon", help="Add a watch list of your own securities (TSV: id, name, aliases, source). Repeatable.")]


def _categories(only: str | None) -> tuple[str, ...]:
    if not only:
        return CATEGORIES
    wanted = tuple(c.strip() for c in only.split(",") if c.strip())
    unknown = [c for c in wanted if c not in CATEGORIES]
    if unknown:
        raise typer.BadParameter(f"unknown category {unknown[0]!r}; choose from {', '.join(CATEGORIES)}",
                                 param_hint="--only")
    return wanted


def _error(message: str) -> None:
    stderr.print(f"[red]error:[/red] {message}", markup=True, highlight=False, soft_wrap=True)


def _load_lexicons(extra: tuple[str, ...]) -> None:
    """Load (and validate) the lexicons up front, so that a broken file is one clear error."""
    from dsnews.lexicons import load

    try:
        load(extra)
    except LexiconError as exc:
        _error(f"cannot load the lexicons ({len(exc.problems)} problems):")
        for problem in exc.problems[:50]:
            stderr.print(f"  {problem}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_FATAL) from None


def process(source: str, data: bytes | None, encoding: str | None, only: tuple[str, ...],
            lexicons: tuple[str, ...]) -> Result:
    """Decode and extract one input; an unreadable one gives an error record, never a raise."""
    import dsnews
    from dsnews.source import decode, read

    try:
        decoded = decode(data, source, encoding) if data is not None else read(source, encoding)
    except InputError as exc:
        return Result(source=source, error=exc.reason)
    return dsnews.extract(decoded.text, source, only, lexicons)


class Writer:
    """Writes results in one format to stdout or a file, streaming."""

    def __init__(self, fmt: Format, out: IO[str], only: tuple[str, ...], console: Console | None) -> None:
        self.fmt, self.out, self.only, self.console = fmt, out, only, console
        self.count = 0

    def start(self) -> None:
        if self.fmt is Format.csv:
            from dsnews.render import csv_header

            self.out.write(csv_header())

    def write(self, result: Result, many: bool) -> None:
        try:
            self._write(result, many)
        except BrokenPipeError:  # | head closed the pipe: stop quietly, like other Unix tools
            _silence_stdout()
            raise typer.Exit(EXIT_OK) from None

    def _write(self, result: Result, many: bool) -> None:
        from dsnews import render

        if self.fmt is Format.jsonl:
            self.out.write(render.to_jsonl(result, self.only) + "\n")
        elif self.fmt is Format.json:
            text = render.to_json(result, self.only, indent=2)
            if many:
                text = ("[\n" if self.count == 0 else ",\n") + text
            self.out.write(text if many else text + "\n")
        elif self.fmt is Format.csv:
            self.out.write(render.to_csv_rows(result, self.only))
        else:
            assert self.console is not None
            for item in render.tables(result, self.only):
                self.console.print(item)
            self.console.print()
        self.out.flush()
        self.count += 1

    def finish(self, many: bool) -> None:
        if self.fmt is Format.json and many:
            self.out.write("\n]\n" if self.count else "[]\n")


def _open_output(output: Path | None) -> IO[str]:
    if output is None or str(output) == "-":
        return sys.stdout
    try:
        return output.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        _error(f"cannot write {output}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_FATAL) from None


def _default_format(fmt: Format | None, output: Path | None) -> Format:
    if fmt is not None:
        return fmt
    if output is None and sys.stdout.isatty():
        return Format.table
    return Format.jsonl


@app.command()
def extract(
    files: Annotated[list[str] | None, typer.Argument(
        help="Article files; '-' or nothing reads standard input.", show_default=False)] = None,
    fmt: Annotated[Format | None, typer.Option(
        "--format", "-f", help="Output format. Default: table on a terminal, jsonl when piped.",
        show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    only: OnlyOption = None,
    encoding: EncodingOption = None,
    lexicon: LexiconOption = None,
) -> None:
    """Extract tickers, moves, people, firms and quotes from articles.

    Each file (or standard input) is one article. Files are decoded automatically
    (UTF-8, UTF-16 with BOM, GB18030, Big5-HKSCS). A file that cannot be read gives an
    error record in the output and exit code 3; the others are still processed.

    Example:

        dsnews extract samples/tw_semis.txt

        cat article.txt | dsnews extract -f json

        dsnews extract a.txt b.txt -f jsonl --only tickers,moves -o out.jsonl
    """
    categories = _categories(only)
    extra = tuple(str(p) for p in lexicon or ())
    _load_lexicons(extra)
    sources = files or ["-"]
    chosen = _default_format(fmt, output)
    out = _open_output(output)
    console = Console(file=out, soft_wrap=False) if chosen is Format.table else None
    writer = Writer(chosen, out, categories, console)
    many = len(sources) > 1
    errors = 0
    writer.start()
    for source in sources:
        data = _stdin_bytes() if source == "-" else None
        result = process(source, data, encoding, categories, extra)
        if result.error is not None:
            errors += 1
            _error(f"{source}: {result.error}")
        writer.write(result, many)
    writer.finish(many)
    if out is not sys.stdout:
        out.close()
    raise typer.Exit(EXIT_SOME_ERRORS if errors else EXIT_OK)


def _stdin_bytes() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        return bytes(stream.read())
    return sys.stdin.read().encode("utf-8", "surrogateescape")


# ---------------------------------------------------------------- batch

_worker_state: dict[str, Any] = {}


def _init_worker(encoding: str | None, only: tuple[str, ...], lexicons: tuple[str, ...]) -> None:
    """Load the lexicons once per worker process, not once per file."""
    from dsnews.lexicons import load

    _worker_state.update(encoding=encoding, only=only, lexicons=lexicons)
    load(lexicons).matcher  # noqa: B018 — build the matcher now, before the first file


def _work(path: str) -> Result:
    state = _worker_state
    try:
        return process(path, None, state["encoding"], state["only"], state["lexicons"])
    except Exception as exc:  # the per-file boundary: one bad file must not stop the batch
        return Result(source=path, error=f"internal error: {type(exc).__name__}: {exc}")


def _discover(folders: list[Path], patterns: list[str]) -> list[str]:
    """Every file under the folders matching the patterns, sorted, each once."""
    found: set[str] = set()
    for folder in folders:
        if folder.is_file():
            found.add(str(folder))
            continue
        for pattern in patterns:
            for path in folder.rglob(pattern):
                if path.is_file() or path.is_dir():  # a directory named x.txt gives an error record
                    found.add(str(path))
    return sorted(found)


@app.command()
def batch(
    folders: Annotated[list[Path], typer.Argument(help="Folders to read (recursively).", show_default=False)],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="jsonl, json or csv.")] = Format.jsonl,
    glob: Annotated[list[str] | None, typer.Option(
        "--glob", help="File pattern to pick (repeatable). Default: *.txt and *.md.")] = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", help="Parallel worker processes. Default: the number of CPUs.", min=1)] = os.cpu_count() or 1,
    only: OnlyOption = None,
    encoding: EncodingOption = None,
    lexicon: LexiconOption = None,
) -> None:
    """Extract from every article file under one or more folders, in parallel.

    Results are written as they complete, in sorted-path order, one JSON object per file
    (jsonl). Unreadable files give an error record and the batch goes on; the exit code
    is then 3. Progress goes to stderr.

    Example:

        dsnews batch news/ -o out.jsonl

        dsnews batch news/ archive/ --glob '*.txt' --workers 4 -o out.jsonl
    """
    if fmt is Format.table:
        raise typer.BadParameter("batch writes jsonl, json or csv", param_hint="--format")
    categories = _categories(only)
    extra = tuple(str(p) for p in lexicon or ())
    missing = [str(f) for f in folders if not f.exists()]
    if missing:
        raise typer.BadParameter(f"no such folder: {missing[0]}", param_hint="FOLDERS")
    _load_lexicons(extra)
    paths = _discover(folders, glob or ["*.txt", "*.md"])
    out = _open_output(output)
    writer = Writer(fmt, out, categories, None)
    started = time.perf_counter()
    errors = done = 0
    writer.start()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.0f} articles/s"), TextColumn("{task.fields[errors]} errors"),
        TimeRemainingColumn(), console=stderr, transient=False,
    )
    try:
        with progress:
            task = progress.add_task("batch", total=len(paths), rate=0.0, errors=0)
            for result in _results(paths, workers, encoding, categories, extra):
                done += 1
                if result.error is not None:
                    errors += 1
                    progress.console.print(f"[red]error:[/red] {result.source}: {result.error}",
                                           highlight=False, soft_wrap=True)
                writer.write(result, True)
                elapsed = max(time.perf_counter() - started, 1e-9)
                progress.update(task, advance=1, rate=done / elapsed, errors=errors)
    except KeyboardInterrupt:
        out.flush()
        stderr.print(f"interrupted after {done} of {len(paths)} files")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    writer.finish(True)
    if out is not sys.stdout:
        out.close()
    elapsed = time.perf_counter() - started
    where = f" → {output}" if output else ""
    stderr.print(f"{done} files, {done - errors} ok, {errors} errors in {elapsed:.1f}s "
                 f"({done / max(elapsed, 1e-9):.0f} articles/s){where}", highlight=False)
    raise typer.Exit(EXIT_SOME_ERRORS if errors else EXIT_OK)


def _results(paths: list[str], workers: int, encoding: str | None, only: tuple[str, ...],
             lexicons: tuple[str, ...]) -> Iterator[Result]:
    """Results in path order, computed by `workers` processes (in this one when 1)."""
    if workers <= 1 or len(paths) < 2:
        _init_worker(encoding, only, lexicons)
        yield from map(_work, paths)
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(encoding, only, lexicons)) as pool:
        yield from pool.map(_work, paths, chunksize=8)


# ---------------------------------------------------------------- inspection


@app.command()
def lookup(
    query: Annotated[str, typer.Argument(help="A name (輝達, 茅台, Nvidia) or a code (0700, 600519, NVDA).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    lexicon: LexiconOption = None,
) -> None:
    """Show what the lexicons know about a name or a code.

    Every listing the name or code may mean, with names, aliases, other listings of the
    same company, and why a name is ambiguous.

    Example:

        dsnews lookup 輝達

        dsnews lookup 0700
    """
    from dsnews.lexicons import load
    from dsnews.lookup import describe

    extra = tuple(str(p) for p in lexicon or ())
    _load_lexicons(extra)
    found = describe(load(extra), query)
    if as_json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        from rich.table import Table

        out = Console()
        if not found["entries"]:
            out.print(f"nothing known as {query!r}")
            raise typer.Exit(EXIT_OK)
        table = Table(title=f"{query}", title_justify="left")
        for column in ("kind", "id", "name", "aliases", "listings", "source"):
            table.add_column(column)
        for e in found["entries"]:
            table.add_row(e["kind"], e.get("id") or "", e["name"], ", ".join(e.get("aliases", [])[:8]),
                          ", ".join(e.get("listings", [])), e.get("source") or "")
        out.print(table)
        for note in found["notes"]:
            out.print(f"note: {note}", highlight=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output (one result, or an error record).

    Example:

        dsnews schema > dsnews.schema.json
    """
    from dsnews.render import schema as make_schema

    print(json.dumps(make_schema(), ensure_ascii=False, indent=2))


@app.command()
def tokens(
    file: Annotated[str, typer.Argument(help="An article file, or '-' for standard input.")] = "-",
    encoding: EncodingOption = None,
) -> None:
    """Print jieba tokens (taught the lexicon names) with offsets, one per line. For debugging.

    Example:

        dsnews tokens samples/cn_liquor.txt | head
    """
    from dsnews.lexicons import load
    from dsnews.normalise import normalise
    from dsnews.tokenize import tokens as make_tokens

    text = _read_one(file, encoding)
    _load_lexicons(())
    for word, start, end in make_tokens(normalise(text), load(())):
        if word.strip():
            print(f"{start}\t{end}\t{word}")


@app.command("normalise")
def normalise_command(
    file: Annotated[str, typer.Argument(help="An article file, or '-' for standard input.")] = "-",
    encoding: EncodingOption = None,
) -> None:
    """Print the normalised text (folded, Simplified) that the extractors read. For debugging.

    Example:

        echo '英偉達（NVDA.US）跌１２％' | dsnews normalise
    """
    from dsnews.normalise import normalise

    sys.stdout.write(normalise(_read_one(file, encoding)).text)


def _read_one(file: str, encoding: str | None) -> str:
    from dsnews.source import decode, read

    try:
        decoded = decode(_stdin_bytes(), "-", encoding) if file == "-" else read(file, encoding)
    except InputError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_SOME_ERRORS) from None
    return decoded.text


@lexicons_app.command("check")
def lexicons_check(lexicon: LexiconOption = None) -> None:
    """Load every lexicon file and report problems as file:line: reason.

    Example:

        dsnews lexicons check --lexicon my_watchlist.tsv
    """
    from dsnews.lexicons import lexicon_dir, load

    extra = tuple(str(p) for p in lexicon or ())
    _load_lexicons(extra)
    lex = load(extra)
    print(f"ok: {lexicon_dir()}: {len(lex.securities)} securities, {len(lex.firms)} firms, "
          f"{len(lex.indices)} indices, {len(lex.names)} names")


def _silence_stdout() -> None:
    """Point stdout at /dev/null: Python flushes it at exit, and the pipe is gone."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main() -> None:
    """Entry point: run the app; a closed pipe (| head) ends quietly."""
    try:
        app()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
