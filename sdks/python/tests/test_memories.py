"""Memories: create (one and a batch), read, list and paginate, update, delete, events,
relations, erase — sync and async."""

from __future__ import annotations

import pytest

import engram
from conftest import needs_server, run

pytestmark = needs_server


def test_create_get_update_delete_round_trip(client: engram.Engram, user: str) -> None:
    added = client.create_memory(
        "User prefers window seats", user_id=user, category="travel", tags=["seat"], importance=7,
        metadata={"source": "sdk-test"},
    )
    assert isinstance(added, engram.AddResult)
    assert added.results[0].action == "add"
    memory = added.memories[0]
    assert memory.content == "User prefers window seats"
    assert memory.user_id == user and memory.importance == 7 and memory.tags == ["seat"]
    assert memory.metadata == {"source": "sdk-test"}
    assert memory.created_at is not None and memory.status == "active"

    got = client.get_memory(memory.id)
    assert got.id == memory.id and got.category == "travel"
    assert got["content"] == "User prefers window seats"  # seed 001 reads dicts

    edited = client.update_memory(memory.id, importance=9, expected_version=got.version)
    assert edited.importance == 9 and edited.version > got.version

    deleted = client.delete_memory(memory.id, reason="test cleanup")
    assert deleted.status == "deleted"
    events = client.memory_events(memory.id)
    assert [e.type for e in events][0] == "ADD"
    assert "DELETE" in [e.type for e in events]


def test_stale_expected_version_is_a_conflict(client: engram.Engram, user: str) -> None:
    memory = client.create_memory("User drinks tea", user_id=user).memories[0]
    client.update_memory(memory.id, importance=3, expected_version=memory.version)
    with pytest.raises(engram.ConflictError) as raised:
        client.update_memory(memory.id, importance=4, expected_version=memory.version)
    assert raised.value.status == 409 and raised.value.code == "version_conflict"


def test_batch_stores_every_statement_with_inherited_user(client: engram.Engram, user: str) -> None:
    result = client.create_memories(
        ["User owns a bicycle", {"content": "User speaks Portuguese", "importance": 8}, "User likes jazz"],
        user_id=user,
        resolve=False,
    )
    assert len(result.ids) == 3
    assert [r.action for r in result.results] == ["add", "add", "add"]
    assert {m.user_id for m in result.memories} == {user}
    assert result.memories[1].importance == 8


def test_pagination_follows_cursors_over_every_page(client: engram.Engram, user: str) -> None:
    client.create_memories([f"User fact number {i}" for i in range(7)], user_id=user, resolve=False)
    first = client.list_memories(user_id=user, limit=3)
    assert first.total == 7 and len(first.memories) == 3 and first.next_cursor
    pages = list(client.iter_pages(user_id=user, page_size=3))
    assert [len(p.memories) for p in pages] == [3, 3, 1]
    assert pages[-1].next_cursor is None
    # page by page, the same order as one page holding everything (ties on created_at go by id)
    paged = [m.id for m in client.iter_memories(user_id=user, page_size=2, sort_by="created_at", order="asc")]
    whole = [m.id for m in client.list_memories(user_id=user, limit=100, sort_by="created_at", order="asc").memories]
    assert paged == whole and len(set(paged)) == 7


def test_list_filters_reach_the_server(client: engram.Engram, user: str) -> None:
    client.create_memories(
        [{"content": "User likes rock climbing", "category": "sport", "tags": ["outdoor"]},
         {"content": "User likes chess", "category": "games", "metadata": {"tier": "gold"}}],
        user_id=user, resolve=False,
    )
    sport = client.list_memories(user_id=user, categories=["sport"])
    assert [m.content for m in sport.memories] == ["User likes rock climbing"]
    gold = client.list_memories(user_id=user, metadata={"tier": "gold"})
    assert [m.content for m in gold.memories] == ["User likes chess"]


def test_relations_and_erasing_a_user(client: engram.Engram, user: str) -> None:
    a, b = client.create_memories(["User adopted a dog", "User walks every morning"], user_id=user,
                                  resolve=False).ids
    relation = client.relate_memories(a, b, "causes")
    assert relation.from_id == a and relation.to_id == b and relation.type == "causes"
    related = client.related_memories(a)
    assert [(r.direction, r.memory.id) for r in related] == [("outgoing", b)]
    assert client.erase_user(user) == 2
    assert client.list_memories(user_id=user).total == 0
    assert client.find_memory(a) is None


def test_async_client_covers_the_same_memory_calls(user: str) -> None:
    async def flow(c: engram.AsyncEngram):
        added = await c.create_memory("User collects stamps", user_id=user)
        memory_id = added.ids[0]
        got = await c.get_memory(memory_id)
        batch = await c.create_memories(["User fact a", "User fact b", "User fact c"], user_id=user, resolve=False)
        edited = await c.update_memory(memory_id, category="hobby")
        seen = [m.id async for m in c.iter_memories(user_id=user, page_size=2)]
        events = await c.memory_events(memory_id)
        relation = await c.relate_memories(memory_id, batch.ids[0])
        related = await c.related_memories(memory_id)
        deleted = await c.delete_memory(memory_id)
        missing = await c.find_memory("mem_does_not_exist")
        erased = await c.erase_user(user)
        return got, edited, seen, events, relation, related, deleted, missing, erased, batch

    got, edited, seen, events, relation, related, deleted, missing, erased, batch = run(flow)
    assert got.content == "User collects stamps"
    assert edited.category == "hobby"
    assert len(seen) == 4 and set(batch.ids) <= set(seen)
    assert events[0].type == "ADD"
    assert relation.to_id == batch.ids[0] and len(related) == 1
    assert deleted.status == "deleted" and missing is None and erased >= 3
