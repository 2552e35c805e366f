"""Library search at 10,000 briefs, in process: the SQLite/FTS5 library index beside the scan it replaces.

    python bench/library_search.py [--count 10000] [--words 400]

Writes ``--count`` briefs whose JSON carries ``--words`` distinct random words each (about 3,000
characters of search text at 400, as a real brief's), records them in the library index
(``.briefgen-index.sqlite``, as ``briefgen build`` does), then times ``web.search.search`` over the
library's listing with the index and without it (the scan of every brief's text) for a few queries,
checking both give the same briefs. Prints the median of 7 runs of each.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

from briefgen.web.index_db import LibraryIndex, rebuild_index
from briefgen.web.library import Library
from briefgen.web.search import search
from briefgen.web.worker import ParsePool

T = TypeVar("T")


class InProcess(ParsePool):
    """Parses in this process (the bench times the search, not the parses)."""

    def submit(self, job: Callable[..., T], *paths: Path | None) -> Future[T]:
        future: Future[T] = Future()
        future.set_result(job(*paths))
        return future


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--words", type=int, default=400)
    args = parser.parse_args()
    rng = random.Random(1)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 11))) for _ in range(20000)]
    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} cores, load average {load:.2f}; {args.count} briefs, {args.words} words each")
    with tempfile.TemporaryDirectory(prefix="briefgen-search-") as tmp:
        root = Path(tmp) / "briefs"
        for number in range(args.count):
            name = f"brief-{number:05d}"
            (root / name).mkdir(parents=True)
            words = " ".join(rng.sample(vocab, args.words))
            data = {"title": f"Brief {number}", "subtitle": words, "date": "2026-01-01"}
            (root / name / f"{name}.json").write_text(json.dumps(data))
        started = time.perf_counter()
        rebuild_index(root)
        print(f"  index written in {time.perf_counter() - started:.1f} s")
        entries = Library(root, pool=InProcess()).briefs()
        index = LibraryIndex(root)
        search(entries, "x", "", index)  # loads the index's rows once, as the site's first search does
        for query in (vocab[5], f"{vocab[5]} {vocab[9]}", "qqqqzz", vocab[7][:4]):
            with_index: list[float] = []
            scan: list[float] = []
            for _ in range(7):
                started = time.perf_counter()
                found = search(entries, query, "", index)
                with_index.append(time.perf_counter() - started)
                started = time.perf_counter()
                expected = search(entries, query, "")
                scan.append(time.perf_counter() - started)
                assert [e.name for e in found] == [e.name for e in expected]
            print(f"  {query!r:24} {len(expected):5} hits   index p50 {statistics.median(with_index) * 1000:6.1f} ms"
                  f"   scan p50 {statistics.median(scan) * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
