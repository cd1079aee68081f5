"""Golden files: each sample article's full result, reviewed when it changes.

Regenerate with `pytest tests/test_golden.py --update-golden` and review the diff.
"""

from __future__ import annotations

import json

import pytest

import dsnews
from conftest import ROOT, SAMPLES  # type: ignore[import-not-found]

GOLDEN = ROOT / "tests" / "golden"
ARTICLES = sorted(SAMPLES.glob("*.txt"))


def test_there_are_samples() -> None:
    assert len(ARTICLES) >= 4


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_sample_matches_golden(article, update_golden) -> None:
    result = dsnews.extract(article.read_text(encoding="utf-8"), source=article.stem)
    produced = json.dumps(result.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    golden = GOLDEN / f"{article.stem}.json"
    if update_golden:
        golden.write_text(produced, encoding="utf-8")
    assert golden.is_file(), f"no golden file: run pytest --update-golden and review {golden}"
    assert produced == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_sample_spans_point_into_the_article(article) -> None:
    text = article.read_text(encoding="utf-8")
    data = dsnews.extract(text).to_dict()
    spans = [s for key in ("tickers", "people", "firms") for e in data[key] for s in e["mentions"]]
    spans += data["moves"] + data["quotes"]
    assert spans
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"]
