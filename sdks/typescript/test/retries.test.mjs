// Retries against a scripted local HTTP server (a fake of a remote Engram that answers 429, 503
// and 500 on cue, or slowly): Retry-After is honoured in seconds and as an HTTP date, backoff is
// bounded, unsafe requests are not repeated, timeouts are retried when safe, errors come out
// typed. Needs no Engram.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  ConflictError,
  Engram,
  EngramConnectionError,
  EngramTimeoutError,
  NO_RETRY,
  RateLimitError,
  ServerError,
  backoffMs,
  parseRetryAfter,
} from '@engram/sdk';

const WHOAMI = { org: { id: 'org_1', name: 'o' }, app: { id: 'app_1', name: 'a' }, key_id: 'key_1', scopes: ['admin'] };
const ok = (body = WHOAMI) => ({ status: 200, body });
const busy = (retryAfter) => ({
  status: 429,
  headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter },
  body: { error: { status: 429, code: 'rate_limited', message: 'slow down', field: null, request_id: 'req-429' } },
});
const unavailable = (retryAfter) => ({
  status: 503,
  headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter },
  body: { error: { status: 503, code: 'unavailable', message: 'try later', field: null, request_id: 'req-503' } },
});
const failed = {
  status: 500,
  headers: { 'X-Request-Id': 'req-500' },
  body: { error: { status: 500, code: 'store_failed', message: 'boom', field: null, request_id: 'req-500' } },
};
const slow = (ms, reply = ok()) => ({ ...reply, delayMs: ms });

/** Answers each request with the next scripted reply (the last one repeats). */
class Fake {
  replies = [];
  seen = [];

