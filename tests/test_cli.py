"""The command line: stdin, formats, -o, --only, exit codes, error records, batch, inspection, help."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SAMPLES  # type: ignore[import-not-found]
from typer.testing import CliRunner

import dsnews
from dsnews.cli import app
from dsnews.render import CSV_COLUMNS

NVDA = "英偉達(NVDA.US)盤前大跌12%"
TENCENT = "騰訊(0700)漲停，股價創新高。"
GB_TEXT = "沪深300指数今日收盘上涨1.2%，贵州茅台(600519.SH)股价大涨5%，分析师表示市场情绪好转。"
BIG5_TEXT = "港股恒生指數今日收市上漲1.2%，騰訊(0700)股價大漲5%，分析師表示市場情緒好轉。"
# Invalid in UTF-8 (lone continuation bytes), GB18030 (0x80 is no lead byte) and Big5.
UNDECODABLE = b"\x80\x80\x80" * 20
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
DSNEWS = str(Path(sys.executable).parent / "dsnews")  # the console script of this venv
PROCESSES = [pytest.param([DSNEWS], id="script"), pytest.param([sys.executable, "-m", "dsnews"], id="module")]
COMMANDS = [["extract"], ["batch"], ["lookup"], ["schema"], ["tokens"], ["normalise"], ["lexicons", "check"]]


def run(*args: str, input: bytes | str | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=input)


def lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def tickers_of(record: dict[str, Any]) -> list[str]:
    return [t["id"] for t in record["tickers"]]


# ---------------------------------------------------------------- extract: input


@pytest.mark.parametrize("args", [pytest.param([], id="no-args"), pytest.param(["-"], id="dash")])
def test_extract_reads_stdin(args: list[str]) -> None:
    result = run("extract", *args, input=NVDA.encode())
    assert result.exit_code == 0, result.output
    [record] = lines(result.stdout)
    assert record["source"] == "-"
    assert record["chars"] == len(NVDA)
    assert tickers_of(record) == ["NVDA.US"]
    [move] = record["moves"]
    assert (move["direction"], move["value"], move["text"]) == ("down", 12.0, NVDA)


def test_extract_decodes_gb18030_stdin() -> None:
    result = run("extract", input=GB_TEXT.encode("gb18030"))
    assert result.exit_code == 0, result.output
    [record] = lines(result.stdout)
    assert "600519.SH" in tickers_of(record)
    assert record["chars"] == len(GB_TEXT)


def test_extract_encoding_option() -> None:
    data = "腾讯控股涨停".encode("gb18030")
    result = run("extract", "--encoding", "gb18030", input=data)
    assert result.exit_code == 0, result.output
    [record] = lines(result.stdout)
    assert record["chars"] == 6
    assert "0700.HK" in tickers_of(record)


def test_default_format_when_piped_is_jsonl() -> None:
    result = run("extract", str(SAMPLE_FILES[0]), str(SAMPLE_FILES[1]))
    assert result.exit_code == 0, result.output
    records = lines(result.stdout)
    assert [r["source"] for r in records] == [str(SAMPLE_FILES[0]), str(SAMPLE_FILES[1])]


def test_default_format_on_a_terminal_is_table() -> None:
    main, child = pty.openpty()
    sample = SAMPLES / "tw_semis.txt"
    proc = subprocess.Popen([DSNEWS, "extract", str(sample)], stdout=child, stderr=subprocess.PIPE,
                            cwd=ROOT, env={**os.environ, "COLUMNS": "120"})
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO once the child has closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert proc.wait(timeout=60) == 0, proc.stderr.read() if proc.stderr else ""
    out = b"".join(chunks).decode("utf-8", "replace")
    assert "Tickers (" in out
    assert "2330.TW" in out
    assert not out.lstrip().startswith("{")


# ---------------------------------------------------------------- extract: formats


def test_jsonl_one_line_per_input_in_input_order() -> None:
    files = [str(p) for p in reversed(SAMPLE_FILES)]
    result = run("extract", "-f", "jsonl", *files)
    assert result.exit_code == 0, result.output
    out = result.stdout.splitlines()
    assert len(out) == len(files)
    assert [json.loads(line)["source"] for line in out] == files
    for line, path in zip(out, files, strict=True):
        text = Path(path).read_text(encoding="utf-8")
        assert json.loads(line) == dsnews.extract(text, path).to_dict()


def test_jsonl_mixes_stdin_and_files_in_order() -> None:
    sample = str(SAMPLE_FILES[0])
    result = run("extract", "-f", "jsonl", sample, "-", sample, input=NVDA.encode())
    assert result.exit_code == 0, result.output
    assert [r["source"] for r in lines(result.stdout)] == [sample, "-", sample]


def test_json_one_input_is_one_object() -> None:
    result = run("extract", "-f", "json", input=NVDA.encode())
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert isinstance(record, dict)
    assert record["schema"] == "dsnews/1"
    assert tickers_of(record) == ["NVDA.US"]
    assert "\n  " in result.stdout  # indented


def test_json_several_inputs_is_an_array() -> None:
    files = [str(p) for p in SAMPLE_FILES[:3]]
    result = run("extract", "-f", "json", *files)
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert isinstance(records, list)
    assert [r["source"] for r in records] == files


def test_csv_header_and_rows() -> None:
    result = run("extract", "-f", "csv", input=NVDA.encode())
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:]]
    assert {r["source"] for r in body} == {"-"}
    assert {"ticker", "move"} <= {r["category"] for r in body}
    for r in body:
        assert NVDA[int(r["start"]):int(r["end"])] == r["text"]
    [move] = [r for r in body if r["category"] == "move"]
    assert (move["key"], move["text"], move["start"], move["end"]) == ("NVDA.US", NVDA, "0", str(len(NVDA)))


def test_csv_several_inputs_one_header() -> None:
    files = [str(p) for p in SAMPLE_FILES[:2]]
    result = run("extract", "-f", "csv", *files)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows.count(list(CSV_COLUMNS)) == 1
    assert {r[0] for r in rows[1:]} == set(files)


def test_table_format() -> None:
    result = run("extract", "-f", "table", str(SAMPLES / "tw_semis.txt"))
    assert result.exit_code == 0, result.output
    assert "Tickers (" in result.stdout
    assert "Moves (" in result.stdout
    assert "2330.TW" in result.stdout


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("extract", "-o", str(out), str(SAMPLE_FILES[0]), "-", input=NVDA.encode())
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    records = lines(out.read_text(encoding="utf-8"))
    assert [r["source"] for r in records] == [str(SAMPLE_FILES[0]), "-"]


def test_only_limits_categories() -> None:
    result = run("extract", "--only", "tickers,moves", input=NVDA.encode())
    assert result.exit_code == 0, result.output
    [record] = lines(result.stdout)
    assert set(record) == {"schema", "source", "chars", "script", "tickers", "moves"}
    assert tickers_of(record) == ["NVDA.US"]
    assert len(record["moves"]) == 1


def test_only_bogus_is_a_usage_error() -> None:
    result = run("extract", "--only", "tickers,bogus", input=NVDA.encode())
    assert result.exit_code == 2
    assert "bogus" in result.output
    assert result.stdout.count("{") == 0


def test_unknown_format_is_a_usage_error() -> None:
    assert run("extract", "-f", "xml", input=NVDA.encode()).exit_code == 2


def test_unwritable_output_exits_1() -> None:
    result = run("extract", "-o", "/nonexistent/dir/x.jsonl", input=NVDA.encode())
    assert result.exit_code == 1
    assert "error: cannot write /nonexistent/dir/x.jsonl" in result.stderr
    assert "Traceback" not in result.output


def test_extract_missing_file_gives_error_record_and_exit_3(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    good = str(SAMPLE_FILES[0])
    result = run("extract", "-f", "jsonl", good, missing)
    assert result.exit_code == 3
    first, second = lines(result.stdout)
    assert first["source"] == good and "error" not in first
    assert second == {"schema": "dsnews/1", "source": missing, "error": "no such file"}
    assert f"error: {missing}: no such file" in result.stderr


def test_extract_fault_on_one_article_gives_error_record_and_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault of dsnews's own on one input is that input's error record (exit 3), as in batch:
    the other inputs are still extracted."""
    faulty = tmp_path / "faulty.txt"
    faulty.write_text("騰訊(0700)今日升2%。", encoding="utf-8")
    real_extract = dsnews.extract

    def extract_or_fail(text: str, source: str | None = None, *args: Any, **kwargs: Any) -> Any:
        if source == str(faulty):
            raise KeyError("boom")
        return real_extract(text, source, *args, **kwargs)

    monkeypatch.setattr(dsnews, "extract", extract_or_fail)
    good = str(SAMPLE_FILES[0])
    result = run("extract", "-f", "jsonl", str(faulty), good)
    assert result.exit_code == 3
    first, second = lines(result.stdout)
    assert first == {"schema": "dsnews/1", "source": str(faulty), "error": "internal error: KeyError: 'boom'"}
    assert second["source"] == good and second["tickers"]



