"""The fixtures' briefs read as a brief: every item stands alone, no ceremony, a bottom line across themes."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen import api
from briefgen.analyze.summarize.duplicates import near_repeat
from briefgen.analyze.summarize.entries import clause_stands_alone
from briefgen.analyze.summarize.standalone import ceremonial, unresolved_reference
from briefgen.model import Brief

ROOT = Path(__file__).parent.parent
FOLDERS = [ROOT / "seeds" / "cambodia", *(ROOT / "tests" / "fixtures" / "briefs" / n for n in ("mixed", "asean"))]


@pytest.fixture(scope="module", params=FOLDERS, ids=lambda p: p.name)
def brief(request: pytest.FixtureRequest) -> Brief:
    _spec, _analysis, composed = api.prepare(request.param)
    return composed


def test_no_item_leans_on_a_sentence_the_reader_cannot_see(brief: Brief) -> None:
    items = [*brief.bluf, *(i for t in brief.themes for i in t.summary)]
    assert items
    for item in items:
        assert not unresolved_reference(item.text), item.text
        assert "|" not in item.text, item.text


def test_the_bottom_line_holds_no_ceremony_and_spans_themes(brief: Brief) -> None:
    assert 1 <= len(brief.bluf) <= 4
    assert not any(ceremonial(i.text) for i in brief.bluf)
    covered = [t for t in brief.themes if t.covered]
    homes = {t.id for i in brief.bluf for t in covered if any(i.cite.paragraph == a.paragraph and
             i.cite.source == a.source and a.theme == t.id for a in brief.assignments)}
    assert len(homes) >= min(2, len(covered), len(brief.bluf))
    assert not any(i.stale for i in brief.bluf)
    disputed = [c for d in brief.discrepancies for f in d.figures for c in (f.cite, *f.also)]
    for item in brief.bluf:  # no figure the sources give differently is asserted in the bottom line
        assert not any(c.source == item.cite.source and item.cite.start <= c.start < item.cite.end for c in disputed)


def test_timeline_entries_are_sentences_or_clauses_that_stand_alone(brief: Brief) -> None:
    texts = [e.text for e in brief.timeline]
    assert texts
    assert len(texts) == len(set(texts))
    for i, a in enumerate(brief.timeline):  # one entry per event, whichever sources report it
        assert not any(a.date == b.date and near_repeat(a.text, b.text) for b in brief.timeline[i + 1 :])
    for text in texts:
        assert clause_stands_alone(text), text
