"""Words to comparable terms: lower-case Snowball stems, with and without stop words."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from ..resources import word_list

_WORD = re.compile(r"[^\W_]+(?:[’'.][^\W_]+)*")
_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a lower-cased word (possessive ``’s`` removed)."""
    word = word.lower()
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    return str(_STEMMER.stemWord(word.replace("’", "'")))


def all_terms(text: str) -> list[str]:
    """Stems of every word, stop words included (for phrase matching)."""
    return [stem(w) for w in _WORD.findall(text)]


def content_terms(text: str) -> list[str]:
    """Stems of the content words (stop words and numbers dropped)."""
    return list(_content_terms(text))


@lru_cache(maxsize=8192)
def _content_terms(text: str) -> tuple[str, ...]:
    """``content_terms``, kept: a brief's summaries compare the same few dozen sentences many times over."""
    stop = word_list("stopwords_en.txt")
    return tuple(stem(w) for w in _WORD.findall(text) if w.lower() not in stop and not w[0].isdigit())
