/**
 * The API's models, taken from the generated OpenAPI types (src/generated/openapi.ts), and the
 * inputs of the SDK's methods, checked at compile time against the document's request schemas.
 */
import type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];

/**
 * A schema as JSON arrives: the document describes free-form objects (metadata, details) as maps
 * of empty objects; they become `Record<string, unknown>`.
 */
export type Json<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : string extends keyof T
      ? [T[string & keyof T]] extends [never]
        ? unknown
        : Record<string, Json<T[string & keyof T]>>
      : { [K in keyof T]: Json<T[K]> };

/** A schema of the OpenAPI document by name, e.g. `Schema<'MemoryViews.MemoryView'>`. */
export type Schema<N extends keyof Schemas> = Json<Schemas[N]>;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<R> = R extends { 200: infer S } ? JsonBody<S> : R extends { 201: infer S } ? JsonBody<S> : never;

/** What a route of the document answers on success, e.g. `Reply<'/v1/analytics/realtime', 'get'>`. */
export type Reply<P extends keyof paths, M extends Method> = Json<
  paths[P][M] extends { responses: infer R } ? Success<R> : never
>;

export type Memory = Schema<'MemoryViews.MemoryView'>;
export type MemoryPage = Schema<'MemoryViews.Page'>;
export type MemoryEvent = Schema<'MemoryViews.EventView'>;
export type AddResult = Schema<'MemoryViews.Added'>;
export type WriteResult = Schema<'MemoryViews.ResultView'>;
export type Erased = Schema<'MemoryViews.Erased'>;
export type Relation = Schema<'MemoryViews.RelationView'>;
export type Related = Schema<'MemoryViews.RelatedView'>;
export type Entity = Schema<'EntityController.EntityView'>;
export type Entities = Schema<'EntityController.EntitiesView'>;
export type EntityMemories = Schema<'EntityController.EntityMemoriesView'>;
export type SearchResult = Schema<'MemoryViews.SearchResponse'>;
export type SearchHit = Schema<'MemoryViews.HitView'>;
export type Answer = Schema<'AnswerController.AnswerResponse'>;
export type AgentMemories = Schema<'AgentMemoryController.Saved'>;
export type Queued = Schema<'IngestBodies.Queued'>;
export type Task = Schema<'IngestBodies.TaskView'>;
export type Buffered = Schema<'IngestBodies.Buffered'>;
export type Summary = Schema<'SummaryController.SyncSummary'>;
export type SummaryAccepted = Schema<'SummaryController.Accepted'>;
export type EvolutionChain = Schema<'EvolutionViews.ChainView'>;
export type EvolutionVersion = Schema<'EvolutionViews.VersionView'>;
export type ImportResult = Schema<'TransferController.ImportResponse'>;
export type Profile = Schema<'ProfileController.ProfileView'>;
export type WhoAmI = Schema<'WhoAmIController.WhoAmI'>;
export type RealtimeTicket = Schema<'TicketController.TicketView'>;
export type Recorded = Schema<'LearningController.Recorded'>;
export type ApiErrorBody = Schema<'ApiError.Body'>;
export type LearningEvent = Schema<'AnalyticsSchemas.LearningEventBody'>;
export type Feedback = Schema<'AnalyticsSchemas.FeedbackBody'>;
export type HistoryQuery = Schema<'AnalyticsSchemas.HistoryQuery'>;
export type AnalyticsQuery = Schema<'AnalyticsSchemas.Query'>;
export type ExportedEvent = Schema<'AnalyticsSchemas.ExportedEvent'>;
export type Metrics = Reply<'/v1/analytics/metrics/{domain}', 'get'>;
export type Dashboard = Reply<'/v1/analytics/dashboard', 'get'>;
export type Insights = Reply<'/v1/analytics/insights', 'get'>;
export type Realtime = Reply<'/v1/analytics/realtime', 'get'>;
export type QueryResult = Reply<'/v1/analytics/query', 'post'>;
export type HistoryPage = Reply<'/v1/learning/history', 'post'>;
export type LearningMetrics = Reply<'/v1/learning/metrics/{domain}', 'get'>;
export type Patterns = Reply<'/v1/learning/patterns/{domain}', 'get'>;
export type Trends = Reply<'/v1/learning/trends/{domain}', 'get'>;
export type Recommendations = Reply<'/v1/learning/recommendations/{domain}', 'get'>;
export type CurrentMetrics = Schema<'AnalyticsSchemas.CurrentMetrics'>;
export type HourPoint = Schema<'AnalyticsSchemas.HourPoint'>;
export type MetricsHistory = Schema<'AnalyticsSchemas.MetricsHistory'>;
export type MetricAggregates = Schema<'AnalyticsSchemas.Aggregates'>;
export type ToolMetrics = Schema<'AnalyticsSchemas.ToolMetrics'>;
export type ToolComparison = Schema<'AnalyticsSchemas.Comparison'>;
export type ToolSession = Schema<'AnalyticsSchemas.ToolSession'>;
export type SessionActivity = Schema<'AnalyticsSchemas.Activity'>;
export type ToolConfig = Schema<'AnalyticsSchemas.ToolConfig'>;

