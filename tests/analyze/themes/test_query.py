"""Boolean theme queries read as desk officers write them in news databases, and say what is wrong."""

from __future__ import annotations

import pytest

from briefgen.analyze.themes.query import QueryError, matches, parse


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("Cambodia", "Cambodia's ports", True),
        ("summit", "two summits in May", True),
        ("summit", "summitry", False),
        ("secur*", "securities markets", True),
        ("Cambodia AND China", "Cambodia and China signed", True),
        ("Cambodia AND China", "Cambodia signed", False),
        ("Cambodia China", "China and Cambodia", True),
        ("Cambodia OR Laos", "Laos", True),
        ("China AND NOT porcelain", "China's navy", True),
        ("China AND NOT porcelain", "Chinese porcelain from China", False),
        ("China NOT porcelain", "porcelain", False),
        ('"South China Sea"', "in the South China Sea", True),
        ('"South China Sea"', "China's south coast and the sea", False),
        ("Indo-Pacific", "a free and open Indo Pacific", True),
        ("aid NEAR/3 China", "aid pledged by China", True),
        ("aid NEAR/3 China", "China, which has for years been a source of aid", False),
        ("aid NEAR/3 China", "China has given aid", True),
        ("aid W/2 (China OR Beijing)", "aid from Beijing", True),
        ("aid NEAR5 China", "aid from China", True),
        ("(Cambodia OR Laos) AND (China OR Beijing)", "Laos owes Beijing", True),
        ("(Cambodia OR Laos) AND (China OR Beijing)", "Laos owes Japan", False),
        ("Cambodia OR Laos AND China", "Cambodia alone", True),
        ('"and"', "this and that", True),
        ("cambodia and china", "CAMBODIA AND CHINA", True),
    ],
)
def test_queries_match_as_in_news_databases(query: str, text: str, expected: bool) -> None:
    assert matches(parse(query), text) is expected


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty"),
        ("(China OR Cambodia", "never closed"),
        ("China)", "without its"),
        ("AND China", "nothing before"),
        ("China OR", "missing after .OR."),
        ('"China', "closing"),
        ("aid NEAR/3 (China AND Laos)", "joins words"),
        ("aid NEAR/0 China", "1 to 100"),
        ('""', "no word"),
    ],
)
def test_malformed_queries_say_what_is_wrong(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(query)
