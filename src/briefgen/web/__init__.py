"""The download site for diplomats: a read-only ASGI app over a briefs folder (library, brief pages, files)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import ServeError

if TYPE_CHECKING:
    from .app import create_app
    from .server import serve

__all__ = ["ServeError", "create_app", "serve"]


def __getattr__(name: str) -> Any:
    # The app and the server (starlette, uvicorn) load on first use: a build that only updates the
    # index (web.index_db) does not pay for them.
    if name == "create_app":
        from .app import create_app

        return create_app
    if name == "serve":
        from .server import serve

        return serve
    raise AttributeError(name)
