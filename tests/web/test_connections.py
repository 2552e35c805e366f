"""Connections kept in bounds (issue 15): idle, slow and stalled clients closed, a full site still serving."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import uvicorn

from briefgen.web.connections import MAX_CONNECTIONS, ConnectionLimits, GuardedProtocol, limits_for
from briefgen.web.server import server_config
from web.brief_fixtures import MARITIME, replace_file
from web.live_server import address, http_get, live_server

QUICK = ConnectionLimits(max_connections=16, keep_alive_seconds=1, request_head_seconds=1.0, send_stall_seconds=0.5)


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    """True when the server closes ``sock`` within ``seconds`` (whatever it still sends is read and dropped)."""
    deadline = time.monotonic() + seconds
    try:
        while (left := deadline - time.monotonic()) > 0:
            sock.settimeout(left)
            if not sock.recv(65536):
                return True
    except (ConnectionResetError, BrokenPipeError):
        return True
    except TimeoutError:
        return False
    return False


@contextmanager
def _idle_sockets(url: str, count: int) -> Iterator[list[socket.socket]]:
    with ExitStack() as stack:
        yield [stack.enter_context(socket.create_connection(address(url), timeout=5)) for _ in range(count)]


def test_idle_slow_and_kept_alive_connections_are_closed(briefs_root: Path) -> None:
    with live_server(briefs_root, QUICK) as url, _idle_sockets(url, 8) as idle:
        host, port = address(url)
        slow = idle.pop()
        slow.sendall(b"GET / HTTP/1.1\r\nHost: ")
        stop = threading.Event()

        def trickle() -> None:  # a byte every 0.1 s: never a whole request head
            while not stop.wait(0.1):
                try:
                    slow.send(b"x")
                except OSError:
                    return

        threading.Thread(target=trickle, daemon=True).start()
        kept = socket.create_connection((host, port), timeout=5)
        kept.sendall(f"GET /static/site.css HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        assert kept.recv(65536).startswith(b"HTTP/1.1 200")
        assert http_get(url, "/").startswith(b"HTTP/1.1 200")  # others are served meanwhile
        try:
            assert all(_closed_within(sock, 3) for sock in idle), "an idle connection stayed open"
            assert _closed_within(slow, 1), "a client sending its request head a byte at a time stayed connected"
            assert _closed_within(kept, 1), "a kept-alive connection stayed open"
        finally:
            stop.set()
            kept.close()


def test_a_full_site_closes_the_longest_idle_connections_for_a_new_client(briefs_root: Path) -> None:
    limits = ConnectionLimits(max_connections=16, request_head_seconds=60)  # only making room closes them
    with live_server(briefs_root, limits) as url, _idle_sockets(url, 40) as idle:
        started = time.monotonic()
        assert http_get(url, "/", timeout=5).startswith(b"HTTP/1.1 200")
        assert time.monotonic() - started < 2
        assert all(_closed_within(sock, 1) for sock in idle[:24]), "the oldest idle connections stayed open"
        assert not _closed_within(idle[-1], 0.2)  # the newest are kept


def test_idle_sockets_past_the_open_file_limit_lock_nobody_out(briefs_root: Path, tmp_path: Path) -> None:
    """The reported failure: idle sockets exhausted the open files ("Too many open files") and locked everyone out."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = (
        "import resource, sys; from pathlib import Path; from briefgen.web import serve; "
        "resource.setrlimit(resource.RLIMIT_NOFILE, (128, 128)); serve(Path(sys.argv[1]), port=int(sys.argv[2]))"
    )
    log = (tmp_path / "site.log").open("wb")
    site = subprocess.Popen([sys.executable, "-c", code, str(briefs_root), str(port)], stderr=log, stdout=log)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                assert http_get(url, "/static/site.css", timeout=2).startswith(b"HTTP/1.1 200")
                break
            except OSError:
                assert time.monotonic() < deadline and site.poll() is None, (tmp_path / "site.log").read_text()
                time.sleep(0.1)
        with _idle_sockets(url, 300) as idle:  # more than the site may open
            assert http_get(url, "/", timeout=5).startswith(b"HTTP/1.1 200")
            assert sum(_closed_within(sock, 0.01) for sock in idle) >= 300 - limits_for(128).max_connections
    finally:
        site.terminate()
        try:
            site.wait(10)
        except subprocess.TimeoutExpired:
            site.kill()
            site.wait()
        log.close()
    assert b"Too many open files" not in (tmp_path / "site.log").read_bytes()


def test_a_client_that_stops_reading_is_dropped(briefs_root: Path) -> None:
    pdf = briefs_root / MARITIME.name / f"{MARITIME.name}.pdf"
    replace_file(pdf, b"%PDF-1.4\n" + os.urandom(16 * 1024 * 1024))
    with live_server(briefs_root, QUICK) as url:
        host, port = address(url)
        with socket.socket() as reader:
            reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            reader.connect((host, port))
            target = f"/briefs/{MARITIME.name}/{MARITIME.name}.pdf"
            reader.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
            time.sleep(1.5)  # reads nothing for longer than send_stall_seconds
            received = 0
            reader.settimeout(5)
            try:
                while chunk := reader.recv(1 << 20):
                    received += len(chunk)
            except ConnectionResetError:
                pass
        assert received < pdf.stat().st_size, "the stalled download was kept going"
        assert http_get(url, "/").startswith(b"HTTP/1.1 200")


def test_limits_follow_the_open_file_limit() -> None:
    assert limits_for(None) == ConnectionLimits()
    assert (limits_for(1024).max_connections, limits_for(1024).accept_batch) == (320, 40)
    assert (limits_for(128).max_connections, limits_for(128).accept_batch) == (21, 4)
    assert limits_for(20).max_connections == 8
    assert (limits_for(1_000_000).max_connections, limits_for(1_000_000).accept_batch) == (MAX_CONNECTIONS, 64)


def test_serve_sets_the_limits(tmp_path: Path) -> None:
    config = server_config(tmp_path, "127.0.0.1", 8000, limits=QUICK)
    assert (config.timeout_keep_alive, config.limit_concurrency, config.backlog) == (1, 16, QUICK.accept_batch)
    assert isinstance(config.http, type) and issubclass(config.http, GuardedProtocol)
    assert config.http.LIMITS == QUICK
    default = server_config(tmp_path, "127.0.0.1", 8000)
    assert isinstance(default, uvicorn.Config) and default.limit_concurrency is not None
