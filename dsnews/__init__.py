"""dsnews: tickers, market moves, people, firms and quotes from Chinese financial news.

>>> import dsnews
>>> r = dsnews.extract("英偉達(NVDA.US)盤前大跌12%")
>>> [t.id for t in r.tickers], [(m.direction, m.value) for m in r.moves]
(['NVDA.US'], [('down', 12.0)])
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from dsnews.errors import DsnewsError, InputError, LexiconError
from dsnews.model import CATEGORIES, Firm, Move, Person, Quote, Result, Span, Ticker

__version__ = "0.2.0"

__all__ = [
    "CATEGORIES", "DsnewsError", "Firm", "InputError", "LexiconError", "Move", "Person", "Quote",
    "Result", "Span", "Ticker", "__version__", "extract", "extract_file",
]


def extract(
    text: str,
    source: str = "-",
    only: Iterable[str] | None = None,
    lexicons: Iterable[str] = (),
) -> Result:
    """Extract everything from one article.

    `only` limits the categories (e.g. ``("tickers", "moves")``); `lexicons` adds the
    user's own security lists (TSV, same format as lexicons/securities.tsv). Never raises
    for a `str`, except LexiconError when a lexicon file is broken.
    """
    if isinstance(text, bytes):
        raise TypeError("expected str, got bytes: decode it or use extract_file()")
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    from dsnews.assemble import assemble
    from dsnews.extractors import Doc, run
    from dsnews.lexicons import load
    from dsnews.normalise import normalise

    categories = tuple(CATEGORIES if only is None else only)
    unknown = set(categories) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"unknown categories: {', '.join(sorted(unknown))}")
    text = _without_surrogates(text)
    doc = Doc(normalise(text), load(tuple(lexicons)))
    run(doc, frozenset(_extractor_names(categories)))
    return assemble(doc, source, categories)


def extract_file(
    path: str | Path, encoding: str | None = None, only: Iterable[str] | None = None,
    lexicons: Iterable[str] = (),
) -> Result:
    """Read, decode and extract one file; raise InputError when it cannot be read as text."""
    from dsnews.source import read

    decoded = read(path, encoding)
    return extract(decoded.text, str(path), only, lexicons)


def _extractor_names(categories: Iterable[str]) -> set[str]:
    return set(categories)


def _without_surrogates(text: str) -> str:
    """Lone surrogates (from broken stdin) cannot be encoded on output: replace them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text
