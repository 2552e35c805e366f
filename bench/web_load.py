"""Load benchmark of the download site: concurrent clients on loopback load the library and download PDFs.

    .venv/bin/python bench/web_load.py                      # synthetic briefs, 20 clients, 10 s
    .venv/bin/python bench/web_load.py --briefs briefs --clients 10 --seconds 5
    .venv/bin/python bench/web_load.py --rebuild-mb 20      # a 20 MB JSON rebuilt every 0.5 s meanwhile
    .venv/bin/python bench/web_load.py --briefs briefs --workers 2 --anchor   # serve --workers 2, and the anchor

With ``--workers N`` the site runs as ``serve --workers N`` (N processes on one socket). With
``--anchor`` the same clients then run against ``python -m http.server`` (HTTP/1.1) serving the
same files from a copy: the library page saved from the site as ``index.html`` and the same PDFs
at the same addresses, so both runs read the same bytes on the same machine, with the same mix of
requests (each client draws from its own seeded generator). The anchor's sockets send at once
(``TCP_NODELAY``), as the site's do (asyncio sets it on every TCP connection): left to Nagle's
algorithm, http.server's separate writes of head and body wait for the client's delayed ACK, about
40 ms a response, which measures that stall rather than the server (630 req/s, p50 44 ms here).
Both runs print the server's CPU time per request (all its processes, during the run only) and
the client's, so a server starved by the client (or by other work on the machine) shows.

The site runs in a child process through ``briefgen.web.serve`` on 127.0.0.1 and a free port; the
clients run here, each a keep-alive HTTP/1.1 connection over asyncio streams (light enough that the
site, not the client, is what is measured). Client count and duration are bounded (at most 50 clients and
30 s). Prints requests per second, p50/p99 latency per kind of request, errors and the site
process's memory (Linux); exits 1 on any error (a non-200 status, a short or wrong body, a
connection failure). With ``--rebuild-mb``, one synthetic brief's JSON is rewritten (renamed into
place, as the writers do) every 0.5 s with that many MB of extra passages.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import random
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

MAX_CLIENTS = 50
MAX_SECONDS = 30.0


@dataclass
class Tally:
    """Latencies and failures of one kind of request."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    bytes: int = 0


