"""Tickers: explicit codes in every press format, and names of listed companies.

`英偉達(NVDA.US)`, `騰訊(0700)`, `(00700.HK)`, `600519.SH`, `SH 601567`, `(601338-CN)`,
`台積電 (2330-TW)`, `（4933）`, `2330 台積電`, `7203.T`, `005930.KS`; and `微軟`, `茅台`.
A bare number takes its market from the article; a name takes the listing its code or the
article's market points to, else the company's primary listing.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from dsnews import patterns
from dsnews.extractors import (
    COMPANY_KIND_BEFORE,
    DEFINES,
    HAN,
    NAME_DOTS,
    PRICE_WIDGET,
    WARRANT_SERIES,
    Coverage,
    Doc,
)
from dsnews.lexicons import Lexicons, NameHit, words
from dsnews.model import Mention
from dsnews.normalise import simplify

NAME = "tickers"
NEEDS: tuple[str, ...] = ()

# Codes with an exchange suffix or prefix. Written over normalised (half-width) text.
_CODE = patterns.compile(
    r"""
    (?=[0-9A-Z])                                       # cheap first test (most text is Han)
    (?<![A-Za-z0-9.])                                  # not inside a longer code or word
    (?:
        (?P<num>\d{1,6}[A-Z]?)[.\-](?P<sfx>[A-Z]{1,3})   # 0700.HK  2330-TW  600519.SH  7203.T
      | (?P<sym>[A-Z]{2,5}(?:\.[A-Z])?|[A-Z])[.\-](?P<usfx>[A-Z]{1,3})  # NVDA.US  BRK.B.US  F.US (not E.P.O, a name)
      | (?P<pfx>SH|SZ|BJ)[\ .]?(?P<anum>\d{6})        # SH 601567  SZ.000001
      | (?P<hpfx>HK)\.(?P<hnum>\d{4,5})                # HK.00884 (a broker app's form)
    )
    (?![A-Za-z0-9])                                    # the code ends here
    """,
    regex.VERBOSE,
)

# A bare number in brackets: （4933） (00700) (600519). Its market comes from context.
# A filing may label it: 亚元(代号:6109), (股票代码:600519).
CODE_LABEL = r"(?:股票|股份|证券)?代[号码]\s*+:?"
_BRACKETED = patterns.compile(rf"\((?:\s*+{CODE_LABEL})?\s*+(?P<num>\d{{1,6}})\s*+(?=\))")

_OPEN_BRACKET_BEFORE = patterns.compile(rf"\((?:\s*+{CODE_LABEL})?\s*+$")

# A bare six-digit A-share code in running text, e.g. 贵州茅台600519 or 600519 贵州茅台.
_BARE_A = patterns.compile(r"(?=[0369])(?<![\d.,A-Za-z])(?P<num>(?:60|68|00|30|92)\d{4})(?![\d.,%A-Za-z])")

_ADR = patterns.compile(r"\s*+(?:ADRs?(?![A-Za-z])|(?:美国)?存托凭证)")  # 台积电美国存托凭证(ADR)
# 台積電、聯電ADR, 台積電、日月光與聯電 ADR: the names listed share the ADR written after the last
_LISTED_BEFORE_AN_ADR = patterns.compile(r"(?:\s*+(?:、|和|及|与)\s*+\p{Han}{2,5}?){1,4}\s*+ADRs?(?![A-Za-z])")
# 晶圓雙雄ADR台積電、聯電分漲…: the word written before the names, each of a list
_ADR_BEFORE = patterns.compile(r"(?<![A-Za-z])ADRs?\s*+(?:\p{Han}{2,5}?\s*+(?:、|和|及|与)\s*+){0,4}$")
ADR_LIST_REACH = 32  # characters of a list between ADR and the name
_INSIDE_INDEX_NAME = patterns.compile(r"\p{Han}{0,6}?指数|[^\P{Han}的之]{1,3}ETF")  # (MSCI南韓ETF: a fund on the index)

# 同 is Cantonese "and" (煤气同电能实业升1%), not 同比 or 同业
_LIST_JOIN = patterns.compile(r"\s*+(?:、|和|及|与|同(?![比期时业样步意类行]))\s*+")
_LIST_JOIN_BEFORE = patterns.compile(r"\s*+(?:、|和|及|与|同)\s*+$")

# A wrap-up table row: 2330 台积电, or glued: 2603长荣 (four digits, then that code's name).
# Not inside a number (1,2002 or 3.2002); after a comma that ends a clause it may be (，2002中钢).
_CODE_NAME = patterns.compile(r"(?=\d)(?<!\d)(?<!\d[.,])(?P<num>\d{4,6})\ *+(?=\p{Han}|[A-Z])")
_COUNTED_TIME = patterns.compile(r"[\d一二两三四五六七八九十几][天年月日周]")  # a count of days, years …
_RANK_BEFORE = patterns.compile(r"(?:前\d{1,4}|[一二两三四五六七八九十百千几])$")  # 前500 + 大, 十 + 大: the top N
_CODE_GAP = patterns.compile(r"\ *+")  # between a code and the name after it (3252   海灣, in a table)


def extract(doc: Doc) -> Iterator[Mention]:
    found = list(_named_and_coded(doc))
    yield from found
    taken = Coverage(len(doc.text))  # what is linked already (the two rules below add to it)
    for m in found:
        taken.take(*doc.norm_span(m.span))
    yield from _own_symbols(doc, found, taken)
    if "ST" in doc.text:
        yield from _status_marked(doc, taken)


# An A share's risk-warning mark and the two characters the exchange keeps of its name: *ST界龙
STATUS_MARK = r"(?<![A-Za-z])(?:S?\*?ST|SST)"
_STATUS_MARKED = patterns.compile(rf"{STATUS_MARK}(?P<stem>\p{{Han}}{{2}})")


def _status_marked(doc: Doc, taken: Coverage) -> Iterator[Mention]:
    """*ST界龙 / ST银亿: a status-marked short name no lexicon lists is the one A share
    whose name (now or before) starts with those two characters."""
    for m in _STATUS_MARKED.finditer(doc.text):
        if taken.overlaps(*m.span("stem")):
            continue
        ids = _a_share_stems(doc.lex).get(m["stem"], ())
        if len(ids) == 1:
            yield doc.mention("ticker", *m.span(), ids[0], "tickers.status_marked")


@functools.cache
def _a_share_stems(lex: Lexicons) -> dict[str, tuple[str, ...]]:
    """The first two characters of every A share's names (current and former) → its ids."""
    stems: dict[str, set[str]] = {}
    for ticker in lex.securities:
        if market_group(ticker) == "CN":
            for name in listing_names(lex, ticker):
                if len(name) >= 3 and HAN.match(name, 0) and HAN.match(name, 1):
                    stems.setdefault(name[:2], set()).add(ticker)
    return {stem: tuple(sorted(ids)) for stem, ids in stems.items()}


def _own_symbols(doc: Doc, found: list[Mention], taken: Coverage) -> Iterator[Mention]:
    """拉斯维加斯金沙集团（LVS）…LVS主席: once a US listing is named, its bare symbol
    elsewhere in the article is that company too."""
    for ticker in sorted({m.key for m in found if m.key.endswith(".US")}):
        symbol = ticker.removesuffix(".US")
        if len(symbol) < 2 or not symbol.isalpha():
            continue
        for m in regex.finditer(rf"(?<![A-Za-z0-9.\-]){symbol}(?![A-Za-z0-9.\-])", doc.text):
            if not taken.overlaps(*m.span()):
                taken.take(*m.span())
                yield doc.mention("ticker", *m.span(), ticker, "tickers.own_symbol")


