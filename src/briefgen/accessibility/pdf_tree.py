"""PDF/UA-1 rules of a tagged PDF's structure tree, walked with pikepdf (the elements, not the page content).

Rules (each finding names one):

- ``role-map``: a structure type that is not a standard PDF 1.7 type is mapped in ``/RoleMap`` (7.1).
- ``structure-parent``: every structure element has its parent (``/P``) (7.1, ISO 32000-1 table 323).
- ``structure-nesting``: tables hold rows and rows cells, lists hold items and items their label and
  body (ISO 32000-1 14.8.4.3; veraPDF's checks of 7.1).
- ``figure-alt``: every ``Figure`` element has ``/Alt`` (7.3).
- ``figure-bbox``: every ``Figure`` has layout attributes with its bounding box
  (``/A << /O /Layout /BBox [...] >>``; ISO 32000-1 14.8.5.4.3 asks for it on figures).
- ``heading-order``: ``H1``–``H6`` in reading order never go more than one level deeper (7.4.2).
- ``table-headers``: every ``Table`` has at least one ``TH`` (7.5).
- ``link-content``: every ``Link`` element holds both the link's text (marked content) and an object
  reference to its annotation (7.18.5; ISO 32000-1 14.8.4.4.2).
- ``citation-marks``: every ``Reference`` element (a citation mark) holds a ``Link`` and is labelled
  with ``/Alt`` or ``/ActualText`` (briefgen's own rule, after 7.9).
- ``note-id``: every ``Note`` element has an ``/ID`` that no other ``Note`` has (7.9).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..resources import word_list
from . import Finding

_HEADING = re.compile(r"H([1-6])")
#: Standard types whose kids are only of the listed standard types (kids of other roles are mapped first).
_KIDS = {
    "Table": frozenset({"TR", "THead", "TBody", "TFoot", "Caption"}),
    "THead": frozenset({"TR"}),
    "TBody": frozenset({"TR"}),
    "TFoot": frozenset({"TR"}),
    "TR": frozenset({"TH", "TD"}),
    "L": frozenset({"L", "LI", "Caption"}),
    "LI": frozenset({"Lbl", "LBody"}),
}
#: Standard types that may only stand inside the listed standard types.
_PARENTS = {
    "TR": frozenset({"Table", "THead", "TBody", "TFoot"}),
    "TH": frozenset({"TR"}),
    "TD": frozenset({"TR"}),
    "THead": frozenset({"Table"}),
    "TBody": frozenset({"Table"}),
    "TFoot": frozenset({"Table"}),
    "LI": frozenset({"L"}),
    "LBody": frozenset({"LI"}),
}


def kids(value: Any) -> list[Any]:
    """A ``/K`` entry as a list (it may be one object or an array)."""
    import pikepdf

    if value is None:
        return []
    return list(value) if isinstance(value, pikepdf.Array) else [value]


def is_element(value: Any) -> bool:
    """True for a structure element dictionary (not a marked-content or object reference)."""
    import pikepdf

    return isinstance(value, pikepdf.Dictionary) and value.get("/S") is not None


def walk(element: Any) -> Iterator[Any]:
    """Structure elements in reading order (depth first)."""
    if not is_element(element):
        return
    yield element
    for kid in kids(element.get("/K")):
        yield from walk(kid)


def role(element: Any) -> str:
    """The element's structure type, without the slash."""
    return str(element.get("/S")).lstrip("/")


