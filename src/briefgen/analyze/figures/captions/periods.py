"""The period a caption states (the sentence's time tied to the figure) and the unit of a rate."""

from __future__ import annotations

from functools import cache

from ..clauses import CLAUSE_MARKS, Time, caption_firsts, caption_words, is_punct, time_words
from ..lexicon import lexicon
from ..types import Reading
from .grammar import (
    _SINCE_TOKENS,
    _close,
    _content,
    _participle,
    in_scope,
    rate_units,
)
from .phrases import _Phrases


@cache
def _standing_phrases() -> tuple[list[str], ...]:
    """The phrases that date a total up to the text's time ("to date", "so far"), as lower-case words."""
    return tuple(phrase.split() for phrase in caption_words("standing_times"))


class _Periods(_Phrases):
    """Which time a figure holds for, and the unit of a rate."""

    __slots__ = ()

    def _coordinated_time(self, verb: int, hi: int) -> Time | None:
        """The time right after the figure that the verb at ``verb`` (after "and") takes as its object, when that
        time ends the clause: the period both verbs of the coordination share; None otherwise."""
        s, toks = self._s, self._s.toks
        x = verb + 1
        while x < hi and toks[x].low in lexicon().determiners:
            x += 1
        if x >= hi or toks[x].fig < 0 or s.is_time(x):
            return None
        y = x + 1
        while y < hi and not s.is_time(y) and not is_punct(toks[y]) and toks[y].fig < 0 and y <= x + 6:
            y += 1
        time = s.time_at(y) if y < hi else None
        if time is None or not (time.last + 1 >= hi or is_punct(toks[time.last + 1])):
            return None
        return time

    def _new_level_then_base(self, k: int, j: int, hi: int) -> bool:
        """True when the figure at ``k`` is a change and token ``j``, right after it, opens its new level ("to
        $188.2 billion") followed by a "from" time: that time is the base the change is counted from."""
        s, toks = self._s, self._s.toks
        return (j == k + 1 and j + 2 < hi and toks[j].low == "to" and toks[j + 1].fig >= 0
                and not s.is_time(j + 1) and toks[j + 2].low == "from" and s.time_at(j + 2) is not None)

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
            if tok.text == "," and j == k + 1 and j + 3 < hi and toks[j + 1].low == "or" and toks[j + 2].fig >= 0 \
                    and toks[j + 3].text == ",":
                j += 4  # "decreased $2.1 billion, or 1.0 percent, in July": the amount restated, then its period
                used = max(used, j - 1)
                continue
            if tok.low == "or" and j == k + 1 and j + 1 < hi and toks[j + 1].fig >= 0:
                j += 2  # "an increase of $17.0 billion or 14.5% from 2020": one quantity, one period
                used = max(used, j - 1)
                continue
            if self._new_level_then_base(k, j, hi):
                return s.time_at(j + 2)  # "increased $600 million to $188.2 billion from August": the change's base
            if j > used + 1 and self._verb(j) and toks[j - 1].low == "and":
                shared = self._coordinated_time(j, hi)
                if shared is not None:
                    return shared  # "have made over 1.4 million payments … and distributed $7.7 billion since
                    # January": the time closing the second verb's phrase holds for both
            if tok.fig >= 0 or (tok.text == "," and j > used) or (j > used + 1 and self._verb(j)):
                break
            if j > used and tok.low in ("and", "but") and self._opens_own_phrase(j + 1, hi):
                return None  # "… 9.7 million registered voters and also the highest turnout … over the last 20
                # years": the time is the next phrase's
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

    def _opens_own_phrase(self, j: int, hi: int) -> bool:
        """True when a noun phrase with its own article starts at ``j`` after an adverb ("also the highest
        turnout"): a second thing added after the figure's, with what follows its own."""
        toks = self._s.toks
        start = j
        while j < hi and toks[j].low in caption_words("adverbs"):
            j += 1
        return start < j and j + 1 < hi and toks[j].low in ("the", "a", "an") and not self._s.is_time(j)

    def _in_trailing_phrase(self, k: int, first: int) -> bool:
        """True when the time at ``first`` stands in a verbless phrase after a comma that follows the figure
        ("raised rates by 0.75 percentage point, the largest increase since 1994"): it dates that phrase."""
        toks = self._s.toks
        comma = next((x for x in range(k + 1, first) if toks[x].text == ","), -1)
        finite = caption_words("reporting_verbs") | caption_words("copulas") | caption_words("auxiliaries")
        return comma >= 0 and not any(
            toks[x].low in finite or (self._verb(x) and toks[x].low.endswith("ed")) for x in range(comma + 1, first))

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
                reading = self._s.readings[tok.fig]  # not a small count ("for these four crises since 2017")
                return in_scope(reading) or (reading.kind == "count" and (reading.scaled or reading.value >= 100))
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
            return rate_units()[toks[j].low]
        if j + 1 < hi and toks[j].low in ("each", "every", "per", "a") and toks[j + 1].low in time_words().units:
            return toks[j + 1].low
        if j + 1 < hi and toks[j].low == "per" and _content(toks[j + 1]):
            if j + 2 < hi and _content(toks[j + 2]) and toks[j + 1].low.endswith("ed") and not self._verb(j + 2):
                return f"{toks[j + 1].low} {toks[j + 2].low}"  # "$2.75 per diluted share"
            return toks[j + 1].low  # "42 cents per gallon", "1.3 million barrels per day"
        return ""

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

    def _standing_time(self, k: int, lo: int, hi: int) -> Time | None:
        """A phrase dating a total up to the text's own time ("to date", "so far") opening the sentence or
        standing in the figure's clause ("To date, USAID has provided a total of $24.2 million"): its period."""
        toks = self._s.toks
        firsts = caption_firsts("standing_times")
        for x in (*range(lo, hi), 0):
            if toks[x].low not in firsts:
                continue  # most tokens: no phrase starts here
            for phrase in _standing_phrases():
                n = len(phrase)
                if x + n <= len(toks) and all(toks[x + i].low == w for i, w in enumerate(phrase)) \
                        and not (x <= k < x + n):
                    if x == 0 and lo > 0 and toks[n].text != ",":
                        continue  # the sentence's opener only when set off by its comma
                    return Time(x, x + n - 1, "", " ".join(phrase))
        return None

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
