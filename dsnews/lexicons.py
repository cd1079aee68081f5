"""Find, parse, validate and cache the lexicons; build the name matcher.

Nothing is read at import time: `load()` reads the files on first use and caches them.
Every problem in every file is collected, then reported at once as a LexiconError
listing `file:line: reason`.
"""

from __future__ import annotations

import functools
import os
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

import regex

from dsnews import cache, patterns
from dsnews.errors import LexiconError

ID_PATTERN = patterns.compile(r"^[0-9A-Z][0-9A-Z\-]*\.(?:SH|SZ|BJ|HK|TW|JP|KR|US|[A-Z]{2})$")


# jieba's words tagged as personal names above this count are everyday words (明白, 文明)
PERSON_WORD_MAX_FREQ = 2000


def is_security_id(key: str) -> bool:
    """True for a security id (NVDA.US, 0700.HK), false for a firm's name (Royal Finishing Co.)."""
    return ID_PATTERN.match(key) is not None


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lexicon_dir() -> Path:
    """Return the folder the lexicons are read from.

    In order: $DSNEWS_LEXICONS; the copy packaged in the wheel; the checkout's lexicons/.
    """
    override = os.environ.get("DSNEWS_LEXICONS")
    if override:
        return Path(override)
    packaged = Path(__file__).parent / "lexicons"
    if packaged.is_dir():
        return packaged
    return Path(__file__).parent.parent / "lexicons"


def lexicon_path(name: str) -> Path:
    path = lexicon_dir() / name
    if not path.is_file():
        raise LexiconError([f"{path}: lexicon file missing"])
    return path


def casefold_ascii(text: str) -> str:
    """Lower-case ASCII letters only, so that the length never changes.

    >>> casefold_ascii("Nvidia 輝達")
    'nvidia 輝達'
    """
    return text.translate(_ASCII_LOWER)


# ---------------------------------------------------------------- records


class Security(NamedTuple):  # named tuples: they load from the cache ten times faster than dataclasses
    id: str
    name: str
    aliases: tuple[str, ...]
    source: str

    @property
    def symbol(self) -> str:
        return self.id.rsplit(".", 1)[0]

    @property
    def market(self) -> str:
        return self.id.rsplit(".", 1)[1]


class Entry(NamedTuple):
    """What a name in the matcher stands for."""

    kind: str  # "security" | "firm" | "index" | "not_firm" | "person"
    key: str  # security id, firm name, index name
    name: str  # the form listed in the lexicon (for display)


Value = TypeVar("Value")


class PackedRecords(Mapping[str, Value], Generic[Value]):
    """A read-only dict whose values stay marshalled bytes until first looked up.

    The cache holds 11,000 securities and 21,000 names; an article looks up a few dozen.
    Unpacking them all took ~30 ms of every cold start, keeping them packed ~5 ms.
    """

    def __init__(self, packed: dict[str, bytes], make: Callable[[Any], Value]) -> None:
        self._packed = packed
        self._make = make
        self._made: dict[str, Value] = {}

    def __getitem__(self, key: str) -> Value:
        made = self._made.get(key)
        if made is None:
            import marshal

            made = self._made[key] = self._make(marshal.loads(self._packed[key]))
        return made

    def __contains__(self, key: object) -> bool:
        return key in self._packed

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    name: str  # normalised form that matched
    entries: tuple[Entry, ...]


