"""A cache of one version per key: each value computed once for all who wait, old versions dropped, size bounded."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class _Slot(Generic[V]):
    version: Hashable
    future: Future[V]
    size: int = 0


@dataclass(frozen=True, slots=True)
class CacheStats:
    """What a ``VersionCache`` holds."""

    entries: int
    """Keys held, computed or being computed."""
    pending: int
    """Of those, values still being computed."""
    bytes: int
    """Estimated size of the computed values."""


class VersionCache(Generic[V]):
    """Thread-safe single-flight cache keeping, per key, only the value of its latest version.

    ``get`` gives the future of a key's value at a version: the one computed, or being computed,
    for that version (so concurrent requests share one computation), else a new computation that
    replaces the key's old version at once. A failed computation is forgotten, so the next request
    tries again. Once the values' estimated sizes pass ``max_bytes``, the least recently used keys
    are dropped (the newest value is kept even if it alone is larger).
    """

    def __init__(self, max_bytes: int, size_of: Callable[[V], int]) -> None:
        self.max_bytes = max_bytes
        self._size_of = size_of
        self._slots: OrderedDict[Hashable, _Slot[V]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable, version: Hashable, compute: Callable[[], Future[V]]) -> Future[V]:
        """The future value of ``key`` at ``version``; ``compute`` starts a computation when none matches."""
        with self._lock:
            slot = self._slots.get(key)
            if slot is not None and slot.version == version:
                self._slots.move_to_end(key)
                return slot.future
            future = compute()
            self._drop(key)
            self._slots[key] = _Slot(version, future)
        future.add_done_callback(lambda done: self._settled(key, done))
        return future

    def stats(self) -> CacheStats:
        """Counts and size of what is held now."""
        with self._lock:
            pending = sum(not s.future.done() for s in self._slots.values())
            return CacheStats(len(self._slots), pending, self._bytes)

    def _settled(self, key: Hashable, future: Future[V]) -> None:
        with self._lock:
            slot = self._slots.get(key)
            if slot is None or slot.future is not future:
                return  # replaced by a newer version meanwhile
            if future.cancelled() or future.exception() is not None:
                del self._slots[key]
                return
            size = self._size_of(future.result())
            self._slots[key] = _Slot(slot.version, future, size)
            self._bytes += size
            for old in list(self._slots):
                if self._bytes <= self.max_bytes:
                    break
                if old != key and self._slots[old].future.done():
                    self._drop(old)

    def _drop(self, key: Hashable) -> None:
        slot = self._slots.pop(key, None)
        if slot is not None:
            self._bytes -= slot.size
