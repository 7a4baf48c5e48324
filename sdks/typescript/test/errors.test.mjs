// Bad input and refusals from a real Engram become typed errors with the API's code, field,
// message, status and request id.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  EngramError,
  NotFoundError,
  PermissionDeniedError,
} from '@engram/sdk';
import { client, server, user } from './support.mjs';

describe('errors', server, () => {
  test('an invalid field is a BadRequestError naming it', async () => {
    await assert.rejects(client().createMemory({ content: 'User likes tea', user_id: user(), importance: 42 }), (error) => {
      assert.ok(error instanceof BadRequestError && error instanceof ApiError && error instanceof EngramError);
      assert.equal(error.status, 400);
      assert.equal(error.code, 'invalid_field');
      assert.equal(error.field, 'importance');
      assert.ok(error.requestId);
      assert.match(error.message, /importance/);
      assert.ok(error.message.includes(error.requestId));
      assert.equal(error.name, 'BadRequestError');
      return true;
    });
  });

  test('bad list and search parameters name their field', async () => {
    const engram = client();
    const u = user();
    await assert.rejects(engram.listMemories({ user_id: u, sort_by: 'colour' }), (e) => e.field === 'sort_by' && e.code === 'invalid_field');
    await assert.rejects(engram.search('anything', { user_id: u, mode: 'psychic' }), (e) => e.field === 'mode');
  });

  test('a batch error names the item', async () => {
    await assert.rejects(
      client().createMemories({ memories: ['User is fine', { content: 'User is bad', type: 'gossip' }], user_id: user() }),
      (e) => e instanceof BadRequestError && e.field === 'memories[1].type',
    );
  });

  test('missing memories and tasks are NotFoundError', async () => {
    const engram = client();
    await assert.rejects(engram.getMemory('mem_nope'), (e) => e instanceof NotFoundError && e.status === 404 && e.code === 'memory_not_found');
    await assert.rejects(engram.getTask('task_does_not_exist'), (e) => e instanceof NotFoundError && e.code === 'task_not_found');
  });

  test('a bad key is an AuthenticationError', async () => {
    await assert.rejects(client({ apiKey: 'eng_wrong', maxRetries: 0 }).whoami(), (e) => {
      return e instanceof AuthenticationError && e.status === 401 && Boolean(e.code) && Boolean(e.requestId);
    });
  });

  test('a key without the scope is PermissionDeniedError', async () => {
    const readOnly = process.env.ENGRAM_READ_ONLY_API_KEY;
    assert.ok(readOnly, 'ENGRAM_READ_ONLY_API_KEY (a key with memories:read only) is set by TypeScriptSdkIT');
    await assert.rejects(client({ apiKey: readOnly }).createMemory({ content: 'User writes', user_id: 'u' }), (e) => {
      return e instanceof PermissionDeniedError && e.status === 403 && Boolean(e.code);
    });
  });

  test('an unsafe callback address is refused by field', async () => {
    await assert.rejects(
      client().summarizeConversation({ user_id: user(), messages: 'hello', callback_url: 'http://127.0.0.1:1/hook' }),
      (e) => e instanceof BadRequestError && e.field === 'callback_url' && e.code === 'invalid_callback_url',
    );
  });
});
