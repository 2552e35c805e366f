"""Boolean theme queries as in news-database searches: AND, OR, NOT, "phrases", NEAR/n, parentheses.

A theme's ``query`` in brief.toml says where its keywords count ("in paragraphs that also name
Cambodia", "not where the text is about porcelain"). The language is the one desk officers know
from media-monitoring tools:

- ``word`` matches the word up to plural and possessive (``summit`` matches "summits", "summit's");
  ``secur*`` matches any word starting so; letters only, case never matters;
- ``"a phrase"`` matches its words in a row (a hyphen or apostrophe inside a word also separates:
  ``Indo-Pacific`` is the phrase "indo pacific");
- ``a AND b``, ``a b`` (two terms side by side also mean AND), ``a OR b``, ``NOT a``, ``a AND NOT b``;
- ``a NEAR/5 b`` (also ``NEAR5``, ``W/5``; plain ``NEAR`` is ``NEAR/5``): both within five words of
  each other, in either order; its sides are words, phrases or parenthesised ORs of them;
- ``( … )`` groups. Binding, tightest first: NEAR, NOT, AND, OR. Operators may be in any case; quote
  a word to search for "and", "or", "not" or "near" itself.

``parse`` checks a query and says what is wrong with it; ``matches`` tests one text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .usage import inflection_base

DEFAULT_NEAR = 5
"""Words apart that a plain NEAR allows."""

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<open>\() | (?P<close>\)) |
        "(?P<phrase>[^"]*)" |
        (?P<near>(?:NEAR|W)(?:/?(?P<n>\d+))?(?=[\s()"]|$)) |
        (?P<word>[^\s()"]+)
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_TEXT_WORD = re.compile(r"[^\W_]+")
_OPERATORS = {"and", "or", "not"}


class QueryError(ValueError):
    """A query that cannot be read; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Term:
    """Words in a row; a word ending in ``*`` matches any word that starts with the rest."""

    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """True where ``part`` is false."""

    part: Node


@dataclass(frozen=True, slots=True)
class AllOf:
    """True where every part is true."""

    parts: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    """True where some part is true."""

    parts: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Near:
    """Both sides (words, phrases or ORs of them) within ``distance`` words of each other."""

    left: Node
    right: Node
    distance: int


Node = Term | Not | AllOf | AnyOf | Near


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    at: int
    n: int = DEFAULT_NEAR


@lru_cache(maxsize=256)
def parse(query: str) -> Node:
    """The query's tree; ``QueryError`` when it is empty or malformed."""
    tokens = _tokens(query)
    if not tokens:
        raise QueryError("the query is empty")
    parser = _Parser(query, tokens)
    node = parser.any()
    if parser.pos < len(tokens):
        token = tokens[parser.pos]
        what = "a ')' without its '('" if token.kind == "close" else f"'{token.text}'"
        raise QueryError(f"unexpected {what} at character {token.at + 1}")
    return node


def _tokens(query: str) -> list[_Token]:
    out: list[_Token] = []
    pos = 0
    query = query.rstrip()
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if m is None or m.end() == pos:
            raise QueryError(f"unreadable text at character {pos + 1} (a '\"' without its closing '\"'?)")
        pos = m.end()
        at = m.start(m.lastgroup or 0)
        if m.group("open"):
            out.append(_Token("open", "(", at))
        elif m.group("close"):
            out.append(_Token("close", ")", at))
        elif m.group("phrase") is not None:
            out.append(_Token("term", m.group("phrase"), at))
        elif m.group("near"):
            n = int(m.group("n")) if m.group("n") else DEFAULT_NEAR
            if not 1 <= n <= 100:
                raise QueryError(f"NEAR/{n} at character {at + 1}: the distance must be 1 to 100 words")
            out.append(_Token("near", m.group("near"), at, n))
        else:
            word = m.group("word")
            kind = word.lower() if word.lower() in _OPERATORS else "term"
            out.append(_Token(kind, word, at))
    return out


