"""The PDF/UA checker: an untagged PDF fails, the writer's tagged PDF passes, and each rule fires on a PDF
that breaks it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas

from briefgen.accessibility.pdf_check import PdfError, check_pdf
from briefgen.writers.pdf import write_pdf

from writers.sample_document import sample_job

pikepdf = pytest.importorskip("pikepdf", reason="pikepdf is not installed (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def tagged(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The sample brief as the PDF writer renders it (tables, lists, a chart, the sidebar, links)."""
    return write_pdf(sample_job(tmp_path_factory.mktemp("template")))


def _rules(data: bytes) -> set[str]:
    return {f.rule for f in check_pdf(data)}


def _edited(data: bytes, edit: object) -> bytes:
    """``data`` with ``edit(pdf)`` applied by pikepdf."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        edit(pdf)  # type: ignore[operator]
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def test_the_writers_tagged_pdf_passes(tagged: bytes) -> None:
    assert check_pdf(tagged) == ()


def test_an_untagged_pdf_fails() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 72, "Plain text")
    canvas.save()
    assert {"tagged", "language", "pdfua-id", "title-shown", "untagged-content"} <= _rules(buffer.getvalue())


def test_a_figure_without_alt_text_is_found(tagged: bytes) -> None:
    def drop_alt(pdf: object) -> None:
        figures = _elements(pdf, "/Figure")
        assert figures
        del figures[0].Alt  # type: ignore[attr-defined]

    assert _rules(_edited(tagged, drop_alt)) == {"figure-alt"}


def test_text_outside_marked_content_is_found(tagged: bytes) -> None:
    def add_text(pdf: object) -> None:
        page = pdf.pages[0]  # type: ignore[attr-defined]
        page.contents_add(pikepdf.Stream(pdf, b"BT /F1 9 Tf 10 10 Td (stray) Tj ET"), prepend=False)

    assert _rules(_edited(tagged, add_text)) == {"untagged-content"}


def test_a_page_without_structure_tab_order_is_found(tagged: bytes) -> None:
    def drop_tabs(pdf: object) -> None:
        del pdf.pages[0].obj.Tabs  # type: ignore[attr-defined]

    assert _rules(_edited(tagged, drop_tabs)) == {"tab-order"}


def test_a_pdf_without_the_pdfua_identifier_is_found(tagged: bytes) -> None:
    def drop_metadata(pdf: object) -> None:
        del pdf.Root.Metadata  # type: ignore[attr-defined]

    assert _rules(_edited(tagged, drop_metadata)) == {"pdfua-id"}


def test_not_a_pdf_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PdfError, match="not a readable PDF"):
        check_pdf(b"PK\x03\x04 not a pdf", "x.pdf")


def _elements(pdf: object, role: str) -> list[object]:
    """Every structure element of type ``role``."""
    found = []

    def walk(element: object) -> None:
        if isinstance(element, pikepdf.Dictionary) and element.get("/S") is not None:
            if role == element.S:
                found.append(element)
            kids = element.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                walk(kid)

    walk(pdf.Root.StructTreeRoot.K)  # type: ignore[attr-defined]
    return found


def test_a_skipped_heading_level_and_an_unmapped_type_are_found(tagged: bytes) -> None:
    def break_headings(pdf: object) -> None:
        _elements(pdf, "/H2")[0].S = pikepdf.Name("/H4")  # type: ignore[attr-defined]
        _elements(pdf, "/Caption")[0].S = pikepdf.Name("/ChartTitle")  # type: ignore[attr-defined]

    assert _rules(_edited(tagged, break_headings)) == {"heading-order", "role-map"}


def test_a_table_without_header_cells_is_found(tagged: bytes) -> None:
    def plain_cells(pdf: object) -> None:
        for cell in _elements(pdf, "/TH"):
            cell.S = pikepdf.Name("/TD")  # type: ignore[attr-defined]

    assert _rules(_edited(tagged, plain_cells)) == {"table-headers"}


def _first(pdf: object, role: str) -> Any:
    found = _elements(pdf, role)
    assert found, role
    return found[0]


def test_a_link_element_without_its_text_is_found(tagged: bytes) -> None:
    def drop_text(pdf: object) -> None:
        link = _first(pdf, "/Link")
        link.K = pikepdf.Array([k for k in link.K if not isinstance(k, int)])

    assert _rules(_edited(tagged, drop_text)) == {"link-content"}


def test_a_link_annotation_its_element_does_not_point_back_to_is_found(tagged: bytes) -> None:
    def drop_objr(pdf: object) -> None:
        link = _first(pdf, "/Link")
        link.K = pikepdf.Array([k for k in link.K if isinstance(k, int)])

    assert _rules(_edited(tagged, drop_objr)) == {"link-content", "annotation-tagged"}


def test_an_untyped_artifact_and_an_artifact_inside_content_are_found(tagged: bytes) -> None:
    def add(pdf: object) -> None:
        page = pdf.pages[0]  # type: ignore[attr-defined]
        stream = b"/Artifact BMC 0 0 1 1 re f EMC /P <</MCID 0>> BDC /Artifact <</Type /Layout>> BDC EMC EMC"
        page.contents_add(pikepdf.Stream(pdf, stream), prepend=False)

    assert _rules(_edited(tagged, add)) == {"artifact-typed", "artifact-nesting"}


def test_a_figure_without_its_bounding_box_is_found(tagged: bytes) -> None:
    def drop_box(pdf: object) -> None:
        del _first(pdf, "/Figure").A

    assert _rules(_edited(tagged, drop_box)) == {"figure-bbox"}


def test_an_unlabelled_citation_mark_and_one_copied_with_the_text_are_found(tagged: bytes) -> None:
    def unlabel(pdf: object) -> None:
        del _first(pdf, "/Reference").Alt

    assert _rules(_edited(tagged, unlabel)) == {"citation-marks"}

    def copied(pdf: object) -> None:
        for page in pdf.pages:  # type: ignore[attr-defined]
            kept = [
                (operands, op)
                for operands, op in pikepdf.parse_content_stream(page)
                if not (str(op) == "BDC" and str(operands[0]) == "/Span")
            ]
            page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(_balanced(kept)))  # type: ignore[attr-defined]

    assert "citation-marks" in _rules(_edited(tagged, copied))


def _balanced(ops: list[Any]) -> list[Any]:
    """``ops`` without their unmatched ``EMC`` operators (those that closed the dropped spans)."""
    out: list[Any] = []
    depth = 0
    for operands, op in ops:
        if str(op) in ("BDC", "BMC"):
            depth += 1
        elif str(op) == "EMC":
            if depth == 0:
                continue
            depth -= 1
        out.append((operands, op))
    return out


def test_a_note_without_an_id_an_element_without_a_parent_and_a_cell_outside_a_row_are_found(tagged: bytes) -> None:
    def break_tree(pdf: object) -> None:
        _first(pdf, "/P").S = pikepdf.Name("/Note")
        del _first(pdf, "/H2").P
        _first(pdf, "/LBody").S = pikepdf.Name("/TD")

    assert _rules(_edited(tagged, break_tree)) == {"note-id", "structure-parent", "structure-nesting"}


def test_a_font_not_embedded_or_without_unicode_map_and_a_bad_language_tag_are_found(tagged: bytes) -> None:
    def break_fonts(pdf: object) -> None:
        fonts = list(pdf.pages[0].Resources.Font.values())  # type: ignore[attr-defined]
        del fonts[0].FontDescriptor.FontFile2
        del fonts[0].ToUnicode
        pdf.Root.Lang = pikepdf.String("English (US)")  # type: ignore[attr-defined]

    assert _rules(_edited(tagged, break_fonts)) == {"fonts-embedded", "fonts-unicode", "language"}
