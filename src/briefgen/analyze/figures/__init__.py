"""Figures: find numbers in sentences (anchors, patterns, readings), value them, label what they measure, rank them.

Entry point: ``extract.extract_figures``. Reading a figure: ``anchors`` (where one may start) ->
``reading`` (which pattern fits, via ``branches``) -> ``labels`` (the phrase saying what it measures) ->
``salience`` and ``display`` (for sidebars).
"""
