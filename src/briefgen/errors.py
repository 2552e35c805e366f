"""The exception tree. Every error a user can cause is a ``BriefgenError`` whose message is one
line naming the file involved and what to do; the CLI prints it and exits non-zero.

    BriefgenError
    ├── SpecError        brief.toml missing, malformed, or with a bad key
    ├── IngestError      a source file that cannot be read (empty, binary, too large, bad encoding)
    ├── TemplateError    a template that fails to load or render (file:line)
    ├── MarkupError      template output using an element outside the markup subset (line)
    ├── StyleError       a format's style.toml with a bad value
    ├── WriteError       an output file that cannot be written
    ├── TimeLimitError   a build that ran past --timeout (nothing written)
    ├── ServeError       the download site cannot start (folder missing, port in use)
    └── GoldError        a gold annotation file (tests/gold) that is malformed or does not fit its text
"""

from __future__ import annotations


class BriefgenError(Exception):
    """Base of every error briefgen reports to a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class SpecError(BriefgenError):
    """A brief.toml that is missing, malformed or has an invalid key."""


class IngestError(BriefgenError):
    """A source file that cannot be read."""


class TemplateError(BriefgenError):
    """A template that fails to load or render."""


class MarkupError(BriefgenError):
    """Template output that is not valid brief markup."""


class StyleError(BriefgenError):
    """A format's style settings with an invalid value."""


class WriteError(BriefgenError):
    """An output file that cannot be written."""


class TimeLimitError(BriefgenError):
    """A build that ran past its time limit; nothing was written."""


class ServeError(BriefgenError):
    """The download site cannot start."""


class GoldError(BriefgenError):
    """A gold annotation file that is malformed or does not fit its text."""
