"""A sentence that points back with "this assistance" or "these funds" takes the period the previous sentence gives
that measure (issue 10: the period named in the previous sentence). Made-up sentences, none from a gold text."""

from __future__ import annotations

from briefgen.analyze.figures.extract import extract_figures
from briefgen.model import Figure, Paragraph, Sentence, Source


def _figures(*sentences: str, paragraphs: tuple[int, ...] = ()) -> list[Figure]:
    text = " ".join(sentences)
    spans, at = [], 0
    for i, sentence in enumerate(sentences):
        spans.append((paragraphs[i] if paragraphs else 0, at, at + len(sentence), sentence))
        at += len(sentence) + 1
    paras = []
    for p in sorted({span[0] for span in spans}):
        mine = [span for span in spans if span[0] == p]
        paras.append(Paragraph(p, mine[0][1], mine[-1][2], text[mine[0][1] : mine[-1][2]]))
    source = Source("src", "test", "test.txt", "0" * 64, text, tuple(paras), date="2024-06-01")
    return extract_figures(source, [Sentence("src", p, a, b, t) for p, a, b, t in spans])


_FIRST = "In FY2020, U.S. rural assistance totaled an estimated $9.4 billion."
_SECOND = "About 30% of this assistance was for roads; 25% for clinics."


def test_a_share_of_this_assistance_takes_the_previous_sentences_period() -> None:
    shares = [f for f in _figures(_FIRST, _SECOND) if f.kind == "percent"]
    assert [f.label.endswith("FY2020") for f in shares] == [True, True], [f.label for f in shares]


def test_no_period_is_carried_into_another_paragraph() -> None:
    shares = [f for f in _figures(_FIRST, _SECOND, paragraphs=(0, 1)) if f.kind == "percent"]
    assert not any("FY2020" in f.label for f in shares), [f.label for f in shares]
