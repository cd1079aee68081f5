"""Compiled patterns kept between runs (dsnews/patterns.py): replayed patterns match
exactly as freshly compiled ones, and a damaged or foreign file is never trusted."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import regex

from conftest import ROOT  # type: ignore[import-not-found]
from dsnews import patterns

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def _run_extract(cache: Path, *, no_cache: bool = False) -> str:
    env = {**os.environ, "DSNEWS_CACHE_DIR": str(cache)}
    env.pop("DSNEWS_NO_CACHE", None)
    if no_cache:
        env["DSNEWS_NO_CACHE"] = "1"
    command = [sys.executable, "-m", "dsnews", "extract", "-f", "jsonl", *map(str, SAMPLES)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return done.stdout


@pytest.fixture
def fresh_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """patterns.py as in a new process, with its file in tmp_path."""
    monkeypatch.setenv("DSNEWS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("DSNEWS_NO_CACHE", raising=False)
    monkeypatch.setattr(patterns, "_programs", None)
    monkeypatch.setattr(patterns, "_used", set())
    monkeypatch.setattr(patterns, "_recorded", True)  # no atexit hook from a test
    return tmp_path


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A cache folder filled by one real run over the samples, and that run's output."""
    folder = tmp_path_factory.mktemp("cache")
    return folder, _run_extract(folder)


def test_a_run_records_the_extractors_patterns(recorded: tuple[Path, str]) -> None:
    folder, _ = recorded
    files = list(folder.glob("patterns-*.marshal"))
    assert len(files) == 1
    assert regex.__version__ in files[0].name


def test_every_recorded_pattern_matches_as_freshly_compiled(recorded: tuple[Path, str]) -> None:
    folder, _ = recorded
    data = next(folder.glob("patterns-*.marshal")).read_bytes()
    programs = marshal.loads(data[4:])
    assert len(programs) > 50  # the extractors' patterns, not a handful
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    for (pattern, flags), program in programs.items():
        replayed = patterns._ENGINE(*program)
        fresh = regex.compile(pattern, flags)
        for text in texts:
            assert [m.span() for m in replayed.finditer(text)] == [m.span() for m in fresh.finditer(text)], pattern
        assert replayed.groupindex == fresh.groupindex


def test_output_is_the_same_with_recorded_patterns_and_without(recorded: tuple[Path, str]) -> None:
    folder, first = recorded
    assert _run_extract(folder) == first  # replayed from the file
    assert _run_extract(folder, no_cache=True) == first  # compiled from scratch


def test_the_cache_switch_turns_recording_off(tmp_path: Path) -> None:
    _run_extract(tmp_path, no_cache=True)
    assert not list(tmp_path.glob("patterns-*"))


def test_a_pattern_is_recorded_then_replayed(fresh_state: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = patterns.compile(r"(?P<name>\p{Han}{2,4})(?:表示|指出)")
    patterns._save()
    monkeypatch.setattr(patterns, "_programs", None)

    def parse_again(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pattern was parsed again, not replayed")

    monkeypatch.setattr(regex, "compile", parse_again)
    replayed = patterns.compile(r"(?P<name>\p{Han}{2,4})(?:表示|指出)")
    text = "據悉，黃國英表示台積電跌3%"
    assert replayed.search(text)["name"] == compiled.search(text)["name"] == "黃國英"


def test_a_damaged_file_is_ignored(fresh_state: Path) -> None:
    patterns.compile(r"跌\d+%")
    patterns._save()
    file = next(fresh_state.glob("patterns-*.marshal"))
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: the checksum no longer holds
    file.write_bytes(bytes(data))
    for damaged in (bytes(data), b"", b"\x00\x01", b"not a cache file at all"):
        file.write_bytes(damaged)
        patterns._programs = None
        assert patterns._load() == {}
        assert patterns.compile(r"跌(\d+)%").search("台積電跌3%")[1] == "3"


def test_a_record_that_is_not_a_program_is_compiled_afresh(fresh_state: Path) -> None:
    key = (r"漲(\d+)%", 0)
    body = marshal.dumps({key: ("漲(\\d+)%", 0)})  # whole file, checksum right, record wrong
    patterns._file().parent.mkdir(parents=True, exist_ok=True)
    patterns._file().write_bytes(zlib.crc32(body).to_bytes(4, "big") + body)
    assert patterns.compile(*key).search("聯發科漲5%")[1] == "5"
    assert len(patterns._programs[key]) == 11  # the real program replaced the wrong one


def test_old_patterns_are_dropped_past_the_limit(fresh_state: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "MOST_KEPT", 3)
    for n in range(5):
        patterns.compile(rf"跌{n}%")
    patterns._save()
    monkeypatch.setattr(patterns, "_programs", None)
    monkeypatch.setattr(patterns, "_used", set())
    patterns.compile("跌0%")
    patterns.compile("漲1%")
    patterns._save()
    monkeypatch.setattr(patterns, "_programs", None)
    assert {pattern for pattern, _ in patterns._load()} == {"跌0%", "漲1%"}
