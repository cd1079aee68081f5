"""Tickers: every code format the press prints, names alone, and what is not a ticker.

The expectations follow ../shared/corpus/GUIDELINES.md ("tickers") and issue 3.
Each case gives the *exact* set of ids the sentence names. An item written as a tuple
lists the listings that are all acceptable (GUIDELINES: "where nothing points, any of its
listings is accepted"). Ids are compared the way shared/eval/score.py compares them:
`SS` = `SH`, `T` = `JP`, `KS` = `KR`, Hong Kong codes as numbers.
"""

from __future__ import annotations

import unicodedata

import pytest

import dsnews

_MARKET_ALIASES = {"SS": "SH", "HKG": "HK", "T": "JP", "KS": "KR", "TWO": "TW"}


def norm_ticker(ticker: str) -> str:
    """Compare ids as the scorer does: `00700.HK` = `700.HK`, `.SS` = `.SH`."""
    ticker = unicodedata.normalize("NFKC", ticker).strip().upper()
    symbol, _, market = ticker.rpartition(".")
    market = _MARKET_ALIASES.get(market, market)
    if market == "HK" and symbol.isdigit():
        symbol = str(int(symbol))
    return f"{symbol}.{market}"


def found_ids(text: str) -> list[str]:
    return [norm_ticker(t.id) for t in dsnews.extract(text).tickers]


def check(text: str, expected: tuple[str | tuple[str, ...], ...]) -> None:
    """The ids found are exactly the expected ones (one listing per security)."""
    found = found_ids(text)
    canon: dict[str, str] = {}
    want: set[str] = set()
    for item in expected:
        group = (item,) if isinstance(item, str) else item
        first = norm_ticker(group[0])
        want.add(first)
        for alt in group:
            canon[norm_ticker(alt)] = first
    got = [canon.get(f, f) for f in found]
    assert sorted(got) == sorted(want), f"found {found}"


P = pytest.param

