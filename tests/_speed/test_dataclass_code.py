"""Dataclass methods from kept code behave as those ``dataclasses`` compiles, and the store survives damage."""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefgen._speed import dataclass_code
from briefgen._speed.disk_cache import cache_key

PROBE = "briefgen._dataclass_probe"
CLASS = """
import dataclasses

@dataclasses.dataclass(frozen=True, slots=True)
class Point:
    x: int
    label: str = "p"
    tags: tuple = ()
"""


@pytest.fixture()
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(dataclass_code, "_kept", None)
    monkeypatch.setattr(dataclass_code, "_added", [])
    monkeypatch.setattr(dataclass_code, "_used", set())
    yield tmp_path / "dataclass-code" / cache_key(dataclass_code._BUILD)
    sys.modules.pop(PROBE, None)


def _make(module: str = PROBE) -> Any:
    """A dataclass made in a module of that name (no future import there, as in dataclasses' own text)."""
    probe = types.ModuleType(module)
    sys.modules[module] = probe
    exec(compile(CLASS, PROBE, "exec", dont_inherit=True), probe.__dict__)  # no future import here
    return probe.Point


def test_installed_for_the_package() -> None:
    assert dataclasses.exec is dataclass_code._exec  # type: ignore[attr-defined]


def test_kept_code_makes_the_same_methods(fresh_store: Path) -> None:
    first = _make()  # compiled, then kept
    dataclass_code._save()
    dataclass_code._kept = None  # as a new process finds it: read from disk
    second = _make()
    assert dataclass_code._added == []  # nothing compiled the second time
    for cls in (first, second):
        point = cls(1, tags=("a",))
        assert repr(point).endswith("Point(x=1, label='p', tags=('a',))")
        assert point == cls(1, "p", ("a",)) and point != cls(2)
        assert hash(point) == hash(cls(1, "p", ("a",)))
        with pytest.raises(dataclasses.FrozenInstanceError):
            point.x = 2
        assert cls.__init__.__annotations__["x"] is int  # a type, not a string: no future import leaks in
        assert cls.__init__.__qualname__.endswith("Point.__init__")


def test_the_code_read_back_is_what_exec_compiles(fresh_store: Path) -> None:
    _make()
    dataclass_code._save()
    dataclass_code._kept = None
    kept = dataclass_code._load()
    assert kept
    for text, code in kept.items():  # exec compiles a string from dataclasses with no future flags
        assert code == builtins.compile(text, "<string>", "exec", dont_inherit=True)


def test_only_the_packages_own_classes_are_kept(fresh_store: Path) -> None:
    _make("elsewhere_probe")
    assert dataclass_code._added == []
    sys.modules.pop("elsewhere_probe", None)


def test_past_the_limit_only_the_texts_used_are_kept(fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh_store.parent.mkdir(parents=True)
    stale = {f"x = {n}": compile(f"x = {n}", "<string>", "exec") for n in range(5)}
    from briefgen._speed.disk_cache import store_bytes

    store_bytes("dataclass-code", fresh_store.name, marshal.dumps(stale))
    monkeypatch.setattr(dataclass_code, "MAX_KEPT", 5)
    _make()
    dataclass_code._save()
    dataclass_code._kept = None
    kept = dataclass_code._load()
    assert kept and not kept.keys() & stale.keys() and kept.keys() <= dataclass_code._used


def test_a_damaged_store_is_compiled_anew(fresh_store: Path) -> None:
    fresh_store.parent.mkdir(parents=True)
    fresh_store.write_bytes(b"\0" * 40)
    cls = _make()
    assert cls(3).x == 3
    assert dataclass_code._added  # compiled, not read


def test_a_new_process_writes_and_reads_the_store(tmp_path: Path) -> None:
    env_code = (
        "import briefgen.model, briefgen._speed.dataclass_code as d;"
        "print(len(d._added), len(d._kept or {}))"
    )
    env = {"BRIEFGEN_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", env_code], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", env_code], env=env, capture_output=True, text=True, check=True)
    added, kept = map(int, first.stdout.split())
    assert added > 0 and kept == added
    added, kept = map(int, second.stdout.split())
    assert added == 0 and kept > 0
