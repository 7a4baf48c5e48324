/** Requests over the platform's fetch: the key, timeouts, retries, typed errors, a concurrency cap. */
import { EngramConnectionError, EngramError, EngramTimeoutError, errorFor } from './errors.js';
import { backoffMs, parseRetryAfter, retryableStatus, type RetryPolicy } from './retry.js';

export const VERSION = '0.1.0';

export type QueryValue = string | number | boolean | Date | readonly string[] | null | undefined;
export type Query = Record<string, QueryValue>;

/** Per-call options every method accepts as its last argument. */
export interface CallOptions {
  /** Cancels the call (and its retries). */
  signal?: AbortSignal | undefined;
  /** This call's timeout in milliseconds, instead of the client's. */
  timeoutMs?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
}

/** One request: what to send and whether it may be repeated. */
export interface Call extends CallOptions {
  method: string;
  path: string;
  query?: Query | undefined;
  json?: unknown;
  body?: string | Uint8Array | undefined;
  /** Safe to repeat after a timeout or a 5xx: reads, and writes carrying an Idempotency-Key. */
  safe?: boolean | undefined;
}

export interface Settings {
  baseUrl: string;
  apiKey: string | undefined;
  timeoutMs: number;
  retry: RetryPolicy;
  headers: Record<string, string>;
  maxConcurrency: number;
  fetch: typeof fetch;
}

/** A response read whole. */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

/** Counters of the client's requests (seed 001's get_connection_pool_stats reads them). */
export interface TransportStats {
  inFlight: number;
  waiting: number;
  requests: number;
  retries: number;
}

const NOTHING_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

export class Transport {
  readonly settings: Settings;
  private readonly slots: Slots;
  private requests = 0;
  private retries = 0;
  /** Replaceable in tests. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void> = sleep;

  constructor(settings: Settings) {
    this.settings = settings;
    this.slots = new Slots(settings.maxConcurrency);
  }

  stats(): TransportStats {
    return { inFlight: this.slots.busy, waiting: this.slots.waiting, requests: this.requests, retries: this.retries };
  }

  /** Sends a call, retrying as the policy allows; the body is read whole. Throws typed errors. */
  async send(call: Call): Promise<Reply> {
    return this.attempts(call, async (response, done) => {
      try {
        return { status: response.status, headers: response.headers, text: await response.text() };
      } finally {
        done();
      }
    });
  }

  /**
   * Sends a call and hands back the open response (status < 400) for the caller to stream; the
   * timeout covers the wait for the headers, the body is read at the caller's pace.
   */
  async open(call: Call): Promise<Response> {
    return this.attempts(call, async (response, done) => {
      done();
      return response;
    });
  }

  private async attempts<T>(call: Call, read: (r: Response, done: () => void) => Promise<T>): Promise<T> {
    const policy = this.settings.retry;
    for (let attempt = 0; ; attempt++) {
      let wait: number | undefined;
      let failure: EngramError;
      try {
        return await this.once(call, read);
      } catch (error) {
        if (!(error instanceof Attempt)) throw error;
        failure = error.failure;
        wait = attempt < policy.maxRetries ? error.waitMs(policy, attempt, call.safe === true) : undefined;
      }
      if (wait === undefined) throw failure;
      this.retries++;
      await this.sleep(wait, call.signal);
    }
  }

