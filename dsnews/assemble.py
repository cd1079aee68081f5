"""Mentions → Result: one entry per ticker, firm and person with all its mentions;
firms linked to their listing; quote speakers resolved through anaphora.

All cross-extractor work lives here.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable

import regex

from dsnews import patterns
from dsnews.extractors import HAN, WARRANT_SERIES, WARRANT_TAIL, Coverage, Doc
from dsnews.extractors.firms import legal_suffix_pattern
from dsnews.extractors.quotes import BODY_KEY, subordinate_clauses_end
from dsnews.extractors.tickers import market_group
from dsnews.lexicons import Lexicons, is_security_id, words
from dsnews.model import (
    Firm,
    Mention,
    Move,
    MoveFacts,
    Person,
    PersonFacts,
    Quote,
    QuoteFacts,
    Result,
    Span,
    Ticker,
)
from dsnews.normalise import simplify

# How far (in characters) a pronoun may stand from the quote of the speaker it refers to.
ANAPHOR_REACH = 200


def assemble(doc: Doc, source: str, categories: Iterable[str]) -> Result:
    wanted = set(categories)
    _drop_names_inside_longer_names(doc)
    shortened = _shortened_forms(doc)
    tickers = _tickers(doc, shortened)
    firms = _firms(doc, {t.id for t in tickers}, shortened)
    people = _people(doc)
    return Result(
        source=source,
        chars=len(doc.norm.original),
        script=doc.script,  # type: ignore[arg-type]
        tickers=tickers if "tickers" in wanted else (),
        moves=_moves(doc) if "moves" in wanted else (),
        people=people if "people" in wanted else (),
        firms=firms if "firms" in wanted else (),
        quotes=_quotes(doc, people, firms) if "quotes" in wanted else (),
    )


def _drop_names_inside_longer_names(doc: Doc) -> None:
    """Overlap policy: a company name inside a person's name (记者 蔡承启 报导) or inside a
    registered firm name (上海海通证券资产管理有限公司) is no mention of that company."""
    longer = Coverage(len(doc.norm.original))
    for m in doc.of("person"):
        longer.take(m.span.start, m.span.end)
    legal_starts = set()
    legal_spans = set()
    # a joint-stock company's registered name that the firms stage linked to a listing (listed
    # companies are 股份有限公司; 周大福企业有限公司 is the family's holding, not 周大福)
    legal_keys: dict[str, list[Span]] = {}
    for m in doc.of("firm"):  # a registered name holds its own words: 上海海通证券资产管理有限公司
        if m.rule == "firms.legal_name":
            longer.take(m.span.start, m.span.end)
            legal_starts.add(doc.norm_span(m.span)[0])
            legal_spans.add((m.span.start, m.span.end))
            if m.span.text.endswith(JOINT_STOCK):
                legal_keys.setdefault(m.key, []).append(m.span)
    legal_suffix = legal_suffix_pattern(doc.lex)

    def inside(m: Mention) -> bool:
        if m.kind == "ticker":
            start, end = doc.norm_span(m.span)
            if start in legal_starts and legal_suffix.match(doc.text, end):
                return False  # 传化智联股份有限公司 is the listed 传化智联 itself, its registered name in full
            if (m.span.start, m.span.end) in legal_spans and _listed_where_the_article_is(doc, m.key):
                # 中国国际金融股份有限公司: a listed company's registered name the lexicons know (in
                # its own market: 中国人寿保险股份有限公司 in a mainland story is not Taiwan's 2823)
                return False
            if len(m.span.text) >= 3 and any(s.start <= m.span.start and m.span.end <= s.end for s in legal_keys.get(m.key, ())):
                return False  # 万兴科技集团股份有限公司: the registered name is the listing's own
        return longer.overlaps(m.span.start, m.span.end)

    for kind in ("ticker", "firm"):
        if kind in doc.found:
            doc.found[kind] = [
                m for m in doc.found[kind] if m.rule == "firms.legal_name" or m.rule not in NAME_RULES or not inside(m)
            ]


JOINT_STOCK = "股份有限公司"  # (the same characters in both scripts)


def _listed_where_the_article_is(doc: Doc, ticker: str) -> bool:
    return doc.home_market is None or doc.home_market == market_group(ticker)


# Mentions found by name (not by a printed code), which a person's name can contain.
NAME_RULES = frozenset({"tickers.name", "tickers.name_in_list", "tickers.name_shortened", "firms.lexicon", "firms.suffix"})


def _grouped(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    """Mentions by key, keys in order of first mention, mentions in text order, no repeats."""
    groups: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.span.start, m.span.end)):
        bucket = groups.setdefault(m.key, [])
        if not bucket or bucket[-1].span != m.span:
            bucket.append(m)
    return groups


def _spans(mentions: list[Mention]) -> tuple[Span, ...]:
    return tuple(dict.fromkeys(m.span for m in mentions))


def _tickers(doc: Doc, shortened: frozenset[Span]) -> tuple[Ticker, ...]:
    lex = doc.lex
    result = []
    for key, mentions in _grouped(doc.of("ticker")).items():
        if all(_inside_a_warrant_name(doc, m) for m in mentions):
            continue  # 允强群益0A购01(031239): the warrant is named, not its stock
        names = _display_forms([m for m in mentions if m.rule.startswith("tickers.name")], shortened)
        known = lex.securities.get(key)
        name = names[0] if names else _printed_name(doc, key) or (known.name if known else None)
        symbol, market = key.rsplit(".", 1)
        result.append(Ticker(key, symbol, market, name, _spans(mentions)))
    return tuple(result)


def _inside_a_warrant_name(doc: Doc, m: Mention) -> bool:
    """The mention is the stock's name opening a warrant's name (允强 of 允强群益0A购01), or the
    issuing broker's inside it (群益)."""
    start, end = doc.norm_span(m.span)
    return (_WARRANT_AFTER.match(doc.text, end) is not None
            or _WARRANT_SERIES_AFTER.match(doc.text, end) is not None and HAN.match(doc.text, start - 1) is not None)


