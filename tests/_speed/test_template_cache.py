"""Compiled templates come from the disk cache in a later process; a cache that cannot be written only costs time."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from briefgen._speed import template_cache


def _render(folder: Path) -> str:
    template_cache.template_bytecode_cache.cache_clear()  # as in a new process
    cache = template_cache.template_bytecode_cache()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), bytecode_cache=cache)
    return env.get_template("t.html").render(name="ASEM")


@pytest.fixture
def template(tmp_path: Path) -> Path:
    folder = tmp_path / "format"
    folder.mkdir()
    (folder / "t.html").write_text("<p>{% for i in range(2) %}{{ name }}{% endfor %}</p>", encoding="utf-8")
    return folder


def test_compiled_code_is_kept_and_a_damaged_entry_is_compiled_anew(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    assert _render(template) == "<p>ASEMASEM</p>"
    entries = list((tmp_path / "cache" / "jinja").glob("*.jinja"))
    assert len(entries) == 1
    assert _render(template) == "<p>ASEMASEM</p>"  # from the cache
    entries[0].write_bytes(b"not bytecode")
    assert _render(template) == "<p>ASEMASEM</p>"
    template_cache.template_bytecode_cache.cache_clear()


def test_a_cache_folder_that_cannot_be_written_costs_nothing_but_time(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(blocked))
    assert _render(template) == "<p>ASEMASEM</p>"
    template_cache.template_bytecode_cache.cache_clear()
