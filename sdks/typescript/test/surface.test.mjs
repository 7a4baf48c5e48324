// The package's surface: seed 001's method names, the native method families, the exports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as sdk from '@engram/sdk';
import { origin } from './support.mjs';

const SEED_001 = [
  'addMemory',
  'addAgentMemory',
  'queryMemory',
  'getMemory',
  'deleteMemory',
  'summarizeConversation',
  'memoryBatcherAddMessage',
  'traverseMemoryEvolutionChain',
  'generateEvolutionGraph',
  'generateEvolutionReport',
  'answerQuery',
  'warmUp',
  'getConnectionPoolStats',
];

const NATIVE = [
  'createMemory', 'createMemories', 'listMemories', 'iterMemories', 'iterPages', 'getMemory', 'findMemory',
  'updateMemory', 'deleteMemory', 'eraseUser', 'memoryEvents', 'relateMemories', 'relatedMemories', 'entities',
  'entityMemories',
  'search', 'answer', 'addAgentMemory', 'addConversation', 'getTask', 'wait', 'addSessionMessage',
  'addSessionMessages', 'batcher', 'summarizeConversation', 'evolutionChain', 'evolutionGraph',
  'evolutionReport', 'exportMemories', 'exportStream', 'exportLines', 'importMemories', 'saveProfile',
  'getProfile', 'analyticsMetrics', 'analyticsDashboard', 'analyticsInsights', 'analyticsRealtime',
  'analyticsQuery', 'analyticsReport', 'recordAnalyticsEvents', 'exportAnalytics', 'recordLearningEvents', 'recordFeedback', 'learningHistory',
  'learningMetrics', 'learningPatterns', 'learningTrends', 'learningRecommendations', 'whoami', 'health',
  'currentMetrics', 'metricsHistory', 'metricAggregates', 'toolMetrics', 'compareTools', 'startToolSession',
  'endToolSession', 'activeToolSessions', 'getToolSession', 'getToolConfig', 'setToolConfig',
  'realtimeTicket', 'request',
];

test(`the package runs from ${origin()}`, () => {
  assert.equal(sdk.VERSION, '0.1.0');
});

test("every seed 001 name and every native method is a method of Engram", () => {
  const engram = new sdk.Engram({ baseUrl: 'http://127.0.0.1:9', apiKey: 'eng_x' });
  for (const name of [...SEED_001, ...NATIVE]) assert.equal(typeof engram[name], 'function', name);
});

test('the error classes form one hierarchy', () => {
  for (const name of ['BadRequestError', 'AuthenticationError', 'PermissionDeniedError', 'NotFoundError', 'ConflictError', 'PayloadTooLargeError', 'RateLimitError', 'ServerError']) {
    const error = new sdk[name]('x', { status: 400 });
    assert.ok(error instanceof sdk.ApiError && error instanceof sdk.EngramError && error instanceof Error, name);
    assert.equal(error.name, name);
  }
  assert.ok(new sdk.EngramTimeoutError('t') instanceof sdk.EngramError);
  assert.ok(new sdk.TaskFailedError('t', {}).code === 'task_failed');
});

test("errorFor reads Engram's error shape and plain bodies", () => {
  const typed = sdk.errorFor(422, { error: { code: 'invalid_field', field: 'limit', message: 'too big', request_id: 'r1' } }, '');
  assert.ok(typed instanceof sdk.BadRequestError);
  assert.deepEqual([typed.status, typed.code, typed.field, typed.requestId], [422, 'invalid_field', 'limit', 'r1']);
  const plain = sdk.errorFor(502, undefined, 'Bad Gateway', { requestId: 'hdr' });
  assert.ok(plain instanceof sdk.ServerError);
  assert.equal(plain.requestId, 'hdr');
  assert.match(plain.message, /Bad Gateway/);
});

test('options are checked when the client is made', () => {
  assert.throws(() => new sdk.Engram({ maxRetries: -1 }), RangeError);
  assert.throws(() => new sdk.Engram({ maxConcurrency: 0 }), RangeError);
  const engram = new sdk.Engram({ baseUrl: 'http://example.test/', apiKey: 'k', maxRetries: 0 });
  assert.equal(engram.baseUrl, 'http://example.test');
  assert.equal(engram.retry.maxRetries, 0);
});

test('chainId accepts an id, a chain, { memory_id } or a list of versions', () => {
  assert.equal(sdk.chainId('mem_1'), 'mem_1');
  assert.equal(sdk.chainId({ memory_id: 'mem_2', versions: [] }), 'mem_2');
  assert.equal(sdk.chainId([{ id: 'mem_3' }, { id: 'mem_4' }]), 'mem_3');
  assert.throws(() => sdk.chainId([]), TypeError);
});

test('the package imports nothing but its own modules (no Node built-ins: it runs in browsers too)', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const { dirname, join } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const dist = dirname(fileURLToPath(import.meta.resolve('@engram/sdk')));
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.js'));
  assert.ok(files.length >= 8);
  for (const file of files) {
    const source = await readFile(join(dist, file), 'utf8');
    for (const [, specifier] of source.matchAll(/(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]/g)) {
      assert.ok(specifier.startsWith('./'), `${file} imports ${specifier}`);
    }
    assert.doesNotMatch(source, /\brequire\(/, file);
  }
});
