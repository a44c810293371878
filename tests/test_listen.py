"""The listening sockets of `orgkb serve`: one port, and with several workers one socket each."""

from __future__ import annotations

import socket

import pytest

from orgkb.errors import OrgkbError
from orgkb.listen import REUSE_PORT, listen, listen_beside


def _accepted(sock: socket.socket) -> int:
    """How many connections wait on `sock` (each accepted and closed)."""
    sock.setblocking(False)
    count = 0
    while True:
        try:
            connection, _ = sock.accept()
        except BlockingIOError:
            return count
        connection.close()
        count += 1


@pytest.mark.skipif(REUSE_PORT is None, reason="this system's sockets cannot share a port")
def test_sockets_beside_one_another_each_get_a_share_of_the_connections() -> None:
    first = listen("127.0.0.1", 0, shared=True)
    second = listen_beside(first)
    try:
        assert second is not first and second.getsockname() == first.getsockname()
        clients = [socket.create_connection(first.getsockname()) for _ in range(32)]
        shares = (_accepted(first), _accepted(second))
        for client in clients:
            client.close()
        # the kernel spreads them by address: all 32 on one socket would be a chance of 2 in 2**32
        assert sum(shares) == 32 and min(shares) > 0
    finally:
        first.close()
        second.close()


def test_a_socket_not_opened_to_share_its_port_is_used_as_it_is() -> None:
    alone = listen("127.0.0.1", 0)
    try:
        assert listen_beside(alone) is alone
    finally:
        alone.close()


def test_a_busy_port_is_one_line() -> None:
    taken = listen("127.0.0.1", 0)
    try:
        with pytest.raises(OrgkbError, match="the port is in use"):
            listen("127.0.0.1", taken.getsockname()[1])
    finally:
        taken.close()
