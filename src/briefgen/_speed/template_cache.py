"""Compiled templates kept on disk between processes: Jinja's bytecode cache in briefgen's cache folder.

Compiling the bundled policy-brief template costs a fresh process some 40-60 ms. Jinja keys an entry by the
template's name and file and checks the source's checksum and its own and Python's version when reading, so a
changed template or another interpreter recompiles. Every environment briefgen makes has the same class and
options, so code compiled by one serves all. As with the other disk caches, any failure (a folder that cannot
be written, a damaged entry) only costs the speed-up.
"""

from __future__ import annotations

import functools
from typing import Any

from .disk_cache import cache_root


@functools.cache
def template_bytecode_cache() -> Any:
    """The shared bytecode cache (a ``jinja2.BytecodeCache``) for briefgen's template environments."""
    import jinja2

    class _QuietCache(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket: Any) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # a damaged or foreign entry: compile anew
                bucket.reset()

        def dump_bytecode(self, bucket: Any) -> None:
            try:
                (cache_root() / "jinja").mkdir(parents=True, exist_ok=True)
                super().dump_bytecode(bucket)
            except OSError:
                pass

    return _QuietCache(str(cache_root() / "jinja"), "%s.jinja")
