"""Citation passages: the cited span inside its paragraph, or the cited text alone for older briefs."""

from __future__ import annotations

from briefgen.web.content import CiteLink
from briefgen.web.manifest import CitedText, Manifest, Passage, SourceInfo
from briefgen.web.passages import CONTEXT_CHARS, parse_key, passage_views

TEXT = "First paragraph.\n\nThe minister said aid rose to $5 million. Talks continue."
START = TEXT.index("$5")
KEY = f"cite-my-src-{START}-{START + 10}"


def _manifest(passages: tuple[Passage, ...] = (), url: str | None = "https://x.example/a") -> Manifest:
    return Manifest(
        "T",
        "",
        "",
        "",
        "",
        (),
        (),
        (SourceInfo("my-src", 1, "Source title", url),),
        passages,
        (CitedText("my-src", START, START + 10, "$5 million"),),
        "",
    )


def test_parse_key() -> None:
    assert parse_key("cite-my-src-2024-47-57") == ("my-src-2024", 47, 57)
    for bad in (
        "cite--1-2",
        "cite-a-5-2",
        "cite-a-1",
        "nope-a-1-2",
        "cite-a-x-2",
        "cite-a-²-3",
        f"cite-a-1-{'9' * 5000}",
    ):
        assert parse_key(bad) is None, bad


def test_span_marked_inside_its_paragraph() -> None:
    passage = Passage("my-src", 1, 18, len(TEXT), TEXT[18:])
    (view,) = passage_views((CiteLink(KEY, "1", ""),), _manifest((passage,)))
    assert view.before + view.cited + view.after == TEXT[18:]
    assert view.cited == TEXT[START : START + 10] == "$5 million"
    assert view.in_context and view.location == f"Paragraph 2, characters {START}–{START + 10}"
    assert (view.source_title, view.source_url, view.number) == ("Source title", "https://x.example/a", "1")


def test_fallback_to_the_cited_text() -> None:
    (view,) = passage_views((CiteLink(KEY, "1", ""),), _manifest())
    assert (view.before, view.cited, view.after, view.in_context) == ("", "$5 million", "", False)
    (unknown,) = passage_views((CiteLink("cite-other-1-2", "2", ""),), None)
    assert unknown.cited == "" and unknown.source_title == ""


def test_only_web_addresses_are_linked() -> None:
    (view,) = passage_views((CiteLink(KEY, "1", ""),), _manifest(url="javascript:alert(1)"))
    assert view.source_url is None


def test_long_paragraphs_are_cut_around_the_span() -> None:
    words = "word " * 1000
    text = words + "CITED" + " " + words
    passage = Passage("s", 0, 0, len(text), text)
    (view,) = passage_views((CiteLink(f"cite-s-{len(words)}-{len(words) + 5}", "1", ""),), _manifest((passage,)))
    assert view.cited == "CITED"
    assert view.before.startswith("…") and view.after.endswith("…")
    assert len(view.before) <= CONTEXT_CHARS + 1 and len(view.after) <= CONTEXT_CHARS + 1
