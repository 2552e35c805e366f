"""Word tests, limits and small helpers shared by the caption reader's parts."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..clauses import Time, Tok, caption_words, is_punct, lexicon_table, time_words
from ..complete import adverb_form
from ..fragments import dangles
from ..lexicon import lexicon
from ..types import Reading

MAX_WORDS = 12
"""Most words of a caption before its period."""
_SUBJECT_WORDS = 9
_OBJECT_TOKENS = 16
_SINCE_TOKENS = 14
_MILLION = 1_000_000  # a range of counts this large ("180 million to 240 million barrels") is captioned too
_LINKS = 2
_CHANGE_NOUNS = {"up": "rise", "down": "fall"}  # "…, up $2 billion": the change it states, named as a noun
_QUOTES = frozenset('"“”')
_HAVE = frozenset({"have", "has", "had"})  # a predicate of possession reads "with"
_POSSESSIVES = frozenset({"its", "their"})  # "X and its Y": the second noun belongs to the first
_OPENING_PREPS = frozenset({"through", "with", "via"})
_AGENT_WORDS = 6  # most words of an agent after "by" ("increased trade with these trading partners")
_PARTIES = frozenset({"to", "for", "by", "from"})  # words that name a giver or a receiver
_CHAIN_BLOCKS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "to",
                           "’ll", "'ll", "expected", "projected", "set", "likely"})  # plans, not what was done


def in_scope(reading: Reading) -> bool:
    """True for the figures captioned here: money, percentages and shares, counts with a scale word."""
    kind = reading.inner if reading.kind == "range" and reading.inner else reading.kind
    if kind in ("money", "percent"):
        return True
    return kind == "count" and (reading.scaled or (reading.kind == "range" and (reading.low or 0) >= _MILLION))


class _Done:
    __slots__ = ("complete", "core", "fragment", "kind", "period", "tail")

    def __init__(self, core: list[str], kind: str, tail: int, fragment: bool = False) -> None:
        self.core = core
        self.kind = kind
        self.tail = tail
        self.fragment = fragment  # the caption is a clause read as no noun phrase: unsure for all who share it
        self.complete = False  # whether its caption was complete
        self.period: Time | None = None  # the period its caption gives


@cache
def rate_units() -> dict[str, str]:
    """Rate adverbs and their unit of time ("annually" -> "year"), from ``rate_adverbs`` in words.toml."""
    from ....resources import data_toml

    table = data_toml("figures/words.toml")["caption"]["rate_adverbs"]
    return {str(adverb).lower(): str(unit) for adverb, unit in table.items()}


def _complementizer(toks: Sequence[Tok], j: int) -> bool:
    """True when "that" at ``j`` opens a clause ("estimates that investments …"), not "that percentage"."""
    if j + 1 >= len(toks) or (j > 0 and toks[j - 1].low in caption_words("reporting_verbs")):
        return True
    nxt = toks[j + 1]
    return (
        nxt.fig >= 0
        or nxt.text[:1].isupper()
        or nxt.low in lexicon().determiners
        or nxt.low in lexicon().stop_words
        or (nxt.low.endswith("s") and not nxt.low.endswith("ss"))
    )


def _noun_start(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """True when a noun phrase, not a verb, opens at ``j`` ("to clinics", "to the region", not "to launch")."""
    if j >= hi:
        return False
    tok = toks[j]
    return (
        tok.low in lexicon().determiners
        or tok.text[:1].isupper()
        or (tok.low.endswith("s") and not tok.low.endswith("ss") and tok.low not in lexicon().stop_words)
    )


def _np_links() -> frozenset[str]:
    return caption_words("phrase_links")


def _additives() -> frozenset[str]:
    return caption_words("additive_qualifiers")


@cache
def _verbs() -> frozenset[str]:
    return caption_words("level_verbs") | caption_words("share_verbs") | lexicon().change_words


def _content(tok: Tok) -> bool:
    """A word that may sit in a noun phrase."""
    if tok.fig >= 0 or is_punct(tok):
        return False
    return tok.low not in lexicon().stop_words


def _participle(verb: str) -> bool:
    return (verb.endswith("ed") and len(verb) > 4) or verb in lexicon().past_verbs


def _rate_word(word: str) -> bool:
    return word in caption_words("rate_adverbs")


def _leads(toks: Sequence[Tok], j: int, lo: int) -> bool:
    """True when only a clause opener, a conjunction or a comma stands between the clause start and ``j``."""
    return toks[j].text == "," and (j == lo or toks[j - 1].low in caption_words("clause_openers"))


def _list_comma(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """A comma inside a list of words ("agricultural, fishery, and forestry exports")."""
    return j + 2 < hi and _content(toks[j + 1]) and (toks[j + 2].text == "," or toks[j + 2].low in ("and", "or"))


def _join_commas(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if w == "," and out:
            out[-1] = out[-1] + ","
        elif w != ",":
            out.append(w)
    return out


def _close(toks: Sequence[Tok], j: int, hi: int) -> int:
    for x in range(j + 1, min(hi, j + 12)):
        if toks[x].text == ")":
            return x
    return -1


def _open(toks: Sequence[Tok], j: int, lo: int) -> int:
    for x in range(j - 1, max(lo, j - 12) - 1, -1):
        if toks[x].text == "(":
            return x
    return -1


def _split_link(words: list[str]) -> tuple[list[str], list[str]]:
    """A phrase cut before its first link ("aid", "to Cambodia")."""
    links = lexicon().label_links
    for i, w in enumerate(words):
        if i and w.lower() in links:
            return words[:i], words[i:]
    return words, []


def _adverb(word: str) -> bool:
    """An adverb that may stand inside a verb group ("now totals", "gradually slowing")."""
    return (word.endswith("ly") and len(word) > 3 and word not in lexicon().stop_words) or word in caption_words(
        "adverbs"
    )


def _function_word(low: str) -> bool:
    """A preposition, determiner, conjunction, pronoun or modal: no verb of a predicate ("own" is one)."""
    lex = lexicon()
    return low in lex.label_links or low in lex.determiners or low in caption_words("function_words") \
        or low in caption_words("pronouns") or low in caption_words("modals")


def _ly_adverb(word: str) -> bool:
    """An adverb made from an adjective ("conservatively", "respectively"), by its form (see ``complete``)."""
    return adverb_form(word)


def _strip_article(words: list[str]) -> list[str]:
    return words[1:] if len(words) > 1 and words[0].lower() in ("the", "a", "an") else words


def _fit(subject: list[str], room: int) -> list[str]:
    """``subject`` in ``room`` words: "China and its commercial banks" as "China" when the whole is too long."""
    if len(subject) <= room:
        return subject
    for i in range(1, len(subject) - 1):
        if subject[i].lower() in ("and", "or") and subject[i + 1].lower() in _POSSESSIVES and i <= room:
            return subject[:i]
    return subject


def _trim(words: list[str]) -> list[str]:
    stops = lexicon().stop_words
    words = words[:MAX_WORDS]
    while words and (words[-1].lower().rstrip(",") in stops or dangles(words)):
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",")
    return words


def _says(label: str, text: str) -> bool:
    return text.lower() in label.lower()


def _period_text(time: Time) -> str:
    if time.prep in time_words().kept and "–" not in time.text:
        return f"{time.prep} {time.text}"
    return time.text


@cache
def _value_links() -> tuple[list[str], ...]:
    """The words of value that join a thing and its amount ("totaling", "with a value of"), longest first."""
    links = (phrase.lower().split() for phrase in lexicon_table()["caption"]["value_links"])
    return tuple(sorted(links, key=len, reverse=True))
