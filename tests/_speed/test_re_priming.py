"""Slow patterns recorded by one process are in ``re``'s cache at the next one's start, the same as compiled.

Each process is a fresh interpreter with its own cache folder: priming fills ``re``'s module-wide cache and
records at exit, which the test process must not do.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen._speed import re_priming

_SLOW = r"(?P<host>[a-z\xa1-\uffff0-9](?:[a-z\xa1-\uffff0-9-]{0,61}[a-z\xa1-\uffff0-9])?)(?::(?P<port>\d{2,5}))?"
_FAST = r"ab+c"
_TEXT = "Visit ÉCOLE-Normale:8080 or abbbc.example:99 today, ÄÖÜ:123."

_CASE = """
import json, re, sys
from briefgen._speed import re_priming
slow, fast, text, once = sys.argv[1:5]
re_priming.prime()
primed = sorted(p for kind, p, flags in re._cache if kind is str and p in (slow, fast))
made = [re.compile(slow, re.I), re.compile(fast)]
re.compile(once, re.I)  # a pattern no other process makes
print(json.dumps({
    "primed": primed,
    "found": [[m.span(), m.groupdict()] for m in made[0].finditer(text)] + [m.span() for m in made[1].finditer(text)],
    "shape": [[p.pattern, p.flags, p.groups, dict(p.groupindex)] for p in made],
}))
"""


def _run(cache: Path, once: str = "") -> dict[str, object]:
    env = {**os.environ, "BRIEFGEN_CACHE_DIR": str(cache)}
    once = once or _SLOW.replace("host", f"h{len(list(cache.rglob('*')))}x")
    done = subprocess.run(
        [sys.executable, "-c", _CASE, _SLOW, _FAST, _TEXT, once], capture_output=True, text=True, check=True, env=env
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_slow_pattern_is_primed_once_seen_twice_and_behaves_as_compiled(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first["primed"] == []  # nothing recorded yet: both compiled as usual, remembered as seen at exit
    assert _run(tmp_path)["primed"] == []  # seen before: judged at exit (slow, fast)
    third = _run(tmp_path)
    assert third["primed"] == [_SLOW]  # the fast one is remembered as fast, not primed
    assert third["found"] == first["found"] and third["shape"] == first["shape"]
    assert first["found"]  # the text does hold matches


def test_a_pattern_made_anew_by_every_process_is_never_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for number in range(3):
        _run(tmp_path, once=_SLOW.replace("host", f"only{number}"))
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path))
    slow, fast, seen = re_priming._read()
    kept = [pattern for pattern, _ in [*slow, *fast]]
    assert _SLOW in kept and _FAST in kept  # made by every run: judged
    assert not [pattern for pattern in kept if "only" in pattern]  # each seen once: only remembered
    for number in range(3):
        assert re_priming._digest((_SLOW.replace("host", f"only{number}"), int(re.IGNORECASE))) in seen


def test_a_damaged_entry_primes_nothing(tmp_path: Path) -> None:
    for _ in range(2):
        _run(tmp_path)
    (entry,) = (tmp_path / "regex-primed").iterdir()
    entry.write_bytes(entry.read_bytes()[:-7] + b"garbage")
    result = _run(tmp_path)
    assert result["primed"] == []
    assert result["found"] == _run(tmp_path)["found"]  # recorded again, same matches
