"""Bare names in a text that writes family names in capitals ("Bastian STEGER", "CHUANG Chih-Yuan").

Some texts (sports federations, Japan's foreign ministry) write every family name in capitals. Where the finder
has already found two people named so, by a title, a speech verb or a given name, the text's own convention
makes every other run of exactly one word in capitals and one in title case a person too, wherever it stands:
"Bastian STEGER and CHUANG Chih-Yuan will face …", "Coach: QIN Zhijian (CHN)". The run must stand alone (no
capitalised word right before or after it) and be a clean name (no country, title or organisation word).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..._speed.regex_cache import compile_cached
from .countries import country_name
from .lexicon import UPPER, caps_word, name_tokens
from .orgs import KNOWN_ORGS
from .people import PersonHit, clean_name

#: A family name in capitals, then or after a name word in title case (a hyphened given name too).
_TITLED_WORD = rf"[{UPPER}][a-z]+(?:-[{UPPER}a-z][a-z]+)?"
_CAPS = rf"[{UPPER}]{{2,}}"
# A capital first, then the look-behind on the character before it: the engine skips to capitals.
_RUN = compile_cached(
    rf"[{UPPER}](?<![\w’'.-].)(?:[{UPPER}]+[ \t]+{_TITLED_WORD}|[a-z]+(?:-[{UPPER}a-z][a-z]+)?[ \t]+{_CAPS})(?![\w’'-])"
)
_CAP_BEFORE = compile_cached(rf"[{UPPER}][\w’'.-]*[ \t]+$")
_CAP_AFTER = compile_cached(rf"[ \t]+[{UPPER}]")
_MIN_FOUND = 2


def capitals_names(text: str, found: Sequence[PersonHit]) -> Iterator[PersonHit]:
    """More people named in the text's convention of family names in capitals, when ``found`` holds two or
    more such names already; none otherwise (the scan runs only in such texts)."""
    styled = {hit.name for hit in found if not hit.weak and any(caps_word(w) for w in hit.name.split())}
    if len(styled) < _MIN_FOUND:
        return
    taken = {(hit.start, hit.end) for hit in found}
    for m in _RUN.finditer(text):
        start, end = m.span()
        if (start, end) in taken or _CAP_BEFORE.search(text, max(0, start - 40), start) is not None:
            continue
        if _CAP_AFTER.match(text, end) is not None:
            continue
        caps = next(w for w in m.group().split() if w.isupper())
        if not caps_word(caps) or caps in KNOWN_ORGS or country_name(caps) is not None:
            continue
        if clean_name(text, start, end) != (start, end) or len(name_tokens(m.group())) != 2:
            continue
        yield PersonHit(start, end, m.group())
