"""Result → dict / JSON / JSON Lines / CSV / rich Table. The only place output is shaped.

`to_dict` defines the JSON contract (schema dsnews/1); `schema()` documents it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from dsnews.model import CATEGORIES, Result, Span

SCHEMA_ID = "dsnews/1"


def span(s: Span) -> dict[str, Any]:
    return {"text": s.text, "start": s.start, "end": s.end}


def to_dict(result: Result, only: Iterable[str] | None = None) -> dict[str, Any]:
    """Return the JSON object of a result, with every category or only those asked for."""
    out: dict[str, Any] = {"schema": SCHEMA_ID, "source": result.source}
    if result.error is not None:
        out["error"] = result.error
        return out
    out["chars"] = result.chars
    out["script"] = result.script
    if result.warnings:
        out["warnings"] = list(result.warnings)
    if result.text_from:
        out["text_from"] = result.text_from  # spans point into the text taken from the page or record
    wanted = set(CATEGORIES if only is None else only)
    if "tickers" in wanted:
        out["tickers"] = [
            {"id": t.id, "symbol": t.symbol, "market": t.market, "name": t.name,
             "mentions": [span(s) for s in t.mentions]}
            for t in result.tickers
        ]
    if "moves" in wanted:
        out["moves"] = [
            {"subject": m.subject, "ticker": m.ticker, "direction": m.direction, "value": m.value,
             "hedge": m.hedge, "session": m.session, **span(m.span), "rule": m.rule}
            for m in result.moves
        ]
    if "people" in wanted:
        out["people"] = [
            {"name": p.name, "aliases": list(p.aliases), "title": p.title, "org": p.org,
             "mentions": [span(s) for s in p.mentions]}
            for p in result.people
        ]
    if "firms" in wanted:
        out["firms"] = [
            {"name": f.name, "aliases": list(f.aliases), "ticker": f.ticker,
             "mentions": [span(s) for s in f.mentions]}
            for f in result.firms
        ]
    if "quotes" in wanted:
        out["quotes"] = [
            {"speaker": q.speaker, **span(q.span), "kind": q.kind, "verb": q.verb, "rule": q.rule}
            for q in result.quotes
        ]
    return out


def to_json(result: Result, only: Iterable[str] | None = None, indent: int | None = 2) -> str:
    return json.dumps(to_dict(result, only), ensure_ascii=False, indent=indent)


def to_jsonl(result: Result, only: Iterable[str] | None = None) -> str:
    return json.dumps(to_dict(result, only), ensure_ascii=False, separators=(",", ":"))


CSV_COLUMNS = ("source", "category", "key", "text", "detail", "start", "end")


def csv_header() -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(CSV_COLUMNS)
    return out.getvalue()


def to_csv_rows(result: Result, only: Iterable[str] | None = None) -> str:
    """One row per extracted item (per mention for entities); error records get one row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    wanted = set(CATEGORIES if only is None else only)
    src = result.source
    if result.error is not None:
        writer.writerow((src, "error", "", result.error, "", "", ""))
        return out.getvalue()
    if "tickers" in wanted:
        for t in result.tickers:
            for s in t.mentions:
                writer.writerow((src, "ticker", t.id, s.text, t.name or "", s.start, s.end))
    if "moves" in wanted:
        for m in result.moves:
            detail = f"{m.direction} {'' if m.value is None else _number(m.value)} {m.hedge or ''} {m.session or ''}"
            writer.writerow((src, "move", m.ticker or m.subject, m.span.text, " ".join(detail.split()),
                             m.span.start, m.span.end))
    if "people" in wanted:
        for p in result.people:
            for s in p.mentions:
                writer.writerow((src, "person", p.name, s.text, p.title or "", s.start, s.end))
    if "firms" in wanted:
        for f in result.firms:
            for s in f.mentions:
                writer.writerow((src, "firm", f.name, s.text, f.ticker or "", s.start, s.end))
    if "quotes" in wanted:
        for q in result.quotes:
            writer.writerow((src, "quote", q.speaker or "", q.text, f"{q.kind} {q.verb}", q.span.start, q.span.end))
    return out.getvalue()


def _number(value: float) -> str:
    """Format a percent without a needless .0.

    >>> _number(12.0), _number(0.16)
    ('12', '0.16')
    """
    return f"{value:g}"


def move_label(move: Any) -> str:
    """`英偉達 NVDA.US ▼12% (盤前)` — how a move reads in the table view."""
    arrow = {"up": "▲", "down": "▼", "flat": "="}[move.direction]
    hedge = {"over": ">", "nearly": "≈<", "about": "≈"}.get(move.hedge or "", "")
    value = "limit" if move.value is None else f"{hedge}{_number(move.value)}%"
    session = {"premarket": "盤前", "intraday": "盤中", "close": "收市", "after_hours": "盤後"}.get(
        move.session or "", ""
    )
    parts = [move.subject, move.ticker or "", f"{arrow}{value}", f"({session})" if session else ""]
    return " ".join(p for p in parts if p)


