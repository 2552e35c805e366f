"""The quantulum3 baseline on the same gold, and figure-extraction throughput of briefgen and quantulum3.

quantulum3 is optional (``pip install quantulum3``); it runs without its classifier, which needs
extra packages and is not required to parse. Its quantities are scored on spans and values only,
since it has no notion of our kinds.
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
                                     paragraph.text[start:end], value=float(quantity.value)))
    return out


def throughput(sources: Sequence[Source], parser: Any | None) -> Throughput:
    """MB/s of briefgen's figure extractor and of quantulum3 over the same texts."""
    size = sum(len(s.text.encode("utf-8")) for s in sources) / 1e6
    split = [(s, split_sentences(s)) for s in sources]

    def ours() -> None:
        for source, sentences in split:
            extract_figures(source, sentences)

    def theirs() -> None:
        for source in sources:
            quantulum_figures(parser, source)

    return Throughput(size / _seconds(ours), size / _seconds(theirs, 1) if parser is not None else None)


def _seconds(work: Callable[[], None], at_least: int = 3) -> float:
    """CPU seconds per pass of ``work`` (steady on a busy machine), timed over enough passes."""
    work()  # warm caches (compiled patterns, lexicons)
    passes, started = 0, time.process_time()
    while passes < at_least or time.process_time() - started < MIN_SECONDS:
        work()
        passes += 1
    return (time.process_time() - started) / passes
