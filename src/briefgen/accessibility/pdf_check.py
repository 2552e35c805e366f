"""Machine-checkable PDF/UA-1 rules of a PDF, checked with pikepdf on its structure tree and content streams.

Rules of the document and its pages (each finding names one; the structure tree's own rules are in
``pdf_tree``):

- ``tagged``: the catalog has ``/MarkInfo <</Marked true>>`` and a ``/StructTreeRoot`` (PDF/UA 7.1).
- ``pdfua-id``: the XMP metadata holds the PDF/UA identifier (``pdfuaid:part``) and a ``dc:title`` (5, 7.1).
- ``title-shown``: ``/ViewerPreferences /DisplayDocTitle true`` (7.1).
- ``language``: the catalog sets ``/Lang`` to a language tag such as ``en-US`` (7.2; ISO 32000-1 14.9.2).
- ``fonts-embedded``: every font the pages use has its font program embedded (7.21.4.1; Type 3 fonts
  are their own programs).
- ``fonts-unicode``: every font maps its codes to Unicode (a ``/ToUnicode`` map, or a standard encoding
  of a non-symbolic simple font) (7.21.7).
- ``untagged-content``: every text-showing operator sits in a marked-content sequence that is an
  artifact or has an MCID (7.1), and every MCID is found in the ``ParentTree`` under the page's
  ``/StructParents`` key pointing at a structure element (so the tree covers every text run).
- ``artifact-nesting``: no tagged content (an MCID) inside an artifact and no artifact inside tagged
  content (7.1, as veraPDF checks it).
- ``artifact-typed``: every artifact says what it is (``/Type /Pagination``, ``/Layout``, ``/Page`` or
  ``/Background``), so a reader can tell running heads from rules (stricter than 7.1, which allows
  untyped artifacts).
- ``tab-order``: every page has ``/Tabs /S`` (7.18.3 asks it of pages with annotations; here of all).
- ``annotation-tagged``: every link annotation has a ``/StructParent`` whose element is a ``Link`` that
  holds an object reference back to it, and a ``/Contents`` description (7.18.1, 7.18.5).
- ``citation-marks``: the text of a citation mark (the marked content of a ``Reference`` element, or of
  a ``Link`` inside one) is in a span with ``/ActualText``, so copying "60%¹" gives "60%".
"""

from __future__ import annotations

import re
from typing import Any

from . import Finding
from .pdf_tree import check_tree, role

_TEXT_OPERATORS = frozenset({"Tj", "TJ", "'", '"'})
_ARTIFACT_TYPES = frozenset({"/Pagination", "/Layout", "/Page", "/Background"})
_LANGUAGE_TAG = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")
_STANDARD_ENCODINGS = frozenset({"/WinAnsiEncoding", "/MacRomanEncoding", "/StandardEncoding", "/PDFDocEncoding"})
_SYMBOLIC = 4


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
        findings += _fonts(pdf, pikepdf)
        if tree is not None:
            findings += check_tree(tree)
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
    lang = str(root.get("/Lang", "")).strip()
    if not lang:
        found.append(Finding("language", "catalog", "no document language (/Lang)"))
    elif not _LANGUAGE_TAG.fullmatch(lang):
        found.append(Finding("language", "catalog", f"/Lang {lang!r} is not a language tag (e.g. en-US)"))
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


class _PageCounts:
    """What one page's content stream breaks, counted."""

    def __init__(self) -> None:
        """Nothing found yet."""
        self.untagged = self.unknown = self.untyped = self.in_artifact = self.around = self.copied = 0

    def findings(self, where: str) -> list[Finding]:
        """One finding per kind of break found on the page."""
        kinds = (
            ("untagged-content", self.untagged, "text run(s) neither tagged nor artifacts"),
            ("untagged-content", self.unknown, "text run(s) whose MCID no structure element owns"),
            ("artifact-typed", self.untyped, "artifact(s) without /Type (Pagination, Layout, Page, Background)"),
            ("artifact-nesting", self.in_artifact, "tagged sequence(s) (MCID) inside an artifact"),
            ("artifact-nesting", self.around, "artifact(s) inside tagged content"),
            ("citation-marks", self.copied, "citation mark text run(s) without /ActualText (copied with the text)"),
        )
        return [Finding(rule, where, f"{count} {what}") for rule, count, what in kinds if count]


