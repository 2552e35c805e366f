"""Summaries: per-sentence signals (``signals``) and the choice of verbatim summary items (``choose``)."""
