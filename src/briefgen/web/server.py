"""Running the site with uvicorn: check the folder, bind the socket, serve until interrupted."""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import logging
import os
import signal
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import uvicorn

from ..errors import ServeError
from .access import flush_all
from .app import create_app
from .balance import Acceptor, ConnectionShares
from .connections import ConnectionLimits, GuardedProtocol, default_limits, protocol_class
from .security import LOOPBACK_NAMES
from .worker import ParsePool, shared_pool

_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None

#: Connections the system may queue for the site to accept (uvicorn's default backlog).
LISTEN_QUEUE = 2048
#: ``--workers`` accepts up to this many server processes per core (more only adds memory and contention).
WORKERS_PER_CORE = 4


def serve(briefs_dir: Path, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Serve ``briefs_dir`` at http://HOST:PORT/ (loopback only unless told otherwise) until interrupted.

    With ``workers`` > 1, that many server processes share the one listening socket (``processes.py``)
    and its connections evenly (``balance.py``).
    """
    check_workers(workers)
    if not briefs_dir.is_dir():
        raise ServeError(f"{briefs_dir}: no such folder; build briefs first (briefgen build) or pass --briefs DIR")
    sock = bind(host, port)
    config = server_config(briefs_dir, host, port)
    log = logging.getLogger("uvicorn.error")  # uvicorn formats it like its own messages
    bound = sock.getsockname()[1]
    shown = f"[{host.strip('[]')}]" if ":" in host else host
    each = f" with {workers} server processes" if workers > 1 else ""
    log.info("Serving the briefs in %s at http://%s:%d/%s (press Ctrl+C to stop)", briefs_dir, shown, bound, each)
    if not is_loopback(host):
        log.warning("Listening on %s: anyone who can reach this machine can read these briefs", host)
    if workers > 1:
        from .processes import run_processes

        shares = ConnectionShares(workers)
        try:
            run_processes(workers, functools.partial(_serve_share, sock, briefs_dir, host, port, shares))
        finally:
            sock.close()
        return
    serve_on(sock, briefs_dir, host, port, config)


def serve_on(
    sock: socket.socket,
    briefs_dir: Path,
    host: str,
    port: int,
    config: uvicorn.Config | None = None,
    share: tuple[ConnectionShares, int] | None = None,
) -> None:
    """Serve on an already listening socket in this process until Ctrl+C or SIGTERM (one server process).

    With ``share`` (the processes' table and this one's slot), it takes its share of the connections.
    """
    config = config or server_config(briefs_dir, host, port)
    pool = shared_pool()
    pool.start()
    previous = _on_sigterm(_stop)
    try:
        SiteServer(config, pool, share).run(sockets=[sock])
    except (KeyboardInterrupt, _Stopped):  # uvicorn re-raises Ctrl+C or SIGTERM after its graceful shutdown
        pass
    finally:
        _on_sigterm(previous)
        sock.close()


def _serve_share(
    sock: socket.socket, briefs_dir: Path, host: str, port: int, shares: ConnectionShares, slot: int
) -> None:
    """``serve_on`` as server process ``slot`` of several (``run_processes``)."""
    serve_on(sock, briefs_dir, host, port, share=(shares, slot))


def max_workers() -> int:
    """The most server processes ``serve`` starts: ``WORKERS_PER_CORE`` per core."""
    return WORKERS_PER_CORE * (os.cpu_count() or 1)


def check_workers(workers: int) -> None:
    """A ``ServeError`` unless ``workers`` is a sensible number of server processes for this machine."""
    most = max_workers()
    if not 1 <= workers <= most:
        raise ServeError(
            f"--workers {workers}: give a number of server processes from 1 to {most} "
            f"(this machine has {os.cpu_count() or 1} cores; one per core is usually best)"
        )


def server_config(
    briefs_dir: Path, host: str, port: int, log_level: str = "info", limits: ConnectionLimits | None = None
) -> uvicorn.Config:
    """The uvicorn settings of the site; a loopback-bound site answers only to loopback host names.

    Connections are bounded by ``limits`` (by default ``default_limits()``, sized to the open-file
    limit): idle and slow clients are timed out, and a full site makes room by closing idle ones.
    """
    limits = limits or default_limits()
    allowed = LOOPBACK_NAMES if is_loopback(host) else None
    return uvicorn.Config(
        create_app(briefs_dir, allowed_hosts=allowed),
        host=host,
        port=port,
        http=protocol_class(limits),
        timeout_keep_alive=limits.keep_alive_seconds,
        limit_concurrency=limits.max_connections,
        backlog=limits.accept_batch,
        loop="asyncio",  # its loop.sendfile sends downloads (zerocopy.py), whatever else is installed
        server_header=False,
        proxy_headers=False,
        lifespan="off",
        log_level=log_level,
    )


class SiteServer(uvicorn.Server):
    """uvicorn's server, accepting few connections at once while the system queues many.

    asyncio accepts at most uvicorn's ``backlog`` connections per wake-up and uses the same number
    as the listening queue; a small one bounds the open files, a long queue lets bursts wait.
    With ``pool``, those parsing workers are stopped when the server shuts down. With ``share``
    (the table of several server processes and this one's slot), it accepts its share of the
    connections of the one socket it is given (``balance.py``) instead of all it can.
    """

    def __init__(
        self, config: uvicorn.Config, pool: ParsePool | None = None, share: tuple[ConnectionShares, int] | None = None
    ) -> None:
        super().__init__(config)
        self.pool = pool
        self.share = share
        self.acceptor: Acceptor | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        """Start serving, then lengthen the listening queue of the given sockets."""
        if self.share is not None and sockets is not None and len(sockets) == 1:
            await self._start_sharing(sockets[0], *self.share)
        else:
            await super().startup(sockets)
        for sock in sockets or ():
            sock.listen(LISTEN_QUEUE)

    async def _start_sharing(self, sock: socket.socket, shares: ConnectionShares, slot: int) -> None:
        """uvicorn's start-up on one socket, accepting through an ``Acceptor`` rather than an asyncio server."""
        await self.lifespan.startup()
        if self.lifespan.should_exit:
            raise SystemExit(3)  # uvicorn's STARTUP_FAILURE
        config, state = self.config, self.server_state

        def create_protocol() -> asyncio.Protocol:
            protocol = config.http_protocol_class(  # type: ignore[call-arg]
                config=config, server_state=state, app_state=self.lifespan.state
            )
            if isinstance(protocol, GuardedProtocol):
                protocol.shed = acceptor.shed
            return protocol

        self.servers = []
        acceptor = Acceptor(sock, create_protocol, shares, slot, lambda: len(state.connections), config.backlog)
        self.acceptor = acceptor
        acceptor.start()
        self.started = True

    async def on_tick(self, counter: int) -> bool:
        """uvicorn's tick (every 0.1 s); also tells the other server processes how many connections this one holds."""
        if self.acceptor is not None:
            self.acceptor.publish()
        return await super().on_tick(counter)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """Stop serving, then the parsing workers (uvicorn may end the process by a signal right after)."""
        if self.acceptor is not None:
            self.acceptor.close()
        await super().shutdown(sockets)
        flush_all()
        if self.pool is not None:
            self.pool.shutdown()


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port; a clear ``ServeError`` when that is impossible."""
    if not 0 <= port <= 65535:
        raise ServeError(f"--port {port}: not a TCP port; give a number from 1 to 65535")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
    except (OSError, UnicodeError) as exc:
        raise ServeError(f"--host {host}: cannot use this address ({exc}); try 127.0.0.1") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(LISTEN_QUEUE)
    except OSError as exc:
        sock.close()
        raise ServeError(f"{host}:{port}: cannot listen ({exc.strerror}); choose another --port") from None
    sock.setblocking(False)
    return sock


def is_loopback(host: str) -> bool:
    """True for an address only this machine can reach."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Stopped(Exception):
    """SIGTERM, raised once uvicorn has shut down, so ``serve`` returns and the workers are cleaned up."""


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _Stopped


def _on_sigterm(handler: _Handler) -> _Handler:
    """Install a SIGTERM handler (main thread only); the one it replaces."""
    if threading.current_thread() is not threading.main_thread():
        return handler
    return signal.signal(signal.SIGTERM, handler if handler is not None else signal.SIG_DFL)
