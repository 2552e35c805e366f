"""Label a figure with a short phrase (2–6 words) taken from its own sentence: what the number measures.

No parser: the label comes from the words around the figure. Money takes the phrase after
"in/of/for" ("$588 million in aid to Cambodia" -> "aid pledged to Cambodia"); a percentage of
something is a "share of" it; a count is its counted noun plus an "of/from" phrase; years and
dates take the phrase they modify ("2013 general elections"), the clause they open ("In 2010,
Cambodia elevated ...") or the words just before them ("grip on power in 2018").
"""

from __future__ import annotations

from functools import cache

from .figure_lexicon import lexicon
from .figure_patterns import HYPHEN, patterns
from .figure_types import Reading

MAX_WORDS = 6
_WINDOW = 140  # characters either side of a figure that its label may draw on
_PUNCT = frozenset(',;:()[]“”"!?–—')
_CLAUSE_MARKS = _PUNCT - {","}
_MODIFIER_BLOCKERS = frozenset(
    {
        "in",
        "since",
        "by",
        "until",
        "before",
        "after",
        "from",
        "to",
        "through",
        "during",
        "between",
        "of",
        "on",
        "at",
        "for",
    }
)


class Around:
    """The words of a figure's sentence on either side of it.

    The left side is tokenised only when a label asks for it (ordinals and most counts never do).
    """

    __slots__ = ("_left", "_opener", "_sentence_start", "_start", "_text", "lead_in", "right")

    def __init__(
        self, text: str, start: int, sentence_start: int, right: tuple[str, ...], lead_in: str | None
    ) -> None:
        self._text, self._start, self._sentence_start = text, start, sentence_start
        self._left: tuple[str, ...] | None = None
        self._opener: str | None = None
        self.right = right
        """Tokens after the figure."""
        self.lead_in = lead_in
        """The paragraph's title before a colon ("U.S. Assistance in Southeast Asia"), if the figure follows it."""

    @property
    def left(self) -> tuple[str, ...]:
        """Tokens before the figure (punctuation marks are tokens)."""
        if self._left is None:
            self._left, self._opener = _left_side(self._text, self._start, self._sentence_start)
        return self._left

    @property
    def opener(self) -> str | None:
        """A dating phrase opening the sentence ("by 2024"), if the figure is not inside it."""
        if self._left is None:
            self._left, self._opener = _left_side(self._text, self._start, self._sentence_start)
        return self._opener


def around(text: str, start: int, end: int, sentence_start: int, sentence_end: int, lead_in: str | None) -> Around:
    """Collect the words around the figure at ``text[start:end]``, within its sentence."""
    right_to = min(sentence_end, end + _WINDOW)
    right = _words(patterns().label_token.findall(text, end, right_to), text, end, right_to)
    marks = _marks(text, end, right_to)
    if marks:
        cut = _sentence_end(right, last=False)
        if cut >= 0:
            right = right[: cut + 1]
    if right:
        if right[-1] not in _PUNCT:
            right[-1] = right[-1].rstrip(".")
        if right[0][:1] in HYPHEN:
            right[0] = right[0].lstrip(HYPHEN)
        # Only the marks and the two ends just trimmed can be dropped.
        if marks > 1 or not right[0] or not right[-1]:
            right = [t for t in right if t not in ("!", "?", "")]
    return Around(text, start, sentence_start, tuple(right), lead_in)


def _left_side(text: str, start: int, sentence_start: int) -> tuple[tuple[str, ...], str | None]:
    """The tokens before the figure at ``start`` within its sentence, and the dating phrase opening it."""
    left_from = max(sentence_start, start - _WINDOW)
    left = _words(patterns().label_token.findall(text, left_from, start), text, left_from, start)
    if left_from > sentence_start:
        left[:1] = [";"]  # a cut-off first word becomes a clause boundary
    if _marks(text, left_from, start):
        cut = _sentence_end(left, last=True)
        if cut >= 0:
            left = left[cut + 1 :]
    return tuple(left), _opener(left)


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


def _sentence_end(tokens: list[str], last: bool) -> int:
    """The index of the first (or last) token that ends a sentence, or -1."""
    marked = [i for i, token in enumerate(tokens) if token[-1] in ".!?"]
    for i in reversed(marked) if last else marked:
        if _ends_sentence(tokens[i]):
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


_OPENER_SKIP = frozenset(("-", "•", "*", "“", '"'))