def _named_and_coded(doc: Doc) -> Iterator[Mention]:
    lex = doc.lex
    codes = list(_codes(doc))
    mended: dict[int, str] = {}  # a misprinted code's start → the listing its name is (燁輝(2030) → 2023)
    code_ids = {i for _, _, i, _ in codes}
    code_at = {s: i for s, _, i, _ in codes}
    longer_forms = _coded_longer_forms(doc, code_at)
    coded_runs = _runs_before_codes(doc, code_at)
    # the openings of the longer names found (三商美 and 三商美邦 of 三商美邦人寿), for _opens_a_longer_name
    longer_openings = {hit.name[:k] for hit in doc.name_hits for k in range(3, len(hit.name))}
    linked: dict[int, NameHit] = {}  # end → hit, for the list rule below
    generic: list[NameHit] = []
    others = _short_names_of_unlisted_firms(doc)
    # 2603长荣: the name right after its code is that company (even an everyday word)
    named_by_code = {_CODE_GAP.match(doc.text, e).end(): i for _, e, i, rule in codes if rule == "tickers.code_name"}
    named: dict[str, str] = {}  # name → ticker, for the names linked so far
    for hit in doc.name_hits:
        code_before = named_by_code.get(hit.start)
        if code_before:  # _code_named_after checked that this name is that code's
            linked[hit.end] = hit
            named[hit.name] = code_before
            yield doc.mention("ticker", hit.start, hit.end, code_before, "tickers.name")
            continue
        if hit.name in lex.context_only and hit.start in linked:
            generic.append(hit)  # 壳牌石油公司: an everyday word glued to a company's name is that name's tail
            continue
        if _opens_a_longer_name(doc, hit, longer_openings):
            continue
        if _after_a_name_dot(doc, hit):
            continue  # 克里斯蒂安·林德纳: the last part of a foreign person's name, not Linde
        if hit.name in others:
            continue  # 中国信托综合证券（简称“中信证券”）: the article's 中信证券 is that firm
        if _listed_with_commodities(doc, hit):
            continue  # 苹果、菜粕涨超3%: the futures contract, not Apple
        ticker = link_name(doc, hit, code_ids, code_at, longer_forms, coded_runs)
        if ticker:
            linked[hit.end] = hit
            named[hit.name] = ticker
            code_start = _code_start_after(doc, hit.end, code_at)
            if code_start is not None and code_at[code_start] != ticker:
                mended[code_start] = ticker
            yield doc.mention("ticker", hit.start, hit.end, ticker, "tickers.name")
        elif hit.name in lex.context_only or lex.cuts_a_word(doc.text, hit.start, hit.end):
            generic.append(hit)
    # 宅配通、东森、大树，亦表现强势: a generic name listed beside stocks is a stock too;
    # and once the article has used a generic name as a company (奇异(General Electric)),
    # its other mentions are that company too.
    starts = {hit.start for hit in linked.values()}
    known = {hit.name for hit in linked.values()}
    later: list[NameHit] = []
    for hit in generic:
        after = _LIST_JOIN.match(doc.text, hit.end)
        before = _LIST_JOIN_BEFORE.search(doc.text, max(0, hit.start - 4), hit.start)
        glued = hit.start in linked  # 剑湖山世界和剑湖山渡假大饭店: the tail of a longer name, not a list
        # 京东方、华星光电、天马: a name that ends inside a word (光电) is no list item of its own
        glued = glued or not after and not doc.text.startswith("等", hit.end) and lex.cuts_a_word_at_end(doc.text, hit.end)
        # 、高端检测与分析闳康: an everyday word opening the next item's description (高端 + 检测), no name
        next_word = doc.text[hit.end : hit.end + 2]
        glued = glued or (before is not None and not after and hit.name in lex.boundary_words
                          and lex.is_everyday_word(next_word) and next_word not in lex.function_words)  # (中海分别持有: a verb follows a name)
        shortened = None if glued else _shortens_a_named_listing(doc, hit, named)
        if shortened:
            yield doc.mention("ticker", hit.start, hit.end, shortened, "tickers.name_shortened")
            continue
        if not glued and ((after and after.end() in starts) or (before and before.start() in linked) or hit.name in known):
            ticker = link_name(doc, hit, code_ids, code_at, longer_forms, coded_runs, context=True)
            if ticker:
                known.add(hit.name)
                linked[hit.end] = hit  # the next generic name in the list joins this one
                yield doc.mention("ticker", hit.start, hit.end, ticker, "tickers.name_in_list")
                continue
        later.append(hit)
    for hit in later:  # 包括晶宏、中鋼…，僅中鋼、精華分別小跌: named in a list before, a company after
        if hit.name in known:
            ticker = link_name(doc, hit, code_ids, code_at, longer_forms, coded_runs, context=True)
            if ticker:
                yield doc.mention("ticker", hit.start, hit.end, ticker, "tickers.name_in_list")
    yield from (doc.mention("ticker", s, e, mended.get(s, i), rule) for s, e, i, rule in codes)


def _shortens_a_named_listing(doc: Doc, hit: NameHit, named: dict[str, str]) -> str | None:
    """力達-KY（4552）…力達說: the opening of a name the article has linked to a listing
    is that listing's short form, even where the short form alone is an everyday word."""
    if doc.lex.cuts_a_word(doc.text, hit.start, hit.end):
        return None
    owners = {e.key for e in hit.entries if e.kind == "security"}
    return next((ticker for name, ticker in named.items()
                 if len(name) > len(hit.name) and name.startswith(hit.name) and ticker in owners), None)


@functools.cache
def _commodities(lex: Lexicons) -> tuple[frozenset[str], regex.Pattern[str], regex.Pattern[str]]:
    """The traded things of moves.toml, and patterns for one joined to a list item after
    it and before it."""
    traded = lex.rule("moves")["subject"]["traded"]
    return (frozenset(traded), patterns.compile(rf"\s*+、\s*+(?:{words(traded)})"),
            patterns.compile(rf"(?:{words(traded)})\s*+、\s*+$"))


def _short_names_of_unlisted_firms(doc: Doc) -> frozenset[str]:
    """The short names the article defines for firms the lexicons know as unlisted."""
    names = set()
    for hit in doc.name_hits:
        if all(e.kind == "firm" for e in hit.entries) and (defined := DEFINES.match(doc.text, hit.end)):
            names.add(defined["short"] or defined["quoted"])
    return frozenset(names)


def _listed_with_commodities(doc: Doc, hit: NameHit) -> bool:
    """Whether a name that is also a traded thing (苹果, 棕榈) stands in a list of them."""
    traded, after, before = _commodities(doc.lex)
    return simplify(hit.name) in traded and bool(after.match(doc.text, hit.end) or before.search(doc.text, max(0, hit.start - 12), hit.start))


def _opens_a_longer_name(doc: Doc, hit: NameHit, longer_openings: set[str]) -> bool:
    """三商美邦狂洒34亿 in a story that names 三商美邦人寿: the name (三商) and the two
    characters after it open a longer company name the article names elsewhere."""
    opening = doc.text[hit.start : hit.end + 2]
    return len(opening) == len(hit.name) + 2 and opening in longer_openings


_YEAR_IN_BRACKETS = patterns.compile(r"\s*+年")
# 资本 after a name makes an investment firm's name (not 资本开支, capital spending); so do
# Taiwan's 投顾 and 投信 (百達投顧: Pictet's advisory arm, not 百達 2236.TW)
_INVESTMENT_ARM = patterns.compile(r"资本(?!开支|支出|市场|运作|结构|公积|金|额|充足|化|主义|利得)|投顾|投信"
                                   r"|[^\P{Han}等和及与的、]{2,3}基金(?!会)")  # 中金科元基金: a fund named after the company (not KKR等私募基金)
# A building named after a company (「富鼎科技大楼」整栋标售): a property, not the listing
_BUILDING = patterns.compile(r"(?:科技|企业|金融|商业|国际|总部)?(?:大楼|大厦)")
_FIELD_VALUE_BEFORE = patterns.compile(r"\)\s*+[:：]\s*+$")  # (仟元): a field's unit, then its value


def _after_a_name_dot(doc: Doc, hit: NameHit) -> bool:
    """True when a Han name follows the dot of a foreign name spelt in Han characters."""
    return (hit.start >= 2 and doc.text[hit.start - 1] in NAME_DOTS and HAN.match(doc.text[hit.start - 2]) is not None
            and not hit.name.isascii())


