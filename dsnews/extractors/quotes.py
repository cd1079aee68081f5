"""Quotes: who claimed what, directly (in quotation marks) or in reported speech.

`X表示：「…」`, `X表示，…`, `「…」，X說`; speakers are the person or firm named right
before the verb, or an anaphor (`他`, `這位分析師`, `該行`) that assemble resolves to the
last fitting named person or firm. Groups (`分析師們`, `法人`) give speaker null.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex

from dsnews import patterns
from dsnews.extractors import (
    AS_FOR_AFTER,
    AS_FOR_BEFORE,
    CLAUSE_END,
    COMPANY_KIND_BEFORE,
    DAY_OF_MONTH,
    HAN,
    MEDIA,
    PART_END,
    SENTENCE_END,
    SPEAKING_DAY,
    SPEAKING_FRAME,
    SPOKEN_WHEN_WHERE,
    TOPIC_FRAME,
    Coverage,
    Doc,
    ends_sentence,
    last_match,
)
from dsnews.lexicons import Lexicons, is_security_id, words
from dsnews.model import Mention, QuoteFacts
from dsnews.normalise import simplify

NAME = "quotes"
NEEDS = ("people", "firms")

# How far before the verb a named speaker may stand (in characters of the same clause).
SPEAKER_REACH = 24
# The longest reported claim: a text without sentence ends (a 50 MB line) stays linear.
CLAIM_REACH = 2000
# The longest term in quotation marks that may open a reported clause (「可疑帐号警示」将…).
TERM_MAX = 12
# A bracketed abbreviation does not lengthen a term: 「阻塞型睡眠呼吸中止症(OSA)」不僅危及…
_ASIDE_IN_TERM = patterns.compile(r"\s*+\([^()]{1,20}\)")


@dataclass(frozen=True, slots=True)
class Speaker:
    start: int
    end: int
    text: str  # original text of the speaker (name or anaphor)
    key: str | None  # entity key; "@person" / "@firm" for an anaphor; BODY_KEY + name for a public body; None for a group
    by_person: bool = False  # a person, or a firm speaking through a titled officer


# The key of a public body that speaks (發展局): no entity, so assemble names it as written
BODY_KEY = "body:"
# What may stand in a public body's name: no preposition or verb (据北京市公安局, 向金管局)
_BODY_CHAR = r"[^\P{Han}据对于向到在将是有被让给把和与及的]"


def _whole_verbs(verbs: list[str]) -> str:
    """The verbs as an alternation where a verb that begins a longer one is no verb when the
    rest of the longer one follows: 详细说明了他们… is 说明 (refused before 了), never 说."""
    forms = [simplify(v) for v in verbs]
    parts = []
    for verb in sorted(set(forms), key=lambda v: (-len(v), v)):
        rests = [f[len(verb):] for f in forms if f.startswith(verb) and f != verb]
        parts.append(f"{regex.escape(verb)}(?!{words(rests)})" if rests else regex.escape(verb))
    return "|".join(parts)


@functools.cache
def _patterns(lex: Lexicons) -> dict[str, regex.Pattern[str]]:
    rules = lex.rule("quotes")
    opens = "".join(regex.escape(k) for k in rules["marks"])
    inside_words = "|".join(f"(?<={regex.escape(w[:-1])})(?={regex.escape(w[-1])})" for w in rules["not_verb_words"])
    not_after = f"(?!{words(rules['claim_openers'])})(?:{words(rules['not_verb_after'])})"  # (说中英两国…: a claim)
    # What may stand before a verb, and the verbs themselves (punctuated ones before a comma)
    before_verb = rf"(?P<blocked>(?<={words(rules['not_verb_before'])})|{inside_words})?(?!{words(rules['not_verbs'])})"
    verbs = (rf"(?:{_whole_verbs(rules['verbs'])})(?!{not_after})"
             rf"|(?:{words(rules['punctuated_verbs'])})(?!{not_after})(?=\s*+[,，:：])"
             rf"|(?:{words(rules['marked_verbs'])})(?=\s*+[「“『])"
             # 郅慧告诉界面教育，收购消息不属实: the one told stands between the verb and the comma
             rf"|(?:{words(rules['told_verbs'])})(?!{not_after})[^\s,，。；;:：「」“”『』\"]{{1,12}}?(?=\s*+[,，:：])"
             rf"|(?:{words(rules['outlook_verbs'])})(?=[^,，。；;:：\n「」“”]{{2,30}}?(?:{words(rules['outlook_predicates'])}))")
    return {
        # Where the verb follows a word that makes it no verb (所称, 被称), the pattern still
        # matches: `extract` keeps it only when a named speaker ends there (港交所指).
        "verb": patterns.compile(rf"{before_verb}(?:{verbs})"),
        # The verbs that open a claim: those, and 指 right after a name (checked in `extract`;
        # inside a claim, 指 alone does not end it)
        "speech": patterns.compile(rf"{before_verb}(?:{verbs}|(?P<named>{words(rules['named_verbs'])})(?!{not_after}))"),
        # Adverbs and dates between a speaker and the verb: 则 / 周一 (5 日) / 透过视像 (致辞)
        "filler": patterns.compile(
            rf"(?:\s*+(?:{words(rules['speakers']['fillers'])}|\(\s*+\d{{1,2}}\s*+(?:日\s*+)?\)\s*+日?|(?<![\d月]){DAY_OF_MONTH}"
            r"|\p{Han}{2}地(?=\s*+$)"  # 感性地说: an adverb right before the verb
            rf"|{_ANSWERING_WORDS}"  # 赖铭昆答覆投资人提问指出: answering questions
            rf"|(?:透过|通过)\p{{Han}}{{0,6}}?(?:(?=致辞|致词|发言)|{MEDIA}(?=\s*+$))))*+\s*+$"  # 透过视像致辞, 通过社交媒体宣布 (not 通过认定认为: passed)
        ),
        # The same adverbs read forwards, after a speaker: 法人也预期
        "explained": patterns.compile(rf"(?:{words(rules['explained_matters'])})$"),
        "filler_ahead": patterns.compile(rf"(?:\s*+(?:{words(rules['speakers']['fillers'])}))*+\s*+"),
        # Any verb, or an announcement, in an earlier clause: its speaker owns the sentence.
        # (not the 说 of 法说会, nor a word that opens with a verb: 说明会)
        "any_verb": patterns.compile(rf"(?<!法)(?!{words(rules['not_verbs'])})(?:{words(rules['verbs'])})|宣布"),
        "open": patterns.compile(rf"[{opens}]"),
        "person_anaphor": patterns.compile(rf"(?<![其吉利])(?!其[他它中实余次后])(?:{words(rules['speakers']['person_anaphors'])})(?!们)"),  # 他们 is a group; 其他 (other), 其中, 吉他, 利他: no pronoun
        "firm_anaphor": patterns.compile(rf"(?<![分子母总])(?:{words(rules['speakers']['firm_anaphors'])})"),  # (分公司审核: a branch, named)
        "group": patterns.compile(words(rules["speakers"]["groups"])),
        "outsiders": patterns.compile(rf"\s*+(?:\([^()]{{1,12}}\))?的?(?P<group>{words(rules['speakers']['outsiders'])})"),
        # 發展局 / 澳洲央行 / 但政府 (a conjunction or 本港 before it is no part of the name; 该局
        # and 内部 are no names)
        "public_body": patterns.compile(
            rf"\s*+(?:但|而|不过|同时|另外|因此)?(?:近日|日前|今日|昨日|今天|昨天)?(?:本港|香港)?(?P<body>{_BODY_CHAR}{{0,8}}?(?:{words(rules['speakers']['public_bodies'])})"
            rf"|{_BODY_CHAR}{{1,10}}?(?:(?<![内全总部])(?:{words(rules['speakers']['public_body_endings'])})|总署)"  # 地政总署, 海关总署
            rf"|(?![该此这其各多不])\p{{Han}}{{2,14}}?(?:{words(rules['speakers']['association_endings'])}))"
            r"(?:发言人|报告)?\s*+"  # 运输署发言人表示 / 财政部报告预计: the body speaks through its spokesman or its report
        ),
        "schedule": patterns.compile(words(rules["schedule_words"])),
        "ratified": patterns.compile(words(rules["ratified"])),
        "document": patterns.compile(words(rules["speakers"]["documents"])),
        # 连平文章称 / 巴菲特的专栏写道: what the person wrote speaks for them
        "writing": patterns.compile(rf"的?(?:{words(lex.rule('people')['writings_after_name'])})"),
        "stance": patterns.compile(rf"(?:{words(rules['stances'])})\s*+[,，。]"),
    }


def extract(doc: Doc) -> Iterator[Mention]:
    lex = doc.lex
    pats = _patterns(lex)
    marks = lex.rule("quotes")["marks"]
    entities = _entities(doc)
    entity_by_end = {e[1]: e for e in entities}
    entity_ends = set(entity_by_end)
    entity_starts = {e[0]: (e[1], e[2]) for e in entities}
    covered = Coverage(len(doc.text))  # quoted text taken: a verb inside belongs to its speaker
    told_by_a_group = Coverage(len(doc.text))  # what an unnamed source reports: a firm's verb inside is told by it
    reported: set[tuple[int, int]] = set()  # spans already reported
    last_body: Speaker | None = None  # the public body that spoke last
    for question in _QUESTION.finditer(doc.text):
        covered.take(*question.span())  # 当被问及她坚称…的说法时，她表示: the question's 称 is not hers
    for links in _RELATED_LINKS.finditer(doc.text):
        covered.take(*links.span())  # 延伸閱讀 and the titles of other stories: nobody speaks here
    for verb in pats["speech"].finditer(doc.text):
        if (verb["blocked"] is not None and not _spoken_though_blocked(doc, entity_ends, verb.start())
                and not (doc.text.startswith("等人", verb.start() - 2) and verb.start() - 2 in entity_ends)
                and not _TOPIC_BEFORE.search(doc.text, max(0, verb.start() - TOPIC_REACH), verb.start())):
            # 所称 / 被称为 / 有人说: no speech, unless a name (港交所指, Ed Morse等人称) or a
            # spokesman ends there, or the topic spoken about (针对营运表示: not 营运表示, how it went)
            continue
        if verb.group()[-1] == "指" and lex.cuts_a_word_at_end(doc.text, verb.end()):
            continue  # 并指派, 他指定: 指 heads a word, and says nothing
        if verb.group().endswith("称") and _NAMED_THING.match(doc.text, verb.end(), verb.end() + NAMED_THING_REACH):
            continue  # 外资称「记忆体寒冬来临」之报告: what the report is called, no claim
        if verb["named"] is not None and not _named_right_before(doc, entity_ends, verb.start()):
            continue  # 指 alone is speech only as in 徐明恩指…, 他指…
        if verb.group() == "表态" and not _states_a_position(doc, entity_ends, verb.start()):
            continue  # 股价大涨表态, 轮动表态: shares showing their hand, not a stance stated
        if covered.overlaps(verb.start(), verb.start() + 1):
            continue  # a verb inside a quote already taken belongs to the quoted speaker
        if verb.group() == "承认" and (pats["ratified"].search(doc.text, verb.end(), verb.end() + RATIFY_REACH)
                                      or _MEETING_BEFORE.search(doc.text, max(0, verb.start() - 4), verb.start())):
            continue  # 股东会承认109年财报 / 股东会承认去年营收…: a meeting ratifies the accounts, nobody admits anything
        speaker = _speaker(doc, pats, entities, verb.start())
        if speaker is None:
            continue
        speaker = _body_named(doc, speaker, last_body)
        if (not speaker.by_person and speaker.key is not None and not speaker.key.startswith(BODY_KEY)
                and told_by_a_group.overlaps(verb.start(), verb.start() + 1)):
            continue  # 美系外资表示，…，第三季联发科看好该趋势将延续: the brokers report the company's view
        if verb.group() == "承认" and not speaker.by_person and _AT_THE_MEETING.search(doc.text, max(0, verb.start() - 2), verb.start()):
            continue  # 达欣工(2535)召开股东会…达欣工会中承认去年营收…: the company's meeting ratifies
        if speaker.key is not None and speaker.key.startswith(BODY_KEY):
            last_body = speaker
        if verb.group() == "公告" and not _announces(doc, pats, speaker, verb.start()):
            continue  # 招标公告，… / 人事公告，…: a notice, not an announcement of the subject's
        # a listed company (or 公司) telling its own news, not a broker on many stocks
        own_news = not speaker.by_person and speaker.key is not None and (
            speaker.key.startswith("@") or is_security_id(speaker.key))
        body = _body(doc, pats, marks, verb.end(), entity_starts, speaker.key, own_news)
        if body is None:
            continue
        kind, start, end, cover_end = body
        if (start, end) in reported:
            continue  # 分析认为，…: the second verb of one report
        if not _SAYS_SOMETHING.search(doc.text, start, end):
            continue  # 陳時中表示，...　(the page cut off): no words, no claim
        reported.add((start, end))
        if kind == "indirect" and _reports_another(doc, pats, entities, verb.start(), start):
            continue  # 路透引述备忘录指，艾桥智向员工表示，…: the claim is the inner speaker's
        if kind == "indirect" and verb.group() in _PLAN_VERBS and _is_a_schedule(doc.text[start:end], pats):
            continue  # 预计2025年完工 / 预计8月31日执行: a company's plan, not a claim
        if kind == "indirect" and verb.group() == "说明" and _explains_a_matter(doc.text, pats, start):
            continue  # 宝成说明本集团越南宝元鞋厂相关情况 / 说明第3季展望，…: the matter explained, no words reported
        if kind == "indirect" and verb.group() in _ESTIMATE_VERBS and _AMOUNT_ONLY.match(doc.text, start):
            continue  # 营收36亿美元，分析师预估30.7亿美元；: a consensus figure, not a claim
        if kind == "indirect" and verb.group() in _ESTIMATE_VERBS and (
                _FORECAST_AS_NOUN.match(doc.text, verb.end())
                or _FORECAST_REVISED.search(doc.text, max(0, verb.start() - REVISED_REACH), verb.start())):
            # GDP预期从3.8%下调至3.4% / GDP预期令人沮丧 / 相继下修美国GDP预估: the forecast is a noun, nobody claims
            continue
        if kind == "indirect" and (_LIST_JOINT_FIRST.match(doc.text, start) or _FIELD.match(doc.text, start)
                                   and _FORM_ITEM_BEFORE.search(doc.text, max(0, verb.start() - FORM_ITEM_REACH), verb.start())):
            continue  # 分析、研究: the verb was a noun in a list; 7.对公司财务业务影响及预估影响金额:无: a filing's field
        if speaker.key is not None:  # an unnamed source does not hide a named one later
            covered.take(verb.start(), cover_end)
        elif pats["group"].search(doc.text, speaker.start, speaker.end):
            told_by_a_group.take(verb.start(), cover_end)  # (not 当局 or 政府: a public body speaks for itself)
        inner = list(_marked_clauses(doc.text, marks, start, end)) if kind == "indirect" and speaker.key is not None else []
        # 台橡、中橡指出 / 银娱及嘉华发公告指: each of the names joined before the verb says it
        for one in (*_joined_before(doc, entity_by_end, speaker), speaker):
            facts = QuoteFacts(kind, verb.group(), one.text or None, one.key, one.by_person)
            if not any((inner_end - inner_start) * 3 >= (end - start) * 2 for inner_start, inner_end in inner):
                # (DeepSeek的产品“对于矽谷…存在严重问题。”: the claim is mostly the quotation, which stands for it)
                yield doc.mention("quote", start, end, one.key or "", f"quotes.{kind}_after_verb", facts)
            if kind == "indirect" and one.key is not None:
                direct = QuoteFacts("direct", verb.group(), one.text or None, one.key, one.by_person)
                for inner_start, inner_end in inner:
                    yield doc.mention("quote", inner_start, inner_end, one.key, "quotes.direct_in_claim", direct)
    yield from _quote_then_speaker(doc, pats, marks, entities, entity_ends, covered, reported)


# What a reported clause does not open with: a joint of a list, or a numbered form's field name
_NAMED_THING = patterns.compile(r"\s*+[「“『\"][^「」“”『』\"\n]{1,20}[」”』\"]\s*+[之的]")  # 称「…」之报告: a name
NAMED_THING_REACH = 26
_TOPIC_BEFORE = patterns.compile(rf"{TOPIC_FRAME}$")
TOPIC_REACH = 14

_LIST_JOINT_FIRST = patterns.compile(r"[及、]")  # (not 与此同时, 和硕: a claim may open with 与 or 和)
_FIELD = patterns.compile(r"\p{Han}{2,6}[:：]")
_FORM_ITEM_BEFORE = patterns.compile(r"(?:^|[\n。；;])\s*+\d{1,2}\s*+[.、．]\s*+[^\n。；;:：]*+$")  # 7.对公司…及
FORM_ITEM_REACH = 40

# Answering a question, between a speaker and the verb: 运输署回复查询表示, 金管局回应传媒查询时指,
# 局方书面回覆议员提问表示, 赖铭昆答覆投资人提问指出 (OpenCC leaves 覆 as it is)
_ANSWERING_WORDS = (r"(?:在)?(?:书面)?(?:回复|回覆|答复|答覆|回应|回答)(?:本台|传媒|媒体|记者|本报|本网|议员|投资人|投资者|股东|法人|分析师)?的?"
                    r"(?:查询|提问|询问|质询)(?:时)?")
_ANSWERING = patterns.compile(rf"\s*+{_ANSWERING_WORDS}\s*+")
_LISTED_BODY_LEAD = ("", "但", "而", "不过", "同时", "另外", "此外")


def _listed_body(doc: Doc, clause_start: int, near: str) -> regex.Match[str] | None:
    """A body not_firms.tsv lists (世界银行, 国际能源署) opening the clause before the verb,
    alone or with when or where it spoke, as a match with a "body" group over `near`."""
    lead = len(near) - len(near.lstrip())
    for offset in range(lead, min(len(near), lead + 3)):
        hit = doc.hit_starting.get(clause_start + offset)
        if (hit is None or not any(e.kind == "not_firm" for e in hit.entries)
                or near[lead:offset] not in _LISTED_BODY_LEAD):
            continue
        end = hit.end - clause_start
        if not near[end:].strip() or near[end:].strip() == "报告" or _when_or_where_spoken(near, end):
            return _BODY_SPAN.match(near, offset, end)  # (金发局报告预计: its report speaks for it)
    return None


def _when_or_where_spoken(near: str, pos: int) -> bool:
    """The rest of `near` from `pos` says only when, where or in answer to what a body spoke."""
    return bool(SPOKEN_WHEN_WHERE.fullmatch(near, pos) or _WHERE_SPOKEN.fullmatch(near, pos) or _ANSWERING.fullmatch(near, pos))


_BODY_SPAN = patterns.compile(r"(?P<body>.+)")


def _inside_an_entity(entities: list[tuple[int, int, str, str]], pos: int) -> bool:
    """Whether `pos` falls inside a named person's or firm's span (entities sorted, not overlapping)."""
    index = bisect.bisect_right(entities, pos, key=lambda e: e[0]) - 1
    return index >= 0 and entities[index][0] < pos < entities[index][1]


def _body_named(doc: Doc, speaker: Speaker, last_body: Speaker | None) -> Speaker:
    """當局說 / 央行表示: the public body that spoke last stands for them; else the one named
    before with a place before the same word (加拿大央行减息。…央行表示); else none (speaker null)."""
    anaphor = (speaker.key or "").removeprefix(BODY_KEY)
    if speaker.key is None or anaphor == speaker.key or anaphor not in doc.lex.rule("quotes")["speakers"]["public_body_anaphors"]:
        return speaker
    if last_body is not None:
        return replace(speaker, text=last_body.text, key=last_body.key)
    named = _place_and_body_before(doc, anaphor, speaker.start) or _listed_body_before(doc, anaphor, speaker.start)
    return replace(speaker, text=named.text, key=named.key) if named else replace(speaker, key=None)


@functools.cache
def _body_places(lex: Lexicons) -> frozenset[str]:
    return frozenset((*lex.rule("quotes")["speakers"]["body_places"], *lex.places, *lex.place_words))


BODY_NAMED_REACH = 300  # how far back a bare 央行 looks for the body named in full


def _place_and_body_before(doc: Doc, anaphor: str, pos: int) -> Speaker | None:
    """The last `anaphor` before `pos`, within reach, with a place right before it (加拿大央行)."""
    text, places = doc.text, _body_places(doc.lex)
    at = text.rfind(anaphor, max(0, pos - BODY_NAMED_REACH), pos)
    while at > 0:
        for length in (4, 3, 2):
            if at >= length and text[at - length : at] in places:
                return _make(doc, at - length, at + len(anaphor), BODY_KEY + text[at - length : at + len(anaphor)])
        at = text.rfind(anaphor, max(0, pos - BODY_NAMED_REACH), at)
    return None


# The kinds of not_firms.tsv body that 當局, 該局 and 該署 may stand for, and the ending the
# body's name must have for each anaphor
_BODY_KINDS = frozenset({"government", "regulator"})
_ANAPHOR_ENDINGS = {"当局": "", "有关当局": "", "该局": "局", "局方": "局", "该署": "署", "署方": "署"}


def _listed_body_before(doc: Doc, anaphor: str, pos: int) -> Speaker | None:
    """The last government body or regulator that not_firms.tsv lists, named within reach
    before `pos` without speaking (文化體育及旅遊局公布…。當局表示: the bureau)."""
    ending = _ANAPHOR_ENDINGS.get(anaphor)
    if ending is None:
        return None
    for hit in reversed(doc.name_hits):
        if hit.end > pos or hit.end < pos - BODY_NAMED_REACH:
            continue
        if hit.name.endswith(ending) and any(e.kind == "not_firm" and e.name in _BODY_KINDS for e in hit.entries):
            return _make(doc, hit.start, hit.end, BODY_KEY + doc.text[hit.start : hit.end])
    return None


def _named_right_before(doc: Doc, entity_ends: set[int], start: int) -> bool:
    """A named speaker, 他/她 or a report that opens the clause (報告指) ends right before the verb."""
    return (start in entity_ends or doc.text[start - 1 : start] in ("他", "她")
            or doc.text[doc.clause_bounds(start)[0] : start].strip() in _report_anaphors(doc.lex))


REPORT_REACH = 1000  # how far back a report opening its clause looks for the report named before


def _report_author(
    doc: Doc, pats: dict[str, regex.Pattern[str]], entities: list[tuple[int, int, str, str]], clause_start: int
) -> Speaker | None:
    """Who spoke through the last report named before `clause_start`: the speaker a verb
    right after that 报告 would have (中指研究院發表報告顯示…。報告指 / 仲量聯行報告表示…。報告亦建議)."""
    text, floor = doc.text, max(0, clause_start - REPORT_REACH)
    at = text.rfind("报告", floor, clause_start)
    while at >= 0:
        head = text[doc.clause_bounds(at)[0] : at].strip()
        if head not in ("", "该"):  # (報告又指 before: that report is the same one, named further back)
            author = _speaker(doc, pats, entities, at)
            return author if author is not None and author.key is not None else None
        at = text.rfind("报告", floor, at)
    return None


@functools.cache
def _report_anaphors(lex: Lexicons) -> frozenset[str]:
    return frozenset(lex.rule("quotes")["speakers"]["report_anaphors"])


def _marked_clauses(text: str, marks: dict[str, str], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The speaker's own words inside a reported claim: a clause in quotation marks that
    stands between clause marks (…，「只能這樣」，…), not a term inside a clause (「以資養券」為)."""
    pos = start
    while pos < end:
        if text[pos] in marks:
            close = text.find(marks[text[pos]], pos + 1, end)
            if close == -1:
                return
            before, after = text[pos - 1 : pos] if pos > start else "，", text[close + 1 : close + 2] or "。"
            between_clauses = (pos == start or before in _CLAUSE_MARKS) and (close + 1 >= end or after in _CLAUSE_MARKS)
            # 市场环境“非常良好，好到令人困扰。”: after a word, a sentence of the speaker's own, not a term
            # (not after a preposition: 针对“根据公告，…。”, a question put to the speaker)
            sentence_after_a_word = (pos > start and before not in _CLAUSE_MARKS and before not in _NOT_IN_A_DESCRIPTOR
                                     and ends_sentence(text, close - 1))
            if close - pos - 1 >= MARKED_CLAUSE_MIN and (between_clauses or sentence_after_a_word):
                yield pos + 1, close
            pos = close + 1
        else:
            pos += 1


