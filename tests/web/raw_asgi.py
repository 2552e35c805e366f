"""Calling the ASGI app with an exact raw path, as uvicorn would (httpx would normalise ``..`` away)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import anyio
from starlette.types import ASGIApp, Message


@dataclass(frozen=True)
class RawResponse:
    """Status, headers (lower-case names) and body of a response."""

    status: int
    headers: dict[str, str]
    body: bytes


def raw_request(app: ASGIApp, raw_path: str, method: str = "GET", host: str = "127.0.0.1:8000") -> RawResponse:
    """Send one request whose target is ``raw_path`` byte for byte (query string after ``?``)."""
    path, _, query = raw_path.partition("?")
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": unquote(path),
        "raw_path": path.encode("latin-1"),
        "query_string": query.encode("latin-1"),
        "root_path": "",
        "headers": [(b"host", host.encode())],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    messages: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        messages.append(message)

    anyio.run(app, scope, receive, send)
    start = next(m for m in messages if m["type"] == "http.response.start")
    headers = {k.decode().lower(): v.decode("latin-1") for k, v in start["headers"]}
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return RawResponse(start["status"], headers, body)
