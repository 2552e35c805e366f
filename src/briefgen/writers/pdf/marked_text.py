"""A text object's marked content: each link's text in its ``Link`` element, citation marks as ``Reference``.

ReportLab draws a paragraph as one text object and adds one link annotation per line a link covers,
before the text object itself is drawn. ``MarkedText`` records where among the text object's operators
each link begins and ends (ReportLab's ``_linkRecord`` hook), where the baseline rises (superscripts)
and which link each annotation belongs to. Drawn inside a structure node, its text is cut into
marked-content sequences: the node's own text, each link's text (a ``Link`` element that also holds
the object references of its annotations) and each citation mark, a superscript run holding a link: a
``Reference`` element labelled "Citation n" whose text is in an empty-``ActualText`` span, so copying
or extracting "60%¹" gives "60%". (A ``Reference``, not a ``Note``: the mark cites an entry of the
source list elsewhere in the document; ``Note`` is for the text of a footnote itself.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject

from .struct_nodes import Annotation, Node
from .ttf import CachingTTFont

#: ReportLab's key of a link in a paragraph: ``(index of the link in the paragraph, its target)``.
Key = tuple[Any, ...]
#: The key of a link that is the whole text object (a paragraph of one run draws no link records).
WHOLE: Key = (-1, "")
#: The marked content of a citation mark's text: copied and extracted as nothing.
NO_COPY = "/Span <</ActualText ()>> BDC"

#: The fill colour operators written, by RGB value (``fp_str`` of the three numbers, as ReportLab writes them).
_FILLS: dict[tuple[float, float, float], str] = {}
_MAX_FILLS = 1024

#: ReportLab's step that sets a text object's fill alpha, and the PDF version transparency needs.
_SET_FILL_ALPHA = PDFTextObject._setFillAlpha
_TRANSPARENCY = pdfdoc.PDF_SUPPORT_VERSION["transparency"]

#: Who owns a run of text: ``("node",)``, ``("ref", run)`` or ``("link", key, run or None)``.
Owner = tuple[Any, ...]


class MarkedText(PDFTextObject):  # type: ignore[misc]
    """A text object that records its links, superscripts and annotations, to be cut into marked content."""

    def __init__(self, canvas: Any, x: float = 0, y: float = 0, direction: Any = None) -> None:
        """As ``PDFTextObject``."""
        super().__init__(canvas, x, y, direction=direction)
        self._events: list[tuple[int, str, Any]] = []
        """(index in the code where it takes effect, "rise" | "start" | "end", raised or link key)."""
        self.texts: dict[int, str] = {}
        """The text each text-showing entry of the code shows, by its index (a line's last with a space)."""
        self._last = 0
        self._line_links: list[Key] = []
        self.annotations: list[tuple[Key, Annotation]] = []
        """Each annotation added while this text was built, with the key of its link."""
        self._marked: list[str] | None = None

    def _textOut(self, text: str, TStar: int = 0) -> None:
        """Show ``text`` (ReportLab's paragraph lines come through here), remembering where."""
        self._last = len(self._code)
        self.texts[self._last] = f"{text} " if TStar else text
        shown = self._formatText(text)
        self._code.append(f"{shown} T*" if TStar else shown)  # as PDFTextObject._textOut appends it

    def setFillColor(self, aColor: Any, alpha: Any = None) -> None:
        """``PDFTextObject.setFillColor``; for an RGB ``Color`` its operator remembered per colour."""
        if type(aColor) is not Color or alpha is not None or self._enforceColorSpace:
            super().setFillColor(aColor, alpha)
            return
        rgb = (aColor.red, aColor.green, aColor.blue)
        code = _FILLS.get(rgb)
        if code is None:
            if len(_FILLS) >= _MAX_FILLS:
                _FILLS.clear()
            code = _FILLS[rgb] = f"{fp_str(rgb)} rg"
        self._fillColorObj = aColor
        self._code.append(code)
        alpha = getattr(aColor, "alpha", None)
        if alpha is None:
            return
        if (type(alpha) is not int and type(alpha) is not float) or type(self)._setFillAlpha is not _SET_FILL_ALPHA:
            self.setFillAlpha(alpha)
            return
        if not 0 <= alpha <= 1:
            raise ValueError(f"setFillAlpha invalid value {alpha!r}")
        # PDFTextObject.setFillAlpha's steps: the document's version raised to transparency's (max: unchanged when
        # it is already there), then the alpha set in the graphics state (a '/gRLs0 gs' only when it changes).
        canvas = self._canvas
        doc = canvas._doc
        if doc._pdfVersion < _TRANSPARENCY:
            doc.ensureMinPdfVersion("transparency")
        canvas._extgstate.set(self, "ca", alpha)

    def _formatText(self, text: Any) -> str:
        """The operators showing ``text``, as ``PDFTextObject._formatText`` writes them: for a plain string in a
        ``CachingTTFont`` its steps for a TrueType font taken directly (a font change when the text's subset is
        not the current one, then the text), without its general set-up and clean-up."""
        font = pdfmetrics._fonts.get(self._fontname)
        if type(font) is not CachingTTFont or type(text) is not str:
            formatted: str = super()._formatText(text)
            return formatted
        canvas = self._canvas
        runs = font.splitString(text, canvas._doc)
        current: Any = self.__dict__["_curSubset"]  # set by PDFTextObject (untyped: mypy cannot tell its type)
        if len(runs) == 1 and runs[0][0] == current:  # most text: one run in the subset already set
            return f"({canvas._escape(runs[0][1])}) Tj"
        doc = canvas._doc
        escape = canvas._escape
        out = []
        settings = None
        for subset, codes in runs:
            if subset != current:
                if not settings:
                    settings = f"{fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL"
                out.append(f"{font.getSubsetInternalName(subset, doc)} {settings}")
                self._curSubset = current = subset
            out.append(f"({escape(codes)}) Tj")
        return " ".join(out)

    def setRise(self, rise: float) -> None:
        """Move the baseline: text after it is raised (a superscript) or not."""
        super().setRise(rise)
        self._events.append((len(self._code), "rise", rise > 0))

    def _linkRecord(self, key: Key, kind: str) -> None:
        """ReportLab's hook: link ``key`` started with the text just shown, or ends before the next."""
        if kind == "start":
            self._events.append((self._last, "start", key))
            if key not in self._line_links:
                self._line_links.append(key)
        else:
            self._events.append((len(self._code), "end", key))

    def take(self, annotation: Annotation) -> None:
        """An annotation ReportLab adds now: for the line's link of lowest index (it adds them in that order)."""
        if self._line_links:
            key = min(self._line_links, key=lambda k: k[0])
            self._line_links.remove(key)
        else:
            key = WHOLE
        self.annotations.append((key, annotation))

    def mark(self, node: Node, mcid: Callable[[Node], int]) -> list[tuple[Node, Annotation]]:
        """Cut the text into marked content of ``node`` and of its links; ``mcid`` numbers a node's next
        sequence. Each annotation with its ``Link`` node."""
        owners = self._owners()
        refs: dict[Any, Node] = {}
        links: dict[Key, Node] = {}

        def ref_of(key: Any) -> Node:
            if key not in refs:
                refs[key] = node.add("Reference")
            return refs[key]

        def node_of(owner: Owner) -> Node:  # not recursive: a closure calling itself is a reference cycle
            if owner[0] == "node":
                return node
            if owner[0] == "ref":
                return ref_of(owner[1])
            if owner[1] not in links:
                parent = ref_of(owner[2]) if owner[2] is not None else node
                links[owner[1]] = parent.add("Link")
            return links[owner[1]]

        out: list[str] = []
        current: Owner | None = None
        owner_node = node
        quiet = False
        for index, entry in enumerate(self._code):
            state = owners.get(index)
            if state is not None:
                owner, cited = state
                if owner != current:
                    if quiet:
                        out.append("EMC")
                        quiet = False
                    owner_node = node_of(owner)
                    opening = f"/{owner_node.role} <</MCID {mcid(owner_node)}>> BDC"
                    out.append(opening if current is None else "EMC " + opening)
                    current = owner
                if cited != quiet:
                    out.append(NO_COPY if cited else "EMC")
                    quiet = cited
                owner_node.words.append(self.texts[index])
                if owner_node is not node and not cited:
                    node.words.append(self.texts[index])
            out.append(entry)
        if quiet:
            out.append("EMC")
        if current is not None:
            out.append("EMC")
        self._marked = out
        for ref in refs.values():
            numbers = [kid.text() for kid in ref.kids if isinstance(kid, Node) and kid.role == "Link"]
            ref.alt = ("Citation " if len(numbers) == 1 else "Citations ") + ", ".join(numbers)
        found = []
        for key, annotation in self.annotations:
            link = links.get(key) or links.setdefault(key, node.add("Link"))
            link.kids.append(annotation)
            found.append((link, annotation))
        return found

    def _owners(self) -> dict[int, tuple[Owner, bool]]:
        """Who owns each text-showing entry, and whether it is a citation mark's (copied as nothing)."""
        whole = not any(kind != "rise" for _, kind, _ in self._events) and bool(self.annotations)
        events = sorted(self._events, key=lambda event: event[0])  # stable: same-index events keep their order
        states: list[tuple[int, Any, Key | None]] = []
        active: list[Key] = []
        run: int | None = None
        runs = step = 0
        for index in sorted(self.texts):
            while step < len(events) and events[step][0] <= index:
                _, kind, value = events[step]
                step += 1
                if kind == "rise":
                    if value and run is None:
                        runs += 1
                        run = runs
                    elif not value:
                        run = None
                elif kind == "start":
                    if value not in active:
                        active.append(value)
                elif value in active:
                    active.remove(value)
            link = active[-1] if active else (WHOLE if whole else None)
            states.append((index, run, link))
        cited = {run for _, run, link in states if run is not None and link is not None}
        owners: dict[int, tuple[Owner, bool]] = {}
        for index, run, link in states:
            mark = run is not None and run in cited
            if link is not None:
                owners[index] = (("link", link, run if mark else None), mark)
            elif mark:
                owners[index] = (("ref", run), True)
            else:
                owners[index] = (("node",), False)
        return owners

    def getCode(self) -> str:
        """The text object's code: marked when ``mark`` has cut it, else as ReportLab writes it."""
        if self._marked is None:
            code: str = super().getCode()
            return code
        return " ".join([*self._marked, "ET"])
