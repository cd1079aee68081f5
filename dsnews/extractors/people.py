"""People: Latin and Chinese names, found where news puts them.

`[firm][title][name][verb]` (`盛寶銀行首席投資策略師Charu Chanana表示`) gives the
person with title and org; a name right before a speech verb (`陳清福表示`,
`Nirgunan Tiruchelvam表示`); a name given in two scripts (`伍德 (Cathie Wood)`); a
later short form (`Kabra`, `黃董`) of a person named before.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator

import regex

from dsnews import patterns
from dsnews.extractors import BOUNDS_REACH, DAY_OF_MONTH, HAN, MEDIA, NAME_DOTS, Coverage, Doc, occurrences
from dsnews.lexicons import Lexicons, words
from dsnews.model import Mention, PersonFacts

NAME = "people"
NEEDS = ("firms",)


# A Latin personal name: two or three capitalised words, with inner hyphens (Vey-Sern).
# Words of a Latin name: Nirgunan, Jean-Baptiste, O'Donnell (O’Donnell)
_LATIN_WORD = r"\p{Lu}(?:['’]\p{Lu})?+\p{Ll}++(?:-\p{Lu}?\p{Ll}++)?+"
# Lower-case particles inside a name: Mohammed bin Abdullah, Ursula von der Leyen
_LATIN_PARTICLES = r"(?:bin|bint|van|von|der|den|de|da|del|della|di|du|dos|das|la|le)"
# A Hong Kong filing writes the surname in capitals before 先生/女士 (Daniel Joseph TAYLOR先生)
LATIN_PERSON = (rf"{_LATIN_WORD}(?:\ (?:{_LATIN_PARTICLES}\ )*+{_LATIN_WORD}){{1,2}}"
                r"(?:\ \p{Lu}{2,}+(?=\s*+(?:先生|女士|博士)))?+")


_CELL_GAP = r"[\ \u3000\t]{1,12}"  # between the cells of a table printed as text
_CELL_END = r"[\ \u3000\t]{2}"  # a cell's end: more than one space (a name holds none)


@functools.cache
def _patterns(lex: Lexicons) -> dict[str, regex.Pattern[str]]:
    rules = lex.rule("people")
    # 余英才则指，…: 指 is a speech verb only before a comma or colon (指数, 指标 are not)
    # 设备Strip Map分析、精进制程: a verb before 、 is a noun in a list; 单包建议售价89元: a list price
    verbs = rf"(?:{words(rules['speech_verbs'])})(?!、|售价|零售价)|(?:{words(rules['punctuated_verbs'])})(?=[,，:：])"
    surnames = regex.escape(rules["surnames"])
    sounds = regex.escape("".join(sorted(set(rules["transliteration"] + rules["given_name_sounds"]))))
    doubles = words(rules["double_surnames"])
    first_of_doubles = regex.escape("".join(sorted({d[0] for d in rules["double_surnames"]})))
    surname = rf"(?:{doubles}|[{surnames}])"
    guessed = rf"{surname}\p{{Han}}{{1,2}}?"  # a surname and one or two more characters, the shorter first
    # In a run of names, also a Hong Kong married name of four (周胡慕芳: two surnames, then hers)
    run_item = rf"(?:[{surnames}]{{2}}\p{{Han}}{{2}}(?=\ ?(?:、|以及|[及和与]|等|[,，。；;]))|{guessed})"
    # An aside in brackets after a name in a run: 邱再兴(第二届)、黄河明(第三、四届)
    aside = r"(?:\([^()\n]{1,12}\))?+"
    # Where a guessed name may start without a title: at a surname, after a break in the text
    at_surname = rf"(?=[{surnames}{first_of_doubles}])"
    # …or after the name of the speaker's employer (大数据研究院李坤明指出, 中信证券张三表示)
    after_break = rf"(?<=^|[\s,，。；;：:、“”「」的]|{words(rules['employer_endings'])})"
    # Adverbs, dates and occasions between a name and its verb: 则 / 昨(6)日 / 周一(5日) /
    # 法说时 (at the investor conference: 蔡东和法说时表示 is 蔡东和, not 蔡东和法 + 说)
    fillers = (r"(?:\s*+(?:就此|对此|也|还|则|亦|更|又|并|曾|就|即|仍|续|均|皆|笑着|笑|特别|首度|此前|先前|稍早|教授|博士|昨日|今日|昨天|今天|昨|今|日前|近日|早前|上周|本周|周[一二三四五六日]|星期[一二三四五六日天]|法说会?[上中时后]?"
               r"|\(\s*+\d{1,2}\s*+(?:日\s*+)?\)\s*+日?|(?:总结)?发言时?|致[词辞]时?|发声|当天|当日|当庭|当场|之前|\p{Han}{2}地(?=说|表示)"  # 胡伟军总结发言表示
               r"|(?:会谈|会晤|会面|通话)[后时]"  # 捷克总理菲亚拉会谈后表示
               r"|(?:发布|发)(?:朋友圈|微博|推文)"  # 李奇霖发布朋友圈称
               # 透过视像致辞, 通过社交媒体宣布
               rf"|(?:透过|通过)(?:[^\s,，。；;：:「」“”]{{1,8}}?(?=致辞|发言)|\p{{Han}}{{0,6}}?{MEDIA})))*+\s*+")
    # Where or to whom the person spoke, then the verb: 在致股东报告书中表示, 在金融科技周活动表示,
    # 接受采访表示, 出席活动致辞时表示, 向员工表示, 出席「监管沙盒」启动礼后表示
    place = r"(?:[^\s,，。；;：:「」“”]|「[^「」“”。]{1,10}」|“[^「」“”。]{1,10}”)"
    fillers = rf"{fillers}(?:(?:(?:在|出席|赴|向){place}{{1,32}}?|接受{place}{{0,14}}?(?:访问|采访|专访)时?){fillers})?"
    # A Han name never starts with a particle or a title's tail (是沈国英, 人袁永腾).
    name_start = r"(?![是为的在和与及由对将被人者员长师官会有认称])"  # (局长有很好解说能力: 有 opens no name; 检察官认吴金泉等3人: 认 (holds) neither)
    return {
        # The four title patterns are matched where a title ends (the titles themselves are
        # found by an automaton: an alternation of 190 titles is slow to compile and run).
        # 首席投资策略师Charu Chanana / 分析师 Stacy Rasgon
        "title_latin": patterns.compile(rf"\ ?(?P<name>{LATIN_PERSON})(?![A-Za-z])"),
        # 执行长 Sewing表示 / 总裁Bullard、 / 主席Powell虽…: one Latin word after a title, then a
        # speech verb or the end of a list item
        "title_latin_surname": patterns.compile(
            rf"\ ?(?P<name>\p{{Lu}}\p{{Ll}}{{2,}}+(?:-\p{{Lu}}?\p{{Ll}}++)?+)(?={fillers}(?:进一步)?(?:{verbs})|[、,，;；]|虽)"
        ),
        # 总裁古尔斯比表示 / 研究部主管张伟明： / 董事长是沈国英， (2–4 Han characters between
        # the title and a speech verb or a punctuation mark)
        "title_han": patterns.compile(
            rf"(?:是|为|的)?{name_start}(?P<name>(?:\p{{Han}}{{1,6}}[{NAME_DOTS}-]){{0,2}}\p{{Han}}{{2,4}}?"  # 伊丽莎白-沃伦, 总裁的哈玛克
            rf"|[{sounds}]{{5,8}}?)"  # 总裁维勒鲁瓦德加洛: a long foreign name, undotted, all of its sounds
            rf"(?=(?:\s*+{DAY_OF_MONTH})?{fillers}(?:{verbs}|\ ?\()|等\d*人|的(?:采访|专访|访问|讲话|发言|演讲|声明|谈话))"  # 萨利翁20日在受访时说, 总统恩巴洛等人, 对总统托卡耶夫的采访
        ),
        # 英国首相约翰逊的幕僚 / 伊朗总统莱希当地时间19日: after a public office, a foreign
        # name of two to five sounds, then a particle or a word of what the person does
        "title_sounds": patterns.compile(
            rf"(?P<name>[{sounds}]{{2,5}}?)(?=[{''.join(sorted(_AFTER_A_FOREIGN_NAME))}]|当地时间|任命|会见|会晤|会面|访问|出席|宣布|签署)"
        ),
        # 主席兼执董段传良增持…: after a title, a surname and one or two more characters
        "title_surname": patterns.compile(rf"(?:[是为](?!何)|的|\ (?=\p{{Han}}))?(?![和与及或])(?P<name>{surname}\p{{Han}}{{1,2}})"),  # 负责人和文创企业家; 大股东的李惠文; 大股东为何卖股 asks why; CEO 王兴 (spaced after a Latin title)
        # 总统阿尔韦托·费尔南德斯于… / 部长礼萨·卡里姆、: a foreign name in dotted parts after a
        # title, whatever follows (keep() runs it across its dots to the first everyday word)
        "title_dotted": patterns.compile(rf"(?P<name>[^\P{{Han}}{''.join(sorted(_AFTER_A_FOREIGN_NAME))}]{{1,6}})(?={_DOT_CLASS}\p{{Han}})"),
        # 董事长张伟明，… : a name closed by punctuation must start with a surname
        "title_surname_punct": patterns.compile(
            rf"(?:[均皆都]?是|为|[:：]\s*+|{_CELL_GAP})?(?![和与及或])(?P<name>{guessed})(?=[,，:：。、\n]|{_CELL_END}|-(?:{words(_NOTE_AFTER_A_HYPHEN)}|(?P=name)))"  # 独立董事:杨尚宪，; 常委蔡冠深 at a line's end (主席和成员，: and the members)
        ),  # 独立董事 陈明村      0股: a filing's table, its cells apart by runs of spaces; 董事: 谢碧莲-本公司董事: a note after a hyphen
        # 董事-廖书尉: a filing's role and name (the longer guess first: 陈美莲, not 陈美)
        "name_dash": patterns.compile(rf"(?P<name>{surname}\p{{Han}}{{1,2}})"),
        # 盛少澜/董事长: a filing's name and role
        "name_slash": patterns.compile(rf"(?P<name>{guessed})/$"),
        # Nirgunan Tiruchelvam表示
        "latin_verb": patterns.compile(
            rf"(?=\p{{Lu}})(?<![A-Za-z])(?P<name>{LATIN_PERSON})\ ?(?={fillers}(?:进一步)?(?:{verbs}))"
        ),
        # 民主党人南希·佩洛西21日宣称: the part after a dot, then a speech verb (its given name
        # joins it where a title or a break stands before)
        "dotted_verb": patterns.compile(rf"{_DOT_CLASS}(?P<name>\p{{Han}}{{2,5}}?)(?=(?:\s*+{DAY_OF_MONTH})?{fillers}(?:{verbs}))"),
        # 陈清福表示 (a surname, one or two more characters, a speech verb, after a boundary)
        "surname_verb": patterns.compile(
            rf"{at_surname}{after_break}(?P<name>{guessed})(?={fillers}(?:{verbs}))"
        ),
        # 激励对象曾进、李云华、周学文及董萍等4人: a list of three names or more, counted
        "counted_list": patterns.compile(
            rf"(?:{guessed})(?:、(?:{guessed})){{1,}}(?:(?:及|和|与)(?:{guessed}))?"
            r"(?=等?[\d两二三四五六七八九十]{1,2}(?:人|位|名))"  # 孙明非、周华兵2人
        ),
        # 拟向创新集团、崔立新、杨爱美、耿红玉、王伟以及…: three names or more in a row, no title
        "name_run": patterns.compile(
            rf"(?<![A-Za-z0-9])(?<!、\p{{Han}})(?<!、\p{{Han}}{{2}})"  # (not inside a longer name: 、周胡慕芳、)
            rf"(?P<item>{run_item}){aside}(?:\ ?、\ ?(?P<item>{run_item}){aside}){{2,}}(?:[及和与](?P<item>{run_item}){aside})?"
            r"(?=\ ?(?:、|以及|[及和与](?![、,，。；;])|等|为|共同|的|[,，。；;]))"  # (清华大学团队洪哲民、张富淳、温戴豪及黄彦翔的作品)
        ),
        # 谢志敏、罗新群为新进流通股东: two full names joined, then what they are or do together
        "name_pair": patterns.compile(
            rf"(?P<item>{surname}\p{{Han}}{{2}})、(?P<item>{surname}\p{{Han}}{{2}})(?=为|等|分别|均|合计|共同|[,，。；;])"
        ),
        # 港交所李小加表示 / 汇丰王大明表示: matched right after a firm's name
        # (a full three-character name and its verb, nothing between: 特斯拉于本周五表示 has no name)
        "after_firm_verb": patterns.compile(rf"(?P<name>{surname}\p{{Han}}{{2}})(?={verbs})"),
        # 简伯仪及钟国忠认为: matched right after a person already found
        "joined_verb": patterns.compile(rf"(?:及|和|与|、)(?P<name>{guessed})(?={fillers}(?:{verbs}))"),
        # 、陈圣德、 / 、王玮当选 / 王忠军、王忠磊合计: a name in a list of names (2–3 characters,
        # then a list joint, a verb of office, a total or the end of the clause)
        "list_item": patterns.compile(
            rf"(?P<name>{surname}\p{{Han}}{{1,2}}?)(?=\ ?、|(?:及|和|与)(?![、,，。；;])|等|夫妇|(?:{words(rules['office_verbs'])})|当选|为|的|合计|合共|共计|分别|[,，。；;])"
        ),
        # 岑浩輝當選 / 王力接任 / 莊宏偉將接任 (a surname, one or two more characters, a verb of office)
        "surname_office": patterns.compile(
            rf"{at_surname}{after_break}(?P<name>{guessed})(?:将会|将|已|则|亦|也|曾|相继|先后)?(?:{words(rules['office_verbs'])})"
        ),
        # 毛时敏减持计划 / 傅鹏博加仓三安光电: a full name (a surname and two more characters)
        # before a verb of trading one's holding
        "surname_holding": patterns.compile(
            rf"{at_surname}{after_break}(?P<name>{surname}\p{{Han}}{{2}})(?:{words(rules['holding_verbs'])})"
        ),
        # 股东茅惠英解除质押 / 实控人伊廷雷质押: after a holder's title, a name and a verb of
        # pledging or trading the holding (a rarer surname too; 股东钜盛华 is a firm; 实际控制人之一刘安省减持)
        "title_holding": patterns.compile(
            rf"(?:之一)?(?P<name>(?:{surname}|[{regex.escape(rules['rare_surnames'])}])\p{{Han}}{{1,2}}?)"
            rf"(?=解除质押|解押|质押|{words(rules['holding_verbs'])})"
        ),
        # 高雄厂李政杰副总经理表示: a guessed name right before a title, then a speech verb
        "name_before_title": patterns.compile(rf"(?P<name>{guessed})$"),
        # 南京农业大学郭大伟副教授团队: the team after a title is the named scholar's
        "team_after": patterns.compile(words(rules["team_words"])),
        "verb_after_title": patterns.compile(rf"(?={fillers}(?:{verbs}))"),
        # 新任刘建新为首席信息官 / 董事会聘任王芳担任总经理 / 任命赵天才、张宏伟为… / 新增刘友见为
        # 董事: an appointment names one person or a list of them
        "appointment": patterns.compile(
            rf"(?:新任|新增|任命|聘任|聘请|聘|委任|委派|选举|补选|增选|选任|推举|推选|提名|由(?!于)|接替)"  # 接替马绍祥出任: the predecessor; 由于: because
            rf"(?P<name>{guessed})(?:先生|女士)?(?:[、及和与](?P<more>{guessed})(?:先生|女士)?)*"
            rf"(?:分别|[两二三四五六七八九]位|[两二三四五六七八九]人)?"  # 由王、叶及曾三人膺选
            rf"(?:为|担任|出任|接任|接掌|续任|连任|暂代|代理|膺选|当选)"
        ),
        # 免去林世雄的运输及物流局局长职务: a dismissal names the person dismissed
        "dismissal": patterns.compile(
            rf"(?:免去|免除)(?P<name>{guessed})(?:先生|女士)?"
            rf"(?:的[^、,，。；;]{{1,20}}?、(?P<more>{guessed})(?:先生|女士)?)*(?=(?:的|在)[^,，。；;]{{0,24}}?职|所任|所担任)"  # 、杨润雄的…局长职务; 免去彭纯在公司的党委书记职务 (not 免去顾客的交易佣金)
        ),
        # 被免去职务的杨润雄及林世雄: those dismissed, named after the dismissal
        "dismissed": patterns.compile(
            rf"(?:被免去职务的|被免职的|被撤职的|被解职的)(?P<name>{guessed})(?:[、及和与](?P<more>{guessed}))*(?=[,，。；;、]|$)"
        ),
        # 新任董事名单：许胜雄、陈瑞聪、…、Anthony Peter Bonadero: one item of a filing's roster
        "roster_item": patterns.compile(rf"{guessed}|{LATIN_PERSON}"),
        # 唐正军先生、蔡建军先生未减持 / 由于张然女士的辞职: a surname name with an honorific, after a
        # boundary or a preposition
        # William Joseph HORNBUCKLE先生: a filing's Latin name, surname in capitals, then the honorific
        "latin_honorific": patterns.compile(rf"(?<![A-Za-z])(?P<name>{LATIN_PERSON})(?<=\p{{Lu}}{{2}})\s*+(?:先生|女士)"),
        "honorific": patterns.compile(
            rf"{at_surname}(?<=^|[\s,，。；;：:、“”「」(]|由于|对于|关于|因为|鉴于|与|和|及|向|经|据|请|为|是)"
            rf"(?P<name>{guessed})(?:先生|女士)"
        ),
        # 总经理是栗延秋，女，51岁: the filings' biography line (name, sex, age) needs no surname list
        "biography": patterns.compile(
            r"(?:(?<=是|为)|(?<=^|[\s,，。；;：:、]))"
            # 栗延秋 / Gerald G Wong
            r"(?P<name>\p{Han}{2,3}?|\p{Lu}\p{Ll}++(?:\ \p{Lu}\.?(?=\ ))*+(?:\ \p{Lu}\p{Ll}++)++)"
            r"[,，]\s*+[男女][,，]\s*+(?:年龄)?\d{2}岁"  # 黄业华，男，年龄52岁
        ),
        # 王新义1962年出生: a biography line opening with the year of birth
        "born": patterns.compile(
            rf"(?<=^|[\s,，。；;：:、]){at_surname}(?P<name>{guessed})(?:先生|女士)?[,，]?\s*+(?:19|20)\d\d年(?:\d{{1,2}}月)?(?:出生|生)(?![产长效])"
        ),
        # 女婿林孙明先生, 胞姊林淑美5人: a relative, named
        "kin": patterns.compile(
            rf"(?<={words(rules['kin_words'])}){at_surname}"
            rf"(?P<name>{guessed})(?=先生|女士|[、,，。；;]|等|及|和|与|\d{{1,2}}人)"
        ),
        # 记者 蔡承启 报导 / 记者王小明／台北报导: a reporter's byline
        "byline": patterns.compile(
            rf"记者\s*+(?P<name>{surname}\p{{Han}}{{1,2}})\s*+(?:/|／|\s)?\s*+(?:\p{{Han}}{{2,3}})?(?:报导|报道)"
            rf"|(?:消息|讯)\s*+\(\s*+(?:记者\s*+)?(?P<name>{surname}\p{{Han}}{{1,2}})\s*+\)"  # 7月22日消息（张海龙）
        ),
        # Cathie Wood（伍德）— the Latin form comes first, so it is the name
        "latin_then_han": patterns.compile(rf"(?P<name>{LATIN_PERSON})\ ?\((?P<han>\p{{Han}}{{2,5}})\)"),
        # 伍德 (Cathie Wood) — the first form is the name, the Latin one an alias
        "two_scripts": patterns.compile(
            rf"(?P<name>(?:\p{{Han}}{{1,6}}[{NAME_DOTS}])?\p{{Han}}{{2,7}}?)\ ?\((?P<latin>{LATIN_PERSON})\)"  # 桑达•皮采（Sundar Pichai）
        ),
    }


def extract(doc: Doc) -> Iterator[Mention]:
    lex = doc.lex
    rules = lex.rule("people")
    pats = _patterns(lex)
    firms = sorted(doc.norm_span(m.span) for m in doc.of("firm"))
    firm_cover, person_cover = Coverage(len(doc.text)), Coverage(len(doc.text))
    firm_names = {doc.text[start:end] for start, end in firms if end - start >= 4}
    # A short name that needs context (宏基 of 宏基集团) does not hide the person whose name
    # holds it (张宏基表示); assemble then drops the company mention inside the person.
    weak_cover = Coverage(len(doc.text))
    for start, end in firms:
        if doc.text[start:end] in lex.context_only:
            weak_cover.take(start, end)
        else:
            firm_cover.take(start, end)
    found: dict[tuple[int, int], tuple[str, str | None, str | None, str]] = {}
    printed_with_code: dict[str, bool] = {}  # name → printed with a stock code somewhere (one scan per name)
    found_known: dict[tuple[int, int], str] = {}  # span → the lexicon's key (Elon Musk → 马斯克)
    not_starts = tuple(rules["not_name_starts"])
    verbs_after = tuple(rules["verbs_after_name"])
    long_verbs_after = tuple(w for w in verbs_after if len(w) >= 3)  # (one after a two-character name)
    word_starts = (*not_starts, *verbs_after)  # words after a title, or a verb after a name

    def keep(start: int, end: int, title: str | None, rule: str, over_firm: bool = False) -> None:
        if end - start == 3 and doc.text.startswith("等", end - 1) and HAN.match(doc.text, start + 1):
            end -= 1  # 处长张萌等人: a two-character name and 等
        if end - start == 4 and HAN.match(doc.text, end - 1):
            # 资深副总陈斌对外说明 / 对副总经理钟建明来说: a verb or phrase after the name runs into the guess
            keep_at_least = 3 if doc.text[start : start + 2] in rules["double_surnames"] else 2
            cut = next((k for k in range(keep_at_least, 4) if doc.text.startswith(verbs_after, start + k)), None)
            if cut:
                end = start + cut
        elif end - start == 3 and HAN.match(doc.text, end - 1) and doc.text.startswith(long_verbs_after, start + 2):
            end -= 1  # 股东于钊自公告披露之日起: a phrase of three characters or more after a two-character name
        elif end - start == 3 and rule == "people.title_surname" and doc.text[end - 1] in _NEVER_LAST_IN_A_NAME:
            end -= 1  # CEO王兴做战略: a verb or particle after a titled two-character name, not its third character
        end = _dotted_end(doc.text, end, lex)
        hyphen = doc.text.find("-", start + 2, end)
        if hyphen != -1 and (doc.text.startswith(_NOTE_AFTER_A_HYPHEN, hyphen + 1)
                             or doc.text.startswith(doc.text[start:hyphen], hyphen + 1)):
            end = hyphen  # 谢碧莲-本公司董事, 侯荣显-侯荣显会计师事务所负责人: a filing's note on the person
        if end - start == 3 and doc.text[start] in _COMMON_SURNAMES and doc.text[start + 1] in _COMMON_SURNAMES:
            end = _married_name_end(doc.text, start, end, lex.boundary_words)
        name = doc.text[start:end]
        if name.endswith(("先生", "女士", "博士")) and len(name) >= 4 and not name.isascii():
            end -= 2  # 实际控制人张刚先生（…）, CEO陈龙博士透露: the honorific is no part of the name
            name = doc.text[start:end]
        writing = next((w for w in rules["writings_after_name"] if name.endswith(w) and len(name) - len(w) >= 2), None)
        if writing:
            end -= len(writing)  # 院长连平文章称: his article speaks, the name is 连平
            name = doc.text[start:end]
        ends_badly = any(name.endswith(n) for n in rules["not_names"]) and not (
            name[-1] in _CONJUNCTIONS and not _joins_another_name(doc.text, end, rules)  # 吕志和上周四辞世
            or rule == "people.biography")  # 周建会，男，55岁
        if name in rules["never_names"] or not over_firm and ends_badly:
            return  # 分析师们 / 分析师认为 (蔡东和 ends with a company's name, not with 和)
        if name.startswith(word_starts) or name[1:].startswith(not_starts):
            return  # 股东应占亏损 / 股东常会 / 控股股东解押115万股: words after a title, not a name
        if len(name) == 3 and name[-1] in _MINISTRY_ENDINGS and rule != "people.lexicon":
            return  # 卫福部预计, 商务部表示: a ministry or bureau speaks, not 卫 or 商 the surname
        if rule != "people.name_before_title" and (doc.text[end - 1 : end + 1] in _FIRM_ENDINGS
                                                   or doc.text[end : end + 2] in _FIRM_ENDINGS):
            return  # 股东蓝驰创投: a firm's name runs on (程淑芬投资长: a title, 投资长, follows)
        if title in _HOLDER_TITLES and _FIRM_RUNS_ON.match(doc.text, end):
            return  # 股东安远慧盟科技 / 股东华邦生命健康股份有限公司: a firm's name, not a person's
        if title in _HOLDER_TITLES and any(doc.text[start : end + 1] in f for f in firm_names):
            return  # 股东华熙昕宇解除质押…(深圳市)华熙昕宇投资有限公司: part of a firm's name the article gives
        if title in _HOLDER_TITLES and name[:2] in lex.place_words:
            return  # 股东常州中科江南股权投资中心: a shareholder named after a place is a firm
        if title in _HOLDER_TITLES and doc.text[end - 1 : end + 1] in ("持股", "持有"):
            return  # 最大股东为华硕持股28.48%: the holder and 持股 (holds shares), no name ending in 持
        if title in _HOLDER_TITLES and name.isascii():
            return  # 股东Ever Union: a shareholder written in Latin letters is most often a firm
        if name.isascii() and _LATIN_FIRM_WORD.search(name):
            return  # Octave Life Sciences（领投）: a firm's name, not a person's
        if len(name) == 2 and name[1] in "董总":
            return  # 张董 / 林总: a short form, merged with the full name later
        if len(name) == 2 and name[0] in _NUMERALS and name[1] in "席名位人个":
            return  # 董事九席: a count of seats, not a name
        if rule in _GUESSED and doc.text.startswith(_EVENTS, end):
            return  # 大学校长高峰论坛: a summit's name (高峰, the peak), not the person 高峰
        if name.endswith("姓") or doc.text.startswith("姓", end):
            return  # 经理向雷姓妻子: 雷姓 (surnamed Lei) names nobody
        if len(name) == 2 and name[1] in "男女":
            return  # 陈男 / 林女: a person the news leaves unnamed
        if rule in _GUESSED and name[0] == "曾" and lex.boundary_words.get(name[1:], 0) >= ADVERB_AFTER_ONCE_MIN:
            return  # 曾长期担任 / 曾多次表示: the adverb 曾 (once) and a word, not the surname
        if rule in _GUESSED and name[-1] in _PLACE_OR_BODY_ENDINGS:
            return  # 金发局表示 / 连江县宣布: a public body or a place, not a person
        if rule in _GUESSED and name.startswith(_long_titles(lex)):
            return  # 董座未回应: a title and a word, not a name starting with the surname 董
        if len(name) == 2 and name[0] in "于与对向" and name[1] in _COMMON_SURNAMES and doc.text.startswith(("先生", "女士"), end):
            return  # 于陈先生担任之职务: a preposition and a surname, not the name 于陈 (but 于明先生)
        if name in lex.titles or name.endswith(("公司", "集团", "银行")) or len(name) >= 4 and name[-2:] in _FIRM_ENDINGS:
            return  # 董事 / 发动机公司 / 大股东建群投资: a title or a firm, not a person
        if len(name) == 2 and name[1] == "家" and rule in _GUESSED:
            return  # 大股东陈家持股逾4成: the Chen family, not a person
        if len(name) == 3 and name[1:] in lex.titles:
            return  # 由财政司副司长任组长: 任 (serves as) and a title, not a name
        # 张建国先生 / 庄宏伟将接任: 建国 and 宏伟 are words too
        cued = (rule in _CUED or doc.text.startswith(("先生", "女士"), end) or rule == "people.surname_office" and len(name) == 3
                or rule == "people.title_surname" and (doc.text[end : end + 1] in _NAME_CLOSERS  # 总经理吴胜利等
                                                       or doc.text.startswith(_OFFICE_ACTS, end)  # 董事长李宪章退休
                                                       or doc.text.startswith(_speech_or_chair(lex), end)))  # 书记李红军强调
        hit = doc.hit_starting.get(start)
        if rule in _GUESSED and hit is not None and hit.end >= end and any(
                e.kind in ("not_firm", "index") for e in hit.entries):
            return  # 金管局表示: a body the lexicons list (a regulator, an index), not a person
        if rule in _GUESSED and name.endswith("法") and doc.text.startswith("说", end) and _company_name_at(doc, start, end - 1):
            return  # 阳明法说不灵: a company's name and its investor conference (法说), no person 阳明法
        if rule in _GUESSED and not over_firm and _is_word_inside(lex, name, strict=not cued):
            return  # 解除质押 / 董事席次: an everyday word, not a name (副行长郭文峰拟: 文峰 is a company's)
        if name not in printed_with_code:
            printed_with_code[name] = _printed_with_a_code(doc.text, name)
        if printed_with_code[name]:
            return  # 安居乐(839406) / 龙灯-KY: the article prints it as a listed company
        if rule == "people.title_han" and name in lex.boundary_words:
            return  # 采购经理 + 指数: a word after a title's letters, not a name
        if any(v.startswith(name) or name.startswith(v) for v in rules["speech_verbs"]):
            return  # 这位分析师补充说 / 大股东回应减持: a verb, not a name
        if rule != "people.byline" and not over_firm and firm_cover.overlaps(start, end):
            return  # a firm name is not a person (a byline is: 记者 蔡承启 报导)
        if weak_cover.overlaps(start, start + 1):
            return  # 华夏表示: the weak name itself (or a guess starting inside it), not a person holding it
        if person_cover.overlaps(start, end):
            return
        given = _given_name_before(doc, start) if rule != "people.title_dash" else None  # (the dash follows a title)
        if given is not None and not name.isascii():  # 杰罗姆·鲍威尔: the given name belongs to it
            for taken in [span for span in found if given <= span[0] and span[1] <= start]:
                del found[taken]  # CEO马克-扎克伯格: 马克, guessed after the title, is the given name
            start, name = given, doc.text[given:end]
        person_cover.take(start, end)
        found[(start, end)] = (name, title, _org_before(doc, firms, start, title), rule)

    for m in pats["appointment"].finditer(doc.text):
        for span in [m.span("name"), *m.spans("more")]:
            keep(*span, None, "people.appointment")
    for m in [*pats["dismissal"].finditer(doc.text), *pats["dismissed"].finditer(doc.text)]:
        for span in [m.span("name"), *m.spans("more")]:
            keep(*span, None, "people.appointment")
    firm_spans = set(firms)
    for m in _ROSTER.finditer(doc.text):
        for item in _ROSTER_ITEMS.finditer(doc.text, *m.span("items")):
            start, end = item.span()
            aside = doc.text.find("(", start, end)
            if aside > start:
                end = aside  # 江正义(后三位为独立董事): a name and an aside about the roster
            if pats["roster_item"].fullmatch(doc.text, start, end):
                keep(start, end, None, "people.list", over_firm=_surname_and_firm(doc, firm_spans, start, end))
    for m in pats["biography"].finditer(doc.text):
        keep(*m.span("name"), None, "people.biography")
    if "年" in doc.text:
        for m in pats["born"].finditer(doc.text):
            keep(*m.span("name"), None, "people.born")
    for m in pats["kin"].finditer(doc.text):
        keep(*m.span("name"), None, "people.kin")
    # The surname patterns scan slowly (a class of 500 surnames at every position): the two
    # that need a fixed word run only where the text has it.
    has_honorific = "先生" in doc.text or "女士" in doc.text
    if has_honorific:
        for m in pats["honorific"].finditer(doc.text):
            keep(*m.span("name"), None, "people.honorific")
    for m in pats["byline"].finditer(doc.text):
        keep(*m.span("name"), "记者", "people.byline")
    for m in pats["latin_then_han"].finditer(doc.text):
        han = m["han"]
        if all(w in lex.boundary_words and w not in lex.person_words for w in (han[:2], han[-2:])):
            continue  # New Biz(人脸辨识): everyday words in the brackets say what it is, no transliteration
        keep(*m.span("name"), None, "people.two_scripts")
        person_cover.take(*m.span("han"))  # the Han form is the same person, not another
    # The title patterns are tried only where a title ends (titles found by the automaton).
    titles = [(start, end) for start, end in lex.title_spans(doc.text)  # 办理事项 holds no 理事
              if not (lex.cuts_a_word_at_start(doc.text, start) and lex.cuts_a_word_at_end(doc.text, end))]
    for title, m in _matches_at(pats["title_latin"], doc.text, titles):
        keep(*m.span("name"), title, "people.title_latin")
    for title, m in _matches_at(pats["title_latin_surname"], doc.text, titles):
        keep(*m.span("name"), title, "people.title_latin")
    if has_honorific:  # (after the titled Latin names, which keep their title)
        for m in pats["latin_honorific"].finditer(doc.text):
            keep(*m.span("name"), None, "people.honorific")
    for title, m in _matches_at(pats["title_han"], doc.text, titles):
        start, end = m.span("name")
        name = doc.text[start:end]
        if doc.text[m.start()] == "的" and _is_word_inside(lex, name):
            continue  # 上市公司股东的净利润预计: what belongs to the holders, not a person (总裁的哈玛克 is one)
        if len(name) == 4 and _holds_a_common_word(lex, name) and _is_word_inside(lex, name):
            continue  # 董事发生变动: two everyday words after a title, not a transliterated name
        if (end - start == 2 and doc.text.startswith("均", end) and HAN.match(doc.text, end + 1)
                and not _LIST_MARK.search(doc.text, doc.clause_bounds(start)[0], start)):
            end += 1  # 总经理蔡昌均表示: one person named, so 均 (all) ends the name (but 董事长A、总经理B均表示)
        keep(start, end, title, "people.title_han", over_firm=_surname_and_firm(doc, firm_spans, start, end))
    offices = frozenset(rules["public_office_titles"])
    for title, m in _matches_at(pats["title_sounds"], doc.text, titles):
        if title in offices and not _is_word_inside(lex, m["name"]):
            keep(*m.span("name"), title, "people.title_sounds")
    for title, m in _matches_at(pats["title_holding"], doc.text, titles):
        if title in _HOLDER_TITLES or title in _CONTROLLER_TITLES:
            keep(*m.span("name"), title, "people.title_holding")
    for title, m in _matches_at(pats["title_dotted"], doc.text, titles):
        keep(*m.span("name"), title, "people.title_dotted")
    for title, m in _matches_at(pats["title_surname_punct"], doc.text, titles):
        keep(*m.span("name"), title, "people.title_han", over_firm=_surname_and_firm(doc, firm_spans, *m.span("name")))
    title_starts = {start for start, _ in titles}
    for start, end in titles:  # 董事-廖书尉董事-陈美莲独立董事-骆文益: a filing's role, a dash and the name
        if doc.text.startswith("-", end):
            m = pats["name_dash"].match(doc.text, end + 1)
            if m and (m.end() in title_starts or not HAN.match(doc.text, m.end())):
                keep(*m.span("name"), doc.text[start:end], "people.title_dash")
    for start, end in titles:  # 盛少澜/董事长、罗秀春/董事长配偶
        if doc.text.startswith("/", start - 1):
            for length in (3, 2):
                m = pats["name_slash"].fullmatch(doc.text, max(0, start - 1 - length), start)
                if m and (m.start() == 0 or not HAN.match(doc.text[m.start() - 1])):
                    keep(*m.span("name"), doc.text[start:end], "people.title_han")
                    break
    title_ends_at = dict(titles)
    for title, m in _matches_at(pats["title_surname"], doc.text, titles):
        start, end = m.span("name")
        if any(title_ends_at.get(inside, 0) > end for inside in range(start + 1, end)):
            continue  # 主席是沙特王储穆罕默德: the guess ends inside a title (王储), no name
        if _surname_and_firm(doc, firm_spans, start, end):
            # 總經理蔡東和表示: after a title, a surname and a company's short name are a person
            keep(start, end, title, "people.title_surname", over_firm=True)
            continue
        start, end = _trim_name(doc.text, start, end, rules, lex.boundary_words)
        end = _transliterated_end(doc.text, start, end, rules)
        known = doc.hit_starting.get(start)
        if (known is not None and any(e.kind == "person" for e in known.entries)
                and (known.end < end and HAN.match(doc.text, end) or known.end > end)):
            # 总理李强到访: a known person's name, not a longer guess (but 董座吴清德 攜手, a
            # longer name closed by a space or punctuation, is someone else); 首相安倍晋三周日:
            # nor a shorter one cut before a word (三周)
            end = known.end
        keep(start, end, title, "people.title_surname")
    for hit in doc.name_hits:  # well-known people from lexicons/people.tsv
        person = next((e for e in hit.entries if e.kind == "person"), None)
        if person and not _NAMES_A_PLACE.match(doc.text, hit.end):
            found_known[(hit.start, hit.end)] = person.key
            keep(hit.start, hit.end, None, "people.lexicon")
    firm_starts = {start for start, _ in firms}
    title_ends = sorted(end for _, end in titles)
    for m in pats["two_scripts"].finditer(doc.text):
        start, end = m.span("name")
        if m["name"][-1] in _PLACE_ENDINGS or doc.text[end - 2 : end] in _FIRM_ENDINGS:
            continue  # 希望湾 (Hope Bay) is a place, 蓝鹰航空 (Aigle Azur) a firm
        # 国务秘书让-巴蒂斯特·杰巴里 (Jean-Baptiste Djebbari): the name starts after a title
        inside = bisect.bisect_left(title_ends, end - 1)
        if inside and title_ends[inside - 1] > start:
            start = title_ends[inside - 1]
        start = _transliterated_given_name_start(doc.text, start, end, rules["given_name_sounds"])
        if end - start >= 5 and lex.cuts_a_word_at_start(doc.text, start):
            start += 1  # 富豪布莱瓦特尼克 (Len Blavatnik): the guess opened inside 富豪 (a tycoon)
        if not _glosses_a_name(lex, rules, doc.text[start:end]):
            # 将提名阿特金斯 (Paul Atkins): words before the name ran into the guess; the name is
            # the run of foreign sounds that ends it
            chinese = end - 3  # 廖宜建及罗铭哲 (Surendra Rosha): a Chinese name taken by a foreigner, after 及
            if (chinese > start and doc.text[chinese] in rules["surnames"] and doc.text[chinese - 1] in _JOINS
                    and not _holds_a_common_word(lex, doc.text[chinese:end])):
                start = chinese
            else:
                start = _sounds_tail_start(doc.text, start, end, rules["given_name_sounds"])
            if (end - start < 3 or lex.cuts_a_word_at_start(doc.text, start)
                    or not _glosses_a_name(lex, rules, doc.text[start:end])):
                continue
        if end - start >= 2 and start not in firm_starts:  # 亞馬遜 (Amazon) is a firm, 伍德 (Cathie Wood) a person
            keep(start, end, None, "people.two_scripts")
    for m in pats["latin_verb"].finditer(doc.text):
        keep(*m.span("name"), None, "people.latin_verb")
    if any(dot in doc.text for dot in NAME_DOTS):
        for m in pats["dotted_verb"].finditer(doc.text):
            keep(*m.span("name"), None, "people.dotted_verb")
    for m in pats["surname_verb"].finditer(doc.text):
        keep(*m.span("name"), None, "people.surname_verb")
    for _, end in firms:  # 港交所李小加表示: the speaker's employer, then the speaker
        m = pats["after_firm_verb"].match(doc.text, end)
        if m:
            keep(*m.span("name"), None, "people.surname_verb")
    for _, end in list(found):  # 协理简伯仪及钟国忠认为: a second name joined to a person before a verb
        m = pats["joined_verb"].match(doc.text, end)
        if m:
            keep(*m.span("name"), None, "people.joined_verb")
    for start, end in titles:  # 高雄厂李政杰副总经理表示, 资讯总处陈俊铭资深处长说明
        if doc.text[start:end] in _HOLDER_TITLES:
            continue
        # 国泰金控程淑芬投资长、台湾指数公司陈文练副总经理及…: a list of speakers, full names only
        # (公司副总经理、 holds no 司副, 主席兼行政总裁、 no 席兼)
        spoken = pats["verb_after_title"].match(doc.text, end) is not None
        # 由蔡嘉祥董事長兼任總經理: an office taken on after the title, for a full name (not 派任副總經理)
        acted = not spoken and doc.text.startswith(_OFFICE_ACTS, end)
        listed = not (spoken or acted) and (_LIST_GOES_ON.match(doc.text, end) or pats["team_after"].match(doc.text, end)) is not None
        if not (spoken or acted or listed):
            continue
        if doc.text.startswith(_TITLE_MODIFIERS, start - 2):
            start -= 2  # 陈俊铭资深处长说明
        for length in (3,) if listed or acted else (3, 2):
            m = pats["name_before_title"].search(doc.text, max(0, start - length), start)
            if (listed or acted) and m and (lex.cuts_a_word_at_start(doc.text, m.start())
                                 or m["name"][-1] in rules["listed_name_not_last"]
                                 or m["name"][0] in rules["listed_name_not_first"]):
                break  # (公司副总经理、: 司副; 龙潭里里长: a place's head; 向食肆负责人: to the shop's manager)
            if m and m.start() == start - length and "的" not in m["name"]:  # (公司的徐董事长: no 司的徐)
                keep(*m.span("name"), doc.text[start:end], "people.name_before_title")
                break
    if any(verb in doc.text for verb in _office_verbs(lex)):
        for m in pats["surname_office"].finditer(doc.text):
            keep(*m.span("name"), None, "people.surname_office")
    for m in pats["surname_holding"].finditer(doc.text):
        keep(*m.span("name"), None, "people.surname_holding")
    for count in _COUNTED.finditer(doc.text):  # (the surname scan runs only in the clause before 等N人)
        clause_start = max(count.start() - COUNTED_LIST_REACH, doc.clause_bounds(count.start())[0])
        m = pats["counted_list"].search(doc.text, clause_start, count.end())
        if m:
            for item in _LIST_JOINT.finditer(m.group()):
                keep(m.start() + item.start(), m.start() + item.end(), None, "people.list")
    for m in pats["name_run"].finditer(doc.text):
        items = m.spans("item")
        if _names_only(doc, items, firm_cover):
            for start, end in items:
                keep(start, end, None, "people.name_run")
    for m in pats["name_pair"].finditer(doc.text):
        items = m.spans("item")
        if all(doc.text[start] in _COMMON_SURNAMES for start, _ in items) and _names_only(doc, items, firm_cover):
            for start, end in items:
                keep(start, end, None, "people.name_run")
    # 代表人韩蔚廷、陈圣德、程耀辉、王玮当选董事: the other names of a list that holds a person
    for start, end in sorted(found):
        for span in _list_neighbours(doc.text, start, end, pats["list_item"], rules["surnames"]):
            keep(*span, None, "people.list")
    _extend_to_longer_names(doc.text, found)
    _full_names_again(lex, doc.text, found, person_cover, firm_cover, firms)
    full = sorted(found.items())
    keys = {span: found_known.get(span, name) for span, (name, *_rest) in full}
    for (start, end), _ in full:
        # 桑达•皮采（Sundar Pichai）: the name in brackets is the same person's other form
        inner = _BRACKETED_NAME.match(doc.text, end)
        if inner and (inner.end("open"), inner.end("open") + len(inner["name"])) in keys:
            keys[inner.end("open"), inner.end("open") + len(inner["name"])] = keys[start, end]
    # 埃隆·马斯克…马斯克周三表示: the last part of a dotted name, found on its own, is that person
    dotted_tails = {}
    for (start, end), (name, *_rest) in full:
        if tail := _dotted_tail(name):
            dotted_tails.setdefault(tail, keys[start, end])
    for (start, end), (name, *_rest) in full:
        if name in dotted_tails:
            keys[start, end] = dotted_tails[name]
    for (start, end), (name, title, org, rule) in full:
        key = keys[start, end]
        alias_of = key if key != name else None
        yield doc.mention("person", start, end, key, rule, PersonFacts(title, org, alias_of))
    yield from _short_forms(doc, [(s, e, v[0]) for (s, e), v in full], pats, firms)


_BRACKETED_NAME = patterns.compile(r"(?P<open>\ ?\(\s*+)(?P<name>[^()]{2,40}?)\s*+\)")


def _full_names_again(lex: Lexicons, text: str, found: dict[tuple[int, int], tuple[str, str | None, str | None, str]],
                      person_cover: Coverage, firm_cover: Coverage, firms: list[tuple[int, int]]) -> None:
    """A full name found once is the same person wherever else it stands free of other
    names (何宛淇 in a headline and after 代表, found once before 說): the other mentions
    matter to whom a later 她 refers. A firm's name inside a full name of three characters
    or more does not stop it (孙明扬 holds 明扬, a Taiwan listing)."""
    names = {value[0] for value in found.values() if len(value[0]) >= 2 and value[3] != "people.byline"}
    for name in names:
        for start in occurrences(text, name):
            end = start + len(name)
            if (start, end) in found or person_cover.overlaps(start, end):
                continue
            if firm_cover.overlaps(start, end) and not (len(name) >= 3 and _firms_only_inside(firms, start, end)):
                continue
            if len(name) == 2 and (start > 0 and text[start - 1].isalnum() or lex.cuts_a_word_at_end(text, end)):
                continue  # 张捷曾任… opens its clause; a two-character name elsewhere may be part of a word
            person_cover.take(start, end)
            found[(start, end)] = (name, None, None, "people.again")


def _opens_a_firm(text: str, firms: list[tuple[int, int]], start: int) -> bool:
    """A firm named after a person starts at `start`: 侯荣显会计师事务所, 李明有限公司."""
    index = bisect.bisect_left(firms, (start, 0))
    return index < len(firms) and firms[index][0] == start and text[start : firms[index][1]].endswith(_NAMED_AFTER_A_PERSON)


_NAMED_AFTER_A_PERSON = ("事务所", "公司")


def _firms_only_inside(firms: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when every firm span that overlaps [start, end) lies strictly inside it."""
    index = bisect.bisect_left(firms, (start - FIRM_SPAN_MAX, 0))
    for firm_start, firm_end in firms[index:]:
        if firm_start >= end:
            break
        if firm_end > start and not (start <= firm_start and firm_end <= end and firm_end - firm_start < end - start):
            return False
    return True


