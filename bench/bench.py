"""Benchmark dsnews: throughput, cold start, peak memory. Prints figures; asserts nothing.

    python bench/bench.py                 # dev corpus + up to 2,000 real articles from ../shared
    python bench/bench.py --articles 500  # fewer real articles
    python bench/bench.py --no-jieba      # skip the jieba.lcut baseline

Real articles come from ../shared/data/news (Taiwan tw-goodinfo JSON and mainland finqa)
when that folder is present, else from samples/ only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_articles(limit: int) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {"samples": [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]}
    dev = SHARED / "corpus" / "dev"
    if dev.is_dir():
        sets["dev"] = [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))]
    news = SHARED / "data" / "news"
    real: list[str] = []
    seen: set[str] = set()
    for path in sorted((news / "tw-goodinfo" / "out" / "media").glob("*/*.json")) if news.is_dir() else []:
        for item in json.loads(path.read_text(encoding="utf-8")):
            if item.get("link") not in seen and item.get("content"):
                seen.add(item["link"])
                real.append(item["content"])
        if len(real) >= limit // 2:
            break
    finqa = news / "cn-fincuge" / "FinCUGE_Publish" / "finqa" / "eval_list.json"
    if finqa.is_file():
        real += [row[0] for row in json.loads(finqa.read_text(encoding="utf-8"))][: limit - len(real)]
    if real:
        sets["real"] = real[:limit]
    return sets


def throughput(label: str, articles: list[str], run) -> float:  # type: ignore[no-untyped-def]
    size = sum(len(a.encode("utf-8")) for a in articles)
    start = time.perf_counter()
    for article in articles:
        run(article)
    elapsed = time.perf_counter() - start
    rate = size / elapsed / 1e6
    print(f"  {label:<28} {len(articles):6d} articles {size / 1e6:7.2f} MB {elapsed:7.2f} s "
          f"{rate:7.2f} MB/s {len(articles) / elapsed:8.0f} articles/s")
    return rate


def timed(command: list[str], repeat: int = 5, env: dict[str, str] | None = None) -> float:
    # A cold start as on a user's machine: Python keeps its compiled modules (some sandboxes
    # set PYTHONDONTWRITEBYTECODE, which would time compiling dsnews from source every run).
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | (env or {})
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=environment)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def tiny_lexicons(folder: Path) -> None:
    """A lexicon folder with every rule file but one security and no other names."""
    for path in (ROOT / "lexicons").glob("*.toml"):
        shutil.copy(path, folder / path.name)
    (folder / "securities.tsv").write_text("# id\tname\taliases\tsource\nNVDA.US\t英伟达\t\tbench\n",
                                           encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="real articles to use (default 2000)")
    parser.add_argument("--no-jieba", action="store_true", help="skip the jieba.lcut baseline")
    parser.add_argument("--no-batch", action="store_true", help="skip the batch figures")
    parser.add_argument("--batch-small", type=int, default=2000, help="articles in the small batch (default 2000)")
    parser.add_argument("--batch-large", type=int, default=20000, help="articles in the large batch (default 20000)")
    args = parser.parse_args()

    sample = ROOT / "samples" / "us_ai_selloff.txt"
    dsnews_bin = str(Path(sys.executable).parent / "dsnews")
    extract = [dsnews_bin, "extract", "-f", "json", str(sample)]
    print("cold start (median of 5 runs)")
    bare = timed([sys.executable, "-c", "pass"])
    help_time = timed([dsnews_bin, "--help"])
    timed(extract, repeat=1)  # fill the lexicon and pattern caches, and compile the modules
    cold = timed(extract)
    uncached = timed(extract, env={"DSNEWS_NO_CACHE": "1"})
    with tempfile.TemporaryDirectory() as tiny, tempfile.TemporaryDirectory() as tiny_cache:
        tiny_lexicons(Path(tiny))
        tiny_env = {"DSNEWS_LEXICONS": tiny, "DSNEWS_CACHE_DIR": tiny_cache}
        timed(extract, repeat=1, env=tiny_env)  # its caches filled, as for the full lexicons
        small = timed(extract, env=tiny_env)
    print(f"  python -c pass                      {bare * 1000:7.0f} ms")
    print(f"  dsnews --help                       {help_time * 1000:7.0f} ms")
    print(f"  dsnews extract -f json 1 article    {cold * 1000:7.0f} ms   {cold / bare:.1f}x python -c pass")
    print(f"    same, caches off                  {uncached * 1000:7.0f} ms")
    print(f"    same, a one-row lexicon           {small * 1000:7.0f} ms   "
          f"lexicons add {(cold - small) * 1000:.0f} ms (cached)")

    import dsnews
    from dsnews.lexicons import load

    start = time.perf_counter()
    load()
    print(f"  lexicon load in-process (cached)    {(time.perf_counter() - start) * 1000:7.0f} ms")
    start = time.perf_counter()
    load().matcher  # noqa: B018
    print(f"  name matcher build                  {(time.perf_counter() - start) * 1000:7.0f} ms")

    sets = load_articles(args.articles)
    print("throughput (warm, one process)")
    rates = {}
    for label, articles in sets.items():
        rates[label] = throughput(f"dsnews.extract [{label}]", articles, dsnews.extract)
    if not args.no_jieba:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        label = "real" if "real" in sets else "dev" if "dev" in sets else "samples"
        baseline = throughput(f"jieba.lcut HMM [{label}]", sets[label], jieba.lcut)
        print(f"  ratio dsnews / jieba.lcut    {rates[label] / baseline:7.1f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (this process)     {peak:7.0f} MB")
    if "real" in sets and not args.no_batch:
        batch_figures(dsnews_bin, sets["real"], args.batch_small, args.batch_large)


def batch_figures(dsnews_bin: str, real: list[str], small: int, large: int) -> None:
    """`dsnews batch`: 2 workers against 1, and peak memory of a large batch against a small one."""
    print("batch (files of real articles, written to a temporary folder)")
    with tempfile.TemporaryDirectory() as tmp:
        folders = {}
        for count in (small, large):
            folder = Path(tmp) / f"n{count}"
            folder.mkdir()
            for i in range(count):
                (folder / f"{i:06d}.txt").write_text(real[i % len(real)], encoding="utf-8")
            folders[count] = folder
        times = {}
        for workers in (1, 2):
            start = time.perf_counter()
            subprocess.run([dsnews_bin, "batch", str(folders[small]), "-o", os.devnull, "--workers", str(workers)],
                           check=True, capture_output=True)
            times[workers] = time.perf_counter() - start
            print(f"  {small} articles, {workers} worker(s)        {times[workers]:7.1f} s  "
                  f"{small / times[workers]:6.0f} articles/s")
        print(f"  ratio 2 workers / 1 worker           {times[1] / times[2]:7.2f}x")
        peaks = {}
        for count in (small, large):
            peaks[count] = _peak_rss([dsnews_bin, "batch", str(folders[count]), "-o", os.devnull, "--workers", "2"])
            print(f"  peak memory, {count} articles (all processes) {peaks[count]:7.0f} MB")
        print(f"  ratio peak memory {large} / {small}     {peaks[large] / peaks[small]:7.2f}x")


def _peak_rss(command: list[str]) -> float:
    """Peak resident memory of a command and its worker processes together, in MB.

    Sampled every 50 ms from /proc (Linux): the sum over the process and its children.
    """
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.05)
    return peak / 1024


def _tree_rss(pid: int) -> int:
    """Resident kB of a process and its direct children."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total



if __name__ == "__main__":
    main()