def synthetic_briefs(root: Path, count: int = 5, pages: int = 150) -> None:
    """Briefs with a multi-page (about 1 MB) uncompressed PDF each, a JSON and an HTML page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(7)
    words = ["ministers", "agreed", "funding", "security", "partners", "regional", "talks", "trade", "aid"]
    for number in range(count):
        name = f"bench-{number}"
        folder = root / name
        folder.mkdir(parents=True)
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=0)
        for _ in range(pages):
            for line in range(48):
                pdf.drawString(60, 800 - line * 16, " ".join(rng.choice(words) for _ in range(14)))
            pdf.showPage()
        pdf.save()
        (folder / f"{name}.pdf").write_bytes(buffer.getvalue())
        manifest = {
            "title": f"Benchmark brief {number}",
            "date": f"2026-01-{number + 1:02d}",
            "classification": "UNCLASSIFIED",
            "themes": [{"id": "t", "title": "Trade", "covered": True}],
            "sidebar": [{"display": "$5M", "label": "Aid", "text": "$5 million", "kind": "money"}],
        }
        (folder / f"{name}.json").write_text(json.dumps(manifest))
        (folder / f"{name}.html").write_text(f"<html><body><main><h1>{manifest['title']}</h1></main></body></html>")


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_site(briefs: Path, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    """``briefgen.web.serve`` in a child process (``workers`` server processes); returns once it answers."""
    code = (
        f"from pathlib import Path; from briefgen.web import serve; "
        f"serve(Path({str(briefs)!r}), port={port}, workers={workers})"
    )
    return wait_until_listening([sys.executable, "-c", code], port)


def wait_until_listening(
    command: list[str], port: int, cwd: Path | None = None, quiet: bool = False
) -> subprocess.Popen[bytes]:
    """Start ``command``; return once something accepts connections on ``port`` (a clear exit after 15 s).

    Its error stream is kept to report a failed start; ``quiet`` drops it (a server logging every request
    to it would fill the pipe and stop).
    """
    errors = subprocess.DEVNULL if quiet else subprocess.PIPE
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, cwd=cwd)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise SystemExit(f"the site did not start: {child.stderr.read().decode() if child.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return child
        except OSError:
            time.sleep(0.1)
    child.terminate()
    raise SystemExit("the site did not answer within 15 s")


class Connection:
    """A keep-alive HTTP/1.1 connection that GETs one URL at a time (bodies always have a Content-Length)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        """Status and body of GET target."""
        if self.reader is None or self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
        body = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection") == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        """Close the connection."""
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def client(
    port: int, pdfs: dict[str, int], share: float, until: float, seed: int, tallies: dict[str, Tally]
) -> None:
    """One client: request after request until the deadline."""
    rng = random.Random(seed)
    urls = sorted(pdfs)
    connection = Connection(port)
    while time.monotonic() < until:
        kind = "pdf" if rng.random() < share else "library"
        url = rng.choice(urls) if kind == "pdf" else "/"
        tally = tallies[kind]
        started = time.perf_counter()
        try:
            status, body = await asyncio.wait_for(connection.get(url), timeout=30)
        except (TimeoutError, OSError, ValueError, IndexError, asyncio.IncompleteReadError) as exc:
            tally.errors.append(f"{url}: {type(exc).__name__}")
            await connection.close()
            continue
        tally.latencies.append(time.perf_counter() - started)
        tally.bytes += len(body)
        if status != 200:
            tally.errors.append(f"{url}: status {status}")
        elif kind == "pdf" and (len(body) != pdfs[url] or not body.startswith(b"%PDF")):
            tally.errors.append(f"{url}: got {len(body)} bytes, expected {pdfs[url]}")
    await connection.close()


async def run(
    port: int, pdfs: dict[str, int], clients: int, seconds: float, share: float, rebuild: Path | None, mb: float
) -> dict[str, Tally]:
    """Run the clients (and the rebuilds); the tallies by kind of request."""
    tallies = {"library": Tally(), "pdf": Tally()}
    until = time.monotonic() + seconds
    tasks = [client(port, pdfs, share, until, n, tallies) for n in range(clients)]
    if rebuild is not None:
        tasks.append(rebuilds(rebuild, mb, until))
    await asyncio.gather(*tasks)
    return tallies


async def rebuilds(path: Path, mb: float, until: float) -> None:
    """Rewrite the brief JSON at ``path`` every 0.5 s until the deadline, each time a new version."""
    base = json.loads(path.read_text())
    number = 0
    while time.monotonic() < until:
        await asyncio.to_thread(rewrite, path, base | {"title": f"{base['title']}, build {number}"}, mb)
        number += 1
        await asyncio.sleep(0.5)


def rewrite(path: Path, data: dict[str, object], mb: float) -> None:
    """Write ``data`` with about ``mb`` MB of passages to ``path`` through a renamed temporary file."""
    text = " ".join(["regional talks on funding and security partners"] * 20)
    count = max(1, int(mb * 1_000_000 / (len(text) + 80)))
    passages = [{"source": "s", "paragraph": n, "start": 0, "end": len(text), "text": text} for n in range(count)]
    part = path.with_name(f".{path.name}.bench.part")
    part.write_text(json.dumps(data | {"passages": passages}))
    part.replace(path)


def memory_mb(pid: int) -> tuple[float, float] | None:
    """Resident and peak resident memory of a process in MB, where /proc tells them."""
    try:
        fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    except (OSError, ValueError):
        return None
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of a process and all its descendants so far, where /proc tells it (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except (OSError, ValueError, IndexError):
        return None
    for task in tasks:
        try:
            children = (task / "children").read_text().split()
        except OSError:  # a thread that ended meanwhile
            continue
        total += sum(cpu_seconds(int(child)) or 0.0 for child in children)
    return total


def client_cpu() -> float:
    """CPU time (user + system) of this process (the clients) so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cost(pid: int, before: tuple[float | None, float], tallies: dict[str, Tally]) -> str:
    """Server and client CPU time per request since ``before`` (``cpu_seconds(pid)``, ``client_cpu()``)."""
    count = max(1, sum(len(t.latencies) for t in tallies.values()))
    server, client = cpu_seconds(pid), client_cpu() - before[1]
    shown = f"{(server - before[0]) / count * 1e6:.0f} us" if server is not None and before[0] is not None else "?"
    return f"server {shown}, client {client / count * 1e6:.0f} us"


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100) of the values."""
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[min(98, max(0, round(q) - 1))]


def main() -> int:
    """Parse the arguments, run the benchmark, print the figures; 1 when any request failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=Path, help="briefs folder (default: synthetic briefs in a temp folder)")
    parser.add_argument("--clients", type=int, default=20, help=f"concurrent clients (1–{MAX_CLIENTS})")
    parser.add_argument("--seconds", type=float, default=10.0, help=f"duration (up to {MAX_SECONDS:g} s)")
    parser.add_argument("--pdf-share", type=float, default=0.5, help="share of requests that download a PDF")
    parser.add_argument("--rebuild-mb", type=float, default=0.0, help="rebuild a synthetic brief's JSON of this size")
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers N)")
    parser.add_argument("--anchor", action="store_true", help="then the same load on python -m http.server")
    args = parser.parse_args()
    clients = max(1, min(MAX_CLIENTS, args.clients))
    seconds = max(1.0, min(MAX_SECONDS, args.seconds))

    with tempfile.TemporaryDirectory() as tmp:
        briefs = args.briefs
        if briefs is None:
            briefs = Path(tmp)
            synthetic_briefs(briefs)
        pdfs = {
            f"/briefs/{p.parent.name}/{p.name}": p.stat().st_size
            for p in sorted(briefs.glob("*/*.pdf"))
            if p.stem == p.parent.name
        }
        if not pdfs:
            raise SystemExit(f"{briefs}: no <name>/<name>.pdf briefs to download")
        rebuild = briefs / "bench-0" / "bench-0.json" if args.rebuild_mb > 0 and args.briefs is None else None
        if args.rebuild_mb > 0 and rebuild is None:
            raise SystemExit("--rebuild-mb rewrites a synthetic brief: leave out --briefs")
        port = free_port()
        print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} before the run")
        site = start_site(briefs, port, args.workers)
        try:
            started = memory_mb(site.pid)
            before = cpu_seconds(site.pid), client_cpu()
            tallies = asyncio.run(run(port, pdfs, clients, seconds, args.pdf_share, rebuild, args.rebuild_mb))
            site_cost = cost(site.pid, before, tallies)
            ended = memory_mb(site.pid)
            page = asyncio.run(_fetch(port, "/")) if args.anchor else b""
        finally:
            site.send_signal(signal.SIGINT)  # stops every server process (--workers) before the parent ends
            _, _, usage = os.wait4(site.pid, 0)  # our own child: also tells the site's CPU time (and its children's)
            site.returncode = 0
        anchor = (
            static_anchor(Path(tmp) / "static", briefs, pdfs, page, clients, seconds, args.pdf_share)
            if args.anchor
            else None
        )

    server_cpu = usage.ru_utime + usage.ru_stime

    mean_pdf = sum(pdfs.values()) / len(pdfs)
    print(f"{clients} clients x {seconds:g} s on 127.0.0.1; {len(pdfs)} PDFs of {mean_pdf / 1e6:.2f} MB on average")
    print(f"  site process CPU: {server_cpu:.1f} s ({server_cpu / seconds:.0%} of one core, start-up included)")
    if started and ended:
        print(
            f"  site process memory: {started[0]:.0f} MB at start, {ended[0]:.0f} MB at the end, peak {ended[1]:.0f} MB"
        )
    if rebuild is not None:
        print(f"  {rebuild.name} rebuilt every 0.5 s with {args.rebuild_mb:g} MB of passages")
    total = 0
    errors: list[str] = []
    for kind, tally in tallies.items():
        count = len(tally.latencies)
        total += count
        errors += tally.errors
        p50, p99 = percentile(tally.latencies, 50) * 1000, percentile(tally.latencies, 99) * 1000
        print(
            f"  {kind:8} {count:6d} requests  {count / seconds:8.1f} req/s  p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  "
            f"{tally.bytes / seconds / 1e6:7.1f} MB/s  errors {len(tally.errors)}"
        )
    every = tallies["library"].latencies + tallies["pdf"].latencies
    print(
        f"  {'all':8} {total:6d} requests  {total / seconds:8.1f} req/s  p50 {percentile(every, 50) * 1000:7.1f} ms  "
        f"p99 {percentile(every, 99) * 1000:7.1f} ms  errors {len(errors)}"
    )
    print(f"  {'':8} {'':6}           CPU per request: {site_cost}")
    for error in errors[:10]:
        print(f"  error: {error}")
    if anchor is not None:
        tallies, anchor_cost = anchor
        every = tallies["library"].latencies + tallies["pdf"].latencies
        print(
            f"  anchor: python -m http.server on the same files  {len(every) / seconds:8.1f} req/s  "
            f"p50 {percentile(every, 50) * 1000:7.1f} ms  p99 {percentile(every, 99) * 1000:7.1f} ms  "
            f"errors {len(tallies['library'].errors) + len(tallies['pdf'].errors)}"
        )
        print(f"  {'':8} {'':6}           CPU per request: {anchor_cost}")
    print(f"  load average {os.getloadavg()[0]:.2f} after the runs")
    return 1 if errors else 0


