"""ReportLab's line breaking for the paragraphs briefs have, step for step, without its general machinery.

``Paragraph.breakLines`` serves every feature ReportLab has (bidirectional text, shaping, hyphenation
dictionaries, soft hyphens, split words, images); a brief's paragraph has none of them, yet pays for
their tests on every word: the word list is consumed with ``pop(0)``, each run of text is copied through
``ABag.clone``'s keyword arguments and each width goes through ``pdfmetrics``. ``break_lines`` takes the
same steps in the same order, with the same arithmetic (so the same lines, widths and bytes), for a
paragraph whose style asks for none of those features; the moment a paragraph needs one of them (a
word a URL split or a long-word split would break, a soft hyphen, a split paragraph's words) it answers
None before it has changed anything, and ReportLab's own ``breakLines`` lays the paragraph out instead.
A paragraph of several runs is first cut into words as ReportLab's ``_getFragWords`` cuts it
(``_frag_words``, the same steps for fragments not laid out before).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import paragraph as rl
from reportlab.platypus.paraparser import ParaFrag
from reportlab.rl_config import hyphenationMinWordLength

from .frags import same_frag
from .metrics import ascent_descent, string_width

_FK_TEXT = rl._FK_TEXT
_FK_IMG = rl._FK_IMG
_FK_APPEND = rl._FK_APPEND
_FK_BREAK = rl._FK_BREAK
_WHITESPACE = rl.whitespace
_wsc_split = rl._wsc_re_split
_SHY = rl._shy
_WSC = rl._wsc
_HSFrag = rl._HSFrag
_SplitFragH = rl._SplitFragH
_FragLine = rl.FragLine
_ParaLines = rl.ParaLines


def _clone(frag: Any) -> Any:
    """``frag.clone()``: for a ``ParaFrag`` its dictionary copied into a new one, as ``ABag.clone`` does."""
    if type(frag) is ParaFrag:
        twin = object.__new__(ParaFrag)
        twin.__dict__.update(frag.__dict__)
        return twin
    return frag.clone()


def _laid(frag: Any, lines: list[Any], ascent: float, descent: float, size: Any) -> Any:
    """``frag.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)``: a paragraph of one run
    laid out (for a ``ParaFrag`` its dictionary copied, then the layout's entries set, as ``ABag.clone`` does)."""
    if type(frag) is not ParaFrag:
        return frag.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)
    twin = _clone(frag)
    twin.__dict__.update(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)
    return twin


def _plain_style(para: Any) -> bool:
    """True when the paragraph's style and settings ask for nothing but ReportLab's plain line breaking."""
    style = para.style
    if style.wordWrap or getattr(style, "hyphenationLang", "") or style.embeddedHyphenation:
        return False
    if style.shaping and bool(pdfmetrics.getFont(style.fontName).shapable):
        return False
    auto = getattr(para, "autoLeading", getattr(style, "autoLeading", ""))
    return auto in ("", "off")


def break_lines(para: Any, width: Any) -> Any:
    """``para.breakLines(width)`` as ReportLab's ``Paragraph.breakLines`` answers it (and leaves ``para``), or
    None, with ``para`` untouched, when the paragraph needs a feature only ReportLab's own handles."""
    if not _plain_style(para):
        return None
    frags = para.frags
    n_frags = len(frags)
    if n_frags <= 0:
        return None
    max_widths = [width] if not isinstance(width, (tuple, list)) else width
    if para.bulletText:
        return None
    style = para.style
    if n_frags == 1:
        frag = frags[0]
        if style.endDots or hasattr(frag, "cbDefn") or hasattr(frag, "backColor") or rl._processed_frags(frags):
            return None
        return _one_run(para, frag, max_widths, style)
    if rl._processed_frags(frags):
        return None
    return _runs(para, frags, max_widths, style)


