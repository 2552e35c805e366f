"""The methods ``@dataclass`` writes (``__init__``, ``__repr__``, ``__eq__``, ...) compiled once per machine.

``dataclasses`` makes each method as source text and compiles it while the class is created: a build
creates some 130 dataclasses (the content model, the document tree, the analysis's records), about 760
small compiles and some 50-60 ms of every cold start. The compiled code depends on nothing but that text
(and the Python build), so it is kept on disk: one file of marshalled code objects per Python build, in
briefgen's cache folder (``disk_cache``), read on the first dataclass a process makes and written back at
exit when the process compiled a text it did not hold; only the package's own classes are kept. Only the
``dataclasses`` module's own ``exec`` is served (a module global that shadows the builtin there), with the
same globals and namespace, so every class gets the methods ``dataclasses`` makes; a text not kept, another
Python or a damaged file compiles as usual.

Importing this module installs it. The content model and the build import it before their first dataclass;
the start-up of ``--help`` and ``--version`` does not (reading the store would cost it more than it saves).
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import marshal
import sys
from types import CodeType
from typing import Any

MAX_KEPT = 2000
"""Most texts kept; past it, a process that adds texts keeps only those it used (old versions of edited classes go)."""
OWN = "briefgen."
"""Only the package's own classes are kept (a test run's or a library's classes made on the fly are not)."""
_KIND = "dataclass-code"
_BUILD = f"dataclass-code-2|{sys.version}|{sys.implementation.cache_tag}".encode()

_kept: dict[str, CodeType] | None = None
_added: list[str] = []
_used: set[str] = set()


def install() -> None:
    """Serve ``dataclasses``' compiles from the kept code (CPython only; once per process)."""
    if sys.implementation.name != "cpython" or getattr(dataclasses, "exec", None) is _exec:
        return
    dataclasses.exec = _exec  # type: ignore[attr-defined]


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> None:
    """``exec`` as ``dataclasses`` calls it, running kept code for a text compiled before."""
    if globals is None:
        globals = vars(dataclasses)
    if isinstance(source, str) and str(globals.get("__name__", "")).startswith(OWN):
        source = _code(source)
    builtins.exec(source, globals, locals)


def _code(text: str) -> CodeType:
    """The code ``exec`` compiles ``text`` to, kept or compiled now (and kept)."""
    kept = _load()
    _used.add(text)
    code = kept.get(text)
    if code is None:
        # As ``exec`` compiles a string called from dataclasses (no ``from __future__`` there): inherit nothing.
        code = kept[text] = compile(text, "<string>", "exec", dont_inherit=True)
        if not _added:
            atexit.register(_save)
        _added.append(text)
    return code


def _load() -> dict[str, CodeType]:
    """The kept code, read from disk on first use (empty when missing, damaged or of another form)."""
    global _kept
    if _kept is None:
        from .disk_cache import cache_key

        _kept = _read(cache_key(_BUILD))
    return _kept


def _save() -> None:
    """Write the kept code with this process's new texts, merged with what another process wrote meanwhile;
    past ``MAX_KEPT`` texts, only those this process used."""
    from .disk_cache import cache_key, store_bytes

    if not _added:
        return
    key = cache_key(_BUILD)
    merged = _read(key)
    kept = _load()
    merged.update((text, kept[text]) for text in _added)
    if len(merged) > MAX_KEPT:
        merged = {text: code for text, code in merged.items() if text in _used}
    _added.clear()
    store_bytes(_KIND, key, marshal.dumps(merged))


def _read(key: str) -> dict[str, CodeType]:
    """The texts and code of the stored entry ``key`` (empty when there is none or it is not of this form)."""
    from .disk_cache import stored_value

    loaded = stored_value(_KIND, key)
    if not isinstance(loaded, dict):
        return {}
    return {k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, CodeType)}


install()
