"""Parsed TOML kept on disk between processes, keyed by its text: the data files without tomllib's parse.

``tomllib`` parses in pure Python: the data files a build reads (word classes, calendars, fonts, rules,
some 20 files) take it about 12 ms of every cold start. What it returns for a text depends on nothing
else (and the Python build), and is plain tables, arrays, strings, numbers and booleans, which ``marshal``
writes and reads back exactly and fast. So the parsed form is kept in the disk cache (``disk_cache``),
keyed by the text; an edited file has another key. A text holding dates or times (which marshal cannot
write) is parsed every time; a damaged entry is parsed again; an error is raised as tomllib raises it.
"""

from __future__ import annotations

import marshal
import sys
import tomllib
from typing import Any

from .disk_cache import cache_key, store_bytes, stored_value

KEEP = 256
"""Entries kept (the data files, and their earlier versions while they are being edited)."""
_KIND = "toml"
_FORMAT = f"toml-1|{sys.version}".encode()


def parsed_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, read from the disk cache when this text was parsed before."""
    key = cache_key(_FORMAT, text.encode("utf-8", "surrogatepass"))
    kept = stored_value(_KIND, key)
    if isinstance(kept, dict):
        return kept
    parsed = tomllib.loads(text)
    try:
        data = marshal.dumps(parsed)
    except ValueError:  # dates or times: not kept
        return parsed
    store_bytes(_KIND, key, data, KEEP)
    return parsed
