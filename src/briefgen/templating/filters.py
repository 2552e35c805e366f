"""The filters templates use to show numbers, dates, texts and citations (see README, "Templates")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from markupsafe import Markup, escape

from ..model import Brief, Cite, Event, Figure
from ..resources import data_toml

_YEAR = re.compile(r"\b\d{4}\b")
TOOLTIP_CHARS = 200
"""A citation's tooltip quotes at most this much of the cited text."""
SHORT_CITE = 60
"""A cited span shorter than this (a figure) is shown in the sentence around it."""
_SENTENCE_END = re.compile(r"[.!?][”’\"')]*(?=\s)")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]`` (by end punctuation before a space)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))


@cache
def currency_signs() -> dict[str, str]:
    """Currency code -> display sign (``USD`` -> ``$``), from the figures' currency lexicon."""
    table = data_toml("figures/currencies.toml")["currency"]
    return {entry["code"]: entry.get("symbol", "") for entry in table}


def scaled(value: float) -> str:
    """A number shortened with M/B/T: ``588000000`` -> ``588M``; smaller numbers keep separators."""
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(value) >= size:
            return f"{value / size:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def format_money(value: Any, currency: str = "USD") -> str:
    """``588000000`` -> ``$588M``; a Figure gives its own display form."""
    if isinstance(value, Figure):
        return value.display or value.text
    sign = currency_signs().get(currency, "")
    amount = scaled(float(value))
    return f"{sign}{amount}" if sign else f"{amount} {currency}"


def qualifier_mark(figure: Figure) -> str:
    """The short mark of a figure's qualifier (``over`` -> ``>``, ``about`` -> ``~``); unlisted ones in full."""
    if not figure.qualifier:
        return ""
    marks: dict[str, str] = data_toml("qualifier_marks.toml")["marks"]
    return marks.get(figure.qualifier.lower(), figure.qualifier + " ")


def format_figure(figure: Figure) -> str:
    """A figure's compact form with its qualifier as a mark: ``over $100 million`` -> ``>$100M``."""
    return qualifier_mark(figure) + (figure.display or figure.text)


def plain_number(value: float) -> str:
    """A number with thousands separators and no needless decimals: ``109,000``, ``2.5``."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_percent(value: Any, digits: int = 0) -> str:
    """``65`` -> ``65%``."""
    if isinstance(value, Figure):
        return value.display or value.text
    return f"{float(value):.{digits}f}%"


def format_number(value: Any, digits: int = 0) -> str:
    """``1200000`` -> ``1,200,000``."""
    return f"{float(value):,.{digits}f}"


def format_date(value: Any, pattern: str = "%-d %b %Y") -> str:
    """An ISO date (``2026-11-28``, ``2026-11`` or ``2026``) in a reader's form (``28 Nov 2026``)."""
    text = str(value)
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text).strftime(pattern)
        if len(text) == 7:
            return dt.date.fromisoformat(text + "-01").strftime("%b %Y")
    except ValueError:
        pass
    return text


def tidy_text(value: Any) -> str:
    """Collapse runs of white space (hard-wrapped source lines) to single spaces."""
    return " ".join(str(value).split())


def event_when(event: Event) -> str:
    """When an event happened: its label as written when that names a year, else its ISO date read out.

    ``"Between 2018 and 2021"`` stays; ``"March 1"`` with an inferred year shows as ``1 Mar 2026``,
    without one (an empty ``date``) as written and said to lack a year, as the timeline lists it last:
    ``"February 5 (year not stated)"``.
    """
    if _YEAR.search(event.label):
        return event.label
    if not _YEAR.match(event.date):
        return f"{event.label} (year not stated)" if event.label else event.label
    return format_date(event.date)


def fitting(items: Iterable[Any], limit: int = 200) -> Any:
    """The first item whose ``text`` has at most ``limit`` characters, else the shortest (None if none).

    For one-line summaries: ``theme.summary | fitting(180)`` keeps the top-ranked sentence that fits.
    """
    pool = list(items)
    for item in pool:
        if len(tidy_text(item.text)) <= limit:
            return item
    return min(pool, key=lambda item: len(item.text), default=None)


