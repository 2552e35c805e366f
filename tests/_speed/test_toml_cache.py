"""Parsed TOML from the disk cache is exactly what tomllib returns; what marshal cannot keep is parsed each time."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from briefgen._speed import toml_cache
from briefgen._speed.toml_cache import parsed_toml

TEXT = """
title = "Word classes"
ratio = 0.1
big = 12345678901234567890
on = true
[caption]
gerunds = ["providing", "funding"]
[[rules]]
name = "first"
weights = [1, 2.5, -3]
[[rules]]
name = "second"
nested = { a = { b = [] } }
"""


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _same(a: object, b: object) -> None:
    assert a == b
    assert repr(a) == repr(b)  # same order of keys, same types (bool stays bool, int stays int)


def test_a_text_is_parsed_once_then_read_back(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = tomllib.loads(TEXT)
    _same(parsed_toml(TEXT), expected)
    assert len(list((root / "toml").iterdir())) == 1

    def no_parse(_text: str) -> dict[str, object]:
        raise AssertionError("parsed again")

    monkeypatch.setattr(toml_cache.tomllib, "loads", no_parse)
    _same(parsed_toml(TEXT), expected)


def test_dates_are_parsed_every_time_and_errors_raised(root: Path) -> None:
    text = "when = 2024-05-01\n"
    assert parsed_toml(text) == tomllib.loads(text)
    assert not (root / "toml").exists()
    with pytest.raises(tomllib.TOMLDecodeError):
        parsed_toml("x = = 1\n")


def test_a_damaged_entry_is_parsed_again(root: Path) -> None:
    parsed_toml(TEXT)
    (entry,) = (root / "toml").iterdir()
    entry.write_bytes(entry.read_bytes()[:-5] + b"xxxxx")
    _same(parsed_toml(TEXT), tomllib.loads(TEXT))
