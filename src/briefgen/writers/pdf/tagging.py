"""Tagged PDF (PDF/UA-1) for ReportLab: marked content with MCIDs while drawing, the structure tree on save.

ReportLab does not tag PDFs. Here the flow builder's blocks carry structure nodes (``Tagged`` wraps a
flowable with its node); while a page is drawn, ``TaggingCanvas`` puts every text object drawn inside a
node into a marked-content sequence ``/P <</MCID n>> BDC … EMC`` and everything else (rules, shading,
table grids) into typed layout artifacts, banners and page numbers into pagination artifacts, so no
content is left untagged. A chart is drawn whole inside its ``Figure`` node, whose layout attributes
give its bounding box. A link's text is its own marked content inside a ``Link`` element that also
holds the object reference of each of its annotations (one per line it covers); a citation mark (a
superscript that links) is a ``Reference`` element labelled "Citation n" whose text copies as nothing,
so copying "60%¹" gives "60%". On save the structure tree (``StructTreeRoot`` with a ``ParentTree``),
``MarkInfo``, tab order by structure and XMP metadata with the PDF/UA identifier are written with
ReportLab's own PDF objects: no second pass over the file.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable
from html import escape
from typing import Any, ClassVar

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from . import syntax
from .marked_text import MarkedText
from .struct_nodes import Annotation, Node

syntax.install()  # ReportLab's PDF syntax encoded without its codec where the bytes are the same (see ``syntax``)

__all__ = ["ARTIFACT", "Annotation", "Node", "Tagged", "Tagger", "TaggingCanvas", "canvas_maker", "unwrapped"]

#: Structure types this writer uses that PDF 1.7 does not define, with the standard type each maps to.
ROLE_MAP = {"Aside": "Sect"}
#: A structure node that marks what is drawn inside it as an artifact (e.g. a repeated header row).
ARTIFACT = "Artifact"
#: The artifact sequence around everything drawn outside structure nodes: rules, backgrounds, table grids.
LAYOUT_ARTIFACT = "/Artifact <</Type /Layout>> BDC"
#: What reopens the untyped artifact sequence after a typed one (the running heads' code in ``page``).
_UNTYPED_REOPEN = "EMC /Artifact BMC"
#: What a wrapped flowable answers for an attribute it lacks (``Tagged.__getattr__``).
_ABSENT = object()
#: How many characters of a link target's text describe an internal link (its annotation's ``Contents``).
_TARGET_CHARS = 100


class Tagger:
    """The structure tree of one rendering pass and the marked content drawn for it, page by page."""

    def __init__(self, title: str, lang: str, stamp: dt.datetime) -> None:
        """Document title and language (for the XMP metadata) and its fixed date."""
        self.root = Node("Document")
        self.title, self.lang, self.stamp = title, lang, stamp
        self.stack: list[Node] = []
        self.pages: list[list[Node]] = []
        """Per page, the node of each MCID (the MCID is the index)."""
        self.leaf = 0
        """Depth of drawing inside a node drawn whole (a chart): nothing inside is marked again."""
        self.links: list[tuple[Node, Annotation]] = []
        """Each link annotation with the ``Link`` node made for it."""
        self.anchors: dict[str, Node] = {}
        """The node each link target (a named destination) was drawn in."""
        self.written: list[Node] | None = None
        """Every node of the tree as the structure was written (saving ends the drawing: no node comes later)."""

    def release(self) -> None:
        """Unlink the structure tree's nodes from their parents once the document is saved (no cycles left)."""
        for node in self.written if self.written is not None else self.root.nodes():
            node.parent = None
        self.written = None

    def marking(self) -> bool:
        """True when text drawn now is marked as a node's content (not an artifact, not inside a chart)."""
        return not self.leaf and bool(self.stack) and not self._in_artifact()

    def link(self, canvas: Canvas, annotation: Annotation) -> None:
        """A link annotation drawn outside a text object: a ``Link`` element of its own under the innermost node."""
        if not self.marking():
            return
        link = self.stack[-1].add("Link")
        link.kids.append(annotation)
        self.links.append((link, annotation))

    def anchor(self, name: str) -> None:
        """A link target drawn now: internal links to ``name`` are described by the innermost node's text."""
        if self.marking():
            node = self.stack[-1]
            node.anchored = True
            self.anchors.setdefault(name, node)

    def mark_text(self, canvas: Canvas, text: MarkedText, draw: Callable[[], None]) -> None:
        """Draw a text object holding links: its runs in the innermost node's, its links' and its citation
        marks' marked content."""
        page = canvas.getPageNumber() - 1
        self.links += text.mark(self.stack[-1], lambda node: self._mcid(page, node))
        canvas._code.append("EMC")
        draw()
        canvas._code.append(LAYOUT_ARTIFACT)

    def draw_inside(self, node: Node | None, whole: bool, canvas: Canvas, draw: Callable[[], None]) -> None:
        """Call ``draw`` inside ``node``: text drawn belongs to it (all drawing, when ``whole``). (Not a context
        manager: one is made for every block drawn, and a generator's context costs more than the rest.)"""
        if node is None:
            draw()
            return
        self.stack.append(node)
        marked = whole and self.leaf == 0 and node.role != ARTIFACT and not self._in_artifact()
        if marked:
            self._begin(canvas, node)
            self.leaf += 1
        try:
            draw()
        finally:
            if marked:
                self.leaf -= 1
                self._end(canvas)
            self.stack.pop()

    def _in_artifact(self) -> bool:
        return any(node.role == ARTIFACT for node in self.stack)

    def text(self, canvas: Canvas, draw: Callable[[], None], label: bool = False, words: Any = ()) -> None:
        """Draw one text object (``label``: a list bullet or number) in the innermost node's marked content;
        ``words``, its text, are kept when links point to the node."""
        if self.leaf or not self.stack or self._in_artifact():
            draw()
            return
        node = self.stack[-1]
        if label and node.role == "L":
            node = self._label(node)
        if node.anchored:
            node.words.extend(words)
        self._begin(canvas, node)
        self.leaf += 1  # drawString draws through drawText: one marked-content sequence, not two
        try:
            draw()
        finally:
            self.leaf -= 1
        self._end(canvas)

    def _label(self, lst: Node) -> Node:
        """The ``Lbl`` of the list's next item that has none yet (bullets are drawn before their item)."""
        items = [kid for kid in lst.kids if isinstance(kid, Node) and kid.role == "LI"]
        if lst.labelled >= len(items):
            return lst
        item = items[lst.labelled]
        lst.labelled += 1
        label = Node("Lbl")
        label.parent = item
        item.kids.insert(0, label)
        return label

    def _mcid(self, page: int, node: Node) -> int:
        """The next MCID of page ``page``, given to ``node``."""
        while len(self.pages) <= page:
            self.pages.append([])
        mcid = len(self.pages[page])
        self.pages[page].append(node)
        node.kids.append((page, mcid))
        return mcid

    def _begin(self, canvas: Canvas, node: Node) -> None:
        """Close the artifact sequence and open ``node``'s marked content with the page's next MCID."""
        mcid = self._mcid(canvas.getPageNumber() - 1, node)
        canvas._code.append(f"EMC /{node.role} <</MCID {mcid}>> BDC")

    def _end(self, canvas: Canvas) -> None:
        """Close the marked content and reopen the layout artifact sequence."""
        canvas._code.append("EMC " + LAYOUT_ARTIFACT)


