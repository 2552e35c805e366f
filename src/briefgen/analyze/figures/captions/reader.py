"""The caption of each figure: the measure's words, for whom, the period, and whether it is complete."""

from __future__ import annotations

from ...actors.countries import country_name
from ..clauses import Time, caption_firsts, caption_words, is_punct, time_words
from ..complete import names_measure
from ..fragments import (
    broken_off,
    change_noun,
    gives_amount,
    has_role_noun,
    is_change_noun,
    moves_amount,
    participle,
)
from ..lexicon import lexicon
from ..respective import respective_item
from ..types import Reading
from .checks import _Checks
from .grammar import (
    _AGENT_WORDS,
    _CHAIN_BLOCKS,
    _CHANGE_NOUNS,
    _PARTIES,
    MAX_WORDS,
    _additives,
    _adverb,
    _content,
    _Done,
    _fit,
    _noun_start,
    _np_links,
    _participle,
    _period_text,
    _rate_word,
    _says,
    _split_link,
    _strip_article,
    _trim,
    _value_links,
)


def _cut_short(words: list[str]) -> bool:
    """True when ``words`` run past the caption's room and the cut falls inside a noun phrase: the first word cut
    is no link or function word ("… expended by state and local | governments", "… Child Tax | Credit")."""
    if len(words) <= MAX_WORDS:
        return False
    first = words[MAX_WORDS].lower().strip(",")
    return first not in lexicon().stop_words and names_measure([first])


def _without_agent(core: list[str]) -> list[str]:
    """``core`` without the participle and "by" agent the caption reader added to it ("additional humanitarian aid
    provided by USAID" -> "additional humanitarian aid"): by whom comes after for whom when room is short."""
    by = max((i for i, w in enumerate(core) if w == "by"), default=-1)
    done = next((i for i in range(by - 1, 0, -1) if _participle(core[i].lower())), -1) if by > 1 else -1
    if done < 1 or not names_measure(core[:done]):
        return core
    return [*core[:done], *core[done + 1 : by]]


_ELIDED_WORDS = 2
"""How many modifiers a noun said again bare may take back from its first mention."""
_LIST_STEPS = 6
"""How many listed figures back a figure may look for the verb its list shares."""
_OPENER_TOKENS = 24
"""How far into a sentence its opening phrase's comma may stand for that phrase to say whom its figures serve."""



