"""Large regular expressions compiled once per machine: the re module's compiled form kept on disk.

Compiling a regular expression is pure Python (parse, optimise, emit code) and the analysis has a few
dozen large ones (role titles, given names, speech verbs), about half a second of every cold start. The
last step, ``_sre.compile``, is C and takes the emitted code. So the emitted code of each large pattern
is kept in the disk cache (``disk_cache``), keyed by the pattern, its flags and the exact Python build,
and later processes hand it straight to ``_sre.compile``. Any doubt (another Python, a damaged entry, an
unexpected internal API) falls back to ``re.compile``, so the result is always the pattern ``re`` makes.
"""

from __future__ import annotations

import marshal
import re
import sys
from typing import Any

from .disk_cache import cache_key, cached_bytes

try:  # the re module's own internals (CPython); without them every pattern is compiled as usual
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python implementations
    _sre = None

MIN_CACHED_LENGTH = 100
"""Shorter patterns compile in about 0.1 ms, as fast as an entry is read; longer ones go through the cache (a
1,000-character pattern: 2 ms compiled, 0.15 ms read). The analysis compiles some thirty patterns of 100 to
2,000 characters on first use: 27 ms of every process's first analysis, 2 ms from the cache."""

_BUILD = f"{sys.version}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}".encode()
_made: dict[tuple[str, int], re.Pattern[str]] = {}


def compile_cached(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, for a long pattern from its compiled form kept on disk."""
    flags = int(flags)
    found = _made.get((pattern, flags))
    if found is not None:
        return found
    compiled = _from_cache(pattern, flags) if _sre is not None and len(pattern) >= MIN_CACHED_LENGTH else None
    if compiled is None:
        compiled = re.compile(pattern, flags)
    _made[pattern, flags] = compiled
    return compiled


def _from_cache(pattern: str, flags: int) -> re.Pattern[str] | None:
    key = cache_key(b"regex", _BUILD, str(flags).encode(), pattern.encode("utf-8", "surrogatepass"))
    try:
        parts: Any = marshal.loads(cached_bytes("regex", key, lambda: marshal.dumps(emitted(pattern, flags))))
        made_flags, code, groups, groupindex, indexgroup = parts
        compiled: re.Pattern[str] = _sre.compile(pattern, made_flags, code, groups, groupindex, indexgroup)
    except Exception:  # an entry or an internal API not as expected: compile as usual
        return None
    return compiled


def emitted(pattern: str, flags: int) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern`` (the slow part)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # Opcodes and flags are int subclasses; marshal keeps plain ints only.
    return (
        int(flags | parsed.state.flags),
        [int(c) for c in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
