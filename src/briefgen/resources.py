"""Load the word lists and lexicons shipped in ``briefgen/data`` (cached, read once)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._speed.toml_cache import parsed_toml

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


@cache
def _data_folder() -> Traversable:
    """The package's data folder (found once: ``importlib.resources`` looks the package up anew on every call)."""
    return resources.files("briefgen").joinpath("data")


def data_text(name: str) -> str:
    """The text of a data file."""
    return _data_folder().joinpath(name).read_text(encoding="utf-8")


def data_path(*parts: str) -> Path:
    """The file-system path of a shipped data file (fonts are opened by path)."""
    return Path(str(_data_folder().joinpath(*parts)))


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-entry-per-line data file as a set; blank lines and ``#`` comments are skipped."""
    entries = (line.strip() for line in data_text(name).splitlines())
    return frozenset(e for e in entries if e and not e.startswith("#"))


@cache
def data_toml(name: str) -> dict[str, Any]:
    """A TOML data file (its parsed form kept on disk between processes, by its text: ``_speed.toml_cache``)."""
    return parsed_toml(data_text(name))
