"""Captions shaped as clauses, read as noun phrases: what a sidebar can show beside a number.

"China's GDP grew 9.2 percent" says what happened; a box needs what is measured: "growth in China's GDP".
"The CPF provides $10 billion" becomes "provided by CPF". When a clause cannot be read so (a modal verb,
a verb whose participle is unknown, a verb with no object), the caption is a fragment and stays unsure.
The words these readings need are data (data/figures/words.toml, [clause_labels]).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ...resources import data_toml


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """The word lists of [clause_labels], lower case."""

    change_nouns: dict[str, str]
    """The noun of an intransitive change verb ("grew" -> "growth")."""
    participles: dict[str, str]
    """Irregular past participles by base form ("spend" -> "spent")."""
    role_nouns: frozenset[str]
    """Nouns of a figure's role ("factor"), not of a measure."""
    dangling_ends: frozenset[str]
    """Words a caption cannot end on ("plus")."""
    comparatives: frozenset[str]
    """Comparatives that make a figure a difference ("more", "higher")."""
    agent_participles: frozenset[str]
    """Participles of the verbs by which someone moves an amount ("provided", "spent")."""
    giving_participles: frozenset[str]
    """Participles of the verbs whose "to" phrase after the amount names who receives it ("provided", "lent")."""


@cache
def clause_words() -> ClauseWords:
    """The [clause_labels] lists of words.toml, loaded once."""
    table = data_toml("figures/words.toml")["clause_labels"]
    return ClauseWords(
        {k.lower(): v for k, v in table["change_nouns"].items()},
        {k.lower(): v for k, v in table["participles"].items()},
        frozenset(w.lower() for w in table["role_nouns"]),
        frozenset(w.lower() for w in table["dangling_ends"]),
        frozenset(w.lower() for w in table["comparatives"]),
        frozenset(_agent_participles(table["agent_verbs"], {k.lower(): v for k, v in table["participles"].items()})),
        frozenset(_agent_participles(table["giving_verbs"], {k.lower(): v for k, v in table["participles"].items()})),
    )


def _agent_participles(verbs: list[str], irregular: dict[str, str]) -> set[str]:
    out = set()
    for verb in verbs:
        low = verb.lower()
        if low in irregular:
            out.add(irregular[low])
        elif low.endswith("e"):
            out.add(low + "d")
        elif low.endswith("y") and low[-2:-1] not in "aeiou":
            out.add(low[:-1] + "ied")
        else:
            out.update({low + "ed", low + low[-1] + "ed"})  # "committed", "budgeted"
    return out


def moves_amount(done: str) -> bool:
    """True for the participle of a verb by which someone moves an amount ("provided", "spent", "stolen")."""
    return done in clause_words().agent_participles


def gives_amount(done: str) -> bool:
    """True for the participle of a verb whose "to" phrase after the amount names its receiver ("provided")."""
    return done in clause_words().giving_participles


def change_noun(verb: str) -> str | None:
    """The noun of an intransitive change verb ("grew" -> "growth"), or None."""
    return clause_words().change_nouns.get(verb.lower())


def participle(verb: str) -> str | None:
    """The past participle of a verb in its base, third-person, "-ing" or past form ("provides" -> "provided",
    "disbursed", "spends" -> "spent", "providing" -> "provided"); None when the form is unclear."""
    low = verb.lower()
    irregular = clause_words().participles
    if low in irregular:
        return irregular[low]
    if len(low) < 4 or not low.isalpha():
        return None
    if low.endswith("ing"):
        return _from_ing(low[:-3], irregular)
    if low.endswith("ed"):
        return low
    base = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    if base in irregular:
        return irregular[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith(("y", "ies")) or base[-1] not in "tdkmnlrhsw":
        return None  # "carries", "applies", doubled consonants: unclear without a dictionary
    return base + "ed"


def _from_ing(stem: str, irregular: dict[str, str]) -> str | None:
    """The participle of an "-ing" form's stem ("provid" -> "provided", "giv" -> "given", "spend" -> "spent")."""
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base in irregular:
            return irregular[base]
    if len(stem) < 3 or (stem.endswith("y") and stem[-2:-1] not in "aeiou"):
        return None
    return stem + "ed"


def is_change_noun(word: str) -> bool:
    """True for the noun of a change ("growth", "rise", "surge")."""
    low = word.lower()
    return low in clause_words().change_nouns or low in clause_words().change_nouns.values()


def has_role_noun(words: Sequence[str]) -> bool:
    """True when a caption's head names the figure's role ("important factor in the overall growth …")."""
    roles = clause_words().role_nouns
    for word in words:
        low = word.lower().strip(",")
        if low in ("in", "of", "for", "to", "behind"):
            return False
        if low in roles:
            return True
    return False


def dangles(words: Sequence[str]) -> bool:
    """True when a caption breaks off on a conjunction ("license fees plus")."""
    return bool(words) and words[-1].lower().strip(",") in clause_words().dangling_ends


def comparative(word: str) -> bool:
    """True for a comparative right after a figure ("130% more than …", "18 percent higher wages"): the
    figure is a difference."""
    return word.lower() in clause_words().comparatives


def broken_off(words: Sequence[str]) -> bool:
    """True when a caption breaks off inside a phrase: "between" with no "and" after it ("for children
    between ages 6"), or a last word that is an adjective by its form ("discount per eligible")."""
    lows = [w.lower().strip(",") for w in words]
    if "between" in lows and "and" not in lows[lows.index("between") :]:
        return True
    last = lows[-1] if lows else ""
    return len(last) > 6 and last.endswith(("ible", "able"))
