/** The native API's routes, one method each. */
import { EngramTimeoutError, NotFoundError, TaskFailedError } from './errors.js';
import { type CallOptions, type Query, type Reply, type Transport, decode, sleep } from './transport.js';
import type {
  AddResult,
  AgentMemories,
  AgentMemoryInput,
  Answer,
  AnswerOptions,
  Buffered,
  ConversationInput,
  CreateMemoriesInput,
  CreateMemoryInput,
  Entities,
  EntitiesOptions,
  EntityMemories,
  EntityMemoriesOptions,
  Erased,
  EvolutionChain,
  EvolutionGraphFormat,
  ExportRecord,
  ImportResult,
  ListFilters,
  ListOptions,
  Memory,
  MemoryEvent,
  MemoryPage,
  Message,
  Profile,
  ProfileInput,
  Queued,
  RealtimeTicket,
  Recorded,
  Related,
  Relation,
  SearchOptions,
  SearchResult,
  Summary,
  SummaryAccepted,
  SummaryInput,
  Task,
  UpdateMemoryInput,
  WhoAmI,
  Window,
} from './types.js';
import type {
  AnalyticsQuery,
  Dashboard,
  EvolutionVersion,
  ExportedEvent,
  Feedback,
  HistoryPage,
  HistoryQuery,
  Insights,
  LearningEvent,
  LearningMetrics,
  Metrics,
  Patterns,
  QueryResult,
  Realtime,
  Recommendations,
  Trends,
} from './types.js';
import type {
  CurrentMetrics,
  HoursOptions,
  MetricAggregates,
  MetricsHistory,
  StartToolSessionOptions,
  ToolComparison,
  ToolConfig,
  ToolMetrics,
  ToolSession,
} from './types.js';

export type TaskRef = string | { task_id: string } | { id: string; kind: string };
/** The JSON evolution report (the document types it only as an object). */
export interface EvolutionReport {
  memory_id: string;
  current: Memory;
  counts: Record<string, number>;
  versions: EvolutionVersion[];
  timeline: Array<Record<string, unknown>>;
  truncated: boolean;
}

export interface WriteOptions extends CallOptions {
  /** Sent as `Idempotency-Key`; one is generated otherwise, so a retry never stores twice. */
  idempotencyKey?: string | undefined;
}

export interface WaitOptions {
  /** Default 60,000 ms. */
  timeoutMs?: number | undefined;
  /** First poll interval (grows ×1.5 up to 2 s); default 200 ms. */
  pollIntervalMs?: number | undefined;
  /** Default true: a failed task throws TaskFailedError. */
  raiseOnFailure?: boolean | undefined;
  signal?: AbortSignal | undefined;
}

export interface RequestOptions extends CallOptions {
  query?: Query | undefined;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (NDJSON, text). */
  body?: string | Uint8Array | undefined;
}

/** The native API (the class users construct is {@link Engram}, which adds seed 001's names). */
export class EngramApi {
  protected readonly transport: Transport;

  constructor(transport: Transport) {
    this.transport = transport;
  }

  /** The server this client talks to. */
  get baseUrl(): string {
    return this.transport.settings.baseUrl;
  }

  // ------------------------------------------------------------------ memories

  /** Stores one memory (`POST /v1/memories`); resolution decides add, reinforce, update or delete. */
  async createMemory(memory: CreateMemoryInput, options: WriteOptions = {}): Promise<AddResult> {
    return this.write('POST', '/v1/memories', wire(memory), options);
  }

  /** Stores up to 1,000 memories in one request; items inherit `user_id`, `session_id`, … */
  async createMemories(batch: CreateMemoriesInput, options: WriteOptions = {}): Promise<AddResult> {
    const memories = batch.memories.map((m) => (typeof m === 'string' ? { content: m } : wire(m)));
    return this.write('POST', '/v1/memories', { ...batch, memories }, options);
  }

  /** One page of memories (`GET /v1/memories`), newest first by default. */
  async listMemories(options: ListOptions = {}, call: CallOptions = {}): Promise<MemoryPage> {
    return this.json({ ...call, method: 'GET', path: '/v1/memories', query: listQuery(options), safe: true });
  }

