"""Running the site with uvicorn: check the folder, bind the socket, serve until interrupted."""

from __future__ import annotations

import ipaddress
import logging
import socket
from pathlib import Path

import uvicorn

from ..errors import ServeError
from .app import create_app
from .security import LOOPBACK_NAMES


def serve(briefs_dir: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve ``briefs_dir`` at http://HOST:PORT/ (loopback only unless told otherwise) until interrupted."""
    if not briefs_dir.is_dir():
        raise ServeError(f"{briefs_dir}: no such folder; build briefs first (briefgen build) or pass --briefs DIR")
    sock = bind(host, port)
    config = server_config(briefs_dir, host, port)
    log = logging.getLogger("uvicorn.error")  # uvicorn formats it like its own messages
    bound = sock.getsockname()[1]
    shown = f"[{host.strip('[]')}]" if ":" in host else host
    log.info("Serving the briefs in %s at http://%s:%d/ (press Ctrl+C to stop)", briefs_dir, shown, bound)
    if not is_loopback(host):
        log.warning("Listening on %s: anyone who can reach this machine can read these briefs", host)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl+C after its graceful shutdown
        pass
    finally:
        sock.close()


def server_config(briefs_dir: Path, host: str, port: int, log_level: str = "info") -> uvicorn.Config:
    """The uvicorn settings of the site; a loopback-bound site answers only to loopback host names."""
    allowed = LOOPBACK_NAMES if is_loopback(host) else None
    return uvicorn.Config(
        create_app(briefs_dir, allowed_hosts=allowed),
        host=host,
        port=port,
        server_header=False,
        proxy_headers=False,
        lifespan="off",
        log_level=log_level,
    )


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
        sock.listen(128)
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
