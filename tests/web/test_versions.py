"""The version cache: one computation per version for all who wait, old versions replaced, size bounded."""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

from briefgen.web.versions import VersionCache


def _computed(value: str) -> Future[str]:
    future: Future[str] = Future()
    future.set_result(value)
    return future


def test_concurrent_gets_share_one_computation() -> None:
    cache: VersionCache[str] = VersionCache(1000, len)
    started = threading.Event()
    release = threading.Event()
    calls: list[int] = []

    def slow() -> str:
        started.set()
        release.wait(5)
        return "parsed"

    with ThreadPoolExecutor(1) as pool:

        def compute() -> Future[str]:
            calls.append(1)
            return pool.submit(slow)

        futures = [cache.get("a.json", (1, 10), compute)]
        assert started.wait(5)
        with ThreadPoolExecutor(8) as askers:
            futures += list(askers.map(lambda _: cache.get("a.json", (1, 10), compute), range(8)))
        assert cache.stats().pending == 1
        release.set()
        assert {f.result(5) for f in futures} == {"parsed"}
    assert len(calls) == 1 and len({id(f) for f in futures}) == 1
    assert cache.stats().pending == 0 and cache.stats().bytes == len("parsed")


def test_a_new_version_replaces_the_old_one() -> None:
    cache: VersionCache[str] = VersionCache(1000, len)
    for version in range(10):
        assert cache.get("a.json", version, lambda v=version: _computed(f"v{v}")).result() == f"v{version}"
    assert cache.get("a.json", 9, lambda: _computed("again")).result() == "v9"  # same version: not recomputed
    stats = cache.stats()
    assert (stats.entries, stats.bytes) == (1, len("v9"))


def test_a_failure_is_forgotten_so_the_next_request_tries_again() -> None:
    cache: VersionCache[str] = VersionCache(1000, len)
    failed: Future[str] = Future()
    failed.set_exception(FileNotFoundError("gone"))
    with pytest.raises(FileNotFoundError):
        cache.get("a.json", 1, lambda: failed).result()
    assert cache.stats().entries == 0
    assert cache.get("a.json", 1, lambda: _computed("ok")).result() == "ok"


def test_least_recently_used_dropped_past_the_budget() -> None:
    cache: VersionCache[str] = VersionCache(25, len)
    for key in ("a", "b", "c"):
        cache.get(key, 1, lambda k=key: _computed(k * 10))
    assert cache.stats().entries == 2 and cache.stats().bytes == 20  # "a" dropped
    cache.get("b", 1, lambda: _computed("never"))  # "b" used: "c" is now the oldest
    cache.get("d", 1, lambda: _computed("d" * 10))
    assert cache.get("b", 1, lambda: _computed("recomputed")).result() == "b" * 10
    assert cache.get("c", 1, lambda: _computed("recomputed")).result() == "recomputed"
    huge = cache.get("e", 1, lambda: _computed("e" * 100))
    assert huge.result() == "e" * 100 and cache.stats().entries == 1  # the newest stays, even alone over budget
