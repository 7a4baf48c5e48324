import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveTicket } from '../api/live';
import { LivePanel } from './live-panel';

/** A hand-written EventSource: the test opens, feeds and breaks it. */
class FakeEventSource {
  static all: FakeEventSource[] = [];
  onopen: ((e: Event) => void) | null = null;
  onmessage: ((e: MessageEvent<string>) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
  }
  close() {
    this.closed = true;
  }
  open() {
    act(() => this.onopen?.(new Event('open')));
  }
  send(event: object) {
    act(() => this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(event) })));
  }
  fail() {
    act(() => this.onerror?.(new Event('error')));
  }
  static latest(): FakeEventSource {
    const last = FakeEventSource.all[FakeEventSource.all.length - 1];
    if (!last) throw new Error('no EventSource opened');
    return last;
  }
}

const event = (n: number, type = 'memory.add') => ({
  id: `rte_${n}`,
  app_id: 'app_1',
  topic: 'memory',
  type,
  ids: { memory_id: `mem_${n}`, user_id: 'alice' },
  at: `2026-12-02T10:00:0${n % 10}Z`,
});

let issued = 0;
const fetchTicket = vi.fn(
  async (appId: string): Promise<LiveTicket> => ({
    ticket: `rtt_${++issued}`,
    expires_at: '2026-12-02T10:01:00Z',
    expires_in: 60,
    stream_url: `http://localhost:8081/v1/stream/events?app=${appId}`,
  }),
);

async function opened(count: number) {
  await vi.waitFor(() => expect(FakeEventSource.all).toHaveLength(count));
  return FakeEventSource.latest();
}

describe('LivePanel', () => {
  beforeEach(() => {
    FakeEventSource.all = [];
    issued = 0;
    fetchTicket.mockClear();
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('opens the stream with a ticket and lists events newest first, announced politely', async () => {
    render(<LivePanel appId="app_1" fetchTicket={fetchTicket} />);
    expect(screen.getByRole('status')).toHaveTextContent('Connecting');
    const source = await opened(1);
    expect(fetchTicket).toHaveBeenCalledWith('app_1');
    expect(new URL(source.url).searchParams.get('ticket')).toBe('rtt_1');
    source.open();
    expect(screen.getByRole('status')).toHaveTextContent('Connected');
    expect(screen.getByText(/No events yet/)).toBeInTheDocument();

    source.send(event(1));
    source.send(event(2, 'learning.feedback'));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('code')?.textContent)).toEqual(['learning.feedback', 'memory.add']);
    expect(rows[1]).toHaveTextContent('memory_id: mem_1, user_id: alice');
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('learning.feedback');
  });

  it('keeps at most the given number of events', async () => {
    render(<LivePanel appId="app_1" max={3} fetchTicket={fetchTicket} />);
    const source = await opened(1);
    source.open();
    for (let i = 1; i <= 5; i++) source.send(event(i));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('mem_5');
    expect(rows[2]).toHaveTextContent('mem_3');
  });

  it('reconnects with a fresh ticket after a drop, resuming after the last event', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(<LivePanel appId="app_1" fetchTicket={fetchTicket} />);
    const first = await opened(1);
    first.open();
    first.send(event(7));
    first.fail();
    expect(first.closed).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('Reconnecting');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    const second = await opened(2);
    const url = new URL(second.url);
    expect(url.searchParams.get('ticket')).toBe('rtt_2');
    expect(url.searchParams.get('last_event_id')).toBe('rte_7');
    second.open();
    expect(screen.getByRole('status')).toHaveTextContent('Connected');
    expect(screen.getByText('memory_id: mem_7, user_id: alice')).toBeInTheDocument();
  });

  it('closes the stream when the page is left', async () => {
    const { unmount } = render(<LivePanel appId="app_1" fetchTicket={fetchTicket} />);
    const source = await opened(1);
    source.open();
    unmount();
    expect(source.closed).toBe(true);
  });

  it('says so when the browser has no EventSource', () => {
    vi.stubGlobal('EventSource', undefined);
    render(<LivePanel appId="app_1" fetchTicket={fetchTicket} />);
    expect(screen.getByRole('status')).toHaveTextContent('cannot show live events');
    expect(fetchTicket).not.toHaveBeenCalled();
  });
});