FIRM_SPAN_MAX = 60  # the longest firm span looked back for (a registered name)


def _extend_to_longer_names(text: str, found: dict[tuple[int, int], tuple[str, str | None, str | None, str]]) -> None:
    """A guess one character short of a name found elsewhere in the article is that name:
    发言人陈怡均7日表示 … 陈怡均指出 (均 may also stand between a name and its verb)."""
    names = {value[0] for value in found.values()}
    for (start, end), value in list(found.items()):
        longer = text[start : end + 1]
        if longer in names and longer != value[0] and (start, end + 1) not in found:
            del found[(start, end)]
            found[(start, end + 1)] = (longer, *value[1:])


_ROSTER = patterns.compile(
    r"(?:(?:名单|董事|监事|成员)\s*+(?:为|是)?\s*+[:：]|名单\s*+(?:为|是)|(?:董事|监事)\s*+分别为"  # 独立董事：廖德英、林坤贤; 新任董事名单为陈贤哲、…; 独立董事分别为陈棠、…
    r"|[\d一二两三四五六七八九十]{1,2}\s*+(?:人|位|名)\s*+[,，]?\s*+(?:包括|分别为|为)\s*+[:：]?)"  # 成员9人，包括陈志阳、…
    r"\s*+(?P<items>[^。；;\n]{2,400})"
)
_ROSTER_ITEMS = patterns.compile(r"[^、,，。；;\s][^、,，。；;]*+")
_LIST_JOINT = patterns.compile(r"[^、及和与]++")
_COUNTED = patterns.compile(r"等?[\d两二三四五六七八九十]{1,2}(?:人|位|名)")
COUNTED_LIST_REACH = 80  # characters before 等N人 a counted list of names may take