# The shortest clause in quotation marks read as the speaker's own words (只能这样).
MARKED_CLAUSE_MIN = 4
_CLAUSE_MARKS = frozenset("，,。；;：:！!？?")


def _reports_another(doc: Doc, pats: dict[str, regex.Pattern[str]], entities: list[tuple[int, int, str, str]],
                     verb_start: int, start: int) -> bool:
    """True when a citation's claim opens with another named speaker and verb: 路透引述一份
    备忘录指，艾桥智向员工表示，… (艾桥智 claims, 路透 cites)."""
    if not _CITES.search(doc.text, doc.clause_bounds(verb_start)[0], verb_start):
        return False
    clause_end = doc.clause_bounds(start)[1]
    verb = last_match(pats["verb"], doc.text, start, clause_end)
    if verb is None or verb.end() != clause_end:
        return False
    inner = _speaker(doc, pats, entities, verb.start())
    return inner is not None and inner.key is not None and not inner.key.startswith("@")


_CITES = patterns.compile(r"引述|援引|引用")

# A forecast that is only an amount, up to the clause's end (预估30.7亿美元；): the market's
# consensus figure set beside a result, not anybody's claim (the verbs: _ESTIMATE_VERBS, below).
_AMOUNT_ONLY = patterns.compile(
    r"\s*+[约近逾超]?\d[\d,.]*+\s*+(?:[万亿千百]*+(?:美元|港元|港币|欧元|日元|英镑|人民币|元)|%)?\s*+[,，;；。]")  # (not 2023年起，)

