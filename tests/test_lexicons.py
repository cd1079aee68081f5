"""The lexicons: they load, they are consistent, and the load cache is faithful."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT  # type: ignore[import-not-found]
from dsnews.errors import LexiconError
from dsnews.lexicons import ID_PATTERN, PackedRecords, _build, _load, _read_cache, _write_cache, load

LEXICONS = ROOT / "lexicons"


def test_every_lexicon_loads() -> None:
    lex = load()
    assert len(lex.securities) > 10_000
    assert len(lex.names) > 15_000
    assert {"moves", "quotes", "people", "firms", "markets", "fold"} <= set(lex.rules)
    assert lex.titles and lex.boundary_words and lex.context_only


def test_every_listing_and_firm_ticker_is_a_well_formed_id() -> None:
    lex = load()
    for group in lex.listings.values():
        assert all(ID_PATTERN.match(i) for i in group), group
    for _name, _aliases, ticker in lex.firms.values():
        assert ticker is None or ID_PATTERN.match(ticker), ticker


def test_a_listing_group_names_one_primary_listing() -> None:
    lex = load()
    for sec_id, group in lex.listings.items():
        assert sec_id in group
        assert lex.company_ids(group[0])[0] == group[0]


def test_index_names_are_never_tickers() -> None:
    lex = load()
    for name in ("恒指", "纳指", "标普500", "上证指数"):
        kinds = {e.kind for e in lex.entries(name)}
        assert "index" in kinds and "security" not in kinds, name


def test_cached_load_equals_a_fresh_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSNEWS_CACHE_DIR", str(tmp_path))
    _load.cache_clear()
    try:
        first = _load(())  # builds and writes the cache
        assert list(tmp_path.glob("lexicons-*.marshal"))
        _load.cache_clear()
        second = _load(())  # reads the cache
        assert isinstance(second.securities, PackedRecords) and isinstance(second.names, PackedRecords)
        fresh = _build(LEXICONS, ())
        for field in ("securities", "names", "listings", "firms", "indices", "context_only", "titles",
                      "rules", "boundary_words", "media", "old_codes"):
            assert getattr(second, field) == getattr(fresh, field) == getattr(first, field), field
    finally:
        _load.cache_clear()


def test_a_cache_file_written_for_other_lexicons_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSNEWS_CACHE_DIR", str(tmp_path))
    _write_cache("key", "these files", _build(LEXICONS, ()))
    cached = _read_cache("key", "these files")
    assert cached is not None and cached.securities["0700.HK"].name == "腾讯控股"
    assert _read_cache("key", "other files") is None  # same file name, another stamp: rebuilt


def test_packed_records_unpack_a_value_once_and_only_when_asked() -> None:
    import marshal

    made: list[str] = []

    def make(fields: tuple[str, str]) -> str:
        made.append(fields[0])
        return "/".join(fields)

    records = PackedRecords({"a": marshal.dumps(("a", "1")), "b": marshal.dumps(("b", "2"))}, make)
    assert "a" in records and "c" not in records and len(records) == 2 and list(records) == ["a", "b"]
    assert made == []
    assert records["a"] == records.get("a") == "a/1" and records.get("c") is None
    assert made == ["a"]


def test_an_edited_lexicon_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "lexicons"
    shutil.copytree(LEXICONS, folder)
    script = "from dsnews.lexicons import load; print(len(load().securities))"
    env = {"DSNEWS_LEXICONS": str(folder), "DSNEWS_CACHE_DIR": str(tmp_path / "cache"), "PATH": ""}
    before = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    with (folder / "securities_curated.tsv").open("a", encoding="utf-8") as fh:
        fh.write("ZZZZ.US\t测试公司\t\ttest\n")
    after = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert int(after.stdout) == int(before.stdout) + 1


def test_the_cache_keeps_only_the_newest_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from dsnews.lexicons import CACHE_KEYS_KEPT

    monkeypatch.setenv("DSNEWS_CACHE_DIR", str(tmp_path))
    for age in range(CACHE_KEYS_KEPT + 3):  # stale keys from earlier lexicons, oldest last
        for name in (f"lexicons-old{age}.marshal", f"matcher-old{age}.pickle"):
            (tmp_path / name).write_bytes(b"stale")
            os.utime(tmp_path / name, ns=(10**18 - age * 10**9,) * 2)
    lex = _build(LEXICONS, ())
    _write_cache("new", "stamp", lex)
    kept = {p.name for p in tmp_path.glob("lexicons-*.marshal")}
    newest_old = {f"lexicons-old{age}.marshal" for age in range(CACHE_KEYS_KEPT - 1)}
    assert kept == {"lexicons-new.marshal"} | newest_old
    matchers = {p.name for p in tmp_path.glob("matcher-*.pickle")}
    assert matchers == {n.replace("lexicons-", "matcher-").replace(".marshal", ".pickle") for n in newest_old}


def test_a_broken_file_is_reported_even_with_a_cache(tmp_path: Path) -> None:
    folder = tmp_path / "lexicons"
    shutil.copytree(LEXICONS, folder)
    with (folder / "listings.tsv").open("a", encoding="utf-8") as fh:
        fh.write("not-an-id|0700.HK\tbroken\n")
    with pytest.raises(LexiconError) as caught:
        _build(folder, ())
    assert any("listings.tsv" in p and "bad id" in p for p in caught.value.problems)


def test_the_cached_name_automaton_finds_what_a_fresh_one_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dsnews.lexicons import NameMatcher

    monkeypatch.setenv("DSNEWS_CACHE_DIR", str(tmp_path))
    lex = load()
    text = (ROOT / "samples" / "us_ai_selloff.txt").read_text(encoding="utf-8")
    from dsnews.normalise import normalise

    norm = normalise(text).text
    cache = tmp_path / "matcher-test.pickle"
    built = list(NameMatcher(lex.names, cache).find(norm))  # builds and pickles
    assert cache.is_file()
    loaded = list(NameMatcher(lex.names, cache).find(norm))  # loads the pickle
    fresh = list(NameMatcher(lex.names).find(norm))
    assert built == loaded == fresh
    assert any(hit.name == "英伟达" for hit in fresh)
