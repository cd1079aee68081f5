"""Exceptions. They carry fields and pickle cleanly, so batch workers can send them back."""

from __future__ import annotations


class DsnewsError(Exception):
    """Base of every error dsnews raises on purpose."""


class InputError(DsnewsError):
    """An input that cannot be read as text: missing, binary, or in no known encoding."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (InputError, (self.source, self.reason))


class LexiconError(DsnewsError):
    """One or more lexicon files are malformed; `problems` lists `file:line: reason`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("lexicon errors:\n" + "\n".join(problems))
        self.problems = list(problems)

    def __reduce__(self) -> tuple[type, tuple[list[str]]]:
        return (LexiconError, (self.problems,))