  /** Every memory matching the filters, page by page with the API's cursor: `for await (const m of …)`. */
  async *iterMemories(filters: ListFilters & { pageSize?: number } = {}, call: CallOptions = {}): AsyncGenerator<Memory> {
    for await (const page of this.iterPages(filters, call)) {
      yield* page.memories;
    }
  }

  /** The pages of `listMemories`, following `next_cursor` to the last. */
  async *iterPages(filters: ListFilters & { pageSize?: number } = {}, call: CallOptions = {}): AsyncGenerator<MemoryPage> {
    const { pageSize = 100, ...rest } = filters;
    let cursor: string | undefined;
    for (;;) {
      const page = await this.listMemories({ ...rest, limit: pageSize, cursor }, call);
      yield page;
      if (!page.next_cursor || page.memories.length === 0) return;
      cursor = page.next_cursor;
    }
  }

  /** A memory in any status; throws NotFoundError when there is none. */
  async getMemory(memoryId: string, call: CallOptions = {}): Promise<Memory> {
    return this.json({ ...call, method: 'GET', path: `/v1/memories/${seg(memoryId)}`, safe: true });
  }

  /** Like `getMemory`, but undefined when the memory does not exist. */
  async findMemory(memoryId: string, call: CallOptions = {}): Promise<Memory | undefined> {
    try {
      return await this.getMemory(memoryId, call);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  /** Edits a memory (`PATCH`); `expected_version` guards against lost updates (409). */
  async updateMemory(memoryId: string, fields: UpdateMemoryInput, call: CallOptions = {}): Promise<Memory> {
    return this.json({
      ...call,
      method: 'PATCH',
      path: `/v1/memories/${seg(memoryId)}`,
      json: wire(fields),
      // with expected_version a repeated edit fails with 409 instead of applying twice
      safe: fields.expected_version !== undefined,
    });
  }

  /** Marks a memory deleted (its history stays) and returns it. */
  async deleteMemory(memoryId: string, options: CallOptions & { reason?: string } = {}): Promise<Memory> {
    const { reason, ...call } = options;
    return this.json({ ...call, method: 'DELETE', path: `/v1/memories/${seg(memoryId)}`, query: { reason }, safe: true });
  }

  /** Erases every memory, event and relation of a user; returns how many memories. */
  async eraseUser(userId: string, call: CallOptions = {}): Promise<number> {
    if (!userId) throw new TypeError('userId is required');
    const erased: Erased = await this.json({ ...call, method: 'DELETE', path: '/v1/memories', query: { user_id: userId }, safe: true });
    return erased.deleted;
  }

  /** The memory's event log (added, reinforced, updated, deleted, …), oldest first. */
  async memoryEvents(memoryId: string, call: CallOptions = {}): Promise<MemoryEvent[]> {
    return this.json({ ...call, method: 'GET', path: `/v1/memories/${seg(memoryId)}/events`, safe: true });
  }

  /** Records a typed relation (default `related_to`) between two memories of one user. */
  async relateMemories(memoryId: string, targetId: string, type = 'related_to', call: CallOptions = {}): Promise<Relation> {
    return this.json({ ...call, method: 'POST', path: `/v1/memories/${seg(memoryId)}/relations`, json: { target_id: targetId, type } });
  }

  /** The memories related to this one, both directions. */
  async relatedMemories(memoryId: string, call: CallOptions = {}): Promise<Related[]> {
    return this.json({ ...call, method: 'GET', path: `/v1/memories/${seg(memoryId)}/related`, safe: true });
  }

  // ------------------------------------------------------------------ entities

  /**
   * The entities (people, places, organizations, products, dates) the user's active memories name,
   * the most often named first, each with how many memories name it. One list, not pages.
   */
  async entities(userId: string, options: EntitiesOptions = {}, call: CallOptions = {}): Promise<Entities> {
    return this.json({
      ...call,
      method: 'GET',
      path: `/v1/users/${seg(userId)}/entities`,
      query: { kind: options.kind, limit: options.limit },
      safe: true,
    });
  }

  /**
   * The user's active memories that name an entity, newest first: `entity` is a key from
   * `entities()` or a name as written ("New York").
   */
  async entityMemories(
    userId: string,
    entity: string,
    options: EntityMemoriesOptions = {},
    call: CallOptions = {},
  ): Promise<EntityMemories> {
    return this.json({
      ...call,
      method: 'GET',
      path: `/v1/users/${seg(userId)}/entities/${seg(entity)}/memories`,
      query: { limit: options.limit },
      safe: true,
    });
  }

  // ------------------------------------------------------------------ search and answers

  /** Hybrid search with composite scoring (`POST /v1/memories/search`). */
  async search(query: string, options: SearchOptions = {}, call: CallOptions = {}): Promise<SearchResult> {
    return this.json({ ...call, method: 'POST', path: '/v1/memories/search', json: { query, ...options }, safe: true });
  }

  /** Answers a question from the user's best memories (`POST /v1/answers`). */
  async answer(query: string, options: AnswerOptions, call: CallOptions = {}): Promise<Answer> {
    return this.json({ ...call, method: 'POST', path: '/v1/answers', json: { query, ...options }, safe: true });
  }

  // ------------------------------------------------------------------ agent memories, conversations, tasks

  /** The agent fast path: a text, or messages, saved as memories without resolution. */
  async addAgentMemory(input: AgentMemoryInput, options: WriteOptions = {}): Promise<AgentMemories> {
    return this.write('POST', '/v1/agent-memories', input, options);
  }

  /** Queues a conversation for extraction (`POST /v1/conversations`); `wait()` on the result. */
  async addConversation(input: ConversationInput, options: WriteOptions = {}): Promise<Queued> {
    if (typeof input.messages === 'string') {
      throw new TypeError('a conversation is a list of messages; use addAgentMemory for a text');
    }
    return this.write('POST', '/v1/conversations', input, options);
  }

  /** A task by id (or the Queued/SummaryAccepted that named it). */
  async getTask(task: TaskRef, call: CallOptions = {}): Promise<Task> {
    return this.json({ ...call, method: 'GET', path: `/v1/tasks/${seg(taskId(task))}`, safe: true });
  }

  /**
   * Polls a task until it succeeds or fails. Throws TaskFailedError when it failed (unless
   * `raiseOnFailure: false`) and EngramTimeoutError when it has not finished within `timeoutMs`.
   */
  async wait(task: TaskRef, options: WaitOptions = {}): Promise<Task> {
    const { timeoutMs = 60_000, pollIntervalMs = 200, raiseOnFailure = true, signal } = options;
    const id = taskId(task);
    const deadline = Date.now() + timeoutMs;
    let interval = pollIntervalMs;
    for (;;) {
      const current = await this.getTask(id, { signal });
      if (current.status === 'succeeded' || current.status === 'failed') {
        if (current.status === 'failed' && raiseOnFailure) {
          throw new TaskFailedError(`task ${id} failed: ${current.errors.join('; ')}`, current);
        }
        return current;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new EngramTimeoutError(`task ${id} still ${current.status} after ${timeoutMs} ms`);
      await sleep(Math.min(interval, left), signal);
      interval = Math.min(interval * 1.5, 2_000);
    }
  }

  // ------------------------------------------------------------------ the server's session batcher

  /**
   * Appends a message to the session's durable buffer on the server (`/v1/sessions/{id}/messages`);
   * at `engram.batcher.max-messages` it becomes a conversation task (`flushed_task_id`).
   */
  async addSessionMessage(sessionId: string, message: Message & { user_id: string }, call: CallOptions = {}): Promise<Buffered> {
    return this.json({ ...call, method: 'POST', path: `/v1/sessions/${seg(sessionId)}/messages`, json: message });
  }

  /** Appends several messages to the session's buffer in one request. */
  async addSessionMessages(sessionId: string, input: { user_id: string; messages: Message[] }, call: CallOptions = {}): Promise<Buffered> {
    return this.json({ ...call, method: 'POST', path: `/v1/sessions/${seg(sessionId)}/messages`, json: input });
  }

  // ------------------------------------------------------------------ summaries

  /**
   * Summarizes messages (`POST /v1/summaries`): without `callback_url` the short summary returns
   * at once; with it the full summary is POSTed there later and the accepted task returns.
   */
  async summarizeConversation(input: SummaryInput, call: CallOptions = {}): Promise<Summary | SummaryAccepted> {
    return this.json({ ...call, method: 'POST', path: '/v1/summaries', json: input, safe: input.callback_url === undefined });
  }

  // ------------------------------------------------------------------ evolution

  /** The memory's chain of versions, oldest first, whichever member is asked for. */
  async evolutionChain(memoryId: string, call: CallOptions = {}): Promise<EvolutionChain> {
    return this.json({ ...call, method: 'GET', path: `/v1/memories/${seg(memoryId)}/chain`, safe: true });
  }

  /** The chain drawn as `mermaid` (default), `dot` or `html` (a self-contained SVG page). */
  async evolutionGraph(memoryId: string, format: EvolutionGraphFormat = 'mermaid', call: CallOptions = {}): Promise<string> {
    const reply = await this.send({ ...call, method: 'GET', path: `/v1/memories/${seg(memoryId)}/graph`, query: { format }, safe: true });
    return reply.text;
  }

  /** What happened to the memory: `markdown` (default) or `text` as a string, `json` as an object. */
  evolutionReport(memoryId: string, format?: 'markdown' | 'text', call?: CallOptions): Promise<string>;
  evolutionReport(memoryId: string, format: 'json', call?: CallOptions): Promise<EvolutionReport>;
  async evolutionReport(memoryId: string, format = 'markdown', call: CallOptions = {}): Promise<string | EvolutionReport> {
    const reply = await this.send({ ...call, method: 'GET', path: `/v1/memories/${seg(memoryId)}/report`, query: { format }, safe: true });
    return format === 'json' ? (JSON.parse(reply.text) as EvolutionReport) : reply.text;
  }

  // ------------------------------------------------------------------ export and import

  /** Every memory of the app with its events and relations (admin scope), read whole. */
  async exportMemories(call: CallOptions = {}): Promise<ExportRecord[]> {
    const out: ExportRecord[] = [];
    for await (const record of this.exportStream(call)) out.push(record);
    return out;
  }

  /** The export as it streams in, one record per NDJSON line: `for await (const r of client.exportStream())`. */
  async *exportStream(call: CallOptions = {}): AsyncGenerator<ExportRecord> {
    for await (const line of this.exportLines(call)) {
      yield JSON.parse(line) as ExportRecord;
    }
  }

  /** The export's raw NDJSON lines (without their newline), streamed. */
  async *exportLines(call: CallOptions = {}): AsyncGenerator<string> {
    const response = await this.transport.open({
      ...call,
      method: 'GET',
      path: '/v1/export',
      headers: { Accept: 'application/x-ndjson', ...call.headers },
      safe: true,
    });
    if (!response.body) return;
    const decoder = new TextDecoder();
    let pending = '';
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        pending += decoder.decode(value, { stream: true });
        let newline: number;
        while ((newline = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, newline);
          pending = pending.slice(newline + 1);
          if (line.trim() !== '') yield line;
        }
      }
      pending += decoder.decode();
      if (pending.trim() !== '') yield pending;
    } finally {
      reader.releaseLock();
      await response.body.cancel().catch(() => undefined);
    }
  }

  /** Imports export lines (NDJSON text or bytes, or records); memories already present are skipped. */
  async importMemories(data: string | Uint8Array | Iterable<ExportRecord | Record<string, unknown>>, call: CallOptions = {}): Promise<ImportResult> {
    let body: string | Uint8Array;
    if (typeof data === 'string' || data instanceof Uint8Array) {
      body = data;
    } else {
      body = Array.from(data, (record) => JSON.stringify(record) + '\n').join('');
    }
    return this.json({
      ...call,
      method: 'POST',
      path: '/v1/import',
      body,
      headers: { 'Content-Type': 'application/x-ndjson', ...call.headers },
      safe: true, // idempotent by id
    });
  }

  // ------------------------------------------------------------------ profiles

  /** Stores what an agent keeps about a caller, living `ttl_hours` (default 24). */
  async saveProfile(profile: ProfileInput, call: CallOptions = {}): Promise<Profile> {
    return this.json({ ...call, method: 'POST', path: '/v1/profiles', json: profile, safe: true });
  }

  /** The live profile with the caller's memory count; NotFoundError when absent. */
  async getProfile(agentId: string, callerId: string, call: CallOptions = {}): Promise<Profile> {
    return this.json({ ...call, method: 'GET', path: `/v1/profiles/${seg(agentId)}/callers/${seg(callerId)}`, safe: true });
  }

  // ------------------------------------------------------------------ analytics and learning

  /** Metrics of a domain (`all`, `memory`, `retrieval` or yours); analytics:read. */
  async analyticsMetrics(domain = 'all', window: Window = {}, call: CallOptions = {}): Promise<Metrics> {
    return this.get(`/v1/analytics/metrics/${seg(domain)}`, { ...window }, call);
  }

  async analyticsDashboard(options: { domain?: string; days?: number } = {}, call: CallOptions = {}): Promise<Dashboard> {
    return this.get('/v1/analytics/dashboard', options, call);
  }

  async analyticsInsights(options: Window & { domain?: string } = {}, call: CallOptions = {}): Promise<Insights> {
    return this.get('/v1/analytics/insights', { ...options }, call);
  }

  async analyticsRealtime(options: { domain?: string } = {}, call: CallOptions = {}): Promise<Realtime> {
    return this.get('/v1/analytics/realtime', options, call);
  }

  /** A typed query: `metrics`, `group_by`, `filters` and a window. */
  async analyticsQuery(query: AnalyticsQuery, call: CallOptions = {}): Promise<QueryResult> {
    return this.json({ ...call, method: 'POST', path: '/v1/analytics/query', json: query, safe: true });
  }

  /** A report (performance, learning, business, executive): json → object, csv/html → string. */
  async analyticsReport(
    type = 'performance',
    domain = 'all',
    options: Window & { format?: 'json' | 'csv' | 'html'; period?: string } = {},
    call: CallOptions = {},
  ): Promise<unknown> {
    const reply = await this.send({ ...call, method: 'GET', path: `/v1/analytics/reports/${seg(type)}/${seg(domain)}`, query: { ...options }, safe: true });
    return (options.format ?? 'json') === 'json' ? JSON.parse(reply.text) : reply.text;
  }

  /** Records one custom analytics event (`event_type`, `domain`, …) or a batch; returns their ids. */
  async recordAnalyticsEvents(events: LearningEvent | LearningEvent[], call: CallOptions = {}): Promise<string[]> {
    const recorded: Recorded = await this.json({ ...call, method: 'POST', path: '/v1/analytics/events', json: events });
    return recorded.ids;
  }

  /**
   * The raw history of the window (`source` learning or memory): `format` ndjson (default) or json
   * → an array of events, csv → the text.
   */
  async exportAnalytics(
    options: Window & { format?: 'ndjson' | 'json' | 'csv'; source?: 'learning' | 'memory' } = {},
    call: CallOptions = {},
  ): Promise<ExportedEvent[] | string> {
    const reply = await this.send({ ...call, method: 'GET', path: '/v1/analytics/export', query: { ...options }, safe: true });
    const format = options.format ?? 'ndjson';
    if (format === 'csv') return reply.text;
    if (format === 'json') return JSON.parse(reply.text) as ExportedEvent[];
    return reply.text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as ExportedEvent);
  }

