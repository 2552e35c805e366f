"""Big and rebuilt briefs (issue 15): one parse per version for all requests, old versions dropped, memory flat,
static files answered while a big JSON is parsed."""

from __future__ import annotations

import gc
import threading
import time
import tracemalloc
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest

from briefgen.web import library as library_module
from briefgen.web.library import Library
from briefgen.web.summary import MAX_SEARCH_CHARS
from briefgen.web.worker import ParsePool, shared_pool
from web.brief_fixtures import MARITIME, MadeBrief, make_brief, padded_json, replace_file
from web.live_server import http_get, live_server

T = TypeVar("T")


class CountingPool(ParsePool):
    """The shared worker pool, recording every job started (job name, first file)."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[tuple[str, Path | None]] = []
        self.started = threading.Event()

    def submit(self, job: Callable[..., T], *paths: Path | None) -> Future[T]:
        self.jobs.append((getattr(job, "func", job).__name__, paths[0]))
        self.started.set()
        return shared_pool().submit(job, *paths)

    def parses(self, job: str, path: Path) -> int:
        """Jobs ``job`` started on ``path``."""
        return sum(1 for name, p in self.jobs if name == job and p is not None and p.name == path.name)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> CountingPool:
    """A pool every library made during the test uses."""
    pool = CountingPool()
    monkeypatch.setattr(library_module, "shared_pool", lambda: pool)
    return pool


def _json_path(made: MadeBrief) -> Path:
    return made.folder / f"{MARITIME.name}.json"


def test_concurrent_requests_parse_each_version_once(
    briefs_root: Path, maritime: MadeBrief, counting: CountingPool
) -> None:
    path = _json_path(maritime)
    with live_server(briefs_root) as url:
        assert http_get(url, "/").startswith(b"HTTP/1.1 200")
        for build in range(3):
            replace_file(path, padded_json(maritime.json | {"title": f"Build number {build}"}, 8, seed=build))
            with ThreadPoolExecutor(8) as clients:
                pages = list(clients.map(lambda _: http_get(url, "/"), range(8)))
                briefs = list(clients.map(lambda _: http_get(url, f"/briefs/{MARITIME.name}"), range(8)))
            for page in pages + briefs:
                assert page.startswith(b"HTTP/1.1 200") and f"Build number {build}".encode() in page
    assert counting.parses("read_summary", path) == 4  # the first version, then one per rebuild
    assert counting.parses("read_view", maritime.folder / f"{MARITIME.name}.html") == 3


def test_rebuilds_keep_only_the_latest_small_version(tmp_path: Path, counting: CountingPool) -> None:
    made = make_brief(tmp_path, MARITIME)
    library = Library(tmp_path)
    builds = [padded_json(made.json | {"title": f"Build {n}"}, 3, seed=n) for n in range(8)]
    gc.collect()
    tracemalloc.start()
    try:
        for build, data in enumerate(builds):
            replace_file(_json_path(made), data)
            entry = library.brief(MARITIME.name)
            assert entry is not None and entry.title == f"Build {build}"
            view = library.view(entry)
            assert view is not None and view.passages
            if build == 0:
                gc.collect()
                first = tracemalloc.get_traced_memory()[0]
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - first
    finally:
        tracemalloc.stop()
    assert grown < 1_000_000, f"{grown / 1e6:.1f} MB kept after 7 rebuilds of a 3 MB JSON"
    summaries, views = library.summaries.stats(), library.views.stats()
    assert (summaries.entries, views.entries) == (1, 1)
    assert summaries.bytes < 50_000 and views.bytes < 100_000  # not the 3 MB parsed


def test_search_keeps_only_distinct_words_within_a_bound(tmp_path: Path) -> None:
    made = make_brief(tmp_path, MARITIME)
    quotes = [
        {"speaker": "x", "text": f"word{n} Jakarta", "cite": {"source": "s", "start": n, "end": n + 1}}
        for n in range(60_000)
    ]
    replace_file(_json_path(made), padded_json(made.json | {"quotes": quotes}, 0))
    entry = Library(tmp_path).brief(MARITIME.name)
    assert entry is not None and entry.summary is not None
    text = entry.summary.search_text
    assert len(text) <= MAX_SEARCH_CHARS and text.count("jakarta") == 1
    assert "word1 " in text and "word59999" not in text  # the bound cuts at a word


def test_static_files_are_answered_while_a_big_brief_is_parsed(
    briefs_root: Path, maritime: MadeBrief, counting: CountingPool
) -> None:
    big = padded_json(maritime.json | {"title": "The big one"}, 40)
    with live_server(briefs_root) as url:
        assert http_get(url, "/").startswith(b"HTTP/1.1 200")  # the worker is up
        counting.started.clear()
        replace_file(_json_path(maritime), big)
        finished: dict[str, float] = {}

        def library() -> None:
            assert b"The big one" in http_get(url, "/", timeout=60)
            finished["library"] = time.monotonic()

        thread = threading.Thread(target=library)
        thread.start()
        assert counting.started.wait(10)
        waits = []
        for _ in range(10):
            started = time.monotonic()
            assert http_get(url, "/static/site.css").startswith(b"HTTP/1.1 200")
            waits.append(time.monotonic() - started)
        css_done = time.monotonic()
        thread.join(60)
    assert finished["library"] > css_done, "the parse ended before the static files were asked for"
    assert max(waits) < 0.25, f"static files waited up to {max(waits):.2f} s"
