import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-error';

export type Health = { status: string; details?: Record<string, { status: string; details?: Record<string, unknown> }> };

/** GET /health (operator endpoint; not part of the OpenAPI document). DOWN answers 503 with a body. */
export async function getHealth(): Promise<Health> {
  let response: Response;
  try {
    response = await fetch('/health', { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw ApiError.network(e);
  }
  if (response.ok || response.status === 503) return (await response.json()) as Health;
  throw await ApiError.from(response);
}

export const healthQuery = () => queryOptions({ queryKey: ['health'], queryFn: getHealth, refetchInterval: 15_000 });
export const useHealth = () => useQuery(healthQuery());
