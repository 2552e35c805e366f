"""Server processes share one socket's connections evenly, and one holding too many asks clients to go."""

from __future__ import annotations

import asyncio
import socket

from briefgen.web.balance import ABSENT, SLACK, Acceptor, ConnectionShares


class _Held(asyncio.Protocol):
    """A connection that stays open, counted in its acceptor's set."""

    def __init__(self, held: set[_Held]) -> None:
        self.held = held

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.held.add(self)

    def connection_lost(self, exc: Exception | None) -> None:
        self.held.discard(self)


def test_a_process_accepts_while_it_holds_no_more_than_the_fewest_plus_slack() -> None:
    shares = ConnectionShares(3)
    assert shares.may_accept(0, 5)  # the others are not serving yet: they never count as the fewest
    shares.note(1, 2)
    assert shares.may_accept(0, 2 + SLACK)
    assert not shares.may_accept(0, 3 + SLACK)
    assert shares.over(0, 4 + SLACK)
    assert not shares.over(0, 3 + SLACK)
    shares.note(1, ABSENT)  # stopped
    assert shares.may_accept(0, 100)


def test_connections_arriving_at_once_are_spread_over_the_processes() -> None:
    async def scenario() -> tuple[int, int]:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        listener.setblocking(False)
        other = listener.dup()  # a second process's copy of the same socket
        shares = ConnectionShares(2)
        held: tuple[set[_Held], set[_Held]] = (set(), set())
        acceptors = [
            Acceptor(sock, lambda h=h: _Held(h), shares, slot, lambda h=h: len(h), 64)  # type: ignore[misc]
            for slot, (sock, h) in enumerate(zip((listener, other), held, strict=True))
        ]
        for acceptor in acceptors:
            acceptor.start()
        clients = [socket.create_connection(listener.getsockname()) for _ in range(20)]
        for _ in range(200):
            await asyncio.sleep(0.01)
            if len(held[0]) + len(held[1]) == 20:
                break
        for acceptor in acceptors:
            acceptor.close()
        for client in clients:
            client.close()
        listener.close()
        other.close()
        return len(held[0]), len(held[1])

    first, second = asyncio.run(scenario())
    assert first + second == 20
    assert abs(first - second) <= SLACK + 1, (first, second)


def test_a_process_holding_more_than_its_share_sheds_one_connection_at_a_time() -> None:
    async def scenario() -> list[bool]:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        shares = ConnectionShares(2)
        shares.note(1, 0)
        held = 5
        acceptor = Acceptor(listener, asyncio.Protocol, shares, 0, lambda: held, 8)
        answers = [acceptor.shed(), acceptor.shed()]  # at most one per SHED_SECONDS
        held = 2
        await asyncio.sleep(0.05)
        answers.append(acceptor.shed())  # its share now
        listener.close()
        return answers

    assert asyncio.run(scenario()) == [True, False, False]