  /** Records one learning event or a batch (all or none); returns their ids. */
  async recordLearningEvents(events: LearningEvent | LearningEvent[], call: CallOptions = {}): Promise<string[]> {
    const recorded: Recorded = await this.json({ ...call, method: 'POST', path: '/v1/learning/events', json: events });
    return recorded.ids;
  }

  /** Feedback on a memory or a result: `verdict` (useful, not_useful, wrong), `rating` (1–5) or `correct`; returns its id. */
  async recordFeedback(feedback: Feedback, call: CallOptions = {}): Promise<string> {
    const recorded: Recorded = await this.json({ ...call, method: 'POST', path: '/v1/learning/feedback', json: feedback });
    return recorded.ids[0] ?? '';
  }

  /** A page of the raw history, newest first (learning events or memory events). */
  async learningHistory(query: HistoryQuery = {}, call: CallOptions = {}): Promise<HistoryPage> {
    return this.json({ ...call, method: 'POST', path: '/v1/learning/history', json: query, safe: true });
  }

  async learningMetrics(domain: string, window: Window = {}, call: CallOptions = {}): Promise<LearningMetrics> {
    return this.get(`/v1/learning/metrics/${seg(domain)}`, { ...window }, call);
  }

  /** Recurring combinations above the support threshold. */
  async learningPatterns(domain: string, options: Window & { min_support?: number } = {}, call: CallOptions = {}): Promise<Patterns> {
    return this.get(`/v1/learning/patterns/${seg(domain)}`, { ...options }, call);
  }