# How far after 承认 the accounts a meeting ratifies may stand (承认去年营业报告书, 承认109年度个体及合并财务报表).
RATIFY_REACH = 16

_MEETING_BEFORE = patterns.compile(r"股东(?:常|临时)?会(?:中|上)?$")
_AT_THE_MEETING = patterns.compile(r"会[中上]$")

# Verbs that also announce a plan (预计2025年完工), and the longest claim read as one.
_PLAN_VERBS = frozenset({"预计", "预估"})
PLAN_MAX = 25
_FIRST_CLAUSE = patterns.compile(r"[^，,；;。\n]*+")
# A block of links to other stories, a title a line, under 延伸閱讀 / 相關新聞
_RELATED_LINKS = patterns.compile(r"(?m)^[ \t]*+(?:延伸阅读|相关新闻|相关报导|相关报道|相关阅读|推荐阅读)[：:]?[ \t]*+\n(?:[^\n。！？]{1,60}(?:\n|$))+")
_DIVIDEND_PAID = patterns.compile(r"(?:将|会)?(?:配发|发放|派发|配息)每股[^，,；;。\n]{0,30}?(?:股利|股息|红利)")


def _explains_a_matter(text: str, pats: dict[str, regex.Pattern[str]], start: int) -> bool:
    """The first clause after 说明 ends with the matter explained (…相关情况, 未来展望) and holds
    no verb of its own (说明其已于股东常会向股东说明…相关事项: the inner 说明 explains it)."""
    end = _FIRST_CLAUSE.match(text, start).end()
    return pats["explained"].search(text, start, end) is not None and pats["any_verb"].search(text, start, end) is None


# A date opening a claim's first clause, then the rest of that clause: 今年11月量产，/ 第四季底进驻，/ 15日开出…盘价，
_DATED_STEP = patterns.compile(
    r"(?:将|将于|于|在)?(?:今年|明年|年底|年初|年中|本季|下季|\d{2,4}\s*+年|第[一二三四1-4]\s*+季|[上下]半年|\d{1,2}\s*+月|\d{1,2}\s*+日)"
    rf"[^，,；;。\n]{{0,{PLAN_MAX}}}(?=[，,；;。\n]|$)")


