"""Typed views of the API's responses (snake_case, as the API sends them).

Every model keeps the decoded JSON it was built from in ``raw``, so fields added by a newer
server are never lost; ``to_dict()`` returns that JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict, List, Mapping, Optional, Union

__all__ = [
    "Message",
    "Source",
    "Memory",
    "WriteResult",
    "AddResult",
    "MemoryPage",
    "MemoryEvent",
    "Relation",
    "Related",
    "Entity",
    "Entities",
    "EntityMemories",
    "ScoreComponents",
    "SearchHit",
    "SearchResult",
    "AgentMemories",
    "Queued",
    "Buffered",
    "TaskCounts",
    "Task",
    "Summary",
    "SummaryAccepted",
    "Answer",
    "MadeBy",
    "ChainVersion",
    "EvolutionChain",
    "EvolutionReport",
    "ImportError_",
    "ImportResult",
    "Profile",
    "WhoAmI",
    "CurrentMetrics",
    "HourPoint",
    "MetricsHistory",
    "MetricAggregates",
    "ToolMetrics",
    "ToolComparison",
    "SessionActivity",
    "ToolSession",
    "ToolConfig",
]


def _dt(value: Any) -> Optional[datetime]:
    if value is None:
        return None
    text = str(value)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    # Python < 3.11 accepts at most 6 fractional digits
    if "." in text:
        head, _, tail = text.partition(".")
        digits = ""
        rest = ""
        for i, ch in enumerate(tail):
            if not ch.isdigit():
                rest = tail[i:]
                break
            digits += ch
        text = f"{head}.{digits[:6].ljust(6, '0')}{rest}"
    return datetime.fromisoformat(text)


class _Model:
    raw: Dict[str, Any]

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object this model was read from."""
        return dict(self.raw)

    def __getitem__(self, key: str) -> Any:
        """Dictionary-style access to the raw JSON (``memory["content"]``), as seed 001 reads."""
        return self.raw[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.raw.get(key, default)


@dataclass
class Message:
    """A conversation message: ``role`` is user, assistant, system or tool; ``name`` is the
    speaker's name (optional), which extraction writes instead of "User"."""

    role: str
    content: str
    id: Optional[str] = None
    created_at: Optional[str] = None
    name: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {"role": self.role, "content": self.content}
        if self.id is not None:
            out["id"] = self.id
        if self.created_at is not None:
            out["created_at"] = self.created_at
        if self.name is not None:
            out["name"] = self.name
        return out


MessageLike = Union[Message, Mapping[str, Any]]


@dataclass
class Source(_Model):
    conversation_id: Optional[str]
    message_ids: List[str]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Source":
        return cls(d.get("conversation_id"), list(d.get("message_ids") or []), dict(d))


@dataclass
class Memory(_Model):
    """A memory in any status (active, superseded, deleted, expired)."""

    id: str
    user_id: str
    content: str
    type: str
    status: str
    importance: int
    session_id: Optional[str] = None
    agent_id: Optional[str] = None
    run_id: Optional[str] = None
    context: Optional[str] = None
    category: Optional[str] = None
    tags: List[str] = field(default_factory=list)
    metadata: Dict[str, Any] = field(default_factory=dict)
    previous_id: Optional[str] = None
    next_id: Optional[str] = None
    reinforcement_count: int = 0
    access_count: int = 0
    sources: List[Source] = field(default_factory=list)
    valid_from: Optional[datetime] = None
    valid_to: Optional[datetime] = None
    expires_at: Optional[datetime] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None
    version: int = 0
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Memory":
        return cls(
            id=d["id"],
            user_id=d.get("user_id", ""),
            content=d.get("content", ""),
            type=d.get("type", ""),
            status=d.get("status", ""),
            importance=int(d.get("importance") or 0),
            session_id=d.get("session_id"),
            agent_id=d.get("agent_id"),
            run_id=d.get("run_id"),
            context=d.get("context"),
            category=d.get("category"),
            tags=list(d.get("tags") or []),
            metadata=dict(d.get("metadata") or {}),
            previous_id=d.get("previous_id"),
            next_id=d.get("next_id"),
            reinforcement_count=int(d.get("reinforcement_count") or 0),
            access_count=int(d.get("access_count") or 0),
            sources=[Source.from_dict(s) for s in d.get("sources") or []],
            valid_from=_dt(d.get("valid_from")),
            valid_to=_dt(d.get("valid_to")),
            expires_at=_dt(d.get("expires_at")),
            created_at=_dt(d.get("created_at")),
            updated_at=_dt(d.get("updated_at")),
            version=int(d.get("version") or 0),
            raw=dict(d),
        )


@dataclass
class WriteResult(_Model):
    """The decision for one submitted statement: add, reinforce, update, delete or skip."""

    action: str
    memory_id: Optional[str]
    target_id: Optional[str]
    reason: str
    engine: str
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "WriteResult":
        return cls(
            d.get("action", ""),
            d.get("memory_id"),
            d.get("target_id"),
            d.get("reason", ""),
            d.get("engine", ""),
            dict(d),
        )


@dataclass
class AddResult(_Model):
    """What a write did: the resulting memories and one decision per submitted statement."""

    ids: List[str]
    memories: List[Memory]
    results: List[WriteResult]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "AddResult":
        return cls(
            list(d.get("ids") or []),
            [Memory.from_dict(m) for m in d.get("memories") or []],
            [WriteResult.from_dict(r) for r in d.get("results") or []],
            dict(d),
        )


@dataclass
class MemoryPage(_Model):
    memories: List[Memory]
    total: int
    limit: int
    offset: int
    next_cursor: Optional[str]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "MemoryPage":
        return cls(
            [Memory.from_dict(m) for m in d.get("memories") or []],
            int(d.get("total") or 0),
            int(d.get("limit") or 0),
            int(d.get("offset") or 0),
            d.get("next_cursor"),
            dict(d),
        )


@dataclass
class MemoryEvent(_Model):
    id: str
    memory_id: str
    type: str
    actor: str
    reason: Optional[str]
    related_ids: List[str]
    details: Dict[str, Any]
    at: Optional[datetime]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "MemoryEvent":
        return cls(
            d.get("id", ""),
            d.get("memory_id", ""),
            d.get("type", ""),
            d.get("actor", ""),
            d.get("reason"),
            list(d.get("related_ids") or []),
            dict(d.get("details") or {}),
            _dt(d.get("at")),
            dict(d),
        )


@dataclass
class Relation(_Model):
    from_id: str
    to_id: str
    type: str
    created_at: Optional[datetime]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Relation":
        return cls(
            d.get("from_id", ""), d.get("to_id", ""), d.get("type", ""), _dt(d.get("created_at")), dict(d)
        )


@dataclass
class Related(_Model):
    """A related memory and the relation to it (``direction``: outgoing or incoming)."""

    relation: Relation
    direction: str
    memory: Memory
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Related":
        return cls(
            Relation.from_dict(d.get("relation") or {}),
            d.get("direction", ""),
            Memory.from_dict(d["memory"]),
            dict(d),
        )


@dataclass
class Entity(_Model):
    """An entity the user's memories name and how many active memories name it.

    ``kind`` is ``person``, ``place``, ``organization``, ``product`` or ``date``; ``key`` is the
    name folded (lower case, single spaces), usable with ``entity_memories``.
    """

    key: str
    name: str
    kind: str
    memories: int
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Entity":
        return cls(d.get("key", ""), d.get("name", ""), d.get("kind", ""), int(d.get("memories") or 0), dict(d))


@dataclass
class Entities(_Model):
    """The entities of a user (``GET /v1/users/{user_id}/entities``), the most often named first."""

    user_id: str
    entities: List[Entity]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Entities":
        return cls(d.get("user_id", ""), [Entity.from_dict(e) for e in d.get("entities") or []], dict(d))


@dataclass
class EntityMemories(_Model):
    """The user's active memories that name ``entity`` (the key looked up), newest first."""

    user_id: str
    entity: str
    memories: List[Memory]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "EntityMemories":
        return cls(
            d.get("user_id", ""),
            d.get("entity", ""),
            [Memory.from_dict(m) for m in d.get("memories") or []],
            dict(d),
        )


@dataclass
class ScoreComponents(_Model):
    similarity: float = 0.0
    keyword: float = 0.0
    recency_boost: float = 0.0
    importance_boost: float = 0.0
    reinforcement_boost: float = 0.0
    access_boost: float = 0.0
    feedback_boost: float = 0.0
    retention: float = 0.0
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "ScoreComponents":
        names = (
            "similarity",
            "keyword",
            "recency_boost",
            "importance_boost",
            "reinforcement_boost",
            "access_boost",
            "feedback_boost",
            "retention",
        )
        return cls(**{n: float(d.get(n) or 0.0) for n in names}, raw=dict(d))


@dataclass
class SearchHit(_Model):
    """A memory found by search, with its relevance and composite score."""

    memory: Memory
    relevance: float
    composite_score: float
    components: ScoreComponents
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def content(self) -> str:
        return self.memory.content

    @property
    def document(self) -> str:
        """Seed 001's name for the memory text."""
        return self.memory.content

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "SearchHit":
        return cls(
            Memory.from_dict(d["memory"]),
            float(d.get("relevance") or 0.0),
            float(d.get("composite_score") or 0.0),
            ScoreComponents.from_dict(d.get("components") or {}),
            dict(d),
        )

    def __getitem__(self, key: str) -> Any:
        if key == "document" or key == "memory_note":
            return self.memory.content
        return self.raw[key]


@dataclass
class SearchResult(_Model):
    results: List[SearchHit]
    candidates: int
    search_time_ms: float
    timings: Dict[str, float]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "SearchResult":
        return cls(
            [SearchHit.from_dict(h) for h in d.get("results") or []],
            int(d.get("candidates") or 0),
            float(d.get("search_time_ms") or 0.0),
            dict(d.get("timings") or {}),
            dict(d),
        )


@dataclass
class AgentMemories(_Model):
    """Memories saved by the agent fast path, in message order."""

    ids: List[str]
    memories: List[Memory]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "AgentMemories":
        return cls(list(d.get("ids") or []), [Memory.from_dict(m) for m in d.get("memories") or []], dict(d))


@dataclass
class Queued(_Model):
    """A background task was queued; pass it to ``client.wait()``."""

    task_id: str
    status: str
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Queued":
        return cls(d["task_id"], d.get("status", ""), dict(d))


@dataclass
class Buffered(_Model):
    """A session batcher append: messages now buffered, and the task a flush queued, if any."""

    buffered: int
    flushed_task_id: Optional[str]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Buffered":
        return cls(int(d.get("buffered") or 0), d.get("flushed_task_id"), dict(d))


@dataclass
class TaskCounts(_Model):
    added: int = 0
    updated: int = 0
    reinforced: int = 0
    deleted: int = 0
    skipped: int = 0
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "TaskCounts":
        return cls(
            int(d.get("added") or 0),
            int(d.get("updated") or 0),
            int(d.get("reinforced") or 0),
            int(d.get("deleted") or 0),
            int(d.get("skipped") or 0),
            dict(d),
        )


@dataclass
class Task(_Model):
    """A background task: ``status`` is queued, running, succeeded or failed."""

    id: str
    kind: str
    status: str
    counts: TaskCounts
    errors: List[str]
    attempts: int
    created_at: Optional[datetime] = None
    started_at: Optional[datetime] = None
    finished_at: Optional[datetime] = None
    result: Optional[Dict[str, Any]] = None
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    FINISHED = ("succeeded", "failed")

    @property
    def finished(self) -> bool:
        return self.status in self.FINISHED

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Task":
        return cls(
            id=d["id"],
            kind=d.get("kind", ""),
            status=d.get("status", ""),
            counts=TaskCounts.from_dict(d.get("counts") or {}),
            errors=list(d.get("errors") or []),
            attempts=int(d.get("attempts") or 0),
            created_at=_dt(d.get("created_at")),
            started_at=_dt(d.get("started_at")),
            finished_at=_dt(d.get("finished_at")),
            result=d.get("result"),
            raw=dict(d),
        )


@dataclass
class Summary(_Model):
    """A summary returned at once (``delivery`` is ``sync``)."""

    content: str
    engine: str
    delivery: str
    message_ids: List[str]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Summary":
        return cls(d.get("content", ""), d.get("engine", ""), d.get("delivery", ""), list(d.get("message_ids") or []), dict(d))


@dataclass
class SummaryAccepted(_Model):
    """A summary accepted for callback delivery: the full summary is POSTed to the callback URL."""

    task_id: str
    status: str
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "SummaryAccepted":
        return cls(d["task_id"], d.get("status", ""), dict(d))


@dataclass
class Answer(_Model):
    """An answer grounded in the user's memories; ``answer`` is None without an LLM (see ``note``)."""

    answer: Optional[str]
    engine: str
    note: Optional[str]
    cited_ids: List[str]
    memories: List[SearchHit]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Answer":
        return cls(
            d.get("answer"),
            d.get("engine", ""),
            d.get("note"),
            list(d.get("cited_ids") or []),
            [SearchHit.from_dict(h) for h in d.get("memories") or []],
            dict(d),
        )


@dataclass
class MadeBy(_Model):
    action: str
    reason: Optional[str]
    engine: Optional[str]
    actor: str
    at: Optional[datetime]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "MadeBy":
        return cls(d.get("action", ""), d.get("reason"), d.get("engine"), d.get("actor", ""), _dt(d.get("at")), dict(d))


@dataclass
class ChainVersion(_Model):
    position: int
    id: str
    status: str
    content: str
    previous_id: Optional[str]
    next_id: Optional[str]
    reinforcement_count: int
    version: int
    valid_from: Optional[datetime] = None
    valid_to: Optional[datetime] = None
    created_at: Optional[datetime] = None
    made_by: Optional[MadeBy] = None
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "ChainVersion":
        made_by = d.get("made_by")
        return cls(
            position=int(d.get("position") or 0),
            id=d["id"],
            status=d.get("status", ""),
            content=d.get("content", ""),
            previous_id=d.get("previous_id"),
            next_id=d.get("next_id"),
            reinforcement_count=int(d.get("reinforcement_count") or 0),
            version=int(d.get("version") or 0),
            valid_from=_dt(d.get("valid_from")),
            valid_to=_dt(d.get("valid_to")),
            created_at=_dt(d.get("created_at")),
            made_by=MadeBy.from_dict(made_by) if made_by else None,
            raw=dict(d),
        )


@dataclass
class EvolutionChain(_Model):
    """The chain of versions through a memory, oldest first (iterable, like seed 001's list)."""

    memory_id: str
    current_id: str
    length: int
    truncated: bool
    versions: List[ChainVersion]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.versions)

    def __len__(self) -> int:
        return len(self.versions)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "EvolutionChain":
        return cls(
            d.get("memory_id", ""),
            d.get("current_id", ""),
            int(d.get("length") or 0),
            bool(d.get("truncated")),
            [ChainVersion.from_dict(v) for v in d.get("versions") or []],
            dict(d),
        )


