"""Regular expressions compiled once per machine, not once per run.

`regex` parses a pattern in Python every time a process compiles it: the extractors'
~110 patterns cost a cold start ~80 ms. What the parser hands to regex's C engine
(`_regex.compile`) is plain data (the pattern, flags, a list of opcodes, group tables),
so the first run records it and later runs pass the recorded data straight to the
engine, ~2 ms for all of them. The engine trusts what it is given (a damaged opcode list
can crash the process), so a program is only replayed into the regex build that recorded
it (the file is named by regex's version, its engine's magic number and Python's
version) and only from a file whose checksum holds; a pattern not in the file, or any
trouble with it, is compiled the ordinary way.
"""

from __future__ import annotations

import atexit
import marshal
import sys
import threading
import zlib
from pathlib import Path
from typing import Any

import regex
from regex import _regex  # type: ignore[attr-defined]  # the C engine behind regex.compile

from dsnews import cache

# Patterns built from old lexicons pile up; past this many, keep only those this run used.
MOST_KEPT = 1000

Program = tuple[Any, ...]  # the arguments of _regex.compile
_ENGINE = _regex.compile
_programs: dict[tuple[str, int], Program] | None = None
_used: set[tuple[str, int]] = set()
_recorded = False
_engine_swap = threading.Lock()  # the engine is swapped for one compile at a time


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """regex.compile(pattern, flags), from the recorded program when there is one."""
    programs = _load()
    key = (pattern, int(flags))
    _used.add(key)
    program = programs.get(key)
    if program is not None:
        try:
            return _ENGINE(*program)
        except (TypeError, ValueError, RuntimeError):  # not a program of this engine
            del programs[key]
    compiled, program = _compile_recording(pattern, flags)
    if program is not None and cache.enabled():
        programs[key] = program
        _save_at_exit()
    return compiled


def _compile_recording(pattern: str, flags: int) -> tuple[regex.Pattern[str], Program | None]:
    """Compile the ordinary way, catching the arguments regex passes to its engine."""
    recorded: list[Program] = []

    def recording(*args: Any) -> Any:
        recorded.append(args)
        return _ENGINE(*args)

    with _engine_swap:
        _regex.compile = recording
        try:
            compiled = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            _regex.compile = _ENGINE
    if len(recorded) != 1:
        return compiled, None
    program = (recorded[0][0], int(recorded[0][1]), *recorded[0][2:])
    try:
        marshal.dumps(program)
    except ValueError:
        return compiled, None
    return compiled, program


def _file() -> Path:
    version = f"{regex.__version__}-{_regex.MAGIC}-py{sys.version_info[0]}{sys.version_info[1]}"
    return cache.cache_dir() / f"patterns-{version}.marshal"


def _load() -> dict[tuple[str, int], Program]:
    global _programs
    if _programs is None:
        _programs = {}
        if cache.enabled():
            try:
                data = _file().read_bytes()
                checksum, body = int.from_bytes(data[:4], "big"), data[4:]
                loaded = marshal.loads(body) if zlib.crc32(body) == checksum else None
                if isinstance(loaded, dict):
                    _programs = loaded
            except (OSError, ValueError, EOFError, TypeError):
                pass
    return _programs


def _save_at_exit() -> None:
    global _recorded
    if not _recorded:
        _recorded = True
        atexit.register(_save)


def _save() -> None:
    programs = _load()
    if len(programs) > MOST_KEPT:
        programs = {key: program for key, program in programs.items() if key in _used}
    body = marshal.dumps(programs)
    cache.write_atomically(_file(), zlib.crc32(body).to_bytes(4, "big") + body)
