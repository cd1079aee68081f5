"""Coverage of the securities lexicon: a plain news sentence naming a listed company in its
usual form links to that company's ticker, for at least 97% of a random sample per market,
in both scripts.

The sample is drawn (with a fixed seed) from the shipped lexicons/securities.tsv, which is
built from the exchanges' lists; names are the exchange short names, converted to the other
script with OpenCC. A dual-listed company may link to any of its listings (GUIDELINES).
"""

from __future__ import annotations

import random
from collections import defaultdict

import pytest
from opencc import OpenCC

import dsnews
from conftest import ROOT  # type: ignore[import-not-found]
from dsnews.lexicons import load

SAMPLE = 300
TARGET = 0.97
TEMPLATES = {
    "simplified": ("{name}今日公布半年度业绩，股价上涨3.5%。", "{name}发布公告称，拟回购公司股份。"),
    "traditional": ("{name}今日公布半年度業績，股價上漲3.5%。", "{name}發布公告稱，擬回購公司股份。"),
}
MARKETS = {"A": ("SH", "SZ", "BJ"), "HK": ("HK",), "TW": ("TW",)}


def _sample(market: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    with (ROOT / "lexicons" / "securities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            sec_id, name, *_ = line.rstrip("\n").split("\t")
            if sec_id.rsplit(".", 1)[1] in MARKETS[market] and any("\u4e00" <= c <= "\u9fff" for c in name):
                rows.append((sec_id, name))
    return random.Random(20261128).sample(rows, SAMPLE)


CONVERTERS = {"traditional": OpenCC("s2t"), "simplified": OpenCC("t2s")}


def _in_script(name: str, market: str, script: str) -> str:
    native = "traditional" if market == "TW" else "simplified"
    return name if script == native else CONVERTERS[script].convert(name)


@pytest.mark.parametrize("script", sorted(TEMPLATES))
@pytest.mark.parametrize("market", sorted(MARKETS))
def test_plain_sentence_links_the_company(market: str, script: str) -> None:
    lex = load()
    misses: dict[str, list[str]] = defaultdict(list)
    total = 0
    for sec_id, name in _sample(market):
        for template in TEMPLATES[script]:
            total += 1
            found = {t.id for t in dsnews.extract(template.format(name=_in_script(name, market, script))).tickers}
            if not found & set(lex.company_ids(sec_id)):
                misses[template[:6]].append(f"{sec_id} {name}")
    rate = 1 - sum(map(len, misses.values())) / total
    print(f"{market} {script}: {rate:.3f} linked; misses: {dict(misses)}")
    assert rate >= TARGET, dict(misses)
