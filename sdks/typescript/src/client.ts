/** The client users construct: the native API plus seed 001's method names. */
import { EngramApi, type EvolutionReport, type WriteOptions } from './api.js';
import { MemoryBatcher, type BatcherOptions } from './batcher.js';
import { EngramError } from './errors.js';
import { retryPolicy, type RetryPolicy } from './retry.js';
import { type CallOptions, Transport, VERSION } from './transport.js';
import type {
  AgentMemories,
  AgentMemoryInput,
  Answer,
  Buffered,
  EvolutionChain,
  EvolutionGraphFormat,
  EvolutionReportFormat,
  Memory,
  Message,
  Queued,
  SearchHit,
  Summary,
  SummaryAccepted,
  SummaryInput,
} from './types.js';

export interface EngramOptions {
  /** The server, e.g. `http://localhost:8080`; default `ENGRAM_URL` (Node), else that. */
  baseUrl?: string | undefined;
  /** An API key (`eng_…`), sent as `Authorization: Bearer …`; default `ENGRAM_API_KEY` (Node). */
  apiKey?: string | undefined;
  /** Milliseconds per attempt (until the whole body is read); default 30,000. */
  timeoutMs?: number | undefined;
  /** The retry policy; any field left out keeps its default. */
  retry?: Partial<RetryPolicy> | undefined;
  /** Overrides only the retry count (0 turns retrying off). */
  maxRetries?: number | undefined;
  /** Extra headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** Requests in flight at once; the rest wait their turn. Default 10. */
  maxConcurrency?: number | undefined;
  /** A fetch to use instead of the platform's. */
  fetch?: typeof fetch | undefined;
}

/** Seed 001's calls name the app; the API key already does, so `app_id` is accepted and not sent. */
export interface SeedApp {
  app_id?: string | undefined;
}

export interface SeedQuery extends SeedApp {
  query: string;
  user_id?: string | undefined;
  session_id?: string | undefined;
  n_results?: number | undefined;
  similarity_threshold?: number | undefined;
}

/** A search hit with seed 001's `document` (the memory's content) beside the native fields. */
export type SeedHit = SearchHit & { document: string };

export type ChainRef = string | EvolutionChain | { memory_id: string } | ReadonlyArray<{ id: string }>;

export const DEFAULT_URL = 'http://localhost:8080';

/**
 * A client of Engram's native API. Every method maps to one route; the API key decides the app.
 *
 * ```ts
 * const engram = new Engram({ baseUrl: 'http://localhost:8080', apiKey: 'eng_…' });
 * const hits = await engram.search('where does Ana like to sit?', { user_id: 'ana' });
 * ```
 */