  /** A metric over time: buckets, moving average, change, forecast. */
  async learningTrends(
    domain: string,
    options: Window & { metric?: string; bucket?: string; moving_average?: number } = {},
    call: CallOptions = {},
  ): Promise<Trends> {
    return this.get(`/v1/learning/trends/${seg(domain)}`, { ...options }, call);
  }

  /** Recommendations with the evidence they rest on. */
  async learningRecommendations(domain: string, window: Window = {}, call: CallOptions = {}): Promise<Recommendations> {
    return this.get(`/v1/learning/recommendations/${seg(domain)}`, { ...window }, call);
  }

  // ------------------------------------------------------------------ metrics and tool sessions (seed 000)

  /** This hour's activity of the app and its open tool sessions; analytics:read. */
  async currentMetrics(call: CallOptions = {}): Promise<CurrentMetrics> {
    return this.get('/v1/metrics/current', {}, call);
  }

  /** Events per hour and source over the last `hours` (default 24, at most 744), oldest first. */
  async metricsHistory(options: HoursOptions = {}, call: CallOptions = {}): Promise<MetricsHistory> {
    return this.get('/v1/metrics/history', { hours: options.hours }, call);
  }

  /** Totals over the last `hours` (default 24): events, events per hour, events by kind. */
  async metricAggregates(options: HoursOptions = {}, call: CallOptions = {}): Promise<MetricAggregates> {
    return this.get('/v1/metrics/aggregates', { hours: options.hours }, call);
  }

