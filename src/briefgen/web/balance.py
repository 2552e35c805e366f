"""Spreading connections evenly over the server processes of ``serve --workers N``.

Every process accepts from the one listening socket. Left to itself, the process the kernel wakes
first takes a whole burst of connections (20 clients connecting at once all went to one process of
two, which served them alone while the other idled, for as long as they were kept alive). Here the
processes note how many connections each holds in a table they share (made before they are
forked; one not serving yet counts as holding very many), and one accepts only while it holds no
more than the fewest plus ``SLACK``; otherwise it
stops watching the socket for ``DEFER_SECONDS`` and looks again, so that another process takes the
connection. It accepts anyway once it has deferred for ``MAX_DEFER_SECONDS`` in a row, so a process
that is busy, or has died and not yet been replaced, holds no connection back for long.

Kept-alive connections stay where they were accepted, so a process that still holds more than the
fewest plus ``SLACK + 1`` (it took them all while another was starting, or the others' clients
left) asks a client to go: one response at most every ``SHED_SECONDS`` carries ``Connection:
close`` and its connection is closed after it, as HTTP allows; the client connects again and, this
process deferring, lands on another.
"""

from __future__ import annotations

import asyncio
import ctypes
import errno
import logging
import multiprocessing
import socket
from collections.abc import Callable
from typing import Any

#: A process accepts while it holds at most this many connections more than the process holding fewest.
SLACK = 1
#: How long a process that holds more than its share leaves new connections to the others.
DEFER_SECONDS = 0.002
#: After deferring this long in a row, a process accepts whatever the others hold.
MAX_DEFER_SECONDS = 0.05
#: A process holding more than its share closes at most one connection (after its response) this often.
SHED_SECONDS = 0.02
#: After running out of open files (or memory) for a new connection, accepting pauses this long (as asyncio's).
PAUSE_SECONDS = 1.0
_OUT_OF_RESOURCES = (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM)

_log = logging.getLogger("uvicorn.error")


#: The count of a process not serving yet (or any more): never the fewest.
ABSENT = 2**31 - 1


class ConnectionShares:
    """How many connections each server process holds, in memory shared by processes forked after it is made."""

    def __init__(self, processes: int) -> None:
        self._counts: Any = multiprocessing.RawArray(ctypes.c_long, [ABSENT] * processes)

    def __len__(self) -> int:
        return len(self._counts)

    def note(self, slot: int, count: int) -> None:
        """Record that process ``slot`` holds ``count`` connections."""
        self._counts[slot] = count

    def may_accept(self, slot: int, count: int) -> bool:
        """Record ``count`` for ``slot``; True while that is at most the fewest any process holds plus ``SLACK``."""
        self._counts[slot] = count
        return bool(count <= min(self._counts) + SLACK)

    def over(self, slot: int, count: int) -> bool:
        """Record ``count`` for ``slot``; True when that is more than the fewest plus ``SLACK + 1``."""
        self._counts[slot] = count
        return bool(count > min(self._counts) + SLACK + 1)


class Acceptor:
    """Accepts connections from a listening socket on the running loop, as its process's share allows.

    ``held`` tells how many connections the process holds (uvicorn's set of open connections); each
    accepted socket becomes a connection of ``protocol_factory`` (``loop.connect_accepted_socket``).
    At most ``batch`` connections are accepted per wake-up, as asyncio's own servers do.
    """

    def __init__(
        self,
        sock: socket.socket,
        protocol_factory: Callable[[], asyncio.Protocol],
        shares: ConnectionShares,
        slot: int,
        held: Callable[[], int],
        batch: int,
    ) -> None:
        self.sock = sock
        self.protocol_factory = protocol_factory
        self.shares = shares
        self.slot = slot
        self.held = held
        self.batch = max(1, batch)
        self._loop = asyncio.get_running_loop()
        self._opening: set[asyncio.Task[Any]] = set()
        self._deferred_since: float | None = None
        self._resumed_at = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._shed_at = -SHED_SECONDS
        self._watching = False
        self._closed = False

    def start(self) -> None:
        """Start accepting."""
        self.publish()
        self._watch()

    def close(self) -> None:
        """Stop accepting (connections already accepted carry on; the others no longer wait for this process)."""
        self._closed = True
        if self._timer is not None:
            self._timer.cancel()
        self._unwatch()
        self.shares.note(self.slot, ABSENT)

    def publish(self) -> None:
        """Tell the other processes how many connections this one holds now."""
        self.shares.note(self.slot, self._count())

    def shed(self) -> bool:
        """True when a connection should close after its response: this process holds more than its share."""
        now = self._loop.time()
        if now - self._shed_at < SHED_SECONDS or not self.shares.over(self.slot, self._count()):
            return False
        self._shed_at = now
        return True

    def _count(self) -> int:
        return self.held() + len(self._opening)

    def _watch(self) -> None:
        if not self._closed and not self._watching:
            self._loop.add_reader(self.sock.fileno(), self._ready)
            self._watching = True

    def _unwatch(self) -> None:
        if self._watching:
            self._loop.remove_reader(self.sock.fileno())
            self._watching = False

    def _pause(self, seconds: float) -> None:
        self._unwatch()
        self._timer = self._loop.call_later(seconds, self._resume)

    def _resume(self) -> None:
        self._timer = None
        self._resumed_at = self._loop.time()
        self._watch()

    def _ready(self) -> None:
        now = self._loop.time()
        if self._deferred_since is not None and now - self._resumed_at > DEFER_SECONDS:
            self._deferred_since = None  # woken by a new connection, not the one deferred before
        for _ in range(self.batch):
            if not self.shares.may_accept(self.slot, self._count()):
                if self._deferred_since is None:
                    self._deferred_since = now
                if now - self._deferred_since < MAX_DEFER_SECONDS:
                    self._pause(DEFER_SECONDS)
                    return
            try:
                conn, _ = self.sock.accept()
            except (BlockingIOError, InterruptedError):
                self._deferred_since = None
                return
            except OSError as exc:
                if exc.errno in _OUT_OF_RESOURCES:
                    _log.error("Cannot accept a connection (%s); accepting again in %g s", exc, PAUSE_SECONDS)
                    self._pause(PAUSE_SECONDS)
                    return
                continue  # this connection failed (reset before it was accepted…): the next one may not
            self._deferred_since = None
            conn.setblocking(False)
            task = self._loop.create_task(self._open(conn))
            self._opening.add(task)
            task.add_done_callback(self._opening.discard)
        self.publish()

    async def _open(self, conn: socket.socket) -> None:
        try:
            await self._loop.connect_accepted_socket(self.protocol_factory, conn)
        except OSError:  # gone before it was set up
            conn.close()
