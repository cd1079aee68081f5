"""The command line: I/O, options, progress and exit codes. No extraction logic here.

Exit codes: 0 all inputs processed; 1 fatal (broken lexicon, unwritable output, internal
error outside any one input); 2 usage error; 3 finished, but some inputs gave error records
(unreadable, or a fault of dsnews's own on that input); 130 interrupted.
"""

from __future__ import annotations

import enum
import functools
import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from dsnews import __version__
from dsnews.errors import InputError, LexiconError
from dsnews.model import CATEGORIES, Result

if TYPE_CHECKING:
    from rich.console import Console

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


@functools.cache
def stderr() -> Console:
    """The console for errors and progress, made on first use: rich costs a cold start ~20 ms."""
    from rich.console import Console

    return Console(stderr=True)


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
    stderr().print(f"[red]error:[/red] {message}", markup=True, highlight=False, soft_wrap=True)


def _load_lexicons(extra: tuple[str, ...]) -> None:
    """Load (and validate) the lexicons up front, so that a broken file is one clear error."""
    from dsnews.lexicons import load

    try:
        load(extra)
    except LexiconError as exc:
        _error(f"cannot load the lexicons ({len(exc.problems)} problems):")
        for problem in exc.problems[:50]:
            stderr().print(f"  {problem}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_FATAL) from None


@dataclass(frozen=True)
class Reading:
    """How to read inputs: one object, so that worker processes get it in one piece."""

    encoding: str | None = None
    only: tuple[str, ...] = CATEGORIES
    lexicons: tuple[str, ...] = ()
    text_fields: tuple[str, ...] = ("content", "text", "body")
    title_field: str | None = None
    id_field: str | None = None
    done: frozenset[str] = frozenset()  # sources already in the output (--resume)


def process_guarded(source: str, reading: Reading, data: bytes | None = None) -> list[Result]:
    """`process`, where a fault of dsnews's own on one input gives that input an error record
    instead of stopping the run."""
    try:
        return process(source, reading, data)
    except Exception as exc:  # noqa: BLE001 (the per-input boundary: one bad input must not stop the run)
        return [Result(source=source, error=f"internal error: {type(exc).__name__}: {exc}")]


def process(source: str, reading: Reading, data: bytes | None = None) -> list[Result]:
    """Read and extract every article of one input; unreadable ones give error records."""
    import dataclasses

    import dsnews
    from dsnews.source import Article, articles, decode

    if data is not None:  # standard input: one article
        try:
            decoded = decode(data, source, reading.encoding)
        except InputError as exc:
            return [Result(source=source, error=exc.reason)]
        found = [Article(source, decoded.text, warnings=decoded.warnings)]
    else:
        found = articles(source, reading.encoding, reading.text_fields, reading.title_field, reading.id_field)
    results = []
    for article in found:
        if article.source in reading.done:
            continue
        if article.text is None:
            results.append(Result(source=article.source, error=article.error))
            continue
        result = dsnews.extract(article.text, article.source, reading.only, reading.lexicons)
        results.append(dataclasses.replace(result, warnings=article.warnings, text_from=article.text_from))
    return results


class Writer:
    """Writes results in one format to stdout or a file, streaming."""

    def __init__(
        self, fmt: Format, out: IO[str], only: tuple[str, ...], console: Console | None, flush_each: bool = True
    ) -> None:
        self.fmt, self.out, self.only, self.console = fmt, out, only, console
        self.flush_each = flush_each  # a pipe reader sees each result at once; a batch file need not
        self.count = 0

    def start(self) -> None:
        if self.fmt is Format.csv:
            from dsnews.render import csv_header

            self.out.write(csv_header())

    def write(self, result: Result, many: bool) -> None:
        if self.fmt is Format.table:
            from dsnews import render

            assert self.console is not None
            for item in render.tables(result, self.only):
                self.console.print(item)
            self.console.print()
            self.count += 1
        else:
            self.write_rendered(rendered(result, self.fmt, self.only), many)

    def write_rendered(self, text: str, many: bool) -> None:
        """Write a result already rendered in this writer's format (by `rendered`)."""
        if self.fmt is Format.json:
            if many:
                text = ("[\n" if self.count == 0 else ",\n") + text
            text = text if many else text + "\n"
        try:
            self.out.write(text)
            if self.flush_each:
                self.out.flush()
        except BrokenPipeError:  # | head closed the pipe: stop quietly, like other Unix tools
            _silence_stdout()
            raise typer.Exit(EXIT_OK) from None
        self.count += 1

    def finish(self, many: bool) -> None:
        if self.fmt is Format.json and many:
            self.out.write("\n]\n" if self.count else "[]\n")


def rendered(result: Result, fmt: Format, only: tuple[str, ...]) -> str:
    """One result as text in a file format: a JSON line, an indented object, or CSV rows."""
    from dsnews import render

    if fmt is Format.jsonl:
        return render.to_jsonl(result, only) + "\n"
    if fmt is Format.json:
        return render.to_json(result, only, indent=2)
    return render.to_csv_rows(result, only)


def _open_output(output: Path | None, append: bool = False) -> IO[str]:
    if output is None or str(output) == "-":
        return sys.stdout
    try:
        return output.open("a" if append else "w", encoding="utf-8", newline="")
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

    A .txt or .md file (or standard input) is one article; an .html page gives the
    text of its body; a .jsonl or .json file gives one article per record. Files are
    decoded automatically (UTF-8, UTF-16 with BOM, GB18030, Big5-HKSCS). A file that
    cannot be read gives an error record in the output and exit code 3; the others are
    still processed.

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
    console = None
    if chosen is Format.table:
        from rich.console import Console

        console = Console(file=out, soft_wrap=False)
    writer = Writer(chosen, out, categories, console)
    many = len(sources) > 1
    errors = 0
    writer.start()
    reading = Reading(encoding, categories, extra)
    for source in sources:
        results = process_guarded(source, reading, _stdin_bytes() if source == "-" else None)
        many = many or len(results) > 1  # a .jsonl input holds several articles
        for result in results:
            if result.error is not None:
                errors += 1
                _error(f"{result.source}: {result.error}")
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

@dataclass(frozen=True)
class Job:
    """What every worker needs: how to read, and the formats results are written in."""

    reading: Reading
    fmt: Format
    error_fmt: Format  # errors go to --errors (JSON Lines) or to the output


@dataclass(frozen=True)
class Done:
    """One article's result as the batch writes it. Rendered in the worker, so only text
    crosses between processes: unpickling result objects cost the parent a fifth of a core."""

    source: str
    error: str | None
    text: str


_worker_job: list[Job] = []


def _init_worker(job: Job) -> None:
    """Load the lexicons once per worker process, not once per file; leave Ctrl-C to the parent."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker_here(job)


def _init_worker_here(job: Job) -> None:
    from dsnews.lexicons import load

    _worker_job[:] = [job]
    load(job.reading.lexicons).matcher  # noqa: B018 — build the matcher now, before the first file


def _work(path: str) -> list[Done]:
    job = _worker_job[0]
    results = process_guarded(path, job.reading)
    only = job.reading.only
    return [Done(r.source, r.error, rendered(r, job.error_fmt if r.error is not None else job.fmt, only))
            for r in results]


def _discover(folders: list[Path], patterns: list[str]) -> list[str]:
    """Every file under the folders matching the patterns, sorted, each once.

    Symbolic links to folders are not followed (a link loop cannot trap the walk); a
    folder named like a file (x.txt) is listed, and gives an error record.
    """
    found: set[str] = set()
    for folder in folders:
        if not folder.is_dir():
            found.add(str(folder))
            continue
        for root, dirs, files in os.walk(folder):
            names = files + [d for d in dirs if any(Path(d).match(p) for p in patterns)]
            for name in names:
                if any(Path(name).match(pattern) for pattern in patterns):
                    found.add(str(Path(root) / name))
    return sorted(found)


def _already_done(output: Path) -> frozenset[str]:
    """The sources already processed in an output file, which is tidied for appending.

    A torn last line (an interrupted write) is cut off, and error records are dropped so
    that their sources are tried again: afterwards each source is in the file once.
    """
    if not output.is_file():
        return frozenset()
    done: set[str] = set()
    kept = output.with_name(output.name + ".resume")
    with output.open("rb") as source, kept.open("wb") as target:
        for line in source:
            if not line.endswith(b"\n"):
                break  # the torn last line
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(record, dict) or "error" in record or not isinstance(record.get("source"), str):
                continue
            if record["source"] not in done:
                done.add(record["source"])
                target.write(line)
    os.replace(kept, output)
    return frozenset(done)


@app.command()
def batch(
    folders: Annotated[list[Path], typer.Argument(help="Folders (or files) to read, recursively.",
                                                  show_default=False)],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="jsonl, json or csv.")] = Format.jsonl,
    glob: Annotated[list[str] | None, typer.Option(
        "--glob", help="File pattern to pick (repeatable). Default: *.txt *.md *.html *.htm *.jsonl *.json.")] = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", help="Parallel worker processes. Default: the number of CPUs.", min=1)] = os.cpu_count() or 1,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Append to -o OUT.jsonl, processing only the sources it does not hold yet.")] = False,
    errors_file: Annotated[Path | None, typer.Option(
        "--errors", help="Write error records to this file instead of the output.")] = None,
    text_field: Annotated[list[str] | None, typer.Option(
        "--text-field", help="JSON field holding the article text (repeatable). Default: content, text, body.")] = None,
    title_field: Annotated[str | None, typer.Option(
        "--title-field", help="JSON field with a title to put before the text.")] = None,
    id_field: Annotated[str | None, typer.Option(
        "--id-field", help="JSON field with the record's id, used in source as FILE#ID (default FILE#N).")] = None,
    only: OnlyOption = None,
    encoding: EncodingOption = None,
    lexicon: LexiconOption = None,
) -> None:
    """Extract from every article file under one or more folders, in parallel.

    .txt and .md files are one article each, .html pages give the text of their body
    ("text_from": "html"), .jsonl and .json files one article per record (source
    FILE#N, or FILE#ID with --id-field). Results are written as they complete, in
    sorted-path order, one JSON object per article. Unreadable files and records give
    error records and the batch goes on (exit code 3). Progress goes to stderr. Ctrl-C
    stops cleanly (exit code 130); rerun with --resume to finish.

    Example:

        dsnews batch news/ -o out.jsonl

        dsnews batch news/ -o out.jsonl --resume --errors errors.jsonl

        dsnews batch dump/ --glob '*.jsonl' --text-field body --id-field id -o out.jsonl
    """
    if fmt is Format.table:
        raise typer.BadParameter("batch writes jsonl, json or csv", param_hint="--format")
    if resume and (output is None or fmt is not Format.jsonl):
        raise typer.BadParameter("--resume needs -o FILE and the jsonl format", param_hint="--resume")
    categories = _categories(only)
    extra = tuple(str(p) for p in lexicon or ())
    missing = [str(f) for f in folders if not f.exists() and not f.is_symlink()]
    if missing:
        raise typer.BadParameter(f"no such folder: {missing[0]}", param_hint="FOLDERS")
    _load_lexicons(extra)
    done_before = _already_done(output) if resume and output else frozenset()
    paths = [p for p in _discover(folders, glob or ["*.txt", "*.md", "*.html", "*.htm", "*.jsonl", "*.json"])
             if p not in done_before]
    reading = Reading(encoding, categories, extra, tuple(text_field or ("content", "text", "body")),
                      title_field, id_field, done_before)
    out = _open_output(output, append=resume)
    errors_out = _open_output(errors_file, append=resume) if errors_file else None
    # A batch file is flushed when the batch ends or stops, not per article (--resume drops
    # a torn last line anyway).
    writer = Writer(fmt, out, categories, None, flush_each=False)
    error_writer = Writer(Format.jsonl, errors_out, categories, None, flush_each=False) if errors_out else writer
    started = time.perf_counter()
    errors = articles = files = 0
    if not resume:
        writer.start()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.0f} articles/s"), TextColumn("{task.fields[errors]} errors"),
        TimeRemainingColumn(), console=stderr(), transient=False,
    )
    job = Job(reading, fmt, error_writer.fmt)
    results_in_order = _results(paths, workers, job)  # before the progress bar's thread starts
    try:
        with progress:
            task = progress.add_task("batch", total=len(paths), rate=0.0, errors=0)
            for results in results_in_order:
                files += 1
                for result in results:
                    articles += 1
                    if result.error is not None:
                        errors += 1
                        progress.console.print(f"[red]error:[/red] {result.source}: {result.error}",
                                               highlight=False, soft_wrap=True)
                        error_writer.write_rendered(result.text, True)
                    else:
                        writer.write_rendered(result.text, True)
                elapsed = max(time.perf_counter() - started, 1e-9)
                progress.update(task, advance=1, rate=articles / elapsed, errors=errors)
    except KeyboardInterrupt:
        for stream in (out, errors_out):
            if stream is not None:
                stream.flush()
        stderr().print(f"interrupted after {files} of {len(paths)} files ({articles} articles written); "
                     "run the same command with --resume to finish", highlight=False)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    writer.finish(True)
    for stream in (out, errors_out):
        if stream is not None and stream is not sys.stdout:
            stream.close()
    elapsed = time.perf_counter() - started
    where = f" → {output}" if output else ""
    skipped = f", {len(done_before)} already done" if resume else ""
    stderr().print(f"{files} files, {articles} articles, {articles - errors} ok, {errors} errors{skipped} "
                 f"in {elapsed:.1f}s ({articles / max(elapsed, 1e-9):.0f} articles/s){where}", highlight=False)
    raise typer.Exit(EXIT_SOME_ERRORS if errors else EXIT_OK)


def _results(paths: list[str], workers: int, job: Job) -> Iterator[list[Done]]:
    """Results of each file in path order, computed by `workers` processes (here when 1).

    The worker processes are forked now, before any thread starts (the progress bar has
    one), so that they inherit the loaded lexicons. Files go to them a few at a time and
    come back in order, so memory stays flat however many files there are.
    """
    if workers <= 1 or len(paths) < 2:
        _init_worker_here(job)
        return map(_work, paths)
    import multiprocessing

    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_init_worker, initargs=(job,))
    return _ordered(pool, paths)


def _ordered(pool: Any, paths: list[str]) -> Iterator[list[Done]]:
    try:
        yield from pool.imap(_work, paths, chunksize=16)
        pool.close()
    finally:
        pool.terminate()  # on Ctrl-C or a closed pipe, stop the workers at once
        pool.join()


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
        from rich.console import Console
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
