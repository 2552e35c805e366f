"""Reading a brief's file only as the version a listing saw, so that one page never mixes two builds.

``briefgen build`` publishes a brief's files as one set by swapping its whole folder in; the site
notes each file's signature (inode, size, modification time) when it lists the folder, and reads
a file only if the file it opens still has that signature. Otherwise the set was replaced since
the listing, and ``SetChanged`` tells the caller to list the folder again.
"""

from __future__ import annotations

import os
from pathlib import Path

Signature = tuple[int, int, int]
"""(inode, size, mtime_ns) of a file."""


class SetChanged(OSError):
    """A brief's files were replaced (a rebuild was published) after the site listed them."""


def open_exact(path: Path, signature: Signature) -> int:
    """A read-only descriptor of ``path`` if it is still the file with ``signature``; else ``SetChanged``.

    Other errors opening the file (permissions…) are raised as they are.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise SetChanged(f"{path}: removed since the folder was listed") from None
    try:
        st = os.fstat(fd)
    except OSError:
        os.close(fd)
        raise
    if (st.st_ino, st.st_size, st.st_mtime_ns) != signature:
        os.close(fd)
        raise SetChanged(f"{path}: replaced since the folder was listed")
    return fd


def read_exact(path: Path, signature: Signature) -> bytes:
    """The bytes of ``path`` if it is still the file with ``signature``; else ``SetChanged``."""
    with os.fdopen(open_exact(path, signature), "rb") as handle:
        return handle.read()
