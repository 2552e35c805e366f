"""Several server processes on one listening socket: forked after the bind, replaced if one dies, stopped together.

``serve --workers N`` binds the socket once and forks N children that each run the whole site
(its own event loop, caches and parsing worker) on that socket; the kernel hands every new
connection to one of them. The parent only supervises: Ctrl+C or SIGTERM stops every child
gracefully (SIGTERM, then SIGKILL after ``STOP_SECONDS``), a child that dies is replaced, and a
child whose parent is gone (killed with SIGKILL) stops by itself, so no process is left behind.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.util
import os
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.process import BaseProcess
from types import FrameType

#: How long the children have to finish their responses once told to stop.
STOP_SECONDS = 15.0
#: How often a child checks that its parent is still there.
PARENT_CHECK_SECONDS = 0.5
#: A child dying sooner than this after its start counts as a failed start; a few in a row stop the site.
FAILED_START_SECONDS = 5.0
FAILED_STARTS = 3

_log = logging.getLogger("uvicorn.error")


def run_processes(count: int, target: Callable[[int], None]) -> None:
    """Run ``target(slot)`` in ``count`` forked children (slots 0 to count - 1) until SIGINT/SIGTERM.

    A child that dies is replaced by one with the same slot.
    """
    context = multiprocessing.get_context("fork")  # the children inherit the listening socket
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    children: list[tuple[BaseProcess, float]] = []
    failed = 0
    try:
        children = [_start(context, target, slot) for slot in range(count)]
        while not stop.wait(0.2):
            for slot, (child, started) in enumerate(children):
                if child.is_alive() or stop.is_set():
                    continue
                failed = failed + 1 if time.monotonic() - started < FAILED_START_SECONDS else 0
                if failed >= FAILED_STARTS:
                    _log.error("Server processes keep failing at start; stopping")
                    stop.set()
                    break
                _log.warning("Server process %s ended (exit code %s); starting another", child.pid, child.exitcode)
                children[slot] = _start(context, target, slot)
    finally:
        _stop_all([child for child, _ in children])
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _start(
    context: multiprocessing.context.ForkContext, target: Callable[[int], None], slot: int
) -> tuple[BaseProcess, float]:
    child = context.Process(target=_child, args=(os.getpid(), target, slot), daemon=False)
    child.start()
    return child, time.monotonic()


def _child(parent: int, target: Callable[[int], None], slot: int) -> None:
    """A child's life: the default signal handlers back, an eye on the parent, then the server."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_DFL if sig == signal.SIGTERM else signal.default_int_handler)
    threading.Thread(target=_stop_without_parent, args=(parent,), daemon=True).start()
    code = 0
    try:
        target(slot)
    except BaseException:
        _log.exception("Server process %s failed", os.getpid())
        code = 1
    finally:
        from .worker import shared_pool

        shared_pool().wait_stopped(PARENT_CHECK_SECONDS * 4)
        finalizers = getattr(multiprocessing.util, "_run_finalizers", None)
        if finalizers is not None:  # the parse queues' semaphores released, as a normal exit would
            finalizers()
        logging.shutdown()
        # Leave at once: the server has shut down and stopped its parsing worker (which also ends by
        # itself once this process is gone); multiprocessing's exit would wait on that worker.
        os._exit(code)


def _stop_without_parent(parent: int) -> None:
    """SIGTERM to this process (a graceful stop) once the parent is gone."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os.kill(os.getpid(), signal.SIGTERM)


def _stop_all(children: list[BaseProcess]) -> None:
    """SIGTERM to every child still running, then SIGKILL to any still there after ``STOP_SECONDS``."""
    for child in children:
        if child.is_alive() and child.pid is not None:
            os.kill(child.pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_SECONDS
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
        if child.is_alive():
            _log.warning("Server process %s did not stop in %g s; killing it", child.pid, STOP_SECONDS)
            child.kill()
            child.join()
