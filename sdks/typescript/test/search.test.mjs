// Search (hybrid, filters, modes), seed 001's queryMemory, and answers, against a real Engram.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { client, server, user } from './support.mjs';

async function seed(engram, u) {
  await engram.createMemories({
    memories: [
      { content: 'User prefers express shipping', category: 'shipping', session_id: 's1' },
      { content: 'User is allergic to peanuts', category: 'health', session_id: 's2' },
      { content: "User's favourite colour is green", category: 'taste', session_id: 's2' },
    ],
    user_id: u,
    resolve: false,
  });
}

describe('search and answers', server, () => {
  test('search ranks the relevant memory first, with scores', async () => {
    const engram = client();
    const u = user();
    await seed(engram, u);
    const result = await engram.search('how should orders be shipped', { user_id: u, limit: 2 });
    assert.ok(result.results.length >= 1 && result.results.length <= 2);
    assert.ok(result.candidates >= 1);
    const [top] = result.results;
    assert.equal(top.memory.content, 'User prefers express shipping');
    assert.ok(top.composite_score > 0 && top.relevance >= 0 && top.components.similarity > 0);
    assert.ok(result.search_time_ms >= 0);
  });

  test('search filters by session, category and mode', async () => {
    const engram = client();
    const u = user();
    await seed(engram, u);
    const inS2 = await engram.search('user', { user_id: u, filters: { session_id: 's2' }, mode: 'keyword' });
    assert.deepEqual(new Set(inS2.results.map((h) => h.memory.session_id)), new Set(['s2']));
    const health = await engram.search('allergy food', { user_id: u, filters: { categories: ['health'] } });
    assert.deepEqual(health.results.map((h) => h.memory.content), ['User is allergic to peanuts']);
  });

  test("queryMemory is seed 001's search, with document", async () => {
    const engram = client();
    const u = user();
    await seed(engram, u);
    const hits = await engram.queryMemory({ app_id: 'ignored', user_id: u, query: 'peanut allergy', n_results: 1 });
    assert.equal(hits.length, 1);
    assert.equal(hits[0].document, 'User is allergic to peanuts');
    assert.ok(hits[0].composite_score > 0);
    const inSession = await engram.queryMemory({ user_id: u, query: 'shipping', session_id: 's1' });
    assert.deepEqual(inSession.map((h) => h.document), ['User prefers express shipping']);
  });

  test("answer and seed 001's answerQuery retrieve the user's memories", async () => {
    const engram = client();
    const u = user();
    await seed(engram, u);
    const answer = await engram.answer('What is the user allergic to?', { user_id: u, n: 3 });
    assert.ok(['llm', 'rules'].includes(answer.engine));
    assert.ok(answer.memories.some((h) => h.memory.content === 'User is allergic to peanuts'));
    assert.ok(answer.answer || answer.note);
    const viaSeed = await engram.answerQuery({ query: 'What colour does the user like?', user_id: u, n_results: 2 });
    assert.ok(viaSeed.memories.some((h) => h.memory.content.includes('green')));
    await assert.rejects(engram.answerQuery({ query: 'no user' }), TypeError);
  });
});
