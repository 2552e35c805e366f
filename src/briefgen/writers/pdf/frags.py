"""Whether two paragraph fragments share one run of text: ReportLab's own test, in its pure-Python form.

ReportLab's line breaking asks ``sameFrag`` for nearly every word of a paragraph of several fragments
(links, citation marks, bold runs). The C version from ``rl_accel`` answers about five times slower
than ReportLab's Python fallback on briefgen's fragments (measured: 10–13 µs against 2 µs a call,
several milliseconds a brief), so ``install`` gives ReportLab's paragraph module this Python form of it,
which answers as the C version does (tested against it; ReportLab's own Python fallback would not tell
a missing attribute from one set to None).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import paragraph as _paragraph
from reportlab.platypus.paraparser import ParaFrag

#: The attributes two fragments must agree on (ReportLab's list, in its order).
_KEYS = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")
_MISSING = object()


def same_frag(f: Any, g: Any) -> bool:
    """True when fragments ``f`` and ``g`` can be set as one run: neither is an image or a line break, and they
    agree on font, size, colour, rise, underlines, link, background and no-break (an attribute one has and the
    other lacks is a difference), as ``rl_accel``'s ``sameFrag`` decides."""
    if type(f) is ParaFrag and type(g) is ParaFrag:  # no attributes but its own: its dictionary says it all
        fdict, gdict = f.__dict__, g.__dict__
        if "cbDefn" in fdict or "lineBreak" in fdict or "cbDefn" in gdict or "lineBreak" in gdict:
            return False
        fget, gget = fdict.get, gdict.get
        for key in _KEYS:  # the lists' comparison, item by item, ending at the first difference
            mine, theirs = fget(key, _MISSING), gget(key, _MISSING)
            if mine is not theirs and mine != theirs:
                return False
        return True
    if hasattr(f, "cbDefn") or hasattr(f, "lineBreak") or hasattr(g, "cbDefn") or hasattr(g, "lineBreak"):
        return False
    return [getattr(f, k, _MISSING) for k in _KEYS] == [getattr(g, k, _MISSING) for k in _KEYS]


def install() -> None:
    """Make ReportLab's paragraphs use ``same_frag`` (idempotent)."""
    _paragraph.sameFrag = same_frag
