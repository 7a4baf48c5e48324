/**
 * Seed 001's complete customer-support workflow with Engram's TypeScript SDK:
 *
 *     batcher -> ingestion -> search -> answer -> evolution report
 *
 * A support chat streams message by message into the server's session batcher; at ten messages
 * it becomes a conversation task, whose facts are extracted and resolved in the background. The
 * agent then searches the customer's memories, answers a question from them, and — after the
 * customer moves house in a second chat, sent through the client-side batcher — prints how the
 * address memory evolved.
 *
 *     npm install ./engram-sdk-0.1.0.tgz     # or a path to sdks/typescript
 *     npx tsc -p examples/typescript && \
 *       ENGRAM_URL=http://localhost:8080 ENGRAM_API_KEY=eng_... node examples/typescript/dist/customer-support.js
 *
 * The key needs the memories:read and memories:write scopes.
 */
import { randomUUID } from 'node:crypto';
import { Engram, EngramError } from '@engram/sdk';

type Chat = ReadonlyArray<readonly [role: string, content: string]>;

const FIRST_CHAT: Chat = [
  ['user', 'Hi, my parcel has not arrived yet.'],
  ['assistant', 'Sorry to hear that. Can you give me the order number?'],
  ['user', 'My order number is A12345.'],
  ['assistant', 'Thanks, I see it. Where should we deliver it?'],
  ['user', 'I live in Lisbon.'],
  ['assistant', 'Noted. How would you like it shipped?'],
  ['user', 'I prefer express shipping.'],
  ['assistant', 'Express it is.'],
  ['user', 'Please always email me the tracking link.'],
  ['assistant', 'Will do, the link is on its way.'],
];

const SECOND_CHAT: Chat = [
  ['user', 'Hello again.'],
  ['assistant', 'Welcome back! How can I help?'],
  ['user', 'I moved to Porto last week.'],
  ['assistant', 'Congratulations on the move.'],
  ['user', 'Thanks.'],
  ['assistant', "I'll update your address."],
  ['user', 'Great.'],
  ['assistant', 'Anything else?'],
  ['user', 'No, that is all.'],
  ['assistant', 'Have a good day.'],
];

/** Feeds a chat into the server's session batcher; returns the task the tenth message queued. */
async function stream(engram: Engram, customer: string, session: string, chat: Chat): Promise<string> {
  let taskId: string | undefined;
  for (const [role, content] of chat) {
    const buffered = await engram.memoryBatcherAddMessage({ user_id: customer, session_id: session, role, content });
    taskId = buffered.flushed_task_id ?? taskId;
  }
  if (!taskId) throw new Error('the batcher did not flush a conversation');
  return taskId;
}

async function main(): Promise<number> {
  const customer = process.argv[2] ?? `customer-${randomUUID().slice(0, 8)}`;
  const engram = new Engram(); // ENGRAM_URL and ENGRAM_API_KEY
  if (!(await engram.warmUp())) {
    console.error('warm_up: failed (is ENGRAM_URL right and ENGRAM_API_KEY valid?)');
    return 1;
  }
  console.log(`warm_up: ok (${engram.baseUrl})`);

  // 1. batcher -> ingestion
  let task = await engram.wait(await stream(engram, customer, 'support-1', FIRST_CHAT), { timeoutMs: 120_000 });
  console.log(`ingestion: task ${task.id} ${task.status}, ${task.counts.added} memories added`);

  // the agent saves a note of its own (the fast path, no resolution)
  await engram.addAgentMemory({
    user_id: customer,
    messages: 'Customer was offered a 10% discount on the next order',
    category: 'support-notes',
  });

  // 2. search
  const hits = await engram.queryMemory({ user_id: customer, query: 'How does the customer want orders shipped?', n_results: 3 });
  for (const hit of hits) console.log(`search: ${hit.composite_score.toFixed(3)} ${hit.document}`);

  // 3. answer
  const answer = await engram.answerQuery({ query: 'Where does the customer live?', user_id: customer });
  console.log(`answer (${answer.engine}): ${answer.answer ?? answer.note}`);
  console.log(`answer cites: ${answer.memories.slice(0, 3).map((h) => h.memory.content).join(', ')}`);

  // 4. the customer moves: a second chat, through the client-side batcher, supersedes the address
  const found = await engram.search('where does the customer live', { user_id: customer, limit: 1, filters: { statuses: ['active'] } });
  const address = found.results[0]?.memory;
  if (!address) throw new Error('no address memory found');
  const batcher = engram.batcher({ user_id: customer, session_id: 'support-2' });
  for (const [role, content] of SECOND_CHAT) await batcher.add(role, content);
  [task] = await batcher.waitAll({ timeoutMs: 120_000 });
  if (!task) throw new Error('the batcher sent no conversation');
  console.log(`ingestion: task ${task.id} ${task.status}, ${task.counts.updated} memories updated`);

  // 5. evolution report
  const chain = await engram.traverseMemoryEvolutionChain({ memory_id: address.id });
  console.log(`evolution: ${chain.versions.length} versions: ${chain.versions.map((v) => `${v.content} [${v.status}]`).join(' -> ')}`);
  console.log(await engram.generateEvolutionGraph(chain, 'mermaid'));
  console.log(await engram.generateEvolutionReport(chain, 'markdown'));
  console.log(`pool: ${JSON.stringify(engram.getConnectionPoolStats())}`);
  console.log('done');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EngramError ? `engram error: ${error.message}` : error);
    process.exit(2);
  },
);
