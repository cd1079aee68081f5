"""Tests for the generated lexicons (scripts/build_lexicons.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA = REPO_ROOT / ".." / "shared" / "data" / "securities"
SECURITIES = REPO_ROOT / "lexicons" / "securities.tsv"

ID_PATTERN = re.compile(r"^[0-9A-Z][0-9A-Z\-]*\.(SH|SZ|BJ|HK|TW|JP|KR)$")
MIN_ROWS = {"SH": 2000, "SZ": 2500, "BJ": 250, "HK": 2500, "TW": 1800, "JP": 25, "KR": 25}


def test_generated_lexicons_are_up_to_date() -> None:
    if not DATA.is_dir():
        pytest.skip(f"raw data not available: {DATA}")
    result = subprocess.run(
        [sys.executable, "scripts/build_lexicons.py", "--data", str(DATA), "--check"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def read_securities() -> tuple[str, list[list[str]]]:
    lines = SECURITIES.read_text(encoding="utf-8").split("\n")
    rows = [line.split("\t") for line in lines[1:] if line and not line.startswith("#")]
    return lines[0], rows


def test_securities_file_is_well_formed() -> None:
    header, rows = read_securities()
    assert header == "# id\tname\taliases\tsource"
    assert all(len(row) == 4 for row in rows)

    ids = [row[0] for row in rows]
    bad = [i for i in ids if not ID_PATTERN.match(i)]
    assert not bad, bad[:10]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates[:10]

    per_market = Counter(i.rsplit(".", 1)[1] for i in ids)
    for market, minimum in MIN_ROWS.items():
        assert per_market[market] >= minimum, (market, per_market[market])

    for sec_id, name, aliases, _source in rows:
        assert name, sec_id
        alias_list = aliases.split("|") if aliases else []
        assert all(alias_list) and name not in alias_list, sec_id

    names = {row[0]: row[1] for row in rows}
    assert names["600519.SH"] == "贵州茅台"
    assert names["0700.HK"] == "腾讯控股"
    assert names["2330.TW"] == "台積電"


def test_every_market_word_marks_a_word_boundary() -> None:
    """Each hand-curated market word (lexicons/market_words.tsv) is in boundary_words.tsv,
    at jieba's own frequency when that is above the floor, else at the floor."""
    market = [line.split("\t")[0] for line in (REPO_ROOT / "lexicons" / "market_words.tsv").read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")]
    assert market and all(len(w) == 2 for w in market)
    boundary = {}
    for line in (REPO_ROOT / "lexicons" / "boundary_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, freq, _tag = line.split("\t")
            boundary[word] = int(freq)
    missing = [w for w in market if boundary.get(w, 0) < 100]
    assert not missing, missing


def _build_script():
    """scripts/build_lexicons.py as a module (it is a script, not part of the package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_lexicons", REPO_ROOT / "scripts" / "build_lexicons.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look themselves up there)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("names", "expected"), [
    # 光隆精密-KY is written 光隆-KY (光隆 alone is another listing, which keeps its name)
    ({"4581.TW": "光隆精密-KY", "8916.TW": "光隆"}, {"4581.TW": ["光隆-KY"], "8916.TW": []}),
    # three characters are kept whole (亞德客-KY is never 亞德-KY)
    ({"1590.TW": "亞德客-KY"}, {"1590.TW": []}),
    # two -KY companies opening alike give the short form to neither
    ({"1111.TW": "甲乙精密-KY", "2222.TW": "甲乙電子-KY"}, {"1111.TW": [], "2222.TW": []}),
    # a short form another listing already carries is left to it
    ({"3333.TW": "丙丁科技-KY", "4444.TW": "丙丁-KY"}, {"3333.TW": [], "4444.TW": []}),
])
def test_ky_short_forms(names: dict[str, str], expected: dict[str, list[str]]) -> None:
    build = _build_script()
    rows = {sec_id: build.Security(id=sec_id, name=name, name_source="test") for sec_id, name in names.items()}
    build.add_ky_short_forms(rows)
    assert {sec_id: list(sec.aliases) for sec_id, sec in rows.items()} == expected
