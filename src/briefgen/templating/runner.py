"""Run a template render in a forked child under memory and time limits (in-process where fork is unsafe).

The sandbox stops attribute escapes, and ``template_sandbox`` stops the easy runaways (huge ``*``,
long ``range`` loops, huge output). What is left — a value doubled in a loop, a padding filter
asked for a billion spaces, a loop over data that never ends — is stopped here: on Linux the
render runs in a forked child whose address space is capped and which is killed at the deadline.
Elsewhere (no ``fork``, or other threads running, which a fork could deadlock), the render runs
in-process under a SIGALRM time limit when on the main thread.
"""

from __future__ import annotations

import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from ..errors import BriefgenError, TemplateError

if sys.platform != "win32":
    import resource  # imported up front: a forked child must not take the import lock

MEMORY_BYTES = 512 * 1024 * 1024
"""Memory a render may use beyond what the process already holds."""
_GRACE = 2.0
"""Seconds the child gets beyond the deadline before it is killed (it usually stops itself first)."""
_OK, _ERROR = b"o", b"e"
FORK = sys.platform.startswith("linux") and hasattr(os, "fork")
"""True where renders run in a forked child (Linux); elsewhere they run in-process."""


def run_limited(render: Callable[[], str], seconds: float, where: str) -> str:
    """``render()`` under the limits; its ``BriefgenError`` comes back as a ``TemplateError`` (``where``: file)."""
    if FORK and threading.active_count() == 1:
        return _in_child(render, seconds, where)
    with _alarm(seconds, f"{where}: rendering took over {seconds:g} s; stopped"):
        return render()


def _in_child(render: Callable[[], str], seconds: float, where: str) -> str:
    """Fork, render in the child with its memory capped, and read the result back through a pipe."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, which never returns
        os.close(read_fd)
        _child(render, write_fd, where)
    os.close(write_fd)
    try:
        data = _read_until(read_fd, pid, time.monotonic() + seconds + _GRACE)
    except BaseException:  # interrupted, or the build's own time limit: the child goes too
        _kill(pid)
        raise
    finally:
        os.close(read_fd)
    if data is None:
        raise TemplateError(f"{where}: rendering took over {seconds:g} s; stopped")
    _, status = os.waitpid(pid, 0)
    tag, body = data[:1], data[1:].decode("utf-8", "replace")
    if tag == _OK:
        return body
    if tag == _ERROR:
        raise TemplateError(body)
    reason = f"signal {-os.waitstatus_to_exitcode(status)}" if os.WIFSIGNALED(status) else "no result"
    raise TemplateError(f"{where}: rendering failed ({reason}); simplify the template")


def _child(render: Callable[[], str], write_fd: int, where: str) -> None:  # pragma: no cover - child process
    """Render, send ``o`` + markup or ``e`` + message, and exit without running the parent's clean-up."""
    code = 0
    try:
        _cap_memory()
        try:
            message = _OK + render().encode("utf-8")
        except BriefgenError as exc:
            message = _ERROR + str(exc).encode("utf-8")
        except MemoryError:
            message = _ERROR + f"{where}: rendering needed over {MEMORY_BYTES >> 20} MB of memory; stopped".encode()
        except Exception as exc:
            message = _ERROR + f"{where}: {type(exc).__name__}: {exc}".encode()
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(message)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _cap_memory() -> None:  # pragma: no cover - child process
    """Limit the child's address space to what it holds now plus ``MEMORY_BYTES``."""
    held = 0
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    held = int(line.split()[1]) * 1024
    except OSError:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = held + MEMORY_BYTES
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _read_until(fd: int, pid: int, deadline: float) -> bytes | None:
    """Everything the child writes, or None (after killing it) when it runs past ``deadline``."""
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        ready = select.select([fd], [], [], max(left, 0))[0] if left > 0 else []
        if not ready:
            _kill(pid)
            return None
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _kill(pid: int) -> None:
    """Kill the render child and reap it."""
    with suppress(OSError):
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


class _Alarm(Exception):
    pass


@contextmanager
def _alarm(seconds: float, timeout_message: str) -> Iterator[None]:
    """A SIGALRM time limit in the main thread of a POSIX process; elsewhere only the sandbox limits apply."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    started = time.monotonic()
    outer = signal.setitimer(signal.ITIMER_REAL, 0)[0]  # a limit already running (the whole build's)
    outer_first = 0 < outer < seconds + _GRACE

    def on_alarm(signum: int, frame: Any) -> None:
        if outer_first and callable(previous):
            previous(signum, frame)  # the outer limit ran out first: its handler decides
        raise _Alarm

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, outer if outer_first else seconds + _GRACE)
    try:
        yield
    except _Alarm:
        raise TemplateError(timeout_message) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer > 0:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))
