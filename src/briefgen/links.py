"""Which link targets may become links: http(s) and mailto addresses, in-document anchors, plain relative paths.

``javascript:``, ``data:``, ``vbscript:``, ``file:`` and every other scheme never become a link in
any output. The scheme is found the way a browser finds it (tabs and line breaks inside it removed,
leading spaces and control characters dropped), so ``java\\tscript:`` or `` javascript:`` are caught.
"""

from __future__ import annotations

import re

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
"""Schemes a link may use."""
_IGNORED = re.compile(r"[\t\n\r]")
_EDGE = "".join(chr(c) for c in range(0x21))
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")


def _scheme(value: str) -> tuple[str, str | None]:
    """The address as a browser reads it, and its scheme in lower case (None when it has none)."""
    cleaned = _IGNORED.sub("", value).strip(_EDGE)
    found = _SCHEME.match(cleaned)
    return cleaned, found.group(1).lower() if found else None


def safe_url(value: str | None) -> str | None:
    """A source's address when it is an absolute http(s) or mailto address, else None."""
    if not value:
        return None
    cleaned, scheme = _scheme(value)
    if scheme not in SAFE_SCHEMES or any(ord(c) < 0x20 or c == "\x7f" for c in cleaned):
        return None
    if scheme in ("http", "https") and not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*://[^/\\\s]", cleaned):
        return None
    return cleaned


def safe_href(value: str) -> str | None:
    """A link target written by a template, or None when it must not become a link.

    Anchors (``#id``), relative paths, http(s)/mailto addresses and no target at all pass; any other
    scheme does not.
    """
    cleaned, scheme = _scheme(value)
    return cleaned if scheme is None or scheme in SAFE_SCHEMES else None