def _names_only(doc: Doc, items: list[tuple[int, int]], firm_cover: Coverage) -> bool:
    """A run of guessed names reads as people only when two or more are three characters
    long and none is a place or a firm, nor an everyday word (金融、石化、钢铁 are sectors)
    unless three clear names stand beside it."""
    lex = doc.lex
    names = [doc.text[start:end] for start, end in items]
    if sum(len(name) == 3 for name in names) < 2:
        return False
    if any(name in lex.places or firm_cover.overlaps(start, end) for name, (start, end) in zip(names, items)):
        return False
    if set.intersection(*({name[i : i + 2] for i in range(len(name) - 1)} for name in names)):
        return False  # 管得住、管得准、管得好: one phrase varied, not three people
    worded = [_is_word_inside(lex, name, strict=False) or _holds_a_common_word(lex, name) for name in names]
    # 邱再兴、黄河明、黄少华、吴广义: among clear names, a common surname and two more characters
    # is a name though it holds a word (黄河, 广义)
    clear = worded.count(False)
    return not any(worded) or clear >= 3 and all(
        len(name) == 3 and name[0] in _COMMON_SURNAMES for name, has_word in zip(names, worded) if has_word)


LIST_MAX = 20  # names taken from one list, either way from the person found
_SPACED_JOINT = patterns.compile(r"\ ?、\ ?|及|和|与")  # 邓子长及邓子权
_SPACED_JOINT_BEFORE = patterns.compile(r"\ ?、\ ?$")