# --------------------------------------------------------------------------------------
# Positives: codes in every format, then names alone.
# --------------------------------------------------------------------------------------
CASES = [
    # 资本开支 after a name is the company's capital spending: the company (guard for the row below)
    P("腾讯(0700)资本开支增加。", ("0700.HK",), id="capital-spending-keeps-the-company-simp"),
    # Names listed before one ADR share it: the US listings
    P("科技股上漲，而台灣台積電、日月光與聯電 ADR 呈現下挫。", ("TSM.US", "ASX.US", "UMC.US"), id="names-sharing-one-adr-trad"),
    # A Hong Kong company's trading suspended, or its half-year profit: context for a short name
    P("易生活停牌　延遲刊發中期業績及中期報告", ("0223.HK",), id="suspended-is-company-context-trad"),
    P("翠華半年盈利跌近5%　中期息每股1仙", ("1314.HK",), id="half-year-profit-is-company-context-trad"),
    # Short Chinese names the curated list adds: 微芯 (Microchip), 洛歇馬丁 (Hong Kong's Lockheed Martin), GE
    P("公司已打進瑞薩、微芯等IDM大廠供應鏈，環保耐蝕材新增GE等大客戶。", ("6723.JP", "MCHP.US", "GE.US"), id="curated-short-forms-trad"),
    P("美國軍工企業洛歇馬丁公布第三季業績。", ("LMT.US",), id="lockheed-hong-kong-spelling-trad"),
    # 網易雲 is the music unit's short form (9899.HK), not 網易 (9999.HK)
    P("公司持有帳面價值1,000萬美金的網易雲股票，董事會已通過處分案。", ("9899.HK",), id="netease-cloud-music-short-form-trad"),
    # 惠普 without a code is HP Inc., in a Taiwan story too; 大台北 is a region
    P("包含戴爾、惠普、聯想等品牌廠，台股今日上漲，大台北都會區房市熱絡。", ("DELL.US", "HPQ.US", "0992.HK"), id="hp-in-a-taiwan-story-trad"),
    # …but a brand the lexicons write in lower case is that brand
    P("運動品牌adidas第二季營收成長。", ("ADS.DE",), id="lower-case-brand-trad"),
    # A filing labels the bracketed code (代號：, 股票代碼：)
    P("因精剛（代號：1584）、亞元（代號：6109）等上櫃公司每股淨值已高於10元。", ("1584.TW", "6109.TW"), id="labelled-code-in-brackets-trad"),
    P("中国平安(股份代号：2318)今日公布业绩。", ("2318.HK",), id="labelled-share-code-simp"),
    # -TE marks a Taiwan emerging-board code; the name before it is longer than a listed one (聯亞)
    P("聯亞藥 (6562-TE) 今日公告營收。", ("6562.TW",), id="emerging-board-code-after-a-longer-name-trad"),
    # …but a name followed by its own code is that name, though a title seems to hold it
    P("中美貿易戰受惠股東森（2614）、遠百（2903）應聲上揚。", ("2614.TW", "2903.TW"), id="own-code-beats-a-title-overlap-trad"),
    P("公司股东将原质押给中国国际金融股份有限公司的股份解除质押。", ("601995.SH",), id="word-name-as-a-registered-name"),
    P("美股｜比特幣反彈 特斯拉大漲4.4%", ("TSLA.US",), id="name-before-a-move-word-it-seems-to-cut"),
    P("苏宁易购超市门店运营负责人表示，门店将于9月28日开业。", ("002024.SZ",), id="former-name-of-a-listing-simp"),
    # A short name that is a word counts after what the company is (大廠)
    P("泰碩為中國大陸5G基地台大廠中興主要供應鏈。", ("3338.TW", "000063.SZ"), id="word-name-after-a-company-descriptor"),
    # A name after a two-character word (携手, 超越) is no cut word (手中, 越国)
    P("耀登(3138)攜手中華電在台成立實驗室。", ("3138.TW", "2412.TW"), id="name-after-a-word-that-ends-in-its-first-char"),
    P("台積電市值突破8000億元，超越國泰金，躍居第7位。", ("2330.TW", "2882.TW"), id="name-after-chaoyue"),
    # US: SYMBOL.US, SYMBOL-US, Reuters-style .O / .N
    P("英偉達(NVDA.US)週二股價創下歷史新高。", ("NVDA.US",), id="us-dot-us-trad"),
    P("英伟达(NVDA.US)周二股价创下历史新高。", ("NVDA.US",), id="us-dot-us-simp"),
    P("輝達(NVDA-US)今天盤後公布財報，美股期指震盪。", ("NVDA.US",), id="us-dash-us-tw"),
    P("特斯拉(TSLA.O)週一收高，市值重回萬億美元。", ("TSLA.US",), id="us-dot-o-trad"),
    P("特斯拉(TSLA.O)周一收高，市值重回万亿美元。", ("TSLA.US",), id="us-dot-o-simp"),
    P("麥當勞(MCD.N)公布季績，同店銷售遜預期。", ("MCD.US",), id="us-dot-n-trad"),
    P("麦当劳(MCD.N)公布季度业绩，同店销售不及预期。", ("MCD.US",), id="us-dot-n-simp"),
    P("阿里巴巴(BABA.US)盤前上漲，市場憧憬雲業務分拆。", ("BABA.US",), id="us-adr-printed-code-wins"),
    P("雅生活表示，其已与独立第三方就可能收购事项展开磋商。", ("3319.HK",), id="hk-short-form-a-living-simp"),
    # a class letter follows a symbol of two or more letters (BRK.B); a one-letter symbol stands alone
    P("波克夏(BRK.B.US)與福特(F.US)股價走高。", ("BRK-B.US", "F.US"), id="us-class-letter-and-one-letter-symbol-trad"),
    # Hong Kong: bare number in a HK article, 5-digit, .HK with 4 or 5 digits
    P("騰訊(700)今日股價造好，港股大市氣氛轉佳。", ("0700.HK",), id="hk-bare-3-digit"),
    P("腾讯控股(00700)公布中期业绩，港股科技股走强。", ("0700.HK",), id="hk-bare-5-digit-simp"),
    P("騰訊控股（0700.HK）宣布斥資10億港元回購股份。", ("0700.HK",), id="hk-dot-hk-4-digit"),
    P("華潤置地(01109.HK)公布上月合約銷售數據。", ("1109.HK",), id="hk-dot-hk-5-digit-trad"),
    P("华润置地(01109.HK)公布上月合同销售数据。", ("1109.HK",), id="hk-dot-hk-5-digit-simp"),
    P("比亞迪股份(1211)今日港股走強，成交額居前。", ("1211.HK",), id="hk-bare-4-digit-hk-article"),
    P("中國平安(02318)今日公布業績，港股保險股造好。", ("2318.HK",), id="hk-ping-an-code-points-to-hk"),
    P("阿里巴巴(09988)股價今日上升，恒指同步走高。", ("9988.HK",), id="hk-dual-listing-hk-code"),
    # A shares: .SH / .SS / .SZ, SH prefix, full-width brackets, -CN
    P("贵州茅台(600519.SH)发布年报，净利润创新高。", ("600519.SH",), id="a-dot-sh-simp"),
    P("貴州茅台(600519.SS)發布年報，淨利潤創新高。", ("600519.SH",), id="a-dot-ss-trad"),
    P("平安银行(000001.SZ)发布三季报，不良率持平。", ("000001.SZ",), id="a-dot-sz-not-ping-an"),
    P("平安銀行(000001.SZ)發布三季報，不良率持平。", ("000001.SZ",), id="a-dot-sz-trad"),
    P("三星医疗(SH 601567)今日公告中标国家电网项目。", ("601567.SH",), id="a-sh-space-prefix"),
    P("三星医疗（601567）公告称中标国家电网项目。", ("601567.SH",), id="a-fullwidth-bare-6-digit"),
    P("三星醫療（601567）公告稱中標國家電網項目。", ("601567.SH",), id="a-fullwidth-bare-6-digit-trad"),
    P("招商銀行(600036-CN)今日公告派息方案。", ("600036.SH",), id="a-dash-cn"),
    P("宁德时代(300750)今日公告扩产计划。", ("300750.SZ",), id="a-bare-3-prefix-sz"),
    # Beijing: the old 43xxxx code moves to its 920xxx code (lexicons/bj_codes.tsv)
    P("诺思兰德(430047.BJ)发布公告称新药获批临床。", ("920047.BJ",), id="bj-old-code-to-920-simp"),
    P("諾思蘭德(430047.BJ)發布公告稱新藥獲批臨床。", ("920047.BJ",), id="bj-old-code-to-920-trad"),
    # Taiwan: -TW, bare 4 digits in a Taiwan article (TPEx too), wrap-up rows, ETFs
    P("台積電 (2330-TW)今日召開法說會，外資持續買超。", ("2330.TW",), id="tw-dash-tw"),
    P("友輝（4933）今日股價亮燈漲停，台股加權指數同步走高。", ("4933.TW",), id="tw-bare-4-digit-trad"),
    P("友辉（4933）今日涨停，台股加权指数同步走高。", ("4933.TW",), id="tw-bare-4-digit-simp"),
    # 興櫃 (Taiwan's emerging-stock board) says Taiwan: a code no lexicon lists is still .TW
    P("聯亞藥(6562)今日開低後翻紅，在興櫃市場漲幅約3%。", ("6562.TW",), id="tw-emerging-board-cue"),
    P("台積電（2330）與聯發科（2454）今日同步舉行法說會，台股加權指數走高。", ("2330.TW", "2454.TW"),
      id="tw-two-codes"),
    P("上市權值股表現：2330 台積電、2454 聯發科、2317 鴻海。", ("2330.TW", "2454.TW", "2317.TW"),
      id="tw-wrap-up-rows"),
    P("中信關鍵半導體（00891）今年以來績效亮眼，台股ETF受益人數持續增加。", ("00891.TW",),
      id="tw-etf-trad"),
    P("中信关键半导体（00891）今年以来表现亮眼，台股ETF持有人数持续增加。", ("00891.TW",),
      id="tw-etf-simp"),
    P("國泰永續高股息(00878)與群益台灣精選高息(00919)持續吸引台股投資人。", ("00878.TW", "00919.TW"),
      id="tw-two-etfs"),
    # Japan and Korea
    P("丰田汽车(7203.T)上调全年利润预测。", ("7203.JP",), id="jp-dot-t-simp"),
    P("豐田汽車(7203.T)上調全年利潤預測。", ("7203.JP",), id="jp-dot-t-trad"),
    P("三星電子(005930.KS)公布初步業績，營業利益優於預期。", ("005930.KR",), id="kr-dot-ks-trad"),
    P("三星电子(005930.KS)公布初步业绩，营业利润好于预期。", ("005930.KR",), id="kr-dot-ks-simp"),
    # More code forms: ADRs, .TW / .TWO, SZ prefix, bare US symbols, share-class suffixes
    P("台積電ADR（TSM.US）盤前上漲2%，台股加權指數可望開高。", ("TSM.US",), id="tw-adr-printed-code-wins"),
    P("台積電(2330.TW)今日股價創高。", ("2330.TW",), id="tw-dot-tw"),
    P("群聯(8299.TWO)今日股價大漲。", ("8299.TW",), id="tw-dot-two-tpex"),
    P("平安银行(SZ 000001)今日公告。", ("000001.SZ",), id="a-sz-space-prefix"),
    P("輝達（NVDA）週二股價創新高。", ("NVDA.US",), id="us-bare-symbol-trad"),
    P("苹果(AAPL)周二发布新品。", ("AAPL.US",), id="us-bare-symbol-simp"),
    P("阿里巴巴-SW(09988)今日股價造好。", ("9988.HK",), id="hk-name-with-share-suffix"),
    P("京東方A(000725)今日放量上漲。", ("000725.SZ",), id="a-name-with-class-letter"),
    P("大新銀行(2356)公布中期業績，港股銀行股造好。", ("2356.HK",), id="hk-4-digit-also-a-tw-code"),
    P("ASML(ASML.NL)今日公布訂單。", ("ASML.NL",), id="eu-dot-nl"),
    # Names alone
    P("微軟宣布將在台灣擴大投資，台股相關供應鏈受關注。", ("MSFT.US",), id="name-microsoft-trad"),
    P("微软宣布扩大在华投资。", ("MSFT.US",), id="name-microsoft-simp"),
    P("茅台今年批价持续走弱，白酒板块承压。", ("600519.SH",), id="name-moutai-short-form"),
    P("騰訊今日發布新一代大模型，港股科技股造好。", ("0700.HK",), id="name-tencent-trad"),
    P("腾讯今日发布新一代大模型，港股科技股走强。", ("0700.HK",), id="name-tencent-simp"),
    P("台積電今日召開股東會，台股加權指數小幅走高。", ("2330.TW",), id="name-tsmc-taiwan-context-trad"),
    P("台积电今日召开股东会，台股加权指数小幅走高。", ("2330.TW",), id="name-tsmc-taiwan-context-simp"),
    P("輝達執行長黃仁勳今日抵台。", ("NVDA.US",), id="name-nvidia-tw-form"),
    P("Alphabet旗下谷歌今日發布新模型。", (("GOOGL.US", "GOOG.US"),), id="name-alphabet-share-classes"),
    P("苹果公司今日发布新款iPhone。", ("AAPL.US",), id="name-apple-simp"),
    P("中国平安今日公布中期业绩。", (("601318.SH", "2318.HK"),), id="name-ping-an-any-listing"),
    P("台股早盤，超微概念股走揚。", ("AMD.US",), id="name-amd-taiwan-form"),
    P("美超微股價近期波動劇烈。", ("SMCI.US",), id="name-smci-not-amd"),
    P("豐田今日宣布召回部分車型。", ("7203.JP",), id="name-toyota-short"),
    P("三星電子今日公布初步業績。", ("005930.KR",), id="name-samsung-electronics"),
    P("Nvidia週二公布財報。", ("NVDA.US",), id="name-latin"),
    P("TSMC今日宣布赴日設廠，台股供應鏈受惠。", ("2330.TW",), id="name-latin-taiwan-context"),
    P("台積今日股價上漲。", ("2330.TW",), id="name-tsmc-short-form"),
    P("阿斯麥今日公布訂單。", ("ASML.NL",), id="name-asml-chinese"),
    P("西門子能源股價大漲。", ("ENR.DE",), id="name-siemens-energy"),
    P("招行今日公布年報。", (("600036.SH", "3968.HK"),), id="name-cmb-short-form"),
    P("宁德今日股价上涨3%。", ("300750.SZ",), id="name-generic-short-form-with-move"),
    P("青岛某银行(601338-CN)今日公告。", ("601338.SH",), id="a-dash-cn-code-not-in-lexicon"),
    P("該公司(601338-CN)今日公告增持計劃。", ("601338.SH",), id="a-dash-cn-code-not-in-lexicon-trad"),
    P("奇異(General Electric)6日提議收購Arcam。奇異將擴大使用3D列印。", ("GE.US",), id="generic-name-introduced-with-english"),
    # Hong Kong short forms (the stem of a 国际/控股/集团 name), with a move or a code as context
    P("本地零售股個別發展，莎莎升近12%，翠華跌逾4%。", ("0178.HK", "1314.HK"), id="hk-short-form-with-move-trad"),
    P("本地零售股个别发展，莎莎升近12%，翠华跌逾4%。", ("0178.HK", "1314.HK"), id="hk-short-form-with-move-simp"),
    P("翠華(01314)公布中期業績。", ("1314.HK",), id="hk-short-form-with-code"),
    P("維他奶公布，中期盈利按年升5%。", ("0345.HK",), id="hk-listing-with-an-english-name-only"),
    # A listed name followed by more characters and another company's code is only the start
    # A code glued to its name (wrap-ups): the code and the name are one company
    P("航運族群走強，收盤2603長榮、2609陽明、2605新興等漲幅超過5%。", ("2603.TW", "2609.TW", "2605.TW"),
      id="code-glued-to-name"),
    # A listed company's registered name in full is that company
    P("8月4日，传化智联股份有限公司发布董事会决议公告。", ("002010.SZ",), id="registered-name-of-a-listed-company"),
    P("台股盤中，聯亞藥(6562)重挫，聯亞(3081)走高，台積電(2330)持平。", ("6562.TW", "3081.TW", "2330.TW"),
      id="name-start-before-another-code"),
    # A Hong Kong story that quotes sums in 人民幣 is still a Hong Kong story
    P("恒地去年盈利約63億元。以人民幣計，內地物業營業額跌12%。", ("0012.HK",), id="renminbi-in-a-hong-kong-story"),
    # A renminbi counter (83690) is no second company called 美團
    P("市場料美團上季盈利最多110億元人民幣。", ("3690.HK",), id="renminbi-counter-is-the-same-company-trad"),
    P("中国移动和快手今日公布业绩。", ("600941.SH", "1024.HK"), id="renminbi-counter-is-the-same-company-simp"),
    # A code glued to its name after a clause's comma (the comma folds to ",")
    P("推升鋼品價格，2002中鋼轉強，2006東鋼走高。", ("2002.TW", "2006.TW"), id="code-name-after-a-comma-trad"),
    P("推升钢品价格，2002中钢转强。", ("2002.TW",), id="code-name-after-a-comma-simp"),
    # A short name the press of every market writes without a code links in a foreign story
    P("小米將推新一代智慧音箱，美隆電 (2477-TW) 拿下高階訂單。", ("1810.HK", "2477.TW"), id="known-across-markets-trad"),
    # A generic name listed beside stocks is a stock, and so is its next mention
    P("包括晶宏、聯茂、中鋼、精華共4檔，僅中鋼、精華分別小跌0.5％、1.42％。", ("3141.TW", "6213.TW", "2002.TW", "1565.TW"),
      id="generic-name-again-after-a-list-trad"),
    # A glued code wins over another company whose name reads the same once simplified
    P("週二由3122笙泉、4945陞達科、6243迅杰等漲停領軍。", ("3122.TW", "4945.TW", "6243.TW"),
      id="code-then-the-start-of-its-name-trad"),
    # A name two companies share goes to the one the press means, unless the other's code is printed
    P("不僅蘋果，包括三星、小米新一代機種都朝向多鏡頭設計。", ("AAPL.US", "005930.KR", "1810.HK"), id="name-owner-trad"),
    P("台股今日走高，三星(5007)上漲3%。", ("5007.TW",), id="name-owner-yields-to-a-printed-code"),
    # A former name the press still prints
    P("长春高新、正泰电器、中环股份等上市公司回购金额居前。", ("000661.SZ", "601877.SH", "002129.SZ"), id="former-name-simp"),
    # A Hong Kong listing taken private after the news, curated with its short form
    P("復星旅遊文化提出私有化。復星旅文指，交易流動性極低。", ("1992.HK",), id="taken-private-after-the-news-trad"),
    # A unit after a figure starts no name (6.41元 + 大漲, 30億 + 泰銖); a code before a name does
    P("凱碩股價一路從6.41元大漲到21.45元。", ("8059.TW",), id="unit-after-a-figure-is-no-name-trad"),
    P("泰南僑營收貢獻將首度突破30億泰銖。", ("1702.TW",), id="hundred-million-baht-trad"),
    P("週二由:2615萬海、2393億光領漲。", ("2615.TW", "2393.TW"), id="code-then-name-starting-with-a-unit-trad"),
    # A Taiwan registered name without its legal suffix names the company (福懋油脂 is 1225, not 福懋 1434)
    P("股市炒手吳金泉掏空上市福懋油脂公司。", ("1225.TW",), id="registered-stem-trad"),
    P("應材財報報喜，台灣半導體設備族群股價也上揚。", ("AMAT.US",), id="place-and-word-stem-is-a-phrase-trad"),
    # 亞太 (Asia-Pacific) is a word, not *ST亚太 without its status marker
    P("滙豐亞太在內地發行熊貓債，集資規模45億元人民幣。", ("0005.HK",), id="asia-pacific-is-a-word-trad"),
    P("其開高3元至610元，隨即站回5日線，步步高，收漲2.14%。", (), id="step-by-step-is-a-phrase-trad"),
    P("金管會去 (2020) 年底公告開放銀行，遠傳(4904)表示歡迎。", ("4904.TW",), id="spaced-year-in-brackets-trad"),
    P("國安基金去(2020)年進場護盤，遠傳(4904)上漲。", ("4904.TW",), id="year-in-brackets-beside-codes-trad"),
    P("美亞(2020)今日上漲3%。", ("2020.TW",), id="code-that-looks-like-a-year-trad"),
    # A longer word holds a short name: 原材料 has no 材料 (4763.TW), 欣欣向榮 no 欣欣; the code still links it
    P("雖面臨原材料短缺，航運族群也欣欣向榮。", (), id="names-inside-longer-words-trad"),
    P("材料-KY(4763)今日上漲3%，原材料價格仍在上漲。", ("4763.TW",), id="name-with-its-code-beside-a-longer-word-trad"),
    P("判斷經濟好不好，亦要看創新驅動力是否更強。", (), id="driving-force-is-a-word-trad"),
    P("語言模型正在重塑前台、中台和後勤辦公室功能。", (), id="middle-office-is-a-word-trad"),
    # 一國兩制 marks a Hong Kong-market story: a Taiwan-only short name there needs context
    P("在「一國兩制」的優勢下，南光集團董事長傅建國表示，公司是總部設在澳門的中央企業。", (),
      id="one-country-two-systems-group-is-no-taiwan-stock-trad"),
    # but Macau alone does not: a Taiwan story may mention it
    P("天仁(1233)受觀光客減少影響，澳門據點暫停。\n聚陽擇優出貨 11月獲利吸睛", ("1233.TW", "1477.TW"),
      id="macau-in-a-taiwan-story-trad"),
    # A-share listings gone since adata's October 2023 list, built from it (not curated)
    P("股东将其质押的股份与海通证券股份有限公司办理了解除质押。", ("600837.SH",), id="merged-away-after-the-news-simp"),
    P("长江健康公告称，公司控股股东所持股份被司法冻结。", ("002435.SZ",), id="delisted-after-the-news-simp"),
    P("荷蘭國際集團(ING)今日公布業績。", ("INGA.NL",), id="upper-case-acronym-trad"),
    # A name listed in one market only, in a story of that market, needs no context
    P("台股今日走高，中鋼5、6月繼續調漲鋼價。", ("2002.TW",), id="taiwan-only-name-in-a-taiwan-story-trad"),
    # A move word without a figure is context enough for a short name that is a word
    P("公用股表現相關好，電能靠穩，煤氣微跌。", ("0006.HK", "0003.HK"), id="move-words-without-figures-trad"),
    # A price widget between a name and its code
    P("智通财经APP讯，中国铁建(7.7,0.05,0.65%)(01186)发布公告。", ("1186.HK",), id="price-widget-before-code-simp"),
    # A code after the start of its listing's name, with no market word in the story
    P("營收排行冠亞軍的復盛（6670）和明安（8938）都滿單。", ("6670.TW", "8938.TW"), id="start-of-listing-name-before-code-trad"),
    # Where a company comes from, right before a name that is a word; its English name in brackets
    P("美商奇異持續擴大投資。", ("GE.US",), id="american-firm-before-a-word-name-trad"),
    P("奇異(General Electric、GE)6日提議收購Arcam。", ("GE.US",), id="english-names-listed-in-brackets-trad"),
    # A three-character name whose last character starts a word the next character ends
    P("据韩媒报道，特斯拉近期发布了摄像头模组招标公告。", ("TSLA.US",), id="name-then-a-word-that-overlaps-it-simp"),
    P("目前已承攬台積電廠房、國揚廠辦。", ("2330.TW", "2505.TW"), id="name-then-factory-buildings-trad"),
    # 中華汽車 in a Taiwan story is 中華車 (2204), not Hong Kong's China Motor Bus
    P("中華汽車首款換電輕型機車搶先預購，台股今日上漲。", ("2204.TW",), id="china-motor-in-a-taiwan-story-trad"),
    # A group named by the stem of a company of the article's market and 集團, where another
    # market lists that whole name: 六福集團 in Taiwan is 六福 (2705), 國泰集團 in Hong Kong 國泰航空's
    P("六福集團今年在六福客棧缺席下，業績仍為4200萬元，台股今日上漲。", ("2705.TW",), id="group-of-a-local-stem-trad"),
    P("國泰集團及空中巴士舉行慶祝典禮。國泰航空行政總裁表示，恒指今日升1%。", ("0293.HK", "AIR.FR"),
      id="group-of-a-company-named-in-the-story-trad"),
    # A session word after a short name takes its last character into no word (光盘)
    P("大立光同步走揚，亞光盤中勁揚逾1%，台股上漲。", ("3008.TW", "3019.TW"), id="name-before-intraday-trad"),
    P("周大福股價升近8%收市。中聯通績後升4%。", ("1929.HK", "0762.HK"), id="hk-press-short-form-of-unicom-trad"),
    P("移除對中國國際航空、東方航空、海南航空的限制條件。", ("601111.SH", "600115.SH", "600221.SH"), id="airlines-in-full-trad"),
    # A short name whose longer form (the name and an industry word) the story prints with a code
    P("第一類接觸／光隆出貨飆\n商用車零組件大廠光隆精密-KY（4581）董事長呂皇甫指出，營運回溫。", ("4581.TW",),
      id="short-form-of-a-coded-longer-name-trad"),
    P("東捷上半年EPS 1.49元 東捷資訊（6697）10日公告半年報。", ("6697.TW",), id="short-form-before-its-coded-name-trad"),
    P("台塑化(6505)與台塑今日上漲。", ("6505.TW", "1301.TW"), id="listed-name-inside-another-stays-trad"),
    P("拼多多涨超4%表现突出，Peloton涨超5%。", ("PDD.US", "PTON.US"), id="peloton-simp"),
    P("中国大陆钢铁龙头宝钢公布10月盘价。", ("600019.SH",), id="baosteel-simp"),
    P("大快活預期中期盈利按年倒退最少一半。", ("0052.HK",), id="expects-interim-profit-trad"),
    P("宏利：韋寧頓明年5月接替高瑞宏　擔任總裁兼首席執行官職務", ("0945.HK",), id="manulife-trad"),
    P("易方达张坤等以电话会议方式调研ST国医。ST国医称，两家医院停诊三个月会影响业绩。", ("000516.SZ",), id="st-name-of-a-renamed-company-simp"),
    P("華固8/17參加統一證券舉辦之線上法說會。", ("2548.TW", "2855.TW"), id="president-securities-trad"),
    P("他此前历任泰达宏利基金总经理助理、汇添富基金副总经理。", (), id="inside-a-fund-companys-name-simp"),
    # A short name that is an everyday word links when its receipts or shares trade
    P("騰訊、美團ADR跌近0.6%，友邦ADR跌約0.4%。", ("0700.HK", "3690.HK", "1299.HK"), id="receipts-after-a-short-name-trad"),
    # Foreign listings the Chinese-language press names
    P("被動元件大廠村田、太陽誘電延長交期，Qorvo與賽靈思(Xilinx)也受惠。", ("6981.JP", "6976.JP", "QRVO.US", "XLNX.US"),
      id="foreign-component-makers-trad"),
    P("嘉能可、挪威海德鲁和力拓下调铝产量预期。", ("GLEN.UK", "NHY.NO", "RIO.UK"), id="foreign-miners-simp"),
    P("滙豐(HSBA.L)、渣打(STAN.LN)與英國石油(BP.GB)股價下跌。", ("HSBA.UK", "STAN.UK", "BP.UK"), id="london-suffixes-read-as-uk"),
    P("航太引擎廠奇異航空與賽峰合資的CFM已恢復交機。", ("GE.US", "SAF.FR"), id="engine-makers-trad"),
    # A warrant's name holds its stock's and its broker's names: the warrant is named, not them
    P("證交所公告，允強群益0A購01(031239)認購權證最近六個營業日累積收盤價跌幅達33.51%。", ("031239.TW",), id="warrant-named-not-its-stock-trad"),
    # A Hong Kong report's ADR of a local stock is the local listing; Taiwan's 台積電 ADR the US one
    P("港股預託證券普遍較本港收市下跌，滙控ADR較本港收市跌近2%。", ("0005.HK",), id="adr-in-a-hong-kong-report-trad"),
    P("台股今日上漲，台積電 ADR 昨晚上漲1.2%。", ("TSM.US",), id="adr-in-a-taiwan-report-trad"),
    # 顺丰 is SF Holding
    P("顺丰孵化的无人零售项目已完成3亿元A轮融资。", ("002352.SZ",), id="sf-express-simp"),
    # A broker app's form of a Hong Kong code; a company's China division makes 联想 the company
    P("继6月成立江苏区域集团以来，旭辉（HK.00884）再一次对组织架构动刀。", ("0884.HK",), id="hk-prefixed-code-simp"),
    P("联想中国区确定陈劲加入联想中国区消费事业部。", ("0992.HK",), id="china-division-simp"),
    # A Hong Kong short form with no everyday word inside links alone; one that holds a word needs context
    P("佐丹奴上季收入按年增長4.4%。", ("0709.HK",), id="distinctive-hong-kong-short-form-trad"),
    # The listing the article codes a name with holds for its later mentions, and for its group
    P("赛诺菲(SNY.O)日前表示，新药获批。赛诺菲集团表示，预计该药物今年上市。赛诺菲还称，将扩大产能。", ("SNY.US",),
      id="coded-listing-holds-for-later-mentions-simp"),
    P("大洋-KY(5907)今日公告，旗下購物中心開業。此舉提升大洋集團在中國商業零售行業的地位。", ("5907.TW",),
      id="group-of-a-coded-name-trad"),
    # …but a foreign code beside a name listed at home leaves the home listing to later mentions
    P("1月17日，光伏组件龙头企业晶科能源(JKS.N)公布了A股网上发行情况。早前，晶科能源原计划拟募集资金60亿元。",
      ("JKS.US", "688223.SH"), id="foreign-code-beside-a-home-listing-simp"),
    P("日本三菱瓦斯化學與福斯集團合作開發電池材料。", ("4182.JP", "VOW3.DE"), id="mitsubishi-gas-and-volkswagen-group-trad"),
    # A code of the same market as the name's own listing holds for the name's other mentions
    P("瑞幸咖啡亏损事件。美股盘初，瑞幸咖啡(LK.US)跌14.26%。", ("LK.US",), id="coded-listing-of-the-same-market-simp"),
    # 联想 is known in a Taiwan story too
    P("台股今日上漲。筆電品牌大廠聯想近年積極搶進電競手機市場。聯想表示，去年推出首款電競手機。", ("0992.HK",),
      id="lenovo-in-a-taiwan-story-trad"),
    # 中國人壽 in a Taiwan story is China Life Insurance of Taiwan (中壽)
    P("開發金 (2883-TW) 將中國人壽併入，中國人壽7月稅後獲利34.85億元。", ("2883.TW", "2823.TW"), id="china-life-in-a-taiwan-story-trad"),
    # -SHA: a Shanghai A share
    P("美國鋁業 (AA) 大漲 98％，中國鋁業 (601600-SHA) 大漲 150％。", ("AA.US", "601600.SH"), id="shanghai-a-share-suffix-trad"),
    # A name that is the start of a longer one the article prints with another code, there or
    # elsewhere (花王 is 8906.TW; 花王股份 is 603007.SH)
    P("花王股份股份回购事件对应的回购股份数量是什么？原标题：花王股份(603007.SH)拟回购注销389.55万股", ("603007.SH",),
      id="start-of-a-longer-coded-name-elsewhere-simp"),
    P("客户包括荷兰皇家壳牌公司(RDS.A.US)、美国空军。", ("RDS-A.US",), id="start-of-a-long-coded-name-simp"),
    # 立讯 (Luxshare) is known in Taiwan stories too
    P("立訊近期積極擴產，將在越南設新廠。", ("002475.SZ",), id="luxshare-in-a-traditional-story-trad"),
    P("特朗普媒體與科技集團股價一度急升近19%，最終收市跌逾1%。", ("DJT.US",), id="trump-media-trad"),
    # A generic short name is a company before its chairman's title (泰山 is 1218.TW)
    P("獨董當選人為泰山董事長詹逸宏。", ("1218.TW",), id="generic-name-before-chairman-trad"),
    # 同 is Cantonese "and": a generic short name joined to a stock by it is a stock too
    P("公用股表現較好，煤氣同電能實業升1%。", ("0003.HK", "0006.HK"), id="cantonese-and-joins-a-list-trad"),
    P("大量智慧型手機如HTC、ASUS開始採用此技術。", ("2498.TW", "2357.TW"), id="htc-trad"),
    P("鈞興-KY大客戶為電動工具大廠TTI，主要供應旗下品牌。", ("4571.TW", "0669.HK"), id="tti-trad"),
    # A two-character name that ends inside a longer one (向中 of 1871.HK in 已向中伟股份): the
    # longer name is the one written; two characters against two, the first stays (志信大股東)
    P("产品已向中伟股份、道氏技术供货。", ("300919.SZ", "300409.SZ"), id="longer-name-over-a-short-one-simp"),
    P("志信大股東申報轉讓持股。", ("2611.TW",), id="short-name-before-another-short-one-trad"),
    # ... but a two-character name opening with a list's "and" right after a name gives way to
    # the name after the "and" (碩天和科風: not 和科, of 002816.SZ)
    P("太陽能族群中，碩天和科風同樣在盤面上表現。", ("3617.TW", "3043.TW"), id="and-before-a-short-name-trad"),
    P("暴风集团公告，公司尚未聘请首席财务官。", ("300431.SZ",), id="storm-group-former-name-simp"),
    # A listed company's registered name in full, with its business and 集团 before 股份有限公司
    P("成员名单包括万兴科技集团股份有限公司、深圳市盛讯达科技股份有限公司、中文在线数字出版集团股份有限公司。",
      ("300624.SZ", "300518.SZ", "300364.SZ"), id="registered-names-of-listed-companies-simp"),
    # A short name is its group's when the article names the group in its own market
    P("川湖科技提告聯德控股-KY侵權，聯德控股集團需賠償人民幣300萬元，台股今日聯德已委請律師上訴。",
      ("2059.TW", "4912.TW"), id="short-name-of-a-group-named-in-the-story-trad"),
    # A Taiwan depositary receipt's six-digit code, 91…
    P("台股今日，跌幅前10名依序有杜康-DR（911616）跌59.2％。", ("911616.TW",), id="taiwan-depositary-receipt-trad"),
    # Taiwan's filing site marks a Taiwan story: (1611) is 中電 of Taiwan, not CLP (0002.HK)
    P("中電上半年合併獲利396萬元\n\n公開資訊觀測站重大訊息公告\n(1611)中電公告本公司第2季財務報告", ("1611.TW",),
      id="taiwan-filing-site-marks-the-market-trad"),
    P("2019年國統與中華工程公司簽約，承包總價金14億元。", ("8936.TW", "2515.TW"), id="china-engineering-trad"),
    # A registered name after 关联公司 is another firm's: the name before it is still the listing
    P("北京心域科技发生工商变更，新增腾讯关联公司林芝利创信息技术有限公司为股东。", ("0700.HK",), id="affiliate-of-a-listed-name-simp"),
    # A price widget between the name and its code: the code decides (厦门港务 is also 000905.SZ's short name)
    P("原标题：利率1.75%厦门港务(5.860,-0.05,-0.85%)(03378.HK)完成发行3.5亿元超短期融资券", ("3378.HK",),
      id="price-widget-between-name-and-code-simp"),
    # A six-digit code in a mainland story with no market cue: an NEEQ company the lists lack
    P("挖贝网 4月23日消息，北京希电(430328)近日发布公告称，公司审议通过聘任议案。", ("430328.BJ",), id="neeq-code-simp"),
    # 恒生 in a list of Hong Kong stocks is Hang Seng Bank (taken private in 2026); 恒生指數 is the index
    P("滙控、友邦、恒生跌近1%。恒生指數跌1%。", ("0005.HK", "1299.HK", "0011.HK"), id="hang-seng-bank-listed-beside-stocks-trad"),
    # A code printed wrong (燁輝 is 2023; 2030 is 彰源): the name's listing is the ticker
    P("鋼鐵股走強，燁輝 (2030-TW) 今早股價跳空漲停。", ("2023.TW",), id="misprinted-code-same-market-trad"),
    P("台廠生態系則包含鴻海 (2317-TW)、技嘉 (2377-TW)、廣積 (8050-TW)、緯創 (2324-TW) 等。", ("2317.TW", "2376.TW", "8050.TW", "3231.TW"),
      id="misprinted-codes-in-a-list-trad"),
    # 中銀 beside 滙豐 in a Hong Kong story is BOC Hong Kong
    P("香港主要銀行亦減息，滙豐及中銀的港元最優惠利率減至5.25厘。", ("0005.HK", "2388.HK"), id="boc-hong-kong-beside-hsbc-trad"),
    # A Taiwan listing's -KY after the start of its name (鮮活-KY for 鮮活果汁-KY) gives a bare code its market
    P("鮮活-KY(1256)7月合併營收2.5億元，年成長48.57%。", ("1256.TW",), id="ky-after-the-start-of-a-name-trad"),
    # A name two companies share, in a Traditional story without cue words: not the Shenzhen one
    P("《光電股》亞光Q2營業淨利創高 多元效益助後市", ("3019.TW",), id="shared-name-in-a-traditional-story-trad"),
    # American depositary shares point to the US listing
    P("蔚来汽车宣布拟发行7500万股美国存托股（ADS）。", ("NIO.US",), id="depositary-shares-point-to-the-us-listing-simp"),
    # A Chinese company listed first in the US, then in Hong Kong: the US shares outside a Hong Kong story
    P("京东与阿里巴巴今年在电商节的销售额均创新高。", ("JD.US", "BABA.US"), id="us-first-listing-in-a-mainland-story-simp"),
    # guard (passes before and after): in a Hong Kong story, the Hong Kong shares
    P("港股造好，恒指升1%，阿里巴巴升3%，百度升2%。", ("9988.HK", "9888.HK"), id="hong-kong-listing-in-a-hong-kong-story-trad"),
    P("台股今日走揚，外資指出，阿里巴巴財報優於預期。", ("BABA.US",), id="us-first-listing-in-a-taiwan-story-trad"),
    # Listings delisted or renamed since the news (a 2021 story): 中国恒大 is 3333.HK, 力帆股份 601777.SH
    P("继续买买买！中国恒大年内耗资26.7亿港元回购。力帆股份公告称，多家子公司被申请重整。", ("3333.HK", "601777.SH"),
      id="listings-delisted-or-renamed-since-simp"),
    # 恒大集團 in a Taiwan story is Evergrande, not the group of Taiwan's 恆大 (1325)
    P("中國大型地產商恒大集團債務風險不斷攀高，金管會昨（16）日公布我金融業在大陸曝險情況。", ("3333.HK",),
      id="evergrande-group-in-a-taiwan-story-trad"),
    # Taiwan's red for up (看紅) is a move right after a name that needs context
    P("中華電、遠傳雙跌，現價分別為116.5元(跌0.43%)與60.3元(跌0.17%)，唯台灣大看紅漲幅1.03%。", ("2412.TW", "4904.TW", "3045.TW"),
      id="shows-red-after-a-context-name-trad"),
    # Five digits with a leading 0 in brackets are a Hong Kong code, whatever the story's market
    P("原标题：天时软件委任林启令为执董    来源：智通财经\n天时软件(08028)公布，陈奕辉辞任董事会主席。", ("8028.HK",),
      id="five-digits-with-a-leading-zero-are-hong-kong-simp"),
    # A NEEQ code (83…, 87…) after a name in a mainland story is a Beijing code
    P("挖贝网讯 新三板公司协成科技（835991）近日发布2020年半年度报告。", ("835991.BJ",), id="neeq-code-after-a-name-simp"),
    # China's steel makers are named without a code in Taiwan steel reports too
    P("亞洲鋼市多空交雜，中國寶鋼 10 月盤價開出連四平，國內鋼鐵龍頭中鋼也開平盤。", ("600019.SH", "2002.TW"),
      id="baosteel-in-a-taiwan-story-trad"),
    # 中海 (China Overseas Land) among other developers
    P("据悉，世茂正与央企中海洽谈出售其持有的广州亚运城项目股权。此前由碧桂园、世茂、雅居乐、中海分别持有26.67%、26.67%、26.66%及20%股权。",
      ("0813.HK", "0688.HK", "2007.HK", "3383.HK"), id="china-overseas-short-name-simp"),
    # 和黃 (Hutchison Whampoa), as Hong Kong papers still call CK Hutchison's group
    P("部分本港企業包括和黃、新鴻基、信和等亦有代表到場。", ("0001.HK", "0016.HK", "0083.HK"), id="hutchison-short-name-trad"),
    # A placing at a discount (折讓…配售) is a listed company's act: context for a short name
    P("小米跌破发行价。时代中国折让17%配售1.2亿股，公司股价大跌29%。", ("1810.HK", "1233.HK"), id="placing-gives-context-simp"),
    # 聯合航空 is United Airlines (UAL.US), not 聯合 (4129.TW) and a word
    P("聯合航空股價下跌。", ("UAL.US",), id="united-airlines-trad"),
    # Listed in 2023 and delisted since, named as the news of their day names them (baostock's 2023 list)
    P("蓝光发展公告称，公司拟回购股份。越博动力盘中跌停，鸿达兴业收涨2%。", ("600466.SH", "300742.SZ", "002002.SZ"),
      id="delisted-since-2023-simp"),
    P("ST柏龙预计全年亏损；*ST信威连续三年亏损，触发暂停上市。", ("002776.SZ", "600485.SH"), id="delisted-since-2023-marked-simp"),
    # 中電 in a Hong Kong story is CLP (0002.HK); elsewhere it opens mainland state groups' names
    P("港股今日回落。兩間電力公司明年起加電費，中電加0.98%，港燈加0.9%。", ("0002.HK", "2638.HK"), id="clp-in-a-hong-kong-story-trad"),
    P("港股半日收市，政府已與中電商討增設充電設施。", ("0002.HK",), id="clp-without-a-move-in-a-hong-kong-story-trad"),
    # Target (TGT.US) is a company where the story gives context (a share price, a move)
    P("美國零售商Target公布季績遜預期，Target股價在盤前急挫逾17%。", ("TGT.US",), id="target-with-context-trad"),
    # Chinese companies listed in New York, by their press names
    P("中概股涨跌互现，小赢科技涨超7%，趣头条涨超6%，怪兽充电跌约3%，掌门教育跌约8%。", ("XYF.US", "QTT.US", "EM.US", "ZME.US"),
      id="us-listed-chinese-small-caps-simp"),
    P("蛋壳公寓回应称不要轻信谣言。瑞思教育盘前大涨14%。", ("DNK.US", "REDU.US"), id="us-listed-chinese-apartments-and-schools-simp"),
    # A partner joined by 與 to a Taiwan stock is no list of stocks: 亞太 stays a word there (not 000691.SZ)
    P("台股今日走揚。中興電 (1513-TW) 董事會通過，將與亞太燃料電池公司合資。中興電與亞太合資設新公司。", ("1513.TW",),
      id="partner-of-a-taiwan-stock-is-no-mainland-listing-trad"),
    # An everyday word before another (聯合開發: develop jointly) stays a word after 廠商 too
    P("傳奇(4994)再次嘗試與中國廠商聯合開發的模式。", ("4994.TW",), id="jointly-after-makers-trad"),
    # A city written with 市 before a name listed only abroad opens a mainland namesake (深圳市嘉信福…, not Schwab)
    P("间接全资附属公司与潜在卖方深圳市嘉信福实业集团订立谅解备忘录。", (), id="city-with-shi-before-a-foreign-name-simp"),
    # A name with one character misprinted, printed with its code: the listing of the code
    # (旭輝應材 for 旭暉應材), not the US company whose short form ends it (應材)
    P("OLED精密金屬遮罩供應商旭輝應材（6698）今年以來營收恢復成長。", ("6698.TW",), id="misprinted-name-before-its-code-trad"),
    # A Hong Kong stem with an adverb before its move (急升): context enough
    P("港股收市。\n中升急升21%後中途停牌，停牌前報18.94元。", ("0881.HK",), id="stem-then-adverb-and-move-trad"),
    # 京東 before 升 and its figure: the name (東升 is a word, but not here)
    P("ATMXJ的ADR上升，其中京東升幅逾4%，其餘升幅近2%。", ("9618.HK",), id="name-before-one-character-move-trad"),
    # The opening of a name the article has linked to a listing is its short form (力達 of 力達-KY), an everyday word or not
    P("空壓機製造大廠力達-KY（4552）今日公布營收。力達說，公司將緊盯原物料價格。", ("4552.TW",), id="short-form-of-a-named-listing-trad"),
    # 高端 (high-end) is 高端疫苗's press name where the shares are spoken of
    P("高端今日股價開高走高，盤中上漲6.8%。", ("6547.TW",), id="vaccine-maker-press-name-trad"),
    # 美國存託憑證 (an American depositary receipt) after a name is its US listing, as ADR is
    P("美國科技股重挫，台積電美國存託憑證（ADR）下挫2.6%。", ("TSM.US",), id="depositary-receipt-is-the-us-listing-trad"),
    # In a Taiwan story 先進光 is the lens maker (3362.TW)
    P("台股今日震盪，同樣主攻NB鏡頭的先進光面臨產品組合不佳，股價走弱。", ("3362.TW",), id="lens-maker-in-a-taiwan-story-trad"),
    # An exchange notice glues a four-digit code to a Latin name (6643M31): the code and the name are one stock
    P("二、6643M31最近六個營業日累積之最後成交價漲幅達41.2%。", ("6643.TW",), id="code-glued-to-a-latin-name-trad"),
    # Hong Kong calls a drug maker by its name without 製藥 or 藥業 (翰森 for 翰森製藥, 康哲 for 康哲藥業)
    P("港股收市，醫藥股走弱，翰森跌逾6%，康哲跌3%。", ("3692.HK", "0867.HK"), id="drug-maker-stem-trad"),
    # A -KY company by its first two characters and the mark (光隆-KY for 光隆精密-KY), not 光隆 (8916.TW)
    P("光隆-KY董事長表示，商用車零組件需求回溫。", ("4581.TW",), id="ky-short-form-trad"),
    # MTK, the Taiwan press's nickname for MediaTek
    P("法說會上，台積電與MTK皆看好下半年需求。", ("2330.TW", "2454.TW"), id="mediatek-nickname-trad"),
    # 晶電 and 隆達, listed until they merged into 富采投控 in January 2021, for the stories before
    P("LED族群走強，晶電與隆達同步上漲。", ("2448.TW", "3698.TW"), id="leds-listed-before-their-merger-trad"),
    # 國泰 in a Hong Kong story (本港) is Cathay Pacific
    P("國泰今日宣布，明年為合資格員工平均加薪3.8%。本港航空業持續復甦。", ("0293.HK",), id="cathay-in-a-hong-kong-story-trad"),
    # The listing's own registered name before its short form: 建科院 is the listing
    P("深圳市建筑科学研究院股份有限公司（简称“建科院”）公告，建科院中标一项目。", ("300675.SZ",), id="institute-listing-own-name-simp"),
    # Empty brackets after a name: the code a website stripped (創意, 世界 are words otherwise)
    P("法人點名創意 ()、世界 () 第三季營運續強。", ("3443.TW", "5347.TW"), id="stripped-code-brackets-trad"),
    # 等私募基金 after a name: the kind of firm it is, not a fund named after it
    P("公司多次傳出賣盤，包括太盟資本、KKR等私募基金。", ("KKR.US",), id="name-then-kind-of-fund-trad"),
    # 推特 with a move is Twitter's stock (TWTR.US, listed until October 2022)
    P("社交媒體股走低，Snap跌18.4%、推特跌8.8%。", ("SNAP.US", "TWTR.US"), id="twitter-with-a-move-trad"),
    # Stop 39. Curated names: GAP, K&S, HINO, 美圖, GungHo
    P("能打進Nike、GAP等國際品牌供應鏈的紡織廠仍有獲利。", ("NKE.US", "GAP.US"), id="gap-as-written-trad"),
    P("美商 K&S 是打線設備龍頭。", ("KLIC.US",), id="kulicke-and-soffa-short-trad"),
    P("日本 TOYOTA 集團旗下 HINO 傳出檢測造假。", ("7203.JP", "7205.JP"), id="hino-under-toyota-trad"),
    P("美圖今日股價大漲。", ("1357.HK",), id="meitu-short-trad"),
    P("日本遊戲商GungHo營收成長。", ("3765.JP",), id="gungho-trad"),
    # A Taiwan warrant's six-digit code after its name is a listed security (the exchange's
    # notices); its stock, named only inside the warrant's name, is not named (annotators agree)
    P("臺灣證券交易所公告注意交易資訊：長榮元大12購02(089362)認購權證最近六個營業日累積收盤價跌幅達31.2%。",
      ("089362.TW",), id="taiwan-warrant-code-trad"),
    P("疫苗股中，台康生漲幅也超過1%。", ("6589.TW",), id="tanvex-short-form-trad"),
    P("電視品牌VIZIO財報優於預期。", ("VZIO.US",), id="vizio-trad"),
    # A name ending inside a word (華星光 + 電) is no item of the list it stands in
    P("中國面板廠包含京東方、華星光電、維信諾等近年都投入OLED。", ("000725.SZ", "002387.SZ"), id="list-item-ending-inside-a-word-trad"),
    # Stop 39. A Taiwan town before a name's first character: 竹南染疫 holds no 南染 (1410.TW)
    P("封測廠京元電竹南染疫事件衝擊出貨。", ("2449.TW",), id="town-before-a-name-trad"),
    # guard (passes before and after): a list closed by 等 keeps its last item (星等 is no word here)
    P("蘋果、三星等無線藍芽耳機百家爭鳴。", ("AAPL.US", "005930.KR"), id="list-closed-by-deng-trad"),
    # guard (passes before and after): 亞太科技's share price (股價) is the listing's
    P("亞太科技股價今日大漲5%。", ("002540.SZ",), id="tech-name-before-share-price-trad"),
    # Stop 42. 惠普 without a code is HP (the Taiwan 惠普 comes with its code), context or none
    P("Enrique Lores将担任惠普总裁兼首席执行官。", ("HPQ.US",), id="hp-without-context-simp"),
    # Stop 42. ADR written before a list of names: each is the US listing
    P("晶圓雙雄ADR台積電、聯電分漲0.65%、2.53%。", ("TSM.US", "UMC.US"), id="adr-before-a-list-trad"),
    # A bracketed code the lists lack, where the article's other codes are Taiwan's: Taiwan's too
    P("王品(2727)強攻漲停，老四川(2741)齊揚逾4％。", ("2727.TW", "2741.TW"), id="emerging-board-code-beside-taiwan-codes-trad"),
    # Stop 43. Short names of the couriers (申通快递, 韵达股份) and of Lam Research, ASML and Air Canada
    P("阿里先后收购了申通、中通、韵达的部分股份。", ("BABA.US", "002468.SZ", "ZTO.US", "002120.SZ"), id="courier-short-names-simp"),
    P("已與應材、泛林 (Lam Research)、艾斯摩爾展開洽談。", ("AMAT.US", "LRCX.US", "ASML.NL"), id="lam-and-asml-trad"),
    P("加拿大航空公司計劃從12月7日起增加班次。", ("AC.CA",), id="air-canada-trad"),
    P("约会软件Bumble跌超2.4%。加拿大巴拉德 (balllard) 公司與Dish Network簽約。", ("BMBL.US", "BLDP.US", "DISH.US"), id="bumble-ballard-dish-trad"),
    # Stop 44. Ericsson as its ADR; 沪电 (沪电股份); Polaris; Leju and Fisker (not Arrival: a start-up in most stories,
    # listed only from 2021-03 to 2024)
    P("Ericsson概念股則包括先豐（5349）、金像電（2368）等。", ("ERIC.US", "5349.TW", "2368.TW"), id="ericsson-adr-trad"),
    P("沪电表示，5G基站订单增加。", ("002463.SZ",), id="wus-printed-circuit-short-name-simp"),
    P("帶動Polaris與本田兩大ATV廠持續拉貨。", ("PII.US", "7267.JP"), id="polaris-trad"),
    P("乐居则涨3.0%。美股新能源汽车股中，Fisker跌7.2%。", ("LEJU.US", "FSR.US"), id="leju-fisker-simp"),
    # Stop 44, second round. 陽明 before a session or Taiwan's net profit (稅後純益) is the stock; Barco, Worldline
    P("陽明早盤高點攻上91.3元。", ("2609.TW",), id="yang-ming-morning-session-trad"),
    P("陽明3月稅後純益79.41億元。", ("2609.TW",), id="yang-ming-net-profit-trad"),
    P("投影機大廠巴可(Barco)表示，法国支付公司Worldline完成收购。", ("BAR.BE", "WLN.FR"), id="barco-worldline-trad"),
    # Stop 46. Former names the press still uses (中橡 for 國際中橡, 希望教育 for 希教國際控股); a
    # Latin name joined to Han, printed with a space between (ASM 太平洋); SK Innovation and SK IE
    # Technology (not SK the holding company); GameStop's ticker as its name; 上海汽車
    P("對於下半年，中橡指出，碳煙價格仍有被壓縮空間。", ("2104.TW",), id="former-name-of-a-rubber-maker-trad"),
    P("希望教育集团发布公告，以7800万元进一步收购捷星慧旅30%权益。", ("1765.HK",), id="former-name-of-an-education-group-simp"),
    P("全球主要的固晶設備掌握在荷蘭的 ASM 太平洋及美商 K&S。", ("0522.HK", "KLIC.US"), id="latin-and-han-spaced-trad"),
    P("SK创新旗下的SKIET上市首日上涨。", ("096770.KR", "361610.KR"), id="sk-innovation-simp"),
    P("受到散戶追捧的迷因股，如電玩零售商GME、三葉草健康醫療公司Clover Health。", ("GME.US", "CLOV.US"), id="meme-stocks-trad"),
    P("目前已接獲包括上海汽車、上汽大眾等車廠訂單。", ("600104.SH",), id="shanghai-motor-trad"),
    # Stop 48. 新業務價值 (value of new business) after a short name: only an insurer reports it
    P("友邦上季新業務價值創新高。", ("1299.HK",), id="insurer-metric-after-a-short-name-trad"),
    # Stop 48. What makes a context-only name a company: a profit warning (發盈警), so many of its
    # shares (買陽明222.1萬股), its securities (取得陽明有價證券)
    P("大家樂發盈警，預期中期盈利按年下跌不超過30%。", ("0341.HK",), id="profit-warning-after-a-short-name-trad"),
    P("皇翔近月來斥資3.07億元 買陽明222.1萬股。", ("2545.TW", "2609.TW"), id="shares-counted-after-a-short-name-trad"),
    P("皇翔取得陽明有價證券，更正公告。", ("2545.TW", "2609.TW"), id="securities-after-a-short-name-trad"),
    # Chinese names of Hong Kong listings the sources give in English only; Callaway by its Latin name
    P("項目由仁愛堂與富豪酒店集團合作推出。", ("0078.HK",), id="hk-listing-named-in-chinese-only-trad"),
    P("復盛應用最大客戶Callaway在先前的法說會表示，高球市場需求暢旺。", ("6670.TW", "MODG.US"), id="golf-brand-by-latin-name-trad"),
    # Stop 49. A Latin name, then the day or month with no space (Apple9月, CNBC5日)
    P("Apple9月中旬將舉行新機發表會。", ("AAPL.US",), id="latin-name-then-the-month-trad"),
    # A Hong Kong chief executive's title after a context-only short name makes it the company
    P("新世界行政總裁黃志明出席簽約儀式。", ("0017.HK",), id="hk-ceo-title-after-a-short-name-trad"),
    # Daimler, Mercedes-Benz Group's name until 2022
    P("Uber考慮收購戴姆勒旗下的叫車服務公司。", ("UBER.US", "MBG.DE"), id="daimler-former-name-trad"),
    # Stop 49, second round. Mongolian Mining by its Chinese name, with a move right after
    P("开拓药业涨超25%，蒙古焦煤涨超18%。", ("9939.HK", "0975.HK"), id="mongolian-mining-with-a-move-simp"),
    # Stop 50, second round. MGM Resorts by its full Chinese name (not MGM China, 美高梅中国)
    P("据路透消息，美高梅国际酒店集团第二季营收大减。", ("MGM.US",), id="mgm-resorts-full-chinese-name-simp"),
]