class Caption(_Checks):
    """Captions of one sentence's figures, made in order (later figures may share earlier ones' measure)."""

    __slots__ = ()

    def label(self, index: int) -> str | None:
        """The caption of the sentence's reading ``index``, or None."""
        s = self._s
        self.complete = False
        listed: _Done | None = None
        self._pointed = False
        self._relative = False
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
        valued = self._valued(k, lo) if kind == "money" else None
        if valued:
            core, whom = valued, []  # "103,000 loans to family farmers totaling $14.6 billion"
        paired = respective_item(s.toks, k, self._verb) if self._respective(k, len(s.toks)) else None
        if paired:
            if len(core) > 2 and is_change_noun(core[0]) and core[1] == "in" and not is_change_noun(paired[0]):
                paired = [core[0], "in", *paired]  # "rice and wheat exports rose 5% and 7%": rise in each
            core, whom = paired, []  # "growth in A and B, up 7.8% and 8.7% respectively": A's, then B's
            if all(w[:1].isupper() for w in paired):
                self._fragment = True  # "A and B had 25 and 17 per cent respectively": whose each is, not what
        passive = self._passive_after(used + 1, hi) if self._opens_clause(k, lo) else None
        if passive is not None:
            verb, after = passive  # "Over $2.3 billion in aid was distributed": the verb says what was done
            if s.toks[verb].low not in (w.lower() for w in core):
                core = [*core, s.toks[verb].text]
                ends = after + 1 >= hi or is_punct(s.toks[after + 1])
                if after < hi and ends and _content(s.toks[after]) and s.toks[after].text.islower() \
                        and not self._verb(after) and not s.is_time(after):
                    core, after = [*core, s.toks[after].text], after + 1  # "1 in 5 ballots were declared invalid"
                elif after + 1 < hi and s.toks[after].low in caption_words("particles") \
                        and s.toks[after + 1].low in ("to", "for"):
                    core, after = [*core, s.toks[after].text], after + 1  # "$8 billion is set aside for …"
            if not whom and after < hi and s.toks[after].low in ("to", "for"):
                to, end = self._np_right(after + 1, hi)
                if to and not s.is_time(after + 1):
                    whom, used = [s.toks[after].low, *to], max(used, end)  # "was paid to farmers"
        base = self._comparison(max(used, k) + 1, hi) if core else None
        if base is not None and not _says(" ".join([*core, *whom]), " ".join(base[0])):
            whom, used = [*whom, *base[0]], max(used, base[1])  # "… $66 million above the President's budget request"
        if not core and self._lead_in:
            core = self._lead_in.split()
        borrowed = self._lead_in is not None and core == self._lead_in.split()  # the paragraph's run-in title
        if not core and whom and kind == "percent" and lo > 0 and s.toks[lo - 1].text == ";" \
                and self._opens_clause(k, lo):
            core, listed = self._listed_share(k)  # "About 41% of this assistance was for …; 35% for …": of it too
        if not core:
            if whom and whom[0] in ("from", "for") and self._opens_clause(k, lo):
                # "$24.1 million from USAID to the Pacific Islands region," (an item of a list of amounts): who
                # gives it to whom, in its own words; what it measures is said before the list, so never complete
                return " ".join(_trim(whom))
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
        served = self._served_in_opener(k) if not place else []
        if served and not _says(" ".join([*core, *whom]), served[-1]):
            whom = [*whom, *served]  # "As part of our support for the people of Afghanistan, … $266 million"
        rate = self._rate(reading, k, hi)
        period = self._period(k, lo, hi, used) or self._since_clause(k) or self._shared_period(k, lo) \
            or self._standing_time(k, lo, hi)
        if period is None and paired:
            period = self._after_respectively(k)  # "… 5%, 7% and 9%, respectively, in 2020"
        if period is None and self._restated is not None:
            period = self._restated.period  # "$90 billion in 2021, about 35 percent of GDP": the amount's period
        if period is None:
            period = self._apposed_period(k, lo)  # "$214.7 billion … in fiscal year 2019—a return of about $338"
        elif period.first == k + 1 and s.toks[k + 1].low == "from" and k >= 2 and s.toks[k - 1].low == "to" \
                and s.toks[k - 2].fig >= 0 and not s.is_time(k - 2):
            period = None  # "increased $600 million to $188.2 billion from August": the change's base, not the level's
        if period is None and listed is not None:
            period = listed.period  # "In FY2019, about 41% …; 35% for …": the share it follows holds for that time
        if passive is not None and period is None:
            time = s.time_at(passive[1])  # "… was distributed in August": the time after the verb
            if time is not None:
                period, used = time, max(used, passive[0])
        if self._relative and period is not None and period.last < k:
            period = None  # the relative clause says when, or nothing: an earlier time is another figure's
        start_value = self._start_value(k)
        if start_value and period is not None and period.first > start_value:
            period = None  # "raise the wage from $7.25 to $15 by 2025": 2025 is the new value's, not the old one's
        tail = max(used, period.last if period is not None and self._own_period(period, used) else k)
        if not self._fragment and any(d.fragment and d.core == core for d in self._done.values()):
            self._fragment = True  # "has ranged from 3.9 percent to 4.1 percent": the second shares the first's
        self._done[k] = _Done(core, kind, tail, self._fragment)
        core = self._its_owner(core, k)  # "According to China, its trade surplus …" -> "China's trade surplus …"
        elided = self._elided_modifiers(core, k)
        if elided:
            core = [*core[:-1], *elided, core[-1]]  # "services imports and exports …, with exports falling"
        if kind in ("money", "count") and self._in_total(k) and not any(w.lower() == "total" for w in core):
            core = ["total", *core]  # "In total, the United States is now providing more than $600 million in aid"
        if len(core) + len(whom) > MAX_WORDS and whom:
            core = _without_agent(core)  # "aid provided by USAID to meet the needs of …": for whom first
        words = _trim([*core, *whom])
        cut = _cut_short([*core, *whom])  # the caption's words past its room, one of them a noun: it stops mid-way
        aside_read = False  # an aside read into the caption from inside the sentence: unsure
        for aside in caption_words("asides"):
            size = len(aside.split())
            if len(words) > size and " ".join(words[-size:]).lower().strip(",") == aside:
                words = _trim(words[:-size])  # "For example, exports of soybeans …": the aside is no part of it
                aside_read = " ".join(t.low for t in s.toks[:size]) != aside
        if rate and not any(w.lower() in (rate, rate + "s") for w in words[-3:]) and not _says(
            " ".join(words), f"per {rate}"
        ):
            words = [*words, "per", rate]
        label = " ".join(words)
        if period is not None and not _says(label, period.text):
            label = f"{label}, {_period_text(period)}"
        elif period is None and self.earlier and not self._clause_period(k, lo, hi):
            carried = self._carried_period(k)
            if carried:
                label = f"{label}, {carried}"  # "In FY2019, aid totaled $48 billion. About 41% of this assistance …"
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
            and (listed is None or listed.complete)  # a listed share is as sure as the share it follows
            and not aside_read
            and not cut
            and not any(f" {aside} " in f" {label.lower()} " for aside in caption_words("asides"))
        )
        self._done[k].complete = self.complete
        self._done[k].period = period
        return label

    def _its_owner(self, core: list[str], k: int) -> list[str]:
        """``core`` with the country an "its" before one of its words stands for, when the sentence names one
        country before that "its" ("Cambodia said its exports rose 12%" -> "rise in Cambodia's exports"); else
        as it is."""
        toks = self._s.toks
        its = next((x for x in range(k - 1, 0, -1) if toks[x].low == "its" and toks[x + 1].text in core), -1)
        if its < 1:
            return core
        names = [t.text for x, t in enumerate(toks[:its]) if t.text[:1].isupper() and country_name(t.text)
                 and not (x > 0 and toks[x - 1].text[:1].isupper())]  # "New Jersey" names no country Jersey
        named = {country_name(name) for name in names}
        owner = names[-1] if names else ""
        if len(named) != 1 or _says(" ".join(core), owner):
            return core
        at = core.index(toks[its + 1].text)
        return [*core[:at], f"{owner}’s", *core[at:]]

    def _elided_modifiers(self, core: list[str], k: int) -> list[str]:
        """The modifiers a bare noun of the caption had where the sentence named it before the figure ("U.S.
        services imports and exports figures remained unchanged, with exports falling $0.1 billion": the exports
        are U.S. services exports), read through a coordination ("services imports and exports"); [] when the
        caption's noun has modifiers of its own or the sentence gave it none."""
        head = core[-1] if len(core) == 1 else core[2] if len(core) == 3 and core[1] == "in" \
            and is_change_noun(core[0]) else ""
        if not head.isalpha() or not head.islower():
            return []
        toks = self._s.toks
        at = next((x for x in range(k - 1, 0, -1) if toks[x].low == head and toks[x - 1].low not in ("the", "a",
                                                                                                 "an", "with")), -1)
        if at < 1:
            return []
        x = at - 1
        if x - 1 >= 0 and toks[x].low in ("and", "or") and _content(toks[x - 1]) and not self._verb(x - 1):
            x -= 2  # "services imports and exports": "services" is said of both
        mods: list[str] = []
        while x >= 0 and len(mods) < _ELIDED_WORDS and _content(toks[x]) and toks[x].fig < 0 \
                and not self._verb(x) and not self._s.is_time(x):
            mods.insert(0, toks[x].text)
            x -= 1
        return mods if mods and not _says(" ".join(core), " ".join(mods)) else []

    def dated(self) -> tuple[tuple[frozenset[str], str], ...]:
        """The measure words (lower case) and period text of each caption made so far that gives a period: what a
        following sentence's "this assistance" or "these funds" may refer back to."""
        return tuple((frozenset(w.lower() for w in d.core), _period_text(d.period))
                     for d in self._done.values() if d.period is not None and d.core)

    def _carried_period(self, k: int) -> str:
        """The period of the previous sentence's caption that a demonstrative phrase before the figure at ``k`` points
        back to ("About 41% of this assistance", "these funds"): its noun is a word of that caption; "" otherwise."""
        toks = self._s.toks
        for x in range(min(len(toks) - 1, k + 4)):
            if toks[x].low in caption_words("demonstratives") and toks[x].low != "that" and _content(toks[x + 1]):
                noun = toks[x + 1].low
                periods = {period for words, period in self.earlier if noun in words}
                if len(periods) == 1:
                    return periods.pop()
        return ""

    def _listed_share(self, k: int) -> tuple[list[str], _Done | None]:
        """The whole an earlier share of the sentence is of ("share of assistance" in "About 41% of this assistance
        was for …"), for a share listed after it with only its own part ("; 35% for …"); [] when there is none."""
        earlier = [d for x, d in self._done.items() if x < k and d.kind == "percent" and d.core[:2] == ["share", "of"]]
        if not earlier:
            return [], None
        core = earlier[-1].core
        end = next((i for i in range(3, len(core)) if core[i].lower() in lexicon().label_links), len(core))
        return list(core[:end]), earlier[-1]

    def _valued(self, k: int, lo: int) -> list[str] | None:
        """For an amount after a word of value ("totaling", "worth", "valued at", "with a value of"), the value
        of the noun phrase before that word: "103,000 loans to family farmers totaling $14.6 billion" -> "value of
        loans to family farmers"; None otherwise."""
        toks = self._s.toks
        link = -1
        for phrase in _value_links():
            n = len(phrase)
            if k - n >= lo + 1 and [t.low for t in toks[k - n : k]] == phrase:
                link = k - n
                break
        if link < 0:
            return None
        words: list[str] = []
        start = link
        if _content(toks[link - 1]) and not self._verb(link - 1):
            start = self._np_left(link - 1, lo)
            words = self._words(start, link - 1) if start < link else []
            if start - 2 >= lo and toks[start - 1].low in lexicon().label_links:
                start -= 1  # "103,000 loans to family farmers": the things counted before the link
        counted = toks[start - 1] if start - 1 >= lo else None
        if counted is not None and counted.fig >= 0 and self._s.readings[counted.fig].count_words:
            own = self._s.readings[counted.fig].count_words.split()
            words = [*own, *([toks[start].text] if start < link and words else []), *words]  # "40 contracts worth"
        return ["value", "of", *words] if names_measure(words) else None

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

    def _served_in_opener(self, k: int) -> list[str]:
        """A country the phrase opening the sentence says the figure serves ("As a part of our continued support
        for the people of Afghanistan, …", "Maintaining its commitment to the people of Syria, …"): "for" and the
        words after "for"/"to" up to the country; [] when the opener names no country after "for" or "to"."""
        toks = self._s.toks
        comma = next((x for x in range(min(k, _OPENER_TOKENS)) if toks[x].text == ","), -1)
        if comma < 3 or any(t.fig >= 0 for t in toks[:comma]) or toks[0].low in ("for", "in"):
            return []
        first = toks[0].low
        if first not in caption_words("phrase_openers") and not (first.endswith("ing") and len(first) > 5):
            return []  # "Brazil is a large market for U.S. services, …": a clause, not a phrase before one
        for x in range(comma - 2, 0, -1):
            if toks[x].low not in ("for", "to"):
                continue
            if not _content(toks[x - 1]) or self._verb(x - 1) or _participle(toks[x - 1].low) \
                    or toks[x - 1].low.endswith("ing"):
                return []  # "the report sent to Japan", "according to": no noun of support before it
            for end in range(x + 1, min(comma, x + 6)):
                if toks[end].text[:1].isupper() and country_name(toks[end].text) is not None:
                    words = _strip_article([t.text for t in toks[x + 1 : end + 1]])
                    return ["for", *words] if len(words) <= 4 else []
            return []
        return []

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
        whole = self._whole_of_which(k, kind, hi)
        if whole is not None:
            return whole  # "$58.3 billion in loans, of which more than one third was to …": a share of the loans
        if kind == "percent" and k + 1 < hi and self._opens_clause(k, lo) and (
                toks[k + 1].low in caption_words("reporting_verbs") or toks[k + 1].low in caption_words("auxiliaries")):
            predicate, end = self._predicate(k + 1, hi)
            if predicate:
                self._pointed = True  # "30% say political uncertainty is slowing growth": 30% of whom, elsewhere
                return ["share", *predicate], [], end
        if kind == "percent" and (k + 1 >= hi or toks[k + 1].low != "of"):
            amount = self._restated_amount(k, lo)
            change = self._done.get(amount) if amount >= 0 else None
            if change is not None and change.kind == "money" and change.core and is_change_noun(change.core[0]):
                self._restated = change  # "decreased $2.1 billion, or 1.0 percent": the same change, in percent
                return list(change.core), [], k
        j = self._after_rate(k + 1, hi)
        nxt = toks[j].low if j < hi else ""
        if kind == "percent" and (paced := self._rate_of_change(k, lo, hi)) is not None:
            return paced[0], [], paced[1]  # "the economy grew at a 2.1 percent annual rate"
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
            worth_of = nxt == "worth" and j + 1 < hi and toks[j + 1].low == "of"  # "$2 billion worth of rice"
            phrase, end = self._np_right(j + 2 if worth_of else j + 1, hi)
            if worth_of and end + 2 < hi and toks[end + 1].text == "," \
                    and (_content(toks[end + 2]) or toks[end + 2].low in ("and", "or")):
                self._fragment = True  # "worth of planes, armoured vehicles, … and training": the first item only
            if phrase and nxt in ("for", "to") and j + 1 < hi and toks[j + 1].low in caption_words("each_words"):
                whom, used = [nxt, toks[j + 1].text, *phrase], end  # "for each child under 5"
            elif phrase and nxt == "in" and country_name(" ".join(_strip_article(phrase))) is not None:
                whom, used = [nxt, *phrase], end  # "$9 million in Guatemala": where it goes, not what it is
            elif phrase:
                own, used, own_link = phrase, end, nxt
        elif kind == "percent" and k - 2 >= lo and toks[k - 1].low == "of" and (
                nxt in ("on", "for") or (nxt == "in" and toks[k - 2].low in lex.change_words)):
            phrase, end = self._np_right(j + 1, hi)  # "an increase of 10% in cash expenses", "tariffs of 25% on steel"
            if phrase:
                own, used, own_link = phrase, end, nxt
        elif kind == "money" and nxt in ("that", "which") and j == k + 1 and (done := self._relative_done(j, hi)):
            own, used = done  # "the $350 million that U.S. agencies invest annually": invested annually by them
            self._relative = True
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
            elif self._s.is_time(j + 1) or self._s.is_time(j + 2):
                own, used = [toks[j].text], j  # "the $65.9 billion appropriated for fiscal year 2009": its period
        elif (kind == "money" and j == k + 1 and nxt == "(" and j + 2 < hi and toks[j + 1].fig >= 0
              and toks[j + 2].text == ")" and j + 3 < hi and _content(toks[j + 3]) and not self._verb(j + 3)):
            own, used = self._np_right(j + 3, hi)  # "The US$4 million (S$5.11 million) Eurasia Cup"
        elif (kind != "count" and j == k + 1 and nxt == "or" and j + 2 < hi and toks[j + 1].fig >= 0
              and not self._s.is_time(j + 1) and _content(toks[j + 2]) and not self._verb(j + 2)):
            own, used = self._np_right(j + 2, hi)  # "a $718 million or 1 percent increase": the noun both modify
            if len(own) == 1 and own[0].lower() in lex.change_words and (holder := self._change_holder(k, lo)):
                own = [*own, "in", *holder]
        elif (kind != "count" and j == k + 1 and nxt and _content(toks[j]) and not self._verb(j)
              and not self._finite(j, hi)):
            own, used = self._np_right(j, hi)  # "a $3.1 million loss", "a 7% increase"
            earlier = self._done_before(self._appositive_comma(k, lo)) if len(own) == 1 else None
            if earlier is None and len(own) == 1:
                earlier = self._done_before(self._apposition_start(k, lo))  # "$129.3 billion, the highest on
                # record and a $2.6 billion increase from August": the same amount's change
            if earlier is not None and own[0].lower() in lex.change_words:
                own = [*own, "in", *earlier.core]  # "… $18.7 billion in 2022, a 5 percent increase from 2021"
            elif len(own) == 1 and own[0].lower() in lex.change_words and (holder := self._change_holder(k, lo)):
                own = [*own, "in", *holder]  # "The pledge is a 30 percent increase"
        if not whom and not own and j == k + 1 and self._opens_clause(k, lo):
            x = j
            while x < hi and (toks[x].low in caption_words("auxiliaries") or toks[x].low in caption_words("modals")):
                x += 1
            if j < x < hi - 1 and toks[x - 1].low in caption_words("copulas") and toks[x].low in ("for", "to"):
                purpose, end = self._np_right(x + 1, hi)  # "Of that amount, $13.26 billion would be for State …"
                if purpose:
                    whom, used = [toks[x].low, *purpose], end
        if not whom:
            whom, end = self._whom_after(max(used, j - 1) + 1, hi)
            if whom and whom[0] == "to" and any(w.lower() in lex.label_links for w in own):
                whom, end = [], used  # a purpose after a phrase that already names where or whom: kept short
            used = max(used, end)
        if not whom and not own and kind == "money" and j == k + 1 and nxt == "to" and _noun_start(toks, j + 1, hi) \
                and not self._infinitive_at(j + 1, hi):
            gov = self._governor(k, lo)
            given = participle(toks[gov[1]].low) if gov[0] == "verb" and not gov[2] else None
            if given is not None and gives_amount(given):
                receiver, end = self._np_right(j + 1, hi)  # "USAID provided $20 million to Laos": who received it
                if receiver:
                    whom, used = ["to", *receiver], max(used, end)
        coord = self._coordinated(k, kind, lo)
        if coord is not None:
            core = own or list(coord.core)
            if not own and whom and whom[0] in ("for", "to") and "by" in core:
                core = _without_agent(core)  # "took 44.5 percent of the vote, compared with 48.8 percent for the
                # CPP": the second is the CPP's share, not one taken by the first's party
            at = next((i for i, w in enumerate(coord.core) if i and w.lower() == own_link), -1) if own_link else -1
            if own and at > 0 and names_measure(coord.core[:at]):
                core = [*coord.core[:at], own_link, *own]  # "$77 million for food aid and $10 million for shelter"
            elif own and toks[k - 1].text in (",", "and"):
                core = self._shared_verb(coord, own, own_link, lo) or core  # a list of the verb's objects
            changed = any(w.lower() in _CHANGE_NOUNS.values() for w in core)
            if not own and toks[k - 1].low in _CHANGE_NOUNS and not changed:
                core = [_CHANGE_NOUNS[toks[k - 1].low], "in", *core]  # "… $119.1 billion, up $23.9 billion from 2020"
            elif not own and toks[k - 1].low == "to" and len(core) > 2 and is_change_noun(core[0]) and core[1] == "in":
                core = core[2:]  # "earnings rose 4 cents to $26.22": the new level of what changed, not the change
            return core, whom, used
        gov = self._governor(k, lo)
        if not own and self._lead_in and gov[0] == "verb" and toks[gov[1]].low not in caption_words("level_verbs"):
            return self._lead_in.split(), whom, used  # "Emerging Defense Leaders Program: … plans to invest $10M"
        core = self._decorate(gov, own, own_link, k, lo) or own
        if gov[0] == "thing" and own and own_link in ("for", "to") and not whom and core is not own:
            whom = [own_link, *own]  # "increased the maximum credit to $3,600 for children under 6"
        return core, whom or self._whom_opener(lo), used

    def _shared_verb(self, coord: _Done, own: list[str], link: str, lo: int) -> list[str] | None:
        """For a figure listed after another that a verb governs ("ECIP participants also provided $4.5 billion in
        capital for small businesses, $1.2 billion in financing for affordable housing"), its own phrase read
        through that verb, as the first one's was ("financing provided for affordable housing by ECIP
        participants"); None when the earlier figure has no verb over it or the reading adds nothing."""
        toks = self._s.toks
        at = next((i for i, d in self._done.items() if d is coord), -1)
        gov = ("none", -1, "")
        for _ in range(_LIST_STEPS):  # "…, $1.2 billion in financing …, and $2.6 billion in mortgages …"
            if at < 0:
                return None
            before = at - 1
            gov = self._governor(at, lo)
            if gov[0] == "verb" or before < lo or toks[before].text not in (",", "and"):
                break
            earlier = self._coordinated(at, coord.kind, lo)
            at = next((i for i, d in self._done.items() if d is earlier), -1)
        if gov[0] != "verb":
            return None
        flags = self._fragment, self._pointed
        shared = self._decorate(gov, own, link, at, lo)
        if not shared or len(shared) <= len(own) or self._fragment:
            self._fragment, self._pointed = flags
            return None
        return shared

    def _whole_of_which(self, k: int, kind: str, hi: int) -> tuple[list[str], list[str], int] | None:
        """For a share opening a clause "of which" ("…, of which more than one third was to communities …"), the
        share of the amount captioned before the comma, with what the clause says of the share; else None."""
        toks = self._s.toks
        if kind != "percent" or k < 3 or toks[k - 1].low not in ("which", "whom") or toks[k - 2].low != "of" \
                or toks[k - 3].text != ",":
            return None
        earlier = self._done_before(k - 3)
        if earlier is None or earlier.kind not in ("money", "count") or not names_measure(earlier.core[:1]) \
                or earlier.core[0].lower() in lexicon().past_verbs:
            return None  # "lent by bank": no noun of what the amount is
        predicate, end = self._predicate(k + 1, hi)
        self._restated = earlier
        return ["share", "of", *earlier.core, *predicate], [], max(end, k)

    def _rate_of_change(self, k: int, lo: int, hi: int) -> tuple[list[str], int] | None:
        """For a percentage giving the pace of a change ("the economy grew at a 2.1 percent annual rate", "grew at an
        annual rate of 2.1 percent"), the rate's words, the change's noun and what changed ("annual rate of growth in
        U.S. economy") and the last token used; None for any other percentage."""
        toks = self._s.toks
        rates = caption_words("rate_nouns")
        if k - 2 >= lo and toks[k - 1].low == "of" and toks[k - 2].low in rates:
            start = end = k - 2  # "at an annual rate of 2.1 percent"
            while start - 1 >= lo and start > end - 2 and _content(toks[start - 1]) \
                    and toks[start - 1].low not in ("a", "an"):
                start -= 1
            article, used = start - 1, k
        elif k - 1 >= lo and toks[k - 1].low in ("a", "an"):
            end = k + 1  # "at a 2.1 percent annual rate"
            while end < min(hi, k + 3) and toks[end].low not in rates and _content(toks[end]):
                end += 1
            if end >= hi or toks[end].low not in rates:
                return None
            start, article, used = k + 1, k - 1, end
        else:
            return None
        at = article - 1
        if at - 1 < lo or toks[article].low not in ("a", "an") or toks[at].low != "at":
            return None
        noun = change_noun(toks[at - 1].low)
        infinitive = at - 2 >= lo and toks[at - 2].low == "to"  # "… sectors to grow at": whose growth, unsure
        subject = self._subject(at - 1, lo) if noun and not infinitive else []
        if not noun or not subject:
            return None
        return [*(t.text for t in toks[start : end + 1]), "of", noun, "in", *_strip_article(subject)], used

    def _relative_done(self, j: int, hi: int) -> tuple[list[str], int] | None:
        """For a relative clause at ``j`` ("that U.S. agencies invest annually in projects") whose subject is a noun
        phrase and whose verb has a clear participle: the participle and its agent ("invested by U.S. agencies") and
        the last token used; else None."""
        toks = self._s.toks
        if j + 2 >= hi or toks[j + 1].low in lexicon().stop_words - lexicon().determiners:
            return None
        def verb_at(x: int) -> bool:
            return self._verb(x) or self._present_verb(x, j + 1)

        verb = next((x for x in range(j + 2, min(hi, j + 2 + _AGENT_WORDS)) if verb_at(x)
                     and not (toks[x].low.endswith("s") and x + 1 < hi and verb_at(x + 1))), -1)  # "agencies invest"
        subject = self._words(j + 1, verb - 1) if verb > 0 else []
        if not subject or toks[verb].fig >= 0 or not all(_content(t) or t.low in lexicon().determiners
                                                          for t in toks[j + 1 : verb]):
            return None
        done = participle(toks[verb].text) if toks[verb].text.islower() else None
        if done is None or toks[verb].low in caption_words("auxiliaries") or toks[verb].low in lexicon().stop_words:
            return None
        if verb + 1 < hi and _rate_word(toks[verb + 1].low):
            return [done, toks[verb + 1].text, "by", *subject], verb + 1  # "invest annually": invested annually by …
        return [done, "by", *subject], verb

    def _named_before(self, k: int, lo: int, hi: int) -> list[str] | None:
        """The measure of a figure set off right after the noun phrase it belongs to: in parentheses ("rates
        decreased for adult women (3.5 percent)" -> "unemployment rates for adult women") or between commas
        ("the number of unemployed persons, 5.5 million, …" -> "number of unemployed persons"); else None."""
        toks, s = self._s.toks, self._s
        if k - 2 < 0 or k + 1 >= len(toks):
            return None
        enclosed = toks[k - 1].text == "(" and toks[k + 1].text == ")"
        dashes = ("—", "–")
        if toks[k - 1].text in dashes and toks[k + 1].text in dashes and _content(toks[k - 2]) and toks[k - 2].fig < 0:
            # "funding – $12.5 million – to conduct research on gun violence": the noun before, and its purpose after
            x = self._words(self._np_left(k - 2, self._clause(k - 2)[0]), k - 2) or [toks[k - 2].text]
            end = k + 2
            while end < len(toks) and end - k <= 8 and not is_punct(toks[end]) and toks[end].fig < 0:
                end += 1
            purpose = [t.text for t in toks[k + 2 : end]] if k + 2 < len(toks) and toks[k + 2].low in ("to", "for") \
                else []
            return [*x, *purpose] if x else None
        noted = -1 if enclosed or toks[k + 1].text != ")" else self._note_open(k, lo)
        if noted > lo:
            # "Ethiopia: The Programme for Emergency Water Supply (on 23 April, 2009, JPY 800M)": the amount of a note
            # after the thing it is for; what kind of amount it is, the list's lead says, so never complete
            last = self._before_aside(noted - 1)  # "Rural Water Supply Project (Phase VI) (on 7 July, 2009, …)"
            x = self._words(self._np_left(last, lo), last) if last >= lo and _content(toks[last]) else []
            if x:
                self._pointed = True
                lead = self._lead_in.split() if self._lead_in else []
                if not lead and lo >= 2 and toks[lo - 1].text == ":" and lo - 1 <= 4 \
                        and all(t.text[:1].isupper() for t in toks[: lo - 1]):
                    lead = [t.text for t in toks[: lo - 1]]  # the name the line opens with ("Ethiopia:")
                return [*lead[:-1], lead[-1] + ":", *x] if lead and not _says(" ".join(x), " ".join(lead)) else x
        apposed = toks[k - 1].text == "," and toks[k + 1].text == "," and k - 2 >= lo
        end = k - 2
        if not (enclosed or apposed) and k - 3 >= lo and toks[k - 1].low == "at" and toks[k - 2].text == "," \
                and toks[k + 1].text == ",":
            apposed, end = True, k - 3  # "the number of unemployed persons, at 9.8 million, decreased"
        if enclosed:
            end = self._before_aside(end)  # "increases in travel (for all purposes) ($0.2 billion)"
        if enclosed and toks[end].fig >= 0 and end in self._done and self._done[end].kind == "money":
            return list(self._done[end].core)  # "The US$4 million (S$5.11 million) Eurasia Cup": one amount, two units
        if not (enclosed or apposed) or not _content(toks[end]) or toks[end].fig >= 0 or s.is_time(end) \
                or self._verb(end):
            return None
        start = self._np_left(end, lo)
        listed = self._listed_item(end, lo) if enclosed else -1
        if 0 <= listed < start:
            start = listed  # "in automotive vehicles, parts, and engines ($0.5 billion)": the whole item
        x = self._words(start, end)
        if x and enclosed and toks[start].low in caption_words("modifiers") and x[0] != toks[start].text:
            x = [toks[start].text, *x]  # "in other goods ($0.7 billion)": not the goods of the whole
        if not x or apposed:
            return x or None
        subject, own_link = self._shared_measure(start, lo)
        if not subject and lo >= 2 and toks[lo - 1].text == ";":
            first = lo
            while first >= 2 and toks[first - 1].text == ";":
                first = self._clause(first - 2)[0]
            subject, own_link = self._shared_measure(start, first)  # "…; in other goods ($0.7 billion)": the list's
        if not subject:
            return x
        head, rest = _split_link(subject)
        if len(head) == 1 and is_change_noun(head[0]) and len(rest) > 1 and rest[0].lower() == "in":
            if len(x) > 2 and x[1].lower() == "in" and (is_change_noun(x[0]) or is_change_noun(x[0].lower()[:-1])):
                x = x[2:]  # "decreases in capital goods": the part's own change noun, the whole's says it
            thing, _ = _split_link(rest[1:])
            if not _says(" ".join(thing), " ".join(x)):
                # "The increase in imports of goods mostly reflected increases in capital goods ($0.7 billion)"
                return [*head, "in", *thing, "of", *x]
        if _says(" ".join(subject), " ".join(x)):
            return x
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
        elif copula and j + 4 < hi and _participle(toks[j + 1].low) and toks[j + 1].text.islower() \
                and toks[j + 2].low == "to" and self._infinitive_at(j + 3, hi):
            head, at = [toks[j + 1].text, "to", toks[j + 3].text], j + 4  # "are estimated to need food assistance"
        elif self._verb(j) and tok.low.endswith("ed") and not copula and _content(toks[j + 1]):
            head = [tok.text]
        if not head:
            return [], j - 1
        if at < hi and (toks[at].low in links or toks[at].low in caption_words("place_links")) and head[-1] != "of":
            head, at = [*head, toks[at].text], at + 1  # "people suffering inside Syria"
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
        if how == "opens" and toks[k - 1].low in ("and", "or", ","):
            earlier = self._coordinated(k, "percent", lo)  # "representing more than one-third of … and more than
            at_earlier = next((i for i, d in self._done.items() if d is earlier), -1)  # half of …": one verb
            if at_earlier >= 0 and self._governor(at_earlier, lo)[0] in ("share", "verb"):
                how, at, _ = self._governor(at_earlier, lo)
        share = ["share", "of", *of]
        if self._threshold(k, lo):
            self._fragment = True  # "a candidate needs more than 50 per cent of votes cast": a condition, not a result
        scoped = k - 1 >= lo and toks[k - 1].low in ("in", "across", "among", "within", "throughout")
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
            words = self._words(at, k - 2)
            if any(w.lower() == "to" for w in words[:-1]):
                return [*words, "as", *share], [], used  # "plans to lift spending to 2.2% of GDP": the aim, as share
            return [*words, *share], [], used
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
                taken = participle(toks[at].low) or toks[at].text  # "took" -> "taken"
                return [*share, taken, "by", *subject], [], used  # "share of its budget spent by New Jersey"
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
        if scoped:
            self._fragment = True  # "20 per cent of the ballot in half of the provinces": where, not what is measured
        return share, [], used

    def _threshold(self, k: int, lo: int) -> bool:
        """True when a threshold verb ("needs", "requires") stands right before the share at ``k``, or before the
        share it is listed after ("needs more than 50 per cent of votes cast and 20 per cent of the ballot")."""
        toks = self._s.toks
        verbs = caption_words("threshold_verbs")
        if k - 1 >= lo and toks[k - 1].low in verbs:
            return True
        if k - 1 < lo or toks[k - 1].low not in ("and", "or", ","):
            return False
        earlier = self._coordinated(k, "percent", lo)
        at = next((i for i, d in self._done.items() if d is earlier), -1) if earlier is not None else -1
        return at - 1 >= lo and toks[at - 1].low in verbs

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
                holder = self._change_holder(at, lo) if not own else []
                if holder:
                    return [*np, "in", *holder]  # "Early childhood programs receive an increase of $4 billion"
            if own and own[0] == "to" and link == "to":
                return [*np, *own]  # "an agreement of $13.5 billion to settle with victims"
            before = at - 1  # "One victim reported a loss of $1.5 million"
            agent: list[str] = []
            if before >= lo and self._verb(before) and _participle(toks[before].low):
                subject = self._subject(before, lo)
                if subject and len(subject) <= _AGENT_WORDS:
                    agent = [toks[before].text, "by", *subject]
            if own and link in ("for", "on", "toward", "towards") and np and names_measure(np):
                # "a loss of $45 million for the quarter", "grants of $5 million for schools"; "DOD has reported
                # obligations of $654.7 billion for military operations": who reported them too
                return [*np, link, *own, *agent]
            if own:
                return own
            return [*np, *agent] if agent else np
        if how == "addition":
            copula = at - 1  # "This new assistance is in addition to $36.5 million announced …": more of the same
            kind = self._subject(copula, lo) if copula >= lo and toks[copula].low in caption_words("copulas") else []
            if own and (not kind or (link not in ("for", "to") and not _participle(own[0].lower()))):
                return own  # "In addition to $20 million in food aid, …"
            return [*kind, *([link] if own and link in ("for", "to") else []), *own]
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
            qualifier = (self._s.readings[toks[k].fig].qualifier or "").lower()
            if subject and qualifier in caption_words("level_qualifiers"):
                return subject  # "Turnout fell short of 60 percent": the level missed, not a fall of 60 percent
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
            if verb in caption_words("holding_verbs") and verb not in caption_words("copulas"):
                whole = [w.lower() for w in self._subject(at, lo)]
                if whole and all(w in caption_words("level_nouns") or w in lexicon().determiners for w in whole):
                    self._pointed = True  # "The amount includes $475.3 million worth of …": a part of an amount
                    # the sentence before names, with its period
            if link == "for" and verb in caption_words("holding_verbs") and not counted:
                whole = self._subject(at, lo)  # "The proposal includes $41.86 billion for …": the proposal's, for …
                if whole and len(whole) <= 4 and names_measure(whole) and whole[0][:1].islower() \
                        and not _says(" ".join(own), " ".join(whole)):
                    return [*whole, link, *own]
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
                    chain = self._chain(at, lo)
                    passive = len(chain) >= 2 and chain[-2].lower() in caption_words("copulas")
                    party = "to" if passive else "by"  # "CMPort was allowed a 70% stake": the subject received it
                    return [*head, done or toks[at].text, *rest, party, *subject]
                return [*head, toks[at].text, *rest]
            subject = self._subject(at, lo)
            if subject and len(own) == 1 and link in ("in", "of", "worth", ""):
                chain = self._chain(at, lo)
                if len(chain) < 2 or counted:
                    return [*subject, *chain, *own]  # "Households covering children"
                return [*own, *subject, *chain]  # "investments … sector will receive"
            return own
        subject = self._subject(at, lo)
        if subject and verb in caption_words("holding_verbs") and verb not in caption_words("copulas") \
                and not verb.endswith("ing") and self._s.readings[toks[k].fig].kind == "money":
            return subject  # "Today's announcement includes $9 million in Guatemala": a part of the announcement
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

    def _apposed_period(self, k: int, lo: int) -> Time | None:
        """The period of an amount that a noun phrase set off by a dash right after it restates, for the figure
        that phrase holds ("yielded $214.7 billion in benefits in fiscal year 2019—a return of about $338 on every
        dollar"): the return is that year's too; None when the figure is no such phrase's or the amount has none."""
        gov = self._governor(k, lo)
        if gov[0] != "of":
            return None
        toks = self._s.toks
        j = gov[1] - 1
        while j >= 0 and toks[j].low in lexicon().determiners:
            j -= 1
        if j != lo - 1 or j < 1 or toks[j].text not in ("—", "–"):
            return None
        owner = next((i for i, d in self._done.items() if i <= j - 1 <= d.tail), -1)
        earlier = self._done.get(owner) if owner >= 0 else None
        if earlier is None or earlier.kind not in ("money", "count") or earlier.period is None:
            return None
        return earlier.period

    def _apposition_start(self, k: int, lo: int) -> int:
        """The comma opening the appositions the figure at ``k`` stands in ("…, the highest on record and a $2.6
        billion increase"): no verb, figure or time between; -1 when there is none."""
        toks = self._s.toks
        for j in range(k - 1, lo - 1, -1):
            tok = toks[j]
            if tok.text == ",":
                return j
            if tok.fig >= 0 or self._s.is_time(j) or is_punct(tok) or self._verb(j):
                return -1
        return -1

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
        j = self._before_aside(comma - 1)
        owner = next((i for i, d in self._done.items() if i <= j <= d.tail), -1)
        return self._done.get(owner) if owner >= 0 else None

    def _in_total(self, k: int) -> bool:
        """True when the sentence opens with a phrase that makes its amounts totals ("In total,", "Overall,") and the
        figure at ``k`` is in the clause it opens."""
        toks = self._s.toks
        if not toks or toks[0].low not in caption_firsts("total_openers"):
            return False  # most sentences: no such opener
        comma = next((x for x in range(min(k, 4)) if toks[x].text == ","), -1)
        if comma < 1:
            return False
        opener = " ".join(t.low for t in toks[:comma])
        return opener in caption_words("total_openers") and not any(toks[x].text == ";" for x in range(comma, k))

    def _comparison(self, j: int, hi: int) -> tuple[list[str], int] | None:
        """The comparison base at ``j`` ("above the 2019 enacted level", "over FY19 levels") and its last token, when
        a comparison preposition opens a noun phrase naming a base (``comparison_bases``); else None."""
        toks = self._s.toks
        if j + 1 >= hi or toks[j].low not in caption_words("comparison_preps"):
            return None
        time = self._s.time_at(j + 1) if toks[j].low not in time_words().preps else None
        if time is not None and time.first == j + 1 and (time.last + 1 >= hi or is_punct(toks[time.last + 1])):
            return [toks[j].text, *(t.text for t in toks[j + 1 : time.last + 1])], time.last  # "above FY23."
        end = j + 1
        while end < hi and end - j <= 8 and (toks[end].fig < 0 or self._s.is_time(end)) and not is_punct(toks[end]):
            if toks[end].low in caption_words("comparison_bases"):
                while end + 1 < hi and toks[end + 1].low in caption_words("comparison_bases"):
                    end += 1  # "the 2019 enacted level"
                base = [t.text for t in toks[j : end + 1] if t.low not in ("the", "a", "an")]
                return base, end
            end += 1
        return None

    def _note_open(self, k: int, lo: int) -> int:
        """The "(" of a note that the figure at ``k`` closes, when only its date or place words, commas and "on"/"in"
        stand before the figure inside it ("(on 16 July 2009, JPY 1.029B)"); -1 otherwise."""
        toks, s = self._s.toks, self._s
        x = k - 1
        while x >= lo and k - x <= 10:
            tok = toks[x]
            if tok.text == "(":
                return x
            if not (s.is_time(x) or tok.text == "," or tok.low in ("on", "in", "dated")):
                return -1
            x -= 1
        return -1

    def _listed_item(self, end: int, lo: int) -> int:
        """The first token of a list item ending at ``end`` that a preposition opens ("in automotive vehicles, parts,
        and engines", "in other goods"): its words back to the preposition, when only nouns, commas and "and"/"or"
        stand between; -1 otherwise."""
        toks, s = self._s.toks, self._s
        x = end
        while x >= lo:
            tok = toks[x]
            if tok.low in lexicon().label_links:
                return x + 1 if x < end else -1
            if tok.fig >= 0 or s.is_time(x) or (is_punct(tok) and tok.text != ",") or self._verb(x):
                return -1
            if tok.low in lexicon().stop_words and tok.low not in ("and", "or") \
                    and tok.low not in caption_words("modifiers"):  # "other goods": "other" is a modifier
                return -1
            x -= 1
        return -1

    def _change_holder(self, at: int, lo: int) -> list[str]:
        """The subject of a copula or a verb such as "receive" governing the change noun phrase at ``at`` ("Grants
        receive an increase of …", "The pledge is a 30 percent increase"), without any amount of its own ("Our
        pledge of $3.7 billion" -> "pledge"); [] when no such verb comes right before the phrase."""
        toks = self._s.toks
        verb = at - 1
        while verb >= lo and toks[verb].low in lexicon().determiners:
            verb -= 1
        if verb <= lo or not (
            toks[verb].low in caption_words("change_holders") or toks[verb].low in caption_words("copulas")
        ):
            return []
        subject = self._subject(verb, lo)
        if not subject and verb - 3 >= lo and toks[verb - 1].fig >= 0 and toks[verb - 2].low in lexicon().label_links \
                and _content(toks[verb - 3]) and not self._verb(verb - 3):
            subject = self._words(self._np_left(verb - 3, lo), verb - 3)  # "Our pledge of $3.7 billion is …"
        cut = next((i for i, w in enumerate(subject) if i and w.lower() in lexicon().label_links
                    and i + 1 < len(subject) and any(c.isdigit() for c in subject[i + 1])), len(subject))
        subject = subject[:cut]
        return subject if subject and names_measure(subject) else []

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
                restates = self._restated_amount(j, lo) if done is not None else -1
                if restates >= 0:
                    j = restates  # "decreased $2.1 billion, or 1.0 percent, in July to $211.1 billion": the amount
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
