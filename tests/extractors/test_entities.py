"""People and firms: names, titles and organisations; what is not a person or a firm.

The expectations follow ../shared/corpus/GUIDELINES.md ("people", "firms" and their
hard cases) and issue 5. Names are compared after the scorer's normalisation (NFKC,
Traditional → Simplified, case, spaces and `·・.-_` removed), so `盛寶銀行` = `盛宝银行`.
Each positive case gives the *exact* set of people (or firms) of the sentence.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from opencc import OpenCC

import dsnews

_T2S = OpenCC("t2s")
_NAME_JUNK = re.compile(r"[\s·・.\-_'’\u200b]+")
_MARKET_ALIASES = {"SS": "SH", "HKG": "HK", "T": "JP", "KS": "KR", "TWO": "TW"}


def norm_name(name: str | None) -> str | None:
    if name is None:
        return None
    return _NAME_JUNK.sub("", _T2S.convert(unicodedata.normalize("NFKC", name)).lower())


def norm_ticker(ticker: str | None) -> str | None:
    if ticker is None:
        return None
    symbol, _, market = unicodedata.normalize("NFKC", ticker).strip().upper().rpartition(".")
    market = _MARKET_ALIASES.get(market, market)
    if market == "HK" and symbol.isdigit():
        symbol = str(int(symbol))
    return f"{symbol}.{market}"


P = pytest.param

# ======================================================================================
# People
# ======================================================================================


def people_names(text: str) -> list[str | None]:
    return sorted(norm_name(p.name) for p in dsnews.extract(text).people)


def check_people(text: str, expected: tuple[str, ...]) -> None:
    assert people_names(text) == sorted(norm_name(n) for n in expected)


PEOPLE = [
    P("經長王美花26日出席台北國際烘焙暨設備展開幕典禮。", ("王美花",), id="minister-of-economic-affairs-short-trad"),
    # After a public office, a foreign name spelt in its sounds is a person whatever follows it
    P("英國首相約翰遜的四名高級幕僚辭職，讓他的政府面臨的危機加深。", ("約翰遜",), id="foreign-name-after-a-public-office-trad"),
    P("伊朗总统莱希当地时间19日上午前往俄罗斯访问。", ("莱希",), id="foreign-name-before-a-local-time-simp"),
    P("總統大選將於明年舉行，部長會議的決議已公布，主席團的成員也已選出。", (), id="public-office-words-are-no-names-trad"),
    # One person after a title: 均 (all) ends the name; after a list it is the adverb
    P("瑞智昨日召開股東會，總經理蔡昌均表示，客戶拉貨強勁。董事長王文淵、總經理李志村均表示樂觀。",
      ("蔡昌均", "王文淵", "李志村"), id="jun-ends-one-name-after-a-title-trad"),
    P("白宮經濟顧問庫德洛堅稱美國並無第二波疫情。", ("庫德洛",), id="insists-after-a-name-trad"),
    # A foreign name with a hyphen for its dot: the date before it is no part of it, the guess
    # after a title is its given name, and its last part later is the same person
    P("仅次于去年11月埃隆-马斯克在推特上宣布出售特斯拉10%股份后的损失。", ("埃隆-马斯克",), id="date-before-a-hyphenated-name-simp"),
    P("该公司创始人兼CEO马克-扎克伯格的净资产缩水近300亿美元。扎克伯格持有Meta近13%股份。", ("马克-扎克伯格",), id="hyphenated-name-after-a-title-simp"),
    P("中磊總經理王煒給出了「符合預期」的評語。", ("王煒",), id="gives-after-a-name-trad"),
    P("資深副總陳斌對外說明第二季營運績效。", ("陳斌",), id="speaks-publicly-after-a-name-trad"),
    # A name, then what follows it and is no part of it: 作…报告 (delivers a report), 来说 (for him), 被 (is)
    P("吉林省省长韩俊作吉林省政府工作报告。", ("韩俊",), id="delivers-a-report-simp"),
    P("今年春节，对岱勒新材副总经理钟建明来说，肩上的压力不小。", ("钟建明",), id="for-him-simp"),
    P("廣東省政府副省長張新被免職。", ("張新",), id="passive-after-a-name-trad"),
    # Family members listed after their title; a name joined to a titled one by 及, or followed by 的
    P("力帆控股創始人尹明善的家族成員陳巧鳳、尹喜地等人涉嫌信息披露違法。", ("尹明善", "陳巧鳳", "尹喜地"), id="family-members-listed-trad"),
    P("公司于近日收到股东邓子长及邓子权的《股份减持告知函》。", ("邓子长", "邓子权"), id="shareholder-and-another-simp"),
    P("公司收到控股股东、实际控制人陈伟、吴志雄的通知。", ("陈伟", "吴志雄"), id="list-item-before-de-simp"),
    # A name right after its employer's name, then the verb
    P("e公司讯，港交所李小加表示，很高兴蚂蚁集团选择在香港上市。", ("李小加",), id="name-after-its-employer-simp"),
    # A counted list of names (等4人) needs no title
    P("公司激励对象曾进、李云华、周学文及董萍等4人，因离职被取消激励资格。", ("曾进", "李云华", "周学文", "董萍"),
      id="counted-list-of-names-simp"),
    P("金管局外匯基金投資辦公室首席策略官張亮表示，外匯基金目標淨零排放。", ("張亮",), id="chief-strategist-trad"),
    P("金管局助理總裁（外事）許懷志則指，綠色債券佔比約22%。", ("許懷志",), id="title-with-an-aside-trad"),
    P("花旗策略師Ed Acton和Bill O’Donnell表示，收益率曲線大幅趨平。", ("Ed Acton", "Bill O’Donnell"), id="latin-name-with-an-apostrophe"),
    P("歐盟委員會副主席東布羅夫斯基斯(Valdis Dombrovskis)表示，會支持。", ("東布羅夫斯基斯",), id="seven-character-transliteration-trad"),
    P("對沖基金經理約翰保爾森(John Paulson)表示，他不會出任財長。", ("約翰保爾森",), id="transliteration-holding-a-name-word-trad"),
    # 等 after a two-character name is "and others", not the name's third character
    P("中国核电(601985)计划经营处处长张萌等人出席会议。", ("张萌",), id="name-then-deng-simp"),
    # Given names joined by more than one mark, after a title
    P("她周二将和国务秘书让-巴蒂斯特·杰巴里（Jean-Baptiste Djebbari）一起会见法航高层。", ("让-巴蒂斯特·杰巴里",),
      id="given-names-with-two-marks-simp"),
    P("盛寶銀行首席投資策略師Charu Chanana表示，市場對降息的預期過於樂觀。", ("Charu Chanana",),
      id="latin-after-title-trad"),
    P("盛宝银行首席投资策略师Charu Chanana表示，市场对降息的预期过于乐观。", ("Charu Chanana",),
      id="latin-after-title-simp"),
    P("Aletheia Capital分析師Nirgunan Tiruchelvam認為，科技股估值偏高。", ("Nirgunan Tiruchelvam",),
      id="latin-after-latin-firm"),
    P("Union Bancaire Privee董事總經理Vey-Sern Ling表示，亞洲股市估值吸引。", ("Vey-Sern Ling",),
      id="latin-hyphenated"),
    P("陳清福表示，台股短線仍有震盪。", ("陳清福",), id="chinese-name-before-verb-trad"),
    P("陈清福表示，A股短线仍有震荡。", ("陈清福",), id="chinese-name-before-verb-simp"),
    P("首席經濟學家王小明指出，通脹壓力正在緩和。", ("王小明",), id="title-then-chinese-name-trad"),
    P("首席经济学家王小明指出，通胀压力正在缓和。", ("王小明",), id="title-then-chinese-name-simp"),
    P("元大投顧董事長陳清福表示，台股短線仍有震盪。", ("陳清福",), id="firm-title-chinese-name"),
    P("王濤表示，人民幣匯率保持穩定。", ("王濤",), id="two-character-name-trad"),
    P("王涛表示，人民币汇率保持稳定。", ("王涛",), id="two-character-name-simp"),
    P("歐陽明高指出，固態電池仍需時間。", ("歐陽明高",), id="double-surname"),
    P("芝加哥聯儲主席古爾斯比週一表示，降息步伐應放緩。", ("古爾斯比",), id="transliteration-after-title"),
    P("三井住友DS資產管理首席策略師Masahiro Ichikawa表示，日圓走勢將影響日股。", ("Masahiro Ichikawa",),
      id="latin-japanese-name"),
    P("植田和男週二表示，日本央行將繼續加息。", ("植田和男",), id="japanese-name-in-kanji"),
    P("拉加德表示，歐洲央行將保持耐心。", ("拉加德",), id="transliteration-before-verb"),
    P("Jerome Powell表示，通脹仍然過高。", ("Jerome Powell",), id="latin-without-title"),
    P("橋水基金創辦人達利歐表示，債務問題值得警惕。", ("達利歐",), id="transliteration-after-firm-title-trad"),
    P("桥水基金创始人达利欧表示，债务问题值得警惕。", ("达利欧",), id="transliteration-after-firm-title-simp"),
    P("摩根士丹利策略師Manish Kabra表示，美股估值偏高。Kabra補充說，企業盈利仍有支撐。", ("Manish Kabra",),
      id="short-form-merged-trad"),
    P("摩根士丹利策略师Manish Kabra表示，美股估值偏高。Kabra补充说，企业盈利仍有支撑。", ("Manish Kabra",),
      id="short-form-merged-simp"),
    P("方舟投資創辦人伍德 (Cathie Wood)表示，她仍看好電動車。", ("伍德",), id="two-scripts-trad"),
    P("方舟投资创始人伍德 (Cathie Wood)表示，她仍看好电动车。", ("伍德",), id="two-scripts-simp"),
    P("輝達執行長黃仁勳今日抵台。", ("黃仁勳",), id="title-name-without-speech-verb-trad"),
    P("英伟达首席执行官黄仁勋今日访华。", ("黄仁勋",), id="title-name-without-speech-verb-simp"),
    P("聯儲局主席鮑威爾表示，將維持利率不變。", ("鮑威爾",), id="transliteration-trad"),
    P("美联储主席鲍威尔表示，将维持利率不变。", ("鲍威尔",), id="transliteration-simp"),
    P("特斯拉行政總裁馬斯克週一表示，將加快新車型推出。", ("馬斯克",), id="transliteration-with-time-word"),
    P("Cathie Wood（伍德）週二表示，她仍看好特斯拉。", ("Cathie Wood",), id="two-scripts-latin-first"),
    P("傑羅姆·鮑威爾週三在國會作證時表示，通脹仍然過高。", ("傑羅姆·鮑威爾",), id="fullest-form-with-middle-dot"),
    P("台泥董事長張安平昨日表示，水泥需求觸底。張董也說，將加碼綠能。", ("張安平",), id="short-form-surname-title"),
    P("鸿海董事长刘扬伟今日表示，AI服务器需求强劲。刘董并指出，明年营收将成长。", ("刘扬伟",),
      id="short-form-surname-title-simp"),
    P("兴银基金发布公告，新任刘建新为首席信息官。", ("刘建新",), id="appointment-simp"),
    P("【時報記者莊丙農台北報導】東台今日公布營收。", ("莊丙農",), id="byline-without-separator"),
    P("港燈董事總經理鄭祖瀛就表示，電費需要上調。", ("鄭祖瀛",), id="particle-before-verb"),
    P("渣打大中華區首席經濟師丁爽表示，內地經濟將好轉。", ("丁爽",), id="title-economist-trad"),
    P("創威董事長陳文宗指出，今年有新客戶加入。", ("陳文宗",), id="given-name-that-is-a-word"),
    # A verb of office right after a two-character name is not part of it
    P("該平台總裁兼營運長王力接任執行長一職。", ("王力",), id="office-verb-after-name-trad"),
    P("该平台总裁兼COO王力接任CEO，创始人唐岩辞任。", ("王力", "唐岩"), id="office-verb-after-name-simp"),
    # One Latin word between a title and a speech verb
    P("德意志銀行執行長 Sewing表示，重組成本大致已消化。", ("Sewing",), id="latin-surname-after-title-trad"),
    P("德意志银行CEO Sewing表示，重组成本大部分已被消化。", ("Sewing",), id="latin-surname-after-title-simp"),
    # Appointments of a list of people, and 聘…先生为; given names that are also words (天才, 宏伟)
    P("西南證券分別任命趙天才、張宏偉為合規總監及首席風險官。", ("趙天才", "張宏偉"), id="appointment-list-trad"),
    P("董事会同意聘赵天才先生为合规总监，聘张宏伟先生为首席风险官。", ("赵天才", "张宏伟"), id="appointment-pin-simp"),
    # A two-character name that jieba lists as a personal name; a public officer's title
    P("新聞發言人、綜合司副司長張寧在記者會形容，出行新趨勢已經形成。", ("張寧",), id="officer-name-in-jieba-trad"),
    P("新闻发言人、综合司副司长张宁在记者会形容，出行新趋势已经形成。", ("张宁",), id="officer-name-in-jieba-simp"),
    # Shareholders in filings
    P("公司于近日收到股东吴玉瑞女士的通知，获悉其股份质押延期购回。", ("吴玉瑞",), id="shareholder-in-a-filing-simp"),
    P("截至本公告日，公司股東廖道訓累計質押股數為6181萬股。", ("廖道訓",), id="shareholder-then-a-word-trad"),
    # A name with an honorific; the filings' biography line (name, sex, age), any surname
    P("截至本公告披露日，唐正军先生、蔡建军先生未减持公司股份。", ("唐正军", "蔡建军"), id="honorific-list-simp"),
    P("截至本公告披露日，唐正軍先生、蔡建軍先生未減持公司股份。", ("唐正軍", "蔡建軍"), id="honorific-list-trad"),
    P("由於張然女士的辭職，公司董事會人數低於法定。", ("張然",), id="honorific-after-a-preposition-trad"),
    P("对于张然女士的辞职，公司表示感谢。", ("张然",), id="honorific-after-a-preposition-simp"),
    P("公司的总经理、董事长均是陈登志，男，47岁，大专学历。", ("陈登志",), id="biography-simp"),
    P("公司的總經理是栗延秋，女，51歲，中專學歷。", ("栗延秋",), id="biography-rare-surname-trad"),
    P("减持时间已至，董事李智未通过集中竞价减持。", ("李智",), id="title-name-then-not-simp"),
    P("获控股股东张建国先生通知，名丰控股有限公司增持。", ("张建国",), id="given-name-a-word-with-honorific-simp"),
    P("美國參議員伊麗莎白-沃倫發推稱，泰森抬高肉價。", ("伊麗莎白-沃倫",), id="hyphen-for-the-dot-trad"),
    P("剑桥科技的总经理、董事长均是Gerald G Wong，男，67岁，美国国籍。", ("Gerald G Wong",), id="biography-latin-initial-simp"),
    # A verb of office after a surname name; 告诉 as a speech verb after a title
    P("副主席王英偉相信，岑浩輝當選澳門行政長官後，政策不會改變。", ("王英偉", "岑浩輝"), id="office-verb-trad"),
    P("副主席王英伟相信，岑浩辉当选澳门行政长官后，政策不会改变。", ("王英伟", "岑浩辉"), id="office-verb-simp"),
    P("對此，DaDa創始人郅慧告訴界面教育，收購消息不屬實。", ("郅慧",), id="tell-after-title-trad"),
    # After a title, a surname and a listed company's short name (東和, 1414.TW) are a person
    P("正隆總經理蔡東和表示，越南廠降載。", ("蔡東和",), id="given-name-is-a-listing-trad"),
    P("正隆总经理蔡东和表示，越南厂降载。", ("蔡东和",), id="given-name-is-a-listing-simp"),
    # Two people joined by 及 before one speech verb: both are people
    P("元大投顧協理林子傑及黃建文認為，大盤短線仍有壓力。", ("林子傑", "黃建文"), id="two-people-one-verb-trad"),
    P("中央疫情指揮中心指揮官王立中表示，新增5例本土病例。", ("王立中",), id="commander-title-trad"),
    # 则指，: 指 speaks before a comma; a filing's biography line with 年龄
    P("長江生命科技副主席余英才則指，長江集團採用的方法獲認可。", ("余英才",), id="zhi-before-a-comma-trad"),
    P("华菱精工董事长、总经理均为黄业华，男，年龄52岁。", ("黄业华",), id="biography-with-age-word-simp"),
    # 容 is a Hong Kong surname
    P("全國政協經濟委員會副主任容永祺表示，國家經濟仍有很大發展空間。", ("容永祺",), id="surname-rong-trad"),
    # 法說時 (at the investor conference) stands between the name and its verb
    P("正隆總經理蔡東和法說時表示，下半年營運受疫情影響。", ("蔡東和",), id="conference-between-name-and-verb-trad"),
    P("威強電董事長張明智在致股東報告書中表示，疫情翻轉全球生活型態。", ("張明智",), id="report-between-name-and-verb-trad"),
    P("立法會環境事務委員會主席、民建聯的劉國勳說，兩電的加幅相對溫和。", ("劉國勳",), id="party-de-name-verb-trad"),
    P("新世界發展委任執行董事黃少媚，接替馬紹祥出任新世界發展行政總裁。", ("黃少媚", "馬紹祥"), id="predecessor-trad"),
    P("由莊宏偉接任總經理，董事長張建智將專任董事長。", ("莊宏偉", "張建智"), id="takes-over-trad"),
    P("英錡科技光電技術研發長增田麻言表示，產品量產還有一段過程。", ("增田麻言",), id="head-of-research-trad"),
    # A foreign name spelt in Chinese runs past a surname and two characters
    P("聯合國秘書長古特雷斯將在峰會期間與總統會面。", ("古特雷斯",), id="transliterated-name-trad"),
    P("公司大股东叶塞诺夫持有ATF银行的股份。", ("叶塞诺夫",), id="transliterated-name-simp"),
    P("上海證券交易所理事長邱勇亦透過視像致辭指，A股已納入國際指數。", ("邱勇",), id="by-video-between-name-and-verb-trad"),
    P("商務及經濟發展局局長丘應樺在金融科技周活動表示，香港是重要門戶。", ("丘應樺",), id="event-between-name-and-verb-trad"),
    P("国家统计局局长、党组书记宁吉喆在《求是》撰文称，经济运行稳定。", ("宁吉喆",), id="party-secretary-writes-simp"),
    P("锦州银行董事会秘书孙晶此前接受采访表示，将于8月末前发布年报。", ("孙晶",), id="earlier-interview-simp"),
    P("生态环境部党组书记孙金龙主持召开部党组会议。", ("孙金龙",), id="party-secretary-title-simp"),
    P("渣打國際業務總裁洪丕正出席金融科技周活動致辭時表示，貿易推動增長。", ("洪丕正",), id="attending-between-name-and-verb-trad"),
    # The other names of a list that holds a person found by a title or a verb of office
    P("富邦金控代表人韓蔚廷、陳聖德、程耀輝當選董事，富邦金控推薦之王銘陽、范正權、洪茂蔚當選獨立董事。",
      ("韓蔚廷", "陳聖德", "程耀輝", "王銘陽", "范正權", "洪茂蔚"), id="list-of-elected-directors-trad"),
    P("亞太電董座呂芳銘任期屆滿，陳鵬接棒。", ("呂芳銘", "陳鵬"), id="takes-the-baton-trad"),
    P("國立成功大學電機系李順裕教授表示，此競賽由業界贊助。", ("李順裕",), id="professor-after-a-department-trad"),
    # Filings: a role then a colon and the name, or the name then a slash and the role
    P("獨立董事:楊尚憲，誠揚聯合會計師事務所合夥會計師。監察人:石奉先，菱生精密。", ("楊尚憲", "石奉先"),
      id="role-colon-name-filing-trad"),
    P("內部人名單為：盛少瀾/董事長、羅秀春/董事長配偶、郭琛/副總經理。", ("盛少瀾", "羅秀春", "郭琛"), id="name-slash-role-filing-trad"),
    P("董事會推選姚祖驤、陳博仁分別續任董事長及副董事長。", ("姚祖驤", "陳博仁"), id="elected-to-continue-trad"),
    P("程泰集團董事長楊德華、恩德董事長廖文嘉均表示，第二季本業會賺錢。", ("楊德華", "廖文嘉"), id="both-said-trad"),
    P("金管局助理總裁（法規及打擊清洗黑錢）陳景宏表示，交易監控十分重要。", ("陳景宏",), id="long-aside-after-title-trad"),
    # A given name may end in 和 when no other name follows; an honorific is no part of a name
    P("嘉華國際主席兼董事總經理呂志和上周四辭世，享年95歲。", ("呂志和",), id="name-ending-in-he-trad"),
    P("雲澤、中國證監會主席吳清和人民銀行副行長出席。", ("吳清",), id="he-joins-an-institution-trad"),
    P("华灿光电的总裁是周建会，男，55岁。", ("周建会",), id="biography-name-ending-in-hui-simp"),
    P("公司收到了实际控制人张刚先生（与控股股东张德华先生为父子关系）的通知。", ("张刚", "张德华"),
      id="honorific-before-a-bracket-simp"),
    P("國務院總理李強昨日和今日在北京分別會見國際組織負責人。", ("李強",), id="time-word-after-a-name-trad"),
    P("黃大仙警區總督察鄒振邦表示，行動中檢取超過800份申請。", ("鄒振邦",), id="police-title-trad"),
    P("慧拓智能CEO陈龙博士透露，本轮融资将主要用于矿山方案。", ("陈龙",), id="doctor-after-the-name-simp"),
    # A guessed name before its title and a speech verb; a modifier may stand between
    P("高雄廠李政安副總經理表示，產能利用率維持高檔。", ("李政安",), id="name-before-title-and-verb-trad"),
    P("製造總處陳建銘資深處長說明，自動化仍有空間。", ("陳建銘",), id="name-before-senior-title-trad"),
    # Titles of professions and owners' families; rarer surnames (闕, 宣)
    P("會計師張陳浩指出，雙方改變交易條件。", ("張陳浩",), id="accountant-title-trad"),
    P("他的太太王文娟留學德國，原本是翻譯。", ("王文娟",), id="wife-before-a-name-trad"),
    P("寶佳少東林家宏團隊入主後，營運急起直追。", ("林家宏",), id="owners-son-title-trad"),
    P("意德士董事長暨總經理闕聖哲大學唸的是材料工程。", ("闕聖哲",), id="rare-surname-que-trad"),
    P("聯電榮譽副董事長宣明智等科技業界代表出席。", ("宣明智",), id="rare-surname-xuan-and-a-given-name-word-trad"),
    # Appointments: 暫代, a list joined by 及 and counted (三人膺選); 將 before a verb of office
    P("東碩公告，總經理改由曹賜正暫代。", ("曹賜正",), id="acting-appointment-trad"),
    P("獨立董事則由王鶴松、葉滄燁及曾勇義三人膺選。", ("王鶴松", "葉滄燁", "曾勇義"), id="counted-list-elected-trad"),
    P("公司今日公告，莊宏偉將接任總經理。", ("莊宏偉",), id="will-take-office-given-name-word-trad"),
    # A guess one character short of a name found elsewhere is that name (均 may be a filler)
    P("永信建設發言人陳怡均7日表示，營收穩定。陳怡均指出，下半年無新案完工。", ("陳怡均",), id="short-guess-of-a-known-name-trad"),
    # A name closed by 等 or a list mark after its title, though its given name is a word
    P("由總裁吳寶田及總經理吳勝利等集團主管出席。", ("吳寶田", "吳勝利"), id="title-name-and-deng-trad"),
    # Family words and 男子 stand before a name like titles; 由於 (because) appoints no one
    P("他的父親侯清波在鋼鐵廠出任要職。", ("侯清波",), id="father-before-a-name-trad"),
    P("張姓男子找來男子黃國津申請帳號。", ("黃國津",), id="man-before-a-name-trad"),
    P("董事長洪建山說明，由於先前為了發展碳纖維輪圈而投資。", ("洪建山",), id="because-appoints-no-one-trad"),
    # 當選人 before a list; a given name ending in 和 before 、 is no conjunction
    P("5席獨立董事當選人沈維民、梁志明、沈顯和、王偉臣。", ("沈維民", "梁志明", "沈顯和", "王偉臣"), id="elected-list-with-he-trad"),
    # 赴…時 frames where the person spoke; 即 between a name and its verb; 夫婦 after a list;
    # 技正 is a title
    P("美聯準會主席鮑爾赴國會作證時強調寬鬆政策不變。", ("鮑爾",), id="went-to-frame-trad"),
    P("茂迪總經理葉正賢即表示，出貨時間遞延。", ("葉正賢",), id="ji-between-name-and-verb-trad"),
    P("檢調約談前董事長梁家源、李玉霞夫婦。", ("梁家源", "李玉霞"), id="couple-after-a-list-trad"),
    P("經濟部技術處簡任技正林浩鉅出席。", ("林浩鉅",), id="technical-officer-title-trad"),
    # A verb after a guessed name is no part of it (领投, 应邀, 涉嫌, and 續任 after a
    # two-character surname)
    P("大众点评创始人张涛领投本轮融资。", ("张涛",), id="leads-the-round-after-a-name-simp"),
    P("副部长高志应邀出席论坛。", ("高志",), id="invited-after-a-name-simp"),
    P("原总统温敏涉嫌选举舞弊一案已立案。", ("温敏",), id="suspected-after-a-name-simp"),
    P("現任董事長歐陽玄續任董座。", ("歐陽玄",), id="double-surname-then-stays-in-office-trad"),
    # A dotted name and a day after a title; 等人 after a titled name; 一级巡视员, 副關長 are titles
    P("乌克兰一家协会的负责人伊万·彼得连科20日在受访时说，借款利率过高。", ("伊万·彼得连科",), id="dotted-name-and-a-day-simp"),
    P("西共体要求军方保证该国总统巴洛特等人的人身安全。", ("巴洛特",), id="titled-name-before-deng-ren-simp"),
    P("疾控局一级巡视员罗青山在会上表示，将加强疫苗接种。", ("罗青山",), id="first-class-inspector-title-simp"),
    P("海關副關長林國強總結發言表示，海關將開辦課程。", ("林國強",), id="deputy-customs-commissioner-trad"),
    # Well-known officials the press names without a title
    P("缅甸法院已就昂山素季一案立案。", ("昂山素季",), id="known-official-without-title-simp"),
    P("榜单上王健林、许家印和李书福的排名都有下滑。", ("王健林", "许家印", "李书福"), id="known-tycoons-without-title-simp"),
    P("本次回购注销限制性股票涉及孙明非、周华兵2人。", ("孙明非", "周华兵"), id="counted-list-without-deng-simp"),
    # 大臣, 新闻秘书 are titles; 当天 stands between a name and its verb
    P("英国卫生大臣赛义德·贾维德表示，防控工作已取得转机。", ("赛义德·贾维德",), id="minister-title-and-dotted-name-simp"),
    P("美国白宫新闻秘书普萨基当天表示，总统将观看开幕式。", ("普萨基",), id="press-secretary-and-that-day-simp"),
    P("體育專員蔡健斌說，持票人士下午開始入場。", ("蔡健斌",), id="commissioner-title-trad"),
    # 正 ends a given name before 及 (葉清正及配偶), not before 正在; 剩余 after a name; 之前 before the verb
    P("公司董事兼總經理葉清正及配偶等高層買進。", ("葉清正",), id="given-name-ending-in-zheng-trad"),
    P("董事長王大正準備出席股東會。", ("王大",), id="zheng-zhunbei-after-a-name-trad"),
    P("因业绩承诺补偿责任人曹云剩余应补偿股份已解除质押。", ("曹云",), id="responsible-person-and-remaining-simp"),
    P("洛碁飯店集團營運長深井洋平之前表示，將持續在台布局。", ("深井洋平",), id="before-that-between-name-and-verb-trad"),
    P("陳勁任手機業務部總經理，向中國區消費業務副總裁張華匯報。", ("張華",), id="reports-to-after-a-name-trad"),
    P("李家超與創新科技及工業局局長孫東前往數碼港。", ("李家超", "孫東"), id="goes-to-after-a-name-trad"),
    # A verb of a pledge or a meeting glued to the name; one of several holders (之一); an envoy
    P("国轩高科公布，实控人李缜解除质押1000万股。", ("李缜",), id="release-of-pledge-after-a-name-simp"),
    P("公司近日接到公司实际控制人之一周红卫的通知。", ("周红卫",), id="one-of-the-holders-of-a-title-simp"),
    P("陳茂波與中國駐沙特阿拉伯王國特命全權大使常華會面。", ("陳茂波", "常華"), id="ambassador-meets-trad"),
    P("他又與資本市場管理局主席Mohammed bin Abdullah Elkuwaiz共同主持會議。", ("Mohammed bin Abdullah Elkuwaiz",),
      id="latin-name-with-a-particle-trad"),
    P("据知情人士透露，沙特王储穆罕默德-本-萨勒曼（Mohammed bin Salman）支持上市。", ("穆罕默德-本-萨勒曼",),
      id="crown-prince-and-hyphenated-given-names-simp"),
    P("出席此成果發表會的衛福部次長石崇良在致詞時表示，希望能研發。", ("石崇良",), id="vice-minister-trad"),
    # Titles of party leaders, committee members, prosecutors and the richest; a name at a
    # line's end; 当地时间 and a month before the day between a name and its verb
    P("眾議院少數黨領袖傑弗里斯在社交平台表示，就必須承擔後果。", ("傑弗里斯",), id="party-leader-trad"),
    P("中華總商會會長、全國政協常委蔡冠深\n香港總商會會長陳瑞娟", ("蔡冠深", "陳瑞娟"), id="name-at-a-line-end-trad"),
    P("檢察官林俊杰偵訊時，被告否認。", ("林俊杰",), id="prosecutor-trad"),
    P("重庆首富尹明善在浪潮中的没落。", ("尹明善",), id="richest-man-simp"),
    P("国家主席习近平所提出的倡议。", ("习近平",), id="suo-after-a-name-simp"),
    # Ministers' short titles; a Latin surname after a title is a person; 作 of 作报告 is no given name
    P("俄罗斯外长拉夫罗夫表示，中俄关系在某些方面超越了传统的同盟。", ("拉夫罗夫",), id="foreign-minister-simp"),
    P("德國商業銀行外匯分析師Leuchtmann表示，市場普遍預期3月加息。", ("Leuchtmann",), id="latin-surname-after-a-title-trad"),
    P("上海市市长龚正作《政府工作报告》。", ("龚正",), id="delivers-a-report-simp"),
    # 确认 and 发声 glued to a name; a name in brackets is the same person's other form
    P("FED 主席鮑爾確認『年底減債、升息還早』的基調。", ("鮑爾",), id="confirms-after-a-name-trad"),
    P("基金经理崔宸龙发声称，新能源作为跨时代的投资机遇。", ("崔宸龙",), id="speaks-out-after-a-name-simp"),
    # A filing's roster after 名单：, a dismissal, a title then 的, 独董 and a trailing 共
    P("新任董事名單：許勝雄、陳瑞聰、斌寶投資股份有限公司(代表人許文斌)、許勝傑、Anthony Peter Bonadero。",
      ("許勝雄", "陳瑞聰", "許文斌", "許勝傑", "Anthony Peter Bonadero"), id="roster-of-directors-trad"),
    P("國務院決定，免去林世雄的運輸及物流局局長、楊潤雄的文化體育及旅遊局局長職務。", ("林世雄", "楊潤雄"), id="dismissal-trad"),
    P("也是大股東的李惠文因掌握較多股權，拿下5席董事。", ("李惠文",), id="title-then-de-trad"),
    P("獨董郝挺共4席，獨董廖德英（會計師）當選。", ("郝挺", "廖德英"), id="independent-directors-trad"),
    # 被任命, 免去X在, 新增X为; a Latin surname after a title before 、 or 虽; a longer name
    # than a known one, closed by a space, is someone else (吴清 is in the lexicon)
    P("同为“85后”的王金兵被任命为公司党委委员、副总经理。中央免去彭純在公司的黨委書記職務。公司发生工商变更，新增刘友见为董事。",
      ("王金兵", "彭純", "刘友见"), id="appointed-dismissed-added-mixed"),
    P("諸如路易聯準總裁Bullard、達拉斯聯準總裁Kaplan，惟Fed主席Powell雖進一步釋出減碼QE的訊息。",
      ("Bullard", "Kaplan", "Powell"), id="latin-surnames-in-a-list-trad"),
    P("企業生日快樂／茂生農經董座吳清德 攜手兄弟打天下", ("吳清德",), id="longer-than-a-known-name-trad"),
    # A roster after a board title and a colon, a name ending in a listed short name (德英)
    P("市場派取得五席董事，三席董事為：李惠文、兩儀投資代表人賴志明、馬維欣；獨立董事：廖德英、林坤賢。",
      ("李惠文", "賴志明", "馬維欣", "廖德英", "林坤賢"), id="board-roster-after-a-colon-trad"),
    P("委員會非官方成員9人，包括陳志陽、江競競、連少冬、Murray Steel、孫煜。各人任期即日起生效。",
      ("陳志陽", "江競競", "連少冬", "Murray Steel", "孫煜"), id="counted-members-including-trad"),
    P("鋰電池廠今日舉行股東會，由左至右為技術長沈志鴻、公司表示，應持續觀察面板需求。", ("沈志鴻",), id="left-to-right-caption-trad"),
    # A family word before a full name
    P("名軒董事長吳寶田之女吳泓瑩帶領公司，擴大開發腳步。", ("吳寶田", "吳泓瑩"), id="daughter-of-trad"),
    P("创始人的长子王晓明接手家族生意。", ("王晓明",), id="eldest-son-simp"),
    # Those dismissed, named after the dismissal; a president's aide; a university head; a
    # transliterated name that runs on past a surname and two characters
    P("至於被免去職務的楊潤雄及林世雄，李家超說，兩人多年來努力盡心服務香港社會。", ("楊潤雄", "林世雄", "李家超"),
      id="named-after-a-dismissal-trad"),
    P("俄羅斯總統助理烏沙科夫表示，總統普京將於峰會期間舉行會談。", ("烏沙科夫", "普京"), id="presidents-aide-trad"),
    P("長庚大學副校長許光宏正式簽署合作開發備忘錄。", ("許光宏",), id="vice-president-of-a-university-trad"),
    P("库尔法斯曾陪同阿根廷总统费尔南德斯参加了一场与企业家的见面会。", ("费尔南德斯",), id="transliterated-name-runs-on-simp"),
    # An adverb with 地 between a name and its verb
    P("王明高興地表示，公司業績好。", ("王明",), id="adverb-before-the-verb-trad"),
    P("尼得科超眾董事長永井淳一致詞時表示，線上教學銷售還不錯。", ("永井淳一",), id="speaking-at-the-meeting-trad"),
    # A listed short name and one more character after a title (王品 + 弟); 马塔雷拉 runs on over 塔
    P("香港置業研究部董事王品弟認為，下月港銀減息與否，對樓市影響不大。", ("王品弟",), id="listed-name-opening-a-persons-trad"),
    P("现任总统马塔雷拉得票最多，达336票。", ("马塔雷拉",), id="transliterated-ta-simp"),
    P("科技創新界邱達根表示，旅遊業界和實際經濟環境未完全復蘇。", ("邱達根",), id="legislators-constituency-trad"),
    # Three names or more in a row, with no title, when two are full names and none is a word
    P("上市公司拟向创新集团、崔立新、杨爱美、耿红玉、王伟以及创新金属支付对价。", ("崔立新", "杨爱美", "耿红玉", "王伟"),
      id="run-of-names-without-a-title-simp"),
    # …after a word, with the last name joined by 及; not inside a longer name (周胡慕芳)
    P("清華大學團隊洪哲民、張富淳、温戴豪及黃彥翔的作品獲獎。", ("洪哲民", "張富淳", "温戴豪", "黃彥翔"), id="run-of-names-after-a-team-trad"),
    # A space before or after the list's 、
    P("包含董事施秋茹、王威超、李秉穎、黃春煌 、林添財、邢雪坤。", ("施秋茹", "王威超", "李秉穎", "黃春煌", "林添財", "邢雪坤"),
      id="spaced-list-joint-trad"),
    # 和 ending a name before a verb of office
    P("立訊精密工業行銷業務總一處高級經理李嘉和出任公司法人董事。", ("李嘉和",), id="he-ending-a-name-before-office-trad"),
    # A full name before a verb of trading one's holding
    P("傅鹏博加仓三安光电，赵枫减持新能源。公司收到毛时敏出具的告知函，毛时敏减持计划时间已经过半。",
      ("傅鹏博", "毛时敏"), id="full-name-before-trading-its-holding-simp"),
    # Heads of districts, townships and villages
    P("海淀区副区长林航表示，当地第一时间落人。花蓮縣卓溪鄉長呂必賢積極推動觀光。", ("林航", "呂必賢"),
      id="district-and-township-heads-simp"),
    # The last part of a dotted name, found on its own, is the same person
    P("特斯拉CEO埃隆·马斯克在Twitter上表示，决定很愚蠢。马斯克周三表示，影响仍在。", ("埃隆·马斯克",), id="dotted-name-and-its-last-part-simp"),
    # 曾担任 / 将会离职: an adverb and a verb of office
    P("出任行政總裁僅兩個月的馬紹祥將會離職。據悉，王建國曾擔任該行副行長。", ("馬紹祥", "王建國"), id="adverb-before-a-verb-of-office-trad"),
    # 受贿 after a name is a verb, not the name's end
    P("法院公开宣判中央巡视组原副组长董宏受贿一案。", ("董宏",), id="taking-bribes-after-a-name-simp"),
    # Athletes, coaches and scholars
    P("國家隊網球運動員鄭欽文奪金。球齡大約20年的球手潘曉偉，贏過冠軍。經濟學者易憲容認為網球熱潮有帶動作用。",
      ("鄭欽文", "潘曉偉", "易憲容"), id="athletes-and-scholars-trad"),
    # A foreign name's dotted parts after a title, up to the first everyday word or particle
    P("伊朗外交部长侯赛因·阿米尔·阿卜杜拉欣早些时候接受采访。英国首相鲍里斯·约翰逊因违规参加派对受批评。",
      ("侯赛因·阿米尔·阿卜杜拉欣", "鲍里斯·约翰逊"), id="dotted-foreign-names-after-a-title-simp"),
    # 总统投顾 is a firm: 投顾 opens no name
    P("總統投顧首席分析師王文良表示，台股仍強。", ("王文良",), id="advisory-firm-before-a-title-trad"),
    # 以 before an amount is no part of the name
    P("易方达基金经理张坤以1019.35亿元的管理总规模位居第二。", ("张坤",), id="by-an-amount-after-a-name-simp"),
    # Conveners and team leaders; 衞, a Hong Kong form OpenCC leaves as it is
    P("委員會由浸大校長衞炳江作為召集人，委員包括前行政會議召集人陳智思。高雄鋼鐵人由領隊吳同喬代表捐贈。",
      ("衞炳江", "陳智思", "吳同喬"), id="conveners-and-team-leaders-trad"),
    # A foreign name in dotted parts after a title, with no speech verb after it
    P("阿根廷总统阿尔韦托·费尔南德斯于2022年2月4日访华。农业总司总司长沃夫冈·博彻，以视频形式主持会议。",
      ("阿尔韦托·费尔南德斯", "沃夫冈·博彻"), id="dotted-foreign-names-without-a-verb-simp"),
    # A roster after 名单为, its last name followed by an aside
    P("新任董事名單為陳賢哲、鄭賢隆、張碧蘭、黃永先（後三位為獨立董事）。", ("陳賢哲", "鄭賢隆", "張碧蘭", "黃永先"),
      id="roster-after-list-is-trad"),
    P("孟加拉国住房部长礼萨·卡里姆、首相府办公厅主任丹·罗森菲尔德等出席。", ("礼萨·卡里姆", "丹·罗森菲尔德"),
      id="dotted-foreign-names-in-a-list-simp"),
    # A title, then a surname and a listed company's short name (文峰) before a verb
    P("工行分行副行长郭文峰拟担任其行长。", ("郭文峰",), id="surname-and-company-name-before-ni-simp"),
    P("協會導師高小亮是程式用家之一。", ("高小亮",), id="tutor-is-a-title-trad"),
    # What the person wrote stands between the name and the verb
    P("证券报刊发研究院院长陈平文章称，货币政策仍需稳增长。", ("陈平",), id="name-then-article-simp"),
    # A Hong Kong filing's Latin names, surname in capitals; a name after 为 with its honorific
    P("公司非执行董事Daniel Joseph TAYLOR先生已获委任，William Joseph HORNBUCKLE先生不再担任。", ("Daniel Joseph TAYLOR", "William Joseph HORNBUCKLE"),
      id="filing-latin-names-capital-surname-simp"),
    P("薪酬委员会成员将为孙哲先生(主席)。", ("孙哲",), id="honorific-name-after-wei-simp"),
    P("中国疾病预防控制中心流行病学首席专家吴尊友接受采访时表示，病毒传染性强。", ("吴尊友",), id="chief-expert-is-a-title-simp"),
    P("公司近日收到股东叶荔函告，获悉其所持股份解除质押。", ("叶荔",), id="name-then-letter-informs-simp"),
    # A titled name that ends where the person leaves office (李憲章: 憲章 is also a word)
    P("會中並完成董事全面改選，任職達16年的董事長李憲章退休卸任。", ("李憲章",), id="titled-name-then-retires-trad"),
    # 法人代表 (a company's representative on a board) is a title
    P("新任董事為聯邦投資法人代表林鴻聯，百盛投資法人代表林賜勇。", ("林鴻聯", "林賜勇"), id="legal-representative-is-a-title-trad"),
    # A Hong Kong married woman's name: two surnames and a given name, the same at every mention
    P("公務員事務局局長楊何蓓茵出席課程。楊何蓓茵表示，兩地公務員作為政府骨幹。", ("楊何蓓茵",), id="married-name-of-four-trad"),
    # ...but a three-character name followed each time by a one-character verb stays three
    P("董事長張高明說，訂單很多。張高明說，產能吃緊。", ("張高明",), id="three-character-name-then-shuo-trad"),
    # 自公告披露之日起 (from the day of this announcement) after a two-character name
    P("持有公司1.36%股份的股东于钊自公告披露之日起1个月内拟减持。", ("于钊",), id="from-the-announcement-after-a-name-simp"),
    # guard (passes before and after): a title, 的 and a name that is no word
    P("美国联储局总裁的哈玛克表示，通胀仍高。", ("哈玛克",), id="title-de-then-a-name-simp"),
    # A run of names may hold a Hong Kong married name of four (周胡慕芳)
    P("其他董事包括唐家成、陳健波、周胡慕芳、梁頴宇、任志剛。", ("唐家成", "陳健波", "周胡慕芳", "梁頴宇", "任志剛"),
      id="run-of-names-with-a-married-name-trad"),
    # A dotted foreign name right after a verb (任命, 接管了), with or without its Latin gloss
    P("美高梅集团任命比尔·霍恩巴克（Bill Hornbuckle）为新任总裁，他接管了吉姆·穆伦（Jim Murren）的工作。",
      ("比尔·霍恩巴克", "吉姆·穆伦"), id="dotted-names-after-verbs-simp"),
    # 作者 (the author) is a title before a name
    P("編按：作者黃嘉斌在股市打滾超過20年。", ("黃嘉斌",), id="author-is-a-title-trad"),
    # A second holder after 、 and before a total (合计)
    P("公司股东王忠军、王忠磊合计解除质押4360万股。", ("王忠军", "王忠磊"), id="holders-joined-before-a-total-simp"),
    # Taiwan's chief titles (商務長) and 高管 before a name; 退任 (to retire from a post) after one
    P("台灣大商務長吳傳輝表示，高科技生產環境有其專殊性。", ("吳傳輝",), id="chief-commercial-officer-trad"),
    P("奇正藏药公告，高管李军未在卖出的15个交易日前向证券交易所报告。", ("李军",), id="senior-executive-is-a-title-simp"),
    P("华侨城（亚洲）在公告中表示，张靖将退任非执行董事一职。", ("张靖",), id="name-then-retires-from-a-post-simp"),
    # 曾 as "once" is no surname; the foreign name after 高管的 runs on while it spells sounds (霍恩巴克)
    P("曾长期担任赌场业高管的霍恩巴克接任公司行政总裁。", ("霍恩巴克",), id="once-long-held-then-a-titled-foreign-name-simp"),
    # A list of speakers, each a full name before a title (程淑芬投資長、…陳彥霓執行董事等)
    P("包括金融監督管理委員會邱淑貞副主任委員、國泰金控程淑芬投資長、臺灣指數公司陳文練副總經理及MSCI陳彥霓執行董事等專家。",
      ("邱淑貞", "程淑芬", "陳文練", "陳彥霓"), id="list-of-names-before-titles-trad"),
    # A known person's full name after a title is not cut before a word it runs into (安倍晉三周日: 三周)
    P("日本首相安倍晉三周日晚間共同出席開幕典禮。", ("安倍晉三",), id="known-name-before-a-word-trad"),
    # The last part of a dotted name ends where the article's repeated form of it ends (安德松, not 安德松新冠)
    P("当地时间1月14日，瑞典首相玛格达莱娜·安德松新冠病毒检测结果呈阳性。安德松的新闻秘书在声明中表示，安德松的快速检测结果呈阳性。",
      ("玛格达莱娜·安德松",), id="dotted-name-ends-at-its-repeated-part-simp"),
    # 补选 (to elect to fill a seat) names the one elected
    P("公司董事会同意补选刘金鑫为公司第四届董事会独立董事。", ("刘金鑫",), id="elected-to-fill-a-seat-simp"),
    # A holder's title, a name with a rarer surname, and a pledge (实控人伊廷雷解除质押, 股东茅惠英解除质押)
    P("原标题：锐科激光(300443.SZ)：实控人伊廷雷解除质押300万股。鼎胜新材公告，股东茅惠英解除质押203万股。", ("伊廷雷", "茅惠英"),
      id="holder-with-a-rarer-surname-pledges-simp"),
    # A filing's roles and names joined by dashes (董事-廖書尉董事-陳美蓮)
    P("2.解除競業禁止之董事姓名及職稱:董事-廖書尉董事-陳美蓮獨立董事-駱文益3.許可從事競業行為之項目:投資。", ("廖書尉", "陳美蓮", "駱文益"),
      id="filing-roles-and-names-with-dashes-trad"),
    # A run of names, each with an aside in brackets (邱再興（第二屆）、…)
    P("歷任董事長包括邱再興（第二屆）、黃少華（第五、六屆）、吳廣義（第七、八屆）、林嘉勳（第九、十屆）等。", ("邱再興", "黃少華", "吳廣義", "林嘉勳"),
      id="run-of-names-with-asides-trad"),
    # 作的《…》: the report the person made, not part of the name
    P("浙江省十三届人大六次会议开幕，代省长王浩作的《政府工作报告》透露，全省生产总值增长8.5%。", ("王浩",), id="name-then-made-the-report-simp"),
    # A transliterated name before its Latin form does not open inside the word before it (富豪)
    P("华纳音乐在2011年被乌克兰富豪布莱瓦特尼克（Len Blavatnik）控股的Access Industries收购。", ("布莱瓦特尼克",),
      id="tycoon-then-a-glossed-name-simp"),
    # Two full names joined, then what they are (为新进流通股东)
    P("公告显示，十大流通股东中，谢志敏、罗新群为新进流通股东。", ("谢志敏", "罗新群"), id="two-full-names-joined-simp"),
    # A full name before a title and 团队 (the scholar's team)
    P("与南京农业大学郭大伟副教授团队在新药研发方面达成合作。", ("郭大伟",), id="name-title-then-team-simp"),
    # A roster after a title and 分別為, with 及 before the last name
    P("另外，固邦（股）代表人彭邵齡，獨立董事分別為陳棠、陳順天及謝騰隆。", ("彭邵齡", "陳棠", "陳順天", "謝騰隆"), id="directors-respectively-are-trad"),
    # The part after a dot, a date and a speech verb (佩洛西21日宣稱); a meeting before the verb (菲亞拉會談後表示)
    P("美国国会众议院议长、民主党人南希·佩洛西21日宣称，众议院即将提出一项议案。", ("佩洛西",), id="dotted-name-date-then-claims-simp"),
    P("欧洲理事会主席米歇尔在捷克布拉格与捷克总理菲亚拉会谈后表示，北约是关键。", ("米歇尔", "菲亚拉"), id="title-name-after-talks-says-simp"),
    # A full name before a title and an office it takes on (由…董事長兼任總經理); 派任 opens no name
    P("總經理異動，由蔡嘉祥董事長兼任總經理，即日起生效。日前亦派任副總經理兼任資安長。", ("蔡嘉祥",),
      id="name-title-then-office-taken-trad"),
    # A dotted name's last part that runs into a word after one character (布雷): the form the
    # article prints again on its own
    P("德国国防部长克里斯蒂娜·兰布雷希特宣布，德国将再部署350名军人。兰布雷希特说，我们将加强贡献。",
      ("克里斯蒂娜·兰布雷希特",), id="dotted-part-printed-again-on-its-own-simp"),
    # A party's name before a politician's (國民黨朱立倫表示); a well-known analyst named alone
    P("國民黨朱立倫表示，支持方案。根据郭明錤预测，新机型将在今年发布。", ("朱立倫", "郭明錤"), id="party-before-a-name-and-known-analyst-trad"),
    # A hyphen joins two parts of a dotted name's last part (米勒-乌特弗斯)
    P("劳斯莱斯首席执行官托斯滕·米勒-乌特弗斯对此做出了解释。", ("托斯滕·米勒-乌特弗斯",), id="hyphen-in-a-dotted-name-simp"),
    # The words before a name given in two scripts run into the guess; the name is the run of
    # foreign sounds that ends them
    P("白宮宣布，總統將提名沃爾什(Kevin Warsh)出任聯儲局主席，接替即將卸任的布拉德(James Bullard)。", ("沃爾什", "布拉德"),
      id="two-scripts-after-a-verb-trad"),
    P("白宫宣布，总统将提名沃尔什(Kevin Warsh)出任美联储主席，接替即将卸任的布拉德(James Bullard)。", ("沃尔什", "布拉德"),
      id="two-scripts-after-a-verb-simp"),
    P("加拿大聯邦首席醫療官譚詠詩當天表示，疫情或已度過高峰。", ("譚詠詩",), id="chief-medical-officer-trad"),
    P("加拿大联邦首席医疗官谭咏诗当天表示，疫情或已度过高峰。", ("谭咏诗",), id="chief-medical-officer-simp"),
    # A word inside a foreign name that is itself a name (巴赫) does not end it
    P("歐洲航天局局長約瑟夫·阿施巴赫對媒體表示，今年將發射火星探測器。", ("約瑟夫·阿施巴赫",), id="name-word-inside-a-dotted-name-trad"),
    P("商務部消費促進司二級調研員宋英杰在峰會上表示，汽車以舊換新申請量已突破200萬份。", ("宋英杰",), id="researcher-grade-title-trad"),
    # 通報了 after a name is the verb (主任何平通報了…: 何平, not 何平通)
    P("兵團衛健委主任何平通報了疫情防控最新情況。", ("何平",), id="name-then-reported-trad"),
    # 舒 and 京 spell foreign names too (米舒斯京, 普京): the guess runs on through them
    P("俄總理米舒斯京要求，各聯邦地區領導人必須確保措施落實。", ("米舒斯京",), id="transliteration-runs-on-trad"),
    # An age (年僅) or a date (今(7)日) right after a two-character name is no part of it
    P("聽儷科技執行長藍心年僅23歲，仍是研究生。", ("藍心",), id="age-after-a-name-trad"),
    P("科際董事長張智今(7)日下午將出席法說會。", ("張智",), id="date-after-a-name-trad"),
    # A Chinese name taken by a foreigner, glossed in Latin, after 及
    P("業務由亞太區聯席行政總裁廖宜建及羅銘哲（Surendra Rosha）監督。", ("廖宜建", "羅銘哲"), id="chinese-name-of-a-foreigner-after-and-trad"),
    # A long foreign name, undotted, after a title
    P("法國央行總裁維勒魯瓦德加洛表示，通脹有低於預期的風險。", ("維勒魯瓦德加洛",), id="long-undotted-foreign-name-trad"),
    # Through what the person spoke, between the name and the verb (通過社交媒體宣布)
    P("加拿大總理特魯多當地時間1月27日通過社交媒體宣布，他將自我隔離五天。", ("特魯多",), id="announced-through-social-media-trad"),
    # A filing's table: title and name in cells apart by runs of spaces
    P("0股獨立董事 張志明                        0股                   0股監察人   陳美玲                        0股", ("張志明", "陳美玲"), id="names-in-a-table-trad"),
    # Professions and family words before a name: 護士長, 建築師, 其女 (his daughter)
    P("診所護士長姬美華說，夜班人手仍然不足。", ("姬美華",), id="head-nurse-trad"),
    P("公司邀請知名建築師黃建中操刀設計新總部。", ("黃建中",), id="architect-trad"),
    P("董事長林天賜退休，由其女林怡君接任。", ("林天賜", "林怡君"), id="his-daughter-trad"),
    # A given name that is also a word (红军) after a title, the person then chairing or speaking
    P("省长王红军主持召开常务会议，王红军强调，要加快项目建设进度。", ("王红军",), id="title-name-word-then-chairs-simp"),
    # Two of the commonest surnames, then a given name: a married name, named once
    P("公司人事多次變動，前董座林郭文艷在4月底請辭。", ("林郭文艷",), id="married-name-named-once-trad"),
    # Not when the fourth character opens a word with the next (會面: to meet)
    P("陳茂波又與中國駐紐約代總領事馬蕭蕭會面。", ("陳茂波", "馬蕭蕭"), id="married-name-not-before-a-word-trad"),
    # Stop 39. Professions before a name (作家, 主持人); a guess that ends inside a title (王儲) is none
    P("佳格邀請知名作家林立青與主持人穆熙妍分享故事。", ("林立青", "穆熙妍"), id="writer-and-host-before-names-trad"),
    P("該基金主席是沙特王儲穆罕默德·本·薩勒曼。", ("穆罕默德·本·薩勒曼",), id="guess-ending-inside-a-title-trad"),
    # A long place and occasion between a title-named person and the speech verb (stop 40)
    P("当地时间2月9日，美国白宫发言人普萨基在简报会上回答有关美国不会从乌克兰大规模撤离公民的相关问题时表示，美国通常不会进行大规模的疏散行动。",
      ("普萨基",), id="long-occasion-before-the-verb-simp"),
    # Stop 42. A Latin surname after a title stays a person where it speaks again alone
    P("加拿大央行行長 Macklem表示，路徑很多。Macklem稱，不排除加息。", ("Macklem",), id="titled-latin-surname-speaks-again-trad"),
    # A Latin title, a space, then a two-character name and a verb (做) that is no part of it
    P("他依然是美团成员，辅助 CEO 王兴做战略和组织管理。", ("王兴",), id="spaced-latin-title-and-verb-after-name-simp"),
    # 通报 (reports) after a titled name is no part of it
    P("天津市卫生健康委新闻发言人、二级巡视员何鹏通报说，天津市新增18例本土病例。", ("何鹏",), id="reports-after-a-titled-name-simp"),
    # Stop 46. A filing's note after a hyphen (謝碧蓮-本公司董事, 侯榮顯-侯榮顯會計師事務所負責人) is
    # no part of the name; 股神 (an investor's epithet) stands as a title
    P("3.舊任者職稱、姓名及簡歷: 董事: 謝碧蓮-本公司董事 唐永渝-本公司董事 獨立董事： 林傳宗-本公司獨立董事 "
      "監察人: 陳清木-本公司監察人4.新任者職稱、姓名及簡歷: 獨立董事： 侯榮顯-侯榮顯會計師事務所負責人",
      ("謝碧蓮", "唐永渝", "林傳宗", "陳清木", "侯榮顯"), id="filing-note-after-a-hyphen-trad"),
    P("萬寶投顧蔡明彰強調，德國股神科斯托蘭尼說，股市投資人最怕通膨。", ("蔡明彰", "科斯托蘭尼"), id="investor-epithet-as-a-title-trad"),
    # Stop 48. A biography line opening with the year of birth; a relative named after the kinship word
    P("天安煤业董事会聘任王新义任新总经理。\n王新义1962年出生，经济学博士、工程硕士。", ("王新义",), id="born-in-a-year-simp"),
    P("卖方由执行董事及非执行董事之女婿林孙明先生各自实益拥有20.37%的权益。", ("林孙明",), id="son-in-law-named-simp"),
    P("台北地檢署起訴昱陞營運長林聰明、胞姊林淑美5人。", ("林聰明", "林淑美"), id="elder-sister-named-trad"),
    # Stop 49, second round. Two titles, then 均是 and the name
    P("神州数码的董事长、总裁均是郭为，男，获工学硕士学位。", ("郭为",), id="titles-both-held-by-simp"),
    # Stop 50, second round. An adverb (相继, 先后) between the name and the verb of office
    P("此前，刘海涛相继卸任三家子公司的执行董事。", ("刘海涛",), id="resigned-one-post-after-another-simp"),
]

NOT_PEOPLE = [
    P("他感謝現任的校委會主席和成員，在他們的帶領下排名上升。", id="title-and-members-trad"),
    # A process and its English gloss is no transliterated name
    P("封裝製程包括晶粒黏著、打線接合（Wire Bonding）等。", id="term-and-gloss-of-four-characters-trad"),
    P("华尔街预计英特尔第四季度收入将达到183亿美元。", id="wall-street-is-no-person-simp"),
    # 商仲: commercial property brokers (商 is also a surname)
    P("上市櫃法人今年前6月大型交易創新高，商仲指出，科技業擴廠需求高。", id="property-brokers-trad"),
    P("公司違反「上市有價證券發行人應辦業務事項一覽表」不定期辦理事項等情事。", id="title-inside-everyday-words-trad"),
    P("金融、石化、鋼鐵、航運等類股走強。", id="run-of-sectors-trad"),
    P("奇信股份(002781.SZ)：控股股东解押115万股及延期购回1850.99万股。", id="verb-after-a-title-simp"),
    P("特斯拉于本周五表示，今年第三季度交付量增加。", id="preposition-and-a-day-after-a-firm-simp"),
    P("品牌負責人和文創企業家都高度肯定香港的水平。", id="conjunction-after-a-title-trad"),
    P("市場研究公司Rho Motion表示，10月全球電動車銷量增長35%。", id="latin-firm-after-its-kind-trad"),
    P("投保中心提起董事解任訴訟，法院判決董事解任登記。", id="dismissal-is-no-name-trad"),
    P("唐寧街首相府發言人表示，雙方會加強溝通。", id="office-spokesperson-trad"),
    P("檢方查出，由陳男負責規劃投資案，公司員工負責設立帳戶。", id="unnamed-man-trad"),
    P("〈永大股東會〉日立持股達7成是否將私有化 董座未回應", id="title-then-a-word-trad"),
    P("車商表示，隨著疫情趨於穩定，車廠也可望加碼促銷。", id="car-dealers-trad"),
    P("董事会宣布，于陈先生担任之董事会主席职务空缺后，公司业务将继续正常营运。", id="preposition-before-a-surname-simp"),
    P("供貨產品有自動濕式清洗機台(Wet Bench)、單晶圓旋轉清洗機。", id="term-with-a-latin-gloss-trad"),
    P("公司將以更先進的覆晶封裝(Flip Chip)技術擴增產能。", id="term-with-a-latin-gloss-after-particle-trad"),
    P("BorgWarner最新公司簡報亦表示，電動汽車營收占比將拉升。", id="company-briefing-is-no-person-trad"),
    P("其一致行动人、公司股东安远慧盟科技累计质押股数约为1.64亿股。", id="shareholder-firm-is-no-person-simp"),
    P("研究指出，在上屆美國總統任期內，關稅政策令企業成本上升。", id="term-of-office-after-a-title-trad"),
    P("分析師們表示，市場情緒仍然謹慎。", id="group-trad"),
    P("分析师们表示，市场情绪仍然谨慎。", id="group-simp"),
    P("首席投資官表示，市場波動加劇。", id="title-alone-trad"),
    P("首席投资官表示，市场波动加剧。", id="title-alone-simp"),
    P("他表示，市場波動加劇。", id="pronoun-he"),
    P("金管局表示，今年首10個月接獲投訴個案683宗。", id="regulator-is-no-person-trad"),
    P("法航将考虑破产的法国廉价航空公司蓝鹰航空（Aigle Azur）的员工。", id="firm-in-two-scripts-simp"),
    P("金管局表示，今年首10个月接获投诉个案683宗。", id="regulator-is-no-person-simp"),
    P("她认为，市场波动加剧。", id="pronoun-she"),
    P("他們認為，市場波動加劇。", id="pronoun-they"),
    P("管理層認為，下半年需求將回暖。", id="management"),
    P("馬來亞銀行分析師表示，港股估值吸引。", id="firm-then-title-trad"),
    P("马来亚银行分析师表示，港股估值吸引。", id="firm-then-title-simp"),
    P("富達國際投資組合經理表示，亞洲股市被低估。", id="firm-then-long-title"),
    P("Bernstein分析師表示，蘋果估值偏高。", id="latin-firm-is-not-a-person"),
    P("局長以書面回覆立法會議員提問時表示，不會影響財政規劃。", id="when-phrase-after-a-title"),
    P("中揚光一轉換公司債(66681)自4月起終止櫃檯買賣。", id="bond-with-a-code"),
    P("該連鎖餐飲集團今年展店加速。", id="trade-and-group-is-no-firm"),
    P("日電貿在2013年併購MLCC及半導體代理商。", id="component-acronym-bought"),
    P("瑞安市金融办表示将加强监管。", id="place-and-trade-is-no-firm"),
    P("本次矿业股份有限公司的公告称收购完成。", id="trade-and-legal-suffix-is-no-firm"),
    P("開市逾半小時，期指交投亦差不多。", id="trading-activity-is-no-firm"),
    P("麥蒂是努納武特希望灣（Hope Bay）礦業項目的所有者。", id="place-in-two-scripts"),
    P("董事會欣然宣布新任命。", id="assembly-after-a-title-trad"),
    P("股東應佔虧損擴大，股東常會決議不派息。", id="words-after-shareholder-trad"),
    P("公司股东蓝驰创投减持部分股份。", id="shareholder-firm-simp"),
    P("股东会后记者会明确表示，公司在印度设厂。", id="assembly-after-a-title-simp"),
    P("王先生表示不會賣出，服務先生也很好。", id="honorific-after-a-surname-alone-trad"),
    P("公司當選年度最佳僱主，成功連任。", id="office-verb-after-a-word-trad"),
    P("董事席次包括三席獨立董事。", id="seats-after-a-title-trad"),
    P("公司简介：上市公司，男女员工各半，平均42岁。", id="sexes-in-a-staff-count-simp"),
    P("內地採購經理指數(PMI)回升至50以上。", id="word-after-title-letters-trad"),
    P("内地采购经理指数(PMI)回升至50以上。", id="word-after-title-letters-simp"),
    P("关于控股股东部分股权补充质押的公告。", id="part-of-a-holding-simp"),
    P("會計師事務所名稱變更，會計師查核報告如期出具。", id="audit-firm-and-review-trad"),
    P("二十國集團峰會宣言稱推動構建開放金融體系。", id="declaration-is-no-name-trad"),
    P("股價年內高點兩股東宣布減持。", id="count-before-holders-simp"),
    P("福井廠旗下二座廠房之一的武生廠預計暫停營運至月底。", id="plant-before-a-verb-trad"),
    P("以明年來說，松翰表示，產能仍在協調。", id="next-year-is-no-name-trad"),
    P("高院認為，本案被告多數否認犯行。", id="high-court-is-no-name-trad"),
    P("今年董事改選為強調公司治理，順利選出董事九席(含四席獨立董事)。", id="election-and-seats-after-a-title-trad"),
    P("全月預估市場28,000台。", id="whole-month-is-no-name-trad"),
    P("董事任期三年，連選得連任。", id="may-be-reelected-is-no-name-trad"),
    P("3席董事席位中拿到2席。", id="seats-is-no-name-trad"),
    P("年度累計記憶體總位元數出貨量 (Total Bit Shipment) 年增36%。", id="term-and-its-latin-gloss-trad"),
    # A surname character opening a bureau or a county
    P("金發局表示，了解沙特經濟格局有助促進合作。", id="bureau-short-form-is-no-name-trad"),
    P("連江縣宣布，即日起旅客須出示證明。", id="county-is-no-name-trad"),
    P("其總經理曾任業界要職。", id="once-served-after-a-title-trad"),
    P("有商戶稱網球用品銷量明顯增加。", id="shopkeepers-are-no-name-trad"),
    P("该轮融资由SmileGate（领投）、Octave Life Sciences（领投）参与。", id="latin-firm-before-a-role-simp"),
    P("美國連鎖健身房 Planet Fitness(星球健身房)(PLNT-US) 看準會員逐步回流。", id="latin-name-with-gloss-and-code-trad"),
    P("今年還有大股東建群投資（CTL）涉及中資疑雲案。", id="shareholder-ending-in-investment-trad"),
    P("布希奇欢迎许大使履新并指出，两国合作成果丰硕。", id="taking-up-a-post-is-no-name-simp"),
    P("记者接着追问说“你不用再补充点吗”？", id="reporter-asks-next-simp"),
    P("商務部表示，注意到歐方發布的公告，強調中方對裁決結果不認同。", id="the-european-side-trad"),
    P("包含導入半導體設備Strip Map分析、精進製程。", id="verb-in-a-list-is-a-noun-trad"),
    # 二代健保 (the second-generation health insurance) and 千金 (stocks over NT$1,000) hold no family word
    P("配息屬於海外所得，不需要扣二代健保補充費用。力旺再登天價，台股盤中再現十千金榮景。", id="second-generation-insurance-trad"),
    P("丰台区玉泉营街道万柳园小区和房山区长阳镇北广阳城大街8号定为中风险地区。", id="district-in-a-place-name-simp"),
    P("特區政府選定香港大學李嘉誠醫學院負責營運試驗所。", id="school-named-after-a-person-trad"),
    P("嘉信理财因免去顾客的交易佣金，美国券商们备受压力。", id="waiving-customers-fees-simp"),
    P("安永會計師行安永預計，今年本港將有64隻新股上市。", id="accountants-firm-is-no-name-trad"),
    P("美國的白宮報告，明白點出美國學名藥有40％來自於印度。", id="frequent-word-tagged-as-a-name-trad"),
    P("《上海市生物医药产业发展白皮书》今天发布。白皮书指出，上海加快打造创新高地。", id="white-paper-simp"),
    P("萬海市值較小，籌碼相對安定，大股東陳家持股逾4成。", id="a-family-is-no-person-trad"),
    P("行政長官施政理念清晰。", id="policy-after-a-title-trad"),
    P("華盛頓認為是不可接受。", id="washington-is-a-government-trad"),
    P("如果前景真的那麼看好，這些大股東為何賣股走人?", id="why-after-a-title-trad"),
    P("公司第十届监事侯选人名单公布。南港獨董全遭解任。", id="candidate-and-all-of-them-simp"),
    P("炸雞大獅推出新品，單包建議售價89元。", id="list-price-after-a-pack-trad"),
    # 曾 as "once" before a word, not the surname
    P("曾长期担任赌场业的霍恩巴克接任公司行政总裁。", id="once-long-held-simp"),
    # 向 (to) and whom the spokesman spoke to, not the surname 向
    P("AMD發言人向外電指，正採取一系列有針對性的措施。", id="spoke-to-foreign-press-trad"),
    # A shareholder named after a place is a firm
    P("持股3.519%股东常州中科拟清仓减持。", id="shareholder-named-after-a-city-simp"),
    # the start of a registered name the article gives, after 股东
    P("第一创业(002797.SZ)股东华熙昕宇解除质押1410万股。公司接到股东华熙昕宇投资有限公司通知。", id="shareholder-short-form-of-a-registered-name-simp"),
    P("施政報告提出由財政司副司長任組長。记者致电九安医疗，公司一位对外部门发言人向记者回应称：“一切运营正常。”", id="serves-as-a-title-simp"),
    # 股东的净利润: what belongs to the holders, not a person after a title and 的
    P("公司2021年度归属于上市公司股东的净利润预计增加5298万元。", id="net-profit-of-the-holders-simp"),
    # Two everyday words after a title (董事發生變動) are no transliterated name
    P("屬三分之一以上董事發生變動（請輸入是或否）:是", id="directors-changed-trad"),
    # guard: a title's opening (副, 兼), a place's head (龍潭里里長) or a preposition is no name before a title in a list
    P("公司副總經理、主席兼行政總裁、龍潭里里長及附近車商，中心亦已向食肆負責人和員工作出教育。", id="no-names-before-titles-in-a-list-trad"),
    # 股东华建盈富…深圳市华建盈富投资企业: a holder that the article names in full as a firm is no person
    P("原标题：晶澳科技：股东华建盈富所持2000万股解除质押后再质押\n公司接到持股5%以上股东深圳市华建盈富投资企业（有限合伙）通知，华建盈富于2020年9月28日解除质押2000万股。",
      id="holder-named-in-full-as-a-firm-simp"),
    # 有 opens no name after a title (局長有很好解說能力)
    P("兩名新局長有很好解說能力，亦很主動，符合他的施政理念。", id="title-then-has-trad"),
    # 董座齊聲 (chairmen in unison) holds no name; a gloss after a particle (的覆晶（Flip Chip）) is a term
    P("群聯、旺宏董座齊聲：明年需求持續成長。以及5G系統單晶片（SoC）的覆晶（Flip Chip）封裝帶動先進封裝。",
      id="in-unison-and-a-glossed-term-trad"),
    # 房仲 (estate agents) reads like a surname and a given name
    P("房仲指出，台積電創造大量就業機會，也帶動房價走揚。", id="estate-agents-trad"),
    # 雷姓 (surnamed Lei) names nobody, whatever surname stands before it
    P("起訴指出，該公司胡姓經理向雷姓友人借款。", id="surnamed-so-and-so-trad"),
    P("起诉指出，该公司胡姓经理向雷姓友人借款。", id="surnamed-so-and-so-simp"),
    # 高峰 (a peak; also a name) before 論壇: the summit's name, not a person
    P("特首出席大學校長高峰論壇致辭，談及大灣區發展。", id="summit-is-no-person-trad"),
    # 全權 (full authority) after a title opens no name, though 全 is a surname
    P("如需修正或調整時，授權董事長全權辦理。", id="full-authority-trad"),
    # Three items sharing two characters are one phrase varied (管 is also a surname)
    P("致力於管得住、管得準、管得好，綜合運用預警監管。", id="one-phrase-varied-trad"),
    # 祝賀他 (congratulates him): a verb and a pronoun, though 祝 is a surname
    P("總理致電新任總理，祝賀他就任。", id="verb-and-pronoun-trad"),
    # 沙特 (Saudi Arabia; jieba tags it a name) and a famous name before 系列 (a product line)
    P("年初，沙特宣布額外減產100萬桶/日。", id="saudi-is-no-person-trad"),
    P("公司上半年推出重量級產品《奧特曼系列變身大決戰》。", id="name-of-a-product-line-trad"),
    # An ordinal glossed in English, a ministry, a president's office and a family (張家創立: founded by the Zhangs)
    P("公司躋身汽車品牌廠的「第一階（First Tier）」供應商之列。", id="ordinal-and-gloss-trad"),
    P("衛福部預計年底前公布新辦法。", id="ministry-is-no-name-trad"),
    P("法國總統府對外表示，總統將於本月訪問莫斯科。", id="presidents-office-trad"),
    P("該公司由日月光集團大股東張家創立，主營不動產。", id="founded-by-a-family-trad"),
    # A word glossed in English (企業家, Business Owner) is no name
    P("問卷將受訪者分為受僱者（Employee）、企業家（Business Owner），以及投資人（Investor）。", id="word-glossed-in-english-trad"),
    # Stop 39. A Latin product name glossed in everyday words is no transliterated person
    P("訊連三大成長業務為PC-Create、Mobile App與New Biz(人臉辨識)。", id="latin-product-and-its-gloss-trad"),
    # Stop 42. 認 (holds that) after a title opens no name: 檢察官認吳金泉等3人
    P("檢察官認吳金泉等3人毫無悔意，請求從重量刑。", id="holds-after-a-title-trad"),
    # Stop 43. 或 (or) ends no titled name: 主席解僱或降職 (dismiss or demote the chair)
    P("美國法律不容許聯邦政府將聯儲局主席解僱或降職。", id="or-ends-no-titled-name-trad"),
    # Stop 45. A holder before 持股 (holds shares) is the company, no name ending in 持
    P("最大股東為華碩持股28.48％，其餘股東持股均低於一成。", id="holder-then-holds-shares-trad"),
    # Stop 48 (guards): a company founded in a year; production after the year
    P("上海竞集公司2010年成立，林业2019年生产木材。", id="founded-in-a-year-is-no-birth-simp"),
    # Stop 49. A listed name and its investor conference (法說), no person 陽明法
    P("陽明法說報喜 航運股走揚", id="listed-name-then-investor-conference-trad"),
]

PEOPLE_MISSES = [
    P("因力帆控股、尹明善及其家族成員陳巧鳳、尹喜地、尹索微涉嫌信息披露違法。", ("尹明善", "陳巧鳳", "尹喜地", "尹索微"),
      id="family-list-before-a-verb", marks=pytest.mark.xfail(strict=True, reason="the last name runs into 涉嫌; 尹明善 stands between a firm and 及其")),
    P("古爾斯比週一表示，降息步伐應放緩。", ("古爾斯比",), id="transliteration-without-title",
      marks=pytest.mark.xfail(strict=True, reason="a transliterated name with no title and a time word before the verb")),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE + PEOPLE_MISSES)
def test_people(text: str, expected: tuple[str, ...]) -> None:
    check_people(text, expected)


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_people(text: str) -> None:
    assert people_names(text) == []


# Title and organisation from the `[firm][title][name][verb]` pattern (issue 5).
ROLES = [
    P("盛寶銀行首席投資策略師Charu Chanana表示，市場對降息的預期過於樂觀。",
      ("Charu Chanana", "首席投資策略師", "盛寶銀行"), id="firm-title-latin-trad"),
    P("盛宝银行首席投资策略师Charu Chanana表示，市场对降息的预期过于乐观。",
      ("Charu Chanana", "首席投资策略师", "盛宝银行"), id="firm-title-latin-simp"),
    P("Union Bancaire Privee董事總經理Vey-Sern Ling表示，亞洲股市估值吸引。",
      ("Vey-Sern Ling", "董事總經理", "Union Bancaire Privee"), id="latin-firm-title-latin"),
    P("元大投顧董事長陳清福表示，台股短線仍有震盪。", ("陳清福", "董事長", "元大投顧"), id="firm-title-chinese"),
    P("首席经济学家王小明指出，通胀压力正在缓和。", ("王小明", "首席经济学家", None), id="title-without-firm"),
    P("陳清福表示，台股短線仍有震盪。", ("陳清福", None, None), id="no-title"),
    P("摩根士丹利策略師Manish Kabra表示，美股估值偏高。Kabra補充說，企業盈利仍有支撐。",
      ("Manish Kabra", "策略師", "摩根士丹利"), id="short-form-keeps-role"),
    P("景順亞太區首席市場策略師David Chao表示，亞洲股市估值吸引。", ("David Chao", "首席市場策略師", "景順"),
      id="region-between-firm-and-title"),
    P("星展香港高級經濟師周洪禮認為，消費零售表現會較好。", ("周洪禮", "高級經濟師", "星展"), id="senior-economist-trad"),
    P("阿里巴巴董事局主席张勇致辞表示，感谢客户。", ("张勇", "董事局主席", "阿里巴巴"), id="speech-after-a-name-simp"),
    P("藥華藥醫學長秦小強表示，希望可以幫助更多患者。", ("秦小強", "醫學長", "藥華藥"), id="chief-medical-officer-trad"),
    P("特斯拉联合创始人施特劳贝尔（JB Straubel）在接受采访时表示，转变很强大。", ("施特劳贝尔", "联合创始人", "特斯拉"),
      id="transliterated-name-after-a-title-simp"),
    # Hong Kong writes 策略員 for 策略師
    P("恒生銀行首席市場策略員溫灼培表示，聯儲局面對最大難題。", ("溫灼培", "首席市場策略員", "恒生銀行"), id="strategist-hong-kong-title-trad"),
]


ROLE_MISSES = [

]


@pytest.mark.parametrize(("text", "expected"), ROLES + ROLE_MISSES)
def test_person_title_and_org(text: str, expected: tuple[str, str | None, str | None]) -> None:
    name, title, org = expected
    [person] = dsnews.extract(text).people
    assert (norm_name(person.name), norm_name(person.title), norm_name(person.org)) == (
        norm_name(name), norm_name(title), norm_name(org))


@pytest.mark.parametrize("text", [
    P("摩根士丹利策略師Manish Kabra表示，美股估值偏高。Kabra補充說，企業盈利仍有支撐。", id="trad"),
    P("摩根士丹利策略师Manish Kabra表示，美股估值偏高。Kabra补充说，企业盈利仍有支撑。", id="simp"),
])
def test_short_form_is_one_person_with_every_mention(text: str) -> None:
    [person] = dsnews.extract(text).people
    assert person.name == "Manish Kabra"
    assert "Kabra" in person.aliases
    assert [s.text for s in person.mentions] == ["Manish Kabra", "Kabra"]
    for span in person.mentions:
        assert text[span.start : span.end] == span.text


def test_ky_form_names_the_listing_and_the_firm_alike() -> None:
    """The -KY form the body prints names both, however often the headline repeats the bare name."""
    result = dsnews.extract("泰昇擴廠，泰昇獲利成長\n\n泰昇-KY（8480）表示，越南新廠下半年投產。")
    assert [(t.id, t.name) for t in result.tickers] == [("8480.TW", "泰昇-KY")]
    assert [(f.name, f.ticker) for f in result.firms] == [("泰昇-KY", "8480.TW")]



def test_registered_name_is_named_again_by_its_short_form() -> None:
    """北京興漢網際股份有限公司…北京興漢: the stem without its business word (網際) is the same firm
    (stop 43); a word that is a listed name of its own never is."""
    text = "新漢(8234)公告，子公司北京興漢網際股份有限公司擬終止掛牌。新漢持有北京興漢70.64%股權。"
    firm = next(f for f in dsnews.extract(text).firms if f.ticker is None)
    assert (firm.name, [s.text for s in firm.mentions]) == ("北京興漢網際股份有限公司", ["北京興漢網際股份有限公司", "北京興漢"])
    for span in firm.mentions:
        assert text[span.start : span.end] == span.text

def test_two_scripts_keep_the_other_form_as_alias() -> None:
    [person] = dsnews.extract("方舟投資創辦人伍德 (Cathie Wood)表示，她仍看好電動車。").people
    assert (person.name, "Cathie Wood" in person.aliases) == ("伍德", True)


def test_bracketed_form_joins_a_dotted_name() -> None:
    # the lexicon spells him 皮查伊; the article's own form comes first and keeps the other
    [person] = dsnews.extract("他直接向谷歌CEO桑达•皮采（Sundar Pichai）汇报。").people
    assert (person.name, "Sundar Pichai" in person.aliases) == ("桑达•皮采", True)


# ======================================================================================
# Firms
# ======================================================================================

FirmItem = tuple[str, str | tuple[str, ...] | None]


def firms_found(text: str) -> list[tuple[str | None, str | None]]:
    return sorted(((norm_name(f.name), norm_ticker(f.ticker)) for f in dsnews.extract(text).firms), key=repr)


def check_firms(text: str, expected: tuple[FirmItem, ...]) -> None:
    """Exact set of firms; a tuple of tickers lists the acceptable listings."""
    found = firms_found(text)
    want = []
    canon: dict[str | None, str | None] = {}
    for name, ticker in expected:
        group = ticker if isinstance(ticker, tuple) else (ticker,)
        for alt in group:
            canon[norm_ticker(alt)] = norm_ticker(group[0])
        want.append((norm_name(name), norm_ticker(group[0])))
    got = sorted(((n, canon.get(t, t)) for n, t in found), key=repr)
    assert got == sorted(want, key=repr), f"found {found}"


FIRMS = [
    P("證交所公告，允強群益0A購01(031239)認購權證最近六個營業日累積收盤價跌幅達33.51%。", (("證交所", None),),
      id="no-firms-inside-a-warrant-name-trad"),
    P("公司全资附属多博科技有限公司与卖方海南水石体育文化发展有限公司订立协议。",
      (("多博科技有限公司", None), ("海南水石体育文化发展有限公司", None)), id="subsidiary-and-seller-before-registered-names-simp"),
    P("公司已完成本次回购注销创维液晶科技有限公司所持股份。", (("创维液晶科技有限公司", None),), id="cancels-before-a-registered-name-simp"),
    # Words before a firm's name that open no name: 同时 before a registered name, 核准 (approves)
    P("新增股东华中数控，同时南宁产投新能源汽车投资有限责任公司持股比例下降。",
      (("华中数控", "300161.SZ"), ("南宁产投新能源汽车投资有限责任公司", None)), id="meanwhile-before-a-registered-name-simp"),
    P("金管會證期局表示，核准柏瑞投信申報募集基金。", (("柏瑞投信", None),), id="approves-before-a-fund-house-trad"),
    # Sina (taken private in 2021): a firm of its own, no ticker
    P("省網信辦約談新浪浙江，新浪表示將整改。", (("新浪", None),), id="sina-trad"),
    # Retail chains without a listing of their own
    P("茂生的蛋品進駐全聯、大潤發等通路。", (("全聯", None), ("大潤發", None)), id="retail-chains-trad"),
    P("他曾任職外商瑞士銀行。", (("瑞士銀行", "UBSG.CH"),), id="swiss-bank-is-ubs-trad"),
    # A ranking's 名有 opens no name: 前10名有鈞泰 (6131) names 鈞泰
    P("台股今日上漲，上市跌幅前10名有鈞泰 (6131)、廣豐 (1416)以上2檔跌停。", (("鈞泰", "6131.TW"), ("廣豐", "1416.TW")),
      id="ranking-has-before-a-coded-name-trad"),
    # A verb before a registered name opens no part of it (赴, 吊销, 认列)
    P("司长21日带队赴中国石油化工集团有限公司调研。", (("中国石油化工集团有限公司", None),), id="go-to-before-a-registered-name-simp"),
    P("北京市通信管理局吊销中国联通（美洲）运营有限公司的许可。", (("中国联通（美洲）运营有限公司", None),), id="revoke-before-a-registered-name-simp"),
    # A registered name starts after 主体, 责令 and 一致行动人 (一 stops a name)
    P("经查，账号主体上海福满家便利有限公司违规。市网信办责令上海福满家便利有限公司整改。",
      (("上海福满家便利有限公司", None),), id="registered-name-after-subject-and-order-simp"),
    P("其一致行动人贵州贵安新区金域投资中心（有限合伙）增持。", (("贵州贵安新区金域投资中心（有限合伙）", None),),
      id="registered-name-after-persons-acting-in-concert-simp"),
    P("政府宣布成立香港投資管理有限公司，負責管理基金。", (("香港投資管理有限公司", None),), id="registered-name-after-set-up-trad"),
    # A former name printed with a spaced -KY before its code is the company; KY alone is no name
    P("石塑地板製造廠美喆 - KY(8466-TW) 今日公布營收。", (("美喆 - KY", "8466.TW"),), id="spaced-ky-before-a-code-trad"),
    # A Latin name with "Co., Ltd." is one unlisted firm: its dot makes no security id
    P("旗下子公司Royal Finishing Co., Ltd.取得訂單。", (("Royal Finishing Co., Ltd.", None),), id="co-ltd-is-no-ticker-trad"),
    # From the lexicons, with their ticker
    P("高盛發表報告，看好港股後市。", (("高盛", "GS.US"),), id="lexicon-goldman-trad"),
    P("高盛发表报告，看好港股后市。", (("高盛", "GS.US"),), id="lexicon-goldman-simp"),
    P("騰訊公布季度業績，純利按年增長。", (("騰訊", "0700.HK"),), id="lexicon-listed-trad"),
    P("腾讯公布季度业绩，纯利同比增长。", (("腾讯", "0700.HK"),), id="lexicon-listed-simp"),
    P("Man Group的首席投資官表示：「市場低估了通脹風險。」", (("Man Group", "EMG.UK"),), id="lexicon-latin-listed"),
    P("法國興業銀行策略師表示，法興銀行看好歐股。", (("法國興業銀行", "GLE.FR"),), id="aliases-merged"),
    P("瑞銀全球財富管理部門首席投資官表示，美股仍有上行空間。", (("瑞銀", ("UBSG.CH", "UBS.US")),),
      id="division-folds-into-firm"),
    # Patterns: Chinese name + firm suffix, Latin name before a title
    P("盛寶銀行首席投資策略師Charu Chanana表示，市場對降息的預期過於樂觀。", (("盛寶銀行", None),),
      id="suffix-bank-trad"),
    P("盛宝银行首席投资策略师Charu Chanana表示，市场对降息的预期过于乐观。", (("盛宝银行", None),),
      id="suffix-bank-simp"),
    P("凱基投顧分析師表示，台股短線仍有震盪。", (("凱基投顧", None),), id="suffix-investment-adviser"),
    P("星河資產管理公司認為，債市仍有機會。", (("星河資產管理公司", None),), id="suffix-asset-manager-trad"),
    P("星河资产管理公司认为，债市仍有机会。", (("星河资产管理公司", None),), id="suffix-asset-manager-simp"),
    P("Union Bancaire Privee董事總經理Vey-Sern Ling表示，亞洲股市估值吸引。", (("Union Bancaire Privee", None),),
      id="latin-before-title-trad"),
    P("Union Bancaire Privee董事总经理Vey-Sern Ling表示，亚洲股市估值吸引。", (("Union Bancaire Privee", None),),
      id="latin-before-title-simp"),
    P("Aletheia Capital分析師Nirgunan Tiruchelvam認為，科技股估值偏高。", (("Aletheia Capital", None),),
      id="latin-capital"),
    P("Bernstein分析師表示，蘋果估值偏高。", (("Bernstein", None), ("蘋果", "AAPL.US")), id="latin-research-house"),
    P("Aletheia capital分析師表示，科技股估值偏高。", (("Aletheia capital", None),), id="latin-lower-case-suffix"),
    P("野村證券分析師表示，日股仍有上行空間。", (("野村證券", "8604.JP"),), id="lexicon-japanese-broker"),
    P("貝萊德表示，看好日本股市。", (("貝萊德", "BLK.US"),), id="lexicon-asset-manager-trad"),
    P("贝莱德表示，看好日本股市。", (("贝莱德", "BLK.US"),), id="lexicon-asset-manager-simp"),
    P("東方匯理資產管理認為，歐股仍有上行空間。", (("東方匯理資產管理", "AMUN.FR"),), id="lexicon-european-listed"),
    P("國泰君安國際分析師表示，港股估值偏低。", (("國泰君安國際", "1788.HK"),), id="lexicon-hk-broker"),
    P("光大證券研究所認為，消費復甦仍需時間。", (("光大證券", ("601788.SH", "6178.HK")),), id="research-institute-folds"),
    P("桥水基金创始人达利欧表示，债务问题值得警惕。", (("桥水基金", None),), id="private-fund"),
    # Start-ups and media cited in the body
    P("OpenAI發布新模型，DeepSeek隨即跟進。", (("OpenAI", None), ("DeepSeek", None)), id="start-ups-trad"),
    P("OpenAI发布新模型，DeepSeek随即跟进。", (("OpenAI", None), ("DeepSeek", None)), id="start-ups-simp"),
    P("匯豐研究發表報告，上調港股評級。", (("匯豐", "0005.HK"),), id="research-arm-folds-trad"),
    P("汇丰研究发表报告，上调港股评级。", (("汇丰", "0005.HK"),), id="research-arm-folds-simp"),
    P("中金公司研究部發布報告，看好消費股。", (("中金公司", ("601995.SH", "3908.HK")),), id="research-dept-folds"),
    P("摩根大通分析師表示，港股估值吸引。小摩看好科技股。", (("摩根大通", "JPM.US"),), id="nickname-merged"),
    P("據中國經濟網報道，多家銀行下調存款利率。", (("中國經濟網", None),), id="media-source-in-body"),
    P("據彭博報導，蘋果正與多家供應商洽談。", (("彭博", None), ("蘋果", "AAPL.US")), id="media-bloomberg"),
    P("据路透报道，苹果正与多家供应商洽谈。", (("路透", None), ("苹果", "AAPL.US")), id="media-reuters"),
    P("景順亞太區首席市場策略師David Chao表示，亞洲股市估值吸引。", (("景順", "IVZ.US"),), id="region-word-is-not-a-firm"),
    P("台塑四寶今日股價同步走弱。", (), id="group-nickname-is-not-a-firm"),
    P("他历任闽侨证券研究员，现任兴银基金首席信息官。", (("闽侨证券", None), ("兴银基金", None)),
      id="no-leading-verbs-in-firm-names"),
    # Registered names: one firm of their own, even with a listed company's name inside
    P("公司接到第一大股东上海格林兰投资企业（有限合伙）通知，质权人为上海海通证券资产管理有限公司。",
      (("上海格林兰投资企业（有限合伙）", None), ("上海海通证券资产管理有限公司", None)), id="registered-names-simp"),
    P("兴银基金发布公告。兴银基金管理有限责任公司成立于2013年。", (("兴银基金", None),),
      id="registered-name-of-a-known-firm"),
    # The registered name of a listed company the article names is that company
    P("大东方(600327)公告，无锡商业大厦大东方股份有限公司收到通知。", (("大东方", "600327.SH"),),
      id="registered-name-holds-listed-name-simp"),
    P("龍江交通(601188)公布，黑龍江交通發展股份有限公司收到函件。", (("龍江交通", "601188.SH"),),
      id="registered-name-holds-listed-name-trad"),
    P("华平股份(300074)公告，华平信息技术股份有限公司中标。", (("华平股份", "300074.SZ"),),
      id="registered-name-starts-with-listed-stem-simp"),
    P("泛海集團(0129)公告，泛海控股股份有限公司出售資產。", (("泛海集團", "0129.HK"), ("泛海控股股份有限公司", "000046.SZ")),
      id="two-character-stem-is-not-enough-trad"),
    P("变动原因主要系浪潮乐金数字移动通信有限公司并表所致。", (("浪潮乐金数字移动通信有限公司", None),),
      id="registered-name-after-mainly-simp"),
    P("大家樂中期盈利按年跌28%至1.4億元。", (("大家樂", "0341.HK"),), id="word-name-before-results-trad"),
    P("前因貿易戰美方對華為實施禁令。", (("華為", None),), id="known-word-name-after-a-word-trad"),
    P("公司與中國大陸合作夥伴浙江醫藥股份有限公司簽約。", (("浙江醫藥股份有限公司", "600216.SH"),),
      id="registered-name-after-partner-trad"),
    P("公司与世界500强万科企业股份有限公司签约。", (("万科企业股份有限公司", "000002.SZ"),), id="registered-name-after-rank-simp"),
    # A listing the lexicons lack, printed after a name that ends in another company's name
    P("格隆汇10月15日丨越博动力(300742.SZ)今日跌停。越博动力昨日发布业绩预告。", (("格隆汇", None), ("越博动力", "300742.SZ")),
      id="unknown-listing-named-again-simp"),
    P("格隆匯10月15日丨越博動力(300742.SZ)今日跌停。越博動力昨日發布業績預告。", (("格隆匯", None), ("越博動力", "300742.SZ")),
      id="unknown-listing-named-again-trad"),
    P("大熊建設與嘉磐建設今年在南屯推案。", (("大熊建設", None), ("嘉磐建設", None)), id="suffix-construction-trad"),
    P("投资人称已向众网小贷提交材料。", (("众网小贷", None),), id="suffix-lender-simp"),
    P("Bernstein表示，晶片股估值偏高。", (("Bernstein", None),), id="latin-word-before-verb"),
    P("市場研究公司Rho Motion表示，10月全球電動車銷量增長35%。", (("Rho Motion", None),), id="latin-name-after-its-kind-trad"),
    P("法興銀行分析師Manish Kabra表示，美股偏貴。Kabra指出，科技股領漲。", (("法興銀行", "GLE.FR"),),
      id="a-surname-before-a-verb-is-no-firm"),
    P("金管會也開罰台新銀行3,000萬元。", (("台新銀行", None),), id="regulator-verb-before-a-bank"),
    # A list closed by 等 and a kind of firm; a company set up, named in quotes
    P("更磁吸龍寶、精銳、惠宇等品牌建商插旗推案。", (("龍寶", None), ("精銳", None), ("惠宇", None)),
      id="list-of-builders-trad"),
    P("近期还投资过贝纯、云联万维等券商。", (("贝纯", None), ("云联万维", None)), id="list-of-brokers-simp"),
    P("2001年至2020年，历任华为技术有限公司四川代表处客户经理。", (("华为技术有限公司", None),),
      id="legal-name-holding-wei"),
    P("力麗指出，已成立「力寶龍能源」，並籌設風力發電廠。", (("力麗", "1444.TW"), ("力寶龍能源", None)),
      id="quoted-new-company-trad"),
    P("龍寶、精銳等建商插旗。龍寶建設推出新案。", (("龍寶", None), ("精銳", None)), id="short-and-suffixed-are-one-firm"),
    # A Latin name bought, or whose shares move
    P("微软宣布收购Movere，以扩充云端迁移服务。", (("微软", "MSFT.US"), ("Movere", None)), id="latin-name-bought-simp"),
    P("Craft Brew Alliance股價在延長交易時段升逾1倍。", (("Craft Brew Alliance", None),), id="latin-name-share-price-trad"),
    # A company printed with a code the lexicons lack (a NEEQ code: Beijing by the GUIDELINES), named again
    P("近日安居乐(839406)发公告称董事会通过任命。安居乐称，任免不会产生不利影响。", (("安居乐", "839406.BJ"),),
      id="unknown-code-simp"),
    P("國內不鏽鋼上游大廠燁聯(9957)公告營收。", (("燁聯", None),), id="unknown-code-after-descriptor-trad"),
    P("台股觀光類股走高，日本伴手禮業者紅馬-KY（2928）漲逾2.5％。", (("紅馬-KY", "2928.TW"),), id="known-code-after-descriptor-trad"),
    # A Han name with its Latin company name in brackets, and its later short form
    P("山东黄金宣布收购麦蒂资源公司（TMAC Resources Inc.）。麦蒂表示，交易有望完成。",
      (("山东黄金", "600547.SH"), ("麦蒂资源公司", None)), id="han-then-latin-company-simp"),
    P("哈薩克阿拉木圖貿易金融銀行（ATF Bank）當天發布消息稱，交易已獲批准。", (("阿拉木圖貿易金融銀行", None),),
      id="han-then-latin-company-trad"),
    P("董事會通過子公司因應營運擴充而增購不動產案。", (), id="verb-before-a-suffix"),
    # Registered names: a region or group in brackets, a parent group, a defined short name
    P("公司控股股东成都天齐实业（集团）有限公司持有股份。", (("成都天齐实业（集团）有限公司", None),),
      id="registered-name-with-bracketed-group-simp"),
    P("卖方为阿里巴巴（中国）网络技术有限公司。", (("阿里巴巴（中国）网络技术有限公司", None),),
      id="subsidiary-with-bracketed-region-simp"),
    P("新希望(000876)公告，控股股东新希望集团有限公司增持。", (("新希望", "000876.SZ"), ("新希望集团有限公司", None)),
      id="parent-group-of-an-a-share-simp"),
    P("视觉中国(000681)公告称，视觉（中国）文化发展股份有限公司收到股东通知。", (("视觉中国", "000681.SZ"),),
      id="bracketed-registered-name-of-the-listed-company-simp"),
    P("伊利股份(600887)公告，内蒙古伊利实业集团股份有限公司董事会决议。", (("伊利股份", "600887.SH"),),
      id="registered-name-after-a-province-simp"),
    P("大东方收到控股股东江苏无锡商业大厦集团有限公司（以下简称“大厦集团”）通知。大厦集团实施增持计划。",
      (("大东方", "600327.SH"), ("江苏无锡商业大厦集团有限公司", None)), id="defined-short-name-simp"),
    P("散裝航運的慧洋 - KY(2637-TW) 也有 4% 以上跌幅。", (("慧洋 - KY", "2637.TW"),), id="spaced-ky-mark-trad"),
    P("這次搭配力弘科技的平板電腦。", (("力弘科技", None),), id="verb-before-a-guessed-name-trad"),
    P("近日，中国五冶集团工程总承包公司收到中标通知书。", (("中国五冶集团", None),), id="country-opens-a-guessed-name-simp"),
    P("汪文进现任战略规划部总经理兼深圳华侨城控股股份有限公司投资管理部总监，曾担任深圳华侨城房地产有限公司副总经理。",
      (("深圳华侨城控股股份有限公司", None), ("深圳华侨城房地产有限公司", None)), id="registered-name-after-a-role-simp"),
    P("公司收到招标人天津市自来水集团有限公司及其招标代理机构天津市泛亚工程机电设备咨询有限公司发出的中标通知书。",
      (("天津市自来水集团有限公司", None), ("天津市泛亚工程机电设备咨询有限公司", None)), id="registered-name-after-a-party-simp"),
    P("广东弘敏及其一致行动人红星家具集团有限公司合计持有公司11.04%股份。", (("红星家具集团有限公司", None),),
      id="role-before-a-registered-name-simp"),
    # A listed firm's name without 科技 / 電子 later is the same firm; its stem with another
    # firm word is another firm (哈药股份 … 哈药集团)
    P("雍智科技(6683)上半年營收創高。雍智表示，探針卡已獲客戶採用。", (("雍智科技", "6683.TW"),),
      id="listed-short-form-trad"),
    P("哈药股份(600664)公告称，控股股东哈药集团有限公司所持股份解除质押。",
      (("哈药股份", "600664.SH"), ("哈药集团有限公司", None)), id="stem-with-another-firm-word-simp"),
    # The short name a registered name defines is that firm wherever it stands
    P("公司收到控股股东内蒙古金河建筑安装有限责任公司（以下简称“金河建安”）的通知。控股股东金河建安累计质押公司股份。",
      (("内蒙古金河建筑安装有限责任公司", None),), id="defined-short-name-again-simp"),
    P("包括易方达、华夏、广发等在内的多家基金公司纷纷自购旗下基金。",
      (("易方达", None), ("华夏", None), ("广发", None)), id="list-of-fund-houses-including-simp"),
    # 获 (obtained) opens no firm's name
    P("公司获磐京基金举牌。", (("磐京基金", None),), id="huo-before-a-firm-simp"),
    # 包 opens names (包头, 包钢); 下属 and 包括 open none
    P("控股股东包头草原糖业（集团）有限责任公司解除质押2166万股。", (("包头草原糖业（集团）有限责任公司", None),),
      id="baotou-opens-a-registered-name-simp"),
    P("公司下属中国铁建昆仑投资集团有限公司中标。", (("中国铁建昆仑投资集团有限公司", None),),
      id="subordinate-before-a-registered-name-simp"),
    P("参与方包括中国银行股份有限公司等。", (("中国银行股份有限公司", "601988.SH"),), id="including-before-a-registered-name-simp"),
    # A registered name defining a listed company's name is that company; names differing
    # only in their legal suffix are one firm
    P("要约收购中百控股集团有限公司。公司向中百控股集团股份有限公司（以下简称“中百集团”）发出通知。",
      (("中百控股集团有限公司", "000759.SZ"),), id="registered-name-defines-a-listed-name-simp"),
    # Time words and roles open no registered name; 因 opens no guessed one
    P("近日河北沃土种业股份有限公司发公告称，为了补充流动资金。", (("河北沃土种业股份有限公司", None),),
      id="time-word-before-a-registered-name-simp"),
    P("本信托计划项下抵押人之一开平富琳裕邦房地产开发有限公司为担保。", (("开平富琳裕邦房地产开发有限公司", None),),
      id="one-of-before-a-registered-name-simp"),
    P("因力帆控股破产重整，股价下跌。", (("力帆控股", None),), id="because-before-a-guessed-name-simp"),
    # Verbs before a guessed name open none of it: 到, 已接獲, 擔綱; nor does the half of a
    # word a stop character begins (其中, 過去)
    P("物流股權，轉移到瑞岡控股新成立的公司。", (("瑞岡控股", None),), id="moved-to-before-a-suffix-trad"),
    P("精確切入電動車市場，已接獲晟翔集團的訂單。", (("晟翔集團", None),), id="received-before-a-suffix-trad"),
    P("兩席董事中，其中明遠資產管理公司持股最多。", (("明遠資產管理公司", None),), id="half-word-before-a-suffix-trad"),
    P("他過去擔綱沛霖集團重要主管。", (("沛霖集團", None),), id="was-in-charge-before-a-suffix-trad"),
    # A director's title and a stock code open no registered name
    P("另一席由法人董事明遠資產管理有限公司取得。", (("明遠資產管理有限公司", None),), id="director-before-a-registered-name-trad"),
    P("證券名稱:9999明遠國際股份有限公司普通股。", (("明遠國際股份有限公司", None),), id="code-before-a-registered-name-trad"),
    P("櫃買中心公告調整明遠資訊股份有限公司之交易方法。", (("櫃買中心", None), ("明遠資訊股份有限公司", None)), id="adjust-before-a-registered-name-trad"),
    # (股) marks a company limited by shares in a Taiwan filing
    P("董事當選人：全青(股)代表人王大明，明遠投資(股)代表人李小華。", (("全青", None), ("明遠投資", None)), id="share-mark-trad"),
    P("公司透過子公司明洧(股)公司取得股權。", (("明洧", None),), id="subsidiary-before-a-share-mark-trad"),
    # A company sits on a board through its representative (代表人); not a government body
    P("當選董事有明遠投資代表人王大明、沛霖開發代表人李小華。", (("明遠投資", None), ("沛霖開發", None)), id="representative-of-a-company-trad"),
    P("董事包括行政院農業委員會代表人王大明。", (), id="representative-of-a-government-trad"),
    # An accounting or law firm
    P("獨董當選人為明遠聯合會計師事務所所長王大明。", (("明遠聯合會計師事務所", None),), id="accounting-firm-trad"),
    P("并聘请律师事务所、财务顾问对交易出具意见。", (), id="hired-law-firm-is-no-name-simp"),
    # A verb of giving ends before a registered name, even one that opens with 有
    P("房屋署將設計及建造合約批予有利建築有限公司。", (("有利建築有限公司", None),), id="awarded-to-a-registered-name-trad"),
    # A verb before a suffix opens no name (調升基金…款項), and a tech park's offices are no firm
    P("立法會今日作出決議，調升基金遣散費特惠款項的上限。", (), id="raise-before-a-suffix-trad"),
    P("〈觀察〉內湖科技廠辦補上北市商辦缺口。", (), id="tech-park-offices-trad"),
    # A byline's 報導 opens no name before a code
    P("記者 王小明 報導明遠(9999)今日公布營收。", (("明遠", None),), id="byline-before-a-name-and-code-trad"),
    # 廠商 is what the company is, not part of its name
    P("線上教學平台廠商明遠(9999)今日登錄興櫃。", (("明遠", "9999.TW"),), id="maker-before-a-name-and-code-trad"),
    P("線上教育平台明遠(9999-TE)今日登錄興櫃。", (("明遠", "9999.TW"),), id="platform-before-a-name-and-code-trad"),
    # The unknown names of a list holding two listed companies are companies too (not the first item)
    P("營建業有世紀鋼 (9958-TW)、明遠營造、中華工程 (2515-TW)、沛霖工程等。",
      (("世紀鋼", "9958.TW"), ("明遠營造", None), ("中華工程", "2515.TW"), ("沛霖工程", None)), id="unknown-names-in-a-list-of-listed-trad"),
    P("新任董事為宣合投資公司代表人潘君威、尚擎投資公司、京富投資公司、吳建東、吳鑄陶。",
      (("宣合投資公司", None), ("尚擎投資公司", None), ("京富投資公司", None)), id="people-in-a-list-of-director-firms-trad"),
    P("董事祥辰投資(股)代表人胡蕙郁、聖倫投資(股)代表人曾俊盛。", (("祥辰投資", None), ("聖倫投資", None)), id="title-before-a-share-mark-trad"),
    P("穩懋(3105)、宏捷科(8086)長期擁有5G、衛星通訊、光通訊等應用市場加持。",
      (("穩懋", "3105.TW"), ("宏捷科", "8086.TW")), id="technologies-in-a-list-of-listed-trad"),
    P("受惠族群有台積電 (2330-TW)、聯發科 (2454-TW)、被動元件、面板族群、強勢漲停等。",
      (("台積電", "2330.TW"), ("聯發科", "2454.TW")), id="sectors-in-a-list-of-listed-trad"),
    P("主要大客戶包括台電、台積電(2330)、交通部鐵改局。", (("台電", None), ("台積電", "2330.TW")),
      id="public-body-in-a-list-of-listed-trad"),
    # Unlisted firms in the lexicon: Taiwan's state power company, a futures broker, an association
    P("國泰證期經理王大明認為，台電轉向購買智慧電表。", (("國泰證期", None), ("台電", None)), id="futures-broker-and-power-company-trad"),
    P("中鋼協公布的中國進口鐵礦石價格指數一周來跌。", (("中鋼協", None),), id="steel-association-is-not-the-steel-maker-trad"),
    # 某某公司 after 曾任 and before a title is a firm; a list of two names and 及 is a list
    P("他在業界多年，曾任捷元公司總經理。", (("捷元公司", None),), id="company-one-served-before-a-title-trad"),
    P("長實、信置及南豐等發展商都有遞交標書。", (("長實", "1113.HK"), ("信置", "0083.HK"), ("南豐", None)),
      id="unknown-name-after-ji-in-a-list-trad"),
    P("客戶涵蓋IBM、HP、機殼廠營邦(3693)與代工廠等。", (("IBM", "IBM.US"), ("HP", "HPQ.US"), ("營邦", "3693.TW")), id="kind-of-maker-in-a-list-trad"),
    # A Latin name after the kind of company it is
    P("英国电动汽车初创企业Arrival周一表示，已完成新一轮融资。", (("Arrival", None),), id="latin-name-after-start-up-simp"),
    P("微软近日宣布收购 Orions Systems 公司。", (("微软", "MSFT.US"), ("Orions Systems", None)), id="latin-name-and-spaced-gongsi-simp"),
    P("瑞典的购物比价公司PriceRunner起诉谷歌。", (("PriceRunner", None), ("谷歌", "GOOGL.US")), id="latin-name-after-company-simp"),
    # Before a code, the name starts at the listing's own name (然前鼎元, 與宇峻奧汀)
    P("儘管名單大同小異，然前鼎元（2426）董座以自然人身份當選。", (("鼎元", "2426.TW"),), id="own-name-inside-the-run-trad"),
    P("劉昱昌指出，與宇峻奧汀（3546）合作發行的新作將上市。", (("宇峻", "3546.TW"),), id="conjunction-before-a-coded-name-trad"),
    # A registered name after a regulator's verb of summons
    P("市市場監督管理局聯合約談北京魚塘網絡科技有限公司負責人。", (("北京魚塘網絡科技有限公司", None),),
      id="registered-name-after-summoned-trad"),
    P("近期北京鱼塘网络科技有限公司旗下产品下架。", (("北京鱼塘网络科技有限公司", None),), id="registered-name-after-lately-simp"),
    P("股權由法人惟義股份有限公司取得。", (("惟義股份有限公司", None),), id="registered-name-after-legal-person-trad"),
    P("法院裁定受理债务人上海艾格服饰有限公司破产清算。", (("上海艾格服饰有限公司", None),), id="registered-name-after-debtor-simp"),
    P("金龙羽电缆实业中标南方电网物资有限公司项目。", (("金龙羽", "002882.SZ"), ("南方电网物资有限公司", None)),
      id="registered-name-after-wins-a-bid-simp"),
    # Roles before a registered name; a partnership's full suffix; a region opening a name that holds 和
    P("公司服务商中冶宝钢技术服务有限公司维保人员发现异常。", (("中冶宝钢技术服务有限公司", None),), id="service-provider-before-a-name-simp"),
    P("子公司转让其合营企业昆山华东国际物流服务有限公司50%股权。", (("昆山华东国际物流服务有限公司", None),),
      id="joint-venture-before-a-name-simp"),
    P("股东鹰潭市锦胜投资有限合伙企业计划减持。", (("鹰潭市锦胜投资有限合伙企业", None),), id="partnership-enterprise-suffix-simp"),
    P("谢勇通过自持及通过西藏太和先机投资管理有限公司合计控制公司股份。", (("西藏太和先机投资管理有限公司", None),),
      id="region-opens-a-name-holding-he-simp"),
    P("另也敲進矽格（6257）、南亞科（2408）等各達五、六千張，推升類股。", (("矽格", "6257.TW"), ("南亞科", "2408.TW")),
      id="count-after-a-closed-list-trad"),
    # The start of a listing's name before its code; a stop character that opens a known name
    P("公司轉投資企業多元，涵蓋華邦(2344)、華新科(2492)等。", (("華邦", "2344.TW"), ("華新科", "2492.TW")),
      id="start-of-listing-name-before-code-trad"),
    P("下属分公司四川和邦生物科技股份有限公司项目达产。", (("四川和邦生物科技股份有限公司", "603077.SH"),),
      id="registered-name-holding-a-name-opening-with-he-simp"),
    # A region opening a name is no leading word (新 of 新疆, 新竹); 和 inside a name a region opens
    P("股东通过新疆顺和投资管理有限公司持有股份。", (("新疆顺和投资管理有限公司", None),), id="xinjiang-opens-a-name-simp"),
    P("董事為新竹祥辰投資(股)代表人。", (("新竹祥辰投資", None),), id="hsinchu-opens-a-filing-name-trad"),
    P("圖／取自東立物流股份有限公司facebook", (("東立物流股份有限公司", None),), id="photo-credit-taken-from-trad"),
    # A rare place name opens a fund; a name in brackets after a firm is its other name; a stop
    # character inside a known name opens a registered name
    P("吸纳就业人数最多的公司分别为嘉实基金（197人）、东吴基金（132人）。", (("嘉实基金", None), ("东吴基金", None)),
      id="old-place-name-opens-a-fund-simp"),
    P("AI+RNA初创公司ReviR Therapeutics（溪砾科技）宣布完成融资。", (("ReviR Therapeutics", None),),
      id="bracketed-other-name-is-the-same-firm-simp"),
    P("美而快:美而快國際股份有限公司(公司代號：5321)因公司更名全面換發股票。", (("美而快", "5321.TW"),),
      id="stop-character-inside-a-known-name-trad"),
    # A quoted short name in brackets, a price widget inside, names the registered name before it
    P("此次要约收购为海南豫珠向除上海豫园旅游商城(集团)股份有限公司(“豫园股份(9.100,-0.02,-0.22%)”)已持有的股份发出。",
      (("上海豫园旅游商城(集团)股份有限公司", "600655.SH"),), id="quoted-short-name-with-a-widget-simp"),
    P("研華指出，自家集團的出貨穩定。", (("研華", "2395.TW"),), id="own-group-trad"),
    # A registered name the lexicons know, after a verb, starts where the known name does
    P("林祺生經營譁裕實業股份有限公司近四十年。", (("譁裕實業股份有限公司", "3419.TW"),), id="known-registered-name-after-a-verb-trad"),
    # A province opens a guessed name; a listed short name abbreviates its registered name
    P("招商港口与山东重工集团旗下中国重汽签订协议。", (("招商港口", "001872.SZ"), ("山东重工集团", None), ("中国重汽", "000951.SZ")),
      id="province-opens-a-group-simp"),
    P("兰花科创(600123.SH)公布，豁免要约收购山西兰花科技创业股份有限公司股份义务。", (("兰花科创", "600123.SH"),),
      id="short-name-abbreviates-registered-name-simp"),
    # A delisted A share under the name it last traded with
    P("*ST大控9月11日晚发布公告称，公司董事长林大光拟增持。", (("*ST大控", "600747.SH"),), id="delisted-st-name-simp"),
    # A guessed name that ends with one seen before is that one; 宣布使用 opens no name
    P("同时，峰米科技与重庆市签署协议，半年内峰米科技将总部搬进重庆市两江区。", (("峰米科技", None),),
      id="name-seen-before-simp"),
    P("黑芝麻智能宣布使用黑莓(BB.N)的QNX软件技术。", (("黑芝麻智能", "2533.HK"), ("黑莓", "BB.US")), id="announces-using-simp"),
    P("此外，公司附属公司威胜信息技术股份有限公司中标。", (("威胜信息技术股份有限公司", "688100.SH"),), id="registered-name-after-a-word-simp"),
    P("华平股份(300074.SZ)公告，中国建设银行股份有限公司为托管人。", (("华平股份", "300074.SZ"), ("中国建设银行股份有限公司", "601939.SH")),
      id="no-abbreviation-across-words-simp"),
    # A firm the lexicons list unlisted, printed with a code; a trade's 商 opens no name
    P("裕隆集團（2201）上半年繳出亮眼成績，台股大漲。", (("裕隆集團", "2201.TW"),), id="group-printed-with-a-code-trad"),
    P("公司透過收購擴大營運版圖，包括dry pump維修商夏諾科技。", (("夏諾科技", None),), id="repairer-before-a-name-trad"),
    P("習近平來到山西瑞光熱電有限責任公司考察。", (("山西瑞光熱電有限責任公司", None),), id="came-to-a-registered-name-trad"),
    P("另有買家竞拍辉山乳业发展（江苏）有限公司股权。", (("辉山乳业发展（江苏）有限公司", None),), id="bid-for-a-registered-name-simp"),
    P("收购人间接控制博汇纸业，并受让博汇集团100%股权。", (("博汇集团", None), ("博汇纸业", "600966.SH")),
      id="taking-a-transfer-opens-no-name-simp"),
    P("再加上業外不動產的處分利益，反觀投信持續賣超，牽動投信布局。凱基銀認為，市場恐震盪。", (("凱基銀", None),),
      id="verbs-before-a-trust-and-a-banks-short-name-trad"),
    P("香港可鼓勵內地企業來港建設總部。環球同業銀行金融電訊協會公布，人民幣份額升至4.33%。",
      (("環球同業銀行金融電訊協會", None),), id="coming-to-hong-kong-and-swift-trad"),
    # A mainland province or city before a name listed only abroad or in Taiwan: a local firm of its own
    P("中華車(2204)投資的福建奔馳以及福建台亞等公司收益。跨足青島、南京及成都等地。", (("中華車", "2204.TW"), ("福建奔馳", None), ("福建台亞", None)),
      id="mainland-namesake-of-a-listed-firm-trad"),
    P("雷诺三星宣布加大投资，依托同程集团资源。破欠基金稱會適時檢視。", (("雷诺三星", None), ("同程集团", None)),
      id="joint-venture-and-a-public-fund-simp"),
    # A registered name before its code is read whole; *ST is a status mark; 届时 opens no name
    P("美股异动 | 宏桥高科技有限公司(PBTS.US)盘中大涨。让一批*ST公司走到摘星。届时证券商须公告。", (("宏桥高科技有限公司", "PBTS.US"),),
      id="registered-name-before-a-code-simp"),
    # A stop character (都) inside a name before its code; a tender's role opens no name
    P("每经AI快讯，宋都股份（SH 600077，收盘价：2.94元）发布公告称，解除质押。招标单位赣州绿地置业有限公司公布结果。", (("宋都股份", "600077.SH"), ("每经", None), ("赣州绿地置业有限公司", None)),
      id="stop-character-inside-a-coded-name-simp"),
    P("高盛看好ABF載板供不應求，金像電受惠。", (("高盛", "GS.US"), ("金像電", "2368.TW")), id="substrate-acronym-trad"),
    # What the company is, before its name and code (the code as printed, a wrong one included)
    P("台股上漲，連鎖超商全家(5906)營收創高。", (("全家", "5906.TW"),), id="chain-store-descriptor-trad"),
    # A verb before 集團 opens no name; a count after a name is a nickname for stocks
    P("網通廠友訊(2332-TW)公告，李中旺辭友訊董座 升任集團總裁", (("友訊", "2332.TW"),), id="promoted-to-group-president-trad"),
    P("台積電、台塑四寶、國泰金、富邦金等短期漲幅已大。", (("台積電", "2330.TW"), ("國泰金", "2882.TW"), ("富邦金", "2881.TW")),
      id="group-nickname-in-a-list-trad"),
    # A Latin word joined to an everyday word and a firm suffix is the name's own; a sector's
    # acronym before a name of its own is not
    P("CBAK能源科技(CBAT.US)开盘股价向下，截至发稿，大跌27.01%。", (("CBAK能源科技", "CBAT.US"),), id="latin-head-of-a-coded-name-simp"),
    P("PCB廠金像電(2368-TW)營收創高。", (("金像電", "2368.TW"),), id="sector-acronym-before-a-coded-name-trad"),
    # An investment names the investor, then the firm it buys into
    P("康德莱全资子公司康德莱投资入股美械宝医美平台科技有限公司，已签署投资协议。",
      (("康德莱", "603987.SH"), ("美械宝医美平台科技有限公司", None)), id="buys-into-a-registered-firm-simp"),
    # 联亚药 (UBI Pharma) is not 联亚 (联亚光电)
    P("國產疫苗EUA可望過關，高端、聯亞藥大漲。", (("聯亞藥", None),), id="ubi-pharma-is-not-landmark-trad"),
    # 指示 (instructs) opens no registered name
    P("公司已指示汇聚信托有限公司将股份转让。", (("汇聚信托有限公司", None),), id="instructs-a-registered-firm-simp"),
    # 获得 (won) and 之 (of) open no registered name; (股): in a form is a unit
    P("公司中标获得中新苏州工业园区开发集团股份有限公司的新建项目。", (("中新苏州工业园区开发集团股份有限公司", None),),
      id="won-from-a-registered-firm-simp"),
    P("由股繳款人指定之台灣集中保管結算所股份有限公司辦理。預定買回之數量(股):1,000,000。", (("台灣集中保管結算所股份有限公司", None),),
      id="of-a-registered-firm-and-a-form-unit-trad"),
    # What the company is, before its name and code: a game company
    P("遊戲商棒辣椒（6468）今日上漲，台股收紅。", (("棒辣椒", "6468.TW"),), id="game-company-descriptor-trad"),
    # A Latin registered name with &, a bracketed domicile, Pte Ltd. (not only its suffix)
    P("債權人入稟呈請Physical Beauty & Fitness Holdings Limited清盤。", (("Physical Beauty & Fitness Holdings Limited", None),),
      id="latin-name-with-ampersand-trad"),
    P("大股東I Squared Asia Advisors Pte Ltd.提出初步意向。", (("I Squared Asia Advisors Pte Ltd.", None),),
      id="latin-name-pte-ltd-trad"),
    P("債權人入稟呈請舒適堡（尖沙咀）美容健美有限公司清盤。", (("舒適堡（尖沙咀）美容健美有限公司", None),),
      id="petition-before-a-registered-name-trad"),
    # A count of the largest firms is no name
    P("美国前两大银行均上调对美联储今年加息速度的预测，其中，美国银行预测美联储可能加息。", (("美国银行", "BAC.US"),),
      id="top-two-banks-simp"),
    # 指派 (appoints) stands before a name, never inside it
    P("雷科董事會通過，並指派麗崴風光能源(股)董事長林麗珍為代表人。", (("雷科", "6207.TW"), ("麗崴風光能源", None)),
      id="appoints-before-a-firm-trad"),
    # A registered name that is its line's whole text: 会 is the name's, not the verb's
    P("上市公告书\n会通新材料股份有限公司\n股票简称：会通股份", (("会通新材料股份有限公司", "688219.SH"),), id="registered-name-as-a-heading-simp"),
    # A place opens the name before an unknown code (北京希电, not 希电)
    P("北京希电(430328)近日发布公告称，公司审议通过聘任议案。", (("北京希电", "430328.BJ"),), id="place-opens-a-name-before-a-code-simp"),
    # A company's representative on a board (法人代表): the company before it is a firm
    P("新任董事為聯邦投資法人代表林鴻聯，現任董事台橋投資公司法人代表蔡鎮隆出掌董事長。",
      (("聯邦投資", None), ("台橋投資公司", None)), id="firm-before-legal-representative-trad"),
    # 首都 opens a registered name after 北京 (都 alone stops names)
    P("转让方为北京首都创业集团有限公司。", (("北京首都创业集团有限公司", None),), id="capital-city-inside-a-registered-name-simp"),
    # 所属 (under) and 一家 (a) open no registered name
    P("云南能投所属云南省盐业有限公司荣获称号。公司投资了一家杭州宏翼公寓管理有限公司。",
      (("云南能投", "002053.SZ"), ("云南省盐业有限公司", None), ("杭州宏翼公寓管理有限公司", None)), id="belonging-to-and-a-before-registered-names-simp"),
    # A place jieba knows (中山) opens a registered name
    P("簽證會計師為中山普萊聯合會計師事務所。", (("中山普萊聯合會計師事務所", None),), id="place-opens-an-accounting-firm-trad"),
    # 建議分拆 (proposes to spin off) opens no registered name
    P("公司公告建議分拆微創心通醫療科技有限公司於聯交所上市。", (("微創心通醫療科技有限公司", None), ("聯交所", "0388.HK")),
      id="spin-off-before-a-registered-name-trad"),
    # A leading word (子公司, 債權人) before a guessed name's own characters; 藥業, 信託, 租賃 end names
    P("公司全資子公司長春金賽藥業的產品獲批。", (("長春金賽藥業", None),), id="subsidiary-then-a-pharma-name-trad"),
    P("債權人中航信託對安通控股提出重整申請。", (("中航信託", None), ("安通控股", "600179.SH")), id="creditor-then-a-trust-trad"),
    P("收購豐匯租賃時的商譽拖累業績。", (("豐匯租賃", None),), id="leasing-firm-trad"),
    # A boundary word cut in half by a long registered name's start (股东 before 深圳市…合伙企业)
    P("持股6.125%的股东深圳市珠峰基石股权投资合伙企业（有限合伙）计划减持。",
      (("深圳市珠峰基石股权投资合伙企业（有限合伙）", None),), id="holder-before-a-long-partnership-simp"),
    # A short name the article defines for an unlisted firm it knows (中信證券 of 中國信託綜合證券) is that firm
    P("中國信託綜合證券（簡稱「中信證券」）主辦可轉債。中信證券表示，得標均價創新高。", (("中國信託綜合證券", None),),
      id="short-name-defined-for-an-unlisted-firm-trad"),
    # X公司 is the X有限公司 named before
    P("另一席則由法人董事全方位資產管理有限公司(持股2,559,952股)取得，其中全方位資產管理公司董事長亦為林祺生。",
      (("全方位資產管理有限公司", None),), id="company-without-limited-is-the-same-trad"),
    # A short name defined with a price widget and an "or" (以下简称京威股份(…)或上市公司) is that company
    P("龚福根作为北京威卡威汽车零部件股份有限公司（以下简称京威股份(4.360,-0.19,-4.18%)或上市公司）的股东，于2018年减持京威股份。",
      (("北京威卡威汽车零部件股份有限公司", "002662.SZ"),), id="short-name-defined-with-widget-and-or-simp"),
    # In a table a code and its name stand apart (3252   海灣): the name, an everyday word too, is that company
    P("代碼   股票名稱          融資增加\n3252   海灣                   750\n3234   光環                   390\n", (("海灣", "3252.TW"), ("光環", "3234.TW")),
      id="code-and-name-apart-in-a-table-trad"),
    # A listed short name and another industry than its full name's (正峰 + 化學; 1538.TW is 正峰工業): a sister company
    P("旭富也與其他藥廠合作，包括與正峰化學簽訂租約，將生產 5 項中間體。", (("旭富", "4119.TW"), ("正峰化學", None)),
      id="sister-company-sharing-a-brand-trad"),
    # Insurers named after their partners (中银三星: 中银 and 三星) are firms of their own, not Samsung
    P("通報提到，新华人寿、上海人寿、幸福人寿、中银三星多家险企被点名。",
      (("新华人寿", "601336.SH"), ("上海人寿", None), ("幸福人寿", None), ("中银三星", None)), id="joint-venture-insurers-simp"),
    # 遠雄建: the press's short name of 遠雄 (5522.TW), the name as first written
    P("遠雄建大案交屋 全年營收拚新高\n下半年營建股大黑馬將聚焦遠雄建（5522）。", (("遠雄建", "5522.TW"),), id="press-short-name-of-a-listing-trad"),
    # Taiwan's short forms of banks (台銀, 華銀, 永豐銀, 兆豐銀; 王道銀 is listed, 2897.TW)
    P("包括台銀、華銀、永豐銀、兆豐銀及王道銀等銀行都調升利率。",
      (("台銀", None), ("華銀", None), ("永豐銀", None), ("兆豐銀", None), ("王道銀", "2897.TW")), id="taiwan-bank-short-forms-trad"),
    # The risk-warning mark before a listed short name is part of the firm's name as written (*ST新海)
    P("格隆汇8月19日丨*ST新海(002089.SZ)公布，截至2019年8月16日，公司累计回购9985万元股份。", (("格隆汇", None), ("*ST新海", "002089.SZ")),
      id="status-mark-before-a-listed-short-name-simp"),
    # A renamed listing's new name before its code, seven characters (中国汽车新零售, once 利时集团控股)
    P("【财华社讯】中国汽车新零售(00526-HK)公布，预期集团将会录得亏损。", (("财华社", None), ("中国汽车新零售", "0526.HK")),
      id="seven-character-name-before-code-simp"),
    # A joint-venture broker named with a foreign partner's short name (东方花旗) is not that partner
    P("东方花旗证券担任保荐机构。东方花旗表示，项目进展顺利。", (("东方花旗证券", None),), id="joint-venture-broker-simp"),
    # guard: a listing's own product line (敬鵬汽車板: its car boards) is no sister company
    P("就敬鵬汽車板銷售淡旺季來看，歷年 4 至 11 月爲銷售旺季。", (("敬鵬", "2355.TW"),), id="own-product-line-is-no-sister-trad"),
    # 名下登記有 (registered under his name) opens no firm name: the name starts after it
    P("據了解，該名買家為高雄肉品商，名下登記有農生企業股份有限公司，實收資本額為3,000萬元。", (("農生企業股份有限公司", None),),
      id="registered-under-a-name-trad"),
    # 合庫銀 is the short form of 合作金庫銀行, whole
    P("法人關切近日台股回檔合庫銀如何因應，合庫銀昨日表示，長線基本面仍佳。", (("合庫銀", None),), id="taiwan-cooperative-bank-short-form-trad"),
    # 日經亞洲評論 (Nikkei Asian Review) is the outlet's name whole, 評論 no speech verb
    P("日經亞洲評論5日消息，日本電子巨頭NEC週一表示，將收購一家瑞士軟件公司。", (("日經亞洲評論", None), ("NEC", "6701.JP")),
      id="nikkei-asian-review-trad"),
    # 重返榮耀 (back to glory) holds no Honor; 無線電視台 (broadcast stations) no TVB
    P("IC 設計重返榮耀，法人佈局創惟 (6104-TW)。也計畫與OTT、無線電視台、有線電視台等業者籌組聯盟。", (("創惟", "6104.TW"),),
      id="glory-and-broadcast-stations-trad"),
    # A bank's broker named by the bank's short form and 證券 is a firm of its own (臺銀證券), not the bank;
    # 质押给 opens no name
    P("臺銀證券表示看好後市。公司股東將所持股份質押給華寶信託有限責任公司。", (("臺銀證券", None), ("華寶信託有限責任公司", None)),
      id="bank-broker-and-pledged-to-trad"),
    # 實業 and 營造 (industries, construction) end a firm's name; a photo credit's 取自 opens none
    P("富旺子公司寶鑫營造取得長榮7322張。（取自中麟營造官網）榕懋實業董事長黃啟宗出席。",
      (("富旺", "6219.TW"), ("寶鑫營造", None), ("長榮", "2603.TW"), ("中麟營造", None), ("榕懋實業", None)),
      id="industries-and-construction-end-names-trad"),
    # An outlet whose name opens with a listed short name (中金在线 is no 中金)
    P("来源：中金在线\n格隆汇8月6日丨威星智能(002849.SZ)公布，完成回购注销。",
      (("中金在线", None), ("格隆汇", None), ("威星智能", "002849.SZ")), id="outlet-opening-with-a-listed-name-simp"),
    # A financial holding delisted after the article, in goodinfo's 2021 list: 金控 is its short form
    P("日盛金控（5820）今日舉行股東常會，富邦金控（2881）取得全數董事席次。",
      (("日盛金", "5820.TW"), ("富邦金控", "2881.TW")), id="delisted-financial-holding-with-its-code-trad"),
    # A code followed by its own name (2330 台積電) names no firm with the words before it
    P("6643 M31 的基礎元件 IP 亦打進 2330 台積電 3DIC 供應鏈，晶圓代工 2330 台積電、鋼鐵 2002 中鋼可留意。",
      (("M31", "6643.TW"), ("台積電", "2330.TW"), ("中鋼", "2002.TW")), id="code-then-its-own-name-trad"),
    # A day of the week before a firm suffix is no part of the name (上周五獲投信買超)
    P("友達(2409)：季底作帳倒數，上周五獲投信翻多買超9.3萬張。", (("友達", "2409.TW"),), id="last-friday-before-a-suffix-trad"),
    # Periods in a list (五個月、四個月) are no firms among the listed ones
    P("權值股已長達五個月、四個月、三個月積弱不振的台積電 (2330-TW)、聯發科 (2454-TW)、鴻海 (2317-TW)。",
      (("台積電", "2330.TW"), ("聯發科", "2454.TW"), ("鴻海", "2317.TW")), id="periods-in-a-list-trad"),
    # A registered name of eighteen characters before its legal suffix
    P("公司拟向宁波梅山保税港区超兴创业投资合伙企业（有限合伙）发行股份。",
      (("宁波梅山保税港区超兴创业投资合伙企业（有限合伙）", None),), id="long-registered-partnership-simp"),
    # 新注册 (newly registered) and 參訪 (visits) stand before a firm's name, never inside it
    P("公司依托在园区新注册山东庚彩新材料科技有限公司，扩大产能。", (("山东庚彩新材料科技有限公司", None),), id="newly-registered-before-a-name-simp"),
    P("美商環保公司日前參訪丰偉科技，雙方交流。", (("丰偉科技", None),), id="visits-before-a-name-trad"),
    # 新 of 新加坡 is the country's, not a leading 新 (new)
    P("票據將從新加坡證券交易所有限公司上市名單中除牌。", (("新加坡證券交易所有限公司", None),), id="singapore-opens-a-registered-name-trad"),
    # 偽冒 (impersonates) stands before the firm a fake site copies, never inside its name
    P("保監局指出，網站偽冒友邦保險(國際)有限公司的官方網站。", (("友邦保險(國際)有限公司", None),), id="impersonates-before-a-name-trad"),
    # A broker's rating verb (維持, 首予) stands before the name it rates, never inside it
    P("中金發布報告，維持華潤水泥(01313.HK)跑贏行業評級。", (("華潤水泥", "1313.HK"),), id="rating-verb-before-a-name-trad"),
    # 擬 (plans to) and 所持 (held) stand before a registered name, never inside it
    P("公司擬購置天津市中辰朝華置業有限公司持有的房產。", (("天津市中辰朝華置業有限公司", None),), id="plans-to-before-a-registered-name-trad"),
    P("公司所持上海市食品进出口有限公司股权将转让。", (("上海市食品进出口有限公司", None),), id="held-before-a-registered-name-simp"),
    # 聯合 (jointly with) is a verb before a registered name, though a listed company bears it
    P("中國計量科學研究院日前聯合北京科興中維生物技術有限公司研製新冠病毒標準物質。",
      (("北京科興中維生物技術有限公司", "SVA.US"),), id="jointly-with-before-a-registered-name-trad"),
    # …but 聯合 opening a registered name with no place after it is the name's own
    P("2.聯合威碼股份有限公司：824,023股/1.72%", (("聯合威碼股份有限公司", None),), id="jointly-opens-a-registered-name-trad"),
    # 繼 (after) stands before a registered name, never inside it
    P("新城金礦累計產金達100噸，繼山東黃金礦業(玲瓏)有限公司之後又一座。", (("山東黃金礦業(玲瓏)有限公司", None),), id="after-stands-before-a-registered-name-trad"),
    # 核准 (approved) stands before a registered name, never inside it
    P("證監會核准航天科技財務有限責任公司發行債券。", (("航天科技財務有限責任公司", None),), id="approved-before-a-registered-name-trad"),
    # 洽請 (asks) stands before a registered name, never inside it
    P("本公司另擬洽請台灣證券交易所股份有限公司同意。", (("台灣證券交易所股份有限公司", None),), id="asks-before-a-registered-name-trad"),
    # The market researcher IDC, where it forecasts (its data-centre namesake is in NOT_FIRMS)
    P("研調機構IDC預估，今年全球平板出貨將衰退。", (("IDC", None),), id="researcher-idc-forecasts-trad"),
    # 涵蓋 (covers) stands before a name, never inside it
    P("代工客戶涵蓋惠普 (HP-US) 與華碩。", (("惠普", "HP.US"), ("華碩", "2357.TW")), id="covers-before-a-name-trad"),
    # In a Hong Kong story, 中原 alone is the property agent Centaline (中原地產)
    P("本港樓市淡靜，中原表示，上周末十大屋苑錄得12宗成交，按周減少3宗。", (("中原", None),), id="centaline-in-hong-kong-trad"),
    # A listed group's Hong Kong arm is a firm of its own, not the listing
    P("中移動香港指，收購將為用戶帶來更多服務。", (("中移動香港", None),), id="hong-kong-arm-of-a-listed-group-trad"),
    # A -KY company named bare in the headline and with its mark in the body goes by its marked name
    P("泰昇撥款擴廠\n\n泰昇-KY（8480）表示，越南新廠下半年投產。", (("泰昇-KY", "8480.TW"),), id="ky-mark-names-the-firm-trad"),
    # A product named IDC (主力產品 IDC, a display driver chip) is no researcher
    P("敦泰表示，主力產品 IDC 下季將再調漲售價。", (("敦泰", "3545.TW"),), id="product-named-idc-trad"),
    # 續居 (stays at the top) and 讓 (makes) before 金控: the financial holdings in general, no name
    P("國泰金每股純益4.2元，續居金控獲利王。受匯損拖累，才讓金控上月獲利衰退。", (("國泰金", "2882.TW"),), id="ranks-and-makes-before-holdings-trad"),
    # 经济 holds the boundary character 经 (through): the registered name runs on past it
    P("企查查显示，宏美共享经济（上海）有限公司于近日成立，注册资本1亿元。", (("企查查", None), ("宏美共享经济（上海）有限公司", None)),
      id="economy-holds-a-boundary-character-simp"),
    # 投资者 (investor) stands before the registered name, like 股东
    P("公司拟引入战略投资者南通青禾新材料股权投资合伙企业（有限合伙）。", (("南通青禾新材料股权投资合伙企业（有限合伙）", None),),
      id="investor-before-a-registered-name-simp"),
    # 其中 (of which) before a name that opens with 国: the name starts at 国, not at 中
    P("本次共募集资金12亿元，其中国信海新智能制造有限公司出资6亿元。", (("国信海新智能制造有限公司", None),),
      id="of-which-before-a-registered-name-simp"),
    # 民銀 (private banks) before 金控: the kind of holding company, then the one named
    P("民銀金控方面，中信金給的最好。", (("中信金", "2891.TW"),), id="private-bank-holdings-trad"),
    # 证券交易 (securities trading) after an exchange's name: the exchange, no broker
    P("股东计划通过深交所证券交易系统允许的方式减持。", (("深交所", None),), id="exchange-trading-system-simp"),
    # 資本交易策略師: a firm's trading strategist (only 證券交易系統 is trading, no firm)
    P("金馬資本交易策略師蘇沛豐認為，關稅影響大。", (("金馬資本", None),), id="capital-then-trading-strategist-trad"),
    # Digits joined to its capitals open a name printed before its code (stop 40)
    P("台股上市股今漲幅前10名為91APP-KY（6741）、合邦（6103）。", (("91APP-KY", "6741.TW"), ("合邦", "6103.TW")), id="digits-open-a-latin-name-before-its-code-trad"),
    # Stop 42. Taiwan's press writes 統一中控 for the Hong Kong listing of 統一's mainland arm
    P("統一表示，統一企業、統一中控和統一實皆有成長。", (("統一", "1216.TW"), ("統一中控", "0220.HK"), ("統一實", "9907.TW")),
      id="uni-president-china-trad"),
    # Stop 44. A verb (完成處置) before a registered name is none of it; news agencies
    P("主要原因为该集团完成处置数码慧谷置业管理股份有限公司92.36%股权。", (("数码慧谷置业管理股份有限公司", None),), id="disposal-before-a-registered-name-simp"),
    P("据伊朗伊斯兰通讯社报道，朝中社说，塔斯社报道。", (("伊朗伊斯兰通讯社", None), ("朝中社", None), ("塔斯社", None)), id="state-news-agencies-simp"),
    # Stop 44, second round. A verb (有) before a name printed with a code the lists lack
    P("首季每股淨值依序有凌泰（6198）4.86元；在0元以上有英格爾（8287）2.81元、沛亨（6291）2.8元。",
      (("凌泰", "6198.TW"), ("英格爾", "8287.TW"), ("沛亨", "6291.TW")),
      id="have-before-names-with-unknown-codes-trad"),
    # Stop 45. 另 (besides) opens a holder's name; 上半年 takes the 上 after 萬海 (no 海上, at sea);
    # 三商美邦 is the insurer's own short form (not 三商, the holding company)
    P("最大股東為華碩持股28.48％，另士鼎創投及台灣晶技，各持股為8.54％及2.14％。",
      (("華碩", "2357.TW"), ("士鼎創投", None), ("台灣晶技", "3042.TW")), id="besides-opens-a-holder-trad"),
    P("航運股的上半年獲利驚人卻不漲，萬海上半年獲利15.19元，股價不漲反跌。", (("萬海", "2615.TW"),), id="first-half-after-a-name-trad"),
    P("華固(2548)：內湖商辦34億售予三商美邦，下半年總推案量上看227億元。", (("華固", "2548.TW"), ("三商美邦", "2867.TW")),
      id="insurer-short-form-trad"),
    # Stop 46. Alibaba's cloud company is a firm of its own (not 阿里 inside its name)
    P("阿里云占据国内云市场大半。", (("阿里云", None),), id="alibaba-cloud-simp"),
    # A person's name again where it opens a firm's (an accountancy named after its partner;
    # a guard: it passes before too, where the note after the hyphen hid the person)
    P("獨立董事： 侯榮顯-侯榮顯會計師事務所負責人 吳秋美-吳秋美會計師事務所負責人",
      (("侯榮顯會計師事務所", None), ("吳秋美會計師事務所", None)), id="firm-named-after-its-partner-trad"),
    # Stop 49. An outlet's Latin name, then the day with no space
    P("據CNBC5日消息，英國政府將入股一家衛星公司。", (("CNBC", None),), id="outlet-then-the-day-trad"),
    # Stop 50. A price quote (price, change, move) between the name and the code
    P("建泉国际控股(0.3,-0.03,-9.09%)(08365)公布中期业绩。", (("建泉国际控股", "8365.HK"),), id="name-before-price-quote-and-code-simp"),
]

NOT_FIRMS = [
    P("目标公司注册资本为1000万元，缴足资本为100万元。", id="paid-up-capital-simp"),
    # A kind of technology (互動式科技) and a verb before 新科技 name no firm
    P("公司導入新科技，推出互動式科技與翻轉式螢幕科技產品。", id="kinds-of-technology-trad"),
    # A stock code before 证券 (securities) is no firm named 'TAOP.US 证券'
    P("关键词： TAOP.US 证券购买协议", id="code-before-securities-simp"),
    P("看好目前整體接單仍優於去年同期水準，憑藉集團銷售產業領域廣泛。", id="by-virtue-of-the-group-trad"),
    P("金管局表示，持牌銀行及發鈔銀行須遵守規定，清算銀行亦然。", id="kinds-of-bank-trad"),
    P("IT科技有網路、電商巨頭訂單支撐。", id="kind-of-business-in-latin-trad"),
    P("本次增資後實收資本已達10億元，合計銀行借款或資本支出均在計畫內，可買進或賣出證券。", id="capital-and-totals-trad"),
    P("今日三大证券报纸头版又再次发声。", id="the-big-three-is-no-firm-simp"),
    P("此舉有助集團發展，並提供一站式金融服務。", id="verb-phrase-before-a-suffix-trad"),
    P("盤面僅靠金融股撐盤，現時銀行業仍審慎。", id="adverbs-before-a-suffix-trad"),
    P("兩人連手炒股集團化經營，因應新廠建設，公司將增資。", id="verbs-before-a-suffix-trad"),
    P("目標價上看科技股，公司推動數位科技轉型。", id="target-up-to-and-digital-tech-trad"),
    P("大盤所幸靠著投信買盤撐盤，只容許銀行參與。", id="adverb-and-particle-before-a-suffix-trad"),
    P("推動沙特的ETF市場，激勵更多金融創新。", id="more-finance-is-no-firm-trad"),
    P("該ETF今日在沙特證券交易所上市。", id="securities-exchange-is-no-securities-firm-trad"),
    P("上季資本開支按年升5%。", id="capital-expenditure-is-no-firm-trad"),
    P("股價摔下900元大關，收盤來到880元。", id="short-firm-name-inside-words-trad"),
    P("截至1月1日的第一财季盈利增长了近一倍。", id="short-firm-name-inside-words-simp"),
    P("聯儲局宣布維持利率不變。", id="central-bank-trad"),
    P("美联储宣布维持利率不变。", id="central-bank-simp"),
    P("美國證監會週三批准比特幣現貨ETF。", id="regulator-trad"),
    P("美国证监会周三批准比特币现货ETF。", id="regulator-simp"),
    P("中國證監會週五發布新規。", id="regulator-china"),
    P("中國人民銀行宣布下調存款準備金率。", id="pboc-full-name"),
    P("恒生指數今日下跌。", id="index-trad"),
    P("恒生指数今日下跌。", id="index-simp"),
    P("ChatGPT用戶數突破一億。", id="app"),
    P("人民銀行宣布下調存款準備金率。", id="pboc-short-name-trad"),
    P("人民银行宣布下调存款准备金率。", id="pboc-short-name-simp"),
    P("聯儲局主席鮑威爾表示，將維持利率不變。", id="person-name-tail-is-not-a-firm"),
    P("他們亦會善用科技提升營運效率。", id="verb-plus-keji-is-no-firm"),
    P("保险公司须履行赔偿保险责任。", id="insurance-phrase-is-no-firm"),
    P("資料中心的機房建設持續增加。", id="construction-phrase-is-no-firm"),
    P("金管會表示，五家投信將接受檢查。", id="a-count-of-firms-is-no-firm"),
    P("中信綠能及電動車(00896)今日成交放大。", id="an-etf-is-no-firm-trad"),
    P("华夏上证50ETF(510050)今日成交放大。", id="an-etf-is-no-firm-simp"),
    P("市場則因集團利空而觀望。", id="particle-before-a-suffix"),
    P("台北、台中等建商紛紛推案。", id="places-in-a-list-of-builders"),
    P("設備、廠務等廠商可望受惠。", id="sectors-in-a-list"),
    P("該集團旗下「麥味登」加盟詢問增加。", id="brand-in-quotes"),
    P("持續推動內地與港澳，服務大灣區建設。", id="place-before-a-suffix"),
    P("這波反彈的主力為內資投信及公股行庫。", id="domestic-funds-are-no-name-trad"),
    P("長假將至，需留心投信作帳力道趨緩。", id="verb-before-a-suffix-trad"),
    P("金管局推出措施偵測金融詐騙，並推動跨境金融合作。", id="trade-word-before-finance-trad"),
    P("本港多間銀行今日宣布減息，中小銀行亦跟隨。", id="banks-in-general-trad"),
    P("新加坡2大造船集團今年接單轉佳。", id="a-count-before-a-suffix-trad"),
    P("公司在採購上跟集團有一些合作。", id="with-before-a-suffix-trad"),
    P("前七月集團合併營收183.64億元。", id="a-period-before-a-suffix-trad"),
    P("廠商憂心遭借款銀行抽銀根，5G建設與捷運建設持續。", id="suffer-borrowing-bank-and-5g-building-trad"),
    P("自5月10日起證券經紀商應收足款項，併入新集團後仍需調整。", id="a-date-and-merged-into-before-a-suffix-trad"),
    P("公司額定資本為新台幣30億元。", id="rated-capital-trad"),
    P("應用從手機、AP Router到未來的車用市場，市場活絡資本支出增加。", id="access-point-and-active-capital-trad"),
    P("茂源因是KY公司，依規定於8月31日前上傳。", id="ky-company-trad"),
    P("公司近年進行 OT 資安健診工作。", id="ot-is-a-kind-of-technology-trad"),
    P("明遠基金會與國立高雄科技大學合辦講座。", id="foundation-and-university-trad"),
    P("2020年度剥离原控股子公司后，确认了超额亏损转回。", id="divesting-a-former-holding-simp"),
    P("公司的主動和被動型基金費都將下調。", id="kind-of-fund-trad"),
    P("高鐵成立「高鐵全線邊坡安全體檢小組」，全面檢視邊坡安全。", id="task-force-in-quotes-trad"),
    P("金控業最大差異點在於壽險金控的資本利得。", id="kind-of-holding-company-trad"),
    P("業者表示，受惠科技世代交替來臨，減資後資本額為10億元。", id="benefits-and-after-before-a-suffix-trad"),
    P("集團主席表示，經檢視集團的發展方向後，認為需要改變。", id="after-review-before-a-suffix-trad"),
    P("在參議院銀行委員會的提名確認聽證會前夜。", id="banking-committee-trad"),
    P("平台的子公司Petro-Diamond Singapore虧損。", id="hyphenated-latin-after-a-kind-trad"),
    P("他與沙特阿拉伯資本市場管理局主席會面。", id="capital-market-regulator-trad"),
    P("未上市股本证券投资的公平值亏损约250万港元。", id="equity-securities-simp"),
    P("將持續突破現有療法，快速催生集團\n迄今集團旗下已有多家公司。", id="verbs-before-a-group-word-trad"),
    P("其他股东由原来持有的19.02亿个基金单位增至19.25亿个基金单位。", id="fund-units-simp"),
    P("開發方面承諾為百分百控股，跌幅超10%的主动偏股基金在200只以上。", id="wholly-owned-and-equity-funds-trad"),
    P("適逢集團創立20週年，經銷夥伴坐擁集團資源。", id="verbs-before-group-trad"),
    P("將掌握美中科技戰的趨勢變化。", id="tech-war-trad"),
    P("還可以注意 (4739-TW)。", id="verb-before-a-code-trad"),
    P("华安汇嘉精选A的最新基金经理变更公告。", id="share-class-before-a-title-simp"),
    P("公司通过股票回购证券专用账户累计回购股份，已送存證券集保帳戶之股票。", id="buyback-account-and-deposited-securities"),
    P("政府公布《河套深港科技創新合作區發展綱要》，內湖科技園區與台北科技走廊交易熱絡。", id="science-parks-trad"),
    P("股東應儘速至證券商辦理換發。", id="brokers-trad"),
    P("由配售銀行負責，防疫科技產品熱賣。", id="placing-bank-and-epidemic-tech-trad"),
    P("13、代收款項之銀行名稱及地址：不適用。", id="phrase-with-zhi-trad"),
    P("法人認為，美中科技新冷戰持續中。", id="us-china-tech-war-trad"),
    P("工商金融業務將與環球銀行及資本市場業務合併，員工可選擇購買績優基金。", id="global-banking-and-blue-chip-funds-trad"),
    P("著眼於未來大台南科技廠辦需求凸出。", id="greater-tainan-tech-trad"),
    P("社聯推動奈米科技與樂齡科技的研發。", id="nanotech-and-gerontech-trad"),
    # A verb or a kind before 集團 opens no name
    P("新增通路銷售，挹注集團整體營收；元創為考量集團整體營運規劃；已獲許多知名科技業及金控集團使用。", id="verb-before-group-trad"),
    P("一、上櫃證券種類及數量：現金增資股款繳納憑證15,000,000股。", id="otc-securities-trad"),
    P("華爾街銀行紛紛調升目標，公司提撥盈餘暨資本公積轉增資。", id="wall-street-banks-and-capital-reserve-trad"),
    P("營運審慎看待，預估集團購併的台灣天線模組廠將貢獻營收。", id="estimate-before-group-trad"),
    P("資本支出主要係投資CNC加工機，隨著軸承越做越精密。", id="cnc-machining-trad"),
    # A bracketed code that opens the listed name after it names nothing before it
    P("公開資訊觀測站重大訊息公告(6542)隆中-更正本公司第二季財報", id="code-of-the-name-after-it-trad"),
    P("公司目前有 4 家轉投資公司，營運穩定。", id="count-of-invested-firms-trad"),
    P("以公股銀行承做資本消耗的業務，滿足法規要求。", id="state-owned-banks-trad"),
    P("公司與法國D公司、德國S公司簽訂合約。", id="unnamed-lettered-firms-trad"),
    # a period before 集團 opens no name
    P("上季集團收益升20%，本季集團盈利持平。", id="last-quarter-group-trad"),
    P("截至2019年9月30日止6个月集团除税前溢利转亏。", id="six-months-group-simp"),
    # A verb before the suffix names no firm
    P("上半年品牌銷售年增41%，展現集團重要策略執行成功。", id="function-word-before-group-trad"),
    P("公司将持续拓展集团海外业务。", id="function-word-before-group-simp"),
    # A bank's role (存管銀行, 綁定銀行) and a builder group are descriptions, not names
    P("平台在存管銀行開立資金存管帳戶，用戶須綁定銀行卡。建商集團持續推案。", id="bank-roles-are-no-names-trad"),
    # A count (三家旅行社), a place and a trade (雲林科技工業區), a kind of lease or trust
    P("旗下雖仍有三家旅行社營運。服務中心位於雲林科技工業區。公司開展融資租賃業務，並設立家族信託。", id="counted-agencies-place-lease-trust-trad"),
    # 部份 (some) before a suffix is a count, not a name
    P("部份集團表示將裁員。", id="some-groups-trad"),
    # 資本額 (paid-in capital), 跨足 (to branch into), 同屬 (to belong to the same) and 已 (already) open or end no name
    P("送件時資本額為3億515萬元。為活化舊廠土地，跨足不動產開發。不過，同屬集團的公司未如此幸運。台已建設完成多座電廠。", id="capital-amount-and-verbs-before-suffixes-trad"),
    # guard: an everyday word before an industry (國產汽車: domestic cars, 現代物流: modern logistics) is no sister company
    P("國產汽車銷量回升，現代物流也受惠。", id="everyday-word-then-an-industry-trad"),
    # A speech verb before a suffix (形容集團正式告別疫情: describes the group as…) is no name
    P("國泰的重建工作亦已順利完成，形容集團正式告別疫情。", id="speech-verb-before-group-trad"),
    # A park named after an industry (楠梓科技產業園區) and financial-holding stocks (金控股) are no firms
    P("台股11檔創新高 這檔金控股入榜。多家金控股將召開股東會。經濟部在高雄楠梓科技產業園區舉行徵才。", id="park-and-holding-stocks-trad"),
    # A verb or a trade before a suffix (策動集團, 電商集團) is no firm's name
    P("成為策動集團及外部伙伴資源的泛娛樂平台。其中，旅遊電商集團連4天開盤跳空漲停。", id="verb-or-trade-before-group-trad"),
    # 建設案 is a building project, not a firm ending in 建設
    P("新北市方面，則有八里建設案、及台北港等兩筆新案。", id="building-project-trad"),
    # 實業 after a phrase (phrases of industry words) is no name
    P("政府推動國內實業發展，鼓勵民間實業投資。", id="industry-as-a-phrase-trad"),
    # 營造 after an adverb in 地 is the verb (to create), not a builder's name
    P("香港會穩慎有序地營造有利本地氫能發展的環境。", id="adverb-then-the-verb-create-trad"),
    # Many places (多地) and stocks and bonds (股債) before a suffix are no names
    P("北京、上海、广州多地银行房贷放款提速。", id="many-places-before-banks-simp"),
    P("壽險業單季股債資本利得大增。", id="stocks-and-bonds-before-capital-trad"),
    # 國企 (state enterprises) before 集團 is a kind of group, not a name
    P("在新兴产业领域适时组建新的国企集团。", id="state-enterprise-groups-simp"),
    # A fraud gang (詐騙集團) is no firm
    P("涉及供款高達1.45億元，詐騙集團向供款人收取一至三成供款金額。", id="fraud-gang-trad"),
    # 科技城 (a tech district) and an English phrase with a lowercase 'group' name no firm
    P("政府土地儲備不少位處優質地段，毗連新田科技城，會加快釋放。", id="tech-city-is-a-district-trad"),
    P("行政總裁強調，無意將集團分拆（Split the group），國際聯繫是集團優勢。", id="lowercase-group-is-no-firm-trad"),
    # A verb and 集團 (印證集團的判斷: confirms the group's view) name no firm
    P("數據印證集團的判斷，公司正籌畫集團轉型。", id="verb-before-group-anywhere-trad"),
    # A place's big banks, capital flows, an account, a share or a count of firms, a trade, an association, a city's bureau, a verb
    P("對於聯準會的加息速度，華爾街大銀行眾說紛紜。", id="big-banks-of-a-place-trad"),
    P("縮表對中國跨境資本流動的影響有限。", id="capital-flows-trad"),
    P("嫌疑犯證券帳戶之間的配對交易佔相當大部分成交量。", id="securities-account-trad"),
    P("已有近三成發卡銀行推出措施。", id="share-of-the-banks-trad"),
    P("主席與逾百位集團高層出席活動。", id="count-of-executives-trad"),
    P("監管機構下月將推出《合規科技應用指引》。", id="regtech-is-a-trade-trad"),
    P("台灣玉山科技協會將發表政策白皮書。", id="technology-association-trad"),
    P("西安市工信局副局長表示，將加大紓困資金支持。", id="city-bureau-no-namesake-trad"),
    P("如果只靠銀行融資，很快會觸及上限。", id="relying-only-on-banks-trad"),
    P("加強監管，嚴防銀行保險資金被用於盲目加槓桿。", id="guard-against-banks-trad"),
    # A passbook (證券存摺) and a verb (助推) before a suffix name no firm
    P("請持證券存摺至證券商登摺即可。", id="securities-passbook-trad"),
    P("助推資本、機構、人才和信息資源要素集聚香港。", id="boosts-capital-trad"),
    # IDC機房, IDC業務: data centres, not the researcher IDC
    P("該公司承攬多座IDC機房工程，並跨足IDC業務。", id="data-centres-are-no-firm-trad"),
    # 分兩期建設: built in two phases, not a firm ending in 建設
    P("公司將分兩期建設年產能5萬噸的新廠。", id="built-in-two-phases-trad"),
    # 中原 outside a Hong Kong story is the Central Plains region
    P("推動中原經濟區發展，河南加快建設。", id="central-plains-region-simp"),
    # 證券交易法 (the Securities and Exchange Act) is a law, not a firm ending in 證券
    P("股票股利依證券交易法規定，於變更登記後發放。", id="securities-act-is-a-law-trad"),
    # IDC訂單: orders for data centres, not the researcher IDC
    P("公司表示，IDC訂單效益加速釋放。", id="data-centre-orders-trad"),
    # Stop 46. 手機IDC需求: demand for phone display-driver chips
    P("公司看好第3季手機IDC需求仍強，IDC報價將續漲。", id="phone-driver-chips-trad"),
    # 拟 (plans to) before 建设: a modal and the verb, no builder
    P("该电厂本期拟建设2台燃气发电机组。", id="plans-to-build-simp"),
    # A country and 旅行社: a travel agency of that country, no name
    P("有沙特旅行社計劃明年組團來港。", id="a-countrys-travel-agency-trad"),
    # 所募 (what is raised) before 资本: no firm
    P("增发完成后，所募资本将用于补充营运资金。", id="capital-raised-simp"),
    # Stop 47. Kinds of bank are no banks' names (a trustee bank, a stem-cell bank, a food bank,
    # 即简化银行三级制: to simplify the banks' tiers); 科技族群 is a group of stocks
    P("員工可選擇購買公司股票及定存儲蓄，並由銀行擔任信託銀行，用以累積財富。", id="trustee-bank-trad"),
    P("公司擁有細胞儲存實力，幹細胞儲存銀行中，具包括免疫細胞產品。", id="stem-cell-bank-trad"),
    P("公司以「實物銀行」專案無償公益配送。", id="food-bank-trad"),
    P("金管局已經就兩項優化建議完成公眾諮詢，即簡化銀行三級制至二級制。", id="simplify-the-banks-tiers-trad"),
    P("短線雖有生技族群力挺多方，但半導體、電通兩科技族群重挫。", id="tech-stock-groups-trad"),
    # 不含建设期 (not counting the construction period): no builder
    P("该项目特许经营期限为30年（不含建设期16个月）。", id="not-counting-construction-simp"),
    # Stop 48 (a guard for 集保, now a name of the clearing house): before an account's word it is the
    # depository account
    P("(1)已開立集保帳戶股東，其股票將撥入集保存摺。", id="depository-account-is-no-firm-trad"),
    # Stop 48. A verb (啟用) before 集團 opens no firm's name: the group, as its anaphor
    P("展會首度啟用集團新打造的高科技虛擬攝影棚。", id="verb-before-group-anaphor-trad"),
    # Stop 49, second round. An investee company (转投资公司) after 要看 (depends on) is no firm's name
    P("業外表現要看轉投資公司季底股價結算狀況。", id="investee-company-is-no-name-trad"),
    # Stop 50. A bank syndicate (銀行團) after 深獲: no bank's name
    P("該聯貸案深獲銀行團支持，兩週內即完成籌組。", id="bank-syndicate-is-no-firm-trad"),
    # Stop 50. An award named 科技獎: no firm ending in 科技
    P("基金會舉辦的「鴻海科技獎」明起受理報名。", id="technology-award-is-no-firm-trad"),
    # Stop 50. The digital era (進入數位時代), not the magazine of that name
    P("越來越多企業進入數位時代，加快轉型。", id="digital-era-is-no-magazine-trad"),
]

FIRM_MISSES = [
    P("腾讯今日发布新一代混元大模型。", (("腾讯", "0700.HK"),), id="name-inside-product-name",
      marks=pytest.mark.xfail(strict=True, reason="元大 inside 混元大模型 is taken for the broker 元大")),
    P("三井住友DS資產管理首席策略師Masahiro Ichikawa表示，日圓走勢將影響日股。", (("三井住友DS資產管理", None),),
      id="latin-inside-chinese-firm-name",
      marks=pytest.mark.xfail(strict=True, reason="三井住友DS資產管理 is split into 三井住友 (8316.JP) and DS資產管理")),
    P("米缸金融称已向众网小贷提交材料。", (("米缸金融", None), ("众网小贷", None)), id="suffix-finance-simp",
      marks=pytest.mark.xfail(strict=True, reason="金融 is no firm suffix: it ends 跨境金融, 伊斯兰金融 far more often")),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS + FIRM_MISSES)
def test_firms(text: str, expected: tuple[FirmItem, ...]) -> None:
    check_firms(text, expected)


@pytest.mark.parametrize("text", NOT_FIRMS)
def test_not_firms(text: str) -> None:
    assert firms_found(text) == []
