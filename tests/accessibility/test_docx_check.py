"""The DOCX accessibility checker: each rule fires on a document that breaks it and only then."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from PIL import Image

from briefgen.accessibility.docx_check import DocxError, check_docx


def _png() -> bytes:
    """A 1×1 PNG picture."""
    buffer = io.BytesIO()
    Image.new("RGB", (1, 1)).save(buffer, "PNG")
    return buffer.getvalue()


def _good() -> docx.document.Document:
    """A small document that keeps every rule."""
    doc = docx.Document()
    doc.core_properties.title = "A brief"
    doc.core_properties.language = "en-GB"
    rpr = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-GB")
    rpr.append(lang)
    doc.add_paragraph("A brief", style="Title")
    doc.add_paragraph("Section", style="Heading 1")
    doc.add_paragraph("Text.")
    doc.add_paragraph("Part", style="Heading 2")
    table = doc.add_table(rows=2, cols=2)
    for cell, text in zip(table.rows[0].cells, ("Name", "Role"), strict=True):
        cell.paragraphs[0].text = text
        cell.paragraphs[0].style = doc.styles["Heading 3"]
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    doc.add_paragraph("After the table.")
    return doc


def _bytes(doc: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _rules(doc: docx.document.Document) -> list[str]:
    return [f.rule for f in check_docx(_bytes(doc))]


def test_a_document_keeping_the_rules_passes() -> None:
    assert _rules(_good()) == []


def test_a_skipped_heading_level_is_found() -> None:
    doc = _good()
    doc.add_paragraph("Deep", style="Heading 5")
    assert _rules(doc) == ["heading-order"]


def test_a_document_opening_at_heading_two_is_found() -> None:
    doc = docx.Document()
    doc.core_properties.title = "T"
    doc.add_paragraph("Starts low", style="Heading 2")
    assert "heading-order" in _rules(doc)


def test_an_unmarked_header_row_is_found() -> None:
    doc = _good()
    trpr = doc.tables[0].rows[0]._tr.trPr
    trpr.remove(trpr.find(qn("w:tblHeader")))
    assert _rules(doc) == ["table-header"]


def test_an_empty_paragraph_for_spacing_is_found() -> None:
    doc = _good()
    doc.add_paragraph("")
    doc.add_paragraph("More text.")
    assert _rules(doc) == ["empty-paragraph"]


def test_the_paragraph_word_needs_after_a_final_table_is_allowed() -> None:
    doc = _good()
    doc.add_table(rows=1, cols=1).rows[0].cells[0].paragraphs[0].text = "x"
    doc.add_paragraph("")
    assert _rules(doc) == []


def test_a_picture_without_alt_text_is_found() -> None:
    doc = _good()
    doc.add_picture(io.BytesIO(_png()))
    assert sorted(_rules(doc)) == ["picture-alt", "picture-alt"]


def test_missing_language_and_title_are_found() -> None:
    doc = docx.Document()
    doc.core_properties.title = ""
    doc.add_paragraph("Text.")
    doc.core_properties.language = ""
    assert set(_rules(doc)) == {"language", "title"}


def test_a_sidebar_before_the_main_text_is_found() -> None:
    doc = _good()
    doc.styles.add_style("Sidebar Heading", 1)
    row = doc.add_table(rows=1, cols=2).rows[0]
    row.cells[0].paragraphs[0].text = "Key figures"
    row.cells[0].paragraphs[0].style = doc.styles["Sidebar Heading"]
    row.cells[1].paragraphs[0].text = "The bottom line."
    doc.add_paragraph("End.")
    assert _rules(doc) == ["sidebar-order"]


def test_a_file_that_is_not_a_word_document_is_refused() -> None:
    with pytest.raises(DocxError, match="not a Word document"):
        check_docx(b"%PDF-1.4", "x.docx")