# --------------------------------------------------------------------------------------
# Negatives: prices, dates, amounts, points, names inside longer words, generic words,
# indices, futures and private companies. The set is exact: only what is listed.
# --------------------------------------------------------------------------------------
NOT_FOUND = [
    # 大 after a rank (前500大, 十大, 两大) is "the top N", not the start of 大亚 (1609.TW) or 大同 (2371.TW)
    P("公司曾獲評選為前500大亞太地區高成長企業，也是兩大同業之一。", (), id="top-n-of-a-ranking-trad"),
    # 新产业 (300832.SZ) is also "new industries"
    P("香港要發展新產業，培育更多初創企業。", (), id="new-industries-trad"),
    # 富阳 (0352.HK) is also a district of Hangzhou
    P("杭州市富阳区防控指挥部通告，富阳实行区域交通管制。", (), id="district-of-hangzhou-simp"),
    # Market words jieba lacks (lexicons/market_words.tsv) hold no names: 創投 (venture capital),
    # 科创 (sci-tech board), 磊晶 (epitaxy)
    P("華碩電腦和華誠創投持有股權超過三成。", ("2357.TW",), id="venture-capital-holds-no-name-trad"),
    P("蚂蚁金服宣布在香港和科创板同时上市。", (), id="sci-tech-board-holds-no-name-simp"),
    P("光磊晶部份依製程不同也會導致良率不同。", (), id="epitaxy-holds-no-name-trad"),
    # 大量科技 (3167.TW) is also "a great deal of technology"
    P("李家超表示，低空經濟發展涉及大量科技和創新元素。", (), id="a-great-deal-of-technology-trad"),
    # letters with dots before a product name are its brand, not a one-letter symbol with a class letter
    P("旗下E.P.O潔容霜銷量大增。", (), id="dotted-brand-is-no-us-code-trad"),
    # 资本 after a name makes an investment firm named after it, not the listing (数源资本 ≠ 000909.SZ)
    P("本轮融资由老股东经纬中国、数源资本等持续跟投。", (), id="investment-firm-named-after-a-company-simp"),
    # Words that hold a listed name: an idiom (海納百川, no 納百川) and a beef breed (安格斯, no 安格)
    P("海納百川》從航太建設看中國實力。餐廳主打美國安格斯牛排。", (), id="idiom-and-breed-hold-names-trad"),
    # 業 after a name ending in a trade: the country's trade (中國石化業: China's petrochemical industry)
    P("市場價格經常大幅波動，中國石化業崛起、新產能增加也帶來潛在威脅。", (), id="a-countrys-petrochemical-trade-trad"),
    # 升空 (lift off) is no move that would make the generic 大量 a company
    P("在此之前衛星大量升空必將先行，相關商機將迎來爆發成長。", (), id="lift-off-is-no-move-after-a-generic-name-trad"),
    # 北北基 (Taipei, New Taipei, Keelung) holds no 北基 (8927.TW)
    P("建商近期推案遍及北北基桃。", (), id="taipei-region-trad"),
    P("中國金融業持續開放。", (), id="hong-kong-short-form-holding-a-word-trad"),
    P("商場目標是成為未來中國新潮小資消費群的打卡目的地。", (), id="trendy-is-no-stock-trad"),
    P("项目名称：兴化市长江引水工程PCCP管采购。", (), id="xinghua-city-simp"),
    # 向世界宣布: who is told; a mainland registered name that shares a Hong Kong stock's short form
    P("丁薛祥表示，中國向世界宣布力爭2030年前碳達峰。", (), id="told-the-world-trad"),
    P("南京麦迪森生物科技有限公司完成融资。", (), id="registered-name-sharing-a-hong-kong-short-form-simp"),
    # 全新升级 (升级 is no move) and 云嘉南 (a region) need a market word; 新航点 holds no 新航
    P("该集团计划在核心城市推出下一代全新升级版品牌。", (), id="brand-new-upgrade-simp"),
    P("特別是該行分行主要位於雲嘉南，受疫情影響相對較小。", (), id="yunlin-chiayi-tainan-trad"),
    P("鼓勵航空公司開拓新航點和增加航班。", (), id="new-air-routes-trad"),
    # A Taiwan-only everyday word before a speech verb in a mainland story is the word
    P("记者从春运工作专班了解到，全国预计发送旅客2828万人次。", (), id="taiwan-only-word-before-a-verb-in-a-mainland-story-simp"),
    P("騰訊(00700)股價報600.5元。", ("0700.HK",), id="price-is-not-a-code"),
    P("越博动力(300742.SZ)今日跌停。", ("300742.SZ",), id="listed-word-ending-a-longer-name"),
    P("股價報600.5元，成交3880萬港元。", (), id="price-and-amount"),
    # A name that starts inside a job title: 少東 + 東林 (3609.TW), 董事長 + 長江
    P("寶佳少東林家宏團隊入主後，營運轉佳。", (), id="name-starting-inside-a-title"),
    # Everyday words that are listed names need context; Latin ones too, whatever their case
    P("期待開發出更進階的數位儲存產品。", (), id="advanced-is-a-word-trad"),
    P("集團今（12）日公佈半年報。", (), id="day-in-brackets-is-no-code-trad"),
    # A six-digit code in brackets in a Taiwan story is no A share (an unlisted broker's code)
    P("櫃買中心表示，亞東證券(000218)、新光證券(000856)將參與。", (), id="broker-codes-in-a-taiwan-story-trad"),
    # A Latin name in lower case where the lexicons write capitals: a share button's text
    P("台股今日震盪。（本報系資料庫）facebook", (), id="share-button-text-trad"),
    P("他唸國中二年級時開始接觸吉他。", (), id="junior-high-is-a-word-trad"),
    P("公司已取得多項專利，加高競爭門檻。", (), id="raise-is-a-word-trad"),
    P("每逢停電，不斷電系統(UPS)概念股也會成為焦點。", (), id="ups-is-a-power-supply-trad"),
    P("未來還是要指望鹽田港塞港問題獲得解決。", (), id="yantian-is-a-port-trad"),
    P("法人看好EUV光罩盒供應商，以迎戰新零售購物型態。", (), id="photomask-and-new-retail-are-words-trad"),
    # A -KY name whose bare form is an everyday word keeps its mark
    P("上游材料飆漲，美食與動力需求增溫。", (), id="ky-names-that-are-words-trad"),
    P("目前大環境有利鋼鐵業，包括中國鋼鐵限產並取消出口關稅。", (), id="china-steel-industry-trad"),
    P("股价报600.5元，成交3880万港元。", (), id="price-and-amount-simp"),
    P("公司於2023年6月30日公布中期業績。", (), id="date"),
    P("2024年全年業績創新高。", (), id="year"),
    P("台股今日走高。\n🎯微股力達人-工商時報加關注", (), id="name-inside-a-site-footer"),
    P("分析師表示，先前因新產過度悲觀的預期修正，帶動EG價格走強。", (), id="short-name-that-is-a-word-new-output"),
    P("資金由美國流向新興市場，帶動近期亞元全面走揚。", (), id="short-name-that-is-a-word-asian-currencies"),
    P("中武电商将联合国援助埃塞俄比亚发电机采购项目推向国际。", (), id="name-fragment-inside-a-country"),
    P("股價報600元大漲5%。", (), id="short-name-cut-before-a-move-word"),
    P("香港要配合粵港澳大灣區發展規劃綱要，為經濟注入新動力。", (), id="listed-names-inside-a-policy-phrase-trad"),
    P("18.愛普(6531)：接單滿載助力營運，早盤上揚漲近4%。", ("6531.TW",), id="name-that-is-a-move-verb"),
    P("新旗艦店引進ABC-MART等品牌。", (), id="latin-name-joined-by-a-hyphen"),
    P("國安基金去(2020)年進場護盤，今(2021)年則未進場。", (), id="year-in-brackets-is-no-code-trad"),
    P("中国信通院发布报告，長投資金陸續進場。", (), id="short-names-inside-words-xintong-changtou"),
    P("香港作為中國國際金融中心，地位穩固。", (), id="listed-name-inside-a-phrase-cicc"),
    P("公司今年以來陸續新增重慶泰宏站與重慶中興站。", (), id="short-name-that-is-a-place-zhongxing"),
    P("台股今日走高，子公司擺脫阿里山森鐵訴訟案。", (), id="name-of-a-mountain"),
    P("台股加權指數收在23000點，成交量3880億元。", (), id="index-points-and-turnover"),
    P("該基金規模達3880萬港元（約合500萬美元）。", (), id="amount-in-brackets"),
    P("舉辦地點在台北101（2024年）。", (), id="year-in-brackets"),
    P("平安夜前夕，商場人流暢旺。", (), id="generic-ping-an-christmas-eve"),
    P("祝大家新年平安健康。", (), id="generic-ping-an-greeting"),
    P("祝大家新年平安健康，万事如意。", (), id="generic-ping-an-greeting-simp"),
    P("聯發科今日股價報1101元，台股加權指數走高。", ("2454.TW",), id="tw-price-that-is-a-code"),
    P("鴻海今日成交2317張，台股加權指數走高。", ("2317.TW",), id="tw-count-that-is-a-code"),
    P("成交金額3880億元，外資賣超120億元。", (), id="tw-turnover"),
    P("國際石油價格下跌。", (), id="generic-oil"),
    P("關注民生問題。", (), id="generic-minsheng"),
    P("OpenAI發布新模型，DeepSeek隨即跟進。", (), id="private-companies"),
    P("恒生指數今日下跌，納斯達克100指數期貨走低。", (), id="index-and-futures"),
    P("恒生指数今日下跌，纳斯达克100指数期货走低。", (), id="index-and-futures-simp"),
    P("《蘋果日報》昨日刊出專題報導。", (), id="apple-daily-is-not-aapl"),
    P("苹果日报记者昨日报道此事。", (), id="apple-daily-is-not-aapl-simp"),
    P("沪指收涨0.6%，A股投资者要走正道，理性投资。", (), id="taiwan-short-name-in-a-mainland-story"),
    P("公司並發展美食線上外送服務，穩定發展集團第二條產品線。", (), id="generic-name-before-jituan"),
    # A Hong Kong short form that is also a word needs context
    P("大中華區業務增長，開源軟件社群亦有貢獻。", (), id="hk-short-forms-that-are-words"),
    P("內地經營溢利增加15%，受到線上線下組合帶動。東亞地區需求平穩。", (), id="phrases-that-are-listed-names"),
    P("记者张宏基表示，开源项目增多。", (), id="hk-short-form-inside-a-person-name"),
    P("台股盤中，聯亞藥(6562)重挫，台積電(2330)持平。", ("6562.TW", "2330.TW"), id="name-start-is-not-its-own-ticker"),
    P("台股今日走高，台積電(2330)表示，機器人公司需求強勁。", ("2330.TW",), id="mainland-generic-name-in-a-taiwan-story"),
    P("台股今日走高，新光人壽興建「台中傑仕堡」旅館。", (), id="name-starting-inside-a-place"),
    P("台股今日走高，床的世界（2938）執行副總經理表示將多角化經營。", ("2938.TW",), id="generic-name-before-another-code"),
    # A Taiwan-only two-character name in a Simplified story with no market cue is a word
    P("圣贤财富和正道金服有共同的幕后实际控制人。", (), id="taiwan-only-word-in-simplified-text"),
    P("副书记顾军在中核华兴调研指导工作。", (), id="taiwan-only-word-inside-a-name-simp"),
    # Places and words that are short names link only with context
    P("屆時台中、南投、雲林、嘉義、台南地區也都可以收視。", (), id="city-is-no-stock-trad"),
    P("近年大力投入綠電產業，跨足太陽能電站。", (), id="green-power-is-no-stock-trad"),
    # A generic name glued to a listed one is the tail of a longer name, not a list item
    P("台股今日走高，劍湖山(5701)表示，劍湖山世界和劍湖山渡假大飯店本周重啟營運。", ("5701.TW",),
      id="generic-tail-of-a-longer-name-trad"),
    # 達 + 新台幣 holds no 達新 (1315.TW)
    P("鼎炫-KY(8499)營收達新台幣2.57億元。", ("8499.TW",), id="name-running-into-new-taiwan-dollar-trad"),
    # A short name ending an unlisted firm's name the article prints is that firm's (瑞士百達)
    P("道富：美企盈利增長有望延續　百達：美債高企長遠或帶來風險。出席的瑞士百達集團管理合夥人雷樂仁認同。", ("STT.US",),
      id="short-name-of-an-unlisted-firm-trad"),
    P("形容是ETF跨境上市新里程碑。", (), id="milestone-is-no-stock-trad"),
    P("李家超在金融街論壇年會致辭。", (), id="forum-named-after-a-company-trad"),
    # 本港 and 立法會 say Hong Kong: a Taiwan-only short name there needs context
    P("本港發展低空經濟，立法會今日討論，承啟參與研究。", (), id="taiwan-only-word-in-a-hong-kong-story-trad"),
    # A hotel named after a company is no mention of it; a short Latin name in lower case is a word
    P("信大飯店以18.5億元成功賣出。", (), id="hotel-named-after-a-company-trad"),
    P("《半導體》神盾(6462)轉型ing 外資砍價到百元。", ("6462.TW",), id="lower-case-suffix-is-no-name-trad"),
    P("当前，虚拟数字人风头正劲。多家银行推出虚拟数字人员工。", (), id="digital-human-is-a-word-simp"),
    P("政府推動綠色經濟發展，港股今日升1%。", (), id="green-economy-is-a-phrase-trad"),
    P("台股今日走高，累計上半年稅後淨利達1.05億元，EPS 4.59元。", (), id="profit-reached-is-no-name-trad"),
    P("台股走弱，中航手上股票跌幅都在2到3成之間，金雞母光環褪色。", (), id="halo-is-a-word-trad"),
    P("台股今日走高，創新醫療服務需要大智慧。", (), id="innovative-medicine-and-great-wisdom-trad"),
    P("台股走高，目前訂單能見度看至上半年。", (), id="up-to-the-first-half-trad"),
    P("誉衡生物宣布其正在开展的注射液临床试验。", (), id="industry-word-ending-an-unknown-name-simp"),
    P("近日，中国人民银行、中国银行保险监督管理委员会联合发文。", (), id="banking-regulator-holds-a-bank-name-simp"),
    P("航運股走高，景氣好時的日租金可以做到4萬美元。", (), id="in-good-times-is-no-hershey-trad"),
    # Words that hold a name; a standard's number in brackets; the Sina analyst award
    P("国家药品监督管理局发布《高通量测序仪标准》。", (), id="high-throughput-is-no-qualcomm-simp"),
    P("蛋品供應鏈會更趨向大者恆大，台股走高。", (), id="the-big-get-bigger-trad"),
    P("建暐精密以符合標準（CNS14774／GMP流程標準）出貨，台股走高。", ("8092.TW",), id="standard-number-is-no-english-name-trad"),
    P("2020金麒麟最佳基金经理评选，快给你心仪的基金经理投票吧！", (), id="sina-award-is-no-brake-maker-simp"),
    P("该项目日产稳定，产品色度持续转好。", (), id="daily-output-is-no-nissan-simp"),
    P("呂慶盛獲「華人創業家大獎」殊榮肯定，台股走高。", (), id="entrepreneur-award-trad"),
    P("据中国黄金协会最新统计，黄金消费量上升。", (), id="association-is-no-company-simp"),
    # The controlling shareholder (控股股东) holds no 控股; solar energy is a word; car electrics
    P("作为华达兴业控股股东，未按照规定披露。", (), id="controlling-shareholder-simp"),
    P("太陽能族群走強，士電受惠於汽車電裝品需求，台股上漲。", ("1503.TW",), id="solar-and-car-electrics-trad"),
    # The whole title of a film is no stock; 面積廣達 (as large as) holds no 廣達
    P("美泰還可以生產包括《阿拉丁》、《美女與野獸》等卡通片主角。", ("MAT.US",), id="film-title-is-no-stock-trad"),  # 美泰 is Mattel
    P("基地面積廣達2,600坪，享有河景，台股上漲。", (), id="as-large-as-is-no-quanta-trad"),
    # 高达新币 holds no 达新; a name inside a game's title is no stock
    P("2008年海事產值分別高達新幣154億元。", (), id="singapore-dollar-trad"),
    P("來自《金猴爺》、《海王寶藏》等產品線的業績持續成長，台股上漲。", (), id="name-inside-a-game-title-trad"),
    P("不得以任何理由拒绝为北京健康宝弹窗人员提供核酸检测服务。", (), id="health-code-app-simp"),
    # Phrases holding names: 新年新希望, 中國電信商 (telecom carriers), 社群電商 (social e-commerce)
    P("新年新希望！映興受惠中國電信商持續佈建基地站，今年加強社群電商解決方案。", ("3597.TW",), id="phrases-holding-names-trad"),
    P("日本厚生勞動省公布數據，港股今日上漲。", (), id="japanese-ministry-trad"),
    # 去中化 (de-sinicisation) and 中國玻璃供給 hold no stock, and 分別 (respectively) none either:
    # 昇陽國際半導體 is 8028.TW, the longer name over 為昇; (R&D) is a gloss, not a company
    P("在全球去中化供應鏈下，核准4家企業投資案，分別為昇陽國際半導體公司等。", ("8028.TW",), id="de-sinicisation-and-respectively-trad"),
    P("受惠中國玻璃供給持續緊縮，推升中國玻璃期貨漲勢。", (), id="chinas-glass-trad"),
    P("2021年我国全社会研究与试验发展（R&D）经费投入为27864亿元。", (), id="r-and-d-gloss-simp"),
    # A car-making joint venture is no listed partner; a byline in brackets holds no stock
    P("地平线与上汽通用五菱正式达成全面战略合作。", (), id="joint-venture-simp"),
    P("C114讯 7月22日消息（张海龙）日前，运营商公布采购结果。", (), id="byline-in-brackets-simp"),
    P("3.會計師事務所名稱:德昌聯合會計師事務所，台股今日上漲。", (), id="accounting-firm-trad"),
    # A listed name inside the short form of a registered name the article prints
    P("公司服务商中冶宝钢技术服务有限公司维保人员发现异常；中冶宝钢6名作业人员前往现场抢修。", (), id="inside-a-registered-names-short-form-simp"),
    # A listed name after one character of a list's item is inside another firm's name
    P("參與企業有智崴、星博電子、開力肯材料科技、常珅機械等。", ("5263.TW",), id="inside-a-list-items-name-trad"),
    P("攜手郭元益、裕珍馨、鼎泰豐、微熱山丘等名店推出月餅。", (), id="restaurant-in-a-list-trad"),
    # A date's unit opening a name; an everyday word glued to a company's name
    P("據了解，明遠於今年正式啟動IPO計畫，最快2023年興櫃。", (), id="year-then-emerging-board-trad"),
    # A space agency, a state oil company, a transliterated name, an English word, a kind of company
    P("美国航空航天局（NASA）2月8日称，已经与洛克希德马丁(LMT.N)签署合约。", ("LMT.US",), id="space-agency-simp"),
    P("交易员怀疑需求被低估了。沙特国有石油公司上月末表示，消费量将很快回到疫情前水平。", (), id="state-oil-company-simp"),
    P("港鐵在英國倫敦伊利沙伯線專營權營運中標。", ("0066.HK",), id="elizabeth-line-trad"),
    P("缅甸民盟律师团队说，内比都泽布迪瑞法院已经立案。", (), id="court-named-after-a-place-simp"),
    # An everyday word that is only a foreign market's listing, even before a move
    P("香港特區政府統計處公布，9月私營機構職位空缺數字下跌6.2%，港股今日上升。", (), id="everyday-word-before-a-move-abroad-trad"),
    P("港股今日上升。應開放更多公共數據與業界共享，以數據推動數字科技應用。", (), id="digital-technology-in-hong-kong-trad"),
    P("觸控面板（Touch Panel）、保護玻璃（Cover Lens）等產業。", (), id="cover-lens-trad"),
    P("美國麥當勞表示，總部設在加州的農產品公司泰勒農場是供應商。", ("MCD.US",), id="agricultural-products-company-trad"),
    P("能源巨头壳牌石油公司周五宣布，制氢装置已经开始运行。", ("SHEL.UK",), id="word-glued-to-a-companys-name-simp"),
    P("東捷資訊指出，將深化OT端資通安全管理。", ("6697.TW",), id="information-security-is-no-listing-trad"),
    P("该基金近一年夏普比率为1.2，卫材用胶需求平稳，东丽湖畔新盘开售。", (), id="foreign-names-that-are-words-simp"),
    # A bank's name before 业 (the trade, not 业务 or 业绩); a state holding a listed name; a flat's rooms
    P("中国银行业累计处置不良资产，伊利诺伊州宣布进入紧急状态。中国银行业绩大增。", ("601988.SH",), id="banking-trade-and-a-state-simp"),
    P("南區新案主打二至三房、24至37坪產品。", (), id="three-bedroom-flats-trad"),
    # ABC as labels (an Elliott wave), not ABC-KY or the Agricultural Bank of China
    P("多頭行情，上漲 5 波，回檔 ABC；空頭行情，下跌 5 波，反彈 ABC。", (), id="abc-wave-labels-trad"),
    P("數據分析及 AI 技術，亦可迅速處理海量數據，讓企業聚焦檢視可疑活動。", (), id="massive-data-trad"),
    # A mainland-only short name in a Traditional story with no market cue is a word or another firm
    P("該地鄰近有「漢神洲際棒球園區」，生活機能完善，本案預計明年完工。", (), id="mainland-short-name-in-traditional-text-trad"),
    # 我国 takes 国 of 国新能源
    P("2021年，我国新能源产业快速发展，镍钴锂行业整体呈供需两旺格局。", (), id="our-country-and-new-energy-simp"),
    # The state space group holds 航天科技 (000901.SZ)
    P("衛星工程與中國航天科技之鴻雁星座合作。", (), id="state-space-group-trad"),
    # A short name whose next two characters open a longer company name printed elsewhere
    # (三商 of 三商美邦人壽, a life insurer of its own)
    P("三商美邦狂灑34億整棟全拿。由三商美邦人壽以總價34億元全棟買走。", ("2867.TW",), id="opening-of-a-longer-name-trad"),
    # kombucha holds 康普 (4739.TW); a filing's loss in accounting brackets after its unit is no code
    P("葡萄王年度新品「葡萄王康普茶」，配合超商加碼活動。", ("1707.TW",), id="kombucha-trad"),
    P("法人預期中國黃金周假期前的備貨，將拉抬出貨。", (), id="golden-week-trad"),
    P("指揮中心5月中旬將全國升為三級警戒，要求餐飲不得內用。", (), id="raised-to-is-no-move-trad"),
    P("公開資訊觀測站重大訊息公告\n(1529)樂士公告本公司財務報告\n5.營業利益(損失) (仟元):(2558)6.稅前淨利(淨損) (仟元):(1468)",
      ("1529.TW",), id="filing-loss-in-brackets-trad"),
    # A building named after a company is a property, not the listing
    P("「富鼎科技大樓」整棟全新廠辦也正在標售中。", (), id="building-named-after-a-company-trad"),
    # 受惠 (benefits) + 光起始劑: no 惠光 (6508.TW) across the word
    P("受惠光起始劑成長，雙鍵(4764)第三季毛利率上升。", ("4764.TW",), id="benefit-word-hides-no-name-trad"),
    # A trade's market (中國財險市場) and a quoted project named after a company (「華固敦品」) are no listings
    P("支持境外金融機構投資中國財險市場。改建成為豪宅案「華固敦品」。", (), id="trade-market-and-quoted-project-trad"),
    # Mid-month (10月中) and a finished house (成屋) hide no names (中鴻, 及成); 納智捷 is Yulon's car maker, not 智捷
    P("裕隆(2201)則說，納智捷的電動車會在10月中展示。商用不動產活絡及成屋銷售率佳。", ("2201.TW",), id="date-and-house-words-hide-no-names-trad"),
    # 信源 (an informed source) is a word, not 北信源's old short name
    P("经多个信源证实获悉，该公司一名高管已离职。", (), id="informed-source-simp"),
    # 新天然氣機組 (new natural-gas units) in a Hong Kong story is no Shanghai listing
    P("兩電加幅相對溫和　余遠騁指新天然氣機組等帶來加價壓力", (), id="new-natural-gas-units-trad"),
    # GIS (gas-insulated switchgear) is a product, not GIS-KY
    P("中興電為國內GIS(氣體絕緣開關設備)領導廠商，GIS氣體絕緣開關設備市占率高達8成。", ("1513.TW",), id="gis-switchgear-trad"),
    # 苹果 and 棕榈 in a list of futures contracts are no companies
    P("苹果、菜粕涨超3%，豆油、燃油、棕榈涨超1%。", (), id="apple-and-palm-futures-simp"),
    # A short name that starts the code's own listing name (東和 of 東和鋼鐵, 2006) is no misprint
    P("中鋼(2002)、東和(2006)、燁興(2007)漲幅也在1%。", ("2002.TW", "2006.TW", "2007.TW"), id="short-name-of-the-codes-listing-trad"),
    # 7-ELEVEN is the convenience store a Taiwan company runs, not Seven & i
    P("統一超（2912）旗下7-ELEVEN強攻會員經濟。", ("2912.TW",), id="convenience-store-brand-trad"),
    # ...and no listing of that short name (中信證券 600030.SH)
    P("中國信託綜合證券（簡稱「中信證券」）主辦可轉債。中信證券表示，得標均價創新高。", (), id="short-name-defined-for-an-unlisted-firm-trad"),
    # MSCI's index with its All Country letters (MSCI AC 亞太指數) is no listing of MSCI
    P("MSCI AC 亚太指数下跌1.4%。", (), id="msci-all-country-index-simp"),
    # SK 海力士 written with a space is SK hynix, not the SK holding company
    P("南韓兩大半導體製造商三星電子 (005930-KR) 和 SK 海力士 (000660-KR) 的營收。", ("005930.KR", "000660.KR"), id="sk-hynix-with-a-space-trad"),
    # 港燈 (HK Electric's stapled units) is listed; 中電 joined to it in a Hong Kong story (本港) is CLP
    P("本港兩間電力公司中電和港燈，明天將交代明年電費調整幅度。", ("0002.HK", "2638.HK"), id="two-power-companies-trad"),
    # 按年 (year on year) marks a Hong Kong story: 六福 there is 六福集團 (0590.HK), not Taiwan's 六福
    P("六福公布，截至9月底，中期盈利按年跌近54%至4.3億元。", ("0590.HK",), id="hong-kong-story-by-year-on-year-trad"),
    # A listing's former name (界龍實業, now 上海易連) in news of its time
    P("原标题：界龙实业(4.030,-0.05,-1.23%)：第一大股东延期回购。ST银亿发布2019年度报告。", ("600836.SH", "000981.SZ"), id="former-names-of-listings-simp"),
    # A Beijing listing's name in a Taiwan story (台股), with no code, is a local company
    P("廣錠(6441)新投資的離岸風電海事工程公司特瑞斯可望貢獻8~10億元營收，台股今日走高。", ("6441.TW",), id="beijing-name-in-a-taiwan-story-trad"),
    # 裕元工業 is the Hong Kong listing 裕元集團 (0551.HK)
    P("寶成8月底也公告，子公司裕元工業旗下位於越南胡志明市的寶元鞋廠，因疫情暫停營運將再次延長。", ("9904.TW", "0551.HK"), id="yue-yuen-industrial-trad"),
    # 融創 is 融創中國 (1918.HK); 覽海醫療 the former name of 600896.SH
    P("原标题：金科股份(7.800,-0.07,-0.89%)：融创解除质押3767万股公司股份。原标题：公告解读：览海医疗(5.030,0.09,1.82%)半年度亏损。",
      ("000656.SZ", "1918.HK", "600896.SH"), id="sunac-and-a-former-name-simp"),
    # A status-marked short name no lexicon lists (*ST界龍, ST安控): the one A share whose name starts so
    P("原标题：*ST界龙(2.030,-0.05,-1.23%)公告，第一大股东解除质押。ST安控预计2021年度净亏损7.1亿元。", ("600836.SH", "300370.SZ"),
      id="status-marked-short-names-simp"),
    # USB-C, USB-A: connectors, not the symbol USB with a one-letter exchange suffix (that takes a dot: AAPL.O)
    P("提供4個插槽讓使用者可自行選擇擴充卡，包括USB-C、USB-A、HDMI等規格。", (), id="usb-connectors-are-no-codes-trad"),
    # 正峰化學 shares the brand of 正峰 (1538.TW, whose full name is 正峰工業): another company
    P("旭富也與其他藥廠合作，包括與正峰化學簽訂租約，將生產 5 項中間體。", ("4119.TW",), id="sister-company-sharing-a-brand-trad"),
    # A cement grade (P.O 42.5) is no one-letter symbol with an exchange suffix
    P("普通硅酸盐水泥（P.O 42.5袋装）报价522.1元/吨，与2022年1月中旬持平。", (), id="cement-grade-is-no-code-simp"),
    # A short name whose registered name stands nearby (南京麦迪森生物科技有限公司) is that firm, not 麦迪森控股 (8057.HK)
    P("据悉，麦迪森生物（南京麦迪森生物科技有限公司）已于近日完成1000万人民币的pre-A融资。", (), id="registered-name-stands-nearby-simp"),
    # A listed name inside a person's full name (孫明揚 holds 明揚, 8420.TW) in a headline too
    P("孫明揚出掌不同政策局曾推出「孫九招」等\n\n前教育局局長孫明揚離世，享年80歲。\n孫明揚1966年加入政府，任職政務主任。", (),
      id="listed-name-inside-a-person-trad"),
    # 台半導體 (Taiwan's semiconductors) holds no 台半 (5425.TW); 全域 (the whole area) is a word
    P("台半導體產值今年有望首破4兆。江蘇省宣布全域降為低風險區域。", (), id="taiwan-semiconductors-and-whole-area-trad"),
    # 中國銀行間債券市場 (China's interbank bond market) holds no 中國銀行
    P("進一步吸引國際投資者持有中國銀行間債券市場的債券，推動人民幣國際化。", (), id="interbank-bond-market-trad"),
    # 徐家匯 (the Shanghai district) and 遠見 (the magazine) link only with context
    P("近日，该企业成功中标徐家汇体育公园开办费智能化工程项目。", (), id="shanghai-district-simp"),
    P("台股情境圖。圖／遠見提供，陳之俊攝", (), id="magazine-credit-trad"),
    # guard (passes before and after): an English target price (Target Price) is no Target without
    # context, and 9F on a floor is no listing
    P("分析師將Target Price上調至120元。股東會在士林區科教館9F國際會議廳舉行。", (), id="target-price-and-a-floor-trad"),
    # 投顧 and 投信 after a name make an advisory or fund house of its own (百達投顧, not 百達 2236.TW)
    P("百達投顧11日指出，第二季林木企業表現強勁。", (), id="advisory-arm-is-no-listing-trad"),
    # A listed name after the dot of a foreign name spelt in Han characters is part of the name
    P("德国财政部长克里斯蒂安·林德纳表示，他希望对跨国公司实施全球最低企业税率。", (), id="listed-name-inside-a-dotted-name-simp"),
    # 今年 (2018) 年: a year written the Taiwan way, not the code 2018
    P("證交所審閱上市公司今年 (2018) 年第 2 季財報。", (), id="this-year-in-brackets-trad"),
    # 高端 (high-end), 航天工程 (space engineering) and 中无人机 inside 空中无人机 (drones in the air) are words
    P("政府推動高端製造業發展。", (), id="high-end-is-a-word-trad"),
    P("國家在載人航天工程等領域實力雄厚。", (), id="space-engineering-is-a-word-trad"),
    P("平台將發展空中無人機群飛展演。", (), id="drones-in-the-air-trad"),
    # 先進光 (3362.TW) inside 先進光刻 (advanced lithography)
    P("每年生產的先進光刻晶圓數量預計將翻番。", (), id="advanced-lithography-trad"),
    # 連3天大漲: three days (天) and a rise, not 天大 (天大藥業, 0455.HK)
    P("鋼鐵股持續吸引買盤，連3天大漲，成交量放大。", (), id="three-days-is-no-name-trad"),
    # A five-digit code before a Latin name is another class of shares (48032VHQ二KY), not the name VHQ
    P("六、48032VHQ二KY最近六個營業日累積之最後成交價跌幅達33.1%。", (), id="five-digit-code-before-a-latin-name-trad"),
    # 國泰 in a Taiwan story is a builder or a financial group, never Hong Kong's airline
    P("台股建材營造類股走強，國泰、寶佳等建商積極推案。", (), id="cathay-in-a-taiwan-story-trad"),
    # The same without cue words: the code printed after it (國泰建設, 2501) decides
    P("台中14期熱鬧，包括國泰（2501）、寶輝、雙橡園等建商都已進場。", ("2501.TW",), id="cathay-builder-by-its-code-trad"),
    # 建科院 shortens the institute named just before, not the Shenzhen listing of that name
    P("政府今年成立香港建築科技研究院，建科院將推動建造業應用創新科技。", (), id="institute-short-form-trad"),
    # 部分成长: 分 belongs to 部分, so 成长 holds 长, and 长和 (0001.HK) is no name here
    P("调查显示，青年绝大部分成长和工作在城市。", (), id="grow-up-holds-the-name-start-simp"),
    # 中国黄金需求: the country's gold demand, not 中国黄金 (600916.SH)
    P("协会表示，去年中国黄金需求同比增长36%。", (), id="countrys-gold-demand-simp"),
    # A fund named after a listed company (中金 + 科元基金) is the fund, not the listing
    P("合伙人中，中金科元基金拟增资2亿元。", (), id="fund-named-after-a-listing-simp"),
    # 在推特上: the platform, no listing
    P("马斯克在推特上发文称，他将继续持有。", (), id="twitter-the-platform-simp"),
    # A region's tech stocks (亞太科技股) are no listing named 亞太科技
    P("以彭博統計的亞太科技股獲利預期值來看，目前仍在上修過程中。", (), id="regions-tech-stocks-trad"),
    # Stop 42. An everyday word opening a list item's description (高端 + 檢測) is no name in the list
    P("設備模組代工廠帆宣、高端檢測與分析閎康、靶材廠光洋科均上漲。", ("6196.TW", "3587.TW", "1785.TW"), id="everyday-word-opens-a-list-item-trad"),
    # Stop 42. Years in brackets after 今/明 (今(2021)、明(2022)) are no codes, nor is a
    # misprinted known code after another listing's name (大同(2317): 大同 is 2371)
    P("潤隆(1808)預期今(2021)、明(2022)兩年業績無虞。", ("1808.TW",), id="years-in-brackets-beside-a-code-trad"),
    P("大同(2317)與王品(2727)今日召開股東會。", ("2727.TW",), id="misprinted-known-code-trad"),
    # Stop 43. The couriers' nickname holds no 四通 (603838.SH); 门类中碳排放 no 中碳 (1723.TW)
    P("阿里先后收购了申通、中通、韵达的部分股份，“四通一达”全部拿下。", ("BABA.US", "002468.SZ", "ZTO.US", "002120.SZ"), id="four-couriers-nickname-simp"),
    P("鋼鐵行業是製造業31個門類中碳排放量最大行業。", (), id="carbon-emissions-hold-no-name-trad"),
    # Stop 45. 亞洲金融風暴 is the Asian financial crisis (亞洲金融 0662.HK needs a code or a market word)
    P("金融股盤中一度登1636.26點，再創1997年9月亞洲金融風暴以來新高點。", (), id="asian-financial-crisis-trad"),
    # A space before the bracket of a code after a short form (誠泰科 (4767)); 國信 inside a
    # titled person's name (達人溫國信) is no listing
    P("因應中美貿易衝突，誠泰科 (4767)產品組合開拓奏效。", ("4767.TW",), id="space-before-a-bracketed-code-trad"),
    P("雪球股達人溫國信 教你選對倉儲股過好年\n\n雪球股達人溫國信今年又出了一本新書。溫國信表示，要根據獨佔性來選股。", (),
      id="listed-name-inside-a-titled-name-trad"),
    # Stop 47. 蘋果西打 is a drink (no Apple); 高通膨 is high inflation (no Qualcomm)
    P("由於大飲(1213)產品線相對單一，近期又發生2公升裝的蘋果西打出現異常，恐再衝擊獲利。", ("1213.TW",), id="apple-sidra-is-a-drink-trad"),
    P("高通膨加低利率時代，消費者會將資金往房地產布局。", (), id="high-inflation-holds-no-qualcomm-trad"),
    # Stop 48. A listed name closing a quoted name of Han characters is that name's tail
    P("研發無人機訊號傳輸系統的本港企業「億達動力科技」，董事長吳懿容說，業務以救援為主。", (), id="listed-name-closing-a-quoted-name-trad"),
    # Stop 49. MBK Partners' Chinese name holds 安博 (Prologis), which it is not
    P("買方MBK Partners（安博凱）總部位於首爾。", (), id="private-equity-name-holds-a-listed-name-trad"),
    # Stop 49, second round. Mongolian coking coal, the commodity (a guard: it passes before too)
    P("今年蒙古焦煤进口量大增，焦煤价格回落。", (), id="mongolian-coking-coal-simp"),
    # Stop 50. A Taiwan broker's six-digit code in a Taiwan story: no mainland listing
    P("首批名單包括中裕（4147）、新光證券（000856）及大展證券（6020）。", ("4147.TW", "6020.TW"),
      id="broker-code-in-a-taiwan-list-is-no-mainland-code-trad"),
    # Stop 50. MSCI inside the name of an ETF on its index: the fund, not the index company
    P("Ishares MSCI南韓ETF跌逾5%。", (), id="index-company-inside-an-etf-name-trad"),
]

