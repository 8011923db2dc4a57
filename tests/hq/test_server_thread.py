"""The test HQ server of tests/hq/fixtures.py: one that cannot start leaves nothing behind for
the tests that run after it in the same worker."""

from __future__ import annotations

import sys
import threading

import pytest

from tests.hq.fixtures import ServerThread, free_socket


def test_a_server_that_cannot_start_leaves_nothing_behind(hq_db):
    switch = sys.getswitchinterval()
    threads = set(threading.enumerate())
    with free_socket() as taken:  # another program (or worker) has the port
        taken.listen(1)
        server = ServerThread(hq_db, taken.getsockname()[1])
        with pytest.raises(RuntimeError, match="did not start"):
            server.start()
    assert sys.getswitchinterval() == switch  # not the server's short interval
    assert set(threading.enumerate()) <= threads
    server.stop()  # a second stop changes nothing
    assert sys.getswitchinterval() == switch
