"""Whether a caption names what a figure measures: a word of the sentence that can head a noun phrase.

A caption made only of verbs, participles and function words ("provided", "compared to a") says what
happened to a number, not what the number is; such a figure is kept but marked ``label_complete=False``
(``model.Figure``) so that no sidebar, callout or chart shows it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from .clauses import caption_words
from .lexicon import lexicon

_EDGE = ",.;:()[]“”\"'‘’"


def names_measure(words: Iterable[str]) -> bool:
    """True when ``words`` hold a word that can name a measure (not a stop word, a verb form or a number)."""
    stops, verbs = lexicon().stop_words, _verb_words()
    for word in words:
        low = uncontracted(word.lower().strip(_EDGE))
        if not any(c.isalpha() for c in low) or low in stops or low in verbs or _participle(low) or adverb_form(low):
            continue
        return True
    return False


def uncontracted(low: str) -> str:
    """A word without a clitic ("it’s" -> "it", "they’re" -> "they"): a pronoun stays a pronoun."""
    for mark in ("’", "'"):
        head, sep, _ = low.partition(mark)
        if sep and head:
            return head
    return low


_ADJECTIVE_ENDS = ("ive", "ate", "al", "ful", "ous", "ent", "ant", "ic", "ed", "less")


def adverb_form(low: str) -> bool:
    """An adverb made from an adjective ("respectively", "annually", "successfully"), by its form;
    "family", "supply" or "assembly" are not (their stem is no adjective)."""
    return len(low) > 6 and low.endswith("ly") and low[:-2].endswith(_ADJECTIVE_ENDS)


def _participle(low: str) -> bool:
    """A past participle by its form ("provided", "approved"); "-eed" words ("need", "speed") are not."""
    return len(low) > 5 and low.endswith("ed") and not low.endswith("eed")


@cache
def _verb_words() -> frozenset[str]:
    """The verbs the caption reader knows: of level, share, change and measure, and past forms."""
    lex = lexicon()
    return (
        caption_words("level_verbs") | caption_words("share_verbs") | caption_words("measure_verbs")
        | lex.change_words | lex.past_verbs | caption_words("copulas")
    )
