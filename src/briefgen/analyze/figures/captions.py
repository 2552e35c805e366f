"""Captions of money, percentages and scaled counts: what is measured, for whom, and when.

Built from the words grammatically tied to the number, in the sentence's own words (no parser, no
phrase lists):

- the noun phrase the number modifies or measures: "$24 billion in exports", "15% of total imported
  goods", "a $3.1 million loss", "a loss of $1.5 million" (a level noun such as "a new high of" or
  "a total of" is see-through: the measure is then the clause's subject);
- the verb that governs the number and that verb's subject: a level verb ("Inflation was 6.3%",
  "exports increased to $100 billion", "income stood at $1,105") makes the subject the measure; a
  change verb keeps the verb ("China's GDP grew"); "account for" makes a share of the subject
  ("U.S. share of total imported goods"); a past participle names who acted ("total goods imported
  by Brazil"); a percentage opening its clause takes the clause's predicate ("share of U.S. GDP
  derived from consumption");
- figures listed after one another ("9.2 percent in 2009, 10.3 percent in 2010", "up from $91
  billion") share the first one's measure;
- "for" phrases opening the sentence ("For a married couple earning …,") say for whom;
- the sentence's time expression tied to the figure (after it, inside its phrase, in its clause,
  or opening the sentence) is appended as the period: "…, 2013", "…, by 2024", "…, 2013–2017".

``Caption.label`` returns None when none of this applies; the older window labels then serve.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from .clauses import CLAUSE_MARKS, Sentence, Time, Tok, caption_words, is_punct, time_words
from .complete import adverb_form, names_measure, uncontracted
from .fragments import (
    broken_off,
    change_noun,
    comparative,
    dangles,
    has_role_noun,
    is_change_noun,
    moves_amount,
    participle,
)
from .lexicon import lexicon
from .respective import respective_item
from .types import Reading

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


class Caption:
    """Captions of one sentence's figures, made in order (later figures may share earlier ones' measure)."""

    __slots__ = ("_done", "_fragment", "_governors", "_lead_in", "_pointed", "_restated", "_s", "_verbs_seen",
                 "complete")

    def __init__(self, sentence: Sentence, lead_in: str | None) -> None:
        self._s = sentence
        self._done: dict[int, _Done] = {}
        self._lead_in = lead_in
        self._pointed = False
        self._fragment = False  # the caption is a clause that could not be read as a noun phrase
        self._restated: _Done | None = None  # the amount a share restates ("$48 billion, or 1% of …")
        self._verbs_seen: dict[int, bool] = {}  # ``_verb`` per token: a sentence's captions ask again and again
        self._governors: dict[int, tuple[str, int, str]] = {}  # ``_governor`` per figure token and clause start
        self.complete = False
        """Whether the last caption made names a measure and, when its clause states a period, that period."""

    # --- entry ---------------------------------------------------------------------------------

    def label(self, index: int) -> str | None:
        """The caption of the sentence's reading ``index``, or None."""
        s = self._s
        self.complete = False
        self._pointed = False
        self._fragment = False
        self._restated = None
        k = s.where.get(index)
        if k is None:
            return None
        reading = s.readings[index]
        kind = (reading.inner if reading.kind == "range" and reading.inner else reading.kind) or ""
        if k + 2 < len(s.toks) and s.toks[k + 1].text == ":" and self._after_opener(0, k) == k:
            return self._heading(index, k)
        lo, hi = self._clause(k)
        core, whom, used = self._measure(k, kind, reading, lo, hi)
        paired = respective_item(s.toks, k, self._verb) if self._respective(k, len(s.toks)) else None
        if paired:
            if len(core) > 2 and is_change_noun(core[0]) and core[1] == "in" and not is_change_noun(paired[0]):
                paired = [core[0], "in", *paired]  # "rice and wheat exports rose 5% and 7%": rise in each
            core, whom = paired, []  # "growth in A and B, up 7.8% and 8.7% respectively": A's, then B's
        passive = self._passive_after(used + 1, hi) if self._opens_clause(k, lo) else None
        if passive is not None:
            verb, after = passive  # "Over $2.3 billion in aid was distributed": the verb says what was done
            if s.toks[verb].low not in (w.lower() for w in core):
                core = [*core, s.toks[verb].text]
                ends = after + 1 >= hi or is_punct(s.toks[after + 1])
                if after < hi and ends and _content(s.toks[after]) and s.toks[after].text.islower() \
                        and not self._verb(after) and not s.is_time(after):
                    core, after = [*core, s.toks[after].text], after + 1  # "1 in 5 ballots were declared invalid"
            if not whom and after < hi and s.toks[after].low in ("to", "for"):
                to, end = self._np_right(after + 1, hi)
                if to and not s.is_time(after + 1):
                    whom, used = [s.toks[after].low, *to], max(used, end)  # "was paid to farmers"
        if not core and self._lead_in:
            core = self._lead_in.split()
        borrowed = self._lead_in is not None and core == self._lead_in.split()  # the paragraph's run-in title
        if not core:
            return None
        if not whom and k > 0 and s.toks[k - 1].low == "including":
            whom = self._whole_parties(k, core)  # "… aid to Cambodia, including $100 million in military assistance"
        if reading.qualifier in _additives() and core[0].lower() != "additional":
            at = next((i + 1 for i, w in enumerate(core[:-1]) if k > 0 and w == s.toks[k - 1].text
                       and self._gerund(k - 1)), 0)
            if (at == 0 or core[at].lower() not in lexicon().stop_words) and not _participle(core[at].lower()):
                core = [*core[:at], "additional", *core[at:]]  # "releasing additional barrels"
        place = self._place_opener(k)
        if place and not _says(" ".join([*core, *whom]), " ".join(place)):
            whom = [*whom, "in", *place]  # "In Somalia, this support will feed over two million people"
        rate = self._rate(reading, k, hi)
        period = self._period(k, lo, hi, used) or self._since_clause(k) or self._shared_period(k, lo)
        if period is None and paired:
            period = self._after_respectively(k)  # "… 5%, 7% and 9%, respectively, in 2020"
        if period is None and self._restated is not None:
            period = self._restated.period  # "$90 billion in 2021, about 35 percent of GDP": the amount's period
        if passive is not None and period is None:
            time = s.time_at(passive[1])  # "… was distributed in August": the time after the verb
            if time is not None:
                period, used = time, max(used, passive[0])
        start_value = self._start_value(k)
        if start_value and period is not None and period.first > start_value:
            period = None  # "raise the wage from $7.25 to $15 by 2025": 2025 is the new value's, not the old one's
        tail = max(used, period.last if period is not None and self._own_period(period, used) else k)
        if not self._fragment and any(d.fragment and d.core == core for d in self._done.values()):
            self._fragment = True  # "has ranged from 3.9 percent to 4.1 percent": the second shares the first's
        self._done[k] = _Done(core, kind, tail, self._fragment)
        words = _trim([*core, *whom])
        if rate and not any(w.lower() in (rate, rate + "s") for w in words[-3:]) and not _says(
            " ".join(words), f"per {rate}"
        ):
            words = [*words, "per", rate]
        label = " ".join(words)
        if period is not None and not _says(label, period.text):
            label = f"{label}, {_period_text(period)}"
        self.complete = (
            (paired is not None or not self._respective(k, hi))
            and names_measure(core)
            and (period is not None or not self._clause_period(k, lo, hi))
            and len(label.split()) > 1  # one word ("barrels", "aid") says what is counted, not whose or when
            and not self._anaphoric_subject(k, lo, core)
            and not borrowed
            and not self._pointed
            and not self._fragment
            and not has_role_noun(core)
            and not broken_off(words)
            and not self._difference(k, label)
            and not self._in_opening_phrase(k)
            and not self._in_appositive(k, lo)
            and not (k > 0 and s.toks[k - 1].low == "including" and core == self._borrowed_core(k) and not whom)
            and not self._partial(core, k, lo, words)
            and (self._restated is None or self._restated.complete)
            and not (start_value and period is None)  # the old value of a change, with no time of its own
        )
        self._done[k].complete = self.complete
        self._done[k].period = period
        return label

    def _partial(self, core: Sequence[str], k: int, lo: int, words: Sequence[str]) -> bool:
        """True when the caption is a piece of a phrase that says more than it: a verb heading the caption,
        the measure's owner named only by a possessive pronoun, a name after "for"/"to" standing alone as
        the caption, or the second of two nouns joined by "and" ("livestock sales" in "receipts from crop and
        livestock sales")."""
        if not core:
            return False
        if self._owned_elsewhere(core, k, words) or self._ends_on_verb(core, k, lo):
            return True
        toks = self._s.toks
        first = core[0]
        j = self._nearest(first, k, lo)
        if j < 2:
            return False
        verb = first.endswith("ing") or _participle(first.lower()) or self._verb(j)
        if j == k - 1 and verb and (len(core) == 1 or (core[1].lower() in lexicon().stop_words and core[1] != "by")):
            return True  # "requesting $1.1 billion for the MCC" -> "requesting for MCC": a verb, not a measure
        if self._ends_on_verb(core, k, lo):
            return True
        prev = toks[j - 1].low
        before = j - 2 if prev in lexicon().determiners else j - 1
        if all(w[:1].isupper() for w in core) and toks[before].low in _PARTIES:
            return True  # "$1.1 billion for the MCC" -> "MCC": who receives it, not what it is
        return prev in ("and", "or") and _content(toks[j - 2]) and not toks[j - 2].text[:1].isupper() \
            and not _participle(first.lower()) and not self._verb(j)

    def _ends_on_verb(self, core: Sequence[str], k: int, lo: int) -> bool:
        """True when the caption is a subject and the verb right before the figure ("The country of 106,000
        people owes about $108 million" -> "country of 106,000 people owes"), or a noun phrase after the figure
        and the verb of its predicate ("$773 billion budget request reinforces our commitment"): a clause."""
        toks = self._s.toks
        last = self._nearest(core[-1], k, k + 1) if len(core) > 1 else -1
        opens = lexicon().determiners | caption_words("possessive_pronouns")  # "reinforces our commitment"
        if 0 < last + 1 < len(toks) and last > k and toks[last].low.endswith("s") and toks[last].text.islower() \
                and toks[last + 1].low in opens and _content(toks[last - 1]):
            return True
        if len(core) < 2 or k < 2 or core[-1] != toks[k - 1].text or self._s.is_time(k - 1) \
                or toks[k - 1].low in caption_words("copulas"):
            return False
        before = toks[k - 2]
        return self._verb(k - 1) or (self._present_verb(k - 1, lo) and (before.fig >= 0 or before.text[:1].isupper()))

    def _nearest(self, word: str, k: int, lo: int) -> int:
        """The token nearest the figure at ``k`` (from ``lo`` on) whose text is ``word``; -1 when none is."""
        best = -1
        for j in range(lo, len(self._s.toks)):
            if j != k and self._s.toks[j].text == word and (best < 0 or abs(j - k) < abs(best - k)):
                best = j
        return best

    def _owned_elsewhere(self, core: Sequence[str], k: int, words: Sequence[str]) -> bool:
        """True when the measure's phrase opens with a possessive pronoun ("its trade surplus", "our total
        assistance") and no word of the caption stands before it: whose it is, another clause or sentence says."""
        toks = self._s.toks
        stops = lexicon().stop_words
        head = next((w for w in core[:3] if w.lower() not in stops), None)
        at = self._nearest(head, k, 0) if head is not None else -1
        if at < 0:
            return False
        j, steps = at - 1, 0
        while j >= 0 and steps < 4 and (toks[j].fig >= 0 or _content(toks[j])) and not self._verb(j):
            j, steps = j - 1, steps + 1
        if j < 0 or toks[j].low not in caption_words("possessive_pronouns"):
            return False
        told = {w.lower() for w in words if w.lower() not in stops}
        return not any(toks[x].low in told for x in range(j))  # "For a couple earning …, their credit": said before

    def _difference(self, k: int, label: str) -> bool:
        """True when the figure at ``k`` is a difference ("130% more than spending in June", "18 percent higher
        wages") whose caption does not say from what."""
        toks = self._s.toks
        words = toks[k].low.split()  # a reading may hold its comparative ("13 to 18% higher wages")
        inside = any(comparative(w) and words[i] != "or" for i, w in enumerate(words[1:]))  # not "1 percent or less"
        return (inside or (k + 1 < len(toks) and comparative(toks[k + 1].low))) and " than " not in f" {label} "

    def _whole_parties(self, k: int, core: list[str]) -> list[str]:
        """For a part introduced by "including", the whole's receiver ("to Cambodia") when its own words name
        none: the part belongs to the whole, so to it too. (Only the first party: with the giver as well, the
        part's lower bound would read as the whole's measure wherever figures are matched by their labels.)"""
        whole = self._borrowed_core(k)
        toks = self._s.toks
        kind = k + 1 < len(toks) and toks[k + 1].low in ("in", "of")  # "$100 million in military assistance"
        if not kind or not whole or whole == core or any(w.lower() in _PARTIES for w in core):
            return []
        at = next((i for i, w in enumerate(whole) if i > 0 and w.lower() in _PARTIES), -1)
        if at < 0:
            return []
        end = next((i for i in range(at + 1, len(whole)) if whole[i].lower() in _PARTIES), len(whole))
        return whole[at:end]  # the first party phrase ("to Cambodia"): the part's own words say the rest

    def _place_opener(self, k: int) -> list[str]:
        """A place named by an "In …," phrase opening the sentence before the figure ("In Somalia,", "In
        the Gaza Strip,"): where the figure holds; [] when the phrase is a time or names no place."""
        toks, s = self._s.toks, self._s
        if not toks or toks[0].low != "in" or len(toks) < 4:
            return []
        j = 1
        while j < len(toks) and toks[j].low in ("the",):
            j += 1
        name: list[str] = []
        while j < len(toks) and j < k and (toks[j].text[:1].isupper() or (name and toks[j].low == "of")):
            if toks[j].fig >= 0 or s.is_time(j):
                return []
            name.append(toks[j].text)
            j += 1
        if not name or j >= k or toks[j].text != "," or name[-1].lower() == "of" or len(name) > 4 \
                or name[0].lower() in lexicon().stop_words:
            return []
        return name

    def _heading(self, index: int, k: int) -> str | None:
        """The caption of a figure that heads its sentence before a colon ("$2.3 Trillion: U.S. exports … tallied
        more than $2.3 trillion in 2014"; "11.7 Million Jobs: The number of export-supported jobs in 2014."):
        the caption of the same amount after the colon, else the noun phrase the colon opens, with its time."""
        s = self._s
        reading = s.readings[index]
        twin = next((i for i in range(index + 1, len(s.readings)) if s.readings[i].kind == reading.kind
                     and s.readings[i].value == reading.value and s.where.get(i, -1) > k), None)
        if twin is not None:
            return self.label(twin)
        words, end = self._np_right(k + 2, len(s.toks))
        after = end + 1 if end + 1 < len(s.toks) and s.toks[end + 1].text != "," else -1
        if not words or (after >= 0 and not s.is_time(after) and not is_punct(s.toks[after])):
            return None  # the colon opens a clause, not a phrase naming the figure
        time = s.time_at(after) if after >= 0 else None
        label = " ".join(_trim(words))
        if time is not None and not _says(label, time.text):
            label = f"{label}, {_period_text(time)}"
        self.complete = names_measure(words) and len(label.split()) > 1
        return label

    def _anaphoric_subject(self, k: int, lo: int, core: Sequence[str] = ()) -> bool:
        """True when the figure at ``k`` follows its clause's verb directly and that clause's subject is a
        pronoun or a demonstrative phrase ("Collectively, these nations account for 65 percent …", "It received
        $5 million"): whose figure it is lies in another sentence, and the caption cannot say it in this one's
        words."""
        toks = self._s.toks
        start = self._after_opener(lo, k)
        while start + 1 < k and toks[start + 1].text == "," and adverb_form(toks[start].low):
            start += 2  # "Collectively, …"
        if start >= k:
            return False
        first = uncontracted(toks[start].low)
        if first != toks[start].low and not names_measure(t.text for t in toks[start + 1 : k]):
            # "that’s $896 million in additional exports", "it’s $5 million": the clitic is the verb
            return first in caption_words("subject_pronouns") or first in caption_words("demonstratives")
        verb = self._main_verb(lo, k)
        guessed = False  # the verb found only as the word before the figure
        if (verb is None or verb <= start) and toks[start].low in caption_words("demonstratives"):
            before = k - 1  # "Those countries purchase nearly half …": the word before the figure is the verb
            verb = before if before > start + 1 and _content(toks[before]) and toks[before].fig < 0 else None
            guessed = True
        if verb is None or verb <= start:
            return False
        first_figure = next((j for j in range(verb + 1, k) if toks[j].fig >= 0 and not self._s.is_time(j)), k)
        if names_measure(t.text for t in toks[verb + 1 : first_figure]):
            return False  # "we've boosted U.S. exports … by 150 percent": the words after the verb say whose
        first = uncontracted(toks[start].low)
        if first in caption_words("demonstratives") and guessed:
            nouns = (toks[x].low for x in range(verb - 1, start, -1) if _content(toks[x]) and not self._verb(x))
            head = next(nouns, "")
            return not head or head not in (w.lower() for w in core)  # "This assistance includes …": it is the measure
        return first in caption_words("subject_pronouns") or first in caption_words("demonstratives")

    def _since_clause(self, k: int) -> Time | None:
        """A past-tense clause opening the sentence with "since" or "after", before the figure: its period
        ("Since the plan was signed by the President, …" -> "since the plan was signed by the President")."""
        toks, lex = self._s.toks, lexicon()
        j = 0
        while j < k and is_punct(toks[j]):
            j += 1
        if j >= k or toks[j].low not in ("since", "after"):
            return None
        comma = next((x for x in range(j + 1, min(k, j + _SINCE_TOKENS)) if toks[x].text == ","), -1)
        if comma < j + 3 or any(t.fig >= 0 and not self._s.is_time(x)
                                for x, t in enumerate(toks[j + 1 : comma], j + 1)):
            return None
        words = toks[j + 1 : comma]
        past = any(t.text.islower() and (_participle(t.low) or t.low in lex.past_verbs) for t in words)
        present = any(t.low in caption_words("present_forms") for t in words)
        if not past or present:
            return None  # "Since the budget is tight": a reason, not a time
        return Time(j, comma - 1, toks[j].low, " ".join(t.text for t in words))

    def _start_value(self, k: int) -> int:
        """For a figure after "from" that a "to" and another figure follow ("from $7.25 to $15"), the token of
        that other figure (the value the change reaches); else 0."""
        toks = self._s.toks
        if k < 1 or toks[k - 1].low != "from":
            return 0
        j = k + 1
        if j < len(toks) and self._s.is_time(j):
            time = self._s.time_over(j)
            j = time.last + 1 if time is not None else j  # "from $5 billion in 2019 to …"
        return j + 1 if j + 1 < len(toks) and toks[j].low == "to" and toks[j + 1].fig >= 0 else 0

    def _after_respectively(self, k: int) -> Time | None:
        """The time right after the "respectively" that closes the figure's list (a comma between), if any."""
        toks, s = self._s.toks, self._s
        r = next((j for j in range(k + 1, len(toks)) if toks[j].low == "respectively"), -1)
        if r < 0 or r + 1 >= len(toks):
            return None
        return s.time_at(r + 2) if toks[r + 1].text == "," and r + 2 < len(toks) else s.time_at(r + 1)

    def _respective(self, k: int, hi: int) -> bool:
        """True when the figure is one of a list paired with another list by "respectively": which
        measure is its own the caption reader does not work out."""
        return any(t.low == "respectively" for t in self._s.toks[k + 1 : hi])

    def _own_period(self, period: Time, used: int) -> bool:
        """True when ``period`` follows the figure's phrase (ending at ``used``) with no other amount between:
        it is then part of the figure's own words, which later figures listed with it pass over."""
        s = self._s
        return period.first > used and not any(
            s.toks[x].fig >= 0 and not s.is_time(x) for x in range(used + 1, period.first)
        )

    def _clause_period(self, k: int, lo: int, hi: int) -> bool:
        """True when the figure's clause states a time of its own (not one that belongs to another figure)."""
        return any(
            lo <= t.first and t.last < hi and not (t.first <= k <= t.last) and not self._attached_to_other(t)
            and not self._amount_between(k, t.first) and not (t.first > k and self._in_trailing_phrase(k, t.first))
            for t in self._s.times
        )

    # --- clause ---------------------------------------------------------------------------------

    def _clause(self, k: int) -> tuple[int, int]:
        """Token bounds [lo, hi) of the clause around token ``k`` (hard marks only)."""
        toks, s = self._s.toks, self._s
        lo = k
        while lo > 0 and not (toks[lo - 1].text in CLAUSE_MARKS and not s.is_time(lo - 1)):
            lo -= 1
        hi = k + 1
        while hi < len(toks) and not (toks[hi].text in CLAUSE_MARKS and not s.is_time(hi)):
            hi += 1
        return lo, hi

    def _tail(self, k: int, hi: int) -> int:
        """The last token a figure's own phrase may reach (before the next figure that is no time)."""
        toks, s = self._s.toks, self._s
        i = k + 1
        while i < hi:
            if toks[i].fig >= 0 and not s.is_time(i):
                return i - 1
            i += 1
        return hi - 1

    # --- measure --------------------------------------------------------------------------------

    def _measure(self, k: int, kind: str, reading: Reading, lo: int, hi: int) -> tuple[list[str], list[str], int]:
        """The measure's words, the for-whom words, and the last token used after the figure."""
        toks = self._s.toks
        lex = lexicon()
        named = self._named_before(k, lo, hi)
        if named is not None:
            return named, [], k
        used = k
        own: list[str] = []  # what the figure is an amount of ("aid to Cambodia")
        own_link = ""
        whom: list[str] = []  # for whom it holds ("for each child under age 6")
        if kind == "percent" and k + 1 < hi and toks[k + 1].low == "of":
            alone = not (k + 3 < hi and _content(toks[k + 3]))
            if k + 2 < hi and toks[k + 2].low in caption_words("pronouns") and alone:
                return [], [], k  # "two-thirds of them": a share of something named elsewhere
            of, end = self._np_right(k + 2, hi)
            if of:
                return self._share(k, lo, hi, of, end)
            if k + 2 < hi and toks[k + 2].low in caption_words("pronouns"):
                return [], [], k  # "processed 90 percent of them within 21 days"
        if kind == "percent" and k + 1 < hi and self._opens_clause(k, lo) and (
                toks[k + 1].low in caption_words("reporting_verbs") or toks[k + 1].low in caption_words("auxiliaries")):
            predicate, end = self._predicate(k + 1, hi)
            if predicate:
                self._pointed = True  # "30% say political uncertainty is slowing growth": 30% of whom, elsewhere
                return ["share", *predicate], [], end
        j = self._after_rate(k + 1, hi)
        nxt = toks[j].low if j < hi else ""
        if kind == "count" and reading.count_words:
            own = reading.count_words.split()
            while len(own) > 1 and own[0].lower() in lex.determiners:
                own = own[1:]
            if nxt in lex.count_links:
                rest, end = self._np_right(j + 1, hi)
                if rest:
                    own, used = [*own, nxt, *rest], end
            else:
                rest, end = self._counted_predicate(j, hi)
                if rest:
                    own, used = [*own, *rest], end
        elif kind == "count" and nxt in ("who", "that") and j == k + 1:
            clause, end = self._predicate(j, hi)  # "including 1.5 million who fled to neighboring countries"
            if clause:
                own, used = clause, end
        elif kind == "money" and nxt in lex.money_links:
            phrase, end = self._np_right(j + 1, hi)
            if phrase and nxt in ("for", "to") and j + 1 < hi and toks[j + 1].low in caption_words("each_words"):
                whom, used = [nxt, toks[j + 1].text, *phrase], end  # "for each child under 5"
            elif phrase:
                own, used, own_link = phrase, end, nxt
        elif kind == "percent" and k - 2 >= lo and toks[k - 1].low == "of" and (
                nxt in ("on", "for") or (nxt == "in" and toks[k - 2].low in lex.change_words)):
            phrase, end = self._np_right(j + 1, hi)  # "an increase of 10% in cash expenses", "tariffs of 25% on steel"
            if phrase:
                own, used, own_link = phrase, end, nxt
        elif kind == "money" and nxt == "to" and self._infinitive_at(j + 1, hi):
            verb = [toks[j + 1].text]  # "$11 billion to resolve insurance claims": what it is for
            at = j + 2
            if at + 1 < hi and toks[at].low in lex.label_links:
                verb, at = [*verb, toks[at].text], at + 1  # "to settle with victims"
            obj, end = self._np_right(at, hi)
            if obj:
                own, used, own_link = ["to", *verb, *obj], end, "to"
        elif kind == "money" and nxt == "to" and j > k + 1 and _noun_start(toks, j + 1, hi):
            phrase, end = self._np_right(j + 1, hi)
            if phrase:
                whom, used = ["to", *phrase], end  # "$2 million each year to clinics"
        elif (kind == "money" and j == k + 1 and j + 2 < hi and toks[j].text.islower() and _participle(nxt)
              and toks[j + 1].low in ("by", "to", "for")):
            phrase, end = self._np_right(j + 2, hi)  # "the $10 billion provided by the CPF"
            if phrase:
                own, used = [toks[j].text, toks[j + 1].text, *phrase], end
        elif (kind == "money" and j == k + 1 and nxt == "(" and j + 2 < hi and toks[j + 1].fig >= 0
              and toks[j + 2].text == ")" and j + 3 < hi and _content(toks[j + 3]) and not self._verb(j + 3)):
            own, used = self._np_right(j + 3, hi)  # "The US$4 million (S$5.11 million) Eurasia Cup"
        elif (kind != "count" and j == k + 1 and nxt and _content(toks[j]) and not self._verb(j)
              and not self._finite(j, hi)):
            own, used = self._np_right(j, hi)  # "a $3.1 million loss", "a 7% increase"
            earlier = self._done_before(self._appositive_comma(k, lo)) if len(own) == 1 else None
            if earlier is not None and own[0].lower() in lex.change_words:
                own = [*own, "in", *earlier.core]  # "… $18.7 billion in 2022, a 5 percent increase from 2021"
        if not whom:
            whom, end = self._whom_after(max(used, j - 1) + 1, hi)
            used = max(used, end)
        coord = self._coordinated(k, kind, lo)
        if coord is not None:
            core = own or list(coord.core)
            changed = any(w.lower() in _CHANGE_NOUNS.values() for w in core)
            if not own and toks[k - 1].low in _CHANGE_NOUNS and not changed:
                core = [_CHANGE_NOUNS[toks[k - 1].low], "in", *core]  # "… $119.1 billion, up $23.9 billion from 2020"
            return core, whom, used
        gov = self._governor(k, lo)
        if not own and self._lead_in and gov[0] == "verb" and toks[gov[1]].low not in caption_words("level_verbs"):
            return self._lead_in.split(), whom, used  # "Emerging Defense Leaders Program: … plans to invest $10M"
        core = self._decorate(gov, own, own_link, k, lo) or own
        if gov[0] == "thing" and own and own_link in ("for", "to") and not whom and core is not own:
            whom = [own_link, *own]  # "increased the maximum credit to $3,600 for children under 6"
        return core, whom or self._whom_opener(lo), used

    def _named_before(self, k: int, lo: int, hi: int) -> list[str] | None:
        """The measure of a figure set off right after the noun phrase it belongs to: in parentheses ("rates
        decreased for adult women (3.5 percent)" -> "unemployment rates for adult women") or between commas
        ("the number of unemployed persons, 5.5 million, …" -> "number of unemployed persons"); else None."""
        toks, s = self._s.toks, self._s
        if k - 2 < 0 or k + 1 >= len(toks):
            return None
        enclosed = toks[k - 1].text == "(" and toks[k + 1].text == ")"
        apposed = toks[k - 1].text == "," and toks[k + 1].text == "," and k - 2 >= lo
        end = k - 2
        if enclosed and toks[end].fig >= 0 and end in self._done and self._done[end].kind == "money":
            return list(self._done[end].core)  # "The US$4 million (S$5.11 million) Eurasia Cup": one amount, two units
        if not (enclosed or apposed) or not _content(toks[end]) or toks[end].fig >= 0 or s.is_time(end) \
                or self._verb(end):
            return None
        start = self._np_left(end, lo)
        x = self._words(start, end)
        if not x or apposed:
            return x or None
        subject, own_link = self._shared_measure(start, lo)
        if not subject or _says(" ".join(subject), " ".join(x)):
            return x
        head, rest = _split_link(subject)
        link = self._link_before(start, lo) or (rest[0] if rest else own_link)
        return [*head, link, *x] if link else x

    def _shared_measure(self, start: int, lo: int) -> tuple[list[str], str]:
        """The measure a list of named things in parentheses shares: the clause's subject, or the phrase
        opening the sentence before a dash ("Rates for other groups—adult men (3.2 percent), …")."""
        toks = self._s.toks
        verb = self._main_verb(lo, start)
        if verb is not None:
            return self._subject(verb, lo), ""
        if lo >= 2 and toks[lo - 1].text == "—":
            first, _ = self._clause(lo - 2)
            at = self._after_opener(first, lo - 1)
            words, end = self._np_right(at, lo - 1)
            after = toks[end + 1].low if words and end + 1 < lo - 1 else ""
            return words, after if after in lexicon().label_links else ""
        return [], ""

    def _link_before(self, start: int, lo: int) -> str:
        """The preposition that introduces a list of named things before ``start`` ("decreased for adult women
        (3.5 percent) and blacks"), passing over the list itself; "" when a verb or a clause mark comes first."""
        toks, links = self._s.toks, lexicon().label_links
        for x in range(start - 1, lo - 1, -1):
            tok = toks[x]
            if tok.low in links:
                return tok.low
            if tok.fig >= 0 or tok.text in ",()" or tok.low in ("and", "or"):
                continue
            if not _content(tok) or self._verb(x):
                return ""
        return ""

    def _counted_predicate(self, j: int, hi: int) -> tuple[list[str], int]:
        """What the text says of counted things right after them, in its words: a participle phrase
        ("people suffering from drought"), "out of" ("children out of poverty"), a copula and an
        adjective with its complement ("families are eligible for the program" -> "eligible for the
        program") or a past verb and its object ("households expressed concern about eviction")."""
        toks = self._s.toks
        if j + 1 >= hi or toks[j].fig >= 0 or not toks[j].text.isalpha():
            return [], j - 1
        tok, links, stops = toks[j], lexicon().label_links | _np_links(), lexicon().stop_words
        copula = tok.low in caption_words("copulas")
        head: list[str] = []
        at = j + 1
        if tok.low == "out" and toks[j + 1].low == "of":
            head, at = ["out", "of"], j + 2
        elif tok.text.islower() and tok.low.endswith("ing") and len(tok.low) > 5 and tok.low not in stops:
            head = [tok.text]
        elif copula and j + 2 < hi and _content(toks[j + 1]) and not self._verb(j + 1) and toks[j + 2].low in links:
            head, at = [toks[j + 1].text], j + 2
        elif self._verb(j) and tok.low.endswith("ed") and not copula and _content(toks[j + 1]):
            head = [tok.text]
        if not head:
            return [], j - 1
        if at < hi and toks[at].low in links and head[-1] != "of":
            head, at = [*head, toks[at].text], at + 1
        rest, end = self._np_right(at, hi)
        if not rest:
            return [], j - 1
        return [*head, *rest], end

    def _after_rate(self, j: int, hi: int) -> int:
        """The token after any rate words ("annually", "per month", "each year") and currency words at ``j``."""
        toks = self._s.toks
        units = time_words().units
        while j < hi:
            low = toks[j].low
            if _rate_word(low) or low in caption_words("currency_words"):
                j += 1
            elif low in ("per", "each", "every", "a") and j + 1 < hi and toks[j + 1].low in units:
                j += 2
            else:
                break
        return j

    def _share(self, k: int, lo: int, hi: int, of: list[str], used: int) -> tuple[list[str], list[str], int]:
        """A percentage "of" something: a share, of the subject of "account for", or with its predicate."""
        how, at, _ = self._governor(k, lo)
        toks = self._s.toks
        share = ["share", "of", *of]
        possessive = k + 2 < len(toks) and (toks[k + 2].low in ("its", "their")
                                            or toks[k + 2].low in caption_words("demonstratives"))
        changes = lexicon().change_words
        if how == "share":
            subject = self._subject(at, lo)
            if subject and (self._named(subject) or (
                    names_measure(subject) and subject[0][:1].islower() and not self._pointed)):
                return [*subject, *share], [], used  # "U.S. share of total imported goods"
        elif how in ("opens", "none", "level_after_comma"):
            predicate, end = self._predicate(used + 1, hi)
            if not predicate:
                predicate, end = self._present_predicate(used + 1, hi)
            if predicate:
                self._pointed = self._pointed or possessive
                return [*share, *predicate], [], end
        elif how == "thing":
            self._pointed = self._pointed or possessive
            return [*self._words(at, k - 2), *share], [], used
        elif how == "verb" and (toks[at].low in caption_words("level_verbs") or toks[at].low in changes):
            subject = self._subject(at, lo)
            if subject:
                appositive = at - 1 >= lo and toks[at - 1].text == ","  # "$12 billion, equal to 65 percent of its GDP"
                self._pointed = self._pointed or (possessive and appositive)
                return [*subject, "as", *share], [], used  # "Laos' debt as share of GDP"
        elif how == "verb" and _participle(toks[at].low) and toks[at].low not in caption_words("copulas"):
            subject = self._subject(at, lo)
            if subject and (len(subject) <= 4 or (len(subject) <= _AGENT_WORDS and self._named(subject))):
                subject = _fit(subject, MAX_WORDS - len(share) - 2)
                return [*share, toks[at].text, "by", *subject], [], used  # "share of its budget spent by New Jersey"
        elif how == "verb" and toks[at].low not in caption_words("copulas") and not self._s.is_time(at):
            subject = self._subject(at, lo)
            chain = self._chain(at, lo)
            finite = len(chain) == 1 and not toks[at].low.endswith("ing")  # "households covering …" stays
            done = participle(toks[at].low) if finite else None
            if subject and done is not None and toks[at].low not in caption_words("reporting_verbs") \
                    and len(subject) <= _AGENT_WORDS:
                subject = _fit(subject, MAX_WORDS - len(share) - 2)
                return [*share, done, "by", *subject], [], used  # "two countries buy a third of exports"
            if subject and len(subject) <= 4:
                return [*subject, *chain, *share], [], used  # "two countries buy share of exports"
        amount = self._restated_amount(k, lo)
        restated = self._done.get(amount) if amount >= 0 else None
        if restated is not None and restated.kind in ("money", "count") and restated.core:
            self._restated = restated
            return [*restated.core, "as", *share], [], used  # "$48.18 billion, or 1% of total budget authority"
        if amount >= 0:
            self._pointed = True  # the amount it restates has no caption: whose share it is stays unsaid
        self._pointed = self._pointed or possessive  # "20 percent of their budget": whose, another sentence says
        return share, [], used

    def _restated_amount(self, k: int, lo: int) -> int:
        """The token of the amount a share set off right after it restates ("totaled $48.18 billion, or 1%
        of total budget authority", "$600 billion annually—roughly three percent of GDP", "$700 billion, 3.1% of
        GDP"): the share is that amount's, as a share of the whole; -1 when no amount precedes so."""
        toks = self._s.toks
        j = k - 1
        if j >= 0 and toks[j].low == "or":
            j -= 1
        if j < 1 or toks[j].text not in (",", "—", "–", "(", "-"):
            return -1
        j -= 1
        if j >= 0 and toks[j].fig < 0 and toks[j].low in caption_words("rate_adverbs"):
            j -= 1  # "$600 billion annually—"
        time = self._s.time_over(j) if j >= 0 else None
        if time is not None and time.first > lo:
            j = time.first - 1  # "$90 billion in 2021, about 35 percent of GDP"
        if j < 0 or toks[j].fig < 0 or self._s.is_time(j):
            return -1
        reading = self._s.readings[toks[j].fig]
        kind = reading.inner if reading.kind == "range" and reading.inner else reading.kind
        return j if kind in ("money", "count") else -1

    def _present_predicate(self, i: int, hi: int) -> tuple[list[str], int]:
        """The predicate of a share that is its clause's subject when it opens on a present verb the reader
        does not know ("40 percent of farm loans now go to beginning farmers" -> "that go to beginning
        farmers"): after the subject, a lower-case word that is no function word, time or figure is its verb."""
        toks = self._s.toks
        j = i
        while j < hi and _adverb(toks[j].low) and toks[j].text.islower():
            j += 1  # "now go"
        if j + 1 >= hi or not toks[j].text.isalpha() or not toks[j].text.islower() or self._s.is_time(j) \
                or _function_word(toks[j].low) or toks[j].low.endswith(("ing", "ed")) \
                or is_punct(toks[j + 1]) or toks[j + 1].fig >= 0:
            return [], i - 1
        words, end = self._predicate(j, hi) if self._verb(j) else ([], j)
        if not words:
            end = j
            while end + 1 < hi and toks[end + 1].text != "," and not self._s.is_time(end + 1) \
                    and not is_punct(toks[end + 1]):
                end += 1
            words = [t.text for t in toks[j : end + 1]]
        while words and words[-1].lower() in lexicon().stop_words:
            words.pop()
        return (["that", *words], end) if len(words) > 1 else ([], i - 1)

    def _predicate(self, i: int, hi: int) -> tuple[list[str], int]:
        """The words of a clause's predicate from token ``i`` ("is derived from consumption"), copula dropped."""
        toks = self._s.toks
        words: list[str] = []
        j = i
        while j < hi and toks[j].text != ",":
            tok = toks[j]
            if self._s.is_time(j):
                break
            if not (tok.fig < 0 and is_punct(tok)):
                words.append(tok.text)
            j += 1
        relative = i < hi and toks[i].low in caption_words("relatives")
        reports = i < hi and toks[i].low in caption_words("reporting_verbs")  # "One-third of firms say …"
        if not words or not (relative or reports or self._verb(i) or toks[i].low in caption_words("copulas")):
            return [], i - 1  # a predicate opens on its verb ("is derived from", "being destined for")
        if relative:
            words = [toks[i].text, *words[1:]]  # "families who received payments today did so by …"
        while words and words[0].lower() in caption_words("copulas"):
            words = words[1:]
        if len(words) > 1 and words[0].lower() in _HAVE and words[1].lower() not in lexicon().stop_words \
                and not _participle(words[1].lower()) and words[1][:1].islower():
            words = ["with", *words[1:]]  # "a third of homes have air conditioning": what they have, as "with"
        while words and words[-1].lower() in lexicon().stop_words:
            words.pop()
        if not words:
            return [], i - 1
        return words, j - 1

    # --- grammar around the figure ----------------------------------------------------------------

    def _governor(self, k: int, lo: int) -> tuple[str, int, str]:
        """What governs the figure at ``k``: ("verb", v, prep), ("share", v, ""), ("of", np_start, ""),
        ("change", v, "up"), ("opens", k, ""), or ("none", -1, "")."""
        key = k * 4096 + lo
        gov = self._governors.get(key)
        if gov is None:
            gov = self._governors[key] = self._governor_of(k, lo)
        return gov

    def _governor_of(self, k: int, lo: int) -> tuple[str, int, str]:
        toks = self._s.toks
        j = k - 1
        if j < lo or toks[j].low in caption_words("clause_openers") or _leads(toks, j, lo):
            return ("opens", k, "")
        tok = toks[j]
        if tok.low == "of" and j - 1 >= lo and _content(toks[j - 1]):
            start = self._np_left(j - 1, lo)
            if toks[j - 1].low in caption_words("level_nouns"):
                if start - 1 < lo:
                    return ("opens", k, "")
                return self._governor(start, lo)
            return ("of", start, "")
        if tok.low == "up" and j - 1 >= lo and toks[j - 1].low in caption_words("share_verbs"):
            return ("share", j - 1, "")  # "made up 45 percent of"
        if tok.low in ("up", "down"):
            return ("change", j, tok.low)
        prep = ""
        if tok.low in caption_words("verb_preps"):
            prep = tok.low
            j -= 1
            if prep == "by" and j - 1 >= lo and _adverb(toks[j].low) and toks[j - 1].low in ("up", "down"):
                j -= 2  # "edged up slightly by 0.5%": the particle and adverb belong to the verb before
                if j >= lo and self._verb(j):
                    return ("change", j + 1, "up_by")
            if j >= lo and toks[j].low in ("up", "down") and prep == "from":
                return ("change", j, "from")
            if j >= lo and prep in ("from", "to"):
                end = self._before_time(j, lo)
                if end - 1 >= lo and toks[end].fig >= 0 and not self._s.is_time(end):
                    verb = end - 2 if toks[end - 1].low == "by" else end - 1  # "will increase by 10 percent to"
                    if verb >= lo and toks[verb].low in lexicon().change_words and self._verb(verb):
                        return ("verb", verb, prep)  # "rose 4% in 2022 to $3.4 billion": "rose" governs both
                if end >= lo and _content(toks[end]) and not self._verb(end):
                    # "increase consumption activity from 35 percent"; "brings the response to the crisis
                    # in Burma to $163 million"; "increased the maximum credit in 2021 to $3,600"
                    start = self._object_start(end, lo)
                    start = start if start >= 0 else self._np_left(end, lo)
                    earlier = start - 1  # "rose 25.1% year-over-year in 2021 to $119.1 billion": "rose" governs both
                    if earlier - 1 >= lo and toks[earlier].fig >= 0 and not self._s.is_time(earlier) \
                            and self._verb(earlier - 1) and toks[earlier - 1].low in lexicon().change_words:
                        return ("verb", earlier - 1, prep)
                    return ("thing", start, prep)
        if j >= lo and toks[j].low in caption_words("share_verbs") and prep == "for":
            return ("share", j, "")
        if prep == "by" and j >= lo and _content(toks[j]) and not self._verb(j):
            start = self._np_left(j, lo)
            if start - 1 >= lo and self._verb(start - 1) and start <= j:
                return ("object_by", start, "by")  # "lowered the price of gasoline by 17 cents"
        if j >= lo and (self._verb(j) or (not prep and (
                self._present_verb(j, lo) or self._infinitive(j, lo) or self._gerund(j)))):
            return ("verb", j, prep)
        if not prep and j - 1 >= lo and toks[j].low in ("a", "an") and self._verb(j - 1) \
                and toks[j - 1].low not in caption_words("copulas"):
            return ("verb", j - 1, "")  # "The ADB approved a $500 million loan": the verb before the article
        if j >= lo and toks[j].text == "," and prep in ("for", ""):
            return ("level_after_comma", j, prep)
        return ("none", -1, "")

    def _decorate(self, gov: tuple[str, int, str], own: list[str], link: str, k: int, lo: int) -> list[str]:
        """The measure from the figure's own phrase (after ``link``) and what governs it."""
        how, at, prep = gov
        toks = self._s.toks
        levels, changes = caption_words("level_verbs"), lexicon().change_words
        if how == "of":
            np = self._words(at, k - 2)
            if len(np) == 1 and np[0].lower() in lexicon().change_words:
                if own and link == "in":
                    return [*np, link, *own]  # "an increase of 10% in cash expenses"
                earlier = self._done_before(self._appositive_comma(at, lo))
                if earlier is not None and not own:
                    return [*np, "in", *earlier.core]  # "was $134.2 billion, an increase of $17.0 billion"
            if own and own[0] == "to" and link == "to":
                return [*np, *own]  # "an agreement of $13.5 billion to settle with victims"
            if own and link in ("for", "on", "toward", "towards") and np and names_measure(np):
                return [*np, link, *own]  # "a loss of $45 million for the quarter", "grants of $5 million for schools"
            if own:
                return own
            before = at - 1  # "One victim reported a loss of $1.5 million"
            if before >= lo and self._verb(before) and _participle(toks[before].low):
                subject = self._subject(before, lo)
                if subject and len(subject) <= _AGENT_WORDS:
                    return [*np, toks[before].text, "by", *subject]
            return np
        if how == "thing":
            return [*self._owner(at, lo), *self._words(at, k - 2)]
        if how == "object_by":
            return [*self._words(at, k - 2), toks[at - 1].text]  # the object and the verb that changed it
        if how == "change":
            listed = self._done_before(at - 1) if at - 1 >= lo and toks[at - 1].text == "," else None
            if listed is not None and toks[at].low in _CHANGE_NOUNS:
                return [_CHANGE_NOUNS[toks[at].low], "in", *listed.core]  # "…, up $23.9 billion from 2020"
            subject = self._subject(at, lo)
            if prep == "from":
                return subject
            return self._changed(subject, at) if subject else own
        if how == "level_after_comma":
            subject = self._subject(at, lo)
            return own or subject
        if how != "verb":
            return own
        verb = toks[at].low
        if verb in caption_words("measure_verbs"):
            subject = self._subject(at, lo)
            return [*subject, toks[at].text] if subject else own  # "program cost"
        counted = bool(own) and self._s.readings[toks[k].fig].kind == "count"
        if verb in levels and verb.endswith("ing") and at - 2 >= lo and toks[at - 1].text == "," \
                and _content(toks[at - 2]) and not self._s.is_time(at - 2):
            start = self._np_left(at - 2, lo)  # "… payments to households, totaling $7.7 billion"
            words = self._words(start, at - 2)
            counted_by = toks[start - 2] if start - 2 >= lo and toks[start - 1].low in lexicon().label_links else None
            if counted_by is not None and counted_by.fig >= 0 and self._s.readings[counted_by.fig].count_words:
                words = [*self._s.readings[counted_by.fig].count_words.split(), toks[start - 1].text, *words]
            return words
        leveled = verb in levels or (verb in changes and prep in ("to", "at", "from")) or prep in ("at", "worth")
        if not counted and leveled:
            subject = self._subject(at, lo)
            return subject or own
        if counted and verb in levels and prep == "at" and link == "":
            subject = self._subject(at, lo)  # "The backlog stood at 8.2 million returns": a backlog of returns
            if subject and names_measure(subject) and not self._pointed and len(subject) <= 4:
                return [*subject, "of", *own]
        if verb in changes:
            subject = self._subject(at, lo)
            return self._changed(subject, at) if subject else own
        if prep == "by" and not own:
            return self._words(self._np_left(at, lo), at) if _content(toks[at]) else own
        if own and verb.endswith("ing") and self._gerund(at) and verb not in levels and verb not in changes:
            if self._chain_start(at, lo) < at:
                subject = self._subject(at, lo)  # "IEA partners are releasing additional barrels"
                if subject and len(subject) <= _AGENT_WORDS:
                    linked = [link] if link and link not in ("in", "of", "worth") else []
                    chain = self._chain(at, lo)
                    if len(chain) < 2:
                        return [*subject, *chain, *linked, *own]  # "Households covering children"
                    done = participle(verb) if not any(w.lower() in _CHAIN_BLOCKS for w in chain) else None
                    if done is None:
                        self._fragment = True  # "they are to be spending on roads": a clause, no noun phrase
                        return [*subject, *chain, *linked, *own]
                    if linked:
                        return [done, *linked, *own, "by", *subject]  # "pledged for flood relief by Donors"
                    return [*own, done, "by", *subject]  # "additional barrels released by IEA partners"
            linked = [link] if link and link not in ("in", "of", "worth") else []  # "spending $3 million on roads"
            return [toks[at].text, *linked, *own]  # "… of releasing barrels from the SPR"
        if own:
            if link in ("for", "on", "toward", "towards") and verb not in caption_words("copulas") \
                    and verb not in caption_words("holding_verbs") and not _says(" ".join(own), verb):
                subject = self._subject(at, lo)  # "requesting $1.1 billion for the agency": what was done for whom
                named = subject if subject and len(subject) <= 4 and self._named(subject) else []
                return [*named, *self._chain(at, lo), link, *own]
            if _participle(verb) and link in ("in", "of", "worth", ""):
                subject = self._subject(at, lo)
                head, rest = _split_link(own)
                if subject and len(subject) <= _AGENT_WORDS and not _says(" ".join(own), " ".join(subject)):
                    done = participle(verb) if verb in lexicon().past_verbs else None  # "gave" -> "given"
                    return [*head, done or toks[at].text, *rest, "by", *subject]
                return [*head, toks[at].text, *rest]
            subject = self._subject(at, lo)
            if subject and len(own) == 1 and link in ("in", "of", "worth", ""):
                chain = self._chain(at, lo)
                if len(chain) < 2 or counted:
                    return [*subject, *chain, *own]  # "Households covering children"
                return [*own, *subject, *chain]  # "investments … sector will receive"
            return own
        subject = self._subject(at, lo)
        chain = self._chain(at, lo)
        if subject:
            return self._done_by(subject, chain, at, k)
        return []

    def _changed(self, subject: list[str], at: int) -> list[str]:
        """'[subject] grew $N' as the change it states: "growth in [subject]" ("were up 2%": "rise in …"); a verb
        with no known noun ("X boosted") is left as it was."""
        low = self._s.toks[at].low
        noun = _CHANGE_NOUNS.get(low) or change_noun(low)
        if noun is None or is_change_noun(subject[0]) or subject[0].lower() in _CHANGE_NOUNS.values():
            return [*subject, self._s.toks[at].text]  # "X boosted", "surge in …": left as it was
        while len(subject) > 1 and subject[0].lower().endswith("ly") and len(subject[0]) > 7:
            subject = subject[1:]  # "Similarly China's outbound FDI rose"
        return [noun, "in", *subject]

    def _done_by(self, subject: list[str], chain: list[str], at: int, k: int) -> list[str]:
        """'[subject] [verb] $N' as a noun phrase: "provided by CPF" ("CPF provides $10 billion"), when the
        figure is the verb's object and the verb group has no modal or infinitive; else the clause, unsure."""
        toks = self._s.toks
        verb = toks[at].low
        clause = [*subject, *chain]
        first = at - len(chain)  # the token before the verb group
        if first >= 0 and toks[first].low == "to" and "for" in subject[:-1]:
            at_for = len(subject) - 1 - subject[::-1].index("for")  # "calls for the United States to provide"
            subject = _strip_article(subject[at_for + 1 :])  # the infinitive's subject: what follows "for"
        helpers = [w.lower() for w in chain[:-1]]
        named = all(w[:1].isupper() or w.lower() in ("and", "of", ",") for w in subject)
        if verb in caption_words("holding_verbs") or (verb.endswith("s") and not helpers and not named) \
                or (verb.endswith("ing") and not helpers):
            return clause  # "assistance includes $77 million …", "potential losses", "…, dropping from 6%"
        done = participle(verb)
        direct = all(_adverb(t.low) for t in toks[at + 1 : k])  # the figure is the verb's object
        if len(helpers) == 1 and helpers[0] in caption_words("modals") and done is not None and direct:
            return ["to", "be", done, "by", *subject]  # "Petrobras would invest $220 billion": to be invested by it
        if any(w in _CHAIN_BLOCKS for w in helpers):
            self._fragment = True  # "… are approved to receive", "plans to invest": a clause, no measure
            return clause
        copulas = caption_words("copulas")
        start = at - len(chain) + 1
        appositive = start - 1 >= 0 and toks[start - 1].text == ","  # "Vermont, allocated $15 million, …": passive
        if done is not None and (verb == done or verb.endswith("ed")) and (not direct or appositive) \
                and all(w in copulas for w in helpers):
            if named:
                self._fragment = True  # "Nebraska approved": a name and what happened, not what is measured
            return [*subject, toks[at].text]  # "matching dessert service was purchased for …": a noun and participle
        if done is not None and direct and not any(w in copulas for w in helpers):
            if not moves_amount(done):
                self._fragment = True  # "sales neared $5 billion": perhaps its level, never "neared by sales"
                return clause
            return [done, "by", *subject]  # "CPF provides $10 billion" -> "provided by CPF"
        self._fragment = True  # "the rate has ranged from …": a clause
        return clause

    def _appositive_comma(self, at: int, lo: int) -> int:
        """The comma before the noun phrase starting at ``at`` (its determiners passed over), or -1."""
        toks = self._s.toks
        j = at - 1
        while j >= lo and toks[j].low in lexicon().determiners:
            j -= 1
        return j if j >= lo and toks[j].text == "," else -1

    def _done_before(self, comma: int) -> _Done | None:
        """The caption of the figure whose phrase (or period) ends right before the comma at ``comma``."""
        if comma <= 0:
            return None
        j = comma - 1
        owner = next((i for i, d in self._done.items() if i <= j <= d.tail), -1)
        return self._done.get(owner) if owner >= 0 else None

    def _coordinated(self, k: int, kind: str, lo: int) -> _Done | None:
        """The earlier figure of the same kind this one is listed with ("…, 10.3 percent in 2010"), if any."""
        toks = self._s.toks
        joins = caption_words("list_joins")
        j = k - 1
        changed = False
        while j >= 0:
            tok = toks[j]
            owner = next((i for i, d in self._done.items() if i < j <= d.tail), -1)
            if owner >= 0:
                j = owner  # a token of an earlier figure's own phrase or period
                continue
            if tok.fig >= 0 and not self._s.is_time(j):
                done = self._done.get(j)
                if done is not None and (done.kind == kind or (j == k - 2 and toks[k - 1].low == "or")):
                    return done  # "an increase of $17.0 billion or 14.5%": one quantity in two units
                if done is not None and changed:
                    j -= 1
                    continue
                return None
            if tok.text == ",":
                opened = self._relative_open(j)
                if opened >= 0:
                    j = opened - 1  # "$1.98 in 2016, which would be the lowest since 2004, and $2.21 in 2017"
                    continue
            if tok.low in joins or tok.text == "(":
                if tok.low == "from" and j > 0 and toks[j - 1].low in ("up", "down"):
                    changed = True
                j -= 1
                continue
            if changed and j >= lo:
                j -= 1
                continue
            return None
        return None

    # --- noun phrases ---------------------------------------------------------------------------

    def _np_right(self, i: int, hi: int) -> tuple[list[str], int]:
        """The noun phrase from token ``i`` (through at most two links), and its last token."""
        toks = self._s.toks
        lex = lexicon()
        out: list[str] = []
        links = 0
        j = i
        last = i - 1
        while j < hi and toks[j].low in lex.determiners:
            j += 1
        while j < hi and len(out) < MAX_WORDS:
            tok = toks[j]
            if self._modifier_time(j, hi):
                out.append(tok.text)  # "the 2021 Child Tax Credit"
                last = j
                j += 1
                continue
            if tok.fig >= 0 and self._small_count(j):
                out.append(tok.text)  # "each child under age 6"
                last = j
                j += 1
                continue
            if tok.fig >= 0 and self._amount_modifier(j, hi):
                last = j
                j += 1  # "of its $4.3 billion debt": an amount inside the phrase, its noun follows
                continue
            if self._s.is_time(j) or (tok.fig >= 0):
                break
            if tok.text == "(":
                close = _close(toks, j, hi)
                if close < 0:
                    break
                j = close + 1
                continue
            if is_punct(tok):
                if tok.text == "," and _list_comma(toks, j, hi):
                    out.append(",")
                    j += 1
                    continue
                break
            if tok.low in lex.stop_words:
                if tok.low in ("and", "or") and out and out[-1][:1].isdigit() and j + 1 < hi \
                        and toks[j + 1].low in caption_words("open_ends"):
                    out.append(f"{tok.text} {toks[j + 1].text}")  # "each child age 6 and above" (kept as one word)
                    last = j + 1
                    j += 2
                    continue
                verb_next = j + 2 < hi and toks[j + 1].low.endswith("s") and toks[j + 1].text.islower() and (
                    toks[j + 2].low in lex.determiners or toks[j + 2].fig >= 0)  # "… of GDP and employs some 600,000"
                if tok.low in ("and", "&") and out and j + 1 < hi and not verb_next and (
                    (_content(toks[j + 1]) and not self._verb(j + 1))
                    or (out[-1][:1].isdigit() and self._small_count(j + 1))
                ):
                    out.append(tok.text)
                    j += 1
                    continue
                if (tok.low not in lex.label_links and tok.low not in _np_links()) or links >= _LINKS or not out:
                    break
                k = j + 1
                while k < hi and toks[k].low in lex.determiners:
                    k += 1
                if k < hi and toks[k].fig >= 0 and self._small_count(k) and not self._s.is_time(k):
                    out.append(tok.text)  # "age 6 to 17"
                    j = k
                    continue
                if k < hi and toks[k].fig >= 0 and not self._s.is_time(k) and self._counted_noun(k):
                    out += [tok.text, toks[k].text]  # "a surplus with its 20 trade agreement partners"
                    last = k
                    links += 1
                    j = k + 1
                    continue
                if tok.low == "in" and k + 1 < hi and toks[k].low == "order" and toks[k + 1].low == "to":
                    break  # "in order to qualify": a purpose clause, not a place
                if k >= hi or not _content(toks[k]) or self._s.is_time(k) or toks[k].fig >= 0:
                    break
                if tok.low == "to" and k == j + 1 and not _noun_start(toks, k, hi):
                    break  # "to promote …": an infinitive, not a place or recipient
                out.append(tok.text)
                links += 1
                j = k
                continue
            agent = j + 2
            while agent < hi and toks[agent].low in lex.determiners:
                agent += 1
            if (out and tok.text.islower() and _participle(tok.low) and agent < hi and links < _LINKS
                    and (toks[j + 1].low == "by" or toks[j + 1].low in lex.label_links)
                    and _content(toks[agent]) and not self._s.is_time(agent)):
                # "programs administered by Treasury", "costs associated with the wildfires": a participle
                # phrase keeps its agent or complement
                out += [tok.text, toks[j + 1].text]
                j = agent
                links += 1
                continue
            last_noun = tok.low.endswith("s") and (j + 1 >= hi or is_punct(toks[j + 1]))  # "in housing costs."
            if out and self._verb(j) and not tok.low.endswith("ed") and not last_noun:
                break
            if out and tok.text.islower() and _ly_adverb(tok.low) and j + 1 < hi and self._verb(j + 1):
                break  # "funding to the IRS conservatively totals": an adverb ends the noun phrase
            if out and self._verb(j) and j + 1 < hi and not is_punct(toks[j + 1]) \
                    and not (_content(toks[j + 1]) or self._small_count(j + 1)):
                break  # a verb with no object ends the phrase; "housing costs." at the clause's end is a noun
            out.append(tok.text)
            last = j
            j += 1
        while out and (out[-1].lower() in lex.stop_words or out[-1] == ","):
            out.pop()
        return _join_commas(out), last

    def _infinitive_at(self, j: int, hi: int) -> bool:
        """True when the word at ``j``, after "to", is a verb: lower case, no function word, no noun phrase's start."""
        toks = self._s.toks
        if j + 1 >= hi or toks[j].fig >= 0 or not toks[j].text.isalpha() or not toks[j].text.islower():
            return False
        return toks[j].low not in lexicon().stop_words and not _noun_start(toks, j, hi) and not self._s.is_time(j)

    def _counted_noun(self, j: int) -> bool:
        """True when the figure at ``j`` is a plain count with its noun ("20 trade agreement partners"), no
        figure of its own that a caption reads."""
        reading = self._s.readings[self._s.toks[j].fig]
        return reading.kind == "count" and bool(reading.count_words) and not in_scope(reading)

    def _opens_clause(self, k: int, lo: int) -> bool:
        """True when only an opening ("In 2021,", "and") and determiners stand before the figure at ``k``."""
        toks, j = self._s.toks, self._after_opener(lo, k)
        while j < k and toks[j].low in lexicon().determiners:
            j += 1
        if j >= k:
            return True
        i = k - 1  # "… announced today that roughly $15 billion were paid": a clause opens at "that"
        while i > lo and toks[i].low in lexicon().determiners and toks[i].low != "that":
            i -= 1
        return toks[i].low == "that" and i > lo and (self._verb(i - 1) or (i - 2 >= lo and self._verb(i - 2)))

    def _passive_after(self, j: int, hi: int) -> tuple[int, int] | None:
        """A passive verb group at ``j`` ("was distributed", "has been paid"): its participle and the token after."""
        toks = self._s.toks
        copula = False
        while j < hi and (toks[j].low in caption_words("auxiliaries") or toks[j].low in caption_words("copulas")):
            copula = copula or toks[j].low in caption_words("copulas")
            j += 1
        while j < hi and _adverb(toks[j].low):
            j += 1
        if not copula or j >= hi or toks[j].fig >= 0 or not _participle(toks[j].low):
            return None
        return j, j + 1

    def _finite(self, j: int, hi: int) -> bool:
        """True when the word at ``j`` is a present-tense verb by its use: an -s form followed by a subject
        pronoun ("… $47.5 million estimates it will connect …")."""
        toks = self._s.toks
        return toks[j].low.endswith("s") and j + 1 < hi and toks[j + 1].low in caption_words("subject_pronouns")

    def _amount_modifier(self, j: int, hi: int) -> bool:
        """True when the figure at ``j`` is an amount modifying the noun after it ("its $4.3 billion debt")."""
        toks, s = self._s.toks, self._s
        if s.is_time(j) or j + 1 >= hi or s.readings[toks[j].fig].kind != "money":
            return False
        nxt = toks[j + 1]
        return _content(nxt) and not self._verb(j + 1) and not s.is_time(j + 1) and nxt.low not in lexicon().label_links

    def _np_left(self, i: int, lo: int) -> int:
        """The first token of the noun phrase ending at token ``i``."""
        toks = self._s.toks
        lex = lexicon()
        start = i + 1  # nothing taken yet
        links = 0
        joined = -1  # the phrase's start when an "and" between two nouns was crossed
        j = i
        closed = False  # a determiner was taken: only a link ("of the …") may continue the phrase
        while j >= lo:
            tok = toks[j]
            if closed and tok.low in ("and", "or") and toks[j + 1].low in _POSSESSIVES and joined < 0 \
                    and self._conjunct_left(j, lo):
                joined = start  # "China and its commercial banks": a noun and what belongs to it, one phrase
                closed = False
                j -= 1
                continue
            if closed and tok.low not in lex.label_links and tok.low not in _np_links():
                break
            closed = False
            if tok.text == ")":
                open_at = _open(toks, j, lo)
                if open_at < 0:
                    break
                j = open_at - 1
                continue
            if self._s.is_time(j):
                time = self._s.time_over(j)
                if time is not None and time.prep and time.first < j and time.first >= lo and start > time.last:
                    j = time.first - 1  # "investments in the State between 2010 and 2016"
                    continue
                if time is not None and not time.prep:
                    start = time.first  # "2010's deficit", "a 2010 consumer price index"
                    j = time.first - 1
                    continue
                break
            if tok.fig >= 0 and j < i and toks[j + 1].text in _QUOTES and any(
                    toks[x].text in _QUOTES for x in range(max(lo, j - 3), j)):
                start = j  # 'Sales of “Detroit 3” cars': a number inside a quoted name
                j -= 1
                continue
            if tok.fig >= 0 and not (j < i and self._counted_noun(j)):
                break
            if tok.fig >= 0:
                start = j  # "trade between the two countries": a plain count inside the phrase
                j -= 1
                continue
            if tok.low == "that" and _complementizer(toks, j):
                break
            if tok.low in lex.determiners:
                start = j
                closed = True
                j -= 1
                continue
            if tok.text in _QUOTES and j - 1 >= lo and start <= i:
                j -= 1  # 'Cases of "significant" cost pressure': quoted words stay in the phrase
                continue
            if is_punct(tok):
                if tok.text == "," and self._list_left(j, lo) and j + 1 != self._after_opener(lo, i):
                    j -= 1
                    continue
                break
            if tok.low in caption_words("reporting_verbs") and j < i and j - 1 >= lo and _content(toks[j - 1]):
                break  # "ERS expects net farm income rose": the clause reported begins after the verb
            if tok.low in caption_words("modifiers"):
                start = j  # "the same method", "other donors"
                j -= 1
                continue
            if tok.low in lex.stop_words:
                if tok.low in ("and", "or") and self._list_left(j, lo):
                    j -= 1
                    continue
                if tok.low in ("and", "or") and start <= i and joined < 0 and self._conjunct_left(j, lo):
                    joined = start  # "trade with Canada and Mexico", "exports of goods and services"
                    j -= 1
                    continue
                linked = tok.low in lex.label_links or tok.low in _np_links()
                if linked and links < _LINKS and j - 1 >= lo and _content(toks[j - 1]):
                    links += 1
                    j -= 1
                    continue
                break
            adjunct = j < i and tok.low in _verbs() and not tok.low.endswith(("ed", "s", "ing")) and (
                j - 1 < lo or toks[j - 1].low in lex.label_links or is_punct(toks[j - 1]))  # "of total revenue"
            if self._verb(j) and not (j - 1 >= lo and toks[j - 1].low in lex.determiners) and not (
                    j - 1 >= lo and toks[j - 1].low in lex.label_links and tok.low.endswith("ed") and j < i) \
                    and not adjunct:
                break  # "of unemployed persons": an -ed word between a preposition and its noun is no verb
            start = j
            j -= 1
        if joined >= 0 and start - 1 >= lo and self._verb(start - 1):
            return joined  # "China built ports and Cambodia received": the first noun is the verb's object
        return start

    def _conjunct_left(self, j: int, lo: int) -> bool:
        """True when the "and" at ``j`` follows a noun (no verb, figure or time) that a phrase may join."""
        toks = self._s.toks
        x = j - 1
        return x >= lo and _content(toks[x]) and not self._verb(x) and toks[x].fig < 0 and not self._s.is_time(x)

    def _before_time(self, j: int, lo: int) -> int:
        """``j``, or the token before a time with a preposition ending at ``j`` ("… credit in 2021")."""
        time = self._s.time_over(j) if self._s.is_time(j) else None
        if time is not None and time.prep and time.last == j and time.first - 1 >= lo:
            return time.first - 1
        return j

    def _object_start(self, end: int, lo: int) -> int:
        """The first token of a verb's whole object ending at ``end`` (through links, "and" and determiners),
        when the walk back meets that verb or the start of a clause; -1 otherwise."""
        toks, s = self._s.toks, self._s
        lex = lexicon()
        joins = lex.label_links | _np_links() | lex.determiners | {"and", "or", "by"}
        x = end
        while x >= lo and end - x < _OBJECT_TOKENS:
            tok = toks[x]
            if tok.text == ")":
                x = _open(toks, x, lo) - 1
                if x < lo - 1:
                    return -1
                continue
            if s.is_time(x):
                time = s.time_over(x)
                if time is None or not time.prep or time.first < lo:
                    return -1
                x = time.first - 1
                continue
            if tok.fig >= 0:
                return -1
            if tok.text == "," or (tok.low in caption_words("clause_openers") and x > lo and toks[x - 1].text == ","):
                return x + 1 if x < end else -1
            if is_punct(tok):
                return -1
            prev = toks[x - 1].low if x > lo else ""
            if tok.low in lex.determiners and x > lo and prev not in joins and _content(toks[x - 1]) \
                    and toks[x - 1].fig < 0 and not s.is_time(x - 1):
                return x  # "This assistance brings the total aid for Syria to …": the object opens at "the"
            if self._verb(x) and prev not in joins:
                if x > lo and _participle(tok.low) and _content(toks[x - 1]) and not self._verb(x - 1) \
                        and x + 1 <= end and (toks[x + 1].low in lex.label_links or toks[x + 1].low == "by"):
                    x -= 1  # "the total contributed by the U.S. government": a participle phrase inside the object
                    continue
                rel = self._relative_start(x, lo)
                if rel >= 0:
                    return self._np_left(rel - 1, lo)  # "the aid that USAID has contributed to Ukraine"
                return x + 1 if x < end else -1
            if tok.low in lex.stop_words and tok.low not in joins:
                return -1
            x -= 1
        if x < lo:
            return lo
        return -1

    def _relative_open(self, comma: int) -> int:
        """The comma opening a ", which …," clause that the comma at ``comma`` closes, or -1."""
        toks = self._s.toks
        for x in range(comma - 2, max(0, comma - 20) - 1, -1):
            tok = toks[x]
            if tok.text == ",":
                return x if toks[x + 1].low in ("which", "who") else -1
            if tok.text in CLAUSE_MARKS or (tok.fig >= 0 and not self._s.is_time(x)):
                return -1
        return -1

    def _owner(self, at: int, lo: int) -> list[str]:
        """Whose a verb's object is when it opens with "its" or "their" ("Maersk has lowered its January quotes
        to $4,800"): the verb's named subject, short; else []."""
        toks = self._s.toks
        if toks[at].low not in ("its", "their") and not (at - 1 >= lo and toks[at - 1].low in ("its", "their")):
            return []
        verb = at - 1 if toks[at].low in ("its", "their") else at - 2
        if verb < lo or not self._verb(verb):
            return []
        subject = self._subject(verb, lo)
        return subject if subject and len(subject) <= 4 and self._named(subject) else []

    def _relative_start(self, verb: int, lo: int) -> int:
        """The relative pronoun ("that", "which") opening the clause whose verb is at ``verb``, right after
        a noun ("aid that USAID has contributed"), or -1."""
        toks = self._s.toks
        for x in range(verb - 1, max(lo, verb - 6) - 1, -1):
            tok = toks[x]
            if tok.low in ("that", "which") and x - 1 >= lo and _content(toks[x - 1]) and not self._verb(x - 1):
                return x
            if tok.fig >= 0 or is_punct(tok) or not (_content(tok) or tok.low in caption_words("auxiliaries")
                                                      or tok.low in lexicon().determiners):
                return -1
        return -1

    def _list_left(self, j: int, lo: int) -> bool:
        """True when the comma or "and" at ``j`` joins a list of single words ("agricultural, fishery, and")."""
        toks = self._s.toks
        x = j - 1
        if x < lo or toks[x].fig >= 0:
            return False
        if toks[x].text == ",":
            x -= 1
        if x < lo or not _content(toks[x]) or self._verb(x) or toks[x].fig >= 0:
            return False
        before = toks[x - 1] if x - 1 >= lo else None
        return before is None or before.text == "," or before.low in lexicon().determiners or (
            _content(before) and not self._verb(x - 1) and before.text[:1].isupper()
        )

    def _subject(self, verb: int, lo: int) -> list[str]:
        """The subject of the verb at ``verb``, resolved through a pronoun and a participle clause."""
        toks = self._s.toks
        i = self._chain_start(verb, lo)
        while i - 1 >= lo and self._s.is_time(i - 1):
            time = self._s.time_over(i - 1)
            if time is None or not time.prep:
                break
            i = time.first  # "but as of May 2014 had climbed"
        relative = self._relative_before(i - 1, lo)
        if relative is not None:
            return relative  # "New Jersey, which disbursed nothing in May, had spent": the noun before "which"
        if toks[i - 1].low in ("which", "who", "that"):
            head = self._relative_head(i - 1, lo)
            if head is not None:
                return head  # "defense spending, which has grown by $130 billion": the noun the clause is about
        if i - 1 < lo and lo >= 2 and toks[lo - 1].text in ("—", "–") and toks[i].low.endswith("ing"):
            before = toks[lo - 2]  # "39 million households — covering 88 percent of children —"
            if before.fig >= 0 and self._s.readings[before.fig].count_words and not self._s.is_time(lo - 2):
                return [before.text]
            if _content(before) and before.fig < 0:
                return self._words(self._np_left(lo - 2, 0), lo - 2)[:_SUBJECT_WORDS]
        if i - 1 < lo or toks[i - 1].text == "," or toks[i - 1].low in caption_words("clause_openers"):
            # "…, accounting for 15%", "and has received": the main clause's subject
            main = self._main_verb(lo, i - 1)
            if main is not None and main < verb:
                return self._subject(main, lo)
            appositive = i - 2 >= lo and toks[i - 1].text == "," and i == verb and _participle(toks[verb].low)
            if appositive and _content(toks[i - 2]) and not self._verb(i - 2):
                start = self._np_left(i - 2, lo)  # "Arkansas, approved for $47.5 million, …": the noun before
                return self._words(start, i - 2)[:_SUBJECT_WORDS]
            return []
        if uncontracted(toks[i - 1].low) in caption_words("pronouns"):
            start = i - 1
            if start - 2 >= lo and toks[start - 1].low == "that" and toks[start - 2].text.isalpha():
                return self._subject(start - 2, lo)  # "Petrobras announced that it would invest"
            return []
        if toks[i - 1].low == "to" and i - 2 >= lo and _content(toks[i - 2]):
            # "used the same method to steal": the infinitive's subject is the clause's, not "method";
            # "for the United States to provide": the noun after "for" is
            start = self._np_left(i - 2, lo)
            if start - 1 >= lo and self._verb(start - 1):
                return self._subject(start - 1, lo)
            return self._words(start, i - 2)[:_SUBJECT_WORDS]
        inside = i - 2 >= lo and (toks[i - 2].low in lexicon().determiners or toks[i - 2].low in lexicon().label_links)
        if toks[i - 1].fig >= 0 and self._s.readings[toks[i - 1].fig].count_words and not self._s.is_time(i - 1) \
                and not (inside and self._counted_noun(i - 1)):
            return [toks[i - 1].text]  # "three jurisdictions assisted": a count with its noun is the subject
        if toks[i - 1].fig >= 0 and not self._s.is_time(i - 1) and self._counted_noun(i - 1):
            return self._words(self._np_left(i - 2, lo), i - 1)[:_SUBJECT_WORDS]  # "trade between the two countries"
        start = self._np_left(i - 1, lo)
        if self._after_figure(start, lo):
            return []  # "… to provide $80 billion of funding to the IRS totals …": the subject's head lies before
        words = self._words(start, i - 1)
        if start <= i - 1 and toks[start].low in caption_words("demonstratives"):
            # "that percentage" -> "percentage"; "these three jurisdictions" -> "three jurisdictions"
            if words and words[0] == toks[start].text:
                words = words[1:]
            nxt = toks[start + 1].low if start + 1 < len(toks) else ""
            dated = nxt.startswith(tuple(time_words().units))  # "this year’s budget": a time, not a pointer
            if toks[start].low != "that" and not dated:
                self._pointed = True  # "this program is projected to cost …": which program, another sentence says
            return words[:_SUBJECT_WORDS] if names_measure(words) else []
        return words[:_SUBJECT_WORDS]

    def _relative_head(self, rel: int, lo: int) -> list[str] | None:
        """The noun phrase a relative pronoun at ``rel`` opens a clause about ("spending, which …",
        "firms that …"), or None when the pronoun follows no noun ("said that …")."""
        toks = self._s.toks
        end = rel - 1
        if end >= lo and toks[end].text == ",":
            end -= 1
        if end < lo or not _content(toks[end]) or self._verb(end) or toks[end].fig >= 0 or self._s.is_time(end):
            return None
        if toks[rel].low == "that" and _complementizer(toks, rel):
            return None
        words = self._words(self._np_left(end, lo), end)[:_SUBJECT_WORDS]
        return words or None

    def _after_figure(self, start: int, lo: int) -> bool:
        """True when the noun phrase opening at ``start`` is the phrase of an amount before it
        ("$80 billion of funding"): only the tail of a longer subject."""
        toks, s = self._s.toks, self._s
        j = start - 1
        if j >= lo and toks[j].low in lexicon().label_links:
            j -= 1
        return j >= lo and j < start and toks[j].fig >= 0 and not s.is_time(j) and in_scope(s.readings[toks[j].fig])

    def _relative_before(self, comma: int, lo: int) -> list[str] | None:
        """The noun phrase a comma-closed relative clause ending at ``comma`` belongs to ("X, which …,"), or None."""
        toks = self._s.toks
        if comma < lo or toks[comma].text != ",":
            return None
        for j in range(comma - 1, max(lo, comma - 25) - 1, -1):
            if toks[j].text == "," and j + 1 < comma and toks[j + 1].low in ("which", "who"):
                if j - 1 >= lo and _content(toks[j - 1]) and not self._verb(j - 1):
                    return self._words(self._np_left(j - 1, lo), j - 1)[:_SUBJECT_WORDS] or None
                return None
            if toks[j].text in CLAUSE_MARKS:
                return None
        return None

    def _chain_start(self, verb: int, lo: int) -> int:
        """The first token of the verb group ending at ``verb`` ("is expected to grow", "had climbed")."""
        toks = self._s.toks
        i = verb
        while i - 1 >= lo:
            prev = toks[i - 1]
            if prev.low in caption_words("auxiliaries") or (prev.low == "to" and i - 2 >= lo and self._verb(i - 2)):
                i -= 1
                continue
            before = toks[i - 2] if i - 2 >= lo else None
            if prev.low == "to" and before is not None and before.text.islower() and before.low.endswith(("s", "ed")):
                i -= 2  # "plans to invest", "aims to increase"
                continue
            if _adverb(prev.low):
                i -= 1
                continue
            if prev.low == "far" and before is not None and before.low == "so":
                i -= 2  # "Teams have so far surveyed": an adverb of two words
                continue
            if self._verb(i - 1) and prev.low.endswith("ed") and toks[i].low == "to":
                i -= 1
                continue
            break
        return i

    def _chain(self, verb: int, lo: int) -> list[str]:
        toks = self._s.toks
        start = self._chain_start(verb, lo)
        return [t.text for t in toks[start : verb + 1] if t.low not in caption_words("adverbs")]

    def _main_verb(self, lo: int, hi: int) -> int | None:
        """The first verb of the clause ``[lo, hi)`` after any opening phrase."""
        toks = self._s.toks
        start = self._after_opener(lo, hi)
        for j in range(start, hi):
            if toks[j].text == ",":
                continue
            if self._verb(j) and j > start:
                return j
        return None

    def _after_opener(self, lo: int, hi: int) -> int:
        """The first token after an opening phrase ("In 2013,", "Despite …,") of a clause."""
        toks = self._s.toks
        j = lo
        while j < hi and (toks[j].low in caption_words("clause_openers") or is_punct(toks[j])):
            j += 1
        if j < hi and (toks[j].low in caption_words("opener_words") or self._s.is_time(j)):
            for x in range(j, min(hi, j + 20)):
                if toks[x].text == ",":
                    return x + 1
        return j

    def _whom_opener(self, lo: int) -> list[str]:
        """A "For …," phrase opening the sentence: for whom the figure holds."""
        toks = self._s.toks
        j = 0
        while j < len(toks) and (toks[j].low in caption_words("clause_openers") or is_punct(toks[j])):
            j += 1
        if j >= len(toks) or toks[j].low != "for" or (j >= lo and lo > 0):
            return []
        end = j + 1
        while end < len(toks) and toks[end].text != "," and end - j < 12:
            end += 1
        if end >= len(toks) or toks[end].text != ",":
            return []
        words = [t.text for t in toks[j + 1 : end] if not is_punct(t)]
        while words and words[0].lower() in lexicon().determiners:
            words = words[1:]
        return ["for", *words] if words else []

    def _whom_after(self, i: int, hi: int) -> tuple[list[str], int]:
        """A "for …" phrase right after a figure ("half for the United States")."""
        toks = self._s.toks
        each: list[str] = []
        if i + 2 < hi and toks[i].low == "per" and _content(toks[i + 1]) and toks[i + 2].low in ("for", "among"):
            each, i = ["per", toks[i + 1].text], i + 2  # "$3,000 per child for children between ages 6 and 17"
        if i < hi and toks[i].low in ("for", "among", "from", "through", "via", "under") and not self._s.is_time(i + 1):
            words, end = self._np_right(i + 1, hi)
            if words:
                return [*each, toks[i].low, *words], end
        return [], i - 1 - len(each)

    def _words(self, start: int, end: int) -> list[str]:
        """Tokens ``start..end`` as caption words: no parentheses, times, leading determiners or trailing stops."""
        toks = self._s.toks
        lex = lexicon()
        out: list[str] = []
        depth = 0
        j = start
        while j <= end:
            tok = toks[j]
            if tok.text == "(":
                short = self._abbreviation(j, start, end)
                if short is not None and short[0] <= len(out):
                    del out[len(out) - short[0] :]  # "International Energy Agency (IEA) partners" -> "IEA partners"
                    out.append(toks[j + 1].text)
                    j += 3
                    continue
                depth += 1
            elif tok.text == ")":
                depth = max(0, depth - 1)
            elif depth == 0:
                time = self._s.time_over(j)
                if time is not None and time.first == j < time.last and not time.prep and time.last < end \
                        and _content(toks[time.last + 1]) and not self._verb(time.last + 1):
                    out.extend(t.text for t in toks[j : time.last + 1])  # "second quarter GDP"
                    j = time.last + 1
                    continue
                if time is not None and not self._modifier_time(j, end + 1):
                    if out and out[-1].lower() == time.prep:
                        out.pop()
                    j = time.last + 1
                    continue
                if (tok.fig < 0 and (not is_punct(tok) or tok.text == ",")) or (
                    tok.fig >= 0 and (self._small_count(j) or self._s.is_time(j) or self._counted_noun(j))
                ):
                    out.append(tok.text)
            j += 1
        while out and (out[0].lower() in lex.determiners or out[0].lower() in lex.stop_words or out[0] == ","):
            out = out[1:]
        while out and (out[-1].lower() in lex.stop_words or out[-1] == ","):
            out.pop()
        return _join_commas(out)

    def _abbreviation(self, j: int, start: int, end: int) -> tuple[int] | None:
        """When "(" at ``j`` holds only the initials of the name just before it ("International Energy Agency
        (IEA)", "U.S. Agency for International Development (USAID)"): how many of the name's tokens to drop."""
        toks = self._s.toks
        if j + 2 > end or toks[j + 2].text != ")" or toks[j + 1].fig >= 0:
            return None
        short = toks[j + 1].text
        if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
            return None
        initials = ""
        i = j - 1
        while i >= start and len(initials) < len(short):
            word = toks[i].text
            if word[:1].isupper():
                initials = "".join(c for c in word if c.isupper()) + initials
            elif toks[i].low not in ("of", "for", "and", "on", "the"):
                return None
            i -= 1
        return (j - 1 - i,) if initials == short and toks[i + 1].text[:1].isupper() else None

    # --- word tests -----------------------------------------------------------------------------

    def _named(self, words: list[str]) -> bool:
        """True when a subject names someone ("the U.S.", "China's middle class"), not a kind ("Members")."""
        first = next((t.text for t in self._s.toks if not is_punct(t)), "")
        for i, word in enumerate(words):
            if not word[:1].isupper():
                continue
            plural = word.endswith("s") and not word.isupper() and not word.endswith(("’s", "'s"))
            if not (i == 0 and word == first and plural):
                return True
        return False

    def _infinitive(self, j: int, lo: int) -> bool:
        """A verb after "to" right before a figure ("used the method to steal $700,000")."""
        toks = self._s.toks
        tok = toks[j]
        return (
            j - 1 >= lo
            and toks[j - 1].low == "to"
            and tok.fig < 0
            and tok.text.isalpha()
            and tok.text.islower()
            and tok.low not in lexicon().stop_words
        )

    def _gerund(self, j: int) -> bool:
        """An "-ing" verb right before a figure, its object ("releasing 180 million barrels"); not a
        preposition-like participle ("including $5 million")."""
        toks = self._s.toks
        tok = toks[j]
        return (
            tok.fig < 0 and tok.text.isalpha() and tok.text.islower() and tok.low.endswith("ing") and len(tok.low) > 5
            and tok.low not in lexicon().stop_words and tok.low not in caption_words("prepositional_participles")
            and j > 0 and (toks[j - 1].low in lexicon().stop_words or toks[j - 1].text in ("—", "–"))
            # "of releasing", "are releasing", "— covering 88 percent of children —"; not
            # "households covering 88 percent", where the noun before says what is measured
        )

    def _present_verb(self, j: int, lo: int) -> bool:
        """A present-tense verb right before a figure, after its subject ("the fund gives $2 million")."""
        toks = self._s.toks
        tok = toks[j]
        return (
            tok.fig < 0
            and tok.text.isalpha()
            and tok.text.islower()
            and not tok.low.endswith(("ss", "ly"))
            and tok.low not in lexicon().stop_words
            and j - 1 >= lo
            and (
                (_content(toks[j - 1])
                 and (toks[j - 1].low.endswith("s") or toks[j - 1].text[:1].isupper() or tok.low.endswith("s")))
                or self._counted_subject(j - 1)
            )
        )

    def _counted_subject(self, j: int) -> bool:
        """A count with its noun at ``j`` ("the two countries"), no time: a subject a present verb may follow."""
        tok = self._s.toks[j]
        return tok.fig >= 0 and bool(self._s.readings[tok.fig].count_words) and not self._s.is_time(j)

    def _modifier_time(self, j: int, hi: int) -> bool:
        """A year written before a noun it dates, with no preposition ("the 2021 Child Tax Credit")."""
        toks = self._s.toks
        time = self._s.time_over(j)
        return (
            time is not None
            and time.first == time.last == j
            and not time.prep
            and j + 1 < hi
            and _content(toks[j + 1])
            and not self._s.is_time(j + 1)
            and not self._verb(j + 1)
        )

    def _small_count(self, j: int) -> bool:
        """A number in a noun phrase that is no figure of its own ("age 6", "ages 6 to 17")."""
        if self._s.toks[j].fig < 0:
            return False
        reading = self._s.readings[self._s.toks[j].fig]
        kind = reading.inner if reading.kind == "range" else reading.kind
        return kind == "count" and not reading.unit and not reading.scaled and reading.value < 1000

    def _verb(self, i: int) -> bool:
        """A rough verb test: auxiliaries, listed verbs, "-ed" words not after a determiner, verbs after a modal."""
        seen = self._verbs_seen.get(i)
        if seen is None:
            seen = self._verbs_seen[i] = self._verb_test(i)
        return seen

    def _verb_test(self, i: int) -> bool:
        toks = self._s.toks
        tok = toks[i]
        low = tok.low
        if tok.fig >= 0 or not low.isalpha() or not tok.text.islower():
            return False
        prev = toks[i - 1].low if i > 0 else ""
        after_det = (
            prev in lexicon().determiners
            or (i > 0 and toks[i - 1].fig >= 0 and not self._s.is_time(i - 1)
                and not self._s.readings[toks[i - 1].fig].count_words)  # "three jurisdictions assisted": a verb
            or prev.endswith(("’s", "'s"))
        )
        if low in caption_words("auxiliaries") or low in caption_words("copulas"):
            return True
        if after_det:
            return False
        if prev in caption_words("modals") or (prev == "to" and low in _verbs()):
            return True
        if low in _verbs() or low in lexicon().past_verbs:
            return True
        if low.endswith("ed") and (len(low) > 4 or (len(low) == 4 and low[1] != "e")):
            return True  # "reported", "used" (not "need", "seed")
        if low.endswith("ing") and len(low) > 5 and i > 0 and toks[i - 1].text == ",":
            return True
        return low.endswith("s") and _adverb(prev)

    # --- period and rate ------------------------------------------------------------------------

    def _period(self, k: int, lo: int, hi: int, used: int) -> Time | None:
        """The time the figure at ``k`` holds for."""
        s = self._s
        toks = s.toks
        # 1. after the figure and its phrase, before another figure or a verb
        j = k + 1
        while j < hi and j <= max(used, k) + 8:
            time = s.time_at(j)
            if time is not None and not (j <= used and self._modifier_time(j, hi)):
                return time
            if s.is_time(j) and not (j <= used and self._modifier_time(j, hi)):
                time = s.time_over(j)
                if time is not None and time.first > k:
                    return time
            tok = toks[j]
            if tok.text == "(":
                close = _close(toks, j, hi)
                if close > 0:
                    used = max(used, close)
                    j = close + 1
                    continue
            if tok.low == "or" and j == k + 1 and j + 1 < hi and toks[j + 1].fig >= 0:
                j += 2  # "an increase of $17.0 billion or 14.5% from 2020": one quantity, one period
                used = max(used, j - 1)
                continue
            if tok.fig >= 0 or (tok.text == "," and j > used) or (j > used + 1 and self._verb(j)):
                break
            j += 1
        # 2. inside the phrase the measure came from, or the clause before the figure
        best: Time | None = None
        for time in s.times:
            if time.last >= k or time.first < lo:
                continue
            if self._attached_to_other(time):
                continue
            best = time
        if best is not None:
            return best
        # 3. opening the sentence (the span handed in may hold more than one)
        opens = k
        while opens > 0 and toks[opens - 1].text != ".":
            opens -= 1
        for time in s.times:
            if opens <= time.first <= opens + 2 and time.last < k and not self._attached_to_other(time):
                return time
        # 4. the clause's one time that belongs to no other figure ("…, the IMF said in 2023")
        free = [t for t in s.times if lo <= t.first and t.last < hi and not self._attached_to_other(t)]
        if len(free) == 1 and not (free[0].first <= k <= free[0].last) and not self._amount_between(k, free[0].first) \
                and not self._in_trailing_phrase(k, free[0].first):
            return free[0]
        return None

    def _in_trailing_phrase(self, k: int, first: int) -> bool:
        """True when the time at ``first`` stands in a verbless phrase after a comma that follows the figure
        ("raised rates by 0.75 percentage point, the largest increase since 1994"): it dates that phrase."""
        toks = self._s.toks
        comma = next((x for x in range(k + 1, first) if toks[x].text == ","), -1)
        finite = caption_words("reporting_verbs") | caption_words("copulas") | caption_words("auxiliaries")
        return comma >= 0 and not any(
            toks[x].low in finite or (self._verb(x) and toks[x].low.endswith("ed")) for x in range(comma + 1, first))

    def _borrowed_core(self, k: int) -> list[str] | None:
        """The caption words of an earlier figure of the sentence that the figure at ``k`` took as its own."""
        cores = [d.core for i, d in self._done.items() if i < k]
        return cores[-1] if cores else None

    def _in_appositive(self, k: int, lo: int) -> bool:
        """True when the figure at ``k`` stands in an appositive that describes the noun before its comma
        ("… the South China Sea, a thoroughfare for roughly 30 percent of global maritime trade"): what it is
        a share of is said, but of which place or thing only the words before the comma say."""
        toks = self._s.toks
        for j in range(k - 1, lo - 1, -1):
            tok = toks[j]
            if tok.text == ",":
                return j + 2 < k and toks[j + 1].low in ("a", "an") and j - 1 >= lo and toks[j - 1].fig < 0 \
                    and toks[j - 1].text[:1].isupper()
            if tok.fig >= 0 or is_punct(tok) or self._verb(j):
                return False
        return False

    def _in_opening_phrase(self, k: int) -> bool:
        """True when the figure at ``k`` stands inside a phrase opening the sentence before its main clause
        ("Through tax credits and more than $50 billion in direct investments, the CHIPS Act is aimed at …"):
        whose amount it is, the main clause says, not the caption."""
        toks = self._s.toks
        if not toks or toks[0].low not in _OPENING_PREPS:
            return False
        for j in range(1, len(toks)):
            if toks[j].text == ",":
                return j > k
            if toks[j].text in CLAUSE_MARKS or (toks[j].fig < 0 and self._verb(j)):
                return False
        return False

    def _shared_period(self, k: int, lo: int) -> Time | None:
        """The time of the verb that governs the figure at ``k`` when it stands between that verb and the
        figure, after another figure of the verb ("rose 25.1% in 2021 to $119.1 billion"); else None."""
        how, verb, _ = self._governor(k, lo)
        if how not in ("verb", "change") or verb < 0:
            return None
        inside = [t for t in self._s.times if verb < t.first and t.last < k]
        if inside:
            return inside[0] if len(inside) == 1 else None
        return self._joined_period(verb, lo)

    def _joined_period(self, verb: int, lo: int) -> Time | None:
        """The one time of the clause joined by ", and" before the clause of a past-tense ``verb`` when the
        figure's own clause has none ("Employment rose by 252,000 in September, and the rate declined to
        3.9 percent"); else None."""
        toks, s = self._s.toks, self._s
        if not _participle(toks[verb].low):
            return None
        start = self._chain_start(verb, lo)
        for j in range(start - 1, lo, -1):
            if toks[j].low == "and" and toks[j - 1].text == ",":
                before = [t for t in s.times if lo <= t.first and t.last < j - 1]
                stop = next((x for x in range(verb, len(toks)) if toks[x].text == "," or toks[x].text in CLAUSE_MARKS),
                            len(toks))
                after = [t for t in s.times if j < t.first < stop]  # not an attribution's ("…, officials said today")
                past = any(_participle(toks[x].low) and self._verb(x) for x in range(lo, j - 1))
                return before[0] if len(before) == 1 and not after and past else None
            if toks[j].text in CLAUSE_MARKS or toks[j].fig >= 0:
                return None
        return None

    def _amount_between(self, k: int, first: int) -> bool:
        """True when another amount stands between the figure at ``k`` and a later time at ``first``
        (the time is that amount's: "$80 billion … totals $400 billion over the next decade")."""
        s = self._s
        between = [x for x in range(k + 1, first)
                   if s.toks[x].fig >= 0 and not s.is_time(x) and in_scope(s.readings[s.toks[x].fig])]
        if between and self._apposed(k) and k + 2 < first and s.toks[k + 2].low == "and" \
                and all(self._apposed(x) for x in between):
            return False  # "the number of idle workers, 5.5 million, and the idle rate, 3.9 percent, fell in May"
        return bool(between)

    def _apposed(self, x: int) -> bool:
        """A figure set off by commas after a noun ("the number of idle workers, 5.5 million,")."""
        toks = self._s.toks
        return x >= 2 and x + 1 < len(toks) and toks[x - 1].text == "," and toks[x + 1].text == "," \
            and _content(toks[x - 2])

    def _attached_to_other(self, time: Time) -> bool:
        """True when a time follows another figure closely (its own period, not the sentence's)."""
        toks = self._s.toks
        after = time.last + 1
        if not time.prep and time.first < time.last and after < len(toks) and _content(toks[after]) \
                and not self._verb(after) and not (time.first and toks[time.first - 1].low in lexicon().determiners):
            return True  # "second quarter GDP": the period of that noun, not of the sentence
        j = time.first - 1
        steps = 0
        while j >= 0 and steps < 5:
            tok = toks[j]
            if tok.fig >= 0 and not self._s.is_time(j):
                return in_scope(self._s.readings[tok.fig]) or self._s.readings[tok.fig].kind == "count"
            if is_punct(tok) or self._verb(j):
                return False
            j -= 1
            steps += 1
        return False

    def _rate(self, reading: Reading, k: int, hi: int) -> str:
        """The unit of time of a rate ("per month", "each year", "annually"), or ""."""
        if reading.kind in ("money", "range") and reading.raw_unit not in ("", "-", "in", "pp", "bp", "s"):
            return reading.raw_unit
        toks = self._s.toks
        j = k + 1
        if j + 1 < hi and toks[j].low in ("to", "and") and toks[j + 1].fig >= 0 and not self._s.is_time(j + 1):
            other = self._s.readings[toks[j + 1].fig]
            if other.kind == reading.kind:  # "17 cents to 42 cents per gallon": the range's second amount's rate
                if other.raw_unit != reading.raw_unit and other.kind in ("money", "range"):
                    return self._rate(other, j + 1, hi)
                j += 2
        if j < hi and toks[j].low in caption_words("rate_adverbs"):
            return caption_words_map()[toks[j].low]
        if j + 1 < hi and toks[j].low in ("each", "every", "per", "a") and toks[j + 1].low in time_words().units:
            return toks[j + 1].low
        if j + 1 < hi and toks[j].low == "per" and _content(toks[j + 1]):
            if j + 2 < hi and _content(toks[j + 2]) and toks[j + 1].low.endswith("ed") and not self._verb(j + 2):
                return f"{toks[j + 1].low} {toks[j + 2].low}"  # "$2.75 per diluted share"
            return toks[j + 1].low  # "42 cents per gallon", "1.3 million barrels per day"
        return ""


def caption_words_map() -> dict[str, str]:
    """Rate adverbs and their unit ("annually" -> "year")."""
    return {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}


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
