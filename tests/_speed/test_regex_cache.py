"""Large regular expressions from the disk cache behave exactly as ``re.compile`` makes them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefgen._speed import regex_cache
from briefgen._speed.regex_cache import MIN_CACHED_LENGTH, compile_cached

NAMES = "|".join(f"Name{i:04d}" for i in range(400))
PATTERN = rf"\b(?P<title>Minister|Secretary)\s+(?P<name>{NAMES})(?:'s)?\b"
TEXT = "Minister Name0007 met Secretary Name0399's aide; secretary name0001 did not. " * 3


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(regex_cache, "_made", {})
    return tmp_path / "cache"


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [(m.span(), m.groupdict()) for m in a.finditer(TEXT)] == [
        (m.span(), m.groupdict()) for m in b.finditer(TEXT)
    ]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.VERBOSE])
def test_a_cached_pattern_is_the_one_re_makes(root: Path, flags: int) -> None:
    assert len(PATTERN) >= MIN_CACHED_LENGTH
    expected = re.compile(PATTERN, flags)
    _same(compile_cached(PATTERN, flags), expected)  # made and stored
    assert len(list((root / "regex").iterdir())) == 1
    regex_cache._made.clear()
    _same(compile_cached(PATTERN, flags), expected)  # read back, as a new process would


def test_a_damaged_entry_or_an_unwritable_folder_still_gives_the_right_pattern(root: Path) -> None:
    compile_cached(PATTERN)
    (entry,) = (root / "regex").iterdir()
    entry.write_bytes(b"\x00" * 40)
    regex_cache._made.clear()
    _same(compile_cached(PATTERN), re.compile(PATTERN))
    root.joinpath("regex").chmod(0o500)
    try:
        regex_cache._made.clear()
        _same(compile_cached(PATTERN + "|x"), re.compile(PATTERN + "|x"))
    finally:
        root.joinpath("regex").chmod(0o700)


def test_short_patterns_are_compiled_as_usual(root: Path) -> None:
    assert compile_cached(r"\d+") is re.compile(r"\d+")
    assert not root.exists()
