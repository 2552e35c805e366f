"""PDF objects the writer formats itself come out byte for byte as ReportLab's generic objects."""

from __future__ import annotations

from collections.abc import Callable

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


def _codec(text: object) -> object:
    """ReportLab's ``pdfdocEnc``, or the error it raises."""
    try:
        return syntax.REPORTLAB[0](text)
    except UnicodeEncodeError as exc:
        return type(exc)


def _encoded(text: object) -> object:
    try:
        return syntax.encode(text)
    except UnicodeEncodeError as exc:
        return type(exc)


def test_syntax_is_encoded_as_reportlabs_codec_encodes_it() -> None:
    texts: list[object] = [chr(code) for code in range(0x300)] + ["", "1 0 obj\n", "/Name 12.5 R", b"bytes\x19"]
    texts += ["x" * 40 + chr(code) for code in (0x17, 0x18, 0x1F, 0x20, 0x7F, 0x80, 0xE9, 0x2019, 0x4E2D)]
    for text in texts:
        assert _encoded(text) == _codec(text), repr(text)
    syntax.install()
    assert pdfdoc.pdfdocEnc is syntax.encode


@pytest.mark.parametrize("escape", [0, 1, 2, 4, 7])
@pytest.mark.parametrize("enc", ["auto", "raw"])
def test_strings_are_formatted_as_reportlab_formats_them(
    escape: int, enc: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = pdfdoc.PDFDocument()
    texts: list[str | bytes] = ["", "Go to Sources (in) this \\ document", "tab\there\nline", "\x18\x1f", "café …", "Ꭰ"]
    texts += [chr(code) for code in range(0x100)] + [b"bytes (raw)", "é".encode()]
    ours = [
        _outcome(lambda t=text: syntax.string(pdfdoc.PDFString(t, escape=escape, enc=enc), document)) for text in texts
    ]
    again = [  # non-ASCII text of a document is formatted once: the second time from what was remembered
        _outcome(lambda t=text: syntax.string(pdfdoc.PDFString(t, escape=escape, enc=enc), document)) for text in texts
    ]
    assert again == ours
    checks = [syntax.check_pdfdoc(text) for text in texts if isinstance(text, str)]
    monkeypatch.setattr(pdfdoc, "pdfdocEnc", syntax.REPORTLAB[0])  # ReportLab as it comes
    monkeypatch.setattr(pdfdoc, "_checkPdfdoc", syntax.REPORTLAB[1])
    assert ours == [
        _outcome(lambda t=text: pdfdoc.PDFString(t, escape=escape, enc=enc).format(document)) for text in texts
    ]
    assert checks == [pdfdoc._checkPdfdoc(text) for text in texts if isinstance(text, str)]


def _outcome(make: Callable[[], object]) -> object:
    """What ``make`` returns, or the type of what it raises."""
    try:
        return make()
    except Exception as exc:  # the same error either way is the same outcome
        return type(exc)


_VALUES: list[object] = [0, 7, -3, 1.5, 1e-9, 1234567.891, True, False, None, "/Name", "text", b"bytes", "café"]


@pytest.mark.parametrize("value", _VALUES, ids=repr)
def test_elements_are_formatted_as_reportlab_formats_them(value: object) -> None:
    document = pdfdoc.PDFDocument()
    assert syntax.format_element(value, document) == syntax._FORMAT(value, document)
    for nested in (pdfdoc.PDFArray([value, 2]), pdfdoc.PDFString("s")):
        assert syntax.format_element(nested, document) == syntax._FORMAT(nested, document)


@pytest.mark.parametrize("text", ["Type", "src-1", "a b", "per%cent", "(x)", "é", "#hash", "[]{}<>", ""])
def test_names_are_reportlabs(text: str) -> None:
    assert syntax.pdf_name(text) == syntax._PDF_NAME(text)
    assert syntax.pdf_name(text) == syntax._PDF_NAME(text)  # remembered, the same
    assert syntax.pdf_name(text, "a", "z") == syntax._PDF_NAME(text, "a", "z")


@pytest.mark.parametrize("count", [0, 1, 6, 7, 12, 13, 25])
@pytest.mark.parametrize("forced", [False, True])
def test_dictionaries_are_formatted_as_reportlab_formats_them(count: int, forced: bool, multiline: int) -> None:
    from collections import OrderedDict

    document = pdfdoc.PDFDocument()
    entries: dict[str, object] = {f"Key {index:02d}#": [1.5, index, "/N"][index % 3] for index in range(count)}
    entries.update({"Array": pdfdoc.PDFArray([1, 2.5]), "Nested": pdfdoc.PDFDictionary({"B": 1, "A": "/X"})})
    for kind in (dict, OrderedDict):
        made = pdfdoc.PDFDictionary(kind(reversed(list(entries.items()))))
        if forced:
            made.multiline = "forced"
        assert syntax.dictionary_format(made, document) == syntax._DICTIONARY_FORMAT(made, document)
    syntax.install()
    assert pdfdoc.PDFDictionary.format is syntax.dictionary_format
    assert pdfdoc.format is syntax.format_element
    assert pdfdoc.PDFName is syntax.pdf_name