/** One export line: a memory with its events and the relations it starts. */
export interface ExportRecord {
  memory: Memory;
  events: MemoryEvent[];
  relations: Relation[];
}

/**
 * A chat message; `id` makes a re-sent message recognisable; `name` is the speaker's name
 * (optional), which extraction writes instead of "User".
 */
export interface Message {
  role: string;
  content: string;
  id?: string | undefined;
  created_at?: string | undefined;
  name?: string | undefined;
}

type When = string | Date;

/** Fields of one memory (`POST /v1/memories`); dates may be `Date`s. */
export interface MemoryInput {
  content: string;
  user_id?: string | undefined;
  session_id?: string | undefined;
  agent_id?: string | undefined;
  run_id?: string | undefined;
  /** semantic, episodic, procedural, … */
  type?: string | undefined;
  context?: string | undefined;
  category?: string | undefined;
  tags?: string[] | undefined;
  /** 1–10 */
  importance?: number | undefined;
  metadata?: Record<string, unknown> | undefined;
  valid_from?: When | undefined;
  expires_at?: When | undefined;
  ttl_seconds?: number | undefined;
  sources?: Array<{ conversation_id?: string; message_ids?: string[] }> | undefined;
}

export interface CreateMemoryInput extends MemoryInput {
  user_id: string;
  /** Default true: a paraphrase reinforces, a contradiction supersedes, a retraction deletes. */
  resolve?: boolean | undefined;
}

export interface CreateMemoriesInput {
  /** Up to 1,000 texts or memories; each inherits the ids below. */
  memories: Array<string | MemoryInput>;
  user_id?: string | undefined;
  session_id?: string | undefined;
  agent_id?: string | undefined;
  run_id?: string | undefined;
  resolve?: boolean | undefined;
}

export interface UpdateMemoryInput {
  content?: string | undefined;
  context?: string | undefined;
  type?: string | undefined;
  category?: string | undefined;
  tags?: string[] | undefined;
  importance?: number | undefined;
  metadata?: Record<string, unknown> | undefined;
  valid_from?: When | undefined;
  valid_to?: When | undefined;
  expires_at?: When | undefined;
  /** Guards against lost updates: a 409 ConflictError when the memory moved on. */
  expected_version?: number | undefined;
}

/** Filters of `GET /v1/memories`. */
export interface ListFilters {
  user_id?: string | undefined;
  session_id?: string | undefined;
  agent_id?: string | undefined;
  run_id?: string | undefined;
  types?: string[] | undefined;
  categories?: string[] | undefined;
  tags?: string[] | undefined;
  statuses?: string[] | undefined;
  min_importance?: number | undefined;
  start?: When | undefined;
  end?: When | undefined;
  valid_at?: When | undefined;
  /** Equality on metadata keys (sent as `metadata.<key>=value`). */
  metadata?: Record<string, string | number | boolean> | undefined;
  /** created_at, updated_at, importance */
  sort_by?: string | undefined;
  /** asc or desc */
  order?: string | undefined;
}

export interface ListOptions extends ListFilters {
  limit?: number | undefined;
  offset?: number | undefined;
  cursor?: string | undefined;
}

