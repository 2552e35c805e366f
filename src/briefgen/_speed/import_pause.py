"""A build's modules imported in one go with the cyclic garbage collector paused; in a command-line process, frozen.

Importing makes some hundred thousand objects that live as long as the process (functions, classes, compiled
patterns, tables) and next to no garbage. The collector starts a pass every 700 new objects and, every so
often, one over the whole heap: during a cold build's imports some 180 passes, one of them over everything,
about 45 ms of a 600 ms build (timed with ``gc.callbacks``), freeing next to nothing. So a build imports the
modules it will use up front with the collector paused, and freezes what the process then holds (``gc.freeze``,
before the collector resumes): the collector never walks the modules again, and its counts start afresh, so no
pass falls due only because the imports made so many objects. Only a command-line process does this
(``freeze_after_imports``): what is frozen is never collected, so it happens only where modules are still to be
imported (the command's start, a process's first build), not between the briefs of a batch. A module that fails
to import is left to fail where it is used, as before.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
from collections.abc import Iterable

from .gc_pause import gc_paused

_FREEZE = [False]


def freeze_after_imports() -> None:
    """Let ``import_paused`` freeze: for a short-lived command-line process, where what is frozen (never collected)
    is only the imports' objects and the little the process made besides."""
    _FREEZE[0] = True


def import_paused(names: Iterable[str]) -> None:
    """Import the modules ``names`` (absolute names) with the collector paused, then freeze what the process holds
    (after ``freeze_after_imports``; elsewhere, or with every module imported already, nothing happens: the modules
    are imported where they are used, as usual)."""
    missing = [name for name in names if name not in sys.modules]
    if not _FREEZE[0] or not missing:
        return
    with gc_paused():
        for name in missing:
            with contextlib.suppress(ImportError):  # raised again where the module is used, as it would be
                importlib.import_module(name)
        gc.freeze()  # before the collector resumes: its counts start afresh, with no pass over the new objects
