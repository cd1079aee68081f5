"""Quotes: direct and reported speech, the speaker before or after, anaphora, groups.

The expectations follow ../shared/corpus/GUIDELINES.md ("quotes" and its hard cases) and
issue 5. Each case lists *every* quote of the text as `(speaker, kind, text)`. Speakers are
compared after the scorer's name normalisation; texts after its text normalisation
(NFKC, Traditional → Simplified, case, punctuation and spaces removed), so whether the
closing `。` is part of the text does not matter.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from opencc import OpenCC

import dsnews

_T2S = OpenCC("t2s")
_NAME_JUNK = re.compile(r"[\s·・.\-_'’\u200b]+")
_TEXT_JUNK = re.compile(r"[\W_]+", re.UNICODE)

QuoteTuple = tuple[str | None, str, str]


def _simplified(s: str) -> str:
    return _T2S.convert(unicodedata.normalize("NFKC", s)).lower()


def norm_name(name: str | None) -> str | None:
    return None if name is None else _NAME_JUNK.sub("", _simplified(name))


def norm_text(text: str) -> str:
    return _TEXT_JUNK.sub("", _simplified(text))


def found_quotes(text: str) -> list[tuple[str | None, str, str]]:
    return sorted(((norm_name(q.speaker), q.kind, norm_text(q.text)) for q in dsnews.extract(text).quotes),
                  key=repr)


def want(expected: tuple[QuoteTuple, ...]) -> list[tuple[str | None, str, str]]:
    return sorted(((norm_name(s), k, norm_text(t)) for s, k, t in expected), key=repr)


P = pytest.param
D, I = "direct", "indirect"

# --------------------------------------------------------------------------------------
# Positives
# --------------------------------------------------------------------------------------
CASES = [
    # A forecast verb opening a later clause: the person opening the sentence forecasts
    P("滙豐首席投資總監何偉華表示，人民幣偏弱。他對人民幣的看法亦保持中性，估計明年底會貶值至7.4兌1美元水平。",
      (("何偉華", I, "人民幣偏弱。"), ("何偉華", I, "明年底會貶值至7.4兌1美元水平。")), id="person-forecasts-in-a-later-clause-trad"),
    # A claim may open with 下半年 right after the verb (预期下: "under the forecast", is none)
    P("偏光片廠明基材昨舉行法說會，明基材表示下半年偏光片全產線滿載生產。",
      (("明基材", I, "下半年偏光片全產線滿載生產。"),), id="claim-opens-with-the-second-half-trad"),
    # 看好 with a predicate of outlook after its object is a claim
    P("至於非IT產品方面，新普看好成長性佳，明年業績將持續成長。",
      (("新普", I, "成長性佳，明年業績將持續成長。"),), id="optimistic-about-a-clause-trad"),
    P("聯一光同步受惠，董事長陳忠政看好下半年旺季營運可期。",
      (("陳忠政", I, "下半年旺季營運可期。"),), id="optimistic-about-an-outlook-trad"),
    # The first three characters of a listed firm's name printed before are that firm
    P("網安設備廠瑞祺電通(6416)併購澔楷，產品延伸至ARM（安謀）架構平台。瑞祺電預期，今年營運可望谷底反彈。",
      (("瑞祺電通", I, "今年營運可望谷底反彈。"),), id="listed-three-character-short-form-speaks-trad"),
    # The name's other form in brackets stands between the speaker and where they spoke
    P("伦交所行政总裁施维默(David Schwimmer)出席研讨会时表示，对收购Refinitiv感觉非常良好。",
      (("施维默", I, "对收购Refinitiv感觉非常良好。"),), id="bracketed-form-before-where-spoken-simp"),
    # A firm's claim ends where its own officer opens a clause and speaks
    P("崇越電(3388)受缺料干擾，崇越電預估，第3季營運與第2季差不多，崇越電通董事長潘振成表示，今年營運朝向正面發展。",
      (("崇越電", I, "第3季營運與第2季差不多"), ("潘振成", I, "今年營運朝向正面發展。")), id="firms-officer-opens-the-next-clause-trad"),
    # A pronoun opening a paragraph stands for the one who spoke in the paragraph before, whoever
    # else that paragraph names; a name in the pronoun's own sentence is no antecedent
    P("胡一帆預計，明年關稅稅率可能上調至約40%。參考特朗普首次出任總統時的情況。\n她相信，內地可能通過轉口貿易應對。",
      (("胡一帆", I, "明年關稅稅率可能上調至約40%。"), ("胡一帆", I, "內地可能通過轉口貿易應對。")), id="pronoun-opening-a-paragraph-trad"),
    P("嘉華國際主席呂志和上周四辭世。行政長官李家超說，呂志和備受尊崇。他對呂志和的辭世表示哀悼，並向他的家人致以慰問。",
      (("李家超", I, "呂志和備受尊崇。"), ("李家超", I, "哀悼，並向他的家人致以慰問。")), id="pronoun-sentence-names-no-antecedent-trad"),
    # A pronoun opening the sentence is the subject of a verb that opens a later clause
    P("財政司司長陳茂波率團訪問沙特。\n他在利雅得接受傳媒訪問，表示沙特方面對科技研發合作很有興趣。",
      (("陳茂波", I, "沙特方面對科技研發合作很有興趣。"),), id="pronoun-opens-the-sentence-trad"),
    # A person described by a phrase ending in 的 makes the first clause: the subject of the verb after the comma
    P("經濟財政司司長李偉農出席活動。將於本月卸任的李偉農，在採訪活動中表示，今年旅客量已突破3000萬人次。",
      (("李偉農", I, "今年旅客量已突破3000萬人次。"),), id="described-person-opens-the-sentence-trad"),
    # Direct, speaker before: 「」 “” 『』 ""
    P("瑞銀分析師Kevin Ng表示：「我們仍看好中國科技股。」", (("Kevin Ng", D, "我們仍看好中國科技股。"),),
      id="direct-corner-brackets"),
    P("瑞银分析师Kevin Ng表示：“我们仍看好中国科技股。”", (("Kevin Ng", D, "我们仍看好中国科技股。"),),
      id="direct-curly-quotes"),
    P("陳清福表示：『台股短線仍有震盪。』", (("陳清福", D, "台股短線仍有震盪。"),), id="direct-double-corner"),
    P('Charu Chanana表示："市場過於樂觀。"', (("Charu Chanana", D, "市場過於樂觀。"),), id="direct-ascii-quotes"),
    P("摩根士丹利策略师Manish Kabra表示：“美股估值偏高。”", (("Manish Kabra", D, "美股估值偏高。"),),
      id="direct-firm-title-name"),
    # Direct, speaker after
    P("「估值已經反映了大部分利好」，陳清福說。", (("陳清福", D, "估值已經反映了大部分利好"),),
      id="direct-speaker-after-trad"),
    P("“估值已经反映了大部分利好”，陈清福说。", (("陈清福", D, "估值已经反映了大部分利好"),),
      id="direct-speaker-after-simp"),
    P("「估值已經反映了大部分利好。」陳清福說。", (("陳清福", D, "估值已經反映了大部分利好。"),),
      id="direct-speaker-after-no-comma"),
    P("「我們仍看好科技股，」Kevin Ng說，「但估值已不便宜。」",
      (("Kevin Ng", D, "我們仍看好科技股，"), ("Kevin Ng", D, "但估值已不便宜。")), id="direct-split-around-speaker"),
    P("Kevin Ng說：「我們仍看好中國科技股。」他補充說：「估值仍然吸引。」",
      (("Kevin Ng", D, "我們仍看好中國科技股。"), ("Kevin Ng", D, "估值仍然吸引。")), id="direct-anaphor-he"),
    # Indirect, to the end of the sentence
    P("盛寶銀行首席投資策略師Charu Chanana表示，市場對降息的預期過於樂觀。",
      (("Charu Chanana", I, "市場對降息的預期過於樂觀。"),), id="indirect-latin-trad"),
    P("盛宝银行首席投资策略师Charu Chanana表示，市场对降息的预期过于乐观。",
      (("Charu Chanana", I, "市场对降息的预期过于乐观。"),), id="indirect-latin-simp"),
    P("陳清福表示，台股短線仍有震盪。", (("陳清福", I, "台股短線仍有震盪。"),), id="indirect-chinese-trad"),
    # A bare day between the speaker and the verb (27日指出)
    P("董事長陳冠翰27日指出，今年公司迎來50周年。", (("陳冠翰", I, "今年公司迎來50周年。"),), id="day-between-speaker-and-verb-trad"),
    # A -KY company's bare name speaks once the article has printed the marked one
    P("美食-KY(2723)公布7月營收。美食表示，門市營業額穩定。", (("美食-KY", I, "門市營業額穩定。"),), id="ky-name-then-its-bare-form-trad"),
    P("陈清福表示，A股短线仍有震荡。", (("陈清福", I, "A股短线仍有震荡。"),), id="indirect-chinese-simp"),
    P("首席經濟學家王小明指出，通脹壓力正在緩和。", (("王小明", I, "通脹壓力正在緩和。"),), id="indirect-zhichu"),
    P("陳清福坦言，外資動向難以預測。", (("陳清福", I, "外資動向難以預測。"),), id="indirect-tanyan"),
    P("陈清福建议，投资人逢低布局。", (("陈清福", I, "投资人逢低布局。"),), id="indirect-jianyi"),
    P("高盛預計，恒指年底將升至22000點。", (("高盛", I, "恒指年底將升至22000點。"),), id="indirect-yuji-firm-trad"),
    P("高盛预计，恒指年底将升至22000点。", (("高盛", I, "恒指年底将升至22000点。"),), id="indirect-yuji-firm-simp"),
    P("陳清福認為台股仍有支撐，不過他說短線震盪難免。",
      (("陳清福", I, "台股仍有支撐，不過他說短線震盪難免。"),), id="two-verbs-one-quote"),
    P("陳清福表示：「台股短線仍有震盪。外資賣壓已經減輕。」", (("陳清福", D, "台股短線仍有震盪。外資賣壓已經減輕。"),),
      id="direct-several-sentences"),
    P("陳清福表示：「台股短線仍有震盪。」他說，外資賣壓已經減輕。",
      (("陳清福", D, "台股短線仍有震盪。"), ("陳清福", I, "外資賣壓已經減輕。")), id="direct-then-indirect-anaphor"),
    P("陳清福週二表示，台股短線仍有震盪。", (("陳清福", I, "台股短線仍有震盪。"),), id="indirect-time-word-before-verb"),
    P("Charu Chanana稱，市場過於樂觀。", (("Charu Chanana", I, "市場過於樂觀。"),), id="indirect-cheng"),
    P("瑞銀在最新報告中指出，港股估值仍具吸引力。", (("瑞銀", I, "港股估值仍具吸引力。"),), id="firm-in-report-trad"),
    P("瑞银在最新报告中指出，港股估值仍具吸引力。", (("瑞银", I, "港股估值仍具吸引力。"),), id="firm-in-report-simp"),
    P("特斯拉(TSLA.US)行政總裁馬斯克表示，將加快新車型推出。", (("馬斯克", I, "將加快新車型推出。"),),
      id="indirect-ceo-of-listed-firm"),
    P("美国参议员伊丽莎白-沃伦发推称，泰森正在滥用市场力量。", (("伊丽莎白-沃伦", I, "泰森正在滥用市场力量。"),),
      id="tweet-frame-simp"),
    P("對此，葉正賢發表聲明回應指出，茂迪營運正常。", (("葉正賢", I, "茂迪營運正常。"),), id="statement-reply-trad"),
    P("对此，叶正贤发表声明回应指出，茂迪营运正常。", (("叶正贤", I, "茂迪营运正常。"),), id="statement-reply-simp"),
    # 差過預期 compares; it reports no one's expectation
    P("IBM收入差過預期，股價低收逾6%。", (), id="below-expectations-hk"),
    # An event between the speaker and the verb (出席…致辭說)
    P("陳茂波出席一個論壇致辭說，香港的銀行存款上升11%。", (("陳茂波", I, "香港的銀行存款上升11%。"),), id="event-frame-trad"),
    P("陈茂波出席一个论坛致辞说，香港的银行存款上升11%。", (("陈茂波", I, "香港的银行存款上升11%。"),), id="event-frame-simp"),
    # An investor conference (法說會) is no speech verb; a person whose given name is a listed short name
    P("正隆總經理蔡東和法說時表示，下半年營運受疫情影響。", (("蔡東和", I, "下半年營運受疫情影響。"),),
      id="conference-and-given-name-is-a-listing-trad"),
    P("正隆总经理蔡东和法说时表示，下半年营运受疫情影响。", (("蔡东和", I, "下半年营运受疫情影响。"),),
      id="conference-and-given-name-is-a-listing-simp"),
    P("福貞-KY昨日召開法說會，財務副主管藍建中說，首季轉嫁還不夠。", (("藍建中", I, "首季轉嫁還不夠。"),),
      id="conference-then-speaker-trad"),
    # Anaphora across sentences
    P("摩根士丹利策略師Manish Kabra表示，美股估值偏高。他指出，企業盈利仍有支撐。",
      (("Manish Kabra", I, "美股估值偏高。"), ("Manish Kabra", I, "企業盈利仍有支撐。")), id="anaphor-ta-trad"),
    P("摩根士丹利策略师Manish Kabra表示，美股估值偏高。他指出，企业盈利仍有支撑。",
      (("Manish Kabra", I, "美股估值偏高。"), ("Manish Kabra", I, "企业盈利仍有支撑。")), id="anaphor-ta-simp"),
    P("摩根士丹利策略師Manish Kabra表示，美股估值偏高。這位分析師還說，科技股仍是首選。",
      (("Manish Kabra", I, "美股估值偏高。"), ("Manish Kabra", I, "科技股仍是首選。")), id="anaphor-analyst-trad"),
    P("摩根士丹利策略师Manish Kabra表示，美股估值偏高。这位分析师还说，科技股仍是首选。",
      (("Manish Kabra", I, "美股估值偏高。"), ("Manish Kabra", I, "科技股仍是首选。")), id="anaphor-analyst-simp"),
    P("摩根士丹利策略師Manish Kabra表示，美股估值偏高。這位策略師補充，科技股仍是首選。",
      (("Manish Kabra", I, "美股估值偏高。"), ("Manish Kabra", I, "科技股仍是首選。")), id="anaphor-strategist"),
    P("高盛發表報告。該行認為，港股下半年有望跑贏大市。", (("高盛", I, "港股下半年有望跑贏大市。"),),
      id="anaphor-the-bank-trad"),
    P("高盛发表报告。该行认为，港股下半年有望跑赢大市。", (("高盛", I, "港股下半年有望跑赢大市。"),),
      id="anaphor-the-bank-simp"),
    # 该行 is the bank that spoke last, not the company it spoke of
    P("大摩发表研究报告表示，长和上半年纯利增长2%。长和估值便宜，该行予其增持评级。该行指出，长和中期EBITDA保持平稳。",
      (("大摩", I, "长和上半年纯利增长2%。"), ("大摩", I, "长和中期EBITDA保持平稳。")), id="the-bank-that-spoke-simp"),
    # A weekday and a place between the speaker and the verb
    P("马斯克周三在Twitter上表示，这一举措的影响仍困扰着特斯拉。", (("马斯克", I, "这一举措的影响仍困扰着特斯拉。"),),
      id="weekday-and-place-before-the-verb-simp"),
    P("比亞迪公布業績。該公司表示，海外銷量持續增長。", (("比亞迪", I, "海外銷量持續增長。"),),
      id="anaphor-the-company-trad"),
    P("比亚迪公布业绩。该公司表示，海外销量持续增长。", (("比亚迪", I, "海外销量持续增长。"),),
      id="anaphor-the-company-simp"),
    P("黃仁勳週二表示，輝達將在台灣擴大投資。他強調，台灣是AI供應鏈的核心。",
      (("黃仁勳", I, "輝達將在台灣擴大投資。"), ("黃仁勳", I, "台灣是AI供應鏈的核心。")), id="anaphor-qiangdiao"),
    P("摩根士丹利策略師Manish Kabra表示，美股估值偏高。高盛則認為，美股仍有上行空間。他指出，企業盈利仍有支撐。",
      (("Manish Kabra", I, "美股估值偏高。"), ("高盛", I, "美股仍有上行空間。"), ("Manish Kabra", I, "企業盈利仍有支撐。")),
      id="anaphor-he-skips-the-firm"),
    # Short form resolved to the full name
    P("摩根士丹利策略師Manish Kabra表示，美股估值偏高。Kabra補充說，企業盈利仍有支撐。",
      (("Manish Kabra", I, "美股估值偏高。"), ("Manish Kabra", I, "企業盈利仍有支撐。")), id="short-form-trad"),
    P("摩根士丹利策略师Manish Kabra表示，美股估值偏高。Kabra补充说，企业盈利仍有支撑。",
      (("Manish Kabra", I, "美股估值偏高。"), ("Manish Kabra", I, "企业盈利仍有支撑。")), id="short-form-simp"),
    # A firm speaking through an unnamed officer, its management, or an announcement
    P("Man Group的首席投資官表示：「市場低估了通脹風險。」", (("Man Group", D, "市場低估了通脹風險。"),),
      id="firm-officer-trad"),
    P("Man Group的首席投资官表示：“市场低估了通胀风险。”", (("Man Group", D, "市场低估了通胀风险。"),),
      id="firm-officer-simp"),
    P("瑞銀全球財富管理部門首席投資官認為，美股仍有上行空間。", (("瑞銀", I, "美股仍有上行空間。"),),
      id="firm-division-officer"),
    P("比亞迪公布業績。管理層認為，下半年需求將回暖。", (("比亞迪", I, "下半年需求將回暖。"),),
      id="firm-management"),
    P("騰訊(00700)發布公告稱，將斥資10億港元回購股份。", (("騰訊", I, "將斥資10億港元回購股份。"),),
      id="firm-announcement-trad"),
    P("腾讯(00700)发布公告称，将斥资10亿港元回购股份。", (("腾讯", I, "将斥资10亿港元回购股份。"),),
      id="firm-announcement-simp"),
    P("高盛發表報告。該行分析師指出，港股下半年有望跑贏大市。", (("高盛", I, "港股下半年有望跑贏大市。"),),
      id="unnamed-analyst-of-the-bank-trad"),
    P("高盛发表报告。该行分析师指出，港股下半年有望跑赢大市。", (("高盛", I, "港股下半年有望跑赢大市。"),),
      id="unnamed-analyst-of-the-bank-simp"),
    P("「估值已經反映了大部分利好。」盛寶銀行策略師Charu Chanana說。",
      (("Charu Chanana", D, "估值已經反映了大部分利好。"),), id="direct-speaker-after-with-firm-and-title-trad"),
    P("“估值已经反映了大部分利好。”盛宝银行策略师Charu Chanana说。",
      (("Charu Chanana", D, "估值已经反映了大部分利好。"),), id="direct-speaker-after-with-firm-and-title-simp"),
    P("巴菲特在致股東信中寫道，美國經濟的韌性不應被低估。", (("巴菲特", I, "美國經濟的韌性不應被低估。"),),
      id="verb-after-adverbial-phrase"),
    P("馬斯克在社交媒體上寫道：「特斯拉將推出廉價車型。」", (("馬斯克", D, "特斯拉將推出廉價車型。"),),
      id="direct-after-adverbial-phrase"),
    # Hong Kong and Taiwan verb forms; a full name again on a line of its own
    P("金沙集團公布業績。金沙集團又指，上季澳門旅客數量已回復。", (("金沙集團", I, "上季澳門旅客數量已回復。"),),
      id="verb-you-zhi-trad"),
    P("住商不動產南屯店經理黃盟翔分析，自備款不足是年輕人的買房罩門。", (("黃盟翔", I, "自備款不足是年輕人的買房罩門。"),),
      id="verb-fenxi-trad"),
    P("渣打首席經濟師丁爽表示，政策效應消退。他預期，第4季經濟將較第3季好。",
      (("丁爽", I, "政策效應消退。"), ("丁爽", I, "第4季經濟將較第3季好。")), id="verb-yuqi-anaphor-trad"),
    P("創威董事長陳文宗表示，新廠完工。\n陳文宗指出，需求持續增加。",
      (("陳文宗", I, "新廠完工。"), ("陳文宗", I, "需求持續增加。")), id="full-name-again"),
    # The person who opens the sentence speaks through a verb that opens a later clause
    P("台塑董事長林健男對本季展望維持上月看法，認為營收將微幅衰退。", (("林健男", I, "營收將微幅衰退。"),),
      id="sentence-subject-trad"),
    P("台塑董事长林健男对本季展望维持上月看法，认为营收将微幅衰退。", (("林健男", I, "营收将微幅衰退。"),),
      id="sentence-subject-simp"),
    # 又說 / 形容 / 不認為 / 預估
    P("阿里巴巴主席蔡崇信表示，公司業務穩定。蔡崇信又說，脫鉤的感覺在半導體最強烈。",
      (("蔡崇信", I, "公司業務穩定。"), ("蔡崇信", I, "脫鉤的感覺在半導體最強烈。")), id="verb-you-shuo-trad"),
    P("阿里巴巴主席蔡崇信表示，公司业务稳定。他形容，人工智能和云技术就像手和手套。",
      (("蔡崇信", I, "公司业务稳定。"), ("蔡崇信", I, "人工智能和云技术就像手和手套。")), id="verb-xingrong-simp"),
    P("創威董事長陳文宗不認為，製造業會大規模外移。", (("陳文宗", I, "製造業會大規模外移。"),),
      id="verb-negated-opinion-trad"),
    P("台化董事长洪福源仍预估，第四季营收可望优于第三季。", (("洪福源", I, "第四季营收可望优于第三季。"),),
      id="verb-yugu-simp"),
    # 她指，… (指 with a comma); an interview frame holding an outlet; a frame opening the clause
    P("星展策略師李若凡認為，法國或面臨更高的融資成本。她指，歐洲央行可能要進一步減息。",
      (("李若凡", I, "法國或面臨更高的融資成本。"), ("李若凡", I, "歐洲央行可能要進一步減息。")), id="verb-zhi-with-comma-trad"),
    P("警务处处长萧泽颐接受《南华早报》访问表示，届时将有警示提醒用户。", (("萧泽颐", I, "届时将有警示提醒用户。"),),
      id="interview-frame-simp"),
    P("財經事務及庫務局局長許正宇，以書面回覆立法會議員提問時表示，投資選擇眾多。",
      (("許正宇", I, "投資選擇眾多。"),), id="frame-opening-the-clause-trad"),
    # A short term in quotation marks opening a reported clause
    P("警務處處長蕭澤頤說，「可疑帳號警示」將會進一步擴展至櫃員機。",
      (("蕭澤頤", I, "「可疑帳號警示」將會進一步擴展至櫃員機。"),), id="term-opening-a-claim-trad"),
    # A name ending in 所 before a verb (所 otherwise makes 所指 / 所称 no speech)
    P("港交所宣布在利雅得開設辦事處。港交所指，新辦事處將與當地投資者建立聯繫。",
      (("港交所", I, "新辦事處將與當地投資者建立聯繫。"),), id="exchange-name-before-zhi-trad"),
    # A shop manager
    P("台灣房屋長庚直營店店長林士涵指出，商業區土地交易價格每坪約在100萬元。",
      (("林士涵", I, "商業區土地交易價格每坪約在100萬元。"),), id="shop-manager-trad"),
    # A head of state known to the lexicon, then 他表示
    P("國家主席習近平考察橫琴粵澳深度合作區。他表示，合作區各項工作取得積極進展。",
      (("習近平", I, "合作區各項工作取得積極進展。"),), id="head-of-state-then-anaphor-trad"),
    # A spokesman opening the clause speaks for the firm named before
    P("城巴回應，新票價將於明年生效。發言人說，城巴來年將繼續拓展收入來源。",
      (("城巴", I, "新票價將於明年生效。"), ("城巴", I, "城巴來年將繼續拓展收入來源。")), id="spokesman-for-the-firm-trad"),
    # A firm's spokesman or officer by title alone speaks for the firm (人 before the verb is no 有人说)
    P("滙豐發言人表示，會繼續提供信用卡服務。", (("滙豐", I, "會繼續提供信用卡服務。"),), id="firm-spokesman-trad"),
    P("腾讯公司负责人表示，会继续提供服务。", (("腾讯", I, "会继续提供服务。"),), id="firm-officer-by-title-simp"),
    P("陳茂波在上市儀式致辭表示，有關ETF是互惠安排。", (("陳茂波", I, "有關ETF是互惠安排。"),), id="speaker-at-a-ceremony-trad"),
    P("瑞銀財富管理投資總監辦公室預計，關稅措施或會推高通脹。", (("瑞銀", I, "關稅措施或會推高通脹。"),), id="firm-office-speaks-for-the-firm-trad"),
    P("網家執行長暨總經理蔡凱文(見圖右,公司提供)坦言，防疫警戒降回二級後，業績確實放緩。",
      (("蔡凱文", I, "防疫警戒降回二級後，業績確實放緩。"),), id="aside-in-brackets-does-not-speak-trad"),
    P("中銀香港副總裁王化斌出席北部都會區發展簽署儀式後表示，高度重視北都工作的開展。",
      (("王化斌", I, "高度重視北都工作的開展。"),), id="after-attending-a-ceremony-trad"),
    P("6月23日，众泰汽车在其官方微信公众号发布消息称，网约车平台将在杭州正式启动。",
      (("众泰汽车", I, "网约车平台将在杭州正式启动。"),), id="firm-on-its-own-account-simp"),
    P("城巴高級企業傳訊及市務經理曾安廸在本台《千禧年代》表示，燃油及工資成本上升。",
      (("曾安廸", I, "燃油及工資成本上升。"),), id="on-a-named-programme-trad"),
    P("國家金融監督管理總局局長李雲澤表示，當局將大力支持香港。李雲澤續指，將支持香港建設總部經濟。",
      (("李雲澤", I, "當局將大力支持香港。"), ("李雲澤", I, "將支持香港建設總部經濟。")), id="went-on-to-say-trad"),
    # An outlet's dateline opens the sentence; the company after it is the subject of a later verb
    P("每经AI快讯，龙泉股份（SZ 002671，收盘价：4.78元）10月9日晚间发布业绩预告，预计前三季度净利润亏损5343万元。",
      (("龙泉股份", I, "前三季度净利润亏损5343万元。"),), id="company-after-a-dateline-simp"),
    # A company printed with its code, then by name
    P("近日安居乐(839406)发公告。安居乐称，任免是正常任免。", (("安居乐", I, "任免是正常任免。"),),
      id="company-with-unknown-code-speaks"),
    # A Hong Kong bank by its short form, which is also a place (東亞), with a speech verb
    P("東亞銀行預計今年經濟增長2.6%。東亞認為，內地政策將為香港帶來正面溢出效應。",
      (("東亞銀行", I, "今年經濟增長2.6%。"), ("東亞銀行", I, "內地政策將為香港帶來正面溢出效應。")),
      id="hk-bank-short-form-speaks"),
    # A broker publishing a note on a company: the broker speaks
    P("民生證券發布泰格醫藥的研報指出，收購持續完善一體化布局。", (("民生證券", I, "收購持續完善一體化布局。"),),
      id="broker-report-on-a-company-trad"),
    P("民生证券发布泰格医药的研报指出，收购持续完善一体化布局。", (("民生证券", I, "收购持续完善一体化布局。"),),
      id="broker-report-on-a-company-simp"),
    P("創辦人林家鈺致詞時表示，上市是一個過程。", (("林家鈺", I, "上市是一個過程。"),), id="verb-after-when-phrase-trad"),
    P("创办人林家钰受访时表示，上市是一个过程。", (("林家钰", I, "上市是一个过程。"),), id="verb-after-when-phrase-simp"),
    # A quotation whose closing mark never comes in its paragraph runs to the paragraph's end
    P("瑞银分析师Kevin Ng写道：“我们仍看好中国科技股。\n恒指今日收高。", (("Kevin Ng", D, "我们仍看好中国科技股。"),),
      id="unclosed-quotation-ends-with-its-paragraph-simp"),
    P("瑞銀分析師Kevin Ng寫道：「我們仍看好中國科技股。\n恒指今日收高。", (("Kevin Ng", D, "我們仍看好中國科技股。"),),
      id="unclosed-quotation-ends-with-its-paragraph-trad"),
    # What a question repeats is not the speaker's claim; her answer is
    P("拉加德表示，通胀高于预期。当被问及她坚称今年不可能加息的说法是否有效时，她表示，欧洲央行将谨慎评估。",
      (("拉加德", I, "通胀高于预期。"), ("拉加德", I, "欧洲央行将谨慎评估。")), id="question-is-no-claim-simp"),
    # Frames: a meeting, a report; 點出 speaks
    P("金管局副總裁阮國恒表示，本港貸款需求不強。阮國恒與銀行公會會議後表示，特定分類貸款比率微升。",
      (("阮國恒", I, "本港貸款需求不強。"), ("阮國恒", I, "特定分類貸款比率微升。")), id="after-a-meeting-trad"),
    P("行政總裁艾橋智在季度業績報告表示，集團將簡化架構。", (("艾橋智", I, "集團將簡化架構。"),), id="in-a-report-trad"),
    P("統一投顧董事長黎方國也點出，投信將開始布局。", (("黎方國", I, "投信將開始布局。"),), id="dianchu-trad"),
    # A long event frame between the speaker and the verb
    P("陳茂波出席一間本地科技初創公司與中大醫學院合辦的研討會致辭表示，政府非常重視創科發展。",
      (("陳茂波", I, "政府非常重視創科發展。"),), id="long-event-frame-trad"),
    P("上海證券交易所總經理蔡建春表示，境外投資者佔比已升至14%。蔡建春在互聯互通10周年高峰論壇致辭時表示，滬港通累計成交額達93萬億元。",
      (("蔡建春", I, "境外投資者佔比已升至14%。"), ("蔡建春", I, "滬港通累計成交額達93萬億元。")),
      id="long-place-frame-trad"),
    # A title or honorific after the name, before the verb
    P("副教授吴海峰博士：并购将增多。吴海峰博士在研讨会上表示，科创板将是赢家通吃的时代。",
      (("吴海峰", I, "科创板将是赢家通吃的时代。"),), id="honorific-after-name-simp"),
    P("逸達生技創辦人及董事長簡銘達博士表示，已做好相關因應準備。", (("簡銘達", I, "已做好相關因應準備。"),),
      id="honorific-after-name-trad"),
    # 董事會 speaks for the company; an outlet is never what it stands for
    P("格隆汇4月7日丨恒宇集团公告，公司拟开展新业务。董事会认为，该新业务具有潜力。",
      (("恒宇集团", I, "公司拟开展新业务。"), ("恒宇集团", I, "该新业务具有潜力。")), id="board-speaks-for-the-company-not-the-outlet"),
    # A bare 公告 (no 称) right after the firm is its announcement; an exchange it files with is no speaker
    P("暴风集团公告，截至目前，公司尚未聘请首席财务官和审计机构。", (("暴风集团", I, "截至目前，公司尚未聘请首席财务官和审计机构。"),),
      id="bare-announcement-simp"),
    P("方大集团(000055)23日晚间公告，拟回购公司部分B股股份。", (("方大集团", I, "拟回购公司部分B股股份。"),),
      id="bare-announcement-after-code-and-date-simp"),
    P("阿里巴巴在港交所公告，已同意透过其子公司投资约280亿港元。", (("阿里巴巴", I, "已同意透过其子公司投资约280亿港元。"),),
      id="announcement-at-the-exchange-simp"),
    P("基士德-KY(6641-TW)今(2)日公告，揚州廠依當地政府規定安排員工進行篩檢。", (("基士德-KY", I, "揚州廠依當地政府規定安排員工進行篩檢。"),),
      id="bare-announcement-trad"),
    # 确认 and 等人 before the verb; a firm's 经营阶层 speaks for it
    P("此外，一汽丰田方面确认，其位于天津的工厂已暂停生产。", (("一汽丰田", I, "其位于天津的工厂已暂停生产。"),), id="confirms-simp"),
    P("習近平說中英兩國歷史文化雖有差異，但共同利益廣泛。", (("習近平", I, "中英兩國歷史文化雖有差異，但共同利益廣泛。"),),
      id="says-then-china-and-britain-trad"),
    # The outlet of a dateline is no antecedent of 公司; who a reply is sent to is no speaker
    P("同花顺金融研究中心9月18日讯，有投资者向沃森生物提问，公司的疫苗何时形成收入？\n公司回答表示，24个省份已中标。",
      (("沃森生物", I, "24个省份已中标。"),), id="dateline-outlet-is-no-antecedent-simp"),
    P("中嘉博创回复深交所关注函称，由于嘉华信息失控，公司拟计提减值。", (("中嘉博创", I, "由于嘉华信息失控，公司拟计提减值。"),),
      id="reply-to-the-exchange-simp"),
    # Who is asked about, before 时, is no speaker
    P("会上，药明康德被问及近期药明生物两家子公司被美国商务部列入UVL事件时强调，药明康德业务和运营一切正常。",
      (("药明康德", I, "药明康德业务和运营一切正常。"),), id="asked-about-before-when-simp"),
    P("花旗分析师Ed Morse等人称，花旗建立了看跌头寸。", (("Ed Morse", I, "花旗建立了看跌头寸。"),), id="and-others-before-the-verb-simp"),
    # The analyst's quotation is not lent to the speaker who follows it
    P("分析师表示：“美元的买盘将持续到3月份。”美联储主席鲍威尔周三基本上确认，美联储将从3月开始加息。",
      ((None, D, "美元的买盘将持续到3月份。"), ("鲍威尔", I, "美联储将从3月开始加息。")), id="quotation-already-reported-simp"),
    P("系微(6231)今天召開法說會，經營階層指出，第2季營收及獲利比第1季回升。", (("系微", I, "第2季營收及獲利比第1季回升。"),),
      id="management-speaks-for-the-firm-trad"),
    # 公告稱 opening its clause is the company's announcement
    P("首沣控股(0757)发布盈警。公告称，预计本财政年度的收益同比减少最少20%。同时，公告还称，集团将削减开支。",
      (("首沣控股", I, "预计本财政年度的收益同比减少最少20%。"), ("首沣控股", I, "集团将削减开支。")),
      id="announcement-opens-its-clause-simp"),
    # 的 between the title and the name; 上周 between the name and the verb
    P("至於8月接任克利夫蘭聯邦儲備銀行總裁的哈瑪克表示，對本月議息會議持開放態度。",
      (("哈瑪克", I, "對本月議息會議持開放態度。"),), id="title-de-name-trad"),
    P("歐盟執委會執行副主席杜姆斯上周表示，不排除與個別出口商進行討論。",
      (("杜姆斯", I, "不排除與個別出口商進行討論。"),), id="name-last-week-said-trad"),
    # A listed firm's short form speaks for it
    P("工業電腦廠進泰電子(3465)第2季營收創高。進泰表示，只要貨運順暢，第3季可望勝第2季。",
      (("進泰電子", I, "只要貨運順暢，第3季可望勝第2季。"),), id="listed-short-form-speaks-trad"),
    # ① ② …: each numbered item ends the one before
    P("① 金价企稳；② 德国商业银行分析师Daniel Briesemann在报告中表示，市场参与者可能不会买入黄金；③ 中国下调了一项关键利率。",
      (("Daniel Briesemann", I, "市场参与者可能不会买入黄金；"),), id="numbered-items-end-a-claim"),
    # Where the person spoke, however long, between the name and the verb
    P("財政司司長陳茂波在網誌表示，暢通的數據流將是行業蓬勃發展的關鍵。",
      (("陳茂波", I, "暢通的數據流將是行業蓬勃發展的關鍵。"),), id="place-of-speech-between-trad"),
    P("商务部副部长周霁在上海出席由特区政府举办的2024投资香港推介大会致辞时说，香港营商环境居首位。",
      (("周霁", I, "香港营商环境居首位。"),), id="long-occasion-between-simp"),
    # 期望 and 指 speak only before a comma
    P("金管局副總裁阮國恒期望，向中小企業界發放清晰訊號。", (("阮國恒", I, "向中小企業界發放清晰訊號。"),),
      id="hope-before-a-comma-trad"),
    P("長江生命科技副主席余英才則指，該方法獲監管局認可。", (("余英才", I, "該方法獲監管局認可。"),),
      id="zhi-after-a-filler-trad"),
    # 公司 resolves to the firm, named first in the headline in Latin letters
    P("Target下調全年盈利指引\n\n美國零售商Target公布，上季盈利按年跌12%。Target股價盤前急挫。\n公司表示，美國消費者支出減少。",
      (("Target", I, "美國消費者支出減少。"),), id="company-anaphor-to-a-latin-firm-trad"),
    # A claim ends where another speaker's report begins in the same sentence
    P("東洋(4105)董座林全透露爭取輝瑞BNT疫苗不是不可能，帶動股價大漲5%，保瑞(6472)昨日亦表示有興趣取得相關代理權。",
      (("林全", I, "爭取輝瑞BNT疫苗不是不可能，帶動股價大漲5%"), ("保瑞", I, "有興趣取得相關代理權。")),
      id="claim-ends-at-another-speaker-trad"),
    P("華夏副董林漢福認為，華夏第二季不利於PVC報價的負面因素都已經過去。",
      (("林漢福", I, "華夏第二季不利於PVC報價的負面因素都已經過去。"),), id="vice-chairman-short-title-trad"),
    # 最新 between a name and its verb; 認同， speaks; 的认同 is a noun
    P("台北市長柯文哲最新指出，社區感染已是現實。", (("柯文哲", I, "社區感染已是現實。"),), id="latest-between-trad"),
    P("瑞士百達集團管理合夥人雷樂仁認同，社會保障開支將繼續推高美國債務。",
      (("雷樂仁", I, "社會保障開支將繼續推高美國債務。"),), id="agree-before-a-comma-trad"),
    P("中国网地产讯 7月1日，阳光城发布公告称，公司为子公司提供担保。", (("阳光城", I, "公司为子公司提供担保。"),),
      id="delisted-company-announces-simp"),
    P("李家超在金融街論壇年會香港分會場致辭說，上星期三發表施政報告。",
      (("李家超", I, "上星期三發表施政報告。"),), id="forum-named-after-a-company-trad"),
    # 出席 + a programme or a meeting (before it) frames where the speaker spoke
    P("旅遊業議會主席姚兆聰出席本台節目《千禧年代》表示，不少航空公司感到好雀躍。",
      (("姚兆聰", I, "不少航空公司感到好雀躍。"),), id="attending-a-programme-trad"),
    P("李家超出席行政會議前說，政府會從節流及開源著手。", (("李家超", I, "政府會從節流及開源著手。"),),
      id="before-a-meeting-trad"),
    P("勞福局局長孫玉菡出席立法會大會表示，現時報讀基金課程便可全取資助上限。",
      (("孫玉菡", I, "現時報讀基金課程便可全取資助上限。"),), id="attending-an-assembly-trad"),
    # 於 frames where the speaker spoke, as 在 does
    P("總幹事何漢威於本台節目《千禧年代》表示，他們於9至10月到不同食肆。",
      (("何漢威", I, "他們於9至10月到不同食肆。"),), id="yu-programme-between-trad"),
    # A blog post, an earlier statement, a bare 僅 between a name and its verb
    P("財庫局局長許正宇發表網誌提到，具體建議包括拓寬基金定義。",
      (("許正宇", I, "具體建議包括拓寬基金定義。"),), id="blog-post-between-trad"),
    P("超豐總經理甯鑑超先前表示，既有客戶下半年需求強勁。", (("甯鑑超", I, "既有客戶下半年需求強勁。"),),
      id="earlier-between-trad"),
    # A question put without 時 ends at its comma: 同時 later in the claim is no question's end
    P("被問到中東局勢會否影響投資，財政司司長陳茂波說，中東局勢緊張，同時也出現了機遇。",
      (("陳茂波", I, "中東局勢緊張，同時也出現了機遇。"),), id="question-ends-at-its-comma-trad"),
    # The chairman speaks in the annual report, not the company named before his title
    P("致和證董事長許文科在致股東報告書中指出，去年疫情衝擊全球股市。", (("許文科", I, "去年疫情衝擊全球股市。"),),
      id="chairman-in-the-annual-report-trad"),
    P("上海證券交易所理事長邱勇亦透過視像致辭指，國際投資者已成為重要力量。",
      (("邱勇", I, "國際投資者已成為重要力量。"),), id="speech-by-video-trad"),
    # Recalling, stating, giving an example, estimating are speech
    P("港交所主席唐家成憶述，當年與中證監商討的過程具挑戰。", (("唐家成", I, "當年與中證監商討的過程具挑戰。"),),
      id="recalls-trad"),
    P("環境及生態局局長謝展寰舉例說，過往電動雙層巴士價錢較貴。", (("謝展寰", I, "過往電動雙層巴士價錢較貴。"),),
      id="gives-an-example-trad"),
    P("財政司司長陳茂波並表明，將繼續帶領各金融監管機構。", (("陳茂波", I, "將繼續帶領各金融監管機構。"),),
      id="states-trad"),
    # An exchange named in passing is not the company whose announcement speaks
    P("遠洋集團公布重組方案，並申請可轉換債券在新交所上市及掛牌。\n公告又指，重組的範圍涵蓋現有債務工具。",
      (("遠洋集團", I, "重組的範圍涵蓋現有債務工具。"),), id="announcement-not-the-exchange-trad"),
    # A visit frames where a person spoke; the firm visited neither speaks nor swallows the name
    P("國務院總理李強到訪廈門太古飛機工程有限公司時表示，中國將進一步擴大服務業開放。",
      (("李強", I, "中國將進一步擴大服務業開放。"),), id="visit-frames-the-speaker-trad"),
    # 公司 opening a sentence is the company, and speaks through a verb in a later clause
    P("超豐總經理甯鑑超表示，既有客戶需求強勁。公司基於訂單需求持續擴產，認為整體市場仍是需求大於供給。",
      (("甯鑑超", I, "既有客戶需求強勁。"), ("超豐", I, "整體市場仍是需求大於供給。")),
      id="company-opens-the-sentence-trad"),
    # A claim ends where a titled person's report begins (the title first)
    P("農銀國際表示，積極爭取加入第2批試點，董事長黃海琴接受本台訪問時表示，個人投資額度已提高至300萬元人民幣。",
      (("農銀國際", I, "積極爭取加入第2批試點"), ("黃海琴", I, "個人投資額度已提高至300萬元人民幣。")),
      id="claim-ends-at-a-titled-speaker-trad"),
    # 證實 is speech; 均 may stand between the speaker and the verb
    P("健信證實，近期已成功打入美國電動車新創品牌Rivian。", (("健信", I, "近期已成功打入美國電動車新創品牌Rivian。"),),
      id="confirms-trad"),
    P("恩德董事長廖文嘉均表示，第二季本業會賺錢。", (("廖文嘉", I, "第二季本業會賺錢。"),), id="both-before-the-verb-trad"),
    # A short dated step of a company's plan after 預計 is no claim; a forecast is
    P("麗寶集團預計2025年完工。台積電(2330)預計明年營收成長兩成。", (("台積電", I, "明年營收成長兩成。"),),
      id="a-plan-is-no-claim-trad"),
    # A day, a place, an audience or an occasion between the speaker and the verb
    P("力達董事長王建民10日在線上法說會表示，新廠年底完成。", (("王建民", I, "新廠年底完成。"),), id="day-and-place-before-the-verb-trad"),
    P("永信建設發言人林怡均7日表示，今年營收穩定。", (("林怡均", I, "今年營收穩定。"),), id="name-ending-in-jun-and-a-day-trad"),
    P("滙控行政總裁陳志明向員工表示，重組後部分職位將取消。", (("陳志明", I, "重組後部分職位將取消。"),), id="to-whom-before-the-verb-trad"),
    P("局長黃美華出席「監管沙盒」啟動禮後表示，當局挑選38項進行試驗。", (("黃美華", I, "當局挑選38項進行試驗。"),),
      id="occasion-with-a-quoted-term-trad"),
    P("海關副關長林國強總結發言表示，海關將開辦課程。", (("林國強", I, "海關將開辦課程。"),), id="closing-speech-before-the-verb-trad"),
    P("陈茂波出席论坛时又提及，扩大经贸关系是优先措施。", (("陈茂波", I, "扩大经贸关系是优先措施。"),), id="mentions-simp"),
    # Who is told is no speaker; a citation's claim that opens with another speaker is theirs
    P("滙控宣布重組。該行發言人對路透證實備忘錄的內容。", (("滙控", I, "備忘錄的內容。"),), id="told-to-an-outlet-trad"),
    P("路透引述一份備忘錄指，滙控行政總裁陳志明向員工表示，重組後部分高級員工應做好準備。",
      (("陳志明", I, "重組後部分高級員工應做好準備。"),), id="citation-of-another-speaker-trad"),
    # A clause in quotation marks inside a reported claim is the speaker's own words too; a
    # term in marks inside a clause is not
    P("總經理劉平表示，越南廠暫停生產，「短期上是有一些影響」，不過各廠都滿單，「轉單的可能性不大」。",
      (("劉平", I, "越南廠暫停生產，「短期上是有一些影響」，不過各廠都滿單，「轉單的可能性不大」。"),
       ("劉平", D, "短期上是有一些影響"), ("劉平", D, "轉單的可能性不大")), id="marked-clauses-inside-a-claim-trad"),
    P("分析師張浩表示，大戶故意使用融資，「以資養券」為軋空布局。", (("張浩", I, "大戶故意使用融資，「以資養券」為軋空布局。"),),
      id="marked-term-inside-a-claim-trad"),
    # 她 is the person named since the last speaker, not that speaker (何宛淇 is found by 說 and
    # stands again before 她)
    P("協會會長黃家和稱有餐廳或忽略培訓。殘奧金牌得主何宛淇在電台節目講述當日情況。她強調不是想針對某一食肆。何宛淇說，社會已有改善。",
      (("黃家和", I, "有餐廳或忽略培訓。"), ("何宛淇", I, "不是想針對某一食肆。"), ("何宛淇", I, "社會已有改善。")),
      id="anaphor-after-another-person-named-trad"),
    P("美国白宫新闻秘书普萨基当天表示，总统将观看开幕式。", (("普萨基", I, "总统将观看开幕式。"),), id="that-day-before-the-verb-simp"),
    # A reporter is no one a later 他 refers to
    P("（記者林菁樺攝）〔記者林菁樺／台北報導〕永大今天召開股東會，談到未來營運，他表示，台灣永大要強化技術。",
      ((None, I, "台灣永大要強化技術。"),), id="reporter-is-no-antecedent-trad"),
    # A short name printed before its code speaks again later (禾聯 of 禾聯碩)
    P("禾聯（5283）公布第2季獲利。禾聯表示，空調商品貢獻最大。", (("禾聯", I, "空調商品貢獻最大。"),), id="short-name-before-code-again-trad"),
    # 介绍 before a comma reports speech; a transliterated name's last part speaks again; a listed
    # firm's short name (its first two characters, or the name without -KY and 電子) speaks again
    P("生态环境部新闻发言人刘友宾介绍，会议已确定推迟举行。", (("刘友宾", I, "会议已确定推迟举行。"),), id="introduces-simp"),
    P("公司介绍了新产品的功能。", (), id="introduced-a-product-is-no-claim-simp"),
    P("世卫组织欧洲区域办事处主任汉斯·克鲁格表示，疫情持续了2年。克鲁格说，这场疫情终将结束。",
      (("汉斯·克鲁格", I, "疫情持续了2年。"), ("汉斯·克鲁格", I, "这场疫情终将结束。")), id="transliterated-surname-again-simp"),
    P("茂生農經（1240）公布營收。茂生表示，水位約介於2-2.5個月。", (("茂生農經", I, "水位約介於2-2.5個月。"),),
      id="first-two-characters-speak-again-trad"),
    P("騰輝電子-KY（6672）公布財報。騰輝表示，獲利成長動能來自產品結構優化。",
      (("騰輝電子-KY", I, "獲利成長動能來自產品結構優化。"),), id="ky-firm-stem-speaks-again-trad"),
    # A time adverb before where they spoke; 特別 before the verb; 預測 before a comma (but not
    # 財務預測, forecasts); a titled speaker opening a clause far into it ends the claim before
    P("華碩董事長施崇棠先前於股東會中指出，華碩入股瑞傳。", (("施崇棠", I, "華碩入股瑞傳。"),), id="earlier-at-the-meeting-trad"),
    P("Arm日前推出方案，Simon Segars特別強調，聯發科是長期合作夥伴。", (("Simon Segars", I, "聯發科是長期合作夥伴。"),),
      id="especially-before-the-verb-trad"),
    P("全球產能緊繃，瑞信證券預測，半導體供不應求的狀況將到2022下半年。", (("瑞信", I, "半導體供不應求的狀況將到2022下半年。"),),
      id="forecasts-before-a-comma-trad"),
    P("綜觀外資圈對鴻海財務預測，今年電動車貢獻不大。", (), id="financial-forecasts-are-no-verb-trad"),
    P("院長杜元坤表示，近半年已有17位病患接受治療，出席發表會的衛福部次長石崇良在致詞時表示，希望能研發。",
      (("杜元坤", I, "近半年已有17位病患接受治療"), ("石崇良", I, "希望能研發。")), id="titled-speaker-far-into-a-clause-trad"),
    # A semicolon opens another company's part: its claim and its 公司 are that company's
    P("不過華新科（2492）表示，巿場整體需求仍在；禾伸堂（3026）8月營收月減3.65%，公司也認為半導體供應仍不穩定。",
      (("華新科", I, "巿場整體需求仍在"), ("禾伸堂", I, "半導體供應仍不穩定。")), id="semicolon-opens-another-firm-trad"),
    # 答道 before a quotation; 回答 before a colon or comma
    P("记者追问说“你不用再补充点吗”？拜登答道：“不，没必要。”", (("拜登", D, "不，没必要。"),), id="answered-simp"),
    # Local time and a month before the day, between a titled speaker and the verb
    P("白宫新闻发言人普萨基当地时间1月26日表示，白宫不会对其退休进行任何说明。",
      (("普萨基", I, "白宫不会对其退休进行任何说明。"),), id="local-time-and-date-before-the-verb-simp"),
    # 坦承 with an object (admits to a crime), 透露了 with an object: no claims
    P("黃建智坦承犯行，檢方因此將4人起訴。", (), id="admits-to-a-crime-trad"),
    P("近日华安基金透露了基金经理投资配置的玄机。", (), id="revealed-an-object-simp"),
    # A forecast verb opening a clause with no speaker of its own is the story's, unless the
    # sentence reports an announcement (公告, 公布, 盈警) first
    P("全家(5903)擴大販售現烤點心，預計今年將擴大導入至200間販售店。", (), id="forecast-of-the-story-trad"),
    P("飞力达公告，预计2021年度净利润1.57亿元-2.12亿元。", (("飞力达", I, "预计2021年度净利润1.57亿元-2.12亿元。"),),
      id="forecast-announced-simp"),
    P("东方财富公告，公司拟发行债务融资工具，拟用于公司及下属公司偿还借款、补充运营资金、项目建设等活动。",
      (("东方财富", I, "公司拟发行债务融资工具，拟用于公司及下属公司偿还借款、补充运营资金、项目建设等活动。"),),
      id="replenishes-capital-simp"),
    P("莎莎國際發盈警，預計上半財年錄得盈利約3100萬元。", (("莎莎國際", I, "上半財年錄得盈利約3100萬元。"),),
      id="forecast-in-a-profit-warning-trad"),
    # 董事局 (Hong Kong's board) speaks for the company; 提出 before a comma is a speech verb
    P("中国电力公布，订立解除协议。董事局认为，解除协议符合公司利益。", (("中国电力", I, "解除协议符合公司利益。"),),
      id="board-speaks-for-the-company-simp"),
    P("楊景賞提出，本地的通訊基站能否充分覆蓋飛行路線，仍有待進一步測試。",
      (("楊景賞", I, "本地的通訊基站能否充分覆蓋飛行路線，仍有待進一步測試。"),), id="puts-forward-trad"),
    # A person before a group word that is their title; 发声称; a quoted name the sentence runs on from
    P("永誠投顧徐照興分析師表示：台股行情弱中透強，千萬別氣餒！", (("徐照興", I, "台股行情弱中透強，千萬別氣餒！"),),
      id="name-before-a-group-title-trad"),
    P("基金经理崔宸龙发声称，新能源作为跨时代的投资机遇。", (("崔宸龙", I, "新能源作为跨时代的投资机遇。"),),
      id="speaks-out-simp"),
    P("“桥水”对冲基金创始人瑞·达利欧表示，世界对中国的投资还是相当不足的。",
      (("瑞·达利欧", I, "世界对中国的投资还是相当不足的。"),), id="quoted-name-before-speaker-simp"),
    P("其他分析師則提到，原本要拉回整理的大盤又站回萬七點之上。", ((None, I, "原本要拉回整理的大盤又站回萬七點之上。"),),
      id="other-analysts-trad"),
    # A space before a bracketed Latin name; 示警 warns
    P("ASML執行長溫彼得 (Peter Wennink)預期，2021 年全年淨銷售額將比去年成長約35%。",
      (("溫彼得", I, "2021 年全年淨銷售額將比去年成長約35%。"),), id="spaced-latin-name-before-the-verb-trad"),
    P("晶華董事長潘思亮示警，國際型觀光產業恐爆發倒閉潮。", (("潘思亮", I, "國際型觀光產業恐爆發倒閉潮。"),), id="warns-trad"),
    # A firm's claim stops at a semicolon where another firm's news begins (with its code, or
    # right after the semicolon); a person's claim runs on
    P("觀光業海灣（3252）去年每股虧損1.84元，但公司認為尚有累積虧損時，應預先保留彌補數額，因此沒發給董事薪水；電子零件點晶（3288）去年每股虧損0.35元。",
      (("海灣", I, "尚有累積虧損時，應預先保留彌補數額，因此沒發給董事薪水"),), id="firm-claim-stops-at-the-next-listed-firm-trad"),
    P("華邦電(2344)8月營收為88.16億元，華邦電並強調產能持續滿載；南亞科(2408)8月營收突破80億元。",
      (("華邦電", I, "產能持續滿載"),), id="firm-claim-stops-at-the-next-firm-trad"),
    P("元富投顧指出，美國科技股續強；貨櫃三雄僅萬海(2615)在季線之上。",
      (("元富投顧", I, "美國科技股續強；貨櫃三雄僅萬海(2615)在季線之上。"),), id="claim-runs-on-over-a-named-stock-trad"),
    # After a semicolon a firm opens its own part: it owns a forecast there
    P("Garmin第二季營收13.3億美元，年增53％；Garmin同時上修全年財測，預估全年營收可達49億美元。",
      (("Garmin", I, "全年營收可達49億美元。"),), id="guidance-after-a-semicolon-trad"),
    # 通报 before a comma reports; an adverb with 地 before the verb; a second verb after the first
    P("阿根廷总统府发言人塞鲁蒂20日向媒体通报，当地时间17日，总统参加了一场见面会。",
      (("塞鲁蒂", I, "当地时间17日，总统参加了一场见面会。"),), id="briefs-the-press-simp"),
    P("勝群董事長陳武華感性地說，35年來在許多貴人好友扶持下事業有成。",
      (("陳武華", I, "35年來在許多貴人好友扶持下事業有成。"),), id="adverb-with-de-before-the-verb-trad"),
    P("體育專員蔡健斌出席活動時回應指，他和團隊一定會繼續堅守崗位。",
      (("蔡健斌", I, "他和團隊一定會繼續堅守崗位。"),), id="responds-and-points-out-trad"),
    P("业内专家分析认为，中国新能源车不再是买方市场。", ((None, I, "中国新能源车不再是买方市场。"),), id="one-report-two-verbs-simp"),
    # After a semicolon another firm, described first, speaks for itself
    P("立隆電表示，沒辦法，因為產能早已滿載；被動元件一哥國巨則表示，若客戶有緊急需求，會盡全力生產。",
      (("立隆電", I, "沒辦法，因為產能早已滿載"), ("國巨", I, "若客戶有緊急需求，會盡全力生產。")), id="described-firm-after-a-semicolon-trad"),
    P("黃鯤雄認為，造紙同業展現新面貌；公會過去在何奕達理事長的帶領下，用理性的方式回應。",
      (("黃鯤雄", I, "造紙同業展現新面貌；公會過去在何奕達理事長的帶領下，用理性的方式回應。"),), id="claim-runs-on-past-a-name-trad"),
    # A firm's report speaks for it; something else of a firm does not
    P("瑞銀的報告指出，市場將回穩。", (("瑞銀", I, "市場將回穩。"),), id="firms-report-trad"),
    # Who is asked about is no antecedent of 他
    P("孫東在一個電台節目上，被問到美國總統當選人特朗普對國家的科技限制。他指出，最好的辦法是香港融入國家發展大局。",
      (("孫東", I, "最好的辦法是香港融入國家發展大局。"),), id="asked-about-is-no-antecedent-trad"),
    P("针对网传的裁员报道，叮咚买菜方面回应称，消息不实。", (("叮咚买菜", I, "消息不实。"),), id="dingdong-side-responds-simp"),
    # The platform a firm speaks on is no speaker
    P("螞蟻集團在微博表示，關注到有機構宣稱借殼上市。", (("螞蟻集團", I, "關注到有機構宣稱借殼上市。"),), id="speaks-on-weibo-trad"),
    # 笑 between the speaker and the verb
    P("仁寶董事長許勝雄笑說，「還好你們不是問我。」", (("許勝雄", D, "還好你們不是問我。"),), id="says-with-a-smile-trad"),
    # A pronoun after a daughter is named is hers
    P("吳寶田之女吳泓瑩帶領公司。吳泓瑩不僅用實際成績展現經營實績，她僅微笑表示「這是所有同事的努力」。",
      (("吳泓瑩", D, "這是所有同事的努力"),), id="pronoun-after-a-daughter-trad"),
    # A bare 分析师 right after the one analyst named: that analyst
    P("韦德布什分析师Tom Nikic予耐克跑赢大市评级，目标价为185美元。分析师指出，耐克正处于考虑收购Peloton的初期阶段。",
      (("Tom Nikic", I, "耐克正处于考虑收购Peloton的初期阶段。"),), id="bare-analyst-after-the-named-one-simp"),
    # 但他警告说，“…”: the indirect claim ends where his next, quoted, report opens
    P("Paul Mortimer-Lee预计，英国央行将在2022年加息4次，并且明年还会再加息，但他警告说，“风险是我们可能仍然需要更高的利率”。",
      (("Paul Mortimer-Lee", I, "英国央行将在2022年加息4次，并且明年还会再加息"),
       ("Paul Mortimer-Lee", D, "风险是我们可能仍然需要更高的利率")), id="pronoun-opens-a-quotation-of-his-own-simp"),
    # 强化了预期: a noun after 了, no earlier report; the sentence's subject speaks
    P("摩根士丹利策略师Andrew Sheets表示，美股难以适应。Sheets进一步强化了预期，认为经通胀调整的收益率将回到疫情前的常态。",
      (("Andrew Sheets", I, "美股难以适应。"), ("Andrew Sheets", I, "经通胀调整的收益率将回到疫情前的常态。")),
      id="forecast-noun-then-a-verb-simp"),
    # …，而丽清则指出，…: another company's report after 而
    P("元創精密表示，已取得天際電動車款的零組件開發訂單，而麗清 (3346-TW) 則指出，LED 車頭燈的訂單能見度已較原先拉長。",
      (("元創精密", I, "已取得天際電動車款的零組件開發訂單"), ("麗清", I, "LED 車頭燈的訂單能見度已較原先拉長。")),
      id="another-company-after-but-trad"),
    # The index compiler speaks for itself
    P("至於科技指數加入美的集團H股，剔除微博。恒指公司說，所有變動下月6日收市後實施。",
      (("恒指公司", I, "所有變動下月6日收市後實施。"),), id="index-compiler-speaks-trad"),
    # 公司 after a sentence about the company's subsidiary is the company
    P("健帆生物(300529)表示，产品中选。公司子公司天津市标准生物制剂有限公司的产品也中标。公司表示，后续有信心打开市场。",
      (("健帆生物", I, "产品中选。"), ("健帆生物", I, "后续有信心打开市场。")), id="company-after-its-subsidiary-simp"),
    # 一再 / 多次 between the speaker and the verb
    P("王雪红一再强调，HTC不会放弃手机业务。", (("王雪红", I, "HTC不会放弃手机业务。"),), id="again-and-again-simp"),
    P("復盛發言人許廷儀無奈表示，「只能這樣」，但復盛有些庫存。", (("許廷儀", D, "只能這樣"),),
      id="helplessly-says-trad"),
    # A sentence in marks after a word inside the claim is the speaker's own; its full stop
    # before the closing mark ends the claim, and the next sentence is a report of its own
    P("SUMCO董事長橋本真幸表示，矽晶圓的市場環境「非常良好，好到令人困擾。」他認為晶圓仍將供不應求。",
      (("橋本真幸", I, "矽晶圓的市場環境「非常良好，好到令人困擾。」"), ("橋本真幸", D, "非常良好，好到令人困擾。"),
       ("橋本真幸", I, "晶圓仍將供不應求。")), id="sentence-in-marks-after-a-word-trad"),
    P("Aletheia的主管Nirgunan Tiruchelvam表示，DeepSeek的产品“对于硅谷的巨额资本支出是最合适方式的论点来说，存在严重问题。”",
      (("Nirgunan Tiruchelvam", D, "对于硅谷的巨额资本支出是最合适方式的论点来说，存在严重问题。"),), id="claim-mostly-a-quotation-simp"),
    P("安碁資訊總經理吳乙南出席活動。不過，吳乙南也多次指出，資安人力仍然供不應求。", (("吳乙南", I, "資安人力仍然供不應求。"),),
      id="many-times-trad"),
    # A headline's parts set apart by an ideographic space: the claim stops where another
    # speaker's part begins, and runs on where the next part is the same speaker's
    P("陳茂波稱暫未有需要加碼撥款港投　陳家齊：不少機構表達有意合作\n財經事務及庫務局局長陳家齊表示，合作理想。",
      (("陳茂波", I, "暫未有需要加碼撥款港投"), ("陳家齊", I, "合作理想。")), id="headline-part-of-another-speaker-trad"),
    P("陳美寶稱確保無縫收回大欖隧道　同步梳理新界西道路網絡車流\n運輸及物流局局長陳美寶今日出席活動。",
      (("陳美寶", I, "確保無縫收回大欖隧道　同步梳理新界西道路網絡車流"),), id="headline-parts-of-one-speaker-trad"),
    # a spokesman speaking to the press speaks for the firm named before
    P("AMD發言人向外電指，正採取一系列有針對性的措施，將資源與最大增長機會結合。",
      (("AMD", I, "正採取一系列有針對性的措施，將資源與最大增長機會結合。"),), id="spokesman-to-the-press-trad"),
    # 該行 / 該公司 stand for the firm that spoke just before, not the one the sentence between
    # is about (Traditional text as well as Simplified)
    P("大摩發表研究報告表示，長和今年盈利將增長。長和業務穩定，零售表現好。該行指出，長和估值吸引。",
      (("大摩", I, "長和今年盈利將增長。"), ("大摩", I, "長和估值吸引。")), id="the-bank-that-spoke-trad"),
    P("昱捷公司表示，技術兼具強度優勢。蘋果已帶動高階手機需求大幅提升。該公司認為，未來市場將大放異彩。",
      (("昱捷", I, "技術兼具強度優勢。"), ("昱捷", I, "未來市場將大放異彩。")), id="the-company-that-spoke-trad"),
    # 指 with no comma after it is speech right after a name or 他/她 (not 指标, 指定)
    P("千如董事長徐明恩表示，需求持續成長。徐明恩指千如將著重於輕量化，力爭領頭羊地位。",
      (("徐明恩", I, "需求持續成長。"), ("徐明恩", I, "千如將著重於輕量化，力爭領頭羊地位。")), id="zhi-after-a-name-trad"),
    P("财政司司长陈茂波表示，经济稳步复苏。他指本港出口仍受外围拖累。",
      (("陈茂波", I, "经济稳步复苏。"), ("陈茂波", I, "本港出口仍受外围拖累。")), id="zhi-after-a-pronoun-simp"),
    P("分析師楊惠宇指出，特斯拉打出一片天，Tesla已成為指標及傳奇，他的願景不只有電動車。",
      (("楊惠宇", I, "特斯拉打出一片天，Tesla已成為指標及傳奇，他的願景不只有電動車。"),), id="zhi-inside-a-claim-trad"),
    # 批评 followed by a comma reports a claim, and ends the name before it (穆勒, not 穆勒批)
    P("德國汽車工業協會主席穆勒批評，額外關稅對全球自由貿易是一種打擊。",
      (("穆勒", I, "額外關稅對全球自由貿易是一種打擊。"),), id="criticised-trad"),
    # the surname and a full title stand for the person named before (徐董事长, not 司的徐)
    P("環球晶董事長徐秀蘭表示，訂單很多。同為這兩家公司的徐董事長表示：目前供應最吃緊。",
      (("徐秀蘭", I, "訂單很多。"), ("徐秀蘭", I, "目前供應最吃緊。")), id="surname-and-full-title-trad"),
    # 至於 opens another firm's report: the first claim ends before it
    P("群益投信認為，率先受惠的是華為對手供應鏈，至於野村投信則指出，IC設計也都受惠。",
      (("群益投信", I, "率先受惠的是華為對手供應鏈"), ("野村投信", I, "IC設計也都受惠。")), id="as-for-another-speaker-trad"),
    # A public body speaks as written (no firm in the GUIDELINES); 當局 stands for the body that spoke last
    P("隧道維修工程延誤，運輸署表示，承建商須在月底前完工。當局說，會按合約向承建商追討賠償。",
      (("運輸署", I, "承建商須在月底前完工。"), ("運輸署", I, "會按合約向承建商追討賠償。")), id="public-body-then-authority-trad"),
    P("挪威央行表示，通胀回落速度慢于预期。", (("挪威央行", I, "通胀回落速度慢于预期。"),), id="central-bank-speaks-simp"),
    P("但國家統計局指出，工業品需求有所回升。", (("國家統計局", I, "工業品需求有所回升。"),), id="conjunction-before-a-body-trad"),
    P("研究院院长陈平文章称，货币政策仍需稳增长。", (("陈平", I, "货币政策仍需稳增长。"),), id="the-article-of-a-person-speaks-simp"),
    # 预计 opening a clause after the person wrote something: the writer's forecast
    P("金管局總裁余偉文在《匯思》撰文，預計有數百位金融領袖出席。", (("余偉文", I, "有數百位金融領袖出席。"),), id="forecast-after-writing-trad"),
    # The question put to the speaker does not count against the distance to the verb
    P("会上，药明康德被问及近期药明生物两家子公司被美国商务部列入UVL事件时强调，药明康德业务和运营一切正常。",
      (("药明康德", I, "药明康德业务和运营一切正常。"),), id="long-question-before-the-verb-simp"),
    # A firm's claim ends where another listed firm, printed with its code, opens a clause
    P("仁寶(2324)認為，第三季筆電出貨仍可望季增約 1 成，緯創 (3231-TW)、英業達 (2356-TW) 對第三季出貨也以持平看待。",
      (("仁寶", I, "第三季筆電出貨仍可望季增約 1 成"),), id="another-coded-firm-ends-the-claim-trad"),
    # Another firm, after a few words saying what it is and in a list, opens the next clause and speaks
    P("國際研究機構Gartner預估，智慧物聯網應用市場將強勁成長，產業老大哥研華(2395)、產值貢獻全台最大的樺漢(6414)同步表示認同，並釋出各自轉型規劃。",
      (("Gartner", I, "智慧物聯網應用市場將強勁成長"),), id="described-firms-in-a-list-end-the-claim-trad"),
    # ...but a person's words (鲍威尔的鹰派言论) inside the claim do not end it
    P("高盛经济学家们表示，薪资增速处于高位，此外本周鲍威尔的鹰派言论表明美联储的紧缩步伐将更加激进。",
      (("高盛", I, "薪资增速处于高位，此外本周鲍威尔的鹰派言论表明美联储的紧缩步伐将更加激进。"),), id="something-of-a-person-inside-the-claim-simp"),
    # Attending a meeting (行會) before speaking
    P("李家超出席行會前表示，今年香港參展商總數超過300間。", (("李家超", I, "今年香港參展商總數超過300間。"),), id="before-attending-a-meeting-trad"),
    # 曾 (once) before where the person spoke
    P("此前，茅台集团董事长丁雄军曾于2021贵州茅台酱香系列酒经销商联谊会上表示，要让茅台1935在千元级产品中成为台柱。",
      (("丁雄军", I, "要让茅台1935在千元级产品中成为台柱。"),), id="once-before-where-spoken-simp"),
    # 看好 before a comma reports a view
    P("欣技看好，2021年將是公司的「POS元年」。", (("欣技", I, "2021年將是公司的「POS元年」。"),), id="optimistic-then-comma-trad"),
    # The subject after an opening clause of circumstances (隨著…), then a view and its forecast
    P("隨著新產能陸續開出，凱崴樂觀看待下半年業績，預期第3季營收將較第2季成長20%到28%。",
      (("凱崴", I, "第3季營收將較第2季成長20%到28%。"),), id="subject-after-circumstances-then-forecast-trad"),
    # Two opening clauses of circumstances (由於…，對於…), then the subject and 也表示
    P("由於先前有了TX01申請藥證的經驗，對於TX05的藥證申請，泰福生技充滿信心，也表示會配合FDA的所有需求。",
      (("泰福生技", I, "會配合FDA的所有需求。"),), id="two-opening-clauses-then-the-subject-trad"),
    # A `!` inside a Latin brand (PAPAGO!, Yahoo!) ends no sentence: the claim runs on
    P("研勤表示，PAPAGO!導航機今年營收可望成長，Yahoo!奇摩也看好。",
      (("研勤", I, "PAPAGO!導航機今年營收可望成長，Yahoo!奇摩也看好。"),), id="exclamation-inside-a-brand-trad"),
    # A bare 央行 stands for the central bank named before with its country, though it has not spoken yet
    P("加拿大央行減息0.5厘。\n央行表示，當地上季消費者支出回升。\n不過，當局指，今季經濟增長看起來弱過預期。",
      (("加拿大央行", I, "當地上季消費者支出回升。"), ("加拿大央行", I, "今季經濟增長看起來弱過預期。")), id="bare-central-bank-after-its-full-name-trad"),
    # A person named in an opening clause (隨著特朗普…，他相信) is not what 他 stands for
    P("摩根士丹利中國首席經濟學家邢自強表示，外資看法轉向。隨著特朗普展開第二個任期，他相信，中國企業能更得心應手。",
      (("邢自強", I, "外資看法轉向。"), ("邢自強", I, "中國企業能更得心應手。")), id="name-in-an-opening-clause-is-no-antecedent-trad"),
    # 道 after a speech verb (說道, 補充道) is no 道路
    P("分析師王小明說道：「我們認為價格將上漲。」", (("王小明", D, "我們認為價格將上漲。"),), id="said-dao-trad"),
    P("Loop Capital分析師Ananda Barua指出，蘋果準備上調價格。Barua補充道：「我們認為平均售價將上漲。」",
      (("Ananda Barua", I, "蘋果準備上調價格。"), ("Ananda Barua", D, "我們認為平均售價將上漲。")), id="added-dao-latin-surname-trad"),
    P("樂士董事長陳龍發斷言，儲能是另一片藍海。", (("陳龍發", I, "儲能是另一片藍海。"),), id="asserts-trad"),
    # Taiwan's dating (今(22)日) before where the person spoke
    P("證交所董事長許璋瑤今(22)日在財委會答詢時指出，KY股主因是股價漲幅過大。",
      (("許璋瑤", I, "KY股主因是股價漲幅過大。"),), id="taiwan-date-before-where-spoken-trad"),
    # To whom, and in what, the person spoke (對…發布公開信中指出)
    P("台積電總裁魏哲家對IC設計客戶發布公開信中指出，需求趨勢不斷成長。",
      (("魏哲家", I, "需求趨勢不斷成長。"),), id="to-whom-and-in-what-trad"),
    # guard (passes before and after): 對於 (as for) is a topic, not to whom the person spoke
    P("聚碩總經理李昌鴻對於未來雲端領域十分看好，他表示，聚碩將受惠。", (("李昌鴻", I, "聚碩將受惠。"),),
      id="as-for-is-a-topic-trad"),
    # An association named in full speaks as written; 中消協 is a curated firm
    P("廣東省房地產行業協會表示，房企要合理控制金融槓桿。", (("廣東省房地產行業協會", I, "房企要合理控制金融槓桿。"),),
      id="association-speaks-as-written-trad"),
    P("中消协表示，汽车投诉量大幅提升。", (("中消协", I, "汽车投诉量大幅提升。"),), id="consumer-association-short-name-simp"),
    # With no firm in the story, 發言人 and 公告 stand for the public body that spoke last
    P("金管局又指，本港利率仍可能處於較高水平。\n發言人提到，本港金融市場運作維持暢順。",
      (("金管局", I, "本港利率仍可能處於較高水平。"), ("金管局", I, "本港金融市場運作維持暢順。")), id="spokesman-of-the-body-that-spoke-trad"),
    P("財政部表示，將發行國債。\n公告指，具體發行規模安排將由CMU公布。",
      (("財政部", I, "將發行國債。"), ("財政部", I, "具體發行規模安排將由CMU公布。")), id="notice-of-the-body-that-spoke-trad"),
    # An outlet's dateline after its price and code (同花顺(139.880,…)（300033）金融研究中心…讯): 公司 is the company asked
    P("同花顺(139.880,-1.01,-0.72%)（300033）金融研究中心11月3日讯，有投资者向斯莱克（300382）提问，请问公司是否有氢燃料布局？\n公司回答表示，已经有了初步布局。",
      (("斯莱克", I, "已经有了初步布局。"),), id="dateline-after-price-and-code-simp"),
    # A title, a name and 的采访 (an interview): a person, who speaks next by name and as 他
    P("电视台播放了对总统托卡耶夫的采访。托卡耶夫表示，哈萨克斯坦有能力独立调查。他指出，声明是不客观的。",
      (("托卡耶夫", I, "哈萨克斯坦有能力独立调查。"), ("托卡耶夫", I, "声明是不客观的。")), id="title-name-interview-simp"),
    # A body not_firms.tsv lists (世界銀行, 國際能源署) speaks as written, alone or with where it spoke
    P("世界銀行表示，全球經濟增長放緩。世行又指，通脹仍高。",
      (("世界銀行", I, "全球經濟增長放緩。"), ("世行", I, "通脹仍高。")), id="listed-international-body-speaks-trad"),
    P("國際貨幣基金組織在報告中表示，全球經濟增長放緩。", (("國際貨幣基金組織", I, "全球經濟增長放緩。"),), id="listed-body-where-spoken-trad"),
    # A public body, then when it spoke (回覆本台查詢時); 當局 and 局方 then stand for it
    P("房屋局回覆本台查詢時表示，估計有9.4萬個單位為中小型單位。\n當局預計，未來數月將有9幅住宅用地轉為熟地。\n局方表示，相信供應量將維持在較高水平。",
      (("房屋局", I, "估計有9.4萬個單位為中小型單位。"), ("房屋局", I, "未來數月將有9幅住宅用地轉為熟地。"),
       ("房屋局", I, "相信供應量將維持在較高水平。")), id="public-body-when-it-answered-trad"),
    # A court speaks as written
    P("上海破产法庭发布公告称，现面向社会公开招募意向重整投资人。", (("上海破产法庭", I, "现面向社会公开招募意向重整投资人。"),),
      id="court-speaks-as-written-simp"),
    # A public body's spokesman speaks for the body (運輸署發言人表示), not the firm named before
    P("九巴及城巴申請加價。運輸署發言人表示，部分專營巴士營辦商在今年較早前申請調整票價。",
      (("運輸署", I, "部分專營巴士營辦商在今年較早前申請調整票價。"),), id="body-spokesman-trad"),
    # (once a not-a-quote row, when the body could not be named; annotators name it: 運輸署 for 運輸署發言人)
    P("外交部發言人表示，會繼續跟進。", (("外交部", I, "會繼續跟進。"),), id="government-spokesman-is-no-firm-trad"),
    # A name ending in 地 before the verb (顧宏地表示) is no adverb (感性地說)
    P("小鵬汽車聯席總裁顧宏地表示，公司有望在明年稍後時間收支平衡。", (("顧宏地", I, "公司有望在明年稍後時間收支平衡。"),),
      id="name-ending-in-di-before-the-verb-trad"),
    # A body answering a question (運輸署回覆查詢表示) speaks
    P("運輸署回覆查詢表示，紅色公共小巴路線直接轉為綠色專線小巴路線營運。",
      (("運輸署", I, "紅色公共小巴路線直接轉為綠色專線小巴路線營運。"),), id="body-answering-a-question-trad"),
    # A chain of titles joined by 及 before the name; the firm's officer, past the subject reach, speaks
    P("英中貿易協會主席及滙豐高級顧問古沛勤，在香港總商會國際商業高峰論壇上表示，西方政客對華鷹派立場未必理性。",
      (("古沛勤", I, "西方政客對華鷹派立場未必理性。"),), id="chain-of-titles-with-ji-trad"),
    # 董事会 is the board of the company making the announcement, not of a firm it names since
    P("【财华社讯】蓝港互动(08267-HK)公布，于2019年8月19日，公司已指示汇聚信托有限公司为受托人协助管理受限制股份单位。\n公司董事会相信，公司目前的财务资源充裕。",
      (("蓝港互动", I, "公司目前的财务资源充裕。"),), id="board-of-the-announcing-company-simp"),
    P("【财华社讯】百信国际(00574-HK)公布，主席陈燕飞离任，原因为陈先生为嘉宝有限公司之债务提供担保，而嘉宝无法按时处理债务。\n董事会认为，公司业务将继续正常营运。",
      (("百信国际", I, "公司业务将继续正常营运。"),), id="board-not-the-firm-of-the-last-clause-simp"),
    # A dotted foreign name after a verb (任命) and its Latin gloss: the person speaks later
    P("美高梅国际酒店集团任命比尔·霍恩巴克（Bill Hornbuckle）为新任总裁。\n霍恩巴克周三表示，美高梅45%的员工已被召回工作岗位。",
      (("比尔·霍恩巴克", I, "美高梅45%的员工已被召回工作岗位。"),), id="dotted-name-after-a-verb-speaks-simp"),
    # Once a US listing is named, its bare symbol is that company (LVS)
    P("拉斯維加斯金沙集團（LVS）公布業績。\nLVS表示，旗下業務表現良好。",
      (("拉斯維加斯金沙", I, "旗下業務表現良好。"),), id="bare-us-symbol-of-a-named-listing-trad"),
    # A two-character name found elsewhere (張捷表示) and opening a sentence is the person a later 他 refers to
    P("張捷曾任券商研究員。\n他以多年實戰經驗指出，買進股票波段投資有一個重要的前提。\n張捷表示，資料夾要消耗上千張紙。",
      (("張捷", I, "買進股票波段投資有一個重要的前提。"), ("張捷", I, "資料夾要消耗上千張紙。")), id="two-character-name-then-he-trad"),
    # A Hong Kong bureau whose name holds 及 speaks; 局方 answering a legislator in writing is that bureau
    P("運輸及物流局表示，政府會在新發展區打造現代物流圈。\n局方書面回覆議員提問表示，當局已在葵青貨櫃碼頭周邊物色4幅物流用地。",
      (("運輸及物流局", I, "政府會在新發展區打造現代物流圈。"), ("運輸及物流局", I, "當局已在葵青貨櫃碼頭周邊物色4幅物流用地。")),
      id="bureau-with-ji-and-its-written-answer-trad"),
    P("政府統計處表示，每年首兩個月的消費物價一般會受農曆新年時間的影響。",
      (("政府統計處", I, "每年首兩個月的消費物價一般會受農曆新年時間的影響。"),), id="statistics-department-speaks-trad"),
    # A body ending in 中心 (住都中心, 衞生防護中心) speaks as written
    P("國家住都中心表示，本案預估投資總額高達84億元。", (("國家住都中心", I, "本案預估投資總額高達84億元。"),), id="centre-speaks-trad"),
    # 告诉 + the one told + a comma opens a claim
    P("对此，DaDa创始人郅慧告诉界面教育，收购消息不属实。", (("郅慧", I, "收购消息不属实。"),), id="tells-someone-then-a-claim-simp"),
    # A public body's report speaks for it
    P("金發局報告預計，內地的碳市場將增至100億美元。", (("金發局", I, "內地的碳市場將增至100億美元。"),), id="body-report-speaks-trad"),
    # A status-marked short name (*ST界龍) is the one A share whose name starts so, and speaks as written
    P("原标题：*ST界龙(2.030,-0.05,-1.23%)公告，第一大股东界龙集团解除质押。\n*ST界龙表示，业务正常。",
      (("*ST界龙", I, "第一大股东界龙集团解除质押。"), ("*ST界龙", I, "业务正常。")), id="status-marked-short-name-speaks-simp"),
    # A department ending in 總署 speaks (not only 署: 內部, 總部 stay no bodies)
    P("地政總署表示，中午截標的住宅地一共收到6份標書。", (("地政總署", I, "中午截標的住宅地一共收到6份標書。"),), id="department-ending-in-zongshu-trad"),
    # 發言人表示 again and again: the public body whose spokesman spoke first, however long the story runs
    P("發展局發言人表示，大學城用地的定位不單是希望吸引本地大學設立分校，而是要吸引内地和海外知名大學成立分校和提供品牌課程，以鞏固香港成為國際教育樞紐。大學城用地亦會預留發展第三間醫學院的校舍。\n"
      "牛潭尾約六成是私人用地，大約有1300名村民、約20公頃棕地作業受收地影響。\n"
      "發言人表示，現時主力工作是土地規劃，在完成技術研究、詳細設計後，才會就整個項目有比較堅實的估算，包括銀碼以及工程攤分年期。"
      "牛潭尾約六成是私人用地，大約有1300名村民、約20公頃棕地作業受收地影響，最近完成粉嶺北兩個個案的原址換地。\n"
      "對於項目預計新增1.2至1.3萬個住宅單位，發言人表示，主要是私人住宅，暫不考慮加入「首置項目」。",
      (("發展局", I, "大學城用地的定位不單是希望吸引本地大學設立分校，而是要吸引内地和海外知名大學成立分校和提供品牌課程，以鞏固香港成為國際教育樞紐。"),
       ("發展局", I, "現時主力工作是土地規劃，在完成技術研究、詳細設計後，才會就整個項目有比較堅實的估算，包括銀碼以及工程攤分年期。"),
       ("發展局", I, "主要是私人住宅，暫不考慮加入「首置項目」。")), id="spokesman-again-is-the-body-trad"),
    # guard: 預計由…起, a time the plan starts from, is still a claim
    P("城巴預計由日間服務頭班車起，將維持個別連接機場路線的有限度服務。", (("城巴", I, "由日間服務頭班車起，將維持個別連接機場路線的有限度服務。"),),
      id="expects-from-a-time-trad"),
    # With no body speaking before, 當局 stands for the government body named before it (a
    # bureau that approved something); 政府 names no body
    P("文化體育及旅遊局公布，批准新世界發展出售股權。\n當局表示，今年9月，啟德體育園有限公司向政府提出申請。",
      (("文化體育及旅遊局", I, "今年9月，啟德體育園有限公司向政府提出申請。"),), id="authority-after-a-bureau-that-approved-trad"),
    # 中證監 (the mainland's securities regulator, as Hong Kong writes it) speaks as written,
    # and its report ends the outlet's claim before it
    P("路透引述消息人士指，中證監在10月份會議上表示，正努力加快海外上市個案審批。",
      (("中證監", I, "正努力加快海外上市個案審批。"),), id="csrc-hong-kong-form-trad"),
    # A full stop right before a closing mark ends the sentence: what follows is a new report
    P("德国联邦网络局局长霍曼表示，该项目已经成立了一家子公司，“但还缺少下一步的步骤。”他预计在今年夏季之前，不会做出审批决定。",
      (("霍曼", I, "该项目已经成立了一家子公司，“但还缺少下一步的步骤。”"), ("霍曼", D, "但还缺少下一步的步骤。"),
       ("霍曼", I, "在今年夏季之前，不会做出审批决定。")), id="full-stop-inside-closing-mark-ends-the-claim-simp"),
    # A stance reports nothing, so the sentence's subject speaks through the verb after it
    P("新西兰总理阿德恩表示，火山不排除再次喷发。阿德恩对火山灰污染水源表示担忧，并指出当地物资的供应可能短缺。",
      (("阿德恩", I, "火山不排除再次喷发。"), ("阿德恩", I, "当地物资的供应可能短缺。")), id="stance-then-another-verb-simp"),
    # An office (辦公室, 辦) and Taiwan's commissions named short speak as public bodies
    P("中央財經委員會辦公室表示，地方債務風險正得到緩解。\n中央財辦又指，中央政府負債率屬較低水平。",
      (("中央財經委員會辦公室", I, "地方債務風險正得到緩解。"), ("中央財辦", I, "中央政府負債率屬較低水平。")), id="office-speaks-trad"),
    P("中央财经委员会办公室表示，地方债务风险正得到缓解。\n中央财办又指，中央政府负债率属较低水平。",
      (("中央财经委员会办公室", I, "地方债务风险正得到缓解。"), ("中央财办", I, "中央政府负债率属较低水平。")), id="office-speaks-simp"),
    P("公平會今日開罰兩家業者。公平會指出，國內油品市場屬寡占市場。",
      (("公平會", I, "國內油品市場屬寡占市場。"),), id="taiwan-commission-speaks-trad"),
    # 當庭 (in court) between the speaker and the verb; 服從 opens a claim (說服 is to persuade)
    P("法院宣判後，董宏當庭表示服從法院判決，不上訴。", (("董宏", I, "服從法院判決，不上訴。"),), id="in-court-and-obey-trad"),
    # 估 before a comma reports an estimate
    P("旭富估，第二季新廠僅小量生產出貨，本季營收將往下修正。", (("旭富", I, "第二季新廠僅小量生產出貨，本季營收將往下修正。"),), id="estimates-before-a-comma-trad"),
    # A claim ends where 法人 speaks (after 人, the verb is still a verb), or the company speaks again
    P("良得電表示，今年已兩度通知客戶漲價；法人預期，公司本季營收可望創高。", (("良得電", I, "今年已兩度通知客戶漲價"),), id="institutions-expect-after-a-semicolon-trad"),
    P("湧德表示，產品陸續漲價，第一季毛利率預期優於去年同期，法人預估，第一季毛利率將高於18%。",
      (("湧德", I, "產品陸續漲價，第一季毛利率預期優於去年同期"),), id="institutions-estimate-after-a-comma-trad"),
    P("志豐副總經理葉方瑜表示，疫情導致客戶延後推出新產品；公司亦表示，目前不考慮實施庫藏股。",
      (("葉方瑜", I, "疫情導致客戶延後推出新產品"), ("志豐", I, "目前不考慮實施庫藏股。")), id="the-company-speaks-after-a-semicolon-trad"),
    # The short form of a named listing speaks for it
    P("空壓機大廠力達-KY（4552）公布營收。力達說，公司將會緊盯疫情及原物料價格變化。",
      (("力達-KY", I, "公司將會緊盯疫情及原物料價格變化。"),), id="short-form-speaks-trad"),
    # Through what the speaker spoke, between the name and the verb
    P("董事長王明通過視訊表示，今年營收將成長。", (("王明", I, "今年營收將成長。"),), id="spoke-through-video-trad"),
    # A reporter credited for a photo is no antecedent of 他, in any of his mentions
    P("本報記者 李文濤    本報編輯 周青\n研究院副教授王海明在論壇上發言，談到科創板的未來。\n王海明進行分享 圖片來源：本報記者 李文濤 攝\n他進一步表示，併購市場將更活躍。",
      (("王海明", I, "併購市場將更活躍。"),), id="photo-credit-is-no-antecedent-trad"),
    # The story's own report of the stock's trading today (今天盤中, 今(9)日股價) ends the claim,
    # with the circumstance that opens it (在…下)
    P("信錦表示，下半年出貨可望優於上半年，在訂單能見度拉長下，信錦今天盤中股價攻上漲停。",
      (("信錦", I, "下半年出貨可望優於上半年"),), id="todays-trading-ends-the-claim-trad"),
    P("總經理陳志明指出，罷工對營運影響有限，今（9）日股價仍開低走低。",
      (("陳志明", I, "罷工對營運影響有限"),), id="todays-price-ends-the-claim-trad"),
    # The one cited (引述…李雲澤表示) is no antecedent: 她 is the one who cited him
    P("證監會行政總裁梁鳳儀出席峰會時，引述總局局長李雲澤表示，內地機構有一半海外資產透過香港持有。她認為，香港需要繼續透過各項措施配合。",
      (("李雲澤", I, "內地機構有一半海外資產透過香港持有。"), ("梁鳳儀", I, "香港需要繼續透過各項措施配合。")), id="cited-person-is-no-antecedent-trad"),
    # A weekday and 由 (led by) open the story's report of the day's trading: the claim ends before it
    P("彩晶表示，下半年是傳統旺季，產線維持滿產，週三由群創、彩晶漲停領軍。",
      (("彩晶", I, "下半年是傳統旺季，產線維持滿產"),), id="weekday-trading-ends-the-claim-trad"),
    # Stop 39. Investors of a firm and a source close to it are unnamed: the firm does not speak
    P("據一位特斯拉投資者透露，特斯拉正在開發新的車載軟體商店。", ((None, I, "特斯拉正在開發新的車載軟體商店。"),),
      id="a-firms-investor-is-not-the-firm-trad"),
    P("對於華安基金前總經理接受調查一事，接近該公司的知情人士稱，前高管被查不會影響公司正常營運。", ((None, I, "前高管被查不會影響公司正常營運。"),),
      id="source-close-to-the-firm-trad"),
    # guard (passes before and after): a firm's analyst speaks for the firm
    P("中信證券分析師表示，特斯拉可能開發新軟體。", (("中信證券", I, "特斯拉可能開發新軟體。"),), id="firms-analyst-speaks-for-it-trad"),
    # The story's own report of today's share price ends the claim (今股價於盤上)
    P("董事長王文雄表示，集團將加速轉型升級，今股價於盤上小漲，大立光(3008)小跌1%。", (("王文雄", I, "集團將加速轉型升級"),),
      id="todays-share-price-ends-the-claim-trad"),
    # A public body and its speech verb after a comma open a report of their own
    P("路透社稱，俄方已開始撤離外交官和家屬，烏克蘭外交部當天表示，尚未收到相關信息。",
      (("路透社", I, "俄方已開始撤離外交官和家屬"), ("烏克蘭外交部", I, "尚未收到相關信息。")), id="public-body-reports-after-a-comma-trad"),
    # The market's view after its own comma ends the claim before it
    P("英特爾坦言感受龐大競爭壓力，市場預期，晶片雙雄之爭仍將延燒。", (("英特爾", I, "感受龐大競爭壓力"),), id="market-expects-after-a-claim-trad"),
    # guards (pass before and after): four characters ending at another speaker's comma are a
    # claim; a trade acting on the government's call (亦會因應政府呼籲) is no body's report
    P("指揮官陳時中坦言情況告急，高端疫苗9日證實，目前到貨量已經有35萬劑。",
      (("陳時中", I, "情況告急"), ("高端疫苗", I, "目前到貨量已經有35萬劑。")), id="four-character-claim-before-another-speaker-trad"),
    P("商經局局長丘應樺指出，旅發局及機管局會配合，酒店業界亦會因應政府呼籲增加資源。",
      (("丘應樺", I, "旅發局及機管局會配合，酒店業界亦會因應政府呼籲增加資源。"),), id="trade-acting-on-a-call-trad"),
    # A day before a public body is no part of its name
    P("台股今天上漲。近日竹科管理局證實，已通過新建新廠案。", (("竹科管理局", I, "已通過新建新廠案。"),), id="day-before-a-public-body-trad"),
    # Stop 42. The occasion without 在 (日前法說會中) between a person and the verb
    P("總經理林映碩日前法說會中強調，車用鏡頭所需數量已達8顆。", (("林映碩", I, "車用鏡頭所需數量已達8顆。"),), id="occasion-without-at-trad"),
    P("台積電總裁魏哲家日前法說會指出，先進製程需求持續強勁。", (("魏哲家", I, "先進製程需求持續強勁。"),), id="investor-conference-without-at-trad"),
    # A term in marks whose length is mostly its bracketed abbreviation opens the claim
    P("安克指出，「阻塞型睡眠呼吸中止症(OSA)」不僅危及自身健康，更造成社會經濟負擔。",
      (("安克", I, "「阻塞型睡眠呼吸中止症(OSA)」不僅危及自身健康，更造成社會經濟負擔。"),), id="term-with-abbreviation-opens-the-claim-trad"),
    # What the company is (飯店業龍頭) before its name and officer: the officer opens the sentence
    P("飯店業龍頭晶華(2707)董事長潘思亮上周在股東會中罕見撂重話，示警觀光產業恐爆發倒閉潮。",
      (("潘思亮", I, "觀光產業恐爆發倒閉潮。"),), id="company-kind-before-the-subject-trad"),
    # 這次 (this time) between the speaker and the verb
    P("董事長潘思亮出席股東會。潘思亮這次示警，國際產業不排除出現倒閉潮。", (("潘思亮", I, "國際產業不排除出現倒閉潮。"),),
      id="this-time-before-the-verb-trad"),
    # A firm's desk in capitals (FICC) before the title: the firm speaks, not the desk
    P("中信证券FICC首席分析师表示，预计货币政策将保持独立性。", (("中信证券", I, "预计货币政策将保持独立性。"),), id="firms-desk-in-capitals-simp"),
    # A group, then what it owns (台塑集團旗下…福懋科): 公司 is the company, not the group
    P("台塑集團旗下記憶體封測廠福懋科(8131)營運穩健回溫，公司預期營運表現可望穩步好轉。",
      (("福懋科", I, "營運表現可望穩步好轉。"),), id="company-owned-by-a-group-speaks-trad"),
    # A verb inside a phrase in marks (「符合預期」) is no earlier report: the subject speaks again
    P("中磊總經理王煒給出了「符合預期」的評語，並強調這代表著全球寬頻接入需求依然十分旺盛。",
      (("王煒", I, "這代表著全球寬頻接入需求依然十分旺盛。"),), id="verb-inside-a-marked-phrase-trad"),
    # 會後 (after the meeting) between the speaker and the verb; guard: 在會上 stays a place
    P("欣巴巴(9906)召開股東會，董事長黃烱輝會後指出，剛性首購需求湧現。", (("黃烱輝", I, "剛性首購需求湧現。"),), id="after-the-meeting-trad"),
    P("崇越電董事長潘振成在會上表示，疫情仍是最大變數。", (("潘振成", I, "疫情仍是最大變數。"),), id="at-the-meeting-trad"),
    # A person opening the clause right before is the subject, whatever the sentence opened with
    P("中磊半年報出爐，第一季EPS 0.56元，對於上半年的表現，中磊總經理王煒給出了正面評語，並強調全球寬頻需求依然旺盛。",
      (("王煒", I, "全球寬頻需求依然旺盛。"),), id="person-opens-the-clause-before-trad"),
    P("二级巡视员何鹏通报说，天津市新增18例本土病例。", (("何鹏", I, "天津市新增18例本土病例。"),), id="reports-then-says-simp"),
    # Stop 43. A Taiwan name the story prints with its code speaks wherever it stands, whatever market the cue words point to
    P("工業電腦廠新漢 (8234-TW) 今日公告，子公司將終止掛牌。新漢解釋，北京興漢未來將規劃至科創板或創業板掛牌。",
      (("新漢", I, "子公司將終止掛牌。"), ("新漢", I, "北京興漢未來將規劃至科創板或創業板掛牌。")), id="coded-name-speaks-in-a-story-with-mainland-cues-trad"),
    # Answering investors' questions, between the speaker and the verb
    P("聖暉(5536)總經理賴銘崑昨日表示，產能滿載。賴銘崑答覆投資人提問指出，子公司上市案已遞件申請。",
      (("賴銘崑", I, "產能滿載。"), ("賴銘崑", I, "子公司上市案已遞件申請。")), id="answering-investors-trad"),
    # A filing's numbered field opens the sentence; the firm after it (its registered name's short form) speaks
    P("卓越(2496)公告子公司陳立教育事業股份有限公司停課。6.因應措施:　陳立教育針對各分校，強調停課不停學，學生可透過雲端課程學習。",
      (("陳立教育事業股份有限公司", I, "停課不停學，學生可透過雲端課程學習。"),), id="filing-field-then-the-speaker-trad"),
    # Stop 44. 公司秘书 titles the speaker; 早些时候 (earlier) between the speaker and where they spoke
    P("浪潮国际（00596.HK）公司秘书邹波在本次活动上表示，公司2018年收购天元通信后，业务进一步拓展。",
      (("邹波", I, "公司2018年收购天元通信后，业务进一步拓展。"),), id="company-secretary-speaks-simp"),
    P("伊朗外交部长侯赛因·阿米尔·阿卜杜拉欣早些时候在接受半岛电视台采访时透露，伊朗已与沙特官员举行了四轮会谈。",
      (("侯赛因·阿米尔·阿卜杜拉欣", I, "伊朗已与沙特官员举行了四轮会谈。"),), id="earlier-then-where-spoken-simp"),
    # A registered firm's stem speaks after where it spoke (在年報中)
    P("众泰汽车公布了财报。众泰在年报中也指出，2019年营业总收入下滑。", (("众泰汽车", I, "2019年营业总收入下滑。"),), id="stem-speaks-in-its-report-simp"),
    # A stance (審慎樂觀) or the company's own meeting (今日舉行股東會) before a forecast: the company's outlook
    P("對於2021年的營運，崑鼎(8931)審慎樂觀，預期，核心事業仍會穩定成長。", (("崑鼎", I, "核心事業仍會穩定成長。"),), id="cautious-optimism-then-forecast-trad"),
    P("成霖(9934)今日舉行股東會，公司墨西哥廠製程優化，預期今年第3季起將出現獲利。", (("成霖", I, "今年第3季起將出現獲利。"),), id="own-meeting-then-forecast-trad"),
    # Stop 44, second round. 法說會 holds no verb (說) that would give the sentence to another speaker
    P("順藥(6535)下午舉行法說會，也表示將持續與學界合作。", (("順藥", I, "將持續與學界合作。"),), id="investor-conference-holds-no-verb-trad"),
    # 說明 + the matter explained (第3季展望) reports nothing; the company's words follow
    P("大立光將於7月8日舉行法說會，公布第2季財報，並說明第3季展望，隨著客戶新機開始拉貨，大立光表示，7月拉貨動能看起來比6月好。",
      (("大立光", I, "7月拉貨動能看起來比6月好。"),), id="explains-the-outlook-then-the-company-speaks-trad"),
    # Stop 45. A four-character name without the place opening it (台灣高鐵 → 高鐵) speaks for it
    P("台灣高鐵 (2633-TW) 今 (19) 日宣布，苗栗通霄路段明日起恢復雙線雙向運轉。高鐵指出，已完成邊坡的穩固措施。",
      (("台灣高鐵", I, "已完成邊坡的穩固措施。"),), id="name-without-its-place-speaks-trad"),
    # What the speaking was about (針對營運) stands between the speaker and the verb
    P("泰豐總經理陳重義則針對營運表示，美國課徵反傾銷稅率，確實對接單造成衝擊。",
      (("陳重義", I, "美國課徵反傾銷稅率，確實對接單造成衝擊。"),), id="topic-before-the-verb-trad"),
    # …but a paper's report inside 針對 speaks (guard: passes before and after)
    P("針對美國《紐約時報》此前援引匿名消息來源報導稱，俄羅斯已開始從烏克蘭撤離外交官和家屬，烏克蘭外交部當天表示，尚未收到俄方的信息。",
      (("紐約時報", I, "俄羅斯已開始從烏克蘭撤離外交官和家屬"), ("烏克蘭外交部", I, "尚未收到俄方的信息。")), id="report-inside-regarding-trad"),
    # A report inside 繼…後 (following …) ends where the frame does
    P("繼日前Coinbase表示將購買5億美元的加密貨幣並納入資產負債表後，線上支付巨擘PayPal宣布，將在英國開放用戶購買加密貨幣。",
      (("Coinbase", I, "將購買5億美元的加密貨幣並納入資產負債表"),), id="report-inside-following-on-trad"),
    # Stop 45, second round. A speech verb after `name (Latin name)`, the Latin form being the
    # one the lists know (it was a known miss); 接受彭博訪談時 (in an interview) is where it was said
    P("方舟投資創辦人伍德 (Cathie Wood)表示，特斯拉仍被低估。她認為，自動駕駛將帶來巨大價值。",
      (("伍德", I, "特斯拉仍被低估。"), ("伍德", I, "自動駕駛將帶來巨大價值。")), id="verb-after-bracketed-alias-trad"),
    P("方舟投资创始人伍德 (Cathie Wood)表示，特斯拉仍被低估。她认为，自动驾驶将带来巨大价值。",
      (("伍德", I, "特斯拉仍被低估。"), ("伍德", I, "自动驾驶将带来巨大价值。")), id="verb-after-bracketed-alias-simp"),
    P("超微 (AMD-US) 執行長蘇姿丰（Lisa Su）周三（19 日）接受彭博訪談時表示，預計超微晶片供應狀況有望在今年內改善。",
      (("蘇姿丰", I, "預計超微晶片供應狀況有望在今年內改善。"),), id="bracketed-name-then-an-interview-trad"),
    # 預言 (predicts) reports a claim; 致歉 (apologising) stands between the speaker and the verb
    P("第一金投顧董事長陳奕光則預言，資金行情下，不只五千金，台股將出現六千金。",
      (("陳奕光", I, "資金行情下，不只五千金，台股將出現六千金。"),), id="predicts-trad"),
    P("生泰 (1777-TW) 昨 (20) 日召開重訊，董事長蕭振明致歉表示，公司秉持原料藥品質保證，但很遺憾廠區發生火災。",
      (("蕭振明", I, "公司秉持原料藥品質保證，但很遺憾廠區發生火災。"),), id="apologising-then-the-verb-trad"),
    # Stop 46. Names joined before the verb each say it (台橡、中橡指出; 銀娛及嘉華…指)
    P("不過，台橡、中橡指出，下半年營運仍可呈穩定中成長。",
      (("台橡", I, "下半年營運仍可呈穩定中成長。"), ("中橡", I, "下半年營運仍可呈穩定中成長。")), id="joined-firms-speak-trad"),
    P("台橡（2103）、國際中橡（2104）認為，歐美市場解封，對整體需求仍有成長。",
      (("台橡", I, "歐美市場解封，對整體需求仍有成長。"), ("國際中橡", I, "歐美市場解封，對整體需求仍有成長。")),
      id="joined-firms-with-codes-speak-trad"),
    P("银娱及嘉华发公告指，对吕志和辞世表示最深切哀悼。",
      (("银娱", I, "对吕志和辞世表示最深切哀悼。"), ("嘉华", I, "对吕志和辞世表示最深切哀悼。")), id="joined-firms-announce-simp"),
    # 致開幕辭 (opening address) stands between the speaker and the verb; 表態, then a comma, reports
    P("律政司司長林定國致開幕辭表示，大灣區要充分釋放發展動能。",
      (("林定國", I, "大灣區要充分釋放發展動能。"),), id="opening-address-then-the-verb-trad"),
    P("國內最大餐飲集團王品 (2727-TW) 已表態，決定全台門店暫緩開放內用，仍僅提供外帶服務。",
      (("王品", I, "決定全台門店暫緩開放內用，仍僅提供外帶服務。"),), id="states-its-position-trad"),
    # 據悉 (it is learnt) ends the speaker's claim; 經營高層 (management) speaks for the firm
    P("紡織廠嘉裕 (1417-TW) 拿下標案大單，副董事長陳伯鏞表示，今年是充滿希望的一年；據悉，嘉裕的轉型效益將逐步顯現，"
      "經營高層透露，今年本業將擺脫虧損。",
      (("陳伯鏞", I, "今年是充滿希望的一年"), ("嘉裕", I, "今年本業將擺脫虧損。")), id="hearsay-ends-the-claim-trad"),
    # A quotation, then the firm's spokesman (的发言人说道)
    P("“INLT是一支小团队。我们很高兴与他们合作，”亚马逊的发言人说道。",
      (("亚马逊", D, "INLT是一支小团队。我们很高兴与他们合作，"),), id="quotation-then-a-firms-spokesman-simp"),
    # Stop 46, second round. 公司 is the firm the sentence opens with, after what it is (連接線廠凡甲),
    # not its customers named later
    P("連接線廠凡甲（3526）近二年來伺服器營收占比都有5成上下，連接器主要客戶都是FaceBook、Amazon和微軟等知名大廠，"
      "公司近期表示今年Server業務可以成長30%。",
      (("凡甲", I, "今年Server業務可以成長30%。"),), id="company-after-what-it-is-trad"),
    # Stop 47. A report that opens the next paragraph after the verb's comma; 看好 with 回穩
    # (steadying) after its object; 表態 right before quotation marks, a day between it and the name
    P("福貞表示，\n\n隨著近幾年積極對鋁罐的產能擴充，未來二片式鋁罐營收將逐月提升佔比。",
      (("福貞", I, "隨著近幾年積極對鋁罐的產能擴充，未來二片式鋁罐營收將逐月提升佔比。"),), id="report-opens-the-next-paragraph-trad"),
    P("展望2021年，為升看好傳統AM內裝開關及TPMS事業逐步回穩，加上毫米波新訂單同步放量。",
      (("為升", I, "傳統AM內裝開關及TPMS事業逐步回穩，加上毫米波新訂單同步放量。"),), id="optimistic-about-a-steadying-trad"),
    P("随着美联储主席鲍威尔日前表态“上调利率空间很大”，美联储将在3月正式启动加息的预期升温。",
      (("鲍威尔", D, "上调利率空间很大"),), id="stance-in-quotation-marks-simp"),
    # A person joined to the speaker with a title between (及總經理林之晨) says it too; 其他業者
    # (other players) is a group, no 其 or 他 standing for the person named before; 公開 (publicly)
    # between a speaker and the verb
    P("台灣大（3045）董事長蔡明忠曾公開呼籲。台灣大蔡明忠及總經理林之晨均曾多次呼籲龍頭中華電信應負責主導3G共用平台。",
      (("蔡明忠", I, "龍頭中華電信應負責主導3G共用平台。"), ("林之晨", I, "龍頭中華電信應負責主導3G共用平台。")),
      id="joined-person-with-a-title-trad"),
    P("台灣大董事長蔡明忠曾公開呼籲希望中華電信主導共用平台。其他業者多表示採取開放心態，但各有盤算。",
      (("蔡明忠", I, "希望中華電信主導共用平台。"), (None, I, "採取開放心態，但各有盤算。")),
      id="other-players-are-a-group-trad"),
    # Stop 47, second round. A firm's verb inside what an unnamed source reports is told by that
    # source: the analysts speak, not the company
    P("分析師指出，三福化預計有近3億顯影劑工程訂單在手，下半年另外尚有不少工程收入進帳。",
      ((None, I, "三福化預計有近3億顯影劑工程訂單在手，下半年另外尚有不少工程收入進帳。"),), id="firm-inside-an-unnamed-report-trad"),
    # (a guard: a public body inside what 當局 reports still speaks for itself)
    P("當局建議，賦權屋宇署要求會面進行搜查，讓署方有足夠調查搜證權力，發展局發言人說，這個做法同樣適用於處理涉及僭建物的個案。",
      ((None, I, "賦權屋宇署要求會面進行搜查，讓署方有足夠調查搜證權力，發展局發言人說，這個做法同樣適用於處理涉及僭建物的個案。"),
       ("發展局", I, "這個做法同樣適用於處理涉及僭建物的個案。")), id="public-body-inside-the-authorities-report-trad"),
    # Stop 48. A long Latin firm name and title between a quotation and its speaker (a Latin word
    # counts as one character of the reach)
    P("“风险资产的回调在FOMC会议前减弱，”NBC Financial Markets Asia分析师David Lu表示。",
      (("David Lu", D, "风险资产的回调在FOMC会议前减弱，"),), id="quotation-then-latin-firm-and-speaker-simp"),
    # Stop 48. 就此 (on this) between a speaker and the verb is no part of the name
    P("首席执行官李四就此回应称，媒体获得的信息是不完整的。", (("李四", I, "媒体获得的信息是不完整的。"),), id="on-this-before-the-verb-simp"),
    P("CEO John Foley就此回应称媒体获得的信息是不完整的，没有反映出公司的战略。",
      (("John Foley", I, "媒体获得的信息是不完整的，没有反映出公司的战略。"),), id="on-this-after-a-latin-name-simp"),
    # Stop 48. What kind of group a firm is, before its name, then the day it announced
    P("香港餐饮集团富临集团控股(01443-HK)于9月17日晚间发布盈警，预期截至2019年9月30日止6个月集团将录得除税前亏损。",
      (("富临集团控股", I, "截至2019年9月30日止6个月集团将录得除税前亏损。"),), id="kind-of-group-before-the-announcer-simp"),
    # Posting on a social network between the speaker and the verb
    P("10月20日晚间，李奇霖发布朋友圈称：“某公众号涉及本人的为不实消息。”",
      (("李奇霖", D, "某公众号涉及本人的为不实消息。"),), id="posted-on-moments-then-says-simp"),
    # Taiwan's clearing house by its short name
    P("集保表示，3家公司會議過程視訊連線狀況均相當良好。", (("集保", I, "3家公司會議過程視訊連線狀況均相當良好。"),),
      id="clearing-house-short-name-speaks-trad"),
    # Stop 49. A day (之前) then where, and 曾, between the speaker and the verb; presiding over a meeting
    P("萬海總經理謝福隆之前在法說會曾表示，美線運價仍在高檔。", (("謝福隆", I, "美線運價仍在高檔。"),),
      id="before-then-at-the-conference-once-said-trad"),
    P("大成董事長韓家宇5日主持股東會表示，今年營運審慎樂觀。", (("韓家宇", I, "今年營運審慎樂觀。"),),
      id="presiding-over-the-meeting-said-trad"),
    # Stop 49, second round. A company clarifying a report (澄清表示; 澄清 before a comma)
    P("寒舍(2739)針對媒體報導，今日澄清表示，裁員程序符合勞動基準法規定。", (("寒舍", I, "裁員程序符合勞動基準法規定。"),),
      id="company-clarifies-then-says-trad"),
    P("永彰昨日發出重訊澄清，尚未收到大股東處分持股通知。", (("永彰", I, "尚未收到大股東處分持股通知。"),),
      id="company-clarifies-before-a-comma-trad"),
    # Stop 50. A report opening its clause (報告指, 報告亦建議): whoever spoke through the report named before
    P("內地研究機構中指研究院發表報告顯示，上月新樓價按月升0.3%。\n報告指，二手住宅成交增加，業主議價空間縮小。",
      (("中指研究院", I, "二手住宅成交增加，業主議價空間縮小。"),), id="report-speaks-for-its-author-trad"),
    P("仲量聯行報告表示，地價持續受壓。\n報告亦建議，減少賣地附加條款。",
      (("仲量聯行", I, "地價持續受壓。"), ("仲量聯行", I, "減少賣地附加條款。")), id="report-again-speaks-for-its-author-trad"),
    P("中國社科院報告指，樓市政策力度仍然不足。社科院說，要投入實質資金。",
      (("中國社科院", I, "樓市政策力度仍然不足。"), ("中國社科院", I, "要投入實質資金。")), id="academy-of-social-sciences-speaks-trad"),
    # Stop 50. The company a code and its price quote stand after speaks in its announcement
    P("建泉国际控股(0.3,-0.03,-9.09%)(08365)公布中期业绩。公告称，亏损减少主要由于配售收益增加。",
      (("建泉国际控股", I, "亏损减少主要由于配售收益增加。"),), id="announcement-of-a-company-before-its-price-quote-simp"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: tuple[QuoteTuple, ...]) -> None:
    assert found_quotes(text) == want(expected)


# --------------------------------------------------------------------------------------
# Groups and unnamed sources: the quote is optional, but if given its speaker is None.
# Named quotes around them must still be right (and must not lend them a speaker).
# --------------------------------------------------------------------------------------
GROUPS = [
    P("分析師們表示，市場情緒仍然謹慎。", (), "市場情緒仍然謹慎。", id="analysts-trad"),
    P("分析师们表示，市场情绪仍然谨慎。", (), "市场情绪仍然谨慎。", id="analysts-simp"),
    P("業內人士稱，監管政策短期內不會改變。", (), "監管政策短期內不會改變。", id="insiders-trad"),
    P("法人認為，台股短線仍將震盪。", (), "台股短線仍將震盪。", id="institutions"),
    P("陳清福表示，台股短線仍有震盪。法人認為，外資賣壓已經減輕。", (("陳清福", I, "台股短線仍有震盪。"),),
      "外資賣壓已經減輕。", id="institutions-after-a-named-speaker"),
    P("陈清福表示，A股短线仍有震荡。业内人士称，监管政策短期内不会改变。", (("陈清福", I, "A股短线仍有震荡。"),),
      "监管政策短期内不会改变。", id="insiders-after-a-named-speaker"),
    P("陳清福表示，台股短線仍有震盪。分析師們則表示，外資賣壓已經減輕。", (("陳清福", I, "台股短線仍有震盪。"),),
      "外資賣壓已經減輕。", id="analysts-after-a-named-speaker"),
    # a qualified 分析师 (市场分析师) is anyone's; so is a bare one far from the named analyst
    P("元大投顧分析師王大明表示，台股仍強。市場分析師認為，台股將續漲。", (("王大明", I, "台股仍強。"),),
      "台股將續漲。", id="market-analysts-after-a-named-analyst-trad"),
    # …；法人也预期，…: the claim stops where an unnamed source's report opens
    P("尼得科超眾表示，下半年迎接傳統旺季，伺服器訂單需求強勁；法人也預期，訂單需求仍旺。",
      (("尼得科超眾", I, "下半年迎接傳統旺季，伺服器訂單需求強勁"),), "訂單需求仍旺。", id="institutions-after-a-semicolon-trad"),
    # An outlet's dateline, then 据知情人士透露: the sources, not the outlet
    P("新浪美股11月2日讯 据知情人士透露，沙特阿美的IPO已经获得足够的投资者支持。", (), "沙特阿美的IPO已经获得足够的投资者支持。",
      id="dateline-then-sources-simp"),
    # 當局 with no body named before it: unnamed
    P("當局說，會按合約向承建商追討賠償。", (), "會按合約向承建商追討賠償。", id="authority-with-no-body-before-trad"),
    P("华尔街预计英特尔第四季度收入将低于前一年。", (), "英特尔第四季度收入将低于前一年。", id="wall-street-expects-simp"),

]


@pytest.mark.parametrize(("text", "named", "anonymous_text"), GROUPS)
def test_group_speakers_are_none(text: str, named: tuple[QuoteTuple, ...], anonymous_text: str) -> None:
    quotes = found_quotes(text)
    assert [q for q in quotes if q[0] is not None] == want(named)
    assert [q for q in quotes if q[0] is None] in ([], [(None, I, norm_text(anonymous_text))])


# --------------------------------------------------------------------------------------
# Not quotes: scare quotes around a term, a name or a rating; data sources.
# (根據X數據 is an optional quote in the GUIDELINES; we require it to be left out.)
# --------------------------------------------------------------------------------------
NOT_FOUND = [
    # …but not across a semicolon, where the story gives the company's outlook
    P("台翰董座由蔡鎮隆接任；預期下半年營運優於上半年", id="forecast-after-a-semicolon-trad"),
    # 看好 with only an object is no claim
    P("投信看好美食-KY的前景，持續買超。", id="optimistic-about-an-object-trad"),
    P("權證發行商建議，看好雍智後市的投資人，可買進相關認購權證。", id="optimistic-investors-trad"),
    # 說好香港故事: tells the story well, says nothing
    P("行政長官李家超將推廣香港優勢，說好香港故事。", id="tells-a-story-well-trad"),
    # 经X确认: who checked the filing is no speaker, and 公司 ending a registered name stands for nobody
    P("经中国证券登记结算有限责任公司深圳分公司审核确认，公司已于2019年10月15日办理完成回购注销手续。", id="confirmed-by-the-registrar-simp"),
    # 稱冠 / 稱霸: ranks first, says nothing
    P("網通股中，智邦以毛利率45%稱冠，明泰稱霸出貨量。", id="ranks-first-is-no-speech-trad"),
    # 部署 ends in 部 and 署 but is no ministry or department (積極部署預估: plans, and the verb 預估)
    P("面對缺料挑戰，廠商積極部署預估搶料，同步配合替代料。", id="deploy-is-no-public-body-trad"),
    # A reporter in the byline claims nothing: the verb's speaker is no one named
    P("〔記者王小明／台北報導〕紡織業近年轉型，業者對未來很樂觀，認為這表示台灣轉往發展其他強項。", id="byline-reporter-is-no-speaker-trad"),
    # A shareholders' meeting ratifies the accounts: 承認 there is no admission
    P("崇友今日於股東會承認去年營業報告書、財報及盈虧撥補案。", id="meeting-ratifies-accounts-trad"),
    P("上海德殷投资控股有限公司(下称“德殷投资”)将所持股份出质给阿里巴巴。", id="hereinafter-called-is-no-speech-simp"),
    P("DeepSeek被稱為“AI界拼多多”。", id="scare-quotes-nickname-trad"),
    P("DeepSeek被称为“AI界拼多多”。", id="scare-quotes-nickname-simp"),
    P("該產品被市場稱為「神車」，銷量持續攀升。", id="scare-quotes-term-trad"),
    P("该产品被市场称为“神车”，销量持续攀升。", id="scare-quotes-term-simp"),
    P("鋼鐵股可望接棒成為後續「領漲族群」，他指出。", id="term-in-marks-before-a-verb-trad"),
    P("高盛將騰訊評級上調至“買入”。", id="rating-in-quotes-trad"),
    P("高盛将腾讯评级上调至“买入”。", id="rating-in-quotes-simp"),
    P("根據彭博數據，今年以來外資淨流入港股逾千億元。", id="data-source-trad"),
    P("根据彭博数据，今年以来外资净流入港股逾千亿元。", id="data-source-simp"),
    P("拼多多上季業績增長不及預期，股價跌近11%收市。", id="bujiyuqi-is-no-verb"),
    P("市場預期表現將淡季不淡。", id="market-expects-is-no-quote"),
    P("這正是市場所指的淡季不淡，需求仍強。", id="suo-zhi-is-no-speech"),
    # A sentence opening with an outlet's dateline, or whose earlier verb has its own speaker
    P("MoneyDJ新聞 記者 張以忠 報導科誠受惠訂單回溫，預期全年營收成長1成。", id="dateline-is-no-subject"),
    P("鴻海昨日宣布，旗下公司與客運業者合作，預計明年起導入電動巴士。", id="announcement-before-verb"),
    P("投資人疑似將光通訊廠聯亞誤認為聯亞生技，早盤同樣走堅。", id="mistaken-for-is-no-speech-trad"),
    P("投资人疑似将光通讯厂联亚误认为联亚生技，早盘同样走坚。", id="mistaken-for-is-no-speech-simp"),
    P("漢唐(2404)雖已駁斥為台積打造美國新廠之說，早盤仍向上彈升3%。", id="the-claim-that-is-no-verb-trad"),
    P("有人表示，會繼續跟進。", id="someone-says-is-no-speaker-trad"),
    P("原标题：伦交所CEO：收购Refinitiv感觉非常良好不提港交所建议    来源：财华社", id="headline-verb-then-source-line-simp"),
    # A plan and a disclaimer are no claims
    P("创维集团拟建议分拆酷开并独立上市。", id="plan-to-propose-simp"),
    P("本文僅供參考，不構成建議與推薦，請讀者審慎操作。", id="disclaimer-trad"),
    P("本專區資訊僅供參考，並不構成邀約、招攬或其他任何建議與推薦，請讀者審慎操作。", id="disclaimer-any-advice-trad"),
    P("控股股东基于对公司投资价值的认同，计划6个月内增持不超过20万股。", id="agreement-as-a-noun-simp"),
    P("关于控股股东部分股权补充质押的公告。", id="top-up-pledge-is-no-speech-simp"),
    # An investor conference (说明会) holds no 说明; a notice's instruction; the story's estimate
    P("永新-KY今天受邀參加證交所舉辦的線上財務業務說明會，由董事長紀經得主持。", id="investor-conference-trad"),
    P("如有異議，請於期限內向本公司提出，以便依法辦理。", id="notice-instruction-trad"),
    P("熒茂4月營收雖然尚未公布，估計仍有機會持穩。", id="estimate-of-the-story-trad"),
    # 合称 is a name given, no claim; a firm's name opening a product's speaks for nobody
    P("彰化銀行(2801)共同統籌主辦之世平興業暨世平國際(香港)公司(合稱「世平集團」)聯合授信案已完成。", id="called-together-trad"),
    P("下個月蘋果就要發布iPhone 13，Apple Watch 7預料也會同步亮相。", id="product-named-after-its-maker-trad"),
    # A stance after the verb reports no words; 说明书 and 补充剂 hold no verb
    P("期間只有工聯會議員梁子穎發言表示支持，議案其後獲通過。", id="stance-is-no-report-trad"),
    P("汇盈控股(00821)购入保健补充剂专利。公司提交包括招股说明书(申报稿)在内的申请材料。", id="document-and-supplement-simp"),
    P("斐成的轉型也吸引買盤認同，斐成不僅去年大飆漲。", id="firms-turn-is-no-speaker-trad"),
    P("尤其香港及內地對創新及分析型產品有濃厚興趣。", id="analysis-type-products-trad"),
    P("美团、饿了么等外卖平台被约谈可以说已经是家常便饭了。", id="one-could-say-simp"),
    # 公告 as a noun (a tender's notice, a personnel notice), and a source's notice
    P("据韩媒报道，特斯拉近期发布了价值数十亿美元的摄像头模组招标公告，计划用于今明两年的车型。", id="tender-notice-simp"),
    P("令人發噱的上市櫃公司人事公告，先前還有和進電子。", id="personnel-notice-trad"),
    P("他的預測被市場說中了。", id="guessed-right-trad"),
    P("据Wind统计，有217家公司的净利润下限超过市场一致预期，占全部已披露业绩预告公司的8.52%。", id="consensus-forecast-simp"),
    P("澳門特首賀一誠將在明日列席立法會全體會議，之後賀一誠會在政府總部舉行記者會，回應傳媒提問。", id="answers-press-questions-trad"),
    # 预期 and 建议 inside other words: an accounting term, beating forecasts, lobbying, a document
    P("滙控上季預期信貸損失約9.9億美元，按年跌近8%。", id="expected-credit-loss-trad"),
    P("亞馬遜上季盈利勝預期，股價急升逾7%。", id="beats-forecasts-trad"),
    P("公司并表速度快于预期，再一次体现了较强的交易执行力。", id="faster-than-expected-simp"),
    P("早前伦交所已拒绝港交所的建议，但港交所仍积极游说伦交所选择其提案。", id="lobbies-simp"),
    P("人民銀行召開座談會，聽取外資金融機構意見建議，研究進一步優化營商環境。", id="opinions-and-suggestions-trad"),
    P("格隆汇平台曾于8月29日推出深度分析文章《腾讯股价创今年新低》。", id="analysis-article-simp"),
    P("若金徽酒在要约收购报告书摘要提示性公告日至要约期届满日期间有派息，则要约价格将进行相应调整。", id="indicative-notice-simp"),
    P("根據新加坡證交所公告，戴永輝自8月13日起擔任董事。", id="according-to-an-exchanges-notice-trad"),
    P("中国物流资产在港交所公告，京东智能产业的要约收购条件都已达成。", id="an-exchange-filed-with-is-no-speaker-simp"),
    P("Youtube影片介紹https://www.youtube.com/watch?v=1", id="link-after-the-verb-trad"),
    P("紅木-KY(8426)的品牌客戶表示，改裝計畫將重提進度。", id="firms-customers-are-not-the-firm-trad"),
    P("奇偶日前召開股東常會，承認109年度個體及合併財務報表，109年度合併營業收入11.6億元。", id="ratifies-the-accounts-trad"),
    # 不如预期 / 未如预期: below expectations; 收购建议: a takeover offer; 建议售价: a list price
    P("新至陞(3679)第二季營收獲利不如預期，上半年每股稅後盈餘4.68元。", id="below-expectations-trad"),
    P("周大福上季零售值未如預期，管理層將削減開支。", id="not-as-expected-trad"),
    P("夏佳理：伦交所对港交所收购建议仍留有可能性    来源：财华社", id="takeover-offer-simp"),
    P("炸雞大獅推出新品，單包建議售價89元，每包只要75元。", id="list-price-trad"),
    # 获利预估: a forecast of profit, a noun
    P("美系外資下調光寶科(2301)及台達電(2308)2021年到2023年獲利預估，其中台達電獲利下調3%到6%。", id="profit-forecast-noun-trad"),
    # a business figure before 预测/预估 makes a noun of it: the forecast of that figure
    P("沃爾瑪連續第3次上調全年銷售及盈利預測，股價曾創即市新高，收市升3%。", id="earnings-forecast-noun-trad"),
    P("鈺太今、明年筆電市占率預估將提升至4成、5成，有助營運水漲船高。", id="market-share-estimate-trad"),
    P("董事長徐明恩指定由總經理負責新廠。", id="zhi-heading-a-word-trad"),
    P("恒生指數收市跌1%，中國海洋石油指示來年產量目標不變。", id="zhi-after-no-speaker-trad"),
    # 并指派: 指 heads a word (指派, appoints), and the company says nothing
    P("雷科董事會通過人事案，並指派林麗珍為代表人。", id="bing-zhi-pai-appoints-trad"),
    # a forecast that is only a figure, set beside a result, is the market's consensus
    P("高盛第四季度投资银行业务营收36亿美元，分析师预估30.7亿美元；交易收入39.9亿美元，分析师预估42.7亿美元。",
      id="consensus-figure-simp"),
    # Still working on it (仍在分析): the verb reports no claim
    P("东芝部分设备受损，公司仍在分析此次事故对生产的影响。", id="still-analysing-simp"),
    # How things look (前景看好, 需求看好) is nobody's claim
    P("艾恩特前景看好，預估未來業績可望逐年成長。旺宏下半年需求看好，明年也看好。", id="prospects-look-good-trad"),
    # A stance after the speech verb, then another act (並釋出…): no report
    P("研華(2395)同步表示認同，並釋出各自轉型規劃。", id="stance-then-another-act-trad"),
    # 示警股票: stocks under a warning, no verb
    P("證交所訂定9大指標匡列出20檔示警股票，包括康友。", id="warning-listed-stocks-trad"),
    # A short plan after 預計: a launch date of the company's own
    P("NISSAN品牌也預計在今年第四季推出新版LEAF電動車。", id="plan-to-launch-trad"),
    # guard (passes before and after): 該協會 and 不少協會 are no association's name
    P("該協會表示，企業應分散風險。不少協會表示，成本上升。", id="that-association-is-no-name-trad"),
    # Who is met (晤施紀賢) does not speak; a market's size (市場規模預期) is nobody's forecast
    P("習近平晤施紀賢　稱中英應理性客觀看待對方發展\n\n國家主席習近平會見英國首相施紀賢。", id="one-who-is-met-trad"),
    P("其市場規模預期將可達20億美元以上。", id="market-size-expected-trad"),
    # A stance (樂見其成, welcomes it) reports no claim
    P("全球央行將慢慢縮減量化寬鬆措施，財政部表示樂見其成。", id="welcomes-it-trad"),
    # A numbered filing's field (7.…及預估影響金額:) is no estimate
    P("6.處理過程:全案已進入司法程序。7.對公司財務業務影響及預估影響金額:對於本公司財務業務無任何影響。", id="numbered-form-field-trad"),
    # A forecast as a noun (GDP預期從3.8%下調至3.4%, GDP預期令人沮喪) is nobody's claim
    P("高盛将美国2022年GDP预期从之前的3.8%下调至3.4%。尽管高盛最新的GDP预期令人沮丧，但仍高于趋势增长。", id="forecast-as-a-noun-simp"),
    # 每股盈餘預估，從…調高至…: an estimate raised, as a noun, is nobody's claim
    P("調高長榮2021年到2023年每股盈餘預估，從20.79元、15.62元及11.52元調高至23.68元、17.56元及12.57元。", id="estimate-raised-from-trad"),
    # What was not said (未透露, 没说明) is no claim; 预计 after 和 is a noun's attribute
    P("蚂蚁集团上月宣布启动上市计划，但蚂蚁集团未透露时间表和预计集资规模。", id="not-disclosed-simp"),
    P("公司没说明停牌原因。该行并未透露具体的交易对手。", id="not-explained-simp"),
    # A plan dated at the claim's opening, then more about it: no claim; 直言不諱 (speaks bluntly) reports nothing
    P("晶碩新廠預計明年3月量產，量產初期月產能為1~2萬片，後年月產能則可望提升到5~6萬片。", id="dated-plan-then-its-details-trad"),
    P("致伸泰國新廠預計第四季底進駐，將成中國以外最大製造基地。", id="dated-move-in-trad"),
    P("鮑威爾對緊縮政策的必要性直言不諱，市場震動。", id="speaks-bluntly-trad"),
    # 評估 (evaluate) holds 估; 通過 before a verb is passed, not through (並經審計委員會通過認定認為)
    P("教授推出計劃，透過自我評估，找出高風險人士。", id="evaluate-holds-estimate-trad"),
    # Stop 39. Four characters after the verb with no full stop (a headline) are what was named
    P("A股成交額連日破兆 專家點出市場隱憂\n", id="headline-object-of-four-trad"),
    # 不用說 (needless to say) reports nobody's words (stop 40)
    P("電動車電池概念股美琪瑪 (4721-TW) 不用說，就是指標股，這檔就是反骨。", id="needless-to-say-trad"),
    # Stop 42. The day a decision takes effect (生效) is a step of the plan, no claim
    P("欣欣大眾（2901）公告董事長詹鴻圖任期將屆滿，將由秘書長尤志煌接任，預計2月19日董事會通過生效。", id="dated-taking-effect-trad"),
    # guard (passes before, and after only with its check): by whom (由董事長林季進發放) opens no subject
    P("全球知名橡膠輸送帶大廠鑫永銓（2114），自籌3,000萬元急難救助金，今(3)日在南投縣長林明溱見證下，由董事長林季進親自發放每人1萬元救助金，預計有3,000人受惠。",
      id="by-whom-is-no-subject-trad"),
    # Stop 43. 說明了 (explained, then an object): 說 inside 說明 is no verb of its own
    P("其中他們詳細說明了他們可能要生產什麼樣的電動自行車。", id="say-inside-explain-trad"),
    # When a product comes to market (面市) is a schedule, no claim
    P("聯發科採用Wi-Fi 7技術的產品預計將於2023年面市。", id="product-to-market-trad"),
    # 來說 (for someone) is no speech; nor is a company named as a topic (以X來說) the speaker of the writer's figures
    P("則對業者來說，內用的開放對業績的挹注恐怕只是杯水車薪。", id="for-someone-is-no-speech-trad"),
    P("以敦泰 (3545-TW) 來說，主力產品 IDC 本季再漲價一成，全年預估 EPS 達到 3X 元，合理目標價上看 600 元。", id="as-for-the-company-trad"),
    # A shareholders' meeting ratifies (承認) the year's figures; a plan dated by the day (15日開出…盤價)
    P("華建昨股東會承認去年營收達0.87億元，稅後虧損達0.89億元。", id="meeting-ratifies-figures-trad"),
    P("中鋼（2002）預計15日開出10月與第4季盤價，中鋼也看好鋼市後續，獲得3大法人青睞、連3買，股價攀上40元。", id="plan-dated-by-the-day-trad"),
    # Stop 44. 營運看好 (business looks good) is no speech; a trial's final analysis (期末分析) is a noun
    P("受惠新產品佈局發酵，中探針(6217)明年營運看好，公司三大產品線佈局完整。", id="business-looks-good-trad"),
    P("生技醫療:4192杏國胰臟癌新藥三期即將期末分析，激勵杏國與母公司杏輝連續拉出三根漲停板。", id="final-analysis-of-a-trial-trad"),
    # 說明…相關情況 names the matter explained (a filing's title); 超乎預期 is beyond expectations
    P("(9904)寶成說明本集團越南寶元鞋廠相關情況\n1.事實發生日:110/08/31", id="explains-a-matter-trad"),
    P("尤其台股人氣退潮速度超乎預期，現階段台股要有大行情表現的可能性並不高。", id="beyond-expectations-trad"),
    # The company's meeting ratifies (會中承認); a board election (全面改選) is a step of a plan; a meeting to come is no occasion
    P("達欣工（2535）昨日召開股東會。達欣工會中承認去年營收達151億元，稅後純益達11.29億元。", id="ratified-at-its-meeting-trad"),
    P("彩富(3313)今年股東會預計全面改選，依據公告董事提名人名單，六名董事分別為董事長陳春生、周大同。", id="board-election-planned-trad"),
    P("開發金及中壽決議10月1日召開股東臨時會討論合併案，通過後經金管會許可即可進行，預估今年底前中壽即股票下市。", id="meeting-to-come-trad"),
    # A dividend's payment date (發放) is a step of a plan
    P("桂盟配息4.5元 預計明年1月14日發放\n\n桂盟（5306）集團董事會今（31）日決議，以110年盈餘分派股息。", id="dividend-payment-date-trad"),
    # Stop 45. What was refused (拒絕透露) is no claim; 稱「…」之報告 names a report; a capital
    # spending (資本支出) estimated is a figure, as 獲利預估 is
    P("亞馬遜拒絕透露週一宣布的漲薪會惠及多少員工。", id="refused-to-disclose-trad"),
    P("記憶體族群在大廠老闆紛紛出面反駁外資稱「記憶體寒冬來臨」之報告下，整體族群股價由黑翻紅。", id="report-called-trad"),
    P("另外楠梓電今年資本支出估計約維持往年水準，往年數據都在4-5億元上下。", id="capital-spending-estimated-trad"),
    # Stop 45, second round. 演說 (a speech) is a noun (guard: passes before, where the
    # bracketed name kept 鮑爾 from speaking at all)
    P("聯準會(Fed)主席鮑爾(Jerome Powell)在傑克森(Jackson Hole)央行年會的演說偏鴿，比特幣等出現補漲行情。", id="a-speech-is-a-noun-trad"),
    # Stop 46. Shares that 大漲表態 (rallied) say nothing; a forecast revised (下修美國GDP預估) is a
    # noun; names before 我 (the writer) are what the writer speaks of (the two 表態 rows are
    # guards: they pass before too, where 表態 was no verb at all)
    P("美食-KY（2723）、王品（2727）等餐飲股亦大漲表態，飯店股華園（2702）股價亦向上。", id="shares-show-their-hand-trad"),
    P("高盛與摩根士丹利相繼下修美國GDP預估，VIX指數大漲逾10%，四大指數僅Nasdaq收高。", id="forecast-revised-trad"),
    P("ABF 載板方面，欣興 (3037-TW)、景碩 (3189-TW) 我持續看好，回到前高都只是基本而已。", id="writer-speaks-of-names-trad"),
    P("我建議投資人只要看半導體上下游的公司有繼續的輪動表態，包含有低檔的公司在受惠漲價題材而轉強。", id="rotation-shows-its-hand-trad"),
    # Stop 47 (guards): a verb then a full stop ends the paragraph; a name in marks after 提出
    P("公司董事會昨日開會。\n\n隨著近幾年積極對鋁罐的產能擴充，未來鋁罐營收將逐月提升。", id="no-verb-before-the-paragraph-trad"),
    P("公司提出「三箭策略」，包括擴產、併購與轉型。", id="a-name-in-marks-after-a-verb-trad"),
    P("香港寬頻公布，已收到中移動香港提出無約束力建議，可能提出現金收購要約。", id="non-binding-proposal-trad"),
    # Stop 48. 說明 + a matter (方向): what was explained, not words
    P("台灣部份則是財務長陳建瑋現場出席，說明公司未來轉型的方向。", id="explains-a-direction-trad"),
    # Stop 48. A claim cut off by the page: no words, no quote
    P("指揮中心指揮官陳時中表示，...                  \n\n                  ", id="claim-of-no-words-trad"),
    # Stop 49. The duty to inform (告知义务) is a noun: nobody is told anything
    P("如有变动，复星控股将根据后续质押情况及时履行告知义务，公司将及时予以披露。", id="duty-to-inform-is-a-noun-simp"),
    # Stop 50. Titles of other stories under 延伸閱讀: nobody speaks there
    P("延伸閱讀\n台塑示警需求轉弱 塑化股走低\n華航看好貨運 航空股齊揚", id="related-stories-block-trad"),
    # Stop 50. A dividend the companies plan to pay (預計配發): no forecast
    P("另外，裕日車、裕融及中華分別預計配發每股5元、3元及2元現金股利，裕隆可領逾10億元。", id="dividend-to-be-paid-is-no-forecast-trad"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_a_quote(text: str) -> None:
    assert found_quotes(text) == []


def test_quote_spans_point_into_the_text() -> None:
    text = "瑞銀分析師Kevin Ng表示：「我們仍看好中國科技股。」他補充說，估值仍然吸引。"
    quotes = dsnews.extract(text).quotes
    assert len(quotes) == 2
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.span.text
    direct = [q for q in quotes if q.kind == D]
    assert [q.text for q in direct] == ["我們仍看好中國科技股。"]
