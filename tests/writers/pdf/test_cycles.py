"""A PDF write leaves no reference cycles: its objects are freed by reference counting, not by the collector."""

from __future__ import annotations

import gc
from pathlib import Path

from briefgen.writers.pdf import write_pdf

from writers.sample_document import sample_job


def test_a_write_leaves_nothing_for_the_cyclic_collector(tmp_path: Path) -> None:
    job = sample_job(tmp_path)
    write_pdf(job)  # the first write fills the per-process caches (fonts, parsed markup)
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        write_pdf(job)
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