# ---------------------------------------------------------------- batch


@pytest.fixture
def news_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_utf8.txt").write_text(NVDA, encoding="utf-8")
    (folder / "b_big5.txt").write_bytes(BIG5_TEXT.encode("big5hkscs"))
    (folder / "c_binary.txt").write_bytes(PNG)
    (folder / "d_empty.txt").write_bytes(b"")
    (folder / "e_gb18030.txt").write_bytes(GB_TEXT.encode("gb18030"))
    (folder / "f_undecodable.txt").write_bytes(UNDECODABLE)
    (folder / "sub" / "g_note.md").write_text(TENCENT, encoding="utf-8")
    (folder / "sub" / "h_ignored.rst").write_text(TENCENT, encoding="utf-8")
    return folder


def test_batch_processes_good_files_and_records_bad_ones(news_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("batch", str(news_dir), "-o", str(out), "--workers", "1")
    assert result.exit_code == 3, result.output
    records = lines(out.read_text(encoding="utf-8"))
    names = ["a_utf8.txt", "b_big5.txt", "c_binary.txt", "d_empty.txt", "e_gb18030.txt", "f_undecodable.txt",
             "sub/g_note.md"]
    assert [r["source"] for r in records] == [str(news_dir / n) for n in names]
    by_name = dict(zip(names, records, strict=True))
    for bad in ("c_binary.txt", "f_undecodable.txt"):
        assert set(by_name[bad]) == {"schema", "source", "error"}
        assert by_name[bad]["schema"] == "dsnews/1"
    assert "PNG" in by_name["c_binary.txt"]["error"]
    assert "try --encoding" in by_name["f_undecodable.txt"]["error"]
    empty = by_name["d_empty.txt"]
    assert "error" not in empty
    assert (empty["chars"], empty["tickers"], empty["moves"], empty["quotes"]) == (0, [], [], [])
    assert tickers_of(by_name["a_utf8.txt"]) == ["NVDA.US"]
    assert "0700.HK" in tickers_of(by_name["b_big5.txt"])
    assert by_name["b_big5.txt"]["chars"] == len(BIG5_TEXT)
    assert "600519.SH" in tickers_of(by_name["e_gb18030.txt"])
    assert by_name["e_gb18030.txt"]["chars"] == len(GB_TEXT)
    assert "0700.HK" in tickers_of(by_name["sub/g_note.md"])
    assert "7 files, 7 articles, 5 ok, 2 errors" in result.stderr


def test_batch_workers_give_identical_output(news_dir: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run("batch", str(news_dir), "-o", str(one), "--workers", "1").exit_code == 3
    assert run("batch", str(news_dir), "-o", str(two), "--workers", "2").exit_code == 3
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_text(encoding="utf-8").splitlines()) == 7


def test_batch_many_files_in_sorted_order_with_workers(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i:02d}.txt").write_text(f"騰訊(0700)上漲{i}%", encoding="utf-8")
    result = run("batch", str(folder), "--workers", "2")
    assert result.exit_code == 0, result.output
    records = lines(result.stdout)
    assert [r["source"] for r in records] == [str(folder / f"{i:02d}.txt") for i in range(30)]
    assert [r["moves"][0]["value"] for r in records[1:]] == [float(i) for i in range(1, 30)]


def test_batch_glob(news_dir: Path) -> None:
    result = run("batch", str(news_dir), "--glob", "*.md", "--workers", "1")
    assert result.exit_code == 0, result.output
    [record] = lines(result.stdout)
    assert record["source"] == str(news_dir / "sub" / "g_note.md")


def test_batch_all_good_exits_0(tmp_path: Path) -> None:
    folder = tmp_path / "good"
    folder.mkdir()
    (folder / "a.txt").write_text(NVDA, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    result = run("batch", str(folder), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert [r["source"] for r in lines(result.stdout)] == [str(folder / "a.txt"), str(folder / "b.txt")]


def test_batch_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    assert run("batch", str(tmp_path / "nope")).exit_code == 2


def test_batch_table_format_is_a_usage_error(news_dir: Path) -> None:
    assert run("batch", str(news_dir), "-f", "table").exit_code == 2


def test_batch_unwritable_output_exits_1(news_dir: Path) -> None:
    result = run("batch", str(news_dir), "-o", "/nonexistent/dir/x.jsonl", "--workers", "1")
    assert result.exit_code == 1
    assert "cannot write" in result.stderr


# ---------------------------------------------------------------- inspection


def test_lookup_code() -> None:
    result = run("lookup", "0700")
    assert result.exit_code == 0, result.output
    assert "0700.HK" in result.stdout


def test_lookup_name_json() -> None:
    result = run("lookup", "輝達", "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["query"] == "輝達"
    assert "NVDA.US" in [e.get("id") for e in found["entries"]]


def test_lookup_name_table() -> None:
    result = run("lookup", "輝達")
    assert result.exit_code == 0, result.output
    assert "NVDA.US" in result.stdout


def test_lookup_unknown() -> None:
    result = run("lookup", "完全不存在的公司", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["entries"] == []


def test_schema_is_json_with_defs() -> None:
    result = run("schema")
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert {"span", "result", "error"} <= set(schema["$defs"])
    assert schema["$defs"]["error"]["required"] == ["schema", "source", "error"]
    required = set(schema["$defs"]["result"]["required"])
    assert {"schema", "source", "chars", "script"} <= required


def test_schema_required_keys_are_in_real_output() -> None:
    schema = json.loads(run("schema").stdout)
    record = dsnews.extract((SAMPLES / "tw_semis.txt").read_text(encoding="utf-8")).to_dict()
    props = schema["$defs"]["result"]["properties"]
    assert set(record) <= set(props)
    for key in ("tickers", "moves", "people", "firms", "quotes"):
        for item in record[key]:
            assert set(props[key]["items"]["required"]) <= set(item), key


def test_lexicons_check() -> None:
    result = run("lexicons", "check")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok: ")
    assert "securities" in result.stdout


def test_tokens_offsets_point_into_the_original(tmp_path: Path) -> None:
    sample = SAMPLES / "tw_semis.txt"
    original = sample.read_text(encoding="utf-8")
    result = run("tokens", str(sample))
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) > 100
    previous_end = 0
    for start, end, word in rows:
        assert original[int(start):int(end)] == word
        assert int(start) >= previous_end
        previous_end = int(end)
    assert ["0", "2", "輝達"] == rows[0]


def test_tokens_with_length_changers() -> None:
    text = "跌…了英偉達\u200b漲停"
    result = run("tokens", input=text.encode())
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        start, end, word = line.split("\t")
        assert text[int(start):int(end)] == word
    assert "3\t6\t英偉達" in result.stdout.splitlines()


def test_normalise_command() -> None:
    result = run("normalise", input="英偉達（NVDA.US）跌１２％…".encode())
    assert result.exit_code == 0, result.output
    assert result.stdout == "英伟达(NVDA.US)跌12%..."


def test_normalise_missing_file_exits_3(tmp_path: Path) -> None:
    result = run("normalise", str(tmp_path / "nope.txt"))
    assert result.exit_code == 3
    assert "no such file" in result.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_every_command_has_help_with_an_example(command: list[str], flag: str) -> None:
    result = run(*command, flag)
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout
    assert "Usage:" in result.stdout


@pytest.mark.parametrize(("args", "code"), [
    pytest.param([], 2, id="no-args"),  # no_args_is_help: help, with click's usage-error code
    pytest.param(["--help"], 0, id="--help"),
    pytest.param(["-h"], 0, id="-h"),
    pytest.param(["lexicons"], 2, id="lexicons"),
    pytest.param(["lexicons", "-h"], 0, id="lexicons -h"),
])
def test_group_help_lists_commands(args: list[str], code: int) -> None:
    result = run(*args)
    assert result.exit_code == code
    assert "Usage:" in result.stdout
    expected = ["check"] if args[:1] == ["lexicons"] else ["extract", "batch", "lookup", "schema", "lexicons"]
    for name in expected:
        assert name in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"dsnews {dsnews.__version__}\n"


# ---------------------------------------------------------------- --lexicon watch lists

WATCH_HEADER = "# id\tname\taliases\tsource\n"


def test_watch_list_adds_a_name(tmp_path: Path) -> None:
    watch = tmp_path / "watch.tsv"
    watch.write_text(WATCH_HEADER + "ZZZZ.US\t澤澤科技\t\tuser\n", encoding="utf-8")
    text = "澤澤科技股價大漲5%"
    without = lines(run("extract", input=text.encode()).stdout)[0]
    assert "ZZZZ.US" not in tickers_of(without)
    result = run("extract", "--lexicon", str(watch), input=text.encode())
    assert result.exit_code == 0, result.output
    [record] = lines(result.stdout)
    assert tickers_of(record) == ["ZZZZ.US"]
    assert record["tickers"][0]["mentions"] == [{"text": "澤澤科技", "start": 0, "end": 4}]
    [move] = record["moves"]
    assert (move["ticker"], move["direction"], move["value"]) == ("ZZZZ.US", "up", 5.0)


def test_watch_list_in_lookup(tmp_path: Path) -> None:
    watch = tmp_path / "watch.tsv"
    watch.write_text(WATCH_HEADER + "ZZZZ.US\t澤澤科技\t\tuser\n", encoding="utf-8")
    result = run("lookup", "澤澤科技", "--json", "--lexicon", str(watch))
    assert result.exit_code == 0, result.output
    assert "ZZZZ.US" in [e.get("id") for e in json.loads(result.stdout)["entries"]]


BAD_WATCH = WATCH_HEADER + "ZZZZ.US\t澤澤科技\t\tuser\nnot-an-id\t壞公司\t\tuser\n"


@pytest.mark.parametrize("command", [["extract"], ["lexicons", "check"]], ids=" ".join)
def test_malformed_watch_list_exits_1_with_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         command: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    Path("bad.tsv").write_text(BAD_WATCH, encoding="utf-8")
    result = run(*command, "--lexicon", "bad.tsv", input=NVDA.encode())
    assert result.exit_code == 1
    assert "bad.tsv:3: bad id 'not-an-id' (want SYMBOL.MARKET)" in result.stderr.splitlines()[1]
    assert result.stderr.startswith("error: cannot load the lexicons")
    assert result.stdout == ""


def test_lexicon_problem_stays_on_one_line(tmp_path: Path) -> None:
    folder = tmp_path / ("watch_lists_" + "x" * 120) / ("nested_" + "y" * 120)
    folder.mkdir(parents=True)
    watch = folder / "bad.tsv"
    watch.write_text(BAD_WATCH, encoding="utf-8")
    result = run("lexicons", "check", "--lexicon", str(watch))
    assert result.exit_code == 1
    assert f"{watch}:3: bad id 'not-an-id' (want SYMBOL.MARKET)" in result.stderr.splitlines()[1]


def test_missing_watch_list_exits_1(tmp_path: Path) -> None:
    result = run("extract", "--lexicon", str(tmp_path / "nope.tsv"), input=NVDA.encode())
    assert result.exit_code == 1
    assert "nope.tsv" in result.stderr


# ---------------------------------------------------------------- real processes


@pytest.mark.parametrize("prefix", PROCESSES)
def test_version_in_a_process(prefix: list[str]) -> None:
    done = subprocess.run([*prefix, "--version"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"dsnews {dsnews.__version__}\n"


@pytest.mark.parametrize("prefix", PROCESSES)
def test_stdin_pipe_in_a_process(prefix: list[str]) -> None:
    done = subprocess.run([*prefix, "extract"], input=TENCENT.encode("big5hkscs"), capture_output=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    [record] = lines(done.stdout.decode("utf-8"))
    assert record["source"] == "-"
    assert tickers_of(record) == ["0700.HK"]


def _closed_pipe_run(prefix: list[str]) -> tuple[int, bytes, str]:
    files = [str(p) for p in SAMPLE_FILES] * 40  # far more than a pipe buffer holds
    proc = subprocess.Popen([*prefix, "extract", "-f", "jsonl", *files], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode("utf-8", "replace")
    return proc.wait(timeout=120), first, err


@pytest.mark.parametrize("prefix", PROCESSES)
def test_closed_pipe_ends_quietly(prefix: list[str]) -> None:
    code, first, err = _closed_pipe_run(prefix)
    assert json.loads(first)["source"] == str(SAMPLE_FILES[0])
    assert "Traceback" not in err
    assert "BrokenPipe" not in err
    assert code in (0, 1)


def test_closed_pipe_exits_0() -> None:
    code, _, _ = _closed_pipe_run([DSNEWS])
    assert code == 0