def _is_a_schedule(claim: str, pats: dict[str, regex.Pattern[str]]) -> bool:
    """A claim that only dates a step of the company's own (完工, 投产, 挂牌, 交割…): a short
    one, or a longer one that opens with the date and the step (预计今年11月量产，量产初期…)."""
    if _DIVIDEND_PAID.match(claim):
        return True  # 预计配发每股18.53元现金股利: the dividend the board proposed, no forecast
    if len(claim) <= PLAN_MAX and "%" not in claim:
        return pats["schedule"].search(claim) is not None
    if pats["schedule"].fullmatch(claim, 0, _FIRST_CLAUSE.match(claim).end()):
        return True  # 股东会预计全面改选，依据公告…: the step alone opens the claim
    first = _DATED_STEP.match(claim)
    return first is not None and pats["schedule"].search(claim, 0, first.end()) is not None


def _entities(doc: Doc) -> list[tuple[int, int, str, str]]:
    """(start, end, key, kind) of every person and firm mention, normalised offsets, in order."""
    found = []
    for kind in ("person", "firm"):
        for m in doc.of(kind):
            if m.rule == "people.byline":
                continue  # 〔记者陈柔蓁／台北报导〕: the reporter tells, but claims nothing
            start, end = doc.norm_span(m.span)
            found.append((start, end, m.key, kind))
    found.sort(key=lambda e: (e[0], -e[1]))
    outer: list[tuple[int, int, str, str]] = []
    reach = -1
    for e in found:  # a name inside a longer one (東和 in 蔡東和) is not a speaker
        if e[1] <= reach and outer and (outer[-1][0], outer[-1][1]) != (e[0], e[1]):
            continue
        outer.append(e)
        reach = max(reach, e[1])
    return sorted(outer)


# Between one who states a position and 表态: a code in brackets, an adverb of time or manner
_BEFORE_A_STANCE = patterns.compile(
    r"(?:\s*+\(\s*+[\dA-Za-z-]{1,10}\s*+\))?+\s*+(?:日前|近日|昨日|今日|昨|今)?(?:已|也|亦|均|皆|公开|正式|率先|首度|随即)?$")  # 鲍威尔日前表态
STANCE_REACH = 16


def _states_a_position(doc: Doc, entity_ends: set[int], verb_start: int) -> bool:
    """王品 (2727-TW) 已表态 / 他表态: a name or a pronoun states it (not 股价大涨表态, 轮动表态:
    shares showing their hand)."""
    between = _BEFORE_A_STANCE.search(doc.text, max(0, verb_start - STANCE_REACH), verb_start)
    return between is not None and _named_right_before(doc, entity_ends, between.start())


_FIRST_PERSON = patterns.compile(r"我")  # the writer, after the names it speaks of
# Between two names spoken of together: a code in brackets, then a joint (台橡（2103）、国际中橡)
_JOINT_BEFORE = patterns.compile(r"(?:\s*+[(（][^()（）]{1,12}[)）])?+\s*+(?:、|及|和|与|跟|以及)\s*+$")
JOINT_REACH = 20


def _after_title_before(doc: Doc, kind: str | None, pos: int) -> int:
    """Where the title ending at `pos` starts, for a person (台湾大蔡明忠及|总经理|林之晨); else `pos`."""
    if kind == "person":
        for length in range(TITLE_LENGTH_MAX, 1, -1):
            if pos - length >= 0 and doc.text[pos - length : pos] in doc.lex.title_set:
                return pos - length
    return pos


TITLE_LENGTH_MAX = 8


def _joined_before(doc: Doc, by_end: dict[int, tuple[int, int, str, str]], speaker: Speaker) -> list[Speaker]:
    """The names of the same kind joined right before a named speaker, first to last
    (`by_end`: the entities by where they end)."""
    if speaker.key is None or speaker.key.startswith(("@", BODY_KEY)):
        return []
    own = by_end.get(speaker.end)
    kind = own[3] if own is not None and own[0] == speaker.start else None
    joined: list[Speaker] = []
    pos = speaker.start
    while (joint := _JOINT_BEFORE.search(doc.text, max(0, pos - JOINT_REACH), _after_title_before(doc, kind, pos))) is not None:
        e = by_end.get(joint.start())
        if e is None or e[3] != kind or e[2] == speaker.key:
            break
        joined.insert(0, Speaker(e[0], e[1], doc.text[e[0] : e[1]], e[2], kind == "person"))
        pos = e[0]
    return joined


def _speaker(
    doc: Doc, pats: dict[str, regex.Pattern[str]], entities: list[tuple[int, int, str, str]], verb_start: int
) -> Speaker | None:
    """The speaker of a verb: an entity, anaphor or group ending just before it in its clause."""
    text = doc.text
    clause_start, _ = doc.clause_bounds(verb_start)
    head = text[clause_start:verb_start]
    filler = pats["filler"].search(head)
    stop = clause_start + (filler.start() if filler else len(head))
    index = bisect.bisect_left(entities, (clause_start,))
    while index < len(entities) and entities[index][0] <= stop:
        if stop < entities[index][1] <= verb_start:
            # 陈怡均7日表示: 均 ends the name, it is no adverb; 顾宏地表示: nor is 顾宏地 one (感性地说)
            stop = entities[index][1]
        index += 1
    frame = _FRAME_AT_END.search(text, clause_start, stop)
    named_before = frame.start() if frame else stop  # nothing inside the phrase speaks
    # A named person or firm in the clause, closest to the verb (brackets not counted).
    index = bisect.bisect_left(entities, (clause_start,))
    candidates = []
    asked = [q.span() for q in _QUESTION.finditer(text, clause_start, verb_start)]
    while index < len(entities) and entities[index][0] < named_before:  # entities are sorted by start
        e = entities[index]
        if any(q_start < e[0] < q_end for q_start, q_end in asked):
            index += 1
            continue  # 药明康德被问及药明生物…时强调: who is asked about is no speaker
        if ((text[e[0] - 1 : e[0]] in ("对", "向") or text.endswith(_ADDRESSED, 0, e[0])) and e[0] > clause_start
                or text[e[0] - 1 : e[0]] == "经"):
            index += 1
            continue  # 该行发言人对路透证实 / 中嘉博创回复深交所关注函称: who is told is no speaker; 经中登公司确认: who checked
        if text[e[0] - 1 : e[0]] == "在" and (candidates or _distance(text, e[1], stop) == 0):
            index += 1
            continue  # 中国恒大在港交所公告: the exchange is where it was said
        if text[e[0] - 1 : e[0]] in AS_FOR_BEFORE and AS_FOR_AFTER.match(text, e[1]):
            index += 1
            continue  # 以敦泰(3545)来说，…预估…: as for the company, the writer speaks
        if e[3] == "firm" and _PRODUCT_WORD.match(text, e[1]) and text[e[1] - 1 : e[1]].isascii():
            index += 1
            continue  # Apple Watch 7预料也会同步亮相: the firm's name opens a product's
        if e[1] <= named_before and (_distance(text, e[1], named_before) <= SPEAKER_REACH
                                     or e[3] == "person" and _WHERE_SPOKEN.fullmatch(text, e[1], stop)):
            candidates.append(e)
        index += 1
    if candidates and _FIRST_PERSON.search(text, candidates[-1][1], stop):
        return None  # 欣兴 (3037-TW)、景硕 (3189-TW) 我持续看好: the writer speaks of them
    # 出席…初創公司…研討會致辭表示: no 公司 in the frame speaks; nor in an aside (蔡凯文(见图右,公司提供)坦言)
    near = _ASIDE.sub(lambda aside: " " * len(aside[0]), text[clause_start:named_before])
    close_to = _CLOSE_TO.search(near)
    if close_to:  # 接近该公司的知情人士称: a source close to the firm, unnamed
        return _make(doc, clause_start + close_to.start("group"), stop, None)
    if candidates and candidates[-1][3] == "firm":
        outsiders = pats["outsiders"].match(text, candidates[-1][1], stop)
        if outsiders and not text[outsiders.end() : stop].strip():
            return _make(doc, outsiders.start("group"), stop, None)  # 特斯拉投资者透露: an unnamed group
    if near.strip() in _clause_firm_anaphors(doc.lex) and not candidates:
        return _make(doc, clause_start + len(near) - len(near.lstrip()), stop, "@firm")
    if near.strip() in _report_anaphors(doc.lex) and not candidates:
        author = _report_author(doc, pats, entities, clause_start)
        if author is not None:
            return author  # 報告又指，…: who spoke through the report named before
    for pattern, key in (("person_anaphor", "@person"), ("firm_anaphor", "@firm"), ("group", None)):
        m = last_match(pats[pattern], near)
        if m and len(near) - m.end() > SPEAKER_REACH:
            continue
        if m and _inside_an_entity(entities, clause_start + m.start()):
            continue  # 中国证券登记结算有限责任公司…审核确认: 公司 ends the name, it stands for nobody
        if m and (not candidates or candidates[-1][1] <= clause_start + m.start()):
            if (pattern != "person_anaphor" and candidates and candidates[-1][3] == "firm"
                    and not _SOURCE_OR_DATELINE.search(text, candidates[-1][1], clause_start + m.start())):
                break  # 法兴银行分析师表示 / 瑞银…的首席投资官认为: the named firm speaks
            if pattern == "group" and candidates and candidates[-1][1] == clause_start + m.start():
                break  # 永诚投顾徐照兴分析师表示: the group word is the named person's title
            start = m.start()
            while pattern == "group" and start > 0 and HAN.match(near[start - 1]):
                start -= 1  # 市场分析师: the group with its qualifier (assemble reads a bare 分析师)
            return _make(doc, clause_start + start, stop, key)
    body = pats["public_body"].fullmatch(near) if not candidates else None
    if body is None and not candidates:
        # 房屋局回覆本台查詢時表示 / 證監會在記者會上表示: the body, then when or where it spoke
        body = pats["public_body"].match(near)
        if body and not _when_or_where_spoken(near, body.end()):
            body = None
    if body is None and not candidates:
        body = _listed_body(doc, clause_start, near)
    if body:  # 發展局表示 / 澳洲央行表示: a public body (no firm in GUIDELINES) speaks as written
        start, end = clause_start + body.start("body"), clause_start + body.end("body")
        return _make(doc, start, end, BODY_KEY + text[start:end])
    if not candidates and not near.strip() and text.startswith("公告", verb_start):
        return _make(doc, verb_start, verb_start + 2, "@firm")  # 公告称，…: the company's announcement
    if not candidates:
        # 认为… / 以书面回复议员提问时表示…: the verb opens its clause; the sentence's subject speaks
        opens_clause = not near.strip() or SPOKEN_WHEN_WHERE.fullmatch(near)
        subject = _sentence_subject(doc, pats, entities, clause_start) if opens_clause else None
        if (text.startswith(_FORECASTS, verb_start)
                and not _ANNOUNCED.search(text, doc.sentence_bounds(clause_start)[0], clause_start)
                and not (subject and (subject.by_person or subject.key == "@person")
                         and subject.start >= doc.part_bounds(clause_start)[0])):
            # …，预计今年将扩大导入至200间门市: the story's forecast, not a claim of its subject
            # (but 他对人民币的看法中性，估计明年底会贬值: a person forecasts, in the same part
            # of the sentence; not 台翰董座由蔡镇隆接任；预期下半年…, the company's outlook)
            return None
        return subject
    if len(candidates) >= 2 and _PUBLISHES.fullmatch(text, candidates[-2][1], candidates[-1][0]):
        candidates.pop()  # 民生证券发布泰格医药的研报指出: the broker speaks, not the company it covers
    start, end, key, kind = candidates[-1]
    after_title = _title_after(doc, end)
    if (kind == "person" and _distance(text, after_title, stop) > 0
            and not SPOKEN_WHEN_WHERE.fullmatch(text, after_title, stop) and not _WHERE_SPOKEN.fullmatch(text, after_title, stop)
            and not _DAY_ALONE.fullmatch(text, after_title, stop) and not pats["writing"].fullmatch(text, after_title, stop)):
        # a person stands right before the verb (黄仁勋的公司表示 is not him), allowing a
        # bracket (伍德 (Cathie Wood)表示), a title (吴海峰博士表示) or a place phrase
        # (巴菲特在致股东信中写道)
        return None
    officer = kind == "firm" and _ends_with_title(doc, text[end:stop])  # Man Numeric的首席投资长
    if (kind == "firm" and not officer and _OWNED_THING.match(text, end, stop)
            and not pats["document"].search(text, end, stop)):
        return None  # 斐成的转型也吸引买盘认同: the firm's turn is no speaker (but 瑞银的报告指出)
    return _make(doc, start, end, key, by_person=kind == "person" or officer)


