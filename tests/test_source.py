"""Decoding: BOMs, UTF-8, UTF-16, GB18030, Big5-HKSCS, --encoding; binary and missing inputs refused."""

from __future__ import annotations

import codecs
import pickle
import random
from pathlib import Path

import pytest

from dsnews.errors import DsnewsError, InputError
from dsnews.source import Decoded, articles, decode, read

TRADITIONAL = "港股恒生指數今日收市上漲1.2%，騰訊控股股價大漲5%，分析師表示：「市場情緒好轉」。"
SIMPLIFIED = "沪深300指数今日收盘上涨1.2%，贵州茅台股价大涨5%，分析师表示：“市场情绪好转”。"
CANTONESE = "滙豐控股嘅股價今日升咗3%，佢哋話盈利好過預期。"

# (bytes on disk, expected text, expected encoding)
DECODED = [
    pytest.param(TRADITIONAL.encode("utf-8"), TRADITIONAL, "utf-8", id="utf8-traditional"),
    pytest.param(SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8", id="utf8-simplified"),
    pytest.param("NVDA fell 12%".encode("ascii"), "NVDA fell 12%", "utf-8", id="ascii"),
    pytest.param(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig", id="utf8-bom"),
    pytest.param(codecs.BOM_UTF16_LE + TRADITIONAL.encode("utf-16-le"), TRADITIONAL, "utf-16", id="utf16le"),
    pytest.param(codecs.BOM_UTF16_BE + TRADITIONAL.encode("utf-16-be"), TRADITIONAL, "utf-16", id="utf16be"),
    pytest.param(codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16", id="utf16-simp"),
    pytest.param(SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030", id="gb18030-sentence"),
    pytest.param("贵州茅台股价上涨".encode("gb18030"), "贵州茅台股价上涨", "gb18030", id="gb18030-short"),
    pytest.param("腾讯股价大涨".encode("gb18030"), "腾讯股价大涨", "gb18030", id="gb18030-six-chars"),
    pytest.param(TRADITIONAL.encode("big5hkscs"), TRADITIONAL, "big5hkscs", id="big5-sentence"),
    pytest.param("台積電股價上漲3%".encode("big5hkscs"), "台積電股價上漲3%", "big5hkscs", id="big5-short"),
    pytest.param("騰訊".encode("big5hkscs"), "騰訊", "big5hkscs", id="big5-two-chars"),
    pytest.param("臺積電".encode("big5hkscs"), "臺積電", "big5hkscs", id="big5-tai"),
    pytest.param("漲停".encode("big5hkscs"), "漲停", "big5hkscs", id="big5-limit-up"),
    # 滙, 嘅, 咗, 佢, 哋 are HKSCS additions that plain Big5 lacks
    pytest.param(CANTONESE.encode("big5hkscs"), CANTONESE, "big5hkscs", id="big5-hkscs-cantonese"),
    pytest.param(b"", "", "utf-8", id="empty"),
]

# Four Simplified characters in GB18030 are also valid Big5: the reading with everyday
# characters and words must win.
SHORT_GB18030 = [pytest.param(text, id=text) for text in ("腾讯控股", "中国平安", "腾讯涨停")]


@pytest.mark.parametrize(("data", "text", "encoding"), DECODED)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == Decoded(text, encoding)


@pytest.mark.parametrize(("data", "text", "encoding"), DECODED)
def test_read_file(tmp_path: Path, data: bytes, text: str, encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    assert read(path) == Decoded(text, encoding)
    assert read(str(path)).text == text


@pytest.mark.parametrize("text", SHORT_GB18030)
def test_short_gb18030_is_not_read_as_big5(text: str) -> None:
    assert decode(text.encode("gb18030")).text == text


def test_bom_is_not_part_of_the_text() -> None:
    assert not decode(codecs.BOM_UTF8 + "騰訊".encode()).text.startswith("\ufeff")
    assert decode(codecs.BOM_UTF16_BE + "騰訊".encode("utf-16-be")).text == "騰訊"


# ---------------------------------------------------------------- --encoding


@pytest.mark.parametrize(("data", "encoding", "text"), [
    pytest.param("腾讯控股".encode("gb18030"), "gb18030", "腾讯控股", id="gb18030-forces-ambiguous"),
    pytest.param("腾讯控股".encode("gbk"), "gbk", "腾讯控股", id="gbk"),
    pytest.param("騰訊".encode("big5"), "big5", "騰訊", id="big5"),
    pytest.param("騰訊控股".encode("utf-8"), "utf-8", "騰訊控股", id="utf8"),
    pytest.param("NVDA".encode("latin-1"), "latin-1", "NVDA", id="latin1"),
])
def test_encoding_override(data: bytes, encoding: str, text: str) -> None:
    assert decode(data, "a.txt", encoding) == Decoded(text, encoding)


def test_encoding_override_on_file(tmp_path: Path) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes("中国平安".encode("gb18030"))
    assert read(path, "gb18030").text == "中国平安"


def test_unknown_encoding_is_an_input_error() -> None:
    with pytest.raises(InputError) as info:
        decode(b"abc", "a.txt", "no-such-codec")
    assert info.value.source == "a.txt"
    assert "unknown encoding" in info.value.reason
    assert "no-such-codec" in info.value.reason


def test_wrong_encoding_override_is_an_input_error() -> None:
    with pytest.raises(InputError) as info:
        decode("腾讯控股".encode("gb18030"), "gb.txt", "utf-8")
    assert info.value.source == "gb.txt"
    assert "utf-8" in info.value.reason
    assert "\n" not in info.value.reason


# ---------------------------------------------------------------- refused


def _random_bytes(n: int, seed: int = 0, nul: bool = True) -> bytes:
    data = random.Random(seed).randbytes(n)
    return data if nul else data.replace(b"\x00", b"\x01")


BINARY = [
    pytest.param(b"\x89PNG\r\n\x1a\n" + _random_bytes(200), "PNG", id="png"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "PDF", id="pdf"),
    pytest.param(b"PK\x03\x04\x14\x00" + _random_bytes(100), "zip", id="zip"),
    pytest.param(b"\x7fELF\x02\x01\x01" + _random_bytes(100), "executable", id="elf"),
    pytest.param("騰訊控股".encode() + b"\x00\x00\x00\x01" + "大漲".encode(), "NUL", id="nul-bytes"),
    pytest.param("NVDA 股價跌12%".encode("utf-16-le"), "NUL", id="utf16-without-bom"),
    pytest.param(_random_bytes(4096), "binary", id="random-4k"),
    pytest.param(_random_bytes(4096, seed=1, nul=False), "", id="random-4k-no-nul"),
    pytest.param(_random_bytes(200, seed=2, nul=False), "", id="random-200-no-nul"),
    pytest.param(b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20, "control characters", id="controls"),
    pytest.param(b"\x80\x80\x80" * 10, "try --encoding", id="undecodable"),
    pytest.param(codecs.BOM_UTF8 + b"\xff\xff\xff", "BOM", id="bad-after-utf8-bom"),
]


@pytest.mark.parametrize(("data", "why"), BINARY)
def test_binary_is_refused(tmp_path: Path, data: bytes, why: str) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read(path)
    assert info.value.source == str(path)
    assert why in info.value.reason
    assert "\n" not in info.value.reason
    assert str(info.value) == f"{path}: {info.value.reason}"


def test_undecodable_bytes_say_what_was_tried() -> None:
    with pytest.raises(InputError) as info:
        decode(b"\x80\x80\x80" * 10, "bad.txt")
    assert info.value.reason == "not UTF-8, GB18030 or Big5; try --encoding"


def test_empty_file_is_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read(path).text == ""


@pytest.mark.parametrize(("name", "content"), [("empty.md", b""), ("blank.txt", b"  \n\n"),
                                              ("furniture.html", b"<nav>Home</nav><script>x()</script>")])
def test_a_file_with_no_text_is_kept_and_flagged(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [article] = articles(path)
    assert (article.error, article.warnings) == (None, ("no text",))


def test_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read(tmp_path)
    assert (info.value.source, info.value.reason) == (str(tmp_path), "is a directory")


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError) as info:
        read(missing)
    assert (info.value.source, info.value.reason) == (str(missing), "no such file")


def test_input_error_is_a_dsnews_error() -> None:
    assert issubclass(InputError, DsnewsError)


def test_input_error_pickles() -> None:
    error = InputError("news/騰訊.txt", "not UTF-8, GB18030 or Big5; try --encoding")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is InputError
    assert (again.source, again.reason) == ("news/騰訊.txt", "not UTF-8, GB18030 or Big5; try --encoding")
    assert str(again) == str(error)


def test_raised_input_error_pickles(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read(tmp_path / "missing.txt")
    again = pickle.loads(pickle.dumps(info.value))
    assert (again.source, again.reason) == (str(tmp_path / "missing.txt"), "no such file")
