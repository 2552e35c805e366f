"""Each bundled format's PDF, opened with pikepdf: the PDF/UA rules of links, citation marks, artifacts,
figures and tab order hold, the checker finds nothing, and two builds give the same bytes."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from briefgen.accessibility.pdf_check import check_pdf
from briefgen.api import render_document
from briefgen.document import Document, Link, ListBlock, ListItem, Para, Sup, Text
from briefgen.templating.formats import find_format
from briefgen.writers import render as write_format
from briefgen.writers.base import RenderJob
from briefgen.writers.pdf import write_pdf
from templates.frozen_brief import load

from writers.sample_document import sample_job

pikepdf = pytest.importorskip("pikepdf", reason="pikepdf is not installed (pip install -e '.[test]')")

FORMATS = ("policy-brief", "one-pager", "memo")
FROZEN = Path(__file__).parents[1] / "templates" / "golden" / "cambodia.brief.json"


def _job(name: str) -> RenderJob:
    brief = load(FROZEN.read_text(encoding="utf-8"))
    fmt = find_format(name)
    return RenderJob(brief, render_document(fmt, brief), fmt.style, fmt.folder)


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    """The frozen seed brief in each bundled format."""
    return {name: write_format(_job(name), "pdf") for name in FORMATS}


def _walk(element: Any) -> list[Any]:
    """Structure elements below and including ``element``, in reading order."""
    if not isinstance(element, pikepdf.Dictionary) or element.get("/S") is None:
        return []
    out = [element]
    for kid in _kids(element.get("/K")):
        out += _walk(kid)
    return out


def _kids(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, pikepdf.Array) else [value]


def _elements(pdf: Any, role: str) -> list[Any]:
    return [e for e in _walk(pdf.Root.StructTreeRoot.K) if role == e.S]


def _parent_tree(pdf: Any) -> dict[int, Any]:
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    return {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}


@pytest.mark.parametrize("name", FORMATS)
def test_the_checker_finds_nothing(name: str, pdfs: dict[str, bytes]) -> None:
    assert check_pdf(pdfs[name], name) == ()


@pytest.mark.parametrize("name", FORMATS)
def test_every_link_element_holds_its_text_and_its_annotations(name: str, pdfs: dict[str, bytes]) -> None:
    with pikepdf.open(io.BytesIO(pdfs[name])) as pdf:
        parents = _parent_tree(pdf)
        pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
        links = _elements(pdf, "/Link")
        assert links
        annotations = 0
        for link in links:
            kids = _kids(link.K)
            mcids = [k for k in kids if isinstance(k, int)]
            objrs = [k for k in kids if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"]
            assert mcids, "a Link holds its text"
            assert objrs, "a Link holds its annotation"
            page = pdf.pages[pages[link.Pg.objgen]]
            for mcid in mcids:  # the page's ParentTree entry maps the MCID back to this Link
                assert parents[int(page.StructParents)][mcid].objgen == link.objgen
            for objr in objrs:
                annot = objr.Obj
                assert annot.Subtype == "/Link"
                assert parents[int(annot.StructParent)].objgen == link.objgen
                assert str(annot.Contents).strip()
                annotations += 1
        on_pages = sum(1 for page in pdf.pages for a in page.get("/Annots", []) if a.Subtype == "/Link")
        assert annotations == on_pages  # every link annotation on every page is in a Link element


@pytest.mark.parametrize("name", FORMATS)
def test_citation_marks_are_labelled_references_copied_as_nothing(name: str, pdfs: dict[str, bytes]) -> None:
    with pikepdf.open(io.BytesIO(pdfs[name])) as pdf:
        references = _elements(pdf, "/Reference")
        assert references
        cited: set[tuple[int, int]] = set()
        for reference in references:
            assert str(reference.Alt).startswith("Citation")
            links = [e for e in _walk(reference) if e.S == "/Link"]
            assert links
            numbers = ", ".join(str(int(_text_of(link, pdf))) for link in links)
            assert str(reference.Alt).endswith(numbers)
            for link in links:
                cited |= {(link.Pg.objgen, k) for k in _kids(link.K) if isinstance(k, int)}
        for page in pdf.pages:
            stack: list[Any] = []
            for operands, op in pikepdf.parse_content_stream(page):
                if str(op) == "BDC":
                    stack.append(operands[1])
                elif str(op) == "BMC":
                    stack.append(pikepdf.Dictionary())
                elif str(op) == "EMC":
                    stack.pop()
                elif str(op) in ("Tj", "TJ"):
                    mcids = [int(p.MCID) for p in stack if "/MCID" in p]
                    if mcids and (page.objgen, mcids[-1]) in cited:
                        assert any(str(p.get("/ActualText", "x")) == "" for p in stack)


def _text_of(link: Any, pdf: Any) -> str:
    """The Contents of the link's first annotation names the number: ``Citation n: …``."""
    objr = next(k for k in _kids(link.K) if isinstance(k, pikepdf.Dictionary))
    return str(objr.Obj.Contents).split(":")[0].removeprefix("Citation ").strip()


