"""Bytes → str: BOMs, UTF-8, GB18030 and Big5-HKSCS, detected; binary refused.

Only this module and the CLI touch files.
"""

from __future__ import annotations

import codecs
import functools
from dataclasses import dataclass
from pathlib import Path

from dsnews.errors import InputError

# The encodings Chinese news arrives in, besides UTF-8. GB18030 is a superset of GBK and
# GB2312; Big5-HKSCS of Big5.
LEGACY_ENCODINGS = ("gb18030", "big5hkscs")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of common binary formats, so that a PDF or a zip is refused by name.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a zip archive (docx, xlsx, …)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
}

ADVICE = "try --encoding"


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def read(path: str | Path, encoding: str | None = None) -> Decoded:
    """Read a file and decode it; raise InputError with one line of advice if that fails."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    return decode(data, name, encoding)


def decode(data: bytes, source: str = "-", encoding: str | None = None) -> Decoded:
    """Decode bytes of unknown encoding.

    >>> decode("騰訊".encode("big5hkscs")).text
    '騰訊'
    >>> decode(codecs.BOM_UTF8 + "腾讯".encode()).encoding
    'utf-8-sig'
    """
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except LookupError:
            raise InputError(source, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(
                source, f"not valid {encoding} (byte {exc.start}); check --encoding"
            ) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError:
                raise InputError(source, f"starts with a {name} BOM but is not {name}") from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(source, f"binary file ({what}), not text")
    if b"\x00" in data:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), source)
    except UnicodeDecodeError:
        pass
    candidates = []
    for name in LEGACY_ENCODINGS:
        try:
            candidates.append(Decoded(data.decode(name), name))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise InputError(source, f"not UTF-8, GB18030 or Big5; {ADVICE}")
    if len(candidates) == 1:
        return _checked(candidates[0], source)
    return _checked(_likelier(data, candidates), source)


def _likelier(data: bytes, candidates: list[Decoded]) -> Decoded:
    """Both GB18030 and Big5 decode the bytes: keep the reading made of common characters.

    Read with the wrong table, Chinese text turns into rare characters (腾讯控股 as Big5
    is 枆捅諷嘖), so the share of everyday characters tells the encodings apart, even in
    a four-character text. Ties go to GB18030, listed first.
    """
    return max(candidates, key=_plausibility)


def _plausibility(decoded: Decoded) -> tuple[float, int]:
    """(share of everyday characters, number of everyday two-character words) in a reading."""
    from dsnews.normalise import simplify

    words = _everyday_words()
    text = simplify(decoded.text)
    han = [c for c in text if "\u3400" <= c <= "\u9fff"]
    chars = words[0]
    share = sum(1 for c in han if c in chars) / len(han) if han else 0.0
    return share, sum(1 for i in range(len(text) - 1) if text[i : i + 2] in words[1])


@functools.cache
def _everyday_words() -> tuple[frozenset[str], frozenset[str]]:
    """jieba's everyday two-character words (boundary_words.tsv) and their ~3,800 characters."""
    from dsnews.lexicons import lexicon_path

    pairs = {
        line.split("\t", 1)[0]
        for line in lexicon_path("boundary_words.tsv").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    }
    return frozenset("".join(pairs)), frozenset(pairs)


def _checked(decoded: Decoded, source: str) -> Decoded:
    """Refuse text that is mostly control characters: binary that happened to decode."""
    text = decoded.text
    sample = text[:20000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v\x1b")
    if sample and controls > max(2, len(sample) // 100):
        raise InputError(source, "binary file (control characters), not text")
    return decoded
