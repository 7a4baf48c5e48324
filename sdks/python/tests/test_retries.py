"""Retries against a scripted local HTTP server (a fake of a remote Engram that answers 429,
503 and 500 on cue): Retry-After is honoured, backoff is bounded, unsafe requests are not
repeated, and errors come out typed. Needs no Engram."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Tuple

import pytest

import engram

Reply = Tuple[int, Dict[str, Any], dict]
OK: Reply = (200, {}, {"org": {"id": "org_1", "name": "o"}, "app": {"id": "app_1", "name": "a"},
                       "key_id": "key_1", "scopes": ["admin"]})


def busy(retry_after: str = "") -> Reply:
    headers = {"Retry-After": retry_after} if retry_after else {}
    return (429, headers, {"error": {"status": 429, "code": "rate_limited", "message": "slow down",
                                     "field": None, "request_id": "req-429"}})


def unavailable(retry_after: str = "") -> Reply:
    headers = {"Retry-After": retry_after} if retry_after else {}
    return (503, headers, {"error": {"status": 503, "code": "unavailable", "message": "try later",
                                     "field": None, "request_id": "req-503"}})


FAILED: Reply = (500, {"X-Request-Id": "req-500"}, {"error": {"status": 500, "code": "store_failed",
                                                              "message": "boom", "field": None,
                                                              "request_id": "req-500"}})


class Fake:
    """Answers each request with the next scripted reply (the last one repeats)."""

    def __init__(self) -> None:
        self.replies: List[Reply] = []
        self.seen: List[Tuple[float, str, str, Dict[str, str]]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                fake.seen.append((time.monotonic(), self.command, self.path, dict(self.headers)))
                status, headers, body = fake.replies.pop(0) if len(fake.replies) > 1 else fake.replies[0]
                if status == 0:  # a slow answer, to cause a read timeout
                    time.sleep(float(headers["delay"]))
                    status, headers, body = OK
                data = json.dumps(body).encode()
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v() if callable(v) else v)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = do_DELETE = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def gaps(self) -> List[float]:
        return [b[0] - a[0] for a, b in zip(self.seen, self.seen[1:])]


@pytest.fixture
def fake() -> Iterator[Fake]:
    f = Fake()
    yield f
    f.server.shutdown()
    f.server.server_close()


FAST = engram.RetryPolicy(max_retries=3, base_delay=0.01, max_delay=0.02, max_retry_after=5)


def client(fake: Fake, policy: engram.RetryPolicy = FAST, **kw: object) -> engram.Engram:
    return engram.Engram(fake.url, api_key="eng_test", retry=policy, **kw)  # type: ignore[arg-type]


def test_429_then_success_waits_the_retry_after_seconds(fake: Fake) -> None:
    fake.replies = [busy("0.4"), busy("0.3"), OK]
    with client(fake) as c:
        assert c.whoami().app_id == "app_1"
    assert len(fake.seen) == 3
    gaps = fake.gaps()
    assert gaps[0] >= 0.38 and gaps[1] >= 0.28  # not the 0.02 s backoff: the server's wait


def test_503_with_an_http_date_retry_after(fake: Fake) -> None:
    # the date is written when the fake answers, 1.5 s ahead; an HTTP date has whole seconds
    fake.replies = [(503, {"Retry-After": lambda: formatdate(time.time() + 1.5, usegmt=True)}, {}), OK]
    with client(fake) as c:
        c.whoami()
    assert 0.4 <= fake.gaps()[0] <= 3.0


def test_backoff_without_retry_after_is_bounded_by_max_delay(fake: Fake) -> None:
    fake.replies = [unavailable(), unavailable(), unavailable(), OK]
    policy = engram.RetryPolicy(max_retries=3, base_delay=0.05, max_delay=0.1)
    with client(fake, policy) as c:
        c.whoami()
    assert len(fake.seen) == 4
    assert all(g < 0.1 + 0.25 for g in fake.gaps())  # jitter in [0, max_delay] plus scheduling


def test_retries_are_bounded_then_the_typed_error_is_raised(fake: Fake) -> None:
    fake.replies = [unavailable("0")]
    with client(fake) as c, pytest.raises(engram.ServerError) as raised:
        c.whoami()
    assert len(fake.seen) == 4  # the first attempt and three retries
    assert raised.value.status == 503 and raised.value.code == "unavailable"
    assert raised.value.request_id == "req-503"


def test_a_retry_after_beyond_the_bound_is_raised_at_once(fake: Fake) -> None:
    fake.replies = [busy("120"), OK]
    with client(fake) as c, pytest.raises(engram.RateLimitError) as raised:
        c.whoami()
    assert len(fake.seen) == 1
    assert raised.value.retry_after == 120 and raised.value.code == "rate_limited"


def test_500_on_a_write_without_idempotency_key_is_not_repeated(fake: Fake) -> None:
    fake.replies = [FAILED, OK]
    with client(fake) as c, pytest.raises(engram.ServerError) as raised:
        c.relate_memories("mem_a", "mem_b")
    assert len(fake.seen) == 1 and raised.value.request_id == "req-500"


def test_500_on_a_write_with_idempotency_key_is_repeated_with_the_same_key(fake: Fake) -> None:
    fake.replies = [FAILED, (201, {}, {"ids": ["m1"], "memories": [], "results": []})]
    with client(fake) as c:
        assert c.create_memory("User likes tea", user_id="u").ids == ["m1"]
    keys = [h.get("Idempotency-Key") for _, _, _, h in fake.seen]
    assert len(keys) == 2 and keys[0] and keys[0] == keys[1]


def test_read_timeouts_are_retried_for_reads(fake: Fake) -> None:
    fake.replies = [(0, {"delay": "0.6"}, {}), OK]
    with client(fake, timeout=0.3) as c:
        assert c.whoami().key_id == "key_1"
    assert len(fake.seen) == 2


def test_read_timeouts_raise_a_typed_error_when_retries_are_off(fake: Fake) -> None:
    fake.replies = [(0, {"delay": "0.6"}, {})]
    with client(fake, engram.NO_RETRY, timeout=0.3) as c, pytest.raises(engram.EngramTimeoutError):
        c.whoami()


def test_the_async_client_honours_retry_after_too(fake: Fake) -> None:
    fake.replies = [busy("0.3"), unavailable("0.2"), OK]

    async def main() -> str:
        async with engram.AsyncEngram(fake.url, api_key="eng_test", retry=FAST) as c:
            return (await c.whoami()).app_id

    assert asyncio.run(main()) == "app_1"
    gaps = fake.gaps()
    assert len(fake.seen) == 3 and gaps[0] >= 0.28 and gaps[1] >= 0.18


def _task(status: str) -> Reply:
    return (200, {}, {"id": "task_1", "kind": "conversation", "status": status, "attempts": 1,
                      "counts": {"added": 0, "updated": 0, "reinforced": 0, "deleted": 0, "skipped": 0},
                      "errors": ["extraction failed"] if status == "failed" else [],
                      "created_at": "2026-12-02T10:00:00.123456789Z"})


def test_wait_polls_until_the_task_finishes(fake: Fake) -> None:
    fake.replies = [_task("queued"), _task("running"), _task("succeeded")]
    with client(fake) as c:
        task = c.wait("task_1", poll_interval=0.01)
    assert task.status == "succeeded" and len(fake.seen) == 3
    assert all(path == "/v1/tasks/task_1" for _, _, path, _ in fake.seen)
    assert task.created_at is not None and task.created_at.microsecond == 123456


def test_wait_times_out_with_a_typed_error(fake: Fake) -> None:
    fake.replies = [_task("running")]
    with client(fake) as c, pytest.raises(engram.EngramTimeoutError) as raised:
        c.wait("task_1", timeout=0.3, poll_interval=0.05)
    assert "still running" in str(raised.value) and len(fake.seen) >= 2


def test_wait_raises_when_the_task_failed_unless_told_not_to(fake: Fake) -> None:
    fake.replies = [_task("failed")]
    with client(fake) as c:
        with pytest.raises(engram.TaskFailedError) as raised:
            c.wait("task_1")
        assert raised.value.task.errors == ["extraction failed"]
        assert c.wait("task_1", raise_on_failure=False).status == "failed"


def test_async_wait_polls_until_the_task_finishes(fake: Fake) -> None:
    fake.replies = [_task("running"), _task("succeeded")]

    async def main() -> str:
        async with engram.AsyncEngram(fake.url, api_key="eng_test", retry=FAST) as c:
            return (await c.wait("task_1", poll_interval=0.01)).status

    assert asyncio.run(main()) == "succeeded"


def test_the_key_and_url_come_from_the_environment(fake: Fake, monkeypatch: pytest.MonkeyPatch) -> None:
    fake.replies = [OK]
    monkeypatch.setenv("ENGRAM_URL", fake.url)
    monkeypatch.setenv("ENGRAM_API_KEY", "eng_from_env")
    with engram.Engram() as c:
        assert c.base_url == fake.url
        c.whoami()
    assert fake.seen[0][3]["Authorization"] == "Bearer eng_from_env"


def test_retry_after_parsing() -> None:
    assert engram.parse_retry_after("3") == 3.0
    assert engram.parse_retry_after("1.5") == 1.5
    assert engram.parse_retry_after("-4") == 0.0
    assert engram.parse_retry_after("soon") is None
    assert engram.parse_retry_after(None) is None
    now = time.time()
    assert 9 <= engram.parse_retry_after(formatdate(now + 10, usegmt=True), now=now) <= 10
    assert engram.parse_retry_after(formatdate(now - 10, usegmt=True), now=now) == 0.0


def test_policies_are_bounded() -> None:
    with pytest.raises(ValueError):
        engram.RetryPolicy(max_retries=100)
    with pytest.raises(ValueError):
        engram.RetryPolicy(base_delay=-1)
    policy = engram.RetryPolicy(base_delay=1, max_delay=2)
    assert all(0 <= policy.backoff(n) <= 2 for n in range(10))
