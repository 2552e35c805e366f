"""A process keeps an analysis by the content of what it reads: the same sources and themes give it again."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen import api
from briefgen.analyze.pipeline import analyze, forget_analyses
from briefgen.ingest import read_source, read_sources
from briefgen.spec import load_spec

SEED = Path(__file__).parents[2] / "seeds" / "cambodia"


@pytest.fixture(autouse=True)
def _clean() -> Iterator[None]:
    forget_analyses()
    yield
    forget_analyses()


def test_same_content_in_another_folder_gives_the_kept_analysis(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(SEED, copy)
    first = analyze(read_sources([SEED / "cambodia.txt"], SEED), load_spec(SEED))
    again = analyze(read_sources([copy / "cambodia.txt"], copy), load_spec(copy))  # paths shown relative
    assert again is first
    forget_analyses()
    fresh = analyze(read_sources([copy / "cambodia.txt"], copy), load_spec(copy))
    assert fresh is not first
    assert fresh == first  # what is kept is what a new analysis gives


def test_any_difference_in_what_is_read_analyses_again() -> None:
    spec = load_spec(SEED)
    source = read_source(SEED / "cambodia.txt", "cambodia")
    first = analyze([source], spec)
    dated = analyze([dataclasses.replace(source, date="2025-03-10")], spec)
    assert dated is not first and dated.sources[0].date == "2025-03-10"
    renamed = analyze([dataclasses.replace(source, id="other")], spec)
    assert renamed is not first and {s.source for s in renamed.sentences} == {"other"}
    fewer = analyze([source], dataclasses.replace(spec, themes=spec.themes[:1]))
    assert fewer is not first and len(fewer.matches) <= len(first.matches)


def test_forget_prepared_forgets_analyses_too() -> None:
    spec = load_spec(SEED)
    first = analyze([read_source(SEED / "cambodia.txt", "cambodia")], spec)
    api.forget_prepared()
    assert analyze([read_source(SEED / "cambodia.txt", "cambodia")], spec) is not first
