"""Label a figure with a short phrase (2–6 words) taken from its own sentence: what the number measures.

No parser: the label comes from the words around the figure. Money takes the phrase after
"in/of/for" ("$588 million in aid to Cambodia" -> "aid pledged to Cambodia"); a percentage of
something is a "share of" it; a count is its counted noun plus an "of/from" phrase; years and
dates take the phrase they modify ("2013 general elections"), the clause they open ("In 2010,
Cambodia elevated ...") or the words just before them ("grip on power in 2018").
"""

from __future__ import annotations

from functools import cache

from .clauses import caption_words
from .lexicon import lexicon
from .types import Reading
from .windows import PUNCT, NeedMore, Side, left_head, left_side, right_side

MAX_WORDS = 6
_PUNCT = PUNCT
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

    Each side comes from a short window first (see ``figure_windows``); ``right_whole`` and
    ``left_whole`` tell whether it is the whole side. The left side is tokenised only when a label
    asks for it (ordinals and most counts never do).
    """

    __slots__ = (
        "_end",
        "_left",
        "_left_short",
        "_opener",
        "_opener_known",
        "_sentence_end",
        "_sentence_start",
        "_start",
        "_text",
        "lead_in",
        "left_whole",
        "right",
        "right_whole",
    )

    def __init__(
        self, text: str, start: int, end: int, sentence_start: int, sentence_end: int, lead_in: str | None
    ) -> None:
        self._text, self._start, self._end = text, start, end
        self._sentence_start, self._sentence_end = sentence_start, sentence_end
        self._left: tuple[str, ...] | None = None
        self._left_short = True
        self._opener: str | None = None
        self._opener_known = False
        self.left_whole = True
        """False while ``left`` is only the end of the side."""
        self.right, self.right_whole = right_side(text, end, sentence_end, True)
        """Tokens after the figure (punctuation marks are tokens), and False while only their start."""
        self.lead_in = lead_in
        """The paragraph's title before a colon ("U.S. Assistance in Southeast Asia"), if the figure follows it."""

    @property
    def left(self) -> tuple[str, ...]:
        """Tokens before the figure (punctuation marks are tokens)."""
        if self._left is None:
            self._left, self.left_whole = left_side(self._text, self._start, self._sentence_start, self._left_short)
        return self._left

    def before(self) -> tuple[tuple[str, ...], bool]:
        """``left`` and ``left_whole``."""
        left = self.left
        return left, self.left_whole

    @property
    def opener(self) -> str | None:
        """A dating phrase opening the sentence ("by 2024"), if the figure is not inside it."""
        if not self._opener_known:
            left = self.left
            head: Side | None = (left, True)
            if not self.left_whole:
                head = left_head(self._text, self._start, self._sentence_start)
            try:
                self._opener = _opener(*head) if head is not None else None
            except NeedMore:
                self._opener = _opener(left_side(self._text, self._start, self._sentence_start, False)[0], True)
            self._opener_known = True
        return self._opener

    def widen(self) -> None:
        """Take both whole sides, for a label that read past a short one."""
        if not self.right_whole:
            self.right, self.right_whole = right_side(self._text, self._end, self._sentence_end, False)
        self._left_short = False
        if not self.left_whole:
            self._left, self.left_whole = None, True


def around(text: str, start: int, end: int, sentence_start: int, sentence_end: int, lead_in: str | None) -> Around:
    """Collect the words around the figure at ``text[start:end]``, within its sentence."""
    return Around(text, start, end, sentence_start, sentence_end, lead_in)


_OPENER_SKIP = frozenset(("-", "•", "*", "“", '"'))


def _opener(left: tuple[str, ...], whole: bool) -> str | None:
    """A dating phrase opening the sentence before the figure: "By 2024," -> "by 2024".

    ``whole`` is False when more tokens may follow (``NeedMore`` is raised before reading past the last).
    """
    if whole and "," not in left:
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
    else:
        if not whole:
            raise NeedMore
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
    try:
        words = _label(reading, ctx)
    except NeedMore:
        ctx.widen()
        words = _label(reading, ctx)
    return " ".join(words[:MAX_WORDS])