  /**
   * One tool's figures over the last `hours` (default 24); a `NotFoundError` (`tool_not_found`) for
   * a tool the app has no session, configuration or events of.
   */
  async toolMetrics(toolId: string, options: HoursOptions = {}, call: CallOptions = {}): Promise<ToolMetrics> {
    return this.get(`/v1/metrics/tool/${seg(toolId)}`, { hours: options.hours }, call);
  }

  /** Two to ten tools side by side (`GET /v1/metrics/compare?tool_ids=a&tool_ids=b`), by tool id. */
  async compareTools(toolIds: readonly string[], options: HoursOptions = {}, call: CallOptions = {}): Promise<ToolComparison> {
    // the route reads tool_ids=a&tool_ids=b (the transport would join an array's values with commas)
    const ids = toolIds.map((id) => `tool_ids=${encodeURIComponent(id)}`).join('&');
    return this.get(`/v1/metrics/compare${ids ? `?${ids}` : ''}`, { hours: options.hours }, call);
  }

  /**
   * Starts a session of a tool (an agent or client of the app); analytics:write or memories:write.
   * Calls sent with the header `X-Engram-Tool: <toolId>` (the `headers` call or client option) are
   * attributed to the tool and counted in its session's `activity`.
   */
  async startToolSession(toolId: string, options: StartToolSessionOptions = {}, call: CallOptions = {}): Promise<ToolSession> {
    return this.json({
      ...call,
      method: 'POST',
      path: '/v1/tool-sessions/start',
      json: { tool_id: toolId, user_id: options.user_id, metadata: options.metadata },
    });
  }

