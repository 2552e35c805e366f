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
- a figure that restates or continues another one shares its measure: a change given again in percent
  ("decreased $2.1 billion, or 1.0 percent,"), the new level after "to", an increase set off after its head
  ("$298 million for the Wage and Hour Division, an increase of $69 million above the 2019 enacted level": the
  comparison base is kept), a part in parentheses of a change ("increases in capital goods ($0.7 billion); in
  other goods (…)" -> "increase in imports of other goods"), an amount closing a dated note after a title;
- "for" phrases opening the sentence ("For a married couple earning …,") say for whom; "In total," makes a
  total; a demonstrative ("this assistance") takes the period the previous sentence gave that measure;
- the sentence's time expression tied to the figure (after it, inside its phrase, in its clause,
  or opening the sentence) is appended as the period: "…, 2013", "…, by 2024", "…, 2013–2017".

``Caption.label`` returns None when none of this applies; the older window labels then serve.

The reader is split by job: ``grammar`` (word tests, limits, small helpers), ``phrases`` (clauses, noun
phrases, subjects, verbs, predicates), ``periods`` (the time a figure holds for, a rate's unit), ``checks``
(whether a caption is complete), ``reader`` (``Caption``: the measure, for whom, the period), each class
building on the one before.
"""

from __future__ import annotations

from .grammar import MAX_WORDS, in_scope
from .reader import Caption

__all__ = ["MAX_WORDS", "Caption", "in_scope"]
