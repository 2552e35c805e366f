"""The site's access log: uvicorn's line per request, written out in batches instead of one logging call each.

uvicorn logs every response through the ``uvicorn.access`` logger: a log record, the search for
its caller, its formatting, and a write and flush of the stream under the handler's lock, per
request (a large share of a small response's cost). Here the protocol's access logger only notes
each request, and ``flush`` (``FLUSH_SECONDS`` after the first request of a batch, and when the
server stops) hands the requests noted meanwhile to the logger's handlers: the same records,
formatted by the same formatters, but one write and flush per stream handler per batch. Lines
appear up to ``FLUSH_SECONDS`` later, in order.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

#: How long a request's line may wait to be written with others.
FLUSH_SECONDS = 0.1


class BatchedAccessLog:
    """Stands in for a protocol's ``access_logger``: notes requests, which ``flush`` writes out."""

    def __init__(self, logger: logging.Logger) -> None:
        self.logger = logger
        self._noted: list[tuple[str, tuple[Any, ...]]] = []

    def info(self, msg: str, *args: Any) -> None:
        """Note one request (uvicorn passes the client, method, path, HTTP version and status)."""
        if not self.logger.isEnabledFor(logging.INFO):
            return
        first = not self._noted
        self._noted.append((msg, args))
        if first:
            try:
                asyncio.get_running_loop().call_later(FLUSH_SECONDS, self.flush)
            except RuntimeError:  # no event loop: at once
                self.flush()

    def flush(self) -> None:
        """Write the requests noted since the last flush, as the logger would have, in one go per stream."""
        noted, self._noted = self._noted, []
        if not noted:
            return
        logger = self.logger
        if logger.disabled:
            return
        records = [logger.makeRecord(logger.name, logging.INFO, "(access)", 0, msg, args, None) for msg, args in noted]
        records = [r for r in records if logger.filter(r)]
        for handler in _handlers(logger):
            chosen = [r for r in records if r.levelno >= handler.level and handler.filter(r)]
            if type(handler) is logging.StreamHandler:
                _write(handler, chosen)
            else:
                for record in chosen:
                    handler.handle(record)


_shared: dict[str, BatchedAccessLog] = {}


def batched(logger: logging.Logger) -> BatchedAccessLog:
    """The process's batched stand-in for ``logger`` (one, whichever connection asks)."""
    found = _shared.get(logger.name)
    if found is None or found.logger is not logger:
        found = _shared[logger.name] = BatchedAccessLog(logger)
    return found


def flush_all() -> None:
    """Write every request noted so far (the server stops)."""
    for log in list(_shared.values()):
        log.flush()


def _handlers(logger: logging.Logger) -> list[logging.Handler]:
    """The handlers a record of ``logger`` goes to (its own, then its ancestors' while they propagate)."""
    found: list[logging.Handler] = []
    current: logging.Logger | None = logger
    while current is not None:
        found.extend(current.handlers)
        current = current.parent if current.propagate else None
    return found


def _write(handler: logging.StreamHandler[Any], records: list[logging.LogRecord]) -> None:
    """The records, formatted by the handler, written to its stream with one write and one flush."""
    if not records:
        return
    try:
        text = "".join(handler.format(record) + handler.terminator for record in records)
    except Exception:
        for record in records:
            handler.handleError(record)
        return
    handler.acquire()
    try:
        handler.stream.write(text)
        handler.flush()
    except Exception:
        handler.handleError(records[0])
    finally:
        handler.release()
