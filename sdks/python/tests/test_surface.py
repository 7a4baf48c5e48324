"""Seed 001's method names exist on both clients, sync and async as appropriate."""

from __future__ import annotations

import inspect

import engram

SEED_001 = [
    "add_memory",
    "add_agent_memory",
    "query_memory",
    "get_memory",
    "delete_memory",
    "summarize_conversation",
    "memory_batcher_add_message",
    "traverse_memory_evolution_chain",
    "generate_evolution_graph",
    "generate_evolution_report",
    "answer_query",
    "warm_up",
    "get_connection_pool_stats",
]


def test_every_seed_001_name_is_a_method_of_both_clients() -> None:
    for name in SEED_001:
        assert callable(getattr(engram.Engram, name)), name
        assert callable(getattr(engram.AsyncEngram, name)), name
        assert not inspect.iscoroutinefunction(getattr(engram.Engram, name)), name
        if name != "get_connection_pool_stats":
            assert inspect.iscoroutinefunction(getattr(engram.AsyncEngram, name)), name


def test_both_clients_have_the_same_public_methods() -> None:
    def public(cls: type) -> set:
        return {n for n, _ in inspect.getmembers(cls, callable) if not n.startswith("_")}

    assert public(engram.Engram) == public(engram.AsyncEngram)


def test_the_package_is_typed() -> None:
    import os

    assert os.path.exists(os.path.join(os.path.dirname(engram.__file__), "py.typed"))