_CLOSE_TO = patterns.compile(r"接近[^，,。；;]{1,20}?的(?P<group>\p{Han}{0,4}?人士)\s*+$")

# 新浪美股11月2日讯 据知情人士透露: the outlet's dateline, then the group the report cites
_SOURCE_OR_DATELINE = patterns.compile(r"讯|据\s*+$")
_ADDRESSED = ("回复", "答复", "致函", "晤", "会见", "会晤", "接见")  # what stands before the one a letter is sent to, or who is met (习近平晤施纪贤　称…)
# A firm's name, then 的 and something of it: 斐成的转型, 影响凯美的程度
_OWNED_THING = patterns.compile(r"(?:\s*+\([^()]{1,12}\))?\s*+的")


# Forecast verbs that open a clause with no speaker of their own are the writer's, unless
# the sentence reports an announcement or a piece of writing first (飞力达公告，预计2021年度
# 净利润…; Garmin同时上修全年财测，预估…: a company's own guidance; 余伟文在《汇思》撰文，预计…).
_FORECASTS = ("预计", "预期", "预估", "估计")
_ESTIMATE_VERBS = frozenset(_FORECASTS) | {"预测"}  # the forecast verbs that may give a bare amount
_REVISING = "下调|上调|调升|调降|调高|调低|上修|下修"  # verbs that revise a forecast
_FORECAST_AS_NOUN = patterns.compile(
    rf"[,，]?\s*+(?:从|由)[^,，。；;]{{0,30}}?(?:{_REVISING}|降至|升至)|令人|值|下调|上调|调升|调降|调高|调低")
# A verb that revises a forecast, then what is forecast, before the forecast word: 下修美国GDP + 预估
_FORECAST_REVISED = patterns.compile(rf"(?:{_REVISING})[^，,。；;:：\s]{{0,10}}$")
REVISED_REACH = 12
_ANNOUNCED = patterns.compile(r"(?<!未)(?:公告|公布|披露|发布|宣布|撰文|发文)|盈警|盈喜|[上下]修[^，,。；;]{0,6}财测"
                              r"|乐观看待|审慎看待|审慎乐观|(?<!前景|需求|后市|景气)看好|展望"
                              r"|(?<!(?:决议|将|拟|预计|预定)[^，,。；;]{0,8})(?:举行|召开)(?:股东(?:常|临时)?会|法说会)")  # 莎莎国际发盈警，预计… (not 尚未公布); 凯崴乐观看待下半年业绩，预期…: a view, then its figures; 成霖今日举行股东会，…，预期…: the company at its meeting (not 决议10月1日召开股东临时会: a meeting to come)
# A capitalised Latin word (not an acronym such as CEO) right after a firm's Latin name: a product's name
_PRODUCT_WORD = patterns.compile(r"\ ?\p{Lu}\p{Ll}")


# A claim holds a word: a letter, a digit or a Han character
_SAYS_SOMETHING = patterns.compile(r"[\p{L}\p{N}]")


# What kind of group or company a firm is, written before its name: 香港餐饮集团富临集团控股
_KIND_OF_GROUP = patterns.compile(r"\p{Han}{2,6}(?:集团|公司|企业)")


# How far into its sentence the subject of a later clause may start (台塑董事長林健男…).
SUBJECT_REACH = 12
# How far into a clause a titled person may stand and still open it as its speaker:
# …，出席此成果发表会的卫福部次长石崇良在致词时表示
TITLED_SUBJECT_REACH = 24


def _sentence_subject(
    doc: Doc, pats: dict[str, regex.Pattern[str]], entities: list[tuple[int, int, str, str]], clause_start: int
) -> Speaker | None:
    """The speaker of a verb that opens a later clause: the person (or else the firm)
    that opens the sentence. `林健男對本季展望維持看法，認為…` → 林健男. Not when an
    earlier verb of the sentence has a speaker of its own (`法人預期，…，預期…`)."""
    sentence_start, _ = doc.sentence_bounds(clause_start)
    label = _FIELD_LABEL.match(doc.text, sentence_start, clause_start)
    if label and not _opening_entities(doc, entities, sentence_start):
        sentence_start = label.end()  # 6.因應措施:　陳立教育針對…，強調…: a filing's field, then the sentence
    # …，年增97%；Garmin同时上修全年财测，预估…: after a semicolon a name may open a new subject
    part_start, _ = doc.part_bounds(clause_start)
    if part_start > sentence_start and _opening_entities(doc, entities, part_start):
        sentence_start = part_start
    # 随着新产能陆续开出，凯崴乐观看待下半年业绩，预期…: the subject follows the opening clauses
    # (由于先前有了…经验，对于TX05的药证申请，泰福生技充满信心，也表示…)
    subject_start = subordinate_clauses_end(doc, sentence_start, clause_start)
    if subject_start > sentence_start and _opening_entities(doc, entities, subject_start):
        sentence_start = subject_start
    # 中磊半年报出炉，…，中磊总经理王炜给出了…评语，并强调…: a person opening the clause right
    # before is the subject, whatever the sentence opened with
    previous_start = doc.clause_bounds(clause_start - 2)[0] if clause_start - 2 > sentence_start else sentence_start
    if (previous_start > sentence_start and any(e[3] == "person" for e in _opening_entities(doc, entities, previous_start))
            and not doc.text[previous_start:clause_start].lstrip().startswith(_NOT_A_SUBJECT_BEFORE)):
        sentence_start = previous_start  # (not 由董事长林季进亲自发放…，预计…: by whom, no subject)
    marked = [m.span() for m in _MARKED_PHRASE.finditer(doc.text, sentence_start, clause_start)]
    if sentence_start == clause_start or any((v.start() == 0 or doc.text[v.start() - 1] not in "了的")
                                             and not pats["stance"].match(doc.text, v.end())
                                             and not any(a < v.start() < b for a, b in marked)
                                             for v in pats["any_verb"].finditer(doc.text, sentence_start, clause_start)):
        # (强化了预期，认为…: 预期 is a noun there, the sentence's subject still speaks; so it
        # does after a stance, which reports nothing: 阿德恩…表示担忧，并指出…; and after a
        # phrase in marks: 给出了「符合预期」的评语，并强调…)
        return None
    opening = _opening_entities(doc, entities, sentence_start)
    if not opening:
        head = doc.text[sentence_start:clause_start]
        lead_space = len(head) - len(head.lstrip())
        for pattern, key in (("firm_anaphor", "@firm"), ("person_anaphor", "@person")):
            anaphor = pats[pattern].match(head, lead_space)
            if anaphor and anaphor[0] != "其":  # (其实, 其中: no pronoun)
                # 公司基于订单需求持续扩产，认为… / 他在利雅得接受传媒访问，表示…: an anaphor opens the sentence
                return _make(doc, sentence_start + anaphor.start(), sentence_start + anaphor.end(), key)
    if opening and opening[0][2] in doc.lex.media and opening[0][0] - sentence_start <= 1:
        # 每经AI快讯，龙泉股份…发布业绩预告，预计…: the sentence's subject follows the outlet's dateline
        dateline_end = doc.clause_bounds(opening[0][0])[1]
        if dateline_end < clause_start and doc.text[dateline_end] in "，,":
            opening = _opening_entities(doc, entities, dateline_end + 1)
            sentence_start = dateline_end + 1
    described = _described_person(doc, entities, sentence_start)
    if described:
        start, end, key, _ = described
        return _make(doc, start, end, key, by_person=True)
    # 英中贸易协会主席及汇丰高级顾问古沛勤: a chain of titles joined by 及 or 兼 leads to the name
    lead = doc.text[sentence_start : opening[0][0]].strip().rstrip("及兼、") if opening else ""
    if (not opening or lead and not lead.endswith(doc.lex.titles) and not COMPANY_KIND_BEFORE.search(lead)
            and not _KIND_OF_GROUP.fullmatch(lead)):
        # the sentence does not open with a name (財經事務及庫務局局長許正宇 does, and so does
        # 飯店業龍頭晶華董事長潘思亮: what the company is, then its name)
        return None
    start, end, key, kind = next((e for e in opening if e[3] == "person"), opening[0])
    following = _titled_person_after(doc, entities, end) if kind == "firm" else None
    if following:  # …主席及滙豐高級顧問古沛勤: the firm's officer, named past the reach, speaks
        start, end, key, kind = following
    if key in doc.lex.media:
        return None  # MoneyDJ新聞 2021-03-31 記者…: a dateline, not a speaker
    return _make(doc, start, end, key, by_person=kind == "person")


