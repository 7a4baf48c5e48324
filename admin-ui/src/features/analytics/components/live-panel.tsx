import { useEffect, useState } from 'react';
import { getLiveTicket, type LiveEvent, type LiveTicket } from '../api/live';

type Status = 'connecting' | 'connected' | 'reconnecting' | 'unsupported';

const STATUS_TEXT: Record<Status, string> = {
  connecting: 'Connecting…',
  connected: 'Connected: new events appear as they happen.',
  reconnecting: 'Reconnecting…',
  unsupported: 'This browser cannot show live events (no EventSource).',
};

/** The waits before the next connection attempts (tickets are single-use: each one gets a new one). */
export const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * The app's events as they happen (memory writes and decisions, learning events, task completions),
 * newest first: an EventSource on the realtime gateway opened with a single-use ticket from the API,
 * re-opened with a fresh ticket (resuming after the last event seen) when it drops, closed when the
 * page is left.
 */
export function LivePanel({ appId, max = 50, fetchTicket = getLiveTicket }: { appId: string; max?: number; fetchTicket?: (appId: string) => Promise<LiveTicket> }) {
  const supported = typeof globalThis.EventSource === 'function';
  const [status, setStatus] = useState<Status>(supported ? 'connecting' : 'unsupported');
  const [events, setEvents] = useState<LiveEvent[]>([]);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!supported) return;
    let stopped = false;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let lastId: string | null = null;

    const retry = () => {
      source?.close();
      source = null;
      if (stopped) return;
      setStatus('reconnecting');
      timer = setTimeout(connect, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]);
      attempt += 1;
    };

    const connect = async () => {
      let ticket: LiveTicket;
      try {
        ticket = await fetchTicket(appId);
      } catch {
        retry();
        return;
      }
      if (stopped) return;
      const url = new URL(ticket.stream_url);
      url.searchParams.set('ticket', ticket.ticket);
      if (lastId) url.searchParams.set('last_event_id', lastId);
      const es = new EventSource(url.toString());
      source = es;
      es.onopen = () => {
        attempt = 0;
        setStatus('connected');
      };
      es.onmessage = (message: MessageEvent<string>) => {
        let event: LiveEvent;
        try {
          event = JSON.parse(message.data) as LiveEvent;
        } catch {
          return;
        }
        lastId = event.id;
        setEvents((current) => [event, ...current.filter((e) => e.id !== event.id)].slice(0, max));
        setAnnouncement(`${event.type} at ${new Date(event.at).toLocaleTimeString()}`);
      };
      // a failed connection, a dropped one, or the gateway's own "error" event: a new ticket each time
      es.onerror = () => {
        if (source === es) retry();
      };
    };

    void connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [appId, max, supported, fetchTicket]);

  return (
    <div className="live-panel">
      <p className={`live-status live-${status}`} role="status">
        {STATUS_TEXT[status]}
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {events.length === 0 ? (
        <p className="state state-empty">No events yet. Store a memory or record a learning event and it appears here.</p>
      ) : (
        <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Latest events, newest first (at most {max})</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Time</th>
              <th scope="col">Ids</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>
                  <code>{e.type}</code>
                </td>
                <td>
                  <time dateTime={e.at}>{new Date(e.at).toLocaleTimeString()}</time>
                </td>
                <td>
                  {Object.entries(e.ids)
                    .map(([k, v]) => `${k}: ${v}`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </div>
  );
}