  /** Ends a session, with what it did; a `ConflictError` (409) when it has already ended. */
  async endToolSession(sessionId: string, call: CallOptions = {}): Promise<ToolSession> {
    return this.json({ ...call, method: 'POST', path: `/v1/tool-sessions/${seg(sessionId)}/end` });
  }

  /** The open tool sessions (of one tool with `tool_id`), newest first. */
  async activeToolSessions(options: { tool_id?: string } = {}, call: CallOptions = {}): Promise<ToolSession[]> {
    const active: { sessions: ToolSession[] } = await this.get('/v1/tool-sessions/active', { tool_id: options.tool_id }, call);
    return active.sessions;
  }

  /** A session and its activity so far; a `NotFoundError` for a session of another app. */
  async getToolSession(sessionId: string, call: CallOptions = {}): Promise<ToolSession> {
    return this.get(`/v1/tool-sessions/${seg(sessionId)}`, {}, call);
  }

  /** A tool's configuration (`{}` and version 0 before the first `setToolConfig`). */
  async getToolConfig(toolId: string, call: CallOptions = {}): Promise<ToolConfig> {
    return this.get(`/v1/tools/${seg(toolId)}/config`, {}, call);
  }

  /**
   * Replaces a tool's configuration (a JSON object of at most 16 KB); its version goes up by one. The
   * tool must be known to the app (a session or events): a `NotFoundError` otherwise.
   */
  async setToolConfig(toolId: string, config: Record<string, unknown>, call: CallOptions = {}): Promise<ToolConfig> {
    return this.json({ ...call, method: 'PUT', path: `/v1/tools/${seg(toolId)}/config`, json: { config } });
  }

