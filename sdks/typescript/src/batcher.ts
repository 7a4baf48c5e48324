/**
 * A client-side batcher: messages collect in memory and go out as one conversation each
 * `maxMessages` (the server's `engram.ingest.max-messages`, 10 by default). The server has a
 * durable batcher too (`addSessionMessage`); this one suits a chat loop that wants one request per
 * conversation rather than one per message, and sends the rest as a partial conversation on `flush()`.
 */
import type { EngramApi } from './api.js';
import type { Message, Queued, Task } from './types.js';

export interface BatcherOptions {
  user_id: string;
  session_id?: string | undefined;
  agent_id?: string | undefined;
  /** Messages per conversation; default 10. */
  maxMessages?: number | undefined;
}

export class MemoryBatcher {
  private readonly client: EngramApi;
  private readonly options: BatcherOptions;
  private readonly maxMessages: number;
  private buffer: Message[] = [];
  private readonly sent: Queued[] = [];
  private sending: Promise<unknown> = Promise.resolve();

  constructor(client: EngramApi, options: BatcherOptions) {
    const maxMessages = options.maxMessages ?? 10;
    if (!options.user_id) throw new TypeError('user_id is required');
    if (!Number.isInteger(maxMessages) || maxMessages < 1) throw new RangeError('maxMessages must be at least 1');
    this.client = client;
    this.options = options;
    this.maxMessages = maxMessages;
  }

  /** Messages not sent yet. */
  get pending(): number {
    return this.buffer.length;
  }

  /** Every conversation sent, oldest first. */
  get queued(): readonly Queued[] {
    return [...this.sent];
  }

  /** Buffers a message; returns the queued task when it completed a conversation, else undefined. */
  async add(role: string, content: string, id?: string): Promise<Queued | undefined> {
    if (!role || typeof content !== 'string') throw new TypeError('role and content are required');
    this.buffer.push(id === undefined ? { role, content } : { role, content, id });
    if (this.buffer.length < this.maxMessages) return undefined;
    return this.send(this.buffer.splice(0, this.maxMessages));
  }

  /** Sends what is buffered as a partial conversation; undefined when nothing is. */
  async flush(): Promise<Queued | undefined> {
    if (this.buffer.length === 0) return undefined;
    return this.send(this.buffer.splice(0, this.buffer.length));
  }

  /** Flushes, then waits for every conversation sent to be processed. */
  async waitAll(options: { timeoutMs?: number } = {}): Promise<Task[]> {
    await this.flush();
    await this.sending;
    const tasks: Task[] = [];
    for (const queued of this.sent) tasks.push(await this.client.wait(queued, options));
    return tasks;
  }

  private async send(messages: Message[]): Promise<Queued> {
    // conversations leave in order, one at a time
    const result = this.sending.then(() =>
      this.client.addConversation({
        messages,
        user_id: this.options.user_id,
        session_id: this.options.session_id,
        agent_id: this.options.agent_id,
        // the server wants engram.ingest.max-messages messages unless told the batch is partial;
        // it does not say its size, so every batch says so
        partial: true,
      }),
    );
    this.sending = result.catch(() => undefined);
    const queued = await result;
    this.sent.push(queued);
    return queued;
  }
}
