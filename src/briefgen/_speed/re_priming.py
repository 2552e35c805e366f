"""``re``'s own cache filled, at a build command's start, with the slow patterns earlier processes compiled.

Libraries compile their regular expressions when imported: reportlab's paragraph module alone spends some
28 ms of every cold build on two (a URL pattern with case-folded ranges up to U+FFFF, a class of every
letter), and a few more take milliseconds each. ``re.compile`` first looks in ``re``'s own cache (keyed by
the pattern's type, the pattern and the flags), so a pattern placed there is not compiled again. ``prime``
places there the slow patterns recorded by earlier processes, each made by ``_sre.compile`` from its
compiled form exactly as ``re`` makes it (``regex_cache.emitted``); at exit, the process times the patterns
in ``re``'s cache it found no verdict on, keeps the compiled form of those slower than ``SLOW_SECONDS`` and
remembers the others as fast, so that later processes neither prime nor time them. One ``disk_cache``
entry per Python build holds both; past ``MAX_KEPT`` verdicts, a process keeps only those of the patterns
it used. Any doubt (another Python, a damaged entry, internals not as expected) primes nothing, and ``re``
compiles as usual. A primed pattern skips only the compile's warnings (a bad escape, a nested set).
"""

from __future__ import annotations

import atexit
import marshal
import re
import time
from typing import Any

from .disk_cache import cache_key, store_bytes, stored_bytes
from .regex_cache import _BUILD, emitted

try:  # the re module's own internals (CPython); without them nothing is primed
    import _sre  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - other Python implementations
    _sre = None

SLOW_SECONDS = 0.0005
"""Patterns that take longer to compile are primed (reading one back costs some microseconds)."""
MAX_KEPT = 2000
"""Most verdicts kept (slow and fast); past it, a process that adds verdicts keeps only those of its own patterns."""
_KIND = "regex-primed"
_SKIPPED_FLAGS = re.DEBUG | re.TEMPLATE  # not kept by re's cache, or warned about on every compile
Verdicts = tuple[dict[tuple[str, int], Any], set[tuple[str, int]]]
"""(slow pattern and flags -> compiled form, fast patterns and flags)."""

_known: list[Verdicts] = []


def prime() -> None:
    """Put the slow patterns earlier processes recorded into ``re``'s cache, and record this process's at exit."""
    if _known or _sre is None or not isinstance(getattr(re, "_cache", None), dict):
        return
    slow, fast = _read()
    _known.append((slow, fast))
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    for (pattern, flags), parts in slow.items():
        try:
            made_flags, code, groups, groupindex, indexgroup = parts
            compiled = _sre.compile(pattern, made_flags, code, groups, groupindex, indexgroup)
        except Exception:  # an entry not as expected: re compiles this one as usual
            continue
        cache.setdefault((str, pattern, flags), compiled)
    atexit.register(_record)


def _key() -> str:
    return cache_key(b"regex-primed", _BUILD)


def _read() -> Verdicts:
    """The verdicts stored for this Python build (none when missing, damaged or of another form)."""
    data = stored_bytes(_KIND, _key())
    try:
        loaded = marshal.loads(data) if data else None
    except (ValueError, EOFError, TypeError):
        loaded = None
    if not (isinstance(loaded, tuple) and len(loaded) == 2):
        return {}, set()
    slow, fast = loaded
    if not isinstance(slow, dict) or not isinstance(fast, (set, frozenset)):
        return {}, set()
    return slow, set(fast)


def _record() -> None:
    """Judge the patterns in ``re``'s cache without a verdict yet; store the verdicts when there are new ones."""
    slow, fast = _known[0]
    cache: dict[Any, Any] = getattr(re, "_cache", {})
    used = {(pattern, flags) for kind, pattern, flags in list(cache) if kind is str and not flags & _SKIPPED_FLAGS}
    new_slow: dict[tuple[str, int], Any] = {}
    new_fast: set[tuple[str, int]] = set()
    for entry in used - slow.keys() - fast:
        try:
            started = time.perf_counter()
            parts = emitted(*entry)
            took = time.perf_counter() - started
        except Exception:  # internals not as expected: no verdict
            continue
        if took >= SLOW_SECONDS:
            new_slow[entry] = parts
        else:
            new_fast.add(entry)
    if not new_slow and not new_fast:
        return
    stored_slow, stored_fast = _read()  # with what other processes recorded meanwhile
    stored_slow.update(new_slow)
    stored_fast |= new_fast
    if len(stored_slow) + len(stored_fast) > MAX_KEPT:
        stored_slow = {entry: parts for entry, parts in stored_slow.items() if entry in used}
        stored_fast &= used
    store_bytes(_KIND, _key(), marshal.dumps((stored_slow, stored_fast)))
