"""A wall-clock limit on a whole build (``--timeout``): SIGALRM in the main thread, checks between stages elsewhere."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

from .errors import TimeLimitError


class _Expired(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception`` on the way swallows it."""


class TimeLimit:
    """The running limit of one build: ``check()`` between stages, ``disarm()`` before publishing."""

    def __init__(self, seconds: float | None, message: str) -> None:
        """A limit of ``seconds`` (None: none) whose error says ``message``."""
        self.seconds = seconds
        self.message = message
        self.at = time.monotonic() + seconds if seconds else None
        self._armed = False

    def check(self) -> None:
        """Raise ``TimeLimitError`` when the limit has passed."""
        if self.at is not None and time.monotonic() > self.at:
            raise TimeLimitError(self.message)

    def disarm(self) -> None:
        """Stop the clock: what follows (publishing the outputs) is never cut short."""
        self.check()
        self.at = None
        if self._armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            self._armed = False


@contextlib.contextmanager
def time_limit(seconds: float | None, message: str) -> Iterator[TimeLimit]:
    """Run the block under a wall-clock limit of ``seconds``; past it, ``TimeLimitError(message)``."""
    limit = TimeLimit(seconds, message)
    use_alarm = bool(seconds) and threading.current_thread() is threading.main_thread() and hasattr(
        signal, "setitimer"
    )
    if not use_alarm:
        yield limit
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, float(seconds or 0))
    limit._armed = True
    try:
        yield limit
    except _Expired:
        raise TimeLimitError(message) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
