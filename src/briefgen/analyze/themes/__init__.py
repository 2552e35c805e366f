"""Themes: keyword evidence per sentence (``keyword_scan``, ``evidence``), assignment to themes (``assign``)."""
