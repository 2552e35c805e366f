"""The quantulum3 baseline on the same gold, and figure-extraction throughput of briefgen and quantulum3.

quantulum3 is optional (``pip install quantulum3``); it runs without its classifier, which needs
extra packages and is not required to parse. Its quantities are scored on spans and values only,
since it has no notion of our kinds; against a money-percent gold, its currency amounts and
percentages are judged (and any quantity overlapping a gold figure), as ours are.
"""

from __future__ import annotations

import importlib
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..analyze.figures.extract import extract_figures
from ..analyze.sentences.split import split_sentences
from ..model import Source
from .figures import Found

MIN_SECONDS = 0.5
"""Each throughput is timed over repeated passes until at least this long."""


@dataclass(frozen=True, slots=True)
class Throughput:
    """Figure extraction speed on the gold texts."""

    briefgen: float
    """briefgen's figure extractor, MB of text per second (sentences split beforehand)."""
    quantulum: float | None
    """quantulum3's parser, MB/s; None when it is not installed."""


def quantulum() -> Any | None:
    """quantulum3's parser module, or None when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return importlib.import_module("quantulum3.parser")
    except ImportError:
        return None


def quantulum_figures(parser: Any, source: Source) -> list[Found]:
    """Every quantity quantulum3 finds in the source, paragraph by paragraph, as spans into the text."""
    out: list[Found] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for paragraph in source.paragraphs:
            for quantity in parser.parse(paragraph.text):
                start, end = (max(0, min(len(paragraph.text), x)) for x in quantity.span)
                if start < end:
                    out.append(Found(paragraph.start + start, paragraph.start + end,
                                     paragraph.text[start:end], _kind(quantity), value=float(quantity.value)))
    return out


def _kind(quantity: Any) -> str:
    """Our kind for a quantulum3 quantity, as far as its unit tells: money, percent or "" (anything else)."""
    if getattr(quantity.unit.entity, "name", "") == "currency":
        return "money"
    return "percent" if getattr(quantity.unit, "name", "") == "percentage" else ""


def quantulum_run(sources: Sequence[Source]) -> tuple[list[list[Found]], float] | None:
    """quantulum3's quantities in each source and the CPU seconds the pass took (after a warm-up
    parse); None when quantulum3 is not installed. The scored pass is the timed one: quantulum3 is
    slow, and running it again only to time it would double the run."""
    parser = quantulum()
    if parser is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("Costs rose 5 percent to $3 million.")  # loads its unit tables
    started = time.process_time()
    found = [quantulum_figures(parser, source) for source in sources]
    return found, time.process_time() - started


def throughput(sources: Sequence[Source], quantulum_seconds: float | None) -> Throughput:
    """MB/s of briefgen's figure extractor over the texts, and of quantulum3 from the CPU seconds its pass took."""
    size = sum(len(s.text.encode("utf-8")) for s in sources) / 1e6
    split = [(s, split_sentences(s)) for s in sources]

    def ours() -> None:
        for source, sentences in split:
            extract_figures(source, sentences)

    theirs = size / quantulum_seconds if quantulum_seconds else None
    return Throughput(size / _seconds(ours), theirs)


def _seconds(work: Callable[[], None], at_least: int = 3) -> float:
    """CPU seconds per pass of ``work`` (steady on a busy machine), timed over enough passes."""
    work()  # warm caches (compiled patterns, lexicons)
    passes, started = 0, time.process_time()
    while passes < at_least or time.process_time() - started < MIN_SECONDS:
        work()
        passes += 1
    return (time.process_time() - started) / passes
