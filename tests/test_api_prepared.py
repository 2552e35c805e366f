"""A process that builds a brief again reuses the brief it composed, and only while its inputs are the same."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen import api

SEED = Path(__file__).parent.parent / "seeds" / "cambodia"


@pytest.fixture(autouse=True)
def _clean() -> Iterator[None]:
    api.forget_prepared()
    yield
    api.forget_prepared()
    api.keep_prepared(True)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    real = api.prepare_brief

    def counted(folder: Path, options: api.BuildOptions | None = None) -> api.Prepared:
        calls.append(folder)
        return real(folder, options)

    monkeypatch.setattr(api, "prepare_brief", counted)
    return calls


def _json_options(out: Path) -> api.BuildOptions:
    return api.BuildOptions(out_root=out, formats=("json",))


def test_same_inputs_composed_once_same_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch)
    first = api.build(SEED, _json_options(tmp_path / "a"))
    second = api.build(SEED, _json_options(tmp_path / "b"))
    assert len(calls) == 1
    assert first.outputs[0].read_bytes() == second.outputs[0].read_bytes()


def test_changed_source_composed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cambodia"
    shutil.copytree(SEED, folder)
    calls = _counting(monkeypatch)
    first = api.build(folder, _json_options(tmp_path / "out"))
    source = folder / "cambodia.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\n\nThe talks resume in May.\n", encoding="utf-8")
    second = api.build(folder, _json_options(tmp_path / "out"))
    assert len(calls) == 2
    assert first.brief != second.brief


def test_not_kept_when_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch)
    api.keep_prepared(False)
    api.build(SEED, _json_options(tmp_path / "a"))
    api.build(SEED, _json_options(tmp_path / "b"))
    assert len(calls) == 2


def test_same_files_in_another_folder_are_another_brief(tmp_path: Path) -> None:
    other = tmp_path / "seed"
    shutil.copytree(SEED, other)
    first = api.build(SEED, _json_options(tmp_path / "a"))
    second = api.build(other, _json_options(tmp_path / "b"))
    assert (first.name, second.name) == ("cambodia", "seed")
    assert [p.name for p in second.outputs] == ["seed.json"]
