"""The library page at scale (issue 12: p99 <= 50 ms at 10,000 briefs), beside a static server.

    python bench/web_library.py [--counts 10,10000] [--clients 10] [--seconds 8] [--index] [--words N] [--workers N]

For each count, writes that many small synthetic briefs (JSON with themes and figures, HTML, a
tiny PDF) into a temporary folder, starts the site on loopback (``briefgen.web.serve``), warms it
with one request on each of 4 connections per server process (the first parses every JSON
once in each process), then runs ``--clients`` keep-alive clients
asking for the library page (``/``, one request in four for a later page ``/?page=N``) for
``--seconds``, then the same for a search (``/?q=…``: after the first, its rendered page is kept while
no brief changes), then for searches asked once each (the same words in a new mix of capitals,
``/?q=mAritIme+OutLook``: the same briefs, but a new query, so rendered afresh; ``--words`` makes
each cost what it would in use). The anchor: ``python -m http.server`` serving the first page
pre-rendered (saved from the site) with the same clients. Prints requests per second, p50 and p99.
With ``--index`` the briefs' library index (``.briefgen-index.sqlite``, as ``briefgen build`` keeps
it) is written before the site starts, so listing and search read it; without, the site scans.
``--words N`` gives each brief N more distinct words of searchable text (its ``author`` field, not
shown on the cards; a real brief has a few hundred), so that searches scan what they would in use.
Bounded: loopback only, at most 50 clients and 30 s per run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from web_load import MAX_CLIENTS, MAX_SECONDS, Connection, _fetch, free_port, percentile, start_site

THEMES = ["Trade", "Maritime security", "Aid", "Energy", "Health", "Migration", "Climate"]
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
#: ``python -m http.server`` speaking HTTP/1.1, so its connections stay open like the site's, and sending at
#: once (``TCP_NODELAY``) as the site does: else each response waits ~40 ms on a delayed ACK (web_load.py).
STATIC_SERVER = (
    "import http.server as h, sys; h.SimpleHTTPRequestHandler.disable_nagle_algorithm = True; "
    "h.test(HandlerClass=h.SimpleHTTPRequestHandler, protocol='HTTP/1.1', port=int(sys.argv[1]), bind='127.0.0.1')"
)


def make_briefs(root: Path, count: int, words: int = 0) -> None:
    """``count`` brief folders with a JSON, an HTML page and a tiny PDF each; ``words`` more words of search text."""
    rng = random.Random(count)
    other = random.Random(-count)  # the extra words: the briefs are otherwise the same as without them
    vocab = ["".join(other.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(other.randint(3, 11)))
             for _ in range(20000 if words else 0)]
    for number in range(count):
        name = f"brief-{number:05d}"
        folder = root / name
        folder.mkdir(parents=True)
        themes = rng.sample(THEMES, 3)
        manifest = {
            "title": f"Brief {number}: {themes[0]} outlook",
            "subtitle": f"Regional talks, round {number % 40}",
            "date": f"20{20 + number % 7}-{1 + number % 12:02d}-{1 + number % 28:02d}",
            "classification": "UNCLASSIFIED",
            "themes": [{"id": f"t{i}", "title": t, "covered": i < 2} for i, t in enumerate(themes)],
            "sidebar": [{"display": f"${n}M", "label": "Aid", "text": f"${n} million", "kind": "money"}
                        for n in (5, 12, 40)],
        }
        if words:
            manifest["author"] = " ".join(other.sample(vocab, words))
        (folder / f"{name}.json").write_text(json.dumps(manifest))
        (folder / f"{name}.html").write_text(f"<html><body><main><h1>{manifest['title']}</h1></main></body></html>")
        (folder / f"{name}.pdf").write_bytes(PDF)


async def clients(port: int, targets: list[str], count: int, seconds: float, fresh: bool = False) -> list[float]:
    """Latencies of ``count`` clients asking for ``targets`` (first one three times as often) for ``seconds``.

    With ``fresh``, every request is a search not asked before: "maritime outlook" with capitals chosen anew.
    """
    latencies: list[float] = []
    errors: list[str] = []
    until = time.monotonic() + seconds

    async def one(seed: int) -> None:
        rng = random.Random(seed)
        connection = Connection(port)
        while time.monotonic() < until:
            target = targets[0] if len(targets) == 1 or rng.random() < 0.75 else rng.choice(targets[1:])
            if fresh:
                target = "/?q=" + _capitals("maritime+outlook", seed * 1_000_003 + len(latencies))
            started = time.perf_counter()
            status, _ = await connection.get(target)
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors.append(f"{target}: {status}")
        await connection.close()

    await asyncio.gather(*(one(n) for n in range(count)))
    if errors:
        raise SystemExit(f"{len(errors)} errors, e.g. {errors[0]}")
    return latencies


async def warm_up(port: int, count: int) -> list[float]:
    """Latencies of one library request on each of ``count`` connections opened at once.

    With ``--workers N`` the site spreads connections opened together over its processes, so 4 per
    process warm every one of them (each reads the library once), not only the one that happens to
    take the first connection (the runs' connections go to all of them).
    """

    async def one() -> float:
        connection = Connection(port)
        started = time.perf_counter()
        status, _ = await connection.get("/")
        await connection.close()
        if status != 200:
            raise SystemExit(f"warm-up: status {status}")
        return time.perf_counter() - started

    return sorted(await asyncio.gather(*(one() for _ in range(count))), reverse=True)


def _capitals(text: str, number: int) -> str:
    """``text`` with the letters whose bit of ``number`` is set in capitals (a different query for each number)."""
    out = []
    for char in text:
        if char.isalpha():
            char, number = (char.upper() if number & 1 else char), number >> 1
        out.append(char)
    return "".join(out)


def report(label: str, latencies: list[float], seconds: float) -> None:
    print(f"  {label:<44} {len(latencies) / seconds:7.0f} req/s  p50 {percentile(latencies, 50) * 1000:6.1f} ms"
          f"  p99 {percentile(latencies, 99) * 1000:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="10,10000")
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--words", type=int, default=0, help="more searchable words per brief")
    parser.add_argument("--index", action="store_true", help="write the library index (as builds do) first")
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers N)")
    args = parser.parse_args()
    count_clients = max(1, min(args.clients, MAX_CLIENTS))
    seconds = max(1.0, min(args.seconds, MAX_SECONDS))
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; {count_clients} clients, {seconds:g} s")
    for count in (int(c) for c in args.counts.split(",")):
        with tempfile.TemporaryDirectory(prefix="briefgen-library-") as tmp:
            root = Path(tmp) / "briefs"
            made = time.perf_counter()
            make_briefs(root, count, args.words)
            if args.index:
                from briefgen.web.index_db import rebuild_index

                rebuild_index(root)
            made = time.perf_counter() - made
            port = free_port()
            site = start_site(root, port, args.workers)
            try:
                started = time.perf_counter()
                first = asyncio.run(warm_up(port, 4 * args.workers))
                warm = time.perf_counter() - started
                pages = max(1, -(-count // 50))
                targets = ["/", f"/?page={max(1, pages // 2)}", f"/?page={pages}", "/?q=maritime+outlook"]
                print(f"{count} briefs (written in {made:.1f} s; first library request {first[0] * 1000:.0f} ms, "
                      f"warm-up {warm:.1f} s):")
                report("briefgen site: library pages /, /?page=N", asyncio.run(clients(port, targets[:3], count_clients,
                                                                                          seconds)), seconds)
                report("briefgen site: a search, /?q=maritime+outlook", asyncio.run(clients(port, targets[3:],
                                                                                            count_clients, seconds)),
                       seconds)
                report("briefgen site: searches asked once, /?q=mAriT…", asyncio.run(clients(port, ["/"],
                                                                                              count_clients, seconds,
                                                                                              fresh=True)), seconds)
                page = asyncio.run(_fetch(port, "/"))
            finally:
                site.send_signal(signal.SIGINT)  # stops every server process (--workers) before the parent
                site.wait(timeout=30)
            static = Path(tmp) / "static"
            static.mkdir()
            (static / "index.html").write_bytes(page)
            port = free_port()
            server = subprocess.Popen([sys.executable, "-c", STATIC_SERVER, str(port)], cwd=static,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                time.sleep(0.5)
                report("anchor: python -m http.server, page 1 saved",
                       asyncio.run(clients(port, ["/index.html"], count_clients, seconds)), seconds)
            finally:
                server.terminate()
                server.wait(timeout=10)



if __name__ == "__main__":
    main()