@dataclass
class EvolutionReport(_Model):
    """The JSON evolution report: current memory, counts, versions and timeline."""

    memory_id: str
    current: Memory
    counts: Dict[str, int]
    versions: List[ChainVersion]
    timeline: List[Dict[str, Any]]
    truncated: bool
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "EvolutionReport":
        return cls(
            d.get("memory_id", ""),
            Memory.from_dict(d["current"]),
            dict(d.get("counts") or {}),
            [ChainVersion.from_dict(v) for v in d.get("versions") or []],
            list(d.get("timeline") or []),
            bool(d.get("truncated")),
            dict(d),
        )


@dataclass
class ImportError_(_Model):
    """Why one import line was not imported (line numbers start at 1)."""

    line: int
    field: Optional[str]
    code: str
    message: str
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "ImportError_":
        return cls(int(d.get("line") or 0), d.get("field"), d.get("code", ""), d.get("message", ""), dict(d))


@dataclass
class ImportResult(_Model):
    lines: int
    imported: int
    skipped: int
    reembedded: int
    relations: int
    failed: int
    errors: List[ImportError_]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "ImportResult":
        return cls(
            int(d.get("lines") or 0),
            int(d.get("imported") or 0),
            int(d.get("skipped") or 0),
            int(d.get("reembedded") or 0),
            int(d.get("relations") or 0),
            int(d.get("failed") or 0),
            [ImportError_.from_dict(e) for e in d.get("errors") or []],
            dict(d),
        )


