"""The archive scenario: a batch over real articles of every kind, interrupted and resumed.

    python bench/batch_scenario.py                    # 10,000 articles, 1% bad files
    python bench/batch_scenario.py --articles 2000    # a quicker run

Real articles from ../shared/data/news (Taiwan tw-goodinfo, mainland finqa/finna) are
written out as .txt (UTF-8, GB18030 or Big5), .md, .html, .jsonl and .json files, with 1%
bad files mixed in (binary, a JSON Lines file whose line is broken, broken JSON, a JSON
file of no records, a directory named like an article). The batch is started with two workers, interrupted with Ctrl-C
(SIGINT) once part of the output is written, and resumed with --resume. The script then
checks that every good article is in the output exactly once, without an error, and that
every bad file gave exactly one error record. It prints what it found and exits 1 when
a check fails. It needs ../shared; it is not part of the test suite (it takes minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news"
DSNEWS = str(Path(sys.executable).parent / "dsnews")
RECORDS_PER_JSON_FILE = 20


def real_articles(limit: int) -> list[str]:
    """Unique article texts: Taiwan media JSON first, then mainland finqa and finna."""
    texts: list[str] = []
    seen: set[str] = set()

    def add(text: object) -> None:
        if isinstance(text, str) and text.strip() and text not in seen:
            seen.add(text)
            texts.append(text)

    for path in sorted((NEWS / "tw-goodinfo" / "out" / "media").glob("*/*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            add(item.get("content"))
    fincuge = NEWS / "cn-fincuge" / "FinCUGE_Publish"
    for row in json.loads((fincuge / "finqa" / "eval_list.json").read_text(encoding="utf-8")):
        add(row[0])
    for row in json.loads((fincuge / "finna" / "eval_list.json").read_text(encoding="utf-8")):
        add(row[1])
    if len(texts) < limit:
        raise SystemExit(f"only {len(texts)} real articles under {NEWS}; asked for {limit}")
    return texts[:limit]


def write_folder(folder: Path, texts: list[str], seed: int) -> tuple[set[str], set[str]]:
    """Write the articles as files of every kind; return (good sources, bad sources)."""
    rng = random.Random(seed)
    good: set[str] = set()
    bad: set[str] = set()
    pending_json: list[str] = []
    kinds = ["txt", "txt-gb18030", "txt-big5", "md", "html", "jsonl", "json"]
    for number, text in enumerate(texts):
        kind = kinds[number % len(kinds)]
        sub = folder / f"part{number % 17:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        if kind in ("jsonl", "json"):
            pending_json.append(text)
            if len(pending_json) == RECORDS_PER_JSON_FILE:
                good |= _write_records(sub / f"r{number:05d}.{kind}", pending_json, kind)
                pending_json = []
            continue
        if kind.startswith("txt-"):
            encoding = kind.split("-", 1)[1]
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:  # a character the legacy encoding lacks: keep UTF-8
                data = text.encode("utf-8")
            path = sub / f"a{number:05d}.txt"
            path.write_bytes(data)
        elif kind == "html":
            path = sub / f"a{number:05d}.html"
            body = "".join(f"<p>{line}</p>\n" for line in _escape(text).splitlines())
            path.write_text(f"<html><head><script>var x = 1;</script><style>p{{}}</style></head><body>"
                            f"<nav>首頁 | 財經</nav><article>{body}</article></body></html>", encoding="utf-8")
        else:
            path = sub / f"a{number:05d}.{kind}"
            path.write_text(text, encoding="utf-8")
        good.add(str(path))
    if pending_json:
        good |= _write_records(folder / "part00" / "r-last.jsonl", pending_json, "jsonl")
    bad_count = max(1, len(texts) // 100)
    for number in range(bad_count):
        sub = folder / f"part{number % 17:02d}"
        kind = number % 5
        if kind == 0:
            path = sub / f"bad{number:04d}.txt"
            path.write_bytes(bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 64)
        elif kind == 1:
            path = sub / f"bad{number:04d}.jsonl"
            path.write_text('{"content": "騰訊(0700)今日\n', encoding="utf-8")
        elif kind == 2:
            path = sub / f"bad{number:04d}.json"
            path.write_text('[{"content": "台積電(2330)今日', encoding="utf-8")
        elif kind == 3:
            path = sub / f"bad{number:04d}.json"
            path.write_text("[]", encoding="utf-8")
        else:
            path = sub / f"bad{number:04d}.txt"
            path.mkdir()
        bad.add(str(path))
    return good, bad


def _write_records(path: Path, texts: list[str], kind: str) -> set[str]:
    records = [{"id": n, "content": t} for n, t in enumerate(texts, 1)]
    if kind == "jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    else:
        path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return {f"{path}#{n}" for n in range(1, len(texts) + 1)}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(folder: Path, out: Path, interrupt_after_lines: int) -> dict[str, object]:
    batch = [DSNEWS, "batch", str(folder), "-o", str(out), "--workers", "2"]
    start = time.perf_counter()
    # A shell starts a background job (`… &`) with Ctrl-C ignored, and Python keeps what it
    # inherits: give the batch the default, as an interactive terminal would.
    first = subprocess.Popen(batch, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    while first.poll() is None and _lines(out) < interrupt_after_lines:
        time.sleep(0.1)
    interrupted_at = _lines(out)
    first.send_signal(signal.SIGINT)
    _, first_err = first.communicate(timeout=120)
    resumed = subprocess.run(batch + ["--resume"], capture_output=True, text=True, timeout=3600)
    return {
        "first_exit": first.returncode,
        "first_summary": " ".join(first_err.strip().splitlines()[-2:]),
        "lines_at_interrupt": interrupted_at,
        "resume_exit": resumed.returncode,
        "resume_summary": " ".join(resumed.stderr.strip().splitlines()[-2:]),
        "seconds": round(time.perf_counter() - start, 1),
        "traceback": "Traceback" in first_err or "Traceback" in resumed.stderr,
    }


def _lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


def check(out: Path, good: set[str], bad: set[str], empty: Path) -> list[str]:
    problems = []
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    counts = Counter(r["source"] for r in records)
    twice = [s for s, n in counts.items() if n > 1]
    if twice:
        problems.append(f"{len(twice)} sources twice, e.g. {twice[:3]}")
    by_source = {r["source"]: r for r in records}
    missing = sorted(good - by_source.keys())
    if missing:
        problems.append(f"{len(missing)} good articles missing, e.g. {missing[:3]}")
    failed = sorted(s for s in good if s in by_source and by_source[s].get("error"))
    if failed:
        problems.append(f"{len(failed)} good articles with an error, e.g. {[(s, by_source[s]['error']) for s in failed[:3]]}")
    for path in sorted(bad):
        errors = [r for r in records if r["source"].split("#")[0] == path and r.get("error")]
        if len(errors) != 1:
            problems.append(f"{path}: {len(errors)} error records, want 1")
    flagged = [r for r in records if r["source"] == str(empty)]
    if len(flagged) != 1 or flagged[0].get("warnings") != ["no text"] or flagged[0].get("error"):
        problems.append(f"{empty}: want one result flagged 'no text', got {flagged}")
    extra = sorted(counts.keys() - good - {str(empty)} - {r["source"] for r in records if r["source"].split("#")[0] in bad})
    if extra:
        problems.append(f"{len(extra)} unexpected sources, e.g. {extra[:3]}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    args = parser.parse_args()
    if not NEWS.is_dir():
        raise SystemExit(f"needs the real news data at {NEWS}")
    work = Path(tempfile.mkdtemp(prefix="dsnews-scenario-"))
    folder, out = work / "news", work / "out.jsonl"
    good, bad = write_folder(folder, real_articles(args.articles), args.seed)
    empty = folder / "part00" / "empty.md"  # not bad: a result with nothing in it, flagged
    empty.write_bytes(b"")
    files = sum(1 for p in folder.rglob("*") if not p.is_dir() or p.name.endswith(".txt"))
    print(f"folder: {files} files, {len(good)} good articles, {len(bad)} bad files")
    result = run(folder, out, interrupt_after_lines=len(good) // 3)
    for key, value in result.items():
        print(f"  {key}: {value}")
    problems = check(out, good, bad, empty)
    if result["first_exit"] != 130 or result["resume_exit"] not in (0, 3) or result["traceback"]:
        problems.append("unexpected exit codes or a traceback")
    print("result:", "every good article exactly once, one error record per bad file, the empty file flagged"
          if not problems else "FAILED")
    for problem in problems:
        print("  -", problem)
    if args.keep:
        print("kept:", work)
    else:
        import shutil

        shutil.rmtree(work)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
