"""A batch's library index: the briefs its workers publish, recorded by one thread of the batch's own process.

A worker recording its own brief waits on an SQLite commit (a few syncs, 20-40 ms on a shared disk) and on the
other workers' write lock, while the batch's process sits idle. So the workers leave the index alone
(``BuildOptions.record_index``) and the batch's process records each brief once it is published, every brief
that finished during the last commit in one transaction. As with a build's own record, a failure only costs
the speed-up: the site reads the files of a brief the index does not hold.
"""

from __future__ import annotations

import contextlib
import queue
import sqlite3
import threading
from pathlib import Path

from .web.index_db import record_briefs


class IndexRecorder:
    """Records published briefs (by name) in ``out_root``'s index from a thread; ``close()`` waits for the last."""

    def __init__(self, out_root: Path) -> None:
        """A recorder for the briefs root ``out_root``; its thread starts with the first brief."""
        self.out_root = out_root
        self._names: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def add(self, name: str) -> None:
        """Record brief ``name`` (published as ``<out_root>/<name>/<name>.json``) soon."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="briefgen-index", daemon=True)
            self._thread.start()
        self._names.put(name)

    def close(self) -> None:
        """Record what is left and stop."""
        if self._thread is not None:
            self._names.put(None)
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        while True:
            names = [self._names.get()]
            while True:  # every brief that finished meanwhile goes into the same transaction
                try:
                    names.append(self._names.get_nowait())
                except queue.Empty:
                    break
            briefs = [(name, self.out_root / name / f"{name}.json") for name in names if name is not None]
            if briefs:
                with contextlib.suppress(sqlite3.Error, OSError):  # the site reads these briefs' files
                    record_briefs(self.out_root, briefs)
            if None in names:
                return