class _Parser:
    """Recursive descent over the tokens; one method per level of binding."""

    def __init__(self, query: str, tokens: list[_Token]) -> None:
        self.query = query
        self.tokens = tokens
        self.pos = 0

    def _peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _missing(self, after: _Token | None) -> QueryError:
        if after is None:
            return QueryError("the query ends where a word, phrase or '(' was expected")
        return QueryError(f"a word, phrase or '(' is missing after '{after.text}' at character {after.at + 1}")

    def any(self) -> Node:
        parts = [self.all()]
        while (token := self._peek()) is not None and token.kind == "or":
            self.pos += 1
            parts.append(self.all())
        return parts[0] if len(parts) == 1 else AnyOf(tuple(parts))

    def all(self) -> Node:
        parts = [self.negation()]
        while (token := self._peek()) is not None and token.kind in ("and", "not", "term", "open"):
            if token.kind == "and":
                self.pos += 1
            parts.append(self.negation())
        return parts[0] if len(parts) == 1 else AllOf(tuple(parts))

    def negation(self) -> Node:
        token = self._peek()
        if token is not None and token.kind == "not":
            self.pos += 1
            return Not(self.negation())
        return self.near()

    def near(self) -> Node:
        left = self.atom()
        while (token := self._peek()) is not None and token.kind == "near":
            self.pos += 1
            right = self.atom()
            for side in (left, right):
                if not _positional(side):
                    raise QueryError(
                        f"'{token.text}' at character {token.at + 1} joins words, phrases or "
                        "parenthesised ORs of them, not AND or NOT"
                    )
            left = Near(left, right, token.n)
        return left

    def atom(self) -> Node:
        before = self.tokens[self.pos - 1] if self.pos else None
        token = self._peek()
        if token is None or token.kind in ("close", "or", "and", "near"):
            if token is not None and token.kind != "close" and before is None:
                raise QueryError(f"'{token.text}' at character {token.at + 1} has nothing before it")
            raise self._missing(before if token is None or token.kind == "close" else token)
        self.pos += 1
        if token.kind == "open":
            node = self.any()
            close = self._peek()
            if close is None or close.kind != "close":
                raise QueryError(f"the '(' at character {token.at + 1} is never closed")
            self.pos += 1
            return node
        words = tuple(w.lower() for w in re.findall(r"[^\W_]+\*?|\*", token.text))
        if not words or any(w == "*" for w in words):
            raise QueryError(f"'{token.text}' at character {token.at + 1} has no word to search for")
        return Term(words)


def _positional(node: Node) -> bool:
    """Whether ``node`` has word positions (NEAR can measure from it)."""
    if isinstance(node, Term | Near):
        return True
    return isinstance(node, AnyOf) and all(_positional(p) for p in node.parts)


def words_of(text: str) -> list[str]:
    """The words of a text as queries compare them: lower case, without plural or possessive."""
    return [inflection_base(w) for w in _TEXT_WORD.findall(text)]


def matches(node: Node, text: str) -> bool:
    """Whether ``text`` satisfies the query ``node``."""
    return _true(node, words_of(text))


def _true(node: Node, words: Sequence[str]) -> bool:
    if isinstance(node, AllOf):
        return all(_true(p, words) for p in node.parts)
    if isinstance(node, AnyOf):
        return any(_true(p, words) for p in node.parts)
    if isinstance(node, Not):
        return not _true(node.part, words)
    return bool(_spans(node, words))


def _spans(node: Node, words: Sequence[str]) -> list[tuple[int, int]]:
    """Where a positional node matches: (first word, last word) index pairs."""
    if isinstance(node, Term):
        return term_spans(node, words)
    if isinstance(node, AnyOf):
        return [s for p in node.parts for s in _spans(p, words)]
    if isinstance(node, Near):
        left = _spans(node.left, words)
        right = _spans(node.right, words) if left else []
        return [
            (min(a, c), max(b, d))
            for a, b in left
            for c, d in right
            if max(a, c) - min(b, d) - 1 <= node.distance and (a, b) != (c, d)
        ]
    return []


def term_spans(term: Term, words: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``term`` occurs in ``words`` (from ``words_of``): (first, last) word indices."""
    wanted = [_word_test(w) for w in term.words]
    n = len(wanted)
    first = wanted[0]
    return [
        (i, i + n - 1)
        for i in range(len(words) - n + 1)
        if first(words[i]) and all(test(words[i + j]) for j, test in enumerate(wanted[1:], 1))
    ]


@lru_cache(maxsize=1024)
def _word_test(word: str) -> _WordTest:
    if word.endswith("*"):
        return _WordTest(word[:-1], prefix=True)
    return _WordTest(inflection_base(word), prefix=False)


@dataclass(frozen=True, slots=True)
class _WordTest:
    """One query word against one text word (already through ``words_of``)."""

    word: str
    prefix: bool

    def __call__(self, text_word: str) -> bool:
        return text_word.startswith(self.word) if self.prefix else text_word == self.word
