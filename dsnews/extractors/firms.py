"""Firms: companies and financial institutions, from the lexicons and from name patterns.

Lexicon names (listed companies carry their ticker), Chinese names with a firm suffix
(`盛寶銀行`, `元大投顧`, `Vantage Point資產管理公司`), and Latin names that stand before a
job title or a firm suffix (`Union Bancaire Privee董事總經理`, `Aletheia capital的…主管`).
Governments, regulators, central banks and indices are never firms (not_firms.tsv).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator

import regex

from dsnews import patterns
from dsnews.extractors import (
    DEFINES,
    HAN,
    SPOKEN_WHEN_WHERE,
    Coverage,
    Doc,
    acronyms,
    last_match,
    occurrences,
)
from dsnews.extractors.tickers import (
    CODE_LABEL,
    LEGAL_SUFFIX,
    STATUS_MARK,
    industry_words,
    listing_names,
    mainland_namesake_start,
    sister_company_end,
)
from dsnews.lexicons import Lexicons, NameHit, is_security_id, words
from dsnews.model import Mention

NAME = "firms"
NEEDS = ("tickers",)

# A run of capitalised Latin words (with inner &, ., - and digits), as firm names are written.
LATIN_RUN = r"[A-Z][A-Za-z0-9&.'\-]*+(?:\ [A-Za-z][A-Za-z0-9&.'\-]*+){0,4}"


def extract(doc: Doc) -> Iterator[Mention]:
    lex = doc.lex
    ticker_at = {(m.span.start, m.span.end): m.key for m in doc.of("ticker")}
    code_at = {doc.norm_span(m.span)[0]: m.key for m in doc.of("ticker") if not m.rule.startswith("tickers.name")}
    # 裕隆集团(2201): a firm the lexicons list unlisted, printed with a code, is that listing
    coded = {hit.name: code_at[bracket.end()] for hit in doc.name_hits
             if any(e.kind == "firm" for e in hit.entries)
             and (bracket := _OPEN_BRACKET.match(doc.text, hit.end)) and bracket.end() in code_at}
    blocked = Coverage(len(doc.text))  # taken names; not_firm and index names: no firm inside
    listed: dict[str, tuple[int, str]] = {}  # firm name from the lexicon → (end of its first mention, key)
    lexicon_found: list[Mention] = []
    lexicon_defines: dict[str, str] = {}  # a short name the article defines for a lexicon firm → its key
    for hit in doc.name_hits:
        kinds = {e.kind for e in hit.entries}
        if kinds & {"not_firm", "index", "person"}:
            blocked.take(hit.start, hit.end)
            continue
        entry = next(e for e in hit.entries if e.kind in ("security", "firm"))
        if (entry.kind == "firm" and len(hit.name) <= 2 and hit.name not in lex.boundary_words
                and lex.cuts_a_word(doc.text, hit.start, hit.end)):
            continue  # 第一财季 holds no 一财, 600元大关 no 元大 (华为, a word of its own, stays in 对华为)
        if entry.kind == "firm" and hit.name in lex.context_only and _used_as_a_term(doc, hit):
            continue  # IDC机房, 主力产品 IDC: the data centre or the chip, not the researcher IDC
        start, end = doc.norm.to_original(hit.start, hit.end)
        ticker = ticker_at.get((start, end))
        if entry.kind == "security" and ticker is None:
            namesake = mainland_namesake_start(doc, hit)
            if namesake is not None and not blocked.overlaps(namesake, hit.end) and not _OFFICE_AFTER.match(doc.text, hit.end):
                # 福建奔驰: a mainland company named after a listed one, a firm of its own
                yield doc.mention("firm", namesake, hit.end, doc.text[namesake : hit.end], "firms.namesake")
                blocked.take(namesake, hit.end)
            elif (sister := sister_company_end(doc, hit)) is not None and not blocked.overlaps(hit.start, sister):
                # 正峰化学: a company sharing the brand of 正峰 (正峰工业, 1538.TW), a firm of its own
                yield doc.mention("firm", hit.start, sister, doc.text[hit.start : sister], "firms.sister_company")
                blocked.take(hit.start, sister)
            continue  # a listed name that did not link (generic, no context) is no firm either
        if ticker is None and entry.kind == "firm":
            ticker = coded.get(hit.name)
            arm = _subsidiary_kind(lex).match(doc.text, hit.end)
            if ticker is None and arm and not blocked.overlaps(hit.start, arm.end()):
                # 臺銀證券, 台銀人壽: a bank's broker or insurer, a firm of its own
                yield doc.mention("firm", hit.start, arm.end(), doc.text[hit.start : arm.end()], "firms.arm")
                blocked.take(hit.start, arm.end())
                continue
        key = _company_key(lex, ticker or entry.key)
        if defined := DEFINES.match(doc.text, hit.end):  # 中国信托综合证券（简称“中信证券”）
            lexicon_defines.setdefault(defined["short"] or defined["quoted"], key)
        mark = _STATUS_MARK_BEFORE.search(doc.text, max(0, hit.start - 4), hit.start)
        named_from = mark.start() if mark else hit.start  # *ST新海: the risk-warning mark is part of the name as written
        lexicon_found.append(doc.mention("firm", named_from, hit.end, key, "firms.lexicon"))
        yield lexicon_found[-1]
        blocked.take(hit.start, hit.end)
        listed.setdefault(hit.name, (hit.end, key))
    yield from _lexicon_short_forms(doc, listed, blocked)
    yield from _local_names(doc, blocked)
    for m in doc.of("ticker"):
        start, end = doc.norm_span(m.span)
        if m.rule in ("tickers.own_symbol", "tickers.status_marked") and not blocked.overlaps(start, end):
            blocked.take(start, end)  # LVS主席…: the bare symbol of a listing named before; *ST界龙
            yield doc.mention("firm", start, end, _company_key(lex, m.key), m.rule.replace("tickers.", "firms.", 1))
    found = list(_named_before_code(doc, blocked))
    found += list(_named_before_unknown_code(doc, blocked))
    legal = _trimmed_to_names_seen(doc, list(_legal_names(doc, blocked)))
    found += _trimmed_to_names_seen(doc, list(_suffixed(doc, blocked)))  # 半年内峰米科技 is 峰米科技
    found += list(_han_with_latin_name(doc, blocked))
    latin = list(_latin_after_kind(doc, blocked))
    latin += list(_latin_before_title(doc, blocked)) + list(_latin_suffixed(doc, blocked))
    latin += list(_latin_word_before_verb(doc, blocked)) + list(_latin_in_a_deal(doc, blocked))
    found += list(_listed_kind(doc, blocked)) + list(_quoted_new_firm(doc, blocked))
    found += list(_before_share_mark(doc, blocked)) + list(_before_representative(doc, blocked))
    found += latin + list(_latin_short_forms(doc, latin, blocked))
    found = _bracketed_as_one(doc, _short_and_suffixed_as_one(doc, _rekeyed(found, lexicon_defines)))
    legal = list(_same_firm_as(doc, legal, found))
    found, legal = _defined_short_names(doc, legal, found, blocked)
    legal = _one_key_per_stem(doc, legal)
    found += list(_registered_short_forms(doc, legal, blocked))
    found += list(_list_members(doc, lexicon_found + found + legal, blocked))
    yield from found
    yield from legal


_STATUS_MARK_BEFORE = patterns.compile(rf"{STATUS_MARK}$")
_SHARE_MARK = patterns.compile(r"\(股\)(?!\s*+[:：])")  # (not 预定买回之数量(股):1,000: a form's unit)


def _before_share_mark(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """`全青(股)代表人…`: a Taiwan filing marks a company limited by shares with (股)."""
    if "(股)" in doc.text:
        for m in _SHARE_MARK.finditer(doc.text):
            yield from _name_ending_at(doc, m.start(), blocked, "firms.share_mark")


@functools.cache
def _representative_mark(lex: Lexicons) -> regex.Pattern[str]:
    endings = lex.rule("firms")["representative_name_endings"]
    return patterns.compile(rf"(?<={words(endings)})(?:代表人|法人代表)")  # 明维投资代表人, 联邦投资法人代表


def _before_representative(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """`明维投资代表人刘明雄`: a board seat held by a company through its representative;
    the name before 代表人 is that company when it ends like one (投资, 开发)."""
    if "代表人" in doc.text or "法人代表" in doc.text:
        for m in _representative_mark(doc.lex).finditer(doc.text):
            yield from _name_ending_at(doc, m.start(), blocked, "firms.representative")


def _name_ending_at(doc: Doc, end: int, blocked: Coverage, rule: str) -> Iterator[Mention]:
    """The firm name whose end a mark shows: the Han run before `end`, after any title or
    leading verb."""
    text = doc.text
    start = _han_run_start(text, end, _stops(doc.lex), 10)
    boundary = last_match(_legal_boundary(doc.lex), text, start, end - 2)
    if boundary and end - boundary.end() >= 2:
        start = boundary.end()  # 董事祥辰投资(股): the name starts after the title (董事台桥投资公司: not at its 公司)
    lead = _leading_word(doc.lex).match(text, start, end)
    if lead and not _opens_with_a_place(doc.lex, text, start):  # not 新 of 新竹
        start = lead.end()
    if end - start < 2 or blocked.overlaps(start, end):
        return
    blocked.take(start, end)
    yield doc.mention("firm", start, end, text[start:end], rule)


# A name that is the whole of its line (an announcement's heading): nothing before it to cut.
_ALONE_ON_ITS_LINE = patterns.compile(r"(?:^|\n)[^\n]++(?:\n|$)")
_CLAUSE = patterns.compile(r"[^,，。；;:：\n!！?？]++")
_ITEM_CODE = patterns.compile(r"\s*+\([^()]{1,12}\)\s*+$")  # 宝成 (9904-TW)
_LIST_END = patterns.compile(r"\s*+(?:等|及|和|与)")


def _list_members(doc: Doc, found: list[Mention], blocked: Coverage) -> Iterator[Mention]:
    """`製鞋有寶成 (9904-TW)、台鎰、志強興業、達新 (1315-TW)、山二`: the unknown names of a
    list that holds two companies or more are companies too. The first item is left alone
    (where it starts is unclear), and so is anything that reads as a word or a sector."""
    text, lex = doc.text, doc.lex
    if "、" not in text:
        return
    ends = {doc.norm_span(m.span)[1] for m in found}
    stops = _stops(lex)
    rules = lex.rule("firms")
    for clause in _CLAUSE.finditer(text):
        if "、" not in clause.group():
            continue
        items, pos = [], clause.start()
        for piece in clause.group().split("、"):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        for index, (start, end) in enumerate(items[:-1]):
            etc = text.find("等", start, end)
            if etc != -1:  # 晶豪科(3006)等各达五、六千张: the list ended at 等; 六千张 is a count
                items = [*items[:index], (start, etc)]
                break
        last_start, last_end = items[-1]  # 山二等 / 亚新工程及中华工程: the list ends at 等, or goes on after 及
        joint = _LIST_END.search(text, last_start, last_end)
        if joint:
            items[-1] = (last_start, joint.start())
            if text[joint.start() : joint.end()].strip() != "等":
                etc = text.find("等", joint.end(), last_end)  # 长实、信置及南丰等发展商
                items.append((joint.end(), last_end if etc == -1 else etc))
        if len(items) < 3:
            continue
        known = []
        for start, end in items:
            code = _ITEM_CODE.search(text, start, end)
            item_end = code.start() if code else end
            while item_end > start and text[item_end - 1] == " ":
                item_end -= 1
            known.append(item_end in ends)
        if sum(known) < 2:
            continue
        names_people = bool(doc.lex.title_spans(clause.group()))  # 董事为…投资公司、吴建东: directors
        surnames = doc.lex.rule("people")["surnames"]
        for index, ((start, end), is_known) in enumerate(zip(items, known)):
            if index == 0 or is_known:
                continue
            while start < end and text[start] == " ":
                start += 1
            while end > start and text[end - 1] == " ":
                end -= 1
            name = text[start:end]
            if not 2 <= len(name) <= 6 or not _HAN_ONLY.fullmatch(name) or any(c in stops for c in name):
                continue
            if (name in lex.boundary_words or name in lex.places or name in rules["generic_prefixes"]
                    or name.endswith(_SECTOR_TAILS) or name.endswith(_PUBLIC_BODY_TAILS) or _MOVE_IN_ITEM.search(name)):
                continue  # 面板、被动元件、强势涨停、交通部铁改局: a word, a sector, a move or a public body
            if _QUANTITY_ITEM.match(name):
                continue  # 长达五个月、四个月、三个月: periods, not names
            if _GROUP_NICKNAME.search(name):
                continue  # 台积电、台塑四宝、国泰金: a nickname for a group of stocks, no firm
            if names_people and len(name) <= 3 and name[0] in surnames:
                continue  # a person among the directors, not a company
            if blocked.overlaps(start, end):
                continue
            blocked.take(start, end)
            yield doc.mention("firm", start, end, name, "firms.list_member")


# A count and a word after a name: 台塑四宝, 货柜三雄, 面板双虎 (nicknames of stock groups).
_GROUP_NICKNAME = patterns.compile(r"(?<=\p{Han}{2})[二两三四五六七八九十双][\p{Han}]{1,2}$")
# What ends a sector or a product in a list, not a company's name.
_SECTOR_TAILS = ("股", "族群", "类", "概念", "产业", "行业", "板块", "产品", "元件", "组件", "设备", "材料", "市场", "通讯", "应用", "技术",
                 "国", "省", "市", "厂", "厂商", "业者")  # 代工厂, 面板厂商: a kind of maker
# What ends a public body's name (no firm under the guidelines): 交通部铁改局, 国防部, 国税局.
_PUBLIC_BODY_TAILS = ("局", "部", "署", "府", "厅")
_HAN_ONLY = patterns.compile(r"\p{Han}++")
_QUANTITY_ITEM = patterns.compile(r"[\d一二两三四五六七八九十百千几多数]+个?(?:家|间|所|只|档|年|月|天|日|周|季|倍|成)")
_MOVE_IN_ITEM = patterns.compile(r"[涨跌]|收[黑红]|走[高低]|压低|拉高")


def _local_names(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """`中原認為`: a name that a story of one market writes for a firm of its own (markets.toml
    local_firm_names), where no longer name holds it (中原城市領先指數, 中原按揭)."""
    names = doc.lex.rule("markets").get("local_firm_names", {}).get(doc.market or "", {})
    for name, key in names.items():
        for start in occurrences(doc.text, name):
            end = start + len(name)
            if not blocked.overlaps(start, end) and doc.name_over(start) is None:
                blocked.take(start, end)
                yield doc.mention("firm", start, end, key, "firms.local_name")


def _lexicon_short_forms(doc: Doc, listed: dict[str, tuple[int, str]], blocked: Coverage) -> Iterator[Mention]:
    """`雍智科技(6683)…雍智表示`: after a listed firm's name, the name without a word such as
    科技 or 電子 is the same firm, unless the lexicons know it as a name or a word of its own."""
    lex = doc.lex
    drops = tuple(lex.rule("firms")["short_form_drops"])
    suffixes = (*drops, *lex.rule("firms")["suffixes"])
    openers = frozenset(lex.rule("firms")["name_openers"])
    for name, (first_end, key) in listed.items():
        marked = _KY_MARK.search(name)
        if marked:
            if name[: marked.start()] not in lex.names:
                # 美食-KY(2723)…美食指出: once the article has named the company with its mark, the
                # bare name is the company, though it is a word too
                yield from _named_again(doc, name[: marked.start()], key, blocked, first_end, rule="firms.short_form")
                continue
            name = name[: marked.start()]  # 腾辉电子-KY … 腾辉表示: the name without its mark, then its stem
        stem = next((name[: -len(d)] for d in drops if name.endswith(d)), name)
        speaking = False
        if stem == name and len(name) == 4 and _HAN_ONLY.fullmatch(name):
            if name[:2] in openers:
                # 台湾高铁(2633)…高铁指出: the name without the place opening it, where it speaks
                yield from _named_again(doc, name[2:], key, blocked, first_end, rule="firms.short_form", speaking=True)
                continue
            if _free_stem(lex, name[:3]):
                # 瑞祺電通(6416)…瑞祺電股價: the first three characters, the short name Taiwan uses
                yield from _named_again(doc, name[:3], key, blocked, first_end, rule="firms.short_form")
            stem, speaking = name[:2], True  # 茂生农经 … 茂生表示: the first two characters, where they speak
        if stem == name or len(stem) < 2 or not HAN.fullmatch(stem[-1]) or not _free_stem(lex, stem):
            continue  # 国泰航空 → 国泰: a name of several companies
        # 哈药股份 … 哈药集团: the stem with another firm word is another firm
        yield from _named_again(doc, stem, key, blocked, first_end, not_before=suffixes, rule="firms.short_form",
                                speaking=speaking)


def _free_stem(lex: Lexicons, stem: str) -> bool:
    """The lexicons know `stem` neither as a name nor as a word of its own."""
    return stem not in lex.names and stem not in lex.context_only and stem not in lex.boundary_words


_KY_MARK = patterns.compile(r"\*?\s*+-\s*+[Kk][Yy]$")  # names are ASCII-folded: 美食-ky


def _trimmed_to_names_seen(doc: Doc, legal: list[Mention]) -> list[Mention]:
    """A registered name read with words before it (关于中止审查黑龙江省交通投资集团有限公司)
    is cut to the same name seen elsewhere in the article without them."""
    texts = {m.span.text for m in legal}
    trimmed = []
    for m in legal:
        name = m.span.text
        shorter = next((len(name) - cut for cut in range(1, len(name) - 1) if name[cut:] in texts), None)
        if shorter:
            start, end = doc.norm_span(m.span)
            start = end - shorter
            m = doc.mention("firm", start, end, doc.text[start:end], m.rule)
        trimmed.append(m)
    return trimmed


def _defined_short_names(
    doc: Doc, legal: list[Mention], found: list[Mention], blocked: Coverage
) -> tuple[list[Mention], list[Mention]]:
    """`found` with each short name a registered name defines taking that name's key, and
    the short name wherever else it stands (内蒙古金河建筑安装有限责任公司（以下简称“金河建安”）
    … 控股股东金河建安), unless it is a word (“公司”) or a role (“发行人”). A registered
    name that defines a listed company's name (中百控股集团股份有限公司（以下简称“中百集团”）)
    is that company: `legal` comes back with its key."""
    from dsnews.normalise import simplify

    listed = {simplify(m.span.text): m.key for m in _lexicon_firms(doc) if is_security_id(m.key)}
    defined: dict[str, str] = {}
    roles = frozenset(doc.lex.rule("firms")["defined_roles"])
    again: list[Mention] = []
    for index, m in enumerate(legal):
        end = doc.norm_span(m.span)[1]
        short = DEFINES.match(doc.text, end)
        name = short and (short["short"] or short["quoted"])
        if name and name not in defined:
            if "." not in m.key and name in listed:
                legal[index] = m = dataclasses.replace(m, key=listed[name])
            defined[name] = m.key
            if HAN.match(name) and name not in roles and name not in doc.lex.boundary_words and name not in doc.lex.names:
                again += _named_again(doc, name, m.key, blocked, after=short.end())
    return _rekeyed(found, defined) + again, legal


def _one_key_per_stem(doc: Doc, legal: list[Mention]) -> list[Mention]:
    """中百控股集团有限公司 and 中百控股集团股份有限公司 are one company: registered names that
    differ only in their legal suffix share a key (a listed one when either has it)."""
    from dsnews.normalise import simplify

    stems = [_legal_stem(doc.lex, simplify(m.span.text)) for m in legal]
    keys: dict[str, str] = {}
    for stem, m in zip(stems, legal):
        if stem not in keys or is_security_id(m.key) and not is_security_id(keys[stem]):
            keys[stem] = m.key
    return [dataclasses.replace(m, key=keys[stem]) for stem, m in zip(stems, legal)]


def _registered_short_forms(doc: Doc, legal: list[Mention], blocked: Coverage) -> Iterator[Mention]:
    """`陳立教育事業股份有限公司…陳立教育針對…`: after a registered name, its stem (the name
    without the legal suffix), or the stem without a word of its business, named again is the
    same firm, when the lexicons know neither as a name or a word and it keeps three characters."""
    from dsnews.normalise import simplify

    rules = doc.lex.rule("firms")
    drops = (*rules["short_form_drops"], *rules["registered_short_form_drops"])
    suffixes = (*drops, *rules["suffixes"])
    for m in legal:
        stem = _legal_stem(doc.lex, simplify(m.span.text))
        short = next((stem[: -len(d)] for d in drops if stem.endswith(d)), stem)
        for form in dict.fromkeys((stem, short)):
            if len(form) >= 3 and _HAN_ONLY.fullmatch(form) and _free_stem(doc.lex, form):
                yield from _named_again(doc, form, m.key, blocked, doc.norm_span(m.span)[1], not_before=suffixes,
                                        rule="firms.short_form")


def _legal_stem(lex: Lexicons, name: str) -> str:
    """A registered name without its legal suffix: 中百控股集团股份有限公司 → 中百控股集团."""
    suffix = legal_suffix_pattern(lex).search(name)
    return name[: suffix.start()] if suffix else name


def _short_and_suffixed_as_one(doc: Doc, found: list[Mention]) -> list[Mention]:
    """龙宝 and 龙宝建设 in one article are one firm: the short name takes the suffixed key."""
    from dsnews.normalise import simplify

    suffix = _suffix_pattern(doc.lex)
    by_stem: dict[str, str] = {}
    for m in found:
        if m.rule == "firms.suffix":
            name = simplify(m.span.text)
            tail = suffix.search(name)
            if tail and tail.end() == len(name) and tail.start() >= 2:
                by_stem.setdefault(name[: tail.start()], m.key)
    return _rekeyed(found, by_stem)


_OPEN_BRACKET = patterns.compile(r"\s*+[(（]\s*+")
_CLOSE_BRACKET = patterns.compile(r"\s*+[)）]")


def _bracketed_as_one(doc: Doc, found: list[Mention]) -> list[Mention]:
    """`ReviR Therapeutics（溪砾科技）`: a guessed name in brackets right after another is
    that firm's other name, not a second firm."""
    original = doc.norm.original
    by_start = {m.span.start: m for m in found}
    keys: dict[str, str] = {}
    for m in found:
        gap = _OPEN_BRACKET.match(original, m.span.end)
        inner = by_start.get(gap.end()) if gap else None
        if inner and inner.key != m.key and _CLOSE_BRACKET.match(original, inner.span.end):
            keys.setdefault(inner.key, m.key)
    if not keys:
        return found
    return [dataclasses.replace(m, key=keys.get(m.key, m.key)) for m in found]


