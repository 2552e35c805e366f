"""Results of slow pure functions kept on disk between processes, keyed by a hash of everything they depend on.

The folder is ``$BRIEFGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/briefgen``, else ``~/.cache/briefgen``.
An entry is written whole or not at all (a temporary file renamed into place) and carries the SHA-256 of
its bytes, checked on reading: a damaged or foreign file is a miss, never wrong output. A folder that
cannot be written only costs the speed-up.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

_DIGEST = 32


def cache_root() -> Path:
    """The folder briefgen keeps its caches in."""
    explicit = os.environ.get("BRIEFGEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "briefgen"


def cache_key(*parts: bytes) -> str:
    """A file name for an entry: the SHA-256 of ``parts`` (each length-prefixed, so no two lists collide)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def cached_bytes(kind: str, key: str, make: Callable[[], bytes], keep: int | None = None) -> bytes:
    """The bytes ``make()`` returns, read from the cache folder ``kind`` when an intact entry ``key`` is there,
    else made and stored there (``keep``: as for ``store_bytes``)."""
    stored = stored_bytes(kind, key)
    if stored is not None:
        return stored
    data = make()
    store_bytes(kind, key, data, keep)
    return data


def stored_bytes(kind: str, key: str) -> bytes | None:
    """The bytes of the intact entry ``key`` in the cache folder ``kind``; None when it is missing or damaged."""
    try:
        stored = (cache_root() / kind / key).read_bytes()
    except OSError:
        return None
    if len(stored) >= _DIGEST and hashlib.sha256(stored[_DIGEST:]).digest() == stored[:_DIGEST]:
        return stored[_DIGEST:]
    return None


def stored_value(kind: str, key: str) -> Any:
    """The value ``marshal`` wrote as the intact entry ``key`` of the cache folder ``kind``; None when the entry is
    missing, damaged or not marshal's."""
    data = stored_bytes(kind, key)
    if data is None:
        return None
    try:
        return marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None


def store_bytes(kind: str, key: str, data: bytes, keep: int | None = None) -> None:
    """Keep ``data`` as entry ``key`` of the cache folder ``kind``, whole or not at all (errors only cost the cache).

    With ``keep``, the folder then holds at most the ``keep`` entries written last: for a kind whose keys
    change with every edit of the code, which would otherwise grow without end."""
    path = cache_root() / kind / key
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as out:
            temporary = out.name
            out.write(hashlib.sha256(data).digest() + data)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        return
    if keep is not None:
        _prune(path.parent, keep)


def _prune(folder: Path, keep: int) -> None:
    """Remove the entries of ``folder`` older than its ``keep`` newest (by the time written; temporaries stay).
    A process that reads a removed entry meanwhile only misses it."""
    entries: list[tuple[int, str]] = []
    try:
        with os.scandir(folder) as found:
            for entry in found:
                if not entry.name.startswith("."):
                    with contextlib.suppress(OSError):
                        entries.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.path))
    except OSError:
        return
    entries.sort(reverse=True)
    for _, stale in entries[keep:]:
        with contextlib.suppress(OSError):
            os.unlink(stale)
