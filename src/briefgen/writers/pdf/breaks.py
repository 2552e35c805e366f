"""Line breaks inside tokens wider than a line (URLs, file names, hashes), so no text runs past the margin.

reportlab breaks lines only at spaces. Its fall-backs for a longer token fail inside links: the
``uriWasteReduce`` split leaves a tail that ``splitLongWords`` no longer splits. ``BreakingParagraph``
therefore gives such a token forced line breaks of its own before reportlab lays the lines out,
as CSS ``overflow-wrap`` does: at URL punctuation where it can (after ``/``, ``=`` and ``&``, before
``.``, ``-``, ``_``, ``?``, ``#``, ``~``, ``%``, and between the words of a CamelCase name, so no line
ends in a hyphen that text extraction would join as a hyphenated word), else between any two
characters. The first piece fills the rest of the current line when one of those points allows;
otherwise the token starts a new line. Tokens that fit a line are left to reportlab.
"""

from __future__ import annotations

import copy
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paraparser import ParaFrag

from . import frags, metrics
from .linebreak import break_lines

frags.install()  # ReportLab's own fragment test in Python: faster than rl_accel's here (see ``frags``)
metrics.install()  # font metrics remembered: the same numbers without pdfmetrics' detours (see ``metrics``)

#: Break before these characters ...
_BEFORE = frozenset(".-_?#~%")
#: ... and after these (a slash only when the next character is not one: ``//`` stays whole).
_AFTER = frozenset("/=&")
#: The widest glyph is about this many ems: a token of n characters is narrower than n × size × this.
_MAX_EM = 1.2
_FUZZ = 1e-6
#: A token measured a piece at a time this much narrower than a line is surely no wider when measured exactly.
_ROUGH = 1e-3


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character of a paragraph's text and where it lives among the paragraph's fragments."""

    frag: int
    """Index of its fragment."""
    offset: int
    """Index within the fragment's text."""
    char: str
    """The character."""
    width: float
    """Advance width, points."""
    raised: bool
    """True inside super- or subscript (a citation mark stays with what precedes it)."""


def _text(frag: Any) -> str | None:
    """A fragment's text, or None for fragments that are not text (line breaks, anchors, images)."""
    if getattr(frag, "lineBreak", False) or hasattr(frag, "cbDefn"):
        return None
    text = getattr(frag, "text", "")
    return text if isinstance(text, str) else None


_Segment = tuple[int, int, int]
"""A piece of a token inside one fragment: (fragment index, start, end)."""
_NON_SPACE = re.compile(r"\S+")


def _spans(frags: Sequence[Any]) -> list[list[_Segment]]:
    """The paragraph's tokens: maximal runs of non-space characters, each as its pieces per fragment."""
    runs: list[list[_Segment]] = []
    current: list[_Segment] = []
    for index, frag in enumerate(frags):
        text = _text(frag)
        if text is None:
            if getattr(frag, "lineBreak", False) and current:
                runs.append(current)
                current = []
            continue
        for match in _NON_SPACE.finditer(text):
            start, end = match.span()
            if start > 0 and current:  # space before it: the token before has ended
                runs.append(current)
                current = []
            current.append((index, start, end))
            if end < len(text):  # space after it
                runs.append(current)
                current = []
        if text and not _NON_SPACE.match(text[-1:]) and current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _chars(run: list[_Segment], frags: Sequence[Any]) -> list[tuple[int, int, str]]:
    """A token's characters as (fragment, offset, char)."""
    return [(index, offset, frags[index].text[offset]) for index, start, end in run for offset in range(start, end)]


def _rough_width(run: list[_Segment], frags: Sequence[Any]) -> float:
    """A token's width measured a fragment piece at a time (equal to the sum per character up to rounding)."""
    return float(
        sum(stringWidth(frags[i].text[start:end], frags[i].fontName, frags[i].fontSize) for i, start, end in run)
    )


def _glyphs(frags: Sequence[Any], run: list[tuple[int, int, str]]) -> list[Glyph]:
    """The measured characters of one token (each distinct character measured once per font and size)."""
    out = []
    widths: dict[tuple[str, str, float], float] = {}
    for index, offset, char in run:
        frag = frags[index]
        raised = bool(getattr(frag, "rise", 0))
        key = (char, frag.fontName, frag.fontSize)
        width = widths.get(key)
        if width is None:
            width = widths[key] = stringWidth(char, frag.fontName, frag.fontSize)
        out.append(Glyph(index, offset, char, width, raised))
    return out


def candidates(text: str) -> list[bool]:
    """``out[i]`` is True when a line may break before ``text[i]`` (URL punctuation, CamelCase)."""
    out = [False] * len(text)
    for i in range(1, len(text)):
        prev, char = text[i - 1], text[i]
        after = prev in _AFTER and not (prev == "/" and char == "/")
        before = char in _BEFORE and prev not in _BEFORE and prev != "/"
        out[i] = after or before or (prev.islower() and char.isupper())
    return out


