"""Hypothesis over the whole pipeline: extract() never raises, is deterministic, and every span is exact."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import dsnews

from conftest import SAMPLES  # type: ignore[import-not-found]

# Pieces of news, in both scripts, with the characters that change length when folded.
FRAGMENTS = [
    "英偉達", "英伟达", "(NVDA.US)", "（NVDA.US）", "騰訊", "腾讯", "(0700)", "0700.HK", "台積電", "(2330-TW)",
    "贵州茅台", "600519.SH", "恒生指數", "納指", "盤前", "盘后", "大跌", "跌超", "上漲", "漲停", "跌停",
    "下挫", "逾", "近", "约", "12%", "１２％", "3.5%", "三成", "百分之五", " ", "\u3000", "\u200b", "…",
    "⋯", "\ufeff", "，", "。", "、", "：", "\n", "「", "」", "“", "”", "『", "』",
    "高盛", "摩根士丹利", "中金公司", "瑞銀", "分析師", "首席經濟學家", "張三", "陳彥霖", "Nirgunan Tiruchelvam",
    "Aletheia Capital", "表示", "指出", "認為", "說", "他", "該行", "該公司", "這位分析師", "股價", "營收增長15%",
    "目標價", "Larkspur Labs", "银行", "證券", "資產管理公司", "Capital", "ADR", "(TSM-US)", "AMD", "的", "包括",
]
NEWS = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join)
SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
ANY_CHARS = st.one_of(st.characters(), SURROGATE, st.sampled_from(["\x00", "漲", "「", "“", "1", "%"]))
TEXTS = st.one_of(
    st.text(),
    NEWS,
    st.text(ANY_CHARS),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(ANY_CHARS, max_size=3)), max_size=25).map("".join),
)
CLEAN_TEXTS = st.one_of(st.text(), NEWS, st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=25).map("".join))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans(d: dict[str, Any]) -> Iterator[tuple[str, int, int]]:
    """Every (text, start, end) in a result dict: entity mentions, moves and quotes."""
    for key in ("tickers", "people", "firms"):
        for entity in d.get(key, []):
            for s in entity["mentions"]:
                yield s["text"], s["start"], s["end"]
    for key in ("moves", "quotes"):
        for item in d.get(key, []):
            yield item["text"], item["start"], item["end"]


def check_spans(original: str, d: dict[str, Any]) -> None:
    for text, start, end in spans(d):
        assert 0 <= start < end <= len(original), (text, start, end)  # never empty, never inverted
        assert original[start:end] == text, (text, start, end)


def _fffd(text: str) -> str:
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


@SETTINGS
@given(TEXTS)
@example("")
@example("\x00" * 10)
@example("\ud800漲停\udfff")
@example("「「“" * 5)
@example("1" * 5000 + "%")
@example("漲" * 3000)
@example("英偉達（NVDA.US）盤前大跌１２％…高盛分析師張三表示：「市場過熱」")
def test_extract_never_raises(text: str) -> None:
    d = dsnews.extract(text).to_dict()
    assert d["schema"] == "dsnews/1"
    assert d["source"] == "-"
    assert "error" not in d
    assert d["script"] in {"traditional", "simplified", "mixed", "none"}


@SETTINGS
@given(TEXTS)
def test_extract_is_deterministic(text: str) -> None:
    assert dsnews.extract(text).to_dict() == dsnews.extract(text).to_dict()


@SETTINGS
@given(CLEAN_TEXTS)
@example("英偉達(NVDA.US)盤前大跌12%，騰訊(0700)漲停。")
@example("英偉達（NVDA.US）盤前大跌１２％…騰訊\u200b漲停。")
@example("…" * 5 + "高盛分析師張三表示：「市場\u200b過熱…」。他說，市場仍有風險。")
def test_every_span_is_exact(text: str) -> None:
    check_spans(text, dsnews.extract(text).to_dict())


@SETTINGS
@given(TEXTS)
def test_spans_point_into_the_text_with_surrogates_replaced(text: str) -> None:
    # Lone surrogates cannot be written out, so extract() reads them as U+FFFD (same length).
    check_spans(_fffd(text), dsnews.extract(text).to_dict())


def test_lone_surrogate_in_a_quote_is_replaced_in_place() -> None:
    text = "張三表示：「市場\ud800過熱」。"
    d = dsnews.extract(text).to_dict()
    [quote] = d["quotes"]
    assert (quote["start"], quote["end"], quote["text"]) == (6, 11, "市場\ufffd過熱")


def test_spans_exact_on_a_sample_with_length_changers() -> None:
    text = (SAMPLES / "hk_market_close.txt").read_text(encoding="utf-8")
    text = text.replace("，", "，\u200b").replace("。", "…。")
    d = dsnews.extract(text).to_dict()
    assert d["tickers"] and d["moves"]
    check_spans(text, d)


def test_bytes_are_refused() -> None:
    with pytest.raises(TypeError, match="expected str, got bytes"):
        dsnews.extract("騰訊".encode())  # type: ignore[arg-type]


# ---------------------------------------------------------------- pathological inputs
# These only have to finish: a backtracking regex shows up as a hang.


@pytest.mark.parametrize("text", [
    pytest.param("漲" * 100_000, id="zhang-100k"),
    pytest.param("1" * 100_000, id="digits-100k"),
    pytest.param("1" * 100_000 + "%", id="digits-100k-percent"),
    pytest.param("跌" + "1" * 100_000 + ".", id="digits-100k-after-verb"),
    pytest.param("「" * 50_000, id="open-quotes-50k"),
    pytest.param("“" * 50_000, id="curly-quotes-50k"),
    pytest.param("表示：「" * 10_000, id="said-open-10k"),
    pytest.param("…" * 50_000, id="ellipsis-50k"),
    pytest.param(" " * 100_000 + "%", id="spaces-100k"),
])
def test_pathological_input_finishes(text: str) -> None:
    d = dsnews.extract(text).to_dict()
    assert d["chars"] == len(text)
    check_spans(text, d)


def _news_of_size(size: int) -> str:
    article = "".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    return (article * (size // len(article) + 1))[:size]


def _news_of_bytes(size: int) -> str:
    """Repeated sample articles, about `size` bytes in UTF-8."""
    article = "".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    chars_per_byte = len(article) / len(article.encode("utf-8"))
    return _news_of_size(int(size * chars_per_byte))


def test_medium_news_text_finishes() -> None:
    text = _news_of_size(50_000)
    d = dsnews.extract(text).to_dict()
    assert len(d["tickers"]) >= 10
    check_spans(text, d)


def test_two_megabytes_of_news_finish() -> None:
    text = _news_of_bytes(2_000_000)
    assert len(text.encode("utf-8")) > 1_900_000
    d = dsnews.extract(text).to_dict()
    assert d["chars"] == len(text)
    assert len(d["tickers"]) >= 10
    assert len(d["moves"]) >= 20  # a move told twice is kept once
    check_spans(text, d)
