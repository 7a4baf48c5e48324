// Metrics and tool sessions (seed 000) against a real Engram: a session, calls attributed to its
// tool with X-Engram-Tool, the tool's metrics, two tools compared, and a versioned configuration.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { BadRequestError, ConflictError, NotFoundError } from '@engram/sdk';
import { client, server, user } from './support.mjs';

const toolId = (prefix) => `${prefix}-${randomUUID().slice(0, 8)}`;

describe('metrics and tool sessions', server, () => {
  test('a tool session counts what its tool does; metrics and a comparison read it', async () => {
    const engram = client();
    const u = user();
    const tool = toolId('ts-tool');
    const other = toolId('ts-other');
    const session = await engram.startToolSession(tool, { user_id: u, metadata: { repo: 'engram' } });
    assert.match(session.session_id, /^tses_/);
    assert.deepEqual([session.tool_id, session.status, session.user_id, session.metadata], [tool, 'active', u, { repo: 'engram' }]);
    assert.ok((await engram.activeToolSessions({ tool_id: tool })).some((s) => s.session_id === session.session_id));

    const attributed = { headers: { 'X-Engram-Tool': tool } };
    const written = await engram.createMemory({ content: 'User indents with tabs', user_id: u }, attributed);
    await engram.search('tabs or spaces', { user_id: u }, attributed);
    assert.equal((await engram.getMemory(written.ids[0])).agent_id, tool);

    assert.equal((await engram.getToolSession(session.session_id)).activity.memory_events.ADD, 1);
    const ended = await engram.endToolSession(session.session_id);
    assert.equal(ended.status, 'ended');
    assert.ok(ended.ended_at && ended.duration_s >= 0);
    assert.equal(ended.activity.memory_events.ADD, 1);
    assert.ok(!(await engram.activeToolSessions({ tool_id: tool })).some((s) => s.session_id === session.session_id));
    await assert.rejects(engram.endToolSession(session.session_id), (e) => e instanceof ConflictError && e.status === 409);

    const metrics = await engram.toolMetrics(tool, { hours: 24 });
    assert.deepEqual(
      [metrics.tool_id, metrics.hours, metrics.memory_events.ADD, metrics.searches, metrics.active_sessions],
      [tool, 24, 1, 1, 0],
    );
    await engram.startToolSession(other);
    const compared = await engram.compareTools([tool, other], { hours: 24 });
    assert.deepEqual(Object.keys(compared.tools ?? {}).sort(), [tool, other].sort());
    assert.equal(compared.tools[tool].searches, 1);
    assert.equal(compared.tools[other].searches, 0);
    assert.equal(compared.tools[other].active_sessions, 1);

    const current = await engram.currentMetrics();
    assert.ok(current.active_sessions >= 1 && current.events_this_hour >= 1 && current.at, JSON.stringify(current));
    const history = await engram.metricsHistory({ hours: 3 });
    assert.equal(history.hours, 3);
    const total = history.points.reduce((n, p) => n + Object.values(p.events).reduce((a, b) => a + b, 0), 0);
    assert.ok(total >= 1, JSON.stringify(history));
    const aggregates = await engram.metricAggregates({ hours: 3 });
    assert.ok(aggregates.hours === 3 && aggregates.events >= 1 && Object.keys(aggregates.by_kind).length > 0);
  });

  test("a tool's configuration is versioned; unknown tools and bad hours are typed errors", async () => {
    const engram = client();
    const tool = toolId('ts-cfg');
    await assert.rejects(
      engram.getToolConfig(tool),
      (e) => e instanceof NotFoundError && e.code === 'tool_not_found' && e.field === 'tool_id',
    );
    await assert.rejects(engram.setToolConfig(tool, { max_tokens: 1 }), NotFoundError); // known by a session or events first
    await engram.startToolSession(tool);
    const empty = await engram.getToolConfig(tool);
    assert.deepEqual([empty.config, empty.version, empty.updated_at ?? null], [{}, 0, null]);
    const first = await engram.setToolConfig(tool, { max_tokens: 4000, model: 'small' });
    assert.deepEqual([first.tool_id, first.version], [tool, 1]);
    assert.ok(first.updated_at);
    assert.equal((await engram.setToolConfig(tool, { max_tokens: 8000 })).version, 2);
    const got = await engram.getToolConfig(tool);
    assert.deepEqual([got.config, got.version], [{ max_tokens: 8000 }, 2]);
    await assert.rejects(engram.toolMetrics(tool, { hours: 0 }), (e) => e instanceof BadRequestError && e.field === 'hours');
  });
});
