"""str → Normalised: fold full-width characters, then Traditional → Simplified.

The conversion uses the character table of opencc-python-reimplemented (TSCharacters),
applied one character at a time: it never changes length, it runs at str.translate
speed, and names in the lexicons go through the same function, so both sides of every
match are converted alike. Phrase-level choices of OpenCC (TSPhrases) do not matter for
matching and are not used.
"""

from __future__ import annotations

import contextlib
import functools
import zlib
from dataclasses import dataclass
from pathlib import Path

import regex

from dsnews import patterns


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text and, per normalised character, the original character it came from."""

    text: str
    original: str
    # origin[i] is the index in `original` of normalised character i; None when the
    # normalisation kept every character in place (the common case).
    origin: tuple[int, ...] | None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original text.

        The only offset arithmetic in dsnews: extractors work on `text`, spans go out
        against `original`.
        """
        if self.origin is None:
            return start, end
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


@functools.cache
def _tables() -> tuple[dict[int, str], regex.Pattern[str] | None]:
    """Return the translate table (folds and t2s combined) and a pattern of length-changers."""
    table, changers, _, _ = _character_tables()
    return table, patterns.compile("[" + regex.escape(changers) + "]") if changers else None


# Reading OpenCC's two character tables and fold.toml costs ~15 ms of every cold start (and
# importing opencc for its folder ~10 ms more); the tables they make load from a marshal file
# in ~1 ms. The file is keyed by the size and time of every source and of this module.
CharacterTables = tuple[dict[int, str], str, dict[int, None], dict[int, None]]


@functools.cache
def _character_tables() -> CharacterTables:
    """(translate table, length-changing characters, Traditional-only and Simplified-only
    deletion tables), from the cache or built."""
    import marshal

    from dsnews import cache
    from dsnews.lexicons import lexicon_path

    sources = [_opencc_folder() / "TSCharacters.txt", _opencc_folder() / "STCharacters.txt",
               lexicon_path("fold.toml"), Path(__file__)]
    path = None
    if cache.enabled():
        try:
            stamp = repr([(str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in sources])
            path = cache.cache_dir() / f"characters-{zlib.crc32(stamp.encode()):08x}.marshal"
            loaded = marshal.loads(path.read_bytes())
            if isinstance(loaded, tuple) and len(loaded) == 4:
                return loaded  # type: ignore[return-value]
        except (OSError, ValueError, EOFError, TypeError):
            pass
    built = _build_character_tables()
    if path is not None:
        cache.write_atomically(path, marshal.dumps(built))
        for old in path.parent.glob("characters-*.marshal"):  # an upgrade leaves the last one stale
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
    return built


def _build_character_tables() -> CharacterTables:
    table: dict[int, str] = {}
    for source, target in _t2s_characters().items():
        table[ord(source)] = target
    folds = _folds()
    for source, target in folds.items():
        table[ord(source)] = "".join(table.get(ord(c), c) for c in target)
    changers = "".join(s for s, t in folds.items() if len(t) != 1)
    traditional_only, simplified_only = _script_only_characters()
    return table, changers, dict.fromkeys(map(ord, traditional_only)), dict.fromkeys(map(ord, simplified_only))


@functools.cache
def _opencc_folder() -> Path:
    """OpenCC's dictionary folder, found without importing opencc (its import reads more)."""
    import importlib.util

    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("opencc-python-reimplemented is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary"


def _folds() -> dict[str, str]:
    import tomllib  # here: a cold start with cached tables never parses TOML

    from dsnews.lexicons import lexicon_path

    with lexicon_path("fold.toml").open("rb") as fh:
        data = tomllib.load(fh)
    folds: dict[str, str] = {}
    for block in data.get("range", []):
        for code in range(block["first"], block["last"] + 1):
            folds[chr(code)] = chr(block["to"] + code - block["first"])
    for source, target in data.get("char", {}).items():
        if source != target:
            folds[source] = target
    return folds


def _t2s_characters() -> dict[str, str]:
    """Read OpenCC's TSCharacters table: one Traditional character → its first Simplified."""
    table: dict[str, str] = {}
    for line in (_opencc_folder() / "TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0]
        if len(source) == 1 and len(target) == 1 and source != target:
            table[source] = target
    return table


def normalise(original: str) -> Normalised:
    """Fold and convert `original`, keeping a map back to it.

    >>> n = normalise("英偉達（NVDA.US）跌１２％…")
    >>> n.text
    '英伟达(NVDA.US)跌12%...'
    >>> n.to_original(16, 19)  # the three dots of ... all come from one …
    (16, 17)
    """
    table, changers = _tables()
    if changers is None or changers.search(original) is None:
        return Normalised(original.translate(table), original, None)
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(original):
        folded = table.get(ord(char), char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return Normalised("".join(pieces), original, tuple(origin))


def simplify(name: str) -> str:
    """Normalise a lexicon name or a user's query the same way as article text.

    >>> simplify("輝達")
    '辉达'
    """
    table, changers = _tables()
    if changers is None or changers.search(name) is None:  # normalise's short path, without its record
        return name.translate(table)
    return normalise(name).text


def script_of(text: str) -> str:
    """Say whether a text is written in Traditional, Simplified, both, or neither.

    Only characters that belong to one script count (偉 or 伟, not 升 or 台).

    >>> script_of("台積電上漲"), script_of("台积电上涨"), script_of("NVDA")
    ('traditional', 'simplified', 'none')
    """
    _, _, traditional_only, simplified_only = _character_tables()
    traditional = len(text) - len(text.translate(traditional_only))  # deleting them counts them
    simplified = len(text) - len(text.translate(simplified_only))
    if not traditional and not simplified:
        return "none"
    share = traditional / (traditional + simplified)
    if share >= 0.9:
        return "traditional"
    if share <= 0.1:
        return "simplified"
    return "mixed"


def _script_only_characters() -> tuple[frozenset[str], frozenset[str]]:
    """The characters used in only one script, from OpenCC's two tables."""

    def one_way(name: str) -> frozenset[str]:
        found = set()
        for line in (_opencc_folder() / name).read_text(encoding="utf-8").splitlines():
            source, _, targets = line.partition("\t")
            if len(source) == 1 and source not in targets.split(" "):
                found.add(source)
        return frozenset(found)

    return one_way("TSCharacters.txt"), one_way("STCharacters.txt")
