"""The extractors: each reads a Doc and yields Mentions. Registered in EXTRACTORS, in order.

An extractor is a module with NAME, NEEDS (names of extractors whose mentions it reads;
they run earlier) and `extract(doc) -> Iterator[Mention]`. Extractors work on the
normalised text; `doc.mention()` maps their offsets back to the original.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType

import regex

from dsnews import patterns
from dsnews.lexicons import Lexicons, NameHit
from dsnews.model import Kind, Mention, MoveFacts, PersonFacts, QuoteFacts, Span
from dsnews.normalise import Normalised

SENTENCE_END = "。！？!?\n①②③④⑤⑥⑦⑧⑨⑩"  # ① ② …: each numbered item of a summary is a sentence
HAN = patterns.compile(r"\p{Han}")  # one Chinese character
# The dots between the parts of a foreign name spelt in Chinese (埃隆·马斯克)
NAME_DOTS = "·・‧•"
# What follows a stock's name inside a Taiwan warrant's name: the issuing broker, then the
# series (长荣 + 凯基14购05, 允强 + 群益0A购01); the warrant trades on its own
WARRANT_SERIES = r"[0-9A-Z]{2}[购售][0-9A-Z]{2}"  # 14购05, 0A购01, 0B售12
WARRANT_TAIL = rf"\p{{Han}}{{2,4}}?{WARRANT_SERIES}"
# A site's price widget, (price, change, change in percent): 中国铁建(7.7,0.05,0.65%)(01186)
PRICE_WIDGET = r"\(\s*+[\d.]++\s*+,\s*+[-+]?[\d.]++\s*+,\s*+[-+]?[\d.]++%\s*+\)"
# What a company is, right before its name: 基地台大厂中兴, 面板龙头友达; where it is from: 美商奇异
COMPANY_KIND_BEFORE = patterns.compile(r"(?:大厂|龙头|厂商|业者|[美日韩德英法荷瑞陆港台外]商)$")
# 以X(code)来说 / 就X而言 (as for X): right after the name, what makes it a topic, not an actor
AS_FOR_AFTER = patterns.compile(r"(?:\s*+\([^()]{1,12}\))?[\s)]*+(?:来说|而言)")
AS_FOR_BEFORE = ("以", "就")
CLAUSE_END = SENTENCE_END + "，,；;：:丨|"  # 丨 ends a dateline: 格隆汇9月20日丨
PART_END = SENTENCE_END + "；;"
# A day of the month between a speaker and the verb: 萨利翁20日在受访时说, 王建民1月10日表示
DAY_OF_MONTH = r"(?:当地时间\s*+)?(?:\d{1,2}\s*+月\s*+)?\d{1,2}\s*+日"  # 普萨基当地时间1月26日表示
# What the speaking was about, before the verb: 针对营运 (表示)
TOPIC_FRAME = r"针对[^,，。；;：:「」“”『』《》\"的]{1,12}?"  # (not 针对美国《纽约时报》…报道称: the paper speaks; nor 针对5岁以下儿童的疫苗: an attribute)
# 在致股东信中 / 在社交媒体上 / 在接受采访时 / 在记者会 / 致词时 / 受访时: where the speaking happened
# A frame has its own opening word (在, 接受); the other phrases only end in 时.
SPEAKING_FRAME = (r"[在于](?:微博|官网|网站|公众号)|[在于][^,，。；;：:]{1,20}?(?:中|上|里|内|时|会|会上|报告|声明|节目|仪式|典礼|公众号|微博|官网|网站|》)|接受[^,，。；;：:]{0,14}?(?:访问|采访|专访|访谈)时?"
                  r"|与[^,，。；;：:]{1,12}?(?:会议|会面|会晤|见面|会谈)后"  # 阮国恒与银行公会会议后表示
                  r"|(?:出席|主持)[^,，。；;：:]{1,30}?(?:致辞|演讲|发言|活动|仪式|礼|论坛|会议|会|节目|》)[时后前]?"  # 出席一个论坛致辞说, 主持股东会表示, 出席签署仪式后表示, 出席启动礼后表示, 出席行政会议前说, 出席行会前表示
                  r"|(?:到访|访问|走访|考察|视察|参观)[^,，。；;：:]{1,30}?时"  # 李强到访厦门太古飞机工程有限公司时表示
                  r"|(?:线上)?(?:法说会?|股东常?会|股东大会|记者会|说明会|业绩会)[上中时后]?"  # 林映硕日前法说会中强调: the occasion, no 在 before it
                  rf"|(?:则|也|亦|还|更|并)?{TOPIC_FRAME}")  # 陈重义则针对营运表示: what the speaking was about
# The day a person spoke, before where: 谢尔盖·萨利翁20日在受访时说, 施崇棠先前于股东会中指出
SPEAKING_DAY = (rf"\s*+(?:{DAY_OF_MONTH})?(?:曾经|曾|先前|此前|之前|稍早|早些时候|早前|日前|近日|昨日|今日|昨天|今天|会后"  # 董事长黄烱辉会后指出
                r"|(?:上|本)?(?:周|星期)[一二三四五六日天]|当天|当日"
                r"|[今昨]\s*+\(\s*+\d{1,2}\s*+\)\s*+日)?")  # 马斯克周三在Twitter上表示; 许璋瑶今(22)日在财委会答询时指出
SPOKEN_WHEN_WHERE = patterns.compile(rf"{SPEAKING_DAY}\s*+(?:{SPEAKING_FRAME}|[^,，。；;：:在]{{1,14}}?时)\s*+")
# What a speaker speaks through, after 通过 / 透过: 通过社交媒体宣布, 透过新闻稿表示
MEDIA = "(?:媒体|平台|视频|视像|视讯|声明|新闻稿|网站|推特|微博|脸书|书面|电话|影片|直播|网志|信件)"
# A short name defined right after a firm's name, in brackets: 江苏无锡商业大厦集团有限公司(以下简称“大厦集团”)
DEFINES = patterns.compile(
    r"\s*+\(\s*+(?:(?:以下)?(?:简称|下称)\s*+[“\"「『]?(?P<short>[^”\"」』()]{2,12}?)[”\"」』]?"
    r"(?:\([\d.,%+\-\s]{1,40}\))?(?:或[^()“”\"「」]{1,8})?"  # (以下简称京威股份(4.360,-0.19,-4.18%)或上市公司)
    # (“豫园股份(9.100,-0.02,-0.22%)”): a quoted short name, a price widget inside the quotes
    r"|[“\"「『](?P<quoted>[^”\"」』()]{2,12}?)(?:\([\d.,%+\-\s]{1,40}\))?[”\"」』])\s*+\)"
)


@dataclass
class Doc:
    """One article on its way through the extractors."""

    norm: Normalised
    lex: Lexicons
    found: dict[str, list[Mention]] = field(default_factory=dict)
    # sentence, clause and part bounds already found, by (stops, position): the extractors
    # ask about the same positions again and again (four times each, on average)
    _bounds_found: dict[tuple[str, int], tuple[int, int]] = field(default_factory=dict, repr=False)
    # kind → (how many mentions it was built from, normalised start → end): see end_of
    _ends_by_start: dict[str, tuple[int, dict[int, int]]] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.norm.text

    @functools.cached_property
    def first_line_end(self) -> int:
        """Where the first line (a headline) ends; -1 for a text of one line."""
        return self.text.find("\n")

    @functools.cached_property
    def name_hits(self) -> list[NameHit]:
        """Every lexicon name in the text, leftmost-longest (shared by several extractors)."""
        return list(self.lex.matcher.find(self.text))

    @functools.cached_property
    def unlisted_firm_names(self) -> frozenset[str]:
        """The names of unlisted firms (the curated lexicon's) that the text holds."""
        return frozenset(hit.name for hit in self.name_hits if hit.entries and all(
            e.kind == "firm" and e.key not in self.lex.securities for e in hit.entries))

    @functools.cached_property
    def hit_ending(self) -> dict[int, NameHit]:
        return {hit.end: hit for hit in self.name_hits}

    @functools.cached_property
    def hit_starting(self) -> dict[int, NameHit]:
        return {hit.start: hit for hit in self.name_hits}

    @functools.cached_property
    def hit_named(self) -> dict[str, NameHit]:
        """The first hit of each name in the text."""
        named: dict[str, NameHit] = {}
        for hit in self.name_hits:
            named.setdefault(hit.name, hit)
        return named

    @functools.cached_property
    def _hit_starts(self) -> list[int]:
        return [hit.start for hit in self.name_hits]

    def inside_a_name(self, start: int, end: int) -> bool:
        """True when text[start:end] lies inside a listed company's or firm's name (未来 of 好未来)."""
        hit = self.name_over(start)
        return hit is not None and hit.end >= end

    def name_over(self, pos: int) -> NameHit | None:
        """The listed company's or firm's name that the character at pos belongs to, if any."""
        count = bisect.bisect_right(self._hit_starts, pos)
        if not count:
            return None
        hit = self.name_hits[count - 1]
        if hit.end > pos and any(e.kind in ("security", "firm") for e in hit.entries):
            return hit
        return None

    @functools.cached_property
    def script(self) -> str:
        """traditional, simplified, mixed or none (normalise.script_of on the original)."""
        from dsnews.normalise import script_of

        return script_of(self.norm.original)

    @functools.cached_property
    def market(self) -> str | None:
        """The market the article is about (TW, HK, CN, US), from cue words and codes."""
        rules = self.lex.rule("markets")
        cues = dict(rules["cues"])
        if self.script != "traditional":
            for m, more in rules.get("cues_in_simplified", {}).items():
                cues[m] = [*cues.get(m, []), *more]
        scores = {m: len(_cue_pattern(tuple(c)).findall(self.text)) for m, c in cues.items()}
        best = max(scores, key=lambda m: scores[m])
        return best if scores[best] > 0 else None

    @functools.cached_property
    def home_market(self) -> str | None:
        """The article's market, or CN for a Simplified text without cue words."""
        return self.market or ("CN" if self.script == "simplified" else None)

    def mention(
        self,
        kind: Kind,
        start: int,
        end: int,
        key: str,
        rule: str,
        facts: MoveFacts | QuoteFacts | PersonFacts | None = None,
    ) -> Mention:
        """Make a Mention from normalised offsets; its span points into the original."""
        o_start, o_end = self.norm.to_original(start, end)
        return Mention(kind, Span(o_start, o_end, self.norm.original[o_start:o_end]), key, rule, facts)

    def norm_pos(self, index: int) -> int:
        """The normalised position of original position `index` (the start of a span)."""
        return self._original_to_norm[index]

    def norm_span(self, span: Span) -> tuple[int, int]:
        """Return the normalised offsets of an original span (for reading earlier mentions)."""
        return self._original_to_norm[span.start], self._original_to_norm_end[span.end]

    @functools.cached_property
    def _original_to_norm(self) -> dict[int, int]:
        if self.norm.origin is None:
            return _Identity()
        first: dict[int, int] = {}
        for index, source in enumerate(self.norm.origin):
            first.setdefault(source, index)
        first.setdefault(len(self.norm.original), len(self.text))
        return first

    @functools.cached_property
    def _original_to_norm_end(self) -> dict[int, int]:
        if self.norm.origin is None:
            return _Identity()
        last: dict[int, int] = {}
        for index, source in enumerate(self.norm.origin):
            last[source + 1] = index + 1
        last.setdefault(0, 0)
        return last

    def of(self, kind: str) -> list[Mention]:
        return self.found.get(kind, [])

    def end_of(self, kind: str, start: int) -> int | None:
        """The normalised end of a `kind` mention starting at normalised `start`, if any (an
        index built once, and again only when more mentions of the kind were found)."""
        mentions = self.of(kind)
        built = self._ends_by_start.get(kind)
        if built is None or built[0] != len(mentions):
            built = self._ends_by_start[kind] = (len(mentions), dict(self.norm_span(m.span) for m in mentions))
        return built[1].get(start)

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """Return the [start, end) of the sentence around normalised position `pos`."""
        return self._bounds(pos, SENTENCE_END)

    def clause_bounds(self, pos: int) -> tuple[int, int]:
        return self._bounds(pos, CLAUSE_END)

    def part_bounds(self, pos: int) -> tuple[int, int]:
        """The part of the sentence around `pos` that semicolons bound (…年增97%；Garmin同时…)."""
        return self._bounds(pos, PART_END)

    def _bounds(self, pos: int, stops: str) -> tuple[int, int]:
        key = (stops, pos)
        found = self._bounds_found.get(key)
        if found is None:
            found = self._bounds_found[key] = _bounds(self.text, pos, stops)
        return found


class Coverage:
    """Which characters of a text are taken; checks cost the length of the span, not the
    number of spans taken (a 2 MB article has tens of thousands of them)."""

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size + 1)

    def overlaps(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, max(end, start + 1)) != -1

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