_WARRANT_AFTER = patterns.compile(WARRANT_TAIL)
_WARRANT_SERIES_AFTER = patterns.compile(WARRANT_SERIES)


def _printed_name(doc: Doc, ticker: str) -> str | None:
    """The firm name printed before a code (`Arm Holdings(ARM.US)`), if any."""
    for m in doc.of("firm"):
        if m.rule == "firms.before_code" and ticker in doc.lex.company_ids(m.key):
            return m.span.text
    return None


def _firm_ticker(lex: Lexicons, key: str, tickers: set[str]) -> str | None:
    """The listing of a firm that the article uses, else its primary listing."""
    if key not in lex.securities and not is_security_id(key):
        return None  # an unlisted firm, even one whose name has a dot (Royal Finishing Co.)
    listings = lex.company_ids(key)
    used = [t for t in listings if t in tickers]
    return used[0] if used else listings[0]


def _firms(doc: Doc, tickers: set[str], shortened: frozenset[Span]) -> tuple[Firm, ...]:
    lex = doc.lex
    result = []
    for key, mentions in _grouped(doc.of("firm")).items():
        if all(_inside_a_warrant_name(doc, m) for m in mentions):
            continue  # 允强群益0A购01: neither the stock nor the broker is named, the warrant is
        forms = _display_forms(mentions, shortened)
        ticker = _firm_ticker(lex, key, tickers)
        if ticker and _is_fund(lex, ticker):
            continue  # an ETF is a product, not a firm
        aliases = forms[1:] + [a for a in _lexicon_forms(lex, key) if a not in forms]
        result.append(Firm(forms[0], tuple(aliases), ticker, _spans(mentions)))
    return tuple(result)


def _display_forms(mentions: list[Mention], shortened: frozenset[Span]) -> list[str]:
    """The forms a listing or firm is written in, each once, the one to display first: the
    first written, except that a short form (力達 of 力達-KY) comes after the fuller names, and
    the first form's Taiwan -KY form, where the article prints it, comes before it (泰昇 in the
    headline, 泰昇-KY in the body: the listing's own short name is 泰昇-KY)."""
    forms = list(dict.fromkeys(m.span.text for m in sorted(mentions, key=lambda m: m.span in shortened)))
    marked = next((f for f in forms[1:] if _KY_MARK.sub("", f) == forms[0]), None) if forms else None
    return [marked] + [f for f in forms if f != marked] if marked else forms


_KY_MARK = patterns.compile(r"\s*+-\s*+KY$")


