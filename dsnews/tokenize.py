"""Tokenisation with jieba semantics: one Tokenizer instance of our own, taught the lexicons.

Extraction does not need tokens (the lexicon matcher and the rules work on characters,
which is ~50× faster than segmenting); tokens serve `dsnews tokens` and any rule that
wants word boundaries. jieba is imported on first use only, and its log lines are muted.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator
from typing import Any

from dsnews.lexicons import Lexicons
from dsnews.normalise import Normalised

# Frequency given to lexicon names: high enough that jieba keeps 贵州茅台 or 恒生科技指数 whole.
NAME_FREQUENCY = 100_000


@functools.cache
def tokenizer(lex: Lexicons) -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)  # "Building prefix dict…" is not for our users
    instance = jieba.Tokenizer()
    instance.initialize()
    for name in lex.names:
        if not name.isascii():  # jieba keeps Latin runs whole already
            instance.add_word(name, NAME_FREQUENCY)
    return instance


def tokens(norm: Normalised, lex: Lexicons, hmm: bool = True) -> Iterator[tuple[str, int, int]]:
    """Yield (word as in the original, start, end) with offsets into the original text."""
    for _word, start, end in tokenizer(lex).tokenize(norm.text, HMM=hmm):
        o_start, o_end = norm.to_original(start, end)
        yield norm.original[o_start:o_end], o_start, o_end
