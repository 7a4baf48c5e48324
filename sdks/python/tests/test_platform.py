"""Profiles, analytics, the key (whoami), health, warm_up, pool stats and realtime tickets."""

from __future__ import annotations

import engram
from conftest import needs_server, run

pytestmark = needs_server


def test_profiles_keep_what_an_agent_knows_about_a_caller(client: engram.Engram, user: str) -> None:
    caller = "+15551234567"  # a '+' in a path stays a plus
    saved = client.save_profile("support-bot", caller, {"name": "Ana", "tier": "gold"}, ttl_hours=2)
    assert saved.caller_id == caller and saved.profile_data["tier"] == "gold"
    assert saved.expires_at is not None and saved.created_at is not None
    got = client.get_profile("support-bot", caller)
    assert got.profile_data == {"name": "Ana", "tier": "gold"} and got.memory_count == 0
    try:
        client.get_profile("support-bot", "+10000000000")
        raise AssertionError("expected a 404")
    except engram.NotFoundError as e:
        assert e.status == 404 and e.code == "profile_not_found"


def test_analytics_reads_and_feedback(client: engram.Engram, user: str) -> None:
    memory_id = client.create_memory("User likes hiking", user_id=user).ids[0]
    client.search("hiking", user_id=user)
    feedback_id = client.record_feedback(verdict="useful", memory_id=memory_id, query="hiking")
    assert feedback_id
    ids = client.record_learning_events(
        {"event_type": "custom_signal", "domain": "retrieval", "agent_id": "sdk-test", "user_id": user}
    )
    assert len(ids) == 1
    metrics = client.analytics_metrics("all", days=7)
    assert isinstance(metrics, dict) and metrics
    assert isinstance(client.analytics_dashboard(days=7), dict)
    assert isinstance(client.analytics_insights(days=7), dict)
    assert isinstance(client.analytics_realtime(), dict)
    assert isinstance(client.learning_history({"limit": 5}), dict)
    assert isinstance(client.learning_patterns("retrieval", days=7), dict)
    assert isinstance(client.learning_trends("retrieval", days=7), dict)
    assert isinstance(client.learning_recommendations("retrieval", days=7), dict)
    assert isinstance(client.learning_metrics("retrieval", days=7), dict)
    custom = client.record_analytics_events({"event_type": "checkout_completed", "domain": "shop", "user_id": user})
    assert len(custom) == 1 and custom[0]
    exported = client.export_analytics(source="learning", days=7)
    assert isinstance(exported, list) and "checkout_completed" in [e.get("event_type") for e in exported]
    as_array = client.export_analytics(format="json", source="learning", days=7)
    assert "checkout_completed" in [e.get("event_type") for e in as_array]
    assert "checkout_completed" in client.export_analytics(format="csv", source="learning", days=7)
    report = client.analytics_report("performance", "all", days=7)
    assert isinstance(report, dict) and report
    assert "<html" in client.analytics_report("performance", "all", format="html", days=7).lower()
    assert isinstance(client.request("GET", "/v1/metrics/current"), dict)


def test_whoami_health_warm_up_pool_and_ticket(client: engram.Engram) -> None:
    me = client.whoami()
    assert me.app_id and me.key_id
    assert {"memories:read", "memories:write", "admin"} <= set(me.scopes)
    assert client.health()["status"] == "UP"
    assert client.warm_up() is True
    stats = client.get_connection_pool_stats()
    assert stats["max_connections"] == 10
    assert stats["open_connections"] >= 1  # warm_up opened one, kept alive
    assert stats["active_handlers"] + stats["available_handlers"] == stats["open_connections"]
    ticket = client.realtime_ticket()
    assert ticket["ticket"] and ticket["expires_in"] > 0


def test_warm_up_is_false_for_a_bad_key() -> None:
    with engram.Engram(api_key="eng_not_a_real_key", max_retries=0) as c:
        assert c.warm_up() is False


def test_async_profiles_analytics_and_whoami() -> None:
    async def flow(c: engram.AsyncEngram):
        await c.save_profile("voice-agent", "caller-7", {"lang": "pt"})
        profile = await c.get_profile("voice-agent", "caller-7")
        me = await c.whoami()
        warm = await c.warm_up()
        metrics = await c.analytics_metrics("memory")
        await c.learning_history()
        await c.analytics_report("learning", "all", days=7)
        await c.request("GET", "/v1/metrics/aggregates", params={"hours": 1})
        stats = c.get_connection_pool_stats()
        return profile, me, warm, metrics, stats

    profile, me, warm, metrics, stats = run(flow)
    assert profile.profile_data == {"lang": "pt"}
    assert me.app_id and warm is True and isinstance(metrics, dict)
    assert stats["open_connections"] >= 1
