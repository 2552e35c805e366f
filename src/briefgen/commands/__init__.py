"""Command-line commands kept out of ``cli.py``: each a small module whose function ``cli`` registers."""

# No ``from __future__ import annotations`` in these modules: see the note in ``cli.py``.
