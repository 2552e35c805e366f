"""Pause Python's cyclic garbage collector while an analysis stage runs.

The stages allocate millions of small objects (matches, hits, mentions, figures) that hold no
reference cycles, so reference counting frees them; the cyclic collector would only re-scan the
growing set of live results again and again (about a quarter of the analysis time on large
sources). It is switched off for the duration of a stage and restored afterwards; pauses nest.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off, then restore its previous state."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def without_gc(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Decorate a function (not a generator) to run with the cyclic garbage collector paused."""

    @functools.wraps(fn)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with gc_paused():
            return fn(*args, **kwargs)

    return wrapper