@dataclass(eq=False)  # hashed by identity: extractors cache compiled patterns per Lexicons
class Lexicons:
    """All lexicons, loaded. Built by `load()`; treat as read-only."""

    securities: Mapping[str, Security] = field(default_factory=dict)  # a dict, or PackedRecords from the cache
    listings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # id → all ids of its company
    old_codes: dict[str, str] = field(default_factory=dict)  # old BJ id → new id
    firms: dict[str, tuple[str, tuple[str, ...], str | None]] = field(default_factory=dict)
    indices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    context_only: frozenset[str] = frozenset()
    media: frozenset[str] = frozenset()  # firm keys of news outlets and data providers
    exchanges: frozenset[str] = frozenset()  # firm keys of exchanges (港交所, 新交所)
    titles: tuple[str, ...] = ()
    names: Mapping[str, list[Entry]] = field(default_factory=dict)  # normalised name → entries (as securities)
    rules: dict[str, Any] = field(default_factory=dict)  # the *.toml rule files by stem
    # everyday two-character words (jieba's dictionary) and their frequency
    boundary_words: dict[str, int] = field(default_factory=dict)
    # those of them jieba tags as personal names (张宁, 高峰): a guessed name may be one
    person_words: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()  # jieba's place names (ns): 东吴, 华夏
    # words jieba tags as verbs, adverbs, pronouns, prepositions, conjunctions and times (实现,
    # 随后, 其中, 除了): a short name guessed at the head of a list's item never opens with one
    function_words: frozenset[str] = frozenset()
    # two-character name → the longer words that hold it, with its offset there (材料: 原材料, 1)
    inside_words: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    lower_case_names: frozenset[str] = frozenset()  # Latin names the lexicons write in lower case (adidas)
    cache_key: str | None = None  # names this load in the cache folder (None: no cache)

    # ------------------------------------------------------------ lookups

    def entries(self, name: str) -> list[Entry]:
        from dsnews.normalise import simplify

        return [Entry(*e) for e in self.names.get(casefold_ascii(simplify(name)), [])]

    def company_ids(self, security_id: str) -> tuple[str, ...]:
        """All listings of the company that `security_id` belongs to, primary first."""
        return self.listings.get(security_id, (security_id,))

    def rule(self, file: str) -> dict[str, Any]:
        return self.rules[file]

    @functools.cached_property
    def matcher(self) -> NameMatcher:
        cache_file = cache.cache_dir() / f"matcher-{self.cache_key}.pickle" if self.cache_key else None
        return NameMatcher(self.names, cache_file, self.inside_words, self.lower_case_names)

    @functools.cached_property
    def _title_automaton(self) -> Any:
        return automaton(list(self.titles) or ["\x00"])

    def title_spans(self, text: str) -> list[tuple[int, int]]:
        """Where job titles stand, the longest at each start (titles overlap: 首席投资官, 投资官)."""
        longest: dict[int, int] = {}
        for last, index in self._title_automaton.iter(text):
            start = last + 1 - len(self.titles[index])
            longest[start] = max(last + 1, longest.get(start, 0))
        return sorted(longest.items())

    def cuts_a_word(self, text: str, start: int, end: int) -> bool:
        """True when a name at [start, end) would split an everyday word: 今日成交 has no 日成."""
        return self.cuts_a_word_at_start(text, start) or self.cuts_a_word_at_end(text, end)

    def is_everyday_word(self, word: str) -> bool:
        """A word jieba's dictionary counts at least firms.toml's `word_cut_freq` times: a
        name that is one, or that one stands before, is read as the word."""
        return self.boundary_words.get(word, 0) >= self.rules["firms"]["word_cut_freq"]

    def cuts_a_word_at_start(self, text: str, start: int) -> bool:
        words, places = self.boundary_words, self.places
        before = text[start - 1 : start + 1] if start > 0 else ""
        # 携手中华电: 手 belongs to 携手, so 手中 is no word here. (Not mirrored after the name:
        # 群光电能 and 台南开设 would pass, 光电 and 南开 being taken by 电能 and 开设.)
        # But 部分成长和: 分 belongs to 部分 first, so 成 is free for 成长 (no 长和).
        taken = start >= 2 and text[start - 2 : start] in words and not (start >= 3 and text[start - 3 : start - 1] in words)
        return before in words and not taken or before in places

    def cuts_a_word_at_end(self, text: str, end: int) -> bool:
        # 万海上半年获利: 上 belongs to the time word after the name, so 海上 is no word here
        return (0 < end < len(text) and text[end - 1 : end + 1] in self.boundary_words
                and not text.startswith(self._times_after_names, end))

    @functools.cached_property
    def _times_after_names(self) -> tuple[str, ...]:
        return tuple(self.rules.get("firms", {}).get("times_after_names", ()))

    @functools.cached_property
    def title_set(self) -> frozenset[str]:
        """The titles for membership tests (`titles` keeps them longest first for prefix scans)."""
        return frozenset(self.titles)

    @functools.cached_property
    def places(self) -> frozenset[str]:
        """Place names a company name must not start inside (台中 + 傑仕堡 has no 中傑)."""
        return frozenset(self.rules.get("firms", {}).get("places", ()))