def _one_run(para: Any, frag: Any, max_widths: Sequence[float], style: Any) -> Any:
    """The lines of a paragraph of one run of text (ReportLab's kind 0)."""
    if not hasattr(frag, "text"):
        return None
    text = frag.text
    if type(text) is not str or _SHY in text:
        return None
    font_size = frag.fontSize
    font_name = frag.fontName
    text = text.strip(_WSC)
    ascent, descent = ascent_descent(font_name, font_size)
    if not text:
        para._width_max = 0
        para.height = 0
        para._splitLongWordCount = para._hyphenations = 0
        return _laid(frag, [], ascent, descent, font_size)
    words = rl.split(text)
    encoding = para.encoding
    uri_waste = style.uriWasteReduce
    split_long = style.splitLongWords
    min_length = getattr(style, "hyphenationMinWordLength", hyphenationMinWordLength)
    space_width = string_width(" ", font_name, font_size, encoding)
    d_space_shrink = style.spaceShrinkage * space_width
    max_line = len(max_widths) - 1
    max_width = max_widths[0]
    width_max: float = 0
    lines = []
    line: list[str] = []
    current = -space_width
    line_no = 0
    for word in words:
        word_width = string_width(word, font_name, font_size, encoding)
        new_width = current + space_width + word_width
        limit = max_width + d_space_shrink * len(line)
        if new_width > limit:
            if uri_waste:
                ok = not getattr(frag, "nobr", False)
                split = rl._hyphenateWord(
                    None, font_name, font_size, word, word_width, new_width, limit, uri_waste if ok else False, 0,
                    min_length,
                )  # fmt: skip
                if split:
                    return None
            if split_long:
                nmw = min(line_no, max_line)
                if word_width > max(max_widths[nmw : nmw + 1]):
                    return None
        if new_width <= limit or not line:
            if word:
                line.append(word)
            current = new_width
        else:
            if current > width_max:
                width_max = current
            lines.append((max_width - current, line))
            line = [word]
            current = word_width
            line_no += 1
            max_width = max_widths[min(max_line, line_no)]
    if line:
        if current > width_max:
            width_max = current
        lines.append((max_width - current, line))
    para._width_max = width_max
    para.height = 0
    para._splitLongWordCount = para._hyphenations = 0
    return _laid(frag, lines, ascent, descent, font_size)


