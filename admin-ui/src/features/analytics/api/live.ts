import { api, data } from '@/lib/api-client';

/** A single-use ticket for one SSE connection to the realtime gateway, and where to open it. */
export type LiveTicket = { ticket: string; expires_at: string; expires_in: number; stream_url: string };

/** One event of the app's stream (README § Realtime). */
export type LiveEvent = {
  id: string;
  app_id: string;
  topic: string;
  type: string;
  ids: Record<string, string>;
  payload?: Record<string, unknown>;
  at: string;
};

export const getLiveTicket = async (appId: string): Promise<LiveTicket> =>
  (await data(api.POST('/admin/v1/apps/{appId}/realtime/tickets', { params: { path: { appId } } }))) as LiveTicket;
