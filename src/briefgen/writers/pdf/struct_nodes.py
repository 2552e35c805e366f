"""The structure tree being collected while a PDF is drawn: its nodes and the link annotations they own."""

from __future__ import annotations

from typing import Any


class Node:
    """One structure element being collected: its type, attributes and kids (nodes or marked content)."""

    def __init__(self, role: str, alt: str = "", actual: str = "", scope: str = "") -> None:
        """A node of structure type ``role`` (``P``, ``H2``, ``Table`` …) with optional Alt text and scope."""
        self.role = role
        self.alt = alt
        self.actual = actual
        self.scope = scope
        self.kids: list[Node | tuple[int, int] | Annotation] = []
        """Child nodes, marked-content references ``(page index, MCID)`` and annotations, in reading order."""
        self.parent: Node | None = None
        self.labelled = 0
        """For a list (``L``): how many of its items have received their label (bullet or number)."""
        self.bbox: tuple[float, float, float, float] | None = None
        """For a ``Figure``: its bounding box on the page (default user space), for its layout attributes."""
        self.anchored = False
        """True when an internal link may point here (its text then describes the link)."""
        self.words: list[str] = []
        """The text drawn in it, with its links' text but not its citation marks': kept for a ``Link`` and
        for a node that links point to."""

    def add(self, role: str, **attrs: str) -> Node:
        """A new child node appended to this one."""
        return self.attach(Node(role, **attrs))

    def attach(self, node: Node) -> Node:
        """Append an existing (detached) node as the last child."""
        node.parent = self
        self.kids.append(node)
        return node

    def nodes(self) -> list[Node]:
        """This node and every node below it, in reading order."""
        out: list[Node] = []
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend([kid for kid in reversed(node.kids) if isinstance(kid, Node)])
        return out

    def text(self) -> str:
        """Its words as one line (its text runs joined, a space after each line)."""
        return " ".join("".join(self.words).split())


class Annotation:
    """A link annotation drawn inside a node: the target of a ``Link`` element's object reference."""

    def __init__(self, obj: Any, name: str, page: int, dest: str = "") -> None:
        """ReportLab's annotation object, its registered name, its page index and (internal) destination."""
        self.obj, self.name, self.page, self.dest = obj, name, page, dest