def _list_neighbours(
    text: str, start: int, end: int, item: regex.Pattern[str], surnames: str
) -> Iterator[tuple[int, int]]:
    """The names listed with the person at [start, end): after it (、A、B) and before it (A、B、)."""
    pos = end
    for _ in range(LIST_MAX):
        joint = _SPACED_JOINT.match(text, pos)  # 黃春煌 、林添財: a space may stand before or after 、
        if joint is None:
            break
        m = item.match(text, joint.end(), min(len(text), joint.end() + 7))  # a name, then room for its joint (夫妇, 获委任)
        if m is None:
            break
        yield m.span("name")
        pos = m.end("name")
    pos = start
    for _ in range(LIST_MAX):
        joint = _SPACED_JOINT_BEFORE.search(text, max(0, pos - 3), pos)
        if joint is None:
            break
        for length in (3, 2):  # the longer name first: 陈圣德 before 圣德
            begin = joint.start() - length
            m = item.match(text, begin, joint.end()) if begin >= 0 and text[begin] in surnames else None
            if m and m.end("name") == joint.start():
                yield begin, joint.start()
                pos = begin
                break
        else:
            break


@functools.cache
def _office_verbs(lex: Lexicons) -> tuple[str, ...]:
    from dsnews.normalise import simplify

    return tuple({simplify(v) for v in lex.rule("people")["office_verbs"]})