def _shortened_forms(doc: Doc) -> frozenset[Span]:
    """Where a short form is linked only because the article names its listing in full (力達
    of 力達-KY): the names found otherwise name the listing and the firm first."""
    return frozenset(m.span for m in doc.of("ticker") if m.rule == "tickers.name_shortened")


def _is_fund(lex: Lexicons, ticker: str) -> bool:
    symbol, _, market = ticker.rpartition(".")
    pattern = _fund_codes(lex).get(market)
    return bool(pattern and pattern.match(symbol))


@functools.cache
def _fund_codes(lex: Lexicons) -> dict[str, regex.Pattern[str]]:
    return {market: patterns.compile(p) for market, p in lex.rule("markets")["fund_codes"].items()}


def _lexicon_forms(lex: Lexicons, key: str) -> list[str]:
    """Other names the lexicons know for a firm (so that `NVIDIA` is listed for 英偉達)."""
    forms: list[str] = []
    for listing in lex.company_ids(key) if is_security_id(key) else ():
        security = lex.securities.get(listing)
        if security:
            forms += [security.name, *security.aliases]
    firm = lex.firms.get(key)
    if firm:
        forms += [firm[0], *firm[1]]
    return list(dict.fromkeys(forms))


def _people(doc: Doc) -> tuple[Person, ...]:
    result = []
    for mentions in _grouped(doc.of("person")).values():
        full = [m for m in mentions if not (isinstance(m.facts, PersonFacts) and m.facts.alias_of)]
        first = (full or mentions)[0]
        facts = [m.facts for m in full if isinstance(m.facts, PersonFacts)]
        title = next((f.title for f in facts if f.title), None)
        org = next((f.org for f in facts if f.org), None)
        aliases = tuple(dict.fromkeys(m.span.text for m in mentions if m.span.text != first.span.text))
        result.append(Person(first.span.text, aliases, title, org, _spans(mentions)))
    return tuple(result)


def _moves(doc: Doc) -> tuple[Move, ...]:
    """Moves in text order; the same move told twice (headline and body) is kept once."""
    from dsnews.normalise import simplify

    result = []
    seen: set[tuple[str, str, float | None]] = set()
    in_headline: list[tuple[str, str, float | None]] = []
    headline_end = doc.norm.original.find("\n", 0, HEADLINE_MAX)  # (spans are the original's); -1: no headline
    nickname_index = doc.lex.rule("moves")["subject"]["nickname_index"]
    for m in sorted(doc.of("move"), key=lambda m: m.span.start):
        facts = m.facts
        assert isinstance(facts, MoveFacts)
        ticker = facts.subject_keys[0] if facts.subject_keys else None
        # 沪指 in the headline and 上证综合指数 in the body are one index
        index = next((e.key for e in doc.lex.entries(m.key) if e.kind == "index"), None)
        index = index or nickname_index.get(simplify(m.key))  # 日股 in the headline, 日经指数 in the body
        identity = (ticker or index or simplify(m.key), facts.direction, facts.value)
        if identity in seen or not ticker and not index and any(
                _abbreviates(name, simplify(m.key)) for name, direction, value in in_headline
                if (direction, value) == identity[1:]):
            continue  # 科指跌逾2% in the headline, 科技指數跌逾2% in the body
        seen.add(identity)
        if m.span.end <= headline_end:
            in_headline.append((simplify(m.key), facts.direction, facts.value))
        result.append(
            Move(m.key, ticker, facts.direction, facts.value, facts.hedge, facts.session, m.span, m.rule)
        )
    return tuple(result)


HEADLINE_MAX = 200  # the longest first line read as a headline


def _abbreviates(short: str, name: str) -> bool:
    """True when `short` is a shortening of `name` that keeps its first character and some of
    the rest in order (科指 of 科技指数; not a name of its own within it)."""
    if not 2 <= len(short) < len(name) or short[0] != name[0] or short in name:
        return False
    rest = iter(name[1:])
    return all(c in rest for c in short[1:])


