// Evolution chain, graph and report (native and seed 001 names), export streaming and import,
// and profiles, against a real Engram.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BadRequestError, NotFoundError } from '@engram/sdk';
import { client, server, user } from './support.mjs';

async function chainOfTwo(engram, u) {
  const berlin = (await engram.createMemory({ content: 'User lives in Berlin', user_id: u })).ids[0];
  await engram.createMemory({ content: 'The user lives in Berlin', user_id: u }); // reinforces
  const munich = (await engram.createMemory({ content: 'User moved to Munich', user_id: u })).ids[0]; // supersedes
  return { berlin, munich };
}

describe('evolution, export and import, profiles', server, () => {
  test('chain, graph and report', async () => {
    const engram = client();
    const { berlin, munich } = await chainOfTwo(engram, user());
    const chain = await engram.evolutionChain(berlin);
    assert.equal(chain.current_id, munich);
    assert.equal(chain.length, 2);
    assert.deepEqual(chain.versions.map((v) => v.id), [berlin, munich]);
    assert.deepEqual(chain.versions.map((v) => v.status), ['superseded', 'active']);
    assert.equal(chain.versions[1].made_by?.action, 'UPDATE');

    const mermaid = await engram.evolutionGraph(munich);
    assert.ok(mermaid.includes(berlin) && mermaid.includes(munich));
    assert.match((await engram.evolutionGraph(berlin, 'dot')).trimStart(), /^digraph/);
    assert.match(await engram.evolutionGraph(berlin, 'html'), /<svg/);

    const markdown = await engram.evolutionReport(berlin);
    assert.ok(markdown.startsWith(`# Evolution report: \`${munich}\``));
    assert.match(markdown, /REINFORCE/);
    assert.match(await engram.evolutionReport(berlin, 'text'), /versions=2/);
    const report = await engram.evolutionReport(berlin, 'json');
    assert.equal(report.current.id, munich);
    assert.equal(report.counts.versions, 2);
    assert.deepEqual(report.timeline.slice(0, 2).map((e) => e.type), ['ADD', 'REINFORCE']);
  });

  test("seed 001's evolution names take the chain", async () => {
    const engram = client();
    const { berlin, munich } = await chainOfTwo(engram, user());
    const chain = await engram.traverseMemoryEvolutionChain({ app_id: 'my-app', memory_id: berlin });
    assert.equal(chain.versions.length, 2);
    assert.ok((await engram.generateEvolutionGraph(chain, 'mermaid')).includes(berlin));
    assert.match(await engram.generateEvolutionReport(chain, 'markdown'), /Timeline/);
    const report = await engram.generateEvolutionReport(chain.versions, 'json'); // a list of versions
    assert.equal(report.current.id, munich);
  });

  test('an unknown graph format names the field', async () => {
    const engram = client();
    const id = (await engram.createMemory({ content: 'User plays chess', user_id: user() })).ids[0];
    await assert.rejects(engram.evolutionGraph(id, 'svg'), (e) => e instanceof BadRequestError && e.field === 'format' && e.code === 'invalid_field');
  });

  test('export streams every line and import is idempotent by id', async () => {
    const engram = client();
    const id = (await engram.createMemory({ content: 'User exports data', user_id: user() })).ids[0];
    const records = await engram.exportMemories();
    assert.ok(records.length > 0);
    assert.ok(records.some((r) => r.memory.id === id && Array.isArray(r.events) && Array.isArray(r.relations)));

    let streamed = 0;
    for await (const record of engram.exportStream()) {
      assert.ok(record.memory.id);
      streamed++;
    }
    assert.equal(streamed, records.length);

    const again = await engram.importMemories(records); // already present: skipped, not duplicated
    assert.equal(again.lines, records.length);
    assert.equal(again.failed, 0);
    assert.equal(again.imported, 0);
    const bad = await engram.importMemories('{"not": "a memory line"}\n');
    assert.equal(bad.failed, 1);
    assert.equal(bad.errors[0].line, 1);
    assert.ok(bad.errors[0].code);
  });

  test('an export far over 64 KB arrives whole through the stream, read slowly', async () => {
    const engram = client();
    const u = user();
    const padding = 'x'.repeat(1500);
    const ids = [];
    for (let batch = 0; batch < 3; batch++) {
      const added = await engram.createMemories({
        memories: Array.from({ length: 100 }, (_, i) => `Large export fact ${batch}-${i} ${padding}`),
        user_id: u,
        resolve: false,
      });
      ids.push(...added.ids);
    }
    const seen = new Set();
    let bytes = 0;
    for await (const line of engram.exportLines()) {
      bytes += line.length + 1;
      const record = JSON.parse(line);
      if (record.memory.user_id === u) seen.add(record.memory.id);
      if (bytes < 256 * 1024) await new Promise((resolve) => setTimeout(resolve, 2)); // a slow consumer
    }
    assert.ok(bytes > 4 * 64 * 1024, `${bytes} bytes exported`);
    assert.equal(seen.size, ids.length);
    await engram.eraseUser(u);
  });

  test('profiles keep what an agent knows about a caller', async () => {
    const engram = client();
    const caller = '+15551234567'; // a '+' in a path stays a plus
    const saved = await engram.saveProfile({ agent_id: 'support-bot', caller_id: caller, profile_data: { name: 'Ana', tier: 'gold' }, ttl_hours: 2 });
    assert.equal(saved.caller_id, caller);
    assert.equal(saved.profile_data.tier, 'gold');
    const got = await engram.getProfile('support-bot', caller);
    assert.deepEqual(got.profile_data, { name: 'Ana', tier: 'gold' });
    assert.equal(got.memory_count, 0);
    await assert.rejects(engram.getProfile('support-bot', '+10000000000'), (e) => e instanceof NotFoundError && e.code === 'profile_not_found');
  });
});
