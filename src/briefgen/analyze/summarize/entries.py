"""Timeline entries a reader can read alone: a clause that stands alone, else its whole sentence, else none.

The timeline stage finds a dated clause; out of its sentence a clause may be a fragment ("made the
remarks on ASEM Day", "as an active member … in 2021", "Following a near-defeat in the 2013 general
elections"), a table row ("Assistance … | State and USAID | $860 million") or ceremony. Such an entry
is shown as its whole sentence when that is short and stands alone, and dropped otherwise; entries
that end up with the same text, or the same date and a near-repeat of it from another source, are
shown once.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ...model import Cite, Event, Sentence
from ...resources import data_toml, word_list
from .choose import stands_alone
from .duplicates import Signature, signature_of, similar
from .standalone import TABLE_BAR, run_in_heading, words

MAX_SENTENCE_WORDS = 45
"""A whole sentence longer than this is too long for a timeline entry."""


def readable_events(events: Sequence[Event], sentences: Sequence[Sentence]) -> tuple[Event, ...]:
    """The events as entries that stand alone, in their order, each text once."""
    starts: dict[str, list[int]] = defaultdict(list)
    by_source: dict[str, list[Sentence]] = defaultdict(list)
    for s in sentences:
        starts[s.source].append(s.start)
        by_source[s.source].append(s)
    out: list[Event] = []
    texts: set[str] = set()
    dated: dict[str, list[Signature]] = defaultdict(list)  # date -> the signatures of the entries kept with it
    for event in events:
        i = bisect.bisect_right(starts.get(event.cite.source, []), event.cite.start) - 1
        sentence = by_source[event.cite.source][i] if i >= 0 else None
        entry = readable_event(event, sentence)
        if entry is None or entry.text in texts:
            continue
        # The same date with a near-repeat of an entry kept ("had received some $17.7 billion" beside "had
        # received $17.7 billion"): each entry's words are read once, and compared with those of its date only.
        signature = signature_of(entry.text)
        if any(similar(signature, other) for other in dated[entry.date]):
            continue
        out.append(entry)
        texts.add(entry.text)
        dated[entry.date].append(signature)
    return tuple(out)


def readable_event(event: Event, sentence: Sentence | None) -> Event | None:
    """The event as it can be shown: its clause, its whole sentence, or None (a heading names a topic, not an
    event: "Statement by Secretary Austin on the Fiscal Year 2023 Budget")."""
    if sentence is not None and sentence.heading:
        return None
    if sentence is not None:
        cut = run_in_heading(sentence.text)
        opens_sentence = event.cite.start <= sentence.start + cut
    else:
        cut, opens_sentence = 0, False
    if opens_sentence:
        lead = max(0, sentence.start + cut - event.cite.start) if sentence is not None else 0
        clause = event.text[lead:]
        whole = sentence is not None and event.cite.end >= sentence.end
        if clause_stands_alone(clause) and (whole or not _dangles(clause)):
            if not lead:
                return event
            c = event.cite
            return replace(event, text=clause, cite=Cite(c.source, c.paragraph, c.start + lead, c.end))
    if sentence is None:
        return None
    text = sentence.text[cut:]
    if len(text.split()) > MAX_SENTENCE_WORDS or not clause_stands_alone(text):
        return None
    cite = Cite(sentence.source, sentence.paragraph, sentence.start + cut, sentence.end)
    return replace(event, text=text, cite=cite)


def _dangles(clause: str) -> bool:
    """A clause cut short: it ends on a function word ("… projects such as")."""
    last = (words(clause) or [""])[-1].lower()
    return last in word_list("stopwords_en.txt")


def clause_stands_alone(text: str) -> bool:
    """A clause reads alone: it starts with a capital or digit, is no table row, no reference back, no
    ceremony, and does not open with a subordinator, preposition or participle without a main clause
    after a comma ("Following a near-defeat in the 2013 elections")."""
    body = text.strip()
    if not body or TABLE_BAR in body or not (body[0].isupper() or body[0].isdigit() or body[0] in "“\""):
        return False
    if not stands_alone(body):
        return False
    lead = [w.lower() for w in words(body)[:2]] + ["", ""]
    fragments = data_toml("summary_signals.toml")["fragments"]
    participle = lead[0].endswith("ing") and lead[1] in fragments["determiners"]  # "Following a …"
    dependent = lead[0] in fragments["openers"] or participle
    return not (dependent and "," not in body)