def _titled_person_after(
    doc: Doc, entities: list[tuple[int, int, str, str]], firm_end: int
) -> tuple[int, int, str, str] | None:
    """The person right after a firm and a title (滙豐|高級顧問|古沛勤), if any."""
    index = bisect.bisect_left(entities, (firm_end,))
    if index == len(entities) or entities[index][3] != "person":
        return None
    between = doc.text[firm_end : entities[index][0]]
    return entities[index] if 0 < len(between) <= TITLED_SUBJECT_REACH and _ends_with_title(doc, between) else None


_FIELD_LABEL = patterns.compile(r"\s*+(?:\d{1,2}\s*+[.、．]\s*+)?\p{Han}{2,10}[:：]\s*+")
_NOT_A_SUBJECT_BEFORE = ("由", "被", "经", "向", "对", "在", "与", "和", "跟")  # prepositions: the name after is no subject
_MARKED_PHRASE = patterns.compile(r"「[^「」\n]{1,20}」|“[^“”\n]{1,20}”|『[^『』\n]{1,20}』")
# A clause that opens a sentence with its circumstances, before the subject: 随着…, 由于…, 受惠…
_SUBORDINATE = patterns.compile(r"\s*+(?:随[着著]|由于|因为|受惠于?|受益于|鉴于|为了|面对|考量|基于|对于)")


def subordinate_clauses_end(doc: Doc, sentence_start: int, limit: int) -> int:
    """Where the opening subordinate clauses of the sentence at `sentence_start` end (each
    ending in a comma before `limit`): 随着特朗普展开第二个任期，|他相信. `sentence_start` when none."""
    end = sentence_start
    while _SUBORDINATE.match(doc.text, end):
        clause_end = doc.clause_bounds(end)[1]
        if clause_end >= limit or doc.text[clause_end] not in "，,":
            break
        end = clause_end + 1
    return end


def _described_person(
    doc: Doc, entities: list[tuple[int, int, str, str]], sentence_start: int
) -> tuple[int, int, str, str] | None:
    """A person whose description (ending in 的) makes the sentence's first clause: 将于本月
    19日卸任司长职位的李伟农，在…中表示."""
    clause_end = doc.clause_bounds(sentence_start)[1]
    index = bisect.bisect_left(entities, (sentence_start,))
    while index < len(entities) and entities[index][0] < clause_end:
        start, end, _, kind = entities[index]
        if kind == "person" and doc.text[start - 1 : start] == "的" and not doc.text[end:clause_end].strip():
            return entities[index]
        index += 1
    return None


def _opening_entities(
    doc: Doc, entities: list[tuple[int, int, str, str]], start: int
) -> list[tuple[int, int, str, str]]:
    """The entities in the first clause from `start`, within SUBJECT_REACH of it."""
    first_clause_end = doc.clause_bounds(start)[1]
    index = bisect.bisect_left(entities, (start,))
    opening = []
    while index < len(entities) and entities[index][0] < min(first_clause_end, start + SUBJECT_REACH):
        opening.append(entities[index])
        index += 1
    return opening


def _spoken_though_blocked(doc: Doc, entity_ends: set[int], verb_start: int) -> bool:
    """A verb after a word that makes it none (所称, 有人说) speaks still where a name (港交所指)
    or a spokesman (发言人说) ends right before it."""
    return verb_start in entity_ends or _spokesman_before(doc, verb_start)


def _spokesman_before(doc: Doc, verb_start: int) -> bool:
    """发言人说 / 滙豐發言人表示 / 公司负责人表示: the 人 before the verb is a title, not 有人说."""
    clause_start, _ = doc.clause_bounds(verb_start)
    head = doc.text[clause_start:verb_start].strip()
    return head in _clause_firm_anaphors(doc.lex) or _ends_with_title(doc, head)


@functools.cache
def _clause_firm_anaphors(lex: Lexicons) -> frozenset[str]:
    return frozenset(lex.rule("quotes")["speakers"]["clause_firm_anaphors"])


_CLOSING_BRACKET = patterns.compile(r"\s*+\)")


def _title_after(doc: Doc, end: int) -> int:
    """The end of a title or honorific right after a name (吴海峰博士, 黄仁勋先生), or of the
    name's other form in brackets (施维默(David Schwimmer)出席研讨会时表示), else `end`. A name
    that is itself the form in brackets (苏姿丰(Lisa Su)周三…表示) ends after the bracket."""
    closing = _CLOSING_BRACKET.match(doc.text, end, end + 4)  # (bounded: a literal makes regex scan ahead)
    if closing:
        end = closing.end()
    for title in (*doc.lex.titles, *doc.lex.rule("quotes")["speakers"]["after_name"]):
        if doc.text.startswith(title, end):
            return end + len(title)
    aside = _ASIDE.match(doc.text, end)
    return aside.end() if aside else end


def _ends_with_title(doc: Doc, text: str) -> bool:
    return text.endswith(doc.lex.titles)


_DAY_ALONE = patterns.compile(rf"{SPEAKING_DAY}\s*+")
# A person, then where, when or to whom they spoke, then the verb: 陈茂波在网志表示, 周霁在上海
# 出席…推介大会致辞时说, 艾桥智向员工表示. The phrase may be long; it holds no punctuation and no
# quotation mark.
_WHERE_SPOKEN = patterns.compile(rf"{SPEAKING_DAY}\s*+(?:[在于][^,，。；;：:「」“”『』\"]{{1,45}}|(?:向|对(?!于))[^,，。；;：:「」“”『』\"提]{{1,16}})")  # 向香港提三点建议 is no speech; 魏哲家对IC设计客户发布公开信中指出 (对于 is a topic)
# A frame closing the text before a verb: the outlet in 萧泽颐接受《南华早报》访问表示 is
# not the speaker.
_FRAME_AT_END = patterns.compile(rf"(?:{SPEAKING_FRAME})\s*+$")
# A question put to the speaker: what it repeats is no claim of its own.
_QUESTION = patterns.compile(r"(?:被|在)?问(?:及|到)[^。！？!?\n,，]{1,60}?时")
# A firm publishing a report about another: 民生证券发布泰格医药的研报指出
_PUBLISHES = patterns.compile(r"\s*+(?:发布|发表|出具|公布)了?\s*+(?:对|关于)?\s*+")


_ASIDE = patterns.compile(r"\([^()]{0,40}\)")


# How far a bare 公告 may stand from the firm that announces: 方大集团(000055)23日晚间公告
ANNOUNCER_GAP = 8
_SOURCE = patterns.compile(r"据")  # (the text is in Simplified by now)


def _announces(doc: Doc, pats: dict[str, regex.Pattern[str]], speaker: Speaker, verb_start: int) -> bool:
    """Whether a bare 公告 (no 称 after it) is the speaker's own announcement: a firm (or
    公司) right before it, or opening the sentence when only a date opens the clause
    (秋雨…处分林口厂资产，今(26)日公告，…); not a source the writer cites (根据证交所公告，…)."""
    if speaker.key is None or speaker.by_person:
        return False
    clause_start, _ = doc.clause_bounds(verb_start)
    if speaker.end <= clause_start or speaker.start >= verb_start:  # the sentence's subject, or 公告 itself
        return pats["filler"].fullmatch(doc.text, clause_start, verb_start) is not None
    if speaker.key.startswith("@") and doc.text[clause_start : speaker.start].strip():
        return False  # 上市柜公司人事公告，…: 公司 inside a phrase stands for no company named before
    return (_distance(doc.text, speaker.end, verb_start) <= ANNOUNCER_GAP
            and not _SOURCE.search(doc.text, clause_start, speaker.start))


def _distance(text: str, start: int, end: int) -> int:
    """Characters between a speaker and its verb, leaving out bracketed codes and prices,
    spaces (温彼得 (Peter Wennink)预期) and the question put to the speaker (药明康德被问及…时强调);
    a Latin word counts as one (NBC Financial Markets Asia分析师David Lu表示)."""
    between = _LATIN_WORD.sub("A", _QUESTION.sub("", _ASIDE.sub("", text[start:end])))
    return len("".join(between.split()))


