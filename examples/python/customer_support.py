#!/usr/bin/env python3
"""Seed 001's complete customer-support workflow with Engram's Python SDK:

    batcher -> ingestion -> search -> answer -> evolution report

A support chat streams message by message into the server's session batcher; at ten messages it
becomes a conversation task, whose facts are extracted and resolved in the background. The agent
then searches the customer's memories, answers a question from them, and — after the customer
moves house in a second chat — prints how the address memory evolved.

    pip install engram-sdk-*.whl
    ENGRAM_URL=http://localhost:8080 ENGRAM_API_KEY=eng_... python examples/python/customer_support.py

The key needs the memories:read and memories:write scopes.
"""

from __future__ import annotations

import sys
import uuid

from engram import Engram, EngramError

FIRST_CHAT = [
    ("user", "Hi, my parcel has not arrived yet."),
    ("assistant", "Sorry to hear that. Can you give me the order number?"),
    ("user", "My order number is A12345."),
    ("assistant", "Thanks, I see it. Where should we deliver it?"),
    ("user", "I live in Lisbon."),
    ("assistant", "Noted. How would you like it shipped?"),
    ("user", "I prefer express shipping."),
    ("assistant", "Express it is."),
    ("user", "Please always email me the tracking link."),
    ("assistant", "Will do, the link is on its way."),
]

SECOND_CHAT = [
    ("user", "Hello again."),
    ("assistant", "Welcome back! How can I help?"),
    ("user", "I moved to Porto last week."),
    ("assistant", "Congratulations on the move."),
    ("user", "Thanks."),
    ("assistant", "I'll update your address."),
    ("user", "Great."),
    ("assistant", "Anything else?"),
    ("user", "No, that is all."),
    ("assistant", "Have a good day."),
]


def stream(client: Engram, customer: str, session: str, chat: list) -> str:
    """Feeds a chat into the session batcher; returns the task the tenth message queued."""
    task_id = None
    for role, content in chat:
        buffered = client.memory_batcher_add_message(
            user_id=customer, session_id=session, role=role, content=content
        )
        task_id = buffered.flushed_task_id or task_id
    if task_id is None:
        raise SystemExit("the batcher did not flush a conversation")
    return task_id


def main() -> int:
    customer = sys.argv[1] if len(sys.argv) > 1 else f"customer-{uuid.uuid4().hex[:8]}"
    with Engram() as client:
        if not client.warm_up():
            print("warm_up: failed (is ENGRAM_URL right and ENGRAM_API_KEY valid?)", file=sys.stderr)
            return 1
        print(f"warm_up: ok ({client.base_url})")

        # 1. batcher -> ingestion
        task = client.wait(stream(client, customer, "support-1", FIRST_CHAT), timeout=120)
        print(f"ingestion: task {task.id} {task.status}, {task.counts.added} memories added")

        # the agent saves a note of its own (the fast path, no resolution)
        client.add_agent_memory(
            user_id=customer, messages="Customer was offered a 10% discount on the next order",
            category="support-notes",
        )

        # 2. search
        hits = client.query_memory(user_id=customer, query="How does the customer want orders shipped?",
                                   n_results=3)
        for hit in hits:
            print(f"search: {hit.composite_score:.3f} {hit.document}")

        # 3. answer
        answer = client.answer_query(query="Where does the customer live?", user_id=customer)
        print(f"answer ({answer.engine}): {answer.answer or answer.note}")
        print(f"answer cites: {', '.join(h.memory.content for h in answer.memories[:3])}")

        # 4. the customer moves: a second chat supersedes the address
        address = client.search("where does the customer live", user_id=customer, limit=1,
                                filters={"statuses": ["active"]}).results[0].memory
        task = client.wait(stream(client, customer, "support-2", SECOND_CHAT), timeout=120)
        print(f"ingestion: task {task.id} {task.status}, {task.counts.updated} memories updated")

        # 5. evolution report
        chain = client.traverse_memory_evolution_chain(memory_id=address.id)
        print(f"evolution: {len(chain)} versions: " + " -> ".join(f"{v.content} [{v.status}]" for v in chain))
        print(client.generate_evolution_graph(chain, format="mermaid"))
        print(client.generate_evolution_report(chain, format="markdown"))
        print(f"pool: {client.get_connection_pool_stats()}")
        print("done")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except EngramError as error:
        print(f"engram error: {error}", file=sys.stderr)
        sys.exit(2)
