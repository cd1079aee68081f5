"""Market moves in percent: verbs, numbers, hedges, sessions, subjects, and non-moves.

The expectations follow ../shared/corpus/GUIDELINES.md ("moves" and "Decisions on hard
cases") and issue 4. Each case lists *every* move of the sentence as
`(subject, direction, value, hedge, session)`. A subject that looks like a ticker id
(`NVDA.US`) is compared with `Move.ticker`; any other subject with `Move.subject`, after the
scorer's name normalisation (NFKC, Traditional → Simplified, case, spaces).
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from opencc import OpenCC

import dsnews

_T2S = OpenCC("t2s")
_NAME_JUNK = re.compile(r"[\s·・.\-_'’\u200b]+")
_TICKER = re.compile(r"^[A-Z0-9][A-Z0-9]*\.[A-Z]{1,3}$")
_MARKET_ALIASES = {"SS": "SH", "HKG": "HK", "T": "JP", "KS": "KR", "TWO": "TW"}

MoveTuple = tuple[str, str, float | None, str | None, str | None]


def norm_name(name: str) -> str:
    return _NAME_JUNK.sub("", _T2S.convert(unicodedata.normalize("NFKC", name)).lower())


def norm_ticker(ticker: str) -> str:
    symbol, _, market = unicodedata.normalize("NFKC", ticker).strip().upper().rpartition(".")
    market = _MARKET_ALIASES.get(market, market)
    if market == "HK" and symbol.isdigit():
        symbol = str(int(symbol))
    return f"{symbol}.{market}"


def _key(subject: str) -> str:
    return norm_ticker(subject) if _TICKER.match(subject) else norm_name(subject)


def found_moves(text: str) -> list[MoveTuple]:
    out = []
    for m in dsnews.extract(text).moves:
        subject = norm_ticker(m.ticker) if m.ticker else norm_name(m.subject)
        out.append((subject, m.direction, m.value, m.hedge, m.session))
    return sorted(out, key=repr)


def check(text: str, expected: tuple[MoveTuple, ...]) -> None:
    want = sorted(((_key(s), d, v, h, ss) for s, d, v, h, ss in expected), key=repr)
    assert found_moves(text) == want


P = pytest.param
UP, DOWN = "up", "down"
OVER, NEARLY, ABOUT = "over", "nearly", "about"
PRE, INTRA, CLOSE, AFTER = "premarket", "intraday", "close", "after_hours"

# --------------------------------------------------------------------------------------
# Positives
# --------------------------------------------------------------------------------------
CASES = [
    # 不鏽鋼 (stainless steel) is one commodity: 不 opens its name, it negates nothing
    P("今年以來上游不鏽鋼價上漲超過50%。", (("不鏽鋼價", UP, 50.0, "over", None),), id="stainless-steel-price-trad"),
    # Verbs of direction, both scripts
    P("阿里巴巴(09988)股價今日收市漲3.5%。", (("9988.HK", UP, 3.5, None, CLOSE),), id="verb-zhang-trad"),
    P("阿里巴巴(09988)股价今日收盘涨3.5%。", (("9988.HK", UP, 3.5, None, CLOSE),), id="verb-zhang-simp"),
    P("小米集團(01810)股價收市升4%。", (("1810.HK", UP, 4.0, None, CLOSE),), id="verb-sheng"),
    # Points with the percent in brackets after them
    P("台股加權指數上漲 170.24 點 (+0.98%)。", (("台股加權指數", UP, 0.98, None, None),), id="points-then-bracketed-pct-trad"),
    P("上证指数下跌 50 点（-0.3%）。", (("上证指数", DOWN, 0.3, None, None),), id="points-then-bracketed-pct-simp"),
    P("另外，意大利股市低收約1.3%。", (("意大利股市", DOWN, 1.3, ABOUT, None),), id="a-country-stock-market-trad"),
    # A kind of maker in Latin letters before a coded name is no subject (POS廠同亨)
    P("POS廠同亨(5490)雖受疫情影響，今日股價勁揚5.26％。", (("5490.TW", UP, 5.26, None, None),), id="latin-kind-before-a-coded-name-trad"),
    # A flat move in a list of sectors is no sector of its own
    P("食品類股漲0.26%、塑化類股持平、紡織類股跌0.43%。",
      (("食品類股", UP, 0.26, None, None), ("塑化類股", "flat", 0.0, None, None), ("紡織類股", DOWN, 0.43, None, None)),
      id="flat-sector-in-a-list-trad"),
    # A new paragraph opening with a name of its own does not go on about the last subject
    P("港股晶片股逆市造好，華虹半導體升逾7%。\n中升急升21%後中途停牌。",
      (("1347.HK", UP, 7.0, OVER, None), ("0881.HK", UP, 21.0, None, None)), id="new-paragraph-new-subject-trad"),
    # Against an earlier price (上市價, 招股價)
    P("華潤飲料(2460)首日掛牌，較上市價高近13%。", (("2460.HK", UP, 13.0, "nearly", None),),
      id="above-listing-price-trad"),
    P("腾讯(0700)较招股价低5%。", (("0700.HK", DOWN, 5.0, None, None),), id="below-offer-price-simp"),
    P("聯發科（2454）今日股價揚6%，台股加權指數同步走高。", (("2454.TW", UP, 6.0, None, None),),
      id="verb-yang-trad"),
    P("联发科（2454）今日股价扬6%。", (("2454.TW", UP, 6.0, None, None),), id="verb-yang-simp"),
    P("蔚來(NIO.US)週一股價飆19%。", (("NIO.US", UP, 19.0, None, None),), id="verb-biao-trad"),
    P("蔚来(NIO.US)周一股价飙19%。", (("NIO.US", UP, 19.0, None, None),), id="verb-biao-simp"),
    P("蘋果(AAPL.US)週五走高1.8%。", (("AAPL.US", UP, 1.8, None, None),), id="verb-zougao-trad"),
    P("苹果(AAPL.US)周五走高1.8%。", (("AAPL.US", UP, 1.8, None, None),), id="verb-zougao-simp"),
    P("京東(09618)股價下挫2.4%。", (("9618.HK", DOWN, 2.4, None, None),), id="verb-xiacuo-trad"),
    P("京东(09618)股价大跌7%。", (("9618.HK", DOWN, 7.0, None, None),), id="verb-dadie-simp"),
    P("美團(03690)股價一度挫6.2%。", (("3690.HK", DOWN, 6.2, None, INTRA),), id="verb-cuo-intraday"),
    P("比亞迪(01211)股價急瀉8%。", (("1211.HK", DOWN, 8.0, None, None),), id="verb-xie-trad"),
    P("波音(BA.US)股價重挫9.5%。", (("BA.US", DOWN, 9.5, None, None),), id="verb-zhongcuo-trad"),
    P("波音(BA.US)股价重挫9.5%。", (("BA.US", DOWN, 9.5, None, None),), id="verb-zhongcuo-simp"),
    P("輝達(NVDA-US)週一收低3.2%。", (("NVDA.US", DOWN, 3.2, None, CLOSE),), id="verb-shoudi"),
    P("聯想集團(00992)股價回吐3%。", (("0992.HK", DOWN, 3.0, None, None),), id="verb-huitu-trad"),
    P("联想集团(00992)股价回吐3%。", (("0992.HK", DOWN, 3.0, None, None),), id="verb-huitu-simp"),
    P("網易(09999)今年以來漲幅達35%。", (("9999.HK", UP, 35.0, None, None),), id="noun-zhangfu-cumulative-trad"),
    P("网易(09999)今年以来涨幅达35%。", (("9999.HK", UP, 35.0, None, None),), id="noun-zhangfu-cumulative-simp"),
    P("騰訊(00700)股價今日上漲，漲幅為3%。", (("0700.HK", UP, 3.0, None, None),), id="noun-after-verb-clause"),
    # Numbers
    P("中芯國際(00981)股價上升12.5％。", (("0981.HK", UP, 12.5, None, None),), id="num-fullwidth-percent"),
    P("中芯国际(00981)股价上升12.5％。", (("0981.HK", UP, 12.5, None, None),), id="num-fullwidth-percent-simp"),
    P("百度(09888)今日跌幅為-10.08%。", (("9888.HK", DOWN, 10.08, None, None),), id="num-minus-with-diefu-trad"),
    P("百度(09888)今日跌幅为-10.08%。", (("9888.HK", DOWN, 10.08, None, None),), id="num-minus-with-diefu-simp"),
    P("長和(00001)股價下跌百分之五。", (("0001.HK", DOWN, 5.0, None, None),), id="num-baifenzhi-trad"),
    P("长和(00001)股价下跌百分之五。", (("0001.HK", DOWN, 5.0, None, None),), id="num-baifenzhi-simp"),
    P("寧德時代今年股價上漲三成。", (("300750.SZ", UP, 30.0, None, None),), id="num-sancheng-trad"),
    P("宁德时代今年股价上涨三成。", (("300750.SZ", UP, 30.0, None, None),), id="num-sancheng-simp"),
    P("比特幣價格上漲兩成半。", (("比特幣", UP, 25.0, None, None),), id="num-liangchengban-trad"),
    P("比特币价格上涨两成半。", (("比特币", UP, 25.0, None, None),), id="num-liangchengban-simp"),
    P("超微電腦(SMCI.US)股價今年上漲一倍。", (("SMCI.US", UP, 100.0, None, None),), id="num-yibei"),
    P("美光(MU.US)股價今年累計上漲逾1成。", (("MU.US", UP, 10.0, OVER, None),), id="num-yu-1-cheng-trad"),
    P("美光(MU.US)股价今年累计上涨逾1成。", (("MU.US", UP, 10.0, OVER, None),), id="num-yu-1-cheng-simp"),
    # 漲停 / 跌停: no figure
    P("三星医疗（601567）今日涨停。", (("601567.SH", UP, None, None, None),), id="limit-up-simp"),
    P("友輝（4933）今日股價亮燈漲停，台股加權指數同步走高。", (("4933.TW", UP, None, None, None),),
      id="limit-up-trad"),
    P("东方财富(300059)今日盘中一度跌停。", (("300059.SZ", DOWN, None, None, INTRA),), id="limit-down-simp"),
    P("東方財富(300059)今日盤中一度跌停。", (("300059.SZ", DOWN, None, None, INTRA),), id="limit-down-trad"),
    # Hedges
    P("英偉達(NVDA.US)盤中一度升超8%。", (("NVDA.US", UP, 8.0, OVER, INTRA),), id="hedge-chao-trad"),
    P("英伟达(NVDA.US)盘中一度涨超8%。", (("NVDA.US", UP, 8.0, OVER, INTRA),), id="hedge-chao-simp"),
    P("京東(09618)股價多日累計跌逾12%。", (("9618.HK", DOWN, 12.0, OVER, None),), id="hedge-yu"),
    P("騰訊(00700)股價上漲2%多。", (("0700.HK", UP, 2.0, OVER, None),), id="hedge-duo-after"),
    P("小鵬汽車(09868)股價跌近9%。", (("9868.HK", DOWN, 9.0, NEARLY, None),), id="hedge-jin-trad"),
    P("小鹏汽车(09868)股价跌近9%。", (("9868.HK", DOWN, 9.0, NEARLY, None),), id="hedge-jin-simp"),
    P("美團(03690)股價升幅接近5%。", (("3690.HK", UP, 5.0, NEARLY, None),), id="hedge-jiejin"),
    P("快手(01024)股價跌3%左右。", (("1024.HK", DOWN, 3.0, ABOUT, None),), id="hedge-zuoyou-trad"),
    P("理想汽车(02015)股价跌3%左右。", (("2015.HK", DOWN, 3.0, ABOUT, None),), id="hedge-zuoyou-simp"),
    # Sessions
    P("英偉達(NVDA.US)盤前大跌12%。", (("NVDA.US", DOWN, 12.0, None, PRE),), id="session-premarket-trad"),
    P("英伟达(NVDA.US)盘前大跌12%。", (("NVDA.US", DOWN, 12.0, None, PRE),), id="session-premarket-simp"),
    P("Meta(META.US)盤後急升7%。", (("META.US", UP, 7.0, None, AFTER),), id="session-after-hours-trad"),
    P("Meta(META.US)盘后急升7%。", (("META.US", UP, 7.0, None, AFTER),), id="session-after-hours-simp"),
    P("騰訊控股(00700)收市升2.3%。", (("0700.HK", UP, 2.3, None, CLOSE),), id="session-shoushi"),
    P("贵州茅台(600519.SH)收盘下跌1.2%。", (("600519.SH", DOWN, 1.2, None, CLOSE),), id="session-shoupan"),
    P("台積電 (2330-TW)今日終場上漲1.5%。", (("2330.TW", UP, 1.5, None, CLOSE),), id="session-zhongchang"),
    # Subjects: traded things without a code, 該股 within a sentence, lists
    P("比特幣週末下跌4%。", (("比特幣", DOWN, 4.0, None, None),), id="subject-bitcoin-trad"),
    P("比特币周末下跌4%。", (("比特币", DOWN, 4.0, None, None),), id="subject-bitcoin-simp"),
    P("蘋果公布業績後，該股盤後上漲3%。", (("AAPL.US", UP, 3.0, None, AFTER),), id="subject-gaigu-same-sentence"),
    P("特斯拉、亞馬遜和Meta的股價盤前下跌5%左右。",
      (("TSLA.US", DOWN, 5.0, ABOUT, PRE), ("AMZN.US", DOWN, 5.0, ABOUT, PRE), ("META.US", DOWN, 5.0, ABOUT, PRE)),
      id="list-three-subjects-trad"),
    P("特斯拉、亚马逊和Meta的股价盘前下跌5%左右。",
      (("TSLA.US", DOWN, 5.0, ABOUT, PRE), ("AMZN.US", DOWN, 5.0, ABOUT, PRE), ("META.US", DOWN, 5.0, ABOUT, PRE)),
      id="list-three-subjects-simp"),
    P("微創醫療(00853)、樂普醫療(300003)股價急挫，跌幅一度超過6%。",
      (("0853.HK", DOWN, 6.0, OVER, INTRA), ("300003.SZ", DOWN, 6.0, OVER, INTRA)), id="list-noun-trad"),
    P("微创医疗(00853)、乐普医疗(300003)股价急挫，跌幅一度超过6%。",
      (("0853.HK", DOWN, 6.0, OVER, INTRA), ("300003.SZ", DOWN, 6.0, OVER, INTRA)), id="list-noun-simp"),
    P("恒指今日升1.2%，國企指數升1.5%。", (("恒指", UP, 1.2, None, None), ("國企指數", UP, 1.5, None, None)),
      id="two-indices-trad"),
    P("恒指今日升1.2%，国企指数升1.5%。", (("恒指", UP, 1.2, None, None), ("国企指数", UP, 1.5, None, None)),
      id="two-indices-simp"),
    P("大盤今日收跌1.1%。", (("大盤", DOWN, 1.1, None, CLOSE),), id="subject-dapan-trad"),
    # Bare sector names listed together are sectors
    P("類股表現以航運、造紙、紡織、光電最為突出分別繳出3.78％、3.2％、2.98％、2.66％的漲幅。",
      (("航運", UP, 3.78, None, None), ("造紙", UP, 3.2, None, None), ("紡織", UP, 2.98, None, None),
       ("光電", UP, 2.66, None, None)), id="bare-sectors-listed-trad"),
    # The sentence's last name, followed by 股價, owns a move further on
    P("蘋果(AAPL.US)iPhone13也亮相，但大立光(3008)股價卻呈現破底的走勢，今日開高走低，下跌2.38%。",
      (("3008.TW", DOWN, 2.38, None, None),), id="name-before-its-share-price-trad"),
    P("類股表現以光電、電纜最為亮眼，而生技跟航運類股則下跌1.53％及1.43％。",
      (("生技", DOWN, 1.53, None, None), ("航運類股", DOWN, 1.43, None, None)), id="sectors-joined-by-gen-trad"),
    # A bare ADR is the named company's listed abroad as well, not a US company named nearer
    P("台積電(2330)有機會代工蘋果AR耳機5奈米晶片，加上ADR收漲0.27%。", (("TSM.US", UP, 0.27, None, CLOSE),),
      id="bare-adr-is-the-taiwan-company-trad"),
    # 而 before a name leaves it heading its clause: the sentence's later topic
    P("台股這一波從低點起算，漲幅12.89%，而台積電(2330)也是從5/12開始同步展開反攻，週一收在最高點597元，波段漲幅達15.25%。",
      (("台股", UP, 12.89, None, None), ("2330.TW", UP, 15.25, None, None)), id="er-then-the-later-topic-trad"),
    # A bare sector before 最 (最為突出) is a sector
    P("類股表現以航運最為突出，繳出7.5％的漲幅。", (("航運", UP, 7.5, None, None),), id="bare-sector-most-prominent-trad"),
    # An adverb before the verb that opens an index's run is no part of its name
    # (類股指數 with no sector before it is the sector its sentence named: 玻陶股)
    P("玻陶股大漲，亦帶動類股指數上漲逾4%。", (("玻陶股", UP, 4.0, OVER, None),), id="adverb-verb-before-index-trad"),
    # 波羅的海綜合指數 is the Baltic Dry Index; LME nickel is traded
    P("BDI(波羅的海綜合指數)本周回跌近5%。", (("波羅的海綜合指數", DOWN, 5.0, NEARLY, None),), id="baltic-index-trad"),
    P("倫敦金屬交易所(LME)周三(15日)期鎳上漲2%。", (("期鎳", UP, 2.0, None, None),), id="lme-nickel-trad"),
    # 都是跌停為有 + names: those names hit the limit
    P("跌幅前10名都是跌停為有千興(2025)、志聯(2024)。", (("2025.TW", DOWN, None, None, None), ("2024.TW", DOWN, None, None, None)),
      id="limit-then-wei-you-names-trad"),
    # A time word before 類股 opens no sector's name (and 類股指數 alone is the sector named before it)
    P("鋼鐵類股今日走強，盤中類股指數漲幅達1.2%。", (("鋼鐵類股", UP, 1.2, None, INTRA),), id="intraday-sector-index-trad"),
    # Time words inside an index's name end it: the market before them, or the index after
    P("台股終場指數下跌154.23點，跌幅0.88%。", (("台股", DOWN, 0.88, None, CLOSE),), id="market-then-closing-index-trad"),
    P("台股週一終場加權指數下跌28.26點，跌幅0.16%。", (("加權指數", DOWN, 0.16, None, CLOSE),),
      id="market-day-closing-weighted-index-trad"),
    P("大盘今日收跌1.1%。", (("大盘", DOWN, 1.1, None, CLOSE),), id="subject-dapan-simp"),
    P("歐元兌美元下跌0.4%。", (("歐元兌美元", DOWN, 0.4, None, None),), id="subject-currency-pair-trad"),
    P("欧元兑美元下跌0.4%。", (("欧元兑美元", DOWN, 0.4, None, None),), id="subject-currency-pair-simp"),
    P("美元兌墨西哥披索一度升逾2.5%。", (("美元兌墨西哥披索", UP, 2.5, "over", INTRA),), id="subject-emerging-currency-pair-trad"),
    P("紐約期油週二急升3%。", (("紐約期油", UP, 3.0, None, None),), id="subject-oil-futures"),
    P("三星醫療(601567)今日漲停板。", (("601567.SH", UP, None, None, None),), id="limit-up-board"),
    # More verbs, numerals and hedges
    P("騰訊(00700)股價漲近一成。", (("0700.HK", UP, 10.0, NEARLY, None),), id="num-jin-yicheng"),
    P("蔚來(09866)股價大跌逾三成。", (("9866.HK", DOWN, 30.0, OVER, None),), id="num-yu-sancheng"),
    P("美團(03690)股價急升逾一成。", (("3690.HK", UP, 10.0, OVER, None),), id="verb-jisheng"),
    P("阿里巴巴(09988)股價插水5%。", (("9988.HK", DOWN, 5.0, None, None),), id="verb-chashui-hk"),
    P("比亞迪(01211)股價瀉逾7%。", (("1211.HK", DOWN, 7.0, OVER, None),), id="verb-xie-yu"),
    P("京東(09618)股價彈升3%。", (("9618.HK", UP, 3.0, None, None),), id="verb-tansheng"),
    P("台積電(2330)股價上漲了5.2%。", (("2330.TW", UP, 5.2, None, None),), id="verb-with-le"),
    P("中芯國際(00981)股價上升百分之三點五。", (("0981.HK", UP, 3.5, None, None),), id="num-baifenzhi-decimal"),
    P("英偉達(NVDA.US)股價今年以來累計漲逾150%。", (("NVDA.US", UP, 150.0, OVER, None),), id="cumulative-trad"),
    P("英伟达(NVDA.US)股价自年初以来上涨196%。", (("NVDA.US", UP, 196.0, None, None),), id="cumulative-simp"),
    P("聯電(2303)股價上漲2.5%，收在50元。", (("2303.TW", UP, 2.5, None, None),), id="price-after-move-is-not-a-move"),
    P("道指跌1.2%至42000點。", (("道指", DOWN, 1.2, None, None),), id="index-percent-then-level"),
    P("港股三大指數集體走低，恒指跌1.2%，恒生科技指數跌2%。",
      (("恒指", DOWN, 1.2, None, None), ("恒生科技指數", DOWN, 2.0, None, None)), id="indices-after-summary"),
    P("日經225指數收市下跌1.8%。", (("日經225指數", DOWN, 1.8, None, CLOSE),), id="subject-nikkei"),
    P("人民幣兌美元貶值0.3%。", (("人民幣兌美元", DOWN, 0.3, None, None),), id="subject-cny-pair"),
    P("紐約期金上漲1.2%。", (("紐約期金", UP, 1.2, None, None),), id="subject-gold-futures"),
    P("布油下跌3%。", (("布油", DOWN, 3.0, None, None),), id="subject-brent"),
    P("以太幣週末急跌10%。", (("以太幣", DOWN, 10.0, None, None),), id="subject-ether"),
    P("美元指數上升0.4%。", (("美元指數", UP, 0.4, None, None),), id="subject-dollar-index"),
    P("恒生科技指數今日跌2.1%。", (("恒生科技指數", DOWN, 2.1, None, None),), id="subject-index-trad"),
    P("恒生科技指数今日跌2.1%。", (("恒生科技指数", DOWN, 2.1, None, None),), id="subject-index-simp"),
    P("恒生指數今日收市升1.2%。", (("恒生指數", UP, 1.2, None, CLOSE),), id="subject-hsi-close"),
    P("上证指数收盘下跌0.6%。", (("上证指数", DOWN, 0.6, None, CLOSE),), id="subject-shanghai-index"),
    P("納斯達克100指數期貨下跌1.3%。", (("納斯達克100指數期貨", DOWN, 1.3, None, None),), id="subject-futures-trad"),
    P("纳斯达克100指数期货下跌1.3%。", (("纳斯达克100指数期货", DOWN, 1.3, None, None),), id="subject-futures-simp"),
    P("恒生指數收報19607點，升31點，升幅0.16%。", (("恒生指數", UP, 0.16, None, CLOSE),), id="wrap-up-trad"),
    P("恒生指数收报19607点，升31点，升幅0.16%。", (("恒生指数", UP, 0.16, None, CLOSE),), id="wrap-up-simp"),
    P("英業達（2356）與廣達（2382）昨日股價雙雙走揚，台股加權指數終場上漲0.8%。",
      (("台股加權指數", UP, 0.8, None, CLOSE),), id="index-after-companies-in-sentence"),
    P("平安银行(000001.SZ)午后拉升，涨幅扩大至3%。", (("000001.SZ", UP, 3.0, None, INTRA),),
      id="noun-zhangfu-kuoda"),
    P("蘋果(AAPL.US)公布季績。該股盤後上漲3%。", (("AAPL.US", UP, 3.0, None, AFTER),),
      id="subject-gaigu-previous-sentence-trad"),
    P("苹果(AAPL.US)公布季度业绩。该股盘后上涨3%。", (("AAPL.US", UP, 3.0, None, AFTER),),
      id="subject-gaigu-previous-sentence-simp"),
    P("金價上漲約2%。", (("金價", UP, 2.0, ABOUT, None),), id="hedge-yue-trad"),
    P("金价上涨约2%。", (("金价", UP, 2.0, ABOUT, None),), id="hedge-yue-simp"),
    P("小米集團(01810)股價自高位回落逾40%。", (("1810.HK", DOWN, 40.0, OVER, None),), id="verb-huiluo-trad"),
    P("小米集团(01810)股价自高位回落逾40%。", (("1810.HK", DOWN, 40.0, OVER, None),), id="verb-huiluo-simp"),
    P("小米集團(01810)股價今日持平。", (("1810.HK", "flat", 0.0, None, None),), id="flat-chiping-trad"),
    P("小米集团(01810)股价今日持平。", (("1810.HK", "flat", 0.0, None, None),), id="flat-chiping-simp"),
    P("特斯拉(TSLA.US)今年以來股價翻倍。", (("TSLA.US", UP, 100.0, None, None),), id="num-fanbei-trad"),
    P("特斯拉(TSLA.US)今年以来股价翻倍。", (("TSLA.US", UP, 100.0, None, None),), id="num-fanbei-simp"),
    # Several subjects, one figure each, in order (分別 / 及…的跌幅)
    P("類股表現以百貨、運輸類股波動最大，分別上漲3.19％、3.08％。", (("百貨", UP, 3.19, None, None),
      ("運輸類股", UP, 3.08, None, None)), id="respective-figures-trad"),
    P("橡胶及造纸类股走低，有0.2%及0.1%的跌幅。", (("橡胶", DOWN, 0.2, None, None), ("造纸类股", DOWN, 0.1, None, None)),
      id="respective-figures-pct-noun-simp"),
    P("華碩(2357)、廣達(2382)尾盤走軟，分別收跌1.2%至288元、0.8%至95.4元。", (("2357.TW", DOWN, 1.2, None, "close"),
      ("2382.TW", DOWN, 0.8, None, "close")), id="respective-figures-with-prices-trad"),
    # One verb and figure per subject after 分別, in the order of the list
    P("華碩(2357)、廣達(2382)、仁寶(2324)為今日成交前三名，股價分別持平、上漲1.5%、下跌0.6%。",
      (("2357.TW", "flat", 0.0, None, None), ("2382.TW", UP, 1.5, None, None), ("2324.TW", DOWN, 0.6, None, None)),
      id="respective-verbs-trad"),
    # 股價 is a company's: an index named in the clause before is not the subject
    P("2357 華碩昨日公布財報，今日不畏大盤重挫，股價逆勢上漲超過 3%。", (("2357.TW", UP, 3.0, OVER, None),),
      id="share-price-is-no-index-trad"),
    # A move before its subject, a kind of company between 的 and the name
    P("近期拉回12%的封測廠京元電子(2449)今日反彈3%。", (("2449.TW", DOWN, 12.0, None, None),
      ("2449.TW", UP, 3.0, None, None)), id="move-before-described-subject-trad"),
    P("航運股走強，陽明(2609)自高點回檔20%後今日反彈。", (("2609.TW", DOWN, 20.0, None, None),), id="verb-huidang-trad"),
    # Short of the limit is no limit move
    P("聯詠(3034)早盤一度接近漲停，終場上漲6.2%。", (("3034.TW", UP, 6.2, None, "close"),), id="near-limit-is-no-limit-trad"),
    P("聯詠(3034)、瑞昱(2379)也有半根漲停板的表現。", (), id="half-limit-is-no-limit-trad"),
    P("台聚(1304)也有9%以上漲幅朝漲停邁進。", (("1304.TW", UP, 9.0, OVER, None),), id="toward-the-limit-trad"),
    # A move before a list of subjects joined by 的
    P("漲幅前10名包括漲停的千興 (2025)、智原 (3035)。", (("2025.TW", UP, None, None, None),
      ("3035.TW", UP, None, None, None)), id="limit-before-a-list"),
    # Sectors and exchange-coded futures as subjects
    P("白酒板块整体今年以来累计上涨8.4%。", (("白酒板块", UP, 8.4, None, None),), id="sector-board-simp"),
    # A market's nickname is an index subject, as written
    P("韓股今日最多跌2.3%。", (("韓股", DOWN, 2.3, None, None),), id="market-nickname-trad"),
    P("CBOT玉米期货涨1.15%，报6.18美元/蒲式耳。", (("CBOT玉米期货", UP, 1.15, None, None),), id="futures-with-exchange-code"),
    # A duration between the verb and the figure
    P("中原城市領先指數連跌兩星期合共0.7%。", (("中原城市領先指數", DOWN, 0.7, None, None),), id="duration-before-figure"),
    # Wrap-up lists of the stocks past a threshold: each moved at least that much
    P("上市股今跌幅超過4％的有3檔，前3名有宅配通 (2642)、正峰 (1538)、毛寶 (1732)。",
      (("2642.TW", DOWN, 4.0, "over", None), ("1538.TW", DOWN, 4.0, "over", None), ("1732.TW", DOWN, 4.0, "over", None)),
      id="threshold-list-trad"),
    P("上市股今涨幅达8%的有22档，前10名皆涨停，包括新世纪（3383）、晶彩科（3535）。",
      (("3383.TW", UP, None, None, None), ("3535.TW", UP, None, None, None)), id="threshold-list-limit-wins-simp"),
    P("今日有14檔個股超過4％跌幅，跌幅前10名有雷虎（8033）、東華（1418）2檔跌停，其餘為千興（2025）。",
      (("8033.TW", DOWN, None, None, None), ("1418.TW", DOWN, None, None, None), ("2025.TW", DOWN, 4.0, "over", None)),
      id="threshold-count-before-the-percent-trad"),
    P("今日上櫃有22檔股票有4％以上的跌幅，跌幅前10名依序為豐謙(5523)、合邦 (6103)。",
      (("5523.TW", DOWN, 4.0, "over", None), ("6103.TW", DOWN, 4.0, "over", None)), id="threshold-with-de-before-the-noun-trad"),
    # A warrant is traded on its own: its move is not the stock's
    P("長榮統一16購01(032638)認購權證最近六個營業日累積收盤價跌幅達36.07%。",
      (("長榮統一16購01", DOWN, 36.07, None, "close"),), id="warrant-is-its-own-subject-trad"),
    # A limit after a list, with one exception: the others hit it, the exception keeps the threshold
    P("上櫃有21檔9％以上漲幅，漲幅前10名為臺慶科 (3357)、華盈 (3520)、力旺 (3529)以上除臺慶科外皆漲停。",
      (("3520.TW", UP, None, None, None), ("3529.TW", UP, None, None, None), ("3357.TW", UP, 9.0, "over", None)),
      id="limit-after-a-list-with-an-exception-trad"),
    P("漲幅前10名為臺慶科 (3357)、華盈 (3520)、力旺 (3529)，除臺慶科外皆漲停。",
      (("3520.TW", UP, None, None, None), ("3529.TW", UP, None, None, None)), id="exception-named-first-in-the-list-trad"),
    P("週二由3122笙泉、4945陞達科、6243迅杰等漲停領軍。",
      (("3122.TW", UP, None, None, None), ("4945.TW", UP, None, None, None), ("6243.TW", UP, None, None, None)),
      id="limit-after-a-list-of-glued-codes-trad"),
    # Spaced figures and hedges, as some Taiwan outlets print them
    P("包括 8299 群聯、3094 聯傑等均有 5.1% 以上的漲幅。", (("8299.TW", UP, 5.1, "over", None),
      ("3094.TW", UP, 5.1, "over", None)), id="spaced-hedge-after-figure-trad"),
    P("群联上涨 5% 左右。", (("8299.TW", UP, 5.0, "about", None),), id="spaced-hedge-after-verb-figure-simp"),
    # Taiwan sectors: with 類股/股, bare before a move, after 上市/上櫃; a comma ends a clause
    # except between two stocks
    P("另看類股，造紙收漲4.29%傲視大盤，華紙(1905)勁揚7%。", (("造紙", UP, 4.29, None, "close"),
      ("1905.TW", UP, 7.0, None, None)), id="bare-sector-then-a-stock-trad"),
    P("雄獅(2731)收漲近2%。金融股收漲0.5%。", (("2731.TW", UP, 2.0, "nearly", "close"),
      ("金融股", UP, 0.5, None, "close")), id="sector-with-gu-trad"),
    P("上市電機收漲0.66%、上櫃電機收漲0.92%。", (("上市電機", UP, 0.66, None, "close"),
      ("上櫃電機", UP, 0.92, None, "close")), id="listed-and-otc-sector-trad"),
    P("跌幅較大的為電線電纜類股及造紙類股，其中電線電纜類股下跌1.57%。", (("電線電纜類股", DOWN, 1.57, None, None),),
      id="among-them-opens-no-sector-trad"),
    P("紡織股走強，弘裕(1474)，宏益(1452)和宏洲(1413)盤中亮燈漲停。", (("1474.TW", UP, None, None, "intraday"),
      ("1452.TW", UP, None, None, "intraday"), ("1413.TW", UP, None, None, "intraday")), id="comma-list-of-stocks-trad"),
    # A broker giving its view is no subject; an ADR-only clause moves the US listing
    P("1.聯電(2303)：Q2營運超預期，高盛證喊價102.8元，加上昨夜ADR飆漲7.6%，股價盤初漲逾5%。",
      (("UMC.US", UP, 7.6, None, None), ("2303.TW", UP, 5.0, "over", "intraday")), id="broker-view-and-adr-trad"),
    # A figure in money before a bare percent: the metric moved (unless a market word says shares)
    P("前3季每股稅後盈餘2.37元的卜蜂，周五上漲5.53％。", (("1215.TW", UP, 5.53, None, None),),
      id="metric-describing-the-subject-trad"),
    P("長榮（2603）除息交易，盤中漲幅超過7%，完成填息且激勵同族群漲幅逾6%。", (("2603.TW", UP, 7.0, "over", "intraday"),),
      id="group-move-is-not-the-stocks-trad"),
    # Taiwan market words: 殺低, 收黑, 重摔, 收紅, 5%起跳; 類指 is a sector index
    P("聯電(2303)、聯發科(2454)齊步殺低逾2%；大立光(3008)虎頭蛇尾收黑1.6%。", (("2303.TW", DOWN, 2.0, "over", None),
      ("2454.TW", DOWN, 2.0, "over", None), ("3008.TW", DOWN, 1.6, None, "close")), id="taiwan-falling-words-trad"),
    P("貨櫃三雄萬海(2615)、長榮(2603)同步重摔5%起跳。", (("2615.TW", DOWN, 5.0, "over", None),
      ("2603.TW", DOWN, 5.0, "over", None)), id="taiwan-from-five-percent-up-trad"),
    P("日月光投控(3711)也力漲收紅1.71%。", (("3711.TW", UP, 1.71, None, "close"),), id="taiwan-close-red-trad"),
    P("明基材(8215)跌1.02%，拖累光電類指逆勢收黑0.27%。", (("8215.TW", DOWN, 1.02, None, None),
      ("光電類指", DOWN, 0.27, None, "close")), id="sector-index-short-form-trad"),
    # A name the lexicons lack, listed between two stocks, shares the list's move
    P("懷特（4108）盤中漲停；康那香、恆大、普生、瑞基等漲幅超過5%。", (("4108.TW", UP, None, None, "intraday"),
      ("9919.TW", UP, 5.0, "over", None), ("1325.TW", UP, 5.0, "over", None), ("普生", UP, 5.0, "over", None),
      ("4171.TW", UP, 5.0, "over", None)), id="unknown-name-inside-a-list-trad"),
    P("生技股走強，早盤上市生技指數勁揚1.7%。", (("上市生技指數", UP, 1.7, None, "intraday"),),
      id="session-word-before-an-index-name-trad"),
    # The cause between 受 and 影響 is not the subject; a cause's own move is its own
    P("美光昨夜受大摩唱衰半導體影響重挫6.37%。", (("MU.US", DOWN, 6.37, None, None),), id="cause-is-no-subject-trad"),
    P("上櫃類股指數因高端疫苗跌停拖累，只小漲不到0.6％。", (("上櫃類股指數", UP, 0.6, NEARLY, None), ("6547.TW", DOWN, None, None, None)),
      id="a-cause-moves-on-its-own-trad"),  # (the cause moves no later clause)
    # A stock named between 除 and 外 is the exception to the move
    P("今日上櫃跌幅前10名依序為臺慶科（3357）、地心引力（3629）、同致（3552），除了台慶科以上都是跌停，今上櫃共有19檔個股跌停。",
      (("3629.TW", DOWN, None, None, None), ("3552.TW", DOWN, None, None, None)), id="all-above-but-one-hit-the-limit-trad"),
    P("上市股今跌幅超過7％的有21檔，跌幅前10名除了精成科外都是跌停，依序為強茂（2481）、華東（8110）、精成科（6191）。",
      (("2481.TW", DOWN, None, None, None), ("8110.TW", DOWN, None, None, None), ("6191.TW", DOWN, 7.0, "over", None)),
      id="except-from-a-limit-trad"),
    P("漲幅前10名除昨日掛牌的全宇昕（6651）外，前8名都是漲停有弘煜科（6482）、尚茂（8291）。",
      (("6482.TW", UP, None, None, None), ("8291.TW", UP, None, None, None)), id="except-then-you-trad"),
    # 以 opens no sector name; a verb before an index name is no part of it
    P("類股表現以玻璃類股漲幅最大，達5.54％的漲幅。", (("玻璃類股", UP, 5.54, None, None),), id="sector-after-yi-trad"),
    P("生技股全面走強，帶動上市生技指數大漲逾3.29%。", (("上市生技指數", UP, 3.29, "over", None),),
      id="verb-before-index-name-trad"),
    P("生技股全面走强，推升上柜生技指数盘中涨幅逾2%。", (("上柜生技指数", UP, 2.0, "over", "intraday"),),
      id="verb-before-index-name-simp"),
    # A range gives both ends
    P("比特幣昨日急跌8至10%。", (("比特幣", DOWN, 8.0, None, None), ("比特幣", DOWN, 10.0, None, None)), id="range-zhi-trad"),
    P("恒指今日大涨3～5%。", (("恒指", UP, 3.0, None, None), ("恒指", UP, 5.0, None, None)), id="range-tilde-simp"),
    # A name no lexicon lists, in a list of moves beside a known subject, is its own subject
    P("零售股個別發展，周生生升近1%，佳佳跌逾4%。", (("0116.HK", UP, 1.0, "nearly", None),
      ("佳佳", DOWN, 4.0, "over", None)), id="unknown-name-in-a-list-trad"),
    P("恒指本周累计上升1%，科科升2.5%。", (("恒指", UP, 1.0, None, None), ("科科", UP, 2.5, None, None)),
      id="unknown-name-in-a-list-simp"),
    # A country's stock market; 歐元區 is not 歐元
    P("歐元區危機以來最高；法國股市自大選以來，已經累計下跌約10%。", (("法國股市", DOWN, 10.0, ABOUT, None),),
      id="country-stock-market-trad"),
    # As many figures as the nearest list has names (the sentence's topic is another stock)
    P("志聯(2024)早盤股價走高約1%；轉機王由長榮(2603)、陽明(2609)囊括，今早股價分別漲逾1%、2%。",
      (("2024.TW", UP, 1.0, ABOUT, INTRA), ("2603.TW", UP, 1.0, OVER, None), ("2609.TW", UP, 2.0, OVER, None)),
      id="respective-figures-for-the-nearest-list"),
    # An unknown Latin word followed by 的 does not displace the known subject of the clause
    P("台股盤中，聯亞藥(6562)則因集團未通過EUA的重挫逾50%。", (("6562.TW", DOWN, 50.0, OVER, None),),
      id="cause-inside-the-clause"),
    P("菱生(2369)一馬當先，漲幅在3%左右。", (("2369.TW", UP, 3.0, ABOUT, None),), id="figure-after-zai"),
    P("台泥(1101)雖然開高，目前跌幅約在1.7%。", (("1101.TW", DOWN, 1.7, ABOUT, None),), id="figure-after-yuezai"),
    P("航運族群走強，收盤2603長榮、2609陽明等漲幅超過5%。", (("2603.TW", UP, 5.0, OVER, CLOSE), ("2609.TW", UP, 5.0, OVER, CLOSE)),
      id="codes-glued-to-names-in-a-list"),
    # The stock of the clause just before, not a topic further back in the sentence
    P("主營購物站的寶得利(5301)，盤中大漲8.37%至11元，旅遊業者雄獅(2731)開高走高，盤中飆升7.73%至71.1元。",
      (("5301.TW", UP, 8.37, None, INTRA), ("2731.TW", UP, 7.73, None, INTRA)), id="stock-of-the-clause-before"),
    P("台股盤後，上櫃漲幅前3名皆為漲停，包括彬台 (3379)、昱捷 (3232)、康樂-KY (4154)。",
      (("3379.TW", UP, None, None, None), ("3232.TW", UP, None, None, None), ("4154.TW", UP, None, None, None)),
      id="limit-then-included-list"),
    # A figure in points belongs to an index, not to the stocks named as its causes
    P("今日台股受到台積電(2330)震盪、長榮(2603)被列處置股票影響，開跌5.87點，終場下挫72.07點或0.41%。"
      "本周上漲105.02點或0.61%。", (("台股", DOWN, 0.41, None, CLOSE), ("台股", UP, 0.61, None, CLOSE)),
      id="points-belong-to-an-index-trad"),
    P("大盘拉回仍有撑，台积电(2330)再拉尾盘，终场收涨259.7点或1.62%。", (("大盘", UP, 1.62, None, CLOSE),),
      id="points-belong-to-an-index-simp"),
    # A -KY mark printed spaced (慧洋 - KY) stays in the listed name, so the list holds
    P("台航 (2617-TW)、慧洋 - KY(2637-TW) 也有 4% 以上跌幅。", (("2617.TW", DOWN, 4.0, OVER, None), ("2637.TW", DOWN, 4.0, OVER, None)),
      id="spaced-ky-mark-in-a-list-trad"),
    # A bare 指數 is the index the paragraph named last; a paragraph that names none keeps it bare
    P("周二台股在平盤附近開出，整日窄幅波動。收盤指數上漲 50.48 點，漲幅 0.29%。", (("台股", UP, 0.29, None, CLOSE),),
      id="bare-index-is-the-one-named-before-trad"),
    P("美股道瓊指數上漲1%。\n終場指數上漲 50.48 點，漲幅 0.29%。", (("道瓊指數", UP, 1.0, None, None), ("指數", UP, 0.29, None, CLOSE)),
      id="bare-index-named-in-another-paragraph"),
    P("造紙類股受大盤疲弱衝擊，近日指數一路拉回，1個月來修正幅度達26％。", (("造紙類股", DOWN, 26.0, None, None),),
      id="bare-index-is-the-paragraphs-sector-trad"),
    P("台股開低，航運類股領漲，終場指數上漲 50 點，漲幅 0.3%。", (("台股", UP, 0.3, None, CLOSE),),
      id="bare-index-is-no-sector-named-between-trad"),
    # An item heading `NAME(CODE)：` owns the moves of its item, whatever else the item names
    P("12.漢唐(2404)：市場看好台積美國廠大單勝券在握，早盤逆揚走高逾2%。", (("2404.TW", UP, 2.0, OVER, INTRA),),
      id="item-heading-owns-its-move-trad"),
    P("台泥(1101)：遇台股亂流，今日除息走跌逾1%。", (("1101.TW", DOWN, 1.0, OVER, None),),
      id="item-heading-over-an-index"),
    P("CMOS：3530 晶相光 7 月營收創近 7 個月以來新高，周二股價逆勢大漲超過 7%。", (("3530.TW", UP, 7.0, OVER, None),),
      id="heading-that-is-no-stock"),
    # A hedge between the percent and 跌幅, no 的
    P("中鋼構(2013-TW)盤中重挫4%以上，燁輝(2023-TW)、盛餘(2029-TW)盤中也有3% 以上跌幅。",
      (("2013.TW", DOWN, 4.0, OVER, INTRA), ("2023.TW", DOWN, 3.0, OVER, INTRA), ("2029.TW", DOWN, 3.0, OVER, INTRA)),
      id="hedge-then-fall-noun"),
    # A month or a link word before an index's name is no part of it
    P("10月強積金綜合指數下跌2.8%，當中股票基金指數下跌3.6%。",
      (("強積金綜合指數", DOWN, 2.8, None, None), ("股票基金指數", DOWN, 3.6, None, None)), id="time-before-an-index-name"),
    # A name printed with its code, not the lexicon's name for it, is that stock later on
    P("台股今日震盪，昇佳電（6732）等題材股有支撐買盤。昇佳電及信驊各勁揚4.02％、4.0％。",
      (("6732.TW", UP, 4.02, None, None), ("5274.TW", UP, 4.0, None, None)), id="name-printed-with-its-code"),
    # 終場指數: the market's index, written bare after a session word: the one named before
    P("台股今日大漲，終場指數上漲267.59點，漲幅1.56%。", (("台股", UP, 1.56, None, CLOSE),), id="session-word-before-a-bare-index"),
    # 其中 before a listed sector: that sector alone moved, not the list before it
    P("弱勢類股有電子零組件類股、電線電纜類股及光電類股，其中電子零組件類股下跌1.74%。",
      (("電子零組件類股", DOWN, 1.74, None, None),), id="qizhong-before-a-listed-sector"),
    # What stands before a sector is no part of its name; 受到 opens a cause
    P("表現最佳化工類股，上漲2.51%。", (("化工類股", UP, 2.51, None, None),), id="best-performer-before-a-sector"),
    P("受到航運類股走跌拖累，終場加權股價指數以17247.41點作收，累計一周下跌325.51點，跌幅約1.85%。",
      (("加權股價指數", DOWN, 1.85, ABOUT, CLOSE),), id="cause-before-a-sector"),
    # A listed firm's short form moves with its ticker
    P("雍智科技(6683)股東常會通過配息5.5元。雍智股價今日開高後震盪走升，最高上漲2.18%。",
      (("6683.TW", UP, 2.18, None, None),), id="listed-short-form-moves"),
    # …and so do its first three characters (the short name Taiwan's press uses)
    P("網安設備廠瑞祺電通(6416)拿下車廠專案。由於母集團鴻海(2317)積極揮軍電動車產業，瑞祺電預期將扮演要角。瑞祺電股價自15日起漲，今日飆升9.09%至150元。",
      (("6416.TW", UP, 9.09, None, None),), id="listed-three-character-short-form-moves"),
    # Taiwan's words for a quick rise (急拉, 攻高) and a gain that falls in a band (漲幅落在)
    P("時碩工業(4566)：H1營收創同期高，盤初股價一度急拉近9%，觸及月線。",
      (("4566.TW", UP, 9.0, NEARLY, "intraday"),), id="pulled-up-quickly-trad"),
    P("京城(2524)：近日有買盤接手，盤初一度逆勢攻高逾2%，惟不敵賣壓。",
      (("2524.TW", UP, 2.0, OVER, "intraday"),), id="attacks-higher-trad"),
    P("其餘如開發金(2883)、中壽(2823)漲幅落在3%以上。",
      (("2883.TW", UP, 3.0, OVER, None), ("2823.TW", UP, 3.0, OVER, None)), id="gain-falls-in-a-band-trad"),
    # A kind after 等 sums up the stocks listed before it: they move, not the kind
    P("在半導體龍頭領軍下，包含富鼎 (8261-TW)、凌陽 (2401-TW)、新唐 (4919-TW) 等半導體族群盤中先後攻上漲停。",
      (("8261.TW", UP, None, None, "intraday"), ("2401.TW", UP, None, None, "intraday"), ("4919.TW", UP, None, None, "intraday")),
      id="kind-after-etc-sums-up-the-list-trad"),
    # A site's price widget after each listed name leaves the list whole
    # …but a gain's size, or a session's reach, after 至 is a move
    P("台玻(1802)開盤後急攻漲停板，惟獲利了結賣壓出籠，漲幅壓回到2%左右。",
      (("1802.TW", UP, None, None, "intraday"), ("1802.TW", UP, 2.0, "about", "intraday")), id="gain-pressed-back-to-a-size-trad"),
    P("周三港股造好，柏荣集团控股(08316)午后一度拉升至20%，创一年新高。", (("8316.HK", UP, 20.0, None, "intraday"),), id="session-reach-after-to-simp"),
    P("蚂蚁金服概念开盘大涨，湘邮科技(15.460,1.41,10.04%)、科蓝软件(33.180,1.58,5.00%)、润和软件(11.790,1.07,9.98%)等逾20股一字涨停。",
      (("600476.SH", UP, None, None, None), ("300663.SZ", UP, None, None, None), ("300339.SZ", UP, None, None, None)),
      id="price-widgets-inside-a-list"),
    # Closed unchanged: 收平盤
    P("大立光(3008)收平盤價3020元。", (("3008.TW", "flat", 0.0, None, None),), id="closed-flat-trad"),
    P("載板雙雄南電(8046)、景碩(3189)股價受利多激勵，終場漲幅皆大於4%。",
      (("8046.TW", UP, 4.0, OVER, CLOSE), ("3189.TW", UP, 4.0, OVER, CLOSE)), id="greater-than-is-over-trad"),
    P("羅昇(8374)盤初一度大漲逾7%，惟上檔有壓，漲幅隨後縮減至約2.5%。",
      (("8374.TW", UP, 7.0, OVER, INTRA), ("8374.TW", UP, 2.5, ABOUT, INTRA)), id="gain-shrank-to-trad"),
    P("伍豐(8076)昨日下探28.8元，1個半月修正幅度達3成。", (("8076.TW", DOWN, 30.0, None, None),), id="size-of-a-correction-trad"),
    P("大江(8436)股價自327元反彈至昨日533元，彈幅高達6成以上。", (("8436.TW", UP, 60.0, OVER, None),), id="size-of-a-rebound-trad"),
    P("台積電ADR下跌0.59%，台指期夜盤下跌0.74%。", (("TSM.US", DOWN, 0.59, None, None), ("台指期夜盤", DOWN, 0.74, None, "after_hours")),
      id="taiex-futures-night-session-trad"),
    P("今天上市各類股僅半導體類股表現最佳，上漲0.13%。", (("半導體類股", UP, 0.13, None, None),), id="only-before-a-sector-trad"),
    P("尤其9914美利達營收刷新單月歷史次高紀錄，周三股價不畏大盤大跌，逆勢上漲超過2%。", (("9914.TW", UP, 2.0, OVER, None),),
      id="shares-in-the-clause-before-skip-the-index-trad"),
    P("類股表現中以航運多達4.66％的漲幅最突出，而光電股跌幅達5.92％最為慘烈。",
      (("航運", UP, 4.66, None, None), ("光電股", DOWN, 5.92, None, None)), id="sectors-after-yi-and-er-trad"),
    P("美股四大指數周三整齊收高，道指漲236.82點，或0.68%，收34,814.39點。", (("道指", UP, 0.68, None, None),),
      id="points-comma-or-percent-trad"),
    P("指標龍頭股聯發科(2454)下跌修正逾1%。", (("2454.TW", DOWN, 1.0, OVER, None),), id="fall-as-a-correction-trad"),
    P("台積電(2330)今開低7元，終場收在平盤、報在619元。", (("2330.TW", "flat", 0.0, None, CLOSE),), id="closed-at-flat-trad"),
    P("台積電(2330)終場平盤作收。", (("2330.TW", "flat", 0.0, None, CLOSE),), id="flat-as-close-trad"),
    # A percent before 跌幅 without 的
    P("友通(2397)股價一度下跌4.34％至61.7元，截至午盤維持逾4％跌幅。",
      (("2397.TW", DOWN, 4.34, None, INTRA), ("2397.TW", DOWN, 4.0, OVER, INTRA)), id="percent-then-fall-noun"),
    # No name between two moves: the second goes on about the first's subject
    P("上櫃電機收漲0.92%，由宏易(4530)領高，盤中觸及漲停，最高站上11.45元，終場勁揚7.18%。",
      (("上櫃電機", UP, 0.92, None, CLOSE), ("4530.TW", UP, None, None, INTRA), ("4530.TW", UP, 7.18, None, CLOSE)),
      id="the-story-goes-on-about-the-last-subject"),
    # 股價 after an index in the sentence is the topic company's, found further back
    P("工業電腦廠泓格(3577)首季每股盈餘0.44元。今日不畏大盤開低重挫逾200點，股價開高後飆升9.74％至40元。",
      (("3577.TW", UP, 9.74, None, None),), id="shares-skip-the-index"),
    # A price a firm sets for its goods is not its shares' move; a word about the shares
    # after it puts the figure back on the stock
    P("宏全(9939)已通知客戶，預定4月起調漲各項包材售價，漲幅約15％～20％。", (), id="goods-price-clause-before-trad"),
    P("博大(8109)7月起针对逾60%品项调涨5%。", (), id="goods-price-same-clause-simp"),
    P("聯電(2303)已通知客戶11月再漲代工價格，驅動晶片漲幅10%～15%。", (), id="foundry-price-trad"),
    P("蘋果(AAPL.US)發表iPhone13新機，本土法人看好iPhone價格持平。", (), id="goods-price-unchanged-trad"),
    P("翔名(8091)月KD出現黃金交叉，股價從52.5元上漲到82.5元，波段上漲57%。", (("8091.TW", UP, 57.0, None, None),),
      id="golden-cross-is-no-gold-trad"),
    # Commodities without a listing of their own are traded things too
    P("黑色系商品全面走弱，鐵礦砂、焦煤期貨大跌逾5%。", (("鐵礦砂", DOWN, 5.0, OVER, None), ("焦煤期貨", DOWN, 5.0, OVER, None)),
      id="iron-ore-and-coking-coal-trad"),
    P("黃金價格上漲2%，比特幣價格暴跌10%。", (("黃金", UP, 2.0, None, None), ("比特幣", DOWN, 10.0, None, None)),
      id="traded-price-moves-trad"),
    P("長榮航(2618)：美國線運價調漲25%，股價上漲逾2.5%。", (("2618.TW", UP, 2.5, OVER, None),),
      id="goods-price-then-shares-trad"),
    P("新唐(4919)：9月調漲報價，營運添利，早盤續漲逾5.5%。", (("4919.TW", UP, 5.5, OVER, INTRA),),
      id="goods-price-then-session-word-trad"),
    P("面板族群第2季價格可望月月調漲，激勵族群今日續強，友達(2409)大漲6%。", (("2409.TW", UP, 6.0, None, None),),
      id="goods-price-earlier-clause-named-subject-trad"),
    # Market words: 飆高, and 陶玻 (玻璃陶瓷) as a sector; 眾類股 (all sectors) is none
    P("高端疫苗(6547)早盤續飆高9%。", (("6547.TW", UP, 9.0, None, INTRA),), id="biao-gao-trad"),
    P("眾類股漲跌五五波，陶玻股收漲5.69%。", (("陶玻股", UP, 5.69, None, CLOSE),), id="glass-ceramics-short-sector-trad"),
    # Market words: 壓回, 守在平盤; 近半根停板 is no limit
    P("中航(2612)7月意外後虧損1.44億元，衝擊股價壓回6%。", (("2612.TW", DOWN, 6.0, None, None),), id="ya-hui-trad"),
    P("鴻海(2317)漲幅一度達1%，終場守在平盤。", (("2317.TW", UP, 1.0, None, INTRA), ("2317.TW", "flat", 0.0, None, CLOSE)),
      id="held-at-flat-trad"),
    P("聯發科(2454)今日回神大漲近半根停板，站回900元之上。", (), id="nearly-half-a-limit-trad"),
    # A hyphen between two figures is a range, not a minus sign
    P("允強(2034)、彰源(2030)股價也有2-5%漲幅。",
      (("2034.TW", UP, 2.0, None, None), ("2034.TW", UP, 5.0, None, None), ("2030.TW", UP, 2.0, None, None),
       ("2030.TW", UP, 5.0, None, None)), id="hyphen-range-trad"),
    # Levels of a rate or a share, and business metrics, are no moves
    P("國泰航空(0293)載客率升至82.9%。", (), id="rate-rises-to-a-level-trad"),
    P("研揚(6579)美國自42％降至36％、歐洲自29％升至34％。", (), id="share-from-one-level-to-another-trad"),
    P("華邦電(2344)營收比重從 10-15%，提升至 15-20%。", (), id="share-level-after-its-start-trad"),
    P("世界(5347)帶動整體ASP提升10%至15%。", (), id="average-selling-price-trad"),
    # A count of stocks before 族群 is no sector: the listed stocks hit the limit
    P("台股今日大跌，其中集盛(1455)、聯發(1459)等8檔族群個股股價攻上漲停。",
      (("1455.TW", UP, None, None, None), ("1459.TW", UP, None, None, None)), id="count-of-stocks-before-group-trad"),
    # A currency after an amount is its unit, not a subject
    P("美國貨櫃廢鋼也跌 7 美元，來到每公噸 438 美元，跌幅 1.5%。", (), id="currency-unit-after-an-amount-trad"),
    P("鼎炫-KY(8499)8月營收達新台幣2.57億元，今股價開高走高，漲幅逾5%。", (("8499.TW", UP, 5.0, OVER, None),),
      id="shares-move-no-currency-trad"),
    # A move noun before a verb keeps its direction: the gain narrowed to 2% is up 2%
    P("台玻(1802)開盤後急攻漲停板，惟獲利了結賣壓出籠，漲幅壓回到2%左右。",
      (("1802.TW", UP, None, None, INTRA), ("1802.TW", UP, 2.0, ABOUT, INTRA)), id="gain-narrowed-to-trad"),
    # 提升 (improved) is no move; a listed sector at the end of a longer run; 涨停为 + names
    P("三星(005930.KS)新機RAM提升50%。", (), id="improved-is-no-move-simp"),
    P("類股表現油電燃氣類股繳出2.57％的漲幅最突出。", (("油電燃氣類股", UP, 2.57, None, None),), id="sector-after-a-longer-run-trad"),
    P("上櫃漲幅前3名都是漲停為合邦（6103）、安碁（6174）、安可（3615）。",
      (("6103.TW", UP, None, None, None), ("6174.TW", UP, None, None, None), ("3615.TW", UP, None, None, None)),
      id="limit-then-wei-and-names-trad"),
    P("高端疫苗(6547)獲EUA，加上週一開放國內預約，週二續漲8.1%。", (("6547.TW", UP, 8.1, None, None),),
      id="acronym-is-no-subject-trad"),
    # A signed figure right after a listed name is its move; not after a metric's acronym
    P("美股漲跌互見，蘋果(AAPL.US)-0.13%、特斯拉(TSLA.US)-2.49%、美光(MU.US)+1.33%。",
      (("AAPL.US", DOWN, 0.13, None, None), ("TSLA.US", DOWN, 2.49, None, None), ("MU.US", UP, 1.33, None, None)),
      id="signed-figures-after-names-trad"),
    P("行业规模CAGR+20%。", (), id="signed-figure-after-a-metric-simp"),
    P("早盤航運股一度有15檔衝上漲停，包括上市股新興（2605）、裕民（2606）。",
      (("2605.TW", UP, None, None, INTRA), ("2606.TW", UP, None, None, INTRA)), id="limit-then-listed-stocks-trad"),
    # What a speaker says moved is not the speaker; a month-on-month business figure is no move
    P("彰源（2030）昨表示，今年不銹鋼原料漲幅超過50%。", (), id="speaker-is-not-what-moved-trad"),
    P("台積電(2330)表示，今日股價上漲3%。", (("2330.TW", UP, 3.0, None, None),), id="speaker-whose-shares-moved-trad"),
    P("奇力新(2456)公告8月營收，達15.10億元，較7月下滑1.47％。", (), id="month-on-month-revenue-trad"),
    # 依序為 + names: the stocks that moved by the figure, in order
    P("聯發(1459)強漲20.51%居冠，漲逾1成依序為中櫃(2613)、常珵(8097)。",
      (("1459.TW", UP, 20.51, None, None), ("2613.TW", UP, 10.0, OVER, None), ("8097.TW", UP, 10.0, OVER, None)),
      id="figure-then-names-in-order-trad"),
    # Hong Kong's nicknames of markets; Taiwan's 亮燈 is the limit up
    P("日股再度回軟。日股本周跌2.7%。", (("日股", DOWN, 2.7, None, None),), id="japanese-stocks-nickname-trad"),
    P("歐洲3大指數上升　德股升約1%", (("德股", UP, 1.0, ABOUT, None),), id="german-stocks-nickname-trad"),
    P("血氧機的雃博（4106）盤中股價也強勢亮燈。", (("4106.TW", UP, None, None, INTRA),), id="lit-up-is-the-limit-up-trad"),
    # 分別 with figures joined by 和/及, a hedge before the later ones; a weekly candle is the index's
    P("阿里巴巴和小米分別升0.8%和跌逾0.1%。", (("9988.HK", UP, 0.8, None, None), ("1810.HK", DOWN, 0.1, OVER, None)),
      id="respectively-joined-by-and-trad"),
    P("電能實業及長建分別跌2%及逾5%，長建是表現最差藍籌股。", (("0006.HK", DOWN, 2.0, None, None), ("1038.HK", DOWN, 5.0, None, None)),
      id="respectively-hedged-second-figure-trad"),
    P("加權指數周線再度收黑，全周下跌325.51點，周線跌幅1.85%。", (("加權指數", DOWN, 1.85, None, CLOSE),),
      id="weekly-candle-is-the-index-trad"),
    # The same index told twice by two of its names (沪指 in the headline) is one move
    P("滬指半日跌0.5%\n上證綜合指數報3286點，跌16點，跌幅0.5%。", (("滬指", DOWN, 0.5, None, None),),
      id="one-index-by-two-names-trad"),
    # A new sentence opening with a name of its own is no carry-over of the last subject
    P("百勝中國漲8.23%，公司將派發季度股息。偉昇漲3.21%。", (("9987.HK", UP, 8.23, None, None),),
      id="new-sentence-new-name-trad"),
    P("中國水務今日股價明顯拉升，盤中一度升超8%。現漲幅回落至5.8%，報6.7港元。",
      (("0855.HK", UP, 8.0, OVER, INTRA), ("0855.HK", UP, 5.8, None, INTRA)), id="new-sentence-goes-on-now-trad"),
    # A ranked list under a threshold moves by the threshold, not by a later count of limit moves
    P("台股上市股今漲幅達8％的有37檔，前10名依序為春雨（2012）、台航（2617），上市共有24檔漲停。",
      (("2012.TW", UP, 8.0, OVER, None), ("2617.TW", UP, 8.0, OVER, None)), id="ranking-then-a-count-of-limits-trad"),
    # A limit word between a ranking and its list is the first name's; a count equal to the list is the list's
    P("上市股今跌幅超過4％的有20檔，跌幅前10名有跌停的祥碩（5269）、宅配通（2642）。",
      (("5269.TW", DOWN, None, None, None), ("2642.TW", DOWN, 4.0, OVER, None)), id="limit-word-inside-a-ranking-trad"),
    P("今日上櫃有14檔股票有8％以上跌幅，跌幅前10名有晶宏（3141）、創惟（6104），2檔跌停。",
      (("3141.TW", DOWN, None, None, None), ("6104.TW", DOWN, None, None, None)), id="ranking-counted-as-limits-trad"),
    # 另有X共N档跌停 after a ranked list: the list hit the limit too, when the count agrees
    P("上櫃股今跌幅，跌幅前10名依序為九暘（8040）、笙泉（3122），另有應廣（6716）共3檔跌停。",
      (("8040.TW", DOWN, None, None, None), ("3122.TW", DOWN, None, None, None), ("6716.TW", DOWN, None, None, None)),
      id="ranked-list-and-another-at-the-limit-trad"),
    P("2％以上跌幅，跌幅前10名依序為跌停的高端疫苗（6547）、基亞（3176）、台康生技（6589）。",
      (("6547.TW", DOWN, None, None, None),), id="limit-word-after-a-ranking-in-order-trad"),
    # 前N名皆为涨停 before a ranked list: only the first N hit the limit; MSCI中国A50 is an index
    P("台股上市股今漲幅達6％的有11檔，前2名皆為漲停，依序為永光（1711）、麗嬰房（2911）、百容（2483）。",
      (("1711.TW", UP, None, None, None), ("2911.TW", UP, None, None, None), ("2483.TW", UP, 6.0, OVER, None)),
      id="first-n-at-the-limit-trad"),
    P("富时中国A50、MSCI中国A50分别上涨2.3%和2.5%。", (("富时中国A50", UP, 2.3, None, None), ("MSCI中国A50", UP, 2.5, None, None)),
      id="a50-indices-simp"),
    # A threshold counts its stocks: 有2档超过5%跌幅 gives it to the first two of a top-10 list
    P("上櫃股今有2檔個股超過5％跌幅，跌幅前10名依序為長榮鋼（2211）、今國光（6209）、裕隆（2201）。",
      (("2211.TW", DOWN, 5.0, OVER, None), ("6209.TW", DOWN, 5.0, OVER, None)), id="threshold-count-shorter-than-the-list-trad"),
    P("倫敦布蘭特期油收報每桶72.81美元，跌50美仙，跌幅0.68%。", (("倫敦布蘭特期油", DOWN, 0.68, None, CLOSE),),
      id="brent-futures-trad"),
    # 指数 opening a sentence is the index named last, not the headline's stock
    P("港股半日升204點　毛戈平(1318)首日掛牌半日升78%\n\n港股高開，恒生指數升至21070點今早高位。指數報20618點，升204點，升幅1%。",
      (("1318.HK", UP, 78.0, None, None), ("恒生指數", UP, 1.0, None, None)), id="bare-index-opens-a-sentence-trad"),
    P("上证指数报3200点。指数本周累计下跌2.8%。", (("上证指数", DOWN, 2.8, None, None),), id="bare-index-opens-a-sentence-simp"),
    # 芝加哥期货交易所 is an exchange, not a futures contract: the corn moved
    P("芝加哥期货交易所玉米市场交投最活跃的3月合约收于每蒲式耳6.1625美元，比前一交易日上涨5.25美分，涨幅为0.86%。",
      (("玉米", UP, 0.86, None, None),), id="futures-exchange-is-no-subject-simp"),
    # A clause opening with the move looks to its sentence's own opening, not the headline's stock
    P("毛戈平(1318)首日掛牌半日升78%\n\n排季軍的電子零件亦利多一籮筐，漲幅達0.59%。", (("1318.HK", UP, 78.0, None, None),),
      id="no-carry-over-into-a-sentence-with-its-own-head-trad"),
    # 其余 opening a clause: the others, unnamed (but 其余如 + names: those named)
    P("ATMXJ除了小米微升0.3%，其餘升近2%或以上。", (("1810.HK", UP, 0.3, None, None),), id="the-rest-unnamed-trad"),
    P("王品(2727)漲4.5%，其餘如晶華(2707)、雄獅(2731)均漲逾1%。",
      (("2727.TW", UP, 4.5, None, None), ("2707.TW", UP, 1.0, OVER, None), ("2731.TW", UP, 1.0, OVER, None)),
      id="the-rest-named-trad"),
    # A limit list goes on into the other market's (上櫃股則有…); after a semicolon, the names of its own part
    P("航運股衝上漲停，包括上市股新興（2605）、裕民（2606）等，上櫃股則有正德（2641）、陸海（5603）等。",
      (("2605.TW", UP, None, None, None), ("2606.TW", UP, None, None, None), ("2641.TW", UP, None, None, None),
       ("5603.TW", UP, None, None, None)), id="limit-list-of-the-other-market-trad"),
    P("電子三雄方面，台積電(2330)今日強漲 2.42%，收在 339 元；股王大立光(3008)同樣強勢表現，續站穩 5000 元大關之上，終場上漲 0.6%。",
      (("2330.TW", UP, 2.42, None, None), ("3008.TW", UP, 0.6, None, CLOSE)), id="names-after-a-semicolon-trad"),
    P("美元兌俄羅斯盧布突破100關口，高見101.0705，升幅達1.3%。", (("美元兌俄羅斯盧布", UP, 1.3, None, None),),
      id="dollar-against-the-russian-rouble-trad"),
    # Bare sectors before 均收涨 (化工 is one); 集体奔驰涨停 is Taiwan's word for a gallop to the limit
    P("紡織、電子零件、化工、其他電子均收漲逾1%。",
      (("紡織", UP, 1.0, OVER, CLOSE), ("電子零件", UP, 1.0, OVER, CLOSE), ("化工", UP, 1.0, OVER, CLOSE), ("其他電子", UP, 1.0, OVER, CLOSE)),
      id="bare-sectors-before-all-closed-up-trad"),
    P("航運族群由散裝接棒，宅配通(2642)、志信(2611)集體奔馳漲停。", (("2642.TW", UP, None, None, None), ("2611.TW", UP, None, None, None)),
      id="galloped-to-the-limit-trad"),
    # 拉抬指数: the market's index, written bare after a verb and an adverb
    P("尾盤大單敲入，瞬間拉抬指數29.29點，終場收漲82.75點或0.48%。", (("指數", UP, 0.48, None, CLOSE),), id="index-after-adverb-and-verb-trad"),
    # 收平盘 with the price after it is a flat close
    P("晶技(3042)今天股價收平盤115.5元。", (("3042.TW", "flat", 0.0, None, None),), id="flat-close-with-its-price-trad"),
    # Hong Kong's 沪股 and 创业板 are index nicknames
    P("總結全星期，滬股累計跌約0.4%，深證成指跌逾0.7%，創業板跌1.4%。",
      (("滬股", DOWN, 0.4, ABOUT, None), ("深證成指", DOWN, 0.7, OVER, None), ("創業板", DOWN, 1.4, None, None)),
      id="shanghai-and-chinext-nicknames-trad"),
    # A fund named after what it tracks: the fund moves
    P("其中，生物科技指数ETF跌超0.9%，标普500 ETF涨约1.0%，大豆基金涨约0.8%。",
      (("生物科技指数ETF", DOWN, 0.9, OVER, None), ("标普500 ETF", UP, 1.0, ABOUT, None), ("大豆基金", UP, 0.8, ABOUT, None)),
      id="funds-named-after-what-they-track-simp"),
    P("新世界發展及新世界百貨復牌，分別跌約1.1%及持平。", (("0017.HK", DOWN, 1.1, ABOUT, None), ("0825.HK", "flat", 0.0, None, None)),
      id="new-world-department-store-trad"),
    # 半成: half of a tenth
    P("華潤萬象曾升近13%，半日升約半成。", (("1209.HK", UP, 13.0, NEARLY, None), ("1209.HK", UP, 5.0, ABOUT, None)),
      id="half-a-tenth-trad"),
    # A bare 指數 in a paragraph on the OTC market; sectors listed among others are no topic
    P("櫃買市場方面，短線除航運股逆勢上漲外，餘電子、生技、紡纖、化學等類股指數，悉數拉回。終場指數收跌0.86%，報214.57點。",
      (("櫃買市場", DOWN, 0.86, None, CLOSE),), id="otc-market-paragraph-trad"),
    # A group named before its listed company describes it
    P("中鋼集團中鋼構（2013）早盤衝上81.7元，再創歷史新高，但隨後與鋼鐵股同步走弱，目前股價跌逾7%。",
      (("2013.TW", DOWN, 7.0, OVER, INTRA),), id="group-before-its-company-trad"),
    # A market's nickname in the headline and its index in the body: one move
    P("日股低收0.6%　失守38000點\n\n日股再度回軟。\n日經指數收報37913點，跌229點，跌幅0.6%。\n日股本周跌2.7%。",
      (("日股", DOWN, 0.6, None, None), ("日股", DOWN, 2.7, None, None)), id="nickname-headline-and-index-body-trad"),
    # Stop 42. The headline's market (日股, 金價) and the body's (東京股市, 現貨金), same figure: one move
    P("日股跌近1.7%收市\n\n東京股市低收約1.7%。", (("日股", DOWN, 1.7, NEARLY, None),), id="japan-headline-tokyo-body-trad"),
    P("金價升約0.9%　連升4日\n\n現貨金連升4日，升幅約0.9%。", (("金價", UP, 0.9, ABOUT, None),), id="gold-headline-spot-gold-body-trad"),
    P("國際油價低收逾2%　全星期仍升逾1%\n\n國際期油價格跌逾2%，交易員憂慮有所紓緩。",
      (("國際油價", DOWN, 2.0, OVER, None), ("國際油價", UP, 1.0, OVER, None)), id="oil-headline-oil-futures-body-trad"),
    # A business figure's own news ends at 卻: the shares' fall after it is a move
    P("桂盟(5306)H1每股盈餘創高卻翻黑重挫超過8%。", (("5306.TW", DOWN, 8.0, OVER, None),), id="figure-news-then-but-the-shares-trad"),
    # ADR before a list of names: the US listings move; a list item with a code the lists lack
    P("晶圓雙雄ADR台積電、聯電分漲0.65%、2.53%。", (("TSM.US", UP, 0.65, None, None), ("UMC.US", UP, 2.53, None, None)),
      id="adr-before-a-list-trad"),
    P("瓦城(2729)、老四川(2741)、御頂(3522)齊揚逾4％。",
      (("2729.TW", UP, 4.0, OVER, None), ("2741.TW", UP, 4.0, OVER, None), ("3522.TW", UP, 4.0, OVER, None)),
      id="list-item-with-an-unknown-code-trad"),
    # An index name with its figure spaced off (羅素 2000)
    P("週二小型股羅素 2000 重挫 1.85％。", (("羅素 2000", DOWN, 1.85, None, None),), id="index-figure-spaced-off-trad"),
    # A business figure in a description before the name (…的大立光) does not make the move a business figure
    P("7月營收微溫的大立光(3008)收跌1.39%至2840元。", (("3008.TW", DOWN, 1.39, None, CLOSE),), id="revenue-in-a-description-trad"),
    # The press's short forms of Taiwan's sectors, each with its own figure in order
    P("類股方面，紡織、電纜、油電最為突出繳出2.22％、2.05％、1.85％的漲幅。",
      (("紡織", UP, 2.22, None, None), ("電纜", UP, 2.05, None, None), ("油電", UP, 1.85, None, None)), id="sector-short-forms-trad"),
    # The companies whose receipts moved, not the word for the receipts
    P("小米及騰訊的美國預託證券較本港收市跌近1%。", (("1810.HK", DOWN, 1.0, NEARLY, CLOSE), ("0700.HK", DOWN, 1.0, NEARLY, CLOSE)),
      id="depositary-receipts-trad"),
    # The others, counted and not named, hit the other limit (but a count that names them after 包括 does)
    P("上市、櫃股票合計宏洲、集盛、強新及新昕纖等17檔強勢漲停板，另有89檔跌停。",
      (("1413.TW", UP, None, None, None), ("1455.TW", UP, None, None, None), ("5013.TW", UP, None, None, None),
       ("4406.TW", UP, None, None, None)), id="others-counted-not-named-trad"),
    # A description ending in 的 leaves the name heading its clause
    P("而旺宏(2337)賣6吋廠予鴻海(2317)，外資續喊買的旺宏爆量一度創逾4個月高價，隨後紅翻黑，收跌3.19%。",
      (("2337.TW", DOWN, 3.19, None, CLOSE),), id="described-name-heads-its-clause-trad"),
    P("短線雖有生技、紡纖、電機、鋼鐵等族群力挺多方，使指數上檔承壓；終場指數報跌0.13%，為220.77點。",
      (("指數", DOWN, 0.13, None, CLOSE),), id="listed-sectors-are-no-topic-trad"),
    P("滙豐ADR跌近1%。騰訊、美團ADR跌近0.6%，友邦ADR跌約0.4%。",
      (("HSBC.US", DOWN, 1.0, NEARLY, None), ("0700.HK", DOWN, 0.6, NEARLY, None), ("3690.HK", DOWN, 0.6, NEARLY, None),
       ("1299.HK", DOWN, 0.4, ABOUT, None)), id="receipts-of-an-everyday-short-name-trad"),
    # A limit word inside a ranked list's first item is that item's only
    P("今日上櫃跌幅前10名依序為吞下第3根跌停的高端疫苗（6547）、佑華（8024）、長聖（6712）。",
      (("6547.TW", DOWN, None, None, None),), id="limit-inside-the-first-ranked-item-trad"),
    # 两只股份 stands for the two named before; a list's name runs on over 依序有
    P("新世界發展及新世界百貨中途停牌。兩隻股份午後急挫，停牌前分別跌約6%及近7%。",
      (("0017.HK", DOWN, 6.0, ABOUT, INTRA), ("0825.HK", DOWN, 7.0, ABOUT, INTRA)), id="the-two-stocks-trad"),
    # 不足 / 不到: just under the figure; 平开平收 closes unchanged
    P("日經指數收報39533點，升32點，升幅不足0.1%。", (("日經指數", UP, 0.1, NEARLY, CLOSE),), id="just-under-the-figure-trad"),
    P("首日掛牌的順豐控股(6936)平開平收於34.3元。", (("6936.HK", "flat", 0.0, None, CLOSE),), id="opens-and-closes-flat-trad"),
    # A kind of stock after the move, then the list of them
    P("其中志嘉（5529）漲幅逾9.33%。\n只是現下跌幅逾1%的營建股，包括長虹（5534）、皇鼎（5533）。",
      (("5529.TW", UP, 9.33, OVER, None), ("5534.TW", DOWN, 1.0, OVER, None), ("5533.TW", DOWN, 1.0, OVER, None)),
      id="kind-of-stock-then-its-list-trad"),
    # A benchmark's monthly contract keeps its benchmark
    P("WTI 3月原油期货收涨0.21美元，涨幅0.24%。布伦特3月原油期货涨幅0.77%。",
      (("WTI 3月原油期货", UP, 0.24, None, CLOSE), ("布伦特3月原油期货", UP, 0.77, None, None)), id="monthly-contract-of-a-benchmark-simp"),
    # …另还有X皆是涨停: the list before hit the limit too; 依序为为 (a wrap-up's typo) opens a list
    P("漲幅7％以上的有3檔，前2名有華上（6289）、中揚光（6668），另還有瑞利（1512）皆是漲停。",
      (("6289.TW", UP, None, None, None), ("6668.TW", UP, None, None, None), ("1512.TW", UP, None, None, None)),
      id="and-also-all-at-the-limit-trad"),
    P("跌幅前3名都跌停，依序為為淘帝-KY（2929）、精英（2331）、瑞軒（2489）。",
      (("2929.TW", DOWN, None, None, None), ("2331.TW", DOWN, None, None, None), ("2489.TW", DOWN, None, None, None)),
      id="doubled-wei-opens-the-list-trad"),
    P("漲幅達7％的有13檔，前3名都是漲停為依序為杏輝（1734）、元禎（1725）、海華（3694）。",
      (("1734.TW", UP, None, None, None), ("1725.TW", UP, None, None, None), ("3694.TW", UP, None, None, None)),
      id="wei-before-in-order-opens-the-list-trad"),
    # A country's stock market is a traded thing of its own
    P("巴西股市1月份上涨了7%，阿根廷股市上涨了8.9%，秘鲁股市上涨8.8%，智利股市上涨5.7%。",
      (("巴西股市", UP, 7.0, None, None), ("阿根廷股市", UP, 8.9, None, None), ("秘鲁股市", UP, 8.8, None, None),
       ("智利股市", UP, 5.7, None, None)), id="markets-of-latin-america-simp"),
    P("終場美股四大指數跌幅介於 - 0.71~-1.98%。蘋果 - 0.62%、台積電 ADR-3.07%。",
      (("AAPL.US", DOWN, 0.62, None, None), ("TSM.US", DOWN, 3.07, None, None)), id="spaced-sign-after-a-name-trad"),
    # A description with Latin words before the name after 的; the other market's side takes no name from before
    P("上市熱門標的包含群創 (3481-TW)、聯電 (2303-TW)，上櫃方面則有盤中漲幅 8% 以上，攻上漲停的 LED 驅動 IC 大廠聚積 (3527-TW)。",
      (("3527.TW", UP, None, None, None),), id="other-side-and-a-latin-description-trad"),
    P("澳元和新西蘭元急升，在紐約尾市分別升近0.8%及0.6%。", (("澳元", UP, 0.8, NEARLY, None), ("新西蘭元", UP, 0.6, NEARLY, None)),
      id="new-zealand-dollar-trad"),
    # A list's next item headed by a name no lexicon lists; not a verb or an adverb
    P("爱奇艺跌超9.9%，荔枝网跌超9.3%。玻璃涨超4%，甲醇涨超3%。",
      (("IQ.US", DOWN, 9.9, OVER, None), ("荔枝网", DOWN, 9.3, OVER, None), ("玻璃", UP, 4.0, OVER, None), ("甲醇", UP, 3.0, OVER, None)),
      id="unknown-name-heading-a-list-item-simp"),
    # A forecast word inside a listed name (未来 of 好未来) rejects no move; a four-character name may open with a verb
    P("网易(NTES.US)、好未来均跌超2.0%，达达跌超3.0%，充电怪兽跌6.2%。",
      (("NTES.US", DOWN, 2.0, OVER, None), ("TAL.US", DOWN, 2.0, OVER, None), ("DADA.US", DOWN, 3.0, OVER, None),
       ("充电怪兽", DOWN, 6.2, None, None)), id="forecast-word-inside-a-name-simp"),
    # A Hong Kong report reads a local stock's ADR against the local close: the Hong Kong listing
    P("港股美國預託證券普遍較本港收市下跌。友邦和滙控ADR較本港收市跌近2%。阿里巴巴及京東ADR較本港收市跌近3%至4%。",
      (("1299.HK", DOWN, 2.0, NEARLY, CLOSE), ("0005.HK", DOWN, 2.0, NEARLY, CLOSE), ("9988.HK", DOWN, 3.0, NEARLY, CLOSE),
       ("9988.HK", DOWN, 4.0, NEARLY, CLOSE), ("9618.HK", DOWN, 3.0, NEARLY, CLOSE), ("9618.HK", DOWN, 4.0, NEARLY, CLOSE)),
      id="adr-against-the-local-close-trad"),
    # …另計13檔跌停 counts other stocks; the list hit the up limit only
    P("上市、櫃股票合計展宇、和康生、美琪瑪、聚積等9檔強勢漲停板，另計13檔跌停。",
      (("1776.TW", UP, None, None, None), ("1783.TW", UP, None, None, None), ("4721.TW", UP, None, None, None),
       ("3527.TW", UP, None, None, None)), id="another-count-at-the-other-limit-trad"),
    # A business figure in the clause before and no parallel word: the shares' move
    P("劍麟(2228)：外資近期連續買超、5月營收年增70.38%，今早挾量大漲逾4.5%。", (("2228.TW", UP, 4.5, OVER, None),),
      id="revenue-then-the-shares-move-trad"),
    # 涨幅最大，分别达…: the biggest gainers, then their figures
    P("類股表現以電纜、航運類股漲幅最大，分別達3.61％及3.54％。", (("電纜", UP, 3.61, None, None), ("航運類股", UP, 3.54, None, None)),
      id="biggest-gains-then-their-figures-trad"),
    # 涨停个股还有…: more stocks at the limit, not the threshold's
    P("上櫃有16檔9％以上漲幅，漲幅前10名都是漲停，包括天揚 (5345)、佑華 (8024)，漲停個股還有德微 (3675)、矽瑪 (3511)，共計14檔。",
      (("5345.TW", UP, None, None, None), ("8024.TW", UP, None, None, None), ("3675.TW", UP, None, None, None),
       ("3511.TW", UP, None, None, None)), id="more-stocks-at-the-limit-trad"),
    # a price-hike theme is no price of goods: the ADR's move is the company's
    P("聯電(2303)：漲價題材吸引昨三大法人聯手買超，加上昨夜ADR強漲5.43%，盤初見到62.7元。", (("UMC.US", UP, 5.43, None, None),),
      id="price-hike-theme-then-the-adr-trad"),
    # a forecast of a business figure, then the shares' falls (not the figure's)
    P("高價IC設計的聯詠(3034-TW)、天鈺(4961-TW)預估第三季單季EPS 10元以上，但高點以來分別下跌36％、49％。",
      (("3034.TW", DOWN, 36.0, None, None), ("4961.TW", DOWN, 49.0, None, None)), id="forecast-then-the-shares-falls-trad"),
    # 强攻 (a strong rise); the sector index 百货贸易类指 is the subject of its own move, not the stocks it lifts
    P("百貨貿易類股今日在潤泰全(2915)一度強攻逾8%帶隊下，引領統領(2910)、農林(2913)等連袂揚升，拉抬百貨貿易類指一度漲逾1%。",
      (("2915.TW", UP, 8.0, "over", INTRA), ("百貨貿易類指", UP, 1.0, "over", INTRA)), id="strong-rise-and-a-sector-index-trad"),
    # 恒指科技 is the Hang Seng Tech index
    P("港股失守2萬點　恒指科技跌逾2%", (("恒指科技", DOWN, 2.0, "over", None),), id="hang-seng-tech-short-form-trad"),
    # 唯一 (the only one) between a bare sector and its move
    P("類股方面，金融、電子分別收漲1.49%、1.4%，百貨唯一收黑跌0.91%。",
      (("金融", UP, 1.49, None, CLOSE), ("電子", UP, 1.4, None, CLOSE), ("百貨", DOWN, 0.91, None, CLOSE)), id="the-only-sector-down-trad"),
    # A Taiwan company's convertible bond, numbered after its short name, moves on its own
    P("威剛(3260)最近六個營業日累積漲幅達20%。威剛七最近六個營業日(含當日)累積之最後成交價漲幅達28.76%。台積電一度大漲5%。",
      (("3260.TW", UP, 20.0, None, None), ("威剛七", UP, 28.76, None, None), ("2330.TW", UP, 5.0, None, INTRA)),
      id="convertible-bond-after-its-stock-trad"),
    # 同 is Cantonese "and": one move per subject joined by it
    P("公用股表現較好，煤氣同電能實業升1%。", (("0003.HK", UP, 1.0, None, None), ("0006.HK", UP, 1.0, None, None)),
      id="cantonese-and-joins-subjects-trad"),
    # 等 14 檔 IC 設計族群: a count of the listed stocks, described by their sector, is no sector
    P("其他包括敦泰 (3545-TW)、研通 (6229-TW)等 14 檔 IC 設計族群也同步打入跌停。",
      (("3545.TW", DOWN, None, None, None), ("6229.TW", DOWN, None, None, None)), id="count-of-stocks-in-a-sector-trad"),
    # Sectors listed before a shared 類股 (零組件 among them), and 獨秀 between a figure's noun and 達
    P("類股表現以百貨類股漲幅獨秀達1.67％，而電機、零組件及橡膠類股都有逾2％的跌幅。",
      (("百貨類股", UP, 1.67, None, None), ("電機", DOWN, 2.0, "over", None), ("零組件", DOWN, 2.0, "over", None),
       ("橡膠類股", DOWN, 2.0, "over", None)), id="sectors-sharing-a-suffix-trad"),
    # A petrochemical's price
    P("原料乙烯近1月雖然也大漲18%、但近1季來看卻下滑8%。", (("乙烯", UP, 18.0, None, None), ("乙烯", DOWN, 8.0, None, None)),
      id="ethylene-trad"),
    # A kind of stock opening one item of a list (、上櫃鋼鐵股的晉椿) does not end the list
    P("鋼鐵股走強，包括中鴻（2014）、新鋼（2032）、上櫃鋼鐵股的晉椿（2064）等，盤中一度亮燈漲停。",
      (("2014.TW", UP, None, None, INTRA), ("2032.TW", UP, None, None, INTRA), ("2064.TW", UP, None, None, INTRA)),
      id="kind-of-stock-inside-a-list-trad"),
    # 漲停，另有…: the stocks after 另有 ranked high without reaching the limit
    P("前10名有耀登（3138）、億麗（2443）等為漲停，另有信邦（3023）、昶和（1468）。",
      (("3138.TW", UP, None, None, None), ("2443.TW", UP, None, None, None)), id="others-after-the-limit-list-trad"),
    # A sector after 接著為 (著 stays 著 in Simplified): the sector, not the one before it
    P("航運收跌3.11%居次，接著為玻璃收跌2.65%。", (("航運", DOWN, 3.11, None, CLOSE), ("玻璃", DOWN, 2.65, None, CLOSE)),
      id="sector-after-next-comes-trad"),
    # Two markets sharing one 股市: the first is named by its place alone
    P("另外，意大利及西班牙股市高收1.2%。", (("意大利", UP, 1.2, None, None), ("西班牙股市", UP, 1.2, None, None)),
      id="two-markets-share-one-suffix-trad"),
    # Prices listed in the subjects' order, each with its move: the k-th move is the k-th stock's
    P("陽明、南亞科、鴻海股價走跌，目前報價為 126.5元(跌2.69%)、69.1元(跌2.54%)、106.5元(跌1.84%)。",
      (("2609.TW", DOWN, 2.69, None, None), ("2408.TW", DOWN, 2.54, None, None), ("2317.TW", DOWN, 1.84, None, None)),
      id="prices-in-the-subjects-order-trad"),
    # 連袂 (together) heads the clause but names nothing: the stocks listed before it moved
    P("麗嬰房漲停；淘帝、東凌也獲得資金追捧，連袂亮燈漲停。",
      (("2911.TW", UP, None, None, None), ("2929.TW", UP, None, None, None), ("2924.TW", UP, None, None, None)),
      id="together-is-no-subject-trad"),
    # A benchmark and its contract month before 期油/期金: the contract moved
    P("紐約11月期油收市報每桶69.22美元，跌1.45美元，跌幅2.05%。", (("紐約11月期油", DOWN, 2.05, None, CLOSE),),
      id="benchmark-month-then-futures-trad"),
    # 股價維持平盤 / 收於平盤價: closed unchanged
    P("瑞耘(6532)今天股價維持平盤，收41.6元。", (("6532.TW", "flat", 0.0, None, None),), id="price-held-at-the-flat-line-trad"),
    P("鴻海(2317)開低走低，亦收於平盤價112元。", (("2317.TW", "flat", 0.0, None, None),), id="closed-at-the-flat-price-trad"),
    # An amount, then 或 or 、 and the percent
    P("聯發科(2454)收跌23元或2.52%，報888元。", (("2454.TW", DOWN, 2.52, None, CLOSE),), id="amount-or-percent-trad"),
    P("臺企銀(2834)整周股價跌0.29元、-2.98％。", (("2834.TW", DOWN, 2.98, None, None),), id="amount-then-signed-percent-trad"),
    # 主要是 (mainly) holds 要是 but makes no condition
    P("台股再現跌勢，主要是台積電(2330)下跌2.61％。", (("2330.TW", DOWN, 2.61, None, None),), id="mainly-is-no-if-trad"),
    # A sentence opening with the close in points goes on about the index named before it
    P("港股回吐，恒生指數今早曾跌逾270點，低見19591點。中午收市報19666點，跌198點，跌幅1%。",
      (("恒生指數", DOWN, 1.0, None, CLOSE),), id="close-in-points-opens-the-sentence-trad"),
    # The headline's shortened name (科指) and the body's (科技指數): one move
    P("恒指半日跌353點　科指跌逾2%\n\n港股跌幅擴大，半日收市報20073點。\n科技指數跌逾2%，報4547點。",
      (("科指", DOWN, 2.0, OVER, None),), id="headline-short-name-and-body-name-trad"),
    # 恒生 listed beside other stocks is Hang Seng Bank
    P("金融股向下，滙控、友邦、恒生跌近1%。",
      (("0005.HK", DOWN, 1.0, NEARLY, None), ("1299.HK", DOWN, 1.0, NEARLY, None), ("0011.HK", DOWN, 1.0, NEARLY, None)),
      id="hang-seng-bank-in-a-list-trad"),
    # The market a stock follows (跟隨台股) is no mover: the stock named before moved
    P("威強電股價站穩填息路緩步前行，今（3）日跟隨台股開高上漲2.28％至47.1元。", (("3022.TW", UP, 2.28, None, None),),
      id="following-the-market-is-no-subject-trad"),
    # The currency after 兌 is what the one named before is priced in; a trading place and its
    # session (紐約尾市) opening a sentence go on about the same subject
    P("韓元大幅波動，兌美元曾跌2.8%，創逾兩年新低。紐約尾市跌幅收窄至約1%。",
      (("韓元", DOWN, 2.8, None, None), ("韓元", DOWN, 1.0, ABOUT, None)), id="won-against-the-dollar-then-new-york-close-trad"),
    # The shares named after the index, with 股價 after them, moved (連帶順達…股價…上漲)
    P("大盤再度跌逾百點，連帶順達（3211）早盤走勢盤下震盪，股價回測90元關卡，尾盤過後買盤逢低介入，帶動黑翻紅，終場上漲3.6元或3.92%。",
      (("3211.TW", UP, 3.92, None, CLOSE),), id="shares-named-after-the-index-trad"),
    # guard (passes before and after): 該股 before the names belongs to neither, the index moved
    P("該股所屬的東財一級行業分類為信息技術，行業指數最新收盤價為3614.13點，近三個月來上漲15.08%。",
      (("行業指數", UP, 15.08, None, CLOSE),), id="the-stocks-sector-index-trad"),
    # Two places before one traded thing, one figure each (英美期油分別累跌近4%和逾3%): a move per figure
    P("紐約期油報每桶69.49美元，升幅0.3%。\n英美期油本周分別累跌近4%和逾3%。",
      (("紐約期油", UP, 0.3, None, None), ("英美期油", DOWN, 4.0, NEARLY, None), ("英美期油", DOWN, 3.0, NEARLY, None)),
      id="two-places-one-contract-each-trad"),
    # A bare 指數 is the paragraph's index, but not one named as a cause (激勵…美股道瓊指數上漲)
    P("激勵週四美股道瓊指數上漲，週五台股開高走高震盪，終場指數上漲 269.25 點，漲幅 1.62%。",
      (("台股", UP, 1.62, None, CLOSE),), id="bare-index-skips-a-cause-trad"),
    # Mainland futures by their exchange short names, one move per contract in each list
    P("国内商品期货多数收涨，不锈钢涨超6%，苹果、菜粕涨超3%，沪铜、铁矿、棕榈涨超1%。苯乙烯、20号胶跌超1%。",
      (("不锈钢", UP, 6.0, OVER, None), ("苹果", UP, 3.0, OVER, None), ("菜粕", UP, 3.0, OVER, None),
       ("沪铜", UP, 1.0, OVER, None), ("铁矿", UP, 1.0, OVER, None), ("棕榈", UP, 1.0, OVER, None),
       ("苯乙烯", DOWN, 1.0, OVER, None), ("20号胶", DOWN, 1.0, OVER, None)), id="mainland-futures-short-names-simp"),
    # ，以及 goes on with a list of subjects
    P("另外，鐵礦砂與焦煤，以及螺紋鋼筋等鋼鐵產品，價格都大跌逾5%。",
      (("鐵礦砂", DOWN, 5.0, OVER, None), ("焦煤", DOWN, 5.0, OVER, None), ("螺紋鋼筋", DOWN, 5.0, OVER, None)),
      id="list-goes-on-after-comma-yiji-trad"),
    # An index named with MSCI's All Country letters and a space
    P("MSCI AC 亚太指数下跌1.4%。", (("MSCI AC 亚太指数", DOWN, 1.4, None, None),), id="msci-all-country-index-simp"),
    # Treasury futures by tenor (30年國債期貨, 10年期國債期貨)
    P("至於中國金融期貨交易所30年國債期貨主力合約上升1.37%；10年期國債期貨主力合約升約0.7%。",
      (("30年國債期貨", UP, 1.37, None, None), ("10年期國債期貨", UP, 0.7, ABOUT, None)), id="treasury-futures-by-tenor-trad"),
    # A currency pair written with a slash
    P("首尔时间9：00开盘时，美元/韩元上涨0.2%至1204.85。", (("美元/韩元", UP, 0.2, None, None),), id="currency-pair-with-a-slash-simp"),
    # The index a stock is measured against (相對大盤走弱) is not what moved
    P("義隆(2458)今股價反應第三季無驚喜下，相對大盤走弱，一度下挫逾3.8%。", (("2458.TW", DOWN, 3.8, OVER, INTRA),), id="weaker-than-the-index-trad"),
    # Stocks leading or lifting their group: the figure is the group's (領銜的電纜, 推升類指)
    P("榮星(1617)、華新(1605)領銜的電纜收漲2.21%。", (("電纜", UP, 2.21, None, CLOSE),), id="stocks-lead-their-sector-trad"),
    P("台玻(1802)、冠軍(1806)全數鎖在漲停，推升類指大漲9.8%。",
      (("1802.TW", UP, None, None, None), ("1806.TW", UP, None, None, None), ("類指", UP, 9.8, None, None)), id="limit-ups-lift-the-sector-index-trad"),
    # guard: 帶動 + a session and the shares is the stock's own move
    P("億泰(1616)：國際鎳價漲，帶動早盤漲逾7%。", (("1616.TW", UP, 7.0, OVER, INTRA),), id="lifts-its-own-shares-trad"),
    # A share price after the figure (勁揚2.71%至22.75元) points back to the stock the paragraph opened with
    P("致和證(5864)股東會通過配息0.6元，6月9日除權息交易。雖然初期走低，今（6）日開高後量增勁揚2.71％至22.75元，終場小漲0.68％、收於22.3元。",
      (("5864.TW", UP, 2.71, None, None), ("5864.TW", UP, 0.68, None, CLOSE)), id="share-price-points-back-to-the-stock-trad"),
    # What the company is, before its name at the head of the sentence (音響設備廠美隆電): it stays the topic the shares belong to
    P("音響設備廠美隆電 (2477-TW) 拿下今年小米新一代智慧音箱高階機種訂單，營運將優於去年，激勵本周股價走揚，周五強勢收漲停價 35.5 元，周漲幅約 17%。",
      (("2477.TW", UP, None, None, CLOSE), ("2477.TW", UP, 17.0, ABOUT, CLOSE)), id="described-company-keeps-the-topic-trad"),
    # 國際 before a traded thing is part of its name (國際期油, 國際油價); the headline's oil price
    # and the body's oil futures, same figure, are one move (stop 42)
    P("國際油價升近1%　因石油生產商削減產量\n\n國際期油價格升近1%，因石油生產商削減產量。",
      (("國際油價", UP, 1.0, NEARLY, None),), id="world-oil-price-trad"),
    P("國際期油價格升近1%，因石油生產商削減產量。", (("國際期油", UP, 1.0, NEARLY, None),), id="world-oil-futures-trad"),
    # 漲勢 after a figure is a gain (早盤維持約2.5％漲勢); 是 may stand between the noun and its figure (升幅亦是3.2%)
    P("南電今日開高，早盤維持約2.5％漲勢，表現優於大盤。", (("8046.TW", UP, 2.5, ABOUT, INTRA),), id="gain-as-a-noun-after-the-figure-trad"),
    P("倫敦布蘭特期油收報每桶73.3美元，升2.26美元，升幅3.2%。\n紐約期油收報每桶69.16美元，升2.14美元，升幅亦是3.2%。",
      (("倫敦布蘭特期油", UP, 3.2, None, CLOSE), ("紐約期油", UP, 3.2, None, CLOSE)), id="gain-is-also-trad"),
    # A move in brackets right after the last item of a list is that item's alone
    P("IC設計概念股：聯陽 (3014-TW)、聯詠 (3034-TW)、旺玖 (6233-TW)、鈺太 (盤中漲停) 都可留意。",
      (("6679.TW", UP, None, None, INTRA),), id="bracketed-move-of-the-last-item-trad"),
    # guard (passes before and after): 均 in the brackets makes it all of them
    P("概念股聯陽、聯詠、鈺太(均漲停)。", (("3014.TW", UP, None, None, None), ("3034.TW", UP, None, None, None), ("6679.TW", UP, None, None, None)),
      id="bracketed-move-of-all-items-trad"),
    # A broker's report pointing at a stock (摩根士丹利最新報告卻直指台積電…) is a view: the stock moves
    P("摩根士丹利最新報告卻直指台積電最快第四季就將發生砍單問題，股價15日湧現棄息賣壓，終場小跌0.98%。",
      (("2330.TW", DOWN, 0.98, None, CLOSE),), id="broker-report-points-at-a-stock-trad"),
    # guard (passes before and after): 住宅 (homes) in a builder's line is no price index
    P("基泰(2538)：商用、住宅並進為業績加溫，外資偏多，早盤跳空急攻漲停。", (("2538.TW", UP, None, None, INTRA),),
      id="builder-homes-and-limit-up-trad"),
    # OEM before 廠 is a kind of maker, not the name of what moved: the stock the sentence is about
    P("5351 鈺創傳出接獲國際 OEM 廠訂單，股價亦同樣上漲停。", (("5351.TW", UP, None, None, None),), id="oem-is-a-kind-of-maker-trad"),
    # Items of a list of codes and names may each open with their sector (口罩 1732 毛寶): one list
    P("防疫概念股包括口罩 1732 毛寶、清潔用品 9919 康那香、1325 恆大、疫苗 4142 國光生等週一攻漲停。",
      (("1732.TW", UP, None, None, None), ("9919.TW", UP, None, None, None), ("1325.TW", UP, None, None, None),
       ("4142.TW", UP, None, None, None)), id="sector-labels-inside-a-code-list-trad"),
    # 還有 opening more stocks is no upside left: the stocks listed after it moved
    P("鋼鐵股下跌2.4%，還有春源(2010)、燁輝(2023)、中鴻(2014)等也均跌逾3%。",
      (("鋼鐵股", DOWN, 2.4, None, None), ("2010.TW", DOWN, 3.0, OVER, None), ("2023.TW", DOWN, 3.0, OVER, None),
       ("2014.TW", DOWN, 3.0, OVER, None)), id="more-stocks-after-haiyou-trad"),
    # 、或 between a price change in dollars and its percent (大漲14元、或2.54％)
    P("權值股台積電（2330）大漲14元、或2.54％，市值大增。", (("2330.TW", UP, 2.54, None, None),), id="dollars-comma-or-percent-trad"),
    # 對 between two currencies makes a pair, as 兌 does: the second is the unit, not a subject
    P("今年以來人民幣對美元的即期匯率總體小幅貶值0.3%左右。", (("人民幣對美元", DOWN, 0.3, "about", None),), id="currency-pair-with-dui-trad"),
    P("今年以来人民币对美元的即期汇率总体小幅贬值0.3%左右。", (("人民币对美元", DOWN, 0.3, "about", None),), id="currency-pair-with-dui-simp"),
    # 多隻內銀股: unnamed stocks open their own clause; their move is none of the stocks named before
    P("中國平安(2318)及中人壽(2628)分別升逾3%及逾4%，多隻內銀股亦升逾1%。",
      (("2318.HK", UP, 3.0, OVER, None), ("2628.HK", UP, 4.0, OVER, None)), id="many-unnamed-stocks-trad"),
    # 共有3檔股票…累計漲幅超過100%，分別是：…: each stock listed passed the threshold
    P("共有 2 檔股票 1 ~ 8 月累計漲幅超過 100%，分別是：喬山(1736)、鈊象(3293)。",
      (("1736.TW", UP, 100.0, OVER, None), ("3293.TW", UP, 100.0, OVER, None)), id="counted-stocks-then-their-names-trad"),
    # …等多檔個股: the stocks just named, counted again (guard for the row above)
    P("王品(2727)、雄獅(2731)、新天地(8940)等多檔個股跌幅皆超過2%。",
      (("2727.TW", DOWN, 2.0, OVER, None), ("2731.TW", DOWN, 2.0, OVER, None), ("8940.TW", DOWN, 2.0, OVER, None)), id="named-stocks-counted-again-trad"),
    # A broker whose analyst speaks (萬寶投顧陳子榕指出) is a source, not what moved
    P("萬寶投顧陳子榕指出，這一波台股從 18,034 點拉回至今，總共拉回 9.2%。", (("台股", DOWN, 9.2, None, None),), id="broker-and-analyst-speak-trad"),
    # 3個主要指數: indices counted, not named; their move is none of the stock's before
    P("Roku(ROKU.US)收市升逾11%。\n總結全星期3個主要指數都升約1%。", (("ROKU.US", UP, 11.0, OVER, CLOSE),), id="counted-indices-trad"),
    # 尤其 (above all) opens no index's name
    P("台股今日重挫，尤其航運指數狂瀉近8％。", (("航運指數", DOWN, 8.0, NEARLY, None),), id="above-all-opens-no-index-trad"),
    # A list item named in camel case with a small first letter (fuboTV) is a name too
    P("迪士尼(DIS.US)跌4.3%，fuboTV跌3.6%。", (("DIS.US", DOWN, 4.3, None, None), ("fuboTV", DOWN, 3.6, None, None)), id="camel-case-list-item"),
    # 京東 before 升幅 is the name (東升 is a word, but not here): the member named moves, not the group
    P("ATMXJ的ADR上升，其中京東升幅逾4%。", (("9618.HK", UP, 4.0, OVER, None),), id="group-nickname-then-a-member-trad"),
    # What a stock leads (領漲工業電腦族群) is the object of its clause, not the subject of the next
    P("不過，鴻翊(3521)今日持續量增勁揚，領漲工業電腦族群，終場飆漲8.57％。", (("3521.TW", UP, 8.57, None, CLOSE),), id="leads-its-group-trad"),
    # A name that ends inside the verb (中國恆大 + 大漲) keeps its last character; the verb is 漲
    P("地產股普漲，融創中國漲超10%，中國恆大漲超5%。", (("1918.HK", UP, 10.0, OVER, None), ("3333.HK", UP, 5.0, OVER, None)), id="name-ending-inside-the-verb-trad"),
    # 帶動 opens no name in a list of moves: the item's head moved, lifted by the stock before
    P("華邦電(2344)：昨夜美光股價大漲2.39%，帶動今早彈升逾4%。", (("2344.TW", UP, 4.0, OVER, None), ("MU.US", UP, 2.39, None, None)), id="lifted-by-opens-no-name-trad"),
    P("华邦电(2344)：昨夜美光股价大涨2.39%，带动今早弹升逾4%。", (("2344.TW", UP, 4.0, OVER, None), ("MU.US", UP, 2.39, None, None)), id="lifted-by-opens-no-name-simp"),
    P("美國科技股重挫，台積電美國存託憑證（ADR）下挫2.6%。", (("TSM.US", DOWN, 2.6, None, None),), id="depositary-receipt-moves-trad"),
    # A four-digit code glued to a Latin name (6643M31) is the stock that moved
    P("二、6643M31最近六個營業日累積之最後成交價漲幅達41.2%。", (("6643.TW", UP, 41.2, None, None),), id="code-glued-to-a-latin-name-moves-trad"),
    # 今年來 (since the start of the year) opens no name; a Latin index name spaced from 指數 keeps it
    P("今年來倫敦銅期貨上漲18%，高於 CRB 指數 9%的漲幅。", (("倫敦銅期貨", UP, 18.0, None, None), ("CRB 指數", UP, 9.0, None, None)),
      id="since-this-year-and-a-spaced-index-trad"),
    # An index name spaced off its number (富时 100); 小于 (under) hedges like 不足
    P("英国富时 100指数收市下跌0.2%，MSCI亚太指数上涨小于0.1%。",
      (("英国富时 100指数", DOWN, 0.2, None, "close"), ("MSCI亚太指数", UP, 0.1, "nearly", None)), id="spaced-index-number-and-under-simp"),
    # A bare 指數 before the session word, after a list of sectors: the market the paragraph opened with
    P("台股今日反彈，航運、鋼鐵等族群全面上攻，指數終場大漲210點或1.3%。", (("台股", UP, 1.3, None, "close"),), id="bare-index-after-sectors-trad"),
    # 帶動的百貨類股: the particle after the driver opens no sector
    P("盤後統計，類股表現以富邦媒帶動的百貨類股漲幅最大，達1.5％。", (("百貨類股", UP, 1.5, None, None),), id="particle-before-a-driven-sector-trad"),
    # 波羅的海 holds 的: the index's full name from the lexicon, not its tail
    P("BDI（波羅的海乾散貨綜合指數）昨日終場上漲1.95%。", (("波羅的海乾散貨綜合指數", UP, 1.95, None, "close"),), id="baltic-index-full-name-trad"),
    # 意即這段期間 (that is, over this period) opens no index name: the bare 指數 is the paragraph's
    P("融資連續增加，台股指數則上漲77點，意即這段期間指數上漲0.66％。", (("台股指數", UP, 0.66, None, None),), id="that-is-over-this-period-trad"),
    # 股指 (a stock index) after a provider's name: the index moved, not the provider's shares
    P("MSCI亚太股指今日盘中一度下跌2.6%。", (("MSCI亚太股指", DOWN, 2.6, None, "intraday"),), id="provider-stock-index-simp"),
    # An ETF named by its sector (公用事业ETF): the fund moved, not the sector
    P("美股收盘，公用事业ETF涨1.5%，全球航空业ETF则跌0.5%。", (("公用事业ETF", UP, 1.5, None, None), ("全球航空业ETF", DOWN, 0.5, None, None)), id="sector-etfs-simp"),
    # Stop 39. A day before a name still leaves it heading its clause: 周五台積電(2330) is the
    # subject of its own close, not the ADR named in the clause before
    P("晶圓雙雄ADR台積電、聯電分漲0.7%、2.4%，日月光ADR也漲3.1%，周五台積電(2330)開低在600元後平盤震盪，十點半左右翻紅高達610元，終場收漲0.5%。",
      (("TSM.US", UP, 0.7, None, None), ("UMC.US", UP, 2.4, None, None), ("ASX.US", UP, 3.1, None, None),
       ("2330.TW", UP, 0.5, None, CLOSE)), id="day-before-a-name-heading-its-clause-trad"),
    # 股價 in a new paragraph is the stock's, not the researcher's that gave a forecast before it
    P("研調機構IDC預估今年筆電出貨將大減4%，因此宏碁(2353)自高點以來修正逾三成，目前已失守年線。\n\n去年遠距需求暢旺時，股價曾一度大漲8%，如今回落。",
      (("2353.TW", DOWN, 30.0, OVER, None), ("2353.TW", UP, 8.0, None, INTRA)), id="shares-skip-a-source-giving-a-view-trad"),
    # 僅 before a bare sector: the sector moved, not the sectors listed in the clause before
    P("觀光、電腦周邊也翻紅收漲，僅資訊服務收跌0.08%。", (("資訊服務", DOWN, 0.08, None, CLOSE),), id="only-before-a-bare-sector-trad"),
    # A list written code first: the stock heading the clause, not the customer named after it
    P("3529 力旺的矽智財亦打進 2330 台積電先進製程供應鏈，周二股價攻上漲停。", (("3529.TW", UP, None, None, None),),
      id="code-first-name-heading-its-clause-trad"),
    # A sentence opening with a period's move in points is the index named before
    P("台股今日收漲12.5點、報17600點。本周下跌300點或1.7%，周K翻黑。", (("台股", DOWN, 1.7, None, CLOSE),),
      id="period-move-in-points-after-the-index-trad"),
    # A Taiwan warrant's move is its code's
    P("臺灣證券交易所公告注意交易資訊：長榮元大12購02(089362)認購權證最近六個營業日累積收盤價跌幅達31.2%。",
      (("089362.TW", DOWN, 31.2, None, CLOSE),), id="taiwan-warrant-move-trad"),
    # Stocks counted before a daily limit and listed after 包括 later in the sentence
    P("航運股今天多達 3 檔個股亮漲停紅燈，主要以散裝股為主，包括四維航 (5608-TW)、志信 (2611-TW)、中櫃 (2613-TW) 等。",
      (("5608.TW", UP, None, None, None), ("2611.TW", UP, None, None, None), ("2613.TW", UP, None, None, None)),
      id="counted-limit-then-its-list-trad"),
    # Sectors written back to back share 分別 and take one figure each; a sector after 的
    P("電腦周邊、觀光也守住紅盤；金融鋼鐵分別收跌0.23%、0.28%。",
      (("金融", DOWN, 0.23, None, CLOSE), ("鋼鐵", DOWN, 0.28, None, CLOSE)), id="sectors-back-to-back-trad"),
    P("收盤時僅油電燃氣收黑，大航海的航運股大漲7.58%穩軍心。", (("航運股", UP, 7.58, None, None),), id="sector-after-de-trad"),
    # The market in a circumstance (在…下) is no subject, nor an index whose figure reaches a price in money
    P("同欣電股價近期高檔震盪，今日在大盤重挫下利多出盡，開低後一路重挫8.1％至232.5元。", (("6271.TW", DOWN, 8.1, None, None),),
      id="price-in-money-is-a-stocks-trad"),
    P("矽格股價9日觸及新高後漲多拉回，今日在台股續跌下持續開低下挫3.99％至60.1元。", (("6257.TW", DOWN, 3.99, None, None),),
      id="market-in-a-setting-trad"),
    # The exchange a company lists on (於那斯達克上市) is not what moved
    P("美國電動車新創 Lucid Group (LCID-US) 周一正式於那斯達克上市，掛牌首日大漲逾 10%。", (("LCID.US", UP, 10.0, OVER, None),),
      id="exchange-listed-on-is-no-subject-trad"),
    # Figures listed with one percent sign after the last (stop 40)
    P("電子、半導體開高後溜滑梯式收小跌，分別下跌0.21、0.41%。", (("電子", DOWN, 0.21, None, None), ("半導體", DOWN, 0.41, None, None)), id="shared-percent-sign-respectively-trad"),
    P("鋼鐵、金融下挫1.55、2.46%，航運類指跌6.85%最殺。", (("鋼鐵", DOWN, 1.55, None, None), ("金融", DOWN, 2.46, None, None), ("航運類指", DOWN, 6.85, None, None)), id="shared-percent-sign-no-respectively-trad"),
    P("台积电、联电、鸿海分别上涨1.1、2.2、3.3%。", (("2330.TW", UP, 1.1, None, None), ("2303.TW", UP, 2.2, None, None), ("2317.TW", UP, 3.3, None, None)), id="shared-percent-sign-three-simp"),
    P("類股表現以玻璃、航運類股波動最大，分別下挫7.65、5.07％。", (("玻璃", DOWN, 7.65, None, None), ("航運類股", DOWN, 5.07, None, None)), id="shared-percent-sign-shared-suffix-trad"),
    # 类股指数 with no sector before it: the sector its sentence named
    P("陽明（2609）更遭賣壓摜低至跌停板，拉低航運股整體氣勢，類股指數下跌超過4%。", (("2609.TW", DOWN, None, None, None), ("航運股", DOWN, 4.0, OVER, None)), id="bare-sector-index-is-the-sector-named-trad"),
    # A company described by its kind (…大廠 Skyworks) is what the clause is about, not the customer heading it
    P("蘋果手機 PA 供應商國際射頻元件大廠 Skyworks 本季財測不佳，上週五股價大跌 8％。", (("SWKS.US", DOWN, 8.0, None, None),), id="company-after-its-kind-not-the-customer-trad"),
    # An exchange is where contracts trade, never what moved
    P("郑商所、大商所夜盘收盘，互有涨跌，EB、EG等跌超2%，焦炭、PP等跌逾1%。", (("焦炭", DOWN, 1.0, OVER, None),), id="exchange-is-no-subject-simp"),
    # 指數 opening the clause before the move is the market's index named last, not the sectors listed before it (stop 40)
    P("台股周四開漲58.32點。鋼鐵、金融也回穩，帶動指數上攻力道，傳產尾盤跌幅收斂，指數收在當日最高，終場收漲1.14%或193點。", (("台股", UP, 1.14, None, CLOSE),), id="bare-index-clause-is-the-market-not-the-sectors-trad"),
    # …and so is 台股 when it is the only index named: a market, one character before 股, is no sector
    P("台股周四開漲58點。鋼鐵、金融也回穩，指數收在當日最高，終場收漲1.14%。", (("台股", UP, 1.14, None, CLOSE),), id="bare-index-clause-is-the-market-named-before-trad"),
    # Stocks left unnamed before the limit, then named after 包括: the names hit it (stop 40 review)
    P("航運股今日走強，多檔個股亮燈漲停，包括四維航（5608）、中櫃（2613）。", (("5608.TW", UP, None, None, None), ("2613.TW", UP, None, None, None)), id="many-stocks-at-limit-then-named-trad"),
    # Stop 43. 修正 (a correction) is Taiwan's word for a fall
    P("敦泰股價這一波修正40%左右，今天止跌。", (("3545.TW", DOWN, 40.0, ABOUT, None),), id="correction-is-a-fall-trad"),
    # 以X來說 (as for X) makes X the topic: its 股價, not the product named after it
    P("以敦泰(3545)來說，主力產品 IDC 本季再漲價一成，股價就較有保障；這一波股價修正 37% 左右。",
      (("3545.TW", DOWN, 37.0, ABOUT, None),), id="as-for-the-stock-then-its-price-trad"),
    # Letters in brackets gloss the name before them: one subject (guard, passes before and after: 原油 in
    # 西德州中質原油(WTI) is a name's tail, and WTI stays the subject)
    P("反映本港二手樓價走勢的中原城市領先指數(CCL)最新報138.8，按星期升0.17%。", (("中原城市領先指數", UP, 0.17, None, None),),
      id="bracketed-letters-gloss-the-index-trad"),
    P("美國西德州中質原油(WTI)上漲9.05%。", (("WTI", UP, 9.05, None, None),), id="gloss-after-a-names-tail-trad"),
    # What a stock is compared with (表現優於) is no part of the index's name
    P("大真空今年迄今累計大漲約28%，表現優於東證一部指數同期間的上揚約1%。", (("東證一部指數", UP, 1.0, ABOUT, None),),
      id="compared-with-an-index-trad"),
    # Dalian's fibreboard futures by their short name; the Baltic Capesize index by name
    P("苯乙烯、纤板跌超1%。", (("苯乙烯", DOWN, 1.0, OVER, None), ("纤板", DOWN, 1.0, OVER, None)), id="fibreboard-futures-simp"),
    P("波羅的海海峽型指數 (BCI) 月漲幅達 70%。", (("波羅的海海峽型指數", UP, 70.0, None, None),), id="baltic-capesize-index-trad"),
    # Stop 43, second round. 擴大 between the fall and its figure; 則是 heads no name
    P("三大指数集体低开，随后持续走低，创业板指大幅下挫，盘中跌幅扩大超4%，沪指跟随走弱。", (("创业板指", DOWN, 4.0, OVER, INTRA),),
      id="fall-widens-past-a-figure-simp"),
    P("富邦媒也大漲7.12％，股價連三紅；興櫃第三方支付綠界科技，則是勁揚2.82％，生技、電商等防疫概念股「竄出頭」。",
      (("8454.TW", UP, 7.12, None, None), ("6763.TW", UP, 2.82, None, None)), id="then-is-no-name-trad"),
    # Stop 44. A nickname (股后) opens a list item; a board and kind (上櫃生醫股) opens the next item
    P("股王矽力-KY(6415)、股后大立光(3008)開低後回神，分別收漲0.14%至3490元、3.34%至2785元。",
      (("6415.TW", UP, 0.14, None, CLOSE), ("3008.TW", UP, 3.34, None, CLOSE)), id="nickname-opens-a-list-item-trad"),
    P("上市生醫股雃博（4106）、寶齡富錦（1760），以及上櫃生醫股台康生技（6589）及久裕（4173）等合計四檔個股，同步飆上漲停。",
      (("4106.TW", UP, None, None, None), ("1760.TW", UP, None, None, None), ("6589.TW", UP, None, None, None), ("4173.TW", UP, None, None, None)),
      id="board-and-kind-open-a-list-item-trad"),
    # 強拉 / 直拉 (a sharp rise), 漲幅突破 (a rise past a figure), 高掛漲停 (hung at the limit)
    P("世芯-KY(3661)：近日獲外資偏多操作，盤初一度強拉5%，觸及810元。", (("3661.TW", UP, 5.0, None, INTRA),), id="sharp-pull-up-trad"),
    P("陽明(2609)：增班效益浮現，盤初股價直拉，漲幅突破8%。", (("2609.TW", UP, 8.0, OVER, INTRA),), id="rise-breaks-past-a-figure-trad"),
    P("散裝航運人氣高漲，台航(2617)及四維航(5608)高掛漲停。", (("2617.TW", UP, None, None, None), ("5608.TW", UP, None, None, None)),
      id="hung-at-the-limit-trad"),
    # Stop 44, second round. 陽明早盤 (not 明早, tomorrow morning) names the stock; 今早 (this morning) is a session
    P("貨櫃三雄均呈現開高走低格局，長榮漲勢收斂至2%左右，陽明早盤高點攻上91.3元，漲幅將近5%。",
      (("2603.TW", UP, 2.0, ABOUT, None), ("2609.TW", UP, 5.0, NEARLY, INTRA)), id="yang-ming-this-morning-trad"),
    P("6.為升(2231)：Q1每股盈餘1.61元，優於去年同期的0.74元，今早漲逾4%，季線、5日線一次收復。", (("2231.TW", UP, 4.0, OVER, None),),
      id="this-morning-after-earnings-trad"),
    # 類股 opening a clause stands for the sector that opens the clause before it
    P("半導體剽悍，類股收漲1.97%。", (("半導體", UP, 1.97, None, CLOSE),), id="sector-then-its-shares-trad"),
    P("長榮、四維航(5608)雖被關禁閉，航運仍徜徉股海，類股收漲5.28%，成為今日大盤焦點。", (("航運", UP, 5.28, None, CLOSE),),
      id="shipping-then-its-shares-trad"),
    # Stop 45. A bare 指數 two clauses back (the change in points between is the same move);
    # sectors listed together share no move in points (the market's); 反攻 is a rise
    P("美股創高，激勵台股小幅高開，但因航運、鋼鐵等人氣類股回弱，指數無功而返，終場下跌62.38點，跌幅0.35%，收17,850.69點。",
      (("台股", DOWN, 0.35, None, CLOSE),), id="bare-index-before-the-points-trad"),
    P("台股開高，電子、金融回神，終場上漲0.98%或170.24點，報17474.57點。", (("台股", UP, 0.98, None, CLOSE),),
      id="sectors-share-no-move-in-points-trad"),
    P("台股開高，航運、鋼鐵類股均上漲逾3%。", (("航運", UP, 3.0, OVER, None), ("鋼鐵類股", UP, 3.0, OVER, None)),
      id="sectors-share-a-percentage-trad"),  # guard: passes before and after
    P("9.帆宣(6196)：受惠半導體市場需求熱絡+外資連買3日，股價反攻逾3%，突破115元及所有短均。", (("6196.TW", UP, 3.0, OVER, None),),
      id="counter-attack-is-a-rise-trad"),
    # Stop 45, second round. 走疲 and 走跌 are falls; 翻黑 (turned to a loss) between a bare
    # sector and its move; 上市類股唯一超過1% (the one past a threshold) and 成長翻倍 (a business's
    # growth) are no moves
    P("股王矽力-KY(6415)、股后大立光(3008)均翻紅後仍無力，雙雙走疲逾2%，報4075、2460元。",
      (("6415.TW", DOWN, 2.0, OVER, None), ("3008.TW", DOWN, 2.0, OVER, None)), id="weakening-is-a-fall-trad"),
    P("玻陶、鋼鐵跌幅1.7%以上。\n\n半導體翻黑走跌0.92%，成交比重則回升。",
      (("玻陶", DOWN, 1.7, OVER, None), ("鋼鐵", DOWN, 1.7, OVER, None), ("半導體", DOWN, 0.92, None, None)),
      id="bare-sector-turned-to-a-loss-trad"),
    P("激勵塑膠類股指數上揚1.39%，上市類股唯一超過1%漲幅。", (("塑膠類股指數", UP, 1.39, None, None),), id="the-one-past-a-threshold-trad"),
    P("中秋商機！包括全家（5903）、統一超（2912）、萊爾富以及OK超四大超商相關銷售皆成長顯著，全家「四夯品」成長翻倍；統一超8月的整體預購業績較去年同期成長超六成。",
      (), id="a-businesss-growth-trad"),
    # Stop 45, after the third round. 其中 (among them) narrows a list to one stock; 則為 (are)
    # introduces the sectors past a threshold; 類指 after a clause opened by a bare sector is
    # that sector's; 類股表現以鋼鐵5.69% names the sector before its figure
    P("然遭外資列出恐壓縮毛利率股，聯發科(2454)、群聯(8299)、世芯-KY(3661)等均收黑，其中聯發科最低觸及870元，市值一度跌破1.4兆元大關，收跌23元或2.52%，報888元。",
      (("2454.TW", DOWN, 2.52, None, CLOSE),), id="among-them-one-stock-trad"),
    P("造紙漲1.3%，名列亞軍。跌幅超過1%則為汽車、橡膠、百貨、電子零件。",
      (("造紙", UP, 1.3, None, None), ("汽車", DOWN, 1.0, OVER, None), ("橡膠", DOWN, 1.0, OVER, None),
       ("百貨", DOWN, 1.0, OVER, None), ("電子零件", DOWN, 1.0, OVER, None)), id="sectors-past-a-threshold-trad"),
    P("航運交易占比失守3成，類指跌0.71%。", (("航運", DOWN, 0.71, None, None),), id="sector-index-after-a-bare-sector-trad"),
    P("類股表現以鋼鐵5.69％的漲幅最多，中鋼也上漲逾9％。", (("鋼鐵", UP, 5.69, None, None), ("2002.TW", UP, 9.0, OVER, None)),
      id="sector-then-its-figure-trad"),
    # Stop 46. 類股 or 類指 opening its clause is the sector named last in the sentence, past the
    # market or an index between; what a clause made move (也讓航運指數) starts after 讓; a name
    # in quotation marks opens its own clause, the story does not go on about the last subject
    P("消息傳來，激勵鋼鐵類股9日開盤氣勢強勁，在大盤一度重挫約百點之際，類股上漲3％，龍頭股中鋼（2002）目前上漲3％。",
      (("鋼鐵類股", UP, 3.0, None, INTRA), ("2002.TW", UP, 3.0, None, None)), id="bare-sector-past-the-market-trad"),
    P("而熱門的航運股又翻船了，BDI指數微幅回落加上漲多調節，午後跌幅收斂，類指收跌0.71%。",
      (("航運股", DOWN, 0.71, None, CLOSE),), id="bare-sector-index-past-an-index-trad"),
    P("航運族群昨日帶頭領漲也讓航運指數大漲接近 8% 排名第一。", (("航運指數", UP, 8.0, NEARLY, None),),
      id="what-the-clause-made-move-trad"),
    P("固定收益基金指數下跌0.5%。\n各類股票基金當中，「美國股票基金」跌幅0.9%。", (("固定收益基金指數", DOWN, 0.5, None, None),),
      id="quoted-name-opens-its-clause-trad"),
    # Stop 46, second round. 逆勢 (against the trend) is an adverb, no name; 隨即拉高 (then widened)
    # between a gain and its figure; a list of stocks goes on past 、 or ， with the kind of
    # business the next one is in (，飯店業者夏都, 、旅遊業者易飛網)
    P("巨大 (9921-TW) 13 日股價收在 337.5 元，逆勢上漲 2.58%。", (("9921.TW", UP, 2.58, None, None),), id="against-the-trend-trad"),
    P("聯電(2303)早盤後由黑翻紅，掀起跌深反彈，漲幅隨即拉高逾2%。", (("2303.TW", UP, 2.0, OVER, INTRA),), id="gain-then-widened-trad"),
    P("其中，連鎖餐飲股美食-KY(2723)、王品(2727)，飯店業者夏都(2722)、旅遊業者易飛網(2734)及劍湖山(5701)等個股，盤中均一度觸及跌停。",
      (("2723.TW", DOWN, None, None, INTRA), ("2727.TW", DOWN, None, None, INTRA), ("2722.TW", DOWN, None, None, INTRA),
       ("2734.TW", DOWN, None, None, INTRA), ("5701.TW", DOWN, None, None, INTRA)), id="list-with-kinds-of-business-trad"),
    # Stop 47, first round. A sector that opens its sentence is what a clause opening with the
    # close moved (not the stocks of the sentence before); 涨幅最多 (the biggest gain) before its
    # figures; a year of the zodiac with its gain in points told first is the market's; a
    # company described as IC设计大老 heads its clause, its 股价 is its own
    P("味全(1201)、大飲(1213)均收漲1%左右。半導體紅透半邊天，收漲1.13%，位居類股漲幅第二。",
      (("1201.TW", UP, 1.0, ABOUT, CLOSE), ("1213.TW", UP, 1.0, ABOUT, CLOSE), ("半導體", UP, 1.13, None, CLOSE)),
      id="sector-opens-the-sentence-then-the-close-trad"),
    P("類股表現以造紙、航運類股漲幅最多分別達4.29％及3.86％。", (("造紙", UP, 4.29, None, None), ("航運類股", UP, 3.86, None, None)),
      id="biggest-gain-respectively-trad"),
    P("台股正式封關！鼠年大漲3683.69點、漲幅達30.4%。", (("台股", UP, 30.4, None, None),), id="zodiac-year-gain-trad"),
    P("高通晶片供貨拉警報，IC設計大老聯發科受惠，股價觸及987元天價，收漲0.42%。", (("2454.TW", UP, 0.42, None, CLOSE),),
      id="described-as-a-big-player-trad"),
    # A gain with the price it reached after 的 (上漲2.07％的64元) is the shares' of the stock
    # the paragraph is about, like 至64元
    P("工業電腦廠凌華(6166)今日除息交易。開盤即以上漲2.07％的64元完成填息，隨後漲勢擴大至4.47％、觸及65.5元。",
      (("6166.TW", UP, 2.07, None, INTRA), ("6166.TW", UP, 4.47, None, INTRA)), id="gain-to-a-price-after-de-trad"),
    # Stop 47, second round. 漲幅來到 (the gain came to) and 跌幅大舉收斂至 (the fall narrowed
    # sharply to) before the figure; a list after 跌停家數減少至僅有 (limit-down stocks left) or
    # after 如： (such as:); 持平開出 (opened flat) is where the day started, not a move
    P("萬海(2615)股價今天開盤氣勢頗強，漲幅來到5％。", (("2615.TW", UP, 5.0, None, INTRA),), id="gain-came-to-trad"),
    P("其中，普誠(6129)早盤一度下探至跌停，惟隨後陸續獲買單敲進，跌幅大舉收斂至5％左右。",
      (("6129.TW", DOWN, None, None, INTRA), ("6129.TW", DOWN, 5.0, ABOUT, INTRA)), id="fall-narrowed-sharply-trad"),
    P("至10點半過後，跌停家數減少至僅有吉祥全、富鼎、東森等。",
      (("2491.TW", DOWN, None, None, None), ("8261.TW", DOWN, None, None, None), ("2614.TW", DOWN, None, None, None)),
      id="limit-down-stocks-left-trad"),
    P("盤中觸及跌停的重要指標股如：宣德、應廣、德微等。",
      (("5457.TW", DOWN, None, None, INTRA), ("6716.TW", DOWN, None, None, INTRA), ("3675.TW", DOWN, None, None, INTRA)),
      id="list-after-such-as-colon-trad"),
    P("永豐餘今（16）日持平開出後一路下挫，下跌6.53％至35.8元。", (("1907.TW", DOWN, 6.53, None, None),), id="opened-flat-then-fell-trad"),
    # Stop 47, fourth round. Sectors counted before their suffix (電機、玻璃兩類股) are the sectors
    P("類股方面，電機、玻璃兩類股有1.91％、1.06％的漲幅。", (("電機", UP, 1.91, None, None), ("玻璃", UP, 1.06, None, None)),
      id="sectors-counted-before-the-suffix-trad"),
    # the one a deal is made with (與Apple Homekit簽約) is no subject of the move it spurs
    P("天鉞電(5251)近兩年進行轉型，預估下半年效益可望顯現，公司將於7月31日與Apple Homekit簽約，激勵今天盤中股價逆勢漲停。",
      (("5251.TW", UP, None, None, INTRA),), id="deal-partner-is-no-subject-trad"),
    # Stop 48. 股價 opening a new sentence is a company's, never the index the last sentence moved
    P("科技指數報4527點，升13點，升幅0.3%。\n友邦上季新業務價值創新高，股價高開近1%。",
      (("科技指數", UP, 0.3, None, None), ("1299.HK", UP, 1.0, NEARLY, None)), id="share-price-after-an-index-line-trad"),
    P("科技指數報4527點，升13點，升幅0.3%。\n這家公司上季業績創新高，股價高開近1%。",
      (("科技指數", UP, 0.3, None, None),), id="share-price-of-no-named-company-trad"),
    # Stop 49. Stocks pushing up (齊拱) both sector indices: the indices moved, not the stocks
    P("群創(3481)、彩晶(6116)接力攻頂，齊拱上市櫃光電類指雙雙大漲逾3%。", (("上市櫃光電類指", UP, 3.0, OVER, None),),
      id="stocks-push-up-both-sector-indices-trad"),
    # Stop 50. The Korean won in Hong Kong's spelling (韓圓) makes a pair with 兌
    P("韓圓兌美元跌幅擴大至逾2%。", (("韓圓兌美元", DOWN, 2.0, OVER, None),), id="korean-won-pair-hong-kong-spelling-trad"),
]

# --------------------------------------------------------------------------------------
# Not moves: each sentence has a subject that could move, and a percent that is not a move.
# --------------------------------------------------------------------------------------
NOT_FOUND = [
    # Stop 47: a business figure of a year in Taiwan's calendar (109年合併營收), against the year
    # before; assets doubled (讓資產翻倍) are no price
    P("德微109年合併營收為15.37億元，較108年微幅下滑0.67%、營業利益為1.33億元。", id="roc-year-revenue-trad"),
    P("新壽標下中華開發大樓，先自用再危老重建讓資產翻倍。", id="assets-doubled-trad"),
    # A count of firms hiring (企業家數) told by a company's unit (旗下104玩數據指出)
    P("一零四(3130)旗下104玩數據指出，徵才企業家數連續三周墊高，7月4日已比6月14日谷底三周合計回升5.7％。", id="count-told-by-its-unit-trad"),
    # A verb, 至 and a percent: a level reached (a ratio or a share), not a move
    P("台嘉碩逐步與泰藝縮短距離，安碁(6174)也上升至21.87%。", id="risen-to-a-level-trad"),
    # A harvest falling is no price move
    P("玉米产量27255万吨，增长4.6%；大豆产量1640万吨，下降16.4%。", id="harvest-falls-simp"),
    # A steel maker's monthly list price (月盤價) is the price of its goods, not of its shares
    P("中鋼(2002)8月營收估420億元，9月盤價上漲1.2％。", id="monthly-list-price-trad"),
    # 不漲停: not at the limit
    P("台中銀(2812)、合庫金(5880)堪稱「不漲停、但漲不停的」最佳代表。", id="not-limit-up-trad"),
    # 如 right before the direction word: if it rose, not a move
    P("對於非電族群，新台幣如升值3％，估業外約有190億元匯損。", id="if-it-appreciates-trad"),
    # A growth rate rising to a level, in the clause after the rate: no move of the shares
    P("聯茂(6213)7月營收年成長58%，年增幅在上半年原落後同業，但前7月已上升至31%。", id="growth-rate-rises-to-a-level-trad"),
    # A business figure held against another period, or operations held flat, is no move
    P("奇偶第2季毛利率48%，與第1季持平。", id="margin-flat-against-a-quarter-trad"),
    P("皇田估營運Q3持平，華興展望第三季可望持續平穩。", id="operations-flat-trad"),
    P("台積電(2330)挺身穩盤。不過，台股短線急跌逾800點，且不少績優個股股價修正幅度達30%。", id="many-stocks-is-no-subject-trad"),
    P("鴻海(2317)股價震盪於平盤附近，台積電(2330)收在平盤之上。", id="near-or-above-flat-is-no-move-trad"),
    P("騰訊(00700)第三季營收年增15%。", id="revenue-growth-trad"),
    P("核心PCE指數升2.1%。", id="pce-price-index-trad"),
    P("皇將2020全年營收10.28億元，較2019年同期小幅下降8.42％。", id="against-a-years-period-trad"),
    P("根据中国指数研究院的监测，重点监测城市新建商品住宅成交面积较去年春节相比下降51%。", id="floor-area-sold-simp"),
    P("光電、半導體、電子為跌幅最兇，其中電子成交比重50.86%，失守6成、仍守住5成關卡。", id="share-level-given-up-trad"),
    P("10月港元貨幣供應量M2及M3均上升0.3%，經季節因素調整的港元貨幣供應量M1上升1.2%。", id="money-supply-trad"),
    P("波音上季虧損擴大　商用飛機交付量升10%", id="deliveries-trad"),
    P("台积电(2330)第三季营收同比增长15%。", id="revenue-growth-simp"),
    P("比亞迪(01211)上月銷量按年增長45%。", id="sales-volume-growth"),
    P("台積電(2330)毛利率提升2個百分點。", id="margin-percentage-points-trad"),
    P("台积电(2330)毛利率提升2个百分点。", id="margin-percentage-points-simp"),
    P("高盛將英偉達(NVDA.US)目標價上調20%。", id="target-price-trad"),
    # Financial statements: HK profit (溢利), net assets, against last year's period or year end
    P("周大福(1929)料上半年度淨溢利跌42%至46%。", id="hk-profit-trad"),
    P("西安饮食(000721)归属于上市公司股东的净资产6.4亿元，较上年末下滑3.56%。", id="net-assets-year-end-simp"),
    P("華擎（3515）8月營收14.39億元，雖仍較去年同期走弱近17％。", id="against-last-years-period-trad"),
    P("美西線每TEU運價921美元，漲幅4.3%。", id="freight-unit-is-no-subject-trad"),
    P("高盛将英伟达(NVDA.US)目标价上调20%。", id="target-price-simp"),
    P("英偉達(NVDA.US)晶片的租用價格比一年前便宜了98%。", id="cost-comparison"),
    P("如果不包括一次性收益，蘋果(AAPL.US)的利潤將下跌12%。", id="hypothetical-trad"),
    P("如果不包括汇兑影响，苹果(AAPL.US)的利润将下跌12%。", id="hypothetical-simp"),
    P("如果關稅落實，蘋果(AAPL.US)股價將下跌12%。", id="hypothetical-price"),
    P("市場預期英偉達(NVDA.US)明年股價將上漲20%。", id="forecast"),
    P("騰訊(00700)股價今日振幅5%。", id="amplitude-trad"),
    P("腾讯(00700)股价今日振幅5%。", id="amplitude-simp"),
    P("美聯儲降息25基點後，美債收益率下跌10基點。", id="basis-points-trad"),
    P("美联储降息25基点后，美债收益率下跌10基点。", id="basis-points-simp"),
    P("台積電(2330)全球晶圓代工市佔率30%。", id="market-share-trad"),
    P("台积电(2330)全球晶圆代工市占率达30%。", id="market-share-simp"),
    P("騰訊(00700)持股比例升至5%。", id="shareholding"),
    P("蘋果(AAPL.US)股價收低。", id="direction-without-figure"),
    P("台積電(2330)股價下跌0.5個百分點。", id="percentage-points-on-a-price"),
    P("美國十年期國債收益率升至4.5%。", id="yield-level"),
    P("上市股今漲幅達7％的有11檔。", id="threshold-count-is-no-move"),
    P("中國石油公布，上季營業收入7024.1億元，跌12.4%。", id="metric-then-bare-percent-trad"),
    P("各類綜合消費物價指數組成項目中，價格錄得按年升幅的類別為煙酒，升20.9%。", id="consumer-price-components-trad"),
    P("百威下半年銷售和EBITDA分別升6.4%及14.7%。", id="ebitda-is-no-price-trad"),
    P("长和中期EBITDA保持平稳，EBIT则录2%的跌幅。", id="ebit-is-no-price-simp"),
    P("萊坊指今年首10個月樓價累計跌6.8%。", id="home-prices-are-not-traded-trad"),
    P("明年房地產投資仍要跌5%。", id="next-year-forecast-trad"),
    P("市场预料明年金价将再涨10%。", id="forecast-simp"),
    P("綜合消費物價指數按年升1.8%。", id="consumer-prices-trad"),
    P("本港首三季的罪案數字較去年同期上升4.8%。", id="crime-figures-trad"),
    P("安永預料，今年香港新股數目按年跌5%，但集資額回升40%。", id="funds-raised-is-no-price-trad"),
    P("亞弘電Q2接單熱、惟缺料影響暫估季持平。", id="provisional-estimate-flat"),
    P("百度上季盈利76.3億元，按季升39%。", id="quarter-on-quarter-profit"),
    P("華邦電(2344)8月營收為88.16億元，較上月小幅下滑3％。", id="month-on-month-revenue"),
    # 营收平 (revenue flat) holds no 收平; 今日股价 holds no 日股; one tick short of the limit
    P("美時(1795)7、8月戒毒癮藥營收平；亞太銷售受疫情影響。", id="revenue-flat-is-no-move-trad"),
    P("群創(3481)獲法人買超，今日也差一檔亮燈。", id="one-tick-short-of-the-limit-trad"),
    P("遠傳(4904)購物嚴選禮盒，近一周買氣已翻升2倍。", id="shopping-interest-doubled-trad"),
    P("吸引不少投資、置產族群搶進，房價呈現漲勢，漲幅高達20.8%。", id="house-prices-after-a-group-trad"),
    P("樺漢稅後盈餘3.01億元，季增52.8%，持平同期，EPS 3.13元。", id="flat-against-last-year-trad"),
    P("宏捷科8月營收占比稍降至35％，手機PA則升至65％。", id="share-told-clause-after-clause-trad"),
    P("艾美特3月大陸市場產品平均漲幅3～5％。", id="product-prices-trad"),
    P("得力越南廠5月產能利用率約七、八成，6月開始下滑到五成。", id="utilisation-told-clause-after-clause-trad"),
    P("美债收益率涨11.40个基点，报1.3099%，美股尾盘一度涨至1.3260%。", id="yield-level-simp"),
    P("益張(8342)合併毛利率18.9%，較去同期下滑2.2%。", id="margin-against-last-year-trad"),
    P("網友點名3檔必買股，分別是王品（2727）、六福（2705），認為掛漲停買都划算。", id="order-at-the-limit-price-trad"),
    P("台積電一改之前凍漲態度，成熟製程漲 20％、先進製程漲 10％。", id="wafer-prices-trad"),
    # 看涨: an expected rise; 翻倍成长: a business that doubled
    P("3.世界(5347)：8吋晶圓代工看漲20％，明年營運可望進補。", id="expected-rise-trad"),
    P("台积电：今年晶圆代工看升2成。", id="expected-rise-simp"),
    P("12.華航(2610)成功爭取到轉口疫苗商機，冷鏈物流亦翻倍成長。", id="business-doubled-trad"),
    P("百和興業-KY(8404)今年出貨動能看雙位數成長，加上房地產挹注較去年翻倍。", id="contribution-doubled-trad"),
    P("宏利(0945)上季亞洲市場核心盈利升17%，升至4.53億加元，新造業務價值升55%。", id="value-of-new-business-trad"),
    P("华航(2610)去年冷链物流业务翻倍增长。", id="business-doubled-simp"),
    # a figure held against a named month; a counted group of stocks the story does not name
    P("至於映泰(2399)雖尚可維持與6月持平、達1.82元，不過也出現年減走勢。", id="held-against-a-month-trad"),
    P("油價上升，帶動內地三大油股升近2%。", id="counted-group-of-stocks-trad"),
    # a range over a list of three stocks or more is the list's spread, no stock's own move
    P("包括達新(1315)、遠雄(5522)、達欣工(2535)及台郡(6269)等，上周股價上漲1.58～4.42％之間。", id="range-over-a-list-trad"),
    # the same business figure told again for another part (亦, 则); a retail value
    P("周大福內地黃金首飾及產品同店銷售跌近20%，港澳亦跌逾33%。", id="business-figure-told-again-trad"),
    P("愛之味(1217)上半年合併營收22.74億元、年增5.75%，相比去年下半年則下滑7.7%。", id="revenue-against-the-half-before-trad"),
    P("周大福(1929)第二季零售值跌18%。", id="retail-value-trad"),
    P("城巴整體客量對比10年前下跌20%。", id="ridership-trad"),
    # a currency as the unit of a price or a figure; the price a firm sets
    P("單片價格已從5月的人民幣5.03元，下跌至人民幣4.62元，跌幅達8％。", id="currency-as-a-price-unit-trad"),
    P("喬山(1736)也公告7月合併營收20.4億元，年減6%，以美元表達則為持平。", id="currency-as-a-figure-unit-trad"),
    P("敦泰(3545)主力產品 IDC 本季預計再漲價一成，累計漲幅約五成。", id="price-hike-of-goods-trad"),
    # an amount of goods doubled; a web address holds no subject
    P("日友(8341)醫廢日處理量北京125噸，相較2019年新冠前不到60噸已翻倍。", id="tonnage-doubled-trad"),
    # a company, its period and a business figure in money, then an unnamed fall: the figure fell
    P("載通去年盈利1.87億元，下跌逾53%，主要因為政府補貼減少。", id="profit-then-its-fall-trad"),
    # the same after the company's code and two periods
    P("华虹半导体(01347.HK)2021年全年纯利2.12亿美元，升113.3%。", id="profit-after-a-code-then-its-rise-simp"),
    # Taiwan's 纯益 (net profit) and a willingness to spend are business figures
    P("凌通第二季稅後純益 1.75 億元，季增 80.41%，上半年純益翻倍。", id="net-profit-doubled-trad"),
    P("淘帝-KY去年受疫情衝擊，消費者造訪實體門市消費意願更是大跌70％至80％。", id="willingness-to-spend-trad"),
    P("吉利汽車公布，上季集團收益升20%，盈利增加。", id="group-revenue-hk-trad"),
    P("學校沒教的事今日告訴您！(https://www.youtube.com/watch?v=Wlb-o1VJKoY)\n行情大跌近 1800 點，很多個股都跌翻了，即便是今日的反彈，"
      "似乎也不痛不癢的，因為今日的漲停，很多股票還離持有成本有一段距離。",
      id="name-inside-a-web-address-trad"),
    # A bare 類股 after a stock: the stock's sector moved, not the stock
    P("長榮遭降評使得貨櫃三雄引發恐慌賣壓，類股跌幅達6%，傷勢最重。", id="sector-after-a-stock-trad"),
    # a modal before 持平 makes it a forecast; a company's revenue or a utility's sales is no price
    P("喬山(1736)下半年旺季業績看增，全年商用目標成長二至三成，家用應可持平。", id="can-stay-flat-is-a-forecast-trad"),
    P("澳博(0880)上季轉賺1億元，博彩淨收益升29%。", id="net-gaming-revenue-trad"),
    P("中電派中期息0.63元　首3季本地售電量升2.5%", id="electricity-sold-trad"),
    # Two halves of a year held against each other: a business outlook, not a flat price
    P("千附(8383)廠務工程展望上修，由上下半年持平調升為下半年優於上半年。", id="halves-held-level-trad"),
    # The company, speaking as 公司, says what rose: a product's price, not its shares
    P("十銓(4967)在現貨市場也有著墨，公司表示，DRAM自起漲點到目前已漲約30%。", id="the-company-says-something-else-rose-trad"),
    # How a product does (表現持平) is no price
    P("遊戲新幹線與弘煜科(6482)聯合發行的手機遊戲已推出更新，目前表現持平。", id="product-performance-flat-trad"),
    # A steel maker's list price (內銷盤價) holding flat is no move of its shares
    P("寶鋼公布10月內銷盤價，全面持平。豐興盤價全數持平。", id="list-price-flat-trad"),
    # A spot price of goods (DRAM現貨價) a speaker quotes is no move of the speaker's shares
    P("十銓總經理陳慶文表示，第1季動態隨機存取記憶體（DRAM）現貨價大漲30%至50%。", id="spot-price-of-goods-trad"),
    # 營收高達20%: 收高 is the end of 營收 (revenue), not a close higher
    P("熒茂的單一運動器材產品占公司單月營收高達20%。", id="revenue-reaching-a-share-trad"),
    # The exchange a company lists on (登陸納斯達克) does not move
    P("北京时间6月4日消息，华纳(29.94,-0.06,-0.20%)音乐周三登陆纳斯达克，IPO首日收盘大涨20.48%，报30.12美元。", id="exchange-listed-on-simp"),
    # 調升幅度 (the size of a raise in capital spending) is no move: 升幅 there follows 調
    P("矽格 (6257-TW) 今 (15) 日公告，董事會通過 2021 年資本支出追加案，將從原規劃的 55.9 億元，一舉提升至 100.5 億元，調升幅度高達 80%。", id="size-of-a-raise-trad"),
    # Items of a consumer price index listed with their changes are not traded things
    P("在各類綜合消費物價指數組成項目中，住屋上升3.3%；外出用膳及外賣上升1.8%、雜項物品上升1.2%，以及交通上升1.0%。",
      id="price-index-items-in-a-list-trad"),
    # The upside left (還有13.25%的漲幅) is no move
    P("以標普近日收盤 4,468 點來看，還有 13.25% 的漲幅。", id="upside-left-trad"),
    # A rise to a number of passengers (升逾28%至1655.4萬人次) is traffic, not a share price
    P("國泰航空9月載客量約181.7萬人次；首9個月升逾28%至1655.4萬人次。", id="rise-to-a-number-of-passengers-trad"),
    # The average price of orders taken (接單均價) is a firm's price, not its shares'
    P("受惠鋼價走揚，久陽接單均價大漲 5 成。", id="average-order-price-trad"),
    # A price index of new homes (新建住宅售價指數) is no traded thing
    P("國家統計局公布，北京的新建住宅售價指數按月跌0.7%，與9月相同，上海升0.3%。", id="new-home-price-index-trad"),
    # A company's manager speaks (茂迪總經理葉正賢表示) of wafer prices, not of its shares
    P("茂迪(6244)總經理葉正賢表示，單片價格已從人民幣5.03元下跌至4.62元，跌幅達8％。", id="manager-speaks-of-prices-trad"),
    # 季持平: a business figure flat on the quarter, not the shares
    P("漢平(2488)訂單回溫，惟缺料影響，Q2看季持平。", id="flat-on-the-quarter-trad"),
    # A share of turnover (成交比例) doubling is no price move; nor is a stock of goods rising
    P("港股ETF市場迅速發展，ETF佔主板成交比例翻倍。", id="share-of-turnover-doubles-trad"),
    P("中钢协数据显示，钢材社会库存上升10.2%。", id="steel-inventory-rises-simp"),
    # Stop 39. Whether a stock will reach its limit is a question, not a move
    P("市場關注聯電 (2303-TW) 能否跳空開高走高甚至攻上漲停。", id="whether-it-reaches-the-limit-trad"),
    # An estimate (估計) of a product's price rise is a forecast
    P("不管電視面板、IT 面板都漲，估計第四季面板漲幅 15％至 20％。", id="estimated-price-rise-trad"),
    # Many stocks left unnamed hit the limit, not the broker quoted before (stop 40)
    P("萬寶投顧蔡明彰強調，受惠大宗商品漲價的傳產原物料仍然有不少個股亮燈漲停。", id="many-unnamed-stocks-at-limit-trad"),
    # Stop 42. A business figure right before 卻 is what falls
    P("愛迪達上季營收幾乎倍增，但在大中華地區的銷售卻下滑16%。", id="figure-right-before-but-trad"),
    # Stop 44. A holding's book value (帳面價值) soaring is no price move; nor is a steel maker's monthly list price (月盤)
    P("長榮(2603)股價飆漲至152元新高，短短不到一季時間，帳面價值飆漲2.3倍。", id="book-value-soars-trad"),
    P("中鋼(2002)已開出7月和第三季內銷盤價，其中月盤全面持平。", id="monthly-list-price-flat-trad"),
    # Stop 48. 持平看待 (takes a neutral view of) is no flat move
    P("市場法人樂觀看待NAND Flash後市，而SSD供給狀況較為吃緊，持平看待第3季。", id="neutral-view-is-no-flat-move-trad"),
    # Stop 50, second round. A count of deals (錄得12宗成交) that rose, after the agency counting it
    P("中原地產統計，十大屋苑上周末錄得12宗成交，按周升20%。", id="count-of-deals-rose-trad"),
    # Stop 50, second round. Grain and oils (糧油), a consumer price, hold 油價 but are no oil price
    P("牛肉及糧油價格都跌；非食品價格則持平。", id="grain-and-oil-prices-are-no-oil-price-trad"),
]

# A clause head that is market jargon, not a name, takes no subject of its own.
JARGON_HEADS = [
    P("台積電(2330)開高，晨盤強漲3%，聯電(2303)持平。", id="jargon-morning-session"),
    P("台積電(2330)開高，翻黑跌1%，聯電(2303)持平。", id="jargon-turns-black"),
]

# --------------------------------------------------------------------------------------
# Known misses: required by the GUIDELINES, not done yet.
# --------------------------------------------------------------------------------------
KNOWN_MISSES = [
    P("騰訊(00700)股價接近漲5%。", (("0700.HK", UP, 5.0, NEARLY, None),), id="hedge-jiejin-before-verb",
      marks=pytest.mark.xfail(strict=True, reason="a hedge before the verb (接近漲5%) is not read")),
    P("恒指跌312點或1.6%，收報19200點。", (("恒指", DOWN, 1.6, None, CLOSE),), id="points-or-percent-trad",
      marks=pytest.mark.xfail(strict=True, reason="`跌312點或1.6%` (points, or percent) is not read")),
    P("恒指跌312点或1.6%，收报19200点。", (("恒指", DOWN, 1.6, None, CLOSE),), id="points-or-percent-simp",
      marks=pytest.mark.xfail(strict=True, reason="`跌312點或1.6%` (points, or percent) is not read")),
    P("美股三大指數收高，道指漲0.5%，標普500指數漲0.8%，納指漲1.2%。",
      (("道指", UP, 0.5, None, CLOSE), ("標普500指數", UP, 0.8, None, CLOSE), ("納指", UP, 1.2, None, CLOSE)),
      id="session-from-leading-clause",
      marks=pytest.mark.xfail(strict=True, reason="the session stated in a leading clause (收高) is not carried to the figures")),

]


@pytest.mark.parametrize(("text", "expected"), CASES + KNOWN_MISSES)
def test_moves(text: str, expected: tuple[MoveTuple, ...]) -> None:
    check(text, expected)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_a_move(text: str) -> None:
    assert found_moves(text) == []


# --------------------------------------------------------------------------------------
# Context sweep: the same surface keeps its value, its start and its span text.
# --------------------------------------------------------------------------------------
CONTEXTS = [("", ""), ("週一，", "。"), ("「", "」"), ("　", "\n")]

SURFACES = [
    P("英偉達(NVDA.US)盤前大跌12%", DOWN, 12.0, id="dadie"),
    P("騰訊(00700)跌超12%", DOWN, 12.0, id="die-chao"),
    P("三星医疗（601567）涨停", UP, None, id="zhangting"),
    P("比特幣上漲兩成半", UP, 25.0, id="liangchengban"),
    P("特斯拉(TSLA.US)股價下跌百分之五", DOWN, 5.0, id="baifenzhi"),
    P("中芯国际(00981)股价上升12.5％", UP, 12.5, id="fullwidth"),
    # the subject after the move: the span runs from the move to the subject
    P("跌停的昇華（4806）", DOWN, None, id="limit-then-subject"),
    P("收跌近6%的特斯拉(TSLA.US)", DOWN, 6.0, id="pct-then-subject"),
]


@pytest.mark.parametrize(("before", "after"), CONTEXTS)
@pytest.mark.parametrize(("surface", "direction", "value"), SURFACES)
def test_move_offsets_survive_context(surface: str, direction: str, value: float | None,
                                      before: str, after: str) -> None:
    text = before + surface + after
    [move] = dsnews.extract(text).moves
    assert (move.direction, move.value) == (direction, value)
    assert (move.span.start, move.span.end, move.span.text) == (len(before), len(before) + len(surface), surface)
    assert text[move.span.start : move.span.end] == move.span.text


@pytest.mark.parametrize("text", JARGON_HEADS)
def test_jargon_head_is_no_subject(text: str) -> None:
    subjects = {m.subject for m in dsnews.extract(text).moves}
    assert not subjects & {"晨盤強", "晨盘强", "翻黑"}


def test_a_warrant_named_and_coded_moves_under_its_name() -> None:
    """允強群益0A購01(031239): the subject is the warrant's name, with the code's ticker (the
    cases above compare tickers only)."""
    text = "證交所公告：允強群益0A購01(031239)認購權證最近六個營業日累積收盤價跌幅達33.51%。"
    moves = dsnews.extract(text).moves
    assert [(m.subject, m.ticker, m.value) for m in moves] == [("允強群益0A購01", "031239.TW", 33.51)]
