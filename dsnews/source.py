"""Bytes → str: BOMs, UTF-8, GB18030 and Big5-HKSCS, detected; binary refused.

Only this module and the CLI touch files.
"""

from __future__ import annotations

import codecs
import functools
from collections.abc import Iterator
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
    warnings: tuple[str, ...] = ()


# A file that is UTF-8 but for a few stray bytes (two encodings pasted together) is read
# with replacement characters and a warning; past this share of bad bytes (replacement
# characters per byte of input) it is refused.
MAX_REPLACED_SHARE = 0.05


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
    mostly = _mostly_utf8(data)
    if mostly is not None:  # UTF-8 with a few stray bytes: GB18030 would read it as mojibake
        return _checked(mostly, source)
    candidates = []
    for name in LEGACY_ENCODINGS:
        try:
            candidates.append(Decoded(data.decode(name), name))
        except UnicodeDecodeError:
            continue
    best = _likelier(data, candidates) if candidates else None
    if best is None or not _reads_as_chinese(best):
        raise InputError(source, f"not UTF-8, GB18030 or Big5; {ADVICE}")
    return _checked(best, source)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bytes of another encoding: keep the text and flag the damage."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if replaced > len(data) * MAX_REPLACED_SHARE or len(text) - replaced < 20:
        return None
    warning = f"mixed encodings: {replaced} invalid byte sequence(s) replaced with U+FFFD"
    return Decoded(text, "utf-8", (warning,))


def _reads_as_chinese(decoded: Decoded) -> bool:
    """A legacy reading of any length made of rare characters is binary or a wrong guess."""
    han = sum(1 for c in decoded.text[:5000] if "\u3400" <= c <= "\u9fff")
    return han < 10 or _plausibility(decoded)[0] >= 0.6


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


# ---------------------------------------------------------------- articles from files
# A .txt or .md file is one article; an .html page gives the text of its body; a .jsonl or
# .json file holds one article per record.

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".json")
TEXT_FIELDS = ("content", "text", "body")


@dataclass(frozen=True, slots=True)
class Article:
    """One article read from a file, or the reason it could not be read."""

    source: str  # the path, or path#record for a record in a JSON file
    text: str | None
    error: str | None = None
    text_from: str | None = None  # "html" or "json" when the text was taken out of markup
    warnings: tuple[str, ...] = ()


def articles(
    path: str | Path,
    encoding: str | None = None,
    text_fields: tuple[str, ...] = TEXT_FIELDS,
    title_field: str | None = None,
    id_field: str | None = None,
) -> list[Article]:
    """Read every article in a file; a file or record that cannot be read gives an error Article."""
    name = str(path)
    try:
        decoded = read(path, encoding)
    except InputError as exc:
        return [Article(name, None, exc.reason)]
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm"):
        text = html_text(decoded.text)
        return [Article(name, text, text_from="html", warnings=decoded.warnings + _no_text(text))]
    if suffix in (".jsonl", ".json"):
        records = list(_records(name, decoded, suffix, text_fields, title_field, id_field))
        return records or [Article(name, None, "no records in the file")]  # never silently nothing
    return [Article(name, decoded.text, warnings=decoded.warnings + _no_text(decoded.text))]


def _no_text(text: str) -> tuple[str, ...]:
    """An empty page or file is a result with nothing in it, flagged: often a failed download."""
    return () if text.strip() else ("no text",)


def _records(
    name: str, decoded: Decoded, suffix: str, text_fields: tuple[str, ...],
    title_field: str | None, id_field: str | None,
) -> Iterator[Article]:
    import json

    if suffix == ".jsonl":
        rows: list[tuple[int, object]] = []
        for number, line in enumerate(decoded.text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                yield Article(f"{name}#{number}", None, f"line {number} is not JSON: {exc.msg}")
    else:
        try:
            data = json.loads(decoded.text)
        except json.JSONDecodeError as exc:
            yield Article(name, None, f"not JSON: {exc.msg} (line {exc.lineno})")
            return
        rows = list(enumerate(data if isinstance(data, list) else [data], 1))
    for number, record in rows:
        source = f"{name}#{number}"
        if not isinstance(record, dict):
            yield Article(source, None, f"record {number} is not a JSON object")
            continue
        if id_field and record.get(id_field) not in (None, ""):
            source = f"{name}#{record[id_field]}"
        text = next((record[f] for f in text_fields if isinstance(record.get(f), str) and record[f].strip()), None)
        if text is None:
            yield Article(source, None, f"record has no text in {' / '.join(text_fields)}")
            continue
        title = record.get(title_field) if title_field else None
        if isinstance(title, str) and title.strip():
            text = f"{title.strip()}\n\n{text}"  # spans then count from the title's first character
        yield Article(source, text, text_from="json", warnings=decoded.warnings)


# Elements whose text is not the article: code, styling, navigation and page furniture.
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                           "svg", "template", "iframe", "button", "select", "head"})
# Elements that start a new line of text.
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                         "article", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption", "hr"})


def html_text(page: str) -> str:
    """The readable text of an HTML page, a paragraph a line.

    >>> print(html_text("<html><head><title>x</title><script>var a;</script></head>"
    ...                 "<body><nav>首頁</nav><p>騰訊(0700)升3%</p><p>恒指&nbsp;收高</p></body></html>"))
    騰訊(0700)升3%
    恒指 收高
    """
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skipping = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _SKIPPED_TAGS:
                self.skipping += 1
            elif tag in _BLOCK_TAGS:
                self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in _SKIPPED_TAGS:
                self.skipping = max(0, self.skipping - 1)
            elif tag in _BLOCK_TAGS:
                self.parts.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.skipping:
                self.parts.append(data)

    parser = _Text()
    parser.feed(page)
    parser.close()
    lines = (" ".join(line.replace("\xa0", " ").split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)