def _rekeyed(found: list[Mention], keys: dict[str, str]) -> list[Mention]:
    """`found` with each mention whose (normalised) text is in `keys` taking that key."""
    if not keys:
        return found
    from dsnews.normalise import simplify

    return [dataclasses.replace(m, key=keys.get(simplify(m.span.text), m.key)) for m in found]


def _same_firm_as(doc: Doc, legal: list[Mention], others: list[Mention]) -> Iterator[Mention]:
    """兴银基金管理有限责任公司 is the 兴银基金 named elsewhere: same key, so one firm."""
    from dsnews.normalise import simplify

    short = sorted(((simplify(m.span.text), m.key) for m in others), key=lambda f: -len(f[0]))
    short += sorted(((simplify(m.span.text), m.key) for m in _lexicon_firms(doc)), key=lambda f: -len(f[0]))
    region = _region_before(doc.lex)
    for m in legal:
        name = simplify(m.span.text)
        stem = _legal_stem(doc.lex, name)
        opening = region.match(stem)
        cut = opening.end() if opening and len(stem) - opening.end() >= 2 else 0  # 内蒙古 + 伊利实业集团
        key = next(  # (全方位资产管理公司 is the 全方位资产管理有限公司 named before)
            (k for text, k in short if len(text) >= 2 and (name[cut:].startswith(text) or text == stem + "公司" or _place_and(stem, text))
             and not _another_entity(name, stem, k)), None
        )
        if key is None and name.endswith("股份有限公司"):  # a joint-stock company: the listed one named here
            plain = stem.replace("(", "").replace(")", "")  # 视觉(中国)文化发展 holds 视觉中国
            key = next((k for text, k in short if is_security_id(k) and _holds_listed_name(plain, text)), None)
        yield Mention(m.kind, m.span, key or m.key, m.rule, m.facts)


