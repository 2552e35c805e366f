"""Whether a caption names what a figure measures: a word of the sentence that can head a noun phrase.

A caption made only of verbs, participles and function words ("provided", "compared to a") says what
happened to a number, not what the number is; such a figure is kept but marked ``label_complete=False``
(``model.Figure``) so that no sidebar, callout or chart shows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from ...resources import word_list
from ..actors.countries import country_name
from .clauses import caption_words
from .fragments import change_noun
from .lexicon import lexicon

_EDGE = ",.;:()[]“”\"'‘’"


def names_measure(words: Iterable[str]) -> bool:
    """True when ``words`` hold a word that can name a measure (not a stop word, a verb form or a number)."""
    return any(map(_measure_word, words))


@lru_cache(maxsize=16384)
def _measure_word(word: str) -> bool:
    """True when ``word`` can name a measure (``names_measure``), judged once per word."""
    low = uncontracted(word.lower().strip(_EDGE))
    return not (
        not any(c.isalpha() for c in low) or low in lexicon().stop_words or low in _verb_words()
        or _participle(low) or adverb_form(low)
    )


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


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_VERB_GROUP_AUX = frozenset({"has", "have", "had", "does", "did"})
_OPENS_OBJECT = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these",
                           "those", "that"})


def says_measure(label: str, sentence: str, start: int, end: int, kind: str, surface: str, unit: str) -> bool:
    """False when a label that names a noun still does not say what the figure measures, by its grammar in
    ``sentence`` (the figure at ``sentence[start:end]``): a verb group inside it ("farmers has climbed"), a
    verb torn from its "to" ("bilateral trade deficit reduce" for "to reduce the … deficit by $100 billion"),
    an infinitive cut from its object ("artists … to celebrate"), a figure restating an amount named before it
    ("…, equivalent to about 25 percent of GDP": the share is that amount's), a figure measuring the noun of a
    "with a … of" phrase the label does not hold ("investor … with a total capital of $7.6 billion"), or a
    count inside a compound modifier ("a three-star joint force": no count of stars), or a label of the figure's
    own words only ("crew" for "24 crew": nothing of whose or when)."""
    measure = label.split(",", 1)[0]
    words = [w.lower() for w in _WORD.findall(measure)]
    if not words:
        return True
    own = {w.lower() for w in _WORD.findall(surface)}
    if all(w.lower() in own for w in _WORD.findall(label)):
        return False  # "24 crew" labelled "crew": the figure's own words, nothing of whose or when
    for i, w in enumerate(words[1:], start=1):
        finite = w in _VERB_GROUP_AUX or w in caption_words("modals") or (w in caption_words("copulas")
                                                                          and words[i - 1] != "to")
        if finite and not _object_relative(words, i):
            return False  # "farmers and ranchers has climbed"; "aid that USAID has contributed" is a noun
    if _changing(words[-1]):
        return False  # "child poverty cutting", "urban unemployment dropping": a verb, not what is measured
    if measure.split()[-1][:1].isdigit() and kind == "count":
        return False  # "child age 6" for the 17 of "age 6 to 17": the end of a range, not a count
    said, after_to = _sentence_words(sentence)
    for i, w in enumerate(words):
        if i and w in after_to and words[i - 1] != "to" and w not in lexicon().stop_words and _verb_like(w, said):
            return False
    if any(w in caption_words("inclusion_verbs") for w in words[1:]):
        return False  # "benefits number include helping …": a clause, not a noun phrase
    if any(_bare_verb(w, words[:i], said, sentence) for i, w in enumerate(words)):
        return False  # "taxes by an average raise" for "would raise taxes by an average of $1,200": a bare verb
    if len(words) >= 2 and words[-2] == "to" and _takes_object(words[-1], said):
        return False
    before = " ".join(sentence[:start].lower().split())
    governing = before.rsplit(" ", 1)[-1] if before else ""
    preposition = governing in caption_words("prepositional_participles")
    if governing.endswith("ing") and governing in words and not preposition and unit.lower() not in words:
        return False  # "providing $900 million for the MCC" -> "Congress providing for MCC": the verb, no measure
    if any(before.endswith(link) for link in caption_words("restating_links")) and not _owner_before(words):
        return False
    noun = complement_noun(before)
    if noun and not measure.lower().startswith(noun):
        return False
    if kind == "count" and _counted_unsaid(unit, words):
        return False  # "provision of food assistance" for "… to 3.4 million people": not what is counted
    if kind == "count" and unit:
        piece = surface.rsplit("-", 1)
        if len(piece) == 2 and piece[1].lower() == unit.lower() and not unit.lower().endswith("s"):
            return False
    return True


def _counted_unsaid(unit: str, words: Sequence[str]) -> bool:
    """True when a count's label names neither the things counted (the head of ``unit``: "people" of "3.4 million
    people") nor a change or level of them ("increase in crude stocks" for "17 million barrels")."""
    counted = _WORD.findall(unit.lower())
    if not counted:
        return False
    head = counted[-1]
    if any(w[:4] == head[:4] for w in words):
        return False
    levels = _count_levels()
    return not any(w in lexicon().change_words or w in levels or _changing(w) for w in words)


@cache
def _count_levels() -> frozenset[str]:
    """Words of a level or whole of counted things ("total", "number", "population"): made once."""
    return caption_words("level_nouns") | caption_words("generic_label_words") | caption_words("count_wholes")


@lru_cache(maxsize=64)
def _sentence_words(sentence: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The sentence's words and the lower-case ones right after a "to", read once for all its figures."""
    said = tuple(_WORD.findall(sentence))
    after_to = frozenset(
        said[i + 1] for i in range(len(said) - 1) if said[i].lower() == "to" and said[i + 1].islower()
    )
    return said, after_to


def _bare_verb(word: str, before: Sequence[str], said: Sequence[str], sentence: str) -> bool:
    """True when ``word`` stands right after a modal in the sentence (a bare verb: "would raise"), unless it is a
    word of change whose subject the label puts before it as the sentence does ("benefits will increase 3.2%" ->
    "benefits increase": the change's noun); a word of change after its own object ("taxes by an average raise")
    is the verb torn from its place."""
    if word not in _after_modal(sentence):
        return False
    if word not in lexicon().change_words:
        return True
    lows = [w.lower() for w in said]
    at = next(i for i in range(1, len(lows)) if lows[i] == word and lows[i - 1] in caption_words("modals"))
    return any(b in lows[at + 1 :] and b not in lows[:at] for b in before)


@lru_cache(maxsize=64)
def _after_modal(sentence: str) -> frozenset[str]:
    """The lower-case words right after a modal ("would raise", "will provide"): bare verbs, never a measure."""
    said = _WORD.findall(sentence)
    modals = caption_words("modals")
    return frozenset(said[i + 1] for i in range(len(said) - 1)
                     if said[i].lower() in modals and said[i + 1].islower() and said[i + 1] not in lexicon().stop_words)


def _owner_before(words: Sequence[str]) -> bool:
    """True when the label names a measure before its generic word ("foreign assistance as share of …"), not
    only a share ("equivalent share of GDP") or nothing but the generic word."""
    generic, restating = caption_words("generic_label_words"), caption_words("restating_words")
    stops = lexicon().stop_words
    for w in words:
        if w in generic:
            return False
        if w not in stops and w not in restating:
            return True
    return False


_WITH_OF = re.compile(r"\bwith (?:a|an) ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) of\Z")


def _changing(word: str) -> bool:
    """True for the "-ing" form of a verb of change ("dropping", "cutting", "rising"), by the lexicon's change
    words: its stem as written, with a doubled consonant undone, or with its "e" restored."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    change = lexicon().change_words
    doubled = stem[:-1] in change and stem[-1] == stem[-2]
    return word in change or stem in change or doubled or f"{stem}e" in change


def _object_relative(words: Sequence[str], i: int) -> bool:
    """True when the auxiliary ``words[i]`` opens the verb of a relative clause whose subject stands between it
    and its pronoun, and a past participle follows ("aid that USAID has contributed"): the clause says which
    aid; "families who received payments did so" or "a treaty that will give vessels" is a clause of its own."""
    rel = max((j for j in range(i) if words[j] in caption_words("relatives")), default=-1)
    if rel < 0 or rel + 1 >= i or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return _participle(nxt) or nxt in lexicon().past_verbs


def complement_noun(before: str) -> str | None:
    """The noun phrase of a "with a … of" phrase that ``before`` (the sentence up to a figure, lower case,
    spaces single) ends on ("investor in ASEAN with a total capital of" -> "total capital"): what the figure
    measures; None when there is none or it is only a level ("with a total of": see-through)."""
    if not before.endswith(" of") or "with a" not in before:
        return None  # what every match holds, tested first: the pattern has no first character to skip to
    found = _WITH_OF.search(before)
    if found is None:
        return None
    noun = found.group(1)
    return None if all(w in caption_words("level_nouns") for w in noun.split()) else noun


def _verb_like(word: str, said: Sequence[str]) -> bool:
    """True when ``word`` stands right after "to" and right before a word opening its object ("to reduce the
    deficit", "to catalyze financing for"): an infinitive, not a place or a receiver ("aid to farmers")."""
    for i in range(1, len(said) - 1):
        if said[i] == word and said[i - 1].lower() == "to":
            nxt = said[i + 1].lower()
            if nxt in _OPENS_OBJECT or (nxt not in lexicon().stop_words and not word.endswith("s")):
                return True
    return False


def _takes_object(word: str, said: Sequence[str]) -> bool:
    """True when ``word`` follows "to" in the sentence and a determiner follows it: an infinitive whose object
    the label left out."""
    return any(said[i - 1].lower() == "to" and said[i] == word and said[i + 1].lower() in _OPENS_OBJECT
               for i in range(1, len(said) - 1))


def says_whose(label: str, sentence: str) -> bool:
    """False for a one-noun label ("loan, last week") whose sentence names someone or somewhere it lacks
    ("Beijing rolled over a US$2.4 billion loan"): it says what is measured, not whose."""
    return not (_thin(label) and _names_missing(sentence, label))


def says_country(label: str, sentence: str) -> bool:
    """False for a short label that names no one ("defence spending, 2025": fewer than three content words, no
    capital, no possessive) whose sentence names a country ("Philippine President … signed the country's 2025
    budget …, with defence spending expected to reach a record 315.1 billion pesos"): whose budget is unsaid, and
    beside another country's figure it reads as the same one's."""
    measure = label.split(",", 1)[0]
    words = _WORD.findall(measure)
    skip = _not_content()
    content = sum(1 for w in words if w.lower() not in skip and names_measure([w]))
    if content >= 3 or any(w[:1].isupper() or w.endswith(("’s", "'s")) for w in words):
        return True
    return not _names_country(sentence)


@lru_cache(maxsize=64)
def _names_country(sentence: str) -> bool:
    """True when a capitalised word of ``sentence`` names a country, read once for all its figures."""
    return any(country_name(m.group(0).rstrip(".’'")) for m in _NAME_WORD.finditer(sentence))


def says_whole(label: str, kind: str) -> bool:
    """False for a share labelled by a past verb and the phrase it opens, with no noun before ("owed to China" for
    "almost two-thirds owed to China", "held by foreign banks"): what it is a share of, the label does not say."""
    words = _WORD.findall(label.split(",", 1)[0])
    if kind != "percent" or not words or not words[0].islower() or {"share", "of"} & {w.lower() for w in words}:
        return True
    if len(words) > 2 and words[0] == "to" and words[1] == "be":
        return False  # "to be financed by China" for "…, of which China will finance 85 percent": of what, unsaid
    first, second = words[0], words[1].lower() if len(words) > 1 else ""
    return not (_past_form(first) and (second in lexicon().label_links or second == "by"))  # "owed to", "held by"


def says_what(label: str) -> bool:
    """False for a label whose measure (its part before the first comma) holds only function words, levels and
    generic words ("figure, 2013" for "The figure … was over 69.60%", "total", "share of the"), or is headed by a
    level with a place or other link but no "of" ("average across the rest of the region"): a word that points
    back to what another sentence named, not what is measured."""
    measure = label.split(",", 1)[0]
    skip = _not_content()
    words = [w.lower() for w in _WORD.findall(measure)]
    head = next((i for i, w in enumerate(words) if w not in lexicon().determiners), len(words))
    if head + 1 < len(words) and words[head] in caption_words("level_nouns") \
            and words[head + 1] in _level_links():
        return False  # "average across the rest of the region": an average of what, another sentence says
    return any(w not in skip for w in words)


@cache
def _level_links() -> frozenset[str]:
    """Links after a level that leave out what it is of ("average across …"): places and label links but "of"."""
    return caption_words("place_links") | lexicon().label_links - {"of"}


_OUT_OF = re.compile(r"\s+out\s+of\s+(?:every\s+|the\s+)?[\d.,]+(?:\s+(?:million|billion))?\s+([^\W\d_][\w’'-]*"
                     r"(?:\s+[^\W\d_][\w’'-]*){0,2})")


def says_counted(label: str, sentence: str, end: int) -> bool:
    """False when the figure ending at ``sentence[:end]`` is the first of "N out of M things" ("won an estimated
    100 out of 125 parliamentary seats") and the label names none of the things counted (the words after M)."""
    m = _OUT_OF.match(sentence, end)
    if m is None:
        return True
    have = {w.lower() for w in _WORD.findall(label)}
    stops = lexicon().stop_words
    return any(w.lower() in have for w in _WORD.findall(m.group(1)) if w.lower() not in stops)


def ends_on_verb(label: str, kind: str, unit: str) -> bool:
    """True for a bare count labelled by who did something and the verb, nothing counted ("Pheu Thai won" for
    "Move Forward won 151 seats, while Pheu Thai won 141")."""
    words = _WORD.findall(label.split(",", 1)[0])
    if kind != "count" or unit or not words or "of" in (w.lower() for w in words):
        return False  # "number of long-term unemployed", "number of households served": a noun phrase
    last = words[-1].lower()
    if last in lexicon().change_words or change_noun(last) is not None:
        return False  # "Employment in health care grew" for "grew 24,000": the change it states
    return _past_form(last)


def _past_form(low: str) -> bool:
    """A past verb form: one the lexicon lists ("won", "held") or an "-ed" word of four letters or more ("owed",
    "hired"); "-eed" words ("need") are not."""
    return low in lexicon().past_verbs or (len(low) > 3 and low.endswith("ed") and not low.endswith("eed"))


def _thin(label: str) -> bool:
    """True when the label's measure (its part before the first comma, where its period starts) holds fewer
    than two content words: not function words, levels ("total", "rate") or generic ("share")."""
    measure = label.split(",", 1)[0]
    skip = _not_content()
    return sum(1 for w in _WORD.findall(measure) if w.lower() not in skip) < 2


@cache
def _not_content() -> frozenset[str]:
    """Words that are not a label's content: function words, level nouns, generic label words."""
    return word_list("stopwords_en.txt") | caption_words("level_nouns") | caption_words("generic_label_words")


_NAME_WORD = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]*")


def _names_missing(sentence: str, label: str) -> bool:
    """True when the sentence names someone or somewhere (a capitalised word after its first, or a country
    anywhere) that the label does not: "Beijing rolled over a $2.4 billion loan" has a whose to say."""
    have = {w.lower() for w in _WORD.findall(label)}
    stop = word_list("stopwords_en.txt")
    first = True
    for m in _NAME_WORD.finditer(sentence):
        word = m.group(0).rstrip(".’'")
        at_start = first and not sentence[: m.start()].strip(" “\"‘'(")
        first = False
        if at_start and country_name(word) is None:
            continue  # a capital the sentence start explains
        if word.lower() in stop or word.lower() in have or word in lexicon().months:
            continue
        return True
    return False
