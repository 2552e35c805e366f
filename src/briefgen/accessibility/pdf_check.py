"""Machine-checkable PDF/UA-1 rules of a PDF, checked with pikepdf on its structure tree and content streams.

Rules (each finding names one):

- ``tagged``: the catalog has ``/MarkInfo <</Marked true>>`` and a ``/StructTreeRoot`` (PDF/UA 7.1).
- ``pdfua-id``: the XMP metadata holds the PDF/UA identifier (``pdfuaid:part``) and a ``dc:title`` (5, 7.1).
- ``title-shown``: ``/ViewerPreferences /DisplayDocTitle true`` (7.1).
- ``language``: the catalog sets ``/Lang`` (7.2).
- ``untagged-content``: every text-showing operator sits in a marked-content sequence that is an
  artifact or has an MCID (7.1), and every MCID is found in the ``ParentTree`` under the page's
  ``/StructParents`` key pointing at a structure element (so the tree covers every text run).
- ``tab-order``: every page with annotations has ``/Tabs /S`` (7.18.3).
- ``annotation-tagged``: every link annotation has a ``/StructParent`` whose element is a ``Link``, and a
  ``/Contents`` description (7.18.1, 7.18.5).
- ``figure-alt``: every ``Figure`` element has ``/Alt`` (7.3).
- ``heading-order``: ``H1``–``H6`` in reading order never go more than one level deeper (7.4.2).
- ``table-headers``: every ``Table`` has at least one ``TH`` (7.5).
- ``role-map``: a structure type that is not a standard PDF 1.7 type is mapped in ``/RoleMap`` (7.1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..resources import word_list
from . import Finding

_TEXT_OPERATORS = frozenset({"Tj", "TJ", "'", '"'})
_HEADING = re.compile(r"/H([1-6])")


class PdfError(ValueError):
    """The file is not a PDF the checker can read, or pikepdf is missing."""


def check_pdf(data: bytes, name: str = "document") -> tuple[Finding, ...]:
    """Every broken rule of the PDF ``data`` (empty when it passes)."""
    try:
        import pikepdf
    except ImportError:
        raise PdfError(f"{name}: checking a PDF needs pikepdf; pip install -e '.[test]'") from None
    import io

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as exc:
        raise PdfError(f"{name}: not a readable PDF ({exc}); give a .pdf file") from None
    with pdf:
        root = pdf.Root
        findings = [*_catalog(root, pikepdf), *_xmp(pdf)]
        tree = root.get("/StructTreeRoot")
        parents = _parent_tree(tree.get("/ParentTree")) if tree is not None else {}
        findings += _content(pdf, parents, pikepdf)
        findings += _annotations(pdf, parents)
        if tree is not None:
            findings += _elements(tree)
    return tuple(findings)


def _catalog(root: Any, pikepdf: Any) -> list[Finding]:
    """The ``tagged``, ``title-shown`` and ``language`` rules."""
    found: list[Finding] = []
    mark = root.get("/MarkInfo")
    if mark is None or not bool(mark.get("/Marked", False)) or root.get("/StructTreeRoot") is None:
        found.append(Finding("tagged", "catalog", "not a tagged PDF (no /MarkInfo /Marked true or no structure tree)"))
    prefs = root.get("/ViewerPreferences")
    if prefs is None or not bool(prefs.get("/DisplayDocTitle", False)):
        found.append(Finding("title-shown", "catalog", "viewers are not asked to show the title (DisplayDocTitle)"))
    if not str(root.get("/Lang", "")).strip():
        found.append(Finding("language", "catalog", "no document language (/Lang)"))
    return found


def _xmp(pdf: Any) -> list[Finding]:
    """The ``pdfua-id`` rule."""
    try:
        meta = pdf.open_metadata()
        part = meta.get("pdfuaid:part")
        title = meta.get("dc:title")
    except Exception as exc:  # any unreadable XMP is the same finding
        return [Finding("pdfua-id", "XMP metadata", f"unreadable ({exc})")]
    found = []
    if str(part or "") != "1":
        found.append(Finding("pdfua-id", "XMP metadata", "no PDF/UA identifier (pdfuaid:part 1)"))
    if not str(title or "").strip():
        found.append(Finding("pdfua-id", "XMP metadata", "no dc:title"))
    return found


def _parent_tree(tree: Any) -> dict[int, Any]:
    """The number tree ``/ParentTree`` as key -> value (an array of elements, or one element)."""
    out: dict[int, Any] = {}

    def walk(node: Any) -> None:
        if node is None:
            return
        nums = node.get("/Nums")
        if nums is not None:
            for index in range(0, len(nums) - 1, 2):
                out[int(nums[index])] = nums[index + 1]
        for kid in node.get("/Kids", []):
            walk(kid)

    walk(tree)
    return out


def _content(pdf: Any, parents: dict[int, Any], pikepdf: Any) -> list[Finding]:
    """The ``untagged-content`` and ``tab-order`` rules, page by page."""
    found: list[Finding] = []
    for number, page in enumerate(pdf.pages, start=1):
        where = f"page {number}"
        if page.get("/Annots") and str(page.get("/Tabs", "")) != "/S":
            found.append(Finding("tab-order", where, "annotations but no /Tabs /S (tab order by structure)"))
        key = page.get("/StructParents")
        marked = parents.get(int(key)) if key is not None else None
        untagged = unknown = 0
        stack: list[tuple[str, int | None]] = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BMC":
                stack.append((str(operands[0]), None))
            elif op == "BDC":
                props = operands[1]
                mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                stack.append((str(operands[0]), int(mcid) if mcid is not None else None))
            elif op == "EMC" and stack:
                stack.pop()
            elif op in _TEXT_OPERATORS:
                if any(tag == "/Artifact" for tag, _ in stack):
                    continue
                mcid = next((m for _, m in reversed(stack) if m is not None), None)
                if mcid is None:
                    untagged += 1
                elif marked is None or mcid >= len(marked) or not isinstance(marked[mcid], pikepdf.Dictionary):
                    unknown += 1
        if untagged:
            found.append(Finding("untagged-content", where, f"{untagged} text run(s) neither tagged nor artifacts"))
        if unknown:
            found.append(
                Finding("untagged-content", where, f"{unknown} text run(s) whose MCID no structure element owns")
            )
    return found


def _annotations(pdf: Any, parents: dict[int, Any]) -> list[Finding]:
    """The ``annotation-tagged`` rule."""
    found: list[Finding] = []
    for number, page in enumerate(pdf.pages, start=1):
        for annot in page.get("/Annots", []):
            if str(annot.get("/Subtype", "")) != "/Link":
                continue
            where = f"page {number}, link at {[round(float(v)) for v in annot.get('/Rect', [])]}"
            key = annot.get("/StructParent")
            element = parents.get(int(key)) if key is not None else None
            if element is None or str(element.get("/S", "")) != "/Link":
                found.append(Finding("annotation-tagged", where, "not nested in a Link structure element"))
            if not str(annot.get("/Contents", "")).strip():
                found.append(Finding("annotation-tagged", where, "no /Contents description"))
    return found


def _kids(value: Any) -> list[Any]:
    """A ``/K`` entry as a list (it may be one object or an array)."""
    import pikepdf

    if value is None:
        return []
    return list(value) if isinstance(value, pikepdf.Array) else [value]


def _walk(element: Any) -> Iterator[Any]:
    """Structure elements in reading order (depth first)."""
    import pikepdf

    if not isinstance(element, pikepdf.Dictionary) or element.get("/S") is None:
        return
    yield element
    for kid in _kids(element.get("/K")):
        yield from _walk(kid)


def _elements(tree: Any) -> list[Finding]:
    """The ``figure-alt``, ``heading-order``, ``table-headers`` and ``role-map`` rules."""
    found: list[Finding] = []
    role_map = tree.get("/RoleMap")
    mapped = {str(k).lstrip("/") for k in role_map.keys()} if role_map is not None else set()  # noqa: SIM118
    roots = _kids(tree.get("/K"))
    last = 0
    for root in roots:
        for element in _walk(root):
            role = str(element.get("/S")).lstrip("/")
            if role not in word_list("pdf_structure_types.txt") and role not in mapped:
                found.append(Finding("role-map", f"element /{role}", "not a standard type and not in /RoleMap"))
            if role == "Figure" and not str(element.get("/Alt", "")).strip():
                found.append(Finding("figure-alt", "Figure element", "no alternative text (/Alt)"))
            heading = _HEADING.fullmatch(f"/{role}")
            if heading:
                level = int(heading.group(1))
                if level > last + 1:
                    found.append(Finding("heading-order", f"/{role}", f"follows H{last}; headings skip a level"))
                last = level
            if role == "Table" and not any(str(e.get("/S")) == "/TH" for e in _walk(element)):
                found.append(Finding("table-headers", "Table element", "no header cell (TH)"))
    return found
