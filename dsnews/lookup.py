"""What the lexicons know about a name or a code (`dsnews lookup`)."""

from __future__ import annotations

from typing import Any

import regex

from dsnews.lexicons import Lexicons
from dsnews.normalise import simplify


def describe(lex: Lexicons, query: str) -> dict[str, Any]:
    """Return the entries a name or code stands for, and notes on why it is ambiguous."""
    query = query.strip()
    ids = _ids_for_code(lex, query)
    entries: list[dict[str, Any]] = [_security(lex, i) for i in ids]
    notes: list[str] = []
    for entry in lex.entries(query):
        if entry.kind == "security":
            if entry.key not in ids:
                ids.append(entry.key)
                entries.append(_security(lex, entry.key))
        else:
            entries.append({"kind": entry.kind, "id": None, "name": entry.name, "key": entry.key})
    companies = {lex.company_ids(i)[0] for i in ids}
    if len(companies) > 1:
        notes.append(f"{query!r} names {len(companies)} different companies; the article's code or market decides")
    if simplify(query) in lex.context_only:
        notes.append(f"{query!r} is a generic word: it links only with context (a code, 股价, a move right after)")
    return {"query": query, "entries": entries, "notes": notes}


def _security(lex: Lexicons, sec_id: str) -> dict[str, Any]:
    security = lex.securities.get(sec_id)
    return {
        "kind": "security",
        "id": sec_id,
        "name": security.name if security else "",
        "aliases": list(security.aliases) if security else [],
        "listings": [i for i in lex.company_ids(sec_id) if i != sec_id],
        "source": security.source if security else "",
    }


def _ids_for_code(lex: Lexicons, query: str) -> list[str]:
    """Ids a code may mean: `0700` → 0700.HK; `600519` → 600519.SH; `NVDA` → NVDA.US."""
    q = query.upper()
    if q in lex.securities:
        return [q]
    found = []
    if regex.fullmatch(r"\d{1,6}", q):
        candidates = [f"{int(q):04d}.HK", f"{q}.TW", f"{q}.SH", f"{q}.SZ", f"{q}.BJ", f"{q}.JP", f"{q}.KR"]
        found = [c for c in candidates if c in lex.securities]
        old = lex.old_codes.get(f"{q}.BJ")
        if old:
            found.append(old)
    elif regex.fullmatch(r"[A-Z][A-Z.\-]{0,6}", q):
        found = [i for i in lex.securities if i.rsplit(".", 1)[0] == q.replace(".", "-")]
    return found
