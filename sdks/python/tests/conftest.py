"""Fixtures: a client of the Engram named by ENGRAM_URL / ENGRAM_API_KEY, and unique user ids.

Inside ./engram test, PythonSdkIT starts Engram, issues a key with every scope, and runs these
tests against it with the packaged wheel installed. Run by hand against your own server:

    ENGRAM_URL=http://localhost:8080 ENGRAM_API_KEY=eng_... pytest -q sdks/python/tests
"""

from __future__ import annotations

import asyncio
import os
import uuid
from typing import Any, Awaitable, Callable, Iterator, TypeVar

import pytest

import engram

T = TypeVar("T")

URL = os.environ.get("ENGRAM_URL")
KEY = os.environ.get("ENGRAM_API_KEY")

needs_server = pytest.mark.skipif(
    not URL or not KEY,
    reason="ENGRAM_URL and ENGRAM_API_KEY are not set: these tests need a running Engram and a key "
    "with every scope (./engram test runs them through PythonSdkIT)",
)


def _origin() -> str:
    return f"engram SDK {engram.__version__} from {os.path.dirname(engram.__file__)}; ENGRAM_URL={URL}"


def pytest_report_header(config: Any) -> str:
    return _origin()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    # shown with -q too: which copy of the package ran (PythonSdkIT checks it is the wheel's)
    terminalreporter.write_line(_origin())


@pytest.fixture
def client() -> Iterator[engram.Engram]:
    with engram.Engram() as c:
        yield c


@pytest.fixture
def user() -> str:
    return f"py-{uuid.uuid4().hex[:10]}"


def run(make: Callable[[engram.AsyncEngram], Awaitable[T]]) -> T:
    """Runs a coroutine with a fresh AsyncEngram (no pytest-asyncio needed)."""

    async def main() -> T:
        async with engram.AsyncEngram() as c:
            return await make(c)

    return asyncio.run(main())


def conversation(*user_lines: str) -> list:
    """Ten messages (the server's default conversation size): the user's lines, answered."""
    messages = []
    for i, line in enumerate(user_lines):
        messages.append({"id": f"u{i}", "role": "user", "content": line})
        messages.append({"id": f"a{i}", "role": "assistant", "content": "Noted."})
    while len(messages) < 10:
        n = len(messages)
        messages.append({"id": f"f{n}", "role": "assistant" if n % 2 else "user", "content": "Okay."})
    return messages[:10]
