"""Metrics and tool sessions (seed 000): sessions, attribution with X-Engram-Tool, tool metrics,
comparison and configuration, on the sync and the async client."""

from __future__ import annotations

import uuid

import pytest

import engram
from conftest import needs_server, run

pytestmark = needs_server


def test_a_tool_session_counts_what_the_tool_does(client: engram.Engram, user: str) -> None:
    tool = f"py-tool-{uuid.uuid4().hex[:8]}"
    other = f"py-other-{uuid.uuid4().hex[:8]}"
    session = client.start_tool_session(tool, user_id=user, metadata={"repo": "engram"})
    assert session.session_id.startswith("tses_") and session.tool_id == tool
    assert session.status == "active" and session.ended_at is None and session.metadata == {"repo": "engram"}
    assert session.session_id in [s.session_id for s in client.active_tool_sessions(tool_id=tool)]

    with engram.Engram(headers={"X-Engram-Tool": tool}) as as_tool:
        written = as_tool.create_memory("User indents with tabs", user_id=user)
        as_tool.search("tabs or spaces", user_id=user)
    assert client.get_memory(written.ids[0]).agent_id == tool

    during = client.get_tool_session(session.session_id)
    assert during.activity.memory_events.get("ADD") == 1
    ended = client.end_tool_session(session.session_id)
    assert ended.status == "ended" and ended.ended_at is not None and ended.duration_s >= 0
    assert ended.activity.memory_events.get("ADD") == 1
    assert session.session_id not in [s.session_id for s in client.active_tool_sessions(tool_id=tool)]
    with pytest.raises(engram.ConflictError) as again:
        client.end_tool_session(session.session_id)
    assert again.value.status == 409

    metrics = client.tool_metrics(tool, hours=24)
    assert metrics.tool_id == tool and metrics.hours == 24
    assert metrics.memory_events.get("ADD") == 1 and metrics.searches == 1 and metrics.active_sessions == 0
    client.start_tool_session(other)
    compared = client.compare_tools([tool, other], hours=24)
    assert set(compared.tools) == {tool, other}
    assert compared.tools[tool].searches == 1 and compared.tools[other].searches == 0
    assert compared.tools[other].active_sessions == 1

    current = client.current_metrics()
    assert current.active_sessions >= 1 and current.events_this_hour >= 1 and current.at is not None
    history = client.metrics_history(hours=3)
    assert history.hours == 3 and len(history.points) >= 1
    assert sum(sum(p.events.values()) for p in history.points) >= 1
    aggregates = client.metric_aggregates(hours=3)
    assert aggregates.hours == 3 and aggregates.events >= 1 and aggregates.by_kind


def test_tool_configuration_is_versioned(client: engram.Engram) -> None:
    tool = f"py-cfg-{uuid.uuid4().hex[:8]}"
    with pytest.raises(engram.NotFoundError) as unknown:
        client.get_tool_config(tool)
    assert unknown.value.code == "tool_not_found" and unknown.value.field == "tool_id"
    with pytest.raises(engram.NotFoundError):
        client.set_tool_config(tool, {"max_tokens": 1})  # a tool is known by a session or events first
    client.start_tool_session(tool)
    empty = client.get_tool_config(tool)
    assert empty.config == {} and empty.version == 0 and empty.updated_at is None
    first = client.set_tool_config(tool, {"max_tokens": 4000, "model": "small"})
    assert first.tool_id == tool and first.version == 1 and first.updated_at is not None
    second = client.set_tool_config(tool, {"max_tokens": 8000})
    assert second.version == 2
    got = client.get_tool_config(tool)
    assert got.config == {"max_tokens": 8000} and got.version == 2
    with pytest.raises(engram.BadRequestError) as bad:
        client.tool_metrics(tool, hours=0)
    assert bad.value.field == "hours"


def test_the_async_client_has_the_same_calls(user: str) -> None:
    tool = f"py-async-{uuid.uuid4().hex[:8]}"

    async def flow(c: engram.AsyncEngram) -> tuple:
        started = await c.start_tool_session(tool, user_id=user)
        active = await c.active_tool_sessions(tool_id=tool)
        got = await c.get_tool_session(started.session_id)
        ended = await c.end_tool_session(started.session_id)
        config = await c.set_tool_config(tool, {"temperature": 0.2})
        read = await c.get_tool_config(tool)
        metrics = await c.tool_metrics(tool)
        await c.start_tool_session(f"{tool}-b")
        compared = await c.compare_tools([tool, f"{tool}-b"])
        current = await c.current_metrics()
        history = await c.metrics_history()
        aggregates = await c.metric_aggregates()
        return started, active, got, ended, config, read, metrics, compared, current, history, aggregates

    started, active, got, ended, config, read, metrics, compared, current, history, aggregates = run(flow)
    assert [s.session_id for s in active] == [started.session_id]
    assert got.status == "active" and ended.status == "ended"
    assert config.version == 1 and read.config == {"temperature": 0.2}
    assert metrics.tool_id == tool and metrics.hours == 24 and set(compared.tools) == {tool, f"{tool}-b"}
    assert isinstance(current, engram.CurrentMetrics) and history.hours == 24 and aggregates.hours == 24
