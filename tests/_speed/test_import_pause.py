"""Tests for importing a build's modules with the collector paused, then frozen (command-line processes only).

Each case runs in a fresh interpreter: freezing is for a whole process, and the test process must not be frozen.
"""

from __future__ import annotations

import json
import subprocess
import sys

_CASE = """
import gc, json, sys
from briefgen._speed import import_pause
if sys.argv[1] == "flag":
    import_pause.freeze_after_imports()
before = gc.get_freeze_count()
import_pause.import_paused(["colorsys", "briefgen_no_such_module"])
again = gc.get_freeze_count()
import_pause.import_paused(["colorsys"])
print(json.dumps({"imported": "colorsys" in sys.modules, "enabled": gc.isenabled(),
                  "frozen": gc.get_freeze_count() - before, "frozen_again": gc.get_freeze_count() - again}))
"""


def _run(mode: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", _CASE, mode], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_command_line_process_imports_the_modules_and_freezes_once() -> None:
    result = _run("flag")
    assert result["imported"] is True
    assert result["enabled"] is True  # the collector runs again afterwards
    assert isinstance(result["frozen"], int) and result["frozen"] > 0
    assert result["frozen_again"] == 0  # everything imported already: nothing more is frozen


def test_elsewhere_nothing_is_imported_up_front_or_frozen() -> None:
    result = _run("none")
    assert result == {"imported": False, "enabled": True, "frozen": 0, "frozen_again": 0}