# --------------------------------------------------------------------------------------
# Known misses: the GUIDELINES require these, the code does not do them yet.
# --------------------------------------------------------------------------------------
KNOWN_MISSES = [

]


@pytest.mark.parametrize(("text", "expected"), CASES + NOT_FOUND + KNOWN_MISSES)
def test_tickers(text: str, expected: tuple[str | tuple[str, ...], ...]) -> None:
    check(text, expected)


CONTEXTS = [("週一，", "。"), ("「", "」"), ("　", "\n")]


@pytest.mark.parametrize(("before", "after"), CONTEXTS)
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tickers_survive_context(text: str, expected: tuple, before: str, after: str) -> None:
    check(before + text + after, expected)


def test_ticker_mentions_point_into_the_text() -> None:
    text = "中國平安(02318)今日公布業績。平安銀行(000001.SZ)同日公告。"
    result = dsnews.extract(text)
    for ticker in result.tickers:
        for span in ticker.mentions:
            assert text[span.start : span.end] == span.text
    mentions = {norm_ticker(t.id): [s.text for s in t.mentions] for t in result.tickers}
    assert set(mentions) == {"2318.HK", "000001.SZ"}
    # 中國平安 is matched whole, never as a bare 平安; 平安銀行 is not 中國平安.
    assert "中國平安" in mentions["2318.HK"]
    assert "平安" not in mentions["2318.HK"]


@pytest.mark.parametrize("text", [
    P("蘋果日報報導，蘋果(AAPL.US)將於下月發布新品。", id="trad"),
    P("苹果日报报道，苹果(AAPL.US)将于下月发布新品。", id="simp"),
])
def test_name_inside_a_longer_word_is_not_a_mention(text: str) -> None:
    [ticker] = dsnews.extract(text).tickers
    assert norm_ticker(ticker.id) == "AAPL.US"
    # Only the company after the comma; the 蘋果 of 蘋果日報 (offset 0) is no mention.
    assert sorted(s.start for s in ticker.mentions) == [text.index("，") + 1, text.index("(") + 1]
