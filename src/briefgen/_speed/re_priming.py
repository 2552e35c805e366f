"""``re``'s own cache filled, at a build command's start, with the slow patterns earlier processes compiled.

Libraries compile their regular expressions when imported: reportlab's paragraph module alone spends some
28 ms of every cold build on two (a URL pattern with case-folded ranges up to U+FFFF, a class of every
letter), and a few more take milliseconds each. ``re.compile`` first looks in ``re``'s own cache (keyed by
the pattern's type, the pattern and the flags), so a pattern placed there is not compiled again. ``prime``
places there the slow patterns recorded by earlier processes, each made by ``_sre.compile`` from its
compiled form exactly as ``re`` makes it (``regex_cache.emitted``); at exit, the process times the patterns
in ``re``'s cache that earlier processes compiled too and it found no verdict on, keeps the compiled form
of those slower than ``SLOW_SECONDS`` and remembers the others as fast, so that later processes neither
prime nor time them; a pattern seen for the first time is only remembered (by a digest), so that one made
anew by every process (from a set's order, a brief's own names) is never kept. One ``disk_cache`` entry
per Python build holds it all; past ``MAX_SLOW`` slow patterns or ``MAX_KEPT`` verdicts, a process keeps
only those of its own patterns. Any doubt (another Python, a damaged entry, internals not as expected)
primes nothing, and ``re`` compiles as usual. A primed pattern skips only the compile's warnings (a bad
escape, a nested set).
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import re
import time
from typing import Any

from .disk_cache import cache_key, store_bytes, stored_value
from .regex_cache import _BUILD, emitted

try:  # the re module's own internals (CPython); without them nothing is primed
    import _sre  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - other Python implementations
    _sre = None

SLOW_SECONDS = 0.0005
"""Patterns that take longer to compile are primed (reading one back costs some microseconds)."""
MAX_SLOW = 100
"""Most slow patterns kept (each costs every build command some 60 microseconds to prime)."""
MAX_KEPT = 1000
"""Most verdicts kept (slow and fast); past it, a process that adds verdicts keeps only those of its own patterns."""
MAX_SEEN = 2000
"""Most patterns remembered as seen once (by a digest): the newest are kept."""
_KIND = "regex-primed"
_KEEP_ENTRIES = 1
"""Entries of the cache folder kept: the one written last (an entry of an older form, or of another Python, goes)."""
_SKIPPED_FLAGS = re.DEBUG | re.TEMPLATE  # not kept by re's cache, or warned about on every compile
Entry = tuple[str, int]
"""A pattern and its flags, as ``re``'s cache keys them (with the pattern's type, always ``str`` here)."""
Verdicts = tuple[dict[Entry, Any], set[Entry], list[bytes]]
"""(slow pattern -> compiled form, fast patterns, digests of patterns seen once, oldest first)."""

_known: list[Verdicts] = []


def prime() -> None:
    """Put the slow patterns earlier processes recorded into ``re``'s cache, and record this process's at exit."""
    if _known or _sre is None or not isinstance(getattr(re, "_cache", None), dict):
        return
    verdicts = _read()
    _known.append(verdicts)
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    for (pattern, flags), parts in verdicts[0].items():
        try:
            made_flags, code, groups, groupindex, indexgroup = parts
            compiled = _sre.compile(pattern, made_flags, code, groups, groupindex, indexgroup)
        except Exception:  # an entry not as expected: re compiles this one as usual
            continue
        cache.setdefault((str, pattern, flags), compiled)
    atexit.register(_record)


def _key() -> str:
    return cache_key(b"regex-primed-2", _BUILD)


def _digest(entry: Entry) -> bytes:
    return hashlib.sha256(f"{int(entry[1])}|{entry[0]}".encode("utf-8", "surrogatepass")).digest()[:16]


def _read() -> Verdicts:
    """The verdicts stored for this Python build (none when missing, damaged or of another form)."""
    loaded = stored_value(_KIND, _key())
    if not (isinstance(loaded, tuple) and len(loaded) == 3):
        return {}, set(), []
    slow, fast, seen = loaded
    if not isinstance(slow, dict) or not isinstance(fast, (set, frozenset)) or not isinstance(seen, list):
        return {}, set(), []
    return slow, set(fast), seen


def _record() -> None:
    """Note the patterns in ``re``'s cache without a verdict: one seen before by an earlier process is judged
    (timed, and kept when slow), one seen for the first time only remembered, so that a pattern made anew by
    every process (from a set's order, a brief's names) is never kept nor timed; store when anything is new."""
    known_slow, known_fast, known_seen = _known[0]
    cache: dict[Any, Any] = getattr(re, "_cache", {})
    used = {(pattern, flags) for kind, pattern, flags in list(cache) if kind is str and not flags & _SKIPPED_FLAGS}
    new = used - known_slow.keys() - known_fast
    if not new:
        return
    slow, fast, seen = _read()  # with what other processes recorded meanwhile
    seen_before = set(seen) | set(known_seen)
    changed = False
    for entry in new:
        if entry in slow or entry in fast:
            continue
        digest = _digest(entry)
        if digest not in seen_before:
            seen.append(digest)
            changed = True
            continue
        try:
            started = time.perf_counter()
            parts = emitted(*entry)
            took = time.perf_counter() - started
        except Exception:  # internals not as expected: no verdict
            continue
        if took >= SLOW_SECONDS:
            slow[entry] = parts
        else:
            fast.add(entry)
        changed = True
    if not changed:
        return
    if len(slow) > MAX_SLOW or len(slow) + len(fast) > MAX_KEPT:
        slow = {entry: parts for entry, parts in slow.items() if entry in used}
        fast &= used
    store_bytes(_KIND, _key(), marshal.dumps((slow, fast, seen[-MAX_SEEN:])), _KEEP_ENTRIES)
