"""Search (hybrid, with filters and thresholds), seed 001's query_memory, and answers."""

from __future__ import annotations

import engram
from conftest import needs_server, run

pytestmark = needs_server


def _seed(client: engram.Engram, user: str) -> None:
    client.create_memories(
        [
            {"content": "User prefers express shipping", "category": "shipping", "session_id": "s1"},
            {"content": "User is allergic to peanuts", "category": "health", "session_id": "s2"},
            {"content": "User's favourite colour is green", "category": "taste", "session_id": "s2"},
        ],
        user_id=user,
        resolve=False,
    )


def test_search_ranks_the_relevant_memory_first_with_scores(client: engram.Engram, user: str) -> None:
    _seed(client, user)
    result = client.search("how should orders be shipped", user_id=user, limit=2)
    assert isinstance(result, engram.SearchResult)
    assert 1 <= len(result) <= 2 and result.candidates >= 1
    top = result.results[0]
    assert top.memory.content == "User prefers express shipping"
    assert top.composite_score > 0 and 0 <= top.relevance
    assert top.components.similarity > 0
    assert result.search_time_ms >= 0


def test_search_filters_by_session_category_and_mode(client: engram.Engram, user: str) -> None:
    _seed(client, user)
    in_s2 = client.search("user", user_id=user, session_id="s2", mode="keyword")
    assert {h.memory.session_id for h in in_s2} == {"s2"}
    health = client.search("allergy food", user_id=user, filters={"categories": ["health"]})
    assert [h.memory.content for h in health] == ["User is allergic to peanuts"]


def test_query_memory_is_seed_001s_search(client: engram.Engram, user: str) -> None:
    _seed(client, user)
    hits = client.query_memory(app_id="ignored", user_id=user, query="peanut allergy", n_results=1)
    assert isinstance(hits, list) and len(hits) == 1
    assert hits[0]["document"] == "User is allergic to peanuts"
    assert hits[0]["composite_score"] > 0


def test_answer_retrieves_the_users_memories(client: engram.Engram, user: str) -> None:
    _seed(client, user)
    answer = client.answer("What is the user allergic to?", user_id=user, n=3)
    assert isinstance(answer, engram.Answer)
    assert answer.engine in ("llm", "rules")
    assert any(h.memory.content == "User is allergic to peanuts" for h in answer.memories)
    assert answer.answer is not None or answer.note
    via_seed = client.answer_query(query="What colour does the user like?", user_id=user, n_results=2)
    assert any("green" in h.memory.content for h in via_seed.memories)


def test_async_search_query_memory_and_answer(user: str) -> None:
    async def flow(c: engram.AsyncEngram):
        await c.create_memory("User plays the cello", user_id=user, resolve=False)
        result = await c.search("musical instrument cello", user_id=user)
        hits = await c.query_memory("cello", user_id=user, n_results=1)
        answer = await c.answer_query("What instrument does the user play?", user_id=user)
        return result, hits, answer

    result, hits, answer = run(flow)
    assert result.results[0].memory.content == "User plays the cello"
    assert hits[0].document == "User plays the cello"
    assert answer.memories[0].memory.content == "User plays the cello"
