"""The judgement filter: analyst blocks as italic brief markup, list items grouped, cites after claims."""

from __future__ import annotations

from briefgen.model import (
    AnalystSection,
    Brief,
    Cite,
    JudgementBlock,
    JudgementRun,
    SourceRef,
)
from briefgen.templating.judgement import judgement_filter


def _brief() -> Brief:
    ref = SourceRef(1, "src", "Src", "src.txt", "0" * 64, "text")
    return Brief("b", "T", "", "2026-01-01", "U", "", False, "(U)", (ref,), (), (), (), (), (), (), ())


def test_blocks_as_markup_with_cites_and_escaping() -> None:
    cite = Cite("src", 2, 10, 22)
    section = AnalystSection(
        "assessment",
        "Assessment",
        3,
        (
            JudgementBlock((JudgementRun("Aid of $588 million", cites=(cite,)), JudgementRun(" & <more>.")), 5),
            JudgementBlock((JudgementRun("bold", strong=True),), 7, item=True),
            JudgementBlock((JudgementRun("second\nline"),), 8, item=True),
        ),
    )
    markup = str(judgement_filter(_brief())(section, "(U) "))
    lines = markup.splitlines()
    assert lines[0].startswith('<p class="judgement">(U) <em>Aid of $588 million<sup class="cite">')
    assert 'href="#src-1"' in lines[0] and "&amp; &lt;more&gt;." in lines[0]
    items = "<li>(U) <em><strong>bold</strong></em></li><li>(U) <em>second line</em></li>"
    assert lines[1] == f'<ul class="judgement">{items}</ul>'