class _Rest:
    """Answers "is the token from glyph ``start`` on wider than ``limit``?" in constant time (mostly).

    Exactly as ``sum(widths[start:]) > limit`` decides it (the same left-to-right sum, so the same
    breaks), but the sum is only taken when prefix sums put the answer within rounding error of
    ``limit``; otherwise their difference answers. A long token no longer costs the square of its length.
    """

    def __init__(self, glyphs: list[Glyph]) -> None:
        self.widths = [g.width for g in glyphs]
        self.prefix = list(accumulate(self.widths, initial=0.0))
        total = self.prefix[-1]
        # Bound on the rounding error of a difference of two prefix sums (n * eps * total, twice, with room).
        self.tolerance = (len(self.widths) + 1) * 1e-15 * abs(total) + 1e-9

    def wider_than(self, start: int, limit: float) -> bool:
        """``sum(widths[start:]) > limit``."""
        estimate = self.prefix[-1] - self.prefix[start]
        if estimate > limit + self.tolerance:
            return True
        if estimate < limit - self.tolerance:
            return False
        return sum(self.widths[start:]) > limit


def break_points(glyphs: list[Glyph], room: float, width: float) -> list[int]:
    """Indexes of ``glyphs`` to break before: the first piece fits ``room``, every later one ``width``."""
    allowed = candidates("".join(g.char for g in glyphs))
    for i, glyph in enumerate(glyphs):
        allowed[i] = allowed[i] and not glyph.raised
    breaks: list[int] = []
    start = 0
    limit = room
    rest = _Rest(glyphs)
    while rest.wider_than(start, limit + _FUZZ):
        used = 0.0
        fit = None
        end = start
        while end < len(glyphs) and used + glyphs[end].width <= limit + _FUZZ:
            used += glyphs[end].width
            end += 1
            if end < len(glyphs) and allowed[end]:
                fit = end
        if fit is None and start == 0 and limit < width:
            limit = width  # no good point on this line: the token starts the next one
            continue
        cut = fit if fit is not None else max(end, start + 1)
        if cut >= len(glyphs):
            break
        if cut > start:
            breaks.append(cut)
        start, limit = cut, width
    return breaks


def _split(frags: Sequence[Any], cuts: list[tuple[int, int]]) -> list[Any]:
    """``frags`` with a forced line break inserted before each (fragment, offset) of ``cuts``."""
    by_frag: dict[int, list[int]] = {}
    for index, offset in cuts:
        by_frag.setdefault(index, []).append(offset)
    out: list[Any] = []
    for index, frag in enumerate(frags):
        offsets = sorted(set(by_frag.get(index, ())))
        if not offsets:
            out.append(frag)
            continue
        text = frag.text
        bounds = [0, *offsets, len(text)]
        for piece, (lo, hi) in enumerate(pairwise(bounds)):
            if piece:
                out.append(frag.clone(text="", lineBreak=True))
            if hi > lo:
                out.append(frag.clone(text=text[lo:hi]))
    return out


def _prefix(frags: Sequence[Any], index: int, offset: int) -> list[Any]:
    """The fragments before character ``offset`` of fragment ``index``."""
    head = list(frags[:index])
    if offset:
        head.append(frags[index].clone(text=frags[index].text[:offset]))
    return head


def _copy(frag: Any) -> Any:
    """A shallow copy of a fragment: a ``ParaFrag`` (no slots, no state but its dictionary) by its dictionary,
    as ``copy.copy`` would make it, without ``copy``'s generic protocol; anything else by ``copy.copy``."""
    if type(frag) is ParaFrag:
        twin = object.__new__(ParaFrag)
        twin.__dict__.update(frag.__dict__)
        return twin
    return copy.copy(frag)


_PARSED: OrderedDict[tuple[str, int, int], tuple[Any, Any, list[Any], Any, str | None]] = OrderedDict()
"""Paragraph markup parsed before: (text, id of style, case-sensitive) -> (style, style parsed, frags, bullet,
the text as ReportLab's ``cleanBlockQuotedText`` cleans it, when that cleaned it)."""
#: The text cleaner ``Paragraph`` gives ``_setup`` (a function of the text alone: its answer is remembered).
_CLEAN = rl_paragraph.cleanBlockQuotedText
_MAX_PARSED = 4096


class BreakingParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph whose tokens wider than a line break at URL punctuation, never past the margin.

    Markup parsed once is remembered (per process, the latest ``_MAX_PARSED``): both layout passes,
    and every brief's banners, would otherwise parse the same markup again with ``html.parser``.
    """

    frags: list[Any]
    style: Any
    bulletText: Any
    text: str

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        """reportlab's set-up, with the parse of ``text`` in ``style`` taken from ``_PARSED`` when known."""
        if frags is not None or not isinstance(text, str) or bulletText is not None:
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        key = (text, id(style), int(self.caseSensitive))
        known = _PARSED.get(key)
        if known is None or known[0] is not style:  # the entry keeps its style alive, so ids are not reused
            super()._setup(text, style, bulletText, frags, cleaner)
            cleaned = self.text if cleaner is _CLEAN else None
            _PARSED[key] = (style, self.style, [_copy(f) for f in self.frags], self.bulletText, cleaned)
            if len(_PARSED) > _MAX_PARSED:
                _PARSED.popitem(last=False)
            return
        _PARSED.move_to_end(key)
        self.text = known[4] if cleaner is _CLEAN and known[4] is not None else cleaner(text)
        self.style = known[1]
        self.frags = [_copy(f) for f in known[2]]  # frags are changed in layout: each paragraph its own
        self.bulletText = known[3]
        self.debug = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """reportlab's wrap, whose lines are kept: asked again at the same width (a table measuring its cells,
        a keep-together measuring its content, then the frame placing it), it answers without breaking again.
        The height available plays no part in a paragraph's wrap."""
        known = self.__dict__.get("_wrapped")
        if known is not None and known[0] == availWidth and known[1] is self.frags and known[2] is self.style:
            self.width, self._wrapWidths, self.blPara, self.height = known[3:]
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__ and self.width == availWidth:
            self._wrapped = (availWidth, self.frags, self.style, self.width, self._wrapWidths, self.blPara, self.height)
        return size

    def breakLines(self, width: float | list[float]) -> Any:
        """reportlab's line breaking, after forced breaks are put into over-wide tokens."""
        widths = list(width) if isinstance(width, (list, tuple)) else [width]
        original = self.frags
        frags = self._with_breaks(original, widths)
        if frags is original:
            return self._break(width)
        self.frags = frags
        try:
            return self._break(width)
        finally:
            self.frags = original

    def _break(self, width: float | list[float]) -> Any:
        """reportlab's ``breakLines``: the same steps taken by ``linebreak.break_lines`` where it can."""
        laid = break_lines(self, width)
        return super().breakLines(width) if laid is None else laid

    def _with_breaks(self, frags: list[Any], widths: list[float]) -> list[Any]:
        """``frags`` with forced breaks in every token wider than a line (the same list when none is)."""
        line = min(widths)
        if line <= 0:
            return frags
        largest = 0.0  # the largest font size (one pass gathers it and the text)
        texts: list[str] = []
        for f in frags:
            if type(f) is ParaFrag:  # no attributes but its own (see ``_copy``): its dictionary, read directly
                own = f.__dict__
                size = float(own.get("fontSize", 0) or 0)
                if own.get("lineBreak", False):
                    text = " "
                elif "cbDefn" in own:
                    text = ""
                else:
                    text = own.get("text", "")
                    if not isinstance(text, str):
                        text = ""
            else:
                size = float(getattr(f, "fontSize", 0) or 0)
                text = " " if getattr(f, "lineBreak", False) else _text(f) or ""
            if size > largest:
                largest = size
            texts.append(text)
        if largest <= 0:
            return frags
        if max(map(len, "".join(texts).split()), default=0) * largest * _MAX_EM <= line:
            return frags  # the usual case, found without measuring
        runs = [r for r in _spans(frags) if sum(end - start for _, start, end in r) * largest * _MAX_EM > line]
        runs = [r for r in runs if _rough_width(r, frags) > line - _ROUGH]  # the sure misses, cheaply
        wide = [g for g in (_glyphs(frags, _chars(r, frags)) for r in runs) if sum(x.width for x in g) > line + _FUZZ]
        if not wide:
            return frags
        cuts: list[tuple[int, int]] = []
        for glyphs in wide:
            head = _split(_prefix(frags, glyphs[0].frag, glyphs[0].offset), cuts)
            room = self._room(head, widths)
            cuts.extend((glyphs[i].frag, glyphs[i].offset) for i in break_points(glyphs, room, line))
        return _split(frags, cuts)

    def _room(self, head: list[Any], widths: list[float]) -> float:
        """The width left on the line where a token starts, once ``head`` (the text before it) is set."""
        texts = [f for f in head if _text(f) is not None]
        if not any(_text(f).strip() for f in texts):  # type: ignore[union-attr]
            return widths[0]
        saved = self.frags
        self.frags = head
        try:
            laid = super().breakLines(list(widths))
        finally:
            self.frags = saved
        if not laid.lines:
            return widths[0]
        last = laid.lines[-1]
        extra = float(last.extraSpace if laid.kind else last[0])
        space = float(stringWidth(" ", texts[-1].fontName, texts[-1].fontSize))
        return max(0.0, extra - space)