def tables(result: Result, only: Iterable[str] | None = None) -> list[Any]:
    """Rich renderables for one result: a heading and a table per non-empty category."""
    from rich.table import Table
    from rich.text import Text

    wanted = set(CATEGORIES if only is None else only)
    out: list[Any] = [Text(f"{result.source}  ({result.chars} chars, {result.script})", style="bold")]
    if result.error is not None:
        out.append(Text(f"error: {result.error}", style="red"))
        return out

    def table(title: str, *columns: str) -> Table:
        t = Table(title=title, title_justify="left", expand=False)
        for c in columns:
            t.add_column(c)
        return t

    if "tickers" in wanted and result.tickers:
        t = table(f"Tickers ({len(result.tickers)})", "id", "name", "mentions")
        for tk in result.tickers:
            t.add_row(tk.id, tk.name or "", ", ".join(dict.fromkeys(s.text for s in tk.mentions)))
        out.append(t)
    if "moves" in wanted and result.moves:
        t = table(f"Moves ({len(result.moves)})", "move", "text", "rule")
        for mv in result.moves:
            t.add_row(move_label(mv), mv.span.text, mv.rule)
        out.append(t)
    if "people" in wanted and result.people:
        t = table(f"People ({len(result.people)})", "name", "title", "org", "mentions")
        for p in result.people:
            t.add_row(p.name, p.title or "", p.org or "", str(len(p.mentions)))
        out.append(t)
    if "firms" in wanted and result.firms:
        t = table(f"Firms ({len(result.firms)})", "name", "ticker", "also", "mentions")
        for f in result.firms:
            t.add_row(f.name, f.ticker or "", ", ".join(f.aliases[:3]), str(len(f.mentions)))
        out.append(t)
    if "quotes" in wanted and result.quotes:
        t = table(f"Quotes ({len(result.quotes)})", "speaker", "kind", "text")
        for q in result.quotes:
            t.add_row(q.speaker or "—", f"{q.kind} ({q.verb})", q.text if len(q.text) < 120 else q.text[:117] + "…")
        out.append(t)
    return out


def schema() -> dict[str, Any]:
    """The JSON Schema of one output line (a result or an error record)."""
    span_schema = {
        "type": "object",
        "required": ["text", "start", "end"],
        "properties": {"text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"}},
        "description": "A stretch of the decoded original input: original[start:end] == text.",
    }
    nullable = lambda t: {"type": [t, "null"]}
    mentions = {"type": "array", "items": {"$ref": "#/$defs/span"}}
    result = {
        "type": "object",
        "required": ["schema", "source", "chars", "script"],
        "properties": {
            "schema": {"const": SCHEMA_ID},
            "source": {"type": "string", "description": "path as given, '-' for stdin"},
            "chars": {"type": "integer"},
            "script": {"enum": ["traditional", "simplified", "mixed", "none"]},
            "warnings": {"type": "array", "items": {"type": "string"}},
            "text_from": {"enum": ["html", "json"],
                          "description": "offsets point into the text taken from an HTML page or a JSON record"},
            "tickers": {"type": "array", "items": {"type": "object", "required": ["id", "symbol", "market", "mentions"],
                "properties": {"id": {"type": "string", "description": "SYMBOL.MARKET, e.g. NVDA.US, 0700.HK"},
                               "symbol": {"type": "string"}, "market": {"type": "string"},
                               "name": nullable("string"), "mentions": mentions}}},
            "moves": {"type": "array", "items": {"type": "object",
                "required": ["subject", "ticker", "direction", "value", "hedge", "session", "text", "start", "end", "rule"],
                "properties": {"subject": {"type": "string"}, "ticker": nullable("string"),
                               "direction": {"enum": ["up", "down", "flat"]},
                               "value": {"type": ["number", "null"], "description": "percent, positive; null for 漲停/跌停"},
                               "hedge": {"enum": ["over", "nearly", "about", None]},
                               "session": {"enum": ["premarket", "intraday", "close", "after_hours", None]},
                               "text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
                               "rule": {"type": "string"}}}},
            "people": {"type": "array", "items": {"type": "object", "required": ["name", "aliases", "mentions"],
                "properties": {"name": {"type": "string"}, "aliases": {"type": "array", "items": {"type": "string"}},
                               "title": nullable("string"), "org": nullable("string"), "mentions": mentions}}},
            "firms": {"type": "array", "items": {"type": "object", "required": ["name", "aliases", "ticker", "mentions"],
                "properties": {"name": {"type": "string"}, "aliases": {"type": "array", "items": {"type": "string"}},
                               "ticker": nullable("string"), "mentions": mentions}}},
            "quotes": {"type": "array", "items": {"type": "object",
                "required": ["speaker", "text", "kind", "verb", "start", "end", "rule"],
                "properties": {"speaker": nullable("string"), "text": {"type": "string"},
                               "kind": {"enum": ["direct", "indirect"]}, "verb": {"type": "string"},
                               "start": {"type": "integer"}, "end": {"type": "integer"}, "rule": {"type": "string"}}}},
        },
    }
    error = {
        "type": "object",
        "required": ["schema", "source", "error"],
        "properties": {"schema": {"const": SCHEMA_ID}, "source": {"type": "string"}, "error": {"type": "string"}},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "dsnews result",
        "oneOf": [{"$ref": "#/$defs/result"}, {"$ref": "#/$defs/error"}],
        "$defs": {"span": span_schema, "result": result, "error": error},
    }
