"""Starting the site: clear errors for a missing folder or a taken port; a real uvicorn serves safely."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from briefgen.web import ServeError, serve
from briefgen.web.server import bind, is_loopback
from web.live_server import live_server


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match="no such folder") as info:
        serve(tmp_path / "nowhere")
    assert isinstance(info.value, BriefgenError) and "\n" not in str(info.value)


def test_port_in_use(tmp_path: Path) -> None:
    taken = bind("127.0.0.1", 0)
    try:
        with pytest.raises(ServeError, match="cannot listen"):
            serve(tmp_path, port=taken.getsockname()[1])
    finally:
        taken.close()


def test_bad_port_and_host(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match="not a TCP port"):
        serve(tmp_path, port=70000)
    with pytest.raises(ServeError, match="cannot use this address"):
        serve(tmp_path, host="no such host.invalid")


def test_is_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("[::1]")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.org")


def _raw_get(url: str, target: str) -> bytes:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_uvicorn_refuses_traversal_on_the_wire(briefs_root: Path) -> None:
    with live_server(briefs_root) as url:
        for target in (
            "/briefs/..%2f..%2f..%2fetc%2fpasswd",
            "/briefs/../../../../etc/passwd",
            "/static/%2e%2e%2fapp.py",
            "/briefs/maritime-talks/..%2F..%2Fmaritime-talks.json",
        ):
            response = _raw_get(url, target)
            assert response.startswith(b"HTTP/1.1 404"), (target, response[:80])
        ok = _raw_get(url, "/briefs/maritime-talks/maritime-talks.pdf")
        assert ok.startswith(b"HTTP/1.1 200") and b"\r\n\r\n%PDF" in ok
        assert b"server: uvicorn" not in ok.lower()