@functools.cache
def _subsidiary_kind(lex: Lexicons) -> regex.Pattern[str]:
    rules = lex.rule("firms")
    return patterns.compile(rf"(?:{words(rules['subsidiary_kinds'])})(?![{regex.escape(rules['subsidiary_kind_not_before'])}])")


@functools.cache
def _region_before(lex: Lexicons) -> regex.Pattern[str]:
    rules = lex.rule("firms")
    return patterns.compile(rf"(?:{words([*rules['regions'], *rules['places']])})(?:省|市|自治区)?")


def _opens_with_a_place(lex: Lexicons, text: str, start: int) -> bool:
    """A region, a city or a country opens the name at `start` (新竹, 新疆, 新加坡): its first
    character is no leading word."""
    return bool(_region_before(lex).match(text, start) or _name_opener(lex).match(text, start))


@functools.cache
def _name_opener(lex: Lexicons) -> regex.Pattern[str]:
    return patterns.compile(words(lex.rule("firms")["name_openers"]))


def _another_entity(name: str, stem: str, key: str) -> bool:
    """A registered name that cannot be the company `key` although it starts with its name:
    a region or group in brackets (阿里巴巴(中国)网络技术有限公司), or a plain 有限公司 where
    the key is an A share (listed there only as a 股份有限公司: 新希望集团有限公司 is the parent)."""
    if name.endswith("股份有限公司"):
        return False  # 视觉(中国)文化发展股份有限公司 may be the listed 视觉中国 itself
    return "(" in stem or key.endswith((".SH", ".SZ", ".BJ"))


_LISTED_NAME_TAIL = patterns.compile(r"(?:股份|集团|控股|[AB])$")


def _holds_listed_name(stem: str, listed: str) -> bool:
    """无锡商业大厦大东方(股份有限公司) holds 大东方, 黑龙江交通发展 holds 龙江交通, 华平信息技术
    starts with 华平 of 华平股份: the registered name of a listed company the article names.
    A two-character core is too common for more than that (泛海控股 is not 泛海集团)."""
    core = _LISTED_NAME_TAIL.sub("", listed)
    if len(core) >= 3:
        return core in stem or _abbreviates(stem, core)
    return len(core) == 2 and listed.endswith("股份") and stem.startswith(core)


def _abbreviates(stem: str, core: str) -> bool:
    """兰花科创 is short for 山西兰花科技创业: a core of four or more characters whose first
    two stand together in the registered name and each other one opens one of the two-character
    words after them, in order (中国银行 is not short for 中国建设银行: 行 opens no word)."""
    at = stem.find(core[:2])
    if len(core) < 4 or at < 0:
        return False
    openers = iter(stem[at + 2 :: 2])
    return all(char in openers for char in core[2:])


def _place_and(stem: str, name: str) -> bool:
    """唐山冀东水泥(股份有限公司) is 冀东水泥 with its city in front: at most three characters."""
    return stem.endswith(name) and 0 < len(stem) - len(name) <= 3


