"""The asynchronous client (asyncio, ``httpx.AsyncClient``)."""

from __future__ import annotations

import asyncio
import time
from typing import Any, AsyncIterator, Dict, Iterable, List, Mapping, Optional, Sequence, Union

import httpx

from . import _ops as ops
from ._core import Call, RetryPolicy, Settings, T, limits, next_wait, raise_for, retry_transport_error, settings, transport_error
from ._errors import EngramError, EngramTimeoutError, NotFoundError, TaskFailedError
from ._seed import unpack
from .batcher import AsyncMemoryBatcher
from .client import TaskRef, chain_id, task_id_of
from .models import (
    AddResult,
    AgentMemories,
    Answer,
    Buffered,
    Entities,
    CurrentMetrics,
    MetricAggregates,
    MetricsHistory,
    ToolComparison,
    ToolConfig,
    ToolMetrics,
    ToolSession,
    EntityMemories,
    EvolutionChain,
    ImportResult,
    Memory,
    MemoryEvent,
    MemoryPage,
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
)

__all__ = ["AsyncEngram"]

class AsyncEngram:
    """An asynchronous client of Engram's native API.

    Args:
        base_url: the server, e.g. ``http://localhost:8080``; default ``ENGRAM_URL``.
        api_key: an API key (``eng_…``); default ``ENGRAM_API_KEY``.
        timeout: seconds per request (connect, read, write, pool).
        retry: the :class:`RetryPolicy`; ``max_retries`` overrides only its retry count.
        headers: extra headers sent with every request.
        max_connections / max_keepalive_connections: the connection pool's size.
        http_client: an ``httpx.AsyncClient`` to use instead of one the client makes (its base URL,
            headers and timeout are then yours to set).

    Use it as a context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        *,
        timeout: Optional[float] = None,
        retry: Optional[RetryPolicy] = None,
        max_retries: Optional[int] = None,
        headers: Optional[Mapping[str, str]] = None,
        max_connections: int = 10,
        max_keepalive_connections: int = 10,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        self._settings: Settings = settings(
            base_url, api_key, timeout, retry, max_retries, headers, max_connections, max_keepalive_connections
        )
        self._http = http_client or httpx.AsyncClient(
            base_url=self._settings.base_url,
            headers=self._settings.headers,
            timeout=self._settings.timeout,
            limits=limits(self._settings),
        )
        self._sleep = asyncio.sleep

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def retry(self) -> RetryPolicy:
        return self._settings.retry

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> "AsyncEngram":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    # ------------------------------------------------------------------ transport

    async def _call(self, call: Call[T]) -> T:
        policy = self._settings.retry
        attempt = 0
        while True:
            try:
                response = await self._http.send(call.build(self._http))
            except httpx.TransportError as exc:
                if retry_transport_error(exc, call):
                    wait = next_wait(policy, attempt, call, None)
                    if wait is not None:
                        await self._sleep(wait)
                        attempt += 1
                        continue
                raise transport_error(exc) from exc
            if response.status_code >= 400:
                wait = next_wait(policy, attempt, call, response)
                if wait is not None:
                    await response.aclose()
                    await self._sleep(wait)
                    attempt += 1
                    continue
                raise_for(response)
            return call.parse(response)

    # ------------------------------------------------------------------ memories

    async def create_memory(self, content: str, *, user_id: str, **fields: Any) -> AddResult:
        """Stores one memory (``POST /v1/memories``).

        Keyword fields: ``session_id``, ``agent_id``, ``run_id``, ``type`` (semantic, episodic,
        procedural, …), ``context``, ``category``, ``tags``, ``importance`` (1–10), ``metadata``,
        ``valid_from``, ``expires_at`` or ``ttl_seconds``, ``sources``, ``resolve`` (default
        True: a paraphrase reinforces, a contradiction supersedes, a retraction deletes) and
        ``idempotency_key`` (one is generated otherwise, so retries never store twice).
        """
        return await self._call(ops.create_memory(content, user_id=user_id, **fields))

    async def create_memories(
        self, memories: Sequence[Union[str, Mapping[str, Any]]], *, user_id: Optional[str] = None, **fields: Any
    ) -> AddResult:
        """Stores a batch of up to 1,000 memories in one request (texts or memory objects).

        Items inherit ``user_id``, ``session_id``, ``agent_id`` and ``run_id`` from the keywords;
        ``resolve`` applies to the whole batch.
        """
        return await self._call(ops.create_memories(memories, user_id=user_id, **fields))

    async def list_memories(self, **filters: Any) -> MemoryPage:
        """One page of memories (``GET /v1/memories``), newest first by default.

        Filters: ``user_id`` (required unless the key has ``admin``), ``session_id``,
        ``agent_id``, ``run_id``, ``types``, ``categories``, ``tags``, ``min_importance``,
        ``start``, ``end``, ``valid_at``, ``statuses``, ``metadata`` (equality), ``limit``,
        ``offset`` or ``cursor``, ``sort_by`` (created_at, updated_at, importance), ``order``.
        """
        return await self._call(ops.list_memories(ops.list_params(**filters)))

    async def iter_memories(self, *, page_size: int = 100, **filters: Any) -> AsyncIterator[Memory]:
        """Every memory matching the filters, fetched page by page (``async for``)."""
        async for page in self.iter_pages(page_size=page_size, **filters):
            for memory in page.memories:
                yield memory

    async def iter_pages(self, *, page_size: int = 100, **filters: Any) -> AsyncIterator[MemoryPage]:
        """The pages of ``list_memories``, following ``next_cursor`` until the last."""
        filters.pop("cursor", None)
        filters.pop("offset", None)
        cursor: Optional[str] = None
        while True:
            page = await self.list_memories(limit=page_size, cursor=cursor, **filters)
            yield page
            if not page.next_cursor or not page.memories:
                return
            cursor = page.next_cursor

    async def get_memory(self, memory_id: str, app_id: Optional[str] = None) -> Memory:
        """A memory in any status; raises :class:`NotFoundError` when there is none."""
        return await self._call(ops.get_memory(memory_id))

    async def find_memory(self, memory_id: str) -> Optional[Memory]:
        """Like :meth:`get_memory`, but None when the memory does not exist."""
        try:
            return await self.get_memory(memory_id)
        except NotFoundError:
            return None

    async def update_memory(self, memory_id: str, **fields: Any) -> Memory:
        """Edits a memory (``PATCH``): content, context, type, category, tags, importance,
        metadata, valid_from, valid_to, expires_at; ``expected_version`` guards against lost
        updates (409 :class:`ConflictError` when it does not match)."""
        return await self._call(ops.update_memory(memory_id, **fields))

    async def delete_memory(
        self,
        memory_id: Optional[str] = None,
        reason: Optional[str] = None,
        *,
        doc_id: Optional[str] = None,
        app_id: Optional[str] = None,
    ) -> Memory:
        """Marks a memory deleted (its history stays) and returns it. ``doc_id`` is seed 001's name."""
        target = memory_id or doc_id
        if not target:
            raise ValueError("memory_id is required")
        return await self._call(ops.delete_memory(target, reason))

    async def erase_user(self, user_id: str) -> int:
        """Erases every memory, event and relation of a user; returns how many memories."""
        return await self._call(ops.erase_user(user_id))

    async def memory_events(self, memory_id: str) -> List[MemoryEvent]:
        """The memory's event log (added, reinforced, updated, deleted, …), oldest first."""
        return await self._call(ops.memory_events(memory_id))

    async def relate_memories(self, memory_id: str, target_id: str, type: str = "related_to") -> Relation:
        """Records a typed relation (a lower-case word, default ``related_to``) between two memories of one user."""
        return await self._call(ops.relate(memory_id, target_id, type))

    async def related_memories(self, memory_id: str) -> List[Related]:
        """The memories related to this one, both directions."""
        return await self._call(ops.related(memory_id))

    # ------------------------------------------------------------------ entities

    async def entities(self, user_id: str, *, kind: Optional[str] = None, limit: Optional[int] = None) -> Entities:
        """The entities (people, places, organizations, products, dates) the user's active memories
        name, the most often named first (``GET /v1/users/{user_id}/entities``).

        ``kind`` keeps one kind; ``limit`` 1 to 1000 (default 100). The route answers one list, not pages.
        """
        return await self._call(ops.entities(user_id, kind, limit))

    async def entity_memories(self, user_id: str, entity: str, *, limit: Optional[int] = None) -> EntityMemories:
        """The user's active memories that name ``entity`` (a key from ``entities`` or a name as
        written, e.g. "New York"), newest first; ``limit`` 1 to 1000 (default 100)."""
        return await self._call(ops.entity_memories(user_id, entity, limit))

    # ------------------------------------------------------------------ search and answers

    async def search(self, query: str, *, user_id: Optional[str] = None, **options: Any) -> SearchResult:
        """Hybrid search with composite scoring (``POST /v1/memories/search``).

        Options: ``limit`` (default 10), ``similarity_threshold``, ``composite_threshold``,
        ``filters`` (session_id, agent_id, run_id, types, categories, tags, min_importance,
        date_range, valid_at, metadata, statuses), ``session_id`` (shortcut for that filter),
        ``mode`` (hybrid, vector, keyword), ``exact``.
        """
        return await self._call(ops.search(query, user_id=user_id, **options))

    async def query_memory(
        self,
        query: str,
        user_id: Optional[str] = None,
        session_id: Optional[str] = None,
        n_results: Optional[int] = None,
        similarity_threshold: Optional[float] = None,
        app_id: Optional[str] = None,
    ) -> List[SearchHit]:
        """Seed 001's ``query_memory``: the hits of :meth:`search` as a list."""
        result = await self.search(
            query, user_id=user_id, session_id=session_id, limit=n_results,
            similarity_threshold=similarity_threshold,
        )
        return result.results

    async def answer(
        self,
        query: str,
        *,
        user_id: str,
        session_id: Optional[str] = None,
        n: Optional[int] = None,
        threshold: Optional[float] = None,
    ) -> Answer:
        """Answers a question from the user's best memories (``POST /v1/answers``)."""
        return await self._call(ops.answer(query, user_id=user_id, session_id=session_id, n=n, threshold=threshold))

    async def answer_query(
        self,
        query: str,
        user_id: Optional[str] = None,
        session_id: Optional[str] = None,
        n_results: Optional[int] = None,
        similarity_threshold: Optional[float] = None,
        app_id: Optional[str] = None,
    ) -> Answer:
        """Seed 001's ``answer_query``: :meth:`answer` with the seed's parameter names."""
        if not user_id:
            raise ValueError("user_id is required: an answer draws on one user's memories")
        return await self.answer(query, user_id=user_id, session_id=session_id, n=n_results, threshold=similarity_threshold)

    # ------------------------------------------------------------------ agent memories, conversations, tasks

    async def add_agent_memory(self, request: Any = None, **fields: Any) -> AgentMemories:
        """The agent fast path: a text, or messages, saved as memories without resolution.

        ``add_agent_memory(messages="User chose the annual plan", user_id="u1")``; also
        ``session_id``, ``agent_id``, ``type``, ``category``, ``tags``, ``importance``,
        ``metadata``, ``idempotency_key``. Seed 001's request object (with ``app_id``,
        ``user_id``, ``messages``) is accepted as the first argument.
        """
        f = unpack(request, fields)
        return await self._call(ops.add_agent_memory(f.pop("messages"), **f))

    async def add_conversation(
        self,
        messages: Sequence[Any],
        *,
        user_id: str,
        session_id: Optional[str] = None,
        agent_id: Optional[str] = None,
        partial: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> Queued:
        """Queues a conversation for extraction (``POST /v1/conversations``); :meth:`wait` on it.

        The server expects ``engram.ingest.max-messages`` messages (10) unless ``partial``.
        """
        return await self._call(
            ops.add_conversation(messages, user_id=user_id, session_id=session_id, agent_id=agent_id,
                                 partial=partial, idempotency_key=idempotency_key)
        )

    async def add_memory(self, request: Any = None, **fields: Any) -> Queued:
        """Seed 001's ``add_memory``: a conversation queued for synthesis (:meth:`add_conversation`).

        ``add_memory(user_id=..., messages=[...], session_id=...)`` or seed 001's ``UserMessages``
        object; returns the queued task (``result.task_id``, also ``result["task_id"]``).
        """
        f = unpack(request, fields)
        return await self.add_conversation(f.pop("messages"), **f)

    async def get_task(self, task_id: TaskRef) -> Task:
        return await self._call(ops.get_task(task_id_of(task_id)))

    async def wait(
        self, task: TaskRef, *, timeout: float = 60.0, poll_interval: float = 0.2, raise_on_failure: bool = True
    ) -> Task:
        """Polls a task until it succeeds or fails (at most ``timeout`` seconds).

        Raises :class:`TaskFailedError` when it failed (unless ``raise_on_failure`` is False) and
        :class:`EngramTimeoutError` when it has not finished in time.
        """
        task_id = task_id_of(task)
        deadline = time.monotonic() + timeout
        interval = poll_interval
        while True:
            current = await self.get_task(task_id)
            if current.finished:
                if current.status == "failed" and raise_on_failure:
                    raise TaskFailedError(f"task {task_id} failed: {'; '.join(current.errors)}", current)
                return current
            left = deadline - time.monotonic()
            if left <= 0:
                raise EngramTimeoutError(f"task {task_id} still {current.status} after {timeout:g} s")
            await self._sleep(min(interval, left))
            interval = min(interval * 1.5, 2.0)

    # ------------------------------------------------------------------ the session batcher

    async def add_session_message(
        self,
        session_id: str,
        *,
        user_id: str,
        role: str,
        content: str,
        message_id: Optional[str] = None,
    ) -> Buffered:
        """Appends a message to the session's durable buffer on the server (``/v1/sessions``).

        At ``engram.batcher.max-messages`` the buffer becomes a conversation task
        (``flushed_task_id``); an idle session is flushed after ``engram.batcher.idle-timeout``.
        """
        return await self._call(
            ops.session_messages(session_id, user_id=user_id, role=role, content=content, message_id=message_id)
        )

    async def add_session_messages(self, session_id: str, messages: Sequence[Any], *, user_id: str) -> Buffered:
        """Appends several messages to the session's buffer in one request."""
        return await self._call(ops.session_messages(session_id, user_id=user_id, messages=messages))

    async def memory_batcher_add_message(
        self,
        app_id: Optional[str] = None,
        user_id: Optional[str] = None,
        role: Optional[str] = None,
        content: Optional[str] = None,
        session_id: Optional[str] = None,
    ) -> Buffered:
        """Seed 001's batcher call: :meth:`add_session_message` (session ``default`` when none)."""
        if not user_id or not role or content is None:
            raise ValueError("user_id, role and content are required")
        return await self.add_session_message(session_id or "default", user_id=user_id, role=role, content=content)

    def batcher(self, *, user_id: str, session_id: Optional[str] = None, **options: Any) -> "AsyncMemoryBatcher":
        """A client-side batcher that sends a conversation each ``max_messages`` messages."""
        return AsyncMemoryBatcher(self, user_id=user_id, session_id=session_id, **options)

    # ------------------------------------------------------------------ summaries

    async def summarize_conversation(self, request: Any = None, **fields: Any) -> Union[Summary, SummaryAccepted]:
        """Summarizes messages (``POST /v1/summaries``).

        Without ``callback_url`` the short summary comes back at once (:class:`Summary`); with
        it the full summary is POSTed there later and a :class:`SummaryAccepted` (task id)
        returns. Fields: ``user_id``, ``messages`` (a text or messages), ``session_id``,
        ``callback_url``, ``callback_headers``.
        """
        f = unpack(request, fields)
        return await self._call(ops.summarize(f.pop("messages"), **f))

    # ------------------------------------------------------------------ evolution

    async def evolution_chain(self, memory_id: str) -> EvolutionChain:
        """The memory's chain of versions, oldest first, whichever member is asked for."""
        return await self._call(ops.chain(memory_id))

    async def traverse_memory_evolution_chain(self, memory_id: str, app_id: Optional[str] = None) -> EvolutionChain:
        """Seed 001's name for :meth:`evolution_chain`."""
        return await self.evolution_chain(memory_id)

    async def evolution_graph(self, memory_id: str, format: str = "mermaid") -> str:
        """The chain drawn as ``mermaid`` (default), ``dot`` or ``html`` (self-contained SVG page)."""
        return await self._call(ops.graph(memory_id, format))

    async def generate_evolution_graph(self, chain: Any, format: str = "mermaid") -> str:
        """Seed 001's name: accepts the chain (or a memory id) and a format."""
        return await self.evolution_graph(chain_id(chain), format)

    async def evolution_report(self, memory_id: str, format: str = "markdown") -> Any:
        """What happened to the memory: ``markdown`` (default) or ``text`` (str), ``json``
        (:class:`EvolutionReport`)."""
        return await self._call(ops.report(memory_id, format))

    async def generate_evolution_report(self, chain: Any, format: str = "markdown") -> Any:
        """Seed 001's name: accepts the chain (or a memory id) and a format."""
        return await self.evolution_report(chain_id(chain), format)

    # ------------------------------------------------------------------ export and import

    async def export_memories(self) -> List[Dict[str, Any]]:
        """Every memory of the app with its events and relations, as NDJSON records (admin scope)."""
        return await self._call(ops.export())

    async def export_to(self, file: Any) -> int:
        """Streams the export into a binary file object or a path; returns bytes written."""
        close = False
        if isinstance(file, (str, bytes)) or hasattr(file, "__fspath__"):
            file = open(file, "wb")  # noqa: SIM115
            close = True
        written = 0
        try:
            async with self._http.stream("GET", "/v1/export", headers={"Accept": "application/x-ndjson"}) as response:
                if response.status_code >= 400:
                    await response.aread()
                    raise_for(response)
                async for chunk in response.aiter_bytes():
                    file.write(chunk)
                    written += len(chunk)
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc
        finally:
            if close:
                file.close()
        return written

    async def import_memories(self, data: Union[bytes, str, Iterable[Mapping[str, Any]]]) -> ImportResult:
        """Imports export lines (bytes, text or records); memories already present are skipped."""
        return await self._call(ops.import_memories(data))

    # ------------------------------------------------------------------ profiles

    async def save_profile(
        self, agent_id: str, caller_id: str, profile_data: Mapping[str, Any], *, ttl_hours: Optional[int] = None
    ) -> Profile:
        """Stores what an agent keeps about a caller, living ``ttl_hours`` (default 24)."""
        return await self._call(ops.save_profile(agent_id, caller_id, profile_data, ttl_hours))

    async def get_profile(self, agent_id: str, caller_id: str) -> Profile:
        """The live profile with the caller's memory count; :class:`NotFoundError` when absent."""
        return await self._call(ops.get_profile(agent_id, caller_id))

    # ------------------------------------------------------------------ analytics

    async def analytics_metrics(self, domain: str = "all", *, from_: Any = None, to: Any = None, days: Optional[int] = None) -> Dict[str, Any]:
        """Metrics of a domain (``all``, ``memory``, ``retrieval`` or yours); analytics:read."""
        return await self._call(ops.analytics_metrics(domain, from_, to, days))

    async def analytics_dashboard(self, *, domain: Optional[str] = None, days: Optional[int] = None) -> Dict[str, Any]:
        return await self._call(ops.analytics_dashboard(domain, days))

    async def analytics_insights(self, *, domain: Optional[str] = None, from_: Any = None, to: Any = None, days: Optional[int] = None) -> Dict[str, Any]:
        return await self._call(ops.analytics_insights(domain, from_, to, days))

    async def analytics_realtime(self, *, domain: Optional[str] = None) -> Dict[str, Any]:
        return await self._call(ops.analytics_realtime(domain))

    async def analytics_query(self, query: Mapping[str, Any]) -> Dict[str, Any]:
        """A typed query: ``metrics``, ``group_by``, ``filters`` and a window."""
        return await self._call(ops.analytics_query(query))

    async def record_learning_events(self, events: Union[Mapping[str, Any], Sequence[Mapping[str, Any]]]) -> List[str]:
        """Records one learning event or a batch (all or none); returns their ids."""
        return await self._call(ops.learning_events(events))

    async def record_feedback(self, **feedback: Any) -> str:
        """Feedback on a memory or result: ``verdict`` (useful, not_useful, wrong) or ``rating``
        (1–5) or ``correct``; optionally ``memory_id``, ``query``, ``domain``. Returns its id."""
        return await self._call(ops.feedback(feedback))

    async def learning_history(self, query: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """A page of the raw history, newest first (learning events or memory events)."""
        return await self._call(ops.learning_history(query))

    async def learning_metrics(self, domain: str, *, from_: Any = None, to: Any = None, days: Optional[int] = None) -> Dict[str, Any]:
        """Learning metrics of a domain (accuracy, corrections, feedback, …) over the window."""
        return await self._call(ops.learning_get("metrics", domain, ops.window(from_, to, days)))

    async def record_analytics_events(self, events: Union[Mapping[str, Any], Sequence[Mapping[str, Any]]]) -> List[str]:
        """Records one custom analytics event (``event_type``, ``domain``, …) or a batch; returns their ids."""
        return await self._call(ops.analytics_events(events))

    async def export_analytics(self, *, format: Optional[str] = None, source: Optional[str] = None, from_: Any = None, to: Any = None, days: Optional[int] = None) -> Any:
        """The raw history of the window (``source`` learning or memory): ``format`` ndjson (default) or json → a
        list of dicts, csv → str."""
        return await self._call(ops.analytics_export(format, source, from_, to, days))

    async def learning_patterns(self, domain: str, *, min_support: Optional[float] = None, from_: Any = None, to: Any = None, days: Optional[int] = None) -> Dict[str, Any]:
        """Recurring combinations above the support threshold."""
        params = ([("min_support", str(min_support))] if min_support is not None else []) + ops.window(from_, to, days)
        return await self._call(ops.learning_get("patterns", domain, params))

    async def learning_trends(self, domain: str, *, metric: Optional[str] = None, bucket: Optional[str] = None, moving_average: Optional[int] = None, from_: Any = None, to: Any = None, days: Optional[int] = None) -> Dict[str, Any]:
        """A metric over time: buckets, moving average, change, forecast."""
        params = [(k, str(v)) for k, v in (("metric", metric), ("bucket", bucket), ("moving_average", moving_average)) if v is not None]
        return await self._call(ops.learning_get("trends", domain, params + ops.window(from_, to, days)))

    async def learning_recommendations(self, domain: str, *, from_: Any = None, to: Any = None, days: Optional[int] = None) -> Dict[str, Any]:
        """Recommendations with the evidence they rest on."""
        return await self._call(ops.learning_get("recommendations", domain, ops.window(from_, to, days)))

    async def analytics_report(self, type: str = "performance", domain: str = "all", *, format: Optional[str] = None, period: Optional[str] = None, from_: Any = None, to: Any = None, days: Optional[int] = None) -> Any:
        """A report (performance, learning, business, executive): json → dict, csv/html → str, pdf → bytes."""
        return await self._call(ops.analytics_report(type, domain, format, period, from_, to, days))

    async def request(self, method: str, path: str, *, params: Optional[Mapping[str, Any]] = None, json: Any = None) -> Any:
        """Any other route of the native API, with this client's key, retries and errors.

        Returns the decoded JSON (or the text of a non-JSON answer).
        """
        return await self._call(ops.raw(method, path, params, json))

    # ------------------------------------------------------------------ metrics and tool sessions (seed 000)

    async def current_metrics(self) -> CurrentMetrics:
        """This hour's activity of the app and its open tool sessions; analytics:read."""
        return await self._call(ops.current_metrics())

    async def metrics_history(self, *, hours: Optional[int] = None) -> MetricsHistory:
        """Events per hour and source over the last ``hours`` (default 24, at most 744), oldest first."""
        return await self._call(ops.metrics_history(hours))

    async def metric_aggregates(self, *, hours: Optional[int] = None) -> MetricAggregates:
        """Totals over the last ``hours`` (default 24): events, events per hour, events by kind."""
        return await self._call(ops.metric_aggregates(hours))

    async def tool_metrics(self, tool_id: str, *, hours: Optional[int] = None) -> ToolMetrics:
        """One tool's figures over the last ``hours`` (default 24); 404 ``tool_not_found`` for a tool
        the app has no session, configuration or events of."""
        return await self._call(ops.tool_metrics(tool_id, hours))

    async def compare_tools(self, tool_ids: Sequence[str], *, hours: Optional[int] = None) -> ToolComparison:
        """Two to ten tools side by side (``GET /v1/metrics/compare?tool_ids=a&tool_ids=b``)."""
        return await self._call(ops.compare_tools(tool_ids, hours))

    async def start_tool_session(self, tool_id: str, *, user_id: Optional[str] = None, metadata: Optional[Mapping[str, Any]] = None) -> ToolSession:
        """Starts a session of a tool (an agent or client of the app); analytics:write or memories:write.
        Requests sent with the header ``X-Engram-Tool: <tool_id>`` (the ``headers`` option of the
        client) are attributed to the tool and counted in its session's ``activity``."""
        return await self._call(ops.start_tool_session(tool_id, user_id, metadata))

    async def end_tool_session(self, session_id: str) -> ToolSession:
        """Ends a session, with what it did; 409 ``ConflictError`` when it has already ended."""
        return await self._call(ops.end_tool_session(session_id))

    async def active_tool_sessions(self, *, tool_id: Optional[str] = None) -> List[ToolSession]:
        """The open tool sessions (of one tool with ``tool_id``), newest first."""
        return await self._call(ops.active_tool_sessions(tool_id))

    async def get_tool_session(self, session_id: str) -> ToolSession:
        """A session and its activity so far; 404 for a session of another app."""
        return await self._call(ops.get_tool_session(session_id))

    async def get_tool_config(self, tool_id: str) -> ToolConfig:
        """A tool's configuration (``{}`` and version 0 before the first ``set_tool_config``)."""
        return await self._call(ops.get_tool_config(tool_id))

    async def set_tool_config(self, tool_id: str, config: Mapping[str, Any]) -> ToolConfig:
        """Replaces a tool's configuration (a JSON object of at most 16 KB); the version goes up by one.
        The tool must be known to the app (a session or events): 404 ``tool_not_found`` otherwise."""
        return await self._call(ops.set_tool_config(tool_id, config))

    # ------------------------------------------------------------------ the key and the server

    async def whoami(self) -> WhoAmI:
        """The organization, app and scopes the API key stands for."""
        return await self._call(ops.whoami())

    async def health(self) -> Dict[str, Any]:
        """The server's overall health (``GET /health``)."""
        return await self._call(ops.health())

    async def realtime_ticket(self) -> Dict[str, Any]:
        """A single-use ticket for one WebSocket or EventSource connection."""
        return await self._call(ops.realtime_ticket())

    async def warm_up(self) -> bool:
        """Seed 001's ``warm_up``: opens a pooled connection and checks the server and the key.

        True when the server is up and the key is accepted, False otherwise (never raises for
        those; programming errors still raise).
        """
        try:
            status = (await self.health()).get("status")
            await self.whoami()
            return status in (None, "UP", "up")
        except EngramError:
            return False

    def get_connection_pool_stats(self) -> Dict[str, Any]:
        """Seed 001's pool statistics, for this client's HTTP connection pool."""
        from ._pool import pool_stats

        return pool_stats(self._http, self._settings)

