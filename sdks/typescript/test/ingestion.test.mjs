// Agent memories, conversations and tasks with wait(), the server's session batcher, the
// client-side batcher, and summaries, against a real Engram.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { client, conversation, server, user } from './support.mjs';

async function contents(engram, u) {
  const out = [];
  for await (const m of engram.iterMemories({ user_id: u })) out.push(m.content);
  return out;
}

describe('ingestion', server, () => {
  test('agent memories save a text and messages as they are', async () => {
    const engram = client();
    const u = user();
    const text = await engram.addAgentMemory({ messages: 'User completed premium signup', user_id: u, importance: 6 });
    assert.equal(text.ids.length, 1);
    assert.equal(text.memories[0].content, 'User completed premium signup');
    const listed = await engram.addAgentMemory({
      app_id: 'seed-app',
      user_id: u,
      session_id: 'chat-1',
      messages: [
        { role: 'user', content: 'My email is ana@example.com' },
        { role: 'assistant', content: 'Saved.' },
      ],
    });
    assert.equal(listed.ids.length, 2);
    assert.equal(listed.memories[0].metadata.role, 'user');
    assert.equal(listed.memories[0].sources[0].conversation_id, 'chat-1');
  });

  test('a conversation is queued and wait() returns the finished task', async () => {
    const engram = client();
    const u = user();
    const queued = await engram.addConversation({ messages: conversation('I live in Lisbon.', 'My order number is A12345.'), user_id: u, session_id: 'conv-1' });
    assert.equal(queued.status, 'queued');
    const task = await engram.wait(queued, { timeoutMs: 60_000 });
    assert.equal(task.status, 'succeeded');
    assert.ok(task.counts.added >= 2);
    assert.ok((await contents(engram, u)).includes('User lives in Lisbon'));
  });

  test("addMemory is seed 001's conversation ingestion", async () => {
    const engram = client();
    const queued = await engram.addMemory({ app_id: 'my-app', user_id: user(), messages: conversation('I prefer dark mode.') });
    const task = await engram.wait(queued.task_id);
    assert.ok(task.counts.added >= 1);
  });

  test('the session batcher flushes a conversation at ten messages', async () => {
    const engram = client();
    const u = user();
    let flushed;
    for (const [i, message] of conversation('I work as a nurse.').entries()) {
      const buffered = await engram.memoryBatcherAddMessage({ app_id: 'my-app', user_id: u, session_id: 'batch-1', role: message.role, content: message.content });
      if (i < 9) {
        assert.equal(buffered.buffered, i + 1);
        assert.equal(buffered.flushed_task_id ?? undefined, undefined);
      } else {
        flushed = buffered.flushed_task_id;
      }
    }
    assert.ok(flushed, 'the tenth message makes a conversation task');
    assert.equal((await engram.wait(flushed)).status, 'succeeded');
    assert.ok((await contents(engram, u)).includes('User works as a nurse'));
  });

  test('addSessionMessages appends several messages at once', async () => {
    const buffered = await client().addSessionMessages('multi-1', { user_id: user(), messages: conversation('I sing.').slice(0, 3) });
    assert.equal(buffered.buffered, 3);
  });

  test('the client-side batcher sends full and partial conversations', async () => {
    const engram = client();
    const u = user();
    const batcher = engram.batcher({ user_id: u, session_id: 'cs-1', maxMessages: 4 });
    const sent = [];
    for (let i = 0; i < 5; i++) sent.push(await batcher.add('user', `I visited city number ${i}.`));
    assert.deepEqual(sent.map((s) => s !== undefined), [false, false, false, true, false]);
    assert.equal(batcher.pending, 1);
    const tasks = await batcher.waitAll(); // flushes the partial rest first
    assert.equal(batcher.queued.length, 2);
    assert.deepEqual(tasks.map((t) => t.status), ['succeeded', 'succeeded']);
  });

  test('summaries come back at once', async () => {
    const summary = await client().summarizeConversation({
      app_id: 'seed-app',
      user_id: user(),
      messages: [
        { role: 'user', content: 'My parcel arrived broken.' },
        { role: 'assistant', content: 'A replacement ships today.' },
      ],
    });
    assert.equal(summary.delivery, 'sync');
    assert.ok(summary.content);
    assert.ok(['rules', 'llm'].includes(summary.engine));
  });
});
