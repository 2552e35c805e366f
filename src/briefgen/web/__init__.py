"""The download site for diplomats: a read-only ASGI app over a briefs folder (library, brief pages, files)."""

from __future__ import annotations

from ..errors import ServeError
from .app import create_app
from .server import serve

__all__ = ["ServeError", "create_app", "serve"]