  async start() {
    this.server = createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        this.seen.push({ at: performance.now(), method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() });
        const reply = this.replies.length > 1 ? this.replies.shift() : this.replies[0];
        const answer = () => {
          if (res.destroyed) return;
          const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).map(([k, v]) => [k, typeof v === 'function' ? v() : v]));
          res.writeHead(reply.status, { 'Content-Type': 'application/json', ...headers });
          res.end(JSON.stringify(reply.body ?? {}));
        };
        if (reply.delayMs) setTimeout(answer, reply.delayMs);
        else answer();
      });
    });
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${this.server.address().port}`;
  }

  gaps() {
    return this.seen.slice(1).map((s, i) => s.at - this.seen[i].at);
  }

  async stop() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const FAST = { maxRetries: 3, baseDelayMs: 10, maxDelayMs: 20, maxRetryAfterMs: 5_000 };

describe('retries against a scripted server', () => {
  const fake = new Fake();
  const client = (options = {}) => new Engram({ baseUrl: fake.url, apiKey: 'eng_test', retry: FAST, ...options });

  before(() => fake.start());
  after(() => fake.stop());
  beforeEach(() => {
    fake.seen = [];
  });

  test('wait() gives up with EngramTimeoutError on a task that stays queued', async () => {
    // a real ingestion may finish before the first poll, so the never-finishing task is scripted
    fake.replies = [{ status: 200, body: { id: 'task_1', kind: 'conversation', status: 'queued' } }];
    await assert.rejects(client().wait({ task_id: 'task_1' }, { timeoutMs: 300 }), EngramTimeoutError);
    assert.ok(fake.seen.length >= 1 && fake.seen.every((s) => s.url === '/v1/tasks/task_1'));
  });

  test('429 then success waits the Retry-After seconds', async () => {
    fake.replies = [busy('0.4'), busy('0.3'), ok()];
    const me = await client().whoami();
    assert.equal(me.app.id, 'app_1');
    assert.equal(fake.seen.length, 3);
    const [first, second] = fake.gaps();
    assert.ok(first >= 380, `waited ${first} ms, not the server's 400`);
    assert.ok(second >= 280, `waited ${second} ms, not the server's 300`);
  });

  test('503 with an HTTP-date Retry-After waits until that date', async () => {
    // written when the fake answers, 1.5 s ahead; an HTTP date has whole seconds
    fake.replies = [unavailable(() => new Date(Date.now() + 1500).toUTCString()), ok()];
    await client().whoami();
    const [gap] = fake.gaps();
    assert.ok(gap >= 400 && gap <= 5000, `waited ${gap} ms`);
  });

  test('backoff without Retry-After stays under maxDelayMs', async () => {
    fake.replies = [unavailable(), unavailable(), unavailable(), ok()];
    await client({ retry: { maxRetries: 3, baseDelayMs: 50, maxDelayMs: 100 } }).whoami();
    assert.equal(fake.seen.length, 4);
    // jitter in [0, 100] plus scheduling on a busy machine; far below the default policy's seconds
    for (const gap of fake.gaps()) assert.ok(gap < 1000, `gap ${gap} ms`);
  });

  test('retries are bounded, then the typed error carries the API fields', async () => {
    fake.replies = [unavailable('0')];
    await assert.rejects(client().whoami(), (error) => {
      assert.ok(error instanceof ServerError);
      assert.equal(error.status, 503);
      assert.equal(error.code, 'unavailable');
      assert.equal(error.requestId, 'req-503');
      assert.equal(error.retryAfter, 0);
      return true;
    });
    assert.equal(fake.seen.length, 4); // the first attempt and three retries
  });

  test('a Retry-After longer than maxRetryAfterMs is not waited out', async () => {
    fake.replies = [busy('120'), ok()];
    const started = performance.now();
    await assert.rejects(client().whoami(), (error) => {
      assert.ok(error instanceof RateLimitError);
      assert.equal(error.retryAfter, 120);
      assert.equal(error.code, 'rate_limited');
      return true;
    });
    assert.equal(fake.seen.length, 1);
    assert.ok(performance.now() - started < 3000);
  });

  test('a 500 on an unsafe write is not repeated', async () => {
    fake.replies = [failed, ok({ buffered: 1 })];
    await assert.rejects(
      client().addSessionMessage('s1', { user_id: 'u', role: 'user', content: 'hi' }),
      (error) => error instanceof ServerError && error.requestId === 'req-500' && error.code === 'store_failed',
    );
    assert.equal(fake.seen.length, 1);
  });

  test('a 500 on a write with an Idempotency-Key is repeated with the same key', async () => {
    fake.replies = [failed, failed, ok({ ids: ['mem_1'], memories: [], results: [] })];
    const added = await client().createMemory({ content: 'User likes tea', user_id: 'u' });
    assert.deepEqual(added.ids, ['mem_1']);
    assert.equal(fake.seen.length, 3);
    const keys = new Set(fake.seen.map((s) => s.headers['idempotency-key']));
    assert.equal(keys.size, 1);
    assert.match([...keys][0], /^[0-9a-f-]{36}$/);
    assert.deepEqual(JSON.parse(fake.seen[0].body), { content: 'User likes tea', user_id: 'u' });
  });

  test('429 is retried even for an unsafe write (nothing was done)', async () => {
    fake.replies = [busy('0'), ok({ buffered: 1 })];
    const buffered = await client().addSessionMessage('s1', { user_id: 'u', role: 'user', content: 'hi' });
    assert.equal(buffered.buffered, 1);
    assert.equal(fake.seen.length, 2);
  });

  test('a 409 is never retried', async () => {
    fake.replies = [{ status: 409, body: { error: { code: 'version_conflict', message: 'stale', field: 'expected_version', request_id: 'r' } } }];
    await assert.rejects(client().updateMemory('mem_1', { importance: 2, expected_version: 1 }), (error) => {
      return error instanceof ConflictError && error.field === 'expected_version' && error.code === 'version_conflict';
    });
    assert.equal(fake.seen.length, 1);
  });

  test('a read that times out is retried, then succeeds', async () => {
    fake.replies = [slow(4000), ok()];
    const me = await client({ timeoutMs: 1000 }).whoami();
    assert.equal(me.key_id, 'key_1');
    assert.equal(fake.seen.length, 2);
  });

  test('timeouts past the retries raise EngramTimeoutError', async () => {
    fake.replies = [slow(1500)];
    await assert.rejects(client({ timeoutMs: 200, maxRetries: 1 }).whoami(), EngramTimeoutError);
    assert.equal(fake.seen.length, 2);
  });

  test('an unsafe write that times out is not repeated', async () => {
    fake.replies = [slow(1500, ok({ buffered: 1 }))];
    await assert.rejects(
      client({ timeoutMs: 200 }).addSessionMessage('s1', { user_id: 'u', role: 'user', content: 'hi' }),
      EngramTimeoutError,
    );
    assert.equal(fake.seen.length, 1);
  });

  test('NO_RETRY and maxRetries: 0 turn retrying off', async () => {
    fake.replies = [unavailable('0'), ok()];
    await assert.rejects(client({ retry: NO_RETRY }).whoami(), ServerError);
    fake.replies = [unavailable('0'), ok()];
    await assert.rejects(client({ maxRetries: 0 }).whoami(), ServerError);
    assert.equal(fake.seen.length, 2);
  });

  test('an abort signal stops the waiting between retries', async () => {
    fake.replies = [busy('3'), ok()];
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stopped by the caller')), 100);
    const started = performance.now();
    await assert.rejects(client().whoami({ signal: controller.signal }), /stopped by the caller/);
    assert.ok(performance.now() - started < 2000);
  });

  test('every request carries the key, and paths and queries are escaped', async () => {
    fake.replies = [ok({ agent_id: 'a', caller_id: '+1555' })];
    await client().getProfile('support bot', '+1555');
    await client().listMemories({ user_id: 'ana', tags: ['a', 'b'], metadata: { tier: 'gold' }, limit: 5 });
    assert.equal(fake.seen[0].headers.authorization, 'Bearer eng_test');
    assert.equal(fake.seen[0].url, '/v1/profiles/support%20bot/callers/%2B1555');
    assert.equal(fake.seen[1].url, '/v1/memories?user_id=ana&tags=a%2Cb&limit=5&metadata.tier=gold');
  });

  test('a concurrency cap keeps the other calls waiting', async () => {
    fake.replies = [slow(1500)];
    const engram = client({ maxConcurrency: 2 });
    const calls = [engram.whoami(), engram.whoami(), engram.whoami()];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const during = engram.getConnectionPoolStats();
    assert.equal(during.active_handlers, 2);
    assert.equal(during.available_handlers, 0);
    assert.equal(during.waiting, 1);
    await Promise.all(calls);
    const afterwards = engram.getConnectionPoolStats();
    assert.equal(afterwards.active_handlers, 0);
    assert.equal(afterwards.requests, 3);
  });
});

