"""The site's safety wrapper: read-only methods, an expected Host header, and protective response headers."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from starlette.responses import HTMLResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .pages import render_error

#: Every response carries these. The CSP allows only the site's own script, style and images:
#: no inline script or style, no framing, no form posts elsewhere.
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}
#: ``SECURITY_HEADERS`` as they go on the wire (ASGI's lower-case byte pairs), and their names.
_RAW_HEADERS = tuple((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items())
_RAW_NAMES = frozenset(name for name, _ in _RAW_HEADERS)
READ_METHODS = ("GET", "HEAD")
#: Host names a loopback-bound site answers to (a guard against DNS rebinding).
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


class SecureSite:
    """ASGI wrapper: refuses other methods than GET/HEAD (405) and unexpected hosts (400); adds the headers."""

    def __init__(self, app: ASGIApp, allowed_hosts: Collection[str] | None = None) -> None:
        self.app = app
        self.allowed_hosts = None if allowed_hosts is None else {h.lower().strip("[]") for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": with_security_headers(message.get("headers", ()))}
            await send(message)

        if scope["method"] not in READ_METHODS:
            response = _error(405, "Not allowed", "This site is read-only.")
            response.headers["Allow"] = ", ".join(READ_METHODS)
            await response(scope, receive, send_with_headers)
            return
        if self.allowed_hosts is not None and host_name(_host(scope)) not in self.allowed_hosts:
            await _error(400, "Unexpected host", "This site answers only on its own address.")(
                scope, receive, send_with_headers
            )
            return
        await self.app(scope, receive, send_with_headers)


def with_security_headers(headers: Iterable[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """A response's raw headers plus each of ``SECURITY_HEADERS`` it does not set itself (a new list)."""
    headers = list(headers)
    present = {name.lower() for name, _ in headers} & _RAW_NAMES
    headers.extend(pair for pair in _RAW_HEADERS if pair[0] not in present)
    return headers


def host_name(host: str) -> str:
    """The name part of a Host header, lower-cased, without port or IPv6 brackets."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _host(scope: Scope) -> str:
    """The request's Host header ('' when there is none)."""
    for name, value in scope["headers"]:
        if name == b"host":
            return str(value.decode("latin-1"))
    return ""


def _error(status: int, title: str, message: str) -> HTMLResponse:
    return HTMLResponse(render_error(status, title, message), status_code=status)