class _Identity(dict[int, int]):
    def __missing__(self, key: int) -> int:
        return key


# Brackets hold codes and price widgets (东吴证券(11.040,0.04,0.36%)): their commas do
# not end a clause. Only short brackets are skipped, so an unclosed one changes nothing.
BRACKET_REACH = 40
# No sentence or clause is looked for beyond this many characters either side: a text
# without stops (a 50 MB line) stays linear.
BOUNDS_REACH = 1000


@functools.cache
def acronyms(lex: Lexicons) -> frozenset[str]:
    """Latin words that name kinds of things (ETF, ASIC, GPU), never a firm or a subject."""
    return frozenset(word.upper() for word in lex.rule("moves")["not_names"])


def last_match(pattern: regex.Pattern[str], text: str, start: int = 0, end: int | None = None) -> regex.Match[str] | None:
    """The last match of `pattern` in text[start:end], or None."""
    found = None
    for found in pattern.finditer(text, start, len(text) if end is None else end):
        pass
    return found


def occurrences(text: str, word: str, start: int = 0) -> Iterator[int]:
    """Where `word` occurs in text from `start` on, not overlapping (a plain search: no
    pattern compiled per word)."""
    pos = text.find(word, start)
    while pos >= 0:
        yield pos
        pos = text.find(word, pos + len(word))


