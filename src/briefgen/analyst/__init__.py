"""The analyst's own sections (``analysis.md``): parsed, placed in the brief and checked against the sources."""