class Tagged(Flowable):  # type: ignore[misc]
    """A flowable drawn inside a structure node; splits keep the node. ``whole``: all drawing is content.

    Everything but its own fields is read from and written to the wrapped flowable, so layout code
    (keep-with-next, spacing, splitting) sees the wrapped flowable. (Not a ReportLab ``DDIndenter``:
    the document template treats those as list furniture and would loop on one that asks to keep
    with the next flowable.)
    """

    _OWN: ClassVar[frozenset[str]] = frozenset({"_flowable", "_node", "_whole", "_drawn", "width", "height"})

    def __init__(self, flowable: Any, node: Node | None, whole: bool = False) -> None:
        """Wrap ``flowable`` in ``node``."""
        # Own fields straight into the dictionary: ``__setattr__`` would be a Python call each (thousands a brief).
        self.__dict__.update(_flowable=flowable, _node=node, _whole=whole, _drawn=False, width=0, height=0)

    @property
    def style(self) -> Any:
        """The wrapped flowable's style (read very often during layout: not through ``__getattr__``)."""
        return self._flowable.style

    def __getattr__(self, name: str) -> Any:
        if name in Tagged._OWN:
            raise AttributeError(name)
        # ReportLab asks flowables for many attributes they lack (getattr with a default): asked with a default
        # here too, the wrapped flowable's lookup makes no exception of its own, only this one.
        value = getattr(self._flowable, name, _ABSENT)
        if value is _ABSENT:
            raise AttributeError(name)
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        if name in Tagged._OWN:
            self.__dict__[name] = value
        else:
            setattr(self._flowable, name, value)

    def __delattr__(self, name: str) -> None:
        if name in Tagged._OWN:
            del self.__dict__[name]
        else:
            delattr(self._flowable, name)

    # Asked very often during layout: answered by the wrapped flowable directly, not through
    # ``__getattr__`` (which runs only after a failed lookup).
    def getSpaceBefore(self) -> float:
        """The wrapped flowable's space before."""
        value: float = self._flowable.getSpaceBefore()
        return value

    def getSpaceAfter(self) -> float:
        """The wrapped flowable's space after."""
        value: float = self._flowable.getSpaceAfter()
        return value

    def getKeepWithNext(self) -> Any:
        """The wrapped flowable's, unless ReportLab reset it on this wrapper (in its ``__dict__``)."""
        if "keepWithNext" in self.__dict__:
            return self.__dict__["keepWithNext"]
        return self._flowable.getKeepWithNext()

    def wrapOn(self, canv: Canvas, aW: float, aH: float) -> tuple[float, float]:
        """``Flowable.wrapOn``: the canvas set on the wrapped flowable while it wraps (not through ``__setattr__``)."""
        flowable = self._flowable
        flowable.canv = canv
        width, height = self.wrap(aW, aH)
        del flowable.canv
        return width, height

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        """The wrapped flowable's size."""
        width, height = self.__dict__["width"], self.__dict__["height"] = self._flowable.wrap(aW, aH)
        return width, height

    def split(self, aW: float, aH: float) -> list[Any]:
        """The wrapped flowable's parts, each in the same node."""
        return [Tagged(part, self._node, self._whole) for part in self._flowable.split(aW, aH)]

    def identity(self, maxLen: int | None = None) -> str:
        """For ReportLab's error messages."""
        return f"Tagged({self._node.role if self._node else '-'}) {self._flowable.identity(maxLen)}"

    def drawOn(self, canv: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """Draw inside the node; drawn again (a header row repeated on a new page), as an artifact."""
        tagger: Tagger | None = getattr(canv, "tagger", None)
        if tagger is None:
            self._flowable.drawOn(canv, x, y, _sW)
            return
        node = Node(ARTIFACT) if self._drawn else self._node
        self.__dict__["_drawn"] = True
        if self._whole and node is not None and node.bbox is None:
            left = self._flowable._hAlignAdjust(x, _sW) if hasattr(self._flowable, "_hAlignAdjust") else x
            x0, y0 = canv.absolutePosition(left, y)
            x1, y1 = canv.absolutePosition(left + self.width, y + self.height)
            node.bbox = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        flowable = self._flowable
        tagger.draw_inside(node, self._whole, canv, lambda: flowable.drawOn(canv, x, y, _sW))


def unwrapped(flowable: Any) -> Any:
    """The flowable a ``Tagged`` wraps (itself when not wrapped), for type checks on the layout."""
    while isinstance(flowable, Tagged):
        flowable = flowable._flowable
    return flowable


#: The graphics state a canvas saves (``Canvas.STATE_ATTRIBUTES``) and a reader of them all from its dictionary.
_STATE_NAMES: list[str] = Canvas.STATE_ATTRIBUTES
_state_values = operator.itemgetter(*_STATE_NAMES)


class TaggingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that marks text as content of the innermost structure node, all else as artifacts."""

    def __init__(self, *args: Any, tagger: Tagger, **kwargs: Any) -> None:
        """A canvas reporting to ``tagger``."""
        super().__init__(*args, **kwargs)
        self.tagger = tagger
        self._page_annotations: list[Any] = []
        self._text: MarkedText | None = None
        """The text object being built (its annotations are added before it is drawn)."""
        self._dest = ""

    def push_state_stack(self) -> None:
        """``Canvas.push_state_stack`` (every ``saveState``: each flowable and paragraph drawn): the same state
        saved, its values read at once into a tuple (``pop_state_stack`` restores them by name)."""
        if self.STATE_ATTRIBUTES is not _STATE_NAMES:
            super().push_state_stack()
            return
        state = self.__dict__
        self.state_stack.append(_state_values(state))
        state["_extgstate"] = state["_extgstate"].pushCopy()

    def pop_state_stack(self) -> None:
        """``Canvas.pop_state_stack``: the saved state restored (a tuple of ``push_state_stack``'s, by name)."""
        saved = self.state_stack.pop()
        self.__dict__.update(saved if type(saved) is dict else zip(_STATE_NAMES, saved, strict=True))

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> MarkedText:
        """A text object that records its links and superscripts (see ``MarkedText``)."""
        self._text = MarkedText(self, x, y, direction=direction)
        return self._text

    def drawText(self, aTextObject: Any) -> None:
        """A text object (paragraph lines) in the current node's marked content, its links in theirs."""
        if aTextObject is self._text:
            self._text = None
        draw = lambda: Canvas.drawText(self, aTextObject)  # noqa: E731
        if isinstance(aTextObject, MarkedText):
            if aTextObject.annotations and self.tagger.marking():
                self.tagger.mark_text(self, aTextObject, draw)
            else:
                self.tagger.text(self, draw, words=aTextObject.texts.values())
        else:
            self.tagger.text(self, draw)
        # ReportLab binds an underline or strike-through drawer to the text object itself (a reference cycle):
        # drawn, the object needs it no more.
        vars(aTextObject).pop("_do_line", None)

    def drawString(self, *args: Any, **kwargs: Any) -> None:
        """A one-line string (a list bullet or number, a chart label)."""
        self.tagger.text(self, lambda: Canvas.drawString(self, *args, **kwargs), label=True)

    def drawRightString(self, *args: Any, **kwargs: Any) -> None:
        """Right-aligned string, as ``drawString``."""
        self.tagger.text(self, lambda: Canvas.drawRightString(self, *args, **kwargs), label=True)

    def drawCentredString(self, *args: Any, **kwargs: Any) -> None:
        """Centred string, as ``drawString``."""
        self.tagger.text(self, lambda: Canvas.drawCentredString(self, *args, **kwargs), label=True)

    def linkRect(self, contents: str, destinationname: str, *args: Any, **kwargs: Any) -> Any:
        """A link to a place in this document (a named destination)."""
        self._dest = destinationname
        try:
            return super().linkRect(contents, destinationname, *args, **kwargs)
        finally:
            self._dest = ""

    def bookmarkHorizontal(self, key: str, relativeX: float, relativeY: float, **kw: Any) -> None:
        """A link target: named for the node it is drawn in."""
        self.tagger.anchor(key)
        super().bookmarkHorizontal(key, relativeX, relativeY, **kw)

    def _addAnnotation(self, annotation: Any, name: str | None = None, addtopage: int = 1) -> None:
        """Add an annotation and, for a link, its place in the structure tree (see ``MarkedText``)."""
        annotation = syntax.faster(annotation)
        super()._addAnnotation(annotation, name, addtopage)
        used = self._doc.annotationName(name or f"NUMBER{self._annotationCount}")
        record = Annotation(annotation, used, self.getPageNumber() - 1, self._dest)
        if self._text is not None:
            self._text.take(record)
        else:
            self.tagger.link(self, record)

    def showPage(self) -> None:
        """End the page: its content opens and closes as a layout artifact around the tagged sequences."""
        code = self._code
        for index, entry in enumerate(code):
            if entry == _UNTYPED_REOPEN:  # after the running heads' typed artifacts (``page``)
                code[index] = "EMC " + LAYOUT_ARTIFACT
        code.insert(0, LAYOUT_ARTIFACT)
        code.append("EMC")
        while len(self.tagger.pages) < self.getPageNumber():
            self.tagger.pages.append([])
        super().showPage()

    def save(self) -> None:
        """Write the structure tree and accessibility metadata, then the file."""
        if len(self._code):
            self.showPage()
        write_structure(self._doc, self.tagger)
        super().save()


def canvas_maker(tagger: Tagger) -> Callable[..., TaggingCanvas]:
    """A ``canvasmaker`` for ``BaseDocTemplate.build`` whose canvases report to ``tagger``."""

    def make(*args: Any, **kwargs: Any) -> TaggingCanvas:
        return TaggingCanvas(*args, tagger=tagger, **kwargs)

    return make


def write_structure(doc: Any, tagger: Tagger) -> None:
    """Add the structure tree, ``MarkInfo``, tab order and XMP metadata to a ReportLab PDF document."""
    pages = doc.Pages.pages
    page_names = [page.__InternalName__ for page in pages]
    every = tagger.written = tagger.root.nodes()
    nodes = [node for node in every if node.kids or node.role == "Document"]
    names = {id(node): f"StructElem{index}" for index, node in enumerate(nodes)}
    _fix_heading_levels(every)
    for node in nodes:
        doc.Reference(_Element(node, names, page_names), names[id(node)])
    nums: list[tuple[int, str | list[str]]] = []
    for index, (page, marked) in enumerate(zip(pages, [*tagger.pages, *[[]] * len(pages)], strict=False)):
        page.__NoDefault__ = [*type(page).__NoDefault__, "StructParents", "Tabs"]
        page.StructParents = index
        page.Tabs = pdfdoc.PDFName("S")
        nums.append((index, [names[id(node)] for node in marked]))
    for key, (link, annotation) in enumerate(tagger.links, start=len(pages)):
        _mark_annotation(link, annotation, key, tagger.anchors)
        nums.append((key, names[id(link)]))
    parent_tree = _ParentTree(nums)
    role_map = pdfdoc.PDFDictionary({k: pdfdoc.PDFName(v) for k, v in ROLE_MAP.items()})
    root = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("StructTreeRoot"),
            "K": pdfdoc.PDFObjectReference(names[id(tagger.root)]),
            "ParentTree": doc.Reference(parent_tree, "StructParentTree"),
            "ParentTreeNextKey": len(pages) + len(tagger.links),
            "RoleMap": role_map,
        }
    )
    catalog = doc.Catalog
    catalog.StructTreeRoot = doc.Reference(root, "StructTreeRoot")
    catalog.MarkInfo = pdfdoc.PDFDictionary({"Marked": pdfdoc.PDFtrue})
    catalog.Metadata = pdfdoc.XMP(creator=lambda _doc: xmp(tagger.title, tagger.lang, tagger.stamp).encode("utf-8"))


