"""Look back from a figure at the text before it with plain string methods (no backward regex search)."""

from __future__ import annotations


def previous_word(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """The last run of non-space characters in ``text[lo:hi]`` and its offset, or None.

    The same as ``re.search(r"(\\S+)\\s*\\Z", text, lo, hi)`` (group 1 and its start), which tries
    every position of the window; str methods use the same whitespace as ``\\s``.
    """
    lo = max(lo, 0)
    chunk = text[lo:hi].rstrip() if hi > lo else ""
    if not chunk:
        return None
    word = chunk.rsplit(None, 1)[-1]
    return lo + len(chunk) - len(word), word


def end_before(text: str, lo: int, at: int, marks: str = "") -> int:
    """The offset of the last character before ``at`` once one of ``marks`` or a run of whitespace is skipped.

    -1 when neither a mark nor whitespace is right before ``at``, or nothing is left of ``text[lo:at]``.
    """
    i = at - 1
    if i < lo:
        return -1
    if text[i] in marks:
        i -= 1
    elif text[i].isspace():
        while i >= lo and text[i].isspace():
            i -= 1
    else:
        return -1
    return i if i >= lo else -1
