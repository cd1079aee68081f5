"""Score the dev corpus with the shared scorer, when ../shared is present (CI, developers).

Prints the figures (run with -s to see them) and checks the floor the pipeline issue sets:
every category scores, the seed article alone reaches mean F1 0.6, and every span is exact.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import dsnews
from conftest import SHARED  # type: ignore[import-not-found]

DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not (DEV.is_dir() and SCORER.is_file()), reason="../shared/corpus/dev not present")


def _predict(articles: list[Path], out: Path) -> list[dict]:
    results = [dsnews.extract(a.read_text(encoding="utf-8"), source=str(a)).to_dict() for a in articles]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results), encoding="utf-8")
    return results


def _score(gold: Path, pred: Path) -> dict:
    report = pred.with_suffix(".score.json")
    run = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json", str(report)],
                         capture_output=True, text=True, check=False)
    print(run.stdout)
    assert run.returncode == 0, run.stderr
    return json.loads(report.read_text(encoding="utf-8"))


def _f1(report: dict, category: str) -> float:
    entry = report[category] if category in report else report["categories"][category]
    return float(entry["f1"])


def test_dev_corpus_scores(tmp_path: Path) -> None:
    articles = sorted(DEV.glob("*.txt"))
    results = _predict(articles, tmp_path / "pred.jsonl")
    report = _score(DEV, tmp_path / "pred.jsonl")
    for category in ("tickers", "moves", "people", "firms", "quotes"):
        assert _f1(report, category) > 0, category
    for article, result in zip(articles, results, strict=True):
        text = article.read_text(encoding="utf-8")
        spans = [s for k in ("tickers", "people", "firms") for e in result[k] for s in e["mentions"]]
        for s in spans + result["moves"] + result["quotes"]:
            assert text[s["start"] : s["end"]] == s["text"], (article.name, s)


def test_seed_article_mean_f1(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for suffix in (".txt", ".gold.json"):
        (gold / f"seed_deepseek{suffix}").write_bytes((DEV / f"seed_deepseek{suffix}").read_bytes())
    _predict([gold / "seed_deepseek.txt"], tmp_path / "pred.jsonl")
    report = _score(gold, tmp_path / "pred.jsonl")
    mean = sum(_f1(report, c) for c in ("tickers", "moves", "people", "firms", "quotes")) / 5
    assert mean >= 0.6