def _used_as_a_term(doc: Doc, hit: NameHit) -> bool:
    """Whether a firm's name that is also an everyday term stands as the term here: a noun
    after it (IDC机房) or a word before it (主力产品 IDC), firms.toml term_nouns_after/before."""
    after, before = _term_words(doc.lex)
    return bool(after.match(doc.text, hit.end) or before.search(doc.text, max(0, hit.start - 4), hit.start))


@functools.cache
def _term_words(lex: Lexicons) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    rules = lex.rule("firms")
    return (patterns.compile(rf"\ ?(?:{words(rules['term_nouns_after'])})"),
            patterns.compile(rf"(?:{words(rules['term_words_before'])})\ ?$"))


def _lexicon_firms(doc: Doc) -> list[Mention]:
    return [m for m in doc.found.get("firm", []) if m.rule == "firms.lexicon"]


def _company_key(lex: Lexicons, key: str) -> str:
    """One key per company, whichever listing or name was seen: its primary listing."""
    if key in lex.securities or is_security_id(key):
        return lex.company_ids(key)[0]
    return key


def _named_before_code(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """`Arm Holdings(ARM.US)`: the name the article prints before a code is a firm."""
    named: set[str] = set()
    for code in doc.of("ticker"):
        if code.rule.startswith("tickers.name") or code.rule == "tickers.code_name":
            continue  # (2330 台积电: the code's own name follows it, so what stands before is none)
        start, _ = doc.norm_span(code.span)
        pos = start
        label = _CODE_LABEL.search(doc.text, max(0, pos - 8), pos)
        if label:
            pos = label.start()  # 亚元(代号:6109)
        quote_before = _PRICE_QUOTE_BEFORE.search(doc.text, max(0, pos - PRICE_QUOTE_MAX), pos)
        if quote_before:
            pos = quote_before.start()  # 建泉国际控股(0.3,-0.03,-9.09%)(08365): the price, change and move between
        while pos > 0 and doc.text[pos - 1] in " (":
            pos -= 1
        if pos == start or blocked.overlaps(pos - 1, pos):
            continue
        if _own_name_after(doc, code):
            continue  # 重大讯息公告(6542)隆中: a filing's code before the name, which follows it
        m = _name_before(doc.text, pos, _stops(doc.lex))
        if m:
            m = (_after_descriptor(doc.text, *m), m[1])  # 伴手礼业者红马-KY(2928)
            m = (_after_word_before_own_name(doc, code.key, *m), m[1])
            m = (_after_cut_word_in(doc.lex, doc.text, *m), m[1])  # 记者某某 报导基米(4195)
            m = (_at_own_name(doc, code.key, *m), m[1])  # 然前鼎元(2426), 与宇峻奥汀(3546)
            m = (_latin_head(doc, *m), m[1])  # CBAK能源科技(CBAT.US)
            if code.key not in doc.lex.securities:
                m = (_after_list_opener(doc.lex, doc.text, *m), m[1])  # 0元以上有英格尔(8287): a code the lists lack
            if code.key not in doc.lex.securities and code.key.endswith(".BJ"):
                m = (_after_frequent_word(doc, *m), m[1])  # 近日安居乐(839406): a Beijing code the lists lack
            if (doc.text[m[0] : pos] in doc.lex.rule("firms")["short_form_drops"] and m[0] >= 2
                    and all(HAN.match(c) for c in doc.text[m[0] - 2 : m[0]])):
                m = (m[0] - 2, m[1])  # 宋都股份(600077): a stop character (都) cut the name to its generic tail
            if _leading_word(doc.lex).fullmatch(doc.text, m[0], pos):
                continue  # 还可以注意 (4739-TW): a verb before a code the article names no company for
            blocked.take(m[0], pos)
            key = _company_key(doc.lex, code.key)
            yield doc.mention("firm", m[0], pos, key, "firms.before_code")
            name = doc.text[m[0] : pos]
            if ((code.key not in doc.lex.securities or name not in doc.lex.names) and HAN.match(name[0])
                    and (len(name) >= 3 or name not in doc.lex.boundary_words) and name not in named):
                named.add(name)  # one search of the text per name, however often it is coded
                # 越博动力(300742.SZ): a listing the lexicons lack, or 昇佳电(6732) and 禾联(5283)
                # names they lack for it (昇佳电子, 禾联硕); its name elsewhere is the company,
                # but not in a longer name (界龙集团 is *ST界龙's shareholder)
                yield from _named_again(doc, name, key, blocked, not_before=tuple(doc.lex.rule("firms")["suffixes"]),
                                        alone=len(name) == 2)


def _after_frequent_word(doc: Doc, start: int, end: int) -> int:
    """Where a name the lexicons lack starts: after a frequent word before it (近日安居乐(839406),
    平台数字科技), but not after a region (北京希电(430328))."""
    if (end - start >= 4 and doc.lex.is_everyday_word(doc.text[start : start + 2])
            and not _region_before(doc.lex).match(doc.text, start) and doc.text[start + 2 : end] not in industry_words(doc.lex)):
        return start + 2
    return start  # (合成药业(832077): 药业 alone is no name)


def _at_own_name(doc: Doc, key: str, start: int, end: int) -> int:
    """Where a name before its code starts when the run holds the listing's own name after
    other words (然前鼎元(2426) is 鼎元, 与宇峻奥汀(3546) is 宇峻奥汀)."""
    names = [name for name in listing_names(doc.lex, key) if len(name) >= 2]
    if any(doc.text.startswith(name, start, end) for name in names):
        return start  # 康德莱医械(01501): the run opens with a name of its own
    found = [at for at in (doc.text.find(name, start + 1, end) for name in names) if at > start]
    if found:
        return min(found)
    # 涵盖华邦(2344): the run ends with the start of the listing's name (华邦电)
    starts = [end - size for name in names for size in range(len(name) - 1, 1, -1)
              if end - size > start and doc.text.startswith(name[:size], end - size)]
    return min(starts) if starts else start


def _after_word_before_own_name(doc: Doc, key: str, start: int, end: int) -> int:
    """Where a name before its code starts when an everyday word stands before the
    listing's own name (记者某某 报导基米(4195)); 中华电信(2412) keeps 中华: no listing
    is called 电信."""
    text, lex = doc.text, doc.lex
    if end - start < 4 or not lex.is_everyday_word(text[start : start + 2]):
        return start
    own = lex.company_ids(key)
    rest = lex.entries(text[start + 2 : end])
    return start + 2 if any(e.kind == "security" and e.key in own for e in rest) else start


# A filing's label before a code in brackets: (代号:6109), (股票代码:600519).
_CODE_LABEL = patterns.compile(rf"{CODE_LABEL}\s*+$")
_PRICE_QUOTE_BEFORE = patterns.compile(r"\(\s*+[-+]?[\d.]++\s*+,\s*+[-+]?[\d.]++\s*+,\s*+[-+]?[\d.]++%\s*+\)\s*+\(?\s*+$")
PRICE_QUOTE_MAX = 40


# What a company is, written before its name: 大厂, 代工龙头, 品牌厂, 旗下.
_DESCRIPTOR = patterns.compile(
    r".*(?:厂商|厂|龙头|旗下|品牌|平台|二哥|大哥|老大|公司|业者|超商|通路商|(?<!控)股(?!份)"
    r"|(?:游戏|设备|代工|供应|零件|材料|经销|代理|系统|封测)商)")  # 厂商 before 厂: 厂商乂迪生; 连锁超商全家; 游戏商棒辣椒; 检测股博錸


_LATIN_HEAD = patterns.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]{2,}$")


def _latin_head(doc: Doc, start: int, end: int) -> int:
    """Where a name before its code starts when a Latin word is joined to an everyday word
    and a firm suffix (CBAK能源科技(CBAT.US)): the Latin word is the name's own. A Latin
    word before a name of its own is what the company makes (PCB厂金像电, LED廠億光)."""
    head = _LATIN_HEAD.search(doc.text, max(0, start - 12), start)
    if head is None or head.group().upper() in acronyms(doc.lex):
        return start
    han = doc.text[start:end]
    suffix = next((s for s in doc.lex.rule("firms")["suffixes"] if han.endswith(s)), None)
    return head.start() if suffix and han[: -len(suffix)] in doc.lex.boundary_words else start


def _after_descriptor(text: str, start: int, end: int) -> int:
    """Where a name starts after what the company is (大厂燁联, 代工龙头复盛), keeping two
    characters at least."""
    descriptor = _DESCRIPTOR.match(text, start, end)
    return descriptor.end() if descriptor and end - descriptor.end() >= 2 else start


def _named_again(
    doc: Doc, name: str, key: str, blocked: Coverage, after: int = 0,
    not_before: tuple[str, ...] = (), rule: str = "firms.again", alone: bool = False, speaking: bool = False,
) -> Iterator[Mention]:
    """The company named again (安居乐称, 越博动力昨日): wherever its name stands free of
    other names and does not cut a word; with `alone`, only where no other Han character
    runs into it (a short name such as 医械 is also the end of 康德莱医械); with `speaking`,
    only before a speech verb."""
    stops = _stops(doc.lex)
    for start in occurrences(doc.text, name, after):
        end = start + len(name)
        if doc.text.startswith(not_before, end):
            continue
        if speaking and not _speech_after(doc.lex).match(doc.text, end):
            continue
        if alone and start > 0 and HAN.match(doc.text[start - 1]) and doc.text[start - 1] not in stops:
            continue
        if not blocked.overlaps(start, end) and not doc.lex.cuts_a_word(doc.text, start, end):
            blocked.take(start, end)
            yield doc.mention("firm", start, end, key, rule)


