"""Command-line commands kept out of ``cli.py``: each a small module whose function ``cli`` registers."""