export class Engram extends EngramApi {
  constructor(options: EngramOptions = {}) {
    const env = environment();
    const apiKey = options.apiKey ?? env['ENGRAM_API_KEY'];
    const maxConcurrency = options.maxConcurrency ?? 10;
    if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) throw new RangeError('maxConcurrency must be at least 1');
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (env['__node']) headers['User-Agent'] = `engram-typescript/${VERSION}`;
    if (apiKey) headers['Authorization'] = `Bearer ${apiKey}`;
    const platformFetch = options.fetch ?? globalThis.fetch;
    if (typeof platformFetch !== 'function') throw new TypeError('no fetch: use Node 20+ or a browser, or pass options.fetch');
    super(
      new Transport({
        baseUrl: (options.baseUrl ?? env['ENGRAM_URL'] ?? DEFAULT_URL).replace(/\/+$/, ''),
        apiKey,
        timeoutMs: options.timeoutMs ?? 30_000,
        retry: retryPolicy(options.retry, options.maxRetries),
        headers: { ...headers, ...options.headers },
        maxConcurrency,
        fetch: platformFetch.bind(globalThis),
      }),
    );
  }

  /** The effective retry policy. */
  get retry(): Readonly<RetryPolicy> {
    return this.transport.settings.retry;
  }

  /** A client-side batcher that sends a conversation each `maxMessages` messages. */
  batcher(options: BatcherOptions): MemoryBatcher {
    return new MemoryBatcher(this, options);
  }

  // ------------------------------------------------------------------ seed 001's names

  /** Seed 001's `add_memory`: a conversation (10 messages) queued for synthesis; `wait()` on it. */
  async addMemory(request: SeedApp & { user_id: string; messages: Message[]; session_id?: string | undefined }, options: WriteOptions = {}): Promise<Queued> {
    const { app_id: _, ...conversation } = request;
    return this.addConversation(conversation, options);
  }

  /** The agent fast path (seed 001's `add_agent_memory`): a text, or messages, saved without resolution. */
  override async addAgentMemory(input: AgentMemoryInput & SeedApp, options: WriteOptions = {}): Promise<AgentMemories> {
    const { app_id: _, ...rest } = input;
    return super.addAgentMemory(rest, options);
  }

  /** Seed 001's `query_memory`: the hits of `search`, each with `document` (the content). */
  async queryMemory(request: SeedQuery, call: CallOptions = {}): Promise<SeedHit[]> {
    const result = await this.search(
      request.query,
      {
        user_id: request.user_id,
        limit: request.n_results,
        similarity_threshold: request.similarity_threshold,
        filters: request.session_id === undefined ? undefined : { session_id: request.session_id },
      },
      call,
    );
    return result.results.map((hit) => ({ ...hit, document: hit.memory.content }));
  }

  /** A memory in any status (NotFoundError when none); seed 001's `{ memory_id, app_id }` works too. */
  override async getMemory(memory: string | (SeedApp & { memory_id: string }), call: CallOptions = {}): Promise<Memory> {
    return super.getMemory(typeof memory === 'string' ? memory : memory.memory_id, call);
  }

  /** Marks a memory deleted and returns it; seed 001's `{ doc_id, app_id }` works too. */
  override async deleteMemory(memory: string | (SeedApp & { doc_id?: string; memory_id?: string }), options: CallOptions & { reason?: string } = {}): Promise<Memory> {
    const id = typeof memory === 'string' ? memory : (memory.memory_id ?? memory.doc_id);
    if (!id) throw new TypeError('memory_id (or doc_id) is required');
    return super.deleteMemory(id, options);
  }

  /** Summarizes messages (seed 001's `summarize_conversation`): at once, or to `callback_url`. */
  override async summarizeConversation(input: SummaryInput & SeedApp, call: CallOptions = {}): Promise<Summary | SummaryAccepted> {
    const { app_id: _, ...rest } = input;
    return super.summarizeConversation(rest, call);
  }

  /** Seed 001's `memory_batcher_add_message`: the server's session batcher (session `default` when none). */
  async memoryBatcherAddMessage(
    request: SeedApp & { user_id: string; role: string; content: string; session_id?: string | undefined; id?: string | undefined },
    call: CallOptions = {},
  ): Promise<Buffered> {
    const { user_id, role, content, id } = request;
    if (!user_id || !role || typeof content !== 'string') throw new TypeError('user_id, role and content are required');
    const message = id === undefined ? { user_id, role, content } : { user_id, role, content, id };
    return this.addSessionMessage(request.session_id ?? 'default', message, call);
  }

  /** Seed 001's `traverse_memory_evolution_chain`: the chain of versions, oldest first. */
  async traverseMemoryEvolutionChain(memory: string | (SeedApp & { memory_id: string }), call: CallOptions = {}): Promise<EvolutionChain> {
    return this.evolutionChain(typeof memory === 'string' ? memory : memory.memory_id, call);
  }

  /** Seed 001's `generate_evolution_graph`: the chain (or a memory id) drawn as mermaid, dot or html. */
  async generateEvolutionGraph(chain: ChainRef, format: EvolutionGraphFormat = 'mermaid', call: CallOptions = {}): Promise<string> {
    return this.evolutionGraph(chainId(chain), format, call);
  }

  /** Seed 001's `generate_evolution_report`: markdown or text (a string), json (an object). */
  generateEvolutionReport(chain: ChainRef, format?: 'markdown' | 'text', call?: CallOptions): Promise<string>;
  generateEvolutionReport(chain: ChainRef, format: 'json', call?: CallOptions): Promise<EvolutionReport>;
  async generateEvolutionReport(chain: ChainRef, format: EvolutionReportFormat = 'markdown', call: CallOptions = {}): Promise<string | EvolutionReport> {
    return format === 'json' ? this.evolutionReport(chainId(chain), 'json', call) : this.evolutionReport(chainId(chain), format, call);
  }

  /** Seed 001's `answer_query`: `answer` with the seed's parameter names. */
  async answerQuery(request: SeedQuery, call: CallOptions = {}): Promise<Answer> {
    if (!request.user_id) throw new TypeError('user_id is required: an answer draws on one user\'s memories');
    return this.answer(
      request.query,
      { user_id: request.user_id, session_id: request.session_id, n: request.n_results, threshold: request.similarity_threshold },
      call,
    );
  }

  /**
   * Seed 001's `warm_up`: checks the server (`/health`) and the key (`/v1/whoami`). True when both
   * answer, false otherwise (it does not throw for those).
   */
  async warmUp(call: CallOptions = {}): Promise<boolean> {
    try {
      const health = await this.health(call);
      await this.whoami(call);
      return health.status === undefined || health.status.toUpperCase() === 'UP';
    } catch (error) {
      if (error instanceof EngramError) return false;
      throw error;
    }
  }

  /**
   * Seed 001's `get_connection_pool_stats`, for this client: fetch pools connections itself, so
   * the figures are the client's concurrency slots (`max_connections`), requests in flight
   * (`active_handlers`), free slots (`available_handlers`), calls waiting for a slot, and the
   * requests and retries sent so far.
   */
  getConnectionPoolStats(): {
    max_connections: number;
    active_handlers: number;
    available_handlers: number;
    waiting: number;
    requests: number;
    retries: number;
    base_url: string;
  } {
    const stats = this.transport.stats();
    const max = this.transport.settings.maxConcurrency;
    return {
      max_connections: max,
      active_handlers: stats.inFlight,
      available_handlers: max - stats.inFlight,
      waiting: stats.waiting,
      requests: stats.requests,
      retries: stats.retries,
      base_url: this.baseUrl,
    };
  }
}

/** The memory id of a chain argument: an id, an EvolutionChain, `{ memory_id }`, or a list of versions. */
export function chainId(chain: ChainRef): string {
  if (typeof chain === 'string') return chain;
  if (Array.isArray(chain)) {
    const first = chain[0];
    if (!first) throw new TypeError('the chain is empty');
    return first.id;
  }
  if ('memory_id' in chain) return chain.memory_id;
  throw new TypeError('pass a memory id or the chain traverseMemoryEvolutionChain returned');
}

function environment(): Record<string, string | undefined> {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined>; versions?: { node?: string } } }).process;
  return { ...(process?.env ?? {}), __node: process?.versions?.node };
}