def ends_sentence(text: str, i: int, stops: str = SENTENCE_END) -> bool:
    """True when the character at `i` is one of `stops` and ends what it stands in: a `!` or
    `?` inside a Latin name (Yahoo!奇摩, PAPAGO!导航) ends nothing."""
    c = text[i]
    if c not in stops:
        return False
    if c in "!?" and 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i - 1].isalpha():
        after = text[i + 1]
        return not (after.isalnum() or HAN.match(after) is not None)
    return True


def _bounds(text: str, pos: int, stops: str) -> tuple[int, int]:
    """The span around `pos` up to the nearest of `stops` either side, within BOUNDS_REACH;
    a bracket (up to BRACKET_REACH, on one line) is stepped over whole: its punctuation ends
    nothing. The regex engine finds each next stop or bracket, so no loop runs per character."""
    backward, forward = _stop_finders(stops)
    start, floor, ceiling = pos, max(0, pos - BOUNDS_REACH), min(len(text), pos + BOUNDS_REACH)
    while start > floor:
        found = backward.search(text, floor, start)
        if found is None:
            start = floor
            break
        i = found.start()
        if text[i] == ")":
            opening = text.rfind("(", max(0, i + 1 - BRACKET_REACH), i)
            start = opening if opening >= 0 and "\n" not in text[opening : i + 1] else i
            continue
        if ends_sentence(text, i, stops):
            start = i + 1
            break
        start = i
    end = pos
    while end < ceiling:
        found = forward.search(text, end, ceiling)
        if found is None:
            end = ceiling
            break
        i = found.start()
        if text[i] == "(":
            closing = text.find(")", i + 1, i + BRACKET_REACH)
            end = closing + 1 if closing >= 0 and "\n" not in text[i:closing] else i + 1
            continue
        if ends_sentence(text, i, stops):
            end = i
            break
        end = i + 1
    return start, end