def cite_filter(brief: Brief) -> Callable[[Any], Markup]:
    """The ``cite`` filter for one brief: superscript source numbers linking to the source list."""
    numbers = {s.id: s.number for s in brief.sources}
    names = {s.id: s.outlet or s.title or s.path for s in brief.sources}
    passages = {(p.source, p.paragraph): p for p in brief.passages}

    def link(c: Cite) -> str:
        number = numbers.get(c.source, 0)
        anchor = f"cite-{c.source}-{c.start}-{c.end}"
        return (
            f'<a href="#src-{number}" title="{escape(tooltip(c))}" data-cite="{escape(anchor)}">{number}</a>'
        )

    def tooltip(c: Cite) -> str:
        """What a reader hovering a citation sees: the source, the paragraph and the cited words."""
        head = f"[{numbers.get(c.source, 0)}] {names.get(c.source, c.source)}, paragraph {c.paragraph + 1}"
        passage = passages.get((c.source, c.paragraph))
        if passage is None or not passage.start <= c.start < c.end <= passage.end:
            return head
        start, end = c.start - passage.start, c.end - passage.start
        if end - start < SHORT_CITE:  # a figure or a name: show the sentence it stands in
            start, end = _sentence_around(passage.text, start, end)
        words = tidy_text(passage.text[start:end])
        if len(words) > TOOLTIP_CHARS:
            words = words[:TOOLTIP_CHARS].rsplit(" ", 1)[0] + " …"
        return f"{head}: “{words}”"

    def cite(value: Any) -> Markup:
        """A superscript citation number linking to the source list; one per source for a shared figure."""
        c: Cite | None = value if isinstance(value, Cite) else getattr(value, "cite", None)
        if c is None:
            return Markup("")
        cites: tuple[Cite, ...] = (c, *getattr(value, "also", ()))  # issue 6: every source reporting it
        return Markup(f'<sup class="cite">{",".join(link(x) for x in cites)}</sup>')

    return cite


def compared(chart: Any, limit: int = 90) -> str:
    """A chart's caption saying what its bars compare: the words the labels share, then what differs.

    ``share of global GDP``, ``share of global trade`` … -> ``share of global GDP, global trade … (%)``;
    too long a list, or labels with nothing in common, give the labels' shared words or the measure alone.
    """
    labels = [bar.label.split() for bar in chart.bars]
    head: list[str] = []
    for words in zip(*labels, strict=False):
        if len({w.lower() for w in words}) != 1:
            break
        head.append(words[0])
    tails = [" ".join(words[len(head):]) for words in labels]
    listed = ", ".join(tails[:-1]) + (" and " if len(tails) > 1 else "") + tails[-1] if tails else ""
    measure = f"({chart.measure})"
    text = " ".join([*head, listed]).strip()
    if len(text) > limit:
        text = " ".join(head) + " …" if head else ""
    return f"{text} {measure}" if text else f"compared {measure}"


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’']?\s+(?=[“\"‘'\w])")
_QUOTE_MARKS = str.maketrans("", "", "“”\"‘’'")
MIN_REPEATED_WORDS = 5
"""Words a sentence of a quotation needs for its repeat elsewhere on the page to count."""


def repeats(value: Any, shown: str) -> bool:
    """The ``repeating`` test: True when a sentence of a quotation (of ``MIN_REPEATED_WORDS`` or more) is already in
    ``shown``, the text of what the page shows (``q is repeating(said)``): a pull quote that opens with a summary
    item's sentence says it twice even when it goes on."""
    text = getattr(value, "text", value)
    if not isinstance(text, str):
        return False
    page = tidy_text(shown).translate(_QUOTE_MARKS).casefold()
    for part in _SENTENCE_BREAK.split(tidy_text(text)):
        words = part.translate(_QUOTE_MARKS).rstrip(".!?,;: ").casefold()
        if len(words.split()) >= MIN_REPEATED_WORDS and words in page:
            return True
    return False


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def self_attributed(item: Any) -> bool:
    """The ``self_attributed`` test: True when a summary item's sentence names its speaker outside its quotation
    marks (by the whole name or its last word: "…,” Jehan Perera, executive director of …, told VOA."), so that a
    "Speaker:" lead would say it twice."""
    speaker = getattr(item, "speaker", "") or ""
    text = getattr(item, "text", "") or ""
    words = speaker.split()
    if not words:
        return False
    outside = _QUOTED.sub(" ", text)
    return speaker in outside or re.search(rf"\b{re.escape(words[-1])}\b", outside) is not None


def is_statement(value: Any) -> bool:
    """The ``statement`` test: a quote (or text) that is a whole statement, fit for a pull quote — it opens with a
    capital or digit, has enough words, and opens with no reference to something said before ("These …").
    A phrase quoted inside a sentence ("lured Kiribati to change its diplomatic ties") is not one."""
    from ..analyze.summarize.standalone import unresolved_reference
    from ..theme_quotes import statement

    text = getattr(value, "text", value)
    return isinstance(text, str) and statement(text) and not unresolved_reference(text)
