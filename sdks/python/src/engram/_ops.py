"""The native API's calls, built once and executed by the sync and the async client."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from ._core import (
    Call,
    as_json,
    as_text,
    compact,
    idempotency,
    iso,
    list_of,
    messages_json,
    ndjson,
    seg,
)
from .models import (
    AddResult,
    AgentMemories,
    Answer,
    Buffered,
    Entities,
    EntityMemories,
    EvolutionChain,
    EvolutionReport,
    ImportResult,
    Memory,
    MemoryEvent,
    MemoryPage,
    Profile,
    Queued,
    Related,
    Relation,
    SearchResult,
    Summary,
    SummaryAccepted,
    Task,
    WhoAmI,
    CurrentMetrics,
    MetricAggregates,
    MetricsHistory,
    ToolComparison,
    ToolConfig,
    ToolMetrics,
    ToolSession,
)

When = Union[str, datetime, None]
Messages = Union[str, Sequence[Any]]


def _memory_fields(
    *,
    content: Optional[str],
    user_id: Optional[str],
    session_id: Optional[str],
    agent_id: Optional[str],
    run_id: Optional[str],
    type: Optional[str],
    context: Optional[str],
    category: Optional[str],
    tags: Optional[Sequence[str]],
    importance: Optional[int],
    metadata: Optional[Mapping[str, Any]],
    valid_from: When,
    expires_at: When,
    ttl_seconds: Optional[int],
    sources: Optional[Sequence[Mapping[str, Any]]],
) -> Dict[str, Any]:
    return compact(
        {
            "user_id": user_id,
            "session_id": session_id,
            "agent_id": agent_id,
            "run_id": run_id,
            "type": type,
            "content": content,
            "context": context,
            "category": category,
            "tags": list(tags) if tags is not None else None,
            "importance": importance,
            "metadata": dict(metadata) if metadata is not None else None,
            "valid_from": iso(valid_from),
            "expires_at": iso(expires_at),
            "ttl_seconds": ttl_seconds,
            "sources": [dict(s) for s in sources] if sources is not None else None,
        }
    )


def create_memory(
    content: str,
    *,
    user_id: str,
    session_id: Optional[str] = None,
    agent_id: Optional[str] = None,
    run_id: Optional[str] = None,
    type: Optional[str] = None,
    context: Optional[str] = None,
    category: Optional[str] = None,
    tags: Optional[Sequence[str]] = None,
    importance: Optional[int] = None,
    metadata: Optional[Mapping[str, Any]] = None,
    valid_from: When = None,
    expires_at: When = None,
    ttl_seconds: Optional[int] = None,
    sources: Optional[Sequence[Mapping[str, Any]]] = None,
    resolve: Optional[bool] = None,
    idempotency_key: Optional[str] = None,
) -> Call[AddResult]:
    body = _memory_fields(
        content=content,
        user_id=user_id,
        session_id=session_id,
        agent_id=agent_id,
        run_id=run_id,
        type=type,
        context=context,
        category=category,
        tags=tags,
        importance=importance,
        metadata=metadata,
        valid_from=valid_from,
        expires_at=expires_at,
        ttl_seconds=ttl_seconds,
        sources=sources,
    )
    if resolve is not None:
        body["resolve"] = resolve
    return Call("POST", "/v1/memories", as_json(AddResult.from_dict), json=body,
                headers=idempotency(idempotency_key), safe=True)


def create_memories(
    memories: Sequence[Union[str, Mapping[str, Any]]],
    *,
    user_id: Optional[str] = None,
    session_id: Optional[str] = None,
    agent_id: Optional[str] = None,
    run_id: Optional[str] = None,
    resolve: Optional[bool] = None,
    idempotency_key: Optional[str] = None,
) -> Call[AddResult]:
    items: List[Dict[str, Any]] = []
    for m in memories:
        if isinstance(m, str):
            items.append({"content": m})
        else:
            item = dict(m)
            for k in ("valid_from", "expires_at"):
                if isinstance(item.get(k), datetime):
                    item[k] = iso(item[k])
            items.append(item)
    body = compact(
        {
            "user_id": user_id,
            "session_id": session_id,
            "agent_id": agent_id,
            "run_id": run_id,
            "memories": items,
            "resolve": resolve,
        }
    )
    return Call("POST", "/v1/memories", as_json(AddResult.from_dict), json=body,
                headers=idempotency(idempotency_key), safe=True)


def list_params(
    *,
    user_id: Optional[str] = None,
    session_id: Optional[str] = None,
    agent_id: Optional[str] = None,
    run_id: Optional[str] = None,
    types: Optional[Sequence[str]] = None,
    categories: Optional[Sequence[str]] = None,
    tags: Optional[Sequence[str]] = None,
    min_importance: Optional[int] = None,
    start: When = None,
    end: When = None,
    valid_at: When = None,
    statuses: Optional[Sequence[str]] = None,
    metadata: Optional[Mapping[str, Any]] = None,
    limit: Optional[int] = None,
    offset: Optional[int] = None,
    cursor: Optional[str] = None,
    sort_by: Optional[str] = None,
    order: Optional[str] = None,
) -> List[Tuple[str, str]]:
    params: List[Tuple[str, str]] = []

    def put(name: str, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            value = "true" if value else "false"
        params.append((name, str(value)))

    put("user_id", user_id)
    put("session_id", session_id)
    put("agent_id", agent_id)
    put("run_id", run_id)
    for name, values in (("types", types), ("categories", categories), ("tags", tags), ("statuses", statuses)):
        if values:
            put(name, ",".join(values))
    put("min_importance", min_importance)
    put("start", iso(start))
    put("end", iso(end))
    put("valid_at", iso(valid_at))
    for k, v in (metadata or {}).items():
        put(f"metadata.{k}", v)
    put("limit", limit)
    put("offset", offset)
    put("cursor", cursor)
    put("sort_by", sort_by)
    put("order", order)
    return params


def list_memories(params: List[Tuple[str, str]]) -> Call[MemoryPage]:
    return Call("GET", "/v1/memories", as_json(MemoryPage.from_dict), params=params, safe=True)


def get_memory(memory_id: str) -> Call[Memory]:
    return Call("GET", f"/v1/memories/{seg(memory_id)}", as_json(Memory.from_dict), safe=True)


def update_memory(
    memory_id: str,
    *,
    content: Optional[str] = None,
    context: Optional[str] = None,
    type: Optional[str] = None,
    category: Optional[str] = None,
    tags: Optional[Sequence[str]] = None,
    importance: Optional[int] = None,
    metadata: Optional[Mapping[str, Any]] = None,
    valid_from: When = None,
    valid_to: When = None,
    expires_at: When = None,
    expected_version: Optional[int] = None,
) -> Call[Memory]:
    body = compact(
        {
            "content": content,
            "context": context,
            "type": type,
            "category": category,
            "tags": list(tags) if tags is not None else None,
            "importance": importance,
            "metadata": dict(metadata) if metadata is not None else None,
            "valid_from": iso(valid_from),
            "valid_to": iso(valid_to),
            "expires_at": iso(expires_at),
            "expected_version": expected_version,
        }
    )
    # an edit with expected_version is safe to repeat: a second attempt fails with 409
    return Call("PATCH", f"/v1/memories/{seg(memory_id)}", as_json(Memory.from_dict), json=body,
                safe=expected_version is not None)


def delete_memory(memory_id: str, reason: Optional[str] = None) -> Call[Memory]:
    params = [("reason", reason)] if reason else None
    return Call("DELETE", f"/v1/memories/{seg(memory_id)}", as_json(Memory.from_dict), params=params, safe=True)


def erase_user(user_id: str) -> Call[int]:
    if not user_id:
        raise ValueError("user_id is required")
    return Call("DELETE", "/v1/memories", lambda r: int(r.json().get("deleted", 0)),
                params=[("user_id", user_id)], safe=True)


def memory_events(memory_id: str) -> Call[List[MemoryEvent]]:
    return Call("GET", f"/v1/memories/{seg(memory_id)}/events", list_of(MemoryEvent.from_dict), safe=True)


def relate(memory_id: str, target_id: str, type: str = "related_to") -> Call[Relation]:
    return Call("POST", f"/v1/memories/{seg(memory_id)}/relations", as_json(Relation.from_dict),
                json=compact({"target_id": target_id, "type": type}))


def related(memory_id: str) -> Call[List[Related]]:
    return Call("GET", f"/v1/memories/{seg(memory_id)}/related", list_of(Related.from_dict), safe=True)


def entities(user_id: str, kind: Optional[str] = None, limit: Optional[int] = None) -> Call[Entities]:
    params = [(k, str(v)) for k, v in (("kind", kind), ("limit", limit)) if v is not None]
    return Call("GET", f"/v1/users/{seg(user_id)}/entities", as_json(Entities.from_dict), params=params or None,
                safe=True)


def entity_memories(user_id: str, entity: str, limit: Optional[int] = None) -> Call[EntityMemories]:
    params = [("limit", str(limit))] if limit is not None else None
    return Call("GET", f"/v1/users/{seg(user_id)}/entities/{seg(entity)}/memories",
                as_json(EntityMemories.from_dict), params=params, safe=True)


def search(
    query: str,
    *,
    user_id: Optional[str] = None,
    limit: Optional[int] = None,
    similarity_threshold: Optional[float] = None,
    composite_threshold: Optional[float] = None,
    filters: Optional[Mapping[str, Any]] = None,
    session_id: Optional[str] = None,
    mode: Optional[str] = None,
    exact: Optional[bool] = None,
) -> Call[SearchResult]:
    f: Optional[Dict[str, Any]] = dict(filters) if filters is not None else None
    if session_id is not None:
        f = {**(f or {}), "session_id": session_id}
    body = compact(
        {
            "query": query,
            "user_id": user_id,
            "limit": limit,
            "similarity_threshold": similarity_threshold,
            "composite_threshold": composite_threshold,
            "filters": f,
            "mode": mode,
            "exact": exact,
        }
    )
    return Call("POST", "/v1/memories/search", as_json(SearchResult.from_dict), json=body, safe=True)


def add_agent_memory(
    messages: Messages,
    *,
    user_id: str,
    session_id: Optional[str] = None,
    agent_id: Optional[str] = None,
    type: Optional[str] = None,
    category: Optional[str] = None,
    tags: Optional[Sequence[str]] = None,
    importance: Optional[int] = None,
    metadata: Optional[Mapping[str, Any]] = None,
    idempotency_key: Optional[str] = None,
) -> Call[AgentMemories]:
    body = compact(
        {
            "user_id": user_id,
            "session_id": session_id,
            "agent_id": agent_id,
            "messages": messages_json(messages),
            "type": type,
            "category": category,
            "tags": list(tags) if tags is not None else None,
            "importance": importance,
            "metadata": dict(metadata) if metadata is not None else None,
        }
    )
    return Call("POST", "/v1/agent-memories", as_json(AgentMemories.from_dict), json=body,
                headers=idempotency(idempotency_key), safe=True)


def add_conversation(
    messages: Sequence[Any],
    *,
    user_id: str,
    session_id: Optional[str] = None,
    agent_id: Optional[str] = None,
    partial: Optional[bool] = None,
    idempotency_key: Optional[str] = None,
) -> Call[Queued]:
    if isinstance(messages, str):
        raise TypeError("a conversation is a list of messages; use add_agent_memory for a text")
    body = compact(
        {
            "user_id": user_id,
            "session_id": session_id,
            "agent_id": agent_id,
            "messages": messages_json(messages),
            "partial": partial,
        }
    )
    return Call("POST", "/v1/conversations", as_json(Queued.from_dict), json=body,
                headers=idempotency(idempotency_key), safe=True)


def get_task(task_id: str) -> Call[Task]:
    return Call("GET", f"/v1/tasks/{seg(task_id)}", as_json(Task.from_dict), safe=True)


def session_messages(
    session_id: str,
    *,
    user_id: str,
    role: Optional[str] = None,
    content: Optional[str] = None,
    message_id: Optional[str] = None,
    messages: Optional[Sequence[Any]] = None,
) -> Call[Buffered]:
    if messages is not None:
        body: Dict[str, Any] = {"user_id": user_id, "messages": messages_json(messages)}
    else:
        body = compact({"user_id": user_id, "role": role, "content": content, "id": message_id})
    # with message ids a repeated append is recognised; without, a retry could buffer twice
    return Call("POST", f"/v1/sessions/{seg(session_id)}/messages", as_json(Buffered.from_dict), json=body)


def summarize(
    messages: Messages,
    *,
    user_id: str,
    session_id: Optional[str] = None,
    callback_url: Optional[str] = None,
    callback_headers: Optional[Mapping[str, str]] = None,
) -> Call[Union[Summary, SummaryAccepted]]:
    body = compact(
        {
            "user_id": user_id,
            "session_id": session_id,
            "messages": messages_json(messages),
            "callback_url": callback_url,
            "callback_headers": dict(callback_headers) if callback_headers is not None else None,
        }
    )

    def parse(r: Any) -> Union[Summary, SummaryAccepted]:
        data = r.json()
        if r.status_code == 202 or "task_id" in data:
            return SummaryAccepted.from_dict(data)
        return Summary.from_dict(data)

    return Call("POST", "/v1/summaries", parse, json=body, safe=callback_url is None)


def answer(
    query: str,
    *,
    user_id: str,
    session_id: Optional[str] = None,
    n: Optional[int] = None,
    threshold: Optional[float] = None,
) -> Call[Answer]:
    body = compact({"query": query, "user_id": user_id, "session_id": session_id, "n": n, "threshold": threshold})
    return Call("POST", "/v1/answers", as_json(Answer.from_dict), json=body, safe=True)


def chain(memory_id: str) -> Call[EvolutionChain]:
    return Call("GET", f"/v1/memories/{seg(memory_id)}/chain", as_json(EvolutionChain.from_dict), safe=True)


def graph(memory_id: str, format: str = "mermaid") -> Call[str]:
    return Call("GET", f"/v1/memories/{seg(memory_id)}/graph", as_text, params=[("format", format)], safe=True)


def report(memory_id: str, format: str = "markdown") -> Call[Any]:
    parse = as_json(EvolutionReport.from_dict) if format == "json" else as_text
    return Call("GET", f"/v1/memories/{seg(memory_id)}/report", parse, params=[("format", format)], safe=True)


def export() -> Call[List[Dict[str, Any]]]:
    return Call("GET", "/v1/export", ndjson, headers={"Accept": "application/x-ndjson"}, safe=True)


def import_body(data: Union[bytes, str, Iterable[Mapping[str, Any]]]) -> bytes:
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        return data.encode("utf-8")
    return "".join(json.dumps(dict(line)) + "\n" for line in data).encode("utf-8")


def import_memories(data: Union[bytes, str, Iterable[Mapping[str, Any]]]) -> Call[ImportResult]:
    # an import is idempotent by id: lines already present are skipped
    return Call("POST", "/v1/import", as_json(ImportResult.from_dict), content=import_body(data),
                headers={"Content-Type": "application/x-ndjson"}, safe=True)


def save_profile(
    agent_id: str, caller_id: str, profile_data: Mapping[str, Any], ttl_hours: Optional[int] = None
) -> Call[Profile]:
    body = compact({"agent_id": agent_id, "caller_id": caller_id, "profile_data": dict(profile_data),
                    "ttl_hours": ttl_hours})
    return Call("POST", "/v1/profiles", as_json(Profile.from_dict), json=body, safe=True)


def get_profile(agent_id: str, caller_id: str) -> Call[Profile]:
    return Call("GET", f"/v1/profiles/{seg(agent_id)}/callers/{seg(caller_id)}", as_json(Profile.from_dict),
                safe=True)


def whoami() -> Call[WhoAmI]:
    return Call("GET", "/v1/whoami", as_json(WhoAmI.from_dict), safe=True)


def health() -> Call[Dict[str, Any]]:
    return Call("GET", "/health", lambda r: r.json(), safe=True)


def realtime_ticket() -> Call[Dict[str, Any]]:
    return Call("POST", "/v1/realtime/tickets", lambda r: r.json())


def _window(from_: When, to: When, days: Optional[int]) -> List[Tuple[str, str]]:
    out: List[Tuple[str, str]] = []
    if from_ is not None:
        out.append(("from", iso(from_) or ""))
    if to is not None:
        out.append(("to", iso(to) or ""))
    if days is not None:
        out.append(("days", str(days)))
    return out


def analytics_get(path: str, params: List[Tuple[str, str]]) -> Call[Dict[str, Any]]:
    return Call("GET", path, lambda r: r.json(), params=params or None, safe=True)


def analytics_metrics(domain: str, from_: When, to: When, days: Optional[int]) -> Call[Dict[str, Any]]:
    return analytics_get(f"/v1/analytics/metrics/{seg(domain)}", _window(from_, to, days))


def analytics_dashboard(domain: Optional[str], days: Optional[int]) -> Call[Dict[str, Any]]:
    params = [(k, str(v)) for k, v in (("domain", domain), ("days", days)) if v is not None]
    return analytics_get("/v1/analytics/dashboard", params)


def analytics_insights(domain: Optional[str], from_: When, to: When, days: Optional[int]) -> Call[Dict[str, Any]]:
    params = ([("domain", domain)] if domain else []) + _window(from_, to, days)
    return analytics_get("/v1/analytics/insights", params)


def analytics_realtime(domain: Optional[str]) -> Call[Dict[str, Any]]:
    return analytics_get("/v1/analytics/realtime", [("domain", domain)] if domain else [])


def analytics_query(query: Mapping[str, Any]) -> Call[Dict[str, Any]]:
    return Call("POST", "/v1/analytics/query", lambda r: r.json(), json=dict(query), safe=True)


def learning_events(events: Union[Mapping[str, Any], Sequence[Mapping[str, Any]]]) -> Call[List[str]]:
    body: Any = dict(events) if isinstance(events, Mapping) else [dict(e) for e in events]
    return Call("POST", "/v1/learning/events", lambda r: list(r.json().get("ids") or []), json=body)


def feedback(body: Mapping[str, Any]) -> Call[str]:
    return Call("POST", "/v1/learning/feedback", lambda r: (r.json().get("ids") or [""])[0], json=compact(body))


def learning_history(query: Optional[Mapping[str, Any]]) -> Call[Dict[str, Any]]:
    return Call("POST", "/v1/learning/history", lambda r: r.json(), json=dict(query or {}), safe=True)


def analytics_events(events: Union[Mapping[str, Any], Sequence[Mapping[str, Any]]]) -> Call[List[str]]:
    body: Any = dict(events) if isinstance(events, Mapping) else [dict(e) for e in events]
    return Call("POST", "/v1/analytics/events", lambda r: list(r.json().get("ids") or []), json=body)


def analytics_export(
    format: Optional[str], source: Optional[str], from_: When, to: When, days: Optional[int]
) -> Call[Any]:
    params = [(k, v) for k, v in (("format", format), ("source", source)) if v] + _window(from_, to, days)
    fmt = format or "ndjson"
    parse = ndjson if fmt == "ndjson" else (lambda r: r.json()) if fmt == "json" else (lambda r: r.text)
    return Call("GET", "/v1/analytics/export", parse, params=params or None, safe=True)


def learning_get(kind: str, domain: str, params: List[Tuple[str, str]]) -> Call[Dict[str, Any]]:
    return analytics_get(f"/v1/learning/{kind}/{seg(domain)}", params)


def window(from_: When, to: When, days: Optional[int]) -> List[Tuple[str, str]]:
    return _window(from_, to, days)


def analytics_report(
    type: str, domain: str, format: Optional[str], period: Optional[str], from_: When, to: When, days: Optional[int]
) -> Call[Any]:
    params = [(k, v) for k, v in (("format", format), ("period", period)) if v] + _window(from_, to, days)
    fmt = format or "json"
    parse = (lambda r: r.json()) if fmt == "json" else (lambda r: r.text) if fmt in ("csv", "html") else (lambda r: r.content)
    return Call("GET", f"/v1/analytics/reports/{seg(type)}/{seg(domain)}", parse, params=params or None, safe=True)


def raw(method: str, path: str, params: Optional[Mapping[str, Any]], body: Any) -> Call[Any]:
    def parse(r: Any) -> Any:
        if not r.content:
            return None
        if r.headers.get("Content-Type", "").startswith("application/json"):
            return r.json()
        return r.text

    query = [(k, str(v)) for k, v in (params or {}).items() if v is not None] or None
    safe = method.upper() in ("GET", "HEAD", "PUT", "DELETE")
    if body is None:
        return Call(method.upper(), path, parse, params=query, safe=safe)
    return Call(method.upper(), path, parse, params=query, json=body, safe=safe)


# ---------------------------------------------------------------- metrics and tool sessions (seed 000)


def _hours(hours: Optional[int]) -> Optional[List[Tuple[str, str]]]:
    return [("hours", str(hours))] if hours is not None else None


def current_metrics() -> Call[CurrentMetrics]:
    return Call("GET", "/v1/metrics/current", as_json(CurrentMetrics.from_dict), safe=True)


def metrics_history(hours: Optional[int]) -> Call[MetricsHistory]:
    return Call("GET", "/v1/metrics/history", as_json(MetricsHistory.from_dict), params=_hours(hours), safe=True)


def metric_aggregates(hours: Optional[int]) -> Call[MetricAggregates]:
    return Call("GET", "/v1/metrics/aggregates", as_json(MetricAggregates.from_dict), params=_hours(hours),
                safe=True)


def tool_metrics(tool_id: str, hours: Optional[int]) -> Call[ToolMetrics]:
    return Call("GET", f"/v1/metrics/tool/{seg(tool_id)}", as_json(ToolMetrics.from_dict), params=_hours(hours),
                safe=True)


def compare_tools(tool_ids: Sequence[str], hours: Optional[int]) -> Call[ToolComparison]:
    if isinstance(tool_ids, str):
        tool_ids = [tool_ids]
    params = [("tool_ids", t) for t in tool_ids] + (_hours(hours) or [])
    return Call("GET", "/v1/metrics/compare", as_json(ToolComparison.from_dict), params=params or None, safe=True)


def start_tool_session(
    tool_id: str, user_id: Optional[str], metadata: Optional[Mapping[str, Any]]
) -> Call[ToolSession]:
    body = compact({"tool_id": tool_id, "user_id": user_id,
                    "metadata": dict(metadata) if metadata is not None else None})
    return Call("POST", "/v1/tool-sessions/start", as_json(ToolSession.from_dict), json=body)


def end_tool_session(session_id: str) -> Call[ToolSession]:
    return Call("POST", f"/v1/tool-sessions/{seg(session_id)}/end", as_json(ToolSession.from_dict))


def active_tool_sessions(tool_id: Optional[str]) -> Call[List[ToolSession]]:
    params = [("tool_id", tool_id)] if tool_id is not None else None
    return Call("GET", "/v1/tool-sessions/active",
                as_json(lambda d: [ToolSession.from_dict(s) for s in d.get("sessions") or []]), params=params,
                safe=True)


def get_tool_session(session_id: str) -> Call[ToolSession]:
    return Call("GET", f"/v1/tool-sessions/{seg(session_id)}", as_json(ToolSession.from_dict), safe=True)


def get_tool_config(tool_id: str) -> Call[ToolConfig]:
    return Call("GET", f"/v1/tools/{seg(tool_id)}/config", as_json(ToolConfig.from_dict), safe=True)


def set_tool_config(tool_id: str, config: Mapping[str, Any]) -> Call[ToolConfig]:
    return Call("PUT", f"/v1/tools/{seg(tool_id)}/config", as_json(ToolConfig.from_dict),
                json={"config": dict(config)})
