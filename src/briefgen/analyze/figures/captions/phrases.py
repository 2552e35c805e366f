"""Grammar the caption reader walks: clauses, noun phrases, subjects, verbs and predicates."""

from __future__ import annotations

from collections.abc import Sequence

from ...actors.countries import country_name
from ..clauses import CLAUSE_MARKS, Sentence, Tok, caption_words, is_punct, time_words
from ..complete import names_measure, uncontracted
from ..lexicon import lexicon
from .grammar import (
    _HAVE,
    _LINKS,
    _OBJECT_TOKENS,
    _POSSESSIVES,
    _QUOTES,
    _SUBJECT_WORDS,
    MAX_WORDS,
    _adverb,
    _close,
    _complementizer,
    _content,
    _Done,
    _function_word,
    _join_commas,
    _leads,
    _list_comma,
    _ly_adverb,
    _noun_start,
    _np_links,
    _open,
    _participle,
    _verbs,
    in_scope,
)

_APPOSITIVE_TOKENS = 16
"""How long an appositive between a subject and its verb may be ("the gap—an indicator of potential bias—")."""


def _unpossessed(word: str) -> str:
    """A word without its possessive ending ("Development’s" -> "Development")."""
    return word[:-2] if word.endswith(("’s", "'s")) else word


def _marker(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """True for a list item's number or letter in brackets at ``j`` ("(1)", "(b)"): its ")" follows, "(" precedes."""
    if not (0 < j < hi - 1 and toks[j - 1].text == "(" and toks[j + 1].text == ")"):
        return False  # most tokens: not between brackets
    text = toks[j].text
    return len(text) <= 3 and (text.isdigit() or (text.isalpha() and text.islower())
                               or text.lower() in caption_words("roman_numerals"))


class _Phrases:
    """The sentence read around a figure: its clause, noun phrases, subjects, verbs and predicates."""

    __slots__ = ("_done", "_fragment", "_governors", "_lead_in", "_pointed", "_relative", "_restated", "_s",
                 "_verbs_seen", "complete", "earlier")

    def __init__(self, sentence: Sentence, lead_in: str | None) -> None:
        self._s = sentence
        self._done: dict[int, _Done] = {}
        self._lead_in = lead_in
        self._pointed = False
        self._relative = False  # the measure is a relative clause's ("the $350 million that agencies invest")
        self._fragment = False  # the caption is a clause that could not be read as a noun phrase
        self._restated: _Done | None = None  # the amount a share restates ("$48 billion, or 1% of …")
        self._verbs_seen: dict[int, bool] = {}  # ``_verb`` per token: a sentence's captions ask again and again
        self._governors: dict[int, tuple[str, int, str]] = {}  # ``_governor`` per figure token and clause start
        self.complete = False
        """Whether the last caption made names a measure and, when its clause states a period, that period."""
        self.earlier: tuple[tuple[frozenset[str], str], ...] = ()
        """The measure words and period of each dated caption of the paragraph's previous sentence (see ``dated``)."""

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
        if k - 3 >= lo and [t.low for t in toks[k - 3 : k]] == ["in", "addition", "to"]:
            return ("addition", k - 3, "")  # "is in addition to $36.5 million": a preposition, no noun "addition"
        j = self._before_epithets(k, lo)
        if j < lo or toks[j].low in caption_words("clause_openers") or _leads(toks, j, lo) \
                or ((toks[j].text == "," or toks[j].text == ")") and self._after_opener(lo, k) == k):
            return ("opens", k, "")  # "In addition, $65.9 billion was appropriated": the opener says nothing of it
        tok = toks[j]
        if tok.low == "of" and j - 1 >= lo and _content(toks[j - 1]):
            start = self._np_left(j - 1, lo)
            if toks[j - 1].low in caption_words("level_nouns"):
                if start - 2 >= lo and self._compound_duration(start - 1) and toks[start - 2].low in ("a", "an", "its",
                                                                                                   "their", "the"):
                    start -= 2  # "fell to a nearly seven-year low of 4.5 percent": the span only weighs the low
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
                aside = self._before_aside(j)
                if aside < j and not all(t.text.islower() for t in self._s.toks[aside + 2 : j]):
                    aside = j  # "(HFFI) to a total of": a name's initials stay with the name
                end = self._before_time(aside, lo)  # "from $45.7 billion in June (revised) to"
                if end - 1 >= lo and toks[end].fig >= 0 and not self._s.is_time(end):
                    verb = end - 2 if toks[end - 1].low in ("by", "from") else end - 1  # "increase by 10 percent to"
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
        by_change = prep == "by" and j >= lo and toks[j].low in lexicon().change_words  # "to shrink by 1 percent"
        if j >= lo and (self._verb(j) or ((not prep or by_change) and (
                self._present_verb(j, lo) or self._infinitive(j, lo) or self._gerund(j)))):
            return ("verb", j, prep)
        if not prep and j - 1 >= lo and toks[j].low in ("a", "an") and self._verb(j - 1) \
                and (toks[j - 1].low not in caption_words("copulas") or self._bare_after(k)):
            # "The ADB approved a $500 million loan": the verb before the article; "the gain was a more modest
            # 0.3 percent": the copula, when no noun follows the figure ("is a $5 million loan" is the loan's)
            return ("verb", j - 1, "")
        if j >= lo and toks[j].text == "," and prep in ("for", ""):
            return ("level_after_comma", j, prep)
        return ("none", -1, "")

    def _bare_after(self, k: int) -> bool:
        """True when no noun follows the figure at ``k`` (a mark, the sentence's end, a preposition or a time)."""
        toks = self._s.toks
        return k + 1 >= len(toks) or is_punct(toks[k + 1]) or toks[k + 1].low in lexicon().label_links \
            or self._s.is_time(k + 1)

    def _before_epithets(self, k: int, lo: int) -> int:
        """The token before the figure at ``k``, or, for a figure after an article and one or two adjectives ("rose
        a meager 0.2 percent", "was a more modest 3 percent", "approved a new $5 million loan"), the article: the
        adjectives only weigh the figure, and what governs it is what governs the article."""
        toks = self._s.toks
        j = k - 1
        while j >= lo and j > k - 4 and toks[j].fig < 0 and toks[j].text.isalpha() and toks[j].text.islower() and (
                toks[j].low in caption_words("comparatives") or (_content(toks[j]) and not self._verb(j))):
            j -= 1
        degree = toks[k - 1].low in caption_words("comparatives")  # "a more 5 percent": no adjective before it
        if lo <= j < k - 1 and toks[j].low in ("a", "an") and not degree:
            return j
        return k - 1

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
            if tok.text.isupper() and tok.low in caption_words("roman_numerals") and out and out[-1][:1].isupper():
                out.append(tok.text)  # "Title I Grants", "Phase II": a numeral inside a name, not the pronoun
                last = j
                j += 1
                continue
            if tok.low in lex.stop_words:
                if tok.low in ("and", "or") and out and out[-1][:1].isdigit() and j + 1 < hi \
                        and toks[j + 1].low in caption_words("open_ends"):
                    out.append(f"{tok.text} {toks[j + 1].text}")  # "each child age 6 and above" (kept as one word)
                    last = j + 1
                    j += 2
                    continue
                verb_next = j + 2 < hi and toks[j + 1].low.endswith("s") and toks[j + 1].text.islower() and (
                    toks[j + 2].low in lex.determiners or toks[j + 2].fig >= 0)  # "… of GDP and employs some 600,000"
                # "a 70% ownership stake and one Lao enterprise": a determiner or a number after "and" opens a new
                # noun phrase, another thing than the measure
                new_phrase = j + 1 < hi and (toks[j + 1].low in lex.determiners or toks[j + 1].low in lex.cardinals)
                if tok.low in ("and", "&") and out and j + 1 < hi and not verb_next and not new_phrase and (
                    (_content(toks[j + 1]) and not self._verb(j + 1))
                    or (out[-1][:1].isdigit() and self._small_count(j + 1))
                ):
                    out.append(tok.text)
                    j += 1
                    continue
                if (tok.low not in lex.label_links and tok.low not in _np_links()) or not out:
                    break
                k = j + 1
                while k < hi and toks[k].low in lex.determiners:
                    k += 1
                if links >= _LINKS and not (tok.low == "in" and self._place_name(k, hi)):
                    break  # past two links only the place the phrase ends in ("the needs of people in Ethiopia")
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
            last_noun = tok.low.endswith("s") and (j + 1 >= hi or is_punct(toks[j + 1]) or self._verb_group_next(j))
            # "in housing costs.", "in fund costs were incurred", "in repair costs last year": a noun
            if out and self._verb(j) and not tok.low.endswith("ed") and not last_noun:
                break
            if out and tok.text.islower() and _ly_adverb(tok.low) and j + 1 < hi and self._verb(j + 1):
                break  # "funding to the IRS conservatively totals": an adverb ends the noun phrase
            if out and self._verb(j) and j + 1 < hi and not is_punct(toks[j + 1]) and not last_noun \
                    and not (_content(toks[j + 1]) or self._small_count(j + 1)):
                break  # a verb with no object ends the phrase; "housing costs." at the clause's end is a noun
            out.append(tok.text)
            last = j
            j += 1
        while out and (out[-1].lower() in lex.stop_words or out[-1] == ","):
            out.pop()
        return _join_commas(out), last

    def _compound_duration(self, j: int) -> bool:
        """True when token ``j`` is a span of time written as one modifier ("seven-year", "nearly 10-year"): it
        weighs the noun after it ("a seven-year low"), it is no figure the caption reads."""
        tok = self._s.toks[j]
        if tok.fig < 0:
            return False
        return self._s.readings[tok.fig].kind == "duration" and "-" in tok.text

    def _place_name(self, k: int, hi: int) -> bool:
        """True when a country's name starts at ``k`` and the phrase ends there ("people in Ethiopia.", "in Ethiopia,
        Kenya, and Somalia"): where the thing is, which a caption keeps even past its usual links."""
        toks = self._s.toks
        if k >= hi or not toks[k].text[:1].isupper() or country_name(toks[k].text) is None:
            return False
        return k + 1 >= hi or is_punct(toks[k + 1]) or toks[k + 1].low in ("and", "or")

    def _verb_group_next(self, j: int) -> bool:
        """True when the token after ``j`` opens a verb group (an auxiliary, a copula, a modal) or is a time: the
        "-s" word at ``j`` is then a plural noun, not a verb ("fund costs were incurred", "repair costs last year")."""
        toks = self._s.toks
        if j + 1 >= len(toks) or toks[j].low in caption_words("auxiliaries"):
            return False
        nxt = toks[j + 1].low
        return (nxt in caption_words("auxiliaries") or nxt in caption_words("modals")
                or self._s.is_time(j + 1))

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
            if copula and _participle(toks[j].low) and not (j + 1 < hi and toks[j + 1].low == "to"):
                break  # "is set aside for …": the participle itself ("is set to grow": an auxiliary)
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
                    j - 1 >= lo and (toks[j - 1].low in lex.label_links or (toks[j - 1].low in ("and", "or")
                                         and self._conjunct_left(j - 1, lo))) and tok.low.endswith("ed") and j < i) \
                    and not adjunct and not (j < i and tok.low.endswith("ed") and self._after_modifiers(j, lo)) \
                    and not (j < i and tok.low.endswith("ed") and j - 1 >= lo and _ly_adverb(toks[j - 1].low)):
                # "publicly guaranteed debt", "federally funded programs": an adverb and "-ed" word before a noun
                break  # "of unemployed persons": an -ed word between a preposition and its noun is no verb
            start = j
            j -= 1
        if joined >= 0 and start - 1 >= lo and self._verb(start - 1):
            return joined  # "China built ports and Cambodia received": the first noun is the verb's object
        return start

    def _after_modifiers(self, j: int, lo: int) -> bool:
        """True when only modifiers stand between a preposition and the "-ed" word at ``j`` ("orders for long-lasting
        manufactured goods"): the word modifies the noun after it and is no verb."""
        toks = self._s.toks
        x = j - 1
        while x >= lo and x > j - 3 and _content(toks[x]) and toks[x].text.islower() and not self._verb(x):
            x -= 1
        return lo <= x < j - 1 and toks[x].low in lexicon().label_links  # not after "the": "the city issued bonds"

    def _before_aside(self, j: int) -> int:
        """``j``, or the token before the parenthesis that closes at ``j`` ("Veterans Employment and Training
        Service (VETS),"): a short aside in parentheses belongs to the phrase it follows."""
        toks = self._s.toks
        if j < 0 or toks[j].text != ")":
            return j
        opening = next((x for x in range(j - 1, max(-1, j - 8), -1) if toks[x].text in "()"), -1)
        if opening <= 0 or toks[opening].text != "(" or any(t.fig >= 0 for t in toks[opening:j]):
            return j
        return opening - 1

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
            if tok.low in lex.determiners and x - 2 > lo and self._infinitive(x - 1, lo):
                x -= 3  # "brings the total assistance to support the response to …": a purpose inside the object
                continue
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
        adjectives = toks[j].text == "," and before is not None and before.low in lexicon().label_links \
            and toks[x].text.islower() and j + 1 < len(toks) and toks[j + 1].text.islower() and _content(toks[j + 1])
        return before is None or before.text == "," or before.low in lexicon().determiners or adjectives or (
            _content(before) and not self._verb(x - 1) and before.text[:1].isupper()
        )  # adjectives: "employees on private, nonfarm payrolls"

    def _subject(self, verb: int, lo: int) -> list[str]:
        """The subject of the verb at ``verb``, resolved through a pronoun and a participle clause; none when what
        stands before the verb is only a time ("the budget approved last Friday included …": not "Friday")."""
        words = self._subject_words(verb, lo)
        toks = self._s.toks
        start = self._chain_start(verb, lo)
        if words == [toks[start - 1].text] and start - 2 >= lo and toks[start - 1].text in lexicon().weekdays \
                and toks[start - 2].low in time_words().relative:
            return []  # "the budget approved last Friday included": "Friday" is when, not who
        return words

    def _subject_words(self, verb: int, lo: int) -> list[str]:
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
        closing = i - 1 if i - 1 >= lo and toks[i - 1].text == "," else lo - 1 if i - 1 < lo else -1
        apposed = self._apposed_subject(closing) if closing >= 2 and i == verb - len(self._chain(verb, lo)) + 1 \
            else None
        if apposed:
            return apposed  # "the home appraisal gap—an indicator of potential bias—has shrunk": the noun before
        if i - 1 < lo and lo >= 2 and toks[lo - 1].text in ("—", "–") and toks[i].low.endswith("ing"):
            before = toks[lo - 2]  # "39 million households — covering 88 percent of children —"
            if before.fig >= 0 and self._s.readings[before.fig].count_words and not self._s.is_time(lo - 2):
                return [before.text]
            if _content(before) and before.fig < 0:
                return self._words(self._np_left(lo - 2, 0), lo - 2)[:_SUBJECT_WORDS]
        if i - 1 >= lo and toks[i - 1].low in caption_words("gerund_prepositions") and toks[verb].low.endswith("ing"):
            main = self._main_verb(lo, i - 1)  # "Trade fell this year after expanding by 3 percent": trade expanded
            if main is not None and main < verb:
                return self._subject(main, lo)
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
        if i - 3 >= lo and toks[i - 1].fig >= 0 and toks[i - 2].low == "of" and _content(toks[i - 3]) \
                and not self._s.is_time(i - 1) and not self._s.readings[toks[i - 1].fig].count_words \
                and toks[verb].low in lexicon().change_words:
            start = self._np_left(i - 3, lo)  # "Operating revenue of $6.1 billion grew 3%": the noun before "of"
            words = self._words(start, i - 3)
            if words and start == self._after_opener(lo, start) and names_measure(words):
                return words[:_SUBJECT_WORDS]
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

    def _apposed_subject(self, close: int) -> list[str] | None:
        """The noun phrase before an appositive that the mark at ``close`` ends ("the gap—an indicator of bias—",
        "the gap, an indicator of bias,"), when the appositive opens with an article and holds no verb nor figure:
        the subject of the verb after it; None otherwise."""
        toks = self._s.toks
        mark = toks[close].text
        if mark not in (",", "—", "–"):
            return None
        opening = next((x for x in range(close - 1, max(close - _APPOSITIVE_TOKENS, 0), -1)
                        if toks[x].text == mark or (mark != "," and toks[x].text in ("—", "–"))), -1)
        if opening < 1 or opening + 1 >= close or toks[opening + 1].low not in ("a", "an", "one"):
            return None
        inside = range(opening + 1, close)
        if any(toks[x].fig >= 0 or is_punct(toks[x]) or self._verb(x) for x in inside):
            return None
        end = opening - 1
        if not _content(toks[end]) or toks[end].fig >= 0 or self._verb(end) or self._s.is_time(end):
            return None
        floor = self._clause(end)[0]
        words = self._words(self._np_left(end, floor), end)
        return words[:_SUBJECT_WORDS] if words and names_measure(words) else None

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
        while j < hi:
            if _marker(toks, j, hi):
                j += 2  # "(1) $139 billion is allocated …": an item's number opens nothing
            elif toks[j].low in caption_words("clause_openers") or is_punct(toks[j]):
                j += 1
            else:
                break
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
        if not each and i + 3 < hi and toks[i].low in ("for", "over") and toks[i + 1].fig >= 0 \
                and self._s.readings[toks[i + 1].fig].kind == "duration" and toks[i + 2].low == "to" \
                and _noun_start(toks, i + 3, hi):
            words, end = self._np_right(i + 3, hi)  # "$12 million each year for at least 5 years to the Agency"
            if words:
                return ["to", *words], end
        if i < hi and toks[i].low in ("for", "among", "from", "through", "via", "under") and not self._s.is_time(i + 1):
            words, end = self._np_right(i + 1, hi)
            if words:
                return [*each, toks[i].low, *words], end
        if not each and i + 2 < hi and toks[i].low == "to" and self._infinitive_at(i + 1, hi) \
                and toks[i + 1].low not in caption_words("auxiliaries") \
                and not (toks[i + 1].low.endswith("ed") and not toks[i + 1].low.endswith("eed")):  # not "to reduced"
            words, end = self._np_right(i + 2, hi)  # "$130 million in funding to support the COVID-19 response"
            if words and not self._verb(i + 2):
                return ["to", toks[i + 1].text, *words], end
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
        short = _unpossessed(toks[j + 1].text)  # "Development’s (USAID’s)": the initials of a possessive name
        if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
            return None
        initials = ""
        i = j - 1
        while i >= start and len(initials) < len(short):
            word = _unpossessed(toks[i].text)
            if word[:1].isupper():
                initials = "".join(c for c in word if c.isupper()) + initials
            elif toks[i].low not in ("of", "for", "and", "on", "the"):
                return None
            i -= 1
        return (j - 1 - i,) if initials == short and toks[i + 1].text[:1].isupper() else None

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
        if low.endswith("s") and not low.endswith("ss") and prev in caption_words("singular_subjects"):
            return True  # "It brings U.S. aid to $7.4 billion": after a singular pronoun, an "-s" word is its verb
        if after_det and i > 0 and toks[i - 1].fig >= 0 and low in lexicon().change_words \
                and (low.endswith("ed") or low in lexicon().past_verbs):
            return True  # "Income of $2.4 billion increased 11%": a past change verb (not "a $3 million increase")
        if after_det:
            return False
        if prev in caption_words("modals") or (prev == "to" and low in _verbs()):
            return True
        if low.endswith("ed") and self._adjective_ed(i):
            return False  # "Major industrialized economies are expected": an adjective before the subject's noun
        if low in _verbs() or low in lexicon().past_verbs:
            return True
        if low.endswith("ed") and (len(low) > 4 or (len(low) == 4 and low[1] != "e")):
            return True  # "reported", "used" (not "need", "seed")
        if low.endswith("ing") and len(low) > 5 and i > 0 and toks[i - 1].text == ",":
            return True
        return low.endswith("s") and (_ly_adverb(prev) or prev in caption_words("adverbs"))  # not "family farmers"

    def _adjective_ed(self, i: int) -> bool:
        """True for an "-ed" word between a capitalised word opening the sentence and a plural noun followed by
        an auxiliary ("Major industrialized economies are …", "Developed countries have …"): it qualifies that noun."""
        toks = self._s.toks
        if i + 2 >= len(toks) or i == 0 or not toks[i - 1].text[:1].isupper() or any(
                not is_punct(t) for t in toks[: i - 1]):
            return False
        noun, after = toks[i + 1], toks[i + 2].low
        return (noun.text.isalpha() and noun.text.islower() and noun.low.endswith("s")
                and noun.low not in lexicon().stop_words
                and (after in caption_words("auxiliaries") or after in caption_words("modals")))

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
