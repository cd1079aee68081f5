"""Fuzz the whole pipeline, bytes to JSON, for a fixed time budget.

    python fuzz/fuzz_pipeline.py --seconds 30

Hypothesis generates file contents (random bytes, text in every supported encoding,
news-like text with hostile pieces, HTML and JSON Lines wrappers) and runs them through
what `dsnews batch` does for one file. Every run must end with results or error records,
never an exception, and every span must point into the text it came from. CI runs it
for a short budget; a failure prints the smallest input that fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsnews.cli import Reading, process
from dsnews.source import articles

NEWS = "騰訊(0700)升3%，恒指收高。英偉達(NVDA.US)盤前大跌12%。分析師表示：「估值偏高」。他還說，市場震盪。漲停（2330）六百"
PIECES = st.sampled_from(["漲" * 50, "1" * 200, "「" * 20, "”", "%", "％", "\x00", "\ud800", "\u200b", "…", "(", ")", "\n",
                          "<p>", "</p>", "<script>", "{\"content\": ", "\"}", "\ufeff", "表示：", "跌幅為-", "兩成半"])
TEXTS = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(list(NEWS)), PIECES), max_size=60).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5hkscs"])


def encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace") if encoding != "utf-8" else text.encode("utf-8", "surrogatepass")


CONTENTS = st.one_of(
    st.binary(max_size=400),
    st.builds(encoded, TEXTS, ENCODINGS),
)
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".jsonl", ".json"])


def check(data: bytes, suffix: str, folder: Path) -> None:
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    results = process(str(path), Reading(id_field="id"))
    assert results, "every input gives at least one result or error record"
    texts = {a.source: a.text for a in articles(path, id_field="id")}
    for result in results:
        record = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
        if "error" in record:
            assert record["error"] and "\n" not in record["error"]
            continue
        text = texts[record["source"]]
        spans = [s for key in ("tickers", "people", "firms") for e in record[key] for s in e["mentions"]]
        for span in spans + record["moves"] + record["quotes"]:
            assert text[span["start"] : span["end"]] == span["text"], span


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="time budget (default 30)")
    args = parser.parse_args()
    deadline = time.monotonic() + args.seconds
    runs = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        # Rounds of 100 fresh examples until the budget is spent (hypothesis stops a round
        # by count, not by time).
        @settings(max_examples=100, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(CONTENTS, SUFFIXES)
        def fuzz(data: bytes, suffix: str) -> None:
            nonlocal runs
            runs += 1
            check(data, suffix, folder)

        while time.monotonic() < deadline:
            try:
                fuzz()
            except Exception:
                print(f"fuzz: failed after {runs} inputs", file=sys.stderr)
                raise
    print(f"fuzz: {runs} inputs, no failure, {args.seconds:.0f} s budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