_LATIN_WORD = patterns.compile(r"[A-Za-z][A-Za-z&.'\-]*+")


def _make(doc: Doc, start: int, end: int, key: str | None, by_person: bool = False) -> Speaker:
    o_start, o_end = doc.norm.to_original(start, end)
    return Speaker(start, end, doc.norm.original[o_start:o_end], key, by_person or key == "@person")


def _body(
    doc: Doc, pats: dict[str, regex.Pattern[str]], marks: dict[str, str], pos: int,
    entity_starts: dict[int, tuple[int, str]], speaker_key: str | None = None, own_news: bool = False,
) -> tuple[str, int, int, int] | None:
    """What follows a speech verb: a quotation in marks (direct) or the clause (indirect),
    which ends where another speaker's report begins (…不是不可能，保瑞(6472)昨日亦表示…)."""
    text = doc.text
    more = pats["verb"].match(text, pos)
    if more and text[more.end() : more.end() + 1] in (",", "，", ":", "："):
        pos = more.end()  # 回应指，…: a second verb of the same report
    verb_end = pos
    while pos < len(text) and text[pos] in " :：,，":
        pos += 1
    if pos < len(text) and text[pos] in "\r\n" and any(c in ":：,，" for c in text[verb_end:pos]):
        while pos < len(text) and text[pos].isspace():
            pos += 1  # 福贞表示，\n\n随着…: the report opens the next paragraph
    if pos >= len(text) or text.startswith(("来源", "http"), pos):
        return None  # 不提港交所建议    来源：财华社: a headline's verb, then the source line
    if text.startswith("并", pos) and any(pats["stance"].fullmatch(text, pos - k, pos) for k in range(3, 6)):
        return None  # 同步表示认同，并释出各自转型规划: a stance, then another act, no report
    if text[pos] in marks:
        close = text.find(marks[text[pos]], pos + 1)
        # (a newline after the closing mark does not matter: a one-line text is not searched to its end)
        paragraph_end = text.find("\n", pos + 1, len(text) if close == -1 else close)
        if close == -1 or paragraph_end != -1 and close > paragraph_end:
            # no closing mark in the paragraph (a quotation that runs on into the next
            # paragraph, or a truncated text): the quotation is the rest of the paragraph
            close = len(text) if paragraph_end == -1 else paragraph_end
            while close > pos + 1 and text[close - 1].isspace():
                close -= 1
        if close <= pos + 1:
            return None
        quoted = text[pos + 1 : close]
        if (close + 1 >= len(text) or text[close + 1] in _AFTER_A_QUOTATION or len(_ASIDE_IN_TERM.sub("", quoted)) > TERM_MAX
                or any(c in SENTENCE_END and ends_sentence(text, i) for i, c in enumerate(quoted, pos + 1))):
            return "direct", pos + 1, close, close + 1
        # 「可疑帐号警示」将会于明年扩展: a short term in marks opens the reported clause
    if text[pos - 1] not in " :：,，" and pats["stance"].match(text, pos):
        return None  # 表示支持，议案其后获通过: a stance, not a report of what was said
    end, limit = pos, min(len(text), pos + CLAIM_REACH)
    depth = 0  # inside quotation marks: their full stops do not end the claim
    # 继日前Coinbase表示将购买…后，PayPal宣布: a report inside 继…后 ends where the frame does
    # (matched with an end: a pattern with a literal in it otherwise scans to the text's end)
    in_frame = _FOLLOWING_ON.match(text, doc.clause_bounds(pos - 1)[0], pos) is not None
    while end < limit and (text[end] not in SENTENCE_END or depth or not ends_sentence(text, end)):
        if in_frame and not depth and _FOLLOWING_ON_ENDS.match(text, end, end + 4):
            break
        if text[end] in marks:
            depth += 1
        elif text[end] in marks.values() and depth:
            depth -= 1
            if not depth and text[end - 1] in "。！？!?":
                end += 1  # …符合认证要求，“但还缺少下一步的步骤。”他预计…: a full stop before the closing mark ends the sentence
                break
        elif text[end] in "，,；;" and not depth and _another_speaker(text, pats, entity_starts, end + 1, speaker_key,
                                                                              doc.lex.titles):
            break
        elif text[end] in "，,；;" and not depth and _body_speaks(text, pats, end + 1):
            break  # …撤离外交官和家属，乌克兰外交部当天表示，…: a public body's own report follows
        elif text[end] == " " and not depth and _headline_part_of_another(doc, pats, entity_starts, end, speaker_key):
            break  # 陈茂波称暂未有需要加码拨款港投　陈家齐：…: a headline's next part, another speaker's
        elif text[end] in "，,；;" and not depth and _PRICE_NARRATION.match(text, end + 1):
            # …营运可望维持平稳，嘉泽今天盘中触及600元: the story's own report of the stock, with
            # the circumstance that opens it (在营运前景看好下，)
            setting = _SETTING_AT_END.search(text, max(pos, end - SETTING_MAX), end)
            if setting and setting.start() > pos:
                end = setting.start()
            break
        elif text[end] in "，,；;" and not depth and _HEARSAY.match(text, end + 1, end + HEARSAY_REACH):
            break  # …推动转型及优化；据悉，嘉裕的转型效益…: what the writer has heard, no longer the speaker's
        elif text[end] in "，,；;" and not depth and _speaker_speaks_again(text, pats, end + 1):
            break  # 他预计…，但他警告说，“…”: the next report is one of its own
        elif text[end] in "；;" and not depth and _group_speaks(text, pats, end + 1):
            break  # …订单需求强劲；法人也预期，… / ；公司亦表示，…: an unnamed source's or the company's report follows
        elif text[end] in "，," and not depth and _group_speaks(text, pats, end + 1, punctuated=True):
            break  # …优于去年同期与上季，法人预估，…: an unnamed source's report, set off by its own comma
        elif text[end] in "；;" and not depth and _own_claim_follows(text, pats, entity_starts, end + 1, speaker_key):
            break  # …需求仍在；禾伸堂8月营收…，公司也认为…: the next part is another firm's, with a claim of its own
        elif (text[end] in "；;" and not depth and own_news and speaker_key is not None
              and _another_firm_opens(text, entity_starts, end + 1, speaker_key)):
            break  # 公司认为…董事薪水；电子零件点晶(3288)去年…: a firm's claim stops where another firm's news begins
        elif (text[end] in "，," and not depth and own_news and speaker_key is not None
              and _coded_firm_opens(text, entity_starts, end + 1, speaker_key)):
            break  # 仁宝认为…季增约1成，纬创 (3231-TW)、英业达…对第三季出货也以持平看待: another listed firm's news
        end += 1
    if end < len(text) and text[end] in "。！？!?":
        end += 1  # the sentence's full stop belongs to the claim
    if end - pos < 4 or end - pos == 4 and (end >= len(text) or text[end] in "\r\n \u3000"):
        return None  # 专家点出市场风险 (a headline's end): four characters are what was named, no claim
    return "indirect", pos, end, end


_FOLLOWING_ON = patterns.compile(r"\s*+继")
_FOLLOWING_ON_ENDS = patterns.compile(r"(?:之)?后\s*+[，,]")

# A clause of the story's own about the stock's trading today: a name at most, a day, then
# the price or the session (嘉泽今天盘中, 今(10)日股价仍…).
_PRICE_NARRATION = patterns.compile(
    r"\s*+[\p{Han}A-Za-z]{0,6}?(?:今天|今日|昨天|昨日|[今昨]\s*+\(\s*+\d{1,2}\s*+\)\s*+日|[今昨](?=股价)|周[一二三四五]|星期[一二三四五])\s*+[仍也亦则更]?"
    r"(?:股价|盘中|早盘|尾盘|开盘|收盘|终场|盘后|由)")  # 周三由群创、彩晶涨停领军: the day's trading; 今股价于盘上
_HEARSAY = patterns.compile(r"\s*+(?:据悉|据了解|据闻|据传|另据|另外据)")
HEARSAY_REACH = 8
_SETTING_AT_END = patterns.compile(r"[，,]\s*+在[^，,。；;]{1,14}下$")
SETTING_MAX = 18  # characters of a circumstance clause (在…下) before the stock's report


def _headline_part_of_another(
    doc: Doc, pats: dict[str, regex.Pattern[str]], entity_starts: dict[int, tuple[int, str]], pos: int, key: str | None,
) -> bool:
    """The space at `pos` was an ideographic space (U+3000) in the article's first line, where
    Hong Kong papers set the parts of a headline apart, and the next part is another
    speaker's: a name and a colon (陈家齐：…) or a name and a speech verb (龚正称…)."""
    if -1 < doc.first_line_end < pos:
        return False
    start, end = doc.norm.to_original(pos, pos + 1)
    if doc.norm.original[start:end] != "\u3000":
        return False
    entity = entity_starts.get(pos + 1)
    if entity is not None and entity[1] != key and doc.text.startswith((":", "："), entity[0]):
        return True
    return _another_speaker(doc.text, pats, entity_starts, pos + 1, key, doc.lex.titles)


# A conjunction that may open a clause before its subject: 但他警告说, 而丽清则指出, 法人也预期
_OPENING = r"(?:但是?|而|不过|另外|此外|同时|并|至于|然而|反观)?"  # 至于野村投信则指出: another report
_OPENING_WORD = patterns.compile(_OPENING)
# A pronoun and a speech verb opening a clause: the same speaker's next report (但他警告说).
_PRONOUN_SPEAKS = patterns.compile(rf"{_OPENING}(?:他|她)(?:还|也|亦|又|并|同时|则|更)?")
_QUOTATION_OPENS = patterns.compile(r"(?:说|道)?\s*+[,，:：]?\s*+[“「『\"]")


