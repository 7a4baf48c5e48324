"""Engram's Python SDK: sync :class:`Engram` and async :class:`AsyncEngram` clients of the
native HTTP API, typed models, typed errors, retries, pagination and a batcher.

    from engram import Engram

    with Engram() as client:                      # ENGRAM_URL, ENGRAM_API_KEY
        client.create_memory("Prefers window seats", user_id="u1")
        for hit in client.search("seating", user_id="u1"):
            print(hit.memory.content, hit.composite_score)
"""

from ._core import NO_RETRY, RetryPolicy, __version__, parse_retry_after
from ._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EngramConnectionError,
    EngramError,
    EngramTimeoutError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TaskFailedError,
)
from .async_client import AsyncEngram
from .batcher import AsyncMemoryBatcher, MemoryBatcher
from .client import Engram
from .models import (
    AddResult,
    AgentMemories,
    Answer,
    Buffered,
    ChainVersion,
    Entities,
    Entity,
    EntityMemories,
    EvolutionChain,
    EvolutionReport,
    ImportResult,
    Memory,
    MemoryEvent,
    MemoryPage,
    Message,
    Profile,
    Queued,
    Related,
    Relation,
    SearchHit,
    SearchResult,
    Summary,
    SummaryAccepted,
    Task,
    WhoAmI,
    WriteResult,
)

__all__ = [
    "Engram",
    "AsyncEngram",
    "MemoryBatcher",
    "AsyncMemoryBatcher",
    "RetryPolicy",
    "NO_RETRY",
    "parse_retry_after",
    "__version__",
    "EngramError",
    "APIError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "PayloadTooLargeError",
    "RateLimitError",
    "ServerError",
    "EngramConnectionError",
    "EngramTimeoutError",
    "TaskFailedError",
    "AddResult",
    "AgentMemories",
    "Answer",
    "Buffered",
    "ChainVersion",
    "Entities",
    "Entity",
    "EntityMemories",
    "EvolutionChain",
    "EvolutionReport",
    "ImportResult",
    "Memory",
    "MemoryEvent",
    "MemoryPage",
    "Message",
    "Profile",
    "Queued",
    "Related",
    "Relation",
    "SearchHit",
    "SearchResult",
    "Summary",
    "SummaryAccepted",
    "Task",
    "WhoAmI",
    "WriteResult",
]
