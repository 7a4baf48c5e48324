import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/lib/api-schema';
import { ApiError } from './api-error';
import { readSession, writeSession } from './session';
import { env } from '@/config/env';

// The typed console API client: paths, parameters and bodies come from the OpenAPI document
// (api-schema.d.ts), so a call the API does not have fails type-checking.
const auth: Middleware = {
  onRequest({ request }) {
    const session = readSession();
    if (session) request.headers.set('Authorization', `Bearer ${session.token}`);
    return request;
  },
  async onResponse({ response }) {
    if (response.status === 401) writeSession(null); // back to the sign-in page
    if (!response.ok) throw await ApiError.from(response);
    return response;
  },
  onError({ error }) {
    return error instanceof ApiError ? error : ApiError.network(error);
  },
};

// fetch looked up per call (not captured at start), so tests can fake the network
export const api = createClient<paths>({ baseUrl: env.apiRoot || window.location.origin, fetch: (request) => globalThis.fetch(request) });
api.use(auth);

/** The data of a call; failures arrive as thrown ApiError. */
export async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const result = await call;
  if (result.error !== undefined) throw result.error instanceof ApiError ? result.error : await ApiError.from(result.response);
  return result.data as T;
}

/** A call outside the OpenAPI document (login, health, file downloads), with the same errors. */
export async function rawFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const session = readSession();
  if (session && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${session.token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch (e) {
    throw ApiError.network(e);
  }
  if (response.status === 401 && session) writeSession(null);
  if (!response.ok) throw await ApiError.from(response);
  return response;
}