# Last characters of place names given in two scripts: 希望湾 (Hope Bay), 长岛 (Long Island).
_PLACE_ENDINGS = "湾岛港河湖州省市县区镇村洋海山峡谷"
# After a famous name, what is named after the person: 李嘉诚医学院, 邵逸夫医院, 霍英东体育中心
_NAMES_A_PLACE = patterns.compile(r"医学院|学院|医院|基金会?|大楼|大厦|中学|小学|图书馆|纪念馆|体育[馆场]|体育中心|奖学金|楼(?!市)|系列")  # 奥特曼系列: a product line


# A stock code after a name, maybe after a gloss: 龙灯-KY, 安居乐(839406), Planet Fitness(星球健身房)(PLNT-US)
_CODE_AFTER = patterns.compile(r"\s*+(?:\([^()]{1,12}\)\s*+)?(?:-\s*+KY|\(\s*+(?:\d{4,6}|[A-Z]{1,5}[-.](?:US|HK|TW)\s*+\)))")


def _printed_with_a_code(text: str, name: str) -> bool:
    """True when the text prints `name` with a stock code or a -KY mark after it."""
    return any(_CODE_AFTER.match(text, pos + len(name)) for pos in occurrences(text, name))


# Rules that guess a Chinese name from a surname; their guesses are checked against words.
@functools.cache
def _long_titles(lex: Lexicons) -> tuple[str, ...]:
    """Titles of two characters or more (董座, 董事), which no name starts with."""
    return tuple(t for t in lex.titles if len(t) >= 2)


