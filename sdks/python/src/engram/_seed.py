"""Seed 001's calling conventions: a request object or a mapping as the first argument."""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, Mapping

# the API key names the app; seed 001's app_id is accepted and not sent
_IGNORED = ("app_id",)


def unpack(request: Any, fields: Mapping[str, Any]) -> Dict[str, Any]:
    """Keyword fields merged over a request object's (a mapping, a dataclass, a pydantic model,
    or any object with attributes); a text or a list as the request is the messages."""
    out: Dict[str, Any] = {}
    if request is None:
        pass
    elif isinstance(request, (str, list, tuple)):
        out["messages"] = request
    elif isinstance(request, Mapping):
        out.update(request)
    elif dataclasses.is_dataclass(request) and not isinstance(request, type):
        out.update({f.name: getattr(request, f.name) for f in dataclasses.fields(request)})
    elif hasattr(request, "model_dump"):
        out.update(request.model_dump())
    elif hasattr(request, "__dict__"):
        out.update({k: v for k, v in vars(request).items() if not k.startswith("_")})
    else:
        raise TypeError(f"cannot read a request from {type(request).__name__}")
    out.update(fields)
    for name in _IGNORED:
        out.pop(name, None)
    if "messages" not in out:
        raise ValueError("messages is required")
    if not out.get("user_id"):
        raise ValueError("user_id is required")
    return {k: v for k, v in out.items() if v is not None or k == "messages"}
