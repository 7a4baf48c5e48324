"""Typed errors: one class per HTTP status family, each carrying the API's error fields."""

from __future__ import annotations

from typing import Any, Dict, Optional, Type

__all__ = [
    "EngramError",
    "APIError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "PayloadTooLargeError",
    "RateLimitError",
    "ServerError",
    "EngramConnectionError",
    "EngramTimeoutError",
    "TaskFailedError",
    "error_for",
]


class EngramError(Exception):
    """Base of every error the SDK raises.

    Attributes:
        message: what went wrong (the API's ``error.message`` for HTTP errors).
        status: the HTTP status, or ``None`` when no response was received.
        code: the API's stable machine-readable code, e.g. ``invalid_field``.
        field: the request field at fault, when the API names one.
        request_id: the request id (``error.request_id`` / ``X-Request-Id``), for support.
        retry_after: seconds the server asked to wait (``Retry-After``), when it did.
        body: the decoded error body, when there was one.
    """

    def __init__(
        self,
        message: str,
        *,
        status: Optional[int] = None,
        code: Optional[str] = None,
        field: Optional[str] = None,
        request_id: Optional[str] = None,
        retry_after: Optional[float] = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.field = field
        self.request_id = request_id
        self.retry_after = retry_after
        self.body = body

    def __str__(self) -> str:
        parts = []
        if self.status is not None:
            parts.append(str(self.status))
        if self.code:
            parts.append(self.code)
        head = " ".join(parts)
        text = f"{head}: {self.message}" if head else self.message
        if self.field:
            text += f" (field: {self.field})"
        if self.request_id:
            text += f" [request {self.request_id}]"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, "
            f"field={self.field!r}, message={self.message!r}, request_id={self.request_id!r})"
        )


class APIError(EngramError):
    """The API answered with an error status (4xx or 5xx)."""


class BadRequestError(APIError):
    """400 or 422: the request is invalid; ``field`` names the field at fault."""


class AuthenticationError(APIError):
    """401: the API key is missing, unknown, expired or revoked."""


class PermissionDeniedError(APIError):
    """403: the key lacks a scope the call needs (e.g. ``admin`` for export)."""


class NotFoundError(APIError):
    """404: no such memory, task, profile or route."""


class ConflictError(APIError):
    """409: a conflicting write, e.g. ``expected_version`` did not match."""


class PayloadTooLargeError(APIError):
    """413: the body is over the server's limit."""


class RateLimitError(APIError):
    """429: over a rate limit or quota; ``retry_after`` says how long to wait."""


class ServerError(APIError):
    """5xx: the server failed or is unavailable."""


class EngramConnectionError(EngramError):
    """No response: the server could not be reached or the connection broke."""


class EngramTimeoutError(EngramError):
    """No response in time (a request timeout, or ``wait()`` ran out of time)."""


class TaskFailedError(EngramError):
    """``wait()`` saw the task finish with status ``failed``; ``task`` holds it."""

    def __init__(self, message: str, task: Any) -> None:
        super().__init__(message, code="task_failed")
        self.task = task


_BY_STATUS: Dict[int, Type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_for(
    status: int,
    body: Any,
    *,
    request_id: Optional[str] = None,
    retry_after: Optional[float] = None,
    text: str = "",
) -> APIError:
    """The typed error for a response: Engram's ``{"error": {...}}`` shape, or a plain body."""
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        message = str(error.get("message") or text or f"HTTP {status}")
        code = error.get("code")
        field = error.get("field")
        request_id = error.get("request_id") or request_id
    else:
        message = (text or f"HTTP {status}").strip()[:500]
        code = None
        field = None
    if status in _BY_STATUS:
        cls: Type[APIError] = _BY_STATUS[status]
    elif status >= 500:
        cls = ServerError
    elif status >= 400:
        cls = BadRequestError
    else:
        cls = APIError
    return cls(
        message,
        status=status,
        code=code,
        field=field,
        request_id=request_id,
        retry_after=retry_after,
        body=body,
    )