def _quotes(doc: Doc, people: tuple[Person, ...], firms: tuple[Firm, ...]) -> tuple[Quote, ...]:
    """Quotes with their speakers named: anaphors go to the last fitting person or firm."""
    person_names = {}
    for person in people:
        for span in person.mentions:
            person_names[span] = person.name
    firm_names = {}
    for firm in firms:
        for span in firm.mentions:
            firm_names[span] = firm.name
    firm_set = set(firm_names.values())
    by_key_person = _names_by_key(doc.of("person"), person_names)
    by_key_firm = _names_by_key(doc.of("firm"), firm_names)
    # 格隆汇…丨恒宇集团公告…。董事会认为: an outlet is never what 该公司 or 董事会 stands for
    outlets = {m.span for m in doc.of("firm") if m.key in doc.lex.media or _DATELINE.match(doc.text, doc.norm_span(m.span)[1])}
    # 并申请在新交所上市。公告又指: an exchange named in passing is not the company announcing;
    # 该所 still stands for one
    exchanges = {m.span for m in doc.of("firm") if m.key in doc.lex.exchanges}
    # A reporter (〔记者林菁桦／台北报导〕, （记者林菁桦摄）) reports; a later 他 is someone else
    # (every mention of one: 每经记者 吴治邦 … 图片来源：每经记者 吴治邦 摄)
    reporter_keys = {m.key for m in doc.of("person")
                     if m.rule == "people.byline" or isinstance(m.facts, PersonFacts) and m.facts.title == "记者"}
    reporters = {m.span for m in doc.of("person") if m.key in reporter_keys}
    # 孙东…被问到美国总统当选人特朗普对国家的科技限制…。他指出: who is asked about is no antecedent
    asked_about = Coverage(len(doc.norm.original))
    for question in _ASKED_ABOUT.finditer(doc.text):
        asked_about.take(*doc.norm.to_original(*question.span()))
    # 梁凤仪…引述…局长李云泽表示，…。她认为: the one cited is no antecedent either
    for cited in _CITED.finditer(doc.text):
        asked_about.take(*doc.norm.to_original(*cited.span("cited")))
    people_by_position = _Named({span: name for span, name in person_names.items()
                                 if span not in reporters and not asked_about.overlaps(span.start, span.end)})
    firms_by_position = _Named({span: name for span, name in firm_names.items() if span not in outlets})
    companies_by_position = _Named({span: name for span, name in firm_names.items()
                                    if span not in outlets and span not in exchanges})
    result: list[Quote] = []
    last_person_voice: Quote | None = None  # the last quote spoken by a person
    last_firm_voice: Quote | None = None  # the last quote spoken by a firm
    last_body_voice: Quote | None = None  # the last quote spoken by a public body
    last_voice_anaphors = _last_voice_anaphors(doc.lex)
    for m in sorted(doc.of("quote"), key=lambda m: m.span.start):
        facts = m.facts
        assert isinstance(facts, QuoteFacts)
        key = facts.speaker_key
        said_by = simplify(facts.speaker or "")  # the speaker as written, folded: 該行 is 该行
        if key == "@person":
            # 他 / 这位分析师: the last person who spoke (maybe a firm's unnamed officer,
            # Man Numeric的首席投资长…但他也强调), when close by and nobody else was named
            # since (黄家和称… 何宛淇在节目中形容…她强调: 何宛淇); else the last person named.
            previous = last_person_voice
            # names after the pronoun are no antecedent (他对吕志和的辞世表示哀悼)
            claim_start = doc.norm_pos(m.span.start)
            sentence_start = doc.sentence_bounds(claim_start)[0]
            pronoun = doc.text.rfind(said_by, sentence_start, claim_start) if said_by else -1
            before_pronoun = doc.norm.to_original(pronoun, pronoun)[0] if pronoun >= 0 else m.span.start
            sentence_start_original = doc.norm.to_original(sentence_start, sentence_start)[0]
            # 随着特朗普展开第二个任期，他相信: a name in an opening clause is not the subject
            main_clause = subordinate_clauses_end(doc, sentence_start, pronoun if pronoun >= 0 else claim_start)
            main_clause_original = doc.norm.to_original(main_clause, main_clause)[0]
            # the last person named in the main clause, else before the sentence (never in its opening clauses)
            named_since = (people_by_position.last_between(main_clause_original, before_pronoun)
                           or people_by_position.last_between(previous.span.end, sentence_start_original)) if previous else None
            if (previous and _continues_the_paragraph_before(doc, previous.span.start, sentence_start)
                    and people_by_position.last_between(main_clause_original, before_pronoun) is None):
                # 胡一帆预计…。参考特朗普首次出任总统时…。\n她相信: the paragraph before was hers
                # (but 导师高小亮是…用家之一，他表示 names its own subject)
                named_since = None
            if (previous and previous.speaker and m.span.start - previous.span.end <= ANAPHOR_REACH
                    and named_since in (None, previous.speaker)):
                speaker = previous.speaker
            else:
                speaker = people_by_position.last(before_pronoun)
        elif key == "@firm":
            named = firms_by_position if said_by.endswith("所") else companies_by_position
            speaker = _firm_topic_before(doc, named, m.span.start)
            if said_by.endswith(_boards(doc.lex)):
                # 蓝港互动(08267-HK)公布…公司已指示汇聚信托…。董事会认为: the board is the announcing company's
                speaker = _announcer_before(doc, named, m.span.start) or speaker
            if (said_by in last_voice_anaphors and last_firm_voice
                    and m.span.start - last_firm_voice.span.end <= ANAPHOR_REACH):
                # 大摩发表研究报告表示，长和…。该行指出: the bank that spoke, not the company it spoke of
                speaker = last_firm_voice.speaker
            if speaker is None and last_body_voice and m.span.start - last_body_voice.span.end <= ANAPHOR_REACH:
                # 金管局又指…。发言人提到: no firm in the story, the public body that spoke
                speaker = last_body_voice.speaker
        elif key is None:
            # 韦德布什分析师Tom Nikic…。分析师指出: the one analyst the story named; any other
            # group (业内人士, 分析师们) or a story with no named analyst has no speaker
            speaker = _lone_analyst(people, m.span.start) if said_by == "分析师" else None
        else:
            speaker = by_key_person.get(key) or by_key_firm.get(key) or facts.speaker  # a public body: as written
        result.append(Quote(speaker, m.span.text, facts.quote_kind, facts.verb, m.span, m.rule))
        if facts.by_person and speaker and not _is_cited(doc, m):
            last_person_voice = result[-1]
        elif speaker in firm_set:
            last_firm_voice = result[-1]
        elif speaker and ((key or "").startswith(BODY_KEY) or last_body_voice and speaker == last_body_voice.speaker):
            last_body_voice = result[-1]  # (发言人表示 again, for the body that spoke: the chain goes on)
    return tuple(result)


