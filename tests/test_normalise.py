"""Normalisation: folding tables, Traditional → Simplified, and the offset map back to the original."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsnews import normalise as normalise_module
from dsnews.lexicons import lexicon_dir
from dsnews.normalise import Normalised, normalise, script_of, simplify

FOLDS = [
    pytest.param("１２３４５６７８９０", "1234567890", id="full-width-digits"),
    pytest.param("ＮＶＤＡ．ＵＳ", "NVDA.US", id="full-width-upper"),
    pytest.param("ｎｖｉｄｉａ", "nvidia", id="full-width-lower"),
    pytest.param("跌１２％", "跌12%", id="full-width-percent"),
    pytest.param("﹪", "%", id="small-percent"),
    pytest.param("（０７００）", "(0700)", id="full-width-parens"),
    pytest.param("上漲，下跌", "上涨,下跌", id="full-width-comma"),
    pytest.param("表示：", "表示:", id="full-width-colon"),
    pytest.param("港股\u3000收市", "港股 收市", id="ideographic-space"),
    pytest.param("NVDA\u00a0跌", "NVDA 跌", id="no-break-space"),
    pytest.param("跌…", "跌...", id="ellipsis"),
    pytest.param("跌⋯", "跌...", id="midline-ellipsis"),
    pytest.param("跌\u200b12%", "跌12%", id="zero-width-space-dropped"),
    pytest.param("騰\ufeff訊", "腾讯", id="inner-bom-dropped"),
    pytest.param("2330－TW", "2330-TW", id="full-width-hyphen"),
    pytest.param("NVDA.US", "NVDA.US", id="ascii-unchanged"),
    pytest.param("", "", id="empty"),
]

T2S = [
    pytest.param("英偉達", "英伟达", id="nvidia"),
    pytest.param("騰訊", "腾讯", id="tencent"),
    pytest.param("臺", "台", id="tai"),
    pytest.param("臺積電", "台积电", id="tsmc-tai"),
    pytest.param("台積電", "台积电", id="tsmc"),
    pytest.param("滙豐", "汇丰", id="hsbc"),
    pytest.param("恆生指數", "恒生指数", id="hang-seng"),
    pytest.param("漲停", "涨停", id="limit-up"),
    pytest.param("盤前大跌", "盘前大跌", id="premarket"),
    pytest.param("贵州茅台", "贵州茅台", id="simplified-unchanged"),
    pytest.param("衞生署", "卫生署", id="hong-kong-variant-form"),
    pytest.param("英偉達（NVDA.US）盤前大跌１２％…", "英伟达(NVDA.US)盘前大跌12%...", id="folds-and-t2s"),
]


@pytest.mark.parametrize(("original", "expected"), FOLDS)
def test_fold(original: str, expected: str) -> None:
    assert normalise(original).text == expected


@pytest.mark.parametrize(("original", "expected"), T2S)
def test_t2s(original: str, expected: str) -> None:
    assert normalise(original).text == expected


@pytest.mark.parametrize(("original", "expected"), T2S)
def test_simplify_is_normalise(original: str, expected: str) -> None:
    assert simplify(original) == expected


def test_same_length_keeps_no_map() -> None:
    n = normalise("英偉達（NVDA.US）跌１２％")
    assert n.origin is None
    assert n.original == "英偉達（NVDA.US）跌１２％"
    assert n.to_original(0, 3) == (0, 3)


def test_ellipsis_maps_to_one_source_character() -> None:
    n = normalise("跌…了")
    assert n.text == "跌...了"
    assert n.origin == (0, 1, 1, 1, 2)
    assert n.to_original(1, 4) == (1, 2)
    assert n.to_original(2, 3) == (1, 2)  # the middle dot still points at the whole …
    assert n.to_original(4, 5) == (2, 3)


def test_dropped_zero_width_space_is_skipped_by_the_map() -> None:
    n = normalise("跌\u200b12%")
    assert n.text == "跌12%"
    assert n.origin == (0, 2, 3, 4)
    assert n.to_original(1, 4) == (2, 5)
    assert n.original[slice(*n.to_original(0, 4))] == "跌\u200b12%"


def test_empty_span_maps_to_a_point() -> None:
    n = normalise("跌…")
    assert n.to_original(1, 1) == (1, 1)
    assert n.to_original(len(n.text), len(n.text)) == (2, 2)


@pytest.mark.parametrize(("text", "script"), [
    pytest.param("台積電股價上漲", "traditional", id="traditional"),
    pytest.param("台积电股价上涨", "simplified", id="simplified"),
    pytest.param("台積電上漲，台积电上涨", "mixed", id="mixed"),
    pytest.param("NVDA 12%", "none", id="latin"),
    pytest.param("台北", "none", id="shared-characters"),
    pytest.param("", "none", id="empty"),
])
def test_script_of(text: str, script: str) -> None:
    assert script_of(text) == script


# ---------------------------------------------------------------- properties


def _length_changers() -> frozenset[str]:
    """Characters whose fold in fold.toml is not exactly one character long."""
    with (lexicon_dir() / "fold.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return frozenset(s for s, t in data.get("char", {}).items() if len(t) != 1)


LENGTH_CHANGERS = _length_changers()

NEWS_ALPHABET = st.sampled_from(
    list("英偉達伟达騰訊腾讯臺台積電积电漲涨跌停盤盘前後后市恆恒生指數数滙匯豐汇丰著於于乾髮發")
    + list("０１２３４５６７８９ＡＢＮＶＤａｂ％（）：，。\u3000「」“”")
    + list("0123456789.%()-ABCnvda \n\t")
    + ["…", "⋯", "\u200b", "\ufeff", "﹪", "\u00a0", "％"]
)
NEWS_TEXT = st.text(NEWS_ALPHABET, max_size=80)
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
ANY_TEXT = st.one_of(st.text(), NEWS_TEXT, st.text(st.one_of(NEWS_ALPHABET, SURROGATES, st.characters())))


def _check_map(original: str) -> Normalised:
    n = normalise(original)
    assert n.original == original
    if n.origin is None:
        assert len(n.text) == len(original)
        return n
    origin = n.origin
    assert len(n.text) == len(origin)
    assert all(0 <= o < len(original) for o in origin)
    assert all(a <= b for a, b in zip(origin, origin[1:], strict=False))
    for i in range(len(n.text)):
        for j in range(i + 1, len(n.text) + 1):
            start, end = n.to_original(i, j)
            assert 0 <= start < end <= len(original)
            # the original stretch, normalised again, holds the normalised stretch
            assert n.text[i:j] in normalise(original[start:end]).text
    return n


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_origin_map_is_monotone_in_bounds_and_exact(original: str) -> None:
    _check_map(original)


@settings(max_examples=300, deadline=None)
@given(NEWS_TEXT)
def test_origin_map_on_news_alphabet(original: str) -> None:
    _check_map(original)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_same_length_without_length_changers(original: str) -> None:
    n = normalise(original)
    if not LENGTH_CHANGERS & set(original):
        assert len(n.text) == len(original)
        assert n.origin is None
        assert n.to_original(0, len(n.text)) == (0, len(original))


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_length_is_sum_of_per_character_lengths(original: str) -> None:
    # t2s is per character and keeps length; only the folds change it
    expected = sum(len(normalise(ch).text) for ch in original)
    assert len(normalise(original).text) == expected


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_normalise_is_deterministic(original: str) -> None:
    assert normalise(original) == normalise(original)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_script_of_is_one_of_four(original: str) -> None:
    assert script_of(original) in {"traditional", "simplified", "mixed", "none"}


# --------------------------------------------------------------------------------------
# The character tables kept in the cache folder (a cold start does not read OpenCC's files)
# --------------------------------------------------------------------------------------
def _fresh_tables(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setenv("DSNEWS_CACHE_DIR", str(folder))
    monkeypatch.delenv("DSNEWS_NO_CACHE", raising=False)
    normalise_module._character_tables.cache_clear()
    normalise_module._tables.cache_clear()


def test_cached_character_tables_equal_a_fresh_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh_tables(monkeypatch, tmp_path)
    built = normalise_module._character_tables()
    [written] = tmp_path.glob("characters-*.marshal")
    _fresh_tables(monkeypatch, tmp_path)
    assert normalise_module._character_tables() == built == normalise_module._build_character_tables()
    assert normalise("英偉達（NVDA.US）跌１２％").text == "英伟达(NVDA.US)跌12%"
    assert written.exists()


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\xe9\x03\x00\x00"], ids=["empty", "garbage", "wrong-shape"])
def test_a_damaged_character_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes) -> None:
    _fresh_tables(monkeypatch, tmp_path)
    built = normalise_module._character_tables()
    [written] = tmp_path.glob("characters-*.marshal")
    written.write_bytes(damage)
    _fresh_tables(monkeypatch, tmp_path)
    assert normalise_module._character_tables() == built
    assert script_of("台積電上漲") == "traditional"


def test_no_cache_writes_no_character_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh_tables(monkeypatch, tmp_path)
    monkeypatch.setenv("DSNEWS_NO_CACHE", "1")
    assert normalise("輝達").text == "辉达"
    assert list(tmp_path.glob("characters-*")) == []