LONGER_NAME_REACH = 12  # the longest name looked for where a two-character name may end inside it
LIST_AND = "和及与同跟"  # the characters that join two names in a list (硕天和科风)


class NameMatcher:
    """Leftmost-longest search for every lexicon name in a normalised text.

    An Aho-Corasick automaton (pyahocorasick): it builds in ~20 ms, and a pickled copy in
    the cache loads in ~6 ms, so a cold start hardly pays for the 17,000 names.
    """

    def __init__(
        self, names: dict[str, list[Entry]], cache_file: Path | None = None,
        inside_words: dict[str, tuple[tuple[str, int], ...]] | None = None,
        lower_case_names: frozenset[str] = frozenset(),
    ) -> None:
        self._names = names
        self._inside_words = inside_words or {}
        self._lower_case_names = lower_case_names
        self._patterns = [n for n in names if len(n) >= 2]
        self._entries: dict[int, tuple[Entry, ...]] = {}  # made on first hit: most names never occur
        self._automaton = _cached_automaton(self._patterns, cache_file)

    def _entries_of(self, index: int) -> tuple[Entry, ...]:
        found = self._entries.get(index)
        if found is None:
            found = self._entries[index] = tuple(Entry(*e) for e in self._names[self._patterns[index]])
        return found

    def find(self, text: str) -> Iterator[NameHit]:
        """Yield name hits in `text` (normalised); Latin names only at word boundaries."""
        haystack = casefold_ascii(text)
        resume = 0  # a longer name taken over a short one (below) ends here
        last_end = -1  # where the name before ended
        for last, index in self._automaton.iter_long(haystack):
            name = self._patterns[index]
            start, end = last + 1 - len(name), last + 1
            if start < resume:
                continue
            if end - start == 2:
                # 已向中伟股份: 向中 (1871.HK) ends inside 中伟股份, which starts at its second
                # character and runs on; the longer name (three characters or more) is the one
                # written. Two against two is a coin toss (志信大股东, 辉达新款): the first stays,
                # unless it opens with a list's "and" right after a name (硕天和科风: not 和科)
                # (a slice: the automaton converts the whole string it is given, each call)
                window = haystack[start + 1 : start + 1 + LONGER_NAME_REACH]
                longer = next(self._automaton.iter_long(window), None)
                shortest = 2 if start == last_end and name[0] in LIST_AND else 3
                if longer and longer[0] + 1 == len(self._patterns[longer[1]]) >= shortest:
                    index = longer[1]
                    name = self._patterns[index]
                    start, end = start + 1, start + 2 + longer[0]
                    resume = end
            if (name[0].isascii() and start > 0 and (_is_word_char(text[start - 1]) or _hyphen_joins(text, start - 1, -1))
                    and not _after_a_code(text, start)):
                continue  # ABCD is no BCD; but 4803VHQ-KY is a code and its name
            if (name[-1].isascii() and end < len(text) and (_is_word_char(text[end]) or _hyphen_joins(text, end, 1))
                    and not (name[-1].isalpha() and _DATE_AFTER.match(text, end))):
                continue  # ABC-MART is no ABC (but 据CNBC3日消息: the name, then the day)
            if name.isascii() and text[start:end].islower():
                if end - start <= SHORT_LATIN:
                    continue  # 转型ing is no ING: a short name in lower case is a word
                if name not in self._lower_case_names:
                    continue  # 本报系资料库）facebook: a share button's text, not the firm the lexicon writes Facebook
            if name[0] in UNITS and start > 0 and text[start - 1].isdigit() and not self._after_own_code(text, index, start):
                continue  # 6.41元大涨: the unit of an amount and the next word, not 元大 (but 2615万海)
            if (any(text.startswith(word, start - offset) for word, offset in self._inside_words.get(name, ()))
                    and not self._before_own_code(text, index, end)):
                continue  # 原材料上涨 has no 材料, 劳动力 no 动力: a longer word holds the name (受惠股东森(2614) is 东森)
            last_end = end
            yield NameHit(start, end, name, self._entries_of(index))

    def _before_own_code(self, text: str, index: int, end: int) -> bool:
        """The name's own stock code follows it in brackets: 东森(2614)."""
        code = _CODE_AFTER.match(text, end)
        return bool(code) and any(e.key.startswith(code[1] + ".") for e in self._entries_of(index))

    def _after_own_code(self, text: str, index: int, start: int) -> bool:
        """The digits before `start` are the stock code of the name's listing (2615万海)."""
        code_start = start
        while code_start > 0 and start - code_start < 6 and text[code_start - 1].isdigit():
            code_start -= 1
        code = text[code_start:start] + "."
        return any(e.key.startswith(code) for e in self._entries_of(index))


