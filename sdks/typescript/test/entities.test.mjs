// Entities against a real Engram: what a user's memories name (people, places, organizations,
// products, dates), most often named first, and the memories that name one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BadRequestError } from '@engram/sdk';
import { client, server, user } from './support.mjs';

async function remember(engram, u) {
  await engram.createMemory({ content: 'User moved to Lisbon with Maria Santos', user_id: u });
  await engram.createMemory({ content: 'User works at Acme Corp in Lisbon', user_id: u });
}

describe('entities', server, () => {
  test('entities come most often named first, with their counts; kind and limit narrow them', async () => {
    const engram = client();
    const u = user();
    await remember(engram, u);
    const found = await engram.entities(u);
    assert.equal(found.user_id, u);
    assert.deepEqual(found.entities[0], { key: 'lisbon', name: 'Lisbon', kind: 'place', memories: 2 });
    const keys = found.entities.map((e) => e.key);
    assert.ok(keys.includes('maria santos') && keys.includes('acme corp'), keys.join());
    assert.equal(new Set(keys).size, keys.length);

    const people = await engram.entities(u, { kind: 'person', limit: 10 });
    assert.deepEqual(
      people.entities.map((e) => [e.key, e.kind, e.memories]),
      [['maria santos', 'person', 1]],
    );
    assert.equal((await engram.entities(u, { limit: 1 })).entities.length, 1);
  });

  test('the memories naming an entity, by key or by name as written', async () => {
    const engram = client();
    const u = user();
    await remember(engram, u);
    const lisbon = await engram.entityMemories(u, 'Lisbon');
    assert.equal(lisbon.entity, 'lisbon');
    assert.equal(lisbon.user_id, u);
    assert.deepEqual(lisbon.memories.map((m) => m.content).sort(), [
      'User moved to Lisbon with Maria Santos',
      'User works at Acme Corp in Lisbon',
    ]);
    assert.ok(lisbon.memories.every((m) => m.status === 'active' && m.user_id === u));
    const maria = await engram.entityMemories(u, 'maria santos', { limit: 1 });
    assert.deepEqual(maria.memories.map((m) => m.content), ['User moved to Lisbon with Maria Santos']);
    assert.deepEqual((await engram.entityMemories(u, 'Atlantis')).memories, []);
  });

  test('a bad kind or limit is a BadRequestError naming the field', async () => {
    const engram = client();
    const u = user();
    await assert.rejects(engram.entities(u, { kind: 'planet' }), (e) => e instanceof BadRequestError && e.field === 'kind');
    await assert.rejects(engram.entityMemories(u, 'Lisbon', { limit: 0 }), (e) => e instanceof BadRequestError && e.field === 'limit');
    await assert.rejects(engram.entityMemories(u, ''), TypeError);
  });
});