@pytest.mark.parametrize("name", FORMATS)
def test_artifacts_are_typed_pages_tab_by_structure_figures_have_a_box(name: str, pdfs: dict[str, bytes]) -> None:
    with pikepdf.open(io.BytesIO(pdfs[name])) as pdf:
        for page in pdf.pages:
            assert page.Tabs == "/S"
            for operands, op in pikepdf.parse_content_stream(page):
                if str(operands[0] if operands else "") == "/Artifact" and str(op) in ("BMC", "BDC"):
                    assert str(op) == "BDC"
                    assert operands[1].Type in ("/Pagination", "/Layout")
        media = [float(v) for v in pdf.pages[0].MediaBox]
        for figure in _elements(pdf, "/Figure"):
            assert figure.A.O == "/Layout"
            x0, y0, x1, y1 = (float(v) for v in figure.A.BBox)
            assert media[0] <= x0 < x1 <= media[2]
            assert media[1] <= y0 < y1 <= media[3]


@pytest.mark.parametrize("name", FORMATS)
def test_two_builds_give_the_same_bytes(name: str, pdfs: dict[str, bytes]) -> None:
    assert write_format(_job(name), "pdf") == pdfs[name]


URL = "https://www.khmertimeskh.com/cambodia-outlook"


def _annotation(link: Any) -> Any:
    """The annotation of a Link element's first object reference."""
    return next(k for k in _kids(link.K) if isinstance(k, pikepdf.Dictionary)).Obj


def _cited_figure(tmp_path: Path) -> bytes:
    """A paragraph '60%¹ of trade' whose citation links to a source list entry."""
    job = sample_job(tmp_path)
    cite = Sup((Link("#src-1", (Text("1"),)),), classes=("cite",))
    body = (
        Para((Text("Trade grew 60%"), cite, Text(" of the total.")), id="para"),
        ListBlock(True, (ListItem((Text("Khmer Times, Cambodia outlook. "), Link(URL, (Text(URL),))), id="src-1"),)),
        Para((Text("See "), Link("#para", (Text("the figure"),)), Text(" and "), Link(URL, (Text("the report"),)))),
    )
    return write_pdf(replace(job, document=Document(header=(), footer=(), body=body)))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_copying_a_cited_figure_gives_the_figure_without_the_citation(tmp_path: Path) -> None:
    data = _cited_figure(tmp_path)
    text = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    assert "Trade grew 60% of the total." in text
    with pikepdf.open(io.BytesIO(data)) as pdf:
        (reference,) = _elements(pdf, "/Reference")
        assert str(reference.Alt) == "Citation 1"
        links = _elements(pdf, "/Link")
        assert links[0].P.objgen == reference.objgen
        contents = [str(_annotation(link).Contents) for link in links]
        assert contents == [
            f"Citation 1: Khmer Times, Cambodia outlook. {URL}",
            URL,  # a link whose text is its address
            "the figure: Trade grew 60% of the total.",
            f"the report ({URL})",
        ]
    assert check_pdf(data) == ()


def test_a_mark_citing_two_sources_is_one_reference_holding_both_links(tmp_path: Path) -> None:
    job = sample_job(tmp_path)
    cite = Sup((Link("#src-1", (Text("1"),)), Text(","), Link("#src-2", (Text("2"),))), classes=("cite",))
    sources = (ListItem((Text("One."),), id="src-1"), ListItem((Text("Two."),), id="src-2"))
    body = (Para((Text("Trade grew 60%"), cite, Text(" of the total."))), ListBlock(True, sources))
    data = write_pdf(replace(job, document=Document(header=(), footer=(), body=body)))
    assert check_pdf(data) == ()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        (reference,) = _elements(pdf, "/Reference")
        assert str(reference.Alt) == "Citations 1, 2"
        links = [k for k in _kids(reference.K) if isinstance(k, pikepdf.Dictionary) and "/S" in k]
        assert [str(_annotation(link).Contents) for link in links] == ["Citation 1: One.", "Citation 2: Two."]
        assert any(isinstance(k, int) for k in _kids(reference.K))  # the comma between them
