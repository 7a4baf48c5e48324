"""Entities: what a user's memories name (people, places, organizations, products, dates) and the
memories that name one — sync and async."""

from __future__ import annotations

import pytest

import engram
from conftest import needs_server, run

pytestmark = needs_server


def _remember(client: engram.Engram, user: str) -> None:
    client.create_memory("User moved to Lisbon with Maria Santos", user_id=user)
    client.create_memory("User works at Acme Corp in Lisbon", user_id=user)


def test_entities_most_often_named_first_with_their_counts(client: engram.Engram, user: str) -> None:
    _remember(client, user)
    found = client.entities(user)
    assert isinstance(found, engram.Entities) and found.user_id == user
    first = found.entities[0]
    assert isinstance(first, engram.Entity)
    assert (first.key, first.name, first.kind, first.memories) == ("lisbon", "Lisbon", "place", 2)
    keys = [e.key for e in found.entities]
    assert "maria santos" in keys and "acme corp" in keys and len(keys) == len(set(keys))
    assert found.to_dict()["entities"][0]["key"] == "lisbon"

    people = client.entities(user, kind="person", limit=10)
    assert [(e.key, e.kind, e.memories) for e in people.entities] == [("maria santos", "person", 1)]
    assert len(client.entities(user, limit=1).entities) == 1


def test_entity_memories_by_key_or_by_name(client: engram.Engram, user: str) -> None:
    _remember(client, user)
    lisbon = client.entity_memories(user, "Lisbon")
    assert isinstance(lisbon, engram.EntityMemories)
    assert lisbon.entity == "lisbon" and lisbon.user_id == user
    assert sorted(m.content for m in lisbon.memories) == [
        "User moved to Lisbon with Maria Santos",
        "User works at Acme Corp in Lisbon",
    ]
    assert all(isinstance(m, engram.Memory) and m.status == "active" for m in lisbon.memories)
    one = client.entity_memories(user, "maria santos", limit=1)
    assert [m.content for m in one.memories] == ["User moved to Lisbon with Maria Santos"]
    assert client.entity_memories(user, "Atlantis").memories == []


def test_a_bad_kind_or_limit_names_the_field(client: engram.Engram, user: str) -> None:
    with pytest.raises(engram.BadRequestError) as raised:
        client.entities(user, kind="planet")
    assert raised.value.status == 400 and raised.value.field == "kind"
    with pytest.raises(engram.BadRequestError) as raised:
        client.entity_memories(user, "Lisbon", limit=0)
    assert raised.value.field == "limit"


def test_async_entities_and_entity_memories(client: engram.Engram, user: str) -> None:
    _remember(client, user)

    async def both(c: engram.AsyncEngram):
        return await c.entities(user, kind="organization"), await c.entity_memories(user, "Acme Corp")

    orgs, acme = run(both)
    assert [e.key for e in orgs.entities] == ["acme corp"]
    assert [m.content for m in acme.memories] == ["User works at Acme Corp in Lisbon"]

    async def bad(c: engram.AsyncEngram):
        with pytest.raises(engram.BadRequestError) as raised:
            await c.entities(user, kind="planet")
        return raised.value.field

    assert run(bad) == "kind"