def _label(reading: Reading, ctx: Around) -> list[str]:
    kind = reading.inner if reading.kind == "range" and reading.inner else reading.kind
    if kind == "money":
        words = _money(reading, ctx)
    elif kind == "percent":
        words = _percent(ctx)
    elif kind == "count":
        words = _count(reading, ctx)
    elif kind == "ordinal":
        words = _phrase(ctx.right, ctx.right_whole, links=False, limit=5)
    elif kind == "duration":
        words = _duration(ctx)
    else:
        words = _when(ctx)
    return words


def _money(reading: Reading, ctx: Around) -> list[str]:
    lex = lexicon()
    right = ctx.right
    words: list[str] = []
    if right and right[0].lower() in lex.money_links:
        words = _phrase(right[1:], ctx.right_whole)
        if _is_time(words):
            words = []
    if len(words) < 2 and ctx.lead_in:
        return ctx.lead_in.split()[:MAX_WORDS]
    if not words:
        return _left_words(ctx) or _phrase(right, ctx.right_whole)
    verb = ctx.left[-1] if ctx.left else ""
    if _past_verb(verb) and len(words) < MAX_WORDS:
        cut = next((i for i, w in enumerate(words) if w.lower() in lex.label_links), len(words))
        words = [*words[:cut], verb, *words[cut:]]
    return _with_opener(words, ctx)


def _percent(ctx: Around) -> list[str]:
    right = ctx.right
    if right and right[0].lower() == "of":
        rest = _phrase(right[1:], ctx.right_whole, limit=MAX_WORDS - 2)
        if rest:
            return _with_opener(["share", "of", *rest], ctx)
    words = _phrase(right, ctx.right_whole)
    if not words and ctx.lead_in:
        return ctx.lead_in.split()
    return _with_opener(words or _left_words(ctx), ctx)


def _count(reading: Reading, ctx: Around) -> list[str]:
    lex = lexicon()
    words = _strip_determiners(reading.count_words.split())
    right = ctx.right
    if reading.raw_unit == "-":
        words = [*words, *_compound_head(right, ctx.right_whole)]
    elif not words:
        return _tail(*ctx.before(), 5)
    elif right and right[0].lower() in lex.count_links and len(words) < MAX_WORDS - 1:
        rest = _phrase(right[1:], ctx.right_whole, limit=MAX_WORDS - len(words) - 1)
        if rest:
            words = [*words, right[0], *rest]
    holder = _holder(ctx) if words and reading.raw_unit != "-" else []
    if holder and len(holder) + len(words) <= MAX_WORDS:
        return [*holder, *words]
    return words


def _holder(ctx: Around) -> list[str]:
    """The named whole that holds a count, when its sentence says so right before it ("NATO has 32 members";
    "ASEM has become a platform, comprising 53 partners": the main clause's subject), else nothing."""
    left, whole = ctx.before()
    if not left or left[-1].lower() not in caption_words("holding_verbs"):
        return []
    verb = len(left) - 1
    if left[-1].lower().endswith("ing") and verb >= 1 and left[verb - 1] == ",":
        if not whole:
            raise NeedMore
        for i in range(verb - 1):  # the first name followed by its verb: the main clause's subject
            if _name_word(left[i]) and (i == 0 or not _name_word(left[i - 1])):
                end = i
                while end + 1 < verb and _name_word(left[end + 1]):
                    end += 1
                follows = left[end + 1] if end + 1 < verb else ""
                run = list(left[i : end + 1])
                name = _without_article(run)
                at = i + len(run) - len(name)
                if follows[:1].islower() and follows.lower() not in lexicon().label_links and _named(name, at):
                    return name
        return []
    start = verb
    while start > 0 and _name_word(left[start - 1]):
        start -= 1
    if start == verb:
        return []
    if start == 0 and not whole:
        raise NeedMore
    run = list(left[start:verb])
    name = _without_article(run)
    return name if _named(name, start + len(run) - len(name)) else []


def _name_word(token: str) -> bool:
    return token[:1].isupper() and any(c.isalpha() for c in token)


def _named(run: list[str], at: int) -> bool:
    """A run of capitalised words that names someone: at a sentence's start, not a common word capitalised
    there ("Each", "Hospitals")."""
    first = run[0]
    if at > 0:
        return True
    low = first.lower()
    return not (low in lexicon().stop_words or (len(run) == 1 and first.endswith("s") and not first.isupper()))