@dataclass
class Profile(_Model):
    """What an agent keeps about a caller, with a time to live."""

    agent_id: str
    caller_id: str
    profile_data: Dict[str, Any]
    created_at: Optional[datetime]
    updated_at: Optional[datetime]
    expires_at: Optional[datetime]
    memory_count: Optional[int]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Profile":
        return cls(
            d.get("agent_id", ""),
            d.get("caller_id", ""),
            dict(d.get("profile_data") or {}),
            _dt(d.get("created_at")),
            _dt(d.get("updated_at")),
            _dt(d.get("expires_at")),
            d.get("memory_count"),
            dict(d),
        )


@dataclass
class WhoAmI(_Model):
    org_id: str
    org_name: str
    app_id: str
    app_name: str
    key_id: str
    scopes: List[str]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "WhoAmI":
        org = d.get("org") or {}
        app = d.get("app") or {}
        return cls(
            org.get("id", ""),
            org.get("name", ""),
            app.get("id", ""),
            app.get("name", ""),
            d.get("key_id", ""),
            list(d.get("scopes") or []),
            dict(d),
        )


# ---------------------------------------------------------------- metrics and tool sessions (seed 000)


def _counts(value: Any) -> Dict[str, int]:
    return {str(k): int(v or 0) for k, v in (value or {}).items()}


