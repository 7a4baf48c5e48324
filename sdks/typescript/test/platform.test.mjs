// Analytics and learning, the key (whoami), health, warmUp, pool figures, realtime tickets and
// the generic request(), against a real Engram.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NotFoundError } from '@engram/sdk';
import { client, server, user } from './support.mjs';

describe('platform', server, () => {
  test('analytics reads, learning events and feedback', async () => {
    const engram = client();
    const u = user();
    const id = (await engram.createMemory({ content: 'User likes hiking', user_id: u })).ids[0];
    await engram.search('hiking', { user_id: u });
    assert.ok(await engram.recordFeedback({ verdict: 'useful', memory_id: id, query: 'hiking' }));
    const ids = await engram.recordLearningEvents({ event_type: 'custom_signal', domain: 'retrieval', agent_id: 'sdk-test', user_id: u });
    assert.equal(ids.length, 1);
    const metrics = await engram.analyticsMetrics('all', { days: 7 });
    assert.ok(Object.keys(metrics).length > 0);
    for (const read of [
      engram.analyticsDashboard({ days: 7 }),
      engram.analyticsInsights({ days: 7 }),
      engram.analyticsRealtime(),
      engram.learningHistory({ limit: 5 }),
      engram.learningMetrics('retrieval', { days: 7 }),
      engram.learningPatterns('retrieval', { days: 7 }),
      engram.learningTrends('retrieval', { days: 7 }),
      engram.learningRecommendations('retrieval', { days: 7 }),
      engram.analyticsQuery({ metrics: ['searches'], days: 7 }),
    ]) {
      const value = await read;
      assert.equal(typeof value, 'object');
      assert.ok(value !== null);
    }
    const report = await engram.analyticsReport('performance', 'all', { days: 7 });
    assert.ok(report && typeof report === 'object');
    assert.match(String(await engram.analyticsReport('performance', 'all', { format: 'html', days: 7 })).toLowerCase(), /<html/);
    const custom = await engram.recordAnalyticsEvents({ event_type: 'checkout_completed', domain: 'shop', user_id: u });
    assert.equal(custom.length, 1);
    const exported = await engram.exportAnalytics({ source: 'learning', days: 7 });
    assert.ok(Array.isArray(exported) && exported.some((e) => e.event_type === 'checkout_completed'));
    const asArray = await engram.exportAnalytics({ format: 'json', source: 'learning', days: 7 });
    assert.ok(Array.isArray(asArray) && asArray.some((e) => e.event_type === 'checkout_completed'));
    assert.match(String(await engram.exportAnalytics({ format: 'csv', source: 'learning', days: 7 })), /checkout_completed/);
  });

  test('whoami, health, warmUp, pool figures and a realtime ticket', async () => {
    const engram = client();
    const me = await engram.whoami();
    assert.ok(me.app.id && me.key_id);
    for (const scope of ['memories:read', 'memories:write', 'admin']) assert.ok(me.scopes.includes(scope));
    assert.equal((await engram.health()).status, 'UP');
    assert.equal(await engram.warmUp(), true);
    const stats = engram.getConnectionPoolStats();
    assert.equal(stats.max_connections, 10);
    assert.equal(stats.active_handlers + stats.available_handlers, 10);
    assert.ok(stats.requests >= 4);
    const ticket = await engram.realtimeTicket();
    assert.ok(ticket.ticket && ticket.expires_in > 0);
  });

  test('warmUp is false for a bad key', async () => {
    assert.equal(await client({ apiKey: 'eng_not_a_real_key', maxRetries: 0 }).warmUp(), false);
  });

  test('request() reaches any other route with the key, retries and typed errors', async () => {
    const engram = client();
    const current = await engram.request('GET', '/v1/metrics/current');
    assert.equal(typeof current, 'object');
    const aggregates = await engram.request('GET', '/v1/metrics/aggregates', { query: { hours: 1 } });
    assert.equal(typeof aggregates, 'object');
    const u = user();
    const created = await engram.request('POST', '/v1/memories', { json: { content: 'User sails', user_id: u } });
    assert.equal(created.memories[0].content, 'User sails');
    await assert.rejects(engram.request('GET', '/v1/memories/mem_nope'), NotFoundError);
  });
});
