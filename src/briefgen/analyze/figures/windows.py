"""Tokenise the words on either side of a figure within its sentence, trying a short window first.

A label reads a few words next to its figure, yet tokenising the whole 140-character window on
each side is most of its cost. So each side is first tokenised up to a space about ``SHORT``
characters away: since no token spans a space, the tokens found are exactly the whole window's
tokens there. When such a short side is not known to be the whole side (``whole`` is False), the
token that the whole window might trim is left out, and a label that would read past the end of
what is left raises ``NeedMore``; it is then read again from the whole windows.
"""

from __future__ import annotations

from .patterns import HYPHEN, patterns

WINDOW = 140
"""Characters either side of a figure that its label may draw on."""
SHORT = 64
"""Characters either side tokenised first."""
PUNCT = frozenset(',;:()[]“”"!?–—')
"""The punctuation tokens."""

Side = tuple[tuple[str, ...], bool]
"""The tokens of one side, and whether they are the whole side."""


class NeedMore(Exception):
    """A label reads past the tokens of a short side."""


def right_side(text: str, end: int, sentence_end: int, short: bool) -> Side:
    """The tokens after a figure ending at ``end``, from a short window when ``short`` and it serves."""
    right_to = min(sentence_end, end + WINDOW)
    if short and end + SHORT < right_to:
        cut_at = text.find(" ", end + SHORT, right_to)
        if cut_at > 0:
            found = _short_right(text, end, cut_at)
            if found is not None:
                return found
    right = _words(patterns().label_token.findall(text, end, right_to), text, end, right_to)
    marks = _marks(text, end, right_to)
    # One full stop, ending the last token (the sentence's own): cutting there would keep every token.
    if marks > 1 or (marks and not (right and right[-1][-1] == "." and text.count(".", end, right_to) == 1)):
        cut = sentence_end_token(right, last=False)
        if cut >= 0:
            right = right[: cut + 1]
    if right:
        if right[-1] not in PUNCT:
            right[-1] = right[-1].rstrip(".")
        if right[0][:1] in HYPHEN:
            right[0] = right[0].lstrip(HYPHEN)
        # Only the marks and the two ends just trimmed can be dropped.
        if marks > 1 or not right[0] or not right[-1]:
            right = [t for t in right if t not in ("!", "?", "")]
    return tuple(right), True


def _short_right(text: str, end: int, cut_at: int) -> Side | None:
    """``right_side`` from ``text[end:cut_at]`` (``cut_at`` a space), or None when the whole window is needed."""
    marks = _marks(text, end, cut_at)
    if marks > 1:
        return None  # a "!" or "?" token here would be dropped from the whole side
    right = _words(patterns().label_token.findall(text, end, cut_at), text, end, cut_at)
    cut = sentence_end_token(right, last=False) if marks else -1
    whole = cut >= 0
    if whole:
        right = right[: cut + 1]  # the whole side ends here too
        if right[-1] not in PUNCT:
            right[-1] = right[-1].rstrip(".")
    elif len(right) < 3:
        return None
    else:
        right.pop()  # it may be the whole side's last token, trimmed there
    if right[0][:1] in HYPHEN:
        right[0] = right[0].lstrip(HYPHEN)
    if not right[0] or not right[-1]:
        right = [t for t in right if t]
        if not right:
            return (), True
    return tuple(right), whole


def left_side(text: str, start: int, sentence_start: int, short: bool) -> Side:
    """The tokens before a figure starting at ``start``, from a short window when ``short`` and it serves."""
    left_from = max(sentence_start, start - WINDOW)
    if short and start - SHORT > left_from:
        cut_at = text.rfind(" ", left_from, start - SHORT)
        if cut_at >= 0:
            found = _short_left(text, start, cut_at)
            if found is not None:
                return found
    left = _words(patterns().label_token.findall(text, left_from, start), text, left_from, start)
    if left_from > sentence_start:
        left[:1] = [";"]  # a cut-off first word becomes a clause boundary
    if _marks(text, left_from, start):
        cut = sentence_end_token(left, last=True)
        if cut >= 0:
            left = left[cut + 1 :]
    return tuple(left), True


def left_head(text: str, start: int, sentence_start: int) -> Side | None:
    """The first tokens of the whole side before a figure (``whole`` as for ``left_side``).

    None when the window starts inside the sentence with no sentence end in it: the side then
    opens with the cut-off first word made a clause boundary, which no opening phrase matches.
    """
    left_from = max(sentence_start, start - WINDOW)
    if _marks(text, left_from, start):
        return left_side(text, start, sentence_start, False)
    if left_from > sentence_start:
        return None
    # Nothing is cut or trimmed: the side is the window's tokens, the first ones those before a space.
    if left_from + SHORT < start:
        cut_at = text.find(" ", left_from + SHORT, start)
        if cut_at > 0:
            head = _words(patterns().label_token.findall(text, left_from, cut_at), text, left_from, cut_at)
            if head:
                return tuple(head), False
    return left_side(text, start, sentence_start, False)


def _short_left(text: str, start: int, cut_at: int) -> Side | None:
    """``left_side`` from ``text[cut_at:start]`` (``cut_at`` a space), or None when the whole window is needed."""
    left = _words(patterns().label_token.findall(text, cut_at, start), text, cut_at, start)
    # The first token may be the whole side's first, made a clause boundary there: it neither counts
    # as a sentence end nor is kept.
    if _marks(text, cut_at, start):
        cut = sentence_end_token(left, last=True)
        if cut >= 1:
            return tuple(left[cut + 1 :]), True  # the whole side starts here too
    if len(left) < 2:
        return None
    return tuple(left[1:]), False


def _words(found: list[str], text: str, lo: int, hi: int) -> list[str]:
    """Label tokens (found in ``text[lo:hi]``) without web and mail addresses."""
    if text.find("/", lo, hi) < 0 and text.find("@", lo, hi) < 0:
        return found
    return [t for t in found if "/" not in t and "@" not in t]


def _marks(text: str, lo: int, hi: int) -> int:
    """2 when ``text[lo:hi]`` holds a "!" or "?", 1 when only a full stop, 0 when none (no token ends a sentence)."""
    if text.find("!", lo, hi) >= 0 or text.find("?", lo, hi) >= 0:
        return 2
    return 1 if text.find(".", lo, hi) >= 0 else 0


def sentence_end_token(tokens: list[str], last: bool) -> int:
    """The index of the first (or last) token that ends a sentence, or -1."""
    for i in range(len(tokens) - 1, -1, -1) if last else range(len(tokens)):
        token = tokens[i]
        if token[-1] in ".!?" and _ends_sentence(token):
            return i
    return -1


def _ends_sentence(token: str) -> bool:
    if token in ("!", "?", "."):
        return True
    if not token.endswith(".") or len(token) < 2:
        return False
    body = token[:-1]
    abbreviation = "." in body or (body[:1].isupper() and len(body) <= 3) or len(body) == 1
    return not abbreviation
