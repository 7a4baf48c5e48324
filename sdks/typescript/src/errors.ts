/** Typed errors: one class per HTTP status family, each carrying the API's error fields. */

/** What every error of the SDK carries. */
export interface ErrorDetails {
  /** The HTTP status, or undefined when no response was received. */
  status?: number | undefined;
  /** The API's stable machine-readable code, e.g. `invalid_field`, `memory_not_found`. */
  code?: string | undefined;
  /** The request field at fault, when the API names one, e.g. `memories[1].type`. */
  field?: string | undefined;
  /** The request id (`error.request_id` or the `X-Request-Id` header): quote it in support requests. */
  requestId?: string | undefined;
  /** Seconds the server asked to wait (`Retry-After`), when it did. */
  retryAfter?: number | undefined;
  /** The decoded error body, when there was one. */
  body?: unknown;
  /** The underlying error (a network failure, an abort). */
  cause?: unknown;
}

/** Base of every error the SDK throws. */
export class EngramError extends Error {
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly field: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfter: number | undefined;
  readonly body: unknown;

  constructor(message: string, details: ErrorDetails = {}) {
    super(describe(message, details), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.status = details.status;
    this.code = details.code;
    this.field = details.field;
    this.requestId = details.requestId;
    this.retryAfter = details.retryAfter;
    this.body = details.body;
  }
}

function describe(message: string, d: ErrorDetails): string {
  const head = [d.status, d.code].filter((x) => x !== undefined && x !== '').join(' ');
  let text = head ? `${head}: ${message}` : message;
  if (d.field) text += ` (field: ${d.field})`;
  if (d.requestId) text += ` [request ${d.requestId}]`;
  return text;
}

/** The API answered with an error status (4xx or 5xx). */
export class ApiError extends EngramError {}
/** 400 or 422: the request is invalid; `field` names the field at fault. */
export class BadRequestError extends ApiError {}
/** 401: the API key is missing, unknown, expired or revoked. */
export class AuthenticationError extends ApiError {}
/** 403: the key lacks a scope the call needs (e.g. `admin` for export). */
export class PermissionDeniedError extends ApiError {}
/** 404: no such memory, task, profile or route. */
export class NotFoundError extends ApiError {}
/** 409: a conflicting write, e.g. `expected_version` did not match. */
export class ConflictError extends ApiError {}
/** 413: the body is over the server's limit. */
export class PayloadTooLargeError extends ApiError {}
/** 429: over a rate limit or quota; `retryAfter` says how long to wait. */
export class RateLimitError extends ApiError {}
/** 5xx: the server failed or is unavailable. */
export class ServerError extends ApiError {}
/** No response: the server could not be reached or the connection broke. */
export class EngramConnectionError extends EngramError {}
/** No response in time (the request timeout), or `wait()` ran out of time. */
export class EngramTimeoutError extends EngramError {}

/** `wait()` saw the task finish with status `failed`; `task` holds it. */
export class TaskFailedError extends EngramError {
  readonly task: unknown;
  constructor(message: string, task: unknown) {
    super(message, { code: 'task_failed' });
    this.task = task;
  }
}

const BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  422: BadRequestError,
  429: RateLimitError,
};

/** The typed error for a response: Engram's `{"error": {...}}` shape, or any other body. */
export function errorFor(
  status: number,
  body: unknown,
  text: string,
  headers: { requestId?: string | undefined; retryAfter?: number | undefined } = {},
): ApiError {
  const error = isObject(body) && isObject(body['error']) ? body['error'] : undefined;
  const Type = BY_STATUS[status] ?? (status >= 500 ? ServerError : BadRequestError);
  const details: ErrorDetails = { status, body, retryAfter: headers.retryAfter, requestId: headers.requestId };
  if (error) {
    details.code = str(error['code']);
    details.field = str(error['field']);
    details.requestId = str(error['request_id']) ?? headers.requestId;
    return new Type(str(error['message']) ?? `HTTP ${status}`, details);
  }
  return new Type((text.trim() || `HTTP ${status}`).slice(0, 500), details);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
