"""The on-disk cache of slow pure results: reused across processes, written whole, a damaged entry is a miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen._speed.disk_cache import cache_key, cache_root, cached_bytes


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_made_once_then_read(root: Path) -> None:
    made: list[int] = []

    def make() -> bytes:
        made.append(1)
        return b"trimmed face"

    assert cached_bytes("fonts", cache_key(b"a"), make) == b"trimmed face"
    assert cached_bytes("fonts", cache_key(b"a"), make) == b"trimmed face"
    assert made == [1]
    assert [p.name for p in (root / "fonts").iterdir()] == [cache_key(b"a")]  # no temporary file left


def test_a_damaged_entry_is_made_again(root: Path) -> None:
    cached_bytes("fonts", cache_key(b"a"), lambda: b"good")
    entry = root / "fonts" / cache_key(b"a")
    entry.write_bytes(entry.read_bytes()[:-1] + b"X")
    assert cached_bytes("fonts", cache_key(b"a"), lambda: b"good") == b"good"
    entry.write_bytes(b"short")
    assert cached_bytes("fonts", cache_key(b"a"), lambda: b"good") == b"good"


def test_an_unwritable_folder_only_costs_the_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(blocker))
    assert cached_bytes("fonts", cache_key(b"a"), lambda: b"made") == b"made"


def test_keys_keep_their_parts_apart() -> None:
    assert cache_key(b"ab", b"c") != cache_key(b"a", b"bc")


def test_the_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BRIEFGEN_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_root() == tmp_path / "briefgen"


def test_a_bounded_kind_keeps_only_its_newest_entries(root: Path) -> None:
    import os

    for number, name in enumerate((b"a", b"b", b"c"), start=1):
        cached_bytes("docx-start", cache_key(name), lambda: b"made", keep=2)
        written = root / "docx-start" / cache_key(name)
        os.utime(written, ns=(number * 10**9, number * 10**9))  # written in this order, whatever the clock's grain
    assert sorted(p.name for p in (root / "docx-start").iterdir()) == sorted([cache_key(b"b"), cache_key(b"c")])
    cached_bytes("fonts", cache_key(b"a"), lambda: b"made")
    cached_bytes("fonts", cache_key(b"b"), lambda: b"made")
    assert len(list((root / "fonts").iterdir())) == 2  # a kind without a bound keeps everything
