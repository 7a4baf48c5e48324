"""Agent memories, conversations and tasks with wait(), the session batcher (server side), the
client-side batcher, and summaries — sync and async."""

from __future__ import annotations

import pytest

import engram
from conftest import conversation, needs_server, run

pytestmark = needs_server


def test_agent_memory_saves_text_and_messages_as_they_are(client: engram.Engram, user: str) -> None:
    text = client.add_agent_memory(messages="User completed premium signup", user_id=user, importance=6)
    assert isinstance(text, engram.AgentMemories) and len(text.ids) == 1
    assert text.memories[0].content == "User completed premium signup"
    listed = client.add_agent_memory(
        {"app_id": "seed-app", "user_id": user, "session_id": "chat-1",
         "messages": [{"role": "user", "content": "My email is ana@example.com"},
                      {"role": "assistant", "content": "Saved."}]}
    )
    assert len(listed.ids) == 2
    assert listed.memories[0].metadata.get("role") == "user"
    assert listed.memories[0].sources[0].conversation_id == "chat-1"


def test_conversation_is_queued_and_wait_returns_the_finished_task(client: engram.Engram, user: str) -> None:
    queued = client.add_conversation(
        conversation("I live in Lisbon.", "My order number is A12345."), user_id=user, session_id="conv-1"
    )
    assert isinstance(queued, engram.Queued) and queued.status == "queued"
    task = client.wait(queued, timeout=60)
    assert task.status == "succeeded" and task.finished
    assert task.counts.added >= 2
    contents = [m.content for m in client.iter_memories(user_id=user)]
    assert "User lives in Lisbon" in contents


def test_add_memory_is_seed_001s_conversation_ingestion(client: engram.Engram, user: str) -> None:
    queued = client.add_memory(app_id="my-app", user_id=user, messages=conversation("I prefer dark mode."))
    assert queued["task_id"] == queued.task_id
    task = client.wait(queued.task_id)
    assert task.counts.added >= 1


def test_unknown_task_is_not_found(client: engram.Engram) -> None:
    with pytest.raises(engram.NotFoundError) as raised:
        client.get_task("task_does_not_exist")
    assert raised.value.code == "task_not_found"


def test_session_batcher_flushes_a_conversation_at_ten_messages(client: engram.Engram, user: str) -> None:
    flushed = None
    for i, message in enumerate(conversation("I work as a nurse.")):
        buffered = client.memory_batcher_add_message(
            app_id="my-app", user_id=user, session_id="batch-1", role=message["role"], content=message["content"]
        )
        if i < 9:
            assert buffered.buffered == i + 1 and buffered.flushed_task_id is None
        else:
            flushed = buffered.flushed_task_id
    assert flushed, "the tenth message makes a conversation task"
    task = client.wait(flushed)
    assert task.status == "succeeded"
    assert "User works as a nurse" in [m.content for m in client.iter_memories(user_id=user)]


def test_client_side_batcher_sends_full_and_partial_conversations(client: engram.Engram, user: str) -> None:
    with client.batcher(user_id=user, session_id="cs-1", max_messages=4) as batcher:
        sent = [batcher.add("user", f"I visited city number {i}.") for i in range(5)]
        assert [s is not None for s in sent] == [False, False, False, True, False]
        assert batcher.pending == 1
    assert len(batcher.queued) == 2  # the full batch and, on exit, the partial rest
    tasks = batcher.wait_all()
    assert [t.status for t in tasks] == ["succeeded", "succeeded"]


def test_summaries_come_back_at_once(client: engram.Engram, user: str) -> None:
    summary = client.summarize_conversation(
        user_id=user,
        messages=[{"role": "user", "content": "My parcel arrived broken."},
                  {"role": "assistant", "content": "A replacement ships today."}],
    )
    assert isinstance(summary, engram.Summary)
    assert summary.delivery == "sync" and summary.content and summary.engine in ("rules", "llm")
    assert summary["delivery"] == "sync"


def test_summary_callback_to_an_inside_address_is_refused(client: engram.Engram, user: str) -> None:
    with pytest.raises(engram.BadRequestError) as raised:
        client.summarize_conversation(user_id=user, messages="hello", callback_url="http://127.0.0.1:1/hook")
    assert raised.value.field == "callback_url"
    assert raised.value.code == "invalid_callback_url"


def test_async_ingestion_wait_batchers_and_summaries(user: str) -> None:
    async def flow(c: engram.AsyncEngram):
        agent = await c.add_agent_memory(messages="User renewed the annual plan", user_id=user)
        queued = await c.add_memory(user_id=user, messages=conversation("I live in Porto."))
        task = await c.wait(queued)
        for message in conversation("I drive a red car."):
            last = await c.add_session_message("async-batch", user_id=user, role=message["role"],
                                               content=message["content"])
        flushed = await c.wait(last.flushed_task_id)
        async with c.batcher(user_id=user, max_messages=2) as b:
            await b.add("user", "I own a piano.")
            await b.add("assistant", "Nice.")
            await b.add("user", "I play it daily.")
        batched = await b.wait_all()
        summary = await c.summarize_conversation(user_id=user, messages="I lost my keys and found them.")
        contents = [m.content async for m in c.iter_memories(user_id=user)]
        return agent, task, flushed, batched, summary, contents

    agent, task, flushed, batched, summary, contents = run(flow)
    assert agent.memories[0].content == "User renewed the annual plan"
    assert task.status == "succeeded" and flushed.status == "succeeded"
    assert len(batched) == 2 and all(t.status == "succeeded" for t in batched)
    assert summary.delivery == "sync"
    assert "User lives in Porto" in contents and "User drives a red car" in contents
