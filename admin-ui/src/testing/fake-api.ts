import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

/** A hand-written fake of the network: routes "METHOD /path" to handlers, records every request. */
export function fakeApi(routes: Record<string, Handler | unknown>) {
  const requests: { method: string; path: string; body: unknown }[] = [];
  const fetchFake = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    requests.push({ method: request.method, path: url.pathname + url.search, body: text ? JSON.parse(text) : null });
    const handler = routes[`${request.method} ${url.pathname}`];
    if (handler === undefined) return json({ error: { status: 404, code: 'not_found', message: 'not found' } }, 404);
    if (handler instanceof Response) return handler.clone();
    return typeof handler === 'function' ? (handler as Handler)(request) : json(handler);
  });
  vi.stubGlobal('fetch', fetchFake);
  return { requests, fetch: fetchFake };
}

export function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export const apiError = (status: number, code: string, message: string, field: string | null = null) =>
  json({ error: { status, code, message, field, request_id: 'req' } }, status);

export const me = (role: string, orgId: string | null = 'org_1') => ({ username: 'pat', role, org_id: orgId });
