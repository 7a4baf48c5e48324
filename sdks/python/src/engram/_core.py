"""What the sync and async clients share: configuration, retry policy, request building."""

from __future__ import annotations

import email.utils
import json
import os
import random
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Dict, Generic, List, Mapping, Optional, Sequence, Tuple, TypeVar, Union
from urllib.parse import quote

import httpx

from ._errors import EngramError, error_for
from .models import Message

__version__ = "0.1.0"

T = TypeVar("T")

DEFAULT_URL = "http://localhost:8080"
DEFAULT_TIMEOUT = 30.0
IDEMPOTENCY_HEADER = "Idempotency-Key"


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before trying a request again.

    A request is retried on 429, 502, 503 and 504 and on connection failures; on other 5xx
    statuses and on read timeouts only when it is safe to repeat (reads, and writes the SDK sent
    with an ``Idempotency-Key``). The wait is exponential with full jitter
    (``uniform(0, min(max_delay, base_delay * 2**attempt))``); a ``Retry-After`` header (seconds
    or an HTTP date) replaces it. A ``Retry-After`` longer than ``max_retry_after`` is not waited
    out: the error is raised at once with its ``retry_after`` set.

    Attributes:
        max_retries: retries after the first attempt (0 disables retrying).
        base_delay: seconds of the first backoff step.
        max_delay: longest backoff wait, in seconds.
        max_retry_after: longest ``Retry-After`` the client honours by waiting, in seconds.
        retry_statuses: statuses retried whenever the request allows a retry.
    """

    max_retries: int = 3
    base_delay: float = 0.25
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_statuses: Tuple[int, ...] = (429, 502, 503, 504)

    def __post_init__(self) -> None:
        if self.max_retries < 0 or self.max_retries > 20:
            raise ValueError("max_retries must be between 0 and 20")
        if self.base_delay < 0 or self.max_delay < 0 or self.max_retry_after < 0:
            raise ValueError("delays must not be negative")

    def backoff(self, attempt: int) -> float:
        """The jittered wait before retry number ``attempt`` (0 for the first retry)."""
        cap = min(self.max_delay, self.base_delay * (2**attempt))
        return random.uniform(0, cap)

    def retryable(self, status: int, safe: bool) -> bool:
        if status in (429, 503):
            return True  # refused before any work was done
        if status in self.retry_statuses or status >= 500:
            return safe
        return False


NO_RETRY = RetryPolicy(max_retries=0)


def parse_retry_after(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Seconds from a ``Retry-After`` header: delta-seconds or an HTTP date; None if unreadable."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@dataclass
class Settings:
    base_url: str
    api_key: Optional[str]
    timeout: float
    retry: RetryPolicy
    headers: Dict[str, str]
    max_connections: int
    max_keepalive_connections: int


def settings(
    base_url: Optional[str],
    api_key: Optional[str],
    timeout: Optional[float],
    retry: Optional[RetryPolicy],
    max_retries: Optional[int],
    headers: Optional[Mapping[str, str]],
    max_connections: int,
    max_keepalive_connections: int,
) -> Settings:
    url = base_url or os.environ.get("ENGRAM_URL") or DEFAULT_URL
    key = api_key if api_key is not None else os.environ.get("ENGRAM_API_KEY")
    policy = retry or RetryPolicy()
    if max_retries is not None:
        policy = RetryPolicy(
            max_retries=max_retries,
            base_delay=policy.base_delay,
            max_delay=policy.max_delay,
            max_retry_after=policy.max_retry_after,
            retry_statuses=policy.retry_statuses,
        )
    out = {"User-Agent": f"engram-python/{__version__}", "Accept": "application/json"}
    if key:
        out["Authorization"] = f"Bearer {key}"
    out.update(headers or {})
    return Settings(
        url.rstrip("/"),
        key,
        DEFAULT_TIMEOUT if timeout is None else timeout,
        policy,
        out,
        max_connections,
        max_keepalive_connections,
    )


def limits(s: Settings) -> httpx.Limits:
    return httpx.Limits(
        max_connections=s.max_connections, max_keepalive_connections=s.max_keepalive_connections
    )


_UNSET: Any = object()


@dataclass
class Call(Generic[T]):
    """One API call: the request to send and how to read its answer."""

    method: str
    path: str
    parse: Callable[[httpx.Response], T]
    params: Optional[List[Tuple[str, str]]] = None
    json: Any = _UNSET
    content: Optional[bytes] = None
    headers: Dict[str, str] = field(default_factory=dict)
    safe: bool = False  # may be repeated after a timeout or a 500

    def build(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        kwargs: Dict[str, Any] = {"params": self.params, "headers": self.headers}
        if self.json is not _UNSET:
            kwargs["content"] = json.dumps(self.json).encode("utf-8")
            kwargs["headers"] = {"Content-Type": "application/json", **self.headers}
        elif self.content is not None:
            kwargs["content"] = self.content
        return client.build_request(self.method, self.path, **kwargs)


def raise_for(response: httpx.Response) -> None:
    """Raises the typed error for an error response."""
    if response.status_code < 400:
        return
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    raise error_for(
        response.status_code,
        body,
        request_id=response.headers.get("X-Request-Id"),
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
        text=response.text if body is None else "",
    )


def next_wait(
    policy: RetryPolicy, attempt: int, call: Call[Any], response: Optional[httpx.Response]
) -> Optional[float]:
    """Seconds to wait before retrying, or None when the outcome must be returned/raised."""
    if attempt >= policy.max_retries:
        return None
    if response is None:
        return policy.backoff(attempt)
    if not policy.retryable(response.status_code, call.safe):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    if retry_after is not None:
        if retry_after > policy.max_retry_after:
            return None
        return retry_after
    return policy.backoff(attempt)


def transport_error(exc: Exception) -> EngramError:
    from ._errors import EngramConnectionError, EngramTimeoutError

    if isinstance(exc, httpx.TimeoutException):
        return EngramTimeoutError(f"request timed out: {exc}")
    return EngramConnectionError(f"could not reach Engram: {exc}")


def retry_transport_error(exc: Exception, call: Call[Any]) -> bool:
    """Connection failures are always retried (nothing was sent); read timeouts only if safe."""
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return True
    if isinstance(exc, (httpx.TimeoutException, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return call.safe
    return False


# ---------------------------------------------------------------- request helpers


def seg(value: str) -> str:
    """One path segment, escaped (a '+' in a phone number stays a plus)."""
    if value is None or str(value) == "":
        raise ValueError("an id must not be empty")
    return quote(str(value), safe="")


def iso(value: Union[str, datetime, None]) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    return str(value)


def compact(d: Mapping[str, Any]) -> Dict[str, Any]:
    """The mapping without None values (the API treats absent and null alike)."""
    return {k: v for k, v in d.items() if v is not None}


def messages_json(messages: Union[str, Sequence[Any]]) -> Union[str, List[Dict[str, Any]]]:
    """A text stays a text; messages become ``{role, content, id?}`` objects."""
    if isinstance(messages, str):
        return messages
    out: List[Dict[str, Any]] = []
    for m in messages:
        if isinstance(m, Message):
            out.append(m.to_dict())
        elif isinstance(m, Mapping):
            out.append(dict(m))
        elif hasattr(m, "role") and hasattr(m, "content"):
            out.append(compact({"role": m.role, "content": m.content, "id": getattr(m, "id", None)}))
        else:
            raise TypeError(f"a message must be a Message, a mapping or have role and content: {m!r}")
    return out


def idempotency(key: Optional[str]) -> Dict[str, str]:
    return {IDEMPOTENCY_HEADER: key or str(uuid.uuid4())}


def as_json(parse: Callable[[Any], T]) -> Callable[[httpx.Response], T]:
    return lambda r: parse(r.json())


def as_text(r: httpx.Response) -> str:
    return r.text


def list_of(parse: Callable[[Any], T]) -> Callable[[httpx.Response], List[T]]:
    return lambda r: [parse(x) for x in r.json()]


def ndjson(r: httpx.Response) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in r.text.splitlines() if line.strip()]