test('an unreachable server is a connection error after the retries', async () => {
  const engram = new Engram({ baseUrl: 'http://127.0.0.1:9', apiKey: 'eng_x', retry: { maxRetries: 1, baseDelayMs: 5, maxDelayMs: 5 }, timeoutMs: 2000 });
  await assert.rejects(engram.whoami(), EngramConnectionError);
  assert.equal(engram.getConnectionPoolStats().retries, 1);
});

test('Retry-After parses seconds and HTTP dates', () => {
  const now = Date.parse('2026-12-03T08:00:00Z');
  assert.equal(parseRetryAfter('2', now), 2000);
  assert.equal(parseRetryAfter('0.5', now), 500);
  assert.equal(parseRetryAfter('Thu, 03 Dec 2026 08:00:07 GMT', now), 7000);
  assert.equal(parseRetryAfter('Thu, 03 Dec 2026 07:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(null, now), undefined);
});

test('backoff is full jitter under an exponential cap', () => {
  const policy = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 0 };
  assert.equal(backoffMs(policy, 0, () => 1), 100);
  assert.equal(backoffMs(policy, 2, () => 1), 400);
  assert.equal(backoffMs(policy, 6, () => 1), 1000);
  assert.equal(backoffMs(policy, 3, () => 0), 0);
});