@functools.cache
def _speech_after(lex: Lexicons) -> regex.Pattern[str]:
    # 茂生表示 / 茂生也指出 / 众泰在年报中也指出: where or when it spoke may come before the verb
    return patterns.compile(rf"(?:{SPOKEN_WHEN_WHERE.pattern})?(?:也|还|则|亦|更|又|并)?+(?:{words(lex.rule('people')['speech_verbs'])})")


_BRACKETED_CODE = patterns.compile(r"\(\s*+(?P<num>\d{4,6})\s*+\)")


def _named_before_unknown_code(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """`安居乐(839406)`, `龙灯-KY(4141)`: a name printed with a stock code the lexicons do
    not have (delisted, over the counter) is still a company. Years in brackets are not codes."""
    text = doc.text
    stops = _stops(doc.lex)
    known = {doc.norm_span(m.span)[0] for m in doc.of("ticker")}
    named: set[str] = set()
    for m in _BRACKETED_CODE.finditer(text):
        if m.start("num") in known or 1990 <= int(m["num"]) <= 2035 or blocked.overlaps(m.start() - 1, m.start()):
            continue
        after = doc.hit_starting.get(m.end())
        if after is not None and any(e.kind == "security" for e in after.entries):
            continue  # 重大讯息公告(6542)隆中: the code is that of the listed name after it
        found = _name_before(text, m.start(), stops)
        if not found or found[1] - found[0] < 2 or blocked.overlaps(*found):
            continue
        start, end = found
        start = _after_frequent_word(doc, start, end)
        start = _after_descriptor(text, start, end)  # 大厂燁联(9957) / 代工龙头复盛
        start = _after_cut_word_in(doc.lex, text, start, end)
        start = _after_list_opener(doc.lex, text, start, end)  # 4元以上的有环瑞医(4198)
        name = text[start:end]
        if name.endswith("债") or not HAN.match(name[0]):
            continue  # 中扬光一转换公司债(66681): a bond; CB4: a bond's label
        if name in doc.lex.boundary_words or name.isdigit():
            continue
        blocked.take(start, end)
        yield doc.mention("firm", start, end, name, "firms.before_code")
        if name not in named:  # one search of the rest of the text per name
            named.add(name)
            yield from _named_again(doc, name, name, blocked, m.end())


@functools.cache
def _latin_tail() -> regex.Pattern[str]:
    # (91APP-KY(6741): digits may open a name, joined to its capitals)
    return patterns.compile(rf"(?:(?<![\d.,])\d{{1,3}}(?=[A-Z]))?+(?:{LATIN_RUN})$")


def _own_name_after(doc: Doc, code: Mention) -> bool:
    """The name of the code's own listing follows its closing bracket: (6542)隆中."""
    _, end = doc.norm_span(code.span)
    after = _CLOSE_BRACKET.match(doc.text, end)
    hit = doc.hit_starting.get(after.end()) if after else None
    return hit is not None and any(e.key == code.key for e in hit.entries)


def _name_before(text: str, end: int, stops: frozenset[str]) -> tuple[int, int] | None:
    """The firm name ending at `end`: a Latin run, or 2–8 Han characters up to a stop."""
    window = text[max(0, end - 40) : end]
    latin = _latin_tail().search(window)
    if latin:
        start = end - len(window) + latin.start()
        hyphen = start
        while hyphen > 0 and start - hyphen < 3 and text[hyphen - 1] == " ":
            hyphen -= 1
        if not (hyphen > 0 and text[hyphen - 1] == "-"):
            return start, end
        end = hyphen - 1  # 世芯-KY, 美喆 - KY: the Han name before the listing suffix
        while end > 0 and text[end - 1] == " ":
            end -= 1
    start = end
    legal = _LEGAL_END.search(text, max(0, end - 7), end)
    most = NAME_BEFORE_CODE_MAX + (len(legal[0]) if legal else 0)  # 宏桥高科技有限公司(PBTS.US): a registered name, suffix and all
    while start > 0 and end - start < most and HAN.match(text[start - 1]):
        if text[start - 1] in stops:
            # 和佳医疗(300273) / 和硕: 和 and 与 start a name where nothing Han stands before them
            if text[start - 1] in "和与" and (start < 2 or not HAN.match(text[start - 2])) and end - start < 5:
                start -= 1
            break
        start -= 1
    return (start, end) if end - start >= 2 else None


_LEGAL_END = patterns.compile(rf"{LEGAL_SUFFIX}$")
NAME_BEFORE_CODE_MAX = 8  # Han characters of a name printed before its code (中国汽车新零售(00526-HK))


def _han_run_start(text: str, end: int, stops: frozenset[str], most: int) -> int:
    """Where the run of Han characters (none of them a stop) ending at `end` starts, taking
    at most `most` of them."""
    start = end
    while start > 0 and end - start < most and text[start - 1] not in stops and HAN.match(text[start - 1]):
        start -= 1
    return start


@functools.cache
def _stops(lex: Lexicons) -> frozenset[str]:
    """Characters that never sit inside a firm name (firms.toml stop_chars)."""
    return frozenset(lex.rule("firms")["stop_chars"])


@functools.cache
def _suffix_pattern(lex: Lexicons) -> regex.Pattern[str]:
    rules = lex.rule("firms")
    return patterns.compile(
        rf"(?:{words(rules['suffixes'])})(?!{words(rules['not_after'])})"
    )


@functools.cache
def _latin_tail_spaced() -> regex.Pattern[str]:
    return patterns.compile(rf"(?:{LATIN_RUN})\ ?$")


LEADING_MAX = 3  # characters of a leading word (子公司, 债权人) before a guessed name's own


def _suffixed(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """Names with a firm suffix: 盛宝银行, 元大投顾, Vantage Point资产管理公司."""
    rules = doc.lex.rule("firms")
    generic = frozenset(rules["generic_prefixes"])
    generic_tails = tuple(g for g in generic if len(g) >= 2)
    risky = frozenset(rules["risky_suffixes"])
    text = doc.text
    stops = _stops(doc.lex) | _COMPARATIVES
    for m in _suffix_pattern(doc.lex).finditer(text):
        # (a leading word may stand before the name's characters: 控股子公司长春金赛药业)
        start = _han_run_start(text, m.start(), stops, rules["max_han"] + LEADING_MAX + 1)
        if 0 < start < m.start() and text[start - 1] in stops and doc.lex.is_everyday_word(text[start - 1 : start + 1]):
            start += 1  # 其中全方位资产管理公司, 过去担纲: the stop ends a word that holds the next character
        han = text[start : m.start()]
        if len(han) > rules["max_han"]:
            cut_at = next((w.end() for w in _long_leading_words(doc.lex).finditer(han)
                           if 2 <= len(han) - w.end() <= rules["max_han"]), None)
            if cut_at is None:
                continue  # no clear start: better no firm than half a sentence
            start, han = start + cut_at, han[cut_at:]
        cut = max(_after_everyday_word(doc.lex, han), _after_cut_word(doc.lex, han))
        if cut and han[cut : cut + 1] == "商":
            cut += 1  # 维修商夏诺科技: 商 ends a trade's name (维修商, 代理商), not opens the firm's
        start, han = start + cut, han[cut:]
        if start > 0 and text[start - 1].isdigit() and han[:1] in "日月年号":
            continue  # 自5月10日起证券经纪商: a date, not a name
        if _not_a_firm_after_suffix(doc.lex).match(text, m.end()) or m.group() == "控股" and han.endswith("金"):
            continue  # 楠梓科技产业园区: a park; 这档金控股: financial-holding stocks (金控 + 股)
        period = _PERIOD.match(han)
        if period:  # 前七月集团合并营收: a period, not a name
            start += period.end()
            han = han[period.end() :]
        lead = _leading_word(doc.lex).match(han)
        if lead:  # 现任兴银基金: the firm is 兴银基金
            start += lead.end()
            han = han[lead.end() :]
        latin = _latin_tail_spaced().search(text, max(0, start - 40), start)
        if latin and latin.start() > 0 and text[latin.start() - 1].isdigit():
            continue  # 5G建设: a technology, not a firm
        if latin and not han and is_security_id(latin.group().strip()):
            continue  # 淘屏 TAOP.US 证券购买协议: a stock code, not a firm's name
        if latin and not han:
            if latin.group().strip().upper() in acronyms(doc.lex) or len(latin.group().strip()) < 2:
                continue  # IT科技有网络订单支撑: a kind of business; 法国D公司: a firm the story leaves unnamed
            start = latin.start()
        elif (len(han) < 2 or han in generic or han.endswith(generic_tails) or _COUNTED.match(text, _digits_before(text, start), m.start())
              or _COUNTED_AT_END.search(han)):
            continue  # 五家投信 / 美国前两大银行: a count of firms, not a name
        elif han[-1] == "大" and (han[:-1] in generic or han[:-1] in doc.lex.places):
            continue  # 华尔街大银行, 美国大银行: the big banks of a place, not a name
        elif m.group() in risky and (han[-2:] in doc.lex.boundary_words and not _old_place_name(doc.lex, han[-2:])
                                     or han in doc.lex.places):
            continue  # 赔偿保险, 机房建设, 云林科技工业区: a phrase, not a firm
        elif m.group() in risky and _PHASES_AT_END.search(han):
            continue  # 分两期建设: built in two phases, not a firm
        elif m.group() == "公司" and not (text[start - 1 : start] == "任" and text.startswith(doc.lex.titles, m.end())):
            continue  # 某某公司 is too often a description; only Latin names + 公司, and 曾任捷元公司总经理
        elif han[-1] in "市县省区镇" or han[:1] == "大" and han[1:] in doc.lex.places:
            continue  # 瑞安市金融, 大台南科技厂办: a place and a trade, not a firm
        elif "之" in han[1:]:
            continue  # 代收款项之银行: 之 is 的 here, a phrase (之江生物 opens with it)
        elif len(han) == 2 and (han in doc.lex.function_words or han in doc.lex.rule("people")["speech_verbs"]) and not latin:
            continue  # 展现集团重要策略, 形容集团正式告别疫情: a verb before the suffix, not a name
        elif han[-1] in "地拟将要需已正再" and m.group() in rules["verb_suffixes"]:
            continue  # 稳慎有序地营造 / 本期拟建设: an adverb or a modal, then the verb (to build), not a builder
        elif han[-1] in "型类后式":
            continue  # 被动型基金, 成长类基金, 互动式科技: a kind of fund, firm or technology; 减资后资本: a phrase, not a name
        if blocked.overlaps(start, m.end()):
            continue
        blocked.take(start, m.end())
        end = m.end()
        if latin and not han and m.group() == "公司":
            end = start + len(latin.group().rstrip())  # Orions Systems 公司 is Orions Systems
        yield doc.mention("firm", start, end, text[start:end], "firms.suffix")


@functools.cache
def _not_a_firm_after_suffix(lex: Lexicons) -> regex.Pattern[str]:
    """A park after the suffix, or 股 (the stocks of a kind: 金控股), ends no firm's name."""
    return patterns.compile(rf"{words(lex.rule('firms')['parks'])}|股(?![东份权价票])")  # (金控股东: 股东)


def _old_place_name(lex: Lexicons, word: str) -> bool:
    """A place name too rare to be a market (东吴基金, not 美国科技 or 香港保险): jieba tags it
    a place and counts it less than firms.toml's word_cut_freq."""
    return not lex.is_everyday_word(word) and word in lex.place_words


def _after_everyday_word(lex: Lexicons, han: str) -> int:
    """Where a guessed name starts: after the last frequent everyday word in `han`,
    unless that word is a country, city or other place opening the name (中国五冶集团, not 五冶集团)."""
    for i in range(len(han) - 2, -1, -1):
        if lex.is_everyday_word(han[i : i + 2]):
            if i == 0 and len(han) >= 4 and (han[:2] in _name_openers(lex) or han[:2] in lex.place_words):
                return 0  # (中山普莱联合会计师事务所: any place jieba knows)
            return i + 2
    return 0


@functools.cache
def _name_openers(lex: Lexicons) -> frozenset[str]:
    from dsnews.normalise import simplify

    rules = lex.rule("firms")
    # provinces open names too: 山东重工集团, not 重工集团
    return frozenset(simplify(w) for w in [*rules["name_openers"], *rules["regions"]])


def _after_cut_word(lex: Lexicons, han: str) -> int:
    """Where a guessed name starts: after the last of firms.toml's cut_after words in `han`."""
    found = last_match(_cut_word(lex), han)
    return found.end() if found else 0


def _after_cut_word_in(lex: Lexicons, text: str, start: int, end: int) -> int:
    """Where a name before a code starts after a cut_after word, keeping two characters."""
    cut = _after_cut_word(lex, text[start:end])
    return start + cut if end - start - cut >= 2 else start


def _after_list_opener(lex: Lexicons, text: str, start: int, end: int) -> int:
    """Where a name printed with a code the lists lack starts after a word that opens a list
    (4元以上的有环瑞医(4198)), keeping two characters."""
    opener = _list_opener(lex).match(text, start, end)
    return opener.end() if opener and end - opener.end() >= 2 else start


@functools.cache
def _list_opener(lex: Lexicons) -> regex.Pattern[str]:
    return patterns.compile(words(lex.rule("firms")["list_openers"]))


@functools.cache
def _cut_word(lex: Lexicons) -> regex.Pattern[str]:
    return patterns.compile(words(lex.rule("firms")["cut_after"]))


@functools.cache
def _leading_word(lex: Lexicons) -> regex.Pattern[str]:
    return patterns.compile(rf"(?:{words(lex.rule('firms')['leading_words'])})+")


def _digits_before(text: str, start: int) -> int:
    """Where the run of digits ending at `start` begins (新加坡2大造船集团: a count), a space
    after them included (有 4 家转投资公司)."""
    if start > 1 and text[start - 1] == " " and text[start - 2].isdigit():
        start -= 1
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return start


_PERIOD = patterns.compile(  # 上季集团收益: last quarter; 上周五获投信买超: last Friday (not the surname 周)
    r"(?:前|今年|去年|明年)?[一二三四五六七八九十]+个?(?:月|季|年)(?:份|度)?|[上本下首今去]季|[上下]半年"
    r"|[上本下](?:周|星期)[一二三四五六日天]?|(?:周|星期)[一二三四五六日天]")

_OFFICE_AFTER = patterns.compile(r"[局厅委署处]")  # 西安市工信局: a city's bureau, no namesake company
_COUNTED = patterns.compile(r"(?:近|逾|超过|约)?(?:[\d一二两三四五六七八九十百几多数各]+\ ?[家间所只档大位]|[一二两三四五六七八九十半]成)")  # 三大证券(报): the big three; 逾百位集团: a count; 近三成发卡银行: a share of them
_PHASES_AT_END = patterns.compile(r"[\d一二两三四五六七八九十][期厂]$")  # 分两期建设, 二厂建设: a project's phase or plant
_COUNTED_AT_END = patterns.compile(r"(?:前|有)?[\d一二两三四五六七八九十]+[家大]$")  # 美国前两大银行: the top two; 仍有三家旅行社: a count

# Comparisons never stand inside a guessed firm name: 件数比银行 is no 比银行.
_COMPARATIVES = frozenset("比较")  # 比去年 / 较上月: before a suffix, never inside a name



@functools.cache
def _title_pattern(lex: Lexicons) -> regex.Pattern[str]:
    return patterns.compile(
        rf"""
        (?<![A-Za-z0-9])
        (?P<name>{LATIN_RUN})       # Union Bancaire Privee / Bernstein / Man Numeric
        (?=\ ?(?:的[^，。,]{{0,12}}?)?(?:{words(lex.titles)}))  # …then a job title (maybe after 的…)
        """,
        regex.VERBOSE,
    )


def _latin_before_title(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """Latin names that stand before a job title are the employer: `Bernstein分析師`."""
    if not doc.lex.titles:
        return
    kinds = acronyms(doc.lex)
    for m in _title_pattern(doc.lex).finditer(doc.text):
        start, end = m.span("name")
        if blocked.overlaps(start, end) or m["name"].upper() in kinds or end - start < 2:
            continue  # ETF经理人: a kind of product, not a firm; 精选A的基金经理: a fund's share class
        if m["name"].isupper() and start > 0 and HAN.match(doc.text, start - 1) and blocked.overlaps(start - 1, start):
            continue  # 中信证券FICC首席分析师: the named firm's desk, in capitals, not another firm
        blocked.take(start, end)
        yield doc.mention("firm", start, end, doc.text[start:end], "firms.before_title")


@functools.cache
def _latin_suffix_pattern(lex: Lexicons) -> regex.Pattern[str]:
    suffixes = "|".join(regex.escape(w) for w in sorted(lex.rule("firms")["latin_suffixes"], key=len, reverse=True))
    return patterns.compile(
        rf"""
        (?<![A-Za-z0-9])
        (?:(?:[A-Za-z][A-Za-z0-9&'\-]*+|&|\([A-Z][A-Za-z]*+\))\ ){{1,5}}  # Merit Interactive / Beauty & Fitness / Industry (Cayman) Holding
        (?:{suffixes}|(?=\p{{Lu}})(?i:{suffixes}))  # Co. / Capital / plc / CAPITAL as listed (not Split the group: an English phrase)
        (?:,\ ?(?i:Ltd|Inc|Limited)\.?)?            # Royal Finishing Co., Ltd.
        (?:\ (?:Pte\.?\ |Pvt\.?\ )?(?:Ltd|Limited|Inc|LLC|LP|PLC|Co|Corp|AG|SA|NV|SE)\.?)*+  # …Asia Advisors Pte Ltd.
        (?![A-Za-z0-9])
        """,
        regex.VERBOSE,
    )


def _latin_suffixed(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """Latin names ending in a firm word: Merit Interactive Co., Aletheia Capital."""
    for m in _latin_suffix_pattern(doc.lex).finditer(doc.text):
        start, end = m.span()
        if doc.text.startswith("The ", start):
            start += 4  # The Baring Asia Private Equity Fund: the article's word, not the name's
        if blocked.overlaps(start, end):
            continue
        blocked.take(start, end)
        yield doc.mention("firm", start, end, doc.text[start:end], "firms.latin_suffix")


def _latin_short_forms(doc: Doc, found: list[Mention], blocked: Coverage) -> Iterator[Mention]:
    """Once a Latin name is a firm, its other occurrences are too: the headline's `Target`
    before `零售商Target公布`, and a later `Merit` for the `Merit Interactive Co.` named before.
    One scan of the text for all of them (an article may name hundreds)."""
    forms: dict[str, tuple[str, int]] = {}  # form → (firm key, where it may start)
    for firm in found:  # the first mention of each firm; the others are what it looks for
        if firm.key in forms:
            continue
        _, end = doc.norm_span(firm.span)
        forms[firm.key] = (firm.key, 0)
        first_word = firm.key.split(" ")[0]
        if first_word != firm.key and len(first_word) >= 4 and first_word[0].isupper():
            forms.setdefault(first_word, (firm.key, end))
    if not forms:
        return
    alternatives = "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))
    # Compiled plainly: a pattern made for one article is not worth recording (patterns.py).
    pattern = regex.compile(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])", cache_pattern=False)
    for m in pattern.finditer(doc.text):
        key, since = forms[m.group()]
        if m.start() >= since and not blocked.overlaps(m.start(), m.end()):
            blocked.take(m.start(), m.end())
            yield doc.mention("firm", m.start(), m.end(), key, "firms.short_form")


@functools.cache
def legal_suffix_pattern(lex: Lexicons) -> regex.Pattern[str]:
    """A registered-name suffix (股份有限公司 …), in normalised text."""
    rules = lex.rule("firms")
    return patterns.compile(rf"(?:{words(rules['legal_suffixes'])})")


def _legal_names(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """Registered names: 上海海通证券资产管理有限公司, 上海格林兰投资企业(有限合伙).

    They may contain a listed company's name (海通证券); assemble drops such inner
    mentions, since the subsidiary is a firm of its own.
    """
    rules = doc.lex.rule("firms")
    text = doc.text
    generic = frozenset(rules["generic_prefixes"])
    names = Coverage(len(text))
    for hit in doc.name_hits:
        names.take(hit.start, hit.end)
    stops = _stops(doc.lex)
    for m in legal_suffix_pattern(doc.lex).finditer(text):
        start = _legal_start(doc.lex, text, m.start())
        while start > 0 and text[start - 1] in stops:
            opener = doc.hit_starting.get(start - 1)
            if opener and opener.end - start >= 2:
                # 四川和邦生物科技股份有限公司: the stop character opens a known name (和邦生物; not
                # 向中 in 向中百控股, whose run of name characters it hardly enters)
                start = _legal_start(doc.lex, text, start - 1)
                continue
            # 美而快国际股份有限公司: the stop character is inside a known name
            across = next((s for s in range(start - 2, max(-1, start - 2 - ACROSS_REACH), -1)
                           if s in doc.hit_starting and doc.hit_starting[s].end > start), None)
            if across is None:
                break
            start = _legal_start(doc.lex, text, across)
        # 股东深圳市珠峰基石股权投资合伙企业（有限合伙）: a boundary word the run's longest start cuts in half
        crossing = next((b for b in _legal_boundary(doc.lex).finditer(text, max(0, start - 3), min(m.start(), start + 3))
                         if b.start() < start < b.end() and not names.overlaps(b.start(), b.end())), None)
        if crossing is not None:
            start = crossing.end()
        # 接到第一大股东上海格林兰投资企业(有限合伙): the name starts after 股东 — but never
        # after a 为 inside a known name (历任华为技术有限公司)
        # — nor after the name's own last word (新希望集团有限公司, 天齐实业(集团)有限公司)
        boundaries = [b for b in _legal_boundary(doc.lex).finditer(text, start, m.start())
                      if not names.overlaps(b.start(), b.end()) and m.start() - b.end() >= 2
                      and not text.startswith(")", b.end()) and not _inside_a_word(doc.lex, text, b)]
        while boundaries and _inside_a_regional_name(doc.lex, text, boundaries, start):
            boundaries.pop()  # 通过西藏太和先机投资管理有限公司: 和 is inside the name that 西藏 opens
        if boundaries:
            start = boundaries[-1].end()
        start = _after_cut_word_in(doc.lex, text, start, m.start())  # 市场监督管理局联合约谈北京某某有限公司
        lead = _leading_word(doc.lex).match(text, start, m.start())
        # 批予有利建筑有限公司: right after a boundary word, one character (有, 新) opens the name
        opens_name = bool(lead) and len(lead.group()) == 1 and (
            bool(boundaries) and boundaries[-1].end() == start
            or _ALONE_ON_ITS_LINE.fullmatch(text, start - 1 if start else 0, m.end() + 1))  # \n会通新材料股份有限公司\n: a heading
        # (联合 of 联合威码股份有限公司 is the name's, as a listed 联合 shows; but 联合北京…: a
        # place opens the name after it, so 联合 is the verb, jointly with)
        if (lead and not opens_name and not _opens_with_a_place(doc.lex, text, start)
                and (not names.overlaps(lead.start(), lead.end()) or _opens_with_a_place(doc.lex, text, lead.end()))):
            # 现任兴银基金管理有限责任公司; not 新 of 新希望, of 新疆 or of 新加坡
            start = lead.end()
        known = doc.hit_ending.get(m.end())
        if known is not None and known.start > start:
            start = known.start  # 经营哗裕实业股份有限公司: a registered name the lexicons know, after a verb
        if start > 0 and text[start - 1] == ")":
            continue  # 上海海通证券(13.930,0.07,0.51%)资产管理有限公司: the name is cut by a price widget
        code = _CODE_BEFORE_HAN.match(text, start, m.start())
        if code:
            start = code.end()  # 证券名称:6762达亚国际股份有限公司: the stock code before the name
        stem = text[start : m.start()]
        if len(stem) < 2 or stem in generic or len(stem) == 2 and stem in doc.lex.boundary_words:
            continue  # 矿业股份有限公司 / 技术有限公司: a description, not a name
        blocked.take(start, m.end())
        yield doc.mention("firm", start, m.end(), doc.text[start : m.end()], "firms.legal_name")


def _inside_a_word(lex: Lexicons, text: str, boundary: regex.Match[str]) -> bool:
    """A one-character boundary that an everyday word holds is that word's: 国美共享经济(天津)
    has 经济 (economy), not 经 (through)."""
    start, end = boundary.span()
    return end - start == 1 and (lex.is_everyday_word(text[start : end + 1])
                                 or start > 0 and lex.is_everyday_word(text[start - 1 : end]))


# How far before a stop character a known name holding it may start (美而快: one character).
ACROSS_REACH = 10

_CODE_BEFORE_HAN = patterns.compile(r"\d++(?=\p{Han})")


def _inside_a_regional_name(lex: Lexicons, text: str, boundaries: list[regex.Match[str]], start: int) -> bool:
    """The last boundary is one character (和, 与, 及 …) and the run before it, back to the
    boundary before, opens with a region and holds more: a registered name's own character."""
    last = boundaries[-1]
    if last.end() - last.start() > 1:
        return False
    opening = boundaries[-2].end() if len(boundaries) > 1 else start
    region = _region_before(lex).match(text, opening, last.start())
    return region is not None and region.end() < last.start()


# A region or a group word in brackets inside a registered name: 成都天齐实业(集团)有限公司,
# 阿里巴巴(中国)网络技术有限公司 (never a price widget: that has digits).
_BRACKETED_WORD = patterns.compile(r"\(\p{Han}{1,6}\)$")


def _legal_start(lex: Lexicons, text: str, end: int) -> int:
    """Where a registered name ending at `end` starts: the run of name characters before it."""
    max_legal, stops, places, regional_he = lex.rule("firms")["max_legal"], _stops(lex), lex.places, _region_then_he(lex)
    start = end
    while start > 0 and end - start < max_legal:
        if _is_legal_char(text[start - 1], stops):
            start -= 1
            continue
        if start >= 2 and text[start - 2 : start] in places:
            start -= 2  # 成都天齐实业: 都 stops a name, 成都 does not
            continue
        if text[start - 1] == "和" and regional_he.search(text, max(0, start - 10), start):
            start -= 1  # 西藏太和先机投资: 和 stops a name, but not one that a region opens
            continue
        bracket = _BRACKETED_WORD.search(text, max(0, start - 8), start)
        if bracket is None or bracket.start() == 0 or not _is_legal_char(text[bracket.start() - 1], stops):
            break
        start = bracket.start()
    return start


@functools.cache
def _region_then_he(lex: Lexicons) -> regex.Pattern[str]:
    """A region, one to three more characters of a name (no 省, 市 or 区), then 和: 西藏太和."""
    rules = lex.rule("firms")
    return patterns.compile(rf"(?:{words([*rules['regions'], *rules['places']])})[^\P{{Han}}省市区县和]{{1,3}}和$")


@functools.cache
def _legal_boundary(lex: Lexicons) -> regex.Pattern[str]:
    return patterns.compile(words(lex.rule("firms")["legal_boundaries"]))


def _is_legal_char(char: str, stops: frozenset[str]) -> bool:
    return char not in stops and (bool(HAN.match(char)) or char.isascii() and char.isalnum())


@functools.cache
def _verb_after(lex: Lexicons) -> regex.Pattern[str]:
    verbs = words(lex.rule("people")["speech_verbs"])
    return patterns.compile(
        rf"(?<![A-Za-z])(?P<name>[A-Z][a-z]{{3,}}+)(?=\ ?(?:也|还|则|亦|又|并)?(?:{verbs}))"
    )


# What a company is, right before its Latin name: 市场研究公司Rho Motion, 调研机构Omdia.
_LATIN_AFTER_KIND = patterns.compile(
    r"(?:(?:研究|调研|市调|咨询|顾问|投资|资产管理|基金|数据|分析|评级|科技)(?:公司|机构)|研究机构|券商|投行)\s*+"
    r"(?P<name>[A-Z][A-Za-z0-9&]++(?:\ [A-Z][A-Za-z0-9&]++){0,2})(?![A-Za-z0-9])"
    # 比价公司PriceRunner, 初创企业Arrival: after any kind of company, a whole name written as
    # words (a capital, then small letters), not an acronym (公司CEO, 企业ESG)
    r"|(?<=\p{Han})(?:公司|企业)\s*+(?P<name>[A-Z][a-z][A-Za-z0-9&]*+(?:\ [A-Z][A-Za-z0-9&]++){0,2})"
    r"(?!\ ?[A-Za-z0-9\-.,&'’])"
)


def _latin_after_kind(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """`市场研究公司Rho Motion表示`: a Latin name after the kind of company it is is a firm,
    not a person, though it reads as two capitalised words."""
    kinds = acronyms(doc.lex)
    for m in _LATIN_AFTER_KIND.finditer(doc.text):
        start, end = m.span("name")
        if blocked.overlaps(start, end) or m["name"].split(" ")[0].upper() in kinds:
            continue
        blocked.take(start, end)
        yield doc.mention("firm", start, end, m["name"], "firms.latin_after_kind")


# How far before a Latin word a job title may end (the longest titles run to about ten characters).
TITLE_REACH = 12


def _latin_word_before_verb(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """`Bernstein表示`: one capitalised Latin word before a speech verb is a firm, unless it
    is the surname of a person named in full before (`Manish Kabra … Kabra指出`) or after a
    title anywhere (`行长 Macklem表示…Macklem称`)."""
    kinds = acronyms(doc.lex)
    persons: dict[str, bool] = {}  # a Latin word → the text holds it as a person's name
    for m in _verb_after(doc.lex).finditer(doc.text):
        start, end = m.span("name")
        name = m["name"]
        if blocked.overlaps(start, end) or name.upper() in kinds:
            continue
        if start > 0 and doc.text[start - 1] in " -'’":
            continue  # the last word of a longer Latin name (Tomás Herrera表示, O’Donnell表示)
        if name not in persons:  # (one search of the text per name, not per mention)
            persons[name] = (
                regex.search(rf"\p{{Lu}}\p{{Ll}}+[\ \-]{regex.escape(name)}(?![A-Za-z])", doc.text) is not None
                or any(doc.text[max(0, other.start() - TITLE_REACH) : other.start()].rstrip().endswith(doc.lex.titles)
                       for other in regex.finditer(rf"(?<![A-Za-z]){regex.escape(name)}(?![A-Za-z])", doc.text)))
        if persons[name]:
            continue  # a person's surname said alone, or after their title (外汇分析师Leuchtmann表示)
        blocked.take(start, end)
        yield doc.mention("firm", start, end, name, "firms.latin_before_verb")


_LATIN_NAME_IN_A_DEAL = patterns.compile(
    r"(?:收购|并购|入股|买下|合并|投资)\s*+(?P<object>[A-Z][A-Za-z0-9&]{2,}+(?:\ [A-Z][A-Za-z0-9&]++){0,2})(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9])(?P<subject>[A-Z][A-Za-z0-9&]{2,}+(?:\ [A-Z][A-Za-z0-9&]++){0,2})\s*+(?=的?股价|宣布收购|宣布并购|宣布以)"
)


def _latin_in_a_deal(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """`微软收购Movere`, `Stratasys的股价`: a Latin name bought, or whose shares move, is a firm."""
    kinds = acronyms(doc.lex)
    for m in _LATIN_NAME_IN_A_DEAL.finditer(doc.text):
        group = "object" if m["object"] else "subject"
        start, end = m.span(group)
        if blocked.overlaps(start, end) or m[group].upper() in kinds:
            continue
        blocked.take(start, end)
        yield doc.mention("firm", start, end, m[group], "firms.latin_in_a_deal")


@functools.cache
def _list_pattern(lex: Lexicons) -> regex.Pattern[str]:
    rules = lex.rule("firms")
    return patterns.compile(
        rf"(?P<items>(?:\p{{Han}}{{2,4}}、)+\p{{Han}}{{2,4}})等(?:在内的)?(?:{words(rules['list_noun_modifiers'])})?"
        rf"(?:{words(rules['list_nouns'])})"
    )


def _listed_kind(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """`龙宝、精锐、惠宇等品牌建商`: each name of a list that 等 and a kind of firm close.

    The first item has no boundary of its own (更磁吸龙宝), so it takes the length of the
    last. Places in the list (台北、台中等建商) are skipped.
    """
    text, lex = doc.text, doc.lex
    stops = _stops(lex)
    for m in _list_pattern(lex).finditer(text):
        items = m["items"].split("、")
        spans, pos = [], m.start("items")
        for item in items:
            spans.append((pos, pos + len(item)))
            pos += len(item) + 1
        first_start, first_end = spans[0]
        while first_start < first_end - 2 and any(c in stops for c in text[first_start:first_end - 2]):
            first_start += 1  # 投资过贝纯: the name starts after the last stop character
        spans[0] = (max(first_start, first_end - (spans[-1][1] - spans[-1][0])), first_end)
        for start, end in spans:
            name = text[start:end]
            if name in lex.places or blocked.overlaps(start, end):
                continue
            blocked.take(start, end)
            yield doc.mention("firm", start, end, name, "firms.list_of_kind")


@functools.cache
def _quoted_name_pattern(lex: Lexicons) -> regex.Pattern[str]:
    return patterns.compile(rf"(?:{words(lex.rule('firms')['quoted_name_after'])})「(?P<name>[^「」\n]{{2,12}})」")


def _quoted_new_firm(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """`已成立「力宝龙能源」`: a company being set up, or a subsidiary, named in quotes."""
    for m in _quoted_name_pattern(doc.lex).finditer(doc.text):
        start, end = m.span("name")
        if m["name"].endswith(_NOT_A_FIRM_TAILS):
            continue  # 成立「邊坡安全體檢小組」: a task force or a committee, not a company
        if not blocked.overlaps(start, end):
            blocked.take(start, end)
            yield doc.mention("firm", start, end, doc.text[start:end], "firms.quoted_new")


# What ends a body that is set up but is no company: a task force, a committee, a fund scheme.
_NOT_A_FIRM_TAILS = ("小组", "委员会", "工作组", "专案组", "平台", "计划", "计画")


# How many Han characters a name before a bracketed Latin name may have: 阿拉木图贸易金融银行.
TWO_SCRIPTS_MAX_HAN = 10


@functools.cache
def _long_leading_words(lex: Lexicons) -> regex.Pattern[str]:
    return patterns.compile(words([w for w in lex.rule("firms")["leading_words"] if len(w) >= 2]))


@functools.cache
def _latin_company_pattern(lex: Lexicons) -> regex.Pattern[str]:
    endings = words(lex.rule("firms")["latin_company_endings"])
    return patterns.compile(rf"\(\s*+[A-Z][A-Za-z0-9&.'\- ]{{0,50}}?\b(?:{endings})\.?\s*+\)")


def _han_with_latin_name(doc: Doc, blocked: Coverage) -> Iterator[Mention]:
    """`麦蒂资源公司（TMAC Resources Inc.）`: the Han name is a firm, and so is its later
    short form (`麦蒂表示`), the name without 公司 and one word such as 资源."""
    text, lex = doc.text, doc.lex
    drops = tuple(lex.rule("firms")["short_form_drops"])
    stops = _stops(lex)
    for m in _latin_company_pattern(lex).finditer(text):
        end = m.start()
        start = _han_run_start(text, end, stops, TWO_SCRIPTS_MAX_HAN)
        # 宣布收购麦蒂资源公司: a verb of two or more characters before the name is no part of it
        verbs = [w.end() for w in _long_leading_words(lex).finditer(text, start, end)]
        if verbs:
            start = verbs[-1]
        lead = _leading_word(lex).match(text, start, end)
        if lead:
            start = lead.end()
        if end - start < 2 or blocked.overlaps(start, end):
            continue
        name = text[start:end]
        latin_start, latin_end = m.start() + 1, m.end() - 1
        blocked.take(start, m.end())
        yield doc.mention("firm", start, end, name, "firms.two_scripts")
        yield doc.mention("firm", latin_start, latin_end, name, "firms.two_scripts")  # the same firm
        stem = name.removesuffix("公司")
        stem = next((stem[: -len(d)] for d in drops if stem.endswith(d)), stem)
        if len(stem) < 2 or stem == name or stem in lex.boundary_words:
            continue
        for pos in occurrences(text, stem, m.end()):
            if not blocked.overlaps(pos, pos + len(stem)):
                blocked.take(pos, pos + len(stem))
                yield doc.mention("firm", pos, pos + len(stem), name, "firms.short_form")
