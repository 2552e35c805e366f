"""Load the word lists and lexicons shipped in ``briefgen/data`` (cached, read once)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


def data_text(name: str) -> str:
    """The text of a data file."""
    return resources.files("briefgen").joinpath("data", name).read_text(encoding="utf-8")


def data_path(*parts: str) -> Path:
    """The file-system path of a shipped data file (fonts are opened by path)."""
    return Path(str(resources.files("briefgen").joinpath("data", *parts)))


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-entry-per-line data file as a set; blank lines and ``#`` comments are skipped."""
    entries = (line.strip() for line in data_text(name).splitlines())
    return frozenset(e for e in entries if e and not e.startswith("#"))


@cache
def data_toml(name: str) -> dict[str, Any]:
    """A TOML data file."""
    return tomllib.loads(data_text(name))
