"""Downloads sent by the kernel on the real server: the same bytes, ranges, 304s and HEAD; heads kept small."""

from __future__ import annotations

import os
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from briefgen.web import zerocopy
from web.brief_fixtures import MARITIME, replace_file
from web.live_server import address, live_server

PDF_URL = f"/briefs/{MARITIME.name}/{MARITIME.name}.pdf"


def _read_response(conn: socket.socket, method: str = "GET") -> tuple[bytes, dict[str, str], bytes]:
    """Status line, headers and body of one response on a kept-alive connection."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        assert chunk, "connection closed before the head"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v for k, v in (line.split(": ", 1) for line in lines[1:])}
    length = 0 if method == "HEAD" else int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(1 << 20)
        assert chunk, f"connection closed after {len(body)} of {length} bytes"
        body += chunk
    return lines[0].encode(), headers, body


def _request(conn: socket.socket, url: str, target: str, method: str = "GET", extra: str = "") -> None:
    host, port = address(url)
    conn.sendall(f"{method} {target} HTTP/1.1\r\nHost: {host}:{port}\r\n{extra}\r\n".encode())


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the downloads the kernel sent (calls of ``zerocopy._send_file``)."""
    calls: list[int] = []
    real: Callable[..., Awaitable[int | None]] = zerocopy._send_file

    async def counting(*args: Any) -> int | None:
        calls.append(1)
        return await real(*args)

    monkeypatch.setattr(zerocopy, "_send_file", counting)
    return calls


def test_downloads_are_byte_identical_with_ranges_304_and_head(briefs_root: Path, counted: list[int]) -> None:
    pdf = briefs_root / MARITIME.name / f"{MARITIME.name}.pdf"
    data = b"%PDF-1.4\n" + os.urandom(5 * 1024 * 1024 + 12345)  # several pieces of growing size
    replace_file(pdf, data)
    with live_server(briefs_root) as url, socket.create_connection(address(url), timeout=10) as conn:
        _request(conn, url, PDF_URL)
        status, headers, body = _read_response(conn)
        assert status == b"HTTP/1.1 200 OK" and int(headers["content-length"]) == len(data)
        assert body == data
        for spec, start, end in [
            ("bytes=100-199", 100, 200),
            ("bytes=262000-263000", 262000, 263001),  # across the first piece's end (256 KB)
            ("bytes=-500", len(data) - 500, len(data)),
            (f"bytes={len(data) - 10}-", len(data) - 10, len(data)),
        ]:
            _request(conn, url, PDF_URL, extra=f"Range: {spec}\r\n")
            status, headers, body = _read_response(conn)
            assert status == b"HTTP/1.1 206 Partial Content", spec
            assert headers["content-range"] == f"bytes {start}-{end - 1}/{len(data)}"
            assert body == data[start:end], spec
        _request(conn, url, PDF_URL, extra=f"If-None-Match: {headers['etag']}\r\n")
        status, _, body = _read_response(conn)
        assert status == b"HTTP/1.1 304 Not Modified" and body == b""
        _request(conn, url, PDF_URL, method="HEAD")
        status, headers, body = _read_response(conn, "HEAD")
        assert status == b"HTTP/1.1 200 OK" and int(headers["content-length"]) == len(data) and body == b""
        _request(conn, url, "/")  # the connection still serves after the kernel sent files on it
        status, _, body = _read_response(conn)
        assert status == b"HTTP/1.1 200 OK" and MARITIME.title.encode() in body
        for ext in ("docx", "json", "html"):
            path = briefs_root / MARITIME.name / f"{MARITIME.name}.{ext}"
            _request(conn, url, f"/briefs/{MARITIME.name}/{path.name}")
            status, _, body = _read_response(conn)
            assert status == b"HTTP/1.1 200 OK" and body == path.read_bytes(), ext
    assert len(counted) == 8, "the downloads were not sent by the kernel"


def test_a_request_head_past_the_limit_gets_400(briefs_root: Path) -> None:
    with live_server(briefs_root) as url:
        with socket.create_connection(address(url), timeout=10) as conn:
            _request(conn, url, "/", extra=f"X-Padding: {'a' * 20000}\r\n")
            status, _, _ = _read_response(conn)
            assert status.startswith(b"HTTP/1.1 400")
        with socket.create_connection(address(url), timeout=10) as conn:
            _request(conn, url, "/", extra=f"X-Padding: {'a' * 8000}\r\n")  # under the limit: served
            status, _, _ = _read_response(conn)
            assert status == b"HTTP/1.1 200 OK"