def _float(value: Any) -> Optional[float]:
    return None if value is None else float(value)


@dataclass
class CurrentMetrics(_Model):
    """This hour's activity of the app (``GET /v1/metrics/current``): events this and the previous
    hour, events per second, events by source, agents active today and open tool sessions."""

    at: Optional[datetime]
    hour: Optional[datetime]
    events_this_hour: int
    events_previous_hour: int
    events_per_second: float
    by_source: Dict[str, int]
    active_agents_today: int
    active_sessions: int
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "CurrentMetrics":
        return cls(
            _dt(d.get("at")),
            _dt(d.get("hour")),
            int(d.get("events_this_hour") or 0),
            int(d.get("events_previous_hour") or 0),
            float(d.get("events_per_second") or 0.0),
            _counts(d.get("by_source")),
            int(d.get("active_agents_today") or 0),
            int(d.get("active_sessions") or 0),
            dict(d),
        )


@dataclass
class HourPoint(_Model):
    """One hour of ``MetricsHistory``: events by source."""

    hour: Optional[datetime]
    events: Dict[str, int]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "HourPoint":
        return cls(_dt(d.get("hour")), _counts(d.get("events")), dict(d))


@dataclass
class MetricsHistory(_Model):
    """Events per hour and source over the last ``hours`` (``GET /v1/metrics/history``), oldest first."""

    hours: int
    points: List[HourPoint]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "MetricsHistory":
        return cls(int(d.get("hours") or 0), [HourPoint.from_dict(p) for p in d.get("points") or []], dict(d))


