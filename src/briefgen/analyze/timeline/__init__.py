"""Timeline: date expressions (``dates``) and the dated events built from them (``events``)."""
