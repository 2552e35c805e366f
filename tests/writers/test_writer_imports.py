"""Each writer imports on its own in a fresh interpreter (an html-only or json-only build loads just that one)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefgen.writers import WRITERS


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_each_writer_imports_first_in_a_fresh_process(name: str) -> None:
    spec = WRITERS[name]
    code = f"import importlib; importlib.import_module({spec.module!r}, 'briefgen.writers').{spec.function}"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