@functools.cache
def _stop_finders(stops: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Patterns for the nearest stop or closing bracket before a position (a reverse search)
    and the nearest stop or opening bracket after it."""
    chars = regex.escape(stops)
    return patterns.compile(rf"(?r)[{chars})]"), patterns.compile(rf"[{chars}(]")


@functools.cache
def _cue_pattern(cues: tuple[str, ...]) -> regex.Pattern[str]:
    """Cues are regular expressions (written in Simplified), joined into one pattern."""
    from dsnews.normalise import simplify

    return patterns.compile("|".join(f"(?:{simplify(c)})" for c in cues))


def registered() -> tuple[ModuleType, ...]:
    """The extractors in the order they run (each after those it NEEDS)."""
    from dsnews.extractors import firms, moves, people, quotes, tickers

    return (tickers, firms, people, moves, quotes)


EXTRACTORS = ("tickers", "firms", "people", "moves", "quotes")


def run(doc: Doc, only: frozenset[str] | None = None) -> Doc:
    """Run the extractors needed for `only` (all when None), filling doc.found."""
    wanted = set(EXTRACTORS if only is None else only)
    modules = registered()
    by_name = {m.NAME: m for m in modules}
    for name in list(wanted):  # pull in what the wanted ones need, transitively
        stack = [name]
        while stack:
            for need in by_name[stack.pop()].NEEDS:
                if need not in wanted:
                    wanted.add(need)
                    stack.append(need)
    for module in modules:
        if module.NAME in wanted:
            for mention in module.extract(doc):
                doc.found.setdefault(mention.kind, []).append(mention)
    return doc

