"""The PDF writer's structure tree: reading order, list labels, tables across pages, artifacts, citations."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import pytest

from briefgen.document import Cell, Document, Heading, Para, Row, Table, Text
from briefgen.writers.base import RenderJob
from briefgen.writers.pdf import write_pdf

from writers.sample_document import sample_job

pikepdf = pytest.importorskip("pikepdf", reason="pikepdf is not installed (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def job(tmp_path_factory: pytest.TempPathFactory) -> RenderJob:
    return sample_job(tmp_path_factory.mktemp("template"))


def _roles(data: bytes) -> list[str]:
    """Structure element types in reading order (depth first)."""
    out: list[str] = []

    def walk(element: Any) -> None:
        if isinstance(element, pikepdf.Dictionary) and element.get("/S") is not None:
            out.append(str(element.S)[1:])
            kids = element.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                walk(kid)

    with pikepdf.open(io.BytesIO(data)) as pdf:
        walk(pdf.Root.StructTreeRoot.K)
    return out


def test_the_tree_opens_with_the_document_and_its_title(job: RenderJob) -> None:
    roles = _roles(write_pdf(job))
    assert roles[0] == "Document"
    assert "H1" in roles[:4]


def test_the_sidebar_is_read_after_the_main_column_beside_it(job: RenderJob) -> None:
    roles = _roles(write_pdf(job))
    aside = roles.index("Aside")
    assert "L" in roles[:aside]  # the bottom line's list comes first
    assert roles[aside + 1].startswith("H")  # the sidebar's own heading opens it


def test_each_list_item_has_its_label_and_body(job: RenderJob) -> None:
    roles = _roles(write_pdf(job))
    items = [i for i, role in enumerate(roles) if role == "LI"]
    assert items
    assert all(roles[i + 1 : i + 3] == ["Lbl", "LBody"] for i in items)


def test_a_header_row_repeated_on_later_pages_is_an_artifact(job: RenderJob) -> None:
    rows = [Row((Cell((Text("Date"),), header=True), Cell((Text("Event"),), header=True)))]
    rows += [Row((Cell((Text(f"{n} May"),)), Cell((Text(f"Event number {n} took place."),)))) for n in range(120)]
    document = Document(header=(), footer=(), body=(Heading(2, (Text("Timeline"),)), Table(tuple(rows))))
    data = write_pdf(replace(job, document=document))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) > 2
    roles = _roles(data)
    assert roles.count("TH") == 2  # once, though drawn on every page
    assert roles.count("TR") == 121
    assert roles.count("TD") == 240


def test_citation_marks_carry_an_empty_actual_text(job: RenderJob) -> None:
    data = write_pdf(job)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        spans = 0
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "BDC" and str(operands[0]) == "/Span":
                    assert str(operands[1].ActualText) == ""
                    spans += 1
    assert spans > 0


def test_a_brief_of_one_paragraph_passes_the_checker(job: RenderJob) -> None:
    from briefgen.accessibility.pdf_check import check_pdf

    body = (Para((Text("Only a paragraph."),)),)
    assert check_pdf(write_pdf(replace(job, document=Document(header=(), footer=(), body=body)))) == ()


def test_running_heads_are_typed_pagination_artifacts_and_the_rest_layout(job: RenderJob) -> None:
    with pikepdf.open(io.BytesIO(write_pdf(job))) as pdf:
        for page in pdf.pages:
            kinds = [
                (str(props.get("/Type")), str(props.get("/Subtype", "")))
                for operands, op in pikepdf.parse_content_stream(page)
                if str(op) in ("BDC", "BMC") and str(operands[0]) == "/Artifact"
                for props in [operands[1] if len(operands) > 1 else pikepdf.Dictionary()]
            ]
            assert [sub for kind, sub in kinds if kind == "/Pagination"] == ["/Header", "/Footer"]
            assert {kind for kind, _ in kinds} == {"/Pagination", "/Layout"}


def test_a_link_over_three_lines_is_one_link_element_with_its_text_and_three_annotations(job: RenderJob) -> None:
    from briefgen.document import Link

    url = "https://www.khmertimeskh.com/" + "very-long-path-segment/" * 8
    body = (Para((Link(url, (Text(url),)),)),)
    data = write_pdf(replace(job, document=Document(header=(), footer=(), body=body)))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        paragraph = pdf.Root.StructTreeRoot.K.K[0]
        (link,) = list(paragraph.K)
        assert link.S == "/Link"
        kids = list(link.K)
        assert [k for k in kids if isinstance(k, int)] == [0]
        annotations = [k.Obj for k in kids if isinstance(k, pikepdf.Dictionary)]
        assert len(annotations) == 3
        assert [str(a.Contents) for a in annotations] == [url] * 3
        assert sorted(a.objgen for a in annotations) == sorted(a.objgen for a in pdf.pages[0].Annots)


def test_a_tagged_flowable_answers_for_what_it_wraps() -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from briefgen.writers.pdf.struct_nodes import Node
    from briefgen.writers.pdf.tagging import Tagged

    para = Paragraph("text", getSampleStyleSheet()["BodyText"])
    para.custom = None
    wrapped = Tagged(para, Node("P"))
    assert wrapped.style is para.style and wrapped.text == "text" and wrapped.custom is None
    assert getattr(wrapped, "_SPACETRANSFER", "absent") == "absent" and not hasattr(wrapped, "frameAction")
    with pytest.raises(AttributeError, match="nothing_here"):
        _ = wrapped.nothing_here
    wrapped.keepWithNext = 1  # written through to the wrapped flowable
    assert para.keepWithNext == 1 and wrapped.keepWithNext == 1