@dataclass
class MetricAggregates(_Model):
    """Totals over the last ``hours`` (``GET /v1/metrics/aggregates``): events, events per hour, by kind."""

    hours: int
    events: int
    events_per_hour: float
    by_kind: Dict[str, int]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "MetricAggregates":
        return cls(
            int(d.get("hours") or 0),
            int(d.get("events") or 0),
            float(d.get("events_per_hour") or 0.0),
            _counts(d.get("by_kind")),
            dict(d),
        )


@dataclass
class ToolMetrics(_Model):
    """One tool's figures over the last ``hours`` (``GET /v1/metrics/tool/{tool_id}``): learning events
    and feedback, memory events by change type, searches attributed to it (``X-Engram-Tool``) and
    its open sessions. ``accuracy`` and the means are None without feedback."""

    tool_id: str
    hours: int
    learning_events: int
    feedback: int
    accuracy: Optional[float]
    mean_confidence: Optional[float]
    mean_rating: Optional[float]
    memory_events: Dict[str, int]
    searches: int
    search_hits: int
    active_sessions: int
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "ToolMetrics":
        return cls(
            d.get("tool_id", ""),
            int(d.get("hours") or 0),
            int(d.get("learning_events") or 0),
            int(d.get("feedback") or 0),
            _float(d.get("accuracy")),
            _float(d.get("mean_confidence")),
            _float(d.get("mean_rating")),
            _counts(d.get("memory_events")),
            int(d.get("searches") or 0),
            int(d.get("search_hits") or 0),
            int(d.get("active_sessions") or 0),
            dict(d),
        )