def _content(pdf: Any, parents: dict[int, Any], pikepdf: Any) -> list[Finding]:
    """The ``untagged-content``, ``artifact-*``, ``citation-marks`` (content) and ``tab-order`` rules."""
    found: list[Finding] = []
    for number, page in enumerate(pdf.pages, start=1):
        where = f"page {number}"
        if str(page.get("/Tabs", "")) != "/S":
            found.append(Finding("tab-order", where, "no /Tabs /S (tab order by structure)"))
        key = page.get("/StructParents")
        marked = parents.get(int(key)) if key is not None else None
        counts = _PageCounts()
        cited: dict[int, bool] = {}
        stack: list[tuple[str, int | None, bool]] = []
        """Open sequences: tag, MCID, whether it carries /ActualText."""
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BMC", "BDC"):
                tag = str(operands[0])
                props = operands[1] if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) else None
                mcid = props.get("/MCID") if props is not None else None
                if tag == "/Artifact":
                    if props is None or str(props.get("/Type", "")) not in _ARTIFACT_TYPES:
                        counts.untyped += 1
                    if any(m is not None for _, m, _ in stack):
                        counts.around += 1
                elif mcid is not None and any(t == "/Artifact" for t, _, _ in stack):
                    counts.in_artifact += 1
                actual = props is not None and "/ActualText" in props
                stack.append((tag, int(mcid) if mcid is not None else None, actual))
            elif op == "EMC" and stack:
                stack.pop()
            elif op in _TEXT_OPERATORS:
                if any(tag == "/Artifact" for tag, _, _ in stack):
                    continue
                mcid = next((m for _, m, _ in reversed(stack) if m is not None), None)
                if mcid is None:
                    counts.untagged += 1
                elif marked is None or mcid >= len(marked) or not isinstance(marked[mcid], pikepdf.Dictionary):
                    counts.unknown += 1
                else:
                    if mcid not in cited:
                        cited[mcid] = _is_citation(marked[mcid])
                    if cited[mcid] and not any(actual for _, _, actual in stack):
                        counts.copied += 1
        found += counts.findings(where)
    return found


def _is_citation(element: Any) -> bool:
    """True for a citation mark's element: a ``Reference``, or a ``Link`` inside one."""
    if role(element) == "Reference":
        return True
    parent = element.get("/P")
    return role(element) == "Link" and parent is not None and role(parent) == "Reference"


def _annotations(pdf: Any, parents: dict[int, Any]) -> list[Finding]:
    """The ``annotation-tagged`` rule."""
    import pikepdf

    found: list[Finding] = []
    for number, page in enumerate(pdf.pages, start=1):
        for annot in page.get("/Annots", []):
            if str(annot.get("/Subtype", "")) != "/Link":
                continue
            where = f"page {number}, link at {[round(float(v)) for v in annot.get('/Rect', [])]}"
            key = annot.get("/StructParent")
            element = parents.get(int(key)) if key is not None else None
            if not isinstance(element, pikepdf.Dictionary) or str(element.get("/S", "")) != "/Link":
                found.append(Finding("annotation-tagged", where, "not nested in a Link structure element"))
            elif not any(
                isinstance(kid, pikepdf.Dictionary) and kid.get("/Obj") is not None and kid.Obj.objgen == annot.objgen
                for kid in _as_list(element.get("/K"))
            ):
                found.append(Finding("annotation-tagged", where, "its Link element holds no object reference to it"))
            if not str(annot.get("/Contents", "")).strip():
                found.append(Finding("annotation-tagged", where, "no /Contents description"))
    return found


def _as_list(value: Any) -> list[Any]:
    """A ``/K`` entry as a list."""
    from .pdf_tree import kids

    return kids(value)


def _fonts(pdf: Any, pikepdf: Any) -> list[Finding]:
    """The ``fonts-embedded`` and ``fonts-unicode`` rules, for the fonts of every page and its forms."""
    found: list[Finding] = []
    seen: set[tuple[int, int]] = set()

    def resources(holder: Any, depth: int = 0) -> None:
        res = holder.get("/Resources")
        if res is None or depth > 8:
            return
        for name, font in (res.get("/Font") or {}).items():
            if font.objgen != (0, 0) and font.objgen in seen:
                continue
            seen.add(font.objgen)
            found.extend(_font(str(name), font, pikepdf))
        for xobject in (res.get("/XObject") or {}).values():
            if str(xobject.get("/Subtype", "")) == "/Form":
                resources(xobject, depth + 1)

    for page in pdf.pages:
        resources(page.obj)
    return found


def _font(name: str, font: Any, pikepdf: Any) -> list[Finding]:
    """What one font dictionary breaks."""
    subtype = str(font.get("/Subtype", ""))
    where = f"font {font.get('/BaseFont', name)}"
    found: list[Finding] = []
    if subtype == "/Type3":
        descriptor = None
    elif subtype == "/Type0":
        descendants = font.get("/DescendantFonts")
        descriptor = descendants[0].get("/FontDescriptor") if descendants else None
    else:
        descriptor = font.get("/FontDescriptor")
    if subtype != "/Type3" and (descriptor is None or not any(f"/FontFile{n}" in descriptor for n in ("", "2", "3"))):
        found.append(Finding("fonts-embedded", where, "font program not embedded"))
    if "/ToUnicode" not in font:
        encoding = font.get("/Encoding")
        base = encoding.get("/BaseEncoding") if isinstance(encoding, pikepdf.Dictionary) else encoding
        flags = int(descriptor.get("/Flags", 0)) if descriptor is not None else 0
        if subtype in ("/Type0", "/Type3") or str(base) not in _STANDARD_ENCODINGS or flags & _SYMBOLIC:
            found.append(Finding("fonts-unicode", where, "no /ToUnicode map and no standard encoding"))
    return found
