"""Quotations checked against made-up source texts: verbatim despite quote marks and case, close, or absent."""

from __future__ import annotations

from briefgen.analyst.quotations import QuoteIndex, quotations
from briefgen.analyze.sentences.split import split_sentences
from briefgen.model import Paragraph, Source

TEXT = "The minister said: “We will not accept any foreign military base on our soil.” Talks resume in May."


def _index() -> tuple[QuoteIndex, Source]:
    source = Source("s", "S", "s.txt", "", TEXT, (Paragraph(0, 0, len(TEXT), TEXT),))
    return QuoteIndex([source], split_sentences(source), []), source


def test_found_quotations_skip_short_scare_quotes() -> None:
    found = list(quotations('A "so-called" deal; he said "talks will resume soon" and “no more”.'))
    assert [q.text for q in found] == ["talks will resume soon"]


def test_verbatim_with_straight_quotes_and_other_case_is_supported() -> None:
    index, source = _index()
    result = index.check("we will NOT accept any foreign military base on our soil")
    assert result.status == "supported"
    cite = result.cites[0]
    assert source.text[cite.start : cite.end] == "We will not accept any foreign military base on our soil"


def test_changed_words_differ_with_the_source_wording() -> None:
    index, _source = _index()
    result = index.check("We will not accept any foreign naval base on our soil")
    assert result.status == "differs"
    assert "foreign military base on our soil" in result.source_value


def test_invented_quotation_is_unsupported() -> None:
    index, _source = _index()
    assert index.check("Cambodia will join the alliance next year").status == "unsupported"