class _Element(pdfdoc.PDFObject):  # type: ignore[misc]
    """A ``StructElem`` dictionary written straight to PDF syntax (ReportLab's generic dictionaries cost
    more to format than the rest of the structure tree): ``/Pg`` on the element and bare MCIDs when all
    its marked content is on one page, marked-content references (``MCR``) otherwise."""

    def __init__(self, node: Node, names: dict[int, str], page_names: list[str]) -> None:
        """The element of ``node``; ``names`` are the registered names of elements, ``page_names`` of pages."""
        self.node, self.names, self.page_names = node, names, page_names

    def format(self, document: Any) -> bytes:
        """The dictionary, with references resolved in ``document``."""
        node, names = self.node, self.names
        ref = _references(document)
        page_names = self.page_names
        pages: set[int] = set()  # the pages of its marked content and annotations (kids that are not nodes)
        for kid in node.kids:
            if isinstance(kid, tuple):
                pages.add(kid[0])
            elif isinstance(kid, Annotation):
                pages.add(kid.page)
        one_page = len(pages) == 1
        parent = node.parent
        while parent is not None and id(parent) not in names:
            parent = parent.parent
        head = f"<< /S /{node.role} /P {ref(names[id(parent)] if parent is not None else 'StructTreeRoot')}"
        if one_page:
            head += f" /Pg {ref(page_names[next(iter(pages))])}"
        kids: list[str] = []
        for kid in node.kids:
            if isinstance(kid, tuple):
                page, mcid = kid
                kids.append(str(mcid) if one_page else f"<< /Type /MCR /Pg {ref(page_names[page])} /MCID {mcid} >>")
            elif isinstance(kid, Node):
                if id(kid) in names:
                    kids.append(ref(names[id(kid)]))
            else:
                kids.append(f"<< /Type /OBJR /Pg {ref(page_names[kid.page])} /Obj {ref(kid.name)} >>")
        text = f"{head} /K [{' '.join(kids)}]".encode("latin-1")
        extra = b""
        if node.alt:
            extra += b" /Alt " + syntax.string(pdfdoc.PDFString(node.alt), document)
        if node.actual:
            extra += b" /ActualText " + syntax.string(pdfdoc.PDFString(node.actual), document)
        attributes = []
        if node.scope:
            attributes.append(f"<< /O /Table /Scope /{node.scope} >>")
        if node.bbox is not None:
            attributes.append(f"<< /O /Layout /BBox [{fp_str(*node.bbox)}] >>")
        if attributes:
            listed = attributes[0] if len(attributes) == 1 else f"[{' '.join(attributes)}]"
            extra += f" /A {listed}".encode("latin-1")
        return text + extra + b" >>"