def _continues_the_paragraph_before(doc: Doc, previous_start: int, sentence_start: int) -> bool:
    """The sentence at `sentence_start` (normalised) opens a paragraph, and the quote starting
    at `previous_start` (original) is in the paragraph right before it."""
    if sentence_start == 0 or doc.text[sentence_start - 1] != "\n":
        return False
    previous = doc.norm_pos(previous_start)
    return previous < sentence_start and "\n" not in doc.text[previous : sentence_start - 1]


@functools.cache
def _last_voice_anaphors(lex: Lexicons) -> frozenset[str]:
    """该行, 该券商, 该公司: firm anaphors that stand for the firm that spoke last."""
    return frozenset(lex.rule("quotes")["speakers"]["last_voice_anaphors"])


ANALYST_REACH = 300  # characters from the analyst's last mention to a bare 分析师 that stands for them


def _lone_analyst(people: tuple[Person, ...], pos: int) -> str | None:
    """The name of the only analyst (by title) named shortly before `pos`, if there is exactly one."""
    analysts = {p.name for p in people if (p.title or "").endswith("分析师")
                and any(0 <= pos - s.end <= ANALYST_REACH for s in p.mentions)}
    return analysts.pop() if len(analysts) == 1 else None


# A dateline after a firm's name makes it the story's outlet: 同花顺金融研究中心9月18日讯，
_DATELINE = patterns.compile(r"(?:\s*+[(（][^()（）\n]{1,30}[)）])*+[^，,。；;\n]{0,12}?讯[，,:：\s]")  # (its price and code may stand between)
# A question put to a speaker, up to the end of its sentence: 被问到…特朗普对国家的科技限制
_ASKED_ABOUT = patterns.compile(r"(?:被|在)?问(?:及|到)[^。！？!?\n]{1,80}")
# Who a speaker cites, up to the speech verb (引述国家金融监督管理总局局长李云泽表示)
_CITED = patterns.compile(r"(?:引述|援引)(?P<cited>[^，,。；;！？!?\n]{1,30}?)(?=表示|指出|称|说|指|认为|透露)")


