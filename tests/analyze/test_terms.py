"""Tests for words to terms: the stems are Snowball's English stems, whichever implementation runs."""

from __future__ import annotations

from pathlib import Path

from snowballstemmer.english_stemmer import EnglishStemmer

from briefgen.analyze.terms import _WORD, content_terms, stem

SEED = Path(__file__).resolve().parents[2] / "seeds" / "cambodia" / "cambodia.txt"


def test_stems_are_the_pure_python_snowball_stems_of_every_word_of_the_seed() -> None:
    # snowballstemmer hands the work to PyStemmer (C) when it is installed; both must give the same stems.
    reference = EnglishStemmer()
    words = sorted({w.lower() for w in _WORD.findall(SEED.read_text(encoding="utf-8"))})
    assert len(words) > 500
    assert [stem(w) for w in words] == [reference.stemWord(w.replace("’", "'")) for w in words]


def test_content_terms_drop_stop_words_numbers_and_possessives() -> None:
    assert content_terms("The Ministers’ agreements of 2023 and Cambodia’s elections") == [
        "minist", "agreement", "cambodia", "elect"
    ]