  // ------------------------------------------------------------------ the key, the server, any route

  /** The organization, app and scopes the API key stands for. */
  async whoami(call: CallOptions = {}): Promise<WhoAmI> {
    return this.json({ ...call, method: 'GET', path: '/v1/whoami', safe: true });
  }

  /** The server's overall health (`GET /health`). */
  async health(call: CallOptions = {}): Promise<{ status?: string } & Record<string, unknown>> {
    return this.json({ ...call, method: 'GET', path: '/health', safe: true });
  }

  /** A single-use ticket for one WebSocket or EventSource connection. */
  async realtimeTicket(call: CallOptions = {}): Promise<RealtimeTicket> {
    return this.json({ ...call, method: 'POST', path: '/v1/realtime/tickets' });
  }

  /**
   * Any other route of the native API, with this client's key, retries and errors. Returns the
   * decoded JSON, the text of a non-JSON answer, or undefined for an empty one. GET, HEAD, PUT and
   * DELETE are retried after failures; POST and PATCH only on 429 and 503.
   */
  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const verb = method.toUpperCase();
    const reply = await this.send({ ...options, method: verb, path, safe: ['GET', 'HEAD', 'PUT', 'DELETE'].includes(verb) });
    return decode(reply) as T;
  }

  // ------------------------------------------------------------------ plumbing

  protected send(call: Parameters<Transport['send']>[0]): Promise<Reply> {
    return this.transport.send(call);
  }

  protected async json<T>(call: Parameters<Transport['send']>[0]): Promise<T> {
    const reply = await this.transport.send(call);
    return (reply.text === '' ? undefined : JSON.parse(reply.text)) as T;
  }

  private get<T>(path: string, query: Record<string, unknown>, call: CallOptions): Promise<T> {
    return this.json({ ...call, method: 'GET', path, query: query as Query, safe: true });
  }

  private write<T>(method: string, path: string, body: unknown, options: WriteOptions): Promise<T> {
    const { idempotencyKey, ...call } = options;
    return this.json({
      ...call,
      method,
      path,
      json: body,
      headers: { 'Idempotency-Key': idempotencyKey ?? randomId(), ...call.headers },
      safe: true,
    });
  }
}

/** One path segment, escaped (a '+' in a phone number stays a plus). */
export function seg(value: string): string {
  if (value === undefined || value === null || String(value) === '') throw new TypeError('an id must not be empty');
  return encodeURIComponent(String(value));
}

export function taskId(task: TaskRef): string {
  if (typeof task === 'string') return task;
  if ('task_id' in task) return task.task_id;
  return task.id;
}

function listQuery(options: ListOptions): Query {
  const { metadata, ...rest } = options;
  const query: Query = { ...rest };
  for (const [key, value] of Object.entries(metadata ?? {})) query[`metadata.${key}`] = value;
  return query;
}

/** Dates as ISO strings, undefined fields left out. */
function wire<T extends object>(input: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}


function randomId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}-${Math.random().toString(16).slice(2)}`;
}