def _runs(para: Any, frags: list[Any], max_widths: Sequence[float], style: Any) -> Any:
    """The lines of a paragraph of several runs (ReportLab's kind 1); ``para.frags`` becomes its words."""
    max_width = max_widths[0]
    words_in = _frag_words(frags, max_width)
    if words_in is None:
        return None
    uri_waste = style.uriWasteReduce
    split_long = style.splitLongWords
    shrinkage = style.spaceShrinkage
    min_length = getattr(style, "hyphenationMinWordLength", hyphenationMinWordLength)
    keep_breaks = not style.justifyBreaks
    max_line = len(max_widths) - 1
    width_max: float = 0  # ints where ReportLab has ints: the same types, so the same numbers written
    lines = []
    words: list[Any] = []
    line_no = 0
    s_fw = 0
    n = 0
    space_width: float = 0
    current: float = 0
    max_size: Any = 0
    max_ascent = min_descent = 0.0
    g: Any = None
    last: Any = None  # the fragment ``g`` agrees with (``same_frag``) whose metrics the line has taken in
    spaces: dict[tuple[str, Any], float] = {}  # widths of a space, by font and size

    def space(name: str, size: Any) -> float:
        width = spaces.get((name, size))
        if width is None:
            width = spaces[name, size] = string_width(" ", name, size)
        return width

    for index, w in enumerate(words_in):
        f = w[-1][0]
        font_name = f.fontName
        font_size = f.fontSize
        if not words:
            n = space_width = current = 0
            max_size = font_size
            max_ascent, min_descent = ascent_descent(font_name, font_size)
        word_width = w[0]
        f = w[1][0]
        new_width = current + space_width + word_width if word_width > 0 else current
        line_break = f._fkind == _FK_BREAK
        limit = max_width
        # The shrinkage only widens the line (spaces have no negative widths): a word ending within the line's
        # width fits whatever it is, so it is summed, as ReportLab sums it, only for a word that may not.
        if shrinkage and (new_width > max_width or shrinkage < 0):
            shrink = space_width
            for wi in words:
                if wi._fkind == _FK_TEXT:
                    ns = wi.text.count(" ")
                    if ns:
                        shrink += ns * space(wi.fontName, wi.fontSize)
            shrink *= shrinkage
            limit += shrink
        if not line_break and new_width > limit and not isinstance(w, _SplitFragH) and not hasattr(f, "cbDefn"):
            if uri_waste:
                ok = not getattr(f, "nobr", False)
                if rl._hyphenateFragWord(None, w, new_width, limit, uri_waste if ok else False, 0, min_length):
                    return None
            if split_long:
                nmw = min(line_no, max_line)
                if word_width > max(max_widths[nmw : nmw + 1]):
                    return None
        if not ((new_width > limit and n > 0) or line_break):
            text = w[1][1]
            if text:
                n += 1
            font_size = f.fontSize
            if f is last and len(w) == 2:
                # A word in the run before it: ReportLab's steps with their known answers (``same_frag`` true,
                # the maxima and minimum unchanged by metrics already taken in).
                g.text += " " + text if space_width and not g.text.endswith(" ") else text
                space_width = space(font_name, font_size) if isinstance(w, _HSFrag) else 0
                current = new_width
                continue
            ascent, descent = ascent_descent(f.fontName, font_size)
            max_size = max(max_size, font_size)
            max_ascent = max(max_ascent, ascent)
            min_descent = min(min_descent, descent)
            if not words:
                g = _clone(f)
                words = [g]
                g.text = text
            elif not same_frag(g, f):
                if space_width:
                    i = len(words) - 1
                    while i >= 0:
                        wi = words[i]
                        i -= 1
                        if wi._fkind == _FK_TEXT:
                            if not wi.text.endswith(" "):
                                wi.text += " "
                            break
                g = _clone(f)
                words.append(g)
                g.text = text
            else:
                g.text += " " + text if space_width and not g.text.endswith(" ") else text
            last = f
            space_width = space(font_name, font_size) if isinstance(w, _HSFrag) else 0
            real = 0
            for piece in w[2:]:
                last = piece[0]
                g = _clone(piece[0])
                g.text = piece[1]
                if g.text:
                    real = 1
                words.append(g)
                font_size = g.fontSize
                ascent, descent = ascent_descent(g.fontName, font_size)
                max_size = max(max_size, font_size)
                max_ascent = max(max_ascent, ascent)
                min_descent = min(min_descent, descent)
            if not text and real:
                n += 1
            current = new_width
        else:
            if line_break:
                g = _clone(f)
                words.append(g)
                llb = keep_breaks
            else:
                llb = False
            if current > width_max:
                width_max = current
            lines.append(_frag_line(words, n, llb, max_width, current, max_size, max_ascent, min_descent, s_fw))
            s_fw = index
            line_no += 1
            max_width = max_widths[min(max_line, line_no)]
            if line_break:
                words = []
                last = None
                continue
            space_width = space(font_name, font_size) if isinstance(w, _HSFrag) else 0
            current = word_width
            n = 1
            last = f
            g = _clone(f)
            max_size = g.fontSize
            max_ascent, min_descent = ascent_descent(g.fontName, max_size)
            words = [g]
            g.text = w[1][1]
            for piece in w[2:]:
                last = piece[0]
                g = _clone(piece[0])
                g.text = piece[1]
                words.append(g)
                font_size = g.fontSize
                ascent, descent = ascent_descent(g.fontName, font_size)
                max_size = max(max_size, font_size)
                max_ascent = max(max_ascent, ascent)
                min_descent = min(min_descent, descent)
    if words:
        if current > width_max:
            width_max = current
        lines.append(_frag_line(words, n, False, max_width, current, max_size, max_ascent, min_descent, s_fw))
    para._width_max = width_max
    para.height = 0
    para._splitLongWordCount = para._hyphenations = 0
    para.frags = words_in
    return _ParaLines(kind=1, lines=lines)