def _speaker_speaks_again(text: str, pats: dict[str, regex.Pattern[str]], pos: int) -> bool:
    """A pronoun, a speech verb and a quotation in marks open the part at `pos`: a direct
    quote of its own (…再加息，但他警告说，“风险是…”). Without marks the claim runs on
    (…的基础上，他认为，如果…: one report)."""
    opening = _PRONOUN_SPEAKS.match(text, pos)
    if opening is None:
        return False
    verb = pats["verb"].match(text, opening.end())
    return verb is not None and verb["blocked"] is None and _QUOTATION_OPENS.match(text, verb.end()) is not None


_ADVERB_INSIDE = patterns.compile(r"亦|也|都|还|则|已|因应")
_THE_MARKET = patterns.compile(r"市场")  # …感受庞大竞争压力，市场预期，…: the market's own view follows


def _body_speaks(text: str, pats: dict[str, regex.Pattern[str]], pos: int) -> bool:
    """A public body (乌克兰外交部, 运输署), perhaps with the day it spoke, and a speech verb open
    the part at `pos`."""
    body = pats["public_body"].match(text, pos)
    if body is None or _ADVERB_INSIDE.search(body["body"]):
        return False  # (酒店业界亦会因应政府呼吁: the trade acting on the government's call, no body's report)
    verb = pats["verb"].match(text, _DAY_ALONE.match(text, body.end()).end())
    return verb is not None and verb["blocked"] is None


def _group_speaks(text: str, pats: dict[str, regex.Pattern[str]], pos: int, punctuated: bool = False) -> bool:
    """A group or unnamed source (法人, 分析师), or the company itself (公司亦表示), and a
    speech verb open the part at `pos`. With `punctuated`, only a group, and a comma or colon
    right after its verb (法人预估，…)."""
    opening = _OPENING_WORD.match(text, pos).end()
    group = (pats["group"].match(text, opening)
             or (_THE_MARKET.match(text, opening) if punctuated else pats["firm_anaphor"].match(text, opening)))
    if group is None:
        return False
    verb = pats["verb"].match(text, pats["filler_ahead"].match(text, group.end()).end())
    if punctuated and (verb is None or not text.startswith(("，", ",", "：", ":"), verb.end())):
        return False
    # (法人预期: the group's own last character, 人, is what blocks a verb after 人)
    return verb is not None and (verb["blocked"] is None or verb.start() == group.end())


def _own_claim_follows(
    text: str, pats: dict[str, regex.Pattern[str]], entity_starts: dict[int, tuple[int, str]], pos: int, key: str | None
) -> bool:
    """The part of the sentence from `pos` to the next semicolon opens with another person or
    firm than `key`, after at most a few characters that say what it is (被动元件一哥国巨则表示),
    and holds a speech verb."""
    opening = _opening_entity(text, entity_starts, pos)
    if opening is None or opening[1] == key:
        return False
    end = pos
    while end < len(text) and end - pos < CLAIM_REACH and (text[end] not in PART_END or not ends_sentence(text, end, PART_END)):
        end += 1
    verb = pats["verb"].search(text, pos, end)
    return verb is not None and verb["blocked"] is None


_CODE_NEXT = patterns.compile(r"\s*+\(\s*+\d{4,6}(?:\s*+[-.]\s*+[A-Z]{2})?\s*+\)")  # (3288), (3231-TW)


def _opening_entity(text: str, entity_starts: dict[int, tuple[int, str]], pos: int) -> tuple[int, str] | None:
    """(end, key) of the name that opens the part at `pos`, after at most a few Han
    characters that say what it is (电子零件点晶(3288), 被动元件一哥国巨)."""
    for start in range(pos, min(len(text), pos + 8)):
        if start > pos and (not HAN.match(text[start - 1]) or text[start - 1] in _NOT_IN_A_DESCRIPTOR):
            return None  # 公会过去在何奕达理事长的带领下: the name is not what the part is about
        if start in entity_starts:
            return entity_starts[start]
    return None


_NOT_IN_A_DESCRIPTOR = frozenset("在的对向于从把将由与和")


def _another_firm_opens(text: str, entity_starts: dict[int, tuple[int, str]], pos: int, key: str) -> bool:
    """The part after a semicolon at `pos` opens with another name than `key` printed with its
    code, the next item of a list of companies (电子零件点晶(3288)), or with no word before it.
    Otherwise it may be the speaker's own subject (公司认为…；京城建设今年…: 公司 is 京城建设)
    or a part of its claim (立积强调…；但在博通…)."""
    entity = _opening_entity(text, entity_starts, pos)
    if entity is None or entity[1] == key:
        return False
    # 华邦电…强调产能持续满载；南亚科8月营收…: a named firm's claim, another firm opening the next part
    opens_it = pos in entity_starts and not key.startswith("@")
    return opens_it or _CODE_NEXT.match(text, entity[0]) is not None


def _coded_firm_opens(text: str, entity_starts: dict[int, tuple[int, str]], pos: int, key: str) -> bool:
    """Another firm, printed with its stock code, opens the clause at `pos`."""
    entity = entity_starts.get(pos)
    return entity is not None and entity[1] != key and _CODE_NEXT.match(text, entity[0]) is not None


def _another_speaker(
    text: str, pats: dict[str, regex.Pattern[str]], entity_starts: dict[int, tuple[int, str]], pos: int, key: str | None,
    titles: tuple[str, ...] = (),
) -> bool:
    """Another person or firm than `key` opens the clause at `pos` (after a title or a place:
    九龙西立法会议员梁文广表示, or after 而: …订单，而丽清则指出), a speech verb close after."""
    pos = _OPENING_WORD.match(text, pos).end()
    entity = entity_starts.get(pos)
    # the speaker's own firm opening the clause may name its officer next (崇越电预估，…，崇越电通
    # 董事长潘振成表示): look past it for a titled person
    head = pos if entity is None else entity[0] if entity[1] == key else None
    for start in range(head + 1, min(len(text), head + TITLED_SUBJECT_REACH)) if head is not None else ():
        if text[start - 1] in "，,；;。：:":
            break
        if start in entity_starts and text[head:start].endswith(titles):
            entity = entity_starts[start]
            break
    described = entity is None
    if described:
        # 产业老大哥研华(2395)、…桦汉(6414)同步表示: a few words saying what it is, and a list
        entity = _opening_entity(text, entity_starts, pos)
    if entity is None or entity[1] == key:
        return False
    end = entity[0]
    verb = pats["verb"].search(text, end, min(len(text), end + (2 if described else 1) * SPEAKER_REACH))
    if verb is None or verb["blocked"] is not None or any(c in "，,；;。" for c in text[end : verb.start()]):
        return False
    if described:
        # not 此外本周鲍威尔的鹰派言论表明 nor 落实何立峰提出的三项建议: something of theirs speaks
        last_end = max((entity_starts[s][0] for s in range(end, verb.start()) if s in entity_starts), default=end)
        return "的" not in text[last_end : verb.start()]
    return True


# What follows the closing mark of a quotation (not of a term that opens a sentence).
_AFTER_A_QUOTATION = "。！？!?，,；;：:\n」』”’\"" + ")）"


# The longest quoted term read as a name when the sentence runs on right after it.
QUOTED_NAME_MAX = 8
_CLAUSE_MARK = patterns.compile(r"[,，。；;：:!！?？、]")


def _quote_then_speaker(
    doc: Doc,
    pats: dict[str, regex.Pattern[str]],
    marks: dict[str, str],
    entities: list[tuple[int, int, str, str]],
    entity_ends: set[int],
    covered: Coverage,
    reported: set[tuple[int, int]],
) -> Iterator[Mention]:
    """`「…」，X說。`: a quotation followed by its speaker and a verb."""
    text = doc.text
    for m in pats["open"].finditer(text):
        if covered.overlaps(m.start(), m.start() + 1):
            continue
        if (m.end(), text.find(marks[m.group()], m.end())) in reported:
            continue  # 分析师表示：“…”鲍威尔表示，…: the quotation is the unnamed analyst's
        before = text[max(0, m.start() - 20) : m.start()].rstrip()[-1:]
        if before and before not in CLAUSE_END:
            continue  # 可望成为后续「指标族群」，他指出: a term inside a sentence, not a quotation
        close = text.find(marks[m.group()], m.end())
        if close <= m.end():
            continue
        term = (close - m.end() <= QUOTED_NAME_MAX and HAN.match(text, close + 1) is not None
                and not _CLAUSE_MARK.search(text, m.end(), close))
        after = close + 1
        while after < len(text) and text[after] in " ,，":
            after += 1
        limit = min(len(text), after + 2 * SPEAKER_REACH)
        verb = next((v for v in pats["verb"].finditer(text, after, limit)
                     if v["blocked"] is None or _spoken_though_blocked(doc, entity_ends, v.start())), None)
        if not verb:
            continue
        speaker = _speaker(doc, pats, entities, verb.start())
        if (speaker is None or speaker.start < after or _distance(text, after, speaker.start) > SPEAKER_REACH
                or doc.clause_bounds(verb.start())[0] > after):
            continue  # the speaker belongs to the clause right after the quotation
        if term and speaker.start > after:
            continue  # “桥水”对冲基金创始人瑞·达利欧表示: a quoted name that the sentence runs on from
        covered.take(m.start(), verb.end())
        facts = QuoteFacts("direct", verb.group(), speaker.text or None, speaker.key, speaker.by_person)
        yield doc.mention("quote", m.end(), close, speaker.key or "", "quotes.direct_before_speaker", facts)
