// Memories against a real Engram: create (one and a batch), read, list and paginate with async
// iterators, update with expected_version, delete, events, relations, erase.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConflictError } from '@engram/sdk';
import { client, server, user } from './support.mjs';

describe('memories', server, () => {
  test('create, get, update and delete round trip', async () => {
    const engram = client();
    const u = user();
    const added = await engram.createMemory({
      content: 'User prefers window seats',
      user_id: u,
      category: 'travel',
      tags: ['seat'],
      importance: 7,
      metadata: { source: 'sdk-test' },
    });
    assert.equal(added.results[0].action, 'add');
    const memory = added.memories[0];
    assert.equal(memory.content, 'User prefers window seats');
    assert.equal(memory.user_id, u);
    assert.equal(memory.importance, 7);
    assert.deepEqual(memory.tags, ['seat']);
    assert.deepEqual(memory.metadata, { source: 'sdk-test' });
    assert.equal(memory.status, 'active');

    const got = await engram.getMemory(memory.id);
    assert.equal(got.category, 'travel');
    const viaSeed = await engram.getMemory({ memory_id: memory.id, app_id: 'seed-app' });
    assert.equal(viaSeed.id, memory.id);

    const edited = await engram.updateMemory(memory.id, { importance: 9, expected_version: got.version });
    assert.equal(edited.importance, 9);
    assert.ok(edited.version > got.version);

    const deleted = await engram.deleteMemory(memory.id, { reason: 'test cleanup' });
    assert.equal(deleted.status, 'deleted');
    const types = (await engram.memoryEvents(memory.id)).map((e) => e.type);
    assert.equal(types[0], 'ADD');
    assert.ok(types.includes('DELETE'));
  });

  test('a stale expected_version is a ConflictError', async () => {
    const engram = client();
    const memory = (await engram.createMemory({ content: 'User drinks tea', user_id: user() })).memories[0];
    await engram.updateMemory(memory.id, { importance: 3, expected_version: memory.version });
    await assert.rejects(engram.updateMemory(memory.id, { importance: 4, expected_version: memory.version }), (error) => {
      assert.ok(error instanceof ConflictError);
      assert.equal(error.status, 409);
      assert.equal(error.code, 'version_conflict');
      return true;
    });
  });

  test('a batch stores every statement with the inherited user', async () => {
    const u = user();
    const result = await client().createMemories({
      memories: ['User owns a bicycle', { content: 'User speaks Portuguese', importance: 8 }, 'User likes jazz'],
      user_id: u,
      resolve: false,
    });
    assert.equal(result.ids.length, 3);
    assert.deepEqual(result.results.map((r) => r.action), ['add', 'add', 'add']);
    assert.deepEqual(new Set(result.memories.map((m) => m.user_id)), new Set([u]));
    assert.equal(result.memories[1].importance, 8);
  });

  test('async iterators follow the cursor over every page', async () => {
    const engram = client();
    const u = user();
    await engram.createMemories({ memories: Array.from({ length: 7 }, (_, i) => `User fact number ${i}`), user_id: u, resolve: false });
    const first = await engram.listMemories({ user_id: u, limit: 3 });
    assert.equal(first.total, 7);
    assert.equal(first.memories.length, 3);
    assert.ok(first.next_cursor);

    const sizes = [];
    for await (const page of engram.iterPages({ user_id: u, pageSize: 3 })) sizes.push(page.memories.length);
    assert.deepEqual(sizes, [3, 3, 1]);

    const paged = [];
    for await (const m of engram.iterMemories({ user_id: u, pageSize: 2, sort_by: 'created_at', order: 'asc' })) paged.push(m.id);
    const whole = (await engram.listMemories({ user_id: u, limit: 100, sort_by: 'created_at', order: 'asc' })).memories.map((m) => m.id);
    assert.deepEqual(paged, whole);
    assert.equal(new Set(paged).size, 7);
  });

  test('list filters reach the server', async () => {
    const engram = client();
    const u = user();
    await engram.createMemories({
      memories: [
        { content: 'User likes rock climbing', category: 'sport', tags: ['outdoor'] },
        { content: 'User likes chess', category: 'games', metadata: { tier: 'gold' } },
      ],
      user_id: u,
      resolve: false,
    });
    const sport = await engram.listMemories({ user_id: u, categories: ['sport'] });
    assert.deepEqual(sport.memories.map((m) => m.content), ['User likes rock climbing']);
    const gold = await engram.listMemories({ user_id: u, metadata: { tier: 'gold' } });
    assert.deepEqual(gold.memories.map((m) => m.content), ['User likes chess']);
    const outdoor = await engram.listMemories({ user_id: u, tags: ['outdoor'] });
    assert.equal(outdoor.total, 1);
  });

  test('relations, and erasing a user', async () => {
    const engram = client();
    const u = user();
    const [a, b] = (await engram.createMemories({ memories: ['User adopted a dog', 'User walks every morning'], user_id: u, resolve: false })).ids;
    const relation = await engram.relateMemories(a, b, 'causes');
    assert.equal(relation.from_id, a);
    assert.equal(relation.to_id, b);
    assert.equal(relation.type, 'causes');
    const related = await engram.relatedMemories(a);
    assert.deepEqual(related.map((r) => [r.direction, r.memory.id]), [['outgoing', b]]);
    assert.equal(await engram.eraseUser(u), 2);
    assert.equal((await engram.listMemories({ user_id: u })).total, 0);
    assert.equal(await engram.findMemory(a), undefined);
  });

  test('Date fields are sent as ISO instants', async () => {
    const validFrom = new Date('2026-01-02T03:04:05.000Z');
    const memory = (await client().createMemory({ content: 'User joined the gym', user_id: user(), valid_from: validFrom, resolve: false })).memories[0];
    assert.equal(Date.parse(memory.valid_from), validFrom.getTime());
  });
});