def _frag_line(
    words: list[Any], n: int, line_break: bool, max_width: float, width: float, size: Any, ascent: float,
    descent: float, first_word: int,
) -> Any:  # fmt: skip
    """ReportLab's ``FragLine`` of a line of ``words`` (``n`` of them with text) ``width`` wide of its ``max_width``."""
    return _FragLine(
        extraSpace=max_width - width, wordCount=n, lineBreak=line_break, words=words, fontSize=size, ascent=ascent,
        descent=descent, maxWidth=max_width, sFW=first_word,
    )  # fmt: skip


def _frag_words(frags: list[Any], max_width: float) -> list[Any] | None:
    """ReportLab's ``_getFragWords`` of fragments not yet laid out: the paragraph's words, each as its width and
    its (fragment, text) pieces, an ``_HSFrag`` when a space follows it; None for a soft hyphen (ReportLab's own
    then takes the same steps again: they only mark each fragment's kind)."""
    out: list[Any] = []
    word: list[Any] = []
    n: float = 0
    hanging_space = False
    hanging_strip = True
    for f in frags:
        text = f.text
        if text != "":
            if type(text) is not str or _SHY in text:
                return None
            f._fkind = _FK_TEXT
            if hanging_strip:
                text = text.lstrip(_WSC)
                if not text:
                    continue
                hanging_strip = False
            pieces = text.split() if "\xa0" not in text else _wsc_split(text)
            if text[0] in _WHITESPACE or not pieces:
                if word:
                    word.insert(0, n)
                    out.append(word)
                    whs = hanging_space
                    word = []
                    hanging_space = False
                    n = 0
                else:
                    whs = bool(out) and isinstance(out[-1], _HSFrag)
                if not whs:
                    pieces.insert(0, "")
                elif not pieces:
                    continue
            name, size = f.fontName, f.fontSize
            for w in pieces[:-1]:
                word.append((f, w))
                n += string_width(w, name, size)
                word.insert(0, n)
                out.append(_HSFrag(word))
                word = []
                n = 0
            hanging_space = False
            w = pieces[-1]
            word.append((f, w))
            n += string_width(w, name, size)
            if text[-1] in _WHITESPACE:
                word.insert(0, n)
                out.append(_HSFrag(word))
                word = []
                n = 0
        elif hasattr(f, "cbDefn"):
            width: Any = getattr(f.cbDefn, "width", 0)
            if width:
                if hasattr(width, "normalizedValue"):
                    width._normalizer = max_width
                    width = width.normalizedValue(max_width)
                if word:
                    word.insert(0, n)
                    out.append(_HSFrag(word) if hanging_space else word)
                    word = []
                    hanging_space = False
                    n = 0
                f._fkind = _FK_IMG
                out.append([width, (f, "")])
                hanging_strip = False
            else:
                f._fkind = _FK_APPEND
                if not word and out and isinstance(out[-1], _HSFrag):
                    out[-1].append((f, ""))
                else:
                    word.append((f, ""))
        elif hasattr(f, "lineBreak"):
            if word:
                word.insert(0, n)
                out.append(word)
                word = []
                n = 0
                hanging_space = False
            f._fkind = _FK_BREAK
            out.append([0, (f, "")])
            hanging_strip = True
    if word:
        word.insert(0, n)
        out.append(word)
    if not out and frags:
        f = frags[0]
        f._fkind = _FK_TEXT
        out = [[0, (f, "")]]
    return out
