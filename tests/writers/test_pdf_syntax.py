"""PDF objects the writer formats itself come out byte for byte as ReportLab's generic objects."""

from __future__ import annotations

import pytest
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

from briefgen.writers.pdf import syntax


@pytest.fixture(params=[0, 1], ids=["single-line", "multi-line"])
def multiline(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(rl_config, "pdfMultiLine", request.param)
    return int(request.param)


@pytest.mark.parametrize("count", [0, 1, 6, 7, 10, 11, 25])
def test_arrays_and_dictionaries_are_laid_out_as_reportlabs(count: int, multiline: int) -> None:
    document = pdfdoc.PDFDocument()
    values = [index * 1.5 for index in range(count)]
    expected = pdfdoc.PDFArray(values).format(document)
    assert syntax.array([pdfdoc.format(v, document) for v in values]) == expected
    entries = {f"Key{index:02d}": index for index in range(count)}
    expected = pdfdoc.PDFDictionary(entries).format(document)
    items = [pdfdoc.format(pdfdoc.PDFName(k), document) + b" " + pdfdoc.format(v, document) for k, v in entries.items()]
    assert syntax.dictionary(items) == expected


def _annotation(contents: str, destination: pdfdoc.Destination, **extra: object) -> pdfdoc.LinkAnnotation:
    border = pdfdoc.PDFArray([0, 0, 0])
    return pdfdoc.LinkAnnotation((10.5, 20, 30.25, 40.125), contents, destination, Border=border, **extra)


@pytest.mark.parametrize(
    "contents",
    ["Go to Sources in this document", "Citation 1: Cambodia. cambodia.txt … “quoted” (paren)", "Ꭰ Cherokee", ""],
)
def test_a_link_annotation_is_written_as_reportlab_writes_it(contents: str, multiline: int) -> None:
    document = pdfdoc.PDFDocument()
    page = pdfdoc.PDFObjectReference("Page1")
    document.idToObjectNumberAndVersion["Page1"] = (53, 0)
    destination = pdfdoc.Destination("src-1")
    destination.xyz(68.69291, 121.7586, 0)
    destination.page = page
    plain = _annotation(contents, destination, StructParent=7)
    plain.permitted = (*plain.permitted, "StructParent")
    ours = syntax.faster(_annotation(contents, destination, StructParent=7))
    ours.permitted = plain.permitted
    assert type(ours) is syntax.LinkAnnotation
    assert ours.format(document) == plain.format(document)
    assert ours.format(document) == plain.format(document)  # the destination written once, the same again


def test_other_annotations_are_left_to_reportlab() -> None:
    uri = pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("Annot")})
    assert syntax.faster(uri) is uri
    assert type(uri) is pdfdoc.PDFDictionary


@pytest.mark.parametrize(
    "values", [[], [750], [0, 277.832, 333.0078, -210.4492, 1e-9, 1234567.891, 10.0], list(range(0, 2560, 10))]
)
def test_a_number_array_is_written_as_reportlab_writes_it(values: list[float], multiline: int) -> None:
    document = pdfdoc.PDFDocument()
    assert syntax.NumberArray(values).format(document) == pdfdoc.PDFArray(values).format(document)
    mixed = [*values, True, "/Name"]  # not only numbers: ReportLab's own path
    assert syntax.NumberArray(mixed).format(document) == pdfdoc.PDFArray(mixed).format(document)
