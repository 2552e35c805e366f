"""Completeness tests of a caption: what marks it unsure (kept in the JSON, never shown in a box)."""

from __future__ import annotations

from collections.abc import Sequence

from ..clauses import CLAUSE_MARKS, caption_words, is_punct
from ..complete import adverb_form, names_measure, uncontracted
from ..fragments import comparative
from ..lexicon import lexicon
from .grammar import (
    _OPENING_PREPS,
    _PARTIES,
    _content,
    _participle,
)
from .periods import _Periods


class _Checks(_Periods):
    """Tests of whether a caption says what is measured, for whom and when."""

    __slots__ = ()

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

    def _respective(self, k: int, hi: int) -> bool:
        """True when the figure is one of a list paired with another list by "respectively": which
        measure is its own the caption reader does not work out."""
        return any(t.low == "respectively" for t in self._s.toks[k + 1 : hi])

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

    def _borrowed_core(self, k: int) -> list[str] | None:
        """The caption words of an earlier figure of the sentence that the figure at ``k`` took as its own."""
        cores = [d.core for i, d in self._done.items() if i < k]
        return cores[-1] if cores else None
