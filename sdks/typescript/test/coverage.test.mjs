// Which native route each method calls: every operation of the native API in the OpenAPI document
// the server serves is a method of Engram or listed as reachable only through request(). A route
// added to the API fails this test until it is classified here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Engram } from '@engram/sdk';
import { URL, server } from './support.mjs';

/** operationId -> the method that calls it (null: request() only). */
const OPERATIONS = {
  addAgentMemory: 'addAgentMemory',
  addConversation: 'addConversation',
  answerQuery: 'answer',
  appendSessionMessages: 'addSessionMessages',
  createMemory: 'createMemory',
  createMemoryRelation: 'relateMemories',
  createRealtimeTicket: 'realtimeTicket',
  deleteMemory: 'deleteMemory',
  eraseUserMemories: 'eraseUser',
  exportAnalytics: 'exportAnalytics',
  exportMemories: 'exportMemories',
  getAnalyticsDashboard: 'analyticsDashboard',
  getAnalyticsInsights: 'analyticsInsights',
  getAnalyticsMetrics: 'analyticsMetrics',
  getAnalyticsReport: 'analyticsReport',
  getLearningMetrics: 'learningMetrics',
  getLearningPatterns: 'learningPatterns',
  getLearningRecommendations: 'learningRecommendations',
  getLearningTrends: 'learningTrends',
  getMemory: 'getMemory',
  getMemoryChain: 'evolutionChain',
  getMemoryGraph: 'evolutionGraph',
  getMemoryReport: 'evolutionReport',
  getProfile: 'getProfile',
  getRealtimeAnalytics: 'analyticsRealtime',
  getTask: 'getTask',
  importMemories: 'importMemories',
  listEntityMemories: 'entityMemories',
  listMemories: 'listMemories',
  listMemoryEvents: 'memoryEvents',
  listRelatedMemories: 'relatedMemories',
  listUserEntities: 'entities',
  queryAnalytics: 'analyticsQuery',
  queryLearningHistory: 'learningHistory',
  recordAnalyticsEvents: 'recordAnalyticsEvents',
  recordLearningEvents: 'recordLearningEvents',
  recordLearningFeedback: 'recordFeedback',
  saveProfile: 'saveProfile',
  searchMemories: 'search',
  summarizeConversation: 'summarizeConversation',
  updateMemory: 'updateMemory',
  whoAmI: 'whoami',
  compareMetrics: 'compareTools',
  endToolSession: 'endToolSession',
  getCurrentMetrics: 'currentMetrics',
  getMetricAggregates: 'metricAggregates',
  getMetricHistory: 'metricsHistory',
  getToolConfig: 'getToolConfig',
  getToolMetrics: 'toolMetrics',
  getToolSession: 'getToolSession',
  listActiveToolSessions: 'activeToolSessions',
  setToolConfig: 'setToolConfig',
  startToolSession: 'startToolSession',
};

/** The operationIds of every /v1/ route, read from the YAML document's layout. */
function nativeOperations(document) {
  const found = new Set();
  let path;
  let method;
  for (const line of document.split('\n')) {
    let m;
    if ((m = /^ {2}(\/\S*):$/.exec(line))) {
      [path, method] = [m[1], undefined];
    } else if ((m = /^ {4}(get|post|put|patch|delete):$/.exec(line))) {
      method = m[1];
    } else if ((m = /^ {6}operationId: (\w+)$/.exec(line)) && path && method) {
      if (path.startsWith('/v1/')) found.add(m[1]);
    } else if (/^\S/.test(line)) {
      [path, method] = [undefined, undefined];
    }
  }
  return found;
}

describe('coverage of the native API', server, () => {
  test('every native operation of the served document is a method or classified', async () => {
    const document = await (await fetch(`${URL}/openapi/engram.yml`)).text();
    const served = nativeOperations(document);
    assert.ok(served.size > 40, document.slice(0, 500));
    const classified = new Set(Object.keys(OPERATIONS));
    assert.deepEqual([...served].filter((op) => !classified.has(op)), [], 'routes no method calls (classify them here)');
    assert.deepEqual([...classified].filter((op) => !served.has(op)), [], 'classified operations the server no longer has');
    const engram = new Engram({ baseUrl: URL, apiKey: 'eng_unused' });
    for (const [op, name] of Object.entries(OPERATIONS)) {
      if (name !== null) assert.equal(typeof engram[name], 'function', `${op}: Engram.${name}`);
    }
  });
});
