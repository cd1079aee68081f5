"""The records dsnews produces: where (Span) is kept apart from what (the facts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["ticker", "firm", "person", "move", "quote", "index"]
Direction = Literal["up", "down", "flat"]
Hedge = Literal["over", "nearly", "about"]
Script = Literal["traditional", "simplified", "mixed", "none"]

CATEGORIES = ("tickers", "moves", "people", "firms", "quotes")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original input; always original[start:end] == text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class MoveFacts:
    direction: Direction
    value: float | None
    hedge: Hedge | None
    session: str | None
    subjects: tuple[Span, ...] = ()  # the subject spans, resolved by the extractor
    subject_keys: tuple[str | None, ...] = ()  # ticker id per subject, or None


@dataclass(frozen=True, slots=True)
class QuoteFacts:
    quote_kind: Literal["direct", "indirect"]
    verb: str
    speaker: str | None  # the speaker as written (or resolved), original script
    speaker_key: str | None  # entity key of the speaker, for assembly
    by_person: bool = False  # a person spoke (named, or a firm's unnamed officer): 他 may refer to them


@dataclass(frozen=True, slots=True)
class PersonFacts:
    title: str | None
    org: str | None
    alias_of: str | None = None  # key of a fuller name this short form refers to


@dataclass(frozen=True, slots=True)
class Mention:
    """What extractors yield (internal): a span, what it is, and the rule that found it."""

    kind: Kind
    span: Span
    key: str  # canonical: "0700.HK", or the normalised name
    rule: str  # stable rule id, e.g. "moves.verb_pct"
    facts: MoveFacts | QuoteFacts | PersonFacts | None = None


@dataclass(frozen=True, slots=True)
class Ticker:
    id: str
    symbol: str
    market: str
    name: str | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Move:
    subject: str
    ticker: str | None
    direction: Direction
    value: float | None
    hedge: Hedge | None
    session: str | None
    span: Span
    rule: str


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    title: str | None
    org: str | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Firm:
    name: str
    aliases: tuple[str, ...]
    ticker: str | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None
    text: str
    kind: Literal["direct", "indirect"]
    verb: str
    span: Span
    rule: str


@dataclass(frozen=True, slots=True)
class Result:
    """Everything found in one input. `error` is set instead when it could not be read."""

    source: str
    chars: int = 0
    script: Script = "none"
    tickers: tuple[Ticker, ...] = ()
    moves: tuple[Move, ...] = ()
    people: tuple[Person, ...] = ()
    firms: tuple[Firm, ...] = ()
    quotes: tuple[Quote, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = field(default=())
    text_from: str | None = None  # "html" / "json": the text was taken out of a page or a record

    def to_dict(self) -> dict[str, object]:
        """Return the JSON object of the output contract (schema dsnews/1)."""
        from dsnews.render import to_dict

        return to_dict(self)
