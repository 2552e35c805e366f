"""The parsing worker: replaced when it dies or after a big job, memory-capped, gone when the site is gone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from briefgen.web.summary import read_summary
from briefgen.web.worker import ParsePool
from web.brief_fixtures import MARITIME, make_brief


def _die(path: Path) -> None:
    os._exit(1)


def _pid(path: Path) -> int:
    return os.getpid()


def _address_space_limit(path: Path) -> int:
    import resource

    return resource.getrlimit(resource.RLIMIT_AS)[0]


def test_a_dead_worker_is_replaced(tmp_path: Path) -> None:
    made = make_brief(tmp_path, MARITIME)
    pool = ParsePool()
    try:
        with pytest.raises(BrokenProcessPool):
            pool.submit(_die, tmp_path).result(30)
        summary = pool.submit(read_summary, made.files["json"]).result(30)
        assert summary is not None and summary.title == MARITIME.title
    finally:
        pool.shutdown()


def test_a_big_job_replaces_the_worker_afterwards(tmp_path: Path) -> None:
    small, big = tmp_path / "small", tmp_path / "big"
    small.write_bytes(b"x")
    big.write_bytes(b"x" * 100)
    pool = ParsePool(recycle_bytes=100)
    try:
        first = pool.submit(_pid, small).result(30)
        assert pool.submit(_pid, small).result(30) == first
        assert pool.submit(_pid, big).result(30) == first  # the big job still runs there…
        assert pool.submit(_pid, small).result(30) != first  # …and the next goes to a fresh worker
    finally:
        pool.shutdown()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the cap is set where the system supports it")
def test_the_worker_memory_is_capped(tmp_path: Path) -> None:
    pool = ParsePool()
    try:
        limit = pool.submit(_address_space_limit, tmp_path).result(30)
    finally:
        pool.shutdown()
    assert 0 < limit <= os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2


def test_the_worker_ends_when_the_site_is_killed(tmp_path: Path) -> None:
    code = (  # the site starts a worker, then dies without any clean-up
        "import os; from briefgen.web.worker import ParsePool; "
        "print(ParsePool().submit(os.getpid).result(30), flush=True); os._exit(0)"
    )
    site = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    worker = int(site.stdout.split()[0])
    deadline = time.monotonic() + 5
    while _alive(worker):
        assert time.monotonic() < deadline, f"worker {worker} outlived the site"
        time.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