_CODE_AFTER = patterns.compile(r"\s*+\(\s*+(\d{4,6})")

# Units of an amount; a name starting with one right after a figure is no name.
UNITS = "元万亿倍"

# Latin names this short match only when not written all in lower case (ING, not 转型ing;
# but wind数据 is Wind).
SHORT_LATIN = 3


def automaton(keys: list[str]) -> Any:
    """An Aho-Corasick automaton whose value for each pattern is its index in `keys`."""
    import ahocorasick

    built = ahocorasick.Automaton()
    for index, key in enumerate(keys):
        built.add_word(key, index)
    built.make_automaton()
    return built


def _cached_automaton(keys: list[str], cache_file: Path | None) -> Any:
    import pickle

    if cache_file is not None:
        try:
            loaded = pickle.loads(cache_file.read_bytes())
            if len(loaded) == len(keys):
                return loaded
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            pass
    built = automaton(keys)
    if cache_file is not None:
        cache.write_atomically(cache_file, pickle.dumps(built))
    return built


# A day or month written right after a Latin name (据CNBC3日消息, Bloomberg 3日报道)
_DATE_AFTER = patterns.compile(r"\d{1,2}[日月号]")


def _is_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _after_a_code(text: str, start: int) -> bool:
    """True when a Latin name starts right after a code of four digits (4803VHQ-KY, the way
    Taiwan's exchange notices print a stock; 48032VHQ二KY, a second class of shares, is no VHQ)."""
    code_start = start - 4
    return (code_start >= 0 and text[code_start:start].isascii() and text[code_start:start].isdigit()
            and (code_start == 0 or not _is_word_char(text[code_start - 1])) and text[start].isupper())


def _hyphen_joins(text: str, at: int, step: int) -> bool:
    """True when a hyphen at `at` joins the name to a Latin word (ABC-MART, Coca-Cola)."""
    beyond = at + step
    return text[at] == "-" and 0 <= beyond < len(text) and _is_word_char(text[beyond]) and text[beyond].isalpha()


# ---------------------------------------------------------------- loading


def rows(path: Path, columns: int, problems: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, fields) of a TSV lexicon, padding optional trailing columns."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot read: {exc}")
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) > columns:
            problems.append(f"{path}:{number}: {len(fields)} columns, expected at most {columns}")
            continue
        yield number, [f.strip() for f in fields] + [""] * (columns - len(fields))


