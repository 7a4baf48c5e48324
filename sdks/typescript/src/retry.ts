/** When and how long to wait before trying a request again. */
export interface RetryPolicy {
  /** Retries after the first attempt (0 disables retrying). Default 3. */
  maxRetries: number;
  /** Milliseconds of the first backoff step. Default 250. */
  baseDelayMs: number;
  /** Longest backoff wait in milliseconds. Default 8,000. */
  maxDelayMs: number;
  /** Longest `Retry-After` honoured by waiting, in milliseconds; a longer one throws at once. Default 60,000. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 3,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
});

/** Turns retrying off: `new Engram({ retry: NO_RETRY })`. */
export const NO_RETRY: Readonly<RetryPolicy> = Object.freeze({ ...DEFAULT_RETRY, maxRetries: 0 });

export function retryPolicy(given: Partial<RetryPolicy> | undefined, maxRetries: number | undefined): RetryPolicy {
  const policy = { ...DEFAULT_RETRY, ...given };
  if (maxRetries !== undefined) policy.maxRetries = maxRetries;
  if (!Number.isInteger(policy.maxRetries) || policy.maxRetries < 0 || policy.maxRetries > 20) {
    throw new RangeError('retry.maxRetries must be an integer between 0 and 20');
  }
  for (const key of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
    if (!(policy[key] >= 0)) throw new RangeError(`retry.${key} must not be negative`);
  }
  return policy;
}

/** The jittered wait before retry number `attempt` (0 for the first): uniform(0, min(max, base × 2^attempt)). */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return random() * cap;
}

/**
 * Whether a status may be retried: 429 and 503 always (refused before any work was done); other
 * 5xx only when the request is safe to repeat (a read, or a write sent with an Idempotency-Key).
 */
export function retryableStatus(status: number, safe: boolean): boolean {
  if (status === 429 || status === 503) return true;
  return status >= 500 && safe;
}

/** Milliseconds from a `Retry-After` header (delta-seconds or an HTTP date); undefined if unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const when = Date.parse(text);
  if (Number.isNaN(when)) return undefined;
  return Math.max(0, when - now);
}