_NUMERALS = frozenset("一二两三四五六七八九十")

# What may close a name right after its title: 总经理吴胜利等集团主管, 董事长杨超群、
_NAME_CLOSERS = frozenset("等、,，。;；:：")
# What the name of a gathering ends with: a guessed name before it is the gathering's (高峰论坛).
_EVENTS = ("论坛", "峰会", "研讨会", "座谈会")


@functools.cache
def _speech_or_chair(lex: Lexicons) -> tuple[str, ...]:
    """What a person named after a title says or chairs: the name ends there."""
    return (*lex.rule("people")["speech_verbs"], "主持")


# What a person does with an office, right after the title and the name: the name ends there.
_OFFICE_ACTS = ("退休", "卸任", "接任", "辞任", "辞去", "请辞", "辞职", "上任", "出任", "兼任", "续任", "连任", "留任")

# Words between a name and its title (陈俊铭资深处长说明).
_TITLE_MODIFIERS = ("资深", "高级", "特聘", "首席")

# How frequent a word after 曾 must be to read 曾 as "once" (曾长期, 曾多次) rather than a surname.
ADVERB_AFTER_ONCE_MIN = 1000

# Characters that end no Chinese given name: verbs and particles that follow one
_NEVER_LAST_IN_A_NAME = frozenset("做说称把被对在将也都还就已又于或")

_GUESSED = ("people.title_surname", "people.title_holding", "people.surname_verb", "people.joined_verb", "people.surname_office", "people.surname_holding", "people.list",
            "people.appointment", "people.honorific", "people.name_before_title", "people.name_run")


# Guesses whose cue is context enough for a given name that is also a word (聘赵天才为…, 王天才先生).
_CUED = ("people.appointment", "people.honorific", "people.name_run")  # (a run of names was checked as a whole)


# A guessed name that starts with a word this frequent in jieba's dictionary is that word
# (解除质押), while rarer ones are often surname + given name (林子俊).
WORD_START_FREQ = 1000


# A transliterated name (东布罗夫斯基斯) holds no everyday word this frequent; a term glossed
# in Latin letters does (清洗, 摄影, 连接).
GLOSSED_TERM_FREQ = 400
_PARTICLES = patterns.compile(r"[的了在和与及是为将被用对从把等之]")  # 康复用的倒立机: a phrase


def _holds_a_common_word(lex: Lexicons, han: str) -> bool:
    words, names = lex.boundary_words, lex.person_words  # 约翰 (503) is a name's part
    return any(words.get(han[i : i + 2], 0) >= GLOSSED_TERM_FREQ and han[i : i + 2] not in names
               for i in range(len(han) - 1))


