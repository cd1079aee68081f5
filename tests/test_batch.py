"""Batch at scale: every input kind, resume, error files, Ctrl-C, and hostile folders."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dsnews.cli import Reading, app, process
from dsnews.source import articles, html_text

ARTICLE = "騰訊(0700)今日升3%，恒指收高。"
DSNEWS = str(Path(sys.executable).parent / "dsnews")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stderr


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_html_page_gives_its_body_text(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text("<html><head><style>p{}</style><script>var x='漲停';</script></head><body>"
                    "<nav>首頁 | 財經</nav><h1>港股收市</h1><p>騰訊(0700)今日升3%，</p>"
                    "<p>恒指&nbsp;收高。</p><footer>版權所有</footer></body></html>", encoding="utf-8")
    [article] = articles(page)
    assert article.text == "港股收市\n騰訊(0700)今日升3%，\n恒指 收高。"
    [result] = process(str(page), Reading())
    data = result.to_dict()
    assert data["text_from"] == "html"
    assert [t["id"] for t in data["tickers"]] == ["0700.HK"]
    move = data["moves"][0]
    assert article.text[move["start"] : move["end"]] == move["text"]


def test_html_text_keeps_paragraphs_as_lines() -> None:
    assert html_text("<div>甲<br>乙</div><ul><li>丙</li><li>丁</li></ul>") == "甲\n乙\n丙\n丁"


def test_jsonl_records_each_give_a_result(tmp_path: Path) -> None:
    dump = tmp_path / "news.jsonl"
    dump.write_text("\n".join([
        json.dumps({"id": "a1", "content": ARTICLE}, ensure_ascii=False),
        json.dumps({"id": "a2", "body": "台積電(2330-TW)大漲5%"}, ensure_ascii=False),
        json.dumps({"id": "a3", "title": "no text"}),
        "not json",
        json.dumps(["a list"]),
    ]) + "\n", encoding="utf-8")
    by_number = [r.to_dict() for r in process(str(dump), Reading())]
    assert [r["source"] for r in by_number] == [f"{dump}#4", f"{dump}#1", f"{dump}#2", f"{dump}#3", f"{dump}#5"]
    assert "not JSON" in by_number[0]["error"]
    assert by_number[1]["tickers"][0]["id"] == "0700.HK" and by_number[1]["text_from"] == "json"
    assert by_number[2]["tickers"][0]["id"] == "2330.TW"
    assert "no text" in by_number[3]["error"] and "not a JSON object" in by_number[4]["error"]
    by_id = process(str(dump), Reading(id_field="id"))
    assert {r.source for r in by_id} >= {f"{dump}#a1", f"{dump}#a2", f"{dump}#a3"}


def test_json_file_and_title_field(tmp_path: Path) -> None:
    dump = tmp_path / "news.json"
    dump.write_text(json.dumps([{"headline": "騰訊升3%", "text": "恒指收高。"}], ensure_ascii=False), encoding="utf-8")
    [result] = process(str(dump), Reading(text_fields=("text",), title_field="headline"))
    assert result.chars == len("騰訊升3%\n\n恒指收高。")
    assert [m.subject for m in result.moves] == ["騰訊"]


def test_mixed_encodings_are_kept_with_a_warning(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(ARTICLE.encode() + "漲停".encode("big5hkscs") + ("恒指收高。" * 10).encode())
    [result] = process(str(mixed), Reading())
    data = result.to_dict()
    assert "error" not in data and data["tickers"][0]["id"] == "0700.HK"
    assert any("mixed encodings" in w for w in data["warnings"])


def _folder(tmp_path: Path, count: int) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    for i in range(count):
        (news / f"a{i:04d}.txt").write_text(f"第{i}篇：{ARTICLE}", encoding="utf-8")
    return news


def test_resume_finishes_a_torn_output_with_each_source_once(tmp_path: Path) -> None:
    news = _folder(tmp_path, 12)
    (news / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    out = tmp_path / "out.jsonl"
    assert run("batch", str(news), "-o", str(out), "--workers", "1")[0] == 3
    kept = out.read_text(encoding="utf-8").splitlines()[:5]
    out.write_text("\n".join(kept) + "\n" + kept[5 - 1][:40], encoding="utf-8")  # a torn last line
    code, err = run("batch", str(news), "-o", str(out), "--workers", "1", "--resume")
    assert code == 3
    records = lines(out)
    sources = [r["source"] for r in records]
    assert len(sources) == len(set(sources)) == 13
    assert "4 already done" in err or "5 already done" in err


def test_errors_file_takes_the_error_records(tmp_path: Path) -> None:
    news = _folder(tmp_path, 3)
    (news / "bad.txt").write_bytes(b"\x00\x01\x02" * 40)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert run("batch", str(news), "-o", str(out), "--errors", str(errors), "--workers", "1")[0] == 3
    assert all("error" not in r for r in lines(out)) and len(lines(out)) == 3
    [error] = lines(errors)
    assert error["source"].endswith("bad.txt") and "binary" in error["error"]


def test_resume_needs_a_jsonl_output(tmp_path: Path) -> None:
    news = _folder(tmp_path, 1)
    assert run("batch", str(news), "--resume")[0] == 2


def test_a_symlink_loop_and_a_vanished_file_do_not_stop_the_batch(tmp_path: Path) -> None:
    news = _folder(tmp_path, 2)
    (news / "loop").symlink_to(news, target_is_directory=True)
    (news / "gone.txt").symlink_to(tmp_path / "deleted.txt")  # a file removed after listing
    out = tmp_path / "out.jsonl"
    code, _ = run("batch", str(news), "-o", str(out), "--workers", "1")
    assert code == 3
    records = {Path(r["source"]).name: r for r in lines(out)}
    assert set(records) == {"a0000.txt", "a0001.txt", "gone.txt"}
    assert records["gone.txt"]["error"] == "no such file"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_gives_an_error_record(tmp_path: Path) -> None:
    news = _folder(tmp_path, 1)
    locked = news / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    [result] = process(str(locked), Reading())
    assert result.error == "permission denied"


def test_ctrl_c_stops_cleanly_and_resume_finishes(tmp_path: Path) -> None:
    news = _folder(tmp_path, 3000)
    out = tmp_path / "out.jsonl"
    batch = [DSNEWS, "batch", str(news), "-o", str(out), "--workers", "2"]
    # Ctrl-C as from a terminal, even when this test runs in a background job (SIGINT ignored)
    started = subprocess.Popen(batch, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size < 2000) and time.monotonic() < deadline:
        time.sleep(0.05)
    started.send_signal(signal.SIGINT)
    _, err = started.communicate(timeout=60)
    if started.returncode == 0:
        pytest.skip("the batch finished before the interrupt arrived")
    assert started.returncode == 130
    assert "--resume" in err and "Traceback" not in err
    partial = lines(out)  # every line written is a whole record
    assert 0 < len(partial) < 3000
    finished = subprocess.run(batch + ["--resume"], capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0
    sources = [r["source"] for r in lines(out)]
    assert len(sources) == len(set(sources)) == 3000


def test_a_50_megabyte_one_line_file_finishes(tmp_path: Path) -> None:
    """No sentence, clause or name search may go quadratic on a text without line breaks."""
    samples = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
    line = "".join(p.read_text(encoding="utf-8").replace("\n", "") for p in samples)
    text = line * (50_000_000 // len(line.encode("utf-8")) + 1)
    big = tmp_path / "one-line.txt"
    big.write_text(text, encoding="utf-8")
    assert big.stat().st_size >= 50_000_000
    done = subprocess.run([DSNEWS, "extract", "-f", "jsonl", str(big)], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-500:]
    [output] = done.stdout.splitlines()
    result = json.loads(output)
    assert result["chars"] == len(text)
    assert len(result["tickers"]) >= 10 and len(result["moves"]) >= 20
    for category in ("tickers", "moves", "people", "firms", "quotes"):
        for item in result[category][:50]:
            for span in item.get("mentions", [item]):
                assert text[span["start"] : span["end"]] == span["text"]
