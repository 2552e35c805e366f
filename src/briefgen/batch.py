"""Build many brief folders: one after another, or in parallel worker processes (``build --jobs N``).

Results come back as each brief finishes. The first error stops the batch as a sequential build
would (no new brief starts; those already running finish and keep their outputs, each written as
one set), and is raised in the caller with its one-line message. Workers are forked from the
calling process, so they start with the analysis already imported. Each worker has its next brief
waiting for it (two per worker in flight), so it never sits idle while the calling process takes a
result and hands out the next; a brief still waiting when a build fails is not started.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import api
from .incremental import UpToDate
from .interrupts import stop_signals_interrupt
from .spec import brief_folders

if TYPE_CHECKING:
    from concurrent.futures import Future

Progress = Callable[[str], None]


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def expand(folders: list[Path]) -> list[Path]:
    """Brief folders as named, a folder of brief folders (no brief.toml of its own) as the folders in it."""
    out: list[Path] = []
    for folder in folders:
        inner = brief_folders(folder) if folder.is_dir() and not (folder / "brief.toml").exists() else []
        out.extend(inner or [folder])
    return out


def build_all(
    targets: list[Path], options: api.BuildOptions, jobs: int, progress: Callable[[int, str], None]
) -> Iterator[tuple[Path, api.BuildResult | UpToDate]]:
    """Build every target, yielding (folder, result) as each finishes; ``progress(number, message)``.

    With ``jobs`` > 1 and more than one target, builds run in that many forked processes and only
    whole-brief messages reach ``progress``; otherwise in this process, with every step's message."""
    with stop_signals_interrupt():
        if jobs <= 1 or len(targets) <= 1 or not _can_fork():
            api.keep_prepared(len(targets) <= 1)  # a batch builds each brief once: nothing to keep
            try:
                for number, folder in enumerate(targets, start=1):
                    yield folder, api.build_unless_current(folder, options, functools.partial(progress, number))
            finally:
                api.keep_prepared(True)
            return
        yield from _in_workers(targets, options, min(jobs, len(targets)))


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


_IN_FLIGHT_PER_WORKER = 2
"""Briefs handed to the workers at once, per worker: the one it builds and the next, waiting for it."""
_STOPPED: list[Any] = [None]
"""In a worker: the batch's stop flag (a ``multiprocessing.Event``), set by the first build that fails."""


def _start_worker(stopped: Any) -> None:
    """A worker's set-up: it keeps no composed brief (a batch builds each once) and watches the stop flag."""
    api.keep_prepared(False)
    _STOPPED[0] = stopped


def _build_in_worker(folder: Path, options: api.BuildOptions) -> api.BuildResult | UpToDate | None:
    """``api.build_unless_current`` in a worker; None, without starting, once a build of the batch has failed."""
    stopped = _STOPPED[0]
    if stopped is not None and stopped.is_set():
        return None
    try:
        return api.build_unless_current(folder, options)
    except BaseException:
        if stopped is not None:
            stopped.set()  # before this worker takes its next brief: that one is not started
        raise


def _in_workers(
    targets: list[Path], options: api.BuildOptions, jobs: int
) -> Iterator[tuple[Path, api.BuildResult | UpToDate]]:
    """Build in ``jobs`` forked worker processes, two briefs per worker in flight (the one it builds and the next),
    no brief started once one has failed."""
    import dataclasses
    import multiprocessing  # only for a batch in workers (~10 ms at start-up otherwise)
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    from .batch_index import IndexRecorder

    context = multiprocessing.get_context("fork")
    stopped = context.Event()
    pending = iter(targets)
    running: dict[Future[api.BuildResult | UpToDate | None], Path] = {}
    index = IndexRecorder(options.out_root) if options.record_index and "json" in options.formats else None
    options = dataclasses.replace(options, record_index=False)  # this process records what the workers publish
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(stopped,)
    ) as pool:
        try:
            for folder in pending:
                running[pool.submit(_build_in_worker, folder, options)] = folder
                if len(running) >= jobs * _IN_FLIGHT_PER_WORKER:
                    break
            while running:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    folder = running.pop(future)
                    result = future.result()  # a build's error is raised here and ends the batch
                    if result is None:  # not started: a build failed (its error is raised when its turn comes)
                        continue
                    for folder_next in pending:
                        running[pool.submit(_build_in_worker, folder_next, options)] = folder_next
                        break
                    if index is not None and isinstance(result, api.BuildResult):
                        index.add(result.name)
                    yield folder, result
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        finally:
            if index is not None:
                index.close()