/** The kinds of entity the rules find in memories. */
export type EntityKind = 'person' | 'place' | 'organization' | 'product' | 'date';

/** `GET /v1/users/{user_id}/entities`: one kind only; at most `limit` (1 to 1000, default 100). */
export interface EntitiesOptions {
  kind?: EntityKind | undefined;
  limit?: number | undefined;
}

/** `POST /v1/tool-sessions/start` besides the tool id: the user it works for and free-form metadata. */
export interface StartToolSessionOptions {
  user_id?: string | undefined;
  metadata?: Record<string, unknown> | undefined;
}

/** The metrics routes' window: the last `hours` (1 to 744, default 24). */
export interface HoursOptions {
  hours?: number | undefined;
}

/** `GET /v1/users/{user_id}/entities/{entity}/memories`: at most `limit` (1 to 1000, default 100). */
export interface EntityMemoriesOptions {
  limit?: number | undefined;
}

export interface SearchFilters {
  session_id?: string | undefined;
  agent_id?: string | undefined;
  run_id?: string | undefined;
  types?: string[] | undefined;
  categories?: string[] | undefined;
  tags?: string[] | undefined;
  statuses?: string[] | undefined;
  min_importance?: number | undefined;
  date_range?: { start?: string | undefined; end?: string | undefined } | undefined;
  valid_at?: string | undefined;
  metadata?: Record<string, unknown> | undefined;
}

export interface SearchOptions {
  user_id?: string | undefined;
  /** Default 10. */
  limit?: number | undefined;
  similarity_threshold?: number | undefined;
  composite_threshold?: number | undefined;
  filters?: SearchFilters | undefined;
  /** hybrid (default), vector or keyword */
  mode?: string | undefined;
  exact?: boolean | undefined;
}

export interface AnswerOptions {
  user_id: string;
  session_id?: string | undefined;
  /** Memories to retrieve, 1–50 (default 5). */
  n?: number | undefined;
  /** Lowest cosine similarity of a memory to count, 0–1. */
  threshold?: number | undefined;
}

export interface AgentMemoryInput {
  /** A text, or messages. */
  messages: string | Message[];
  user_id: string;
  session_id?: string | undefined;
  agent_id?: string | undefined;
  type?: string | undefined;
  category?: string | undefined;
  tags?: string[] | undefined;
  importance?: number | undefined;
  metadata?: Record<string, unknown> | undefined;
}

export interface ConversationInput {
  messages: Message[];
  user_id: string;
  session_id?: string | undefined;
  agent_id?: string | undefined;
  /** Accept fewer than the server's `engram.ingest.max-messages` (10). */
  partial?: boolean | undefined;
}

export interface SummaryInput {
  messages: string | Message[];
  user_id: string;
  session_id?: string | undefined;
  /** Where the full summary is POSTed later; without it the short form returns at once. */
  callback_url?: string | undefined;
  callback_headers?: Record<string, string> | undefined;
}

export interface ProfileInput {
  agent_id: string;
  caller_id: string;
  profile_data: Record<string, unknown>;
  /** Default 24. */
  ttl_hours?: number | undefined;
}

export type EvolutionGraphFormat = 'mermaid' | 'dot' | 'html';
export type EvolutionReportFormat = 'markdown' | 'text' | 'json';

/** A window of analytics reads. */
export interface Window {
  from?: When | undefined;
  to?: When | undefined;
  days?: number | undefined;
}

// ------------------------------------------------------------------ checked against the document
// Each input must be assignable to the request schema of its route: a field the API renames,
// drops or retypes fails the SDK's build (`npm run build`) after `npm run gen:openapi`.

type Wire<T> = {
  [K in keyof T]: K extends 'memories' ? Array<Wire<MemoryInput>> : Exclude<T[K], Date>;
};
/** B fits A, and B has no field A lacks (a renamed or removed field fails too). */
type Assignable<A, B extends A & { [K in Exclude<keyof B, keyof A>]: never }> = B;
/** The route still answers with a described JSON body (not never, not a bare unknown). */
type IsDescribed<T> = [T] extends [never] ? false : unknown extends T ? false : true;
type Typed<T extends true> = T;