@dataclass
class ToolComparison(_Model):
    """Several tools side by side (``GET /v1/metrics/compare``): ``tools`` by tool id."""

    hours: int
    tools: Dict[str, ToolMetrics]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "ToolComparison":
        tools = {str(k): ToolMetrics.from_dict(v) for k, v in (d.get("tools") or {}).items()}
        return cls(int(d.get("hours") or 0), tools, dict(d))


@dataclass
class SessionActivity(_Model):
    """What a tool session's tool did while it was open: learning events and memory events by change type."""

    learning_events: int
    memory_events: Dict[str, int]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "SessionActivity":
        return cls(int(d.get("learning_events") or 0), _counts(d.get("memory_events")), dict(d))


@dataclass
class ToolSession(_Model):
    """A tool session: ``status`` is ``active`` or ``ended``; ``duration_s`` runs until now while it is open."""

    session_id: str
    tool_id: str
    user_id: Optional[str]
    metadata: Dict[str, Any]
    status: str
    started_at: Optional[datetime]
    ended_at: Optional[datetime]
    duration_s: float
    activity: SessionActivity
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "ToolSession":
        return cls(
            d.get("session_id", ""),
            d.get("tool_id", ""),
            d.get("user_id"),
            dict(d.get("metadata") or {}),
            d.get("status", ""),
            _dt(d.get("started_at")),
            _dt(d.get("ended_at")),
            float(d.get("duration_s") or 0.0),
            SessionActivity.from_dict(d.get("activity") or {}),
            dict(d),
        )


@dataclass
class ToolConfig(_Model):
    """A tool's configuration and its version (0 and ``{}`` before the first ``set_tool_config``)."""

    tool_id: str
    config: Dict[str, Any]
    version: int
    updated_at: Optional[datetime]
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "ToolConfig":
        return cls(d.get("tool_id", ""), dict(d.get("config") or {}), int(d.get("version") or 0),
                   _dt(d.get("updated_at")), dict(d))