def check_tree(tree: Any) -> list[Finding]:
    """Every broken rule of the structure tree rooted at ``tree`` (a ``StructTreeRoot``)."""
    role_map = tree.get("/RoleMap")
    mapped = {str(k).lstrip("/"): str(v).lstrip("/") for k, v in role_map.items()} if role_map is not None else {}
    standard = word_list("pdf_structure_types.txt")

    def standard_type(name: str) -> str:
        seen: set[str] = set()
        while name not in standard and name in mapped and name not in seen:
            seen.add(name)
            name = mapped[name]
        return name

    found: list[Finding] = []
    last = 0
    notes: dict[str, int] = {}
    for root in kids(tree.get("/K")):
        for element in walk(root):
            name = role(element)
            kind = standard_type(name)
            if kind not in standard:
                found.append(Finding("role-map", f"element /{name}", "not a standard type and not in /RoleMap"))
            found += _family(element, name, kind, standard_type)
            found += _own(element, name)
            heading = _HEADING.fullmatch(kind)
            if heading:
                level = int(heading.group(1))
                if level > last + 1:
                    found.append(Finding("heading-order", f"/{name}", f"follows H{last}; headings skip a level"))
                last = level
            if kind == "Note":
                identifier = str(element.get("/ID", ""))
                if not identifier:
                    found.append(Finding("note-id", "Note element", "no /ID"))
                notes[identifier] = notes.get(identifier, 0) + 1
    found += [
        Finding("note-id", f"Note /ID {key}", f"{count} Note elements share it")
        for key, count in notes.items()
        if key and count > 1
    ]
    return found


def _family(element: Any, name: str, kind: str, standard_type: Any) -> list[Finding]:
    """The ``structure-parent`` and ``structure-nesting`` rules for one element."""
    found: list[Finding] = []
    parent = element.get("/P")
    if parent is None:
        found.append(Finding("structure-parent", f"element /{name}", "no parent (/P)"))
    elif kind in _PARENTS and (not is_element(parent) or standard_type(role(parent)) not in _PARENTS[kind]):
        where = f"/{role(parent)}" if is_element(parent) else "the tree root"
        found.append(Finding("structure-nesting", f"element /{name}", f"inside {where}"))
    if kind in _KIDS:
        wrong = sorted({role(k) for k in kids(element.get("/K")) if is_element(k)} - _KIDS[kind])
        wrong = [w for w in wrong if standard_type(w) not in _KIDS[kind]]
        if wrong:
            found.append(Finding("structure-nesting", f"element /{name}", f"holds {', '.join(wrong)}"))
    return found


def _own(element: Any, name: str) -> list[Finding]:
    """The ``figure-alt``, ``figure-bbox``, ``table-headers``, ``link-content`` and ``citation-marks`` rules."""
    import pikepdf

    found: list[Finding] = []
    if name == "Figure":
        if not str(element.get("/Alt", "")).strip():
            found.append(Finding("figure-alt", "Figure element", "no alternative text (/Alt)"))
        if _bbox(element.get("/A")) is None:
            found.append(Finding("figure-bbox", "Figure element", "no /A << /O /Layout /BBox [x0 y0 x1 y1] >>"))
    elif name == "Table" and not any(role(e) == "TH" for e in walk(element)):
        found.append(Finding("table-headers", "Table element", "no header cell (TH)"))
    elif name == "Link":
        content = kids(element.get("/K"))
        objects = [k for k in content if isinstance(k, pikepdf.Dictionary) and str(k.get("/Type", "")) == "/OBJR"]
        marked = [
            k
            for k in content
            if isinstance(k, int) or (isinstance(k, pikepdf.Dictionary) and str(k.get("/Type", "")) == "/MCR")
        ]
        if not objects:
            found.append(Finding("link-content", "Link element", "no object reference (OBJR) to its annotation"))
        if not marked:
            found.append(Finding("link-content", "Link element", "no marked content: the link's text is elsewhere"))
    elif name == "Reference":
        if not any(role(e) == "Link" for e in walk(element)):
            found.append(Finding("citation-marks", "Reference element", "holds no Link to what it cites"))
        if not (str(element.get("/Alt", "")).strip() or str(element.get("/ActualText", "")).strip()):
            found.append(Finding("citation-marks", "Reference element", "no label (/Alt or /ActualText)"))
    return found


def _bbox(attributes: Any) -> tuple[float, ...] | None:
    """The ``/BBox`` of the layout attributes in ``/A`` (one dictionary or an array), when it is a real box."""
    import pikepdf

    for entry in kids(attributes):
        if isinstance(entry, pikepdf.Dictionary) and str(entry.get("/O", "")) == "/Layout":
            box = entry.get("/BBox")
            if isinstance(box, pikepdf.Array) and len(box) == 4:
                x0, y0, x1, y1 = (float(v) for v in box)
                if x1 > x0 and y1 > y0:
                    return (x0, y0, x1, y1)
    return None