def split_names(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def load(extra: tuple[str, ...] = ()) -> Lexicons:
    """Load every lexicon (and the user's `extra` security files), once; raise LexiconError."""
    return _load(tuple(extra))


@functools.cache
def _load(extra: tuple[str, ...]) -> Lexicons:
    folder = lexicon_dir()
    stamp = _cache_stamp(folder, extra)
    key = _cache_key(stamp)
    lex = _read_cache(key, stamp)
    if lex is None:
        lex = _build(folder, extra)
        _write_cache(key, stamp, lex)
    lex.cache_key = key
    return lex


# ---------------------------------------------------------------- cache
# Reading ~35 lexicon files and normalising 30,000 names takes ~150 ms; a marshal file of
# the result loads in ~25 ms. The cache is keyed by the size and time of every lexicon
# file and the dsnews version, so an edit rebuilds it; any cache trouble falls back to
# reading the files (the folder: dsnews/cache.py).

_PLAIN_FIELDS = ("listings", "old_codes", "firms", "indices", "context_only", "media", "exchanges", "titles", "rules",
                 "boundary_words", "person_words", "place_words", "function_words", "inside_words", "lower_case_names")


def _cache_stamp(folder: Path, extra: tuple[str, ...]) -> str | None:
    """The dsnews version and the path, size and time of every lexicon file, as text."""
    from dsnews import __version__

    if not cache.enabled():
        return None
    try:
        # this module too: a change to how lexicons are read must not meet an old cache
        files = sorted(folder.glob("*.tsv")) + sorted(folder.glob("*.toml")) + [Path(p) for p in extra] + [Path(__file__)]
        stamp = [(str(p.resolve()), p.stat().st_size, p.stat().st_mtime_ns) for p in files]
    except OSError:
        return None
    return repr((__version__, str(folder.resolve()), stamp))


def _cache_key(stamp: str | None) -> str | None:
    """A file name for `stamp` (zlib's checksums: hashlib's import alone costs a cold start ~4 ms)."""
    if stamp is None:
        return None
    data = stamp.encode()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def _read_cache(key: str | None, stamp: str | None) -> Lexicons | None:
    import marshal

    if key is None:
        return None
    try:
        plain = marshal.loads((cache.cache_dir() / f"lexicons-{key}.marshal").read_bytes())
        if plain["stamp"] != stamp:  # the key is a checksum: the stamp itself decides
            return None
        lex = Lexicons(**{name: plain[name] for name in _PLAIN_FIELDS})
        lex.securities = PackedRecords(plain["securities"], lambda fields: Security(*fields))
        lex.names = PackedRecords(plain["names"], list)  # plain tuples: made into Entry where a name is found
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return None
    return lex


def _write_cache(key: str | None, stamp: str | None, lex: Lexicons) -> None:
    import marshal

    if key is None:
        return
    plain: dict[str, Any] = {name: getattr(lex, name) for name in _PLAIN_FIELDS}
    plain["stamp"] = stamp
    plain["securities"] = {k: marshal.dumps(tuple(v)) for k, v in lex.securities.items()}
    plain["names"] = {k: marshal.dumps([tuple(e) for e in v]) for k, v in lex.names.items()}
    try:
        data = marshal.dumps(plain)
    except ValueError:
        return
    cache.write_atomically(cache.cache_dir() / f"lexicons-{key}.marshal", data)
    _prune_cache(keep=key)


# Each edit of a lexicon and each new dsnews version writes a new key (~5 MB with its
# matcher); without pruning the folder only grows. Keep the newest few: a user who
# switches between several --lexicon files does not rebuild every time.
CACHE_KEYS_KEPT = 8


def _prune_cache(keep: str) -> None:
    """Delete the cache files of all but the CACHE_KEYS_KEPT most recently written keys."""
    folder = cache.cache_dir()
    try:
        written = sorted(folder.glob("lexicons-*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    except OSError:
        return
    for old in written[CACHE_KEYS_KEPT:]:
        key = old.name.removeprefix("lexicons-").removesuffix(".marshal")
        if key == keep:
            continue
        for path in (old, folder / f"matcher-{key}.pickle"):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                continue


def _build(folder: Path, extra: tuple[str, ...]) -> Lexicons:
    """Read, validate and index every lexicon file; raise LexiconError listing every problem."""
    import tomllib  # here, not at the top: a cold start from the cache does not parse TOML

    from dsnews.normalise import simplify

    problems: list[str] = []
    lex = Lexicons()
    securities: dict[str, Security] = {}
    security_files = [folder / "securities.tsv", folder / "securities_curated.tsv"]
    security_files += [Path(p) for p in extra]
    for path in security_files:
        if not path.is_file():
            if path.name == "securities.tsv" or str(path) in extra:
                problems.append(f"{path}: lexicon file missing")
            continue
        for number, (sec_id, name, aliases, source) in rows(path, 4, problems):
            if not ID_PATTERN.match(sec_id):
                problems.append(f"{path}:{number}: bad id {sec_id!r} (want SYMBOL.MARKET)")
                continue
            if not name:
                problems.append(f"{path}:{number}: empty name for {sec_id}")
                continue
            known = securities.get(sec_id)
            if known:  # a later file adds aliases to a known listing
                more = tuple(a for a in (name, *split_names(aliases)) if a not in known.aliases)
                securities[sec_id] = Security(
                    sec_id, known.name, known.aliases + tuple(m for m in more if m != known.name), known.source
                )
            else:
                securities[sec_id] = Security(sec_id, name, split_names(aliases), source)
    lex.securities = securities
    _load_listings(folder / "listings.tsv", lex, problems)
    if (folder / "bj_codes.tsv").is_file():
        for _, (old, new, _name) in rows(folder / "bj_codes.tsv", 3, problems):
            lex.old_codes[f"{old}.BJ"] = f"{new}.BJ"
    for path in (folder / "firms.tsv",):
        if path.is_file():
            media, exchanges = set(), set()
            for number, (name, aliases, ticker, kind, _source) in rows(path, 5, problems):
                if ticker and not is_security_id(ticker):
                    problems.append(f"{path}:{number}: bad ticker {ticker!r}")
                    ticker = ""
                lex.firms[name] = (name, split_names(aliases), ticker or None)
                if kind == "media":
                    media.add(ticker or name)
                elif kind == "exchange":
                    exchanges.add(ticker or name)
            lex.media, lex.exchanges = frozenset(media), frozenset(exchanges)
    # The curated file first: a generated name that a curated index already holds
    # (上证综合指数 of 上证指数) is that index, not a second one.
    curated_forms: set[str] = set()
    for path in (folder / "indices.tsv", folder / "indices_generated.tsv"):
        if path.is_file():
            for _, (name, aliases, _region, _source) in rows(path, 4, problems):
                if path.name == "indices_generated.tsv" and name in curated_forms:
                    continue
                lex.indices[name] = lex.indices.get(name, ()) + split_names(aliases)
                if path.name == "indices.tsv":
                    curated_forms |= {name, *split_names(aliases)}
    context_only = set()
    if (folder / "context_only.tsv").is_file():
        context_only |= {simplify(n) for _, (n, _why) in rows(folder / "context_only.tsv", 2, problems)}
    # Generated names that are everyday words (发展, 世界) and stems of HK names, which often
    # are (莎莎国际 → 莎莎; 开源, 大中华), unless a curator listed them. (A stem of three
    # characters or more with no word of jieba's inside, 佐丹奴, is dropped from them below.)
    curated = _curated_names(folder, problems)

    def generated(name: str) -> set[str]:
        path = folder / name
        return {simplify(n) for _, (n, _other) in rows(path, 2, problems)} - curated if path.is_file() else set()

    context_only |= generated("generic_names.tsv")
    hong_kong_stems = generated("short_forms.tsv")
    if (folder / "titles.tsv").is_file():
        titles = {simplify(t) for _, (t, _s) in rows(folder / "titles.tsv", 2, problems) if t}
        lex.titles = tuple(sorted(titles, key=lambda t: (-len(t), t)))
    for path in sorted(folder.glob("*.toml")):
        try:
            with path.open("rb") as fh:
                lex.rules[path.stem] = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"{path}: {exc}")
    if problems:
        raise LexiconError(problems)
    _index_names(lex, folder)
    if (folder / "boundary_words.tsv").is_file():
        boundary = list(rows(folder / "boundary_words.tsv", 3, []))
        lex.boundary_words = {w: int(f) for _, (w, f, _tag) in boundary}
        # 张宁, 约翰; jieba also tags some everyday words as names (明白 10875, 文明, 明星): the
        # frequent ones are words
        lex.person_words = frozenset(w for _, (w, f, tag) in boundary if tag in ("nr", "nrt") and int(f) <= PERSON_WORD_MAX_FREQ)
        lex.place_words = frozenset(w for _, (w, _f, tag) in boundary if tag == "ns")
        lex.function_words = frozenset(w for _, (w, _f, tag) in boundary if tag in _FUNCTION_TAGS)
    # 佐丹奴 (of 佐丹奴国际) is a name wherever it stands; 中国金融, 九龙仓 hold a word and need context
    context_only |= {f for f in hong_kong_stems if len(f) < 3 or _holds_a_word(f, lex.boundary_words)}
    # Name hits are ASCII-folded (Arm → arm): a Latin entry is kept in both forms
    lex.context_only = frozenset(context_only | {casefold_ascii(n) for n in context_only})
    inside: dict[str, list[tuple[str, int]]] = {}
    if (folder / "inside_words.tsv").is_file():
        for _, (word, name, _freq) in rows(folder / "inside_words.tsv", 3, []):
            inside.setdefault(name, []).append((word, word.index(name)))
    for word in lex.rules.get("markets", {}).get("words_holding_names", {}).get("words", ()):
        word = simplify(word)  # curated words, rarer in jieba's dictionary than the generated ones
        for start in range(len(word) - 1):
            for end in range(start + 2, len(word) + 1):
                if word[start:end] in lex.names and word[start:end] != word:
                    inside.setdefault(word[start:end], []).append((word, start))
    lex.inside_words = {name: tuple(found) for name, found in inside.items()}
    _add_title_overlaps(lex)
    return lex


def _add_title_overlaps(lex: Lexicons) -> None:
    """A name that starts inside a job title is no name: 宝佳少东林家宏 has no 东林 (3609.TW),
    董事长江涛 no 长江. Kept with the words that hold a name, as (title, characters of the
    title before the name). Only the start: a name may end where a title begins
    (富邦金控股东 holds 控股股东)."""
    by_start: dict[str, list[str]] = {}
    for name in lex.names:
        if len(name) >= 2 and not name.isascii():
            for k in (1, 2):
                by_start.setdefault(name[:k], []).append(name)
    inside = {name: list(found) for name, found in lex.inside_words.items()}
    for title in lex.titles:
        for k in range(max(1, len(title) - 2), len(title)):
            for name in by_start.get(title[k:], ()):
                if len(name) > len(title) - k:
                    inside.setdefault(name, []).append((title, k))
    lex.inside_words = {name: tuple(found) for name, found in inside.items()}


def _holds_a_word(name: str, words: dict[str, int]) -> bool:
    """True when two characters of `name` in a row make one of jieba's words."""
    return any(name[i : i + 2] in words for i in range(len(name) - 1))


def _curated_names(folder: Path, problems: list[str]) -> set[str]:
    """Names a person put in the hand-made lists: trusted as names without context."""
    from dsnews.normalise import simplify

    names: set[str] = set()
    if (folder / "securities_curated.tsv").is_file():
        for _, (_id, name, aliases, _source) in rows(folder / "securities_curated.tsv", 4, problems):
            names.update(simplify(n) for n in (name, *split_names(aliases)))
    if (folder / "firms.tsv").is_file():
        for _, (name, aliases, *_rest) in rows(folder / "firms.tsv", 5, problems):
            names.update(simplify(n) for n in (name, *split_names(aliases)))
    return names


def _load_listings(path: Path, lex: Lexicons, problems: list[str]) -> None:
    if not path.is_file():
        return
    for number, (ids, _note) in rows(path, 2, problems):
        group = split_names(ids)
        bad = [i for i in group if not ID_PATTERN.match(i)]
        if bad:
            problems.append(f"{path}:{number}: bad id {bad[0]!r}")
            continue
        for sec_id in group:
            lex.listings[sec_id] = group


def _index_names(lex: Lexicons, folder: Path) -> None:
    """Build normalised name → entries over securities, firms, indices and non-firms."""
    from dsnews.normalise import simplify

    names: dict[str, list[Entry]] = {}
    lex.names = names
    lower_case: set[str] = set()

    def add(name: str, entry: Entry) -> None:
        key = casefold_ascii(simplify(name))  # the matcher folds ASCII case too: APOLLO出行, 元大全球5G
        if len(key) < 2:
            return
        if name.isascii() and name.islower():
            lower_case.add(key)  # adidas, lululemon: brands written in lower case match so
        bucket = names.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        spaced = _LATIN_THEN_HAN.sub(r"\1 \2", name)
        if spaced != name and entry.kind in ("security", "firm"):
            add(spaced, entry)  # Taiwan sites space Latin off Han: ASM 太平洋, SK 海力士

    # Hand-curated names first: where a name means several companies (三星: Samsung, or
    # the Taiwan stock 三星科技's short name) and nothing in the article decides, the
    # curated meaning is the one news usually intends.
    curated = folder / "securities_curated.tsv"
    if curated.is_file():
        for _, (sec_id, name, aliases, _source) in rows(curated, 4, []):
            sec = lex.securities.get(sec_id)
            if sec:
                for form in (name, *split_names(aliases)):
                    add(form, Entry("security", sec.id, sec.name))
    for sec in lex.securities.values():
        for name in (sec.name, *sec.aliases):
            add(name, Entry("security", sec.id, sec.name))
            if name.endswith("-KY"):  # some sites print the mark spaced: 慧洋 - KY(2637)
                add(name[:-3] + " - KY", Entry("security", sec.id, sec.name))
    for name, (display, aliases, ticker) in lex.firms.items():
        for form in (name, *aliases):
            add(form, Entry("firm", ticker or display, display))
    for name, aliases in lex.indices.items():
        for form in (name, *aliases):
            add(form, Entry("index", name, name))
            spaced = _HAN_THEN_DIGIT.sub(r"\1 \2", form)
            if spaced != form:  # some sites space the figure off the name: 羅素 2000, 標普 500
                add(spaced, Entry("index", name, name))
    path = folder / "people.tsv"
    if path.is_file():
        for _, (name, aliases, _note, _source) in rows(path, 4, []):
            for form in (name, *split_names(aliases)):
                add(form, Entry("person", simplify(name), name))
    path = folder / "not_firms.tsv"
    if path.is_file():
        for _, (name, kind, _source) in rows(path, 3, []):
            add(name, Entry("not_firm", name, kind))
    lex.lower_case_names = frozenset(lower_case)


_HAN_THEN_DIGIT = patterns.compile(r"(\p{Han})(\d)")
_LATIN_THEN_HAN = patterns.compile(r"([A-Za-z])(\p{Han})")
_FUNCTION_TAGS = frozenset({"v", "vd", "d", "ad", "p", "c", "r", "u", "t", "f"})


def words(values: Iterable[str]) -> str:
    """Return a regex alternation of `values`, normalised, escaped, longest first."""
    from dsnews.normalise import simplify

    forms = sorted({simplify(v) for v in values if v}, key=lambda v: (-len(v), v))
    if not forms:
        return "(?!)"  # an empty list matches nothing (an empty alternation would match everywhere)
    return "|".join(f if f.isalnum() else regex.escape(f) for f in forms)  # the test: escape is slow
