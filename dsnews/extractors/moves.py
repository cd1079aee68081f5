"""Percentage moves: 跌超12%, 大漲3.5%, 上漲三成, 升幅0.16%, 35%的漲幅, 漲停.

Each move gets its subject (the nearest ticker, firm, index or traded thing before it in
the sentence; every subject of a list such as `特斯拉、亞馬遜和Meta的股價`), direction,
value, hedge and session. Percentages that are not price moves (revenue growth, margins,
targets, hypotheticals, 個百分點) are rejected by cues kept in lexicons/moves.toml.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from operator import attrgetter

import regex

from dsnews import patterns
from dsnews.extractors import (
    AS_FOR_AFTER,
    AS_FOR_BEFORE,
    HAN,
    PRICE_WIDGET,
    WARRANT_TAIL,
    Coverage,
    Doc,
    acronyms,
    last_match,
)
from dsnews.lexicons import Lexicons, words
from dsnews.model import Direction, Hedge, Mention, MoveFacts, Span

NAME = "moves"
NEEDS = ("tickers", "firms")

# A move with no subject in its sentence continues the previous move's subject when that
# move ended at most this many characters before.
CARRY_OVER = 80

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


_DECIMAL = patterns.compile(r"\d++(?:\.\d++)?")


def chinese_number(text: str) -> float | None:
    """Read a small Chinese numeral (up to the hundreds), or digits.

    >>> chinese_number("三"), chinese_number("十五"), chinese_number("二十"), chinese_number("一百")
    (3.0, 15.0, 20.0, 100.0)
    >>> chinese_number("三点五"), chinese_number("12.5"), chinese_number("万")
    (3.5, 12.5, None)
    """
    if _DECIMAL.fullmatch(text):
        return float(text)
    whole, _, decimals = text.partition("点")
    value = 0
    current = 0
    for char in whole:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            value += (current or 1) * 10
            current = 0
        elif char == "百":
            value += (current or 1) * 100
            current = 0
        else:
            return None
    value += current
    if decimals:
        if any(c not in _DIGITS for c in decimals):
            return None
        return float(f"{value}." + "".join(str(_DIGITS[c]) for c in decimals))
    return float(value)


def percent(number: str, unit: str) -> float | None:
    """Turn a figure and its unit into percent.

    >>> percent("3", "成"), percent("两", "成半"), percent("一", "倍"), percent("12.5", "%"), percent("半", "成")
    (30.0, 25.0, 100.0, 12.5, 5.0)
    """
    if number == "半" and unit == "成":
        return 5.0  # 半成: half of a tenth
    value = chinese_number(number)
    if value is None:
        return None
    if unit.startswith("成"):
        return value * 10 + (5 if unit == "成半" else 0)
    if unit == "倍":
        return value * 100
    return value


_CN = "零〇一二两三四五六七八九十百"


@functools.cache
def _patterns(lex: Lexicons) -> dict[str, regex.Pattern[str]]:
    rules = lex.rule("moves")
    hedge_before = words(w for ws in rules["hedge_before"].values() for w in ws)
    hedge_after = words(w for ws in rules["hedge_after"].values() for w in ws)
    figure = rf"""
        (?:
            (?:(?P<low>\d++(?:\.\d++)?)\s*+%?\s*+(?:[~至到]|-(?=\s*+\d))\s*+)?    # a range: 3~5%, 2-5%
            (?P<sign>[-+−])?\s*+(?P<num>\d++(?:\.\d++)?)\s*+(?P<unit>%|成半|成|倍)   # 12.5%  1成  -10.08%
          | (?P<num>\d++(?:\.\d++)?)(?P<unit>)(?={_SHARED_PERCENT})                  # 分别下跌0.21、0.41%: one % for the list
          | (?P<cn>[{_CN}]++)(?P<cnunit>成半|成|倍)                                 # 三成  两成半  一倍
          | (?P<cn>半)(?P<cnunit>成)(?!品)                                          # 半成 (not 半成品)
          | 百分之(?P<cnpct>[{_CN}点]++)                                            # 百分之五
        )
    """
    return {
        "verb_pct": patterns.compile(
            rf"""
            (?<![提调])(?P<verb>{words(rules["up"] + rules["down"] + rules["flat"])})  # 大跌 / 涨幅 / 下挫 (提升: improved; 调升幅度: the size of a raise)
            (?P<between>(?:\s*+(?:{words(rules["between"])}))*+)            # 了 / 为 / 一度 / 均
            (?:\s*+\d++(?:\.\d++)?+\s*+点\s*+(?:,\s*+或|或|,|\()?\s*+)?+    # 恒指跌312点或1.6% / 170点 (+0.98%) / 236.82点，或0.68%
            (?:\s*+\d++(?:\.\d++)?+\s*+(?:元|美元|港元)\s*+(?:,\s*+或|、\s*+或|或|、\s*+[-−+]?)\s*+)?+  # 收跌23元或2.52% / 大漲14元、或2.54％ / 跌0.29元、-2.98%
            (?:[一二两三四五六七八九十\d]++个?(?:星期|周|个交易日|交易日|日|天|个月|年)(?:合共|合计|累计|共)?)?+  # 连跌两星期合共0.7%
            \s*+(?P<hedge>{hedge_before})?\s*+(?:(?<=约)在\s*+)?+              # 超 / 近 / 约 / 约在
            {figure}
            (?:\s*+(?P<hedge2>{hedge_after}))?                              # 左右 / 多 / 5.1% 以上
            """,
            regex.VERBOSE,
        ),
        "pct_noun": patterns.compile(
            rf"""
            (?P<hedge>{hedge_before})?\s*+
            {figure}\s*+
            (?P<hedge2>{hedge_after})?\s*+                                   # 5.1% 以上的涨幅 (spaced)
            (?:的|(?<=%\s*+(?:{hedge_after})?+))(?P<verb>涨幅|升幅|跌幅|跌势|涨势)  # 35%的涨幅, 逾4%跌幅, 3% 以上跌幅
            """,
            regex.VERBOSE,
        ),
        "limit": patterns.compile(
            rf"(?P<verb>{words(rules['limit_up'] + rules['limit_down'])})"
        ),
        # 股价翻倍 (100%) and 收盘持平 (flat, 0%): moves without a percent figure
        # (翻倍成长, 翻倍增长: a business that grew, not a price)
        "doubled": patterns.compile(rf"(?P<verb>{words(rules['doubled'])})(?!\s*+(?:成长|增长))"),
        # 营收平 (revenue flat) has no 收平: 收 there ends 营收, 税收, 回收
        "flat": patterns.compile(rf"(?<![营税创接回吸丰歉])(?P<verb>{words(rules['flat'])})(?!\s*+(?:[\d{_CN}](?![\d.,]*+元)|盘|附近|[之以]?[上下]|开出|看待))"),  # 收在平盘附近: not flat; 收平盘115.5元: flat; 持平开出后一路下挫: the open, then the move; 持平看待第3季: a neutral view
        "reject_clause": patterns.compile(words(rules["reject"]["clause"])),
        "reject_word_at_end": patterns.compile(rf"(?:{words(rules['reject']['clause'])})$"),
        "listed_on": patterns.compile(rf"(?:{words(rules['subject']['listed_on'])})\s*+$"),
        "reject_before_verb": patterns.compile(rf"(?:{words(rules['reject']['before_verb'])})\s*+$"),
        "level_before": patterns.compile(words(rules["reject"]["levels_before"])),
        "reject_after": patterns.compile(r"\s*+(?:" + words(rules["reject"]["after"]) + ")"),
        "price_setting": patterns.compile(words(rules["reject"]["price_setting"])),
        # 欧元区 is no 欧元; 黄金交叉 (a golden cross) no 黄金
        "traded": patterns.compile(rf"(?<!{words(rules['subject']['not_traded_before'])})(?:{words(rules['subject']['traded'])})(?!区|{words(rules['subject']['not_traded_after'])})"),
        "market_nickname": patterns.compile(
            rf"(?:(?<!\p{{Han}})|(?<=[而和及与但另则、]))(?:{words(rules['subject']['market_nicknames'])})(?![价票份东权利通])"  # 沪股通 is the Stock Connect
        ),
        # 航运类股 / 金融股 / 上柜电机 / 造纸收涨4.29% (bare only right before a move or 指数)
        "sector": patterns.compile(
            rf"(?:(?<![\p{{Han}}A-Za-z])|(?<={words(rules['subject']['verbs_before_names'])})"  # 拖累 + 光电类指
            rf"|(?<={words(rules['subject']['not_sector_openers'])})"  # 其中 + 电子零组件类股
            rf"|(?<=[仅只的]|则为|类股表现以)"  # …也翻红收涨，仅 + 资讯服务收跌0.04%; 大航海的 + 航运股大涨7.58%; 跌幅超过1%则为 + 汽车、橡胶; 类股表现以 + 钢铁5.69%的涨幅最多
            rf"|(?<=(?<!\p{{Han}})(?:{words(rules['subject']['sectors'])})))"  # 金融 + 钢铁分别收跌0.23%、0.28%
            rf"(?:上市|上柜)?(?:{words(rules['subject']['sectors'])})"
            rf"(?:类股|类指|族群|板块|股|(?=\s*+(?:(?:[均皆都亦也则仅]|唯一|分别|翻黑|翻红)\s*+)?(?:收|指数|类指数|多达|缴出|交出|最|{words(rules['up'] + rules['down'])})"  # 其他电子均收涨, 半导体翻黑走跌
            rf"|(?=\d[\d.]*+\s*+%))"  # 类股表现以钢铁5.69%的涨幅最多: the sector, then its figure
            rf"|(?=(?:{words(rules['subject']['sectors'])})分别\s*+(?:收|{words(rules['up'] + rules['down'])}))"  # 金融 + 钢铁分别收跌
            # 以航运、造纸、纺织、光电最为突出: bare sectors listed together
            rf"|(?=、(?:{words(rules['subject']['sectors'])}))|(?<=(?:{words(rules['subject']['sectors'])})、(?:{words(rules['subject']['sectors'])})))"
        ),
        "anaphor": patterns.compile(words(rules["subject"]["anaphors"])),
        "not_traded": patterns.compile(words(rules["subject"]["not_traded"])),
        # …or counted: 带动内地三大油股升近2%
        "group": patterns.compile(rf"{words(rules['subject']['groups'])}|[两二三四五六七八九十]大\p{{Han}}{{0,3}}?股"),
        "extension": patterns.compile(words(rules["subject"]["extensions"])),
        "comparison": patterns.compile(words(rules["subject"]["comparisons_before_names"])),
        "session_place": patterns.compile(rf"(?:{words(rules['subject']['session_places'])})(?={words(rules['subject']['session_after_place'])})"),
        "compared_with": patterns.compile(rf"(?:{words(rules['subject']['compared_with'])})$"),
        "driven": patterns.compile(
            rf"(?:{words(rules['subject']['group_drivers'])})的?(?P<group>\p{{Han}}{{1,8}}?)(?:双双|收|今|终场)?\s*+$"  # (带动的百货类股: 的 opens no group; 齐拱上市柜光电股类指双双大涨: both)
        ),
        "group_ending": patterns.compile(rf"(?:{words(rules['subject']['group_endings'])})$"),
        "currency_pair": patterns.compile(rf"(?:{words(rules['subject']['currencies'])})(?:兑|对|/)(?:{words(rules['subject']['currencies'])})"),  # 欧元兑美元, 美元/韩元, 人民币对美元
        "sector_opener": patterns.compile(rf"[亦也并且还则又而]?(?:{words(rules['subject']['not_sector_openers'])})"),
        "hypothetical": patterns.compile(r"如果|假如|倘若|假设|若是|(?<![主需])要是"),  # (主要是: mainly, no if)
        "short_of_limit": patterns.compile(rf"(?:{words(rules['short_of_limit'])})\s*+$"),
    }


@dataclass(frozen=True, slots=True)
class Subject:
    start: int  # normalised offsets
    end: int
    text: str  # as written (original)
    ticker: str | None
    anaphor: bool = False
    kind: str = "security"  # security | firm | index | traded | name (a Latin name no lexicon lists)


def extract(doc: Doc) -> Iterator[Mention]:
    lex = doc.lex
    rules = lex.rule("moves")
    pats = _patterns(lex)
    up, flat = word_set(lex, "up"), word_set(lex, "flat")
    subjects = Subjects(_subjects(doc, pats))
    subject_ends = {s.end for s in subjects.named if s.kind != "name"}  # a listed or traded thing
    described = {s.start for s in subjects.named if s.kind != "name" and doc.text[s.start - 1 : s.start] == "的"}
    last_subjects: list[Subject] = []
    last_end = -1
    found = Coverage(len(doc.text))
    moved: dict[str, list[int]] = {}  # ticker → where its moves start
    for rule, m in _candidates(doc, pats):
        start, end = m.span()
        if found.overlaps(start, end):
            continue
        verb = m["verb"]
        hedge: Hedge | None = None
        if rule == "moves.limit":
            if pats["short_of_limit"].search(doc.text, max(0, start - 4), start):
                continue  # 一度接近涨停 / 半根涨停板: the price did not reach its limit
            if _WHETHER.search(doc.text, doc.clause_bounds(start)[0], start):
                continue  # 联电能否跳空开高甚至攻上涨停: a question, not a move
            if ((_UNNAMED_COUNT.search(doc.text, max(0, start - 12), start) or _MANY_UNNAMED.search(doc.text, max(0, start - 8), start))
                    and not _INTRO_AFTER_LIMIT.match(doc.text, end, end + INTRO_REACH)):
                continue  # …等17档强势涨停板，另有89档跌停 / 仍然有不少个股亮灯涨停: stocks the story does not name (but 另有8档个股涨停，包括…)
            direction: Direction = "down" if "跌" in verb else "up"  # 亮灯 alone: Taiwan's limit up
            value = None
        elif rule == "moves.signed":
            if start not in subject_ends and start - 1 not in subject_ends or _rejected(doc, pats, m, described):
                continue  # only a name's own figure: 苹果-0.13%
            direction, value = ("up" if verb == "+" else "down"), _value(m)
        elif rule in ("moves.doubled", "moves.flat"):
            direction, value = ("up", 100.0) if rule == "moves.doubled" else ("flat", 0.0)
            if _rejected(doc, pats, m, described) or lex.cuts_a_word(doc.text, start, end):
                continue  # 维持平盘: no 持平 there
            if rule == "moves.flat" and (_AGAINST_A_PERIOD.search(doc.text, doc.clause_bounds(start)[0], start)
                                         or _A_PERIOD_AFTER.match(doc.text, end)):
                continue  # 毛利率48%，与第1季持平 / 税后盈余…，持平同期: a business figure held against another period
            if (rule == "moves.flat" and doc.text.endswith("表现", 0, start)
                    and not _SHARE_WORDS.search(doc.text, doc.clause_bounds(start)[0], start)):
                continue  # 《风色幻想》…目前表现持平: how a product does, not a price (but 股价表现持平)
        else:
            direction = "up" if verb in up else "flat" if verb in flat else "down"
            noun = doc.text[max(0, start - 2) : start]
            if noun in _MOVE_NOUNS and verb not in _MOVE_NOUNS:
                direction = "down" if noun == "跌幅" else "up"  # 涨幅压回到2%: the gain is 2%
            if verb in _MOVE_NOUNS and m["sign"] == "-":
                direction = "down"
            value = _value(m)
            if value is None or _rejected(doc, pats, m, described):
                continue
            hedge = _hedge(lex, m["hedge"], m["hedge2"])
        driven = _driven_group(doc, pats, start)
        chosen = [driven] if driven else _subjects_after(doc, subjects, end, rule) or _choose_subjects(
            doc, subjects, start, end, last_subjects, last_end
        )
        if rule == "moves.limit":
            # only a company's shares hit a daily limit, not an index or a currency
            chosen = [c for c in chosen if c.ticker or c.kind in ("firm", "name")] or _counted_list_after(doc, subjects, start, end)
        chosen = _without_exceptions(doc, subjects, chosen, start)
        chosen = _market_for_sectors(doc, subjects, chosen, start, end)
        chosen = [_sector_named_before(doc, subjects, c) for c in chosen]
        if rule == "moves.limit" and chosen:
            chosen = _limit_in_a_ranking(doc, subjects, chosen, start, end)
            clause_start = doc.clause_bounds(start)[0]
            if _ALSO_ALL.fullmatch(doc.text, clause_start, start) and clause_start > 0:
                # 前10名有华上、中扬光…联颖，另还有瑞利皆是涨停: the list before hit the limit too
                chosen = [s for s in _nearest_list(doc, subjects, clause_start - 1) if s not in chosen] + chosen
        if len(chosen) == 1 and _speaks_of_something_else(doc, chosen[0], start):
            continue  # 彰源指出，…不锈钢原料涨幅超过50%: the speaker is not what moved
        chosen = _as_adr(doc, subjects, chosen, start)
        # 各类综合消费物价指数…烟酒升20.9%: a price index of goods is not traded
        chosen = [c for c in chosen if not pats["not_traded"].search(doc.text, c.start, c.end)]
        if chosen and pats["not_traded"].search(doc.text, chosen[-1].end, start):
            continue  # 置产族群抢进，房价呈现涨势，…涨幅高达20.8%: the house prices moved
        if chosen and _unnamed_clause(doc, subjects, chosen, start) and (
                rule != "moves.limit" and (_metric_before(doc, pats, chosen, start, end) or _price_before(doc, pats, start))
                or pats["group"].search(doc.text, doc.clause_bounds(start)[0], start)):
            continue  # 营业收入7024亿元，跌12.4%: the metric moved; 激励同族群涨幅逾6%: the group did
        if (chosen and _unnamed_clause(doc, subjects, chosen, start) and any(c.kind != "index" for c in chosen)
                and _SECTOR_WORD.search(doc.text, doc.clause_bounds(start)[0], start)):
            continue  # 长荣遭降评…，类股跌幅达6%: the sector moved, not the stock named before (but 钢铁股吸金，类股收涨2.15%)
        if not chosen:
            continue
        last_end = end
        last_subjects = chosen
        found.take(start, end)
        values = _respective_values(doc, m, rule, value, len(chosen))
        nearest = _nearest_list(doc, subjects, start)
        if values is None and len(nearest) > 1 and nearest != chosen:
            # 长荣、阳明囊括，股价分别涨逾1%、2%: as many figures as the nearest list has names
            values = _respective_values(doc, m, rule, value, len(nearest))
            if values:
                chosen = last_subjects = nearest
        if values is None and len(chosen) == 1 and chosen[0].kind == "traded":
            pair = _place_pair_before(doc, chosen[0])
            if pair is not None:
                # 英美期油本周分别累跌近4%和逾3%: two markets' contracts, one figure each
                values = _respective_values(doc, m, rule, value, 2)
                if values:
                    chosen = last_subjects = [pair, pair]
        if values is None:
            chosen = _one_of_respective_moves(doc, chosen, start)
        session = _session(doc, rules, chosen[-1], start)
        subject_start = chosen[0].start
        if values:  # 百货、运输类股分别上涨3.19%、3.08%: one figure per subject, in order
            found.take(start, max(end, values[1]))
        low = float(m["low"]) if m.groupdict().get("low") and m["unit"] == "%" else None
        if low is not None and not values and len(chosen) >= 3:
            continue  # 达新、远雄、达欣工…等，上周股价上涨1.58～4.42%之间: the list's spread, no stock's own move
        for index, subject in enumerate(chosen):
            if values:
                value = values[0][index]
            # The move's span runs from its (last) subject to the figure: 英偉達(NVDA.US)盤前大跌12%.
            span_start, span_end = (subject.start if len(chosen) == 1 else subject_start), end
            if subject.start >= end:  # 跌停的昇華: the subject comes after the move
                span_start, span_end = start, subject.end
                if doc.text[span_end : span_end + 1] in (")", "）"):
                    span_end += 1  # the subject's code closes its bracket
            if subject.ticker:
                moved.setdefault(subject.ticker, []).append(start)
            for figure in (value,) if low is None else (low, value):  # 涨3~5%: both ends
                facts = MoveFacts(direction, figure, hedge, session, (Span(subject.start, subject.end, subject.text),),
                                  (subject.ticker,))
                yield doc.mention("move", span_start, span_end, subject.text, rule, facts)
    yield from _threshold_moves(doc, subjects, moved)


_FIGURE = r"[-+−]?\s*+\d++(?:\.\d++)?+\s*+%"
# Figures listed with one percent sign after the last (分别下跌0.21、0.41%; 下挫1.55、2.46%)
_SHARED_PERCENT = r"(?:\s*+、\s*+\d++(?:\.\d++)?+)++\s*+%"
# A figure of such a list: with its own % or one the list's last % stands for
_LISTED_FIGURE = rf"\d++(?:\.\d++)?+(?=\s*+%|{_SHARED_PERCENT})"
_MONEY = r"元|美元|港元"
_PRICE_REACHED = rf"\s*+(?:至|到)\s*+\d[\d.,]*+\s*+(?:{_MONEY}|点)"  # 收跌0.71%至978元、1.63%至3020元
# 分别跌2%及逾5%, 分别升3.3%和约1%, 分别上涨2.86%、2.97%以及7.38%: a hedge may stand before a figure
_MORE_FIGURES = patterns.compile(
    rf"(?:(?:{_PRICE_REACHED})?\s*+(?:、|和|及|与|,|以及)\s*+(?:近|逾|超过|超|约|达)?+\s*+(?:{_FIGURE}|{_LISTED_FIGURE}))++"
)
_PERCENT = patterns.compile(rf"({_LISTED_FIGURE})")
_EARLIER_FIGURES = patterns.compile(rf"(?:{_FIGURE}\s*+(?:、|和|及|与|,)\s*+)++$")


# 分别, or prices listed in the subjects' order (陽明、南亞科、鴻海…報價為 126.5元(跌2.69%)、69.1元(跌2.54%)…)
_RESPECTIVELY = patterns.compile(r"分别|(?:报价|股价|价格)为")


def _one_of_respective_moves(doc: Doc, chosen: list[Subject], start: int) -> list[Subject]:
    """鸿海、联发科、台塑化为…，股价分别持平、上涨2.89%、下跌1.12%: as many moves after 分别,
    each with its own verb, as subjects in the list; the k-th move is the k-th subject's."""
    if len(chosen) < 2:
        return chosen
    clause_start, clause_end = doc.clause_bounds(start)
    respectively = last_match(_RESPECTIVELY, doc.text, clause_start, start)
    if respectively is None:
        return chosen
    moves = _MOVE_JOINT.split(doc.text[respectively.end() : clause_end])
    if len(moves) != len(chosen):
        return chosen
    return [chosen[len(_MOVE_JOINT.findall(doc.text, respectively.end(), start))]]


# What joins the moves after 分别: 分别持平、上涨2.89%; 分别升0.8%和跌逾0.1%
_MOVE_JOINT = patterns.compile(r"、|和|及|与")


def _place_pair_before(doc: Doc, subject: Subject) -> Subject | None:
    """The subject widened over two places written before it (英美 + 期油), or None."""
    pair = doc.text[max(0, subject.start - 2) : subject.start]
    if pair not in word_set(doc.lex, "place_pairs"):
        return None
    start, end = doc.norm.to_original(subject.start - 2, subject.end)
    return dataclasses.replace(subject, start=subject.start - 2, text=doc.norm.original[start:end])


def _respective_values(
    doc: Doc, m: regex.Match[str], rule: str, value: float | None, subjects: int
) -> tuple[list[float], int] | None:
    """Figures for several subjects in order (分别上涨3.19%、3.08%; 有0.2%及0.1%的跌幅).

    Returns the figures and where they end, or None when the counts do not pair up.
    """
    if subjects < 2 or value is None or rule not in ("moves.verb_pct", "moves.pct_noun"):
        return None
    text = doc.text
    if rule == "moves.verb_pct":
        more = _MORE_FIGURES.match(text, m.end())
        figures = [value] + ([float(f) for f in _PERCENT.findall(more.group())] if more else [])
        end = more.end() if more else m.end()
    else:
        earlier = _EARLIER_FIGURES.search(text, max(0, m.start() - 60), m.start())
        figures = ([float(f) for f in _PERCENT.findall(earlier.group())] if earlier else []) + [value]
        end = m.end()
    return (figures, end) if len(figures) == subjects else None


# Wrap-ups list the stocks past a threshold: 上市股今涨幅达7%的有11档，…包括千兴、智原…;
# 上柜有16档8%以上涨幅，…包括彬台、昱捷…; 有12档个股超过5%跌幅; 有22档股票有4%以上的跌幅; 共有3档股票累计涨幅超过100%，
# 分别是：…. Each stock named after it moved at least that much,
# unless the sentence says what it did (前10名皆为涨停，包括…): then that is its move.
_THRESHOLD = patterns.compile(
    r"""
    (?P<noun>涨幅|跌幅)(?:达|超过|逾|超)?\s*+(?P<num>\d++(?:\.\d++)?+)\s*+%(?:以上)?的有\s*+(?P<count>\d++)\s*+档
  | 有\s*+(?P<count2>\d++)\s*+档(?:个股|股票)?(?:有|超过|逾|达)?\s*+(?P<num2>\d++(?:\.\d++)?+)\s*+%(?:以上)?的?(?P<noun2>涨幅|跌幅)
  | 有\s*+(?P<count3>\d++)\s*+档(?:个股|股票)?[^,，。；;%]{0,12}?(?P<noun3>涨幅|跌幅)(?:达|超过|逾|超)\s*+(?P<num3>\d++(?:\.\d++)?+)\s*+%  # 共有3档股票1~8月累计涨幅超过100%
    """,
    regex.VERBOSE,
)


def _threshold_moves(doc: Doc, subjects: Subjects, moved: dict[str, list[int]]) -> Iterator[Mention]:
    """`moved`: where each ticker already has a move (its start)."""
    for m in _THRESHOLD.finditer(doc.text):
        direction: Direction = "up" if (m["noun"] or m["noun2"] or m["noun3"]) == "涨幅" else "down"
        value = float(m["num"] or m["num2"] or m["num3"])
        count = int(m["count"] or m["count2"] or m["count3"])  # 有5档超过5%跌幅，跌幅前10名…: only the first five passed it
        sentence_start, sentence_end = doc.sentence_bounds(m.end())
        listed: set[str] = set()
        for subject in subjects.named[subjects.before(m.end()) :]:
            if subject.start >= sentence_end or len(listed) >= count:
                break
            if subject.ticker is None or subject.ticker in listed:
                continue  # …同致以上除台庆科外皆涨停: a stock named again is one move
            listed.add(subject.ticker)
            starts = moved.get(subject.ticker, [])  # in text order
            i = bisect.bisect_left(starts, sentence_start)
            if i < len(starts) and starts[i] < sentence_end:
                continue
            facts = MoveFacts(direction, value, "over", None, (Span(subject.start, subject.end, subject.text),),
                              (subject.ticker,))
            yield doc.mention("move", m.start(), m.end(), subject.text, "moves.threshold_list", facts)


@functools.cache
def word_set(lex: Lexicons, name: str) -> frozenset[str]:
    """The words of one of moves.toml's lists (up, down, flat …), normalised."""
    return frozenset(map(_s, lex.rule("moves")[name]))


@functools.cache
def _direction_words(lex: Lexicons) -> frozenset[str]:
    """The words of moves.toml's up, down and flat lists together."""
    return word_set(lex, "up") | word_set(lex, "down") | word_set(lex, "flat")


@functools.cache
def _meanings(lex: Lexicons, table: str) -> dict[str, str]:
    """Normalised hedge word → its meaning (over / nearly / about)."""
    return {_s(w): meaning for meaning, forms in lex.rule("moves")[table].items() for w in forms}


def _s(word: str) -> str:
    from dsnews.normalise import simplify

    return simplify(word)


def _candidates(doc: Doc, pats: dict[str, regex.Pattern[str]]) -> list[tuple[str, regex.Match[str]]]:
    found = [("moves.verb_pct", _verb_after_a_name(doc, pats, m)) for m in pats["verb_pct"].finditer(doc.text)]
    # The percent-then-noun pattern is slow to scan from every position: it is tried only in
    # the few characters before each 涨幅 / 跌幅 …, where its match must end.
    last_end = -1
    for noun in _PCT_NOUN.finditer(doc.text):
        m = pats["pct_noun"].search(doc.text, max(0, last_end, noun.start() - PCT_NOUN_REACH), noun.end())
        if m:
            found.append(("moves.pct_noun", m))
            last_end = m.end()
    found += [("moves.signed", m) for m in _SIGNED.finditer(doc.text)]
    found += [("moves.limit", m) for m in pats["limit"].finditer(doc.text)]
    found += [("moves.doubled", m) for m in pats["doubled"].finditer(doc.text)]
    found += [("moves.flat", m) for m in pats["flat"].finditer(doc.text)]
    return sorted(found, key=lambda f: (f[1].start(), -f[1].end()))


def _verb_after_a_name(doc: Doc, pats: dict[str, regex.Pattern[str]], m: regex.Match[str]) -> regex.Match[str]:
    """中国恒大涨超5%: a name ends inside the verb (大涨), so the verb is the rest (涨) when that is one."""
    hit = doc.name_over(m.start("verb"))
    if hit is None or hit.start == m.start("verb") or hit.end >= m.end("verb"):
        return m
    return pats["verb_pct"].match(doc.text, hit.end) or m


_PCT_NOUN = patterns.compile("涨幅|升幅|跌幅|跌势|涨势")
_MOVE_NOUNS = ("涨幅", "升幅", "跌幅")  # the size of a move: 涨幅为-10.08%, 涨幅压回到2%
# A signed figure right after a name, with no verb: 苹果-0.13%、特斯拉-2.49%、台积电 ADR+1.41%, 苹果 - 0.62%
_SIGNED = patterns.compile(r"(?<=[\p{Han}A-Za-z)]\ ?)(?P<verb>[-+−])\ ?(?P<num>\d++(?:\.\d++)?+)(?P<unit>%)(?![\d~至到])")
PCT_NOUN_REACH = 30  # characters before the noun: 逾 5.1 % 以上的 and a range (3~5%)


def _value(m: regex.Match[str]) -> float | None:
    if m["num"]:
        return percent(m["num"], m["unit"])
    if m["cn"]:
        return percent(m["cn"], m["cnunit"])
    return chinese_number(m["cnpct"])


def _hedge(lex: Lexicons, before: str | None, after: str | None) -> Hedge | None:
    for word, table in ((before, "hedge_before"), (after, "hedge_after")):
        if word:
            return _meanings(lex, table).get(word)  # type: ignore[return-value]
    return None


# A turn within a clause: what stands before it is another piece of news (每股盈余创高却…重挫)
_CONTRAST = patterns.compile(r"却|(?<!不)但是?")
_UPSIDE_LEFT = patterns.compile(r"还有\s*+(?:约|近|逾|超过)?\s*+$")


def _rejected(doc: Doc, pats: dict[str, regex.Pattern[str]], m: regex.Match[str], described: set[int]) -> bool:
    """A percent that is growth, a share, a target, a hypothetical… is not a move."""
    text = doc.text
    if pats["reject_after"].match(text, m.end()):
        return True
    verb = m.start("verb") if "verb" in m.re.groupindex else -1
    before = pats["reject_before_verb"].search(text, max(0, verb - 4), verb) if verb > 0 else None
    if before and not doc.inside_a_name(*before.span()):
        return True  # 看涨20%: an expected rise (华融资产涨5%: a name's end)
    if verb > 0 and any(word.start() < verb for word in pats["reject_clause"].finditer(text, verb - 1, m.end("verb"))):
        return True  # 营收高达20%: the verb 收高 is the end of a business word
    if verb >= 0 and text.startswith("失守", verb):
        return True  # 电子成交比重…失守6成: a level given up, not a fall of 60%
    if text.endswith("唯一", 0, m.start()):
        return True  # 上市类股唯一超过1%涨幅: the one past a threshold, its own move given before
    clause_start, _ = doc.clause_bounds(m.start())
    of = text.rfind("的", clause_start, m.start())
    if of != -1 and of + 1 in described:
        clause_start = of + 1  # 7月营收微温的大立光(3008)收跌1.39%: the business figure only describes the stock
    contrast = last_match(_CONTRAST, text, clause_start, m.start())
    if contrast and not pats["reject_word_at_end"].search(text, clause_start, contrast.start()):
        # 桂盟H1每股盈余创高却翻黑重挫超过8%: the figure's own news ends at 却 (but 大中华地区的
        # 销售却下滑16%: the figure is what falls)
        clause_start = contrast.end()
    if (any(not doc.inside_a_name(*word.span()) for word in pats["reject_clause"].finditer(text, clause_start, m.start()))
            or _COUNT_OF_STOCKS.search(text, clause_start, m.start())):
        return True  # (未来 inside 好未来 is a name's, not a forecast)
    if _UPSIDE_LEFT.search(text, max(clause_start, m.start() - 6), m.start()):
        return True  # 股价还有13.25%的涨幅: the upside left, not a move (but 还有春源…等也均跌逾3%)
    if _AGAINST_A_MONTH.search(text, clause_start, m.start()):
        return True  # 营收达15.10亿元，较7月下滑1.47%: a month-on-month business figure
    if _QUANTITY.search(text, clause_start, m.start()) or _TO_A_QUANTITY.match(text, m.end()):
        return True  # 相较2019年不到60吨已翻倍 / 升逾28%至1655.4万人次: an amount of goods or people, not a price
    if _RATE.search(text, max(clause_start, m.start() - RATE_REACH), m.start()) or _FROM_FIGURE.search(text, clause_start, m.start()):
        return True  # 载客率升至82.9% / 美国自42%降至36%: a rate or a share, and its level
    if _price_of_goods(doc, pats, clause_start, m.start(), m.end()):
        return True  # 运价调涨25% / 品项调涨5%: the price of a firm's goods
    between = (m.groupdict().get("between") or "").lstrip()
    if between.startswith(("至", "到")) and not _SIZE_OR_SESSION_BEFORE.search(text, max(clause_start, m.start() - 4), m.end("verb")):
        # 安碁也上升至21.87% / 市占率缓步上升至22%: a level reached in percent (but 涨幅扩大至5%,
        # 涨幅压回到2%左右: the gain's new size; 午后一度拉升至20%: the shares' gain in the session)
        return True
    sentence_start, _ = doc.sentence_bounds(m.start())
    if between.startswith(("至", "到")) and pats["level_before"].search(
            text, sentence_start, clause_start):
        return True  # 营收占比稍降至35%，手机PA则升至65%: a share's level, told clause after clause
    return bool(pats["hypothetical"].search(text, sentence_start, m.start()))


def _price_of_goods(doc: Doc, pats: dict[str, regex.Pattern[str]], start: int, pos: int, end: int) -> bool:
    """True when a word of a price a firm sets (调涨, 售价) starts in text[start:pos] (it may
    hold the move's verb: 调涨5%) and no word about the shares follows it (调涨报价，早盘续涨
    5.5% is the stock's move)."""
    price = last_match(pats["price_setting"], doc.text, start, end)
    return (price is not None and price.start() < pos and not doc.text.startswith("指数", price.end())
            and not _SHARE_WORDS.search(doc.text, price.end(), pos))  # 运费指数 is traded


# A number of physical units (tonnes, machines, vehicles, floor space): what a business
# makes or handles, never a share price.
_UNITS = r"(?:公吨|吨|辆|艘|架|公斤|千克|平方米|平方公尺|坪|桶|人次)"
_QUANTITY = patterns.compile(rf"\d(?:[\d,.]*+\d)?\s*+[万亿]?\s*+{_UNITS}")
_TO_A_QUANTITY = patterns.compile(rf"\s*+(?:至|到|达)\s*+[\d,.]++\s*+[万亿]?\s*+{_UNITS}")
_AGAINST_A_PERIOD = patterns.compile(
    r"[与和跟较比]\s*+(?:上|前|去|今|同期|第\s*+[\d一二三四]|\d{1,2}\s*+月|[一二三四五六七八九十]{1,3}月)"
    r"|上下半年|上下两季|[季月]\s*+$")  # 维持与6月持平; 上下半年持平: two periods held against each other; Q2看季持平: flat on the quarter
_A_PERIOD_AFTER = patterns.compile(r"\s*+(?:去年|上年|前年)?(?:同期|上季|上月|前季|前月)")
# A ranking that opens a list of stocks (前10名依序为…): the list is ordered by gain, and a
# limit word in a later clause counts the market's limit moves, not the list's.
_RANKED = patterns.compile(r"(?:依[序次]为|前\s*+\d++\s*+名(?:依[序次])?(?:有|为))\s*+[:：]?\s*+$")
_THE_REST = patterns.compile(r"其[余它他]")
# (其余个股 may be a ranked list's; 其他电子 is a sector)
_THE_REST_OPENS = patterns.compile(r"\s*+其余(?!\p{Han}{0,4}?[股类])")
_STOCKS_COUNTED = r"\s*+(\d++)\s*+(?:档|家|只|支)(?:股票|个股)?"  # 11档, 8档个股
_COUNT_BEFORE = patterns.compile(rf"(?:有|计|共){_STOCKS_COUNTED}\s*+$")


# The others, counted and not named, before a limit word: …等17档涨停，另有89档跌停, 另计13档跌停 (not …点序共11档跌停)
_UNNAMED_COUNT = patterns.compile(rf"(?:另外|另|还)[有计]?(?:上市柜|上市|上柜)?(?:合计|共)?{_STOCKS_COUNTED}(?:强势|弱势)?\s*+$")
# …or not counted: 仍然有不少个股亮灯涨停
_MANY_UNNAMED = patterns.compile(r"(?:不少|许多|诸多|众多|多数|一些|部分|多只|多档)(?:个股|股票|成分股)(?:都|也|均|皆|纷纷)?+\s*+(?:强势|盘中)?+\s*+$")
_ALSO = patterns.compile(r"\s*+(?:另外还有|另外|另有|还有)")


def _limit_in_a_ranking(doc: Doc, subjects: Subjects, chosen: list[Subject], start: int, end: int) -> list[Subject]:
    """Which of the stocks of a market wrap-up's ranked list (前10名依序为…) a limit word
    speaks of: the list and the names after 另有 when the count agrees; only the first name
    when the word stands between the ranking and its list; none when the word's own clause
    counts the market's limit moves."""
    chosen = _ranked_list_too(doc, subjects, chosen, start) + chosen
    first = _FIRST_N.search(doc.text, max(0, start - RANKED_REACH), start)
    if first:
        return chosen[: int(first[1])]  # 前6名皆为涨停，依序为永光、丽婴房…(ten names): the first six
    if (len(chosen) > 1 and doc.text.startswith("的", end)
            and _RANKED_LIMIT.search(doc.text, max(0, start - RANKED_REACH), start)
            and not _THE_REST.search(doc.text, chosen[-1].end, doc.sentence_bounds(start)[1])):
        # 跌幅前10名有跌停的东森、正峰…(ten names): the first hit the limit, the rest only rank
        # (前10名有跌停的今皓、百容，其余为…: the ones before 其余 all did)
        return chosen[:1]
    if (chosen[-1].end <= doc.clause_bounds(start)[0]
            and _RANKED.search(doc.text, max(0, chosen[0].start - RANKED_REACH), chosen[0].start)
            and _count_before(doc.text, start) not in (None, len(chosen))):
        # 涨幅达8%的有37档，前10名依序为春雨、台航…，上市共有24档涨停: a ranking, not the limit
        # list (跌幅前10名有晶宏、创惟、九齐、灿星旅，4档跌停 and …，除了全谱外都是跌停: the list)
        return []
    return chosen


def _ranked_list_too(doc: Doc, subjects: Subjects, chosen: list[Subject], pos: int) -> list[Subject]:
    """跌幅前10名依序为九旸、笙泉…，另有应广共11档跌停: a limit clause that opens with 另有
    after a ranked list says the list hit the limit too; the list's subjects, or none."""
    sentence_start, _ = doc.sentence_bounds(pos)
    clause_start, _ = doc.clause_bounds(pos)
    if chosen[0].start < clause_start or not _ALSO.match(doc.text, clause_start):
        return []
    previous = _previous_clause_start(doc, clause_start, sentence_start)
    listed = [s for s in subjects.named[subjects.before(previous) : subjects.before(clause_start)]
              if s.start >= previous and s.ticker]
    if len(listed) < 2 or not _RANKED.search(doc.text, max(0, listed[0].start - RANKED_REACH), listed[0].start):
        return []
    count = _count_before(doc.text, pos)
    return listed if count in (None, len(listed) + len(chosen)) else []


def _count_before(text: str, pos: int) -> int | None:
    """A total of stocks right before `pos` (上市共有24档涨停 → 24; not 4档跌停 or 以上7档为跌停
    after a list, which count the list)."""
    m = _COUNT_BEFORE.search(text, max(0, pos - 10), pos)
    return int(m[1]) if m else None


_FIRST_N = patterns.compile(r"前\s*+(\d++)\s*+名(?:皆|都|均|全)(?:为|是)?\s*+$")
# 跌幅前10名有跌停的东森、正峰…: a limit word between a ranking and its list
_RANKED_LIMIT = patterns.compile(r"前\s*+\d++\s*+名(?:有|依[序次]为)\s*+$")
RANKED_REACH = 8
_AGAINST_A_MONTH = patterns.compile(
    r"较\s*+(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*+月(?!\s*+\d)|\d{4}\s*+年\s*+同期)")  # (较2019年同期下滑8.42%)
# A rate just before the verb (载客率升至, 使用率达; not 汇率, a currency's price, nor 功率 in
# a firm's description further back) or a figure the change starts from (自42%降至36%):
# what follows is a level, not a move.
_RATE = patterns.compile(r"(?<!汇)率")
RATE_REACH = 4
_FROM_FIGURE = patterns.compile(
    r"(?:自|从|由)(?:(?![升涨跌降扬挫转%])[^,，。；;]){0,12}?(?<![\d.])\d++(?:\.\d++)?+\s*+(?:-\s*+\d++(?:\.\d++)?+\s*+)?%"
)  # not 由升转跌0.6%, 由上海商银领涨、涨幅达5.5%
def _speaks_of_something_else(doc: Doc, subject: Subject, pos: int) -> bool:
    """The subject is the speaker of a claim the move stands in, and no word about its
    shares comes between: what it says moved is something else."""
    if doc.sentence_bounds(pos)[0] > subject.start:
        return False
    verb = _SPEECH_AFTER.match(doc.text, _after_a_person(doc, subject.end), pos)  # 茂迪总经理叶正贤表示
    if verb is None:
        verb = last_match(_IT_SPEAKS, doc.text, subject.end, pos)  # 十铨…，公司表示，DRAM…已涨约30%
    return verb is not None and verb.end() <= pos and not _SHARE_WORDS.search(doc.text, verb.end(), pos)


# A speech verb right after a name (its code, a date or an adverb between): 彰源（2030）昨表示
_SPEECH_AFTER = patterns.compile(
    r"\)?\s*+(?:\([^()]{0,12}\))?\s*+(?:旗下[^\s,，。；;]{1,12}?)?(?:昨|今|也|亦|则|还|更|进一步)?\s*+(?:表示|指出|认为|称|说|预估|预计|预期|强调|透露|提到|坦言)"
)  # (一零四(3130)旗下104玩数据指出: its unit speaks)
# The company named before speaking again as 公司 (十铨在现货市场也有着墨，公司表示，…)
_IT_SPEAKS = patterns.compile(r"(?<![\p{Han}])(?:该)?公司(?:也|亦|则|还)?(?:表示|指出|认为|称|说|预估|预计|强调|透露)")
# Words about a stock's trading, which put a figure back on the shares.
_SHARE_WORDS = patterns.compile(r"股价|股票|个股|盘|收涨|收跌|收在|终场|题材|概念|ADR")  # 涨价题材…ADR强涨5.43%: the shares


# 今日有14档个股超过4%跌幅 / 不少绩优个股股价修正幅度达30%: how many stocks passed a
# threshold, not a move of any one
_COUNT_OF_STOCKS = patterns.compile(
    r"\d++\s*+(?:档|只|家|支)|(?:不少|部分|多数|许多|众多|个别)\p{Han}{0,4}?个股|(?<!等)多(?:只|档|家|支)\p{Han}{0,4}?股"  # 多只内银股亦升逾1% (not 王品、雄狮…等多档个股: those named)
    r"|\d++\s*+个(?:主要)?(?:指数|股市)"  # 全星期3个主要指数都升约1%
)


def _unnamed_clause(doc: Doc, subjects: Subjects, chosen: list[Subject], pos: int) -> bool:
    """True when the move's clause names no subject and no 股价 stands for one."""
    clause_start, _ = doc.clause_bounds(pos)
    return all(c.end <= clause_start for c in chosen) and not subjects.anaphor_between(clause_start, pos)


_PARALLEL = patterns.compile(r"亦|也|则")
_AMOUNT_OF_MONEY = patterns.compile(r"\d[\d.,]*+\s*+(?:[万亿千百]++)?(?:元|美元|港元|人民币)")
_MARKET_WORDS = patterns.compile(r"股|盘|收|开|报|价|触底|终场|走|今早")  # 股价, 早盘, 收涨, 开盘, 报…元, 走升; 今早涨逾4% (this morning: a trading session)


def _metric_before(doc: Doc, pats: dict[str, regex.Pattern[str]], chosen: list[Subject], pos: int, end: int) -> bool:
    """The clause before gives a business figure in money, and this one only a verb and a
    percent (上季营业收入7024.1亿元，跌12.4%): the figure moved, not the shares. A clause
    with a market word (早盘上涨近3%, 收涨) is the shares' move."""
    sentence_start, _ = doc.sentence_bounds(pos)
    clause_start, _ = doc.clause_bounds(pos)
    previous = _previous_clause_start(doc, clause_start, sentence_start)
    if previous == clause_start or _MARKET_WORDS.search(doc.text, clause_start, end):
        return False  # the move's clause opens its sentence, or names the shares
    word = last_match(pats["reject_clause"], doc.text, previous, clause_start)
    if (word and all(c.end <= word.start() for c in chosen) and _PERCENT.search(doc.text, word.end(), clause_start)
            and _PARALLEL.search(doc.text, clause_start, pos)):
        # 黄金首饰同店销售跌近20%，港澳亦跌逾33%: the same business figure, told again for
        # another part (not 5月营收年增70.38%，今早挟量大涨逾4.5%, the shares' move)
        return True
    if word is None or any(c.end > word.start() for c in chosen):
        return False  # EPS 2.37元的卜蜂，周五上涨5.53%: the figure describes the subject named after it
    if _is_rate(doc.lex, word.group()) and _TO_A_LEVEL.search(doc.text, clause_start, end):
        return True  # 年增幅在上半年原落后，但前7月已上升至29%: the rate's new level
    if any(c.end > previous for c in chosen) and not _PERIOD_ONLY.fullmatch(doc.text, max(c.end for c in chosen), word.start()):
        return False  # 联咏预估第三季EPS 10元以上，但高点以来分别下跌36%: the shares, after a forecast
    if word.group() == "宗成交":
        return True  # 十大屋苑录得9宗成交，按周升12.5%: the count of deals moved
    return _AMOUNT_OF_MONEY.search(doc.text, word.end(), clause_start) is not None  # 载通去年盈利1.87亿元，下跌逾53%


# What makes a figure after 至 a move: the gain's size (涨幅扩大至) or a session's reach (一度拉升至)
_SIZE_OR_SESSION_BEFORE = patterns.compile(r"幅|一度|盘中|盘初|早盘|午后|尾盘")

# A direction verb, then 至 and the number: rose to a level (上升至29%)
_TO_A_LEVEL = patterns.compile(r"(?:升|增|降|减|跌|涨|扩大|缩小|提高|下滑)至\s*+[\d.]+\s*+%")


def _is_rate(lex: Lexicons, word: str) -> bool:
    return word.endswith("率") or word in lex.rule("moves")["reject"]["rates"]


def _session(doc: Doc, rules: dict, subject: Subject, move_start: int) -> str | None:
    clause_start, _ = doc.clause_bounds(move_start)
    # The move's own clause first (早盘一度接近涨停，终场上涨6%: close), then back to its
    # subject, then a word right before the subject (终场指数上涨50点，涨幅0.3%).
    for window_start in dict.fromkeys((clause_start, min(subject.end, clause_start))):
        window = doc.text[window_start : move_start + 4]
        found = _session_word(rules, window.__contains__)
        if found:
            return found
    return _session_word(rules, doc.text[max(0, subject.start - 3) : subject.start].endswith)


def _session_word(rules: dict, stands: Callable[[str], bool]) -> str | None:
    """The session of the longest session word that `stands` (午盘前 is intraday, not 盘前)."""
    found = [(len(f), session) for session, forms in rules["session"].items() for f in forms if stands(f)]
    return str(max(found)[1]) if found else None


# A Taiwan warrant's name: the stock's, the issuing broker's, then its series (凯基14购05, 统一0B售12).
_WARRANT_TAIL = patterns.compile(WARRANT_TAIL)
# 威刚七, 新唐一: a Taiwan company's convertible bond, numbered after its short name (not 七月,
# 一度, 二代, 五连涨: a numeral that opens a word or a count)
_BOND_NUMBER = patterns.compile(r"[一二三四五六七八九](?![月日年季度成倍大家档个位名次号期折股元亿万千百十代连一二三四五六七八九])")


def _subjects(doc: Doc, pats: dict[str, regex.Pattern[str]]) -> list[Subject]:
    """Every possible move subject in the text, in order, name and code merged."""
    text = doc.text
    found: list[Subject] = []
    firm_at = {doc.norm_span(m.span): m for m in doc.of("firm")}
    firm_ending = {end: (start, end) for start, end in firm_at}
    warrants: set[int] = set()  # where a warrant's name starts (it starts with its stock's)
    warrant_ending: dict[int, Subject] = {}  # a warrant named without its code yet, by where its name ends
    for m in doc.of("ticker"):
        start, end = doc.norm_span(m.span)
        name = m.span.text
        if m.rule == "tickers.code_name":  # 2603长荣: the code, then its name
            hit = doc.hit_starting.get(end) or doc.hit_starting.get(end + 1)
            if hit:
                end = hit.end
                name = doc.norm.original[slice(*doc.norm.to_original(hit.start, hit.end))]
        elif not m.rule.startswith("tickers.name"):  # a code: the firm name printed right before it
            named_warrant = next((warrant_ending.pop(e) for e in (start, start - 1) if e in warrant_ending), None)
            if named_warrant:  # 允强群益0A购01(031239)…跌幅达33.51%: the warrant, by its name and code
                found.remove(named_warrant)
                found.append(Subject(named_warrant.start, end, named_warrant.text, m.key))
                continue
            before = next((firm_ending[e] for e in (start, start - 1, start - 2) if e in firm_ending), None)
            if before:
                name = firm_at[before].span.text
                start = before[0]
        warrant = _WARRANT_TAIL.match(text, end)
        if warrant:  # 长荣凯基14购05(032537): a warrant on the stock, traded on its own
            found.append(_subject(doc, start, warrant.end(), None))
            warrant_ending[warrant.end()] = found[-1]
            warrants.add(start)
            continue
        if (m.key.endswith(".TW") and _BOND_NUMBER.match(text, end)
                and text[end : end + 2] not in doc.lex.boundary_words):
            found.append(_subject(doc, start, end + 1, None))  # 威刚七最近六个营业日…涨幅达28.76%: the bond moved
            warrants.add(start)
            continue
        found.append(Subject(start, end, name, m.key))
    outlets = []
    for (start, end), m in firm_at.items():
        if start in warrants:
            continue
        if m.key in doc.lex.securities:  # 雍智科技(6683)…雍智股价: a listed firm's short form
            found.append(Subject(start, end, m.span.text, m.key))
        elif m.key in doc.lex.exchanges:
            continue  # 郑商所、大商所夜盘收盘，互有涨跌，EB、EG等跌超2%: where the contracts trade, not what moved
        elif m.key not in doc.lex.media:  # 格隆汇9月20日丨…: an outlet's dateline, not a subject
            found.append(Subject(start, end, m.span.text, None, kind="firm"))
        else:
            outlets.append((start, end))
    for hit in doc.name_hits:
        if any(e.kind == "index" for e in hit.entries):
            if pats["compared_with"].search(text, max(0, hit.start - 3), hit.start):
                continue  # 股价相对大盘走弱，一度下挫逾3.8%: the index is what the stock is measured against
            if pats["listed_on"].search(text, max(0, hit.start - 3), hit.start) or _LISTS_ON_IT.match(text, hit.end):
                continue  # 华纳音乐周三登陆纳斯达克，IPO首日收盘大涨20.48% / 于那斯达克上市: the exchange it lists on
            end = hit.end
            tail = _INDEX_TAIL.match(text, end)  # 标普500 + 成长股指数 (not 台股 + 终场指数)
            if tail and not _TIME_INSIDE.search(text, end, tail.end()):
                end = tail.end()
            ext = pats["extension"].match(text, end)
            if ext:
                end = ext.end()
            found.append(_subject(doc, hit.start, end, None, "index"))
    for m in pats["traded"].finditer(text):
        if m.start() > 0 and _AMOUNT_BEFORE.match(text[m.start() - 1].strip() or text[m.start() - 2 : m.start() - 1]):
            continue  # 600億美元 / 每公噸 438 美元: a currency after a figure is an amount, not a subject
        if m.group().endswith(("币", "元")) and _CURRENCY_AS_UNIT.match(text, m.end()):
            continue  # 人民币4.62元，跌幅达8% / 以美元表达则为持平: the unit of a price or a figure
        if text.endswith("兑", 0, m.start()) or text.endswith("对", 0, m.start()) and pats["currency_pair"].search(
                text, max(0, m.start() - PAIR_REACH), m.end()):
            continue  # 韩元大幅波动，兑美元曾跌2.8%, 人民币对美元: the currency it is priced in, not the one that moved
        ext = pats["extension"].match(text, m.end())
        month = _MONTH_BEFORE.search(text, max(0, m.start() - MONTH_REACH), m.start())
        start = month.start() if month else m.start()  # 纽约11月 + 期油: a benchmark's monthly contract
        if text.startswith("国际", start - 2):
            start -= 2  # 国际期油价格升近1%: the world price, as written
        found.append(_subject(doc, start, ext.end() if ext else m.end(), None, "traded"))
        shared = _market_sharing_a_suffix(doc.lex, text, m.start(), m.end())
        if shared:  # 意大利及西班牙股市: 意大利股市 too
            found.append(_subject(doc, *shared, None, "traded"))
    for m in pats["market_nickname"].finditer(text):
        found.append(_subject(doc, m.start(), m.end(), None, "traded"))
    for m in pats["sector"].finditer(text):
        ext = pats["extension"].match(text, m.end())
        found.append(_subject(doc, m.start(), ext.end() if ext else m.end(), None, "index"))
    for m in pats["currency_pair"].finditer(text):  # 欧元兑美元
        found.append(_subject(doc, m.start(), m.end(), None, "traded"))
    # Names no lexicon lists (价值股指数, 钢铁类股指数; Stratasys, 3D Systems), where no
    # known subject stands.
    known = Coverage(len(text))
    for f in found:
        known.take(f.start, f.end)
    for start, end in outlets:
        known.take(start, end)  # MoneyDJ新闻: no Latin name guessed inside an outlet's name
    if "http" in text or "www." in text:
        for m in _WEB_ADDRESS.finditer(text):
            known.take(*m.span())  # (https://www.youtube.com/watch?v=Wlb-o1VJKoY): no name inside a web address
    kinds = acronyms(doc.lex)
    # Names no lexicon lists: 价值股指数, CBOT玉米期货 (which contains a known firm: the
    # longer subject wins), 百货类股 (a sector).
    verbs = tuple(doc.lex.rule("moves")["subject"]["verbs_before_names"])
    longer = [(start, (ext.end() if (ext := pats["extension"].match(text, end)) else end))
              for start, end in _index_names(text, verbs, pats["comparison"])]
    guesses: list[Subject] = []
    longer += _sectors_before_their_anaphor(doc)
    for start, end in _sectors(text, pats["sector_opener"], doc.lex):
        longer.append((start, end))
        # 百货、运输类股 / 橡胶及造纸类股: the sectors listed before share the suffix
        while (shared := _SECTOR_BEFORE.search(text, max(0, start - 8), start)) is not None:
            if shared["name"] in _direction_words(doc.lex):
                break  # 塑化类股持平、纺织类股: 持平 is the last sector's move, not a sector
            if (shared["name"] in doc.lex.boundary_words and shared["name"] not in _sector_names(doc.lex)
                    and shared["name"] != "其他"):  # (其他、零组件类股: TWSE's "other" sector)
                break  # 今日走势与食品类股脱勾: an everyday word, not a sector sharing the suffix
            longer.append((shared.start(), shared.start() + len(shared["name"])))
            start = shared.start()
    # Longest first at each start, so a guess never falls inside one made before it; the
    # known subjects are looked up by start, which keeps a one-line 50 MB text linear.
    found.sort(key=lambda f: f.start)
    found_starts = [f.start for f in found]
    replaced: set[int] = set()
    for start, end in sorted(set(longer), key=lambda span: (span[0], -span[1])):
        first, stop = bisect.bisect_left(found_starts, start), bisect.bisect_left(found_starts, end)
        inside = [i for i in range(first, stop) if found[i].end <= end and i not in replaced]
        # Extended to the right (上证 + 50指数), or by an exchange's Latin code on the left
        # (CBOT + 玉米期货); a Han word on the left (带领 + 加权指数) is no part of the name.
        left = text[start : found[inside[0]].start] if inside else ""
        if inside and (not left or left.strip().isascii() and left.strip().isalpha() or _CONTRACT_MONTH.fullmatch(left)):
            replaced.update(inside)
        elif known.overlaps(start, end):
            continue  # 带领 + 加权指数: the known name stands, the guess does not
        guesses.append(_subject(doc, start, end, None, "index"))
        known.take(start, end)
    found = [f for i, f in enumerate(found) if i not in replaced] + guesses
    for m in _LATIN_NAME.finditer(text):
        if m.group().upper() in kinds:
            continue  # ASIC, ETF, GPU: kinds of things, not names
        if not known.overlaps(m.start(), m.end()):
            gap = m.end() + (text[m.end() : m.end() + 1] == " ")
            ext = pats["extension"].match(text, gap)  # CRB 指数: the index, its Latin name spaced off
            found.append(_subject(doc, m.start(), ext.end() if ext else m.end(), None, "name"))
    found = [_with_adr(doc, f) for f in _bare_index_named(doc, found)]
    for m in pats["anaphor"].finditer(text):
        found.append(Subject(m.start(), m.end(), "", None, anaphor=True))
    # Merge: a name directly followed by its code is one subject (英偉達(NVDA.US)).
    found.sort(key=lambda s: (s.start, -s.end))
    merged: list[Subject] = []
    for subject in found:
        if merged and subject.start < merged[-1].end:
            # Overlaps (the same name seen as ticker and firm, or a name and its code):
            # one subject; the name's own ticker wins over a misprinted code.
            last = merged[-1]
            merged[-1] = Subject(
                last.start, max(last.end, subject.end), last.text, last.ticker or subject.ticker, kind=last.kind
            )
            continue
        gloss_end = _gloss_end(text, merged[-1], subject) if merged else None
        if gloss_end is not None:
            last = merged[-1]  # 中原城市领先指数(CCL): one subject, the name
            merged[-1] = Subject(last.start, gloss_end, last.text, last.ticker, kind=last.kind)
            continue
        if merged and merged[-1].ticker and subject.ticker and _GROUP_BETWEEN.fullmatch(text, merged[-1].end, subject.start):
            merged[-1] = subject  # 中钢集团中钢构(2013): the group describes the company named after it
            continue
        if merged and merged[-1].ticker and subject.ticker == merged[-1].ticker and _only_code_between(text, merged[-1].end, subject.start):
            merged[-1] = Subject(merged[-1].start, subject.end, merged[-1].text, subject.ticker)
            continue
        merged.append(subject)
    # 富鼎、凌阳等半导体族群盘中先后攻上涨停: a kind after 等 sums up the stocks listed before
    # it; they move, the kind names no subject of its own
    merged = [s for i, s in enumerate(merged) if not (
        i and s.ticker is None and s.kind == "index" and merged[i - 1].ticker
        and _ETC_BETWEEN.fullmatch(text, merged[i - 1].end, s.start))]
    return _unknown_list_members(doc, merged)


_ETC_BETWEEN = patterns.compile(r"[\s)]*+等")


def _gloss_end(text: str, name: Subject, gloss: Subject) -> int | None:
    """Where the bracket closes when `gloss` is Latin letters in brackets right after `name`
    (中原城市领先指数(CCL)最新报138.8: they gloss the name); None otherwise, and where the name
    is the tail of a longer one (西德州中质原油(WTI): 原油 is no name of its own)."""
    if gloss.ticker not in (None, name.ticker) or not text[gloss.start : gloss.end].isascii():
        return None
    if not _BRACKET_OPEN.fullmatch(text, name.end, gloss.start) or _TAIL_OF_A_NAME.match(text, max(0, name.start - 1), name.start):
        return None
    closed = _BRACKET_CLOSE.match(text, gloss.end)
    return closed.end() if closed else None


_BRACKET_OPEN = patterns.compile(r"\s*+\(\s*+")
_BRACKET_CLOSE = patterns.compile(r"\s*+\)")
_TAIL_OF_A_NAME = patterns.compile(r"[^\P{Han}的]")


_GROUP_BETWEEN = patterns.compile(r"集团(?:旗下)?的?")
# Nothing but a period between a company and its business figure: 载通去年盈利, 台积电第二季营收.
# (the bracketed code after the name, or its closing bracket, and two periods together: 华虹半导体(01347.HK)2021年全年纯利)
_PERIOD_ONLY = patterns.compile(r"\s*+(?:[(（][^()（）]{1,12})?[)）]?\s*+(?:去年|今年|上半年|下半年|全年|首季|上季|前三季|第[一二三四1-4]季|\d{3,4}年度?|[\d一二三四五六七八九十]{1,2}月份?){0,2}(?:的)?(?:合并|累计|自结)?\s*+")  # 109年 (Taiwan's calendar) 合并营收
_WEB_ADDRESS = patterns.compile(r"(?:https?://|www\.)[!-~]++")


def _unknown_list_members(doc: Doc, subjects: list[Subject]) -> list[Subject]:
    found: list[Subject] = []
    for index, subject in enumerate(subjects):
        found.append(subject)
        after = subjects[index + 1] if index + 1 < len(subjects) else None
        if after is None or not subject.ticker or not after.ticker:
            continue
        m = _LIST_MEMBER.fullmatch(doc.text, subject.end, after.start)
        if m and not doc.text[m.start("name") : m.end("name")].isdigit():
            found.append(_subject(doc, *m.span("name"), None, "name"))
    return found


def _with_adr(doc: Doc, subject: Subject) -> Subject:
    """`台積電 ADR`: the subject runs over the word ADR."""
    m = _ADR.match(doc.text, subject.end)
    if not m or not subject.ticker:
        return subject
    return _subject(doc, subject.start, m.end(), subject.ticker, subject.kind)


_ADR_IN_CLAUSE = patterns.compile(r"(?<![A-Za-z])ADRs?(?![A-Za-z])")


def _as_adr(doc: Doc, subjects: Subjects, chosen: list[Subject], pos: int) -> list[Subject]:
    """昨夜ADR飙涨7.6%: in a clause that names only the ADR, the move is the company's US listing."""
    clause_start, _ = doc.clause_bounds(pos)
    if len(chosen) != 1 or not chosen[0].ticker or not _unnamed_clause(doc, subjects, chosen, pos):
        return chosen
    if doc.market == "HK" and chosen[0].ticker.endswith(".HK"):
        return chosen  # a Hong Kong report reads ADRs against the local close (tickers.py)
    if not _ADR_IN_CLAUSE.search(doc.text, clause_start, pos):
        return chosen
    # 台积电(2330)有机会代工苹果AR耳机晶片，加上ADR收涨0.27%: the ADR is the named company's
    # that is listed abroad as well, nearest first (not 苹果, itself a US listing)
    sentence_start, _ = doc.sentence_bounds(pos)
    index = subjects.before(pos)
    while index > 0 and subjects.named[index - 1].start >= sentence_start:
        index -= 1
        subject = subjects.named[index]
        if subject.ticker and not subject.ticker.endswith(".US"):
            us = [t for t in doc.lex.company_ids(subject.ticker) if t.endswith(".US")]
            if us:
                return [dataclasses.replace(subject, ticker=us[0])]
    return chosen


def _only_code_between(text: str, end: int, start: int) -> bool:
    return all(c in " ()" for c in text[end:start])


# A cause opening a clause: 激励, 受…带动, 拖累 (what follows moved something else)
_CAUSE_OPENS = patterns.compile(r"激励|带动|拖累|受")


def _bare_index_named(doc: Doc, found: list[Subject]) -> list[Subject]:
    """收盘指数上涨50点，涨幅0.29%: a bare 指数 is the index that opens its paragraph, the
    paragraph's topic (台股…航运股领涨，终场指数上涨: 台股; 造纸类股受大盘拖累，指数拉回: 造纸类股)."""
    text = doc.text
    topic: Subject | None = None
    previous_start = 0
    out = []
    for subject in sorted(found, key=lambda s: s.start):
        # a line break since the last subject opens a new paragraph (searched only that far:
        # a 50 MB text on one line stays linear)
        if text.find("\n", previous_start, subject.start) != -1:
            topic = None
        previous_start = subject.start
        if subject.kind == "index" and text[subject.start : subject.end] == "指数":
            if topic is not None:
                subject = dataclasses.replace(subject, text=topic.text)
        elif (topic is None and subject.kind == "index" and not _listed_among_others(text, subject)
              and not _CAUSE_OPENS.search(text, doc.clause_bounds(subject.start)[0], subject.start)):
            topic = subject  # (激励週四美股道瓊指數上漲，…台股…，終場指數上漲: a cause is no topic)
        out.append(subject)
    return out


def _listed_among_others(text: str, subject: Subject) -> bool:
    """生技、纺纤、电机等族群力挺: a sector listed among others is no paragraph's topic."""
    return text[subject.start - 1 : subject.start] == "、" or text.startswith("、", subject.end)


def _subject(doc: Doc, start: int, end: int, ticker: str | None, kind: str = "security") -> Subject:
    o_start, o_end = doc.norm.to_original(start, end)
    return Subject(start, end, doc.norm.original[o_start:o_end], ticker, kind=kind)


_NOT_IN_NAMES = "的了在和与及是为将被但而从向把等超过较受仅"  # particles and comparisons, never inside a name
_NAME_CHAR = rf"(?:(?![{_NOT_IN_NAMES}])[\p{{Han}}A-Za-z0-9])"
_IS_NAME_CHAR = patterns.compile(_NAME_CHAR)
# A name the lexicons lack, listed between two stocks: 恒大、普生、瑞基 (普生 is on the
# emerging board). Two to four name characters between 、 and 、.
_LIST_MEMBER = patterns.compile(rf"、(?P<name>{_NAME_CHAR}{{2,4}})、")
# A sector of the market: 航运类股, 半导体板块, 面板族群 (a run of name characters before it).
# 以 and 由 open no sector's name: 类股表现以玻璃类股涨幅最大.
_SECTOR_CHAR = rf"(?:(?![{_NOT_IN_NAMES}以由])[\p{{Han}}A-Za-z0-9])"
# (上市类股 / 上柜类股: every sector of a board, none of them: 上市类股唯一超过1%涨幅)
_SECTOR = patterns.compile(rf"(?<!{_SECTOR_CHAR})(?!(?:上市|上柜)(?:类股|板块|族群)){_SECTOR_CHAR}{{1,6}}?(?:类股|板块|族群)")
_SECTOR_WORD = patterns.compile(r"类股|板块|族群")
_COUNT_PHRASE = r"[\d一二两三四五六七八九十]++\s*+(?:档|只|家|支|个)"
_COUNTED = patterns.compile(_COUNT_PHRASE)
_COUNTED_BEFORE = patterns.compile(rf"{_COUNT_PHRASE}[\sA-Za-z]{{0,4}}$")  # 等 14 档 IC 设计族群


def _market_sharing_a_suffix(lex: Lexicons, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of 意大利 in 意大利及西班牙股市: a market named before a joined one, the two
    sharing its 股市."""
    if not text.endswith("股市", start, end) or start < 3 or text[start - 1] not in "及和与、":
        return None
    before = text[max(0, start - 1 - MARKET_NAME_MAX) : start - 1]
    place = next((before[i:] for i in range(len(before) - 1) if before[i:] + "股市" in _stock_markets(lex)), None)
    return (start - 1 - len(place), start - 1) if place else None


MARKET_NAME_MAX = 5  # characters of a place before 股市 (马来西亚)


@functools.cache
def _stock_markets(lex: Lexicons) -> frozenset[str]:
    return frozenset(w for w in lex.rule("moves")["subject"]["traded"] if w.endswith("股市"))


_SECTORS_COUNTED = "两二三四五六"


def _sectors(text: str, openers: regex.Pattern[str], lex: Lexicons) -> Iterator[tuple[int, int]]:
    """_SECTOR's matches, looked for only just before each 类股/板块/族群: scanning the
    pattern over the whole text costs more than the rest of the subject search. A word
    that opens the run but names no sector (其中 + 电线电缆类股, 表现最佳 + 化工类股) is
    left out, and so is what stands before a listed sector (领涨 + 航运类股)."""
    last_end = 0
    for word in _SECTOR_WORD.finditer(text):
        m = _SECTOR.search(text, max(last_end, word.start() - 6), word.end())
        if (m is None or m.end() != word.end()) and last_end <= word.start():
            # 类股表现油电燃气类股: a listed sector ends a longer run of characters
            sector = _sector_ending_at(lex, text, word.start())
            if sector:
                last_end = word.end()
                yield word.start() - len(sector), word.end()
            continue
        if m and m.end() == word.end():
            last_end = m.end()
            if text[word.start() - 1 : word.start()] in _SECTORS_COUNTED:  # 电机、玻璃两类股: the sectors, counted
                counted = word.start() - 1
                sector = _sector_ending_at(lex, text, counted)
                if sector:
                    yield counted - len(sector), counted
                    continue
            opener = openers.match(text, m.start(), word.start())
            start = opener.end() if opener else m.start()
            # a listed sector ends the run: 表现最佳 | 航运类股
            sector = _sector_ending_at(lex, text, word.start())
            if sector and word.start() - len(sector) >= start:
                start = word.start() - len(sector)
            if (start < word.start() and not _COUNTED.match(text, start, word.start())
                    and not _COUNTED_BEFORE.search(text, max(0, start - 12), start)):
                yield start, m.end()  # not 等8档族群个股: a count of stocks, no sector


# 半导体剽悍，类股收涨1.97%: a clause that 类股 or 类指 opens, moving, stands for the sector
# that opens the clause before it
_SECTOR_ANAPHOR = patterns.compile(r"[，,]\s*+(?:(?P<anaphor>类股|类指)(?:指数)?\s*+(?:收|[涨跌升挫扬])|收[涨跌升红黑])")


def _sectors_before_their_anaphor(doc: Doc) -> list[tuple[int, int]]:
    """…and so does a clause that opens with the close, when the sector opens the sentence
    (半导体红透半边天，收涨1.13%)."""
    found = []
    for m in _SECTOR_ANAPHOR.finditer(doc.text):
        if m.start() == 0:
            continue
        clause_start, _ = doc.clause_bounds(m.start() - 1)
        while clause_start < m.start() and doc.text[clause_start].isspace():
            clause_start += 1
        if not m["anaphor"] and clause_start != doc.sentence_bounds(clause_start)[0]:
            continue
        sector = next((n for n in _sector_names(doc.lex) if doc.text.startswith(n, clause_start)), None)
        if sector and (m["anaphor"] or not doc.lex.cuts_a_word_at_end(doc.text, clause_start + len(sector))):
            found.append((clause_start, clause_start + len(sector)))
    return found


@functools.cache
def _sector_names(lex: Lexicons) -> tuple[str, ...]:
    return tuple(sorted(lex.rule("moves")["subject"]["sectors"], key=len, reverse=True))


def _sector_ending_at(lex: Lexicons, text: str, end: int) -> str | None:
    """The longest listed sector name that ends at `end` (航运 before 类股), if any."""
    return next((n for n in _sector_names(lex) if text.startswith(n, end - len(n))), None)


# The sector names listed before it, two characters each (百货、运输类股; 橡胶及造纸类股; 生技跟航运类股).
_SECTOR_BEFORE = patterns.compile(rf"(?P<name>{_NAME_CHAR}{{2}})(?:、|及|和|与|跟)$")
# (芝加哥期货交易所, 群益期货公司: an exchange or a broker, no futures contract)
_INDEX_WORD = patterns.compile(r"(?:指数(?:期货)?+|(?<!类)股指(?!数|期货)|期货(?:主力合约)?+|(?<=\p{Han})ETF)(?!交易所|公司|商|经纪|业)")  # MSCI亚太股指, 公用事业ETF
INDEX_NAME_MAX = 9  # characters of name before 指数 / 期货
_SPACED_INDEX_NAME = patterns.compile(r"(?<![\p{Han}/])\p{Han}{2,4}(?:/\p{Han}{2,4})?\ (?=\d)")
_SESSION_AFTER = patterns.compile(r"终场|收盘|收市|尾盘")  # 族群全面上攻，指数终场大涨: the market's index, written bare
_TWO_CHARACTER_ADVERBS = ("瞬间", "一举", "顺势", "随即", "同步", "持续", "大幅", "再度")


def _index_names(text: str, verbs: tuple[str, ...], comparisons: regex.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Index and futures names no lexicon lists: 价值股指数, 钢铁类股指数, 碳酸锂期货主力合约.

    The name is the run of name characters before 指数/期货, two to nine of them, after
    any verb that opens the run (带动 + 上市生技指数) and any comparison inside it (表现远优于 +
    东证一部指数).
    """
    for m in _INDEX_WORD.finditer(text):
        contract = _MONTH_CONTRACT.search(text, max(0, m.start() - 20), m.start())
        if contract and m[0].startswith("期货"):
            yield contract.start(), m.end()  # WTI 3月原油期货, 布伦特3月原油期货: a benchmark's monthly contract
            continue
        start = m.start()
        while start > 0 and m.start() - start <= INDEX_NAME_MAX and _IS_NAME_CHAR.match(text[start - 1]):
            start -= 1
        if m.start() - start >= 2 and text[start : m.start()].isdigit():
            spaced = _SPACED_INDEX_NAME.search(text, max(0, start - INDEX_NAME_MAX), start + 1)
            if spaced and spaced.end() == start:
                start = spaced.start()  # 富时 100指数, 标普/澳证 200指数: the name, spaced off its number
        while start < m.start() and text[start] in "亦也并且还则又而":
            start += 1  # 亦带动类股指数: an adverb before the verb that opens the run
        if text.startswith(_TWO_CHARACTER_ADVERBS, start):
            start += 2  # 瞬间拉抬指数29.29点: the same, in two characters
        verb = next((v for v in verbs if text.startswith(v, start)), None)
        if verb:
            start += len(verb)
        caused = last_match(_CAUSATIVE, text, start, m.start())
        if caused and m.start() - caused.end() >= 2:
            start = caused.end()  # 带头领涨也让 + 航运指数: what the clause made move, after 让
        compared = last_match(comparisons, text, start, m.start())
        if compared:
            start = compared.end()
        opener = _TIME_OR_LINK.match(text, start, m.start()).end()  # 10月 + 强积金综合指数, 当中 + 股票基金指数
        time_inside = last_match(_TIME_INSIDE, text, opener, m.start())
        if time_inside and time_inside.start() > opener and m[0] == "指数":
            # 台股周一终场加权指数: the index after the time words; 台股终场指数: the market before them
            if m.start() - time_inside.end() >= 2:
                yield time_inside.end(), m.end()
            elif time_inside.start() - opener >= 2:
                yield opener, time_inside.start()
        elif opener == m.start() and (m.start() > start or verb or _SESSION_AFTER.match(text, m.end())) and m[0] == "指数":
            yield m.start(), m.end()  # 终场指数上涨267点 / 拉抬指数29.29点: the market's index, written bare
        elif 2 <= m.start() - opener <= INDEX_NAME_MAX:
            yield opener, m.end()
# A benchmark and a contract month before a futures name: WTI 3月 + 原油期货, 布伦特3月 + 原油期货
_BENCHMARK_MONTH = r"(?:[A-Z]{2,6}|布伦特|布兰特|纽约|伦敦)\ ?\d{1,2}\ ?月份?"
_CONTRACT_MONTH = patterns.compile(_BENCHMARK_MONTH)
_MONTH_BEFORE = patterns.compile(rf"{_BENCHMARK_MONTH}$")
MONTH_REACH = 12  # characters of a benchmark and its month before a traded word
PAIR_REACH = 8  # characters of the first currency of a pair and 对 (新台币对美元)
_MONTH_CONTRACT = patterns.compile(rf"{_BENCHMARK_MONTH}\p{{Han}}{{1,6}}$")
# Times and links that open a clause before an index's name, never part of it
_TIME_OR_LINK = patterns.compile(
    r"(?:\d++月份?+|\d++年|[今去明]年|本周|上周|本月|上月|今日|昨日|近日|近期|日前|当中|其中|同期|期内|全日|全周"
    r"|终场|收盘|盘中|早盘|午盘|尾盘|开盘|以来|(?<=[年月周])来|意即|这段期间|此段期间|同一期间)*+"  # 今年来 + 纽约热轧期货: since this year; 意即这段期间 + 指数
)
# A causative inside the run before 指数 ends what comes before the index's name
_CAUSATIVE = patterns.compile(r"[让使令]")
# Times inside the run before 指数 (台股 + 周一终场 + 加权指数), each ending a name
_TIME_INSIDE = patterns.compile(r"(?:周[一二三四五]|今日|昨日|终场|收盘|盘中|早盘|午盘|尾盘|开盘)++")
_INDEX_TAIL = patterns.compile(rf"{_NAME_CHAR}{{1,6}}?指数")
_ADR = patterns.compile(r"\s*+ADRs?(?![A-Za-z])")
_LATIN_NAME = patterns.compile(
    # (?=[0-9A-Z]) first: a one-character test is far cheaper than the lookbehind on Han text
    r"(?=[0-9A-Z])(?<![A-Za-z0-9])(?:\d[A-Z]\ )?[A-Z][A-Za-z]{2,}(?:\ [A-Z][A-Za-z]+){0,2}(?![A-Za-z0-9])"
)
_CURRENCY_AS_UNIT = patterns.compile(r"\s*+(?:\d|表达|计价|计算|换算)")
_AMOUNT_BEFORE = patterns.compile(r"[\d零〇一二两三四五六七八九十百千万亿兆元]")
# 跟, 同: Taiwanese and Cantonese "and"; ，以及 goes on with the list (铁矿砂与焦煤，以及螺纹钢筋…)
# (湘邮科技(15.460,1.41,10.04%)、科蓝软件(…)…等逾20股一字涨停: a site's price widget may follow each name)
# (a code the lexicons lack stays outside its name: 老四川(2741)、御頂(3522))
_LIST_JOIN = (
    rf"(?:\s*+-\s*+KY)?+(?:\s*+{PRICE_WIDGET})?+(?:\s*+\(\s*+\d{{4,6}}(?=\s*+\)))?+[\s)]*+(?:、|和|及|与|[,，]?\s*+以及|跟|同)\s*+")
_LIST_JOINS = patterns.compile(_LIST_JOIN)
# 寶齡富錦(1760)，以及上櫃生醫股台康生技(6589): between two stocks, the board and kind of the next
# (、旅游业者易飞网(2734): the kind of business the next one is in)
_BOARD_KIND_JOIN = patterns.compile(rf"{_LIST_JOIN}(?:(?:上市|上柜)\p{{Han}}{{1,4}}?股|\p{{Han}}{{1,6}}?(?:业者|厂|商))\s*+")
# A comma joins a list only between two stocks (弘裕(1474)，宏益(1452)…亮灯涨停); elsewhere it
# ends a clause (傲视大盘，华纸(1905)劲扬7%).
# (…、王品(2727)，饭店业者夏都(2722)…: the next item may open with the kind of business it is in)
_COMMA_JOIN = patterns.compile(r"(?:\s*+-\s*+KY)?+[\s)]*+,\s*+(?:\p{Han}{1,6}?(?:业者|股|厂|商)\s*+)?+")


# 口罩 1732 毛宝、清洁用品 9919 康那香: in a list of codes and names, each item may open with
# its sector (a word, then a space, then the code)
_SECTOR_LABEL_JOIN = patterns.compile(r"[\s)]*+、\s*+\p{Han}{1,6}\s++")


def _joined(doc: Doc, left: Subject, right: Subject) -> bool:
    between = doc.text[left.end : right.start]
    if left.ticker and right.ticker:
        between = _without_epithet(doc.lex, between)
    if not between and left.kind == right.kind == "index":
        return True  # 金融钢铁分别收跌0.23%、0.28%: two sectors written back to back
    return bool(_LIST_JOINS.fullmatch(between)
                or left.ticker and right.ticker and (_COMMA_JOIN.fullmatch(between) or _BOARD_KIND_JOIN.fullmatch(between)
                                                     or doc.text[right.start].isdigit() and _SECTOR_LABEL_JOIN.fullmatch(between)))


def _without_epithet(lex: Lexicons, between: str) -> str:
    """What joins two stocks, less a nickname opening the second (、股后大立光(3008))."""
    for epithet in _epithets(lex):
        if between.endswith(epithet):
            return between[: -len(epithet)]
    return between


@functools.cache
def _epithets(lex: Lexicons) -> tuple[str, ...]:
    return tuple(map(_s, lex.rule("moves")["subject"]["epithets"]))


def _is_topic(doc: Doc, subject: Subject) -> bool:
    start, end = doc.clause_bounds(subject.start)
    if _gives_a_view(doc, subject):
        return False
    # 而台积电…: a conjunction before the name still leaves it heading its clause, and so
    # does a description ending in 的 (外资续喊买的旺宏爆量…)
    head = _BEFORE_A_HEAD.sub("", doc.text[start : subject.start].strip(" 而"))
    return (not head or head.endswith("的") and subject.kind != "name" or _WHAT_IT_IS.fullmatch(head) is not None
            or not doc.text[subject.end : end].strip(" )")
            or head in AS_FOR_BEFORE and AS_FOR_AFTER.match(doc.text, subject.end) is not None)  # 以敦泰(3545)来说: as for 敦泰


# What may stand before a name that still heads its clause: a day or session (周五台积电…), or
# the stock's code in a list written code first (6643 M31的…IP亦打进…，周二股价攻上涨停)
# (其中联发科最低触及870元: among the stocks listed before, the one the clause goes on about)
_BEFORE_A_HEAD = patterns.compile(r"^(?:(?:周[一二三四五六日]|星期[一二三四五六日]|今日|昨日|今天|昨天|今早|午后|早盘|盘中|尾盘|终场|其中)++\s*+|\d{4,6}\s++)")

# What a company is, written before its name at the head of a clause: 音响设备厂美隆电, 代工龙头复盛
_COMPANY_KIND = r"(?:厂商|大厂|厂|龙头|大老|业者|(?:设备|代工|供应|零件|材料|通路|品牌)商)"  # IC设计大老联发科
_WHAT_IT_IS = patterns.compile(rf"[\p{{Han}}A-Za-z]{{0,8}}?{_COMPANY_KIND}")  # (IC设计大老)
_KIND_BEFORE = patterns.compile(rf"{_COMPANY_KIND}\s*+$")


def _gives_a_view(doc: Doc, subject: Subject) -> bool:
    """高盛证喊价102.8元: a broker giving its view is a source, not what moved (so is one whose
    analyst speaks: 万宝投顾陈子榕指出)."""
    return bool(_opinion_after(doc.lex).match(doc.text, _after_a_person(doc, subject.end)))


def _after_a_person(doc: Doc, pos: int) -> int:
    """The end of the person named right at `pos`, their title perhaps before them
    (万宝投顾|陈子榕, 茂迪(6244)|总经理叶正贤), else `pos`."""
    code = _CODE_NOTE.match(doc.text, pos)
    at = code.end() if code else pos
    for title_end in range(at, min(at + TITLE_MAX, len(doc.text)) + 1):
        end = doc.end_of("person", title_end)
        if end is not None and (title_end == at or doc.text[at:title_end] in doc.lex.title_set):
            return end
    return pos


_CODE_NOTE = patterns.compile(r"\)?\s*+(?:\([^()]{1,12}\))?\s*+")  # (a subject may end inside its code: 茂迪(6244|)


TITLE_MAX = 8  # characters of a title between a firm and its spokesman (首席投资策略师)


@functools.cache
def _opinion_after(lex: Lexicons) -> regex.Pattern[str]:
    # (摩根士丹利最新报告却直指台积电…: a report and an adverb may stand between)
    return patterns.compile(rf"(?:证|证券)?\s*+(?:最新|日前|近日)?(?:报告|研报)?(?:却|则|也|更)?"
                            rf"(?:{words(lex.rule('moves')['subject']['opinion_verbs'])})")


class Subjects:
    """The possible subjects of a text, indexed so that each move looks only near itself."""

    def __init__(self, subjects: list[Subject]) -> None:
        self.named = [s for s in subjects if not s.anaphor]  # in text order, not overlapping
        self.ends = [s.end for s in self.named]
        self.indices = [s for s in self.named if s.kind == "index"]  # for a move in points
        self.index_ends = [s.end for s in self.indices]
        self.index_at = {s.start: i for i, s in enumerate(self.named)}  # start → index in named
        self.anaphor_starts = [s.start for s in subjects if s.anaphor]

    def before(self, pos: int) -> int:
        """How many named subjects end at or before `pos`."""
        return bisect.bisect_right(self.ends, pos)

    def anaphor_between(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.anaphor_starts, start)
        return i < len(self.anaphor_starts) and self.anaphor_starts[i] < end


def _subjects_after(doc: Doc, subjects: Subjects, end: int, rule: str) -> list[Subject]:
    """`收跌近6%的特斯拉(TSLA.US)`, `涨停的千兴、智原`: the move stands before its subjects,
    joined by 的, or by 依序为 (涨逾1成依序为中柜、常珵); a daily limit also by 包括
    (前10名皆为涨停，包括彬台、昱捷…)."""
    # (bounded: regex scans ahead for a pattern's required words, to the end of a 50 MB text)
    intro = ((_INTRO_AFTER_LIMIT if rule == "moves.limit" else _IN_ORDER).match(doc.text, end, end + INTRO_REACH)
             or _KIND_THEN_LIST.match(doc.text, end, end + INTRO_REACH))
    if intro:
        end = intro.end() - 1
    elif doc.text[end : end + 1] != "的":
        return []
    index = subjects.index_at.get(end + 1)
    if index is None and not intro:  # 拉回18.25%的测试厂欣铨: a kind of company before the name
        kind_end = end + 1
        # (Latin words and spaces too: 攻上涨停的 LED 驱动 IC 大厂聚积)
        while index is None and kind_end < min(end + 16, len(doc.text)) and _KIND_CHAR.match(doc.text, kind_end):
            kind_end += 1
            if doc.text[kind_end - 1] in _KINDS_OF_COMPANY:
                index = subjects.index_at.get(kind_end)
                if index is None and doc.text[kind_end : kind_end + 1] == " ":
                    index = subjects.index_at.get(kind_end + 1)
    if index is None:
        return []
    if not intro and _FIRST_ITEM_OF_A_RANKING.search(doc.text, max(0, end - 24), end):
        # 跌幅前10名依序为吞下第3根跌停的高端疫苗、佑华、长圣: the move describes the first item only
        return subjects.named[index : index + 1]
    last = _list_end(doc, subjects.named, index)
    if rule == "moves.limit":
        # …包括上市股新兴、裕民…等，上柜股则有正德、捷迅…等: the other market's list goes on
        more = _OTHER_MARKETS_LIST.match(doc.text, subjects.named[last].end)
        following = subjects.index_at.get(more.end()) if more else None
        if following is not None:
            last = _list_end(doc, subjects.named, following)
    return subjects.named[index : last + 1]


_KINDS_OF_COMPANY = "厂商"  # 封测厂, 设备商
_KIND_CHAR = patterns.compile(r"[\p{Han}A-Za-z ]")
_OTHER_MARKETS_LIST = patterns.compile(
    r"\s*+\)?+(?:\s*+\(\s*+\d{4,6}\s*+\))?+\s*+等?\s*+[,，；;]\s*+(?:上市股|上柜股|上市|上柜)(?:则|也|亦)?有\s*+"
)


_INCLUDING = patterns.compile(r"[,，]\s*+(?:包括|包含)\s*+(?:上市股|上柜股|上市|上柜)?")
COUNTED_LIST_REACH = 40  # characters between a counted limit and the list of its stocks


def _counted_list_after(doc: Doc, subjects: Subjects, start: int, end: int) -> list[Subject]:
    """航运股多达11档个股亮涨停红灯，主要以散装股为主，包括四维航、志信…: the stocks counted
    before a daily limit, listed after 包括 later in the sentence."""
    clause_start, _ = doc.clause_bounds(start)
    if not _COUNTED.search(doc.text, clause_start, start):
        return []
    _, sentence_end = doc.sentence_bounds(start)
    including = _INCLUDING.search(doc.text, end, min(sentence_end, end + COUNTED_LIST_REACH))
    index = subjects.index_at.get(including.end()) if including else None
    if index is None:
        return []
    return subjects.named[index : _list_end(doc, subjects.named, index) + 1]


_WHETHER = patterns.compile(r"能否|是否|可否|能不能|会不会")  # 能否攻上涨停: a question, not a limit reached
INTRO_REACH = 12  # characters an introduction of the subjects after a move may take
# 涨逾1成依序为中柜、常珵… / 累计涨幅超过100%，分别是：乔山(1736)、…: the stocks that moved by the figure
_IN_ORDER = patterns.compile(r"\s*+[,，:：]?\s*+(?:依序为|依次为|分别为|分别是|则为)\s*+[:：]?\s*+")  # 跌幅超过1%则为汽车、橡胶
# 跌幅逾1%的营建股，包括鼎固-KY、永固-KY: a kind of stock, then the list of them
_KIND_THEN_LIST = patterns.compile(r"的\p{Han}{0,4}股\s*+[,，:：]?\s*+(?:包括|包含|像是|如)\s*+[:：]?\s*+")  # (重要指标股如：宣德、应广)
_FIRST_ITEM_OF_A_RANKING = patterns.compile(r"(?:依序为|依次为|分别为)[^、,，。；;]{0,16}$")
# (涨停，另有信邦: after a comma, 另有 adds stocks that did not reach the limit)
_INTRO_AFTER_LIMIT = patterns.compile(  # 都是涨停为合邦、安碁 / 冲上涨停，包括上市股新兴 / 都是跌停为有千兴 / 都是涨停为依序为杏辉
    r"(?:\s*+(?:个股|股)?(?:还|另)?|\s*+[,，:：]\s*+(?:个股|股)?还?)(?:包括|包含|有|为?依序为为?|为?依次为为?|分别为|为有|为)\s*+(?:上市股|上柜股|上市|上柜)?"  # (依序为为: a typo seen in wrap-ups; 涨停个股还有德微、矽玛)
    r"|(?:\s*+家数\p{Han}{0,4}?)?\s*+(?:只|仅)(?:剩下?|有)\s*+"  # 跌停家数减少至仅有吉祥全、富鼎 / 跌停只剩下钰创、安国
)
_ALSO_ALL = patterns.compile(r"\s*+另(?:还|外)?有[^,，。；;]*?(?:皆|都|均|全)(?:是|为)?\s*+")
# 跌幅前10名除了精成科外都是跌停: the stock named between 除 and 外 is the exception.
_EXCEPT = patterns.compile(r"除(?:了|去)?+(?P<body>[^，。,；;！？!?\n]{1,40}?)(?:以外|之外|外|(?=以上都))")  # 除了台庆科以上都是跌停


def _without_exceptions(doc: Doc, subjects: Subjects, chosen: list[Subject], pos: int) -> list[Subject]:
    """`chosen` without the stocks an exception before the move names (除了X外都是跌停)."""
    sentence_start, _ = doc.sentence_bounds(pos)
    excepted: set[str] = set()
    for m in _EXCEPT.finditer(doc.text, sentence_start, pos):
        first = subjects.before(m.start("body"))
        for subject in subjects.named[first : subjects.before(m.end("body"))]:
            excepted.add(subject.ticker or subject.text)
        # …依序为A、B、C，除了A以上都是跌停 / …A、B、C以上除A外皆涨停 / …A、B、C，除A外皆涨停:
        # the stocks listed above, not only the one the exception names
        listed_above = doc.text.startswith("以上", m.end()) or doc.text.endswith("以上", 0, m.start())
        if listed_above or all((c.ticker or c.text) in excepted for c in chosen):
            chosen = [s for s in subjects.named[subjects.before(sentence_start) : first] if s.ticker]
    return [c for c in chosen if (c.ticker or c.text) not in excepted] if excepted else chosen


def _driven_group(doc: Doc, pats: dict[str, regex.Pattern[str]], pos: int) -> Subject | None:
    """The group a move's figure belongs to when stocks lead it to that figure, if any (a
    sector, or a name ending like one; not 带动盘初股价…, the stock's own shares)."""
    clause_start, _ = doc.clause_bounds(pos)
    m = pats["driven"].search(doc.text, max(clause_start, pos - 16), pos)
    if not m or not (pats["group_ending"].search(m["group"]) or m["group"] in _sector_names(doc.lex)):
        return None
    return _subject(doc, *m.span("group"), None, "index")


def _choose_subjects(
    doc: Doc, subjects: Subjects, pos: int, end: int, last: list[Subject], last_end: int
) -> list[Subject]:
    """The subject(s) of a move at `pos`, the way a reader finds them.

    1. A subject in the move's own clause: the nearest, with those listed before it
       (特斯拉、亞馬遜和Meta的股價盤前下跌5%左右).
    2. Else a subject earlier in the sentence that heads or closes its clause (恒生科技指数
       受美团急跌拖累，收报5462点，跌幅0.6%; 另一家PCB厂金像电，…，股价上涨2.59%).
    3. Else, when the clause says 股价 / 该股 or nothing at all, the topic of the nearest
       sentence before that names one (美团…公布业绩。股价今日低开，全日挫逾一成).
    """
    sentence_start, _ = doc.sentence_bounds(pos)
    clause_start, _ = doc.clause_bounds(pos)
    named = subjects.named
    count = subjects.before(pos)
    if _THE_REST_OPENS.match(doc.text, clause_start, pos) and not (count and named[count - 1].start >= clause_start):
        return []  # 除了小米微升0.3%，其余升近2%: the others, left unnamed (not 其余如晶华、雄狮均涨逾1%)
    # 终场下挫72.07点或0.41%: a level or change in points is an index's, never a stock's
    points = _POINTS.search(doc.text, max(clause_start, named[count - 1].end if count else 0), end) is not None
    if points:
        named = subjects.indices
        count = bisect.bisect_right(subjects.index_ends, pos)
    while count and named[count - 1].start >= clause_start and _FOLLOWING.search(
            doc.text, max(0, named[count - 1].start - 3), named[count - 1].start):
        count -= 1  # 威强电股价…跟随台股开高上涨2.28%: what it follows does not move here
    while count and named[count - 1].start >= clause_start and _in_a_setting(doc, named[count - 1], clause_start, pos):
        count -= 1  # 矽格…今日在台股续跌下持续开低下挫3.99%至60.1元: the circumstance, not the subject
    if _BARE_SECTOR_OPENS.match(doc.text, clause_start, pos) and not (count and named[count - 1].start >= clause_start):
        # 激励钢铁类股…，在大盘一度重挫约百点之际，类股上涨3%: 类股 opening its clause is the
        # sector named last in the sentence, not the market or an index between
        for index in range(count - 1, -1, -1):  # (walked back no further than the sentence: linear)
            if named[index].start < sentence_start:
                break
            if _is_sector(doc, named[index]):
                return [named[index]]
    item = _unknown_list_item(doc, subjects, clause_start, pos)
    if item is not None:
        return [item]  # Snap跌18.4%、推特跌8.8%: the list's next item, a name no lexicon lists
    if count and named[count - 1].start >= clause_start:
        index = count - 1
        # 联亚药(6562)则因集团未通过EUA的重挫: an unknown Latin word followed by 的 does not
        # displace a known subject earlier in the clause
        if (named[index].kind == "name" and doc.text.startswith("的", named[index].end) and index > 0
                and named[index - 1].start >= clause_start and named[index - 1].kind != "name"):
            index -= 1
        # 美光昨夜受大摩唱衰半导体影响重挫6.37%: what stands between 受 and 影响 is the cause,
        # not the subject (因高端疫苗跌停拖累: the move is 高端疫苗's own)
        while (index > 0 and named[index - 1].start >= clause_start
               and _CAUSE_BEFORE.search(doc.text, named[index - 1].end, named[index].start)
               and _CAUSE_AFTER.search(doc.text, named[index].end, pos)):
            index -= 1
        if _BRACKET_NOTE.match(doc.text, named[index].end, pos):
            return [named[index]]  # …、旺玖、鈺太 (盤中漲停): a note in brackets is that item's alone
        return _with_list(doc, named, index)
    both = _BOTH.match(doc.text, clause_start, pos) or _BOTH.match(doc.text, sentence_start, pos)
    if both and count >= _BOTH_COUNT[both["word"][0]]:
        return named[count - _BOTH_COUNT[both["word"][0]] : count]  # 两者分别跌4.4%及3.2%: the last two named
    unknown = _unknown_name(doc, subjects, clause_start, pos)
    if unknown:
        return [unknown]  # 莎莎升近12% / 科指升2.5%: a name no lexicon lists heads the clause
    if (_BARE_INDEX.match(doc.text, sentence_start, pos)
            or (_SESSION_CLOSE.match(doc.text, sentence_start, pos) and _POINTS.search(doc.text, sentence_start, end))
            or points and _PERIOD_OPENS.fullmatch(doc.text, sentence_start, pos)):
        # 恒生指数升至21070点…。指数中午收市报20618点，升幅1%: 指数 opening a sentence is the
        # index named last; so is a sentence opening with the close in points (恒生指数今早曾跌逾
        # 270点…。中午收市报19666点，跌198点，跌幅1%) or with a period's move in points (台股…收涨0.59点。
        # 本周下跌322.33点或1.8%)
        indices = [s for s in named[:count] if s.kind == "index"]
        if indices and pos - indices[-1].end <= CARRY_OVER * 3:
            return [indices[-1]]
    index_clause = _previous_clause_start(doc, clause_start, sentence_start)
    if _POINTS.search(doc.text, index_clause, clause_start):
        # 指数无功而返，终场下跌62.38点，跌幅0.35%: the change in points is the same move
        index_clause = _previous_clause_start(doc, index_clause, sentence_start)
    if _BARE_INDEX.match(doc.text, clause_start, pos) or _BARE_INDEX.match(doc.text, index_clause, pos):
        # 钢铁、金融也回稳，…，指数收在当日最高，终场收涨1.14%: 指数 opening the clause (or the one
        # before) is the market's index named last, not a sector listed before it
        market = _market_named_last(doc, named, count, pos)
        if market is not None:
            return [market]
    heading = _heading(doc, subjects, sentence_start)
    if heading is not None and not points:
        return [heading]  # 12.汉唐(2404)：市场看好台积美国厂大单…，早盘走高逾2%: the item's own stock
    if (last and last_end >= sentence_start and subjects.before(last_end) == subjects.before(pos) and not points
            and not _SHARES.search(doc.text, last_end, pos) and not _is_cause(doc, last[-1])):
        # 股价…飙升9.74%至40元，…，午盘维持逾5%涨幅: no name between, the same subject (but
        # 美光…重挫6.37%，冲击股价…跌逾5%: 股价 turns back to the topic)
        return last
    previous_clause = _previous_clause_start(doc, clause_start, sentence_start)
    # 不畏大盘重挫之际，股价逆势上涨4% / 股价不畏大盘大跌，逆势上涨超过2%: 股价 is a
    # company's, never an index's
    shares = _SHARES.search(doc.text, previous_clause, pos) is not None
    # …在大盘重挫下利多出尽，开低后一路重挫8.1%至232.5元: a price in money after the figure is a stock's
    shares = shares or _TO_A_PRICE_IN_MONEY.match(doc.text, end) is not None
    # 营收达新台币2.57亿元…，今股价开高走高，…涨幅逾5%: a sentence about shares moves no currency
    shares_in_sentence = shares or _SHARES.search(doc.text, sentence_start, pos) is not None

    def can_move(subject: Subject) -> bool:
        return not (shares and subject.kind == "index" or shares_in_sentence and subject.kind == "traded")

    if _ANOTHER_SIDE.match(doc.text, clause_start, pos) and not (count and named[count - 1].start >= clause_start):
        return []  # …群创、联电，上柜方面则有盘中涨幅8%以上: the other market's side, not the names before
    if (count and named[count - 1].start >= previous_clause and not _is_topic(doc, named[count - 1])
            and not _is_partner(doc, named, count - 1)
            and not _gives_a_view(doc, named[count - 1]) and can_move(named[count - 1])
            and not _is_cause(doc, named[count - 1]) and not _is_led(doc, named[count - 1])):
        # 旅游业者雄狮(2731)开高走高，盘中飙升7.73%: the stock of the clause just before, not a
        # topic further back; but the one heading that clause where another stands after it
        # (力旺的…IP亦打进台积电供应链，周二股价攻上涨停: 台积电 is what it sells to)
        last_clause = doc.clause_bounds(named[count - 1].start)
        in_last_clause = range(bisect.bisect_left(named, last_clause[0], key=attrgetter("start")), count - 1)
        heads = [i for i in in_last_clause if named[count - 1].ticker and named[i].ticker
                 and not _MOVE_JOINT.search(doc.text, named[i].end, named[count - 1].start) and _is_topic(doc, named[i])]
        if _KIND_BEFORE.search(doc.text, max(0, named[count - 1].start - 8), named[count - 1].start):
            heads = []  # 苹果手机PA供应商国际射频元件大厂 Skyworks …，股价大跌8%: the company the clause describes
        return _with_list(doc, named, heads[0] if heads else count - 1)
    # …，台积电今日强势反弹…；股王大立光同样强势表现，…终场上涨0.6%: after a semicolon, the
    # names of its own part
    part_start, _ = doc.part_bounds(pos)
    if not (count and named[count - 1].start >= part_start):
        part_start = sentence_start
    first = count
    while first > 0 and named[first - 1].start >= part_start:
        first -= 1
    in_sentence = [i for i in range(first, count)
                   if can_move(named[i]) and not _gives_a_view(doc, named[i]) and not _is_led(doc, named[i])]
    indices = [i for i in in_sentence if named[i].kind == "index"]
    if indices and any(named[i].kind == "security" and i > indices[-1] and _SHARES.search(doc.text, named[i].end, pos)
                       for i in in_sentence):
        # 大盘再度跌逾百点，连带顺达早盘…，股价回测90元关卡，…终场上涨3.92%: the move of the
        # shares named after the index (not 该股所属的…行业指数…上涨15.08%)
        in_sentence = [i for i in in_sentence if named[i].kind != "index"]
    if shares and any(named[i].ticker for i in in_sentence):
        # 以敦泰(3545)来说，主力产品 IDC…；这一波股价修正37%左右: 股价 is a listed company's, not an
        # unlisted name's (a product, a researcher)
        in_sentence = [i for i in in_sentence if named[i].ticker]
    owners = [i for i in in_sentence if _SHARES_AFTER.match(doc.text, named[i].end)]
    if owners and owners[-1] == in_sentence[-1]:
        # 苹果iPhone13也亮相，但大立光股价却呈现破底的走势，…下跌2.38%: the last name, whose 股价 it is
        return _with_list(doc, named, owners[-1])
    if in_sentence:
        topics = [i for i in in_sentence if _is_topic(doc, named[i])]
        return _with_list(doc, named, _list_end(doc, named, (topics or in_sentence)[-1]))
    # 泓格…。今日不畏大盘开低重挫，股价开高后飙升9.74%: 股价 skips the index
    while shares and count and not can_move(named[count - 1]):
        count -= 1
    # 致和证(5864)…除权息交易。…今日开高后劲扬2.71%至22.75元: a share price after the figure
    # points back to the stock of the paragraph, as 股价 would
    priced = (not last and _SHARE_PRICE_AFTER.match(doc.text, end) is not None
              and count and "\n" not in doc.text[named[count - 1].end : pos])
    if ((subjects.anaphor_between(sentence_start, pos) or priced) and count
            and pos - named[count - 1].end <= CARRY_OVER * 3):
        sentence = doc.sentence_bounds(named[count - 1].start)[0]
        first = count - 1
        while first > 0 and named[first - 1].start >= sentence and pos - named[first - 1].end <= CARRY_OVER * 3:
            first -= 1
        # …，IDC预估…，因此宏碁…。股价曾一度大涨: an unlisted source giving its view is not what
        # moved (but 岱宇表示…。…股价…今日下挫3% is the company's)
        in_that = [i for i in range(first, count) if can_move(named[i]) and (named[i].kind == "security" or not priced)
                   and (named[i].ticker or not _gives_a_view(doc, named[i]))]
        if not in_that:
            return []
        topics = [i for i in in_that if _is_topic(doc, named[i])]
        return [named[(topics or in_that)[0]]]
    # No subject at all (现涨幅回落至5.8%): the story goes on about the last move's subject.
    if points:
        last = [s for s in last if s.kind == "index"]
    last = [s for s in last if can_move(s)]  # …升幅0.3%。\n友邦…，股價高開近1%: 股價 is no index's
    if not last or last_end < 0 or pos - last_end > CARRY_OVER:
        return []
    if last_end < sentence_start:
        # A new sentence or paragraph goes on only where its clause opens with no name of its
        # own (尾盘跌幅扩大至15.64%, 最高涨幅达130%; not 华虹半导体升逾7%。\n中升急升21%, nor
        # 百胜中国涨8.23%，…。保利协鑫能源涨3.21%)
        # (a clause that opens with the move itself looks to its sentence's opening:
        # 毛戈平…升78%\n\n指数中午收市报20618点，升幅1% is not 毛戈平's)
        # (a name in quotation marks is a name: 「美国股票基金」跌幅0.9%)
        opener = (doc.text[clause_start:pos].lstrip() or doc.text[sentence_start:pos].lstrip()).lstrip("「『“")
        in_session = _patterns(doc.lex)["session_place"].match(opener)  # 纽约尾市跌幅收窄至约1%
        if not in_session and HAN.match(opener[:1]) and opener[0] not in doc.lex.rule("moves")["subject"]["head_not_first"]:
            return []
    return last


# A change in points right after the percentage: 上涨0.98%或170.24点
_POINTS_AFTER = patterns.compile(r"\s*+或\s*+\d[\d,]*+(?:\.\d++)?\s*+点")
POINTS_AFTER_REACH = 16


def _market_for_sectors(doc: Doc, subjects: Subjects, chosen: list[Subject], pos: int, end: int) -> list[Subject]:
    """电子、金融回神，终场上涨0.98%或170.24点: sectors listed together share no one move in
    points; it is the market's, the index named last before them (else `chosen` stands)."""
    if len(chosen) < 2 or not all(c.kind == "index" and _is_sector(doc, c) for c in chosen):
        return chosen
    clause_start = doc.clause_bounds(pos)[0]
    if not (_POINTS.search(doc.text, clause_start, end) or _POINTS_AFTER.match(doc.text, end, end + POINTS_AFTER_REACH)):
        return chosen
    market = _market_named_last(doc, subjects.named, subjects.before(chosen[0].start), pos, in_paragraph=True)
    return [market] if market is not None else chosen


def _market_named_last(doc: Doc, named: list[Subject], count: int, pos: int, in_paragraph: bool = False) -> Subject | None:
    """The market's index (an index that is no sector) named last among `named[:count]`, within
    reach of `pos` (and, `in_paragraph`, with no line break between); None if there is none.
    Walks back only as far as the reach: a long text stays linear."""
    for index in range(count - 1, -1, -1):
        market = named[index]
        if pos - market.end > CARRY_OVER * 3 or in_paragraph and "\n" in doc.text[market.end : pos]:
            return None
        if market.kind == "index" and not _is_sector(doc, market):
            return market
    return None


# 类股指数 with no sector's name before it: the sector its sentence named (拉低航运股整体气势，
# 类股指数下跌超过4%)
_BARE_SECTOR_OPENS = patterns.compile(r"\s*+(?:类股|类指)(?:指数)?+")
_BARE_SECTOR_INDEX = ("类股指数", "类股指标", "类指", "类指数")
# A sector's name: 航运类股, 航运股, 玻陶股, 散热族群 (not 台股, 港股: a market, one character before 股)
_NAMES_A_SECTOR = patterns.compile(r"(?:类股|族群|板块|类指|(?<=\p{Han}{2})股)$")


def _is_sector(doc: Doc, subject: Subject) -> bool:
    # (searched in the name alone: a look-behind into the text would make 激励 + 台股 a sector)
    return (_NAMES_A_SECTOR.search(doc.text[subject.start : subject.end]) is not None
            or doc.text[subject.start : subject.end] in _sector_names(doc.lex))


def _sector_named_before(doc: Doc, subjects: Subjects, subject: Subject) -> Subject:
    if subject.kind != "index" or doc.text[subject.start : subject.end] not in _BARE_SECTOR_INDEX:
        return subject
    sentence_start, _ = doc.sentence_bounds(subject.start)
    for named in reversed(subjects.named[: subjects.before(subject.start)]):
        if named.start < sentence_start:
            break
        if named.kind == "index" and _is_sector(doc, named) and doc.text[named.start : named.end] not in _BARE_SECTOR_INDEX:
            return named
    return subject


# 指数 opening a sentence: the index the story named last (not 指数基金, 指数型)
_BARE_INDEX = patterns.compile(r"\s*+指数(?!期货|基金|型|化)")

_LISTS_ON_IT = patterns.compile(r"\s*+(?:上市|挂牌|上柜)")  # 正式于那斯达克上市: a company listing on the exchange
# (台股…封关！鼠年大涨3683.69点、涨幅达30.4%: a year of the zodiac, its gain in points told first)
_PERIOD_OPENS = patterns.compile(
    r"\s*+(?:本周|上周|全周|本月|上月|全月|今年以来|今年来|今年|全年|年初至今|[鼠牛虎兔龙蛇马羊猴鸡狗猪]年)(?:以来)?(?:累计)?\s*+"
    r"(?:\p{Han}{1,4}\d[\d,]*+(?:\.\d++)?+\s*+点\s*+[、，,]\s*+)?+")
_TO_A_PRICE_IN_MONEY = patterns.compile(rf"\s*+(?:至|到)\s*+\d[\d.,]*+\s*+(?:{_MONEY})")
_SETTING = patterns.compile(r"在[^，,。；;在]{0,14}?下")  # 在台股续跌下: the circumstance a move happened in


def _in_a_setting(doc: Doc, subject: Subject, clause_start: int, pos: int) -> bool:
    """The subject stands inside a circumstance (在台股续跌下) in the move's clause before `pos`."""
    return any(m.start() < subject.start and subject.end < m.end() for m in _SETTING.finditer(doc.text, clause_start, pos))


_SESSION_CLOSE = patterns.compile(r"\s*+(?:中午|半日|午市|早市|全日|今日|最终)?+收(?:市|盘)?+报\s*+\d")

# A figure in points: 72.07点, 报17384点, 105点或0.61% (not 个百分点, not a time such as 9点)
_POINTS = patterns.compile(r"(?<![百基])(?:\d++\.\d++\s*+点|\d++\s*+点或|[报收]\s*+\d[\d,]*+\s*+点)")
_ITEM_NUMBER = patterns.compile(r"\s*+(?:\d{1,2}\s*+[.、)]\s*+)?+")
_HEADING_END = patterns.compile(r"\s*+(?:\([^()]{1,12}\))?+\)?+\s*+[:：]")  # a subject may end inside its code's bracket


def _heading(doc: Doc, subjects: Subjects, sentence_start: int) -> Subject | None:
    """The subject that heads its sentence as an item: `12.汉唐(2404)：…`, `长和：…`."""
    head = _ITEM_NUMBER.match(doc.text, sentence_start).end()
    index = subjects.index_at.get(head)
    if index is None or not subjects.named[index].ticker or not _HEADING_END.match(doc.text, subjects.named[index].end):
        return None  # CMOS：3530 晶相光…: a heading that is no stock is a topic, not a subject
    return subjects.named[index]


_SHARES = patterns.compile(r"股价|该股|其股票|该股票")
_SHARE_PRICE_AFTER = patterns.compile(r"\s*+(?:至|到|收于|收在|报|的)\s*+\d[\d,]*+(?:\.\d++)?+\s*+元")
_SHARES_AFTER = patterns.compile(r"\)?+\s*+(?:\([^()]{1,12}\)\s*+)?+(?:的)?股价")  # 大立光股价, 泓格(3577)的股价
_ANOTHER_SIDE = patterns.compile(r"\s*+(?:上市|上柜|兴柜|港股|美股|A股|台股)方面")


_CAUSE_BEFORE = patterns.compile(r"(?:受到|受|遭到|遭|因为|因)\s*+$")
# What the subject moves along with: 威强电…跟随台股开高上涨2.28%: the market is no mover
_FOLLOWING = patterns.compile(r"(?:跟随|跟着|追随|伴随|随着|随)\s*+$")
_CAUSE_AFTER = patterns.compile(r"影响|拖累|冲击|打压|波及|牵累|带动|激励")
# 鸿翊…领涨工业电脑族群，终场飙涨8.57%: what a stock leads is the object, not the subject
_LEADS = patterns.compile(r"(?:领涨|领跌|领军)\s*+$")


def _is_led(doc: Doc, subject: Subject) -> bool:
    return _LEADS.search(doc.text, max(0, subject.start - 3), subject.start) is not None


# 公司将于7月31日与Apple Homekit签约，激励今天盘中股价逆势涨停: the one a deal is made with
_WITH_BEFORE = patterns.compile(r"(?:与|跟|同)\s*+$")


def _is_partner(doc: Doc, named: list[Subject], index: int) -> bool:
    """True when the name follows 与 (with) and words, not only a name and its code, stand
    before (not 台积电与联电, 矽力-KY（6415），跟钰齐-KY)."""
    start = named[index].start
    joint = _WITH_BEFORE.search(doc.text, max(0, start - 2), start)
    return joint is not None and (index == 0 or HAN.search(doc.text, named[index - 1].end, joint.start()) is not None)


def _is_cause(doc: Doc, subject: Subject) -> bool:
    """上柜类股指数因高端疫苗跌停拖累，只小涨不到0.6%: a subject framed as the cause moves no later clause."""
    return bool(_CAUSE_BEFORE.search(doc.text, max(0, subject.start - 4), subject.start)
                and _CAUSE_AFTER.search(doc.text, subject.end, doc.clause_bounds(subject.start)[1]))


_BOTH = patterns.compile(r"\s*+(?P<word>两者|二者|三者|两只股份|两只股票|两股|三只股份|三只股票)")  # 两只股份午后急挫，停牌前分别跌约6%及近7%
_BOTH_COUNT = {"两": 2, "二": 2, "三": 3}
_CLAUSE_HEAD = patterns.compile(r"\s*+(?P<name>\p{Han}{2,4})\s*+")


def _unknown_name(doc: Doc, subjects: Subjects, clause_start: int, pos: int) -> Subject | None:
    """The whole head of a move's clause when it reads as a name in a list of moves:
    `周生生升近1%，翠华跌逾4%` (a clause beside it opens with a known subject), not
    `盘中一度涨5%`, `股价上涨2%` or `晨盘强涨3%`."""
    m = _CLAUSE_HEAD.fullmatch(doc.text, clause_start, pos)
    if not m or not _beside_a_named_clause(doc, subjects, clause_start):
        return None
    name, words_, rules = m["name"], doc.lex.boundary_words, doc.lex.rule("moves")["subject"]
    if name[:2] in words_ or name[-2:] in words_ or doc.lex.cuts_a_word(doc.text, *m.span("name")):
        return None
    if name[0] in rules["head_not_first"] or name[-1] in rules["head_not_last"] or name in rules["adverbs"]:
        return None
    return _subject(doc, *m.span("name"), None, "name")


_AFTER_A_MOVE_ITEM = patterns.compile(r"%\s*+[、，,]")
_ITEM_NAME = patterns.compile(r"(?P<name>\p{Han}{2,4}|[A-Z][A-Za-z]{2,12}|[a-z]{1,6}[A-Z][A-Za-z]{1,10})\s*+")  # (fuboTV, iRobot)


def _unknown_list_item(doc: Doc, subjects: Subjects, clause_start: int, pos: int) -> Subject | None:
    """The name heading an item of a list of moves, right after the item before ends on its
    figure (Snap跌18.4%、推特跌8.8% / 爱奇艺跌超9.9%，荔枝网跌超9.3%), when no lexicon lists it."""
    text = doc.text
    joint = text.rfind("、", clause_start, pos)
    if joint < 0 and clause_start > 0 and text[clause_start - 1] in "，,":
        joint = clause_start - 1
    figure_end = text.rfind("%", max(0, joint - 3), joint + 1) if joint > 0 else -1
    if figure_end < 0 or not _AFTER_A_MOVE_ITEM.match(text, figure_end):
        return None
    start = joint + 1
    while start < pos and text[start].isspace():
        start += 1
    m = _ITEM_NAME.fullmatch(text, start, pos)
    if not m or subjects.before(pos) != subjects.before(start):
        return None  # (a known name is found the ordinary way)
    if _patterns(doc.lex)["not_traded"].search(text, doc.sentence_bounds(pos)[0], start):
        return None  # 消費物價指數組成項目中，…、雜項物品上升1.2%: an item of a price index, not a traded thing
    name, rules = m["name"], doc.lex.rule("moves")["subject"]
    if (name[0] in rules["head_not_first"] or name[-1] in rules["head_not_last"]
            or len(name) < 4 and name[:2] in doc.lex.function_words  # (充电怪兽: a four-character name may open with a verb)
            or name in _direction_words(doc.lex) or _CAUSE_AFTER.match(name)):
        return None  # …1%，终场守在平盘 / 、随后跌2% / ，实现翻倍 / ，带动今早弹升逾4%: a time, an adverb or a verb, no name
    return _subject(doc, *m.span("name"), None, "name")


def _beside_a_named_clause(doc: Doc, subjects: Subjects, clause_start: int) -> bool:
    """True when the clause before or after this one, in the same sentence, opens with a
    known subject."""
    text = doc.text
    sentence_start, sentence_end = doc.sentence_bounds(clause_start)
    _, clause_end = doc.clause_bounds(clause_start)
    heads = []
    if clause_start - 1 > sentence_start:
        heads.append(_previous_clause_start(doc, clause_start, sentence_start))
    if clause_end + 1 < sentence_end:
        heads.append(clause_end + 1)
    for head in heads:
        while head < len(text) and text[head].isspace():
            head += 1
        if head in subjects.index_at:
            return True
    return False


def _price_before(doc: Doc, pats: dict[str, regex.Pattern[str]], pos: int) -> bool:
    """The clause before names a price a firm sets, or a share's starting level, and this
    one no subject: 本周起调涨滚珠螺杆售价，涨幅10% is that price's rise; 营收比重从10-15%，
    提升至15-20% that share's new level."""
    clause_start, _ = doc.clause_bounds(pos)
    previous = _previous_clause_start(doc, clause_start, doc.sentence_bounds(pos)[0])
    return previous < clause_start and (_price_of_goods(doc, pats, previous, pos, pos)
                                        or _FROM_FIGURE.search(doc.text, previous, clause_start) is not None)


def _previous_clause_start(doc: Doc, clause_start: int, sentence_start: int) -> int:
    """Where the clause before this one starts, in the same sentence (this one's start if
    it opens the sentence)."""
    return doc.clause_bounds(clause_start - 2)[0] if clause_start - 1 > sentence_start else clause_start


# A bracket opened right after a name, the move inside it: 鈺太 (盤中漲停 (not 均漲停: all of them)
_BRACKET_NOTE = patterns.compile(r"\s*+[(（](?![^()（）]*[均皆都齐同双各])[^()（）]*+$")


def _nearest_list(doc: Doc, subjects: Subjects, pos: int) -> list[Subject]:
    """The subject nearest before `pos` in its sentence, with those listed before it."""
    count = subjects.before(pos)
    if not count or subjects.named[count - 1].start < doc.sentence_bounds(pos)[0]:
        return []
    return _with_list(doc, subjects.named, count - 1)


def _list_end(doc: Doc, named: list[Subject], index: int) -> int:
    """The index of the last subject of a list that starts at `index` (联电、台达电、日月光投控)."""
    while index + 1 < len(named) and _joined(doc, named[index], named[index + 1]):
        index += 1
    return index


def _with_list(doc: Doc, named: list[Subject], index: int) -> list[Subject]:
    """The subject at `index` and the subjects listed right before it (A、B和C)."""
    chosen = [named[index]]
    while index > 0:
        previous = named[index - 1]
        if _kind_of_stock_before(doc, named, index) and chosen[0].ticker:
            chosen.insert(0, named[index - 2])  # 新钢、上柜钢铁股的晋椿: the kind opens one item
            index -= 2
            continue
        if not _joined(doc, previous, chosen[0]):
            break
        chosen.insert(0, previous)
        index -= 1
    return chosen


def _kind_of_stock_before(doc: Doc, named: list[Subject], index: int) -> bool:
    """A list item opened by a kind of stock and 的 (、上柜钢铁股的晋椿(2064)), the kind itself
    joined to the item before it."""
    kind = named[index - 1]
    return (index >= 2 and kind.ticker is None and doc.text[kind.end - 1 : kind.end] == "股"
            and doc.text[kind.end : named[index].start] == "的" and _joined(doc, named[index - 2], kind))