def _is_cited(doc: Doc, quote: Mention) -> bool:
    """The quote reports what its speaker is cited as saying: the one citing speaks on."""
    claim_start = doc.norm_pos(quote.span.start)
    sentence_start = doc.sentence_bounds(claim_start)[0]
    return _CITED.search(doc.text, max(sentence_start, claim_start - CITED_REACH), claim_start) is not None


CITED_REACH = 60  # characters before a claim where 引述 may stand


def _names_by_key(mentions: list[Mention], names: dict[Span, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in mentions:
        if m.span in names:
            found.setdefault(m.key, names[m.span])
    return found


class _Named:
    """Names by position (original offsets), for "the last one before here" questions."""

    def __init__(self, names: dict[Span, str]) -> None:
        self.items = sorted((span.end, span.start, name) for span, name in names.items())
        self.ends = [end for end, _, _ in self.items]

    def before(self, pos: int) -> int:
        return bisect.bisect_right(self.ends, pos)

    def last(self, pos: int) -> str | None:
        count = self.before(pos)
        return self.items[count - 1][2] if count else None

    def last_between(self, start: int, end: int) -> str | None:
        """The last name that starts at or after `start` and ends by `end`."""
        count = self.before(end)
        return self.items[count - 1][2] if count and self.items[count - 1][1] >= start else None


_SUBSIDIARY_BEFORE = ("子公司", "孙公司", "旗下")


@functools.cache
def _boards(lex: Lexicons) -> tuple[str, ...]:
    return tuple(lex.rule("quotes")["speakers"]["boards"])


@functools.cache
def _announces(lex: Lexicons) -> regex.Pattern[str]:
    """A company making its announcement: 百信国际(00574-HK)公布, 公司发布公告称."""
    verbs = words(lex.rule("quotes")["speakers"]["announcing_verbs"])
    return patterns.compile(rf"\s*+(?:[(（][^()（）\n]{{1,20}}[)）])?\s*+(?:{verbs})")


def _announcer_before(doc: Doc, names: _Named, pos: int) -> str | None:
    """The last firm before `pos` named as it announces something, if any."""
    announces = _announces(doc.lex)
    for end, _, name in reversed(names.items[: names.before(pos)]):
        if announces.match(doc.text, doc.norm_pos(end)):
            return name
    return None


def _firm_topic_before(doc: Doc, names: _Named, pos: int) -> str | None:
    """该公司 / 该行: the firm the last sentence is about (the one heading a clause), else the
    last firm. A semicolon starts another company's part first: …需求仍在；禾伸堂8月营收…，
    公司也认为 is 禾伸堂's."""
    count = names.before(pos)
    # 公司子公司天津市标准生物制剂有限公司…。公司表示: a subsidiary the company names is not it
    while count and doc.text.endswith(_SUBSIDIARY_BEFORE, 0, doc.norm_pos(names.items[count - 1][1])):
        count -= 1
    if not count:
        return None
    _, last_start, last_name = names.items[count - 1]
    last_norm = doc.norm_pos(last_start)
    sentence_start, _ = doc.sentence_bounds(last_norm)
    part_start = max(sentence_start, *(doc.text.rfind(mark, sentence_start, last_norm) + 1 for mark in ";；"))
    for opening in dict.fromkeys((part_start, sentence_start)):
        index = count - 1
        while index > 0 and doc.norm_pos(names.items[index - 1][1]) >= opening:
            index -= 1
        for k in range(index, count):
            end, start, name = names.items[k]
            norm_start = doc.norm_pos(start)
            opener = doc.text[doc.clause_bounds(norm_start)[0] : norm_start].strip()
            if not opener or _KIND_OF_FIRM.fullmatch(opener):  # (连接线厂凡甲…: what the firm is, then its name)
                if k + 1 < count and _GROUP_OWNS.fullmatch(
                        doc.text, doc.norm_span(Span(start, end, name))[1], doc.norm_pos(names.items[k + 1][1])):
                    return names.items[k + 1][2]  # 台塑集团旗下记忆体封测厂福懋科…，公司预期: the company, not its group
                return name
    return last_name


_KIND_OF_FIRM = patterns.compile(r"\p{Han}{1,6}(?:厂|厂商|商|业者|龙头)")
# A group, then what it owns: 台塑集团旗下记忆体封测厂 (福懋科)
_GROUP_OWNS = patterns.compile(r"\s*+(?:集团)?旗下[^，,。；;、]{0,10}")