def _without_article(run: list[str]) -> list[str]:
    return run[1:] if len(run) > 1 and run[0].lower() == "the" else run


def _left_words(ctx: Around) -> list[str]:
    """The words before the figure, reaching past one comma when the clause gives only one word."""
    left, whole = ctx.before()
    words = _tail(left, whole, 5)
    if len(words) < 2:
        wider = _tail(left, whole, 5, boundaries=2)
        if len(wider) > len(words):
            return wider
    return words


def _compound_head(right: tuple[str, ...], whole: bool) -> list[str]:
    """The noun a hyphenated count describes: "10-member bloc held" -> "bloc"."""
    head = _phrase(right, whole, links=False, limit=2)
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
        words = _phrase(right[1:], ctx.right_whole)
        if words:
            return words
    if right and not _is_punct(right[0]) and right[0].lower() not in lexicon().stop_words:
        return _phrase(right, ctx.right_whole)
    return _when(ctx)


def _when(ctx: Around) -> list[str]:
    """The event a year or date belongs to."""
    stops = lexicon().stop_words
    (left, left_whole), right, right_whole = ctx.before(), ctx.right, ctx.right_whole
    previous = left[-1].lower() if left else ""
    if right and _is_word(right[0]) and right[0][:1].isalpha() and previous not in _MODIFIER_BLOCKERS:
        modified = _phrase(right, right_whole, links=False, limit=5)
        if modified:
            return modified
    opens = True  # only function words (or bullets) since the last clause mark
    for w in reversed(left):
        if w in _CLAUSE_MARKS:
            break
        if not (w.lower() in stops or w in "-•*"):
            opens = False
            break
    else:
        if not left_whole:
            raise NeedMore
    if opens and right and (right[0] == "," or _is_word(right[0]) or right[0].lower() in lexicon().determiners):
        return _clause(right[1:], right_whole) if right[0] == "," else _clause(right, right_whole)
    words = _tail(left, left_whole, MAX_WORDS)
    if len(words) < 2:
        wider = _tail(left, left_whole, MAX_WORDS, boundaries=2)
        if len(wider) >= 2:
            return wider
        if right and right[0] == ",":
            return _clause(right[1:], right_whole) or words
    return words


def _phrase(tokens: tuple[str, ...] | list[str], whole: bool, links: bool = True, limit: int = MAX_WORDS) -> list[str]:
    """The noun phrase opening ``tokens``, continued once through a preposition ("aid to Cambodia").

    ``whole`` is False when more tokens may follow (``NeedMore`` is raised before reading past the last).
    """
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
            if following >= len(tokens) and not whole:
                raise NeedMore
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
    else:
        if not whole and len(out) < limit:
            raise NeedMore
    while out and out[-1].lower() in lex.stop_words:
        out.pop()
    return out


def _tail(tokens: tuple[str, ...], whole: bool, limit: int, boundaries: int = 1) -> list[str]:
    """The last words of the clause before the figure (parentheses skipped), trimmed of function words.

    ``whole`` is False when more tokens may precede (``NeedMore`` is raised before reading past the first).
    """
    stops = lexicon().stop_words
    out: list[str] = []
    crossed = 0
    depth = 0
    needed = 0  # once a word that is kept is found: how many words make the result
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
            if not needed and token.lower() not in stops:
                needed = len(out) - 1 + limit  # the function words after it, then ``limit`` words
            if len(out) == needed:
                break  # the words before these would be cut off below
    else:
        if not whole:
            raise NeedMore
    out.reverse()
    while out and out[-1].lower() in stops:
        out.pop()
    out = out[-limit:]
    return _strip_leading(out)


def _clause(tokens: tuple[str, ...], whole: bool) -> list[str]:
    """The first words of the clause after an opening phrase (``whole`` as for ``_phrase``)."""
    out: list[str] = []
    for token in tokens:
        if _is_punct(token) or len(out) == MAX_WORDS:
            break
        out.append(token)
    else:
        if not whole and len(out) < MAX_WORDS:
            raise NeedMore
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
