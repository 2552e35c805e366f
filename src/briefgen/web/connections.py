"""Keeping connections in bounds: idle, slow or stalled ones closed, the oldest idle one making room when full.

uvicorn's own keep-alive timeout starts only after a response, and any byte received stops it: a
client that connects and sends nothing, or sends its request a byte at a time, holds its socket
forever, and enough of them exhaust the process's open files so nobody else is served. The
protocol here (uvicorn's httptools protocol, a C parser, plus timers) closes a connection that has
not sent a whole request head within ``request_head_seconds`` of connecting or of its previous
response, refuses a head longer than ``max_head_bytes`` (400; the bytes received before the head
is complete are counted), drops one whose client stops reading a response for
``send_stall_seconds``, and, when ``max_connections`` are open, closes the longest-idle ones to
make room for a newcomer. Downloads may be sent by the kernel (``zerocopy.py``); the access log is
written in batches (``access.py``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from . import zerocopy
from .access import batched

#: Most connections held at once, whatever the open-file limit allows.
MAX_CONNECTIONS = 512
#: Open files kept for everything but connections (standard streams, log, listening socket, worker pipes).
RESERVED_FILES = 64


@dataclass(frozen=True, slots=True)
class ConnectionLimits:
    """How long and how many connections the site keeps."""

    max_connections: int = MAX_CONNECTIONS
    """Connections held at once (uvicorn's ``limit_concurrency``); past it the longest-idle are closed,
    and a request gets 503 when none is idle."""
    accept_batch: int = 64
    """Most connections accepted in one go (uvicorn's ``backlog``); the system queues the others meanwhile."""
    keep_alive_seconds: int = 5
    """Idle time after a response before a kept-alive connection is closed (uvicorn's ``timeout_keep_alive``)."""
    request_head_seconds: float = 10.0
    """Time a client has, from connecting or from the end of its previous response, to send a whole request head."""
    send_stall_seconds: float = 60.0
    """Time a response may wait on a client that reads nothing before the connection is dropped."""
    max_head_bytes: int = 16 * 1024
    """Longest request head accepted; a longer one gets 400 and the connection is closed."""


def default_limits() -> ConnectionLimits:
    """The limits ``serve`` uses, sized to the process's open-file limit."""
    return limits_for(_open_file_limit())


def limits_for(open_files: int | None) -> ConnectionLimits:
    """Limits that stay under ``open_files`` descriptors (None: no limit).

    Each connection holds a descriptor and a download a second; connections accepted in one go
    (``accept_batch``) and those being closed to make room for them hold theirs a moment longer.
    """
    if open_files is None:
        return ConnectionLimits()
    cap = max(8, min(MAX_CONNECTIONS, (open_files - RESERVED_FILES) // 3))
    return ConnectionLimits(max_connections=cap, accept_batch=max(4, min(64, cap // 8)))


def protocol_class(limits: ConnectionLimits) -> type[asyncio.Protocol]:
    """uvicorn's httptools protocol, guarded by ``limits`` (pass as ``uvicorn.Config(http=...)``)."""

    class Limited(GuardedProtocol):
        LIMITS = limits

    return Limited


class GuardedProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with request-head limits, a send-stall deadline and room-making when full."""

    LIMITS: ClassVar[ConnectionLimits] = ConnectionLimits()

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self.idle_since = 0.0
        self._head_bytes: int | None = 0
        self._head_timer: asyncio.TimerHandle | None = None
        self._stall_timer: asyncio.TimerHandle | None = None
        if self.access_log:  # noted per request, written in batches (access.py)
            self.access_logger = batched(self.access_logger)  # type: ignore[assignment]
        self.shed: Callable[[], bool] | None = None
        """Asked before each response: True closes the connection after it (``balance.Acceptor.shed``)."""

    @property
    def idle(self) -> bool:
        """True between requests: no request received yet, or the last response complete."""
        return self.cycle is None or self.cycle.response_complete

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._await_request()
        self._make_room()

    def connection_lost(self, exc: Exception | None) -> None:
        for timer in (self._head_timer, self._stall_timer):
            if timer is not None:
                timer.cancel()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._head_bytes is not None:
            self._head_bytes += len(data)
            if self._head_bytes > self.LIMITS.max_head_bytes:
                self._head_bytes = None
                self.send_400_response("Request head too large.")
                return
        super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        zerocopy.offer(self.scope)  # type: ignore[arg-type]
        if self._head_bytes is None:
            self._head_bytes = 0

    def on_headers_complete(self) -> None:
        self._head_bytes = None
        super().on_headers_complete()
        if self.cycle is not None and self.cycle.scope is self.scope:  # a new request's cycle
            zerocopy.wrap_send(self.cycle, self.LIMITS.send_stall_seconds)
            if self.shed is not None and self.shed():
                self.cycle.keep_alive = False  # the response says "Connection: close"; closed after it

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._await_request()

    def pause_writing(self) -> None:
        super().pause_writing()
        if self._stall_timer is None:
            self._stall_timer = self.loop.call_later(self.LIMITS.send_stall_seconds, self._stalled)

    def resume_writing(self) -> None:
        super().resume_writing()
        if self._stall_timer is not None:
            self._stall_timer.cancel()
            self._stall_timer = None

    def close_idle(self) -> None:
        """Close the connection (it is between requests); it no longer counts towards the cap."""
        if not self.transport.is_closing():
            self.transport.close()
        self.connections.discard(self)

    def _await_request(self) -> None:
        self.idle_since = self.loop.time()
        self._head_bytes = 0
        if self._head_timer is not None:
            self._head_timer.cancel()
        self._head_timer = self.loop.call_later(self.LIMITS.request_head_seconds, self._head_due)

    def _head_due(self) -> None:
        self._head_timer = None
        if self.idle:  # no whole request head in time; a request in progress re-arms when answered
            self.close_idle()

    def _stalled(self) -> None:
        self._stall_timer = None
        self.transport.abort()
        self.connections.discard(self)

    def _make_room(self) -> None:
        excess = len(self.connections) - (self.LIMITS.max_connections - 1)
        if excess <= 0:
            return
        idle = [c for c in self.connections if isinstance(c, GuardedProtocol) and c is not self and c.idle]
        idle.sort(key=lambda c: c.idle_since)
        for connection in idle[:excess]:
            connection.close_idle()


def _open_file_limit() -> int | None:
    try:
        import resource
    except ImportError:  # not on this system
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return None if soft == resource.RLIM_INFINITY else soft