def _references(document: Any) -> Callable[[str], str]:
    """``name -> "n g R"``: the indirect reference of a registered object of ``document``, each made once (an
    element's page is referred to by every element on it)."""
    known: Callable[[str], str] | None = getattr(document, "_briefgen_references", None)
    if known is None:
        numbers = document.idToObjectNumberAndVersion
        made: dict[str, str] = {}

        def known(name: str) -> str:
            reference = made.get(name)
            if reference is None:
                number, generation = numbers[name]
                reference = made[name] = f"{number} {generation} R"
            return reference

        document._briefgen_references = known
    return known


class _ParentTree(pdfdoc.PDFObject):  # type: ignore[misc]
    """The structure tree's ``ParentTree`` (a number tree of one ``Nums`` array: per page the elements of its
    MCIDs, per link annotation its ``Link`` element), written straight to PDF syntax, byte for byte as
    ReportLab's ``PDFDictionary`` and ``PDFArray`` would write it (they cost more than the rest of the tree)."""

    def __init__(self, nums: list[tuple[int, str | list[str]]]) -> None:
        """``nums``: (key, registered name of an element, or the names of a page's elements), in key order."""
        self.nums = nums

    def format(self, document: Any) -> bytes:
        """The dictionary, with references resolved in ``document``."""
        numbers = document.idToObjectNumberAndVersion

        def ref(name: str) -> bytes:
            number, generation = numbers[name]
            return f"{number} {generation} R".encode("latin-1")

        items: list[bytes] = []
        for key, value in self.nums:
            items.append(fp_str(key).encode("latin-1"))
            items.append(ref(value) if isinstance(value, str) else syntax.array([ref(name) for name in value]))
        return syntax.dictionary([b"/Nums " + syntax.array(items)])