def _opener(left: list[str]) -> str | None:
    """A dating phrase opening the sentence before the figure: "By 2024," -> "by 2024"."""
    if "," not in left:
        return None
    openers, most = _openers()
    longest = most + 5  # an opener and at most five words before the comma
    head: list[str] = []
    for token in left:
        if token == ",":
            break
        if token not in _OPENER_SKIP:
            head.append(token)
            if len(head) > longest:
                return None
    if len(head) < 2:
        return None  # an opener needs a word after it
    prefixes: dict[int, str] = {}
    for opener, size in openers:
        prefix = prefixes.get(size)
        if prefix is None:
            prefix = prefixes[size] = " ".join(head[:size]).lower()
        if prefix == opener and size < len(head) <= size + 5:
            phrase = head[size:]
            if any(any(c.isdigit() for c in w) for w in phrase):
                return " ".join([opener, *phrase])
    return None


@cache
def _openers() -> tuple[tuple[tuple[str, int], ...], int]:
    """Each time opener with its number of words, in the lexicon's order, and the most words of one."""
    openers = tuple((opener, len(opener.split())) for opener in lexicon().time_openers)
    return openers, max((size for _, size in openers), default=0)


def figure_label(reading: Reading, ctx: Around) -> str:
    """The label of a reading, or "" when the sentence offers nothing usable."""
    kind = reading.inner if reading.kind == "range" and reading.inner else reading.kind
    if kind == "money":
        words = _money(reading, ctx)
    elif kind == "percent":
        words = _percent(ctx)
    elif kind == "count":
        words = _count(reading, ctx)
    elif kind == "ordinal":
        words = _phrase(ctx.right, links=False, limit=5)
    elif kind == "duration":
        words = _duration(ctx)
    else:
        words = _when(ctx)
    return " ".join(words[:MAX_WORDS])


def _money(reading: Reading, ctx: Around) -> list[str]:
    lex = lexicon()
    right = ctx.right
    words: list[str] = []
    if right and right[0].lower() in lex.money_links:
        words = _phrase(right[1:])
        if _is_time(words):
            words = []
    if len(words) < 2 and ctx.lead_in:
        return ctx.lead_in.split()[:MAX_WORDS]
    if not words:
        return _left_words(ctx) or _phrase(right)
    verb = ctx.left[-1] if ctx.left else ""
    if _past_verb(verb) and len(words) < MAX_WORDS:
        cut = next((i for i, w in enumerate(words) if w.lower() in lex.label_links), len(words))
        words = [*words[:cut], verb, *words[cut:]]
    return _with_opener(words, ctx)


def _percent(ctx: Around) -> list[str]:
    right = ctx.right
    if right and right[0].lower() == "of":
        rest = _phrase(right[1:], limit=MAX_WORDS - 2)
        if rest:
            return _with_opener(["share", "of", *rest], ctx)
    words = _phrase(right)
    if not words and ctx.lead_in:
        return ctx.lead_in.split()
    return _with_opener(words or _left_words(ctx), ctx)


def _count(reading: Reading, ctx: Around) -> list[str]:
    lex = lexicon()
    words = _strip_determiners(reading.count_words.split())
    right = ctx.right
    if reading.raw_unit == "-":
        words = [*words, *_compound_head(right)]
    elif not words:
        return _tail(ctx.left, 5)
    elif right and right[0].lower() in lex.count_links and len(words) < MAX_WORDS - 1:
        rest = _phrase(right[1:], limit=MAX_WORDS - len(words) - 1)
        if rest:
            words = [*words, right[0], *rest]
    return words


def _left_words(ctx: Around) -> list[str]:
    """The words before the figure, reaching past one comma when the clause gives only one word."""
    words = _tail(ctx.left, 5)
    if len(words) < 2:
        wider = _tail(ctx.left, 5, boundaries=2)
        if len(wider) > len(words):
            return wider
    return words


def _compound_head(right: tuple[str, ...]) -> list[str]:
    """The noun a hyphenated count describes: "10-member bloc held" -> "bloc"."""
    head = _phrase(right, links=False, limit=2)
    if len(head) == 2 and (_past_verb(head[1]) or _verb_like(head[1]) or head[1].endswith("s")):
        head = head[:1]
    return head


def _is_time(words: list[str]) -> bool:
    """True for a phrase that dates rather than names a thing ("the first half of 2024")."""
    lex = lexicon()
    return any(c.isdigit() for w in words for c in w) or bool(words and words[0].lower() in lex.ordinals)


def _duration(ctx: Around) -> list[str]:
    right = ctx.right
    if right and right[0].lower() == "of":
        words = _phrase(right[1:])
        if words:
            return words
    if right and not _is_punct(right[0]) and right[0].lower() not in lexicon().stop_words:
        return _phrase(right)
    return _when(ctx)


