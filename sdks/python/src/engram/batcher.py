"""A client-side batcher: messages collect in memory and go out as one conversation each
``max_messages`` (the server's ``engram.ingest.max-messages``, 10 by default).

The server has a durable batcher too (:meth:`Engram.add_session_message`); this one suits a
chat loop that wants one request per conversation rather than one per message, and flushes the
rest as a partial conversation on :meth:`flush` or when the ``with`` block ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Optional

from .models import Message, Queued, Task

if TYPE_CHECKING:
    from .async_client import AsyncEngram
    from .client import Engram

__all__ = ["MemoryBatcher", "AsyncMemoryBatcher"]


class _Buffer:
    def __init__(self, user_id: str, session_id: Optional[str], max_messages: int, agent_id: Optional[str]) -> None:
        if max_messages < 1:
            raise ValueError("max_messages must be at least 1")
        self.user_id = user_id
        self.session_id = session_id
        self.agent_id = agent_id
        self.max_messages = max_messages
        self.pending: List[Message] = []
        self.queued: List[Queued] = []

    def push(self, role: str, content: str, message_id: Optional[str]) -> Optional[List[Message]]:
        if not role or content is None:
            raise ValueError("role and content are required")
        self.pending.append(Message(role=role, content=content, id=message_id))
        if len(self.pending) >= self.max_messages:
            return self.take()
        return None

    def take(self) -> List[Message]:
        batch, self.pending = self.pending[: self.max_messages], self.pending[self.max_messages :]
        return batch

    def args(self, batch: List[Message]) -> Any:
        return dict(
            user_id=self.user_id,
            session_id=self.session_id,
            agent_id=self.agent_id,
            # the server wants engram.ingest.max-messages messages unless told the batch is partial;
            # it does not say its size, so every batch says so
            partial=True,
        )


class MemoryBatcher:
    """Buffers one user's messages and sends each full batch with ``add_conversation``.

    ``add(role, content)`` returns the queued task when that message completed a batch, else
    None. ``flush()`` sends what is left as a partial conversation. ``queued`` lists every task
    sent, and ``wait_all()`` waits for them.
    """

    def __init__(
        self,
        client: "Engram",
        *,
        user_id: str,
        session_id: Optional[str] = None,
        agent_id: Optional[str] = None,
        max_messages: int = 10,
    ) -> None:
        self._client = client
        self._buffer = _Buffer(user_id, session_id, max_messages, agent_id)

    @property
    def pending(self) -> int:
        return len(self._buffer.pending)

    @property
    def queued(self) -> List[Queued]:
        return list(self._buffer.queued)

    def add(self, role: str, content: str, message_id: Optional[str] = None) -> Optional[Queued]:
        batch = self._buffer.push(role, content, message_id)
        return None if batch is None else self._send(batch)

    def flush(self) -> Optional[Queued]:
        if not self._buffer.pending:
            return None
        return self._send(self._buffer.take())

    def wait_all(self, timeout: float = 60.0) -> List[Task]:
        return [self._client.wait(q, timeout=timeout) for q in self._buffer.queued]

    def _send(self, batch: List[Message]) -> Queued:
        queued = self._client.add_conversation(batch, **self._buffer.args(batch))
        self._buffer.queued.append(queued)
        return queued

    def __enter__(self) -> "MemoryBatcher":
        return self

    def __exit__(self, exc_type: Any, *exc: Any) -> None:
        if exc_type is None:
            self.flush()


class AsyncMemoryBatcher:
    """The :class:`MemoryBatcher` of :class:`AsyncEngram` (``await add(...)``, ``async with``)."""

    def __init__(
        self,
        client: "AsyncEngram",
        *,
        user_id: str,
        session_id: Optional[str] = None,
        agent_id: Optional[str] = None,
        max_messages: int = 10,
    ) -> None:
        self._client = client
        self._buffer = _Buffer(user_id, session_id, max_messages, agent_id)

    @property
    def pending(self) -> int:
        return len(self._buffer.pending)

    @property
    def queued(self) -> List[Queued]:
        return list(self._buffer.queued)

    async def add(self, role: str, content: str, message_id: Optional[str] = None) -> Optional[Queued]:
        batch = self._buffer.push(role, content, message_id)
        return None if batch is None else await self._send(batch)

    async def flush(self) -> Optional[Queued]:
        if not self._buffer.pending:
            return None
        return await self._send(self._buffer.take())

    async def wait_all(self, timeout: float = 60.0) -> List[Task]:
        return [await self._client.wait(q, timeout=timeout) for q in self._buffer.queued]

    async def _send(self, batch: List[Message]) -> Queued:
        queued = await self._client.add_conversation(batch, **self._buffer.args(batch))
        self._buffer.queued.append(queued)
        return queued

    async def __aenter__(self) -> "AsyncMemoryBatcher":
        return self

    async def __aexit__(self, exc_type: Any, *exc: Any) -> None:
        if exc_type is None:
            await self.flush()
