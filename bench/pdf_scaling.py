"""The PDF writer on pathological sizes (issue 15 item 2): one long unbroken word, a long table.

    python bench/pdf_scaling.py [--words 20000,160000,2000000] [--rows 1000,4000,16000]

Before: a 20k-character word took 3.5 s, 160k 77 s, 5 MB never finished; 16k table rows 53 s.
Each case prints its time and the time per unit, which should stay about flat as the size grows.
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import replace
from pathlib import Path

from briefgen.api import prepare_brief
from briefgen.document import Cell, Document, Para, Row, Table, Text
from briefgen.style import Style
from briefgen.templating.formats import find_format
from briefgen.writers.base import RenderJob
from briefgen.writers.pdf import write_pdf

ROOT = Path(__file__).resolve().parents[1]


def job_with(body: tuple[object, ...], base: RenderJob) -> RenderJob:
    """The seed's job with another body."""
    return replace(base, document=Document(base.document.header, base.document.footer, body))  # type: ignore[arg-type]


def table(rows: int) -> Table:
    head = Row((Cell((Text("Name"),), header=True), Cell((Text("Value"),), header=True)))
    return Table((head, *(Row((Cell((Text(f"row {i}"),)), Cell((Text(str(i * 7)),)))) for i in range(rows))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", default="20000,160000,2000000")
    parser.add_argument("--rows", default="1000,4000,16000")
    args = parser.parse_args()
    brief = prepare_brief(ROOT / "seeds" / "cambodia").brief
    fmt = find_format("policy-brief")
    style: Style = fmt.style
    base = RenderJob(brief, Document((), (), ()), style, fmt.folder)
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    for n in (int(x) for x in args.words.split(",") if x):
        started = time.perf_counter()
        write_pdf(job_with((Para((Text("a" * n),)),), base))
        took = time.perf_counter() - started
        print(f"  word of {n:>9,} characters: {took:7.2f} s  ({took / n * 1e6:5.1f} µs per character)")
    for n in (int(x) for x in args.rows.split(",") if x):
        started = time.perf_counter()
        write_pdf(job_with((table(n),), base))
        took = time.perf_counter() - started
        print(f"  table of {n:>7,} rows:          {took:7.2f} s  ({took / n * 1e3:5.2f} ms per row)")


if __name__ == "__main__":
    main()
