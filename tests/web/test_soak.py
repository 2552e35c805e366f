"""Soak (issue 15): briefs rebuilt over and over while 50 clients read the library and brief pages, on loopback.

No request may fail and the process's memory must stay flat: only the latest version of each brief
is kept, and parsing happens in the worker process.
"""

from __future__ import annotations

import gc
import http.client
import random
import threading
import time
from pathlib import Path

import pytest

from web.brief_fixtures import MARITIME, TRADE, make_brief, padded_json, replace_file
from web.live_server import address, http_get, live_server

CLIENTS = 50
SECONDS = 4.0
#: RSS growth allowed over the soak, after warm-up (the old cache grew by the parsed JSON on every rebuild).
MAX_GROWTH_BYTES = 24 * 1024 * 1024
TARGETS = ("/", "/", f"/briefs/{MARITIME.name}", f"/briefs/{TRADE.name}", "/?q=ministers", "/static/site.css")


def _rss() -> int:
    status = Path("/proc/self/status")
    if not status.exists():
        pytest.skip("needs /proc/self/status (Linux) to measure memory")
    line = next(line for line in status.read_text().splitlines() if line.startswith("VmRSS:"))
    return int(line.split()[1]) * 1024


def _reader(url: str, until: float, seed: int, counts: list[int], errors: list[str]) -> None:
    rng = random.Random(seed)
    conn: http.client.HTTPConnection | None = None
    while time.monotonic() < until:
        target = rng.choice(TARGETS)
        try:
            if conn is None:
                conn = http.client.HTTPConnection(*address(url), timeout=15)
            conn.request("GET", target)
            response = conn.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{target}: {type(exc).__name__}: {exc}")
            conn = None
            continue
        if response.status != 200:
            errors.append(f"{target}: status {response.status}")
        elif not target.startswith("/static/") and not body.rstrip().endswith(b"</html>"):
            errors.append(f"{target}: a page of {len(body)} bytes without its end")
        counts[seed] += 1
    if conn is not None:
        conn.close()


def test_rebuilds_under_fifty_readers(tmp_path: Path) -> None:
    made = make_brief(tmp_path, MARITIME)
    other = make_brief(tmp_path, TRADE)
    builds = [padded_json(made.json | {"title": f"Build {n}"}, 2, seed=n) for n in range(6)]
    small = [padded_json(other.json | {"title": f"Trade {n}"}, 0.05, seed=n) for n in range(6)]
    html, json_path, other_json = (made.files["html"], made.files["json"], other.files["json"])
    pages = [html.read_bytes(), html.read_bytes().replace(b"Observers", b"Analysts")]
    with live_server(tmp_path) as url:
        for target in TARGETS:  # warm-up: the worker, the templates, the caches
            assert http_get(url, target).startswith(b"HTTP/1.1 200")
        until = time.monotonic() + SECONDS
        counts, errors = [0] * CLIENTS, []
        readers = [
            threading.Thread(target=_reader, args=(url, until, n, counts, errors), daemon=True) for n in range(CLIENTS)
        ]
        for reader in readers:
            reader.start()
        rebuilds = 0
        time.sleep(0.5)
        gc.collect()
        baseline = peak = _rss()
        while time.monotonic() < until:
            replace_file(json_path, builds[rebuilds % len(builds)])
            replace_file(html, pages[rebuilds % len(pages)])
            replace_file(other_json, small[rebuilds % len(small)])
            rebuilds += 1
            time.sleep(0.02)
            peak = max(peak, _rss())
        for reader in readers:
            reader.join(30)
        gc.collect()
        peak = max(peak, _rss())
    assert not errors, f"{len(errors)} failed requests, first: {errors[:5]}"
    assert not any(reader.is_alive() for reader in readers)
    assert sum(counts) > 10 * CLIENTS and min(counts) > 0 and rebuilds > 20, (sum(counts), rebuilds)
    growth = peak - baseline
    assert growth < MAX_GROWTH_BYTES, f"memory grew by {growth / 1e6:.0f} MB over {rebuilds} rebuilds"
