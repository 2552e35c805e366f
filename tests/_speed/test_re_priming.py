"""Slow patterns recorded by one process are in ``re``'s cache at the next one's start, the same as compiled.

Each process is a fresh interpreter with its own cache folder: priming fills ``re``'s module-wide cache and
records at exit, which the test process must not do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_SLOW = r"(?P<host>[a-z\xa1-\uffff0-9](?:[a-z\xa1-\uffff0-9-]{0,61}[a-z\xa1-\uffff0-9])?)(?::(?P<port>\d{2,5}))?"
_FAST = r"ab+c"
_TEXT = "Visit ÉCOLE-Normale:8080 or abbbc.example:99 today, ÄÖÜ:123."

_CASE = """
import json, re, sys
from briefgen._speed import re_priming
slow, fast, text = sys.argv[1:4]
re_priming.prime()
primed = sorted(p for kind, p, flags in re._cache if kind is str and p in (slow, fast))
made = [re.compile(slow, re.I), re.compile(fast)]
print(json.dumps({
    "primed": primed,
    "found": [[m.span(), m.groupdict()] for m in made[0].finditer(text)] + [m.span() for m in made[1].finditer(text)],
    "shape": [[p.pattern, p.flags, p.groups, dict(p.groupindex)] for p in made],
}))
"""


def _run(cache: Path) -> dict[str, object]:
    env = {**os.environ, "BRIEFGEN_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", _CASE, _SLOW, _FAST, _TEXT], capture_output=True, text=True, check=True, env=env
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_slow_pattern_is_primed_in_the_next_process_and_behaves_as_compiled(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first["primed"] == []  # nothing recorded yet: both compiled as usual, then judged at exit
    second = _run(tmp_path)
    assert second["primed"] == [_SLOW]  # the fast one is remembered as fast, not primed
    assert second["found"] == first["found"] and second["shape"] == first["shape"]
    assert first["found"]  # the text does hold matches


def test_a_damaged_entry_primes_nothing(tmp_path: Path) -> None:
    _run(tmp_path)
    (entry,) = (tmp_path / "regex-primed").iterdir()
    entry.write_bytes(entry.read_bytes()[:-7] + b"garbage")
    result = _run(tmp_path)
    assert result["primed"] == []
    assert result["found"] == _run(tmp_path)["found"]  # recorded again, primed again, same matches
