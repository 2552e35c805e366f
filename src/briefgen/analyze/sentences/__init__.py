"""Sentences: boundaries in a paragraph (``boundaries``) and a source's sentences with exact spans (``split``)."""
