export { Engram, DEFAULT_URL, chainId } from './client.js';
export type { EngramOptions, SeedApp, SeedQuery, SeedHit, ChainRef } from './client.js';
export { EngramApi, seg, taskId } from './api.js';
export type { EvolutionReport, RequestOptions, TaskRef, WaitOptions, WriteOptions } from './api.js';
export { MemoryBatcher } from './batcher.js';
export type { BatcherOptions } from './batcher.js';
export {
  ApiError,
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
  errorFor,
} from './errors.js';
export type { ErrorDetails } from './errors.js';
export { DEFAULT_RETRY, NO_RETRY, backoffMs, parseRetryAfter, retryableStatus } from './retry.js';
export type { RetryPolicy } from './retry.js';
export { VERSION } from './transport.js';
export type { CallOptions, Query, QueryValue, TransportStats } from './transport.js';
export type * from './types.js';
export type { components, paths, operations } from './generated/openapi.js';