  private async once<T>(call: Call, read: (r: Response, done: () => void) => Promise<T>): Promise<T> {
    call.signal?.throwIfAborted();
    await this.slots.acquire(call.signal);
    const controller = new AbortController();
    const timeoutMs = call.timeoutMs ?? this.settings.timeoutMs;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort(call.signal?.reason);
    call.signal?.addEventListener('abort', onAbort, { once: true });
    let released = false;
    const done = () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
      this.slots.release();
    };
    try {
      this.requests++;
      const response = await this.settings.fetch(this.url(call), this.init(call, controller.signal));
      if (response.status >= 400) {
        const text = await response.text();
        done();
        throw Attempt.fromResponse(response, text);
      }
      return await read(response, done);
    } catch (error) {
      done();
      if (error instanceof Attempt) throw error;
      if (call.signal?.aborted) throw call.signal.reason ?? error;
      if (timedOut) {
        throw new Attempt(new EngramTimeoutError(`no response in ${timeoutMs} ms: ${call.method} ${call.path}`, { cause: error }), true);
      }
      if (error instanceof EngramError) throw error;
      const code = causeCode(error);
      throw new Attempt(
        new EngramConnectionError(`could not reach Engram at ${this.settings.baseUrl}: ${code ?? String(error)}`, { cause: error }),
        true,
        code !== undefined && NOTHING_SENT.has(code),
      );
    }
  }

  url(call: Pick<Call, 'path' | 'query'>): string {
    const url = new URL(this.settings.baseUrl + call.path);
    for (const [name, value] of Object.entries(call.query ?? {})) {
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) {
        if (value.length > 0) url.searchParams.append(name, value.join(','));
      } else {
        url.searchParams.append(name, value instanceof Date ? value.toISOString() : String(value));
      }
    }
    return url.toString();
  }

  private init(call: Call, signal: AbortSignal): RequestInit {
    const headers: Record<string, string> = { ...this.settings.headers, ...call.headers };
    let body: BodyInit | undefined;
    if (call.json !== undefined) {
      body = JSON.stringify(call.json);
      headers['Content-Type'] ??= 'application/json';
    } else if (call.body !== undefined) {
      body = call.body as BodyInit;
    }
    return { method: call.method, headers, body: body ?? null, signal };
  }
}

/** A failed attempt: the error to throw, and whether a retry may follow. */
class Attempt extends Error {
  constructor(
    readonly failure: EngramError,
    private readonly transport: boolean,
    private readonly nothingSent = false,
    private readonly status = 0,
    private readonly retryAfterMs?: number,
  ) {
    super(failure.message);
  }

  static fromResponse(response: Response, text: string): Attempt {
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    const failure = errorFor(response.status, body, body === undefined ? text : '', {
      requestId: response.headers.get('X-Request-Id') ?? undefined,
      retryAfter: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
    });
    return new Attempt(failure, false, false, response.status, retryAfterMs);
  }

  /** Milliseconds to wait before the next attempt, or undefined when this failure is final. */
  waitMs(policy: RetryPolicy, attempt: number, safe: boolean): number | undefined {
    if (this.transport) {
      return safe || this.nothingSent ? backoffMs(policy, attempt) : undefined;
    }
    if (!retryableStatus(this.status, safe)) return undefined;
    if (this.retryAfterMs !== undefined) {
      return this.retryAfterMs > policy.maxRetryAfterMs ? undefined : this.retryAfterMs;
    }
    return backoffMs(policy, attempt);
  }
}

/** A counting semaphore: at most `size` requests in flight, the others wait their turn. */
class Slots {
  busy = 0;
  private readonly queue: Array<() => void> = [];

  constructor(private readonly size: number) {}

  get waiting(): number {
    return this.queue.length;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    if (this.busy < this.size) {
      this.busy++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', cancel);
        this.busy++;
        resolve();
      };
      const cancel = () => {
        const i = this.queue.indexOf(grant);
        if (i >= 0) this.queue.splice(i, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', cancel, { once: true });
      this.queue.push(grant);
    });
  }

  release(): void {
    this.busy--;
    this.queue.shift()?.();
  }
}

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The JSON of a reply, or its text when it is not JSON; undefined when empty. */
export function decode(reply: Reply): unknown {
  if (reply.text === '') return undefined;
  const type = reply.headers.get('Content-Type') ?? '';
  if (type.includes('json') && !type.includes('ndjson')) return JSON.parse(reply.text);
  return reply.text;
}
