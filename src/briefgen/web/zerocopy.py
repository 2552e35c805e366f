"""Downloads sent by the kernel: ASGI's ``http.response.zerocopysend`` on uvicorn's httptools protocol.

uvicorn reads nothing from files itself: an app sends body bytes, which are copied into Python and
then into the socket. This adds the ASGI zero-copy extension to each request's scope and answers
it with one ``os.sendfile`` on the connection's plain socket right away when the transport holds
nothing unsent (most downloads go whole in that call, a few system calls and no waiting), and the
rest with asyncio's ``loop.sendfile`` (``os.sendfile`` once the transport's own buffer has drained,
with reading paused meanwhile). The file is the one the app already opened,
so a rebuild renamed into place meanwhile never changes what is sent. The bytes go out in pieces,
each within the connection's send-stall limit, so a client that stops reading is dropped as
before: a piece starts at ``FIRST_PIECE`` bytes and doubles up to ``LAST_PIECE`` while the client
takes them quickly, so a slow client only has to take ``FIRST_PIECE`` bytes per stall limit and a
fast one costs a few calls per download. A file cut short underneath (fewer bytes than its Content-Length) aborts the
connection, so the client sees a short body rather than a wrong one. Where sendfile is not
possible (TLS, another event loop) asyncio falls back to reading and writing.

Why: no download's bytes pass through Python, so a download holds no buffer in the site's memory
(a chunked read held up to a 1 MB chunk plus the transport's copy per connection), and on a real
network interface the kernel sends straight from the page cache. On loopback (where the kernel
copies either way) it measured about the same as 1 MB chunked reads (bench numbers in issue 12).
"""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Awaitable, Callable
from typing import Any, BinaryIO

EXTENSION = "http.response.zerocopysend"
#: Bytes of the first ``loop.sendfile`` call of a response (a client must take this much per stall limit:
#: 4.4 KB/s at the default 60 s). Smaller pieces cost more calls: on loopback, 1 MB files sent from
#: 64 KB pieces took more CPU per MB than reading them in 1 MB chunks, from 512 KB pieces less.
FIRST_PIECE = 256 * 1024
#: The most bytes of one call; pieces double up to it while each is taken within ``QUICK_SECONDS``.
LAST_PIECE = 8 * 1024 * 1024
QUICK_SECONDS = 0.25

Send = Callable[[Any], Awaitable[None]]


def offer(scope: dict[str, Any]) -> None:
    """Announce the extension in a request's scope."""
    scope.setdefault("extensions", {})[EXTENSION] = {}


def wrap_send(cycle: Any, stall_seconds: float) -> None:
    """Make ``cycle`` (uvicorn's httptools ``RequestResponseCycle``) answer zero-copy messages; others pass through."""
    plain: Send = cycle.send

    async def send(message: Any) -> None:
        if message.get("type") != EXTENSION:
            await plain(message)
            return
        if not cycle.response_started or cycle.response_complete or cycle.chunked_encoding:
            raise RuntimeError(f"'{EXTENSION}' needs a started response with a Content-Length")
        count = int(message["count"])
        more = bool(message.get("more_body", False))
        if cycle.scope["method"] != "HEAD" and not cycle.disconnected:
            if count > cycle.expected_content_length:
                raise RuntimeError("Response content longer than Content-Length")
            sent = await _send_file(cycle, message["file"], int(message.get("offset", 0)), count, stall_seconds)
            if sent is None:  # the client went away, or stopped reading
                return
            cycle.expected_content_length -= sent
            if sent < count:  # the file was cut short underneath: end the body where it stops
                cycle.disconnected = True
                cycle.transport.abort()
                return
        await plain({"type": "http.response.body", "body": b"", "more_body": more})

    cycle.send = send


async def _send_file(cycle: Any, file: BinaryIO, offset: int, count: int, stall_seconds: float) -> int | None:
    """Bytes of ``file`` sent from ``offset`` (up to ``count``); None when the connection was lost or stalled."""
    loop = asyncio.get_running_loop()
    transport = cycle.transport
    try:
        sent = _send_now(transport, file, offset, count)
    except OSError:
        cycle.disconnected = True
        transport.abort()
        return None
    size = FIRST_PIECE
    while sent < count:
        if transport.is_closing():
            return None
        piece = min(size, count - sent)
        started = loop.time()
        try:
            done = await asyncio.wait_for(loop.sendfile(transport, file, offset + sent, piece), stall_seconds)
        except (TimeoutError, ConnectionError, OSError, RuntimeError):
            cycle.disconnected = True
            transport.abort()
            return None
        sent += done
        if done < piece:  # end of file before the count
            break
        size = min(size * 2, LAST_PIECE) if loop.time() - started < QUICK_SECONDS else FIRST_PIECE
    return sent


def _send_now(transport: Any, file: BinaryIO, offset: int, count: int) -> int:
    """Bytes of ``file`` the socket takes at once (one ``os.sendfile``), or 0 when it cannot be used now.

    Only on a plain (not TLS) socket whose transport holds nothing unsent, so the bytes go out in order.
    """
    if count <= 0 or transport.is_closing() or transport.get_write_buffer_size():
        return 0
    if transport.get_extra_info("sslcontext") is not None or transport.get_extra_info("ssl_object") is not None:
        return 0
    sock = transport.get_extra_info("socket")
    if sock is None or sock.family not in (socket.AF_INET, socket.AF_INET6, getattr(socket, "AF_UNIX", -1)):
        return 0
    try:
        return os.sendfile(sock.fileno(), file.fileno(), offset, count)
    except (BlockingIOError, InterruptedError):
        return 0
