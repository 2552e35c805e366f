"""PDF objects written straight to PDF syntax, byte for byte as ReportLab's generic objects write them.

ReportLab formats every name, number and array of a dictionary through one generic, encoding path;
for the objects a tagged brief has hundreds of (link annotations, the structure tree's parent tree)
that path costs more than the rest of the file's objects. These writers give the same bytes
(``rl_config.pdfMultiLine`` honoured), the link annotations through ReportLab's own dictionary.

Every piece of PDF syntax ReportLab writes passes through ``pdfdoc.pdfdocEnc`` (object headers, names,
numbers, the cross-reference table: about 1,400 calls a brief), which encodes through a Python codec
(``extpdfdoc``, a character map) at about 1 µs a call. ``install`` gives ReportLab ``encode``, which gives
the same bytes or error: text in ASCII without the eight control characters the codec cannot encode is
its ASCII bytes (the codec maps every other ASCII character to itself); anything else goes to the codec.
Strings (``PDFString``: annotation descriptions, alternative texts) are checked and encoded the same way.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc

#: The ASCII characters the ``extpdfdoc`` codec cannot encode (it maps every other one to itself).
_UNENCODABLE = re.compile("[\x18-\x1f]")


def encode(text: Any) -> Any:
    """``pdfdoc.pdfdocEnc``: a string as PDFDocEncoding bytes (``extpdfdoc``); anything else unchanged."""
    if isinstance(text, str):
        if text.isascii() and _UNENCODABLE.search(text) is None:
            return text.encode("ascii")
        return text.encode("extpdfdoc")
    return text


def _safe(text: str) -> bool:
    """True when ``text`` is its own ASCII bytes in PDFDocEncoding (both of ReportLab's codecs)."""
    return text.isascii() and _UNENCODABLE.search(text) is None


#: ReportLab's own encoder and check (``install`` replaces them; kept for its fallbacks and the tests).
REPORTLAB = (pdfdoc.pdfdocEnc, pdfdoc._checkPdfdoc)
_check_pdfdoc = REPORTLAB[1]


def check_pdfdoc(text: str) -> int:
    """``pdfdoc._checkPdfdoc``: 1 when ``text`` can be written in PDFDocEncoding, else 0."""
    return 1 if _safe(text) else int(_check_pdfdoc(text))


def string(value: Any, document: Any) -> bytes:
    """A ``PDFString`` as ReportLab formats it: text in ASCII without the codec (see ``encode``); other text of
    an unencrypted document formatted once per document (a link's description repeats for every mark citing
    one source; its text alone decides the bytes)."""
    text = value.s
    if (
        type(text) is str
        and getattr(value, "enc", "auto") == "auto"
        and getattr(value, "escape", 1) == 1
        and type(document.encrypt) is pdfdoc.NoEncryption
    ):
        if _safe(text):
            return encode(f"({pdfdoc.escapePDF(text.encode('ascii'))})")  # type: ignore[no-any-return]
        memo: dict[str, bytes] | None = getattr(document, "_briefgen_strings", None)
        if memo is None:
            memo = document._briefgen_strings = {}
        known = memo.get(text)
        if known is None:
            known = memo[text] = value.format(document)
        return known
    formatted: bytes = value.format(document)
    return formatted


#: ReportLab's generic formatting, names and dictionary layout (``install`` replaces them; kept for the rest).
_FORMAT = pdfdoc.format
_PDF_NAME = pdfdoc.PDFName
_DICTIONARY_FORMAT = pdfdoc.PDFDictionary.format
_MAX_NAMES = 4096
_PDF_NAMES: dict[str, str] = {}
"""Names as ``pdfdoc.PDFName`` writes them (a loop over their characters), by the text (a few hundred a process)."""


def format_element(element: Any, document: Any, toplevel: int = 0) -> Any:
    """``pdfdoc.format``: a number, text or bytes (no ``PDFObject``, so ReportLab's first test fails for them)
    formatted as its later branches format them; anything else by ReportLab's own."""
    kind = type(element)
    if kind is str:
        return pdfdoc.pdfdocEnc(element)
    if kind is int or kind is float:
        return pdfdoc.pdfdocEnc(fp_str(element))
    if kind is bytes:
        return element
    return _FORMAT(element, document, toplevel)


def pdf_name(data: Any, lo: str = chr(0x21), hi: str = chr(0x7E)) -> Any:
    """``pdfdoc.PDFName``: a text's name remembered (the same text gives the same name)."""
    if type(data) is not str or lo != "\x21" or hi != "\x7e":
        return _PDF_NAME(data, lo, hi)
    known = _PDF_NAMES.get(data)
    if known is None:
        if len(_PDF_NAMES) >= _MAX_NAMES:
            _PDF_NAMES.clear()
        known = _PDF_NAMES[data] = _PDF_NAME(data)
    return known


def dictionary_format(self: Any, document: Any, IND: bytes = b"\n ") -> bytes:
    """``PDFDictionary.format``: the same layout, each key's name formatted once per process (``_name``)."""
    entries = self.dict
    keys = list(entries.keys())
    if not isinstance(entries, OrderedDict):
        keys.sort()
    fmt = pdfdoc.format
    items = [(_name(k) if type(k) is str else fmt(pdfdoc.PDFName(k), document)) + b" " + fmt(entries[k], document)
             for k in keys]  # fmt: skip
    if (self.multiline and rl_config.pdfMultiLine) or self.multiline == "forced":
        return b"<<\n" + IND.join(items) + b"\n>>"
    for i in reversed(range(6, len(items), 6)):  # a line break every 6 entries
        items.insert(i, b"\n ")
    return b"<<\n" + b" ".join(items) + b"\n>>"


def install() -> None:
    """Make ReportLab's PDF objects encode their syntax with ``encode``, and format numbers, texts, names and
    dictionaries with ``format_element``, ``pdf_name`` and ``dictionary_format`` (idempotent)."""
    pdfdoc.pdfdocEnc = encode
    pdfdoc._checkPdfdoc = check_pdfdoc
    pdfdoc.format = format_element
    pdfdoc.PDFName = pdf_name
    pdfdoc.PDFDictionary.format = dictionary_format


_NAMES: dict[str, bytes] = {}
"""Dictionary keys as PDF names (``PDFName``), formatted once per process (the latest ``_MAX_NAMES``)."""


def _grouped(items: list[bytes], size: int) -> bytes:
    """``items`` joined by spaces, a line break after every ``size`` (ReportLab's single-line layout)."""
    if rl_config.pdfMultiLine:
        return b"\n ".join(items)
    return b" \n  ".join(b" ".join(items[start : start + size]) for start in range(0, len(items), size))


def array(items: list[bytes]) -> bytes:
    """A PDF array of formatted items, as ``PDFArray`` lays it out."""
    return b"[ " + _grouped(items, 10) + b" ]"


def dictionary(items: list[bytes]) -> bytes:
    """A PDF dictionary of formatted ``/Key value`` items (in key order), as ``PDFDictionary`` lays it out."""
    return b"<<\n" + _grouped(items, 6) + b"\n>>"


def _name(key: str) -> bytes:
    """``key`` as a PDF name."""
    known = _NAMES.get(key)
    if known is None:
        if len(_NAMES) >= _MAX_NAMES:  # dictionaries' keys include a brief's destination names: bounded
            _NAMES.clear()
        known = _NAMES[key] = pdfdoc.pdfdocEnc(pdfdoc.PDFName(key))
    return known


def _value(value: Any, document: Any, memo: dict[int, bytes]) -> bytes:
    """A dictionary value as ReportLab's ``format`` writes it; a destination once per document (``memo``)."""
    kind = type(value)
    if kind is int or kind is float:
        return pdfdoc.pdfdocEnc(fp_str(value))  # type: ignore[no-any-return]
    if kind is str:
        return pdfdoc.pdfdocEnc(value)  # type: ignore[no-any-return]
    if kind is pdfdoc.PDFString and _plain(value):
        return string(value, document)
    if kind is pdfdoc.PDFArray and _plain(value) and _numeric(value.sequence):
        sequence = value.sequence
        if len(sequence) <= _SHORT and all(type(item) is int for item in sequence):  # e.g. a border: written once
            key = (bool(rl_config.pdfMultiLine), *sequence)  # the layout setting decides the bytes too
            known = _INTEGERS.get(key)
            if known is None:
                if len(_INTEGERS) >= _MAX_INTEGERS:
                    _INTEGERS.clear()
                known = _INTEGERS[key] = _numbers(sequence)
            return known
        return _numbers(sequence)
    if kind is pdfdoc.Destination and _plain(value):
        known = memo.get(id(value))
        if known is None:
            known = memo[id(value)] = pdfdoc.format(value, document)
        return known
    return pdfdoc.format(value, document)  # type: ignore[no-any-return]


_SHORT = 4
_MAX_INTEGERS = 256
_INTEGERS: dict[tuple[int, ...], bytes] = {}
"""Short arrays of integers (an annotation's border) as written, by their values (a few a process)."""


def _numeric(values: list[Any]) -> bool:
    """True when every item is an int or a float (ReportLab writes those with ``fp_str``; not bools)."""
    return all(type(value) is int or type(value) is float for value in values)


def _numbers(values: list[Any]) -> bytes:
    """An array of numbers (``_numeric``): ``fp_str`` of them all at once, split into the array's items (up to
    ten numbers on one line are ``fp_str``'s text itself: its numbers are already single-spaced, no item has a
    space, and its digits, signs and points are their own ASCII bytes)."""
    if 0 < len(values) <= 10 and not rl_config.pdfMultiLine:
        text: str = fp_str(*values)
        return b"[ " + text.encode("ascii") + b" ]"
    return array(pdfdoc.pdfdocEnc(fp_str(*values)).split(b" ") if values else [])


class NumberArray(pdfdoc.PDFArray):  # type: ignore[misc]
    """A ``PDFArray`` (a font's widths) written without the generic path when it holds only numbers."""

    def format(self, document: Any) -> bytes:
        """The array, as ``PDFArray`` writes it."""
        if type(self) is NumberArray and _plain(self) and _numeric(self.sequence):
            return _numbers(self.sequence)
        formatted: bytes = super().format(document)
        return formatted


def _plain(value: Any) -> bool:
    """True when ReportLab would write no comment before ``value`` (comments only in non-invariant files)."""
    return bool(rl_config.invariant) or not rl_config.pdfComments or not hasattr(value, "__Comment__")


class LinkAnnotation(pdfdoc.LinkAnnotation):  # type: ignore[misc]
    """ReportLab's link annotation, its dictionary (built by ReportLab, checks included) written directly."""

    def format(self, document: Any) -> bytes:
        """The annotation dictionary, with references resolved in ``document``."""
        entries = self._entries()
        memo = _destinations(document)
        return dictionary([_name(key) + b" " + _value(entries[key], document, memo) for key in sorted(entries)])

    def _entries(self) -> dict[str, Any]:
        """``self.Dict().dict``: ReportLab's entries, defaults and checks (``Dict``, ``AnnotationDict``), without
        the keyword calls and the ``PDFDictionary`` built around them."""
        entries = dict(self.defaults)
        entries.update(self.otherkw)
        entries.update(
            Border=self.Border, Rect=self.Rect, Contents=self.Contents, Subtype="/Link", Dest=self.Destination
        )
        escape = entries.pop("escape", 1)
        for name in self.required:
            if name not in entries:
                raise ValueError(f"keyword argument {name} missing")
        entries = self.cvtdict(entries, escape=escape)
        permitted = self.permitted
        for name in entries:
            if name not in permitted:
                raise ValueError(f"{self.__class__.__name__} bad annotation dictionary name {name}")
        return entries  # type: ignore[no-any-return]


def _destinations(document: Any) -> dict[int, bytes]:
    """The formatted destinations of ``document``'s link annotations, by object (many marks cite one source)."""
    memo: dict[int, bytes] | None = getattr(document, "_briefgen_destinations", None)
    if memo is None:
        memo = document._briefgen_destinations = {}
    return memo


def faster(annotation: Any) -> Any:
    """``annotation`` written by ``LinkAnnotation`` when it is a plain ReportLab link annotation."""
    if type(annotation) is pdfdoc.LinkAnnotation:
        annotation.__class__ = LinkAnnotation
    return annotation