def _is_word_inside(lex: Lexicons, name: str, strict: bool = True) -> bool:
    """True when a guessed Han name is, starts with or (when strict) ends with an everyday
    word. jieba's personal names (张宁) are names; an appointment (聘赵天才先生为…) is
    context enough for a given name that is also a word (天才)."""
    if name.isascii() or len(name) < 2 or name in lex.person_words:
        return False
    words = lex.boundary_words
    if len(name) == 2:
        return name in words
    # 宣明智: 明智 is a word, but jieba knows it as a given name too
    return words.get(name[:2], 0) >= WORD_START_FREQ or strict and name[1:] in words and name[1:] not in lex.person_words


_TITLE_ASIDE = patterns.compile(r"\([^()]{1,16}\)")  # 助理总裁（法规及打击清洗黑钱）陈景宏


def _matches_at(
    pattern: regex.Pattern[str], text: str, titles: list[tuple[int, int]]
) -> Iterator[tuple[str, regex.Match[str]]]:
    """(title, match) for each title after which `pattern` matches."""
    for start, end in titles:
        after = end + 2 if text.startswith("之一", end) else end  # 实际控制人之一周红卫: one of those who hold it
        m = pattern.match(text, after)
        if m is None and text.startswith("(", after):  # 助理总裁(外事)许怀志: an aside after the title
            aside = _TITLE_ASIDE.match(text, after)
            m = pattern.match(text, aside.end()) if aside else None
        if m:
            yield text[start:end], m


# A list going on after a name and its title
_LIST_GOES_ON = patterns.compile(r"\s*+(?:、|及(?!其)|和|与|等|[,，](?=\p{Han}{2,}))")


def _transliterated_given_name_start(text: str, start: int, end: int, letters: str) -> int:
    """Where the given name of a dotted name in [start, end) starts: the characters before
    the first dot that spell sounds (集团任命|比尔·霍恩巴克). `start` when there is no dot."""
    dot = regex.search(_DOT_CLASS, text[start:end])
    if not dot:
        return start
    given_end = start + dot.start()
    begin = _sounds_tail_start(text, start, given_end, letters)
    return begin if begin < given_end else start


# The last character of a ministry's, office's or bureau's short name (卫福部, 卫生署, 商务局)
_MINISTRY_ENDINGS = "部署局"
# Words that join one name to the next or to what is done: 甲及乙, 由乙监督
_JOINS = "及和与跟由、"


def _glosses_a_name(lex: Lexicons, rules: dict, han: str) -> bool:
    """Whether the Han words before a Latin name in brackets can spell that name: not a
    phrase (单晶片（SoC）的覆晶), not a term and its gloss (湿式清洗机台(Wet Bench)), and of four
    characters or more only where they sound foreign (总位元数出货量 (Total Bit Shipment) does
    not; 吉姆·穆伦 (Jim Murren) is dotted)."""
    if _PARTICLES.match(han):
        return False
    if len(han) < 4:
        # 企业家 (Business Owner): a word and its gloss, when no surname opens it
        return not (len(han) == 3 and han[0] not in rules["surnames"] and _holds_a_common_word(lex, han))
    if _holds_a_common_word(lex, han) or _PARTICLES.search(han):
        return False
    return (2 * sum(c in rules["transliteration"] for c in han) >= len(han) or regex.search(_DOT_CLASS, han) is not None
            or any(han[i : i + 2] in lex.person_words for i in range(len(han) - 1)))


def _sounds_tail_start(text: str, start: int, end: int, letters: str) -> int:
    """Where the run of foreign-name sounds that ends at `end` starts (not before `start`)."""
    begin = end
    while begin > start and text[begin - 1] in letters:
        begin -= 1
    return begin


def _given_name_before(doc: Doc, start: int) -> int | None:
    """Where a transliterated given name starts, when `start` follows one and a middle dot.

    The given name runs back to a title (主席杰罗姆·鲍威尔) or to a non-Han character.
    """
    text = doc.text
    found = None
    while start >= 2 and text[start - 1] in NAME_DOTS + "-":  # 伊丽莎白-沃伦 (a hyphen for the dot)
        best = None
        for length in range(1, 6):
            begin = start - 1 - length
            if begin < 0 or not HAN.match(text[begin]):
                break
            if begin == 0 or not HAN.match(text[begin - 1]) or text.endswith(doc.lex.titles, 0, begin):
                best = begin
        if best is not None and text[best] in "年月日号" and best > 0 and text[best - 1].isdigit() and best + 1 < start - 1:
            best += 1  # 去年11月埃隆-马斯克: the date is no part of the name
        if best is None:
            break
        found = start = best  # 让-巴蒂斯特·杰巴里: given names joined by more than one mark
    return found


def _surname_and_firm(doc: Doc, firm_spans: set[tuple[int, int]], start: int, end: int) -> bool:
    """A surname and a company's two-character short name, named where a person is expected
    (总经理蔡东和, 独立董事：廖德英), or such a name that opens with a surname and one more
    character (研究部董事王品弟认为): a person, not the company."""
    if end - start != 3 or doc.text[start] not in doc.lex.rule("people")["surnames"]:
        return False  # (会计师行安永预计: 行 is no surname)
    return (start, end - 1) in firm_spans or (start + 1, end) in firm_spans or _company_name_at(doc, start + 1, end)


def _company_name_at(doc: Doc, start: int, end: int) -> bool:
    """A listed or known company's name stands at [start, end), linked or not (东和 in a
    mainland text: no listing there, still a name that is no word)."""
    hit = doc.hit_starting.get(start)
    return hit is not None and hit.end == end and any(e.kind in ("security", "firm") for e in hit.entries)


def _trim_name(text: str, start: int, end: int, rules: dict, words: dict[str, int]) -> tuple[int, int]:
    """Cut a guess of a surname and two more characters to a surname and one when its last
    character starts a verb or particle, or a frequent word with the character after it
    (陈伟累计, 路楠通过, 薛飞关于, 欧阳玄续任)."""
    last = text[end - 1]
    surname = 2 if text[start : start + 2] in rules["double_surnames"] else 1
    if end - start == surname + 2 and (
            last in "说称指表认也还则已将在是的持增减先女拟未共被给" or _TIME_WORD.match(text, end - 1) or
            last in _CONJUNCTIONS and _joins_another_name(text, end, rules) or
            last in "以近达" and text[end : end + 1].isdigit() or  # 张坤以1019亿元的规模: by an amount
            _DELIVERS_A_REPORT.match(text, end - 1) or  # 省长韩俊作吉林省政府工作报告
            text.startswith((*rules["speech_verbs"], *rules["office_verbs"], *rules["verbs_after_name"]), end - 1) or
            words.get(text[end - 1 : end + 1], 0) >= TRIM_WORD_FREQ):
        return start, end - 1
    return start, end


# 作 and a report within the clause: the name delivers it (作政府工作报告, 作工作报告)
_DELIVERS_A_REPORT = patterns.compile(r"作\p{Han}{0,12}?报告")


_LIST_MARK = patterns.compile(r"[、和及与]")


# Conjunctions that may end a given name too (吕志和, 蔡东和): a conjunction only when
# another name follows.
_CONJUNCTIONS = "和与及"


# The dots between the parts of a foreign name (埃隆·马斯克)
_DOT_CLASS = rf"[{NAME_DOTS}]"
_NAME_DOT = patterns.compile(rf"{_DOT_CLASS}\p{{Han}}")  # a dot, then more of the name
_NAME_HYPHEN = patterns.compile(r"(?<=\p{Han})-\p{Han}")
_AFTER_A_FOREIGN_NAME = frozenset("因在的于对和与是将已被把为也还都曾又则并说称表等")  # 鲍里斯·约翰逊因…
DOTTED_PART_MAX = 6


def _dotted_end(text: str, end: int, lex: Lexicons) -> int:
    """The end of a foreign name whose guess stopped at its first dot: 侯赛因·阿米尔·阿卜杜拉欣
    早些时候 ends before 早些, the first everyday word of the last part's run (a word that is
    itself a name, 巴赫 of 约瑟夫·阿施巴赫, is no everyday word)."""
    while _NAME_DOT.match(text, end) or _NAME_HYPHEN.match(text, end):  # (米勒-乌特弗斯: a hyphen joins two parts)
        part = end + 1
        stop = part + 1
        while (stop < len(text) and stop - part < DOTTED_PART_MAX and HAN.match(text, stop)
               and text[stop] not in _AFTER_A_FOREIGN_NAME
               and (text[stop : stop + 2] not in lex.boundary_words or text[stop : stop + 2] in lex.person_words)):
            stop += 1
        end = _recurring_part_end(text, part, stop)
    return end


def _recurring_part_end(text: str, part: int, stop: int) -> int:
    """Where the last part of a dotted name in text[part:stop] ends when it ran into the next
    word: 玛格达莱娜·安德松新冠病毒… ends after 安德松, the part the article repeats on its own."""
    if stop - part == 1:
        return _repeated_part_end(text, part, stop)
    if stop - part < 4:
        return stop
    nearby = text[max(0, part - BOUNDS_REACH) : stop + BOUNDS_REACH]
    times = nearby.count(text[part:stop])
    for end in range(stop - 1, part + 2, -1):
        if nearby.count(text[part:end]) > times:
            return end
    return stop


