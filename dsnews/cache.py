"""The cache folder (~/.cache/dsnews): loaded lexicons, name automata, compiled patterns.

Everything in it can be rebuilt from the package; a file that is missing, stale or
unreadable is rebuilt, never trusted. DSNEWS_NO_CACHE=1 turns it off; DSNEWS_CACHE_DIR
moves it.
"""

from __future__ import annotations

import os
from pathlib import Path


def enabled() -> bool:
    return not os.environ.get("DSNEWS_NO_CACHE")


def cache_dir() -> Path:
    if os.environ.get("DSNEWS_CACHE_DIR"):
        return Path(os.environ["DSNEWS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dsnews"


def write_atomically(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all (parallel workers never see half a file)."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as fh:
            fh.write(data)
        os.replace(fh.name, path)
    except OSError:
        return