def _mark_annotation(link: Node, annotation: Annotation, key: int, anchors: dict[str, Node]) -> None:
    """Give a link annotation its ``StructParent`` key and, when it has none, a description (``Contents``):
    a web address with the link's text, or for a place in this document the text found there."""
    obj = annotation.obj
    text = link.text()
    if isinstance(obj, pdfdoc.PDFDictionary):
        obj["StructParent"] = key
        if "Contents" not in obj.dict:
            action = obj.dict.get("A")
            uri = action.dict.get("URI") if isinstance(action, pdfdoc.PDFDictionary) else None
            address = str(getattr(uri, "s", uri or ""))
            if not address or not text or "".join(text.split()) == address:
                described = address or text or "Link"
            else:
                described = f"{text} ({address})"
            obj["Contents"] = pdfdoc.PDFString(described)
    elif isinstance(obj, pdfdoc.Annotation):
        obj.permitted = (*type(obj).permitted, "StructParent")
        obj.otherkw = {**getattr(obj, "otherkw", {}), "StructParent": key}
        if not getattr(obj, "Contents", ""):
            cited = link.parent is not None and link.parent.role == "Reference"
            label = f"Citation {text}" if cited and text else text or "Link"
            target = anchors.get(annotation.dest)
            where = _clip(target.text()) if target is not None else ""
            if not where or " ".join(where.split()).casefold() == " ".join(text.split()).casefold():
                obj.Contents = f"Go to {text or 'a place'} in this document"
            else:
                obj.Contents = f"{label}: {where}"


def _clip(text: str) -> str:
    """``text`` cut after a word to at most ``_TARGET_CHARS`` characters, marked "…" when cut."""
    if len(text) <= _TARGET_CHARS:
        return text
    return text[:_TARGET_CHARS].rsplit(" ", 1)[0] + " …"


def _fix_heading_levels(nodes: list[Node]) -> None:
    """Headings in reading order (``nodes``, the tree's) never go more than one level deeper than the one before."""
    last = 0
    for node in nodes:
        if len(node.role) == 2 and node.role[0] == "H" and node.role[1].isdigit():
            level = min(int(node.role[1]), last + 1)
            node.role = f"H{level}"
            last = level


def xmp(title: str, lang: str, stamp: dt.datetime) -> str:
    """XMP metadata: title, language, dates and the PDF/UA-1 identifier."""
    when = stamp.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title, quote=False)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>{escape(lang, quote=False)}</rdf:li></rdf:Bag></dc:language>
<dc:format>application/pdf</dc:format>
<xmp:CreatorTool>briefgen</xmp:CreatorTool>
<xmp:CreateDate>{when}</xmp:CreateDate>
<xmp:ModifyDate>{when}</xmp:ModifyDate>
<pdf:Producer>briefgen</pdf:Producer>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
