"""A real uvicorn server over a briefs folder, on 127.0.0.1 and a free port, in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefgen.web.connections import ConnectionLimits
from briefgen.web.server import SiteServer, bind, server_config


@contextmanager
def live_server(briefs_dir: Path, limits: ConnectionLimits | None = None) -> Iterator[str]:
    """Serve ``briefs_dir`` while the block runs; yields the base URL (``http://127.0.0.1:PORT``)."""
    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    server = SiteServer(server_config(briefs_dir, "127.0.0.1", port, log_level="warning", limits=limits))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def address(url: str) -> tuple[str, int]:
    """(host, port) of a ``live_server`` URL."""
    host, port = url.removeprefix("http://").split(":")
    return host, int(port)


def http_get(url: str, target: str, headers: dict[str, str] | None = None, timeout: float = 10) -> bytes:
    """The raw response (head and body) to one ``GET target`` on its own connection."""
    host, port = address(url)
    lines = "".join(f"{name}: {value}\r\n" for name, value in (headers or {}).items())
    with socket.create_connection((host, port), timeout=timeout) as conn:
        conn.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\n{lines}Connection: close\r\n\r\n".encode())
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)