def _repeated_part_end(text: str, part: int, stop: int) -> int:
    """Where the last part of a dotted name ends when a word stopped it after one character
    (克里斯蒂娜·兰布雷希特: 布雷 is a word): the longest run from `part` that the article
    prints again, on its own (兰布雷希特说)."""
    nearby = text[max(0, part - BOUNDS_REACH) : part + BOUNDS_REACH]
    longest = part
    while (longest < len(text) and longest - part < DOTTED_PART_MAX and HAN.match(text, longest)
           and text[longest] not in _AFTER_A_FOREIGN_NAME):
        longest += 1
    for end in range(longest, stop + 1, -1):
        if nearby.count(text[part:end]) >= 2:
            return end
    return stop


def _transliterated_end(text: str, start: int, end: int, rules: dict) -> int:
    """The end of a foreign name spelt in Chinese, which runs past a surname and two more
    characters: 秘书长古特雷斯 (古特雷 + 斯), 总经理卡斯滕斯."""
    sounds = rules["transliteration"]
    if end - start < 3 or not all(c in sounds for c in text[start + 1 : end]):
        return end
    while end < len(text) and end - start < TRANSLITERATED_MAX and text[end] in sounds:
        end += 1
    return end


TRANSLITERATED_MAX = 6


def _joins_another_name(text: str, end: int, rules: dict) -> bool:
    """True when what follows a name ending in 和/与/及 is more than a pause, a date or a
    verb (吕志和上周四辞世, 蔡东和表示): the conjunction joins another name (张三和李四,
    吴清和人民银行副行长)."""
    return end < len(text) and not (_AFTER_A_NAME.match(text, end)
                                    or any(text.startswith(v, end) for v in rules["speech_verbs"])
                                    or any(text.startswith(v, end) for v in rules["office_verbs"]))  # 李嘉和出任


# A time word after a name: 总理李强昨日会见 (not 李强昨)
_TIME_WORD = patterns.compile(r"昨[日天]|今[日天]|前日|日前|近日|周[一二三四五六日]|上周|本周")
_AFTER_A_NAME = patterns.compile(r"[\s,，。、；;：:()]|上周|本周|昨|今|日前|近日|周[一二三四五六日]|\d")


# What never ends a four-character name: particles, adverbs, the first characters of verbs
# that follow names (说, 表示, 出席, 接任, 先生).
_NOT_A_NAME_END = frozenset("的是为在和与及由对将被也亦则还又均都曾再并就说称指道讲表认强透坦回宣出接卸退辞上兼续连留等今昨于向先女博")


def _married_name_end(text: str, start: int, end: int, words: dict[str, int]) -> int:
    """Where a name of two surnames and a given name ends (杨何蓓茵: a Hong Kong married
    woman's name, her husband's surname before her own). The caller has a guess of three
    characters that two of the commonest surnames open; it runs on to a fourth that is no
    particle or verb, when that fourth is no third surname and opens no word with the
    character after it, or else when every mention of the three, at least two, goes on with it."""
    fourth = text[end : end + 1]
    if not HAN.match(fourth) or fourth in _NOT_A_NAME_END:
        return end
    if fourth not in _COMMON_SURNAMES and text[end : end + 2] not in words:
        return end + 1  # 前董座林郭文艷, named once (not 马萧萧 + 会面)
    three = text[start:end]
    near = max(0, start - MARRIED_NAME_REACH), start + MARRIED_NAME_REACH  # (a 50 MB line is not searched whole for each)
    mentions = text.count(three, *near)
    return end + 1 if mentions >= 2 and text.count(three + fourth, *near) == mentions else end


MARRIED_NAME_REACH = 5000


# The commonest surnames, which are seldom given names: 于陈先生 is 于 + 陈先生.
_COMMON_SURNAMES = frozenset("陈李张刘黄吴周林王赵杨徐孙马朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾萧蔡潘蒋余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾韦邹熊邱薛")
# Words that end a firm's name: a guessed person's name running into one is a firm's.
_FIRM_ENDINGS = frozenset({"创投", "投资", "资本", "集团", "公司", "控股", "有限", "基金", "科技", "实业", "航空",
                           "银行", "证券", "保险", "电信"})
# 股东华邦 + 生命健康股份有限公司: name characters (no particle, verb or honorific) up to a firm's ending
_FIRM_RUNS_ON = patterns.compile(
    rf"(?!先生|女士)(?:(?![为是的在和与及将持共等已于所])\p{{Han}}){{0,4}}?(?:{'|'.join(sorted(_FIRM_ENDINGS))}|股份)"
)
# Titles held by firms as often as by people.
_HOLDER_TITLES = frozenset({"股东", "大股东", "控股股东", "一致行动人"})
_CONTROLLER_TITLES = frozenset({"实控人", "实际控制人"})


# Words of Latin firm names that no person's name holds.
_LATIN_FIRM_WORD = patterns.compile(
    r"\b(?:Sciences?|Technolog(?:y|ies)|Capital|Partners|Ventures|Holdings|Group|Bank|Fund|Investments?|Management"
    r"|Systems|Therapeutics|Pharma(?:ceuticals)?|Labs?|Securities|Insurance|Energy|Motors?|Airlines?|Solutions)\b")

# Last characters of public bodies and places, never of a given name (金发局, 连江县).
_PLACE_OR_BODY_ENDINGS = frozenset("局署厅委县市省")

# A three-character guess whose last character starts a word this frequent ends before it.
TRIM_WORD_FREQ = 3000


def _org_before(doc: Doc, firms: list[tuple[int, int]], start: int, title: str | None) -> str | None:
    """The firm standing before `[title]name` in the same clause: 盛宝银行首席投资策略师X."""
    if title is None:
        return None
    clause_start, _ = doc.clause_bounds(start)
    index = bisect.bisect_right(firms, (start, start))  # firms are sorted: look left only
    while index > 0 and firms[index - 1][1] > start:
        index -= 1
    if index == 0 or firms[index - 1][0] < clause_start:
        return None
    fs, fe = firms[index - 1]
    o_start, o_end = doc.norm.to_original(fs, fe)
    return doc.norm.original[o_start:o_end]


# What follows a surname in a later short form of a three-character name (黄董, 林总).
_SURNAME_TITLES = ("董", "总", "博士", "先生", "女士", "老师", "经理", "执行长")


def _title_at(doc: Doc, pos: int, abbreviation: str) -> str:
    """The full title that starts at `pos` with a title's abbreviation (董事长 of 徐董事长), else the abbreviation."""
    return next((t for t in doc.lex.titles if t.startswith(abbreviation) and doc.text.startswith(t, pos)), abbreviation)


def _latin_at(text: str, pos: int) -> bool:
    return 0 <= pos < len(text) and text[pos].isascii() and text[pos].isalpha()


_NOTE_AFTER_A_HYPHEN = ("本公司", "本行", "本集团", "现任", "前任", "曾任")
_NAME_DOTS = patterns.compile(rf"{_DOT_CLASS}|(?<=\p{{Han}})-(?=\p{{Han}})")  # 马克-扎克伯格: a hyphen for the dot


def _dotted_tail(name: str) -> str | None:
    """The last part of a dotted name (埃隆·马斯克 → 马斯克), when it has two characters or more."""
    tail = _NAME_DOTS.split(name)[-1]
    return tail if tail != name and len(tail) >= 2 else None


def _short_forms(
    doc: Doc, people: list[tuple[int, int, str]], pats: dict[str, regex.Pattern[str]], firms: list[tuple[int, int]]
) -> Iterator[Mention]:
    """Later mentions by surname alone (`Kabra指出`) or surname + title abbreviation (`黄董`);
    the full name again, not where it opens a firm's (侯荣显会计师事务所)."""
    taken = Coverage(len(doc.text))
    for start, end, _ in people:
        taken.take(start, end)
    first_seen: dict[str, tuple[int, int]] = {}
    for start, end, name in people:  # each name once, from its first full mention on
        first_seen.setdefault(name, (start, end))
    text = doc.text
    for name, (start, end) in first_seen.items():
        if len(name) >= 2 and not name.isascii():  # the full name again: 陈文宗指出 (on a line of its own)
            for s in occurrences(text, name, end):
                e = s + len(name)
                if not taken.overlaps(s, e) and not _opens_a_firm(text, firms, s):
                    taken.take(s, e)
                    yield doc.mention("person", s, e, name, "people.again", PersonFacts(None, None))
        if " " in name:  # Kabra: the last word, not inside a longer Latin word
            short = name.rsplit(" ", 1)[1]
            spans = [(s, s + len(short)) for s in occurrences(text, short, end)
                     if not _latin_at(text, s - 1) and not _latin_at(text, s + len(short))]
        elif short := _dotted_tail(name):  # 汉斯·克鲁格 … 克鲁格说
            spans = [(s, s + len(short)) for s in occurrences(text, short, end) if not (s > 0 and _NAME_DOTS.match(text, s - 1))]
        elif len(name) == 3:  # 黄董 / 黄总, or the surname and a full title (徐董事长)
            spans = [(s, s + 1 + len(_title_at(doc, s + 1, t))) for s in occurrences(text, name[0], end)
                     for t in _SURNAME_TITLES if text.startswith(t, s + 1)]
        else:
            continue
        for s, e in spans:
            if taken.overlaps(s, e):
                continue
            taken.take(s, e)
            yield doc.mention(
                "person", s, e, name, "people.short_form",
                PersonFacts(None, None, alias_of=name),
            )