#: ``python -m http.server`` speaking HTTP/1.1, so its connections stay open like the site's, with a
#: listening queue as long as the site's (its default of 5 drops connections when 20 clients start at once)
#: and ``TCP_NODELAY`` on its connections as on the site's (see the module's docstring).
STATIC_SERVER = (
    "import http.server as h, sys; h.ThreadingHTTPServer.request_queue_size = 2048; "
    "h.SimpleHTTPRequestHandler.disable_nagle_algorithm = True; "
    "h.test(HandlerClass=h.SimpleHTTPRequestHandler, protocol='HTTP/1.1', port=int(sys.argv[1]), bind='127.0.0.1')"
)


def static_anchor(
    folder: Path, briefs: Path, pdfs: dict[str, int], page: bytes, clients: int, seconds: float, share: float
) -> tuple[dict[str, Tally], str]:
    """The same clients against ``python -m http.server`` serving a copy of the site's files."""
    folder.mkdir()
    (folder / "index.html").write_bytes(page)
    for url in pdfs:
        target = folder / url.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(briefs / url.removeprefix("/briefs/"), target)
    port = free_port()
    server = wait_until_listening([sys.executable, "-c", STATIC_SERVER, str(port)], port, cwd=folder, quiet=True)
    try:
        before = cpu_seconds(server.pid), client_cpu()
        tallies = asyncio.run(run(port, pdfs, clients, seconds, share, None, 0.0))
        return tallies, cost(server.pid, before, tallies)
    finally:
        server.terminate()
        server.wait(timeout=10)


async def _fetch(port: int, target: str) -> bytes:
    connection = Connection(port)
    _, body = await connection.get(target)
    await connection.close()
    return body


if __name__ == "__main__":
    sys.exit(main())