def _when(ctx: Around) -> list[str]:
    """The event a year or date belongs to."""
    stops = lexicon().stop_words
    left, right = ctx.left, ctx.right
    previous = left[-1].lower() if left else ""
    if right and _is_word(right[0]) and right[0][:1].isalpha() and previous not in _MODIFIER_BLOCKERS:
        modified = _phrase(right, links=False, limit=5)
        if modified:
            return modified
    opens = True  # only function words (or bullets) since the last clause mark
    for w in reversed(left):
        if w in _CLAUSE_MARKS:
            break
        if not (w.lower() in stops or w in "-•*"):
            opens = False
            break
    if opens and right and (right[0] == "," or _is_word(right[0]) or right[0].lower() in lexicon().determiners):
        return _clause(right[1:] if right[0] == "," else right)
    words = _tail(left, MAX_WORDS)
    if len(words) < 2:
        wider = _tail(left, MAX_WORDS, boundaries=2)
        if len(wider) >= 2:
            return wider
        if right and right[0] == ",":
            return _clause(right[1:]) or words
    return words


def _phrase(tokens: tuple[str, ...] | list[str], links: bool = True, limit: int = MAX_WORDS) -> list[str]:
    """The noun phrase opening ``tokens``, continued once through a preposition ("aid to Cambodia")."""
    lex = lexicon()
    out: list[str] = []
    linked = False
    i = 0
    tokens = list(tokens)
    while i < len(tokens) and tokens[i].lower() in lex.determiners:
        i += 1
    while i < len(tokens) and len(out) < limit:
        token = tokens[i]
        lower = token.lower()
        if _is_punct(token):
            break
        if lower in lex.stop_words:
            following = _skip_determiners(tokens, i + 1)
            if (
                lower in ("and", "&")
                and out
                and out[-1][:1].isupper()
                and following < len(tokens)
                and tokens[following][:1].isupper()
                and not _is_punct(tokens[following])
            ):
                out.append(token)
                i += 1
                continue
            if not links or linked or not out or lower not in lex.label_links:
                break
            if following >= len(tokens) or not _is_word(tokens[following]):
                break
            out.append(token)
            linked = True
            i = following
            continue
        if out and _verb_like(token) and (out[-1].lower().endswith("s") or (len(out) >= 2 and lower.endswith("ed"))):
            break
        out.append(token)
        i += 1
    while out and out[-1].lower() in lex.stop_words:
        out.pop()
    return out


def _tail(tokens: tuple[str, ...], limit: int, boundaries: int = 1) -> list[str]:
    """The last words of the clause before the figure (parentheses skipped), trimmed of function words."""
    stops = lexicon().stop_words
    out: list[str] = []
    crossed = 0
    depth = 0
    for token in reversed(tokens):
        if token in (")", "]"):
            depth += 1
        elif token in ("(", "[") and depth:
            depth -= 1
        elif depth:
            continue
        elif _is_punct(token):
            crossed += 1
            if crossed >= boundaries:
                break
        else:
            out.append(token)
    out.reverse()
    while out and out[-1].lower() in stops:
        out.pop()
    out = out[-limit:]
    return _strip_leading(out)


def _clause(tokens: tuple[str, ...]) -> list[str]:
    """The first words of the clause after an opening phrase."""
    out: list[str] = []
    for token in tokens:
        if _is_punct(token) or len(out) == MAX_WORDS:
            break
        out.append(token)
    while out and out[-1].lower() in lexicon().stop_words:
        out.pop()
    return _strip_leading(out)


def _strip_leading(words: list[str]) -> list[str]:
    lex = lexicon()
    i = 0
    while i < len(words) and words[i].lower() in lex.stop_words:
        i += 1
    if i and len(words) - i == 1 and words[i - 1].lower() in lex.determiners:
        i -= 1
    return words[i:]


def _strip_determiners(words: list[str]) -> list[str]:
    determiners = lexicon().determiners
    while len(words) > 1 and words[0].lower() in determiners:
        words = words[1:]
    return words


def _skip_determiners(tokens: list[str], i: int) -> int:
    determiners = lexicon().determiners
    while i < len(tokens) and tokens[i].lower() in determiners:
        i += 1
    return i


def _with_opener(words: list[str], ctx: Around) -> list[str]:
    if ctx.opener and words and len(words) + len(ctx.opener.split()) <= MAX_WORDS:
        return [*words, *ctx.opener.split()]
    return words


def _past_verb(word: str) -> bool:
    lower = word.lower()
    if lower in lexicon().stop_words:
        return False
    return lower in lexicon().past_verbs or (lower.endswith("ed") and len(lower) > 4)


def _verb_like(token: str) -> bool:
    return token.islower() and (token.endswith("ed") or token.endswith("ing")) and len(token) > 4


def _is_punct(token: str) -> bool:
    return token in _PUNCT


def _is_word(token: str) -> bool:
    return not _is_punct(token) and token.lower() not in lexicon().stop_words
