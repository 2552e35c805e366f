"""Templating: format discovery and rendering (``formats``), filters, charts, sandbox limits, ``templates`` command."""