def _codes(doc: Doc) -> Iterator[tuple[int, int, str, str]]:
    """Yield (start, end, id, rule) for each code in the text."""
    lex = doc.lex
    suffixes = lex.rule("markets")["suffix"]
    text = doc.text
    taken = Coverage(len(text))
    for m in _CODE.finditer(text):
        if m["num"]:
            market = suffixes.get(m["sfx"])
            ticker = market and _numeric_id(lex, m["num"], market)
        elif m["sym"]:
            market = suffixes.get(m["usfx"])
            ticker = market and f"{m['sym'].replace('.', '-')}.{market}"
            if market in ("SH", "SZ", "BJ", "HK", "TW", "KR", "JP"):
                ticker = None  # letters before an A/HK/TW suffix are no code
            elif len(m["usfx"]) == 1 and text[m.end("sym")] == "-":
                ticker = None  # USB-A, USB-C: a connector; a one-letter exchange suffix takes a dot (AAPL.O)
            elif len(m["sym"]) == 1 and len(m["usfx"]) == 1 and text[m.end() : m.end() + 2].strip()[:1].isdigit():
                ticker = None  # 水泥(P.O 42.5): a cement grade, not the symbol P
        elif m["hnum"]:
            ticker = _numeric_id(lex, m["hnum"], "HK")
        else:
            ticker = _numeric_id(lex, m["anum"], m["pfx"])
        if ticker:
            taken.take(*m.span())
            yield m.start(), m.end(), ticker, "tickers.code"
    bracketed_markets: set[str] = set()
    unplaced: list[regex.Match[str]] = []  # four-digit codes that no listing or market cue placed
    for m in _BRACKETED.finditer(text):
        # (the match starts at the opening bracket; the closing one stands just outside it)
        if (_YEAR_IN_BRACKETS.match(text, m.end() + 1)
                and text[max(0, m.start() - 4) : m.start()].rstrip()[-1:] in ("去", "今", "明", "前", "年")):
            continue  # 国安基金去(2020)年, 金管会去 (2020) 年底, 今年 (2018) 年: a year written the Taiwan way, not the code 2020
        if text.startswith("日", m.end() + 1) and text[m.start() - 1 : m.start()] in ("今", "昨", "明", "前", "同", "本"):
            continue  # 集团今(12)日公布: a day written the Taiwan way, not the code 0012
        if _FIELD_VALUE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # 营业利益(损失) (仟元):(2558): a filing's loss in accounting brackets, not a code
        ticker = _bare_id(doc, m["num"], m.start() + 1)
        if ticker:
            taken.take(*m.span())
            bracketed_markets.add(market_group(ticker))
            yield m.start("num"), m.end("num"), ticker, "tickers.bracketed"
        elif (len(m["num"]) == 4 and doc.market is None and doc.script == "traditional"
              and f"{m['num']}.TW" not in doc.lex.securities and text[m.start() - 1 : m.start()] not in _DAY_WORDS):
            unplaced.append(m)  # (大同(2317): a misprint of a known code; 今(2021)、明(2022): years)
    # 王品(2727)、豆府(2752)…老四川(2741): where the article's other bracketed codes are all
    # Taiwan's, one the lists lack (an emerging-board stock) is Taiwan's too
    if bracketed_markets == {"TW"}:
        for m in unplaced:
            taken.take(*m.span())
            yield m.start("num"), m.end("num"), f"{m['num']}.TW", "tickers.bracketed"
    for m in _BARE_A.finditer(text):
        if taken.overlaps(*m.span()) or _unit_follows(doc, m.end()):
            continue
        if ((doc.market == "TW" or doc.script == "traditional" and doc.market != "CN")
                and _OPEN_BRACKET_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            continue  # 新光證券(000856) in a Taiwan story: the bracket rule found no listing there
        ticker = _numeric_id(lex, m["num"], _a_share_market(m["num"]))
        if ticker in lex.securities:
            taken.take(*m.span())
            yield m.start(), m.end(), ticker, "tickers.bare_a_share"
    for m in _CODE_NAME.finditer(text):
        if taken.overlaps(*m.span()):
            continue
        ticker = _code_named_after(doc, m["num"], m.end())
        if ticker:
            yield m.start("num"), m.end("num"), ticker, "tickers.code_name"


_DAY_WORDS = ("今", "明", "去", "前", "昨", "后")  # before a year or day in brackets, Taiwan's way


def _unit_follows(doc: Doc, end: int) -> bool:
    units = _units(doc.lex)
    return bool(units.match(doc.text, end))


@functools.cache
def _units(lex: Lexicons) -> regex.Pattern[str]:
    from dsnews.lexicons import words

    return patterns.compile(r"\s*+(?:" + words(lex.rule("markets")["not_code_after"]["units"]) + ")")


def _a_share_market(num: str) -> str:
    """Six digits: 6… Shanghai, 0…/3… Shenzhen, 4…/8…/9… Beijing (GUIDELINES); funds and
    bonds 5… Shanghai, 1… Shenzhen."""
    return {"6": "SH", "5": "SH", "0": "SZ", "3": "SZ", "1": "SZ"}.get(num[0], "BJ")


def _numeric_id(lex: Lexicons, num: str, market: str) -> str | None:
    """Make the canonical id of a numeric code.

    >>> from dsnews.lexicons import Lexicons
    >>> _numeric_id(Lexicons(), "00700", "HK"), _numeric_id(Lexicons(), "600519", "SS")
    ('0700.HK', '600519.SH')
    """
    market = {"SS": "SH", "CN": ""}.get(market, market)
    if market == "":
        if len(num) != 6:
            return None
        market = _a_share_market(num)
    if market == "HK":
        if not num.isdigit() or len(num) > 5:
            return None
        return f"{int(num):04d}.HK"
    if market in ("SH", "SZ", "BJ"):
        if len(num) != 6 or not num.isdigit():
            return None
        ticker = f"{num}.{market}"
        return lex.old_codes.get(ticker, ticker)
    if market == "KR":
        return f"{num}.KR" if num.isdigit() and len(num) == 6 else None
    if market == "JP":
        return f"{num}.JP" if num.isdigit() and len(num) == 4 else None
    if market == "TW":
        return f"{num}.TW" if 4 <= len(num) <= 6 and num[:4].isdigit() else None
    if market in ("MY", "SG"):
        return f"{num}.{market}"
    return None  # a number before a US or European suffix is not a code


# A Taiwan warrant's name: the underlying, the issuer, then its series (群创中信0A购02, 长荣元大12购02)
_WARRANT_NAME_BEFORE = patterns.compile(rf"\p{{Han}}{{2,8}}{WARRANT_SERIES}\s*+$")
WARRANT_NAME_MAX = 16

# Six-digit codes of the NEEQ and the Beijing exchange besides 4… (协成科技（835991）, 920xxx)
_NEEQ_PREFIXES = ("83", "87", "92")


def _bare_id(doc: Doc, num: str, pos: int) -> str | None:
    """Give a bracketed bare number its market: from the name before it, else the article."""
    lex = doc.lex
    name_end = pos - 1
    while name_end > 0 and doc.text[name_end - 1] == " ":
        name_end -= 1  # 中国铁建 (01186), 誠泰科 (4767): a space before the bracket
    name_ids = _ids_of_name_before(doc, name_end)
    for market in ("HK", "TW", "SH", "SZ", "BJ"):
        ticker = _numeric_id(lex, num, market)
        if ticker and ticker in name_ids:
            return ticker
    for market in ("TW", "HK"):
        ticker = _numeric_id(lex, num, market)
        if ticker and _listing_name_starts_before(doc, ticker, name_end):
            return ticker  # 復盛（6670）: the start of 復盛應用's name, in an article with no market cue
        if ticker and _misspelt_listing_name_before(doc, ticker, name_end):
            return ticker  # 旭輝應材（6698）: 旭暉應材 with one character misprinted
    if len(num) == 6:
        if num.startswith("00") and doc.market == "TW":
            return f"{num}.TW" if f"{num}.TW" in lex.securities else None
        if num.startswith("91") and doc.market == "TW":
            return f"{num}.TW"  # 杜康-DR（911616）: a Taiwan depositary receipt
        if doc.market == "TW" and _WARRANT_NAME_BEFORE.search(doc.text, max(0, pos - 1 - WARRANT_NAME_MAX), pos - 1):
            return f"{num}.TW"  # 群创中信0A购02(079322): a warrant listed in Taiwan
        if doc.script == "traditional" and doc.market != "CN" and HAN.match(doc.text[name_end - 1 : name_end]):
            return None  # 新光證券（000856）in a Taiwan story: not the listing's name, so no mainland code
        ticker = _numeric_id(lex, num, _a_share_market(num))
        # 北京希电(430328) in a mainland story with no market cue: a code the lists lack (NEEQ)
        return ticker if (ticker in lex.securities or doc.market == "CN"
                          or doc.home_market == "CN" and (num[0] in "0346" or num[:2] in _NEEQ_PREFIXES)) else None
    if len(num) == 5 and num.startswith("00") and doc.market == "TW":
        return f"{num}.TW"  # Taiwan ETF, e.g. (00891)
    if len(num) == 5 and num.startswith("0") and doc.market != "TW":
        return _numeric_id(lex, num, "HK")  # 天时软件(08028): five digits with a leading 0 are Hong Kong's
    if len(num) == 4 and doc.market == "TW":
        return f"{num}.TW"
    if 1 <= len(num) <= 5 and doc.market == "HK":
        return _numeric_id(lex, num, "HK")
    return None


_PRICE_WIDGET_BEFORE = patterns.compile(rf"{PRICE_WIDGET}\s*+$")
_PRICE_WIDGET_AFTER = patterns.compile(rf"\s*+{PRICE_WIDGET}")


@functools.cache
def industry_words(lex: Lexicons) -> frozenset[str]:
    """Words that end company names (生物, 科技, 能源): as a listing's whole name they are
    also the last word of many names the lexicons lack."""
    firms = lex.rule("firms")
    return frozenset((*firms["suffixes"], *firms["short_form_drops"], *firms["industry_tails"]))


# Words a name's last character may start (至上 + 半年)
_HALF_YEARS = ("上半年", "下半年", "上半季", "下半季")


def listing_names(lex: Lexicons, ticker: str) -> tuple[str, ...]:
    """The names and aliases of a listing as the matcher sees them (simplified); none for
    an id the securities files lack."""
    from dsnews.normalise import simplify

    security = lex.securities.get(ticker)
    return tuple(simplify(name) for name in (security.name, *security.aliases)) if security else ()


def _listing_name_starts_before(doc: Doc, ticker: str, pos: int) -> bool:
    """True when the two to four characters before `pos` start the name of the listing (a
    Taiwan listing's -KY after them: 鲜活-KY(1256) for 鲜活果汁-KY)."""
    if doc.text[max(0, pos - 3) : pos].upper() == "-KY":
        pos -= 3
    names = listing_names(doc.lex, ticker)
    return any(pos >= length and any(name.startswith(doc.text[pos - length : pos]) for name in names)
               for length in (2, 3, 4))


def _misspelt_listing_name_before(doc: Doc, ticker: str, pos: int) -> bool:
    """True when the Han characters before `pos` are a name of the listing, of three or more
    characters, with one of them misprinted (旭輝應材 for 旭暉應材, the name printed with its code)."""
    for name in listing_names(doc.lex, ticker):
        start = pos - len(name)
        if len(name) < 3 or start < 0 or not _HAN_RUN.fullmatch(doc.text, start, pos):
            continue
        if sum(a != b for a, b in zip(doc.text[start:pos], name)) == 1:
            return True
    return False


def _ids_of_name_before(doc: Doc, pos: int) -> set[str]:
    """The security ids of a lexicon name ending just before `pos` (a price widget allowed:
    中国铁建(7.7,0.05,0.65%)(01186))."""
    widget = _PRICE_WIDGET_BEFORE.search(doc.text, max(0, pos - 40), pos)
    if widget:
        pos = widget.start()
    ids: set[str] = set()
    hit = doc.hit_ending.get(pos)
    for entry in hit.entries if hit else ():
        if entry.kind == "security":
            ids.update(doc.lex.company_ids(entry.key))
            ids.add(entry.key)
    return ids


def _code_named_after(doc: Doc, num: str, pos: int) -> str | None:
    """`2330 台積電`: a code is a ticker when the lexicon name of that code follows, or the
    start of it (4945陞達科 for 陞達科技, whose short form reads like 昇達科's once simplified)."""
    hit = doc.hit_starting.get(pos)
    if hit is None:
        return None
    for entry in hit.entries:
        if entry.kind == "security" and entry.key.split(".")[0] in (num, num.lstrip("0")):
            return entry.key
    for market in ("TW", "HK"):
        ticker = _numeric_id(doc.lex, num, market)
        if ticker and len(hit.name) >= 2 and any(name.startswith(hit.name) for name in listing_names(doc.lex, ticker)):
            return ticker
    return None


@functools.cache
def _move_verbs(lex: Lexicons) -> frozenset[str]:
    from dsnews.extractors.moves import word_set

    return word_set(lex, "up") | word_set(lex, "down")


def _listings(lex: Lexicons, securities: list[str]) -> list[str]:
    """Every listing of the companies of `securities`, each once, primary listings first."""
    listings: list[str] = []
    for sec_id in securities:
        for listing in lex.company_ids(sec_id):
            if listing not in listings:
                listings.append(listing)
    return listings


def _coded_longer_forms(doc: Doc, code_at: dict[int, str]) -> dict[str, str]:
    """The names the article prints with a code, and their short forms when a name is its
    short form plus an industry word (光隆精密-KY(4581) → 光隆: 4581, not 光隆 8916)."""
    industry = industry_words(doc.lex)
    forms: dict[str, str] = {}
    for hit in doc.name_hits:
        ticker = _code_right_after(doc, hit.end, code_at)
        if ticker:
            name = hit.name.removesuffix("-ky")
            for word in industry:
                if name.endswith(word) and len(name) > len(word) + 1:
                    forms.setdefault(name[: -len(word)], ticker)
            # 赛诺菲(SNY.O)…赛诺菲表示: the listing the article coded (not a misprint that names
            # another listed company: 映泰 (2425-TW) is 承启's code, and 映泰 keeps 2399 later;
            # nor a foreign code beside a home listing: 晶科能源(JKS.N) is 688223 in a mainland story)
            names = [n.lower().removesuffix("-ky") for n in listing_names(doc.lex, ticker)]
            own = [listing for e in hit.entries if e.kind == "security" for listing in doc.lex.company_ids(e.key)]
            home = [o for o in own if market_group(o) == doc.home_market != market_group(ticker)]
            if name in names or not names and not home:
                forms.setdefault(name, ticker)
    return forms


def _titles_a_work(doc: Doc, hit: NameHit) -> bool:
    """The name stands inside the title of a book, film, game or report (《阿拉丁》,
    《海王宝藏》), and is no outlet's."""
    text = doc.text
    opening = text.rfind("《", max(0, hit.start - WORK_TITLE_MAX), hit.start)
    closing = text.find("》", hit.end, hit.end + WORK_TITLE_MAX)
    if (opening != -1 and closing != -1 and "》" not in text[opening:hit.start] and "《" not in text[hit.end:closing]
            and not any(e.key in doc.lex.media for e in hit.entries)):
        return True
    # 「华固敦品」: a name opening a quoted project's or product's name of Han characters
    if text[hit.start - 1 : hit.start] in "「“" and _PROJECT_AFTER.match(text, hit.end) is not None:
        return True
    # 「亿达动力科技」: a name closing a quoted name of Han characters is that name's tail
    return (text[hit.end : hit.end + 1] in "」”"
            and _QUOTED_HEAD.search(text, max(0, hit.start - QUOTED_HEAD_MAX - 1), hit.start) is not None)


QUOTED_HEAD_MAX = 4  # Han characters between the opening mark and a name that closes the quote
_QUOTED_HEAD = patterns.compile(rf"[「“]\p{{Han}}{{1,{QUOTED_HEAD_MAX}}}$")



WORK_TITLE_MAX = 12  # characters of a title on either side of a name inside it


def link_name(
    doc: Doc, hit: NameHit, code_ids: set[str], code_at: dict[int, str], longer_forms: dict[str, str],
    coded_runs: dict[str, str],
    context: bool = False,
) -> str | None:
    """Choose the listing a name refers to, or None when it should not link.

    The code printed right after wins; then a listing the article prints elsewhere; then
    the article's market; then the company's primary listing. `longer_forms` maps the short
    forms of names the article prints with a code to that code (`_coded_longer_forms`).
    `context` says the caller already knows the name stands as a company (listed beside
    other stocks).
    """
    lex = doc.lex
    securities = [e.key for e in hit.entries if e.kind == "security"]
    if not securities:
        firm_tickers = [e.key for e in hit.entries if e.kind == "firm" and e.key in lex.securities]
        securities = firm_tickers
    if not securities:
        return None
    following = _code_right_after(doc, hit.end, code_at)
    if following:
        if _tail_of_another_name(doc, hit, following):
            return None  # 越博动力(300742.SZ) is not 动力 (300152.SZ): the printed name is longer
        return _misprint_mended(doc, hit, following) or following
    stem = _group_stem(hit.name)  # 大洋-KY(5907)…大洋集团: the group of the coded name
    if stem and any(stem + word in longer_forms for word in _GROUP_WORDS if stem + word != hit.name) and any(
            listing_names(lex, s)[:1] == (hit.name,) for s in securities):
        stem = None  # 泛海控股 is a listing of its own, not the group of 泛海集团(0129)
    longer = longer_forms.get(hit.name) or longer_forms.get(stem or "")
    if longer and longer not in securities and not any(c in code_ids for c in _listings(lex, securities)):
        return longer  # 东捷 in a story that prints 东捷资讯(6697): that company's short form, not 8064
    if _INVESTMENT_ARM.match(doc.text, hit.end):
        return None  # 数源资本, 华兴资本: an investment firm named after the company, not its listing
    if _BUILDING.match(doc.text, hit.end):
        return None  # 富鼎科技大楼: a building, not the listing
    if _titles_a_work(doc, hit):
        return None  # 生产《阿拉丁》: a film's title, not the STAR Market stock 阿拉丁
    if _code_after_longer_name(doc, hit, code_at, coded_runs):
        return None  # 聯亞藥(6562) is not 聯亞 (3081) followed by 藥
    if hit.name in _move_verbs(lex):
        return None  # 早盘上扬涨近4%: a name that is a move's verb (上扬, 6222.TW's old name) needs its code
    if not context and _part_of_another_name(doc, hit):
        return None  # 瑞士百达…百达： the short form of the firm named in full, not 2236.TW
    if hit.name.endswith("科技") and _STOCKS_OF_A_KIND.match(doc.text, hit.end):
        return None  # 亚太科技股获利预期: the region's tech stocks, not 亚太科技 (002540.SZ)
    if hit.name.endswith(_TRADES) and _TRADE_AFTER.match(doc.text, hit.end):
        return None  # 中国银行业累计处置不良资产, 中國石化業崛起: a country's trade, not 中国银行 (but 招商银行业务, 业绩)
    if not context and mainland_namesake_start(doc, hit) is not None:
        return None  # 福建奔驰, 江苏信实精密化学: a mainland company named after a foreign or Taiwan one
    if (context and hit.name in lex.context_only and _foreign_only(doc, securities)
            and hit.name not in _known_across_markets(lex)):
        return None  # 中興電與亞太合資 in a Taiwan story: a partner's name, not the Shenzhen stock 亚太
    if _local_to_another_market(doc, hit):
        return None  # 國泰 in a Taiwan story: Cathay's financial group or builder, not Cathay Pacific
    if not context and hit.name in lex.context_only and not _local_name(doc, hit):
        if not _has_context(doc, hit):
            return None
        if doc.text[hit.start - 1 : hit.start] == "的" and _KIND_OF_COMPANY.match(doc.text, hit.end):
            return None  # 加州的农产品公司: a kind of company, not 农产品 (000061.SZ)
        if hit.name in industry_words(lex) and hit.start > 0 and HAN.match(doc.text[hit.start - 1]):
            return None  # 誉衡生物宣布: the tail of a name the lexicons lack, not *ST生物
        if (_foreign_only(doc, securities) and hit.name not in _known_across_markets(lex)
                and (not _MOVE_AFTER.match(doc.text, hit.end)
                     or lex.is_everyday_word(hit.name))):
            # 機器人公司 in a Taiwan story: robot makers, not the Shenzhen stock 机器人; 职位空缺
            # 数字下跌6.2% in a Hong Kong story: the word, not the Taiwan stock 数字
            return None
        if _foreign_only(doc, securities, by_script=True) and _SPEECH_AFTER.match(doc.text, hit.end):
            return None  # 全国预计发送旅客 in a mainland story: the word, not the Taiwan stock 全国
    if (not context and len(hit.name) <= 3 and not hit.name.isascii() and _cuts_a_word(lex, doc.text, hit)
            and (lex.cuts_a_word_at_start(doc.text, hit.start) or not _MOVE_WORD_AFTER.match(doc.text, hit.end))):
        # 600元大关 has no 元大, 今天大跌 no 天大; but 特斯拉大涨 is 特斯拉, though 拉大 is a word
        return None
    if (not context and len(hit.name) == 4 and doc.text[hit.start - 1 : hit.start + 1] in _PRONOUN_PLACES
            and not _MOVE_WORD_AFTER.match(doc.text, hit.end)):
        return None  # 我国新能源产业: 我国 (our country) and 新能源, not 国新能源 (600617.SH)
    if doc.text.startswith(_HALF_YEARS, hit.end - 1):
        return None  # 能见度看至上半年: 上半年 (the first half), not 至上 (8112.TW)
    if (not context and len(hit.name) <= 2 and _foreign_only(doc, securities, by_script=True) and not _has_context(doc, hit)
            and hit.name not in _known_across_markets(lex) and not code_ids.intersection(_listings(lex, securities))):
        # 正道 in a mainland story is a word, not the Taiwan stock of that name (but 新漢
        # (8234-TW)…新漢解釋: the story printed its code, whatever market it is about)
        return None
    if hit.start > 0 and _COUNTED_TIME.match(doc.text, hit.start - 1):
        return None  # 最快2023年兴柜 has no 年兴 (1451.TW), 连3天大涨 no 天大 (0455.HK): a date's or a count's unit
    if doc.text.startswith("大", hit.start) and _RANK_BEFORE.search(doc.text, max(0, hit.start - 6), hit.start):
        return None  # 前500大亚太地区企业, 十大建设 has no 大亚 (1609.TW), 大建: the top N of a ranking
    if doc.text.startswith(("新台币", "新币"), hit.end - 1):
        return None  # 营收达新台币2.57亿元 has no 达新 (1315.TW)
    if hit.name.endswith("控股") and doc.text.startswith("股东", hit.end):
        return None  # 鸿达兴业控股股东: the controlling shareholder (控股股东), not 兴业控股
    if _INSIDE_INDEX_NAME.match(doc.text, hit.end):
        return None  # 申万白酒指数 names an index, not the broker 申万宏源
    if _name_breakers(lex).match(doc.text, hit.end):
        return None  # 苹果日报 is a newspaper, not Apple
    candidates = _listings(lex, securities)
    if _another_registered_name(doc, hit, candidates):
        return None  # 南京麦迪森生物科技有限公司 is a mainland firm, not 麦迪森控股 (8057.HK)
    if not context and sister_company_end(doc, hit) is not None:
        return None  # 正峰化学 is not 正峰 (1538.TW), whose full name is 正峰工业
    if ((_ADR.match(doc.text, hit.end) or _LISTED_BEFORE_AN_ADR.match(doc.text, hit.end)
         or _ADR_BEFORE.search(doc.text, max(0, hit.start - ADR_LIST_REACH), hit.start))
            and not (doc.market == "HK" and any(c.endswith(".HK") for c in candidates))):
        # 台積電 ADR: the US listing; but 滙控ADR較本港收市跌2% in a Hong Kong report is
        # the Hong Kong stock, its ADR only the overnight price read against the local close
        adr = [c for c in candidates if c.endswith(".US")]
        if adr:
            return adr[0]
    printed = [c for c in candidates if c in code_ids]
    if printed:
        return printed[0]
    if doc.market == "TW" and all(c.endswith(".BJ") for c in candidates):
        return None  # 离岸风电海事工程公司特瑞斯 in a Taiwan story: no Beijing listing without its code
    owner = lex.rule("markets").get("name_owner", {}).get(hit.name)
    if owner in candidates:
        return owner  # 三星 is Samsung unless 三星科技's code is printed
    market = doc.market
    if len(candidates) == 2 and {market_group(c) for c in candidates} == {"HK", "US"}:
        # A Chinese company listed first in the US and then in Hong Kong (阿里巴巴, 蔚来): the
        # Hong Kong shares in a Hong Kong story, the US ones elsewhere
        in_hong_kong = market == "HK" or market is None and doc.script == "traditional"
        return next(c for c in candidates if market_group(c) == ("HK" if in_hong_kong else "US"))
    if market:
        group = _local_group_named(doc, hit.name, market)
        if group and group not in candidates:
            return group  # 六福 in a Hong Kong story that names 六福集团 (0590.HK), not Taiwan's 六福 (2705)
        local = [c for c in candidates if market_group(c) == market]
        if local:
            return _primary(lex, local)
        local = _local_group_of_stem(doc, hit.name, market)
        if local:
            return local  # 六福集团 in a Taiwan story is the group of 六福 (2705), not Hong Kong's 六福集团
        local = _local_listing_of_group(doc.lex, hit.name, market)
        if local:
            return local  # 六福 in a Hong Kong story is 六福集团 (0590.HK), not Taiwan's 六福 (2705)
    elif doc.script == "traditional":
        # 亞光 in a Taiwan or Hong Kong story with no cue words: 3019.TW, not the Shenzhen
        # company of that name (300123); a company listed in Shenzhen and Hong Kong keeps its
        # primary listing
        local = [c for c in candidates if any(market_group(o) != "CN" for o in lex.company_ids(c))]
        if local:
            return _primary(lex, local)
    return _primary(lex, candidates)


_GROUP_WORDS = ("集团", "控股")


def _local_group_of_stem(doc: Doc, name: str, market: str) -> str | None:
    """The article's-market listing of a name's stem, when the name is that stem and a group
    word and the name itself is another market's company: 六福集团 in a Taiwan story is 六福
    (2705); 国泰集团 in a Hong Kong story that names 国泰航空 is that company's group."""
    lex = doc.lex
    stem = _group_stem(name)
    if stem is None:
        return None
    entries = lex.entries(stem) + [e for hit in doc.name_hits if hit.name.startswith(stem) for e in hit.entries]
    local = [listing for entry in entries if entry.kind == "security"
             for listing in lex.company_ids(entry.key) if market_group(listing) == market]
    return _primary(lex, local) if local else None


def _local_group_named(doc: Doc, stem: str, market: str) -> str | None:
    """The article's-market listing of the stem's group (stem + 集团/控股) the article names."""
    for word in _GROUP_WORDS:
        hit = doc.hit_named.get(stem + word)
        for entry in hit.entries if hit else ():
            if entry.kind == "security" and market_group(entry.key) == market:
                return entry.key
    return None


def _local_listing_of_group(lex: Lexicons, stem: str, market: str) -> str | None:
    """The listing of `market` named `stem` + a group word (六福 → 六福集团 0590.HK), if one."""
    for word in _GROUP_WORDS:
        for entry in lex.entries(stem + word):
            if entry.kind == "security" and market_group(entry.key) == market:
                return entry.key
    return None


def _group_stem(name: str) -> str | None:
    """The name without its group word (六福集团 → 六福), when two characters or more are left."""
    word = next((w for w in _GROUP_WORDS if name.endswith(w)), None)
    return name[: -len(word)] if word and len(name) - len(word) >= 2 else None


def _cuts_a_word(lex: Lexicons, text: str, hit: NameHit) -> bool:
    """Whether a short name splits a word. A three-character name whose last character
    starts a word that the next one ends too is read as the name: 特斯拉近期 (拉近, 近期);
    so is any name before a session word: 亚光盘中 (光盘, 盘中)."""
    if lex.cuts_a_word_at_start(text, hit.start):
        return True
    if not lex.cuts_a_word_at_end(text, hit.end):
        return False
    following = text[hit.end : hit.end + 2]
    return not (len(hit.name) == 3 and following in lex.boundary_words or following in _SESSION_WORDS)


# A pronoun or a place word that takes a name's first character: 我国, 全国, 两国, 美国.
_PRONOUN_PLACES = frozenset({"我国", "全国", "本国", "各国", "两国", "该国", "他国", "美国", "中国", "英国", "韩国", "德国", "法国"})
# Market words that take a name's last character into no word: 亚光盘中 is 亚光 (光盘: a disc),
# 阳明早盘 is 阳明 (明早: tomorrow morning)
_SESSION_WORDS = frozenset({"盘中", "盘前", "盘后", "盘初", "早盘", "午盘", "尾盘", "股价"})


def _part_of_another_name(doc: Doc, hit: NameHit) -> bool:
    """The article names an unlisted firm whose name ends with this one (瑞士百达 for 百达), or
    holds this name inside a list's item or a registered name it prints: the name is that
    firm's. (A listed name inside another listed one, 台塑 in 台塑化, is a company of its own,
    and 中石化集团 is the group of the listed 中石化.)"""
    if any(other.endswith(hit.name) and other != hit.name for other in doc.unlisted_firm_names):
        return True
    return _inside_a_list_item(doc, hit) or _inside_a_registered_name(doc, hit) or _short_for_an_institution(doc, hit)


# What an institution's name ends with, which its short form keeps: 香港建筑科技研究院 → 建科院.
_INSTITUTION_ENDS = "院所会局署"
INSTITUTION_NAME_MAX = 12  # characters of an institution's full name before its last one
_HAN_RUN_BEFORE = patterns.compile(rf"\p{{Han}}{{2,{INSTITUTION_NAME_MAX}}}$")
INSTITUTION_REACH = 2000  # characters before a short form where its full name may stand
INSTITUTION_LOOKS = 5  # of the institution word's last occurrences before it
_COMPANY_WORDS = ("股份", "有限", "公司", "集团")


def _short_for_an_institution(doc: Doc, hit: NameHit) -> bool:
    """The name shortens an institution's full name printed before it (成立香港建筑科技研究院。
    建科院会…): its characters open that name's words in a row and its last one ends both; it
    is not the listing of that name (建科院, 300675.SZ)."""
    name, text = hit.name, doc.text
    if not 3 <= len(name) <= 4 or name[-1] not in _INSTITUTION_ENDS:
        return False
    end = hit.start
    for _ in range(INSTITUTION_LOOKS):
        end = text.rfind(name[-1], max(0, hit.start - INSTITUTION_REACH), end)
        if end < 0:
            return False
        run = _HAN_RUN_BEFORE.search(text, max(0, end - INSTITUTION_NAME_MAX), end)
        if (run and _opens_its_words(name[:-1], run.group())
                and not text.startswith(_COMPANY_WORDS, end + 1)  # (深圳市建筑科学研究院股份有限公司: the listing's own)
                and end + 1 not in doc.hit_ending):  # (香港交易所 → 港交所: a name the lexicons know)
            return True
    return False


def _opens_its_words(chars: str, run: str) -> bool:
    """Each character of `chars` opens one of the two-character words of `run`, in a row, and
    a word of the institution's kind follows them: 建科 in 香港建筑科技研究 (建筑, 科技, 研究),
    not 港交 in 香港交易, 港股交易 (an exchange-traded fund) or 港股的交易."""
    return any(run[at : at + 2 * len(chars) : 2] == chars and "的" not in run[at:]
               for at in range(len(run) - 2 * len(chars)))



def _inside_a_list_item(doc: Doc, hit: NameHit) -> bool:
    """…、星博电子、开力肯材料科技、常珅机械: one character stands between the list's 、 and
    the name, so the item is another firm's name, not 力肯. (Two may be a sector's word, as
    in 面板群创、板卡撼讯.)"""
    start = hit.start - 1
    if start < 1 or doc.text[start - 1] != "、" or not HAN.match(doc.text, start):
        return False
    head = doc.text[start]
    firm_rules = doc.lex.rule("firms")
    if head in firm_rules["stop_chars"] or head in firm_rules["leading_words"]:
        return False  # 聯德、太極、有越峰: a verb before the name
    return _LIST_ITEM_END.match(doc.text, hit.end) is not None


# What closes a list's item right after a name (or more name before it closes).
_LIST_ITEM_END = patterns.compile(r"\p{Han}{0,6}?(?:、|等|及|和)")


# More name after it, then a legal suffix (中冶宝钢 + 技术服务 + 有限公司; not 中国银行 + 股份有限公司)
LEGAL_SUFFIX = r"(?:股份有限公司|有限责任公司|有限公司)"
# What closes a quoted project's or product's name after a company's name (「华固敦品」)
_PROJECT_AFTER = patterns.compile(rf"(?!{LEGAL_SUFFIX})\p{{Han}}{{1,6}}(?<![部处室])[」”]")  # (「福邦证券股务代理部」: the firm's own department)
_REGISTERED_TAIL = patterns.compile(rf"(?!{LEGAL_SUFFIX})\p{{Han}}{{1,14}}?{LEGAL_SUFFIX}")


def _inside_a_registered_name(doc: Doc, hit: NameHit) -> bool:
    """中冶宝钢技术服务有限公司…中冶宝钢6名作业人员: the name, with the Han characters before it,
    opens a registered name the article prints; it is that firm's short form, not 宝钢."""
    text, lex = doc.text, doc.lex
    before = text[max(0, hit.start - 4) : hit.start].rstrip("市省")
    if before.endswith(_places(lex)):
        return False  # 内蒙古伊利实业集团股份有限公司, 深圳市中科蓝讯科技…: the listed firm's own registered name
    two = text[max(0, hit.start - 2) : hit.start]
    firm_rules = lex.rule("firms")
    if any(c in firm_rules["stop_chars"] for c in two) or lex.is_everyday_word(two):
        return False  # 附属公司威胜信息技术…, 由吉电股份全资子公司: a word before the name, not a name's start
    if len(two) == 2 and all(HAN.match(c) for c in two) and _FIRM_KIND_AFTER.match(text, hit.end):
        return True  # 泰达宏利基金: a fund company's name, of which this is the middle (joint ventures' names join two)
    for size in (2, 3, 4):
        start = hit.start - size
        if start < 0 or not all(HAN.match(c) for c in text[start : hit.start]):
            return False
        form = text[start : hit.end]
        if any(_REGISTERED_TAIL.match(text, at + len(form), min(len(text), at + len(form) + 20))
               for at in _found_near(text, form, start, hit.end)):
            return True
    return False


def _another_registered_name(doc: Doc, hit: NameHit, candidates: list[str]) -> bool:
    """A name listed only in Hong Kong opens a registered name that is not its listing's
    (麦迪森 + 生物科技有限公司, not 麦迪森控股): a firm of its own that shares the word."""
    if not candidates or not all(c.endswith(".HK") for c in candidates):
        return False
    full_names = [names[0] for c in candidates if (names := listing_names(doc.lex, c))]
    text = doc.text
    # (麦迪森生物（南京麦迪森生物科技有限公司）: the registered name may stand near the short one)
    return any(_legal_tail_follows(text, at + len(hit.name))
               and not any(text.startswith(n, at) for n in full_names)  # (佐丹奴国际有限公司 is its own)
               for at in _found_near(text, hit.name, hit.start, hit.end))


def _found_near(text: str, form: str, start: int, end: int) -> Iterator[int]:
    """Where `form` occurs (overlaps too) within REGISTERED_REACH of text[start:end], the
    bound that keeps a search for a name's registered form linear in long texts."""
    window_end = min(len(text), end + REGISTERED_REACH)
    at = text.find(form, max(0, start - REGISTERED_REACH), window_end)
    while at != -1:
        yield at
        at = text.find(form, at + 1, window_end)


_FIRM_KIND_AFTER = patterns.compile(r"基金")  # (not 集团 or 公司: 报导和大集团, 第四针辉瑞公司)
REGISTERED_REACH = 2000  # how far from a name its registered form is looked for (linear in long texts)


def mainland_namesake_start(doc: Doc, hit: NameHit) -> int | None:
    """Where a mainland province or city starts, right before a name listed only outside the
    mainland and Hong Kong: a local subsidiary or joint venture (上海永裕, 天津马光, 福建奔驰),
    not the listing. None when the name is no such namesake."""
    securities = [e.key for e in hit.entries if e.kind == "security"]
    if not securities or hit.name in doc.lex.context_only or any(
            market_group(listing) in ("CN", "HK") for s in securities for listing in doc.lex.company_ids(s)):
        return None  # (北京世界, 安徽华泰: a word, or a name that needs context anyway)
    if doc.lex.cuts_a_word_at_end(doc.text, hit.end):
        return None  # 南京及成都: 成都 holds the name's end, no 及成 there
    if _legal_tail_follows(doc.text, hit.end):
        return None  # 内蒙古大全新能源有限公司: a registered name, which the firms stage reads whole
    end = hit.start - 1 if doc.text[hit.start - 1 : hit.start] in ("市", "省") else hit.start  # 深圳市嘉信福
    place = next((p for p in _mainland_places(doc.lex) if doc.text.endswith(p, 0, end)), None)
    return end - len(place) if place else None


_STOCKS_OF_A_KIND = patterns.compile(r"股(?![价份东票权利息本])")  # 科技股 (tech stocks), not 股价 or 股东
_TRADE_AFTER = patterns.compile(r"业(?![务绩者主])|市场|需求|消费|进口|出口|储备|产量")  # 中国财险市场, 中国黄金需求: the country's trade
# Names ending in a trade's name, which 业 then makes the trade (石化业: the petrochemical industry)
_TRADES = ("银行", "证券", "保险", "财险", "寿险", "石化", "钢铁", "化工", "航运", "电子", "医药", "能源", "石油", "黄金")
# (not across 关联公司 or 子公司: 腾讯关联公司林芝利创信息技术有限公司 is another firm, named after it)
_LEGAL_TAIL = patterns.compile(rf"(?:(?!关联公司|子公司)\p{{Han}}){{0,14}}?{LEGAL_SUFFIX}")


def _legal_tail_follows(text: str, pos: int) -> bool:
    """A legal suffix closes a registered name within a few characters of `pos` (…新能源有限公司)."""
    return _LEGAL_TAIL.match(text, pos, min(len(text), pos + 20)) is not None


@functools.cache
def _known_across_markets(lex: Lexicons) -> frozenset[str]:
    return frozenset(lex.rule("markets")["known_across_markets"]["names"])


def _local_name(doc: Doc, hit: NameHit) -> bool:
    """A context-only name that a story of its market writes for its own listing (中電 in
    a Hong Kong story)."""
    return doc.market is not None and hit.name in _local_names_by_market(doc.lex).get(doc.market, ())


def _local_to_another_market(doc: Doc, hit: NameHit) -> bool:
    """A name that only a story of its own market writes for that listing, in a story of
    another market or of none the cue words tell (國泰 in a Taiwan story without them)."""
    return any(hit.name in names for market, names in _local_names_by_market(doc.lex).items() if market != doc.market)


def _local_names_by_market(lex: Lexicons) -> dict[str, list[str]]:
    """markets.toml's local_names: each market's names for its own listings."""
    return lex.rule("markets").get("local_names", {})


@functools.cache
def _mainland_places(lex: Lexicons) -> tuple[str, ...]:
    rules = lex.rule("firms")
    foreign = {"中国", "香港", "台湾", "美国", "日本", "韩国"}
    return (*rules["regions"], *(p for p in rules["name_openers"] if p not in foreign))


@functools.cache
def _places(lex: Lexicons) -> tuple[str, ...]:
    rules = lex.rule("firms")
    return (*rules["regions"], *rules["places"])  # written in Simplified, as the text is


def _foreign_only(doc: Doc, securities: list[str], by_script: bool = False) -> bool:
    """All listings of a name are in another Chinese-language market than the article's.
    With `by_script`, a Simplified text without cue words counts as a mainland one, and a
    Traditional one as written in Taiwan or Hong Kong."""
    groups = {market_group(listing) for s in securities for listing in doc.lex.company_ids(s)}
    if by_script and doc.market is None and doc.home_market == "CN":
        # Mainland firms listed in Hong Kong are at home there (旭辉, 李宁); a Taiwan-only
        # name is not (正道, 华兴).
        return groups == {"TW"}
    if by_script and doc.market is None and doc.script == "traditional":
        return groups == {"CN"}  # 海天离岸工程 in a Taiwan story is not the Shanghai stock 海天
    market = doc.market
    if market not in ("CN", "HK", "TW"):
        return False
    return market not in groups and groups <= {"CN", "HK", "TW"}


def _primary(lex: Lexicons, candidates: list[str]) -> str:
    group = lex.company_ids(candidates[0])
    for listing in group:
        if listing in candidates:
            return listing
    return candidates[0]


def market_group(ticker: str) -> str:
    """The market a listing trades in, the mainland's exchanges as one (CN)."""
    market = ticker.rsplit(".", 1)[1]
    return "CN" if market in ("SH", "SZ", "BJ") else market


# A price move right after a name: the only context that makes an everyday word a stock of
# another market.
_HAN_RUN = patterns.compile(r"\p{Han}+")
_MOVE_WORDS = "[涨跌挫飙扬]|升(?![级格为空温值息迁学])|大涨|大跌|收涨|收跌|上涨|下跌|涨停|跌停|微[涨跌升]|靠稳|偏软|回软|[看翻收][红黑](?![字利包])"  # 电能靠稳，煤气微跌 (全新升级: an upgrade; 全国升为三级警戒: raised to; 卫星大量升空, 升温, 升值, 升息: words of 升)  # 台湾大看红涨幅1.03%: Taiwan's red for up (not 翻红利, 红包)
_MOVE_AFTER = patterns.compile(rf"\s*+(?:股价)?(?:{_MOVE_WORDS})")
# A two-character move word right after a name, or one character and its figure: what it
# cuts is no word (特斯拉大涨: 拉大; 京东升4%, 京东升幅逾4%: 东升)
_MOVE_WORD_AFTER = patterns.compile(r"\s*+(?:大涨|大跌|大升|大挫|上涨|下跌|收涨|收跌|走高|走低|涨停|跌停|[升跌涨挫](?:幅|\s*+(?:逾|近|约|超)?\s*+\d))")


def _tail_of_another_name(doc: Doc, hit: NameHit, ticker: str) -> bool:
    """True when an everyday-word name (动力) ends a longer run of Han characters and the
    code after it is another company's: the run is that company's name. A name that is no
    word keeps a misprinted code (台積電(2303))."""
    if hit.name not in doc.lex.context_only or ticker in _own_listings(doc, hit):
        return False
    if hit.start == 0 or not _HAN_RUN.fullmatch(doc.text, hit.start - 1, hit.start):
        return False
    return doc.text[hit.start - 1] not in doc.lex.rule("firms")["stop_chars"]


def _own_listings(doc: Doc, hit: NameHit) -> set[str]:
    """Every listing of every company the name stands for."""
    return {listing for e in hit.entries for listing in doc.lex.company_ids(e.key)}


def _code_after_longer_name(doc: Doc, hit: NameHit, code_at: dict[int, str], coded_runs: dict[str, str]) -> bool:
    """True when one or two more Han characters follow the name and that longer name is
    printed with a bracketed code of another security, here or elsewhere in the article:
    the name is the start of a longer one (联亚药 (6562-TE); 花王股份股份回购…花王股份(603007.SH))."""
    own = _own_listings(doc, hit)
    for extra in (1, 2):
        longer_end = hit.end + extra
        if longer_end > len(doc.text) or not _HAN_RUN.fullmatch(doc.text, hit.end, longer_end):
            continue
        ticker = coded_runs.get(doc.text[hit.start : longer_end])
        if ticker and ticker not in own:
            return True
    return False


# What may stand between a name and its code, and how much of it: 騰訊 (0700), 聯亞藥 (6562-TE).
_BEFORE_A_CODE = " (（"
CODE_GAP_MAX = 3


# The longest run of Han characters before a code kept as a name the article codes
# (荷兰皇家壳牌公司 is eight).
CODED_RUN_MAX = 16


def _runs_before_codes(doc: Doc, code_at: dict[int, str]) -> dict[str, str]:
    """Every run of 3 to CODED_RUN_MAX Han characters printed right before a bracketed code,
    and that code's id (花王股份(603007.SH) gives 王股份 and 花王股份, each 603007.SH)."""
    runs: dict[str, str] = {}
    for pos, ticker in code_at.items():
        bracket = pos
        while bracket > 0 and pos - bracket < CODE_GAP_MAX and doc.text[bracket - 1] in _BEFORE_A_CODE:
            bracket -= 1
        if bracket == pos:
            continue  # a code run into the text before it
        for length in range(3, CODED_RUN_MAX + 1):
            if bracket - length < 0 or not _HAN_RUN.fullmatch(doc.text, bracket - length, bracket):
                break
            runs.setdefault(doc.text[bracket - length : bracket], ticker)
    return runs


# Markets whose codes never pass from one company to another while both trade: Taiwan's and
# the mainland's numbers (market_group's names for them).
_STABLE_CODES = frozenset({"TW", "CN"})


def _misprint_mended(doc: Doc, hit: NameHit, code: str) -> str | None:
    """燁輝(2030): a listed name that is no everyday word, printed with the code of another
    listing of its own market, is a misprint; the name's listing is the ticker (GUIDELINES:
    the right ticker is gold). Across markets the code decides (厦门港务(03378.HK): the
    Hong Kong company, not the Shenzhen one of the same short name)."""
    if hit.name in doc.lex.context_only or len(hit.name) < 2 or code in _own_listings(doc, hit):
        return None
    if any(name.startswith(hit.name) for name in listing_names(doc.lex, code)):
        return None  # 东和(2006): the start of 东和钢铁, the code's own name (not 东和 1414)
    if market_group(code) not in _STABLE_CODES:
        return None  # 瑞幸咖啡(LK.US): a US symbol changes with a relisting (now LKNCY); the code as printed holds
    same_market = {e.key for e in hit.entries if e.kind == "security" and market_group(e.key) == market_group(code)}
    return same_market.pop() if len(same_market) == 1 else None


def _code_start_after(doc: Doc, end: int, code_at: dict[int, str]) -> int | None:
    """Where the code printed right after a name starts, within a bracket and after any price
    widget (`_code_right_after` gives its id)."""
    widget = _PRICE_WIDGET_AFTER.match(doc.text, end)
    if widget:
        end = widget.end()
    for offset in range(CODE_GAP_MAX + 1):
        if end + offset in code_at and all(c in _BEFORE_A_CODE for c in doc.text[end : end + offset]):
            return end + offset
    return None


def _code_right_after(doc: Doc, end: int, code_at: dict[int, str]) -> str | None:
    """The id of a code printed within a bracket right after a name: 騰訊(0700), and after
    a price widget: 厦门港务(5.860,-0.05,-0.85%)(03378.HK)."""
    start = _code_start_after(doc, end, code_at)
    return None if start is None else code_at[start]


def sister_company_end(doc: Doc, hit: NameHit) -> int | None:
    """Where the name of a sister company ends, when the industry word after a short name
    differs from the one its listing's full name goes on with (正峰 + 化学, where 1538.TW is
    正峰工业); None otherwise."""
    industries = _sister_industries(doc.lex)
    after = doc.text[hit.end : hit.end + 2]
    if after not in industries or hit.name in doc.lex.boundary_words or hit.name in doc.lex.context_only:
        return None  # 国产汽车, 现代物流: an everyday word and an industry, no company
    n = len(hit.name)
    candidates = _listings(doc.lex, [e.key for e in hit.entries if e.kind == "security"])
    tails = {name[n : n + 2] for c in candidates for name in listing_names(doc.lex, c)
             if name.startswith(hit.name) and len(name) >= n + 2}
    return hit.end + 2 if tails and after not in tails and tails <= industries else None


@functools.cache
def _sister_industries(lex: Lexicons) -> frozenset[str]:
    return frozenset(lex.rule("markets")["sister_company"]["industries"])


@functools.cache
def _name_breakers(lex: Lexicons) -> regex.Pattern[str]:
    from dsnews.lexicons import words

    return patterns.compile(words(lex.rule("markets")["name_breakers"]["after"]))


@functools.cache
def _context_pattern() -> regex.Pattern[str]:
    # A generic short name (平安, 世界) counts only when what follows makes it a company:
    # a price move, 股价/公司, or a company's act (公布业绩, 发布公告, 宣布, 表示). Not 集团:
    # 稳定发展集团第二条产品线 is no 发展, and 中信集团 is not the listed 中信证券.
    return patterns.compile(
        r"\s*+(?:也|亦|则|还|均|都|今日|昨日|今|昨|日前|近日|盘中)?+(?:急|狂|暴|续|再)?+"  # 中升急升21%
        rf"(?:股价|股票|公司|董事会|董事长|总经理|行政总裁|首席执行官|执行长|ADR|H股|A股|{_MOVE_WORDS}"  # 友邦ADR跌约0.4%; 新世界行政总裁马绍祥
        r"|公布|公告|发布公告|宣布|表示|指出|预计|认为|又指|预料|营收|获利|净利|财报|(?:中国|大中华|亚太|全球)区"  # 联想中国区
        r"|(?:\d{1,2}月)?(?:税后纯益|税后净利|纯益)|(?:早盘|午盘|尾盘|盘初|盘中)(?:高点|低点)"  # 阳明3月税后纯益 (Taiwan's net profit); 阳明早盘高点攻上91.3元
        r"|停牌|复牌|除牌"  # 易生活停牌: only a listed company's trading is suspended
        r"|折让|配售|供股|回购"  # 时代中国折让17%配售: a listed company's own shares
        r"|(?:预期|预计)?(?:中期|全年|上半年|半年|首季|季度)(?:盈利|纯利|溢利|业绩)|派息|派中期息"  # 大家乐中期盈利按年跌28%, 大快活预期中期盈利
        r"|(?:上季|首季|季度|上半年|全年|中期)?新业务价值"  # 友邦上季新業務價值創新高: only an insurer reports it
        r"|发?盈警|发?盈喜"  # 大家樂發盈警: a listed company's profit warning
        r"|\d[\d,]*+(?:\.\d++)?(?:万|亿)?[股张](?![东份])"  # 買陽明222.1萬股: so many of its shares
        r"|有价证券)"  # 取得陽明有價證券: its securities
        # 奇异(General Electric), 奇异(GE): a company introduced. (A code after the name links it before
        # this test; any other number there is another company's: 床的世界(2938) is no 世界.)
        r"|\s*+[(（]\s*+(?!R&D|M&A)[A-Z][A-Za-z&.\-\ 、,，]*+[)）]"  # but (CNS14774…) after 标准 is a standard's number; 研究与试验发展(R&D) a gloss
        r"|\s*+[(（]\s*+[)）]"  # 聯電 () 與世界 (): the empty brackets of a code the website stripped
    )


# A speech verb right after a name: context for a company of the article's market only.
_SPEECH_AFTER = patterns.compile(r"\s*+(?:也|亦|则|还|均|都)?+(?:表示|指出|预计|认为|又指|预料|宣布)")


def _has_context(doc: Doc, hit: NameHit) -> bool:
    if doc.text[hit.start - 1 : hit.start] == "向" and _SPEECH_AFTER.match(doc.text, hit.end):
        return False  # 中国向世界宣布: who is told, not a company speaking
    if _context_pattern().match(doc.text, hit.end):
        return True
    if not COMPANY_KIND_BEFORE.search(doc.text, max(0, hit.start - 3), hit.start):
        return False
    # 中國廠商聯合開發: an everyday word before another one (联合 开发) is that word, after 厂商 too
    return not (doc.lex.is_everyday_word(hit.name) and doc.lex.is_everyday_word(doc.text[hit.end : hit.end + 2]))


# A kind of company after an everyday word and 的: 加州的农产品公司
_KIND_OF_COMPANY = patterns.compile(r"公司|企业|厂商|业者|集团")
