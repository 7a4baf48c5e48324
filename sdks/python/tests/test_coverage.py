"""Which native route each client method calls: every operation of the native API in the OpenAPI
document the server serves is either a method of both clients or listed as reachable only through
``request()``. A route added to the API fails this test until it is classified here."""

from __future__ import annotations

import re
from typing import Dict, Optional, Set, Tuple

import httpx

import engram
from conftest import URL, needs_server

pytestmark = needs_server

# operationId -> the method of Engram and AsyncEngram that calls it (None: request() only)
OPERATIONS: Dict[str, Optional[str]] = {
    "addAgentMemory": "add_agent_memory",
    "addConversation": "add_conversation",
    "answerQuery": "answer",
    "appendSessionMessages": "add_session_messages",
    "createMemory": "create_memory",
    "createMemoryRelation": "relate_memories",
    "createRealtimeTicket": "realtime_ticket",
    "deleteMemory": "delete_memory",
    "eraseUserMemories": "erase_user",
    "exportMemories": "export_memories",
    "getAnalyticsDashboard": "analytics_dashboard",
    "getAnalyticsInsights": "analytics_insights",
    "getAnalyticsMetrics": "analytics_metrics",
    "getAnalyticsReport": "analytics_report",
    "getLearningMetrics": "learning_metrics",
    "getLearningPatterns": "learning_patterns",
    "getLearningRecommendations": "learning_recommendations",
    "getLearningTrends": "learning_trends",
    "getMemory": "get_memory",
    "getMemoryChain": "evolution_chain",
    "getMemoryGraph": "evolution_graph",
    "getMemoryReport": "evolution_report",
    "getProfile": "get_profile",
    "getRealtimeAnalytics": "analytics_realtime",
    "getTask": "get_task",
    "importMemories": "import_memories",
    "listEntityMemories": "entity_memories",
    "listMemories": "list_memories",
    "listMemoryEvents": "memory_events",
    "listRelatedMemories": "related_memories",
    "listUserEntities": "entities",
    "queryAnalytics": "analytics_query",
    "queryLearningHistory": "learning_history",
    "recordAnalyticsEvents": "record_analytics_events",
    "exportAnalytics": "export_analytics",
    "recordLearningEvents": "record_learning_events",
    "recordLearningFeedback": "record_feedback",
    "saveProfile": "save_profile",
    "searchMemories": "search",
    "summarizeConversation": "summarize_conversation",
    "updateMemory": "update_memory",
    "whoAmI": "whoami",
    "compareMetrics": "compare_tools",
    "endToolSession": "end_tool_session",
    "getCurrentMetrics": "current_metrics",
    "getMetricAggregates": "metric_aggregates",
    "getMetricHistory": "metrics_history",
    "getToolConfig": "get_tool_config",
    "getToolMetrics": "tool_metrics",
    "getToolSession": "get_tool_session",
    "listActiveToolSessions": "active_tool_sessions",
    "setToolConfig": "set_tool_config",
    "startToolSession": "start_tool_session",
}


def native_operations(document: str) -> Set[Tuple[str, str, str]]:
    """(method, path, operationId) of every /v1/ route, read from the YAML document's layout."""
    found: Set[Tuple[str, str, str]] = set()
    path = method = None
    for line in document.splitlines():
        if m := re.match(r"^  (/\S*):$", line):
            path, method = m.group(1), None
        elif m := re.match(r"^    (get|post|put|patch|delete):$", line):
            method = m.group(1).upper()
        elif (m := re.match(r"^      operationId: (\w+)$", line)) and path and method:
            if path.startswith("/v1/"):
                found.add((method, path, m.group(1)))
        elif re.match(r"^\S", line):
            path = method = None
    return found


def test_every_native_operation_is_a_method_or_classified() -> None:
    document = httpx.get(f"{URL}/openapi/engram.yml", timeout=30).text
    operations = native_operations(document)
    assert len(operations) > 40, document[:500]
    served = {op for _, _, op in operations}
    assert served - OPERATIONS.keys() == set(), "routes no client method calls (classify them here)"
    assert OPERATIONS.keys() - served == set(), "classified operations the server no longer has"
    for op, name in OPERATIONS.items():
        if name is not None:
            assert callable(getattr(engram.Engram, name, None)), f"{op}: Engram.{name}"
            assert callable(getattr(engram.AsyncEngram, name, None)), f"{op}: AsyncEngram.{name}"