export type Checks = [
  Assignable<Schema<'MemoryBodies.MemoryBody'>, Wire<CreateMemoryInput>>,
  Assignable<Schema<'MemoryBodies.MemoryBody'>, Wire<CreateMemoriesInput>>,
  Assignable<Schema<'MemoryBodies.PatchBody'>, Wire<UpdateMemoryInput>>,
  Assignable<Schema<'MemoryBodies.SearchBody'>, SearchOptions & { query: string }>,
  Assignable<Schema<'AnswerController.AnswerBody'>, AnswerOptions & { query: string }>,
  Assignable<Schema<'AgentMemoryController.AgentMemoryBody'>, AgentMemoryInput>,
  Assignable<Schema<'IngestBodies.ConversationBody'>, ConversationInput>,
  Assignable<Schema<'IngestBodies.SessionMessagesBody'>, { user_id: string; messages: Message[] }>,
  Assignable<Schema<'IngestBodies.SessionMessagesBody'>, { user_id: string } & Message>,
  Assignable<Schema<'SummaryController.SummaryBody'>, SummaryInput>,
  Assignable<Schema<'ProfileController.ProfileBody'>, ProfileInput>,
  Assignable<Schema<'MemoryBodies.RelationBody'>, { target_id: string; type: string }>,
  Assignable<NonNullable<operations['listUserEntities']['parameters']['query']>, EntitiesOptions>,
  Assignable<NonNullable<operations['listEntityMemories']['parameters']['query']>, EntityMemoriesOptions>,
  Typed<IsDescribed<Reply<'/v1/users/{user_id}/entities', 'get'>>>,
  Typed<IsDescribed<Reply<'/v1/users/{user_id}/entities/{entity}/memories', 'get'>>>,
  Typed<IsDescribed<Metrics>>,
  Typed<IsDescribed<Dashboard>>,
  Typed<IsDescribed<Insights>>,
  Typed<IsDescribed<Realtime>>,
  Typed<IsDescribed<QueryResult>>,
  Typed<IsDescribed<HistoryPage>>,
  Typed<IsDescribed<LearningMetrics>>,
  Typed<IsDescribed<Patterns>>,
  Typed<IsDescribed<Trends>>,
  Typed<IsDescribed<Recommendations>>,
  Typed<IsDescribed<Recorded>>,
  Assignable<Schema<'AnalyticsSchemas.StartSession'>, StartToolSessionOptions & { tool_id: string }>,
  Assignable<NonNullable<operations['getMetricHistory']['parameters']['query']>, HoursOptions>,
  Assignable<NonNullable<operations['getMetricAggregates']['parameters']['query']>, HoursOptions>,
  Assignable<NonNullable<operations['getToolMetrics']['parameters']['query']>, HoursOptions>,
  Assignable<NonNullable<operations['compareMetrics']['parameters']['query']>, HoursOptions & { tool_ids: string[] }>,
  Assignable<NonNullable<operations['listActiveToolSessions']['parameters']['query']>, { tool_id?: string }>,
  Typed<IsDescribed<Reply<'/v1/metrics/current', 'get'>>>,
  Typed<IsDescribed<Reply<'/v1/metrics/history', 'get'>>>,
  Typed<IsDescribed<Reply<'/v1/metrics/aggregates', 'get'>>>,
  Typed<IsDescribed<Reply<'/v1/metrics/tool/{toolId}', 'get'>>>,
  Typed<IsDescribed<Reply<'/v1/metrics/compare', 'get'>>>,
  Typed<IsDescribed<Reply<'/v1/tool-sessions/start', 'post'>>>,
  Typed<IsDescribed<Reply<'/v1/tool-sessions/{sessionId}/end', 'post'>>>,
  Typed<IsDescribed<Reply<'/v1/tool-sessions/active', 'get'>>>,
  Typed<IsDescribed<Reply<'/v1/tool-sessions/{sessionId}', 'get'>>>,
  Typed<IsDescribed<Reply<'/v1/tools/{toolId}/config', 'get'>>>,
  Typed<IsDescribed<Reply<'/v1/tools/{toolId}/config', 'put'>>>,
];
