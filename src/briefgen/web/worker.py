"""Reading brief files in a worker process, so a big JSON or HTML neither stalls the site nor stays in its memory.

Parsing a large JSON holds Python's GIL for seconds and takes several times the file's size in
memory. In a separate process it blocks no request of the site, only the small result comes back,
and the memory goes with the process: the worker is replaced after a big job. The worker's address
space is capped (half the machine's memory, where the system allows), so a file too big to parse
fails there with a ``MemoryError`` instead of taking the machine down.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: Worker processes: files are parsed one at a time, so at most one parse's memory is in use.
WORKERS = 1
#: How often a worker checks that the site's process is still there.
PARENT_CHECK_SECONDS = 1.0
#: A job on at least this many bytes of files replaces the worker afterwards, returning its memory.
RECYCLE_BYTES = 32 * 1024 * 1024


class ParsePool:
    """Worker processes for reading brief files: started on first use, replaced when broken or after a big job."""

    def __init__(self, workers: int = WORKERS, recycle_bytes: int = RECYCLE_BYTES) -> None:
        self.workers = workers
        self.recycle_bytes = recycle_bytes
        self._executor: ProcessPoolExecutor | None = None
        self._stopping: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def submit(self, job: Callable[..., T], *paths: Path | None) -> Future[T]:
        """``job(*paths)`` in a worker; the future fails with the job's exception, or ``BrokenProcessPool``."""
        size = sum(_size(p) for p in paths if p is not None)
        with self._lock:
            executor = self._executor or self._start()
            try:
                future = executor.submit(job, *paths)
            except BrokenProcessPool:  # a worker died (its jobs failed with this error): start afresh
                executor = self._start()
                future = executor.submit(job, *paths)
            if size >= self.recycle_bytes:
                self._executor = None  # later jobs go to a fresh worker; this one ends after its queue
                executor.shutdown(wait=False)
        return future

    def start(self) -> Future[None]:
        """Start the workers now rather than on the first job (a worker takes a moment to start)."""
        return self.submit(_ready)

    def _start(self) -> ProcessPoolExecutor:
        self._executor = ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
        )
        return self._executor

    def shutdown(self) -> None:
        """Stop the workers once their queued jobs are done."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            self._stopping = executor
            executor.shutdown(wait=False)

    def wait_stopped(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds for the workers ``shutdown`` stopped to end (before leaving the process)."""
        executor, self._stopping = self._stopping, None
        if executor is not None:
            waiter = threading.Thread(target=executor.shutdown, kwargs={"wait": True}, daemon=True)
            waiter.start()
            waiter.join(timeout)


_shared: ParsePool | None = None
_shared_lock = threading.Lock()


def shared_pool() -> ParsePool:
    """The process's pool, shared by every site it serves."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ParsePool()
        return _shared


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _ready() -> None:
    """A job that does nothing: the worker is up once it is done."""


def _start_worker() -> None:
    """Worker start-up: Ctrl+C is for the site (which stops the worker), memory is capped, the site watched."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory()
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """End the worker once the site's process is gone (killed, or stopped by a signal without clean-up)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def _limit_memory() -> None:
    """Cap the address space at half the machine's memory (best effort, where supported)."""
    try:
        import resource

        limit = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError, AttributeError):
        pass
