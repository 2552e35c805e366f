"""Measuring on the process's scratch canvas leaves it as it was: briefs written after each other are unaffected."""

from __future__ import annotations

from pathlib import Path

from briefgen.writers.pdf import write_pdf
from briefgen.writers.pdf.scratch import scratch_canvas

from writers.sample_document import sample_job


def _state() -> dict[str, str]:
    canvas = scratch_canvas()
    return {key: repr(value) for key, value in {**vars(canvas), **vars(canvas._doc)}.items()}


def test_the_scratch_canvas_is_left_as_it_was(tmp_path: Path) -> None:
    job = sample_job(tmp_path)
    first = write_pdf(job)  # sample_job has a sidebar and headings over a table and a list: both measure
    before = _state()
    assert write_pdf(job) == first
    assert _state() == before
    assert scratch_canvas() is scratch_canvas()
