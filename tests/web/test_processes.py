"""``serve --workers N``: N server processes on one port, all serving, stopped together with no process left behind."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefgen.web import ServeError, serve
from briefgen.web.server import max_workers
from web.live_server import http_get


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry))
    return found


def _descendants(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in _children(todo.pop()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return state[state.rindex(")") + 2] != "Z"


def _socket_count(pid: int) -> int:
    count = 0
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            count += os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:")
        except OSError:
            continue
    return count


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(root: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    site = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "briefgen",
            "serve",
            "--briefs",
            str(root),
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # signals in the test reach the parent only, as `kill PID` would
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert site.poll() is None, site.stderr.read().decode() if site.stderr else ""
        try:
            if http_get(url, "/", timeout=5).startswith(b"HTTP/1.1 200"):
                return site, url
        except OSError:
            pass
        time.sleep(0.1)
    site.kill()
    raise AssertionError("the site did not answer in 30 s")


def _connect_until_every_process_holds_one(url: str, servers: list[int]) -> list[socket.socket]:
    """Open kept-alive connections (each answered) until every server process holds one of them."""
    host, port = url.removeprefix("http://").split(":")
    before = {pid: _socket_count(pid) for pid in servers}
    held: list[socket.socket] = []
    for _ in range(200):
        conn = socket.create_connection((host, int(port)), timeout=10)
        held.append(conn)
        conn.sendall(f"GET /static/site.css HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        assert conn.recv(65536).startswith(b"HTTP/1.1 ")
        if all(_socket_count(pid) > before[pid] for pid in servers):
            return held
    raise AssertionError(
        f"not every server process got a connection: {before} -> { {pid: _socket_count(pid) for pid in servers} }"
    )


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_workers_serve_from_n_processes_and_stop_with_no_orphan(briefs_root: Path, stop: signal.Signals) -> None:
    site, url = _start(briefs_root, 2)
    held: list[socket.socket] = []
    try:
        servers = _children(site.pid)
        servers = [pid for pid in servers if _socket_count(pid) > 0]
        assert len(servers) == 2, servers
        held = _connect_until_every_process_holds_one(url, servers)
        every = _descendants(site.pid)
        assert len(every) >= 2
        assert http_get(url, "/briefs/maritime-talks/maritime-talks.pdf").startswith(b"HTTP/1.1 200")
    finally:
        for conn in held:
            conn.close()
        site.send_signal(stop)
        code = site.wait(timeout=30)
    assert code == 0, site.stderr.read().decode() if site.stderr else ""
    deadline = time.monotonic() + 10  # a parsing worker notices its server is gone within a second
    while time.monotonic() < deadline and any(_alive(pid) for pid in every):
        time.sleep(0.1)
    assert not [pid for pid in every if _alive(pid)], "processes left behind"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_server_process_that_dies_is_replaced(briefs_root: Path) -> None:
    site, url = _start(briefs_root, 2)
    try:
        servers = [pid for pid in _children(site.pid) if _socket_count(pid) > 0]
        os.kill(servers[0], signal.SIGKILL)
        assert http_get(url, "/").startswith(b"HTTP/1.1 200")  # the other one serves meanwhile
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            now = [pid for pid in _children(site.pid) if _alive(pid) and _socket_count(pid) > 0]
            if len(now) == 2 and servers[0] not in now:
                break
            time.sleep(0.1)
        else:
            raise AssertionError("the dead server process was not replaced")
    finally:
        site.send_signal(signal.SIGTERM)
        assert site.wait(timeout=30) == 0


@pytest.mark.parametrize("workers", [0, -1, 10**6])
def test_bad_worker_counts_are_one_line_errors(tmp_path: Path, workers: int) -> None:
    with pytest.raises(ServeError, match=rf"--workers {workers}: give a number .* from 1 to {max_workers()}") as info:
        serve(tmp_path, workers=workers)
    assert "\n" not in str(info.value)


def test_bad_worker_count_on_the_command_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "serve", "--briefs", str(tmp_path), "--workers", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "--workers 0" in done.stderr and "Traceback" not in done.stderr
